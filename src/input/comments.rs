//! `comments:` and `views:` of site.yaml: readers' comments through an Isso
//! server and view counts through GoatCounter's public counter, both off
//! unless a site names its server. A site without them is built exactly as
//! before: nothing of either reaches its pages.
//!
//! Also the one rule for a report's comment thread: [`thread_id`], which the
//! theme and `rapport import --comments isso` share.

use serde::Serialize;

use crate::diagnostics::{Diagnostic, Span};
use crate::input::yaml;

/// `comments:`: the Isso server that keeps readers' comments.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub(crate) struct Comments {
    /// The Isso server's address, ending in `/` (`https://comments.example.org/`).
    pub(crate) isso: String,
}

/// `views:`: the GoatCounter site that counts views.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub(crate) struct Views {
    /// The GoatCounter site's address, ending in `/` (`https://halsa.goatcounter.com/`).
    pub(crate) goatcounter: String,
}

const COMMENTS_KEYS: &[&str] = &["isso"];
const VIEWS_KEYS: &[&str] = &["goatcounter"];

/// Reads `comments:` of `text`, the whole site.yaml, whose value is `value`.
pub(crate) fn comments(
    value: &yaml::Value,
    text: &str,
    problems: &mut Vec<Diagnostic>,
) -> Option<Comments> {
    server(value, "comments", "isso", COMMENTS_KEYS, text, problems).map(|isso| Comments { isso })
}

/// Reads `views:` of `text`, the whole site.yaml, whose value is `value`.
pub(crate) fn views(
    value: &yaml::Value,
    text: &str,
    problems: &mut Vec<Diagnostic>,
) -> Option<Views> {
    server(value, "views", "goatcounter", VIEWS_KEYS, text, problems)
        .map(|goatcounter| Views { goatcounter })
}

/// The address under `parent.key`, checked: a mapping with known keys and
/// an absolute `http(s)` address, which gets a final `/`.
fn server(
    value: &yaml::Value,
    parent: &str,
    key: &str,
    known: &[&str],
    text: &str,
    problems: &mut Vec<Diagnostic>,
) -> Option<String> {
    let file = std::path::Path::new(crate::input::paths::SETTINGS);
    let line = yaml::key_line(text, 0, parent).unwrap_or(1);
    let shape = || format!("`{parent}:` / `  {key}: https://…`");
    let wrong = |problems: &mut Vec<Diagnostic>| {
        problems.push(
            Diagnostic::in_file(file, crate::msg!("config-server-shape", key = parent))
                .at(text, Span::new(line, 1, parent.chars().count()))
                .help(crate::msg!(
                    "config-server-shape.help",
                    parent = parent,
                    key = key
                )),
        );
    };
    let yaml::Value::Mapping(map) = value else {
        if !value.is_null() {
            wrong(problems);
        }
        return None;
    };
    let unknown = yaml::unknown_nested_keys(value, parent, known, &shape, text, 0, file, text);
    if !unknown.is_empty() {
        problems.extend(unknown);
        return None;
    }
    let Some(address) = map.get(key).and_then(yaml::Value::as_str) else {
        wrong(problems);
        return None;
    };
    let address = address.trim();
    let host = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("http://"))
        .map(|rest| rest.split('/').next().unwrap_or(""));
    let plain = address.chars().all(|c| {
        !c.is_whitespace()
            && !c.is_control()
            && !matches!(c, '"' | '<' | '>' | '\'' | '`' | '?' | '#')
    });
    if host.is_none_or(str::is_empty) || !plain {
        let line = yaml::key_line(text, 0, parent).map_or(line, |l| {
            text.lines()
                .enumerate()
                .skip(l)
                .find(|(_, s)| s.trim_start().starts_with(&format!("{key}:")))
                .map_or(l, |(i, _)| i + 1)
        });
        problems.push(
            Diagnostic::in_file(
                file,
                crate::msg!(
                    "config-server-url",
                    key = format!("{parent}.{key}"),
                    url = address
                ),
            )
            .at(text, Span::new(line, 1, 1))
            .help(crate::msg!(
                "config-server-url.help",
                parent = parent,
                key = key
            )),
        );
        return None;
    }
    let mut address = address.to_string();
    if !address.ends_with('/') {
        address.push('/');
    }
    Some(address)
}

/// The comment thread of a report in `lang`: its `translation:` key when it
/// has one, else its path under `content/` without the language
/// (`reports/2014-05-26-kazakstan`), then `.` and the language. Neither a
/// `slug`, an `aliases` move nor another `base_url` changes it.
pub(crate) fn thread_id(key: &str, lang: &str) -> String {
    format!("{key}.{lang}")
}

#[cfg(test)]
mod tests {
    use crate::input::config::Config;

    #[test]
    fn both_are_off_by_default_and_read_when_written() {
        let c = Config::parse("").expect("valid");
        assert!(c.comments.is_none() && c.views.is_none());
        let c = Config::parse(
            "comments:\n  isso: https://kommentarer.example.org\nviews:\n  goatcounter: https://halsa.goatcounter.com/\n",
        )
        .expect("valid");
        assert_eq!(
            c.comments.map(|c| c.isso).as_deref(),
            Some("https://kommentarer.example.org/")
        );
        assert_eq!(
            c.views.map(|v| v.goatcounter).as_deref(),
            Some("https://halsa.goatcounter.com/")
        );
    }

    #[test]
    fn mistakes_name_the_line_and_what_to_write() {
        let e =
            Config::parse("languages: [sv]\ncomments:\n  iso: https://x.org/\n").expect_err("typo");
        assert_eq!(e.0[0].span.map(|s| s.line), Some(3));
        assert!(
            e.0[0].help.as_deref().unwrap_or("").contains("isso"),
            "{:?}",
            e.0[0]
        );
        let e = Config::parse("views:\n  goatcounter: halsa\n").expect_err("not an address");
        assert_eq!(e.0[0].span.map(|s| s.line), Some(2));
        let e = Config::parse("comments: true\n").expect_err("not a mapping");
        assert_eq!(e.0[0].span.map(|s| s.line), Some(1));
        let e = Config::parse("views:\n  goatcounter: \"https://x.org/\\\" onload=\\\"\"\n")
            .expect_err("quotes");
        assert!(!e.0.is_empty());
    }
}
