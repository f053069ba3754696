//! The one place that knows the YAML library: parsing with positions, and
//! unknown top-level keys with a "did you mean" suggestion.
//!
//! serde_yaml is archived upstream; keeping every call here makes a switch to
//! a maintained fork (serde_yaml_ng, serde_norway) a one-line change.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diagnostics::{Diagnostic, Span};

/// A YAML value, for data passed to templates untouched.
pub type Value = serde_yaml::Value;

/// A parse failure with its position in the file.
#[derive(Debug)]
pub struct YamlError {
    message: String,
    /// Line and column in the file (not in the YAML block).
    position: Option<(usize, usize)>,
    /// What to do, when the failure is one people often meet.
    help: Option<String>,
}

impl YamlError {
    /// The error as a diagnostic of `file`, whose whole text is `source`.
    pub fn into_diagnostic(self, file: impl AsRef<Path>, source: &str) -> Diagnostic {
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
pub const MAX_NESTING: usize = 64;

/// Parses `text`, a YAML block that starts after `line_offset` lines of its file.
pub fn from_str<T: DeserializeOwned>(text: &str, line_offset: usize) -> Result<T, YamlError> {
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
        let position = e.location().map(|l| (l.line(), l.column()));
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
    if message.contains("did not match any variant of untagged enum RawParticipant") {
        return (
            crate::msg!("yaml-participant"),
            Some(crate::msg!("yaml-participant.help")),
        );
    }
    if message.contains("did not match any variant of untagged enum RawCover") {
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
pub fn value(text: &str, line_offset: usize) -> Result<Value, YamlError> {
    from_str(text, line_offset)
}

/// Turns a YAML value into JSON for templates; keys that are not strings are stringified.
pub fn to_json(value: &Value) -> serde_json::Value {
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
pub fn key_line(text: &str, line_offset: usize, key: &str) -> Option<usize> {
    text.lines()
        .position(|line| top_level_key(line) == Some(key))
        .map(|i| i + 1 + line_offset)
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
pub fn unknown_keys(
    map: &serde_yaml::Mapping,
    text: &str,
    line_offset: usize,
    known: &[&str],
    file: impl AsRef<Path>,
    source: &str,
) -> Vec<Diagnostic> {
    map.keys()
        .filter_map(|k| {
            let key = match k {
                Value::String(s) => s.clone(),
                other => serde_yaml::to_string(other)
                    .unwrap_or_default()
                    .trim()
                    .to_string(),
            };
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
pub fn suggest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
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
    fn key_line_skips_nested_keys() {
        let text = "extra:\n  title: x\ntitle: y\n";
        assert_eq!(key_line(text, 1, "title"), Some(4));
    }
}
