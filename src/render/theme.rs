//! Checking and compiling the theme: required templates, the messages its
//! templates use, and template errors as diagnostics.

use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Span};
use crate::input::load::Sources;

/// A Tera error as a diagnostic naming the template and, for syntax errors, the line.
pub(super) fn template_error(
    dir: &Path,
    e: &tera::Error,
    page: Option<&Path>,
    url: Option<&str>,
) -> Diagnostic {
    let mut chain = vec![e.to_string()];
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        chain.push(s.to_string());
        source = s.source();
    }
    let template = chain
        .iter()
        .find_map(|m| {
            m.split('\'')
                .nth(1)
                .filter(|n| n.ends_with(".html") || n.ends_with(".xml"))
        })
        .map(str::to_string);
    let position = chain.iter().find_map(|m| {
        let rest = &m[m.find("--> ")? + 4..];
        let end = rest
            .find(|c: char| !c.is_ascii_digit() && c != ':')
            .unwrap_or(rest.len());
        let (line, column) = rest[..end].split_once(':')?;
        Some(Span::new(line.parse().ok()?, column.parse().ok()?, 1))
    });
    let message = chain
        .iter()
        .map(|m| m.trim())
        .filter(|m| !m.is_empty())
        .collect::<Vec<_>>()
        .join(": ");
    let mut d = match &template {
        Some(name) => Diagnostic::in_file(
            dir.join(name),
            crate::msg!("theme-template-error", error = message),
        ),
        None => Diagnostic::new(crate::msg!("theme-template-error", error = message)),
    };
    if let Some(span) = position {
        d = d.at_position(span);
    }
    let mut help = crate::msg!("theme-template-error.help");
    if let (Some(page), Some(url)) = (page, url) {
        help = crate::msg!(
            "theme-template-error.help-page",
            page = page.display(),
            url = url
        );
    } else if let Some(url) = url {
        help = crate::msg!("theme-template-error.help-url", url = url);
    }
    d.help(help)
}

/// Messages the theme uses (`t(key="…")`) that some language lacks.
/// The messages the theme uses with a literal key (`t(key="x")`), with the
/// template and line of each use, and the ones rapport itself needs.
pub(crate) fn used_messages(sources: &Sources) -> Vec<(String, PathBuf, usize)> {
    sources.theme.message_uses()
}

pub(super) fn missing_messages(sources: &Sources) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let used = used_messages(sources);
    for lang in &sources.config.languages {
        let Some(locale) = sources.locales.get(lang) else {
            continue;
        };
        for (id, file, line) in &used {
            if locale.has(id) {
                continue;
            }
            let mut d = Diagnostic::in_file(
                Path::new("locales").join(lang),
                crate::msg!("theme-message-missing", id = id, lang = lang),
            )
            .help(crate::msg!(
                "theme-message-missing.help",
                id = id,
                lang = lang
            ));
            if *line > 0 {
                d = d.help(crate::msg!(
                    "theme-message-missing.help-place",
                    id = id,
                    lang = lang,
                    place = format!("{}:{line}", file.display())
                ));
            }
            if !problems.iter().any(|p: &Diagnostic| p.message == d.message) {
                problems.push(d);
            }
        }
    }
    problems
}
