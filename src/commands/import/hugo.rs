//! Hugo sites: the content folder (one, or one per language), whose YAML,
//! TOML or JSON front matter becomes rapport's YAML; the common shortcodes
//! become Markdown; page bundles keep their files; year sub-folders are
//! flattened into their section; `static/` is copied.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use serde_json::{Map, Value};

use super::html::Image;
use super::{shown, Body, Item, Read};
use crate::diagnostics::{Diagnostic, Span};
use crate::input::config::{is_language_code, Config};

/// The languages of a Hugo site: its default, and a content folder per language.
#[derive(Debug, Default)]
struct Languages {
    default: Option<String>,
    dirs: Vec<(String, PathBuf)>,
    /// More than one language: the others' addresses start with `/LANG/`.
    multilingual: bool,
    /// `defaultContentLanguageInSubdir`: the default's start with `/LANG/` too.
    default_in_subdir: bool,
    /// `[permalinks]`: a pattern (`/:year/:month/:slug/`) per section.
    permalinks: BTreeMap<String, String>,
    /// `disablePathToLower`: addresses keep their capitals.
    keep_case: bool,
    /// `uglyURLs`: `/news/meeting.html` instead of `/news/meeting/`.
    ugly: bool,
    /// `contentDir`, when set.
    content: Option<PathBuf>,
    /// `staticDir`, when set.
    statics: Vec<PathBuf>,
    /// Module mounts of files (`uploads` → `static/uploads`): the address
    /// prefix they are served under, and their folder.
    mounts: Vec<(String, PathBuf)>,
    /// `[taxonomies]`: the address names of the term pages (`tags`, `categories`).
    taxonomies: Vec<String>,
    /// The languages of `[languages]`, whatever this site has.
    names: Vec<String>,
    /// The path of `baseURL` (`/blog/` for `https://example.org/blog/`).
    base_path: Option<String>,
    /// The scheme and host of `baseURL` (`https://example.org`).
    origin: Option<String>,
    /// `paginate` (`pagination.pagerSize`): entries per listing page.
    per_page: usize,
    /// `languageCode` (`en-us` → `en`): the language of a site that names no other.
    code: Option<String>,
}

/// The Hugo site's folder: nothing outside it is read, through a setting
/// (`contentDir = "../x"`, `"/"`) or through a symbolic link.
struct Archive {
    /// The folder as given.
    dir: PathBuf,
    /// The folder with every link resolved.
    root: PathBuf,
}

impl Archive {
    /// Where `path` leads, when that is inside the site: `None` when
    /// nothing is there, an error naming the link when it leads out.
    fn inside(&self, path: &Path) -> Result<Option<PathBuf>, Diagnostic> {
        if std::fs::symlink_metadata(path).is_err() {
            return Ok(None);
        }
        let Ok(real) = path.canonicalize() else {
            // A link that leads nowhere: nothing to read.
            return Ok(None);
        };
        if real.starts_with(&self.root) {
            return Ok(Some(real));
        }
        let link = std::iter::successors(Some(path), |p| p.parent())
            .take_while(|p| p.starts_with(&self.dir) && *p != self.dir)
            .filter(|p| std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink()))
            .last()
            .unwrap_or(path);
        let target = std::fs::read_link(link).unwrap_or(real);
        Err(Diagnostic::in_file(
            link,
            crate::msg!("import-hugo-link-outside", target = target.display()),
        )
        .help(crate::msg!("import-hugo-link-outside.help")))
    }

    /// The folder a setting names, checked: a plain path inside the site.
    fn setting(&self, file: &Path, key: &str, value: &str) -> Result<PathBuf, Diagnostic> {
        let plain = !value.trim().is_empty()
            && Path::new(value).components().all(|c| {
                matches!(
                    c,
                    std::path::Component::Normal(_) | std::path::Component::CurDir
                )
            });
        if !plain {
            return Err(Diagnostic::in_file(
                file,
                crate::msg!("import-hugo-setting-outside", key = key, value = value),
            )
            .help(crate::msg!("import-hugo-setting-outside.help")));
        }
        let path = self.dir.join(value);
        self.inside(&path)?;
        Ok(path)
    }

    /// The regular files under `dir` (a folder inside the site), each with
    /// where it is read from. A link to a file inside the site is read; a
    /// link leading out is an error naming it; links to folders are not
    /// followed.
    fn files(&self, dir: &Path) -> Result<Vec<(PathBuf, PathBuf)>, Diagnostic> {
        if self.inside(dir)?.is_none() {
            return Ok(Vec::new());
        }
        let mut out = Vec::new();
        for entry in walkdir::WalkDir::new(dir)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
        {
            let kind = entry.file_type();
            if kind.is_file() {
                let path = entry.into_path();
                out.push((path.clone(), path));
            } else if kind.is_symlink() {
                if let Some(real) = self.inside(entry.path())? {
                    if real.is_file() {
                        out.push((entry.into_path(), real));
                    }
                }
            }
        }
        Ok(out)
    }
}

/// One Markdown file of the Hugo site.
struct Source {
    /// The file, for messages.
    file: PathBuf,
    /// Where it is read from: inside the Hugo site (a link is resolved).
    real: PathBuf,
    /// Its path in its content folder, with `/`.
    rel: String,
    /// Its language, when its content folder says so.
    lang: Option<String>,
}

/// Reads a Hugo site (or its content folder) at `dir`.
pub(super) fn read(dir: &Path, config: &Config, lang: Option<&str>) -> Result<Read, Diagnostic> {
    let root = dir.canonicalize().ok().filter(|r| r.is_dir());
    let Some(root) = root else {
        return Err(
            Diagnostic::new(crate::msg!("import-hugo-not-folder", dir = shown(dir)))
                .help(crate::msg!("import-hugo-not-folder.help")),
        );
    };
    let archive = Archive {
        dir: dir.to_path_buf(),
        root,
    };
    let languages = languages(&archive)?;
    let mut sources = Vec::new();
    if languages.dirs.is_empty() {
        let content = match &languages.content {
            Some(content) => content.clone(),
            None => dir.join("content"),
        };
        let content = if archive.inside(&content)?.is_some_and(|c| c.is_dir()) {
            content
        } else {
            dir.to_path_buf()
        };
        collect(&archive, &content, None, &mut sources)?;
    } else {
        for (lang, content) in &languages.dirs {
            collect(&archive, content, Some(lang.clone()), &mut sources)?;
        }
    }
    if sources.is_empty() {
        return Err(
            Diagnostic::new(crate::msg!("import-hugo-no-content", dir = shown(dir)))
                .help(crate::msg!("import-hugo-no-content.help")),
        );
    }
    // `languageCode` speaks for a site without `defaultContentLanguage`
    // (`--lang` overrides it), when the new site has that language.
    let code = languages
        .code
        .clone()
        .filter(|_| languages.default.is_none() && lang.is_none());
    let default = languages
        .default
        .clone()
        .or_else(|| lang.map(str::to_string))
        .or_else(|| code.clone().filter(|c| config.languages.contains(c)))
        .unwrap_or_else(|| config.default_language.clone());
    let mut read = Read {
        lang: code,
        ..Read::default()
    };
    let targets = targets(&sources, &default);
    for (source, target) in sources.iter().zip(&targets) {
        match item(&archive, source, target, &targets, &sources) {
            Ok(Some((mut item, url))) => {
                let has_url = url.is_some();
                let address = if has_url {
                    url.clone()
                } else {
                    old_address(&item, source, target, &languages, &default)
                };
                resolve_relative_aliases(&mut item, address.as_deref());
                item.address = address.clone();
                // Hugo served a language's aliases under its prefix.
                let prefix = lang_prefix(&target.lang, &languages, &default);
                if !prefix.is_empty() {
                    let under = format!("{prefix}/");
                    for alias in &mut item.aliases {
                        if Some(&*alias) != url.as_ref()
                            && alias.starts_with('/')
                            && !alias.starts_with(&under)
                        {
                            *alias = format!("{prefix}{alias}");
                        }
                    }
                }
                if let Some(address) = address.as_ref().filter(|_| !has_url) {
                    if !item.aliases.contains(address) {
                        item.aliases.push(address.clone());
                    }
                }
                if let (Body::Markdown(text), Some(address)) = (&item.body, &address) {
                    item.body = Body::Markdown(relative_paths(text, address));
                }
                if target.index_page {
                    item.leftovers.push(crate::msg!("import-hugo-index-page"));
                }
                read.items.push(item);
            }
            Ok(None) => {
                *read
                    .skipped
                    .entry(crate::msg!("import-kind-year-intros"))
                    .or_default() += 1
            }
            Err(d) => return Err(d),
        }
    }
    undated_to_pages(&mut read.items);
    // The old listing of each section with reports, per language.
    let mut listed = std::collections::BTreeSet::new();
    for item in &read.items {
        let Some(path) = item.path.as_deref().filter(|p| !is_page(p)) else {
            continue;
        };
        let (Some((section, _)), Some(lang)) = (path.split_once('/'), item.lang.as_deref()) else {
            continue;
        };
        // A language the new site does not have: its pages are left out, and listed.
        if !config.languages.iter().any(|l| l == lang) {
            continue;
        }
        if listed.insert((section.to_string(), lang.to_string())) {
            let prefix = lang_prefix(lang, &languages, &default);
            let old = format!("{prefix}/{}/", urlize(section, languages.keep_case));
            let new = format!("/{lang}/{}/", crate::transliterate::slugify(section));
            read.listings.push((old, new, lang.to_string()));
        }
    }
    // The old term pages, and the further pages of each listing.
    let per_page = languages.per_page.max(1);
    // Entries per old listing (its language and address): how many, and
    // where its first page went (a listing's new address, or a term).
    let mut counts: BTreeMap<(String, String), (usize, Result<String, String>)> = BTreeMap::new();
    for item in read.items.iter().filter(|i| !i.draft) {
        let Some(lang) = item
            .lang
            .as_deref()
            .filter(|l| config.languages.iter().any(|c| c == l))
        else {
            continue;
        };
        let prefix = lang_prefix(lang, &languages, &default);
        let mut seen = std::collections::BTreeSet::new();
        for (tax, term) in &item.terms {
            let old = format!(
                "{prefix}/{}/{}/",
                urlize(tax, languages.keep_case),
                urlize(term, languages.keep_case)
            );
            if seen.insert(old.clone()) {
                read.terms
                    .push((old.clone(), term.clone(), Some(lang.to_string())));
                counts
                    .entry((lang.to_string(), old))
                    .or_insert_with(|| (0, Err(term.clone())))
                    .0 += 1;
            }
        }
        if item.page {
            continue;
        }
        counts
            .entry((lang.to_string(), format!("{prefix}/")))
            .or_insert_with(|| (0, Ok(format!("/{lang}/"))))
            .0 += 1;
        if let Some((section, _)) = item.path.as_deref().and_then(|p| p.split_once('/')) {
            let old = format!("{prefix}/{}/", urlize(section, languages.keep_case));
            let new = format!("/{lang}/{}/", crate::transliterate::slugify(section));
            counts
                .entry((lang.to_string(), old))
                .or_insert((0, Ok(new)))
                .0 += 1;
        }
    }
    // One term per old address (`Hugo` and `hugo` have one page).
    read.terms.sort();
    read.terms.dedup_by(|a, b| a.0 == b.0);
    for ((lang, old), (n, new)) in counts {
        // `/en/page/2/` is rapport's own listing page's address too.
        if config.languages.iter().any(|l| old == format!("/{l}/")) {
            continue;
        }
        for page in 2..=n.div_ceil(per_page) {
            let old = format!("{old}page/{page}/");
            match &new {
                Ok(new) => read.pages.push((old, new.clone(), lang.clone())),
                // A term page's further pages lead where its first does.
                Err(term) => read.terms.push((old, term.clone(), Some(lang.clone()))),
            }
        }
    }
    let statics = if languages.statics.is_empty() {
        vec![dir.join("static")]
    } else {
        languages.statics.clone()
    };
    // Where the old site's files may be, for the photos and files its
    // pages name by address (`/uploads/x.pdf`): looked up by the writer.
    read.source_files = statics.iter().map(|s| (String::new(), s.clone())).collect();
    read.source_files.extend(languages.mounts.iter().cloned());
    read.source_files.push((String::new(), dir.join("assets")));
    read.source_files.push((String::new(), dir.join("content")));
    // Each language's content folder is served at the site's root (or its prefix).
    for (lang, content) in &languages.dirs {
        read.source_files.push((String::new(), content.clone()));
        read.source_files.push((lang.clone(), content.clone()));
    }
    read.source_root = Some(archive.root.clone());
    read.taxonomies = languages.taxonomies.clone();
    read.old_languages = languages.names.clone();
    read.base_path = languages.base_path.clone();
    read.origin = languages.origin.clone();
    for statics in statics {
        for (file, real) in archive.files(&statics)? {
            let Ok(rel) = file.strip_prefix(&statics) else {
                continue;
            };
            let rel = format!("static/{}", rel.to_string_lossy().replace('\\', "/"));
            if crate::fs_safe::is_plain(&rel) {
                read.copy_files.push((real, rel));
            }
        }
    }
    Ok(read)
}

/// `defaultContentLanguage`, `contentDir` (one, or per language) and
/// `staticDir` from the site's settings, each folder checked to be inside.
fn languages(archive: &Archive) -> Result<Languages, Diagnostic> {
    let dir = &archive.dir;
    let candidates = [
        "hugo.toml",
        "hugo.yaml",
        "hugo.yml",
        "hugo.json",
        "config.toml",
        "config.yaml",
        "config.yml",
        "config.json",
        "config/_default/hugo.toml",
        "config/_default/config.toml",
        "config/_default/hugo.yaml",
        "config/_default/config.yaml",
    ];
    let read_settings = |path: &Path, real: &Path| -> Result<Map<String, Value>, Diagnostic> {
        let text = std::fs::read_to_string(real).map_err(|e| {
            Diagnostic::new(crate::msg!(
                "import-unreadable",
                file = shown(path),
                error = e
            ))
        })?;
        let format = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        parse_data(path, &text, format, 1)
    };
    let mut found = None;
    for candidate in candidates {
        let path = dir.join(candidate);
        if let Some(real) = archive.inside(&path)? {
            if real.is_file() {
                found = Some((path, real));
                break;
            }
        }
    }
    let mut settings = match &found {
        Some((file, real)) => read_settings(file, real)?,
        None => Map::new(),
    };
    // `config/_default/`: one file per key (`permalinks.yaml`,
    // `languages.toml`, `module.yaml`), which Hugo merges over the root file.
    let split = dir.join("config").join("_default");
    let mut any_split = false;
    if archive.inside(&split)?.is_some_and(|d| d.is_dir()) {
        for (path, real) in archive.files(&split)? {
            if path.parent() != Some(split.as_path()) {
                continue;
            }
            let name = path.file_stem().and_then(|n| n.to_str()).unwrap_or("");
            let known = path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| matches!(e, "toml" | "yaml" | "yml" | "json"));
            if !known || name.contains('.') {
                continue;
            }
            let map = read_settings(&path, &real)?;
            any_split = true;
            if matches!(name, "hugo" | "config") {
                for (k, v) in map {
                    settings.insert(k, v);
                }
            } else {
                settings.insert(name.to_string(), Value::Object(map));
            }
        }
    }
    let Some((file, _)) = found.or_else(|| any_split.then(|| (split.clone(), split.clone())))
    else {
        return Ok(Languages::default());
    };
    let get = |key: &str| {
        settings
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
    };
    let mut out = Languages {
        default: get("defaultContentLanguage")
            .and_then(Value::as_str)
            .map(|l| l.to_lowercase()),
        dirs: Vec::new(),
        multilingual: get("languages")
            .and_then(Value::as_object)
            .is_some_and(|l| l.len() > 1),
        default_in_subdir: get("defaultContentLanguageInSubdir")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        permalinks: match get("permalinks") {
            // Hugo 0.120 on: `[permalinks.page]` besides `[permalinks.section]`.
            Some(Value::Object(map)) => {
                let table = match map.get("page") {
                    Some(Value::Object(page)) => page,
                    _ => map,
                };
                table
                    .iter()
                    .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                    .collect()
            }
            _ => BTreeMap::new(),
        },
        keep_case: get("disablePathToLower")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        ugly: get("uglyURLs").and_then(Value::as_bool).unwrap_or(false),
        content: None,
        statics: Vec::new(),
        mounts: Vec::new(),
        taxonomies: match get("taxonomies") {
            Some(Value::Object(map)) => map.values().filter_map(string).collect(),
            _ => vec!["tags".into(), "categories".into()],
        },
        names: get("languages")
            .and_then(Value::as_object)
            .map(|l| l.keys().map(|k| k.to_lowercase()).collect())
            .unwrap_or_default(),
        base_path: get("baseURL")
            .and_then(Value::as_str)
            .and_then(|u| u.split_once("://"))
            .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_string()))
            .filter(|p| !p.trim_matches('/').is_empty()),
        origin: get("baseURL")
            .and_then(Value::as_str)
            .and_then(|u| u.split_once("://"))
            .map(|(scheme, rest)| (scheme, rest.split('/').next().unwrap_or(rest)))
            .filter(|(scheme, host)| matches!(*scheme, "http" | "https") && !host.is_empty())
            .map(|(scheme, host)| format!("{scheme}://{host}")),
        code: get("languageCode")
            .and_then(Value::as_str)
            .and_then(super::locale_lang),
        per_page: get("paginate")
            .or_else(|| get("pagination").and_then(|p| p.get("pagerSize")))
            .and_then(|v| v.as_u64().or_else(|| v.as_str()?.parse().ok()))
            .map_or(10, |n| usize::try_from(n).unwrap_or(10)),
    };
    if let Some(value) = get("contentDir") {
        let value = string(value).unwrap_or_default();
        out.content = Some(archive.setting(&file, "contentDir", &value)?);
    }
    if let Some(value) = get("staticDir") {
        let values = match value {
            Value::Array(_) => strings(value),
            other => vec![string(other).unwrap_or_default()],
        };
        for value in values {
            out.statics
                .push(archive.setting(&file, "staticDir", &value)?);
        }
    }
    // Module mounts: `source = "content/en"`, `target = "content"`, `lang = "en"`.
    let mounts = get("module")
        .and_then(|m| m.get("mounts"))
        .and_then(Value::as_array);
    for mount in mounts.into_iter().flatten() {
        // Any mount of files: where its files are served, for links and photos.
        if let (Some(source), Some(target)) = (
            mount.get("source").and_then(Value::as_str),
            mount.get("target").and_then(Value::as_str),
        ) {
            let target = target.trim_matches('/');
            let (root, prefix) = target.split_once('/').unwrap_or((target, ""));
            if matches!(root, "static" | "content" | "assets") {
                if let Ok(path) = archive.setting(&file, "module.mounts.source", source) {
                    out.mounts.push((prefix.to_string(), path));
                }
            }
        }
        let (Some(source), Some(target), Some(lang)) = (
            mount.get("source").and_then(Value::as_str),
            mount.get("target").and_then(Value::as_str),
            mount.get("lang").and_then(Value::as_str),
        ) else {
            continue;
        };
        if target.trim_matches('/') == "content" {
            let path = archive.setting(&file, "module.mounts.source", source)?;
            out.dirs.push((lang.to_lowercase(), path));
        }
    }
    if let Some(Value::Object(langs)) = get("languages") {
        for (lang, settings) in langs {
            let content_dir = settings
                .as_object()
                .and_then(|s| s.iter().find(|(k, _)| k.eq_ignore_ascii_case("contentDir")))
                .and_then(|(_, v)| v.as_str());
            if let Some(content_dir) = content_dir {
                let key = format!("languages.{lang}.contentDir");
                let path = archive.setting(&file, &key, content_dir)?;
                out.dirs.push((lang.to_lowercase(), path));
            }
        }
    }
    Ok(out)
}

/// Every Markdown file under `content`, none read from outside the site.
fn collect(
    archive: &Archive,
    content: &Path,
    lang: Option<String>,
    out: &mut Vec<Source>,
) -> Result<(), Diagnostic> {
    let mut files: Vec<(PathBuf, PathBuf)> = archive
        .files(content)?
        .into_iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "md" || e == "markdown"))
        .collect();
    files.sort();
    for (file, real) in files {
        let Ok(rel) = file.strip_prefix(content) else {
            continue;
        };
        let rel = rel.to_string_lossy().replace('\\', "/");
        out.push(Source {
            file,
            real,
            rel,
            lang: lang.clone(),
        });
    }
    Ok(())
}

/// Where a Hugo file goes under rapport's `content/`.
#[derive(Debug, Clone)]
struct Target {
    /// The new path under `content/`; `None` for a year folder's intro, which is dropped.
    path: Option<String>,
    /// Its language.
    lang: String,
    /// The folder of the bundle it heads, in Hugo's content folder, with its files.
    bundle: Option<PathBuf>,
    /// A folder's `_index` with nothing else in the folder: a standalone page.
    index_page: bool,
}

fn split_name(name: &str, default: &str) -> (String, String) {
    let base = name
        .strip_suffix(".md")
        .or_else(|| name.strip_suffix(".markdown"))
        .unwrap_or(name);
    match base.rsplit_once('.') {
        Some((stem, lang)) if is_language_code(lang) => (stem.to_string(), lang.to_lowercase()),
        _ => (base.to_string(), default.to_string()),
    }
}

fn targets(sources: &[Source], default: &str) -> Vec<Target> {
    let mut taken: HashMap<String, usize> = HashMap::new();
    // Folders with content besides their `_index`, and every folder above them.
    let mut holding: std::collections::HashSet<String> = std::collections::HashSet::new();
    for source in sources {
        let name = source.rel.rsplit('/').next().unwrap_or("");
        if split_name(name, default).0 == "_index" {
            continue;
        }
        let mut dir = source.rel.as_str();
        while let Some((parent, _)) = dir.rsplit_once('/') {
            holding.insert(parent.to_string());
            dir = parent;
        }
    }
    sources
        .iter()
        .map(|source| {
            let parts: Vec<&str> = source.rel.split('/').collect();
            let (name, folders) = parts.split_last().map_or(("", &[][..]), |(n, f)| (*n, f));
            let default = source.lang.as_deref().unwrap_or(default);
            let (stem, lang) = split_name(name, default);
            let lang = source.lang.clone().unwrap_or(lang);
            let bundle_dir = source.file.parent().map(Path::to_path_buf);
            let alone = !folders.is_empty() && !holding.contains(&folders.join("/"));
            let (path, bundle) = match (stem.as_str(), folders) {
                ("_index", [.., last]) if alone => {
                    (Some(format!("{last}/index.{lang}.md")), bundle_dir)
                }
                ("_index", []) => (Some(format!("_index.{lang}.md")), None),
                ("_index", [section]) => (Some(format!("{section}/_index.{lang}.md")), None),
                ("_index", _) => (None, None),
                ("index", []) => (Some(format!("_index.{lang}.md")), None),
                ("index", [bundle]) => (Some(format!("{bundle}/index.{lang}.md")), bundle_dir),
                ("index", [section, .., bundle]) => (
                    Some(format!("{section}/{bundle}/index.{lang}.md")),
                    bundle_dir,
                ),
                (stem, []) => (Some(format!("{stem}.{lang}.md")), None),
                (stem, [section, ..]) => (Some(format!("{section}/{stem}.{lang}.md")), None),
            };
            // Two files flattened onto one name: the later gets a number.
            let path = path.map(|p| {
                let n = taken.entry(p.clone()).or_insert(0);
                *n += 1;
                if *n == 1 {
                    p
                } else {
                    let (dir, file) = p.rsplit_once('/').unwrap_or(("", &p));
                    let numbered = match file.split_once('.') {
                        Some(("index", rest)) => format!("{dir}-{n}/index.{rest}"),
                        Some((stem, rest)) => format!("{stem}-{n}.{rest}"),
                        None => format!("{file}-{n}"),
                    };
                    if dir.is_empty() || file.starts_with("index.") {
                        numbered
                    } else {
                        format!("{dir}/{numbered}")
                    }
                }
            });
            let index_page = stem == "_index" && alone;
            Target {
                path,
                lang,
                bundle,
                index_page,
            }
        })
        .collect()
}

/// Parses front matter or settings in TOML, YAML or JSON into a map.
fn parse_data(
    file: &Path,
    text: &str,
    format: &str,
    first_line: usize,
) -> Result<Map<String, Value>, Diagnostic> {
    let value = match format {
        "toml" => toml::from_str::<toml::Table>(text)
            .map(|t| toml_to_json(toml::Value::Table(t)))
            .map_err(|e| {
                let line = e
                    .span()
                    .and_then(|s| text.get(..s.start))
                    .map_or(0, |before| before.matches('\n').count());
                Diagnostic::in_file(
                    file,
                    crate::msg!("import-hugo-bad-toml", error = e.message()),
                )
                .at_position(Span::new(first_line + line, 1, 1))
                .help(crate::msg!("import-hugo-fix-line"))
            })?,
        "json" => serde_json::from_str::<Value>(text).map_err(|e| {
            Diagnostic::in_file(file, crate::msg!("import-hugo-bad-json", error = e))
                .at_position(Span::new(
                    first_line + e.line().saturating_sub(1),
                    e.column(),
                    1,
                ))
                .help(crate::msg!("import-hugo-fix-line"))
        })?,
        _ => {
            let text = if text.trim().is_empty() { "{}" } else { text };
            match crate::input::yaml::value(text, first_line.saturating_sub(1)) {
                Ok(v) => crate::input::yaml::to_json(&v),
                Err(e) => {
                    // A key written twice: Hugo took the last, and so does the import.
                    let again = last_of_each_key(text).and_then(|t| {
                        crate::input::yaml::value(&t, first_line.saturating_sub(1)).ok()
                    });
                    match again {
                        Some(v) => crate::input::yaml::to_json(&v),
                        None => {
                            let shown = std::fs::read_to_string(file).unwrap_or_default();
                            return Err(e.into_diagnostic(file, &shown));
                        }
                    }
                }
            }
        }
    };
    match value {
        Value::Object(map) => Ok(map),
        Value::Null => Ok(Map::new()),
        _ => Err(
            Diagnostic::in_file(file, crate::msg!("front-matter-not-keys"))
                .help(crate::msg!("import-hugo-not-keys-help")),
        ),
    }
}

/// YAML whose top-level keys written twice keep only their last
/// writing (each key's lines blanked, so line numbers stay); `None` when
/// no key is written twice.
fn last_of_each_key(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let key_of = |line: &str| -> Option<String> {
        if line.starts_with([' ', '\t', '-', '#']) {
            return None;
        }
        let (key, _) = line.split_once(':')?;
        Some(key.trim().to_string()).filter(|k| !k.is_empty())
    };
    let mut starts: Vec<(usize, String)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some(key) = key_of(line) {
            starts.push((i, key));
        }
    }
    let mut drop = vec![false; lines.len()];
    let mut any = false;
    for (n, (start, key)) in starts.iter().enumerate() {
        if starts[n + 1..].iter().any(|(_, k)| k == key) {
            any = true;
            let end = starts.get(n + 1).map_or(lines.len(), |(s, _)| *s);
            for d in &mut drop[*start..end] {
                *d = true;
            }
        }
    }
    any.then(|| {
        lines
            .iter()
            .zip(drop)
            .map(|(l, d)| if d { "" } else { l })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn toml_to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

/// The front matter and body of a Hugo file, and the line the body starts on.
fn split(file: &Path, text: &str) -> Result<(Map<String, Value>, String, usize), Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("").trim_end();
    let fence = match first {
        "---" => Some(("---", "yaml")),
        "+++" => Some(("+++", "toml")),
        _ => None,
    };
    if let Some((fence, format)) = fence {
        let mut offset = text.find('\n').map_or(text.len(), |i| i + 1);
        let start = offset;
        for (i, line) in text[start..].split_inclusive('\n').enumerate() {
            if line.trim_end() == fence {
                let data = parse_data(file, &text[start..offset], format, 2)?;
                return Ok((data, text[offset + line.len()..].to_string(), i + 3));
            }
            offset += line.len();
        }
        return Err(
            Diagnostic::in_file(file, crate::msg!("front-matter-not-closed"))
                .at_position(Span::new(1, 1, 3))
                .help(crate::msg!("import-hugo-close-fence", fence = fence)),
        );
    }
    if first.starts_with('{') {
        // JSON front matter: one object, then the body.
        let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Value>();
        if let Some(Ok(Value::Object(map))) = stream.next() {
            let end = stream.byte_offset();
            let line = text[..end].matches('\n').count() + 1;
            return Ok((map, text[end..].to_string(), line));
        }
        return Err(
            Diagnostic::in_file(file, crate::msg!("import-hugo-bad-json-front"))
                .at_position(Span::new(1, 1, 1))
                .help(crate::msg!("import-hugo-bad-json-front.help")),
        );
    }
    Ok((Map::new(), text.to_string(), 1))
}

fn string(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn strings(value: &Value) -> Vec<String> {
    match value {
        Value::Array(list) => list.iter().filter_map(string).collect(),
        other => string(other).into_iter().collect(),
    }
}

/// A Hugo date as rapport writes it: RFC 3339 kept, else the day.
fn date(text: &str) -> Option<(Option<DateTime<chrono::FixedOffset>>, NaiveDate)> {
    let text = text.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(text) {
        return Some((Some(dt), dt.date_naive()));
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M:%S%.f",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(text, format) {
            return Some((None, dt.date()));
        }
    }
    crate::dates::parse_day(text.get(..10)?).map(|d| (None, d))
}

/// Whether rapport reads the file at `path` (under `content/`) as a
/// standalone page or an intro rather than a report.
fn is_page(path: &str) -> bool {
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        [_] => true,
        [_, file] => file.starts_with("index.") || file.starts_with("_index."),
        _ => path.contains("/_index."),
    }
}

/// Hugo's `urlize` (and its path sanitising): letters, digits and
/// `._-/\\#+~@` stay, a run of spaces becomes one `-` between kept
/// characters, everything else goes; lower case unless `disablePathToLower`.
pub(super) fn urlize(text: &str, keep_case: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut prepend = false;
    for (i, &c) in chars.iter().enumerate() {
        let hex = |j: usize| chars.get(j).is_some_and(char::is_ascii_hexdigit);
        let mark = ('\u{300}'..='\u{36f}').contains(&c);
        let allowed = ".\\/_#+~-@".contains(c)
            || c.is_alphabetic()
            || c.is_numeric()
            || mark
            || (c == '%' && hex(i + 1) && hex(i + 2));
        if allowed {
            if prepend && c != '-' {
                out.push('-');
            }
            prepend = false;
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') && c.is_whitespace() {
            prepend = true;
        }
    }
    if keep_case {
        out
    } else {
        out.to_lowercase()
    }
}

/// Hugo's address for a page under a `[permalinks]` pattern
/// (`/:year/:month/:slug/`); `None` for a token Hugo knows and rapport
/// does not, or a date the pattern needs and the page lacks.
fn permalink(
    pattern: &str,
    item: &Item,
    source: &Source,
    default: &str,
    keep_case: bool,
) -> Option<String> {
    let folders: Vec<&str> = source.rel.split('/').collect();
    let (file, folders) = folders.split_last()?;
    let (stem, _) = split_name(file, default);
    let (base, sections) = if stem == "index" {
        let (bundle, above) = folders.split_last()?;
        (bundle.to_string(), above.to_vec())
    } else {
        (stem, folders.to_vec())
    };
    let day = item.date.map(|d| d.date_naive()).or(item.day);
    let title = urlize(&item.title, keep_case);
    let slug = item
        .slug
        .as_deref()
        .map(|s| urlize(s, keep_case))
        .filter(|s| !s.is_empty());
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(i) = rest.find(':') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        let token = &after[..len];
        use chrono::Datelike;
        let value = match token {
            "year" => format!("{:04}", day?.year()),
            "month" => format!("{:02}", day?.month()),
            "monthname" => day?.format("%B").to_string().to_lowercase(),
            "day" => format!("{:02}", day?.day()),
            "weekday" => day?.weekday().num_days_from_sunday().to_string(),
            "weekdayname" => day?.format("%A").to_string().to_lowercase(),
            "yearday" => day?.ordinal().to_string(),
            "section" => sections.first()?.to_string(),
            "sections" => sections.join("/"),
            "title" => title.clone(),
            "slug" => slug.clone().unwrap_or_else(|| title.clone()),
            "slugorfilename" | "slugorcontentbasename" => {
                slug.clone().unwrap_or_else(|| urlize(&base, keep_case))
            }
            "filename" | "contentbasename" => urlize(&base, keep_case),
            _ => return None,
        };
        out.push_str(&value);
        rest = &after[len..];
    }
    out.push_str(rest);
    let mut out = format!("/{}", out.trim_matches('/'));
    while out.contains("//") {
        out = out.replace("//", "/");
    }
    let last = out.rsplit('/').next().unwrap_or("");
    if !last.contains('.') {
        out.push('/');
    }
    Some(out)
}

/// Keys rapport knows and takes as they are.
const KEPT: &[&str] = &["location", "participants", "organizations"];

fn item(
    archive: &Archive,
    source: &Source,
    target: &Target,
    targets: &[Target],
    sources: &[Source],
) -> Result<Option<(Item, Option<String>)>, Diagnostic> {
    let Some(path) = &target.path else {
        return Ok(None);
    };
    let text = std::fs::read_to_string(&source.real).map_err(|e| {
        Diagnostic::new(crate::msg!(
            "import-unreadable",
            file = shown(&source.file),
            error = e
        ))
    })?;
    let (front, body, body_line) = split(&source.file, &text)?;
    let mut item = Item {
        origin: shown(&source.file),
        page: is_page(path),
        lang: Some(target.lang.clone()),
        path: Some(path.clone()),
        ..Item::default()
    };
    let mut tags = Vec::new();
    for (key, value) in &front {
        match key.to_lowercase().as_str() {
            "title" => item.title = string(value).unwrap_or_default(),
            "date" => {
                if let Some((dt, day)) = string(value).as_deref().and_then(date) {
                    item.date = dt;
                    item.day = Some(day);
                }
            }
            "publishdate" | "pubdate" | "publish_date" => {
                item.publish_date = string(value)
                    .as_deref()
                    .and_then(date)
                    .map(|(_, d)| crate::dates::day(d));
            }
            "expirydate" | "unpublishdate" => {
                if let Some(day) = string(value).as_deref().and_then(date) {
                    item.extra
                        .insert("expiry_date".into(), Value::from(day.1.to_string()));
                    item.leftovers.push(crate::msg!(
                        "import-hugo-expiry",
                        setting = format!("{key}: {}", day.1)
                    ));
                }
            }
            "lastmod" | "modified" => {
                if let Some(s) = string(value) {
                    item.extra.insert("lastmod".into(), Value::from(s));
                }
            }
            "description" | "summary" => item.summary = string(value),
            "tags" | "categories" | "keywords" => {
                if key != "keywords" {
                    for term in strings(value) {
                        item.terms.push((key.to_string(), term));
                    }
                }
                tags.extend(strings(value));
            }
            "author" | "authors" => item.author = strings(value),
            "image" | "images" | "featured_image" | "featureimage" | "cover" | "thumbnail" => {
                if item.cover.is_none() {
                    item.cover = match value {
                        Value::Object(map) => {
                            map.get("image").or_else(|| map.get("src")).and_then(string)
                        }
                        other => strings(other).into_iter().next(),
                    };
                }
            }
            // Relative ones are resolved against the page's old address later.
            "aliases" => item.aliases.extend(strings(value)),
            "url" => {
                if let Some(url) = string(value) {
                    item.slug = url
                        .trim_end_matches('/')
                        .rsplit('/')
                        .next()
                        .map(|s| s.trim_end_matches(".html").to_string());
                    let url = if url.starts_with('/') || url.contains("://") {
                        url
                    } else {
                        format!("/{url}")
                    };
                    item.aliases.push(url);
                }
            }
            "slug" => item.slug = string(value),
            "draft" => item.draft = value.as_bool().unwrap_or(false),
            "translationkey" => item.translation = string(value),
            k if KEPT.contains(&k) => {
                item.facts.insert(k.to_string(), value.clone());
            }
            "extra" | "params" => {
                if let Value::Object(map) = value {
                    for (k, v) in map {
                        item.extra.insert(k.clone(), v.clone());
                    }
                }
            }
            _ => {
                item.extra.insert(key.clone(), value.clone());
            }
        }
    }
    item.tags = tags;
    if item.title.is_empty() {
        item.title = path
            .rsplit('/')
            .nth(usize::from(path.contains("/index.")))
            .unwrap_or(path)
            .split('.')
            .next()
            .unwrap_or("")
            .replace(['-', '_'], " ");
        if !path.contains("_index.") {
            item.leftovers
                .push(crate::msg!("import-untitled-file-name"));
        }
    }
    let (body, notes) = shortcodes(&body, &source.file, body_line, path, targets, sources);
    item.leftovers.extend(notes);
    let body = markdown_file_links(&body, source, path, targets, sources);
    let (body, removed) = attribute_lines(&body);
    if removed > 0 {
        item.leftovers
            .push(crate::msg!("import-hugo-attributes", count = removed));
    }
    item.body = Body::Markdown(body);
    if let Some(dir) = &target.bundle {
        item.resources = resources(archive, dir)?;
        data_file(archive, dir, &mut item)?;
    }
    let url = front
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("url"))
        .and_then(|(_, v)| string(v))
        .map(|u| {
            if u.starts_with('/') {
                u
            } else {
                format!("/{u}")
            }
        });
    Ok(Some((item, url)))
}

/// The folders and name of a file's address: `news/2014/meeting.md` →
/// `[news, 2014, meeting]`, a bundle's folder for `index.md`, the `slug`
/// for the last part where one is set.
fn address_parts(item: &Item, source: &Source, default: &str) -> Vec<String> {
    let mut parts: Vec<String> = source.rel.split('/').map(str::to_string).collect();
    let Some(last) = parts.pop() else {
        return parts;
    };
    let (stem, _) = split_name(&last, default);
    if stem != "index" {
        parts.push(stem);
    }
    if let Some(slug) = &item.slug {
        parts.pop();
        parts.push(slug.clone());
    }
    parts
}

/// Hugo's address for a file, from its path (`news/2014/meeting.md` →
/// `/news/2014/meeting/`, `/en/…` for another language); `None` for a
/// section's intro.
fn old_address(
    item: &Item,
    source: &Source,
    target: &Target,
    languages: &Languages,
    default: &str,
) -> Option<String> {
    let path = target.path.as_ref()?;
    if path.contains("_index.") {
        return None;
    }
    let prefix = lang_prefix(&target.lang, languages, default);
    let keep_case = languages.keep_case;
    if target.index_page {
        // A section's own address: its folders.
        let folders: Vec<String> = source
            .rel
            .rsplit_once('/')
            .map(|(dir, _)| dir.split('/').map(|p| urlize(p, keep_case)).collect())
            .unwrap_or_default();
        return Some(format!("{prefix}/{}/", folders.join("/")));
    }
    let section = source.rel.split_once('/').map(|(s, _)| s);
    if let Some(pattern) = section.and_then(|s| languages.permalinks.get(s)) {
        return permalink(pattern, item, source, default, keep_case)
            .map(|p| format!("{prefix}{p}"));
    }
    let parts = address_parts(item, source, default);
    if parts.is_empty() {
        return None;
    }
    let path_part: Vec<String> = parts.iter().map(|p| urlize(p, keep_case)).collect();
    if languages.ugly {
        return Some(format!("{prefix}/{}.html", path_part.join("/")));
    }
    Some(format!("{prefix}/{}/", path_part.join("/")))
}

/// `/sv` when Hugo served the language under its code, else nothing.
fn lang_prefix(lang: &str, languages: &Languages, default: &str) -> String {
    if languages.multilingual && (lang != default || languages.default_in_subdir) {
        format!("/{lang}")
    } else {
        String::new()
    }
}

/// Reports with no date in any language (legal in Hugo: archive pages)
/// become standalone pages, their bundle or file moved out of the section.
fn undated_to_pages(items: &mut [Item]) {
    let group = |path: &str| -> String {
        let stem = path.rsplit_once('.').map_or(path, |(s, _)| s);
        stem.rsplit_once('.').map_or(stem, |(s, _)| s).to_string()
    };
    let dated: std::collections::HashSet<String> = items
        .iter()
        .filter(|i| i.date.is_some() || i.day.is_some())
        .filter_map(|i| i.path.as_deref().map(group))
        .collect();
    let mut names: std::collections::HashSet<String> = items
        .iter()
        .filter_map(|i| i.path.as_deref())
        .filter_map(|p| p.split(['/', '.']).next().map(str::to_string))
        .collect();
    let mut moved: HashMap<String, String> = HashMap::new();
    for item in items.iter_mut() {
        let Some(path) = item.path.clone().filter(|p| !is_page(p)) else {
            continue;
        };
        let key = group(&path);
        if dated.contains(&key) {
            continue;
        }
        let parts: Vec<&str> = path.split('/').collect();
        let (name, rest) = match parts.as_slice() {
            [_, bundle, file] => (bundle.to_string(), format!("/{file}")),
            [_, file] => {
                let (stem, rest) = file.split_once('.').unwrap_or((file, "md"));
                (stem.to_string(), format!(".{rest}"))
            }
            _ => continue,
        };
        let name = moved
            .entry(key)
            .or_insert_with(|| {
                let mut n = 1;
                loop {
                    let candidate = if n == 1 {
                        name.clone()
                    } else {
                        format!("{name}-{n}")
                    };
                    if names.insert(candidate.clone()) {
                        break candidate;
                    }
                    n += 1;
                }
            })
            .clone();
        item.path = Some(format!("{name}{rest}"));
        item.page = true;
        item.leftovers.push(crate::msg!("import-hugo-no-date-page"));
    }
}

/// Links and photos given relative to the old page (`../../images/a.jpg`)
/// made absolute against its old address, as the browser read them: the
/// folders they climbed are gone once year folders are flattened.
fn relative_paths(body: &str, address: &str) -> String {
    let code = code_ranges(body);
    let base: Vec<&str> = address
        .trim_matches('/')
        .split('/')
        .filter(|p| !p.is_empty())
        .collect();
    let base = if address.ends_with('/') {
        base
    } else {
        base[..base.len().saturating_sub(1)].to_vec()
    };
    let mut out = String::with_capacity(body.len());
    let mut at = 0;
    while let Some(i) = body[at..].find("](../") {
        let start = at + i + 2;
        out.push_str(&body[at..start]);
        let end = body[start..]
            .find(|c: char| c == ')' || c.is_whitespace())
            .map_or(body.len(), |e| start + e);
        let link = &body[start..end];
        let path = link.split('#').next().unwrap_or(link);
        // A link to a Markdown file (a `ref` made it) is the new site's already.
        if code.iter().any(|r| r.contains(&start)) || path.ends_with(".md") {
            out.push_str(link);
        } else {
            let mut parts = base.clone();
            for part in link.split('/') {
                match part {
                    ".." => {
                        parts.pop();
                    }
                    "." => {}
                    p => parts.push(p),
                }
            }
            out.push('/');
            out.push_str(&parts.join("/"));
        }
        at = end;
    }
    out.push_str(&body[at..]);
    out
}

/// Aliases without a leading `/` made absolute as Hugo does: beside the
/// page's own address (`/news/2014/meeting/` + `old/` → `/news/2014/old/`).
fn resolve_relative_aliases(item: &mut Item, address: Option<&str>) {
    let base = address
        .map(|a| a.trim_end_matches('/'))
        .and_then(|a| a.rsplit_once('/'))
        .map_or("", |(parent, _)| parent)
        .to_string();
    for alias in &mut item.aliases {
        if !alias.starts_with('/') && !alias.contains("://") {
            *alias = format!("{base}/{alias}");
        }
    }
}

/// A bundle's data file: facts of the page (place, address, time) that
/// its Hugo theme showed.
const DATA_FILES: &[&str] = &["data.toml", "data.yaml", "data.yml", "data.json"];

/// The facts of a bundle's data file read into the page's front matter:
/// the place and address become `location`, the rest is kept under `extra`.
fn data_file(archive: &Archive, dir: &Path, item: &mut Item) -> Result<(), Diagnostic> {
    for name in DATA_FILES {
        let path = dir.join(name);
        let Some(real) = archive.inside(&path)? else {
            continue;
        };
        if !real.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(&real).map_err(|e| {
            Diagnostic::new(crate::msg!(
                "import-unreadable",
                file = shown(&path),
                error = e
            ))
        })?;
        let format = name.rsplit('.').next().unwrap_or("toml");
        let data = parse_data(&path, &text, format, 1)?;
        let mut place = Vec::new();
        let mut keys = Vec::new();
        for (key, value) in &data {
            let Some(text) = string(value) else {
                item.extra.insert(key.clone(), value.clone());
                keys.push(format!("extra.{key}"));
                continue;
            };
            match key.to_lowercase().as_str() {
                "location" | "place" | "venue" | "plats" | "where" | "lokal" => {
                    place.push((0, text))
                }
                "address" | "adress" | "street" => place.push((1, text)),
                "city" | "ort" => place.push((2, text)),
                _ => {
                    item.extra.insert(key.clone(), value.clone());
                    keys.push(format!("extra.{key}"));
                }
            }
        }
        // The place first, then its address and town.
        place.sort_by_key(|(rank, _)| *rank);
        let place: Vec<String> = place.into_iter().map(|(_, t)| t).collect();
        if !place.is_empty() && item.location.is_none() && !item.facts.contains_key("location") {
            item.location = Some(place.join(", "));
            keys.insert(0, "location".to_string());
        }
        item.leftovers.push(crate::msg!(
            "import-hugo-data-file",
            file = *name,
            keys = keys.join(", ")
        ));
    }
    Ok(())
}

/// Links written to another Markdown file of the Hugo site, relative to
/// this one (`[here](../other/index.md#part)`), turned into links to its
/// new file; others stay as written.
fn markdown_file_links(
    body: &str,
    source: &Source,
    new_path: &str,
    targets: &[Target],
    sources: &[Source],
) -> String {
    let code = code_ranges(body);
    let dir: Vec<&str> = source
        .rel
        .rsplit_once('/')
        .map(|(d, _)| d.split('/').collect())
        .unwrap_or_default();
    let mut out = String::with_capacity(body.len());
    let mut at = 0;
    while let Some(i) = body[at..].find("](") {
        let start = at + i + 2;
        out.push_str(&body[at..start]);
        let end = body[start..]
            .find(|c: char| c == ')' || c.is_whitespace())
            .map_or(body.len(), |e| start + e);
        let link = &body[start..end];
        let (file, anchor) = link.split_once('#').unwrap_or((link, ""));
        let relative = (file.ends_with(".md") || file.ends_with(".markdown"))
            && !file.starts_with('/')
            && !file.contains("://");
        let found = relative
            .then(|| {
                let mut parts = dir.clone();
                for part in file.split('/') {
                    match part {
                        ".." => {
                            parts.pop();
                        }
                        "." | "" => {}
                        p => parts.push(p),
                    }
                }
                let wanted = if anchor.is_empty() {
                    parts.join("/")
                } else {
                    format!("{}#{anchor}", parts.join("/"))
                };
                // Else as Hugo's `ref` reads it: from the content folder, or by its end.
                link_to(&wanted, new_path, targets, sources)
                    .or_else(|| link_to(link, new_path, targets, sources))
            })
            .flatten()
            .filter(|_| !code.iter().any(|r| r.contains(&start)));
        out.push_str(found.as_deref().unwrap_or(link));
        at = end;
    }
    out.push_str(&body[at..]);
    out
}

/// Goldmark's attribute lines (`{.center}` under a paragraph or photo,
/// `{#id}` after a heading) removed outside code; how many were.
fn attribute_lines(body: &str) -> (String, usize) {
    let code = code_ranges(body);
    let is_attributes = |text: &str| {
        let t = text.trim();
        let inner = t.strip_prefix('{').and_then(|t| t.strip_suffix('}'));
        inner.is_some_and(|inner| {
            let inner = inner.trim().trim_start_matches(':').trim_start();
            (inner.starts_with('.') || inner.starts_with('#'))
                && !inner.contains(['{', '}', '<', '>'])
        })
    };
    let mut out = String::with_capacity(body.len());
    let mut removed = 0;
    let mut at = 0;
    for line in body.split_inclusive('\n') {
        let start = at;
        at += line.len();
        if code.iter().any(|r| r.contains(&start)) {
            out.push_str(line);
            continue;
        }
        let text = line.trim_end_matches(['\n', '\r']);
        if is_attributes(text) {
            removed += 1;
            continue;
        }
        // After a heading or a photo on its line: `## Title {#id}`, `![a](b.jpg){.c}`.
        if let Some(open) = text.rfind('{') {
            let (before, attrs) = text.split_at(open);
            let trimmed = before.trim_end();
            if is_attributes(attrs)
                && (text.trim_start().starts_with('#') || trimmed.ends_with(')'))
                && !trimmed.is_empty()
            {
                removed += 1;
                out.push_str(trimmed);
                out.push_str(&line[text.len()..]);
                continue;
            }
        }
        out.push_str(line);
    }
    (out, removed)
}

/// The files of a leaf bundle besides its Markdown, none from outside the site.
fn resources(archive: &Archive, dir: &Path) -> Result<Vec<(String, PathBuf)>, Diagnostic> {
    Ok(archive
        .files(dir)?
        .into_iter()
        .filter(|(p, _)| p.extension().is_none_or(|x| x != "md"))
        .filter(|(p, _)| {
            p.parent() != Some(dir)
                || !p
                    .file_name()
                    .is_some_and(|n| DATA_FILES.iter().any(|d| n == *d))
        })
        .filter_map(|(p, real)| {
            let rel = p
                .strip_prefix(dir)
                .ok()?
                .to_string_lossy()
                .replace('\\', "/");
            crate::fs_safe::is_plain(&rel).then_some((rel, real))
        })
        .collect())
}

/// A shortcode's name and arguments: `figure src="a.jpg" caption="B"`.
fn shortcode_args(inner: &str) -> (String, Vec<String>, BTreeMap<String, String>) {
    let mut tokens = Vec::new();
    let mut chars = inner.trim().chars().peekable();
    let mut current = String::new();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), '\\') => {
                if let Some(next) = chars.next() {
                    current.push(next);
                }
            }
            (Some(_), c) => current.push(c),
            (None, '"' | '`') => quote = Some(c),
            (None, c) if c.is_whitespace() => {
                if !current.is_empty() {
                    tokens.push(std::mem::take(&mut current));
                }
            }
            (None, c) => current.push(c),
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    let mut iter = tokens.into_iter();
    let name = iter.next().unwrap_or_default();
    let mut positional = Vec::new();
    let mut named = BTreeMap::new();
    for token in iter {
        match token.split_once('=') {
            Some((k, v)) if !k.is_empty() && k.chars().all(|c| c.is_alphanumeric() || c == '_') => {
                named.insert(k.to_lowercase(), v.to_string());
            }
            _ => positional.push(token),
        }
    }
    (name, positional, named)
}

/// The common shortcodes turned into Markdown; the rest kept and noted by file and line.
fn shortcodes(
    body: &str,
    file: &Path,
    body_line: usize,
    new_path: &str,
    targets: &[Target],
    sources: &[Source],
) -> (String, Vec<String>) {
    let mut out = String::with_capacity(body.len());
    let mut notes = Vec::new();
    let mut rest = body;
    let mut consumed = 0;
    let code = code_ranges(body);
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let at = consumed + start;
        if code.iter().any(|r| r.contains(&at)) {
            // In code a shortcode is shown, not run: it stays as written.
            out.push_str(&rest[..start + 2]);
            consumed += start + 2;
            rest = after;
            continue;
        }
        let (open, close) = match after.trim_start().chars().next() {
            Some('<') => ('<', ">}}"),
            Some('%') => ('%', "%}}"),
            _ => {
                out.push_str(&rest[..start + 2]);
                consumed += start + 2;
                rest = after;
                continue;
            }
        };
        let leading = after.len() - after.trim_start().len();
        let Some(end) = after.find(close).filter(|&end| end > leading) else {
            out.push_str(&rest[..start + 2]);
            consumed += start + 2;
            rest = after;
            continue;
        };
        let inner = after.trim_start();
        let inner = &inner[1..inner.len() - (after.len() - end)];
        let line = body_line + body[..consumed + start].matches('\n').count();
        let (name, positional, named) = shortcode_args(inner);
        let arg = |key: &str, at: usize| {
            named
                .get(key)
                .cloned()
                .or_else(|| positional.get(at).cloned())
                .unwrap_or_default()
        };
        let replacement = match name.as_str() {
            "figure" | "img" | "image" => {
                let caption = named
                    .get("caption")
                    .or_else(|| named.get("title"))
                    .cloned()
                    .unwrap_or_default();
                let image = Image {
                    alt: named.get("alt").cloned().unwrap_or_else(|| caption.clone()),
                    // Themes name the photo `src`, `name`, `file`, `image` or `url`.
                    src: ["src", "name", "file", "image", "url", "path"]
                        .iter()
                        .find_map(|k| named.get(*k).cloned())
                        .or_else(|| positional.first().cloned())
                        .unwrap_or_default(),
                    title: caption,
                };
                Some(image.to_markdown())
            }
            // An id is a video's name, never markup: anything else stays as written.
            "youtube" => Some(arg("id", 0))
                .filter(|id| video_id(id))
                .map(|id| format!("<https://www.youtube.com/watch?v={id}>")),
            "vimeo" => Some(arg("id", 0))
                .filter(|id| video_id(id))
                .map(|id| format!("<https://vimeo.com/{id}>")),
            "ref" | "relref" => {
                let target = arg("path", 0);
                match link_to(&target, new_path, targets, sources) {
                    Some(link) => Some(link),
                    None => {
                        notes.push(format!(
                            "{}:{line}: {}",
                            file.display(),
                            crate::msg!(
                                "import-hugo-ref-nowhere",
                                shortcode = format!("{{{{< {name} \"{target}\" >}}}}")
                            )
                        ));
                        Some(target)
                    }
                }
            }
            _ => None,
        };
        out.push_str(&rest[..start]);
        match replacement {
            Some(text) => out.push_str(&text),
            None => {
                let written = &rest[start..start + 2 + end + close.len()];
                if !name.starts_with('/') && !name.starts_with("/*") {
                    notes.push(format!(
                        "{}:{line}: {}",
                        file.display(),
                        crate::msg!(
                            "import-hugo-shortcode-kept",
                            shortcode = format!("{{{{{open} {name} {close}")
                        )
                    ));
                }
                out.push_str(written);
            }
        }
        consumed += start + 2 + end + close.len();
        rest = &rest[start + 2 + end + close.len()..];
    }
    out.push_str(rest);
    (out, notes)
}

/// Whether `id` can name a YouTube or Vimeo video.
fn video_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Where `body` has code (spans and blocks), as Markdown reads it.
fn code_ranges(body: &str) -> Vec<std::ops::Range<usize>> {
    use pulldown_cmark::{Event, Parser, Tag};
    Parser::new_ext(body, super::inert::options())
        .into_offset_iter()
        .filter(|(event, _)| matches!(event, Event::Code(_) | Event::Start(Tag::CodeBlock(_))))
        .map(|(_, range)| range)
        .collect()
}

/// The relative link from `from` (a new path) to the file a Hugo `ref` names.
fn link_to(target: &str, from: &str, targets: &[Target], sources: &[Source]) -> Option<String> {
    let wanted = target.split('#').next().unwrap_or(target).trim_matches('/');
    let anchor = target.find('#').map_or("", |i| &target[i..]);
    let stem = |s: &str| {
        s.strip_suffix(".md")
            .or_else(|| s.strip_suffix(".markdown"))
            .unwrap_or(s)
            .to_string()
    };
    let wanted = stem(wanted);
    let found = sources.iter().zip(targets).find_map(|(s, t)| {
        let rel = stem(&s.rel);
        let rel = rel
            .rsplit_once('.')
            .filter(|(_, l)| is_language_code(l))
            .map_or(rel.clone(), |(r, _)| r.to_string());
        let bundle = rel.strip_suffix("/index").unwrap_or(&rel);
        let matches = rel == wanted
            || bundle == wanted
            || (wanted.contains('/') && rel.ends_with(&format!("/{wanted}")))
            || (!wanted.contains('/')
                && (rel.rsplit('/').next() == Some(wanted.as_str())
                    || bundle.rsplit('/').next() == Some(wanted.as_str())));
        matches.then_some(t.path.as_deref()).flatten()
    })?;
    let from_dir: Vec<&str> = from.split('/').collect();
    let from_dir = &from_dir[..from_dir.len().saturating_sub(1)];
    let to: Vec<&str> = found.split('/').collect();
    let common = from_dir.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<&str> = vec![".."; from_dir.len() - common];
    parts.extend(&to[common..]);
    Some(format!("{}{anchor}", parts.join("/")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcode_arguments_are_split() {
        let (name, pos, named) =
            shortcode_args(r#" figure src="a b.jpg" caption="Möte \"i\" Astana" "#);
        assert_eq!(name, "figure");
        assert!(pos.is_empty());
        assert_eq!(named["src"], "a b.jpg");
        assert_eq!(named["caption"], "Möte \"i\" Astana");
    }

    #[test]
    fn year_folders_are_flattened_and_clashes_numbered() {
        let source = |rel: &str| Source {
            file: PathBuf::from("content").join(rel),
            real: PathBuf::from("content").join(rel),
            rel: rel.to_string(),
            lang: None,
        };
        let sources = [
            source("news/2014/meeting.md"),
            source("news/2015/meeting.md"),
            source("news/2015/trip/index.en.md"),
            source("news/2015/_index.md"),
            source("about.md"),
        ];
        let paths: Vec<Option<String>> = targets(&sources, "sv")
            .into_iter()
            .map(|t| t.path)
            .collect();
        assert_eq!(
            paths,
            [
                Some("news/meeting.sv.md".to_string()),
                Some("news/meeting-2.sv.md".to_string()),
                Some("news/trip/index.en.md".to_string()),
                None,
                Some("about.sv.md".to_string()),
            ]
        );
    }

    #[test]
    fn shortcodes_in_code_stay_as_written() {
        let body = "Så här: `{{< youtube abc >}}`\n\n```\n{{< figure src=\"a.jpg\" >}}\n```\n\n    {{< vimeo 1 >}}\n\nMen {{< youtube xyz >}}.\n";
        let (out, notes) = shortcodes(body, Path::new("x.md"), 1, "x.sv.md", &[], &[]);
        assert!(out.contains("`{{< youtube abc >}}`"), "{out}");
        assert!(
            out.contains("```\n{{< figure src=\"a.jpg\" >}}\n```"),
            "{out}"
        );
        assert!(out.contains("    {{< vimeo 1 >}}"), "{out}");
        assert!(
            out.contains("Men <https://www.youtube.com/watch?v=xyz>."),
            "{out}"
        );
        assert!(notes.is_empty(), "{notes:?}");
    }

    #[test]
    fn odd_shortcodes_do_not_break_the_text() {
        let (out, _) = shortcodes(
            "a {{%}} b {{< >}} {{<",
            Path::new("x.md"),
            1,
            "x.sv.md",
            &[],
            &[],
        );
        assert!(out.starts_with("a {{%}} b"), "{out}");
    }

    #[test]
    fn hugo_dates_are_read() {
        assert_eq!(
            date("2014-05-26").map(|d| d.1),
            NaiveDate::from_ymd_opt(2014, 5, 26)
        );
        assert!(date("2014-05-26T10:00:00+02:00")
            .and_then(|d| d.0)
            .is_some());
        assert_eq!(
            date("2014-05-26 10:00:00").map(|d| d.1),
            NaiveDate::from_ymd_opt(2014, 5, 26)
        );
    }
}
