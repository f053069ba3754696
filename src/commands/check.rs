//! `rapport check`: reads the whole site, writes nothing, and reports what
//! is missing or wrong — translations, messages, links, images, front
//! matter — grouped, with file and line, as text or JSON. What it calls an
//! error is decided by [`crate::findings::analyse`], which `build` runs too.

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use crate::commands::freshness;
use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::model::Site;

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
/// writing ([`crate::pipeline::check`]), with outdated translations, so
/// `check` and `build` never disagree, reporting everything that can be
/// known in one run.
pub fn check(root: &Path, today: NaiveDate) -> Findings {
    let checked = crate::pipeline::check(root, today);
    let mut list = checked.problems;
    let Some(site) = checked.site else {
        return Findings::from(list, Vec::new());
    };
    list.extend(freshness::warnings(&site, &freshness::assess(root, &site)));
    // The browser editor's written configuration, when out of step with the site.
    list.extend(crate::commands::cms_config::stale(
        root,
        &site.config,
        &site.terms,
    ));
    let mut findings = Findings::from(list, missing_translations(&site));
    findings.scheduled = scheduled(&site, today);
    findings
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
                publish_date: crate::dates::day(day),
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
