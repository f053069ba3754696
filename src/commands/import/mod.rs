//! `rapport import`: brings an archive from Blogger, WordPress or Hugo into
//! the site's `content/`, with photos, dates, authors, labels and the old
//! addresses (as `aliases`, so they redirect to the new pages).
//!
//! Each source has a reader that turns its export into [`Item`]s; the
//! shared [`write`] step converts their HTML, finds their photos and writes
//! page bundles, never overwriting a file it did not write.

mod blogger;
mod html;
mod hugo;
mod images;
mod inert;
mod isso;
mod plan;
mod safety;
mod wordpress;
mod write;
mod xml;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::input::config::Config;

pub(crate) use write::Summary;

/// Where an archive comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A Blogger export: the classic Atom backup, Takeout's `feed.atom`, or a Takeout `.zip`.
    Blogger,
    /// A WordPress export (WXR).
    WordPress,
    /// A Hugo site's folder.
    Hugo,
}

/// What to do with readers' comments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Comments {
    /// Leave them out; the summary says how many.
    #[default]
    Drop,
    /// Add them at the end of their post, under a heading.
    Append,
    /// Write them for Isso to import, each in its report's thread (`isso.rs`).
    Isso,
}

/// The choices of one `rapport import`.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The export file or folder.
    pub export: PathBuf,
    /// The site folder.
    pub root: PathBuf,
    /// The language of the posts, when the export does not say [default: the site's].
    pub lang: Option<String>,
    /// The section folder under `content/` that posts go into.
    pub section: String,
    /// A folder of the old site's photos, matched to the posts by file name.
    pub images: Option<PathBuf>,
    /// Readers' comments: dropped or appended.
    pub comments: Comments,
}

/// A post or page of the old site, read from its export.
#[derive(Debug, Clone, Default)]
pub(crate) struct Item {
    /// Where it is in the export (`export.xml:976`), for messages.
    pub(crate) origin: String,
    /// A report (post) or a standalone page.
    pub(crate) page: bool,
    /// The title, unescaped.
    pub(crate) title: String,
    /// When it was published, with its offset.
    pub(crate) date: Option<DateTime<FixedOffset>>,
    /// When only the day is known.
    pub(crate) day: Option<NaiveDate>,
    /// Publish later: left out until then.
    pub(crate) publish_date: Option<String>,
    /// The byline.
    pub(crate) author: Vec<String>,
    /// Labels, categories and tags.
    pub(crate) tags: Vec<String>,
    /// Not published on the old site.
    pub(crate) draft: bool,
    /// The meta description or excerpt.
    pub(crate) summary: Option<String>,
    /// Where it took place.
    pub(crate) location: Option<String>,
    /// Old addresses, full URLs or paths.
    pub(crate) aliases: Vec<String>,
    /// The old slug or file name, transliterated when written.
    pub(crate) slug: Option<String>,
    /// The language, when the export names one.
    pub(crate) lang: Option<String>,
    /// Pairs translations across files.
    pub(crate) translation: Option<String>,
    /// The text.
    pub(crate) body: Body,
    /// The cover photo's address, when the export names one.
    pub(crate) cover: Option<String>,
    /// Readers' comments.
    pub(crate) comments: Vec<Comment>,
    /// Facts rapport knows (`participants`, `organizations`), as written.
    pub(crate) facts: BTreeMap<String, serde_json::Value>,
    /// Other front matter kept under `extra`.
    pub(crate) extra: BTreeMap<String, serde_json::Value>,
    /// The file under `content/` when the source decides it (Hugo).
    pub(crate) path: Option<String>,
    /// Files to copy beside it (a Hugo bundle's resources), by name.
    pub(crate) resources: Vec<(String, PathBuf)>,
    /// What the reader already knows it could not carry over.
    pub(crate) leftovers: Vec<String>,
    /// Its own old address (a path), for the relative links in it.
    pub(crate) address: Option<String>,
    /// Its terms by taxonomy as the old site had them (`categories`, `Health`).
    pub(crate) terms: Vec<(String, String)>,
}

/// A post's text as the export has it.
#[derive(Debug, Clone)]
pub(crate) enum Body {
    /// HTML, converted to Markdown when written.
    Html(String),
    /// Markdown, written as it is.
    Markdown(String),
}

impl Default for Body {
    fn default() -> Self {
        Body::Html(String::new())
    }
}

/// A reader's comment on a post.
#[derive(Debug, Clone, Default)]
pub(crate) struct Comment {
    /// Who wrote it.
    pub(crate) author: String,
    /// When.
    pub(crate) date: Option<DateTime<FixedOffset>>,
    /// What they wrote, as HTML.
    pub(crate) html: String,
}

/// What a reader found in an export besides posts and pages.
#[derive(Debug, Default)]
pub(crate) struct Read {
    /// Posts and pages.
    pub(crate) items: Vec<Item>,
    /// Comments not attached to a post that was imported.
    pub(crate) stray_comments: usize,
    /// Entries that are not content (settings, templates, attachments, …), by kind.
    pub(crate) skipped: BTreeMap<String, usize>,
    /// Photos that came with the export (a Takeout archive).
    pub(crate) photos: Option<images::Store>,
    /// The old site's address, for photos given by path (`/wp-content/…`).
    pub(crate) base_url: Option<String>,
    /// Files copied as they are (Hugo's `static/`): from (checked to be
    /// inside the archive), to (a plain path relative to the site).
    pub copy_files: Vec<(PathBuf, String)>,
    /// The language the export declares (Blogger's `BLOG_LOCALE`,
    /// WordPress's `<language>`), as a code: the posts' language unless
    /// `--lang` says otherwise.
    pub lang: Option<String>,
    /// Old addresses of listings (a Hugo section's `/news/`): the old path,
    /// the new address and its language; each becomes a redirect page.
    pub listings: Vec<(String, String, String)>,
    /// Folders of the old site holding files its pages name by address
    /// (Hugo's `static/`, mounts, `assets/`), each with the address prefix
    /// it is served under; only files inside `source_root` are read.
    pub(crate) source_files: Vec<(String, PathBuf)>,
    /// The old site's folder, links resolved.
    pub(crate) source_root: Option<PathBuf>,
    /// The address names of the old site's term pages (`tags`, `categories`).
    pub(crate) taxonomies: Vec<String>,
    /// The old site's languages, the new site's or not.
    pub(crate) old_languages: Vec<String>,
    /// The path the old site lived under (`/blog/`), when not the root.
    pub(crate) base_path: Option<String>,
    /// The old site's scheme and host (Hugo's `baseURL`), where `base_url`
    /// is not given: links by full address to the old site are its own.
    pub(crate) origin: Option<String>,
    /// Old addresses of term pages (`/tags/health/`, `/search/label/Hälsa`):
    /// the path, the tag as the posts have it, and the language when known;
    /// each leads to rapport's page of that tag when there is one.
    pub(crate) terms: Vec<(String, String, Option<String>)>,
    /// Old addresses of further listing pages (`/page/2/`), with the new
    /// address of the listing's first page and its language (both empty:
    /// the home of the posts' language, which the writer knows).
    pub(crate) pages: Vec<(String, String, String)>,
}

/// The language code of a locale as exports write it (`en_GB`, `sv-SE`, `EN`).
pub(crate) fn locale_lang(locale: &str) -> Option<String> {
    let code = locale
        .trim()
        .split(['_', '-', '.'])
        .next()?
        .to_ascii_lowercase();
    (code.len() >= 2 && code.len() <= 3 && code.chars().all(|c| c.is_ascii_lowercase()))
        .then_some(code)
}

/// Imports an archive into the site at `opts.root`; the summary says what
/// was written and what the author should look at.
pub fn import(source: Source, opts: &ImportOptions) -> Result<Summary, Diagnostics> {
    let config = Config::load(&opts.root)?;
    if let Some(lang) = &opts.lang {
        if !config.languages.iter().any(|l| l == lang) {
            return Err(Diagnostics::from(
                Diagnostic::new(crate::msg!(
                    "import-bad-lang",
                    lang = lang,
                    languages = config.languages.join(", ")
                ))
                .help(crate::msg!("import-bad-lang.help")),
            ));
        }
    }
    if !crate::fs_safe::is_plain(&opts.section)
        || opts.section.contains(['\\', '.'])
        || opts.section.starts_with('/')
        || opts.section.ends_with('/')
    {
        return Err(Diagnostics::from(
            Diagnostic::new(crate::msg!("import-bad-section", section = opts.section))
                .help(crate::msg!("import-bad-section.help")),
        ));
    }
    let read = match source {
        Source::Blogger => blogger::read(&opts.export),
        Source::WordPress => wordpress::read(&opts.export),
        Source::Hugo => hugo::read(&opts.export, &config, opts.lang.as_deref()),
    }
    .map_err(Diagnostics::from)?;
    let store = match &opts.images {
        Some(dir) => Some(images::Store::folder(dir).map_err(Diagnostics::from)?),
        None => None,
    };
    write::write(&config, opts, read, store)
}

/// The file name an error about the export should show.
pub(crate) fn shown(path: &Path) -> String {
    path.display().to_string()
}
