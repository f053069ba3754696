//! `terms.yaml` at the site root: tags, organisations and the site's other
//! taxonomy terms linked across languages, so that `primärvård` and
//! `primary care` are one term with a page in each language.
//!
//! ```yaml
//! tags:
//!   - sv: primärvård
//!     en: primary care
//! organizations:
//!   - sv: Socialdepartementet
//!     en: Ministry of Health and Social Affairs
//!     url: https://www.regeringen.se/
//! ```

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use crate::diagnostics::{Diagnostic, Diagnostics, Span};
use crate::input::config::Config;
use crate::input::yaml::{self, Value};

/// The file's name at the site root.
pub(crate) const FILE: &str = crate::input::paths::TERMS;

/// One term in several languages.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Linked {
    /// Its name in each language, in the order written; the first is its original name.
    pub(crate) names: Vec<(String, String)>,
    /// A website (of an organisation), shown on the term's pages.
    pub(crate) url: Option<String>,
}

impl Linked {
    /// Its name in `lang`, if it has one there.
    pub(crate) fn name_in(&self, lang: &str) -> Option<&str> {
        self.names
            .iter()
            .find(|(l, _)| l == lang)
            .map(|(_, n)| n.as_str())
    }

    /// Its original name and that name's language: the first written.
    pub(crate) fn original(&self) -> (&str, &str) {
        self.names
            .first()
            .map_or(("", ""), |(l, n)| (l.as_str(), n.as_str()))
    }
}

/// Every linked term of the site, by taxonomy.
#[derive(Debug, Clone, Default)]
pub(crate) struct Terms {
    lists: HashMap<String, Vec<Linked>>,
    /// (taxonomy, slug of any name) → index in its list.
    by_slug: HashMap<(String, String), usize>,
}

impl Terms {
    /// Reads `ROOT/terms.yaml`; no linked terms when there is none.
    pub(crate) fn load(root: &Path, config: &Config) -> Result<Terms, Diagnostics> {
        match std::fs::read_to_string(root.join(FILE)) {
            Ok(text) => Terms::parse(&text, config),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Terms::default()),
            Err(e) => {
                Err(Diagnostic::in_file(FILE, crate::msg!("cannot-read-file", error = e)).into())
            }
        }
    }

    /// Parses the text of `terms.yaml` against the site's languages and taxonomies.
    pub(crate) fn parse(text: &str, config: &Config) -> Result<Terms, Diagnostics> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Ok(Terms::default());
        }
        let value = yaml::value(text, 0).map_err(|e| e.into_diagnostic(FILE, text))?;
        let Value::Mapping(map) = value else {
            return Err(Diagnostic::in_file(FILE, crate::msg!("terms-not-a-map"))
                .at(text, Span::new(1, 1, 1))
                .help(crate::msg!("terms-not-a-map.help"))
                .into());
        };
        let taxonomies: Vec<&str> = config.taxonomies.iter().map(String::as_str).collect();
        let mut problems = Vec::new();
        let mut terms = Terms { ..Terms::default() };
        let mut finder = Lines::new(text);
        for (key, list) in &map {
            let key = key.as_str().unwrap_or_default();
            let key_line = yaml::key_line(text, 0, key).unwrap_or(1);
            if !taxonomies.contains(&key) {
                let d = Diagnostic::in_file(FILE, crate::msg!("terms-unknown-taxonomy", key = key))
                    .at(text, Span::new(key_line, 1, key.chars().count().max(1)));
                problems.push(match yaml::suggest(key, &taxonomies) {
                    Some(s) => d.help(crate::msg!("did-you-mean", suggestion = s)),
                    None => d.help(crate::msg!(
                        "terms-unknown-taxonomy.help",
                        taxonomies = taxonomies.join(", ")
                    )),
                });
                continue;
            }
            let Value::Sequence(items) = list else {
                problems.push(
                    Diagnostic::in_file(FILE, crate::msg!("terms-not-a-list", key = key))
                        .at(text, Span::new(key_line, 1, key.chars().count()))
                        .help(crate::msg!("terms-not-a-list.help")),
                );
                continue;
            };
            finder.line = key_line;
            for item in items {
                if let Some(linked) = entry(
                    key,
                    item,
                    text,
                    &config.languages,
                    &mut finder,
                    &mut problems,
                ) {
                    terms.add(key, linked, text, &finder, &mut problems);
                }
            }
        }
        Diagnostics::or_ok(problems, terms)
    }

    fn add(
        &mut self,
        taxonomy: &str,
        linked: Linked,
        text: &str,
        finder: &Lines<'_>,
        problems: &mut Vec<Diagnostic>,
    ) {
        let list = self.lists.entry(taxonomy.to_string()).or_default();
        let index = list.len();
        let mut slugs = BTreeSet::new();
        for (lang, name) in &linked.names {
            let slug = crate::transliterate::slugify(name);
            if !slugs.insert(slug.clone()) {
                continue; // the same word in two languages (`WHO`)
            }
            let key = (taxonomy.to_string(), slug);
            if let Some(&other) = self.by_slug.get(&key) {
                let line = finder.find(&format!("{lang}:"), name);
                let (first_lang, first) = list[other]
                    .names
                    .iter()
                    .find(|(_, n)| crate::transliterate::slugify(n) == key.1)
                    .map_or(("", ""), |(l, n)| (l.as_str(), n.as_str()));
                problems.push(
                    Diagnostic::in_file(
                        FILE,
                        crate::msg!(
                            "terms-name-twice",
                            taxonomy = taxonomy,
                            name = name,
                            earlier = format!("{first_lang}: {first}")
                        ),
                    )
                    .at(text, span_at(text, line, name))
                    .help(crate::msg!("terms-name-twice.help")),
                );
                continue;
            }
            self.by_slug.insert(key, index);
        }
        list.push(linked);
    }

    /// The linked term of `taxonomy` that `name` (in any language) names.
    pub(crate) fn find(&self, taxonomy: &str, name: &str) -> Option<(usize, &Linked)> {
        let index = *self
            .by_slug
            .get(&(taxonomy.to_string(), crate::transliterate::slugify(name)))?;
        Some((index, &self.lists[taxonomy][index]))
    }

    /// The linked terms of `taxonomy`, in the order of the file.
    pub(crate) fn list(&self, taxonomy: &str) -> &[Linked] {
        self.lists.get(taxonomy).map_or(&[], Vec::as_slice)
    }
}

/// One `- sv: … en: …` item, checked.
fn entry(
    taxonomy: &str,
    item: &Value,
    text: &str,
    languages: &[String],
    finder: &mut Lines<'_>,
    problems: &mut Vec<Diagnostic>,
) -> Option<Linked> {
    let Value::Mapping(map) = item else {
        let line = finder.next_item();
        problems.push(
            Diagnostic::in_file(
                FILE,
                crate::msg!("terms-item-not-a-map", taxonomy = taxonomy),
            )
            .at(text, Span::new(line, 1, 1))
            .help(crate::msg!("terms-item-not-a-map.help")),
        );
        return None;
    };
    finder.next_item();
    let mut linked = Linked {
        names: Vec::new(),
        url: None,
    };
    let mut ok = true;
    for (key, value) in map {
        let key = key.as_str().unwrap_or_default();
        let line = finder.find(&format!("{key}:"), "");
        let Some(value) = value.as_str().map(str::trim).filter(|v| !v.is_empty()) else {
            problems.push(
                Diagnostic::in_file(FILE, crate::msg!("terms-not-words", key = key))
                    .at(text, span_at(text, line, key))
                    .help(crate::msg!("terms-not-words.help")),
            );
            ok = false;
            continue;
        };
        if key == "url" {
            linked.url = Some(value.to_string());
        } else if languages.iter().any(|l| l == key) {
            linked.names.push((key.to_string(), value.to_string()));
        } else {
            let mut known: Vec<&str> = languages.iter().map(String::as_str).collect();
            known.push("url");
            let d = Diagnostic::in_file(FILE, crate::msg!("terms-unknown-language", key = key))
                .at(text, span_at(text, line, key));
            problems.push(match yaml::suggest(key, &known) {
                Some(s) => d.help(crate::msg!("did-you-mean", suggestion = s)),
                None => d.help(crate::msg!(
                    "terms-unknown-language.help",
                    languages = languages.join(", ")
                )),
            });
            ok = false;
        }
    }
    if ok && linked.names.is_empty() {
        problems.push(
            Diagnostic::in_file(FILE, crate::msg!("terms-no-name"))
                .at(text, Span::new(finder.line, 1, 1))
                .help(crate::msg!("terms-no-name.help")),
        );
        ok = false;
    }
    ok.then_some(linked)
}

/// The span of `needle` on line `line` of `text` (its start when absent).
fn span_at(text: &str, line: usize, needle: &str) -> Span {
    let content = text.lines().nth(line.saturating_sub(1)).unwrap_or("");
    let column = content
        .find(needle)
        .map_or(1, |at| content[..at].chars().count() + 1);
    Span::new(line, column, needle.chars().count().max(1))
}

/// Finds the lines of values in the file, in the order they are read, for
/// messages: the YAML library gives values without their positions.
struct Lines<'a> {
    lines: Vec<&'a str>,
    /// The line (from 1) reading has reached.
    line: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        Lines {
            lines: text.lines().collect(),
            line: 1,
        }
    }

    /// Moves to the next line starting a list item (`- `); its number.
    fn next_item(&mut self) -> usize {
        let start = self.line;
        let found = self.lines[start.min(self.lines.len())..]
            .iter()
            .position(|l| l.trim_start().starts_with('-'));
        if let Some(i) = found {
            self.line = start + i + 1;
        }
        self.line
    }

    /// The first line from the current item on holding `key` and `value`.
    fn find(&self, key: &str, value: &str) -> usize {
        self.lines
            .iter()
            .enumerate()
            .skip(self.line.saturating_sub(1))
            .find(|(_, l)| {
                let l = l.trim_start().trim_start_matches('-').trim_start();
                l.starts_with(key) && l.contains(value)
            })
            .map_or(self.line, |(i, _)| i + 1)
    }
}
