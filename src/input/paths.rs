//! What belongs to the site: one rule, used by the loader when it walks the
//! site folder and by the preview's watcher when a file changes, so the two
//! can never disagree about a file.

use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;

/// The site's settings file, at its root.
pub(crate) const SETTINGS: &str = "site.yaml";

/// The site's terms linked across languages, at its root.
pub(crate) const TERMS: &str = "terms.yaml";

/// The folders of a site that hold its inputs, besides the files
/// `site.yaml` and `terms.yaml` at its root.
pub(crate) const FOLDERS: &[&str] = &["content", "themes", "locales", "static"];

/// Whether `rel` (a path inside the site, `/`-separated) is never part of
/// the site: hidden files and folders (`.git`, `.DS_Store`, `.rapport-*`,
/// Emacs's `.#name`), and the backup and swap files editors write beside
/// the file being saved (`name~`, Vim's `.swp`, `.swx` and its `4913` test
/// file, `.tmp`).
pub(crate) fn is_ignored(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    rel.split('/').any(|part| part.starts_with('.'))
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913"
}

/// Whether a change to `path` (anywhere on disk) can change the site at
/// `root`: its settings, its terms, or a file in one of its [`FOLDERS`]
/// that [`is_ignored`] does not leave out.
pub(crate) fn belongs(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let rel: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let Some(first) = rel.first() else {
        return false;
    };
    if rel.len() == 1 && (first == SETTINGS || first == TERMS) {
        return true;
    }
    FOLDERS.contains(&first.as_str()) && !is_ignored(&rel.join("/"))
}

/// Where the symbolic link `path` leads when that is outside the site
/// folder `site` (canonical).
pub(crate) fn leads_out(site: &Path, path: &Path) -> Option<PathBuf> {
    let target = path.canonicalize().ok()?;
    (!target.starts_with(site)).then_some(target)
}

/// The error for a link at `path` that leads out of the site: such a file
/// is never published, whatever it is (`/proc/self/environ`, `/etc/passwd`).
pub(crate) fn link_out(root: &Path, path: &Path, site: &Path) -> Diagnostic {
    // The link as written says more than where it resolves (`/proc/self/…`).
    let target = std::fs::read_link(path)
        .ok()
        .or_else(|| leads_out(site, path))
        .unwrap_or_default();
    let shown = path
        .strip_prefix(root)
        .or_else(|_| path.strip_prefix(site))
        .unwrap_or(path);
    Diagnostic::in_file(
        shown,
        crate::msg!("load-link-outside", target = target.display()),
    )
    .help(crate::msg!("load-link-outside.help"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_belong_and_editors_files_and_the_output_do_not() {
        let root = Path::new("/site");
        assert!(belongs(root, Path::new("/site/content/reports/a.sv.md")));
        assert!(belongs(root, Path::new("/site/site.yaml")));
        assert!(belongs(root, Path::new("/site/terms.yaml")));
        assert!(belongs(root, Path::new("/site/locales/sv/main.ftl")));
        assert!(belongs(root, Path::new("/site/static/logo.svg")));
        assert!(!belongs(root, Path::new("/site/public/index.html")));
        assert!(!belongs(root, Path::new("/site/target/debug/x")));
        assert!(!belongs(root, Path::new("/elsewhere/content/a.sv.md")));
        for backup in [
            "/site/content/reports/.a.sv.md.swp",
            "/site/content/reports/a.sv.md~",
            "/site/content/reports/.#a.sv.md",
            "/site/content/reports/4913",
            "/site/content/.hidden/a.sv.md",
            "/site/static/.DS_Store",
        ] {
            assert!(!belongs(root, Path::new(backup)), "{backup}");
        }
    }

    #[test]
    fn a_name_that_only_contains_a_backup_ending_is_kept() {
        assert!(!is_ignored("content/reports/swp-notes.sv.md"));
        assert!(!is_ignored("static/files/4913-report.pdf"));
        assert!(is_ignored("static/files/report.pdf~"));
    }
}
