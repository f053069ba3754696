//! The third stage: [`Site`] → every output file's bytes, in parallel.
//!
//! Tera is set up once per language (with that language's `t` function and
//! `date` filter); then each output is rendered on its own by rayon. Markdown
//! is converted here, so only pages that are rendered pay for it.

mod feed;
mod pages;
mod redirect;
mod search;
mod sitemap;
mod social;
mod theme;
pub mod view;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use tera::{Context, Tera};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n;
use crate::load::Sources;
use crate::markdown;
use crate::site::{OutputKind, OutputSpec, Site};
use view::LanguageView;

/// The templates every theme must have.
pub const TEMPLATES: &[&str] = &[
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

/// Messages the build itself needs from every language.
pub const MESSAGES: &[&str] = &["language-name", "site-title", "site-tagline"];

/// Messages rapport reads besides the theme's: the build's, the words of
/// addresses, and the skeleton of `rapport new`. Never "unused".
pub const OWN_MESSAGES: &[&str] = &[
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
pub enum Body {
    /// Rendered bytes.
    Bytes(Vec<u8>),
    /// A file copied as it is.
    Copy(PathBuf),
}

/// One file of the output.
#[derive(Debug, Clone)]
pub struct Output {
    /// Path in the output folder, with `/` separators.
    pub path: String,
    /// What goes in it.
    pub body: Body,
}

/// Everything rendering needs besides the model, set up once per build.
pub struct Renderer<'a> {
    site: &'a Site,
    sources: &'a Sources,
    tera: HashMap<String, Tera>,
    languages: Vec<LanguageView>,
    menus: HashMap<String, Vec<view::MenuItem>>,
    search: &'a search::SearchCache,
    /// Each language's search index, made once for its JSON and its script.
    search_json: HashMap<String, std::sync::OnceLock<String>>,
}

pub use search::SearchCache;
pub use theme::{theme_keys, used_messages};

/// Renders every output of `site`.
pub fn render(site: &Site, sources: &Sources) -> Result<Vec<Output>, Diagnostics> {
    let cache = SearchCache::default();
    let renderer = Renderer::new(site, sources, &cache)?;
    renderer.render(&site.outputs)
}

impl<'a> Renderer<'a> {
    /// Compiles the theme for every language and checks its messages.
    pub fn new(
        site: &'a Site,
        sources: &'a Sources,
        search: &'a SearchCache,
    ) -> Result<Renderer<'a>, Diagnostics> {
        let theme = &sources.theme;
        let mut problems = Vec::new();
        for name in TEMPLATES {
            if !theme.templates.contains_key(*name) {
                problems.push(
                    Diagnostic::in_file(&theme.dir, format!("the theme has no template `{name}`"))
                        .help(format!(
                            "add {}/{name}; themes/default/ has one to start from",
                            theme.dir.display()
                        )),
                );
            }
        }
        let mut base = Tera::default();
        base.autoescape_on(vec![".html", ".xml"]);
        base.set_escape_fn(theme::escape);
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
        let mut tera = HashMap::new();
        for lang in &site.config.languages {
            let mut t = base.clone();
            if let Some(locale) = sources.locales.get(lang) {
                i18n::register(&mut t, locale, &sources.locales);
            }
            let base_path = site.config.base_path.clone();
            t.register_function("url", move |args: &HashMap<String, tera::Value>| {
                let path = args.get("path").and_then(|p| p.as_str()).ok_or_else(|| {
                    tera::Error::msg("url() needs a `path`, as in url(path=\"style.css\")")
                })?;
                Ok(tera::Value::String(format!(
                    "{base_path}{}",
                    path.trim_start_matches('/')
                )))
            });
            tera.insert(lang.clone(), t);
        }
        let menus = site
            .config
            .languages
            .iter()
            .map(|l| (l.clone(), view::menu(site, l)))
            .collect();
        Ok(Renderer {
            site,
            sources,
            tera,
            languages,
            menus,
            search,
            search_json: site
                .config
                .languages
                .iter()
                .map(|l| (l.clone(), std::sync::OnceLock::new()))
                .collect(),
        })
    }

    /// Renders `outputs` in parallel, collecting every problem.
    pub fn render(&self, outputs: &[OutputSpec]) -> Result<Vec<Output>, Diagnostics> {
        let results: Vec<Result<Output, Vec<Diagnostic>>> =
            outputs.par_iter().map(|o| self.render_one(o)).collect();
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

    fn render_one(&self, spec: &OutputSpec) -> Result<Output, Vec<Diagnostic>> {
        let bytes = match &spec.kind {
            OutputKind::Copy(source) => {
                return Ok(Output {
                    path: spec.path.clone(),
                    body: Body::Copy(source.clone()),
                })
            }
            OutputKind::Page(id) => self.page(*id, &spec.kind)?,
            OutputKind::Listing(i) => self.listing(*i, &spec.kind)?,
            OutputKind::Terms(t) => self.terms(*t, &spec.kind)?,
            OutputKind::Archive { archive, year } => self.archive(*archive, *year, &spec.kind)?,
            OutputKind::Search(lang) => self.search_page(lang, &spec.kind)?,
            OutputKind::Root => self.special("root.html", &spec.kind)?,
            OutputKind::NotFound => self.special("404.html", &spec.kind)?,
            OutputKind::Feed { lang, term } => feed::render(self, lang, *term)?,
            OutputKind::SearchIndex(lang) => self.search_json(lang).as_bytes().to_vec(),
            OutputKind::SearchScript(lang) => search::script(self.search_json(lang)).into_bytes(),
            OutputKind::Redirect { page, .. } => redirect::render(self, *page).into_bytes(),
            OutputKind::Moved { to, lang, page } => {
                redirect::moved(self, to, lang, *page).into_bytes()
            }
            OutputKind::Sitemap => sitemap::render(self.site).into_bytes(),
            OutputKind::Robots => sitemap::robots(self.site).into_bytes(),
        };
        Ok(Output {
            path: spec.path.clone(),
            body: Body::Bytes(bytes),
        })
    }

    /// The search index of `lang`, made once per render.
    fn search_json(&self, lang: &str) -> &str {
        match self.search_json.get(lang) {
            Some(once) => once.get_or_init(|| search::index(self.site, lang, self.search)),
            None => "",
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

    /// The HTML of a document's Markdown; with `absolute`, the page's own
    /// URL, every link and image is made absolute (for feeds).
    fn markdown(
        &self,
        doc: &crate::document::Document,
        absolute: Option<&str>,
    ) -> Result<String, Vec<Diagnostic>> {
        let resolve = |target: &str| self.site.resolve_link(doc, target);
        let origin = self
            .site
            .config
            .base_url
            .strip_suffix(self.site.config.base_path.as_str())
            .unwrap_or(&self.site.config.base_url);
        let ctx = markdown::Context {
            file: &doc.file,
            body_line: doc.body_line,
            raw_html: self.site.config.raw_html,
            resolve: &resolve,
            absolute: absolute.map(|page| markdown::Absolute { page, origin }),
        };
        markdown::render(&doc.body, &ctx)
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
