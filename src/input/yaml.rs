//! The one place that knows the YAML library: parsing with positions, each
//! key of a block on its own ([`Fields`], so one mistake does not hide the
//! next), and unknown keys, top-level or nested, with a "did you mean"
//! suggestion.
//!
//! serde_yaml is archived upstream; keeping every call here makes a switch to
//! a maintained fork (serde_yaml_ng, serde_norway) a one-line change.

use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diagnostics::{Diagnostic, Span};

/// A YAML value, for data passed to templates untouched.
pub(crate) type Value = serde_yaml::Value;

/// A parse failure with its position in the file.
#[derive(Debug)]
pub(crate) struct YamlError {
    message: String,
    /// Line and column in the file (not in the YAML block).
    position: Option<(usize, usize)>,
    /// What to do, when the failure is one people often meet.
    help: Option<String>,
}

impl YamlError {
    /// The error as a diagnostic of `file`, whose whole text is `source`.
    pub(crate) fn into_diagnostic(self, file: impl AsRef<Path>, source: &str) -> Diagnostic {
        let d = Diagnostic::in_file(file, self.message.clone());
        let d = match self.position {
            Some((line, column)) => d.at(source, Span::new(line, column, 1)),
            None => d,
        };
        match self.help {
            Some(help) => d.help(help),
            None if self.message.contains("invalid type") || self.message.contains("expected") => {
                d.help(crate::msg!("yaml-check-type"))
            }
            None => d.help(crate::msg!("yaml-check-syntax")),
        }
    }
}

/// How deeply `[` and `{` may nest in a YAML block. Real front matter
/// nests two or three levels; the YAML parser slows down badly far deeper.
pub(crate) const MAX_NESTING: usize = 64;

/// Parses `text`, a YAML block that starts after `line_offset` lines of its file.
pub(crate) fn from_str<T: DeserializeOwned>(
    text: &str,
    line_offset: usize,
) -> Result<T, YamlError> {
    if let Some((line, column)) = too_deep(text) {
        return Err(YamlError {
            message: crate::msg!("yaml-too-deep", levels = MAX_NESTING),
            position: Some((line + line_offset, column)),
            help: Some(crate::msg!("yaml-too-deep.help")),
        });
    }
    serde_yaml::from_str(text).map_err(|e| {
        let full = e.to_string();
        let message = match full.find(" at line ") {
            Some(i) => full[..i].to_string(),
            None => full,
        };
        let mut position = e.location().map(|l| (l.line(), l.column()));
        if let Some(key) = message
            .strip_prefix("duplicate entry with key \"")
            .and_then(|rest| rest.strip_suffix('"'))
        {
            // At the second time the key is written, not where the block starts.
            if let Some(line) = key_lines(text, key).nth(1) {
                position = Some((line + 1, 1));
            }
        }
        let (message, help) = explain(text, message, position);
        YamlError {
            message,
            position: position.map(|(line, column)| (line + line_offset, column)),
            help,
        }
    })
}

/// The line and column where `[`/`{` nesting first passes [`MAX_NESTING`],
/// outside quoted text and comments.
fn too_deep(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (i, line) in text.lines().enumerate() {
        let mut quote: Option<char> = None;
        for (col, c) in line.chars().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '#') => break,
                (None, '[' | '{') => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Some((i + 1, col + 1));
                    }
                }
                (None, ']' | '}') => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    None
}

/// The parser's message in plain words, with what to do, for the mistakes
/// people make most.
fn explain(
    text: &str,
    message: String,
    position: Option<(usize, usize)>,
) -> (String, Option<String>) {
    let line = position.and_then(|(l, _)| text.lines().nth(l.saturating_sub(1)));
    let tab_in_line = line.is_some_and(|l| l.contains('\t'));
    if (message.contains("cannot start any token") && tab_in_line)
        || message.contains("tab character")
    {
        let column = line.and_then(|l| l.find('\t')).map_or(1, |i| i + 1);
        return (
            crate::msg!("yaml-tab", column = column),
            Some(crate::msg!("yaml-tab.help")),
        );
    }
    if message.contains("mapping values are not allowed") {
        if let Some((key, value)) = line.and_then(|l| l.split_once(':')) {
            let value = value.trim();
            if !value.is_empty() && !key.trim_start().starts_with('-') {
                let quoted = value.replace('"', "\\\"");
                return (
                    crate::msg!("yaml-colon-in-value", key = key.trim()),
                    Some(crate::msg!(
                        "yaml-colon-in-value.help",
                        key = key.trim_end(),
                        quoted = quoted
                    )),
                );
            }
        }
    }
    if let Some(key) = message
        .strip_prefix("duplicate entry with key \"")
        .and_then(|rest| rest.strip_suffix('"'))
    {
        return (
            crate::msg!("yaml-duplicate-key", key = key),
            Some(crate::msg!("yaml-duplicate-key.help", key = key)),
        );
    }
    if message.contains("did not match any variant of untagged enum Text") {
        // The library names no key for it: the key is the one of its line.
        let key = line
            .and_then(|l| l.split_once(':'))
            .map_or("", |(key, _)| key.trim().trim_start_matches(['-', ' ']));
        return (
            crate::msg!("yaml-words", key = key),
            Some(crate::msg!("yaml-words.help", key = key)),
        );
    }
    if message.contains("did not match any variant of untagged enum OneOrMany") {
        return (
            crate::msg!("yaml-author"),
            Some(crate::msg!("yaml-author.help")),
        );
    }
    if message.contains("did not match any variant of untagged enum RawParticipant") {
        return (
            crate::msg!("yaml-participant"),
            Some(crate::msg!("yaml-participant.help")),
        );
    }
    if message.contains("did not match any variant of untagged enum RawCover")
        || message.starts_with("cover: missing field `src`")
    {
        return (
            crate::msg!("yaml-cover"),
            Some(crate::msg!("yaml-cover.help")),
        );
    }
    if message.contains("invalid type: string") && message.contains("expected a sequence") {
        let key = message.split(':').next().unwrap_or("").trim().to_string();
        let value = line
            .and_then(|l| l.split_once(':'))
            .map(|(_, v)| v.trim())
            .unwrap_or("");
        let items: Vec<&str> = value
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let message = if key.contains(' ') || key.is_empty() {
            crate::msg!("yaml-not-a-list-this")
        } else {
            crate::msg!("yaml-not-a-list", key = key)
        };
        return (
            message,
            Some(crate::msg!(
                "yaml-not-a-list.help",
                items = items.join(", ")
            )),
        );
    }
    (message, None)
}

/// Parses `text` into an untyped value.
pub(crate) fn value(text: &str, line_offset: usize) -> Result<Value, YamlError> {
    from_str(text, line_offset)
}

/// Turns a YAML value into JSON for templates; keys that are not strings are stringified.
pub(crate) fn to_json(value: &Value) -> serde_json::Value {
    match value {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Number(n) => serde_json::to_value(n).unwrap_or(serde_json::Value::Null),
        Value::String(s) => serde_json::Value::String(s.clone()),
        Value::Sequence(items) => items.iter().map(to_json).collect(),
        Value::Mapping(map) => map
            .iter()
            .map(|(k, v)| {
                let key = match k {
                    Value::String(s) => s.clone(),
                    other => serde_yaml::to_string(other)
                        .unwrap_or_default()
                        .trim()
                        .to_string(),
                };
                (key, to_json(v))
            })
            .collect::<serde_json::Map<_, _>>()
            .into(),
        Value::Tagged(tagged) => to_json(&tagged.value),
    }
}

/// The file line of top-level `key` in `text`, a block after `line_offset` lines.
pub(crate) fn key_line(text: &str, line_offset: usize, key: &str) -> Option<usize> {
    key_lines(text, key).next().map(|i| i + 1 + line_offset)
}

/// The lines (from 0) of `text` where top-level `key` is written.
fn key_lines<'a>(text: &'a str, key: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.lines()
        .enumerate()
        .filter(move |(_, line)| top_level_key(line) == Some(key))
        .map(|(i, _)| i)
}

/// The lines of top-level `key` in `text`: from the key's line to the
/// next top-level key, with the number of lines before them.
fn key_block<'a>(text: &'a str, key: &str) -> Option<(usize, &'a str)> {
    let mut start: Option<(usize, usize)> = None;
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let here = top_level_key(line);
        match start {
            Some((first, from)) if here.is_some() => return Some((first, &text[from..offset])),
            None if here == Some(key) => start = Some((i, offset)),
            _ => {}
        }
        offset += line.len();
    }
    start.map(|(first, from)| (first, &text[from..]))
}

/// The keys of a YAML mapping, read one at a time, each into its own type:
/// a key written wrong is one problem at its place, and the keys after it
/// are still read, so one run tells every mistake.
pub(crate) struct Fields<'a> {
    map: &'a serde_yaml::Mapping,
    text: &'a str,
    line_offset: usize,
    failed: BTreeSet<String>,
    errors: Vec<YamlError>,
}

impl<'a> Fields<'a> {
    /// The keys of `map`, parsed from `text`, a block after `line_offset`
    /// lines of its file.
    pub(crate) fn new(
        map: &'a serde_yaml::Mapping,
        text: &'a str,
        line_offset: usize,
    ) -> Fields<'a> {
        Fields {
            map,
            text,
            line_offset,
            failed: BTreeSet::new(),
            errors: Vec::new(),
        }
    }

    /// Whether `key` is written.
    pub(crate) fn has(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }

    /// The value of top-level `key` as a `T`, read as [`from_str`] reads
    /// it: the default when the key is not written, and when its value
    /// cannot be read (the problem is kept, at its place in the file).
    pub(crate) fn get<T: DeserializeOwned + Default>(&mut self, key: &str) -> T {
        let Some(value) = self.map.get(key) else {
            return T::default();
        };
        match read_key(self.text, self.line_offset, key, value) {
            Ok(value) => value,
            Err(e) => {
                self.failed.insert(key.to_string());
                self.errors.push(e);
                T::default()
            }
        }
    }

    /// Whether `key` is written but could not be read.
    pub(crate) fn failed(&self, key: &str) -> bool {
        self.failed.contains(key)
    }

    /// The problems found, as diagnostics of `file`, whose whole text is `source`.
    pub(crate) fn into_diagnostics(self, file: &Path, source: &str) -> Vec<Diagnostic> {
        self.errors
            .into_iter()
            .map(|e| e.into_diagnostic(file, source))
            .collect()
    }
}

/// `value`, the value of top-level `key` in `text`, read as a `T`. The
/// key's own lines are parsed again, so a problem is found where it is
/// written (`participants[2].role`); when they cannot be told apart from
/// the lines around them, the value is written out anew and read from
/// that, and a problem is put at the key's line.
fn read_key<T: DeserializeOwned + Default>(
    text: &str,
    line_offset: usize,
    key: &str,
    value: &Value,
) -> Result<T, YamlError> {
    let take = |map: BTreeMap<String, T>| map.into_values().next().unwrap_or_default();
    if let Some((first, block)) = key_block(text, key) {
        let same = match serde_yaml::from_str::<Value>(block) {
            Ok(Value::Mapping(map)) => map.len() == 1 && map.get(key) == Some(value),
            _ => false,
        };
        if same {
            return from_str(block, line_offset + first).map(take);
        }
    }
    let mut alone = serde_yaml::Mapping::new();
    alone.insert(Value::String(key.to_string()), value.clone());
    let again = serde_yaml::to_string(&alone).unwrap_or_default();
    from_str(&again, 0).map(take).map_err(|mut e| {
        e.position = key_line(text, line_offset, key).map(|line| (line, 1));
        e
    })
}

/// Errors for the keys of `value` that are not in `known`, when it is a
/// mapping, or of each mapping in it, when it is a list: `value` is the
/// value of top-level `parent` of `text`, a block after `line_offset`
/// lines of `file`, whose whole text is `source`. Each at the line where
/// the key is written, with the key meant when it looks like a typo and
/// then `shape`, how `parent` is written.
#[allow(clippy::too_many_arguments)]
pub(crate) fn unknown_nested_keys(
    value: &Value,
    parent: &str,
    known: &[&str],
    shape: &dyn Fn() -> String,
    text: &str,
    line_offset: usize,
    file: &Path,
    source: &str,
) -> Vec<Diagnostic> {
    let maps: Vec<(Option<usize>, &serde_yaml::Mapping)> = match value {
        Value::Mapping(map) => vec![(None, map)],
        Value::Sequence(items) => items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| item.as_mapping().map(|m| (Some(i), m)))
            .collect(),
        _ => Vec::new(),
    };
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for (item, map) in maps {
        for k in map.keys() {
            let key = key_text(k);
            if known.contains(&key.as_str()) {
                continue;
            }
            let earlier = seen.entry(key.clone()).or_default();
            let (line, column) = nested_key_position(text, parent, item, &key, *earlier)
                .map_or_else(
                    || {
                        (
                            key_line(text, line_offset, parent).unwrap_or(line_offset + 1),
                            1,
                        )
                    },
                    |(line, column)| (line + line_offset, column),
                );
            *earlier += 1;
            let d = Diagnostic::in_file(
                file,
                crate::msg!("yaml-unknown-nested-key", key = key, parent = parent),
            )
            .at(source, Span::new(line, column, key.chars().count()));
            out.push(match suggest(&key, known) {
                Some(s) => d.help(format!(
                    "{} {}",
                    crate::msg!("did-you-mean", suggestion = s),
                    shape()
                )),
                None => d.help(crate::msg!(
                    "yaml-unknown-nested-key.help",
                    parent = parent,
                    keys = known.join(", ")
                )),
            });
        }
    }
    out
}

/// Where nested `key` is first written under top-level `parent` of
/// `text` (line and column from 1).
pub(crate) fn nested_key_line(text: &str, parent: &str, key: &str) -> Option<(usize, usize)> {
    nested_key_position(text, parent, None, key, 0)
}

/// Where nested `key` is written (line from 1 in `text`, column from 1)
/// under top-level `parent`: in the list item number `item`, when the
/// items are written one per `-` line, else the `earlier`-th time (from
/// 0) it is written under `parent`.
fn nested_key_position(
    text: &str,
    parent: &str,
    item: Option<usize>,
    key: &str,
    earlier: usize,
) -> Option<(usize, usize)> {
    let (first, block) = key_block(text, parent)?;
    let lines: Vec<&str> = block.lines().collect();
    let mut range = 0..lines.len();
    let mut skip = earlier;
    if let Some(n) = item {
        let starts = item_starts(&lines);
        if let Some(&start) = starts.get(n) {
            range = start..starts.get(n + 1).copied().unwrap_or(lines.len());
            skip = 0;
        }
    }
    for i in range {
        let line = lines[i];
        for (at, _) in line.match_indices(key) {
            let before = line[..at].chars().next_back();
            let starts_word = before.is_none_or(|c| matches!(c, ' ' | '\t' | '{' | ',' | '-'));
            let followed_by_colon = line[at + key.len()..].starts_with(':');
            if !(starts_word && followed_by_colon) {
                continue;
            }
            if skip == 0 {
                return Some((first + i + 1, line[..at].chars().count() + 1));
            }
            skip -= 1;
        }
    }
    None
}

/// The lines (from 0) of `lines`, a top-level key's, where the items of
/// its list start, when they are written one per `-` line.
fn item_starts(lines: &[&str]) -> Vec<usize> {
    let dashes: Vec<(usize, usize)> = lines
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(i, line)| {
            let t = line.trim_start();
            (t == "-" || t.starts_with("- ")).then(|| (i, line.len() - t.len()))
        })
        .collect();
    let indent = dashes.iter().map(|(_, indent)| *indent).min();
    dashes
        .into_iter()
        .filter(|(_, i)| Some(*i) == indent)
        .map(|(line, _)| line)
        .collect()
}

/// The file line and column where item `item` (from 0) of the list of
/// top-level `parent` starts, in `text`, a block after `line_offset`
/// lines; the key's line when the items are not written one per `-` line.
pub(crate) fn item_position(
    text: &str,
    line_offset: usize,
    parent: &str,
    item: usize,
) -> (usize, usize) {
    let found = key_block(text, parent).and_then(|(first, block)| {
        let lines: Vec<&str> = block.lines().collect();
        let start = *item_starts(&lines).get(item)?;
        let column = lines[start].chars().take_while(|c| *c == ' ').count() + 1;
        Some((first + start + 1 + line_offset, column))
    });
    found.unwrap_or_else(|| {
        let line = key_line(text, line_offset, parent).unwrap_or(line_offset + 1);
        (line, 1)
    })
}

/// A mapping key as written, for messages.
fn key_text(k: &Value) -> String {
    match k {
        Value::String(s) => s.clone(),
        other => serde_yaml::to_string(other)
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

fn top_level_key(line: &str) -> Option<&str> {
    if line.starts_with([' ', '\t', '#', '-']) {
        return None;
    }
    let colon = line.find(':')?;
    Some(line[..colon].trim().trim_matches(['"', '\'']))
}

/// Errors for the keys of `map` that are not in `known`.
///
/// `map` was parsed from `text`, a YAML block after `line_offset` lines of
/// the file whose whole text is `source`.
pub(crate) fn unknown_keys(
    map: &serde_yaml::Mapping,
    text: &str,
    line_offset: usize,
    known: &[&str],
    file: impl AsRef<Path>,
    source: &str,
) -> Vec<Diagnostic> {
    map.keys()
        .filter_map(|k| {
            let key = key_text(k);
            if known.contains(&key.as_str()) {
                return None;
            }
            let line = key_line(text, line_offset, &key).unwrap_or(line_offset + 1);
            let d = Diagnostic::in_file(file.as_ref(), crate::msg!("yaml-unknown-key", key = key))
                .at(source, Span::new(line, 1, key.chars().count()));
            Some(match hint(&key, known) {
                Some(help) => d.help(help),
                None => {
                    let mut names: Vec<&str> = known.to_vec();
                    names.sort_unstable();
                    names.dedup();
                    d.help(crate::msg!(
                        "yaml-unknown-key.help",
                        keys = names.join(", ")
                    ))
                }
            })
        })
        .collect()
}

/// What to write instead of `key`: the key other site generators use for
/// the same thing, or the nearest known key when it looks like a typo.
fn hint(key: &str, known: &[&str]) -> Option<String> {
    let instead = match key.to_lowercase().as_str() {
        "image" | "images" | "featured_image" | "thumbnail" | "photo" | "bild" => {
            Some(crate::msg!("yaml-hint-cover"))
        }
        "categories" | "category" | "keywords" | "kategorier" => {
            Some(crate::msg!("yaml-hint-tags", key = key))
        }
        "description" => Some(crate::msg!("yaml-hint-summary")),
        _ => None,
    };
    instead.or_else(|| suggest(key, known).map(|s| crate::msg!("did-you-mean", suggestion = s)))
}

/// The known word nearest to `word`, when it is near enough to be a typo.
pub(crate) fn suggest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::jaro_winkler(word, k), *k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_title_for_titel() {
        assert_eq!(suggest("titel", &["title", "tags", "date"]), Some("title"));
        assert_eq!(suggest("zzz", &["title", "tags", "date"]), None);
    }

    #[test]
    fn error_position_is_in_file_lines() {
        let e = from_str::<Value>("a: [1, 2\nb: 3\n", 1).expect_err("unclosed list");
        assert!(e.position.is_some_and(|(line, _)| line >= 2));
        assert!(!e.message.contains("at line"));
    }

    #[test]
    fn each_key_is_read_on_its_own_at_its_place() {
        let text = "title: [a]\ntags: 5\nslug: 12\nlocation: {sv: A,\nen: B}\ndraft: ja\n";
        let Ok(Value::Mapping(map)) = value(text, 1) else {
            panic!("a mapping");
        };
        let mut fields = Fields::new(&map, text, 1);
        let title: Option<String> = fields.get("title");
        let tags: Vec<String> = fields.get("tags");
        // A number is read as text, as the whole block is.
        let slug: Option<String> = fields.get("slug");
        // Lines that cannot be told apart from the next key's are read too.
        let location: BTreeMap<String, String> = fields.get("location");
        let draft: bool = fields.get("draft");
        assert_eq!((title, tags, slug.as_deref()), (None, vec![], Some("12")));
        assert_eq!(location.get("en").map(String::as_str), Some("B"));
        assert!(!draft);
        assert!(fields.failed("title") && fields.failed("draft") && !fields.failed("slug"));
        let lines: Vec<Option<usize>> = fields
            .into_diagnostics(Path::new("a.md"), &format!("---\n{text}---\n"))
            .iter()
            .map(|d| d.span.map(|s| s.line))
            .collect();
        assert_eq!(lines, [Some(2), Some(3), Some(7)]);
    }

    #[test]
    fn nested_keys_are_found_in_their_item() {
        let text = "participants:\n  - name: A\n    rol: x\n  - name: B\n    rol: y\ncover: {src: a.jpg, fokus: top}\nlist: [{rol: a}, {rol: b}]\n";
        assert_eq!(
            nested_key_position(text, "participants", Some(1), "rol", 1),
            Some((5, 5))
        );
        assert_eq!(
            nested_key_position(text, "cover", None, "fokus", 0),
            Some((6, 21))
        );
        assert_eq!(
            nested_key_position(text, "list", Some(1), "rol", 1),
            Some((7, 19))
        );
        assert_eq!(item_position(text, 1, "participants", 1), (5, 3));
        assert_eq!(item_position(text, 1, "list", 0), (8, 1));
    }

    #[test]
    fn a_key_written_twice_is_shown_the_second_time() {
        let e = from_str::<Value>("title: A\ndate: 2020-01-01\ntitle: B\n", 1).expect_err("twice");
        assert_eq!(e.position, Some((4, 1)));
        assert!(e.message.contains("`title`"), "{}", e.message);
    }

    #[test]
    fn key_line_skips_nested_keys() {
        let text = "extra:\n  title: x\ntitle: y\n";
        assert_eq!(key_line(text, 1, "title"), Some(4));
    }
}
