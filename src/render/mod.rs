//! The third stage: [`Site`] → every output file's bytes, in parallel.
//!
//! Tera is set up once per language (with that language's `t` function and
//! `date` filter); then each output is rendered on its own by rayon. Markdown
//! is converted here, so only pages that are rendered pay for it.

pub mod view;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use tera::{Context, Tera};

use crate::diagnostics::{Diagnostic, Diagnostics, Span};
use crate::i18n;
use crate::load::Sources;
use crate::markdown;
use crate::site::{OutputKind, OutputSpec, PageId, Site};
use view::{Alternate, LanguageView, SiteView, SwitchItem, TranslationView};

/// The templates every theme must have.
pub const TEMPLATES: &[&str] = &[
    "index.html",
    "report.html",
    "page.html",
    "404.html",
    "root.html",
];

/// Messages the build itself needs from every language.
const MESSAGES: &[&str] = &["language-name"];

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
}

/// Renders every output of `site`.
pub fn render(site: &Site, sources: &Sources) -> Result<Vec<Output>, Diagnostics> {
    let renderer = Renderer::new(site, sources)?;
    renderer.render(&site.outputs)
}

impl<'a> Renderer<'a> {
    /// Compiles the theme for every language and checks its messages.
    pub fn new(site: &'a Site, sources: &'a Sources) -> Result<Renderer<'a>, Diagnostics> {
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
        base.set_escape_fn(escape);
        if let Err(e) = base.add_raw_templates(
            theme
                .templates
                .iter()
                .map(|(n, t)| (n.as_str(), t.as_str())),
        ) {
            problems.push(template_error(&theme.dir, &e, None, None));
        }
        problems.extend(missing_messages(sources));
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
        let body = match &spec.kind {
            OutputKind::Copy(source) => Body::Copy(source.clone()),
            OutputKind::Page(id) => Body::Bytes(self.page(*id)?),
            OutputKind::Listing(i) => Body::Bytes(self.listing(*i)?),
            OutputKind::Root => Body::Bytes(self.special("root.html")?),
            OutputKind::NotFound => Body::Bytes(self.special("404.html")?),
        };
        Ok(Output {
            path: spec.path.clone(),
            body,
        })
    }

    fn markdown(
        &self,
        doc: &crate::document::Document,
        body: &str,
    ) -> Result<String, Vec<Diagnostic>> {
        let resolve = |target: &str| self.site.resolve_link(doc, target);
        let ctx = markdown::Context {
            file: &doc.file,
            body_line: doc.body_line,
            raw_html: self.site.config.raw_html,
            resolve: &resolve,
        };
        markdown::render(body, &ctx)
    }

    /// The context every template gets.
    fn common(&self, lang: &str, canonical: &str) -> Context {
        let mut ctx = Context::new();
        ctx.insert("lang", lang);
        ctx.insert(
            "site",
            &SiteView {
                base_url: &self.site.config.base_url,
                base_path: &self.site.config.base_path,
                default_language: &self.site.config.default_language,
                languages: self.languages.clone(),
                taxonomies: &self.site.config.taxonomies,
                generator: concat!("rapport ", env!("CARGO_PKG_VERSION")),
            },
        );
        ctx.insert("canonical", &self.site.permalink(canonical));
        ctx.insert("current_url", &self.site.path_url(canonical));
        ctx.insert("home_url", &self.site.path_url(&format!("{lang}/")));
        ctx.insert("menu", &self.menus.get(lang));
        ctx
    }

    fn name_of<'s>(&'s self, lang: &'s str) -> &'s str {
        self.languages
            .iter()
            .find(|l| l.code == lang)
            .map_or(lang, |l| l.name.as_str())
    }

    /// Switcher, alternates and translations for a page in `lang` whose
    /// version in each language is `version(lang)` (a site-relative URL).
    fn languages_of(
        &self,
        ctx: &mut Context,
        lang: &str,
        version: &dyn Fn(&str) -> Option<(String, String)>,
    ) {
        let config = &self.site.config;
        let mut switcher = Vec::new();
        let mut alternates = Vec::new();
        let mut translations = Vec::new();
        for other in &config.languages {
            let found = version(other);
            let name = self.name_of(other);
            if let Some((url, title)) = &found {
                alternates.push(Alternate {
                    hreflang: other.clone(),
                    url: self.site.permalink(url),
                });
                if other != lang {
                    translations.push(TranslationView {
                        lang: other,
                        name,
                        title: title.clone(),
                        url: self.site.path_url(url),
                    });
                }
            }
            switcher.push(SwitchItem {
                lang: other,
                name,
                url: match &found {
                    Some((url, _)) => self.site.path_url(url),
                    None => self.site.path_url(&format!("{other}/")),
                },
                current: other == lang,
                translated: found.is_some(),
            });
        }
        let default = version(&config.default_language).or_else(|| version(lang));
        if let Some((url, _)) = default {
            alternates.push(Alternate {
                hreflang: "x-default".into(),
                url: self.site.permalink(&url),
            });
        }
        ctx.insert("switcher", &switcher);
        ctx.insert("alternates", &alternates);
        ctx.insert("translations", &translations);
    }

    fn page(&self, id: PageId) -> Result<Vec<u8>, Vec<Diagnostic>> {
        let site = self.site;
        let page = &site.pages[id];
        let content = self.markdown(&page.doc, &page.doc.body)?;
        let lang = page.lang();
        let mut ctx = self.common(lang, &page.url);
        let version = |l: &str| {
            site.translation(id, l).map(|p| {
                (
                    site.pages[p].url.clone(),
                    site.pages[p].doc.front.title.clone(),
                )
            })
        };
        self.languages_of(&mut ctx, lang, &version);
        ctx.insert("page", &view::page_view(site, page, content));
        let template = if page.is_report() {
            "report.html"
        } else {
            "page.html"
        };
        self.run(lang, template, &ctx, Some(&page.doc.file), &page.url)
    }

    fn listing(&self, i: usize) -> Result<Vec<u8>, Vec<Diagnostic>> {
        let site = self.site;
        let listing = &site.listings[i];
        let intro = match &listing.intro {
            Some(doc) => Some(self.markdown(doc, &doc.body)?),
            None => None,
        };
        let lang = &listing.lang;
        let mut ctx = self.common(lang, &listing.url);
        let version = |l: &str| {
            site.listings
                .iter()
                .find(|o| o.lang == l && o.section == listing.section && o.number == 1)
                .map(|o| (o.url.clone(), String::new()))
        };
        self.languages_of(&mut ctx, lang, &version);
        ctx.insert("listing", &view::listing_view(site, listing, intro));
        let file = listing.intro.as_ref().map(|d| d.file.as_path());
        self.run(lang, "index.html", &ctx, file, &listing.url)
    }

    fn special(&self, template: &str) -> Result<Vec<u8>, Vec<Diagnostic>> {
        let lang = &self.site.config.default_language;
        let mut ctx = self.common(
            lang,
            if template == "root.html" {
                ""
            } else {
                "404.html"
            },
        );
        let version = |l: &str| Some((format!("{l}/"), String::new()));
        self.languages_of(&mut ctx, lang, &version);
        self.run(lang, template, &ctx, None, "")
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
                vec![template_error(
                    &self.sources.theme.dir,
                    &e,
                    file,
                    Some(&format!("/{url}")),
                )]
            })
    }
}

/// Escapes text for HTML and XML, leaving `/` as it is (Tera's default writes `&#x2F;`).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A Tera error as a diagnostic naming the template and, for syntax errors, the line.
fn template_error(
    dir: &Path,
    e: &tera::Error,
    page: Option<&Path>,
    url: Option<&str>,
) -> Diagnostic {
    let mut chain = vec![e.to_string()];
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        chain.push(s.to_string());
        source = s.source();
    }
    let template = chain
        .iter()
        .find_map(|m| {
            m.split('\'')
                .nth(1)
                .filter(|n| n.ends_with(".html") || n.ends_with(".xml"))
        })
        .map(str::to_string);
    let position = chain.iter().find_map(|m| {
        let rest = &m[m.find("--> ")? + 4..];
        let end = rest
            .find(|c: char| !c.is_ascii_digit() && c != ':')
            .unwrap_or(rest.len());
        let (line, column) = rest[..end].split_once(':')?;
        Some(Span::new(line.parse().ok()?, column.parse().ok()?, 1))
    });
    let message = chain
        .iter()
        .map(|m| m.trim())
        .filter(|m| !m.is_empty())
        .collect::<Vec<_>>()
        .join(": ");
    let mut d = match &template {
        Some(name) => Diagnostic::in_file(dir.join(name), format!("template error: {message}")),
        None => Diagnostic::new(format!("template error: {message}")),
    };
    if let Some(span) = position {
        d = d.at_position(span);
    }
    let mut help = String::from("fix the template");
    if let (Some(page), Some(url)) = (page, url) {
        help = format!(
            "this happened while rendering {} ({url}); fix the template or the page",
            page.display()
        );
    } else if let Some(url) = url {
        help = format!("this happened while rendering {url}; fix the template");
    }
    d.help(help)
}

/// Messages the theme uses (`t(key="…")`) that some language lacks.
fn missing_messages(sources: &Sources) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut used: Vec<(String, PathBuf, usize)> = MESSAGES
        .iter()
        .map(|m| (m.to_string(), PathBuf::from("locales"), 0))
        .collect();
    for (name, text) in &sources.theme.templates {
        for (n, line) in text.lines().enumerate() {
            let mut rest = line;
            while let Some(i) = rest.find("t(key=\"") {
                rest = &rest[i + 7..];
                if let Some(end) = rest.find('"') {
                    used.push((rest[..end].to_string(), sources.theme.dir.join(name), n + 1));
                }
            }
        }
    }
    for lang in &sources.config.languages {
        let Some(locale) = sources.locales.get(lang) else {
            continue;
        };
        for (id, file, line) in &used {
            if locale.has(id) {
                continue;
            }
            let mut d = Diagnostic::in_file(
                Path::new("locales").join(lang),
                format!("the message `{id}` is missing in `{lang}`"),
            )
            .help(format!("add `{id} = …` to a .ftl file in locales/{lang}/"));
            if *line > 0 {
                d = d.help(format!(
                    "add `{id} = …` to a .ftl file in locales/{lang}/; the theme uses it in {}:{line}",
                    file.display()
                ));
            }
            if !problems.iter().any(|p: &Diagnostic| p.message == d.message) {
                problems.push(d);
            }
        }
    }
    problems
}
