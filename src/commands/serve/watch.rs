//! What the watcher makes of a change; which paths belong to the site is
//! `input::paths`, the loader's own rule.

/// Whether every changed output is a stylesheet, so pages can swap it
/// without reloading.
pub(crate) fn only_css(changed: &[String]) -> bool {
    !changed.is_empty() && changed.iter().all(|p| p.ends_with(".css"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_alone_is_swapped() {
        assert!(only_css(&["style.css".into()]));
        assert!(!only_css(&["style.css".into(), "sv/index.html".into()]));
        assert!(!only_css(&[]));
    }
}
