//! `rapport check`: reads the whole site, writes nothing, and reports what
//! is missing or wrong — translations, messages, links, images, front
//! matter — grouped, with file and line, as text or JSON. What it calls an
//! error is decided by [`crate::findings::analyse`], which `build` runs too.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::site::{ModelOptions, Site};
use crate::{config, freshness, load, render};

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

/// A report whose `publish_date` is still to come.
#[derive(Debug, Clone, Serialize)]
pub struct Scheduled {
    /// Its file, relative to the root.
    pub file: String,
    /// Its title.
    pub title: String,
    /// The day it is published.
    pub publish_date: String,
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
    /// Reports left out of builds until their `publish_date`.
    pub scheduled: Vec<Scheduled>,
    /// Every finding, errors first.
    pub findings: Vec<Diagnostic>,
}

impl Findings {
    fn from(list: Vec<Diagnostic>, missing: Vec<Missing>) -> Findings {
        let mut list: Vec<Diagnostic> = Diagnostics(list).distinct().into_iter().cloned().collect();
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
            scheduled: Vec::new(),
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
            out.push_str(&format!("{}\n\n", crate::msg!("check-missing-heading")));
            let width = self
                .missing_translations
                .iter()
                .map(|m| m.file.chars().count())
                .max()
                .unwrap_or(4)
                .max(4);
            out.push_str(&format!(
                "  {:<width$}  {:<8}  {}\n",
                crate::msg!("check-missing-file"),
                crate::msg!("check-missing-has"),
                crate::msg!("check-missing-lacks")
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
        if !self.scheduled.is_empty() {
            out.push_str(&format!("{}\n\n", crate::msg!("check-scheduled-heading")));
            for s in &self.scheduled {
                out.push_str(&format!("  {}  {}  {}\n", s.publish_date, s.file, s.title));
            }
            out.push('\n');
        }
        for d in &self.findings {
            out.push_str(&format!("{d}\n\n"));
        }
        out.push_str(&crate::msg!(
            "check-summary",
            errors = self.errors,
            warnings = self.warnings,
            missing = self.missing_translations.len()
        ));
        out.push('\n');
        out
    }
}

/// Checks the site at `root` as of `today`: every stage a build runs but
/// writing, so `check` and `build` never disagree, reporting everything
/// that can be known in one run.
pub fn check(root: &Path, today: NaiveDate) -> Findings {
    let config = match config::Config::load(root) {
        Ok(c) => c,
        Err(Diagnostics(list)) => return Findings::from(list, Vec::new()),
    };
    // The browser editor's written configuration, when out of step with the site.
    let stale_editor = crate::terms::Terms::load(root, &config)
        .ok()
        .and_then(|terms| crate::cms_config::stale(root, &config, &terms));
    let (sources, mut list) = load::load_partial(root, config);
    list.extend(stale_editor);
    let Some(sources) = sources else {
        return Findings::from(list, Vec::new());
    };
    let failed: BTreeSet<&Path> = list.iter().filter_map(|d| d.file.as_deref()).collect();
    let failed: BTreeSet<std::path::PathBuf> = failed.into_iter().map(Path::to_path_buf).collect();
    let options = ModelOptions {
        drafts: true,
        today: None,
    };
    let site = match Site::build(&sources, options) {
        Ok(site) => site,
        Err(Diagnostics(mut problems)) => {
            problems.retain(|d| !is_dateless_beside_failed(d, &failed));
            list.append(&mut problems);
            return Findings::from(list, Vec::new());
        }
    };
    match render::Renderer::new(&site, &sources, &render::Cache::default()) {
        Ok(renderer) => {
            // Everything is rendered, a slice at a time, and thrown away:
            // template errors at run time show only when a page is made.
            for chunk in site.outputs.chunks(512) {
                if let Err(Diagnostics(mut problems)) = renderer.render(chunk) {
                    // A link to a file that did not parse is that file's error, not the link's.
                    problems.retain(|d| !is_link_to_failed(root, d, &failed));
                    list.append(&mut problems);
                }
            }
        }
        Err(Diagnostics(mut problems)) => {
            list.append(&mut problems);
            // Without a theme to render with, the pages' own problems are
            // still found.
            let mut found = render::markdown_problems(&site, &sources);
            found.retain(|d| !is_link_to_failed(root, d, &failed));
            list.append(&mut found);
        }
    }
    // What a build without `--drafts` and `--future` publishes now.
    let publish = ModelOptions {
        drafts: false,
        today: Some(chrono::Local::now().fixed_offset()),
    };
    let mut found = crate::findings::analyse(&sources, &site, today, publish);
    found.retain(|d| !is_link_to_failed(root, d, &failed));
    list.append(&mut found);
    list.extend(freshness::warnings(&site, &freshness::assess(root, &site)));
    let mut findings = Findings::from(list, missing_translations(&site));
    findings.scheduled = scheduled(&site, today);
    findings
}

/// Whether `d` says that a report has no `date` while a translation of it
/// (the same name in another language) failed to load: its date may well
/// be written there, and that file has its own errors.
fn is_dateless_beside_failed(d: &Diagnostic, failed: &BTreeSet<std::path::PathBuf>) -> bool {
    let Some(file) = d.file.as_deref() else {
        return false;
    };
    fn stem(path: &Path) -> Option<(Option<&Path>, &str)> {
        let name = path.file_name()?.to_str()?;
        Some((path.parent(), crate::document::file_name(name).stem))
    }
    d.kind == crate::diagnostics::Kind::NoDate
        && stem(file).is_some_and(|own| {
            failed
                .iter()
                .any(|f| f.as_path() != file && stem(f).as_ref() == Some(&own))
        })
}

/// Whether `d` is a broken-link error whose target is a file that exists
/// but failed to load (and has its own error).
fn is_link_to_failed(root: &Path, d: &Diagnostic, failed: &BTreeSet<std::path::PathBuf>) -> bool {
    let (Some(file), crate::diagnostics::Kind::BrokenLink { target }) = (&d.file, &d.kind) else {
        return false;
    };
    let dir = file.parent().unwrap_or(Path::new(""));
    let joined = dir.join(target);
    let normal: std::path::PathBuf =
        joined
            .components()
            .fold(std::path::PathBuf::new(), |mut acc, c| {
                match c {
                    std::path::Component::ParentDir => {
                        acc.pop();
                    }
                    std::path::Component::CurDir => {}
                    other => acc.push(other),
                }
                acc
            });
    failed.contains(&normal) && root.join(&normal).is_file()
}

/// Reports whose `publish_date` is after `today`, soonest first.
fn scheduled(site: &Site, today: NaiveDate) -> Vec<Scheduled> {
    let mut list: Vec<Scheduled> = site
        .pages
        .iter()
        .filter_map(|page| {
            let day = page.facts.embargo.map(|e| e.day).filter(|d| *d > today)?;
            Some(Scheduled {
                file: page.doc.file.display().to_string(),
                title: page.doc.front.title.clone(),
                publish_date: day.format("%Y-%m-%d").to_string(),
            })
        })
        .collect();
    list.sort_by(|a, b| (&a.publish_date, &a.file).cmp(&(&b.publish_date, &b.file)));
    list
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
