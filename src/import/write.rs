//! Writing imported posts as page bundles: front matter, Markdown, photos.
//!
//! A file is written only where none is; a file that is there stays as it
//! is, so importing the same export twice changes nothing and a newer
//! export adds only its new posts. `.rapport-import` at the site root lists
//! what earlier imports wrote, so the summary can tell a post imported
//! before from a file of the author's that stands in the way.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::path::Path;

use serde::Serialize;

use super::html::{self, Image};
use super::images::{self, Store};
use super::{Body, Comments, ImportOptions, Item, Read};
use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// The record of files written by imports, at the site root.
pub(crate) const RECORD: &str = ".rapport-import";

/// What an import did.
#[derive(Debug, Default)]
pub struct Summary {
    /// Reports written.
    pub posts: usize,
    /// Standalone pages written.
    pub pages: usize,
    /// Of those, drafts.
    pub drafts: usize,
    /// Posts and pages already imported, left as they are.
    pub already: usize,
    /// Files of the site in the way, not overwritten.
    pub in_the_way: Vec<String>,
    /// Photos copied into bundles.
    pub photos_copied: usize,
    /// Other files copied: a bundle's files, `static/`.
    pub files_copied: usize,
    /// Photos left on the old site: (file, address).
    pub photos_remote: Vec<(String, String)>,
    /// Readers' comments left out.
    pub comments_dropped: usize,
    /// Readers' comments appended to their posts.
    pub comments_appended: usize,
    /// Entries that are not content, by kind.
    pub skipped: BTreeMap<String, usize>,
    /// What could not be converted, by written file (or export position).
    pub leftovers: BTreeMap<String, Vec<String>>,
    /// Files written, relative to the root.
    pub written: Vec<String>,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line =
            |f: &mut fmt::Formatter<'_>, n: usize, what: String| writeln!(f, "  {n:>5}  {what}");
        writeln!(f, "{}", crate::msg!("import-summary"))?;
        line(
            f,
            self.posts,
            crate::msg!("import-summary-reports", count = self.posts),
        )?;
        line(
            f,
            self.pages,
            crate::msg!("import-summary-pages", count = self.pages),
        )?;
        line(
            f,
            self.drafts,
            crate::msg!("import-summary-drafts", count = self.drafts),
        )?;
        line(
            f,
            self.already,
            crate::msg!("import-summary-already", count = self.already),
        )?;
        line(
            f,
            self.photos_copied,
            crate::msg!("import-summary-photos-copied", count = self.photos_copied),
        )?;
        if self.files_copied > 0 {
            line(
                f,
                self.files_copied,
                crate::msg!("import-summary-files-copied", count = self.files_copied),
            )?;
        }
        let remote = self.photos_remote.len();
        line(
            f,
            remote,
            crate::msg!("import-summary-photos-remote", count = remote),
        )?;
        if self.comments_appended > 0 {
            line(
                f,
                self.comments_appended,
                crate::msg!(
                    "import-summary-comments-appended",
                    count = self.comments_appended
                ),
            )?;
        }
        line(
            f,
            self.comments_dropped,
            crate::msg!(
                "import-summary-comments-dropped",
                count = self.comments_dropped
            ),
        )?;
        for (kind, n) in &self.skipped {
            line(f, *n, crate::msg!("import-summary-skipped", kind = kind))?;
        }
        if !self.in_the_way.is_empty() {
            writeln!(f, "\n{}", crate::msg!("import-summary-in-the-way"))?;
            for file in &self.in_the_way {
                writeln!(f, "  {file}")?;
            }
        }
        if !self.photos_remote.is_empty() {
            writeln!(f, "\n{}", crate::msg!("import-summary-remote-list"))?;
            for (file, url) in &self.photos_remote {
                writeln!(f, "  {file}: {url}")?;
            }
        }
        if !self.leftovers.is_empty() {
            writeln!(f, "\n{}", crate::msg!("import-summary-by-hand"))?;
            for (file, list) in &self.leftovers {
                for what in list {
                    writeln!(f, "  {file}: {what}")?;
                }
            }
        }
        Ok(())
    }
}

/// The front matter of an imported file, in rapport's key order.
#[derive(Serialize)]
struct Front<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publish_date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<Author<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tags: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<&'a str>,
    #[serde(flatten)]
    facts: &'a BTreeMap<String, serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cover: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    translation: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    slug: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    draft: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    aliases: Vec<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    extra: &'a BTreeMap<String, serde_json::Value>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Author<'a> {
    One(&'a str),
    Many(&'a [String]),
}

struct Writer<'a> {
    root: &'a Path,
    config: &'a Config,
    opts: &'a ImportOptions,
    store: Option<Store>,
    base_url: Option<String>,
    record: BTreeSet<String>,
    tags: HashMap<String, String>,
    taken: HashSet<String>,
    /// The new file of each old address (a path), for links between posts.
    moved: HashMap<String, String>,
    summary: Summary,
    problems: Vec<Diagnostic>,
}

/// Writes what was read into the site at `opts.root`.
pub(super) fn write(
    config: &Config,
    opts: &ImportOptions,
    read: Read,
    store: Option<Store>,
) -> Result<Summary, Diagnostics> {
    let store = match (store, read.photos) {
        (Some(mut a), Some(b)) => {
            a.merge(b);
            Some(a)
        }
        (a, b) => a.or(b),
    };
    let record = std::fs::read_to_string(opts.root.join(RECORD))
        .map(|t| t.lines().map(str::to_string).collect())
        .unwrap_or_default();
    let mut writer = Writer {
        root: &opts.root,
        config,
        opts,
        store,
        base_url: read.base_url,
        record,
        tags: HashMap::new(),
        taken: HashSet::new(),
        moved: HashMap::new(),
        summary: Summary {
            skipped: read.skipped,
            comments_dropped: read.stray_comments,
            ..Summary::default()
        },
        problems: Vec::new(),
    };
    let placed: Vec<Option<Placed>> = read.items.iter().map(|i| writer.place(i)).collect();
    for (item, placed) in read.items.iter().zip(&placed) {
        let Some(placed) = placed else { continue };
        for alias in aliases(&item.aliases, &mut Vec::new()) {
            writer
                .moved
                .entry(alias)
                .or_insert_with(|| placed.file.clone());
        }
    }
    for (item, placed) in read.items.into_iter().zip(placed) {
        if let Some(placed) = placed {
            writer.item(item, placed);
        }
    }
    for (from, to) in &read.copy_dirs {
        writer.copy_dir(from, to);
    }
    writer.save_record();
    let Writer {
        summary, problems, ..
    } = writer;
    if problems.is_empty() {
        Ok(summary)
    } else {
        Err(Diagnostics(problems))
    }
}

/// Where an item goes: its language, its date as written, its file.
struct Placed {
    lang: String,
    date: Option<String>,
    file: String,
}

impl Writer<'_> {
    /// The language, date and file of an item; `None` (noted) when it cannot be imported.
    fn place(&mut self, item: &Item) -> Option<Placed> {
        let lang = item
            .lang
            .clone()
            .or_else(|| self.opts.lang.clone())
            .unwrap_or_else(|| self.config.default_language.clone());
        if !self.config.languages.contains(&lang) {
            self.leftover(
                &item.origin,
                crate::msg!(
                    "import-left-out-language",
                    lang = lang,
                    languages = self.config.languages.join(", ")
                ),
            );
            return None;
        }
        let date = match (&item.date, &item.day) {
            (Some(dt), _) => Some((
                dt.date_naive(),
                dt.format("%Y-%m-%dT%H:%M:%S%:z").to_string(),
            )),
            (None, Some(day)) => Some((*day, day.format("%Y-%m-%d").to_string())),
            (None, None) => None,
        };
        let Some(file) = self.file_for(item, &lang, date.as_ref().map(|d| d.0)) else {
            self.leftover(&item.origin, crate::msg!("import-left-out-date"));
            return None;
        };
        Some(Placed {
            lang,
            date: date.map(|d| d.1),
            file,
        })
    }

    fn item(&mut self, mut item: Item, placed: Placed) {
        let Placed { lang, date, file } = placed;
        let dir = file.rsplit_once('/').map_or("", |(d, _)| d).to_string();
        let mut leftovers = std::mem::take(&mut item.leftovers);
        let mut markdown = match &item.body {
            Body::Html(text) => {
                let converted = html::to_markdown(text);
                leftovers.extend(converted.leftovers);
                converted.markdown
            }
            Body::Markdown(text) => text.clone(),
        };
        if !item.comments.is_empty() {
            match self.opts.comments {
                Comments::Drop => self.summary.comments_dropped += item.comments.len(),
                Comments::Append => {
                    markdown = self.with_comments(markdown, &item, &lang, &mut leftovers);
                }
            }
        }
        let markdown = self.links(&markdown, &file);
        let mut copies: Vec<(String, Vec<u8>)> = Vec::new();
        let markdown = self.photos(&markdown, &file, &mut copies);
        let cover = item
            .cover
            .as_deref()
            .map(|c| self.photo(c, &file, &mut copies))
            .or_else(|| html::images(&markdown).first().map(|(_, i)| i.src.clone()));
        let tags = self.tags(&item.tags);
        let aliases = aliases(&item.aliases, &mut leftovers);
        let front = Front {
            title: &item.title,
            date,
            publish_date: item.publish_date.as_deref(),
            author: match item.author.len() {
                0 => None,
                1 => Some(Author::One(&item.author[0])),
                _ => Some(Author::Many(&item.author)),
            },
            summary: item.summary.as_deref().filter(|s| !s.trim().is_empty()),
            tags,
            location: item.location.as_deref(),
            facts: &item.facts,
            cover,
            translation: item.translation.as_deref(),
            // Where the source names the file, its slug is kept apart from it.
            slug: item
                .path
                .as_ref()
                .and(item.slug.as_deref())
                .map(crate::transliterate::slugify)
                .filter(|s| !s.is_empty()),
            draft: item.draft,
            aliases,
            extra: &item.extra,
        };
        let yaml = serde_yaml::to_string(&front).unwrap_or_default();
        let text = format!("---\n{yaml}---\n\n{}", markdown.trim_start());
        let wrote = self.put(&file, text.as_bytes());
        if wrote {
            if item.page {
                self.summary.pages += 1;
            } else {
                self.summary.posts += 1;
            }
            if item.draft {
                self.summary.drafts += 1;
            }
            if self.opts.comments == Comments::Append {
                self.summary.comments_appended += item.comments.len();
            }
            for (name, bytes) in copies {
                if self.put(&format!("{dir}/{name}"), &bytes) {
                    self.summary.photos_copied += 1;
                }
            }
            for (name, from) in &item.resources {
                match std::fs::read(from) {
                    Ok(bytes) => {
                        if self.put(&format!("{dir}/{name}"), &bytes) {
                            self.summary.files_copied += 1;
                        }
                    }
                    Err(e) => leftovers.push(crate::msg!(
                        "import-copy-failed",
                        file = from.display(),
                        error = e
                    )),
                }
            }
        }
        if !leftovers.is_empty() {
            self.summary
                .leftovers
                .entry(file.clone())
                .or_default()
                .extend(leftovers);
        }
    }

    /// The file an item goes to, relative to the root, unique in this import.
    fn file_for(
        &mut self,
        item: &Item,
        lang: &str,
        day: Option<chrono::NaiveDate>,
    ) -> Option<String> {
        if let Some(path) = &item.path {
            let file = format!("content/{path}");
            self.taken.insert(file.clone());
            return Some(file);
        }
        let base = item
            .slug
            .as_deref()
            .map(crate::transliterate::slugify)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| crate::transliterate::slugify(&item.title));
        let base = if base.is_empty() { "post".into() } else { base };
        let stem = if item.page {
            if base == self.opts.section {
                format!("content/{base}-page")
            } else {
                format!("content/{base}")
            }
        } else {
            format!(
                "content/{}/{}-{base}",
                self.opts.section,
                day?.format("%Y-%m-%d")
            )
        };
        let mut n = 1;
        loop {
            let dir = if n == 1 {
                stem.clone()
            } else {
                format!("{stem}-{n}")
            };
            let file = format!("{dir}/index.{lang}.md");
            if self.taken.insert(file.clone()) {
                return Some(file);
            }
            n += 1;
        }
    }

    /// Tags with one spelling for each word across the import (`Hälsa` and `hälsa` are one).
    fn tags(&mut self, tags: &[String]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for tag in tags {
            let tag = tag.split_whitespace().collect::<Vec<_>>().join(" ");
            if tag.is_empty() {
                continue;
            }
            let key = crate::transliterate::slugify(&tag);
            let spelling = self.tags.entry(key).or_insert(tag).clone();
            if !out.contains(&spelling) {
                out.push(spelling);
            }
        }
        out
    }

    /// The Markdown with each photo found in the store pointing at its copy in the bundle.
    fn photos(
        &mut self,
        markdown: &str,
        file: &str,
        copies: &mut Vec<(String, Vec<u8>)>,
    ) -> String {
        let mut out = String::with_capacity(markdown.len());
        let mut at = 0;
        for (range, image) in html::images(markdown) {
            out.push_str(&markdown[at..range.start]);
            let src = self.photo(&image.src, file, copies);
            out.push_str(&Image { src, ..image }.to_markdown());
            at = range.end;
        }
        out.push_str(&markdown[at..]);
        out
    }

    /// The new address of one photo: a file in the bundle, or the old address (listed).
    fn photo(&mut self, url: &str, file: &str, copies: &mut Vec<(String, Vec<u8>)>) -> String {
        let url = if url.starts_with("//") {
            format!("https:{url}")
        } else if url.starts_with('/') {
            match &self.base_url {
                Some(base) if base.contains("://") => {
                    format!("{}{url}", base.trim_end_matches('/'))
                }
                _ => return url.to_string(),
            }
        } else if url.contains("://") {
            url.to_string()
        } else {
            return url.to_string();
        };
        let url = full_size(&url);
        let found = self.store.as_ref().and_then(|s| {
            let photo = s.find(&url)?;
            Some((photo.name.clone(), photo.bytes()))
        });
        match found {
            Some((name, Ok(bytes))) => {
                let name = images::safe_name(&name);
                if !copies.iter().any(|(n, _)| *n == name) {
                    copies.push((name.clone(), bytes));
                }
                name
            }
            Some((name, Err(e))) => {
                self.leftover(
                    file,
                    crate::msg!("import-photo-unreadable", name = name, error = e),
                );
                url
            }
            None => {
                let entry = (file.to_string(), url.clone());
                if !self.summary.photos_remote.contains(&entry) {
                    self.summary.photos_remote.push(entry);
                }
                url
            }
        }
    }

    fn with_comments(
        &mut self,
        mut markdown: String,
        item: &Item,
        lang: &str,
        leftovers: &mut Vec<String>,
    ) -> String {
        let heading = if lang == "sv" {
            "Kommentarer"
        } else {
            "Comments"
        };
        markdown.push_str(&format!("\n## {heading}\n"));
        for comment in &item.comments {
            let converted = html::to_markdown(&comment.html);
            leftovers.extend(converted.leftovers);
            let when = comment
                .date
                .map(|d| format!(", {}", d.format("%Y-%m-%d")))
                .unwrap_or_default();
            let who = if comment.author.is_empty() {
                "?".to_string()
            } else {
                comment.author.clone()
            };
            let quoted: String = converted
                .markdown
                .trim()
                .lines()
                .map(|l| format!("> {l}\n").replace("> \n", ">\n"))
                .collect();
            markdown.push_str(&format!("\n**{who}**{when}:\n\n{quoted}"));
        }
        markdown
    }

    /// Links to other imported posts at their old address turned into links to their new files.
    fn links(&self, markdown: &str, file: &str) -> String {
        let mut out = String::with_capacity(markdown.len());
        let mut rest = markdown;
        while let Some(i) = rest.find("](") {
            let (before, after) = rest.split_at(i + 2);
            out.push_str(before);
            let end = after
                .find(|c: char| c == ')' || c.is_whitespace())
                .unwrap_or(after.len());
            let url = &after[..end];
            let is_image = before[..i]
                .rfind('[')
                .is_some_and(|open| before[..open].ends_with('!'));
            match self.moved_to(url).filter(|_| !is_image) {
                Some((target, fragment)) => {
                    out.push_str(&relative_link(file, &target));
                    out.push_str(&fragment);
                }
                None => out.push_str(url),
            }
            rest = &after[end..];
        }
        out.push_str(rest);
        out
    }

    /// The new file an old address of this export leads to, and its `#fragment`.
    fn moved_to(&self, url: &str) -> Option<(String, String)> {
        let (url, fragment) = match url.find('#') {
            Some(i) => (&url[..i], url[i..].to_string()),
            None => (url, String::new()),
        };
        let path = if let Some((_, rest)) = url.split_once("://") {
            let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
            let base = self.base_url.as_deref()?.split_once("://")?.1;
            let base_host = base.split('/').next().unwrap_or(base);
            if !same_site(host, base_host) {
                return None;
            }
            path
        } else if url.starts_with('/') && !url.starts_with("//") {
            url
        } else {
            return None;
        };
        // Blogger's mobile view (`?m=1`) is the same post.
        let path = path.split('?').next().unwrap_or(path);
        let path = images::percent_decode(if path.is_empty() { "/" } else { path });
        let target = self.moved.get(&path).or_else(|| {
            let other = match path.strip_suffix('/') {
                Some(p) => p.to_string(),
                None => format!("{path}/"),
            };
            self.moved.get(&other)
        })?;
        Some((target.clone(), fragment))
    }

    /// Writes `bytes` to `rel` unless a file is there; true when written.
    fn put(&mut self, rel: &str, bytes: &[u8]) -> bool {
        let path = self.root.join(rel);
        if let Ok(existing) = std::fs::read(&path) {
            if existing == bytes || self.record.contains(rel) {
                if rel.ends_with(".md") {
                    self.summary.already += 1;
                }
            } else {
                self.summary.in_the_way.push(rel.to_string());
            }
            return false;
        }
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, bytes));
        match written {
            Ok(()) => {
                self.record.insert(rel.to_string());
                self.summary.written.push(rel.to_string());
                true
            }
            Err(e) => {
                self.problems.push(
                    Diagnostic::in_file(rel, crate::msg!("import-unwritable", error = e))
                        .help(crate::msg!("import-unwritable.help")),
                );
                false
            }
        }
    }

    fn copy_dir(&mut self, from: &Path, to: &Path) {
        for entry in walkdir::WalkDir::new(from)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
        {
            let Ok(inside) = entry.path().strip_prefix(from) else {
                continue;
            };
            let rel = to.join(inside);
            let rel = rel.to_string_lossy().replace('\\', "/");
            match std::fs::read(entry.path()) {
                Ok(bytes) => {
                    if self.put(&rel, &bytes) {
                        self.summary.files_copied += 1;
                    }
                }
                Err(e) => self.leftover(&rel, crate::msg!("import-not-copied", error = e)),
            }
        }
    }

    fn leftover(&mut self, key: &str, what: String) {
        self.summary
            .leftovers
            .entry(key.to_string())
            .or_default()
            .push(what);
    }

    fn save_record(&mut self) {
        if self.summary.written.is_empty() {
            return;
        }
        let mut text = String::from(
            "# Files written by `rapport import`; a later import leaves them as they are.\n",
        );
        for file in &self.record {
            if !file.starts_with('#') {
                text.push_str(file);
                text.push('\n');
            }
        }
        if let Err(e) = std::fs::write(self.root.join(RECORD), text) {
            self.problems.push(
                Diagnostic::in_file(RECORD, crate::msg!("import-record-unwritable", error = e))
                    .help(crate::msg!("import-record-unwritable.help")),
            );
        }
    }
}

/// The path part of old addresses, as `aliases`; addresses a static site
/// cannot answer (with `?p=123`) are noted instead.
fn aliases(urls: &[String], leftovers: &mut Vec<String>) -> Vec<String> {
    let mut out = Vec::new();
    for url in urls {
        let path = match url.split_once("://") {
            Some((_, rest)) => match rest.find('/') {
                Some(i) => &rest[i..],
                None => "/",
            },
            None => url.as_str(),
        };
        let path = path.split('#').next().unwrap_or(path);
        if path.contains('?') {
            leftovers.push(crate::msg!("import-alias-query", url = url));
            continue;
        }
        if path == "/" || path.is_empty() {
            continue;
        }
        let path = if path.starts_with('/') {
            path.to_string()
        } else {
            format!("/{path}")
        };
        let path = images::percent_decode(&path);
        if !out.contains(&path) {
            out.push(path);
        }
    }
    out
}

/// Whether two host names are one site: `www.` and Blogger's country
/// domains (`x.blogspot.se` for `x.blogspot.com`) aside.
fn same_site(a: &str, b: &str) -> bool {
    let norm = |h: &str| {
        let h = h.to_ascii_lowercase();
        let h = h.strip_prefix("www.").unwrap_or(&h).to_string();
        match h.split_once(".blogspot.") {
            Some((name, _)) => format!("{name}.blogspot"),
            None => h,
        }
    };
    norm(a) == norm(b)
}

/// The link from the file `from` to the file `to`, both relative to the root.
fn relative_link(from: &str, to: &str) -> String {
    let from: Vec<&str> = from.split('/').collect();
    let from = &from[..from.len().saturating_sub(1)];
    let to: Vec<&str> = to.split('/').collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<&str> = vec![".."; from.len() - common];
    parts.extend(&to[common..]);
    parts.join("/")
}

/// Blogger's scaled photo addresses (`/s320/`, `/w640-h480/`) turned into the full-size one (`/s1600/`).
pub(crate) fn full_size(url: &str) -> String {
    let lower = url.to_lowercase();
    if !(lower.contains(".bp.blogspot.com/") || lower.contains("googleusercontent.com/")) {
        return url.to_string();
    }
    let mut parts: Vec<&str> = url.split('/').collect();
    let n = parts.len();
    if n >= 2 {
        let size = parts[n - 2];
        let scaled = size.split('-').all(|p| {
            let mut chars = p.chars();
            chars.next().is_some_and(|c| "swhc".contains(c))
                && !chars.as_str().is_empty()
                && chars.all(|c| c.is_ascii_digit())
        });
        if scaled && size != "s1600" {
            parts[n - 2] = "s1600";
        }
    }
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blogger_photos_are_asked_for_at_full_size() {
        assert_eq!(
            full_size("https://1.bp.blogspot.com/-a/b/s320/IMG_1.JPG"),
            "https://1.bp.blogspot.com/-a/b/s1600/IMG_1.JPG"
        );
        assert_eq!(
            full_size("https://blogger.googleusercontent.com/img/b/x/w640-h426/IMG_1.JPG"),
            "https://blogger.googleusercontent.com/img/b/x/s1600/IMG_1.JPG"
        );
        assert_eq!(
            full_size("https://example.org/s320/a.jpg"),
            "https://example.org/s320/a.jpg"
        );
        assert_eq!(
            full_size("https://1.bp.blogspot.com/ä-1/b/a.jpg"),
            "https://1.bp.blogspot.com/ä-1/b/a.jpg"
        );
    }

    #[test]
    fn links_between_files_are_relative() {
        assert_eq!(
            relative_link(
                "content/reports/b/index.sv.md",
                "content/reports/a/index.sv.md"
            ),
            "../a/index.sv.md"
        );
        assert_eq!(
            relative_link("content/om/index.sv.md", "content/reports/a/index.sv.md"),
            "../reports/a/index.sv.md"
        );
        assert!(same_site("halsa.blogspot.se", "halsa.blogspot.com"));
        assert!(same_site("www.example.org", "example.org"));
        assert!(!same_site("other.blogspot.com", "halsa.blogspot.com"));
    }

    #[test]
    fn aliases_are_paths_and_queries_are_noted() {
        let mut notes = Vec::new();
        let got = aliases(
            &[
                "http://x.blogspot.com/2014/05/kazakstan.html".into(),
                "http://example.org/?p=12".into(),
            ],
            &mut notes,
        );
        assert_eq!(got, vec!["/2014/05/kazakstan.html"]);
        assert_eq!(notes.len(), 1);
    }
}
