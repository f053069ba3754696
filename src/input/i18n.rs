//! UI strings and dates in each language.
//!
//! Every `.ftl` file of `locales/LANG/` goes into one Fluent bundle per
//! language. A message defined in one language and missing in another is a
//! build error, so no page ever shows a raw message key. Templates reach the
//! bundles through the Tera function `t` and format dates with the `date`
//! filter, both made per language by [`register`]. A `t()` given the
//! `lang` a text is in also gives the message `$language`, that language's
//! name from CLDR (see [`names`]).

mod kk_dates;
pub(crate) mod names;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use crate::diagnostics::{Diagnostic, Diagnostics, LineIndex};
use crate::input::config::Config;

type Bundle = FluentBundle<FluentResource>;

/// One language's UI strings.
pub(crate) struct Locale {
    /// The language code.
    pub(crate) lang: String,
    bundle: Bundle,
    /// Where each message is defined: id → (file, line).
    pub(crate) messages: BTreeMap<String, (PathBuf, usize)>,
    /// A hash of all the language's .ftl text: every view hash includes it.
    pub(crate) hash: u64,
}

/// The UI strings of every language of the site.
#[derive(Clone)]
pub(crate) struct Locales {
    by_lang: HashMap<String, Arc<Locale>>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales")
            .field("languages", &self.by_lang.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Locales {
    /// Reads `ROOT/locales/LANG/*.ftl` for every language of the site.
    pub(crate) fn load(root: &Path, config: &Config) -> Result<Locales, Diagnostics> {
        Locales::load_for(root, config, &BTreeSet::new())
    }

    /// Like [`Locales::load`], knowing the message names the theme asks for,
    /// so a message renamed in one language is blamed on the right name.
    pub(crate) fn load_for(
        root: &Path,
        config: &Config,
        theme_keys: &BTreeSet<String>,
    ) -> Result<Locales, Diagnostics> {
        let (locales, problems) = Locales::load_partial(root, config, theme_keys);
        Diagnostics::or_ok(problems, locales)
    }

    /// What can be read of the strings, with every problem found: the
    /// messages of a file with a syntax error that did parse, and the
    /// languages that loaded. For `check`, which goes on to report
    /// everything else in the same run.
    pub(crate) fn load_partial(
        root: &Path,
        config: &Config,
        theme_keys: &BTreeSet<String>,
    ) -> (Locales, Vec<Diagnostic>) {
        let mut problems = Vec::new();
        let mut by_lang = HashMap::new();
        for lang in &config.languages {
            let (locale, mut found) = load_language(root, lang);
            if let Some(locale) = locale {
                by_lang.insert(lang.clone(), Arc::new(locale));
            }
            problems.append(&mut found);
        }
        if problems.is_empty() {
            problems = missing_across(config, &by_lang, theme_keys);
        }
        (Locales { by_lang }, problems)
    }

    /// The strings of `lang`.
    pub(crate) fn get(&self, lang: &str) -> Option<&Arc<Locale>> {
        self.by_lang.get(lang)
    }
}

/// The strings of `lang`, as far as they could be read, and the problems.
fn load_language(root: &Path, lang: &str) -> (Option<Locale>, Vec<Diagnostic>) {
    let dir = Path::new("locales").join(lang);
    let mut files: Vec<PathBuf> = match std::fs::read_dir(root.join(&dir)) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    let site = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let outside: Vec<Diagnostic> = std::iter::once(root.join(&dir))
        .chain(files.iter().cloned())
        .filter(|p| crate::input::paths::leads_out(&site, p).is_some())
        .map(|p| crate::input::paths::link_out(root, &p, &site))
        .collect();
    if !outside.is_empty() {
        return (None, outside);
    }
    if files.is_empty() {
        return (
            None,
            vec![
                Diagnostic::in_file(&dir, crate::msg!("locales-none", lang = lang)).help(
                    crate::msg!(
                        "locales-none.help",
                        dir = dir.display(),
                        other = if lang == "en" { "sv" } else { "en" },
                        lang = lang
                    ),
                ),
            ],
        );
    }
    let langid = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    let mut problems = Vec::new();
    let mut messages = BTreeMap::new();
    let mut all_text = String::new();
    for path in files {
        let rel = dir.join(path.file_name().unwrap_or_default());
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                problems.push(Diagnostic::in_file(
                    &rel,
                    crate::msg!("cannot-read-file", error = e),
                ));
                continue;
            }
        };
        all_text.push_str(&text);
        let resource = match FluentResource::try_new(text.clone()) {
            Ok(r) => r,
            Err((resource, errors)) => {
                let lines = LineIndex::new(&text);
                for e in errors {
                    // The parser points past the broken entry; its slice starts at the entry.
                    let start = match &e.slice {
                        Some(slice) => {
                            let skipped =
                                text[slice.start..].len() - text[slice.start..].trim_start().len();
                            (slice.start + skipped).min(e.pos.start)
                        }
                        None => e.pos.start,
                    };
                    problems.push(
                        Diagnostic::in_file(&rel, crate::msg!("locales-syntax", error = e.kind))
                            .at(&text, lines.span(start, e.pos.end.max(start + 1)))
                            .help(crate::msg!("locales-syntax.help")),
                    );
                }
                // What did parse is kept, so the rest of the site can be checked.
                resource
            }
        };
        let lines = LineIndex::new(&text);
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let offset = m.id.name.as_ptr() as usize - text_ptr(&resource);
                let line = lines.span(offset, offset + 1).line;
                if let Some((first, first_line)) = messages.get(m.id.name) {
                    let first: &PathBuf = first;
                    problems.push(
                        Diagnostic::in_file(&rel, crate::msg!("locales-twice", id = m.id.name))
                            .at(
                                &text,
                                crate::diagnostics::Span::new(line, 1, m.id.name.chars().count()),
                            )
                            .help(crate::msg!(
                                "locales-twice.help",
                                place = format!("{}:{first_line}", first.display())
                            )),
                    );
                }
                messages.insert(m.id.name.to_string(), (rel.clone(), line));
            }
        }
        // Duplicates are reported above with their lines; the bundle keeps the first.
        let _ = bundle.add_resource(resource);
    }
    let locale = Locale {
        lang: lang.to_string(),
        bundle,
        messages,
        hash: crate::hash::bytes(all_text.as_bytes()),
    };
    // A message that refers to itself, directly or through others, fails on
    // every page that shows it: say so once, at the message.
    for (id, (file, line)) in &locale.messages {
        let Some(pattern) = locale.bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let _ = locale.bundle.format_pattern(pattern, None, &mut errors);
        if errors.iter().any(|e| format!("{e:?}").contains("Cyclic")) {
            let text = std::fs::read_to_string(root.join(file)).unwrap_or_default();
            problems.push(
                Diagnostic::in_file(file, crate::msg!("locales-cyclic", id = id))
                    .at(
                        &text,
                        crate::diagnostics::Span::new(*line, 1, id.chars().count()),
                    )
                    .help(crate::msg!("locales-cyclic.help", id = id)),
            );
        }
    }
    (Some(locale), problems)
}

fn text_ptr(resource: &FluentResource) -> usize {
    resource.source().as_ptr() as usize
}

/// Messages defined in some language and missing in another.
fn missing_across(
    config: &Config,
    by_lang: &HashMap<String, Arc<Locale>>,
    theme_keys: &BTreeSet<String>,
) -> Vec<Diagnostic> {
    let all: BTreeSet<&String> = by_lang.values().flat_map(|l| l.messages.keys()).collect();
    let mut problems = Vec::new();
    // A message renamed in one language (`site-title` → `site-titel`) shows
    // as one id missing here and a near-identical one missing there: it is
    // reported once, as the rename, where the new name stands.
    let mut renamed: BTreeSet<(&String, &String)> = BTreeSet::new();
    for lang in &config.languages {
        let Some(locale) = by_lang.get(lang) else {
            continue;
        };
        for id in &all {
            if locale.messages.contains_key(*id) {
                continue;
            }
            let own_only = locale.messages.iter().find(|(other, _)| {
                by_lang.values().any(|l| !l.messages.contains_key(*other))
                    && strsim::jaro_winkler(id, other) > 0.85
            });
            if let Some((new, (file, line))) = own_only {
                // The name the theme uses is the right one; without a theme
                // to ask, the pair is reported once.
                let theme_wants_new =
                    theme_keys.contains(new.as_str()) && !theme_keys.contains(id.as_str());
                let seen_other_way = renamed.contains(&(id, new));
                if !theme_wants_new && !seen_other_way && renamed.insert((new, id)) {
                    let text = std::fs::read_to_string(file).unwrap_or_default();
                    problems.push(
                        Diagnostic::in_file(
                            file,
                            crate::msg!("locales-renamed", new = new, id = id, lang = lang),
                        )
                        .at(
                            &text,
                            crate::diagnostics::Span::new(*line, 1, new.chars().count()),
                        )
                        .help(crate::msg!(
                            "locales-renamed.help",
                            new = new,
                            id = id
                        )),
                    );
                }
                continue;
            }
            if renamed.iter().any(|(new, old)| new == id || old == id) {
                continue;
            }
            let (other, (file, line)) = by_lang
                .iter()
                .filter(|(l, _)| *l != lang)
                .find_map(|(l, loc)| loc.messages.get(*id).map(|m| (l, m)))
                .expect("every id comes from some language");
            problems.push(
                Diagnostic::in_file(
                    Path::new("locales").join(lang),
                    crate::msg!("locales-missing", id = id, lang = lang),
                )
                .help(crate::msg!(
                    "locales-missing.help",
                    id = id,
                    lang = lang,
                    other = other,
                    place = format!("{}:{line}", file.display())
                )),
            );
        }
    }
    problems
}

impl Locale {
    /// Formats message `id` with `args`; an error names the message and the language.
    pub(crate) fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Result<String, String> {
        let message = self
            .bundle
            .get_message(id)
            .ok_or_else(|| crate::msg!("locales-missing-in-template", id = id, lang = self.lang))?;
        let pattern = message
            .value()
            .ok_or_else(|| crate::msg!("locales-no-value", id = id, lang = self.lang))?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if let Some(e) = errors.first() {
            return Err(crate::msg!(
                "locales-format-error",
                id = id,
                lang = self.lang,
                error = e
            ));
        }
        Ok(text.into_owned())
    }

    /// Whether `id` is defined.
    pub(crate) fn has(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }
}

/// The POSIX locale name of a language code: `sv` → `sv_SE`, `en` → `en_GB`.
pub(crate) fn locale_name(lang: &str) -> String {
    match lang {
        "sv" => "sv_SE".to_string(),
        "en" => "en_GB".to_string(),
        "kk" => "kk_KZ".to_string(),
        "da" => "da_DK".to_string(),
        "nb" | "no" => "nb_NO".to_string(),
        other if other.contains('-') => other.replace('-', "_"),
        other => format!("{other}_{}", other.to_uppercase()),
    }
}

/// chrono's locale for a language code, for month and weekday names.
pub(crate) fn chrono_locale(lang: &str) -> chrono::Locale {
    chrono::Locale::try_from(locale_name(lang).as_str()).unwrap_or(chrono::Locale::POSIX)
}

fn parse_day(value: &str) -> Result<NaiveDate, String> {
    crate::dates::parse_day(value)
        .or_else(|| {
            DateTime::parse_from_rfc3339(value)
                .ok()
                .map(|d| d.date_naive())
        })
        .ok_or_else(|| crate::msg!("front-matter-not-a-date", value = value))
}

/// The chrono pattern of a named date style.
fn pattern(style: &str) -> Result<&'static str, String> {
    Ok(match style {
        "long" => "%A %-d %B %Y",
        "medium" => "%-d %B %Y",
        "short" => "%-d %b %Y",
        "month" => "%B %Y",
        "iso" => crate::dates::DAY,
        other => return Err(crate::msg!("template-date-style", style = other)),
    })
}

/// Languages that write weekday and month names in lower case inside a
/// sentence: those whose CLDR Gregorian format-wide names
/// (`common/main/LANG.xml`, `<dayContext type="format">`) are lower case.
/// chrono's locale data comes from glibc, which capitalises some of them
/// (Russian `Понедельник`, Kazakh `Дүйсенбі`, `Мамыр`).
const LOWER_CASE_NAMES: &[&str] = &[
    "be", "bg", "bs", "ca", "cs", "da", "es", "et", "fi", "fr", "hr", "hu", "it", "kk", "ky", "lt",
    "lv", "mk", "nb", "nl", "nn", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sr", "sv", "uk", "uz",
];

/// `date` in `lang` with a chrono `pattern`, its names cased as the
/// language writes them mid-sentence.
fn localized(date: NaiveDate, pattern: &str, lang: &str) -> String {
    let text = date
        .format_localized(pattern, chrono_locale(lang))
        .to_string();
    let base = lang.split(['-', '_']).next().unwrap_or(lang);
    if LOWER_CASE_NAMES.contains(&base) {
        text.to_lowercase()
    } else {
        text
    }
}

/// Formats a `YYYY-MM-DD` or RFC 3339 date in `lang` in a named style.
pub(crate) fn format_date(value: &str, style: &str, lang: &str) -> Result<String, String> {
    if let Some(kk) = kk_dates::pattern(style).filter(|_| kk_dates::is_kazakh(lang)) {
        return Ok(localized(parse_day(value)?, kk, lang));
    }
    Ok(localized(parse_day(value)?, pattern(style)?, lang))
}

/// Formats the days from `start` to `end` in `lang`, written once where
/// they share a month or year, as CLDR's date intervals do: `26–28 maj
/// 2014`, `30 maj–2 juni 2015`, `30 december 2015–2 januari 2016`. A range
/// leaves out the weekday (`long` is `medium`); `iso` is an ISO 8601
/// interval, `2014-05-26/2014-05-28`.
pub(crate) fn format_range(
    start: &str,
    end: &str,
    style: &str,
    lang: &str,
) -> Result<String, String> {
    let (from, to) = (parse_day(start)?, parse_day(end)?);
    if kk_dates::is_kazakh(lang) {
        if let Some(text) = kk_dates::range(from, to, style, lang) {
            return Ok(text);
        }
    }
    let full = match pattern(style)? {
        "%A %-d %B %Y" => "%-d %B %Y",
        other => other,
    };
    if to <= from {
        return Ok(localized(from, full, lang));
    }
    if style == "iso" {
        return Ok(format!(
            "{}/{}",
            localized(from, full, lang),
            localized(to, full, lang)
        ));
    }
    // What the two ends share is written once, after the range: the year,
    // and the month too when it is the same.
    let (first, last) = if from.year() != to.year() {
        (full.to_string(), full.to_string())
    } else if style == "month" {
        if from.month() == to.month() {
            return Ok(localized(from, full, lang));
        }
        ("%B".to_string(), full.to_string())
    } else if from.month() != to.month() {
        (full.replace(" %Y", ""), full.to_string())
    } else {
        ("%-d".to_string(), full.to_string())
    };
    Ok(format!(
        "{}–{}",
        localized(from, &first, lang),
        localized(to, &last, lang)
    ))
}

struct Translate {
    locale: Arc<Locale>,
    all: Locales,
}

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let id = args
            .get("key")
            .and_then(|v| v.as_str())
            .ok_or_else(|| tera::Error::msg(crate::msg!("template-t-needs-key")))?;
        let locale = match args.get("in_lang").and_then(|v| v.as_str()) {
            Some(code) => self.all.get(code).ok_or_else(|| {
                tera::Error::msg(crate::msg!("template-t-no-language", lang = code))
            })?,
            None => &self.locale,
        };
        let mut fluent = FluentArgs::new();
        for (name, value) in args.iter().filter(|(n, _)| *n != "key" && *n != "in_lang") {
            let value = match value {
                tera::Value::Number(n) => FluentValue::from(n.as_f64().unwrap_or(0.0)),
                tera::Value::String(s) => FluentValue::from(s.clone()),
                other => FluentValue::from(other.to_string()),
            };
            fluent.set(name.clone(), value);
        }
        // A language CLDR does not name is called by its code: the message
        // still reads, and a site may give it a `$lang` variant of its own.
        if let (Some(code), None) = (
            args.get("lang").and_then(|v| v.as_str()),
            args.get("language"),
        ) {
            let name = names::language_name(code, &locale.lang).unwrap_or(code);
            fluent.set("language", FluentValue::from(name.to_string()));
        }
        locale
            .format(id, Some(&fluent))
            .map(tera::Value::String)
            .map_err(tera::Error::msg)
    }

    fn is_safe(&self) -> bool {
        false
    }
}

struct DateFilter(String);

impl tera::Filter for DateFilter {
    fn filter(
        &self,
        value: &tera::Value,
        args: &HashMap<String, tera::Value>,
    ) -> tera::Result<tera::Value> {
        let text = value
            .as_str()
            .ok_or_else(|| tera::Error::msg(crate::msg!("template-date-needs-text")))?;
        let style = args.get("style").and_then(|s| s.as_str()).unwrap_or("long");
        let formatted = match args.get("end").and_then(|e| e.as_str()) {
            Some(end) => format_range(text, end, style, &self.0),
            None => format_date(text, style, &self.0),
        };
        formatted.map(tera::Value::String).map_err(tera::Error::msg)
    }
}

/// Adds `t` and `date` for `locale` to a Tera instance; `t(in_lang=…)`
/// reaches the other languages of `all`.
pub(crate) fn register(tera: &mut tera::Tera, locale: &Arc<Locale>, all: &Locales) {
    tera.register_function(
        "t",
        Translate {
            locale: Arc::clone(locale),
            all: all.clone(),
        },
    );
    tera.register_filter("date", DateFilter(locale.lang.clone()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_each_language() {
        assert_eq!(
            format_date("2014-05-26", "long", "sv").as_deref(),
            Ok("måndag 26 maj 2014")
        );
        assert_eq!(
            format_date("2014-05-26", "long", "en").as_deref(),
            Ok("Monday 26 May 2014")
        );
        assert_eq!(
            format_date("2014-05-26T10:00:00+06:00", "iso", "en").as_deref(),
            Ok("2014-05-26")
        );
        assert!(format_date("2014-05-26", "fancy", "en").is_err());
    }

    #[test]
    fn ranges_write_what_they_share_once() {
        let range = |a, b, lang| format_range(a, b, "medium", lang).expect("formats");
        assert_eq!(range("2014-05-26", "2014-05-28", "sv"), "26–28 maj 2014");
        assert_eq!(range("2014-05-26", "2014-05-28", "en"), "26–28 May 2014");
        assert_eq!(
            range("2015-05-30", "2015-06-02", "sv"),
            "30 maj–2 juni 2015"
        );
        assert_eq!(
            range("2015-05-30", "2015-06-02", "en"),
            "30 May–2 June 2015"
        );
        assert_eq!(
            range("2015-12-30", "2016-01-02", "sv"),
            "30 december 2015–2 januari 2016"
        );
        assert_eq!(
            range("2015-12-30", "2016-01-02", "en"),
            "30 December 2015–2 January 2016"
        );
        assert_eq!(range("2014-05-26", "2014-05-26", "sv"), "26 maj 2014");
        assert_eq!(
            format_range("2014-05-26", "2014-05-28", "long", "sv").as_deref(),
            Ok("26–28 maj 2014")
        );
        assert_eq!(
            format_range("2014-05-26", "2014-05-28", "iso", "sv").as_deref(),
            Ok("2014-05-26/2014-05-28")
        );
        assert_eq!(
            format_range("2015-05-30", "2015-06-02", "month", "en").as_deref(),
            Ok("May–June 2015")
        );
    }

    #[test]
    fn names_are_cased_as_written_mid_sentence() {
        assert_eq!(
            format_date("2014-05-26", "long", "ru").as_deref(),
            Ok("понедельник 26 мая 2014")
        );
        // Kazakh in CLDR's order (kk_dates.rs), its names in small letters.
        assert_eq!(
            format_date("2014-05-26", "long", "kk").as_deref(),
            Ok("2014 ж. 26 мамыр, дүйсенбі")
        );
        assert_eq!(
            format_date("2014-05-26", "long", "de").as_deref(),
            Ok("Montag 26 Mai 2014")
        );
    }
}
