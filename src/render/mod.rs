//! The third stage: [`Site`] → every output file's bytes, in parallel.
//!
//! Tera is set up once per language (with that language's `t` function and
//! `date` filter); then each output is rendered on its own by rayon. Markdown
//! is converted here, so only pages that are rendered pay for it.

mod brand;
mod comments;
mod feed;
mod pages;
mod redirect;
mod search;
mod sitemap;
mod social;
mod theme;
pub(crate) mod view;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;
use tera::{Context, Tera};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::hash::hash_of;
use crate::input::i18n;
use crate::input::load::Sources;
use crate::input::markdown;
use crate::model::{Frame, OutputKind, OutputSpec, Reader, Readers, Reads, Site};
use view::LanguageView;

/// The templates every theme must have.
pub(crate) const TEMPLATES: &[&str] = &[
    "index.html",
    "report.html",
    "page.html",
    "taxonomy.html",
    "term.html",
    "archive.html",
    "search.html",
    "404.html",
    "root.html",
];

/// Messages rapport reads besides the theme's: the build's, the words of
/// addresses, and the skeleton of `rapport new`. Never "unused".
pub(crate) const OWN_MESSAGES: &[&str] = &[
    "language-name",
    "site-title",
    "site-tagline",
    "archive-slug",
    "search-slug",
    "page-slug",
    "new-heading-background",
    "new-heading-meeting",
    "new-heading-next",
    "new-summary-prompt",
    "new-translate-marker",
    "redirect-moved",
];

/// The content of an output file.
#[derive(Debug, Clone)]
pub(crate) enum Body {
    /// Rendered bytes.
    Bytes(Vec<u8>),
    /// A file copied as it is.
    Copy(PathBuf),
}

/// An output before its bytes: what its template is given, or the bytes of
/// an output made without a template. Hashing a view tells whether the
/// output can have changed, without rendering it.
pub(crate) enum View<'s> {
    /// A theme template and its context.
    Template {
        lang: &'s str,
        template: &'static str,
        ctx: Context,
        file: Option<&'s Path>,
        url: String,
    },
    /// Bytes made directly (feeds, the search index, the sitemap, redirects).
    Bytes(Vec<u8>),
    /// A file copied as it is.
    Copy(&'s Path),
}

/// How a view holds a document's Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fill {
    /// A key that stands for the HTML: a hash of everything the HTML is
    /// made from (the file's bytes, where its links lead, the settings).
    Keys,
    /// The HTML itself.
    Html,
}

/// What rendering keeps between builds of the preview.
#[derive(Debug, Default)]
pub(crate) struct Cache {
    search: SearchCache,
    /// Markdown HTML by its key; `None` in a one-off build, where each
    /// document is converted once anyway.
    markdown: Option<Mutex<MarkdownMemo>>,
    /// The theme compiled for each language, and the key it was compiled for.
    themes: Mutex<Option<(u64, Themes)>>,
}

type Themes = Arc<HashMap<String, Tera>>;

#[derive(Debug, Default)]
struct MarkdownMemo {
    html: HashMap<u64, Arc<str>>,
    /// Keys the current site still uses: the others go after each build.
    live: HashSet<u64>,
}

impl Cache {
    /// A cache that also keeps every document's HTML, for `serve`.
    pub(crate) fn keeping_markdown() -> Cache {
        Cache {
            markdown: Some(Mutex::new(MarkdownMemo::default())),
            ..Cache::default()
        }
    }

    /// Markdown HTML the site no longer uses goes.
    fn sweep(&self) {
        if let Some(Ok(mut memo)) = self.markdown.as_ref().map(Mutex::lock) {
            let live = std::mem::take(&mut memo.live);
            memo.html.retain(|k, _| live.contains(k));
        }
    }
}

/// One file of the output.
#[derive(Debug, Clone)]
pub(crate) struct Output {
    /// Path in the output folder, with `/` separators.
    pub(crate) path: String,
    /// What goes in it.
    pub(crate) body: Body,
}

/// What an output's view read: what the reader recorded, or every page
/// for views made from the text of a whole language at once (the search
/// index, made once for several outputs, and feeds).
fn reads_of(kind: &OutputKind, reader: Reader<'_>) -> Reads {
    match kind {
        OutputKind::SearchIndex(_)
        | OutputKind::SearchPart { .. }
        | OutputKind::SearchScript(_)
        | OutputKind::Feed { .. } => Reads::All,
        _ => reader.finish(),
    }
}

/// Everything rendering needs besides the model, set up once per build.
pub(crate) struct Renderer<'a> {
    /// The site without its pages: views read pages through a [`Reader`].
    site: &'a Frame,
    /// A [`Reader`] for each view.
    readers: Readers<'a>,
    sources: &'a Sources,
    tera: Arc<HashMap<String, Tera>>,
    languages: Vec<LanguageView>,
    /// Each language's top-level sections (name, title, URL), made once.
    sections: HashMap<String, Vec<(String, String, String)>>,
    cache: &'a Cache,
    /// What every view depends on besides its own content: the templates,
    /// the messages, the address prefix and this program.
    salt: u64,
    /// Each language's search index, made once for all its files.
    search_json: HashMap<String, std::sync::OnceLock<crate::search::index::Files>>,
    /// Each language's search index entries and their keys, made once.
    search_keys: HashMap<String, std::sync::OnceLock<search::Keys>>,
}

pub(crate) use search::SearchCache;
pub(crate) use theme::used_messages;

impl<'a> Renderer<'a> {
    /// Compiles the theme for every language (or takes it from `cache`,
    /// when neither the theme, the messages nor the address prefix changed)
    /// and checks its messages.
    pub(crate) fn new(
        site: &'a Site,
        sources: &'a Sources,
        cache: &'a Cache,
    ) -> Result<Renderer<'a>, Diagnostics> {
        let salt = salt(site, sources);
        let key = hash_of((salt, &site.config.languages));
        let kept = cache.themes.lock().ok().and_then(|t| {
            t.as_ref()
                .filter(|(k, _)| *k == key)
                .map(|(_, t)| t.clone())
        });
        let tera = match kept {
            Some(tera) => tera,
            None => {
                let tera = Arc::new(compile(site, sources)?);
                if let Ok(mut themes) = cache.themes.lock() {
                    *themes = Some((key, Arc::clone(&tera)));
                }
                tera
            }
        };
        let languages: Vec<LanguageView> = site
            .config
            .languages
            .iter()
            .map(|code| LanguageView {
                code: code.clone(),
                name: sources
                    .locales
                    .get(code)
                    .and_then(|l| l.format("language-name", None).ok())
                    .unwrap_or_else(|| code.clone()),
                url: site.path_url(&format!("{code}/")),
            })
            .collect();
        let sections = site
            .config
            .languages
            .iter()
            .map(|l| (l.clone(), site.sections(l)))
            .collect();
        Ok(Renderer {
            site,
            readers: Readers::new(site),
            sources,
            tera,
            languages,
            sections,
            cache,
            salt,
            search_json: site
                .config
                .languages
                .iter()
                .map(|l| (l.clone(), std::sync::OnceLock::new()))
                .collect(),
            search_keys: site
                .config
                .languages
                .iter()
                .map(|l| (l.clone(), std::sync::OnceLock::new()))
                .collect(),
        })
    }

    /// Renders `outputs` in parallel, collecting every problem.
    pub(crate) fn render(&self, outputs: &[OutputSpec]) -> Result<Vec<Output>, Diagnostics> {
        let results: Vec<Result<Output, Vec<Diagnostic>>> = outputs
            .par_iter()
            .map(|o| self.render_one(o, &self.readers.unrecorded()))
            .collect();
        let mut done = Vec::with_capacity(results.len());
        let mut problems = Vec::new();
        for r in results {
            match r {
                Ok(o) => done.push(o),
                Err(mut p) => problems.append(&mut p),
            }
        }
        Diagnostics::or_ok(problems, done)
    }

    /// The hash of every output's view, in the order of `outputs`, with
    /// what the view was made from: an output whose view hash did not change
    /// since the last build has the same bytes and is not rendered again.
    pub(crate) fn view_hashes(&self, outputs: &[&OutputSpec]) -> Vec<(u64, Reads)> {
        outputs
            .par_iter()
            .map(|spec| {
                let reader = self.readers.reader();
                let hash = self.view_hash(spec, &reader);
                (hash, reads_of(&spec.kind, reader))
            })
            .collect()
    }

    /// Drops the kept Markdown HTML that no view hashed since the last
    /// call used: after the view of every output was hashed.
    pub(crate) fn forget_unused(&self) {
        self.cache.sweep();
    }

    fn view_hash(&self, spec: &'a OutputSpec, r: &Reader<'a>) -> u64 {
        // The search index is hashed by its entries' keys, not made.
        match &spec.kind {
            OutputKind::SearchIndex(lang) => {
                return hash_of((self.salt, "index", self.search_key(lang, r)))
            }
            OutputKind::SearchScript(lang) => return hash_of((self.salt, "stemmer", lang)),
            OutputKind::SearchPart { lang, docs, n } => {
                return hash_of((self.salt, "part", docs, n, self.search_key(lang, r)))
            }
            _ => {}
        }
        match self.view(spec, Fill::Keys, r) {
            Ok(View::Template {
                lang,
                template,
                ctx,
                ..
            }) => {
                let mut h = crate::hash::Writer::new();
                h.add((self.salt, lang, template));
                // Streamed into the hasher: no text is made.
                let _ = serde_json::to_writer(&mut h, &ctx.into_json());
                h.finish()
            }
            Ok(View::Bytes(bytes)) => hash_of((self.salt, bytes)),
            Ok(View::Copy(source)) => {
                let stamp = std::fs::metadata(source)
                    .ok()
                    .map(|m| (m.modified().ok(), m.len()));
                hash_of((source, stamp))
            }
            // Rendering it will report the problem.
            Err(_) => 0,
        }
    }

    fn render_one(&self, spec: &'a OutputSpec, r: &Reader<'a>) -> Result<Output, Vec<Diagnostic>> {
        let body = match self.view(spec, Fill::Html, r)? {
            View::Template {
                lang,
                template,
                ctx,
                file,
                url,
            } => Body::Bytes(without_controls(
                self.run(lang, template, &ctx, file, &url)?,
            )),
            View::Bytes(bytes) => Body::Bytes(without_controls(bytes)),
            View::Copy(source) => Body::Copy(source.to_path_buf()),
        };
        Ok(Output {
            path: spec.path.clone(),
            body,
        })
    }

    /// What `spec` is made from, with its Markdown as `fill` says; every
    /// page it shows is read through `r`.
    fn view(
        &self,
        spec: &'a OutputSpec,
        fill: Fill,
        r: &Reader<'a>,
    ) -> Result<View<'a>, Vec<Diagnostic>> {
        Ok(match &spec.kind {
            OutputKind::Copy(source) => View::Copy(source),
            OutputKind::Page(id) => self.page(*id, &spec.kind, fill, r)?,
            OutputKind::Listing(i) => self.listing(*i, &spec.kind, fill, r)?,
            OutputKind::Terms(t) => self.terms(*t, &spec.kind, r),
            OutputKind::Archive { archive, year } => self.archive(*archive, *year, &spec.kind, r),
            OutputKind::Search(lang) => self.search_page(lang, &spec.kind, r),
            OutputKind::Root => self.special("root.html", &spec.kind, r),
            OutputKind::NotFound => self.special("404.html", &spec.kind, r),
            OutputKind::Feed { lang, term } => {
                View::Bytes(feed::render(self, r, lang, *term, fill)?)
            }
            OutputKind::SearchIndex(lang) => View::Bytes(
                self.search_files(lang, r)
                    .map(|f| f.meta.as_bytes().to_vec())
                    .unwrap_or_default(),
            ),
            OutputKind::SearchScript(lang) => View::Bytes(
                crate::search::stemmer_script(lang)
                    .unwrap_or_default()
                    .into_bytes(),
            ),
            OutputKind::SearchPart { lang, docs, n } => View::Bytes(
                self.search_files(lang, r)
                    .and_then(|f| if *docs { &f.docs } else { &f.terms }.get(*n))
                    .map(|s| s.as_bytes().to_vec())
                    .unwrap_or_default(),
            ),
            OutputKind::Redirect { page, .. } => {
                View::Bytes(redirect::render(self, r, *page).into_bytes())
            }
            OutputKind::Moved { to, lang, page } => {
                View::Bytes(redirect::moved(self, r, to, lang, *page).into_bytes())
            }
            OutputKind::Sitemap => View::Bytes(sitemap::render(r).into_bytes()),
            OutputKind::Robots => View::Bytes(sitemap::robots(self.site).into_bytes()),
        })
    }

    /// The entries' keys of the search index of `lang`, made once per render.
    /// Made once and shared by the index and its script, which read
    /// every page ([`Reads::All`]).
    fn search_keys(&self, lang: &str, r: &Reader<'a>) -> Option<&search::Keys> {
        let once = self.search_keys.get(lang)?;
        Some(once.get_or_init(|| search::keys(r, lang)))
    }

    /// The hash of the search index of `lang`.
    fn search_key(&self, lang: &str, r: &Reader<'a>) -> u64 {
        self.search_keys(lang, r).map_or(0, |k| k.0)
    }

    /// The files of the search index of `lang`, made once per render.
    fn search_files(&self, lang: &str, r: &Reader<'a>) -> Option<&crate::search::index::Files> {
        match (self.search_json.get(lang), self.search_keys(lang, r)) {
            (Some(once), Some(keys)) => {
                Some(once.get_or_init(|| search::index(r, lang, keys, &self.cache.search)))
            }
            _ => None,
        }
    }

    /// A message of `lang` that the build itself uses (checked to exist).
    fn message(&self, lang: &str, id: &str) -> String {
        self.sources
            .locales
            .get(lang)
            .and_then(|l| l.format(id, None).ok())
            .unwrap_or_default()
    }

    /// The HTML of a document's Markdown, or with [`Fill::Keys`] the key
    /// that stands for it; with `absolute`, the page's own URL, every link
    /// and image is made absolute (for feeds).
    fn markdown(
        &self,
        r: &Reader<'a>,
        doc: &crate::input::document::Document,
        absolute: Option<&str>,
        fill: Fill,
    ) -> Result<Arc<str>, Vec<Diagnostic>> {
        let config = &self.site.config;
        let origin = config
            .base_url
            .strip_suffix(config.base_path.as_str())
            .unwrap_or(&config.base_url);
        let key = || {
            let targets: Vec<Option<String>> =
                doc.links.iter().map(|l| r.resolve_link(doc, l)).collect();
            // The photos of its bundle: their sizes make each `srcset`,
            // and where they are published, their URLs.
            let photos: Vec<Option<&crate::photos::Photo>> =
                doc.bundle.as_ref().map_or(Vec::new(), |b| {
                    b.files
                        .iter()
                        .map(|f| self.site.photos.get(&format!("{}/{f}", b.dir)))
                        .collect()
                });
            let home = doc
                .bundle
                .as_ref()
                .and_then(|b| self.site.photo_homes.get(&b.dir));
            hash_of((
                doc.hash,
                &doc.file,
                targets,
                photos,
                home,
                absolute,
                origin,
                config.raw_html,
            ))
        };
        let memo = self.cache.markdown.as_ref();
        if fill == Fill::Keys {
            let key = key();
            if let Some(Ok(mut memo)) = memo.map(Mutex::lock) {
                memo.live.insert(key);
            }
            return Ok(Arc::from(format!("\u{1}markdown:{key:016x}")));
        }
        let key = memo.map(|_| key());
        if let (Some(key), Some(Ok(memo))) = (key, memo.map(Mutex::lock)) {
            if let Some(html) = memo.html.get(&key) {
                return Ok(Arc::clone(html));
            }
        }
        let resolve = |target: &str| r.resolve_link(doc, target);
        let absolute = absolute.map(|page| markdown::Absolute { page, origin });
        let html: Arc<str> = Arc::from(doc_markdown(self.site, doc, &resolve, absolute)?);
        if let (Some(key), Some(Ok(mut memo))) = (key, memo.map(Mutex::lock)) {
            memo.html.insert(key, Arc::clone(&html));
            memo.live.insert(key);
        }
        Ok(html)
    }

    fn run(
        &self,
        lang: &str,
        template: &str,
        ctx: &Context,
        file: Option<&Path>,
        url: &str,
    ) -> Result<Vec<u8>, Vec<Diagnostic>> {
        let tera = self
            .tera
            .get(lang)
            .expect("a Tera instance is made for every language");
        tera.render(template, ctx)
            .map(String::into_bytes)
            .map_err(|e| {
                vec![theme::template_error(
                    &self.sources.theme.dir,
                    &e,
                    file,
                    Some(&format!("/{url}")),
                )]
            })
    }
}

/// The problems of every page's Markdown (links to reports the site does
/// not have, script addresses), found without the theme: for `check`, when
/// the theme or its messages cannot be compiled, so that one broken
/// template or message does not hide the rest.
pub(crate) fn markdown_problems(site: &Site) -> Vec<Diagnostic> {
    site.pages
        .par_iter()
        .flat_map_iter(|page| {
            let resolve = |target: &str| site.resolve_link(&page.doc, target);
            doc_markdown(site, &page.doc, &resolve, None)
                .err()
                .unwrap_or_default()
        })
        .collect()
}

/// The HTML of `doc`'s Markdown, its links to reports resolved by
/// `resolve`, its photos by the photo stage, made absolute when asked.
fn doc_markdown(
    frame: &Frame,
    doc: &crate::input::document::Document,
    resolve: &(dyn Fn(&str) -> Option<String> + Sync),
    absolute: Option<markdown::Absolute<'_>>,
) -> Result<String, Vec<Diagnostic>> {
    let photo = |src: &str| view::photo(frame, doc, src);
    let ctx = markdown::Context {
        photo: &photo,
        file: &doc.file,
        body_line: doc.body_line,
        raw_html: frame.config.raw_html,
        resolve,
        absolute,
    };
    markdown::render(&doc.body, &ctx)
}

/// A rendered text without the characters XML 1.0 forbids and HTML calls
/// errors (C0 and C1 controls but tab and line ends, U+FFFE, U+FFFF): the
/// one place every text passes after all unescaping (YAML's `"\v"`, JSON's
/// `\u0001`, Fluent's `\u0001`, numeric entities), so feeds stay XML
/// whatever wrote the character. `check` warns where a source holds one.
fn without_controls(bytes: Vec<u8>) -> Vec<u8> {
    // Only these bytes start a forbidden character in UTF-8.
    let suspect = |b: &u8| {
        (*b < 0x20 && !matches!(*b, b'\t' | b'\n' | b'\r')) || matches!(*b, 0x7f | 0xc2 | 0xef)
    };
    if !bytes.iter().any(suspect) {
        return bytes;
    }
    match String::from_utf8(bytes) {
        Ok(text) if text.chars().any(crate::input::document::is_forbidden) => text
            .chars()
            .filter(|c| !crate::input::document::is_forbidden(*c))
            .collect::<String>()
            .into_bytes(),
        Ok(text) => text.into_bytes(),
        Err(e) => e.into_bytes(),
    }
}

/// The theme compiled for every language, with its messages and functions;
/// every problem with the theme or its messages is reported.
fn compile(site: &Frame, sources: &Sources) -> Result<HashMap<String, Tera>, Diagnostics> {
    let theme = &sources.theme;
    let mut problems = Vec::new();
    for name in TEMPLATES {
        if !theme.templates.contains_key(*name) {
            problems.push(
                Diagnostic::in_file(&theme.dir, crate::msg!("theme-no-template", name = name))
                    .help(crate::msg!(
                        "theme-no-template.help",
                        file = format!("{}/{name}", theme.dir.display())
                    )),
            );
        }
    }
    let mut base = Tera::default();
    base.autoescape_on(vec![".html", ".xml"]);
    base.set_escape_fn(crate::html::escape);
    if let Err(e) = base.add_raw_templates(
        theme
            .templates
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str())),
    ) {
        problems.push(theme::template_error(&theme.dir, &e, None, None));
    }
    problems.extend(theme::missing_messages(sources));
    if !problems.is_empty() {
        return Err(Diagnostics(problems));
    }
    let mut tera = HashMap::new();
    for lang in &site.config.languages {
        let mut t = base.clone();
        if let Some(locale) = sources.locales.get(lang) {
            i18n::register(&mut t, locale, &sources.locales);
        }
        let base_path = site.config.base_path.clone();
        let fingerprints = sources.fingerprints.clone();
        t.register_function("url", move |args: &HashMap<String, tera::Value>| {
            let path = args
                .get("path")
                .and_then(|p| p.as_str())
                .ok_or_else(|| tera::Error::msg(crate::msg!("template-url-needs-path")))?;
            // A style or script by its fingerprinted name (see `Sources::fingerprint`).
            let path = fingerprints
                .get(path.trim_start_matches('/'))
                .map_or(path, String::as_str);
            Ok(tera::Value::String(format!(
                "{base_path}{}",
                path.trim_start_matches('/')
            )))
        });
        tera.insert(lang.clone(), t);
    }
    Ok(tera)
}

/// What every view hash includes: the templates, every language's
/// messages, the address prefix the `url()` function adds, and this
/// program itself (a new rapport may render the same view differently).
fn salt(site: &Frame, sources: &Sources) -> u64 {
    let locales: Vec<u64> = site
        .config
        .languages
        .iter()
        .map(|l| sources.locales.get(l).map_or(0, |l| l.hash))
        .collect();
    let program = std::env::current_exe()
        .and_then(std::fs::metadata)
        .ok()
        .map(|m| (m.len(), m.modified().ok()));
    hash_of((
        sources.theme.hash,
        locales,
        &site.config.base_path,
        &sources.fingerprints,
        env!("CARGO_PKG_VERSION"),
        program,
    ))
}
