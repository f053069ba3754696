//! The first stage: the site folder → [`Sources`].
//!
//! Reads site.yaml, walks `content/` (documents are parsed in parallel),
//! lists static files and bundle files, reads the theme's templates and the
//! Fluent strings. Nothing is decided about URLs here; that is `site`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::diagnostics::{Diagnostic, Diagnostics, LineIndex};
use crate::input::config::Config;
use crate::input::document::{self, Bundle, Document};
use crate::input::i18n::Locales;
use crate::input::paths;

/// A file copied to the output as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Asset {
    /// Where it is read from.
    pub(crate) source: PathBuf,
    /// Its path in the output, with `/` separators.
    pub(crate) output: String,
}

/// The theme: its templates and static files.
#[derive(Debug, Clone)]
pub(crate) struct Theme {
    /// The theme's folder, relative to the root, for messages.
    pub(crate) dir: PathBuf,
    /// Template name (`report.html`) → text.
    pub(crate) templates: BTreeMap<String, String>,
    /// A hash of all templates: every view hash includes it.
    pub(crate) hash: u64,
}

/// Messages the build itself needs from every language.
pub(crate) const MESSAGES: &[&str] = &["language-name", "site-title", "site-tagline"];

impl Theme {
    /// The message names the theme asks for (`t(key="…")` written whole),
    /// with rapport's own, each with where it is asked for.
    pub(crate) fn message_uses(&self) -> Vec<(String, PathBuf, usize)> {
        let mut used: Vec<(String, PathBuf, usize)> = MESSAGES
            .iter()
            .map(|m| (m.to_string(), PathBuf::from("locales"), 0))
            .collect();
        for (name, text) in &self.templates {
            for (n, line) in text.lines().enumerate() {
                let mut rest = line;
                while let Some(i) = rest.find("t(key=\"") {
                    rest = &rest[i + 7..];
                    // Only a key written whole (`key="x")` or `key="x",`) can be checked here;
                    // one built from parts (`"taxonomy-" ~ name`) is checked when rendered.
                    let Some(end) = rest.find('"') else { continue };
                    if rest[end + 1..].trim_start().starts_with([')', ',']) {
                        used.push((rest[..end].to_string(), self.dir.join(name), n + 1));
                    }
                }
            }
        }
        used
    }

    /// The message names the theme asks for, with rapport's own.
    pub(crate) fn message_keys(&self) -> BTreeSet<String> {
        self.message_uses()
            .into_iter()
            .map(|(id, _, _)| id)
            .collect()
    }
}

/// Every input of a site, read and parsed.
#[derive(Debug, Clone)]
pub(crate) struct Sources {
    /// The site folder.
    pub(crate) root: PathBuf,
    /// site.yaml.
    pub(crate) config: Config,
    /// terms.yaml: terms linked across languages.
    pub(crate) terms: crate::input::terms::Terms,
    /// Every Markdown file of `content/`, in path order.
    pub(crate) documents: Vec<Arc<Document>>,
    /// Files of `static/` and the theme's `static/`; the site's win.
    pub(crate) assets: Vec<Asset>,
    /// The theme's templates.
    pub(crate) theme: Theme,
    /// The Fluent strings of every language.
    pub(crate) locales: Locales,
    /// Warnings for files of `content/` that look like reports or pages
    /// but are not read as their names suggest (`index.sv.MD`,
    /// `index.sv.md.txt`, `Index.sv.md`), each with the name to give it.
    pub(crate) misnamed: Vec<Diagnostic>,
    /// The theme's and the site's styles and scripts by their plain path
    /// (`style.css`) → their fingerprinted copy (`style.1a2b….css`), which
    /// `url()` gives templates; empty in the preview.
    pub(crate) fingerprints: BTreeMap<String, String>,
}

/// Parsed documents kept between builds, so `serve` re-reads only the files
/// that changed (by modification time and size).
#[derive(Debug, Default)]
pub(crate) struct Cache {
    /// What the cached documents were parsed with (languages, taxonomies).
    settings: u64,
    docs: HashMap<String, Cached>,
    /// The files of `content/` at the last load, kept up to date from the
    /// watcher's paths; `None` makes the next load walk the folder.
    content: Option<BTreeMap<String, (PathBuf, Stamp)>>,
}

impl Cache {
    /// Brings the list of content files up to date with `paths` that changed
    /// (created, written or removed) in the site at `root`. A folder among
    /// them makes the next load walk `content/` again.
    pub(crate) fn note_changes(&mut self, root: &Path, paths: &[PathBuf]) {
        let Some(files) = self.content.as_mut() else {
            return;
        };
        let content = root
            .canonicalize()
            .unwrap_or_else(|_| root.to_path_buf())
            .join("content");
        for path in paths {
            let Ok(rel) = path.strip_prefix(&content) else {
                continue;
            };
            let rel = relative(Path::new(""), rel);
            if rel.is_empty() {
                self.content = None;
                return;
            }
            if crate::input::paths::is_ignored(&rel) {
                continue;
            }
            match std::fs::metadata(path) {
                Ok(meta) if meta.is_file() => {
                    files.insert(rel, (path.clone(), (meta.modified().ok(), meta.len())));
                }
                Ok(_) => {
                    // A new or renamed folder: its files are not known one by one.
                    self.content = None;
                    return;
                }
                Err(_) => {
                    let inside = format!("{rel}/");
                    files.retain(|k, _| *k != rel && !k.starts_with(&inside));
                }
            }
        }
    }

    /// Forgets the list of content files, so the next load walks the folder.
    pub(crate) fn forget_files(&mut self) {
        self.content = None;
    }
}

#[derive(Debug)]
struct Cached {
    stamp: Stamp,
    bundle: Option<Bundle>,
    doc: Arc<Document>,
}

/// A file's modification time and size.
type Stamp = (Option<SystemTime>, u64);

/// One Markdown file after parsing (or taken from the cache).
type Parsed = (
    String,
    Stamp,
    Option<Bundle>,
    Result<Arc<Document>, Vec<Diagnostic>>,
);

/// Reads and parses every input of the site at `root`: stage 1. The
/// photos are the next stage's (`photos::prepare`).
pub(crate) fn load(root: &Path, config: Config) -> Result<Sources, Diagnostics> {
    load_cached(root, config, &mut Cache::default())
}

/// Like [`load`], reusing the documents of `cache` whose files are unchanged.
pub(crate) fn load_cached(
    root: &Path,
    config: Config,
    cache: &mut Cache,
) -> Result<Sources, Diagnostics> {
    match read(root, config, cache) {
        (Some(sources), problems) if problems.is_empty() => Ok(sources),
        (_, problems) => Err(Diagnostics(problems)),
    }
}

/// The documents of `content/` again, for a preview whose last build read
/// everything else of the site and whose watcher saw only Markdown files
/// change: only the files changed since are parsed.
pub(crate) fn documents_again(
    root: &Path,
    config: &Config,
    cache: &mut Cache,
) -> Result<Vec<Arc<Document>>, Diagnostics> {
    let (documents, problems, _) = load_documents(root, config, cache);
    Diagnostics::or_ok(problems, documents)
}

/// Reads what can be read: the sources with every document that parsed,
/// and the problems found. No sources when the theme or the strings are
/// missing, without which nothing can be rendered. For `check`, which
/// reports everything it can know in one run.
pub(crate) fn load_partial(root: &Path, config: Config) -> (Option<Sources>, Vec<Diagnostic>) {
    read(root, config, &mut Cache::default())
}

/// Reads the site: the sources with every document that parsed, and the
/// problems found.
fn read(root: &Path, config: Config, cache: &mut Cache) -> (Option<Sources>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let (documents, mut failed, misnamed) = load_documents(root, &config, cache);
    problems.append(&mut failed);
    let theme_dir = Path::new("themes").join(&config.theme);
    let theme = match load_templates(root, &theme_dir) {
        Ok(t) => Some(t),
        Err(d) => {
            problems.push(d);
            None
        }
    };
    let keys = theme.as_ref().map(Theme::message_keys).unwrap_or_default();
    // What can be read of the strings: a syntax error or a missing message
    // is reported, and the rest of the site is still checked.
    let (locales, mut found) = Locales::load_partial(root, &config, &keys);
    problems.append(&mut found);
    let locales = Some(locales);
    let terms = crate::input::terms::Terms::load(root, &config).unwrap_or_else(|mut d| {
        problems.append(&mut d.0);
        crate::input::terms::Terms::default()
    });
    let mut assets = Vec::new();
    for dir in [theme_dir.join("static"), PathBuf::from("static")] {
        match list_files(root, &dir) {
            Ok(files) => assets.extend(
                files
                    .into_iter()
                    .map(|(output, source)| Asset { source, output }),
            ),
            Err(mut p) => problems.append(&mut p),
        }
    }
    // The site's own static files replace the theme's of the same name.
    let mut seen = BTreeSet::new();
    assets.reverse();
    assets.retain(|a| seen.insert(a.output.clone()));
    assets.reverse();
    let sources = match (theme, locales) {
        (Some(theme), Some(locales)) => Some(Sources {
            misnamed,
            root: root.to_path_buf(),
            config,
            terms,
            documents,
            assets,
            theme,
            locales,
            fingerprints: BTreeMap::new(),
        }),
        _ => None,
    };
    (sources, problems)
}

fn list_files(root: &Path, dir: &Path) -> Result<Vec<(String, PathBuf)>, Vec<Diagnostic>> {
    Ok(list_stamped(root, dir)?
        .into_iter()
        .map(|(rel, path, _)| (rel, path))
        .collect())
}

/// Files under `ROOT/dir` with their stamps.
fn list_stamped(root: &Path, dir: &Path) -> Result<Vec<(String, PathBuf, Stamp)>, Vec<Diagnostic>> {
    let full = root.join(dir);
    if !full.is_dir() {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let site = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut walk = WalkDir::new(&full)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = walk.next() {
        match entry {
            Ok(e) if e.path_is_symlink() && paths::leads_out(&site, e.path()).is_some() => {
                problems.push(paths::link_out(root, e.path(), &site));
                if e.file_type().is_dir() {
                    walk.skip_current_dir();
                }
            }
            Ok(e) if e.file_type().is_file() => {
                let rel = relative(&full, e.path());
                if !crate::input::paths::is_ignored(&rel) {
                    let stamp = e
                        .metadata()
                        .map_or((None, 0), |m| (m.modified().ok(), m.len()));
                    files.push((rel, e.path().to_path_buf(), stamp));
                }
            }
            Ok(_) => {}
            Err(e) => problems.push(walk_error(root, &e)),
        }
    }
    Diagnostics::or_ok(problems, files).map_err(|d| d.0)
}

fn walk_error(root: &Path, e: &walkdir::Error) -> Diagnostic {
    let path = e
        .path()
        .map(|p| p.strip_prefix(root).unwrap_or(p).to_path_buf());
    let (message, help) = if e.loop_ancestor().is_some() {
        (
            crate::msg!("load-link-loop"),
            crate::msg!("load-link-loop.help"),
        )
    } else {
        (
            crate::msg!(
                "load-unreadable",
                error = e
                    .io_error()
                    .map_or_else(|| e.to_string(), |io| io.to_string())
            ),
            crate::msg!("load-check-readable"),
        )
    };
    match path {
        Some(p) => Diagnostic::in_file(p, message).help(help),
        None => Diagnostic::new(message).help(help),
    }
}

fn relative(base: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The documents that parsed, the problems of those that did not, and
/// warnings for files that look like documents but are not read as such.
fn load_documents(
    root: &Path,
    config: &Config,
    cache: &mut Cache,
) -> (Vec<Arc<Document>>, Vec<Diagnostic>, Vec<Diagnostic>) {
    let content = Path::new("content");
    let files: Vec<(String, PathBuf, Stamp)> = match &cache.content {
        Some(known) => known
            .iter()
            .map(|(rel, (full, stamp))| (rel.clone(), full.clone(), *stamp))
            .collect(),
        None => {
            let walked = match list_stamped(root, content) {
                Ok(w) => w,
                Err(p) => return (Vec::new(), p, Vec::new()),
            };
            cache.content = Some(
                walked
                    .iter()
                    .map(|(rel, full, stamp)| (rel.clone(), (full.clone(), *stamp)))
                    .collect(),
            );
            walked
        }
    };
    let (markdown, others): (Vec<_>, Vec<_>) = files
        .into_iter()
        .partition(|(rel, _, _)| rel.ends_with(".md"));
    let bundles: BTreeSet<String> = markdown
        .iter()
        .filter_map(|(rel, _, _)| {
            let (dir, name) = rel.rsplit_once('/')?;
            (document::file_name(name).stem == "index").then(|| dir.to_string())
        })
        .collect();
    let bundle_of = |rel: &str| -> Option<String> {
        let mut dir = rel;
        while let Some((parent, _)) = dir.rsplit_once('/') {
            if bundles.contains(parent) {
                return Some(parent.to_string());
            }
            dir = parent;
        }
        None
    };
    let misnamed = misnamed(
        markdown.iter().map(|(rel, _, _)| rel.as_str()),
        others.iter().map(|(rel, _, _)| rel.as_str()),
        &bundle_of,
        &config.languages,
    );
    let mut bundle_files: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (rel, _, _) in &others {
        if let Some(dir) = bundle_of(rel) {
            let inner = rel[dir.len() + 1..].to_string();
            bundle_files.entry(dir).or_default().push(inner);
        }
    }
    let mut problems = Vec::new();
    let mut jobs = Vec::new();
    for (rel, full, stamp) in markdown {
        let name = rel.rsplit('/').next().unwrap_or(&rel);
        let bundle = bundle_of(&rel);
        let is_index = document::file_name(name).stem == "index";
        match bundle {
            Some(dir) if is_index && rel[..rel.len() - name.len() - 1] == dir => {
                let files = bundle_files.get(&dir).cloned().unwrap_or_default();
                jobs.push((rel, full, stamp, Some(Bundle { dir, files })));
            }
            Some(dir) => problems.push(
                Diagnostic::in_file(content.join(&rel), crate::msg!("load-markdown-in-bundle"))
                    .help(crate::msg!("load-markdown-in-bundle.help", dir = dir)),
            ),
            None => jobs.push((rel, full, stamp, None)),
        }
    }
    let settings =
        crate::hash::bytes(format!("{:?}{:?}", config.languages, config.taxonomies).as_bytes());
    if cache.settings != settings {
        cache.docs.clear();
        cache.settings = settings;
    }
    let parsed: Vec<Parsed> = jobs
        .into_par_iter()
        .map(|(rel, full, stamp, bundle)| {
            if let Some(hit) = cache
                .docs
                .get(&rel)
                .filter(|c| c.stamp == stamp && c.bundle == bundle)
            {
                let doc = Arc::clone(&hit.doc);
                return (rel, stamp, bundle, Ok(doc));
            }
            let doc = parse_file(content, &rel, &full, config, bundle.clone()).map(Arc::new);
            (rel, stamp, bundle, doc)
        })
        .collect();
    cache.docs.clear();
    let mut documents = Vec::new();
    for (rel, stamp, bundle, result) in parsed {
        match result {
            Ok(doc) => {
                cache.docs.insert(
                    rel,
                    Cached {
                        stamp,
                        bundle,
                        doc: Arc::clone(&doc),
                    },
                );
                documents.push(doc);
            }
            Err(mut p) => problems.append(&mut p),
        }
    }
    (documents, problems, misnamed)
}

/// Warnings for the files of `content/` (paths relative to it) whose names
/// look like a report's or a page's but that are not read as their names
/// suggest, each with the name to give it: `markdown` are the files read
/// as documents, `others` the rest; `bundle_of` tells the bundle a path is
/// in. Attachments of a bundle are left alone, but for another language's
/// `index`.
fn misnamed<'a>(
    markdown: impl Iterator<Item = &'a str>,
    others: impl Iterator<Item = &'a str>,
    bundle_of: &dyn Fn(&str) -> Option<String>,
    languages: &[String],
) -> Vec<Diagnostic> {
    let content = Path::new("content");
    let mut out = Vec::new();
    for rel in others {
        let (dir, name) = rel.rsplit_once('/').unwrap_or(("", rel));
        let Some((Misnamed::NotRead, meant)) = meant_name(name, rel, languages) else {
            continue;
        };
        let attachment = bundle_of(rel)
            .is_some_and(|bundle| bundle != dir || document::file_name(&meant).stem != "index");
        if !attachment {
            out.push(
                Diagnostic::in_file(content.join(rel), crate::msg!("load-not-read"))
                    .warning()
                    .help(crate::msg!("load-not-read.help", name = meant)),
            );
        }
    }
    for rel in markdown {
        let name = rel.rsplit('/').next().unwrap_or(rel);
        // A Markdown file inside a bundle is an error of its own.
        if bundle_of(rel).is_some() {
            continue;
        }
        let message = match meant_name(name, rel, languages) {
            Some((Misnamed::IndexCase { stem, meant: index }, meant)) => (
                crate::msg!("load-index-case", stem = stem, meant = index),
                meant,
            ),
            Some((Misnamed::LanguageCase { written, stem }, meant)) => (
                crate::msg!("load-language-case", written = written, stem = stem),
                meant,
            ),
            _ => continue,
        };
        out.push(
            Diagnostic::in_file(content.join(rel), message.0)
                .warning()
                .help(crate::msg!("load-not-read.help", name = message.1)),
        );
    }
    out
}

/// How a file's name keeps it from being read as it looks.
#[derive(Debug, PartialEq, Eq)]
enum Misnamed {
    /// The name does not end in `.md` (`.MD`, `.md.txt`, `.markdown`), so
    /// the file is not read at all.
    NotRead,
    /// `Index` or `_Index`: read as a report of its own of that name.
    IndexCase { stem: String, meant: &'static str },
    /// A language suffix in capitals (`.EN.md`): read in the default
    /// language, the suffix taken as part of its name.
    LanguageCase { written: String, stem: String },
}

/// The name the file `name` (at `rel` in `content/`) was most likely meant
/// to have, when rapport does not read it as its name suggests.
fn meant_name(name: &str, rel: &str, languages: &[String]) -> Option<(Misnamed, String)> {
    let strip = |suffix: &str| {
        let at = name.len().checked_sub(suffix.len())?;
        (name.is_char_boundary(at) && name[at..].eq_ignore_ascii_case(suffix)).then(|| &name[..at])
    };
    let (base, read) = match name.strip_suffix(".md") {
        Some(base) => (base, true),
        None => (
            [".md.txt", ".markdown.txt", ".markdown", ".md"]
                .iter()
                .find_map(|suffix| strip(suffix))?,
            false,
        ),
    };
    let (stem, lang, lang_fixed) = match base.rsplit_once('.') {
        Some((stem, lang)) if crate::input::config::is_language_code(lang) => {
            (stem, Some(lang), false)
        }
        Some((stem, lang)) if languages.iter().any(|l| l.eq_ignore_ascii_case(lang)) => {
            (stem, Some(lang), true)
        }
        _ => (base, None, false),
    };
    // `index` names a bundle only in a report's own folder, below a section.
    let in_bundle_folder = rel.matches('/').count() >= 2;
    let index = match stem {
        "index" | "_index" => None,
        s if s.eq_ignore_ascii_case("_index") => Some("_index"),
        s if s.eq_ignore_ascii_case("index") && in_bundle_folder => Some("index"),
        _ => None,
    };
    let why = if !read {
        Misnamed::NotRead
    } else if let Some(index) = index {
        Misnamed::IndexCase {
            stem: stem.to_string(),
            meant: index,
        }
    } else if lang_fixed {
        Misnamed::LanguageCase {
            written: lang.unwrap_or_default().to_string(),
            stem: base.to_string(),
        }
    } else {
        return None;
    };
    let meant = format!(
        "{}{}.md",
        index.unwrap_or(stem),
        lang.map(|l| format!(".{}", l.to_ascii_lowercase()))
            .unwrap_or_default()
    );
    Some((why, meant))
}

fn parse_file(
    content: &Path,
    rel: &str,
    full: &Path,
    config: &Config,
    bundle: Option<Bundle>,
) -> Result<Document, Vec<Diagnostic>> {
    let bytes = std::fs::read(full).map_err(|e| {
        vec![Diagnostic::in_file(
            content.join(rel),
            crate::msg!("cannot-read-file", error = e),
        )
        .help(crate::msg!("load-check-readable"))]
    })?;
    let text = utf8(rel, bytes)?;
    document::parse(rel, &text, config, bundle)
}

fn utf8(rel: &str, bytes: Vec<u8>) -> Result<String, Vec<Diagnostic>> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let prefix = String::from_utf8_lossy(&bytes[..valid]);
        let span = LineIndex::new(&prefix).span(valid, valid);
        vec![
            Diagnostic::in_file(Path::new("content").join(rel), crate::msg!("load-not-utf8"))
                .at_position(span)
                .help(crate::msg!("load-not-utf8.help")),
        ]
    })
}

fn load_templates(root: &Path, theme_dir: &Path) -> Result<Theme, Diagnostic> {
    let dir = theme_dir.join("templates");
    if !root.join(&dir).is_dir() {
        return Err(Diagnostic::in_file(
            FILE_SITE,
            crate::msg!("load-no-theme", dir = dir.display()),
        )
        .help(crate::msg!("load-no-theme.help")));
    }
    let files = list_files(root, &dir).map_err(|mut p| p.remove(0))?;
    let mut templates = BTreeMap::new();
    let mut all = String::new();
    for (name, full) in files {
        let text = std::fs::read_to_string(&full).map_err(|e| {
            Diagnostic::in_file(
                dir.join(&name),
                crate::msg!("load-unreadable-template", error = e),
            )
        })?;
        all.push_str(&name);
        all.push_str(&text);
        templates.insert(name, text);
    }
    Ok(Theme {
        dir: dir.clone(),
        templates,
        hash: crate::hash::bytes(all.as_bytes()),
    })
}

const FILE_SITE: &str = crate::input::config::FILE;

impl Sources {
    /// Adds beside each style and script (`.css`, `.js`) a copy whose name
    /// carries a hash of its bytes (`style.1a2b3c4d5e6f7a8b.css`), which
    /// `url(path="style.css")` then gives: its address changes when its
    /// bytes do, so it can be cached for a year. The plain file stays, for
    /// pages that name it directly.
    pub(crate) fn fingerprint(&mut self) {
        let mut added = Vec::new();
        for asset in &self.assets {
            let Some((stem, ext)) = asset.output.rsplit_once('.') else {
                continue;
            };
            if !matches!(ext, "css" | "js") {
                continue;
            }
            let Ok(bytes) = std::fs::read(&asset.source) else {
                continue;
            };
            let hash = crate::hash::sha256(&bytes);
            let output = format!("{stem}.{}.{ext}", &hash[..16]);
            self.fingerprints
                .insert(asset.output.clone(), output.clone());
            added.push(Asset {
                source: asset.source.clone(),
                output,
            });
        }
        self.assets.extend(added);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meant(rel: &str) -> Option<(Misnamed, String)> {
        let name = rel.rsplit('/').next().unwrap_or(rel);
        meant_name(name, rel, &["sv".to_string(), "en".to_string()])
    }

    #[test]
    fn names_that_look_like_documents_are_told_what_to_become() {
        let not_read = |rel: &str| match meant(rel) {
            Some((Misnamed::NotRead, name)) => name,
            other => panic!("{rel}: {other:?}"),
        };
        assert_eq!(not_read("reports/a/index.sv.MD"), "index.sv.md");
        assert_eq!(not_read("reports/a/Index.sv.Md"), "index.sv.md");
        assert_eq!(not_read("reports/b.sv.md.txt"), "b.sv.md");
        assert_eq!(not_read("reports/b.SV.MD.TXT"), "b.sv.md");
        assert_eq!(not_read("om.markdown"), "om.md");
        assert_eq!(not_read("reports/c.ru.md.txt"), "c.ru.md");
        assert!(matches!(
            meant("reports/c/Index.sv.md"),
            Some((Misnamed::IndexCase { .. }, name)) if name == "index.sv.md"
        ));
        assert!(matches!(
            meant("reports/_Index.en.md"),
            Some((Misnamed::IndexCase { .. }, name)) if name == "_index.en.md"
        ));
        assert!(matches!(
            meant("reports/d.EN.md"),
            Some((Misnamed::LanguageCase { .. }, name)) if name == "d.en.md"
        ));
        // Names read as they look, and names that look like no document.
        for rel in [
            "reports/a/index.sv.md",
            "reports/_index.md",
            "reports/Index.sv.md",
            "Index.sv.md",
            "reports/d.RU.md",
            "reports/v1.2.md",
            "reports/a/protokoll.txt",
            "reports/a/foto.JPG",
        ] {
            assert_eq!(meant(rel), None, "{rel}");
        }
    }
}
