//! Which file changes matter: a pure function over the watcher's paths, so
//! it can be tested without a file system.

use std::path::Path;

/// The folders of a site that `serve` watches, besides `site.yaml`.
pub(crate) const WATCHED: &[&str] = &["content", "themes", "locales", "static"];

/// Whether a change to `path` (anywhere) affects the site at `root`.
pub(crate) fn relevant(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let mut parts = rel.components().map(|c| c.as_os_str().to_string_lossy());
    let Some(first) = parts.next() else {
        return false;
    };
    if first == crate::input::config::FILE || first == crate::input::terms::FILE {
        return true;
    }
    if !WATCHED.contains(&first.as_ref()) {
        return false;
    }
    let name = rel
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    // Editors write backups and swap files beside the file being saved.
    !(name.starts_with(".#")
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913")
}

/// Whether every changed output is a stylesheet, so pages can swap it
/// without reloading.
pub(crate) fn only_css(changed: &[String]) -> bool {
    !changed.is_empty() && changed.iter().all(|p| p.ends_with(".css"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_site_inputs_count() {
        let root = Path::new("/site");
        assert!(relevant(root, Path::new("/site/content/reports/a.sv.md")));
        assert!(relevant(root, Path::new("/site/site.yaml")));
        assert!(relevant(root, Path::new("/site/locales/sv/main.ftl")));
        assert!(!relevant(root, Path::new("/site/public/index.html")));
        assert!(!relevant(root, Path::new("/site/target/debug/x")));
        assert!(!relevant(
            root,
            Path::new("/site/content/reports/.a.sv.md.swp")
        ));
        assert!(!relevant(root, Path::new("/site/content/reports/a.sv.md~")));
        assert!(!relevant(root, Path::new("/elsewhere/content/a.md")));
    }

    #[test]
    fn css_alone_is_swapped() {
        assert!(only_css(&["style.css".into()]));
        assert!(!only_css(&["style.css".into(), "sv/index.html".into()]));
        assert!(!only_css(&[]));
    }
}
