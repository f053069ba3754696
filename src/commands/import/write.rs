//! Writing imported posts as page bundles: front matter, Markdown, photos.
//!
//! A file is written only where none is; a file that is there stays as it
//! is, so importing the same export twice changes nothing and a newer
//! export adds only its new posts. `.rapport-import` at the site root lists
//! what earlier imports wrote, so the summary can tell a post imported
//! before from a file of the author's that stands in the way.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::Path;

use serde::Serialize;

use super::html::{self, Image};
use super::images::{self, Store};
use super::inert::{self, Trust};
use super::plan::Addresses;
use super::safety::{self, Fix, Ref};
use super::{Body, Comments, ImportOptions, Item, Read};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::fs_safe;
use crate::input::config::Config;

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
    /// Readers' comments written for Isso, and the file they are in.
    pub comments_isso: (usize, Option<String>),
    /// Entries that are not content, by kind.
    pub skipped: BTreeMap<String, usize>,
    /// What could not be converted, by written file (or export position).
    pub leftovers: BTreeMap<String, Vec<String>>,
    /// Files written, relative to the root.
    pub written: Vec<String>,
    /// Files an earlier import wrote, brought up to date.
    pub updated: usize,
    /// Files an earlier import wrote that were changed since: left as they are.
    pub edited: Vec<String>,
    /// `init`'s sample pages replaced or removed.
    pub placeholders: Vec<String>,
    /// Old addresses of the source (pages and listings).
    pub addresses_found: usize,
    /// Of those, the ones that still answer: a page or a redirect.
    pub addresses_kept: usize,
    /// Old addresses that get no redirect, and why.
    pub addresses_lost: Vec<(String, String)>,
    /// Old addresses two imported pages had, counted once and kept by
    /// the first: the address, and which page keeps it.
    pub addresses_shared: Vec<(String, String)>,
    /// Photos without alternative text in the files written.
    pub photos_no_alt: usize,
    /// What the summary says first (the language chosen, …).
    pub notes: Vec<String>,
    /// Links and images changed so that the site builds: the file, what
    /// was changed and why.
    pub changed: Vec<(String, String, String)>,
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
        if self.updated > 0 {
            line(
                f,
                self.updated,
                crate::msg!("import-summary-updated", count = self.updated),
            )?;
        }
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
        if let (n, Some(file)) = &self.comments_isso {
            line(
                f,
                *n,
                crate::msg!("import-summary-comments-isso", count = *n, file = file),
            )?;
            writeln!(
                f,
                "         {}",
                crate::msg!("import-isso-next", file = file)
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
        if self.photos_no_alt > 0 {
            line(
                f,
                self.photos_no_alt,
                crate::msg!("import-summary-no-alt", count = self.photos_no_alt),
            )?;
        }
        line(
            f,
            self.addresses_found,
            crate::msg!(
                "import-summary-addresses",
                count = self.addresses_found,
                kept = self.addresses_kept
            ),
        )?;
        // Names and addresses come from the archive: no control character
        // (a terminal's escape sequence) is printed.
        let clean = |text: &str| text.chars().filter(|c| !c.is_control()).collect::<String>();
        for note in &self.notes {
            writeln!(f, "\n{}", clean(note))?;
        }
        if !self.placeholders.is_empty() {
            writeln!(f, "\n{}", crate::msg!("import-summary-placeholders"))?;
            for file in &self.placeholders {
                writeln!(f, "  {}", clean(file))?;
            }
        }
        if !self.edited.is_empty() {
            writeln!(f, "\n{}", crate::msg!("import-summary-edited"))?;
            for file in &self.edited {
                writeln!(f, "  {}", clean(file))?;
            }
        }
        if !self.addresses_lost.is_empty() {
            writeln!(f, "\n{}", crate::msg!("import-summary-addresses-lost"))?;
            for (address, why) in &self.addresses_lost {
                writeln!(f, "  {}: {}", clean(address), clean(why))?;
            }
        }
        if !self.addresses_shared.is_empty() {
            writeln!(f, "\n{}", crate::msg!("import-summary-addresses-shared"))?;
            for (address, why) in &self.addresses_shared {
                writeln!(f, "  {}: {}", clean(address), clean(why))?;
            }
        }
        if !self.in_the_way.is_empty() {
            writeln!(f, "\n{}", crate::msg!("import-summary-in-the-way"))?;
            for file in &self.in_the_way {
                writeln!(f, "  {}", clean(file))?;
            }
        }
        if !self.photos_remote.is_empty() {
            writeln!(f, "\n{}", crate::msg!("import-summary-remote-list"))?;
            for (file, url) in &self.photos_remote {
                writeln!(f, "  {}: {}", clean(file), clean(url))?;
            }
        }
        if !self.changed.is_empty() {
            writeln!(f, "\n{}", crate::msg!("import-summary-changed"))?;
            for (file, what, why) in &self.changed {
                writeln!(f, "  {}: {} ({})", clean(file), clean(what), clean(why))?;
            }
        }
        if !self.leftovers.is_empty() {
            writeln!(f, "\n{}", crate::msg!("import-summary-by-hand"))?;
            for (file, list) in &self.leftovers {
                for what in list {
                    writeln!(f, "  {}: {}", clean(file), clean(what))?;
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
    /// Files earlier imports wrote, with the hash of what was written.
    record: BTreeMap<String, Option<String>>,
    /// The export's language, when it is one of the site's.
    export_lang: Option<String>,
    /// `init`'s untouched sample pages: replaced or removed.
    placeholders: Vec<String>,
    /// The old addresses each item keeps as `aliases`, by item.
    kept_aliases: Vec<Vec<String>>,
    /// Output files claimed by old addresses so far, and by which file.
    claimed: HashMap<String, String>,
    tags: HashMap<String, String>,
    taken: HashSet<String>,
    /// The addresses of the site's pages and of those planned so far.
    addresses: Addresses,
    /// Files given another name than their own, and why.
    renamed: HashMap<String, String>,
    /// The photos listed as still on the old site.
    remote: HashSet<(String, String)>,
    /// The new file of each old address (a path), for links between posts.
    moved: HashMap<String, String>,
    /// The files to write, in order: nothing is written until all are known.
    plan: Vec<(String, Content, Option<Vec<u8>>)>,
    planned: HashSet<String>,
    summary: Summary,
    problems: Vec<Diagnostic>,
    /// Readers' comments for Isso, by report (`--comments isso`).
    isso: Vec<super::isso::Thread>,
    /// What the new site will answer, for the safety net.
    known: Known,
    /// Files of the old site its pages link to, copied into `static/`.
    extra_static: Vec<(std::path::PathBuf, String)>,
}

/// What the new site will have, and where the old site's files are: what
/// the safety net needs to tell a link that will work from one that will not.
#[derive(Default)]
struct Known {
    /// Tag pages the build will write: (language, slug).
    tag_pages: HashSet<(String, String)>,
    /// Old listing addresses and their new ones.
    listings: HashMap<String, String>,
    /// Files planned under `static/`.
    statics: HashSet<String>,
    /// Folders of the old site's files, by address prefix.
    sources: Vec<(String, std::path::PathBuf)>,
    source_root: Option<std::path::PathBuf>,
    /// The address names of the old site's term pages.
    taxonomies: Vec<String>,
    /// The old site's languages.
    old_languages: Vec<String>,
    /// The old site's path (`/blog/`), without its last `/`; empty at the root.
    old_base: String,
    /// The old site's address (`https://example.org/blog/`, or its host
    /// alone): a link to it by its full address is a link of the site.
    old_url: Option<String>,
    /// The address segment of tag pages in each language (`topics`, `amnen`).
    tag_segment: HashMap<String, String>,
    /// The tags of the import, by slug.
    tag_names: HashMap<String, String>,
    /// The site's `terms.yaml`: a tag's name in each language.
    terms: Option<crate::input::terms::Terms>,
}

impl Known {
    /// An old address as a path from the host: under the old site's path
    /// unless it says it already (an export's full addresses do).
    fn full(&self, old: &str) -> String {
        let base = &self.old_base;
        if base.is_empty() || old.starts_with(&format!("{base}/")) {
            old.to_string()
        } else {
            format!("{base}{old}")
        }
    }

    /// What follows the host in `url` (`/tags/x/?a#b`), when `url` is a
    /// full address on the old site's host; `None` for another site.
    fn on_old_site<'u>(&self, url: &'u str) -> Option<&'u str> {
        let (_, rest) = url.split_once("://")?;
        let (host, path) = rest.split_at(rest.find(['/', '?', '#']).unwrap_or(rest.len()));
        let base = self.old_url.as_deref()?.split_once("://")?.1;
        same_site(host, base.split('/').next().unwrap_or(base)).then_some(path)
    }

    fn tags_in(&self, lang: &str) -> &str {
        self.tag_segment.get(lang).map_or("tags", String::as_str)
    }

    /// The slug of `tag`'s page in `lang`, as the build makes it: from
    /// its name in that language when `terms.yaml` links it.
    fn tag_slug(&self, lang: &str, tag: &str) -> String {
        let linked = self.terms.as_ref().and_then(|t| t.find("tags", tag.trim()));
        let shown = match linked {
            Some((_, linked)) => linked.name_in(lang).unwrap_or_else(|| linked.original().1),
            None => tag.trim(),
        };
        crate::transliterate::slugify(shown)
    }
}

/// Where the bytes of a file to write come from.
pub(super) enum Content {
    /// Made by the import (a post's Markdown).
    Bytes(Vec<u8>),
    /// A file of the archive (checked to be inside it) or of `--images`.
    File(std::path::PathBuf),
    /// A photo of the store (a file, or a zip entry whose sizes were checked).
    Photo(images::Place),
}

/// Writes what was read into the site at `opts.root`: first every file is
/// planned and checked (no link on its path, no address taken, no zip
/// entry over the limits), then all are written; a write that fails
/// anyway takes back the files written before it.
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
    let record = match fs_safe::read(&opts.root, RECORD) {
        Ok(bytes) => bytes
            .map(|b| read_record(&String::from_utf8_lossy(&b)))
            .unwrap_or_default(),
        Err(blocked) => return Err(Diagnostics::from(blocked.diagnostic(Path::new("")))),
    };
    let placeholders = placeholders(&opts.root);
    let skip: HashSet<String> = placeholders.iter().cloned().collect();
    let mut notes = Vec::new();
    let export_lang = match read.lang {
        Some(lang) if config.languages.contains(&lang) => Some(lang),
        Some(lang) if opts.lang.is_none() => {
            notes.push(crate::msg!(
                "import-export-lang-unknown",
                lang = lang,
                default = config.default_language.as_str()
            ));
            None
        }
        _ => None,
    };
    let old_url = read.base_url.clone().or(read.origin);
    let mut writer = Writer {
        root: &opts.root,
        config,
        opts,
        store,
        base_url: read.base_url,
        record,
        export_lang,
        placeholders,
        kept_aliases: Vec::new(),
        claimed: HashMap::new(),
        tags: HashMap::new(),
        taken: HashSet::new(),
        addresses: Addresses::of_site(&opts.root, config, &skip),
        renamed: HashMap::new(),
        remote: HashSet::new(),
        moved: HashMap::new(),
        plan: Vec::new(),
        planned: HashSet::new(),
        summary: Summary {
            skipped: read.skipped,
            comments_dropped: read.stray_comments,
            notes,
            ..Summary::default()
        },
        problems: Vec::new(),
        isso: Vec::new(),
        known: Known {
            statics: read.copy_files.iter().map(|(_, to)| to.clone()).collect(),
            sources: read.source_files,
            source_root: read.source_root,
            taxonomies: read.taxonomies,
            old_languages: read.old_languages,
            old_base: read
                .base_path
                .map(|b| format!("/{}", b.trim_matches('/')))
                .filter(|b| b != "/")
                .unwrap_or_default(),
            tag_segment: tag_segments(&opts.root, config),
            terms: crate::input::terms::Terms::load(&opts.root, config).ok(),
            old_url,
            ..Known::default()
        },
        extra_static: Vec::new(),
    };
    let placed: Vec<Option<Placed>> = read.items.iter().map(|i| writer.place(i)).collect();
    for (item, placed) in read.items.iter().zip(&placed) {
        let Some(placed) = placed.as_ref().filter(|_| !item.draft) else {
            continue;
        };
        for tag in &item.tags {
            let slug = writer.known.tag_slug(&placed.lang, tag);
            writer.known.tag_pages.insert((placed.lang.clone(), slug));
            writer
                .known
                .tag_names
                .entry(crate::transliterate::slugify(tag))
                .or_insert_with(|| tag.clone());
        }
    }
    for (old, new, _) in &read.listings {
        writer
            .known
            .listings
            .insert(writer.known.full(old), new.clone());
    }
    for (item, placed) in read.items.iter().zip(&placed) {
        let Some(placed) = placed else { continue };
        for alias in aliases(&item.aliases, &mut Vec::new()) {
            writer
                .moved
                .entry(writer.known.full(&alias))
                .or_insert_with(|| placed.file.clone());
        }
    }
    writer.plan_aliases(&read.items, &placed);
    let kept = std::mem::take(&mut writer.kept_aliases);
    for ((mut item, placed), kept) in read.items.into_iter().zip(placed).zip(kept) {
        if let Some(placed) = placed {
            item.aliases = kept;
            writer.item(item, placed);
        }
    }
    // A listing page whose language the export did not say: the posts' home.
    let home = writer
        .opts
        .lang
        .clone()
        .or_else(|| writer.export_lang.clone())
        .unwrap_or_else(|| config.default_language.clone());
    for (old, new, lang) in read.listings.into_iter().chain(read.pages) {
        if new.is_empty() {
            writer.listing(&old, &format!("/{home}/"), &home);
        } else {
            writer.listing(&old, &new, &lang);
        }
    }
    for (old, tag, lang) in read.terms {
        writer.term(&old, &tag, lang.as_deref());
    }
    let linked = std::mem::take(&mut writer.extra_static);
    for (from, to) in read.copy_files.into_iter().chain(linked) {
        if writer.put(&to, Content::File(from)) {
            writer.summary.files_copied += 1;
        }
    }
    if !writer.isso.is_empty() {
        let planned = writer.planned.clone();
        let name = super::isso::file_name(&opts.root, &|n| planned.contains(n));
        let count = writer.isso.iter().map(super::isso::Thread::len).sum();
        let xml = super::isso::wxr(&writer.isso);
        if writer.put(&name, Content::Bytes(xml.into_bytes())) {
            writer.summary.comments_isso = (count, Some(name));
        }
    }
    if !writer.problems.is_empty() {
        return Err(Diagnostics(writer.problems));
    }
    writer.commit()?;
    if writer.summary.posts + writer.summary.pages > 0 {
        writer.remove_placeholders();
    }
    second_look(&opts.root, &mut writer.summary);
    Ok(writer.summary)
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
            .or_else(|| self.export_lang.clone())
            .unwrap_or_else(|| self.config.default_language.clone());
        if let Body::Html(text) = &item.body {
            let lower = text.to_ascii_lowercase();
            let shows = ["<img", "<iframe", "<object", "<embed", "<video", "<audio"]
                .iter()
                .any(|t| lower.contains(t));
            if html::strip_tags(text).trim().is_empty() && !shows && item.cover.is_none() {
                let what = if item.page {
                    crate::msg!("import-kind-empty-pages")
                } else {
                    crate::msg!("import-kind-empty-posts")
                };
                *self.summary.skipped.entry(what).or_default() += 1;
                let title = if item.title.trim().is_empty() {
                    "?"
                } else {
                    item.title.as_str()
                };
                self.leftover(
                    &item.origin,
                    crate::msg!("import-left-out-empty", title = title),
                );
                return None;
            }
        }
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
            (None, Some(day)) => Some((*day, crate::dates::day(*day))),
            (None, None) => None,
        };
        let file = match self.file_for(item, &lang, date.as_ref().map(|d| d.0)) {
            Ok(file) => file,
            Err(why) => {
                self.leftover(&item.origin, why);
                return None;
            }
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
                // Pages have no comments section.
                Comments::Isso if item.page => {
                    self.summary.comments_dropped += item.comments.len();
                }
                Comments::Isso => {}
            }
        }
        let markdown = self.links(&markdown, &file);
        let mut copies: Vec<(String, images::Place)> = Vec::new();
        let markdown = self.photos(&markdown, &file, &mut copies);
        // The safety net: what the new site would not answer is rewritten, and said.
        let mut names: HashSet<String> = copies.iter().map(|(n, _)| n.clone()).collect();
        names.extend(item.resources.iter().map(|(n, _)| n.clone()));
        let address = item
            .address
            .clone()
            .or_else(|| item.aliases.first().cloned());
        let mut found: Vec<(String, std::path::PathBuf)> = Vec::new();
        let (markdown, changes) = safety::rewrite(&markdown, &mut |r| {
            self.safe(r, &file, &lang, address.as_deref(), &names, &mut found)
        });
        for c in changes {
            self.changed(&file, &c);
        }
        // What reaches the page is checked last, as the build will read it.
        let trust = match item.body {
            Body::Html(_) => Trust::Converted,
            Body::Markdown(_) => Trust::Markdown,
        };
        let (markdown, notes) = inert::inert(&markdown, trust);
        leftovers.extend(notes);
        let cover = item
            .cover
            .as_deref()
            .map(|c| self.photo(c, &file, &mut copies))
            .or_else(|| html::images(&markdown).first().map(|(_, i)| i.src.clone()))
            .filter(|c| {
                let ok = inert::cover_ok(c);
                if !ok {
                    leftovers.push(crate::msg!("import-link-unsafe", url = inert::shown(c)));
                }
                ok
            })
            .and_then(|c| {
                let r = safety::Ref {
                    dest: &c,
                    image: true,
                };
                match self.safe(r, &file, &lang, address.as_deref(), &names, &mut found) {
                    None => Some(c),
                    Some((fix, why)) => {
                        let change = safety::Change {
                            dest: c.clone(),
                            image: true,
                            fix: fix.clone(),
                            why,
                        };
                        self.changed(&file, &change);
                        match fix {
                            safety::Fix::To(new) => Some(new),
                            safety::Fix::Text => None,
                        }
                    }
                }
            });
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
        let bytes = text.into_bytes();
        let before = self.summary.updated;
        let wrote = self.put(&file, Content::Bytes(bytes.clone()));
        let updated = self.summary.updated > before;
        let existing = if wrote {
            None
        } else {
            fs_safe::read(self.root, &file).ok().flatten()
        };
        match existing.filter(|e| *e != bytes) {
            // Left as it was: its photos are where that file says.
            Some(existing) => {
                let existing = String::from_utf8_lossy(&existing);
                for (_, image) in html::images(&existing) {
                    if image.src.contains("://") {
                        let entry = (file.clone(), image.src.clone());
                        if self.remote.insert(entry.clone()) {
                            self.summary.photos_remote.push(entry);
                        }
                    }
                }
            }
            None => {
                self.summary.photos_no_alt += html::images(&markdown)
                    .iter()
                    .filter(|(_, i)| i.alt.trim().is_empty())
                    .count();
            }
        }
        if wrote {
            if !updated {
                if item.page {
                    self.summary.pages += 1;
                } else {
                    self.summary.posts += 1;
                }
            }
            if item.draft && !updated {
                self.summary.drafts += 1;
            }
            if self.opts.comments == Comments::Append {
                self.summary.comments_appended += item.comments.len();
            }
            if self.opts.comments == Comments::Isso && !item.page && !item.comments.is_empty() {
                let thread = super::isso::thread(&item, &file, &lang, &mut leftovers);
                self.isso.push(thread);
            }
            if let Some(why) = self.renamed.remove(&file) {
                leftovers.push(why);
            }
            for (name, place) in copies {
                if let Err(d) = place.check() {
                    self.problems.push(d);
                    continue;
                }
                if self.put(&format!("{dir}/{name}"), Content::Photo(place)) {
                    self.summary.photos_copied += 1;
                }
            }
            for (name, from) in item.resources.into_iter().chain(found) {
                if self.put(&format!("{dir}/{name}"), Content::File(from)) {
                    self.summary.files_copied += 1;
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

    /// The file an item goes to, relative to the root: unique in this
    /// import, and with an address no page of the site has. A name the
    /// import chooses gets a number when its address is taken (noted); a
    /// file the source names (Hugo) is left out then. The error says why
    /// the item is left out.
    fn file_for(
        &mut self,
        item: &Item,
        lang: &str,
        day: Option<chrono::NaiveDate>,
    ) -> Result<String, String> {
        if let Some(path) = &item.path {
            let file = format!("content/{path}");
            if !fs_safe::is_plain(&file) {
                return Err(crate::msg!("import-left-out-path", path = file));
            }
            let slug = item
                .slug
                .as_deref()
                .map(crate::transliterate::slugify)
                .filter(|s| !s.is_empty());
            let absent = |rel: &str| {
                matches!(
                    fs_safe::state(self.root, &format!("content/{rel}")),
                    Ok(fs_safe::State::Absent)
                )
            };
            let mut chosen = path.clone();
            if absent(path) {
                if let Some(clash) = self.addresses.clash(path, slug.as_deref()) {
                    // Another name beside it: `x-2/index.sv.md`, `x-2.sv.md`.
                    let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
                    let numbered = (2..100).find_map(|n| {
                        let other = if name.starts_with("index.") {
                            format!("{dir}-{n}/{name}")
                        } else {
                            let (stem, rest) = name.split_once('.').unwrap_or((name, "md"));
                            let stem = format!("{stem}-{n}.{rest}");
                            if dir.is_empty() {
                                stem
                            } else {
                                format!("{dir}/{stem}")
                            }
                        };
                        let free = !self.taken.contains(&format!("content/{other}"))
                            && absent(&other)
                            && self.addresses.clash(&other, None).is_none();
                        free.then_some(other)
                    });
                    let Some(other) = numbered.filter(|_| slug.is_none()) else {
                        return Err(crate::msg!(
                            "import-left-out-clash",
                            clash = clash.describe()
                        ));
                    };
                    self.renamed.insert(
                        format!("content/{other}"),
                        crate::msg!("import-renamed", clash = clash.describe()),
                    );
                    chosen = other;
                }
            }
            let file = format!("content/{chosen}");
            self.addresses.claim(&chosen, slug.as_deref());
            self.taken.insert(file.clone());
            return Ok(file);
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
            let Some(day) = day else {
                return Err(crate::msg!("import-left-out-date"));
            };
            format!(
                "content/{}/{}-{base}",
                self.opts.section,
                day.format(crate::dates::DAY)
            )
        };
        let mut first_clash = None;
        for n in 1.. {
            let dir = if n == 1 {
                stem.clone()
            } else {
                format!("{stem}-{n}")
            };
            let file = format!("{dir}/index.{lang}.md");
            if self.taken.contains(&file) {
                continue;
            }
            let rel = &file["content/".len()..];
            // A file there already is left to `put` (imported before, or in the way).
            if matches!(fs_safe::state(self.root, &file), Ok(fs_safe::State::Absent)) {
                if let Some(clash) = self.addresses.clash(rel, None) {
                    first_clash.get_or_insert(clash);
                    continue;
                }
            }
            self.addresses.claim(rel, None);
            self.taken.insert(file.clone());
            if let Some(clash) = first_clash {
                self.renamed.insert(
                    file.clone(),
                    crate::msg!("import-renamed", clash = clash.describe()),
                );
            }
            return Ok(file);
        }
        unreachable!("an unbounded range ends only by returning")
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
        copies: &mut Vec<(String, images::Place)>,
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
    fn photo(
        &mut self,
        url: &str,
        file: &str,
        copies: &mut Vec<(String, images::Place)>,
    ) -> String {
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
            Some((photo.name.clone(), photo.place().clone()))
        });
        match found {
            Some((name, place)) => match place.readable() {
                Ok(()) => {
                    let name = images::safe_name(&name);
                    if !copies.iter().any(|(n, _)| *n == name) {
                        copies.push((name.clone(), place));
                    }
                    name
                }
                Err(e) => {
                    self.leftover(
                        file,
                        crate::msg!("import-photo-unreadable", name = name, error = e),
                    );
                    url
                }
            },
            None => {
                let entry = (file.to_string(), url.clone());
                if self.remote.insert(entry.clone()) {
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
            // What readers wrote is not the author's: text and web links only.
            let converted = html::to_markdown(&comment.html);
            leftovers.extend(converted.leftovers);
            let (text, notes) = inert::inert(&converted.markdown, Trust::Reader);
            leftovers.extend(notes);
            let when = comment
                .date
                .map(|d| format!(", {}", d.format(crate::dates::DAY)))
                .unwrap_or_default();
            let name = comment
                .author
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let who = if name.is_empty() {
                "?".to_string()
            } else {
                inert::escape_text(&name)
            };
            let quoted: String = text
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
        let path = if url.contains("://") {
            self.known.on_old_site(url)?
        } else if url.starts_with('/') && !url.starts_with("//") {
            url
        } else {
            return None;
        };
        // Blogger's mobile view (`?m=1`) is the same post.
        let path = path.split('?').next().unwrap_or(path);
        let path = images::percent_decode(if path.is_empty() { "/" } else { path });
        let find = |path: &str| {
            self.moved.get(path).or_else(|| {
                let other = match path.strip_suffix('/') {
                    Some(p) => p.to_string(),
                    None => format!("{path}/"),
                };
                self.moved.get(&other)
            })
        };
        // A link written without the old site's path (`/news/x/` for `/blog/news/x/`).
        let base = &self.known.old_base;
        let target = find(&path).or_else(|| {
            (!base.is_empty() && !path.starts_with(&format!("{base}/")))
                .then(|| find(&format!("{base}{path}")))
                .flatten()
        })?;
        Some((target.clone(), fragment))
    }

    /// Plans to write `content` to `rel` unless a file is there; true when
    /// it will be written. A link or a folder on the way is a problem.
    fn put(&mut self, rel: &str, content: Content) -> bool {
        if self.planned.contains(rel) {
            return false;
        }
        match fs_safe::state(self.root, rel) {
            Ok(fs_safe::State::Absent) => {
                self.planned.insert(rel.to_string());
                self.plan.push((rel.to_string(), content, None));
                true
            }
            Ok(fs_safe::State::File) => {
                let existing = match &content {
                    Content::Bytes(_) => fs_safe::read(self.root, rel).ok().flatten(),
                    _ => None,
                };
                let same = match (&content, &existing) {
                    (Content::Bytes(bytes), Some(existing)) => existing == bytes,
                    _ => false,
                };
                if same {
                    if rel.ends_with(".md") {
                        self.summary.already += 1;
                    }
                    // The record learns the hash of a file written before it kept one.
                    if let (Some(entry), Some(existing)) =
                        (self.record.get_mut(rel), existing.as_ref())
                    {
                        *entry = Some(fingerprint(existing));
                    }
                    return false;
                }
                let Some(existing) = existing else {
                    if !self.record.contains_key(rel) {
                        self.summary.in_the_way.push(rel.to_string());
                    }
                    return false;
                };
                if self.placeholders.iter().any(|p| p == rel) {
                    self.summary.placeholders.push(rel.to_string());
                    self.planned.insert(rel.to_string());
                    self.plan.push((rel.to_string(), content, Some(existing)));
                    return true;
                }
                match self.record.get(rel) {
                    // Written by an import and not changed since: brought up to date.
                    Some(Some(hash)) if *hash == fingerprint(&existing) => {
                        self.summary.updated += 1;
                        self.planned.insert(rel.to_string());
                        self.plan.push((rel.to_string(), content, Some(existing)));
                        return true;
                    }
                    Some(Some(_)) => self.summary.edited.push(rel.to_string()),
                    Some(None) => {
                        if rel.ends_with(".md") {
                            self.summary.already += 1;
                        }
                    }
                    None => self.summary.in_the_way.push(rel.to_string()),
                }
                false
            }
            Err(blocked) => {
                self.problems.push(blocked.diagnostic(Path::new("")));
                false
            }
        }
    }

    /// Writes every planned file, then the record; when one fails, those
    /// written before it are removed again, so the site is as it was.
    fn commit(&mut self) -> Result<(), Diagnostics> {
        let mut job = fs_safe::Job::new(self.root);
        let plan = std::mem::take(&mut self.plan);
        // Files replaced so far, with what they held, to put back on failure.
        let mut replaced: Vec<(&str, &[u8])> = Vec::new();
        for (rel, content, old) in &plan {
            let done = match (content, old) {
                (Content::Bytes(bytes), Some(old)) => {
                    let done = replace(&mut job, self.root, rel, bytes);
                    if done.is_ok() {
                        replaced.push((rel, old));
                    }
                    done
                }
                (Content::Bytes(bytes), None) => job.create(rel, &mut bytes.as_slice(), None),
                (Content::File(path), _) => match fs_safe::open_nofollow(path) {
                    Ok(mut file) => job.create(rel, &mut file, None),
                    Err(error) => Err(fs_safe::Failed {
                        rel: rel.clone(),
                        error,
                    }),
                },
                (Content::Photo(place), _) => {
                    let mut result = Ok(());
                    let opened = place.read_with(|reader, limit| {
                        result = job.create(rel, reader, limit);
                        Ok(())
                    });
                    match opened {
                        Ok(()) => result,
                        Err(error) => Err(fs_safe::Failed {
                            rel: rel.clone(),
                            error,
                        }),
                    }
                }
            };
            if let Err(failed) = done {
                put_back(&mut job, self.root, &replaced);
                return Err(undo(job, &failed, Some(content)));
            }
        }
        if !plan.is_empty() {
            for (rel, content, _) in &plan {
                let hash = match content {
                    Content::Bytes(bytes) => Some(fingerprint(bytes)),
                    _ => None,
                };
                self.record.insert(rel.clone(), hash);
            }
            let text = record_text(&self.record);
            // Written beside, then renamed over the record: a rename replaces
            // a link instead of writing through it.
            let spare = format!("{RECORD}.{}.new", std::process::id());
            let saved = job
                .create(&spare, &mut text.as_bytes(), None)
                .and_then(|()| {
                    std::fs::rename(self.root.join(&spare), self.root.join(RECORD)).map_err(
                        |error| fs_safe::Failed {
                            rel: RECORD.to_string(),
                            error,
                        },
                    )
                });
            if let Err(failed) = saved {
                put_back(&mut job, self.root, &replaced);
                return Err(undo(job, &failed, None));
            }
        }
        self.summary.written = plan.into_iter().map(|(rel, _, _)| rel).collect();
        Ok(())
    }

    /// `init`'s sample report and about page, unchanged since, removed
    /// once the archive has come in (those the import replaced are new files now).
    fn remove_placeholders(&mut self) {
        let placeholders = std::mem::take(&mut self.placeholders);
        for rel in placeholders {
            if self.planned.contains(&rel)
                || rel.ends_with("_index.sv.md")
                || rel.ends_with("_index.en.md")
            {
                continue;
            }
            let path = self.root.join(&rel);
            // Only the regular file that was looked at, never a link put there since.
            let still = fs_safe::read(self.root, &rel)
                .ok()
                .flatten()
                .is_some_and(|b| crate::commands::scaffold::is_placeholder(&rel, &b));
            if still && std::fs::remove_file(&path).is_ok() {
                self.summary.placeholders.push(rel.clone());
                if let Some(dir) = path.parent() {
                    // The sample report's folder goes when it is empty.
                    let _ = std::fs::remove_dir(dir);
                }
            }
        }
    }

    /// The old addresses each item keeps: each answered once, by the first
    /// item that has it (the default language's first), never over a page;
    /// the rest are counted and listed with the reason.
    fn plan_aliases(&mut self, items: &[Item], placed: &[Option<Placed>]) {
        let mut order: Vec<usize> = (0..items.len()).collect();
        let default = &self.config.default_language;
        order.sort_by_key(|&i| placed[i].as_ref().is_none_or(|p| p.lang != *default));
        let mut kept = vec![Vec::new(); items.len()];
        for i in order {
            let item = &items[i];
            let mut notes = Vec::new();
            let clean = aliases(&item.aliases, &mut notes);
            self.summary.addresses_found += clean.len();
            for note in notes {
                let url = item.aliases.iter().find(|a| note.contains(a.as_str()));
                let shown = url.map_or_else(|| item.origin.clone(), |u| inert::shown(u));
                // An address no static site can answer (`?p=175`) is said
                // once, though an export may give it to several entries
                // (a post and its revisions).
                let lost = (shown, note);
                if !self.summary.addresses_lost.contains(&lost) {
                    self.summary.addresses_found += 1;
                    self.summary.addresses_lost.push(lost);
                }
            }
            let Some(placed) = &placed[i] else {
                for alias in clean {
                    self.summary
                        .addresses_lost
                        .push((alias, crate::msg!("import-address-item-left-out")));
                }
                continue;
            };
            let rel = &placed.file["content/".len()..];
            let slug = item
                .path
                .as_ref()
                .and(item.slug.as_deref())
                .map(crate::transliterate::slugify)
                .filter(|s| !s.is_empty());
            let own = self
                .addresses
                .address_of(rel, slug.as_deref())
                .and_then(|a| alias_path(&a));
            for alias in clean {
                let alias = match self.rebase(&alias) {
                    Ok(alias) => alias,
                    Err(why) => {
                        let full = self.known.full(&alias);
                        self.summary.addresses_lost.push((full, why));
                        continue;
                    }
                };
                let Some(out) = alias_path(&alias) else {
                    self.summary
                        .addresses_lost
                        .push((alias, crate::msg!("import-address-not-a-file")));
                    continue;
                };
                if own.as_deref() == Some(out.as_str()) {
                    // The new page is at the old address.
                    self.summary.addresses_kept += 1;
                    continue;
                }
                if self.reserved(&out) {
                    self.summary
                        .addresses_lost
                        .push((alias, crate::msg!("import-address-reserved")));
                    continue;
                }
                let page = out
                    .strip_suffix("index.html")
                    .map(|dir| format!("/{dir}"))
                    .and_then(|a| self.addresses.owner_of(&a));
                if let Some(other) = page {
                    self.summary
                        .addresses_lost
                        .push((alias, crate::msg!("import-address-taken", other = other)));
                    continue;
                }
                if let Some(other) = self.claimed.get(&out) {
                    // One address, found and kept with the page that has it.
                    self.summary.addresses_found -= 1;
                    self.summary.addresses_shared.push((
                        alias,
                        crate::msg!("import-address-twice", other = other.as_str()),
                    ));
                    continue;
                }
                self.claimed.insert(out, placed.file.clone());
                self.summary.addresses_kept += 1;
                kept[i].push(alias);
            }
        }
        self.kept_aliases = kept;
    }

    /// Whether the build writes a file of its own at `out` (the home, the
    /// 404 page, the sitemap, a language's feed and listing pages).
    fn reserved(&self, out: &str) -> bool {
        const ROOT: &[&str] = &[
            "index.html",
            "404.html",
            "robots.txt",
            "sitemap.xml",
            "search.js",
            "style.css",
            "favicon.svg",
            "atom.xml",
        ];
        if ROOT.contains(&out) || out.starts_with("fonts/") {
            return true;
        }
        match out.split_once('/') {
            Some((lang, rest)) if self.config.languages.iter().any(|l| l == lang) => {
                matches!(
                    rest,
                    "index.html" | "atom.xml" | "search.json" | "search-index.js" | "404.html"
                ) || rest.starts_with("page/")
            }
            _ => false,
        }
    }

    /// The old address of a tag's page (`/tags/health/`, `/search/label/Hälsa`)
    /// redirected to rapport's page of that tag, in `lang` or, when the old
    /// site did not say, the language that has it (the default first).
    fn term(&mut self, old: &str, tag: &str, lang: Option<&str>) {
        let has = |l: &str| {
            let slug = self.known.tag_slug(l, tag);
            self.known.tag_pages.contains(&(l.to_string(), slug))
        };
        let default = &self.config.default_language;
        let found = match lang {
            Some(l) => has(l).then(|| l.to_string()),
            None => std::iter::once(default)
                .chain(&self.config.languages)
                .find(|l| has(l))
                .cloned(),
        };
        let tags_on = self.config.taxonomies.iter().any(|t| t == "tags");
        match found.filter(|_| tags_on) {
            Some(l) => {
                let slug = self.known.tag_slug(&l, tag);
                let new = format!("/{l}/{}/{slug}/", self.known.tags_in(&l));
                self.listing(old, &new, &l);
            }
            None => {
                self.summary.addresses_found += 1;
                self.summary
                    .addresses_lost
                    .push((old.to_string(), crate::msg!("import-address-no-tag-page")));
            }
        }
    }

    /// An old address (relative to the old site's path) as a path of the
    /// new site (relative to its `base_url`), or why it cannot be one.
    fn rebase(&self, old: &str) -> Result<String, String> {
        let full = self.known.full(old);
        let new_base = self.config.base_path.trim_end_matches('/');
        if new_base.is_empty() {
            return Ok(full);
        }
        match full.strip_prefix(new_base) {
            Some(rest) if rest.starts_with('/') => Ok(rest.to_string()),
            _ => Err(crate::msg!(
                "import-address-outside",
                base = self.config.base_path.as_str()
            )),
        }
    }

    /// A redirect page at the old address of a listing (Hugo's `/news/`), in `static/`.
    fn listing(&mut self, old: &str, new: &str, lang: &str) {
        self.summary.addresses_found += 1;
        let shown_old = self.known.full(old);
        let old = match self.rebase(old) {
            Ok(path) => path,
            Err(why) => {
                self.summary.addresses_lost.push((shown_old, why));
                return;
            }
        };
        let old = old.as_str();
        let target = format!("{}{new}", self.config.base_path.trim_end_matches('/'));
        let Some(out) = alias_path(old) else {
            self.summary
                .addresses_lost
                .push((old.to_string(), crate::msg!("import-address-not-a-file")));
            return;
        };
        if alias_path(new).as_deref() == Some(out.as_str()) {
            self.summary.addresses_kept += 1;
            return;
        }
        if self.reserved(&out) {
            self.summary
                .addresses_lost
                .push((old.to_string(), crate::msg!("import-address-reserved")));
            return;
        }
        let page = out
            .strip_suffix("index.html")
            .map(|dir| format!("/{dir}"))
            .and_then(|a| self.addresses.owner_of(&a));
        if let Some(other) = page.or_else(|| self.claimed.get(&out).cloned()) {
            // The listing's own intro has the address (as an alias): it answers.
            let section = new.trim_matches('/').split('/').nth(1);
            if section.is_some_and(|s| other.starts_with(&format!("content/{s}/_index"))) {
                self.summary.addresses_kept += 1;
                return;
            }
            self.summary.addresses_lost.push((
                old.to_string(),
                crate::msg!("import-address-taken", other = other),
            ));
            return;
        }
        let rel = format!("static/{out}");
        if !fs_safe::is_plain(&rel) {
            self.summary
                .addresses_lost
                .push((old.to_string(), crate::msg!("import-address-not-a-file")));
            return;
        }
        self.claimed.insert(out, rel.clone());
        let page = redirect_page(&target, lang);
        let before = self.summary.in_the_way.len() + self.summary.edited.len();
        self.put(&rel, Content::Bytes(page.into_bytes()));
        if self.summary.in_the_way.len() + self.summary.edited.len() == before {
            self.summary.addresses_kept += 1;
        } else {
            self.summary.addresses_lost.push((
                old.to_string(),
                crate::msg!("import-address-file-there", file = rel),
            ));
        }
    }

    /// One change of the safety net, in the summary.
    fn changed(&mut self, file: &str, change: &safety::Change) {
        let old = inert::shown(&change.dest);
        let what = match (&change.fix, change.image) {
            (Fix::To(new), false) => {
                crate::msg!("import-fixed-link-to", old = old, new = inert::shown(new))
            }
            (Fix::To(new), true) => {
                crate::msg!("import-fixed-image-to", old = old, new = inert::shown(new))
            }
            (Fix::Text, false) => crate::msg!("import-fixed-link-text", old = old),
            (Fix::Text, true) => crate::msg!("import-fixed-image-text", old = old),
        };
        self.summary
            .changed
            .push((file.to_string(), what, change.why.clone()));
    }

    /// What the safety net does with a link or image of `file` (in `lang`,
    /// at the old `address`): nothing when the new site will answer it.
    fn safe(
        &mut self,
        r: Ref<'_>,
        file: &str,
        lang: &str,
        address: Option<&str>,
        names: &HashSet<String>,
        found: &mut Vec<(String, std::path::PathBuf)>,
    ) -> Option<(Fix, String)> {
        let dest = r.dest.trim();
        if dest.is_empty() {
            return r
                .image
                .then(|| (Fix::Text, crate::msg!("import-why-empty")));
        }
        // The page itself, another site, and what is not an address of the site.
        if dest.starts_with(['#', '?']) || dest.starts_with("//") {
            return None;
        }
        if has_scheme(dest) {
            return (!r.image)
                .then(|| self.old_site_link(dest, file, lang, found))
                .flatten();
        }
        let (path, tail) = safety::split_tail(dest);
        let path = images::percent_decode(path);
        let fragment = tail.find('#').map_or("", |i| &tail[i..]);
        let dir = file.rsplit_once('/').map_or("", |(d, _)| d);
        if path.to_ascii_lowercase().ends_with(".md") {
            let target = safety::join(&format!("/{dir}/"), &path);
            let rel = target.trim_start_matches('/');
            if self.taken.contains(rel)
                || self.planned.contains(rel)
                || self.root.join(rel).is_file()
            {
                return None;
            }
            return Some((Fix::Text, crate::msg!("import-why-not-imported")));
        }
        let relative = !path.starts_with('/');
        if relative {
            let name = path.trim_start_matches("./");
            if names.contains(name)
                || found.iter().any(|(n, _)| n == name)
                || (fs_safe::is_plain(name) && self.root.join(dir).join(name).is_file())
            {
                return None;
            }
        }
        let site = if relative {
            let beside = safety::join(address.unwrap_or("/"), &path);
            // Render hooks also find `image/x.jpg` from the root of
            // `assets/` or `static/`, whatever the page's address.
            let rooted = safety::join("/", &path);
            if self.source_file(&beside).is_none() && self.source_file(&rooted).is_some() {
                rooted
            } else {
                beside
            }
        } else {
            path.clone()
        };
        match self.site_path(&site, fragment, lang, r.image, file, found) {
            None if relative => Some((
                Fix::To(format!("{site}{tail}")),
                crate::msg!("import-why-relative"),
            )),
            other => other,
        }
    }

    /// A link to the old site by its full address (`https://old.example/tags/x/`):
    /// led where the same path written from the root would be led (a tag,
    /// listing or feed page of rapport's), and otherwise left as it is, since
    /// the old host may still serve other pages, and does outside the old
    /// site's own path.
    fn old_site_link(
        &mut self,
        dest: &str,
        file: &str,
        lang: &str,
        found: &mut Vec<(String, std::path::PathBuf)>,
    ) -> Option<(Fix, String)> {
        let (scheme, _) = dest.split_once("://")?;
        if !matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https") {
            return None;
        }
        let path = self.known.on_old_site(dest)?;
        let (path, tail) = safety::split_tail(if path.is_empty() { "/" } else { path });
        let path = images::percent_decode(path);
        let old_base = &self.known.old_base;
        if !old_base.is_empty() && path != *old_base && !path.starts_with(&format!("{old_base}/")) {
            return None;
        }
        let fragment = tail.find('#').map_or("", |i| &tail[i..]);
        match self.site_path(&path, fragment, lang, false, file, found)? {
            (Fix::To(new), why) if !has_scheme(&new) => Some((Fix::To(new), why)),
            _ => None,
        }
    }

    /// What becomes of a link or image to the old site's address `path`.
    fn site_path(
        &mut self,
        path: &str,
        fragment: &str,
        lang: &str,
        image: bool,
        file: &str,
        found: &mut Vec<(String, std::path::PathBuf)>,
    ) -> Option<(Fix, String)> {
        if path == "/" {
            return None;
        }
        if !image {
            if let Some((target, _)) = self.moved_to(path) {
                return Some((
                    Fix::To(format!("{}{fragment}", relative_link(file, &target))),
                    crate::msg!("import-why-moved"),
                ));
            }
        }
        // What the new site answers as it is, once the old site's term,
        // listing and further pages are known (a redirect an earlier
        // import wrote there is not a reason to keep the old address).
        let answers = self.answers(path);
        let base = &self.known.old_base;
        let path = match path.strip_prefix(base.as_str()) {
            Some(rest) if !base.is_empty() && rest.starts_with('/') => rest,
            _ => path,
        };
        let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
        let (lang, rest) = match parts.split_first() {
            Some((first, rest)) if self.config.languages.iter().any(|l| l == first) => {
                (first.to_string(), rest)
            }
            Some((first, _)) if self.known.old_languages.iter().any(|l| l == first) => {
                return Some((
                    Fix::Text,
                    crate::msg!("import-why-language", lang = first.to_string()),
                ));
            }
            _ => (lang.to_string(), &parts[..]),
        };
        let new_base = self.config.base_path.trim_end_matches('/');
        // A term page of the old site (`/tags/x/`, `/search/label/x`), or its index.
        let term = match rest {
            [tax] if self.is_taxonomy(tax) => Some(None),
            [tax, term] if self.is_taxonomy(tax) => Some(Some(*term)),
            ["search", "label", term] => Some(Some(*term)),
            _ => None,
        };
        if let Some(term) = term {
            let has_tags = self.config.taxonomies.iter().any(|t| t == "tags");
            let slug = term.map(|t| {
                let slug = crate::transliterate::slugify(&images::percent_decode(t));
                match self.known.tag_names.get(&slug) {
                    Some(tag) => self.known.tag_slug(&lang, tag),
                    None => slug,
                }
            });
            let any = self.known.tag_pages.iter().any(|(l, _)| *l == lang);
            return match slug {
                Some(slug)
                    if has_tags && self.known.tag_pages.contains(&(lang.clone(), slug.clone())) =>
                {
                    Some((
                        Fix::To(format!(
                            "{new_base}/{lang}/{}/{slug}/{fragment}",
                            self.known.tags_in(&lang)
                        )),
                        crate::msg!("import-why-tag"),
                    ))
                }
                _ if has_tags && any => Some((
                    Fix::To(format!("{new_base}/{lang}/{}/", self.known.tags_in(&lang))),
                    crate::msg!("import-why-tag-missing"),
                )),
                _ => Some((Fix::Text, crate::msg!("import-why-tag-missing"))),
            };
        }
        let listing = self
            .known
            .listings
            .get(path)
            .or_else(|| self.known.listings.get(&self.known.full(path)));
        if let Some(new) = listing {
            return Some((
                Fix::To(format!("{new_base}{new}{fragment}")),
                crate::msg!("import-why-listing"),
            ));
        }
        if rest.len() >= 2
            && rest[rest.len() - 2] == "page"
            && rest[rest.len() - 1].chars().all(|c| c.is_ascii_digit())
        {
            return Some((
                Fix::To(format!("{new_base}/{lang}/")),
                crate::msg!("import-why-page"),
            ));
        }
        if answers {
            return None;
        }
        if let Some((real, from)) = self.source_file(path) {
            let name = path.rsplit('/').next().unwrap_or(path);
            if image && crate::photos::is_photo(name) {
                let mut name = images::safe_name(name);
                let mut n = 2;
                while found.iter().any(|(f, r)| *f == name && *r != real) {
                    name = format!("{n}-{}", images::safe_name(&name));
                    n += 1;
                }
                if !found.iter().any(|(f, _)| *f == name) {
                    found.push((name.clone(), real));
                }
                return Some((Fix::To(name), crate::msg!("import-why-copied", from = from)));
            }
            let rel = format!("static{path}");
            if fs_safe::is_plain(&rel) && !path.ends_with('/') {
                // Copied to the same address: the link stays as written.
                self.known.statics.insert(rel.clone());
                self.extra_static.push((real, rel));
                return None;
            }
        }
        // The old site's feeds: the language's feed here.
        let last = rest.last().copied().unwrap_or_default();
        if matches!(last, "index.xml" | "rss.xml" | "atom.xml" | "feed" | "rss")
            || rest.first() == Some(&"feeds")
        {
            return Some((
                Fix::To(format!("{new_base}/{lang}/atom.xml")),
                crate::msg!("import-why-feed"),
            ));
        }
        // A file (a PDF) left on the old site, when its address is known:
        // linked where it is, and listed, as photos are.
        let is_file = last
            .rsplit_once('.')
            .is_some_and(|(_, ext)| !matches!(ext, "html" | "htm" | "php" | "asp" | "aspx"));
        if let Some(host) = self.base_url.as_deref().and_then(|b| {
            let (scheme, rest) = b.split_once("://")?;
            let host = rest.split('/').next()?;
            Some(format!("{scheme}://{host}"))
        }) {
            if is_file && !image {
                let full = format!("{host}{}", self.known.full(path));
                return Some((Fix::To(full), crate::msg!("import-why-old-site")));
            }
        }
        Some((Fix::Text, crate::msg!("import-why-nowhere")))
    }

    fn is_taxonomy(&self, name: &str) -> bool {
        self.known.taxonomies.iter().any(|t| t == name)
            || matches!(name, "tags" | "tag" | "categories" | "category" | "label")
    }

    /// Whether the new site will answer `path` as it is: a file of
    /// `static/`, a page of the site, or one the build writes itself.
    fn answers(&self, path: &str) -> bool {
        let p = path.trim_start_matches('/');
        let file = if p.is_empty() || p.ends_with('/') {
            format!("static/{p}index.html")
        } else {
            format!("static/{p}")
        };
        if self.known.statics.contains(&file)
            || self.planned.contains(&file)
            || (fs_safe::is_plain(&file) && self.root.join(&file).is_file())
        {
            return true;
        }
        let dir = format!("/{}/", p.trim_end_matches('/'));
        let owner = self
            .addresses
            .owner_of(&dir)
            .or_else(|| self.addresses.owner_of(path));
        // A draft of the site has its address, but no page in a build.
        let draft = |file: &str| {
            fs_safe::read(self.root, file)
                .ok()
                .flatten()
                .is_some_and(|b| {
                    let text = String::from_utf8_lossy(&b);
                    let front = text.split("\n---").next().unwrap_or_default();
                    front.lines().any(|l| l.trim() == "draft: true")
                })
        };
        if owner.is_some_and(|f| !f.ends_with(".md") || !draft(&f)) {
            return true;
        }
        if self.known.listings.values().any(|v| *v == dir) {
            return true;
        }
        match dir.trim_matches('/').split('/').collect::<Vec<_>>()[..] {
            [l] => self.config.languages.iter().any(|x| x == l),
            [l, tags] if tags == self.known.tags_in(l) => {
                self.known.tag_pages.iter().any(|(x, _)| x == l)
            }
            [l, tags, slug] if tags == self.known.tags_in(l) => self
                .known
                .tag_pages
                .contains(&(l.to_string(), slug.to_string())),
            _ => alias_path(p).is_some_and(|out| self.reserved(&out)),
        }
    }

    /// A file of the old site at the address `path`, inside its folder,
    /// and where it was found (for the summary).
    fn source_file(&self, path: &str) -> Option<(std::path::PathBuf, String)> {
        let root = self.known.source_root.as_ref()?;
        let p = path.trim_start_matches('/');
        if p.is_empty() || p.ends_with('/') || !fs_safe::is_plain(p) {
            return None;
        }
        for (prefix, dir) in &self.known.sources {
            let mut candidates = Vec::new();
            if let Some(rest) = p
                .strip_prefix(&format!("{prefix}/"))
                .filter(|_| !prefix.is_empty())
            {
                candidates.push(dir.join(rest));
            }
            candidates.push(dir.join(p));
            for candidate in candidates {
                let Ok(real) = candidate.canonicalize() else {
                    continue;
                };
                if real.starts_with(root) && real.is_file() {
                    let shown = real
                        .strip_prefix(root)
                        .map_or_else(|_| p.to_string(), |r| r.display().to_string());
                    return Some((real, shown));
                }
            }
        }
        None
    }

    fn leftover(&mut self, key: &str, what: String) {
        self.summary
            .leftovers
            .entry(key.to_string())
            .or_default()
            .push(what);
    }
}

/// The record as written: a file a line, with the fingerprint of what was written.
fn record_text(record: &BTreeMap<String, Option<String>>) -> String {
    let mut text = String::from(
        "# Files written by `rapport import`, each with the fingerprint of what was\n\
         # written: a later import brings a file up to date only while it is unchanged.\n",
    );
    for (file, hash) in record {
        if !file.starts_with('#') && !file.is_empty() {
            text.push_str(file);
            if let Some(hash) = hash {
                text.push('\t');
                text.push_str(hash);
            }
            text.push('\n');
        }
    }
    text
}

/// The safety net's second look, at the site as `check` sees it after the
/// import: a link, image or cover of a file just written that still leads
/// nowhere becomes text (a cover goes), and the summary says so. The
/// record learns the files' new fingerprints, so a later import still
/// knows them as its own.
fn second_look(root: &Path, summary: &mut Summary) {
    let written: HashSet<&str> = summary
        .written
        .iter()
        .filter(|f| f.ends_with(".md"))
        .map(String::as_str)
        .collect();
    if written.is_empty() {
        return;
    }
    let findings = crate::commands::check::check(root, chrono::Local::now().date_naive());
    let mut by_file: BTreeMap<String, HashSet<String>> = BTreeMap::new();
    for d in &findings.findings {
        let (Some(file), crate::diagnostics::Kind::BrokenLink { target }) = (&d.file, &d.kind)
        else {
            continue;
        };
        let file = file.to_string_lossy().replace('\\', "/");
        if d.severity == crate::diagnostics::Severity::Error && written.contains(file.as_str()) {
            by_file.entry(file).or_default().insert(target.clone());
        }
    }
    if by_file.is_empty() {
        return;
    }
    let mut record = match fs_safe::read(root, RECORD) {
        Ok(Some(bytes)) => read_record(&String::from_utf8_lossy(&bytes)),
        _ => return,
    };
    let mut job = fs_safe::Job::new(root);
    let why = crate::msg!("import-why-check");
    for (file, targets) in by_file {
        let Ok(Some(bytes)) = fs_safe::read(root, &file) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let Some((front, body)) = text
            .strip_prefix("---\n")
            .and_then(|rest| rest.split_once("\n---\n"))
        else {
            continue;
        };
        let (body, mut changes) = safety::rewrite(body, &mut |r| {
            targets.contains(r.dest).then(|| (Fix::Text, why.clone()))
        });
        let (front, cover) = without_cover(front, &targets);
        if let Some(cover) = cover {
            changes.push(safety::Change {
                dest: cover,
                image: true,
                fix: Fix::Text,
                why: why.clone(),
            });
        }
        if changes.is_empty() {
            continue;
        }
        let new = format!("---\n{front}\n---\n{body}");
        if replace(&mut job, root, &file, new.as_bytes()).is_err() {
            continue;
        }
        record.insert(file.clone(), Some(fingerprint(new.as_bytes())));
        for change in changes {
            let old = inert::shown(&change.dest);
            let what = if change.image {
                crate::msg!("import-fixed-image-text", old = old)
            } else {
                crate::msg!("import-fixed-link-text", old = old)
            };
            summary.changed.push((file.clone(), what, change.why));
        }
    }
    let _ = replace(&mut job, root, RECORD, record_text(&record).as_bytes());
}

/// Front matter without its `cover` when that is one of `targets`, and the cover taken out.
fn without_cover(front: &str, targets: &HashSet<String>) -> (String, Option<String>) {
    let lines: Vec<&str> = front.lines().collect();
    let Some(at) = lines.iter().position(|l| l.starts_with("cover:")) else {
        return (front.to_string(), None);
    };
    let block = lines[at + 1..]
        .iter()
        .take_while(|l| l.starts_with(' '))
        .count();
    let unquote =
        |v: &str| serde_yaml::from_str::<String>(v.trim()).unwrap_or_else(|_| v.trim().to_string());
    let scalar = lines[at]["cover:".len()..].trim();
    let src = if scalar.is_empty() {
        lines[at + 1..=at + block]
            .iter()
            .find_map(|l| l.trim().strip_prefix("src:"))
            .map(unquote)
    } else {
        Some(unquote(scalar))
    };
    match src.filter(|s| targets.contains(s)) {
        Some(src) => {
            let mut kept = lines[..at].to_vec();
            kept.extend(&lines[at + 1 + block..]);
            (kept.join("\n"), Some(src))
        }
        None => (front.to_string(), None),
    }
}

/// The record's lines: a file, and after a tab the fingerprint of what was
/// written (none in records of rapport before it kept them).
fn read_record(text: &str) -> BTreeMap<String, Option<String>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| match l.split_once('\t') {
            Some((file, hash)) => (file.to_string(), Some(hash.trim().to_string())),
            None => (l.to_string(), None),
        })
        .collect()
}

/// The fingerprint the record keeps of a file's bytes (FNV-1a, 64 bits):
/// the same in every version of rapport.
fn fingerprint(bytes: &[u8]) -> String {
    format!("{:016x}", crate::hash::stable(bytes))
}

/// `init`'s sample pages in the site at `root` that nobody has changed.
fn placeholders(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut candidates = vec![
        "content/_index.sv.md".to_string(),
        "content/_index.en.md".to_string(),
        "content/about.sv.md".to_string(),
        "content/about.en.md".to_string(),
    ];
    if let Ok(dir) = std::fs::read_dir(root.join("content/reports")) {
        for entry in dir.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if name.ends_with("-forsta-motet") {
                for lang in ["sv", "en"] {
                    candidates.push(format!("content/reports/{name}/index.{lang}.md"));
                }
            }
        }
    }
    for rel in candidates {
        let bytes = fs_safe::read(root, &rel).ok().flatten();
        if bytes.is_some_and(|b| crate::commands::scaffold::is_placeholder(&rel, &b)) {
            out.push(rel);
        }
    }
    out
}

/// Writes `bytes` over the file `rel` that is there: written beside it,
/// then renamed over it (a rename replaces a link, never writes through).
fn replace(
    job: &mut fs_safe::Job,
    root: &Path,
    rel: &str,
    bytes: &[u8],
) -> Result<(), fs_safe::Failed> {
    let spare = format!("{rel}.{}.rapport-new", std::process::id());
    job.create(&spare, &mut &bytes[..], None)?;
    std::fs::rename(root.join(&spare), root.join(rel)).map_err(|error| fs_safe::Failed {
        rel: rel.to_string(),
        error,
    })
}

/// Puts back what replaced files held, after a failure.
fn put_back(job: &mut fs_safe::Job, root: &Path, replaced: &[(&str, &[u8])]) {
    for (rel, old) in replaced {
        let _ = replace(job, root, rel, old);
    }
}

/// The output file of an old address, as the build names it.
fn alias_path(address: &str) -> Option<String> {
    crate::input::document::front_matter::alias_path(address)
}

/// The address segment of the tag pages in each language, as the build makes it.
fn tag_segments(root: &Path, config: &Config) -> HashMap<String, String> {
    let Ok(locales) = crate::input::i18n::Locales::load(root, config) else {
        return HashMap::new();
    };
    config
        .languages
        .iter()
        .filter_map(|lang| {
            let text = locales.get(lang)?.format("taxonomy-tags-slug", None).ok()?;
            let slug = crate::transliterate::slugify(&text);
            (!slug.is_empty()).then(|| (lang.clone(), slug))
        })
        .collect()
}

/// Whether `url` starts with a scheme (`https:`, `mailto:`, `tel:`).
fn has_scheme(url: &str) -> bool {
    url.split_once(':').is_some_and(|(scheme, _)| {
        scheme
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}

/// A small page that sends readers and search engines from an old address to `new`.
fn redirect_page(new: &str, lang: &str) -> String {
    let new = new
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    let lang = if lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        lang
    } else {
        "sv"
    };
    let text = crate::msg!("import-listing-moved");
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{text}</title>\n\
         <meta name=\"robots\" content=\"noindex\">\n<link rel=\"canonical\" href=\"{new}\">\n\
         <meta http-equiv=\"refresh\" content=\"0; url={new}\">\n</head>\n<body>\n\
         <p><a href=\"{new}\">{text}</a></p>\n</body>\n</html>\n"
    )
}

/// The problem of a write that failed, after the job's files were
/// removed: what failed, and that the site is as it was (or which files
/// could not be removed).
fn undo(job: fs_safe::Job, failed: &fs_safe::Failed, content: Option<&Content>) -> Diagnostics {
    let written = job.created().iter().filter(|f| **f != failed.rel).count();
    let left = job.undo();
    let mut problem = match content {
        // A zip entry holding more than it declares is found only when read.
        Some(Content::Photo(images::Place::Zip {
            archive,
            entry,
            size,
            ..
        })) if failed.error.kind() == std::io::ErrorKind::InvalidData => Diagnostic::in_file(
            archive,
            crate::msg!("import-zip-lies", entry = inert::shown(entry), size = *size),
        )
        .help(crate::msg!("import-zip-lies.help")),
        _ => Diagnostic::in_file(
            &failed.rel,
            crate::msg!("import-unwritable", error = &failed.error),
        )
        .help(crate::msg!("import-unwritable.help")),
    };
    let mut problems = Vec::new();
    if left.is_empty() {
        let help = problem.help.take().unwrap_or_default();
        problem = problem.help(format!(
            "{help}; {}",
            crate::msg!("import-taken-back", count = written)
        ));
        problems.push(problem);
    } else {
        problems.push(problem);
        problems.push(
            Diagnostic::new(crate::msg!(
                "import-left-behind",
                count = left.len(),
                files = left.join(", ")
            ))
            .help(crate::msg!("import-left-behind.help")),
        );
    }
    Diagnostics(problems)
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
        // An old address is a path on this site: no `..`, no `.`, no `//`.
        let plain = path == "/"
            || path
                .trim_matches('/')
                .split('/')
                .all(|p| !p.is_empty() && p != "." && p != ".." && !p.contains('\\'));
        if !plain || path.chars().any(char::is_control) || path.starts_with("//") {
            leftovers.push(crate::msg!("import-alias-odd", url = inert::shown(url)));
            continue;
        }
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
