//! Search: words to the keys the index is made of, with Snowball's stemmer
//! for the language (generated code, `snowball/`), and the index split into
//! files so that a query fetches only the part it needs (`index`).
//!
//! A key is a word in lower case, stemmed, then without accents (its
//! combining marks U+0300–U+036F removed after canonical decomposition).
//! The browser makes the keys of a query the same way, with the JavaScript
//! Snowball generated from the same algorithms (`js/`, written to the site
//! as `stemmer.js` by [`stemmer_script`]), so the two sides cannot disagree.

pub(crate) mod index;
pub(crate) mod snowball;

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

/// About how many characters of a report's text the index keeps for the
/// excerpts of results.
pub(crate) const TEXT_CHARS: usize = 1500;

/// A Snowball stemmer.
#[derive(Clone, Copy)]
pub(crate) struct Stemmer {
    /// The algorithm's name (`swedish`).
    pub(crate) name: &'static str,
    stem: fn(&mut snowball::SnowballEnv) -> bool,
}

impl std::fmt::Debug for Stemmer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

impl Stemmer {
    /// The stemmer of a language code (`sv`, `en-GB`), if Snowball has one.
    pub(crate) fn of(lang: &str) -> Option<Stemmer> {
        let primary = lang.split(['-', '_']).next()?.to_ascii_lowercase();
        snowball::algorithms::ALGORITHMS
            .iter()
            .find(|(_, codes, _)| codes.contains(&primary.as_str()))
            .map(|&(name, _, stem)| Stemmer { name, stem })
    }

    /// The stem of `word`, which is in lower case.
    pub(crate) fn stem<'w>(&self, word: &'w str) -> Cow<'w, str> {
        let mut env = snowball::SnowballEnv::create(word);
        (self.stem)(&mut env);
        env.get_current()
    }
}

/// `text` without accents: decomposed, its combining diacritical marks
/// (U+0300–U+036F) removed, as `fold` in the browser does.
pub(crate) fn fold(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.nfd()
            .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
            .collect(),
    )
}

/// The key of a `word` in lower case: its stem without accents.
pub(crate) fn key(word: &str, stemmer: Option<Stemmer>) -> String {
    match stemmer {
        Some(s) => fold(&s.stem(word)).into_owned(),
        None => fold(word).into_owned(),
    }
}

/// The words of `text`, lower case: runs of letters and digits, as the
/// browser splits a query (`[^\p{Alphabetic}\p{N}]+`).
pub(crate) fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// What a document keeps of its body's plain text for excerpts: spaces
/// collapsed, cut at a word's end after about [`TEXT_CHARS`] characters.
pub(crate) fn text_for_excerpts(body_text: &str) -> String {
    let mut out = String::with_capacity(TEXT_CHARS.min(body_text.len()) + 8);
    let mut chars = 0;
    for word in body_text.split_whitespace() {
        if chars >= TEXT_CHARS {
            out.push_str(" …");
            break;
        }
        // Markup leaves a space before the punctuation after a link.
        let joins = word.starts_with([',', '.', ';', ':', '!', '?', ')']);
        if !out.is_empty() && !joins {
            out.push(' ');
            chars += 1;
        }
        out.push_str(word);
        chars += word.chars().count();
    }
    // Kept with its document for the life of a build (or of `serve`):
    // not the room a doubling left, which was up to twice the text.
    out.shrink_to_fit();
    out
}

/// Base class of the JavaScript stemmers, as Snowball ships it.
const JS_BASE: &str = include_str!("js/base-stemmer.js");

/// The JavaScript stemmers, as Snowball 3.1.1 generated them.
const JS_STEMMERS: &[(&str, &str)] = &[
    ("arabic", include_str!("js/arabic.js")),
    ("armenian", include_str!("js/armenian.js")),
    ("basque", include_str!("js/basque.js")),
    ("catalan", include_str!("js/catalan.js")),
    ("czech", include_str!("js/czech.js")),
    ("danish", include_str!("js/danish.js")),
    ("dutch", include_str!("js/dutch.js")),
    ("english", include_str!("js/english.js")),
    ("esperanto", include_str!("js/esperanto.js")),
    ("estonian", include_str!("js/estonian.js")),
    ("finnish", include_str!("js/finnish.js")),
    ("french", include_str!("js/french.js")),
    ("german", include_str!("js/german.js")),
    ("greek", include_str!("js/greek.js")),
    ("hindi", include_str!("js/hindi.js")),
    ("hungarian", include_str!("js/hungarian.js")),
    ("indonesian", include_str!("js/indonesian.js")),
    ("irish", include_str!("js/irish.js")),
    ("italian", include_str!("js/italian.js")),
    ("lithuanian", include_str!("js/lithuanian.js")),
    ("nepali", include_str!("js/nepali.js")),
    ("norwegian", include_str!("js/norwegian.js")),
    ("polish", include_str!("js/polish.js")),
    ("persian", include_str!("js/persian.js")),
    ("portuguese", include_str!("js/portuguese.js")),
    ("romanian", include_str!("js/romanian.js")),
    ("russian", include_str!("js/russian.js")),
    ("serbian", include_str!("js/serbian.js")),
    ("spanish", include_str!("js/spanish.js")),
    ("swedish", include_str!("js/swedish.js")),
    ("tamil", include_str!("js/tamil.js")),
    ("turkish", include_str!("js/turkish.js")),
    ("yiddish", include_str!("js/yiddish.js")),
];

/// The browser's stemmer for the index of `lang`: Snowball's JavaScript,
/// made a classic script (pages opened from disk cannot load modules) that
/// hands the stemmer to `RapportSearch.receive`. `None` when Snowball has
/// no stemmer for the language.
pub(crate) fn stemmer_script(lang: &str) -> Option<String> {
    let stemmer = Stemmer::of(lang)?;
    let (_, code) = JS_STEMMERS.iter().find(|(n, _)| *n == stemmer.name)?;
    let base = JS_BASE.replace("export default class BaseStemmer", "class BaseStemmer");
    let code = code
        .replace("import B from './base-stemmer.js'", "")
        .replace(
            "export default class extends B",
            "const Stemmer = class extends BaseStemmer",
        );
    Some(format!(
        "/* Snowball {name} stemmer, generated by Snowball 3.1.1 (BSD-3-Clause: \
         Copyright (c) 2001, Dr Martin Porter; (c) 2004,2005, Richard Boulton; (c) 2013, \
         Yoshiki Shibukawa; (c) 2006,2007,2009,2010,2011,2014-2019, Olly Betts). */\n\
         (function () {{\n\"use strict\";\n{base}\n{code}\n\
         RapportSearch.receive({lang}, \"s\", 0, {{ name: {name:?}, stemmer: new Stemmer() }});\n}})();\n",
        name = stemmer.name,
        lang = serde_json::Value::from(lang),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snowball_stems_the_site_languages() {
        let sv = Stemmer::of("sv").expect("Swedish");
        assert_eq!(sv.stem("sjuksköterskor"), "sjukskötersk");
        assert_eq!(sv.stem("mötet"), sv.stem("möten"));
        let en = Stemmer::of("en-GB").expect("English");
        assert_eq!(en.stem("meetings"), "meet");
        let ru = Stemmer::of("ru").expect("Russian");
        assert_eq!(ru.stem("делегации"), ru.stem("делегация"));
        assert!(Stemmer::of("kk").is_none());
        assert_eq!(Stemmer::of("nb").map(|s| s.name), Some("norwegian"));
    }

    #[test]
    fn keys_are_stems_without_accents() {
        assert_eq!(key("mälardalens", Stemmer::of("sv")), "malardal");
        assert_eq!(key("café", None), "cafe");
        assert_eq!(words("Hälsa, 2014!").collect::<Vec<_>>(), ["hälsa", "2014"]);
    }

    #[test]
    fn excerpt_text_is_cut_after_a_word() {
        assert_eq!(
            text_for_excerpts("first  [visit] , then\n more "),
            "first [visit], then more"
        );
        let long = "ord ".repeat(1000);
        let text = text_for_excerpts(&long);
        assert!(text.ends_with(" …") && text.chars().count() < TEXT_CHARS + 10);
    }

    #[test]
    fn every_stemmer_has_its_script() {
        for (name, _, _) in snowball::algorithms::ALGORITHMS {
            assert!(JS_STEMMERS.iter().any(|(n, _)| n == name), "{name}");
        }
        let script = stemmer_script("sv").expect("Swedish");
        assert!(script.contains("const Stemmer = class extends BaseStemmer"));
        assert!(!script.contains("import ") && !script.contains("export "));
    }
}
