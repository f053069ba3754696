//! Where an imported file may go without breaking the site: every page
//! needs an address of its own, a bundle's folder holds no other Markdown,
//! and no Markdown sits inside a bundle. The site's files (read, never
//! followed through a link) and the files planned so far are known by
//! address, so a post whose address is taken (a flat report `x.sv.md` where
//! the bundle `x/index.sv.md` would go, a page, a section) is noticed
//! before anything is written.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::input::config::Config;
use crate::input::document::{self, DocKind};

/// Who has an address.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Owner {
    /// A Markdown file, relative to `content/`.
    File(String),
    /// The listing of a section that has reports.
    Section(String),
    /// A page the build makes itself (search, archive, a taxonomy's index).
    Own,
}

/// Why a file cannot go where it was meant to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Clash {
    /// Another file has its address.
    Address {
        /// The address, `sv/reports/x/`.
        address: String,
        /// The file, relative to the site, or the section folder.
        other: String,
    },
    /// It would be inside this bundle's folder.
    InBundle(String),
    /// Its bundle's folder holds other Markdown.
    HoldsFiles(String),
}

impl Clash {
    /// The clash in words, for the summary.
    pub(super) fn describe(&self) -> String {
        match self {
            Clash::Address { address, other } => {
                crate::msg!("import-clash-address", address = address, other = other)
            }
            Clash::InBundle(dir) => crate::msg!("import-clash-in-bundle", dir = dir),
            Clash::HoldsFiles(dir) => crate::msg!("import-clash-holds", dir = dir),
        }
    }
}

/// One Markdown file as the site reads it.
struct Doc {
    kind: DocKind,
    lang: String,
    slug: String,
    /// The folder it heads, when it is a bundle's `index`.
    bundle: Option<String>,
    /// Its folder.
    dir: String,
}

/// The addresses and folders taken in a site's `content/`.
pub(super) struct Addresses {
    owners: HashMap<String, Owner>,
    bundles: HashSet<String>,
    holders: HashSet<String>,
    languages: Vec<String>,
    default: String,
}

fn ancestors(dir: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(dir);
    std::iter::from_fn(move || {
        let here = rest?;
        rest = here.rsplit_once('/').map(|(parent, _)| parent);
        Some(here)
    })
    .filter(|d| !d.is_empty())
}

impl Addresses {
    /// The addresses of the site at `root`: every Markdown file of
    /// `content/` the build would read (links are not followed).
    pub(super) fn of_site(
        root: &Path,
        config: &Config,
        skip: &std::collections::HashSet<String>,
    ) -> Addresses {
        let mut out = Addresses {
            owners: HashMap::new(),
            bundles: HashSet::new(),
            holders: HashSet::new(),
            languages: config.languages.clone(),
            default: config.default_language.clone(),
        };
        out.reserve(root, config);
        let content = root.join("content");
        let is_dir = std::fs::symlink_metadata(&content).is_ok_and(|m| m.is_dir());
        if !is_dir {
            return out;
        }
        let files = walkdir::WalkDir::new(&content)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file());
        for entry in files {
            let Ok(rel) = entry.path().strip_prefix(&content) else {
                continue;
            };
            let rel = rel.to_string_lossy().replace('\\', "/");
            if !rel.ends_with(".md") || skip.contains(&format!("content/{rel}")) {
                continue;
            }
            let slug = front_slug(entry.path());
            out.claim(&rel, slug.as_deref());
        }
        out
    }

    /// The addresses of the pages the build makes itself in each language:
    /// search, the archive and each taxonomy's index (`/en/search/`,
    /// `/sv/amnen/`), their segments from the site's messages.
    fn reserve(&mut self, root: &Path, config: &Config) {
        let Ok(locales) = crate::input::i18n::Locales::load(root, config) else {
            return;
        };
        let mut ids = vec!["search-slug".to_string(), "archive-slug".to_string()];
        ids.extend(
            config
                .taxonomies
                .iter()
                .map(|t| format!("taxonomy-{t}-slug")),
        );
        for lang in &config.languages {
            let Some(locale) = locales.get(lang) else {
                continue;
            };
            for id in &ids {
                let Ok(text) = locale.format(id, None) else {
                    continue;
                };
                let segment = crate::transliterate::slugify(&text);
                if !segment.is_empty() {
                    self.owners.insert(format!("{lang}/{segment}/"), Owner::Own);
                }
            }
        }
    }

    fn describe(&self, rel: &str, slug: Option<&str>) -> Option<Doc> {
        let (dir, base) = rel.rsplit_once('/').unwrap_or(("", rel));
        let name = document::file_name(base);
        let lang = match name.lang {
            Some(lang) if self.languages.iter().any(|l| l == lang) => lang.to_string(),
            Some(_) => return None,
            None => self.default.clone(),
        };
        let (kind, doc_name, bundle) = if name.stem == "index" && !dir.is_empty() {
            let (parent, bundle_name) = dir.rsplit_once('/').unwrap_or(("", dir));
            let kind = if parent.is_empty() {
                DocKind::Page
            } else {
                DocKind::Report {
                    section: parent.to_string(),
                }
            };
            (kind, bundle_name.to_string(), Some(dir.to_string()))
        } else if name.stem == "_index" {
            let kind = DocKind::SectionIndex {
                section: dir.to_string(),
            };
            (kind, String::new(), None)
        } else if dir.is_empty() {
            (DocKind::Page, name.stem.to_string(), None)
        } else {
            let kind = DocKind::Report {
                section: dir.to_string(),
            };
            (kind, name.stem.to_string(), None)
        };
        let slug = crate::transliterate::slugify(
            slug.filter(|s| !s.trim().is_empty()).unwrap_or(&doc_name),
        );
        Some(Doc {
            kind,
            lang,
            slug,
            bundle,
            dir: dir.to_string(),
        })
    }

    fn address(doc: &Doc) -> String {
        match &doc.kind {
            DocKind::Report { section } => format!("{}/{section}/{}/", doc.lang, doc.slug),
            DocKind::Page => format!("{}/{}/", doc.lang, doc.slug),
            DocKind::SectionIndex { section } if section.is_empty() => format!("{}/", doc.lang),
            DocKind::SectionIndex { section } => format!("{}/{section}/", doc.lang),
        }
    }

    /// The address the build gives the Markdown file `rel` (relative to
    /// `content/`) with the front matter `slug`: `/sv/reports/x/`.
    pub(super) fn address_of(&self, rel: &str, slug: Option<&str>) -> Option<String> {
        self.describe(rel, slug)
            .map(|doc| format!("/{}", Self::address(&doc)))
    }

    /// Who has the address `/sv/x/` (a file relative to the site, or a section folder).
    pub(super) fn owner_of(&self, address: &str) -> Option<String> {
        match self.owners.get(address.trim_start_matches('/'))? {
            Owner::File(file) => Some(format!("content/{file}")),
            Owner::Section(section) => Some(format!("content/{section}/")),
            Owner::Own => Some(crate::msg!("import-owner-rapport")),
        }
    }

    /// What stands in the way of the Markdown file `rel` (relative to
    /// `content/`) with the front matter `slug`, if anything.
    pub(super) fn clash(&self, rel: &str, slug: Option<&str>) -> Option<Clash> {
        let doc = self.describe(rel, slug)?;
        let address = Self::address(&doc);
        match (self.owners.get(&address), &doc.kind) {
            (None, _) => {}
            (Some(Owner::File(other)), _) if other == rel => {}
            (Some(Owner::Section(s)), DocKind::SectionIndex { section }) if s == section => {}
            (Some(Owner::File(other)), _) => {
                return Some(Clash::Address {
                    address: format!("/{address}"),
                    other: format!("content/{other}"),
                })
            }
            (Some(Owner::Section(s)), _) => {
                return Some(Clash::Address {
                    address: format!("/{address}"),
                    other: format!("content/{s}/"),
                })
            }
            (Some(Owner::Own), _) => {
                return Some(Clash::Address {
                    address: format!("/{address}"),
                    other: crate::msg!("import-owner-rapport"),
                })
            }
        }
        match &doc.bundle {
            Some(dir) => {
                if self.holders.contains(dir) {
                    return Some(Clash::HoldsFiles(format!("content/{dir}/")));
                }
                let parent = dir.rsplit_once('/').map_or("", |(p, _)| p);
                if let Some(b) = ancestors(parent).find(|d| self.bundles.contains(*d)) {
                    return Some(Clash::InBundle(format!("content/{b}/")));
                }
            }
            None => {
                if let Some(b) = ancestors(&doc.dir).find(|d| self.bundles.contains(*d)) {
                    return Some(Clash::InBundle(format!("content/{b}/")));
                }
            }
        }
        None
    }

    /// Takes the address and folders of `rel` for it.
    pub(super) fn claim(&mut self, rel: &str, slug: Option<&str>) {
        let Some(doc) = self.describe(rel, slug) else {
            return;
        };
        let address = Self::address(&doc);
        match &doc.kind {
            DocKind::SectionIndex { .. } => {
                self.owners
                    .entry(address)
                    .or_insert_with(|| Owner::File(rel.to_string()));
            }
            _ => {
                self.owners.insert(address, Owner::File(rel.to_string()));
            }
        }
        if let DocKind::Report { section } = &doc.kind {
            for lang in &self.languages {
                self.owners
                    .entry(format!("{lang}/{section}/"))
                    .or_insert_with(|| Owner::Section(section.clone()));
            }
        }
        match &doc.bundle {
            Some(dir) => {
                let parent = dir.rsplit_once('/').map_or("", |(p, _)| p);
                self.holders.extend(ancestors(parent).map(str::to_string));
                self.bundles.insert(dir.clone());
            }
            None => self.holders.extend(ancestors(&doc.dir).map(str::to_string)),
        }
    }
}

/// The `slug` of an existing file's front matter, if it has one: a
/// `slug:` line at the top level of its YAML (read without parsing the
/// rest, so that a large site is looked through quickly).
fn front_slug(path: &Path) -> Option<String> {
    let file = crate::fs_safe::open_nofollow(path).ok()?;
    let mut text = String::new();
    // A front matter is short; a file much longer is read no further.
    std::io::Read::read_to_string(&mut std::io::Read::take(file, 64 * 1024), &mut text).ok();
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut lines = text.lines();
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    for line in lines {
        if line.trim_end() == "---" {
            break;
        }
        if let Some(value) = line.strip_prefix("slug:") {
            let value = value.split(" #").next().unwrap_or(value).trim();
            let value = value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                .unwrap_or(value);
            return Some(value.to_string()).filter(|v| !v.is_empty());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Addresses {
        Addresses {
            owners: HashMap::new(),
            bundles: HashSet::new(),
            holders: HashSet::new(),
            languages: vec!["sv".into(), "en".into()],
            default: "sv".into(),
        }
    }

    #[test]
    fn a_flat_report_and_a_bundle_of_one_name_clash() {
        let mut a = site();
        a.claim("reports/2014-05-26-x.sv.md", None);
        assert!(matches!(
            a.clash("reports/2014-05-26-x/index.sv.md", None),
            Some(Clash::Address { .. })
        ));
        assert_eq!(a.clash("reports/2014-05-26-x/index.en.md", None), None);
        a.claim("about.md", None);
        assert!(a.clash("about/index.sv.md", None).is_some());
        // The slug decides the address.
        assert!(a
            .clash("reports/y/index.sv.md", Some("2014-05-26-x"))
            .is_some());
    }

    #[test]
    fn the_slug_of_a_file_is_read_from_its_front_matter() {
        let dir = tempfile::tempdir().expect("temp");
        let file = dir.path().join("a.md");
        std::fs::write(
            &file,
            "---\ntitle: A\nslug: \"mitt-namn\" # kommentar\n---\nslug: nej\n",
        )
        .expect("write");
        assert_eq!(front_slug(&file).as_deref(), Some("mitt-namn"));
        std::fs::write(&file, "---\ntitle: A\n---\nslug: nej\n").expect("write");
        assert_eq!(front_slug(&file), None);
    }

    #[test]
    fn bundles_hold_no_other_markdown() {
        let mut a = site();
        a.claim("reports/a/index.sv.md", None);
        assert_eq!(a.clash("reports/a/index.en.md", None), None);
        assert!(matches!(
            a.clash("reports/a/b.sv.md", None),
            Some(Clash::InBundle(_))
        ));
        a.claim("news/2014/old.sv.md", None);
        assert!(a.clash("news/2014/index.sv.md", None).is_some());
        a.claim("news/2015/x/old.sv.md", None);
        assert!(matches!(
            a.clash("news/2015/index.sv.md", Some("annat")),
            Some(Clash::HoldsFiles(_))
        ));
        // A page named like a section with reports.
        assert!(a.clash("reports/index.sv.md", None).is_some());
        assert_eq!(a.clash("reports/_index.sv.md", None), None);
    }
}
