//! Whether each translation is up to date with its original.
//!
//! In a git repository the dates of commits decide, with no action from the
//! author: a translation is outdated when its original's text (its body and
//! its own keys, not the shared facts the translation inherits) changed in
//! a commit after the translation's last change. Outside git, or in a
//! shallow clone, the translation's `translated_from` stamp decides: a hash
//! of the original's text as it was translated, written by
//! `rapport translated FILE`. A stamp that matches the original's text
//! means up to date in git too.

mod git;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::diagnostics::{Diagnostic, Diagnostics, Span};
use crate::input::document::front_matter;
use crate::model::{PageId, Site};

/// Keys whose values translations inherit, and keys that record work
/// rather than say anything: a change to them alone is no change of text.
const NOT_TEXT: &[&str] = &[
    "date",
    "end_date",
    "author",
    "location",
    "participants",
    "organizations",
    "cover",
    "translated_from",
    "original",
    "draft",
    "publish_date",
    "aliases",
];

/// How a translation stands against its original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum State {
    /// The translation was changed after the original's text last changed.
    UpToDate,
    /// The original's text changed after the translation.
    Outdated {
        /// When the original's text last changed.
        original_changed: Option<DateTime<Utc>>,
        /// When the translation last changed.
        translation_changed: Option<DateTime<Utc>>,
    },
    /// Outside git, with no `translated_from` stamp: nothing to go by.
    Unknown,
}

/// One translation and how it stands.
#[derive(Debug, Clone)]
pub(crate) struct Freshness {
    /// The original's page.
    pub(crate) original: PageId,
    /// The translation's page.
    pub(crate) translation: PageId,
    /// Up to date, outdated or unknown.
    pub(crate) state: State,
    /// The original's whole file as it was when the translation was last
    /// changed, when git knows it: what the translator worked from.
    pub(crate) base: Option<String>,
}

/// The version of a report the others translate: the one marked
/// `original: true`; else the only one without a `translated_from` stamp
/// when the others have one; else the only one that sets the date (the
/// shared facts); else the default language's version.
pub(crate) fn original(site: &Site, group: &[PageId]) -> Option<PageId> {
    if group.len() < 2 {
        return None;
    }
    let front = |p: PageId| &site.pages[p].doc.front;
    let only = |keep: &dyn Fn(PageId) -> bool| {
        let found: Vec<PageId> = group.iter().copied().filter(|&p| keep(p)).collect();
        (found.len() == 1).then(|| found[0])
    };
    only(&|p| front(p).original)
        .or_else(|| only(&|p| front(p).translated_from.is_none()))
        .or_else(|| only(&|p| front(p).date.is_some()))
        .or_else(|| {
            group
                .iter()
                .copied()
                .find(|&p| site.pages[p].lang() == site.config.default_language)
        })
}

/// The stamp of a file's text: a hash of its body and of its own keys, so
/// that a change to the shared facts alone leaves it as it was.
pub(crate) fn stamp(text: &str) -> String {
    format!("{:016x}", crate::hash::stable(own_text(text).as_bytes()))
}

/// Every translation of `site` and how it stands, asking git (in a few
/// batched calls) when `root` is in a repository.
pub(crate) fn assess(root: &Path, site: &Site) -> Vec<Freshness> {
    let pairs: Vec<(PageId, PageId)> = site
        .groups
        .iter()
        .filter_map(|g| {
            let original = original(site, g)?;
            Some(
                g.iter()
                    .filter(move |&&p| p != original)
                    .map(move |&p| (original, p)),
            )
        })
        .flatten()
        .collect();
    if pairs.is_empty() {
        return Vec::new();
    }
    let file = |p: PageId| path_string(&site.pages[p].doc.file);
    let mut files: Vec<String> = pairs
        .iter()
        .flat_map(|&(o, t)| [file(o), file(t)])
        .collect();
    files.sort();
    files.dedup();
    let history = git::history(root, &files);
    let modified = |p: PageId| -> Option<DateTime<Utc>> {
        let time = std::fs::metadata(root.join(&site.pages[p].doc.file))
            .and_then(|m| m.modified())
            .ok()?;
        Some(time.into())
    };
    let read = |p: PageId| std::fs::read_to_string(root.join(&site.pages[p].doc.file)).ok();
    let stamped = |original: PageId, translation: PageId| {
        let stamp_now = site.pages[translation]
            .doc
            .front
            .translated_from
            .as_deref()?;
        Some(read(original).is_some_and(|text| stamp(&text) == stamp_now.trim()))
    };

    let Some(mut history) = history else {
        return pairs
            .into_iter()
            .map(|(original, translation)| {
                let state = match stamped(original, translation) {
                    Some(true) => State::UpToDate,
                    Some(false) => State::Outdated {
                        original_changed: modified(original),
                        translation_changed: modified(translation),
                    },
                    None => State::Unknown,
                };
                Freshness {
                    original,
                    translation,
                    state,
                    base: None,
                }
            })
            .collect();
    };

    // Versions of a file, newest first: the working tree's when it differs
    // from the last commit, then each commit that changed it.
    let mut known = std::mem::take(&mut history.texts);
    let versions = |p: PageId| -> Vec<(Version, i64)> {
        let path = file(p);
        let mut list = Vec::new();
        if history.uncommitted.contains(&path) {
            list.push((
                Version::Saved,
                modified(p).map_or(i64::MAX, |t| t.timestamp()),
            ));
        }
        if let Some(changes) = history.changes.get(&path) {
            list.extend(
                changes
                    .iter()
                    .map(|c| (Version::Committed(c.blob.clone()), c.time)),
            );
        }
        list
    };
    let changed_at = |p: PageId| versions(p).first().map(|v| v.1);

    // The versions each comparison needs: the original's versions newer
    // than the translation, and the one it was translated from.
    let mut wanted: Vec<String> = Vec::new();
    for &(original, translation) in &pairs {
        let since = changed_at(translation).unwrap_or(i64::MIN);
        for (version, time) in versions(original) {
            if let Version::Committed(Some(blob)) = version {
                wanted.push(blob);
            }
            if time <= since {
                break;
            }
        }
    }
    git::texts(root, &wanted, &mut known);
    let text_of = |p: PageId, version: &Version| match version {
        Version::Saved => read(p),
        Version::Committed(blob) => blob.as_ref().and_then(|b| known.get(b).cloned()),
    };

    pairs
        .into_iter()
        .map(|(original, translation)| {
            let since = changed_at(translation);
            let list = versions(original);
            let mut changed: Option<i64> = None;
            let mut base: Option<String> = None;
            for (i, (version, time)) in list.iter().enumerate() {
                let text = text_of(original, version);
                if since.is_some_and(|s| *time <= s) {
                    base = text;
                    break;
                }
                let older = list.get(i + 1).and_then(|(v, _)| text_of(original, v));
                let differs = match (&text, &older) {
                    (Some(a), Some(b)) => own_text(a) != own_text(b),
                    _ => true,
                };
                if differs && changed.is_none() {
                    changed = Some(*time);
                }
            }
            let time = |t: i64| DateTime::<Utc>::from_timestamp(t, 0);
            let state = match (stamped(original, translation), changed) {
                (Some(true), _) | (None | Some(false), None) => State::UpToDate,
                (_, Some(t)) => State::Outdated {
                    original_changed: time(t),
                    translation_changed: since.and_then(time),
                },
            };
            Freshness {
                original,
                translation,
                state,
                base,
            }
        })
        .collect()
}

/// One version of a file: as saved in the working tree, or as a commit
/// left it (`None`: the commit removed it).
enum Version {
    Saved,
    Committed(Option<String>),
}

/// `check`'s warnings for the outdated translations of `list`.
pub(crate) fn warnings(site: &Site, list: &[Freshness]) -> Vec<Diagnostic> {
    let day = |t: &Option<DateTime<Utc>>| {
        t.map_or(crate::msg!("freshness-unknown-day"), |t| {
            crate::dates::day(t.date_naive())
        })
    };
    list.iter()
        .filter_map(|f| {
            let State::Outdated {
                original_changed,
                translation_changed,
            } = &f.state
            else {
                return None;
            };
            let translation = &site.pages[f.translation].doc;
            let original = &site.pages[f.original].doc;
            Some(
                Diagnostic::in_file(
                    &translation.file,
                    crate::msg!(
                        "freshness-outdated",
                        original = original.file.display(),
                        original_changed = day(original_changed),
                        translation_changed = day(translation_changed)
                    ),
                )
                .at_position(Span::new(1, 1, 3))
                .warning()
                .help(crate::msg!(
                    "freshness-outdated.help",
                    file = translation.file.display()
                )),
            )
        })
        .collect()
}

/// `rapport translated FILE`: reads the site at `root` and stamps `file`
/// as up to date with its original (see [`mark_translated`]).
pub fn translated(root: &Path, file: &Path) -> Result<(PathBuf, PathBuf), Diagnostics> {
    mark_translated(&crate::pipeline::documents_site(root)?, root, file)
}

/// Writes `translated_from:` into the front matter of `file` (a path as
/// given on the command line): the stamp of its original's text now, so
/// the translation counts as up to date. Returns the file and its original.
pub(crate) fn mark_translated(
    site: &Site,
    root: &Path,
    file: &Path,
) -> Result<(PathBuf, PathBuf), Diagnostics> {
    let wanted = std::fs::canonicalize(file).map_err(|e| {
        Diagnostic::in_file(file, crate::msg!("cannot-read-file", error = e))
            .help(crate::msg!("translated-give-translation"))
    })?;
    let page = site
        .pages
        .iter()
        .position(|p| std::fs::canonicalize(root.join(&p.doc.file)).is_ok_and(|f| f == wanted))
        .ok_or_else(|| {
            Diagnostic::in_file(file, crate::msg!("translated-not-a-page"))
                .help(crate::msg!("translated-not-a-page.help"))
        })?;
    let group = &site.groups[site.pages[page].group];
    let Some(original) = original(site, group) else {
        return Err(Diagnostic::in_file(
            &site.pages[page].doc.file,
            crate::msg!("translated-no-translation"),
        )
        .help(crate::msg!("translated-no-translation.help"))
        .into());
    };
    if original == page {
        return Err(Diagnostic::in_file(
            &site.pages[page].doc.file,
            crate::msg!("translated-is-original"),
        )
        .help(crate::msg!(
            "translated-is-original.help",
            file = group
                .iter()
                .find(|&&p| p != page)
                .map_or(String::new(), |&p| site.pages[p]
                    .doc
                    .file
                    .display()
                    .to_string())
        ))
        .into());
    }
    let original_file = site.pages[original].doc.file.clone();
    let original_text = std::fs::read_to_string(root.join(&original_file)).map_err(|e| {
        Diagnostic::in_file(
            &original_file,
            crate::msg!("translated-original-unreadable", error = e),
        )
    })?;
    let translation_file = site.pages[page].doc.file.clone();
    let path = root.join(&translation_file);
    let text = std::fs::read_to_string(&path).map_err(|e| {
        Diagnostic::in_file(
            &translation_file,
            crate::msg!("cannot-read-file", error = e),
        )
    })?;
    let updated = with_stamp(&path, &text, &stamp(&original_text))?;
    std::fs::write(&path, updated).map_err(|e| {
        Diagnostic::in_file(
            &translation_file,
            crate::msg!("translated-unwritable", error = e),
        )
        .help(crate::msg!("translated-unwritable.help"))
    })?;
    Ok((translation_file, original_file))
}

/// `text` with its `translated_from:` line set to `stamp`, every other
/// byte as it was.
pub(crate) fn with_stamp(file: &Path, text: &str, stamp: &str) -> Result<String, Diagnostic> {
    let split = front_matter::split(file, text)?;
    let start = text.len() - split.body.len() - closing_len(text, split.body);
    let yaml_start = start - split.yaml.len();
    let line = format!("translated_from: {stamp}\n");
    let mut yaml = String::new();
    let mut replaced = false;
    for l in split.yaml.split_inclusive('\n') {
        if l.starts_with("translated_from:") {
            yaml.push_str(&line);
            replaced = true;
        } else {
            yaml.push_str(l);
        }
    }
    if !replaced {
        if !yaml.is_empty() && !yaml.ends_with('\n') {
            yaml.push('\n');
        }
        yaml.push_str(&line);
    }
    Ok(format!("{}{yaml}{}", &text[..yaml_start], &text[start..]))
}

/// The length of the closing `---` line before `body`.
fn closing_len(text: &str, body: &str) -> usize {
    let before = &text[..text.len() - body.len()];
    let trimmed = before.trim_end_matches(['\n', '\r']);
    let line_start = trimmed.rfind('\n').map_or(0, |i| i + 1);
    before.len() - line_start
}

/// The text of a file that translating is about: its body and its own
/// front-matter keys, without the shared facts.
fn own_text(text: &str) -> String {
    let Ok(split) = front_matter::split(Path::new(""), text) else {
        return text.to_string();
    };
    let Ok(crate::input::yaml::Value::Mapping(mut map)) = crate::input::yaml::value(split.yaml, 1)
    else {
        return text.to_string();
    };
    for key in NOT_TEXT {
        map.remove(*key);
    }
    let mut entries: Vec<String> = map
        .iter()
        .map(|(k, v)| {
            serde_json::to_string(&(
                crate::input::yaml::to_json(k),
                crate::input::yaml::to_json(v),
            ))
            .unwrap_or_default()
        })
        .collect();
    entries.sort();
    format!("{}\n{}", entries.join("\n"), split.body.trim())
}

/// A path as git writes it: components joined by `/` (a `\\` is a
/// separator on Windows only; elsewhere it may be part of a name).
fn path_string(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamp_ignores_shared_facts() {
        let a = "---\ntitle: Möte\ndate: 2014-05-26\n---\nText.\n";
        let b = "---\ntitle: Möte\ndate: 2014-05-27\nlocation: Astana\n---\nText.\n";
        let c = "---\ntitle: Möte\ndate: 2014-05-26\n---\nAnnan text.\n";
        assert_eq!(stamp(a), stamp(b));
        assert_ne!(stamp(a), stamp(c));
    }

    #[test]
    fn with_stamp_adds_then_replaces_the_line() {
        let text = "---\ntitle: Meeting\n---\nBody\n---\nmore\n";
        let once = with_stamp(Path::new("x.md"), text, "abc").expect("front matter");
        assert_eq!(
            once,
            "---\ntitle: Meeting\ntranslated_from: abc\n---\nBody\n---\nmore\n"
        );
        let twice = with_stamp(Path::new("x.md"), &once, "def").expect("front matter");
        assert_eq!(
            twice,
            "---\ntitle: Meeting\ntranslated_from: def\n---\nBody\n---\nmore\n"
        );
    }
}
