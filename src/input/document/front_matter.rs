//! The YAML block at the top of a Markdown file: splitting it off, and
//! parsing it into [`FrontMatter`] with every problem located in the file.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::diagnostics::{Diagnostic, Span};
use crate::input::yaml;

/// The keys every document may have; site.yaml's taxonomies are added to them.
pub(crate) const KEYS: &[&str] = &[
    "title",
    "date",
    "end_date",
    "author",
    "summary",
    "description",
    "tags",
    "organizations",
    "location",
    "participants",
    "cover",
    "translation",
    "slug",
    "draft",
    "lang",
    "aliases",
    "publish_date",
    "translated_from",
    "original",
    "extra",
];

/// A document's front matter, typed and checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrontMatter {
    /// The title; never empty.
    pub title: String,
    /// The meeting's date; required for reports.
    pub date: Option<NaiveDate>,
    /// The last day of a meeting over several days; after `date`.
    pub end_date: Option<NaiveDate>,
    /// The full timestamp when the date was written in RFC 3339.
    pub datetime: Option<DateTime<FixedOffset>>,
    /// The byline, one name or several.
    pub author: Option<Arc<[Text]>>,
    /// A summary for listings, feeds and meta descriptions.
    pub summary: Option<String>,
    /// Topic tags, in this document's language.
    pub tags: Vec<String>,
    /// Organisations taking part; a shared fact inherited by translations.
    pub organizations: Option<Arc<[String]>>,
    /// Where the meeting took place.
    pub location: Option<Text>,
    /// Who took part.
    pub participants: Option<Arc<[Participant<Text>]>>,
    /// The listing thumbnail and social-card image.
    pub cover: Option<Cover>,
    /// Pairs translations whose paths differ.
    pub translation: Option<String>,
    /// The last part of the URL.
    pub slug: Option<String>,
    /// Left out of builds unless drafts are asked for.
    pub draft: bool,
    /// The language written in the file, checked against its suffix.
    pub lang: Option<String>,
    /// Old addresses (paths from the site root) that redirect to this page.
    pub aliases: Vec<String>,
    /// Publish later: the report is left out of builds until then.
    pub publish_date: Option<Embargo>,
    /// The stamp of the original this translation was made from
    /// (`rapport translated` writes it): a git commit or a text hash.
    pub translated_from: Option<String>,
    /// Marks this language version as the one the others translate.
    pub original: bool,
    /// Lists of the site's own taxonomies beyond tags and organizations.
    pub terms: BTreeMap<String, Vec<String>>,
    /// Anything else, passed to templates untouched.
    pub extra: serde_json::Value,
}

/// Someone who took part in a meeting; `T` is how the words of their role
/// and organisation are written: [`Text`] in front matter, one language's
/// `String` on a page.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Participant<T = String> {
    /// Full name.
    pub name: String,
    /// Role at the meeting or title.
    pub role: Option<T>,
    /// The organisation they represent.
    pub organization: Option<T>,
}

/// The words of a shared fact: the same in every language (`location:
/// Astana`), or one text per language (`role: {sv: ordförande, en: chair}`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Text {
    /// The same words in every language.
    Same(String),
    /// Language code → words.
    PerLanguage(BTreeMap<String, String>),
}

impl Text {
    /// The words in `lang`; a language the map does not give falls back to
    /// `default` (the site's default language), then to the first given.
    pub fn in_lang(&self, lang: &str, default: &str) -> &str {
        match self {
            Text::Same(text) => text,
            Text::PerLanguage(map) => map
                .get(lang)
                .or_else(|| map.get(default))
                .or_else(|| map.values().next())
                .map_or("", String::as_str),
        }
    }

    /// Whether there are no words in any language.
    fn is_blank(&self) -> bool {
        match self {
            Text::Same(text) => text.trim().is_empty(),
            Text::PerLanguage(map) => map.values().all(|t| t.trim().is_empty()),
        }
    }

    /// The language codes of a map, none for plain words.
    fn languages(&self) -> impl Iterator<Item = &String> {
        match self {
            Text::Same(_) => None,
            Text::PerLanguage(map) => Some(map.keys()),
        }
        .into_iter()
        .flatten()
    }
}

/// The keys a participant written as a record may have.
pub(crate) const PARTICIPANT_KEYS: &[&str] = &["name", "role", "organization"];

/// The keys a cover written as a record may have.
pub(crate) const COVER_KEYS: &[&str] = &["src", "alt", "focus"];

/// An image with its alternative text. (Keys it does not have are found
/// by [`parse`], each at its line.)
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Cover {
    /// Path relative to the document, or an absolute URL.
    pub src: String,
    /// Alternative text for readers who cannot see the image.
    #[serde(default)]
    pub alt: Option<String>,
    /// Which part of the photo a cropped thumbnail keeps; the centre when not set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus: Option<Focus>,
}

/// The part of a cover photo that thumbnails and social images keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Focus {
    /// The top edge (faces in a group photo).
    Top,
    /// The middle.
    Center,
    /// The bottom edge.
    Bottom,
    /// The left edge.
    Left,
    /// The right edge.
    Right,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(Text),
    Many(Vec<Text>),
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawParticipant {
    Name(String),
    Full(NamedOrNot),
}

/// A participant written as a record, whose `name` may be missing: that
/// is told by [`parse`], at the participant's line.
#[derive(Deserialize)]
struct NamedOrNot {
    name: Option<String>,
    role: Option<Text>,
    organization: Option<Text>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawCover {
    Src(String),
    Full(Cover),
}

/// The front matter's keys as written: read at once, or key by key
/// ([`read_by_key`]) when that fails. (Unknown keys are found apart.)
#[derive(Deserialize)]
struct Raw {
    title: Option<String>,
    date: Option<String>,
    end_date: Option<String>,
    author: Option<OneOrMany>,
    #[serde(alias = "description")]
    summary: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    organizations: Option<Vec<String>>,
    location: Option<Text>,
    participants: Option<Vec<RawParticipant>>,
    cover: Option<RawCover>,
    translation: Option<String>,
    slug: Option<String>,
    #[serde(default)]
    draft: bool,
    lang: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    publish_date: Option<String>,
    translated_from: Option<String>,
    #[serde(default)]
    original: bool,
    extra: Option<yaml::Value>,
}

/// A file split into its front matter and body.
#[derive(Debug)]
pub(crate) struct Split<'a> {
    /// The YAML between the `---` lines.
    pub(crate) yaml: &'a str,
    /// The Markdown after the closing `---`.
    pub(crate) body: &'a str,
    /// The file line the body starts on.
    pub(crate) body_line: usize,
}

/// The most front matter rapport reads: far more than any report's facts,
/// far less than a file made to exhaust the YAML parser.
pub(crate) const MAX_FRONT_MATTER: usize = 256 * 1024;

/// Splits `text` at its `---` lines.
pub(crate) fn split<'a>(file: &Path, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        let span = Span::new(1, 1, first.trim_end().chars().count().max(1));
        let d = if text.trim().is_empty() {
            Diagnostic::in_file(file, crate::msg!("front-matter-empty-file"))
        } else if first.trim_end() == "+++" {
            return Err(Diagnostic::in_file(file, crate::msg!("front-matter-toml"))
                .at(text, span)
                .help(crate::msg!("front-matter-toml.help")));
        } else if first.trim_start().starts_with('{') {
            return Err(Diagnostic::in_file(file, crate::msg!("front-matter-json"))
                .at(text, span)
                .help(crate::msg!("front-matter-json.help")));
        } else {
            Diagnostic::in_file(file, crate::msg!("front-matter-missing"))
        };
        return Err(d
            .at(text, span)
            .help(crate::msg!("front-matter-missing.help")));
    }
    let yaml_start = first.len();
    let mut offset = yaml_start;
    for (i, line) in lines.enumerate() {
        if offset - yaml_start > MAX_FRONT_MATTER {
            return Err(Diagnostic::in_file(
                file,
                crate::msg!(
                    "front-matter-too-long",
                    kib = MAX_FRONT_MATTER / 1024,
                    line = i + 2
                ),
            )
            .at(text, Span::new(1, 1, 3))
            .help(crate::msg!("front-matter-too-long.help")));
        }
        if line.trim_end() == "---" {
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                body: &text[offset + line.len()..],
                body_line: i + 3,
            });
        }
        offset += line.len();
    }
    Err(
        Diagnostic::in_file(file, crate::msg!("front-matter-not-closed"))
            .at(text, Span::new(1, 1, 3))
            .help(crate::msg!("front-matter-not-closed.help")),
    )
}

/// Reads the YAML block as far as it can be read: the front matter with
/// every key that could be read (a key that could not is left out; none
/// when the block is not YAML keys at all), and every problem found, in
/// the order of their lines.
pub(crate) fn read(
    file: &Path,
    source: &str,
    yaml_text: &str,
    taxonomies: &[String],
    languages: &[String],
) -> (Option<FrontMatter>, Vec<Diagnostic>) {
    let mut known: Vec<&str> = KEYS.to_vec();
    known.extend(taxonomies.iter().map(String::as_str));
    known.sort_unstable();
    known.dedup();
    let text = if yaml_text.trim().is_empty() {
        "{}"
    } else {
        yaml_text
    };
    let map = match yaml::value(text, 1) {
        Ok(yaml::Value::Mapping(map)) => map,
        Ok(_) => {
            return (
                None,
                vec![
                    Diagnostic::in_file(file, crate::msg!("front-matter-not-keys"))
                        .at(source, Span::new(2, 1, 1))
                        .help(crate::msg!("front-matter-not-keys.help")),
                ],
            )
        }
        Err(e) => return (None, vec![e.into_diagnostic(file, source)]),
    };
    let mut problems = yaml::unknown_keys(&map, yaml_text, 1, &known, file, source);
    for (key, keys) in [("participants", PARTICIPANT_KEYS), ("cover", COVER_KEYS)] {
        let Some(value) = map.get(key) else {
            continue;
        };
        let shape = || {
            if key == "cover" {
                crate::msg!("yaml-cover.help")
            } else {
                crate::msg!("yaml-participant.help")
            }
        };
        problems.extend(yaml::unknown_nested_keys(
            value, key, keys, &shape, yaml_text, 1, file, source,
        ));
    }
    let line_of = |key: &str| yaml::key_line(yaml_text, 1, key).unwrap_or(2);
    let at_key = |key: &str, message: String| {
        Diagnostic::in_file(file, message).at(source, Span::new(line_of(key), 1, key.len()))
    };

    // Almost every front matter reads at once; one that does not is read
    // again key by key, so that every mistake in it is found.
    let (raw, title_failed) = match yaml::from_str::<Raw>(text, 1) {
        Ok(raw) => (raw, false),
        Err(_) => read_by_key(&map, yaml_text, file, source, &mut problems),
    };
    for (i, p) in raw.participants.iter().flatten().enumerate() {
        let RawParticipant::Full(NamedOrNot { name: None, .. }) = p else {
            continue;
        };
        let item = map
            .get("participants")
            .and_then(|list| list.get(i))
            .and_then(yaml::Value::as_mapping);
        if item.is_some_and(|item| misspelt(item, "name", PARTICIPANT_KEYS)) {
            continue;
        }
        let (line, column) = yaml::item_position(yaml_text, 1, "participants", i);
        problems.push(
            Diagnostic::in_file(file, crate::msg!("yaml-participant"))
                .at(source, Span::new(line, column, 1))
                .help(crate::msg!("yaml-participant.help")),
        );
    }

    let title = raw.title.map(|t| t.trim().to_string()).unwrap_or_default();
    if title.is_empty() && !title_failed {
        if yaml::key_line(yaml_text, 1, "title").is_some() {
            problems.push(
                at_key("title", crate::msg!("front-matter-title-empty"))
                    .help(crate::msg!("front-matter-no-title.help")),
            );
        } else if !misspelt(&map, "title", &known) {
            problems.push(
                Diagnostic::in_file(file, crate::msg!("front-matter-no-title"))
                    .at(source, Span::new(1, 1, 3))
                    .help(crate::msg!("front-matter-no-title.help")),
            );
        }
    }
    let has_date = raw.date.is_some();
    let (date, datetime) = match raw.date.as_deref().map(parse_date) {
        None => (None, None),
        Some(Ok(pair)) => pair,
        Some(Err(())) => {
            problems.push(
                at_key(
                    "date",
                    crate::msg!(
                        "front-matter-not-a-date",
                        value = raw.date.unwrap_or_default()
                    ),
                )
                .help(crate::msg!("front-matter-date.help")),
            );
            (None, None)
        }
    };
    let end_date = match raw.end_date.as_deref().map(parse_date) {
        None => None,
        Some(Ok((Some(end), None))) => Some(end),
        Some(_) => {
            problems.push(
                at_key(
                    "end_date",
                    crate::msg!(
                        "front-matter-not-a-date",
                        value = raw.end_date.unwrap_or_default()
                    ),
                )
                .help(crate::msg!("front-matter-end-date.help")),
            );
            None
        }
    };
    match (date, end_date) {
        (Some(start), Some(end)) if end < start => problems.push(
            at_key(
                "end_date",
                crate::msg!("front-matter-ends-before-start", end = end, start = start),
            )
            .help(crate::msg!("front-matter-ends-before-start.help")),
        ),
        (None, Some(_)) if !has_date => problems.push(
            at_key("end_date", crate::msg!("front-matter-end-without-date"))
                .help(crate::msg!("front-matter-end-without-date.help")),
        ),
        _ => {}
    }
    if let Some(slug) = &raw.slug {
        if slug.trim().is_empty() || slug.contains(['/', '\\']) || slug.trim_matches('.').is_empty()
        {
            problems.push(
                at_key("slug", crate::msg!("front-matter-bad-slug", slug = slug))
                    .help(crate::msg!("front-matter-bad-slug.help")),
            );
        }
    }
    for alias in &raw.aliases {
        if alias_path(alias).is_none() {
            problems.push(
                at_key(
                    "aliases",
                    crate::msg!("front-matter-bad-alias", alias = alias),
                )
                .help(crate::msg!("front-matter-bad-alias.help")),
            );
        }
    }
    let publish_date = match raw.publish_date.as_deref().map(parse_date) {
        None => None,
        Some(Ok((day, at))) => day.map(|day| Embargo { day, at }),
        Some(Err(())) => {
            problems.push(
                at_key(
                    "publish_date",
                    crate::msg!(
                        "front-matter-not-a-date",
                        value = raw.publish_date.unwrap_or_default()
                    ),
                )
                .help(crate::msg!("front-matter-publish-date.help")),
            );
            None
        }
    };
    let mut texts: Vec<(&str, &Text)> = Vec::new();
    texts.extend(raw.location.iter().map(|t| ("location", t)));
    match &raw.author {
        Some(OneOrMany::One(t)) => texts.push(("author", t)),
        Some(OneOrMany::Many(list)) => texts.extend(list.iter().map(|t| ("author", t))),
        None => {}
    }
    for p in raw.participants.iter().flatten() {
        if let RawParticipant::Full(p) = p {
            texts.extend(
                p.role
                    .iter()
                    .chain(&p.organization)
                    .map(|t| ("participants", t)),
            );
        }
    }
    for (key, text) in texts {
        for code in text.languages().filter(|c| !languages.contains(c)) {
            problems.push(unknown_language(
                file, source, yaml_text, key, code, languages,
            ));
        }
    }
    let terms = custom_terms(&map, taxonomies, &at_key, &mut problems);
    problems.sort_by_key(|d| d.span.map(|s| (s.line, s.column)));
    let front = FrontMatter {
        title,
        date,
        end_date: end_date.filter(|end| date.is_some_and(|start| *end > start)),
        datetime,
        author: raw.author.map(|a| match a {
            OneOrMany::One(name) => Arc::from([name]),
            OneOrMany::Many(names) => Arc::from(names),
        }),
        summary: raw
            .summary
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        tags: raw.tags,
        organizations: raw.organizations.map(Arc::from),
        location: raw.location.filter(|l| !l.is_blank()),
        participants: raw.participants.map(|list| {
            list.into_iter()
                .map(|p| match p {
                    RawParticipant::Name(name) => Participant {
                        name,
                        role: None,
                        organization: None,
                    },
                    RawParticipant::Full(p) => Participant {
                        name: p.name.unwrap_or_default(),
                        role: p.role,
                        organization: p.organization,
                    },
                })
                .collect()
        }),
        cover: raw.cover.map(|c| match c {
            RawCover::Src(src) => Cover {
                src,
                alt: None,
                focus: None,
            },
            RawCover::Full(c) => c,
        }),
        translation: raw.translation,
        slug: raw.slug,
        draft: raw.draft,
        lang: raw.lang,
        aliases: raw.aliases,
        publish_date,
        translated_from: raw.translated_from,
        original: raw.original,
        terms,
        extra: raw
            .extra
            .as_ref()
            .map_or(serde_json::Value::Null, yaml::to_json),
    };
    (Some(front), problems)
}

/// The keys of `map`, the front matter's, read one at a time (each into
/// its own type, each problem at its place in the file, added to
/// `problems`), for a front matter that does not read at once; and
/// whether `title` could not be read.
fn read_by_key(
    map: &serde_yaml::Mapping,
    yaml_text: &str,
    file: &Path,
    source: &str,
    problems: &mut Vec<Diagnostic>,
) -> (Raw, bool) {
    let at_key = |key: &str, message: String| {
        let line = yaml::key_line(yaml_text, 1, key).unwrap_or(2);
        Diagnostic::in_file(file, message).at(source, Span::new(line, 1, key.len()))
    };
    let mut fields = yaml::Fields::new(map, yaml_text, 1);
    let summary: Option<String> = fields.get("summary");
    let description: Option<String> = fields.get("description");
    if fields.has("summary") && fields.has("description") {
        problems.push(
            at_key("description", crate::msg!("front-matter-summary-twice"))
                .help(crate::msg!("front-matter-summary-twice.help")),
        );
    }
    let cover = match map.get("cover") {
        Some(yaml::Value::Mapping(cover)) if !cover.contains_key("src") => {
            if !misspelt(cover, "src", COVER_KEYS) {
                problems.push(
                    at_key("cover", crate::msg!("yaml-cover")).help(crate::msg!("yaml-cover.help")),
                );
            }
            None
        }
        Some(yaml::Value::Mapping(_)) => fields.get::<Option<Cover>>("cover").map(RawCover::Full),
        _ => fields.get("cover"),
    };
    let raw = Raw {
        title: fields.get("title"),
        date: fields.get("date"),
        end_date: fields.get("end_date"),
        author: fields.get("author"),
        summary: summary.or(description),
        tags: fields.get("tags"),
        organizations: fields.get("organizations"),
        location: fields.get("location"),
        participants: fields.get("participants"),
        cover,
        translation: fields.get("translation"),
        slug: fields.get("slug"),
        draft: fields.get("draft"),
        lang: fields.get("lang"),
        aliases: fields.get("aliases"),
        publish_date: fields.get("publish_date"),
        translated_from: fields.get("translated_from"),
        original: fields.get("original"),
        extra: fields.get("extra"),
    };
    let title_failed = fields.failed("title");
    problems.extend(fields.into_diagnostics(file, source));
    (raw, title_failed)
}

/// Whether a key of `map` that is not in `keys` looks like a typo of
/// `wanted`: a key written wrong (`titel:`, `source:`) is one mistake,
/// whose error says which key was meant, and that key is not also called
/// missing.
fn misspelt(map: &serde_yaml::Mapping, wanted: &str, keys: &[&str]) -> bool {
    map.keys().any(|k| {
        k.as_str()
            .is_some_and(|k| !keys.contains(&k) && yaml::suggest(k, keys) == Some(wanted))
    })
}

/// An error for the language `code`, which the site does not have, as a key
/// of the words of `key`: at the line below `key` where it is written.
fn unknown_language(
    file: &Path,
    source: &str,
    yaml_text: &str,
    key: &str,
    code: &str,
    languages: &[String],
) -> Diagnostic {
    let start = yaml::key_line(yaml_text, 0, key).unwrap_or(1);
    let written = format!("{code}:");
    let (line, column) = yaml_text
        .lines()
        .enumerate()
        .skip(start - 1)
        .find_map(|(i, line)| {
            line.match_indices(&written)
                .find(|(at, _)| {
                    !line[..*at]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-')
                })
                .map(|(at, _)| (i + 2, line[..at].chars().count() + 1))
        })
        .unwrap_or((start + 1, 1));
    let nearest = languages
        .iter()
        .find(|l| code.starts_with(l.as_str()) || l.starts_with(code))
        .or_else(|| languages.iter().find(|l| strsim::levenshtein(l, code) <= 1));
    let list = languages
        .iter()
        .map(|l| format!("`{l}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let help = match nearest {
        Some(l) => crate::msg!(
            "front-matter-language-suggestion",
            suggestion = l,
            key = key,
            list = list
        ),
        None => crate::msg!("front-matter-language-list", key = key, list = list),
    };
    Diagnostic::in_file(
        file,
        crate::msg!("front-matter-not-a-language", code = code),
    )
    .at(source, Span::new(line, column, code.chars().count()))
    .help(help)
}

fn custom_terms(
    map: &serde_yaml::Mapping,
    taxonomies: &[String],
    at_key: &dyn Fn(&str, String) -> Diagnostic,
    problems: &mut Vec<Diagnostic>,
) -> BTreeMap<String, Vec<String>> {
    let mut terms = BTreeMap::new();
    for name in taxonomies {
        if KEYS.contains(&name.as_str()) {
            continue;
        }
        let Some(value) = map.get(name.as_str()) else {
            continue;
        };
        match serde_yaml::from_value::<Vec<String>>(value.clone()) {
            Ok(list) => {
                terms.insert(name.clone(), list);
            }
            Err(_) => problems.push(
                at_key(name, crate::msg!("front-matter-not-a-list", name = name))
                    .help(crate::msg!("front-matter-not-a-list.help", name = name)),
            ),
        }
    }
    terms
}

/// When a report may be published (`publish_date`): from the start of a day
/// where the build runs, or, when a time is written, from that instant with
/// its offset (`2027-01-15T09:00:00+01:00`). A shared fact: a translation
/// that sets none waits for its original's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Embargo {
    /// The day, in the offset written.
    pub day: NaiveDate,
    /// The instant, when a time was written.
    pub at: Option<DateTime<FixedOffset>>,
}

impl Embargo {
    /// Whether the report may be published at `now`.
    pub fn lifted(&self, now: DateTime<FixedOffset>) -> bool {
        match self.at {
            Some(at) => now >= at,
            None => now.date_naive() >= self.day,
        }
    }
}

/// The output file that answers an old address: `/a/b.html` → `a/b.html`,
/// `/post/123/` or `/post/123` → `post/123/index.html`; `None` for an
/// address no file can answer (a query, `..`, the root) or that only a
/// hidden file would (`/.git/config`, `/.htaccess`: server settings and
/// rapport's own list, never a page).
pub(crate) fn alias_path(alias: &str) -> Option<String> {
    let path = alias.trim().trim_start_matches('/');
    let bad = path.is_empty()
        || path.contains(['?', '#', '\\', '\0'])
        || path.split('/').any(|part| part.starts_with('.'));
    if bad {
        return None;
    }
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") {
        Some(path.to_string())
    } else {
        Some(format!("{}/index.html", path.trim_end_matches('/')))
    }
}

/// Parses `YYYY-MM-DD` or an RFC 3339 timestamp.
#[allow(clippy::result_unit_err)]
pub(crate) fn parse_date(
    text: &str,
) -> Result<(Option<NaiveDate>, Option<DateTime<FixedOffset>>), ()> {
    let text = text.trim();
    if let Some(date) = crate::dates::parse_day(text) {
        return Ok((Some(date), None));
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(text) {
        return Ok((Some(dt.date_naive()), Some(dt)));
    }
    Err(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses the YAML block of `source` (the whole file) into front matter.
    ///
    /// `taxonomies` are the site's taxonomy names, accepted as keys too;
    /// `languages` are the site's languages, the keys a shared fact's words
    /// may be given in. Every problem of the block is found in one run.
    fn parse(
        file: &Path,
        source: &str,
        yaml_text: &str,
        taxonomies: &[String],
        languages: &[String],
    ) -> Result<FrontMatter, Vec<Diagnostic>> {
        match read(file, source, yaml_text, taxonomies, languages) {
            (Some(front), problems) if problems.is_empty() => Ok(front),
            (_, problems) => Err(problems),
        }
    }

    fn front(text: &str) -> Result<FrontMatter, Vec<Diagnostic>> {
        let path = Path::new("content/a.sv.md");
        let split = split(path, text).map_err(|d| vec![d])?;
        parse(
            path,
            text,
            split.yaml,
            &["tags".into(), "organizations".into()],
            &["sv".into(), "en".into()],
        )
    }

    #[test]
    fn split_finds_body_line() {
        let s = split(Path::new("a.md"), "---\ntitle: A\n---\nBody\n").expect("valid");
        assert_eq!(s.yaml, "title: A\n");
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn split_handles_crlf() {
        let s = split(Path::new("a.md"), "---\r\ntitle: A\r\n---\r\nBody").expect("valid");
        assert_eq!(s.body, "Body");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let e = split(Path::new("a.md"), "---\ntitle: A\nBody\n").expect_err("unclosed");
        assert!(e.message.contains("not closed"));
    }

    #[test]
    fn participants_may_be_names_or_records() {
        let f = front("---\ntitle: A\nparticipants:\n  - Anna Berg\n  - name: Erik Lind\n    role: talare\n---\n")
            .expect("valid");
        let p = f.participants.expect("participants");
        assert_eq!(p[0].name, "Anna Berg");
        assert_eq!(p[1].role, Some(Text::Same("talare".into())));
    }

    #[test]
    fn impossible_date_is_located() {
        let e = front("---\ntitle: A\ndate: 2014-02-30\n---\n").expect_err("bad date");
        assert_eq!(e[0].span.map(|s| s.line), Some(3));
    }

    #[test]
    fn rfc3339_dates_keep_their_time() {
        let f = front("---\ntitle: A\ndate: 2014-05-26T10:00:00+06:00\n---\n").expect("valid");
        assert!(f.datetime.is_some());
        assert_eq!(f.date, NaiveDate::from_ymd_opt(2014, 5, 26));
    }

    #[test]
    fn description_is_the_summary() {
        let f = front("---\ntitle: A\ndescription: Kort\n---\n").expect("valid");
        assert_eq!(f.summary.as_deref(), Some("Kort"));
    }

    #[test]
    fn aliases_name_output_files() {
        assert_eq!(
            alias_path("/2014/05/a.html").as_deref(),
            Some("2014/05/a.html")
        );
        assert_eq!(
            alias_path("/post/123/").as_deref(),
            Some("post/123/index.html")
        );
        assert_eq!(
            alias_path("/post/123").as_deref(),
            Some("post/123/index.html")
        );
        assert_eq!(alias_path("/../etc/"), None);
        assert_eq!(alias_path("/?p=12"), None);
        // Hidden files are server settings or rapport's own, never pages.
        assert_eq!(alias_path("/.git/config"), None);
        assert_eq!(alias_path("/.htaccess"), None);
        assert_eq!(alias_path("/news/.rapport-manifest"), None);
        assert_eq!(alias_path("/a/./b/"), None);
        let e = front("---\ntitle: A\naliases: [/ok/, /x/../../y]\n---\n").expect_err("bad alias");
        assert_eq!(e[0].span.map(|s| s.line), Some(3));
    }

    #[test]
    fn slug_may_not_leave_the_output() {
        let e = front("---\ntitle: A\nslug: ../../etc\n---\n").expect_err("bad slug");
        assert!(e[0].message.contains("slug"));
    }

    #[test]
    fn end_date_before_date_is_located() {
        let e = front("---\ntitle: A\ndate: 2014-05-28\nend_date: 2014-05-26\n---\n")
            .expect_err("ends before it starts");
        assert_eq!(e[0].span.map(|s| s.line), Some(4));
        assert!(e[0].message.contains("before"), "{}", e[0].message);
    }

    #[test]
    fn end_date_needs_date_and_a_day() {
        let e = front("---\ntitle: A\nend_date: 2014-05-26\n---\n").expect_err("no date");
        assert_eq!(e[0].span.map(|s| s.line), Some(3));
        let e = front("---\ntitle: A\ndate: 2014-05-26\nend_date: 28 maj\n---\n")
            .expect_err("not a date");
        assert_eq!(e[0].span.map(|s| s.line), Some(4));
        let f =
            front("---\ntitle: A\ndate: 2014-05-26\nend_date: 2014-05-28\n---\n").expect("valid");
        assert_eq!(f.end_date, NaiveDate::from_ymd_opt(2014, 5, 28));
    }

    #[test]
    fn shared_facts_may_have_words_per_language() {
        let f = front("---\ntitle: A\nlocation: {sv: Socialdepartementet, en: Ministry of Health}\nparticipants:\n  - name: Anna Berg\n    role: {sv: ordförande, en: chair}\n    organization: Region Uppsala\n---\n")
            .expect("valid");
        let location = f.location.expect("location");
        assert_eq!(location.in_lang("en", "sv"), "Ministry of Health");
        assert_eq!(location.in_lang("sv", "sv"), "Socialdepartementet");
        assert_eq!(location.in_lang("kk", "sv"), "Socialdepartementet");
        let p = f.participants.expect("participants");
        assert_eq!(
            p[0].role.as_ref().map(|r| r.in_lang("en", "sv")),
            Some("chair")
        );
        assert_eq!(
            p[0].organization.as_ref().map(|o| o.in_lang("en", "sv")),
            Some("Region Uppsala")
        );
    }

    #[test]
    fn every_mistake_is_found_in_one_run() {
        let e = front(
            "---\ntitle: [A]\ndate: 2014-02-30\ntags: 5\nplats: X\ndraft: ja\nend_date: maj\n---\n",
        )
        .expect_err("six mistakes");
        let lines: Vec<usize> = e.iter().filter_map(|d| d.span.map(|s| s.line)).collect();
        assert_eq!(lines, [2, 3, 4, 5, 6, 7], "{e:#?}");
    }

    #[test]
    fn a_misspelt_key_is_not_also_missing() {
        let e = front("---\ntitel: A\n---\n").expect_err("titel");
        assert_eq!(e.len(), 1, "{e:#?}");
        let e = front("---\ntitle: A\nparticipants:\n  - namn: Anna\n  - role: talare\n---\n")
            .expect_err("namn");
        let lines: Vec<usize> = e.iter().filter_map(|d| d.span.map(|s| s.line)).collect();
        assert_eq!(lines, [4, 5], "{e:#?}");
        assert!(e[0].message.contains("`namn`"), "{e:#?}");
        assert!(e[1].message.contains("participant"), "{e:#?}");
        let e = front("---\ntitle: A\ncover:\n  source: a.jpg\n---\n").expect_err("source");
        assert_eq!(e.len(), 1, "{e:#?}");
        assert_eq!(e[0].span.map(|s| (s.line, s.column)), Some((4, 3)));
    }

    #[test]
    fn a_cover_without_src_is_shown_at_the_cover() {
        let e = front("---\ntitle: A\ncover:\n  alt: Delegationen\n---\n").expect_err("no src");
        assert_eq!(e[0].span.map(|s| s.line), Some(3));
        let e = front("---\ntitle: A\ncover:\n  src: a.jpg\n  focus: topp\n---\n")
            .expect_err("no such focus");
        assert_eq!(e[0].span.map(|s| s.line), Some(5));
        let f = front("---\ntitle: A\ncover:\n  src: a.jpg\n  focus: top\n---\n").expect("valid");
        assert_eq!(f.cover.and_then(|c| c.focus), Some(Focus::Top));
    }

    #[test]
    fn unknown_language_of_words_is_located_with_a_suggestion() {
        let e = front("---\ntitle: A\nparticipants:\n  - name: Anna Berg\n    role: {sv: ordförande, eng: chair}\n---\n")
            .expect_err("eng is no language of the site");
        assert_eq!(e[0].span.map(|s| (s.line, s.column)), Some((5, 28)));
        assert!(e[0].message.contains("`eng`"), "{}", e[0].message);
        assert!(
            e[0].help
                .as_deref()
                .is_some_and(|h| h.contains("did you mean `en`")),
            "{:?}",
            e[0].help
        );
    }
}
