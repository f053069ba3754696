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
}

impl YamlError {
    /// The error as a diagnostic of `file`, whose whole text is `source`.
    pub fn into_diagnostic(self, file: impl AsRef<Path>, source: &str) -> Diagnostic {
        let d = Diagnostic::in_file(file, self.message.clone());
        let d = match self.position {
            Some((line, column)) => d.at(source, Span::new(line, column, 1)),
            None => d,
        };
        if self.message.starts_with("invalid type") || self.message.contains("expected") {
            d.help("check the value's type against the table of keys in the README")
        } else {
            d.help("check the YAML syntax here: indentation, quotes around text with `:` or `#`, and `-` before list items")
        }
    }
}

/// Parses `text`, a YAML block that starts after `line_offset` lines of its file.
pub fn from_str<T: DeserializeOwned>(text: &str, line_offset: usize) -> Result<T, YamlError> {
    serde_yaml::from_str(text).map_err(|e| {
        let full = e.to_string();
        let message = match full.find(" at line ") {
            Some(i) => full[..i].to_string(),
            None => full,
        };
        YamlError {
            message,
            position: e.location().map(|l| (l.line() + line_offset, l.column())),
        }
    })
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
            let d = Diagnostic::in_file(file.as_ref(), format!("unknown key `{key}`"))
                .at(source, Span::new(line, 1, key.chars().count()));
            Some(match suggest(&key, known) {
                Some(s) => d.help(format!("did you mean `{s}`?")),
                None => d.help(format!(
                    "the known keys are {}; put your own data under `extra`",
                    known.join(", ")
                )),
            })
        })
        .collect()
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
