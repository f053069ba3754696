//! `rapport check`: reads the whole site, writes nothing, and reports what
//! is missing or wrong — translations, messages, links, images, front
//! matter — grouped, with file and line, as text or JSON.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use crate::diagnostics::{Diagnostic, Diagnostics, LineIndex, Severity, Span};
use crate::document::Document;
use crate::load::Sources;
use crate::site::{ModelOptions, Site};
use crate::{config, load, render};

/// A report or page missing in some languages.
#[derive(Debug, Clone, Serialize)]
pub struct Missing {
    /// A file of it, relative to the root.
    pub file: String,
    /// Its title in the first language it has.
    pub title: String,
    /// The languages it has.
    pub has: Vec<String>,
    /// The languages it lacks.
    pub lacks: Vec<String>,
}

/// Everything `check` found.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Findings {
    /// Errors found.
    pub errors: usize,
    /// Warnings found.
    pub warnings: usize,
    /// Reports and pages missing in a language.
    pub missing_translations: Vec<Missing>,
    /// Every finding, errors first.
    pub findings: Vec<Diagnostic>,
}

impl Findings {
    fn from(mut list: Vec<Diagnostic>, missing: Vec<Missing>) -> Findings {
        list.sort_by_key(|d| {
            (
                d.severity == Severity::Warning,
                d.file.clone(),
                d.span.map(|s| s.line),
            )
        });
        Findings {
            errors: list
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count(),
            warnings: list
                .iter()
                .filter(|d| d.severity == Severity::Warning)
                .count(),
            missing_translations: missing,
            findings: list,
        }
    }

    /// Whether the check fails: on errors, and with `strict` on warnings too.
    pub fn failed(&self, strict: bool) -> bool {
        self.errors > 0 || (strict && self.warnings > 0)
    }

    /// The findings as a person reads them.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        if !self.missing_translations.is_empty() {
            out.push_str("Reports and pages missing in a language:\n\n");
            let width = self
                .missing_translations
                .iter()
                .map(|m| m.file.chars().count())
                .max()
                .unwrap_or(4)
                .max(4);
            out.push_str(&format!(
                "  {:<width$}  {:<8}  {}\n",
                "file", "has", "lacks"
            ));
            for m in &self.missing_translations {
                out.push_str(&format!(
                    "  {:<width$}  {:<8}  {}\n",
                    m.file,
                    m.has.join(","),
                    m.lacks.join(",")
                ));
            }
            out.push('\n');
        }
        for d in &self.findings {
            out.push_str(&format!("{d}\n\n"));
        }
        out.push_str(&format!(
            "check: {} error{}, {} warning{}, {} report{} or page{} missing in a language\n",
            self.errors,
            if self.errors == 1 { "" } else { "s" },
            self.warnings,
            if self.warnings == 1 { "" } else { "s" },
            self.missing_translations.len(),
            if self.missing_translations.len() == 1 {
                ""
            } else {
                "s"
            },
            if self.missing_translations.len() == 1 {
                ""
            } else {
                "s"
            },
        ));
        out
    }
}

/// Checks the site at `root` as of `today`.
pub fn check(root: &Path, today: NaiveDate) -> Findings {
    let sources = match config::Config::load(root).and_then(|c| load::load(root, c)) {
        Ok(s) => s,
        Err(Diagnostics(list)) => return Findings::from(list, Vec::new()),
    };
    let site = match Site::build(&sources, ModelOptions { drafts: true }) {
        Ok(site) => site,
        Err(Diagnostics(list)) => return Findings::from(list, Vec::new()),
    };
    let mut list = Vec::new();
    if let Err(Diagnostics(mut problems)) =
        render::Renderer::new(&site, &sources, &render::SearchCache::default())
    {
        list.append(&mut problems);
    }
    list.extend(unused_messages(&sources));
    for page in &site.pages {
        list.extend(links_and_images(root, &site, &page.doc, &page.url));
        let marker = sources
            .locales
            .get(page.lang())
            .and_then(|l| l.format("new-translate-marker", None).ok())
            .filter(|m| !m.is_empty());
        if let Some(marker) = marker.filter(|m| page.doc.front.title.starts_with(&format!("{m}:")))
        {
            list.push(
                at_key(
                    root,
                    &page.doc,
                    "title",
                    format!("the title still says `{marker}`: this file is not translated yet"),
                )
                .warning()
                .help("translate the title and the text, then remove the marker"),
            );
        }
        if let Some(date) = page.doc.front.date.filter(|d| *d > today) {
            list.push(
                at_key(
                    root,
                    &page.doc,
                    "date",
                    format!("the report is dated {date}, in the future"),
                )
                .warning()
                .help("check the year; reports are about meetings that took place"),
            );
        }
    }
    list.extend(disagreeing_translations(root, &site));
    Findings::from(list, missing_translations(&site))
}

fn at_key(root: &Path, doc: &Document, key: &str, message: String) -> Diagnostic {
    let text = std::fs::read_to_string(root.join(&doc.file)).unwrap_or_default();
    let line = text
        .lines()
        .position(|l| l.starts_with(&format!("{key}:")))
        .map_or(1, |i| i + 1);
    Diagnostic::in_file(&doc.file, message).at(&text, Span::new(line, 1, key.len()))
}

fn missing_translations(site: &Site) -> Vec<Missing> {
    let languages = &site.config.languages;
    let mut missing: Vec<Missing> = site
        .groups
        .iter()
        .filter_map(|group| {
            let has: Vec<String> = group
                .iter()
                .map(|&p| site.pages[p].lang().to_string())
                .collect();
            let lacks: Vec<String> = languages
                .iter()
                .filter(|l| !has.contains(l))
                .cloned()
                .collect();
            let first = &site.pages[*group.first()?];
            (!lacks.is_empty()).then(|| Missing {
                file: first.doc.file.display().to_string(),
                title: first.doc.front.title.clone(),
                has,
                lacks,
            })
        })
        .collect();
    missing.sort_by(|a, b| a.file.cmp(&b.file));
    missing
}

/// Messages no template uses and rapport does not need.
fn unused_messages(sources: &Sources) -> Vec<Diagnostic> {
    let used: BTreeSet<String> = render::used_messages(sources)
        .into_iter()
        .map(|(id, _, _)| id)
        .collect();
    let dynamic: Vec<String> = sources
        .config
        .taxonomies
        .iter()
        .flat_map(|t| [format!("taxonomy-{t}"), format!("taxonomy-{t}-slug")])
        .collect();
    let mut out = Vec::new();
    for lang in &sources.config.languages {
        let Some(locale) = sources.locales.get(lang) else {
            continue;
        };
        for (id, (file, line)) in &locale.messages {
            if used.contains(id)
                || render::OWN_MESSAGES.contains(&id.as_str())
                || dynamic.contains(id)
            {
                continue;
            }
            let text = std::fs::read_to_string(sources.root.join(file)).unwrap_or_default();
            out.push(
                Diagnostic::in_file(file, format!("the message `{id}` is not used by the theme"))
                    .at(&text, Span::new(*line, 1, id.chars().count()))
                    .warning()
                    .help("remove it, or use it in a template with t(key=\"…\")"),
            );
        }
    }
    out
}

/// Links to Markdown files that lead nowhere, images that lead nowhere and
/// images without alt text, each at its line.
fn links_and_images(root: &Path, site: &Site, doc: &Document, url: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let resolve = |target: &str| site.resolve_link(doc, target);
    let ctx = crate::markdown::Context {
        file: &doc.file,
        body_line: doc.body_line,
        raw_html: true,
        resolve: &resolve,
        absolute: None,
    };
    if let Err(mut problems) = crate::markdown::render(&doc.body, &ctx) {
        out.append(&mut problems);
    }
    let lines = LineIndex::new(&doc.body);
    let dir = doc.path.rsplit_once('/').map_or("", |(d, _)| d);
    let exists = |src: &str| {
        if src.contains("://") || src.starts_with("data:") {
            return true;
        }
        let path = src.split(['?', '#']).next().unwrap_or(src);
        if let Some(rooted) = path.strip_prefix('/') {
            let rel = rooted
                .strip_prefix(site.config.base_path.trim_start_matches('/'))
                .unwrap_or(rooted);
            return site.outputs.iter().any(|o| o.path == rel);
        }
        let in_bundle = doc
            .bundle
            .as_ref()
            .is_some_and(|b| b.files.iter().any(|f| f == path));
        in_bundle
            || site
                .outputs
                .iter()
                .any(|o| o.path == format!("{url}{path}"))
            || root.join("content").join(dir).join(path).exists()
    };
    for image in crate::markdown::images(&doc.body) {
        let in_body = lines.span(
            image.offset,
            image.offset + image.src.len() + image.alt.len() + 5,
        );
        let mut span = in_body;
        span.line += doc.body_line - 1;
        // The line is drawn from the body; its number is the file's.
        let located = |message: String| {
            Diagnostic::in_file(&doc.file, message)
                .at(&doc.body, in_body)
                .at_position(span)
        };
        if !exists(&image.src) {
            out.push(
                located(format!("the image `{}` leads nowhere", image.src))
                    .help("put the photo beside the report's index file (a page bundle), or fix the file name"),
            );
        }
        if image.alt.trim().is_empty() {
            out.push(
                located(format!("the image `{}` has no alternative text", image.src))
                    .warning()
                    .help("describe the photo in the brackets for readers who cannot see it: ![Delegationen vid mötesbordet](foto.jpg)"),
            );
        }
    }
    if let Some(cover) = &doc.front.cover {
        if !exists(&cover.src) {
            out.push(
                at_key(
                    root,
                    doc,
                    "cover",
                    format!("the cover image `{}` leads nowhere", cover.src),
                )
                .help("put the photo beside the report's index file, or fix the file name"),
            );
        }
    }
    out
}

/// Translations whose dates differ, or whose tags differ in number.
fn disagreeing_translations(root: &Path, site: &Site) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for group in &site.groups {
        let dated: BTreeMap<NaiveDate, &Document> = group
            .iter()
            .filter_map(|&p| {
                site.pages[p]
                    .doc
                    .front
                    .date
                    .map(|d| (d, site.pages[p].doc.as_ref()))
            })
            .collect();
        if dated.len() > 1 {
            let mut iter = dated.values();
            if let (Some(a), Some(b)) = (iter.next(), iter.next()) {
                out.push(
                    at_key(
                        root,
                        b,
                        "date",
                        format!("the date differs from its translation {}", a.file.display()),
                    )
                    .warning()
                    .help("write the date in one language's file only; the others inherit it"),
                );
            }
        }
        let counts: BTreeSet<usize> = group
            .iter()
            .map(|&p| site.pages[p].doc.front.tags.len())
            .collect();
        if counts.len() > 1 {
            let doc = &site.pages[group[group.len() - 1]].doc;
            out.push(
                at_key(
                    root,
                    doc,
                    "tags",
                    "the translations have different numbers of tags".to_string(),
                )
                .warning()
                .help("give each language version the same tags, translated"),
            );
        }
    }
    out
}
