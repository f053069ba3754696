//! The HTML outputs: the Tera context of each kind of page.

use chrono::Datelike;
use serde::Serialize;
use tera::Context;

use super::view::{self, Alternate, SiteView, SwitchItem, TranslationView};
use super::{social, Fill, Renderer, View};
use crate::diagnostics::Diagnostic;
use crate::model::{Frame, ListingKind, OutputKind, PageId, Reader, Taxonomy, Term};

/// Links every page of a language has.
#[derive(Serialize)]
struct Links {
    archive: String,
    search: String,
    feed: String,
    taxonomies: Vec<TaxonomyLink>,
}

#[derive(Serialize)]
struct TaxonomyLink {
    name: String,
    url: String,
}

/// A feed for `<link rel="alternate" type="application/atom+xml">`.
#[derive(Serialize)]
struct FeedLink {
    url: String,
    title: String,
}

#[derive(Serialize)]
struct TermView<'a> {
    name: &'a str,
    /// The language of `name`; another than the page's when the term has
    /// no name in the page's language.
    lang: &'a str,
    foreign: bool,
    /// The organisation's website, from terms.yaml.
    website: Option<&'a str>,
    url: String,
    count: usize,
}

impl<'a> TermView<'a> {
    fn new(site: &Frame, taxonomy: &Taxonomy, term: &'a Term) -> TermView<'a> {
        TermView {
            name: &term.name,
            lang: &term.lang,
            foreign: term.lang != taxonomy.lang,
            website: term.website.as_deref(),
            url: site.path_url(&term.url),
            count: term.pages.len(),
        }
    }
}

#[derive(Serialize)]
struct TaxonomyView<'a> {
    name: &'a str,
    url: String,
    terms: Vec<TermView<'a>>,
}

/// A page whose reports exist in one language only: `lang`, and the other
/// languages whose readers arrive here from their listings, in which the
/// theme says so too.
#[derive(Serialize)]
struct OnlyIn<'a> {
    lang: &'a str,
    readers: Vec<&'a str>,
}

#[derive(Serialize)]
struct YearLink {
    year: i32,
    url: String,
    count: usize,
    current: bool,
}

#[derive(Serialize)]
struct Month<'a> {
    /// The first day of the month, for the `date(style="month")` filter.
    date: String,
    items: Vec<view::Card<'a>>,
}

#[derive(Serialize)]
struct ArchiveView<'a> {
    url: String,
    years: Vec<YearLink>,
    year: Option<i32>,
    months: Vec<Month<'a>>,
}

type Viewed<'s> = Result<View<'s>, Vec<Diagnostic>>;

impl<'a> Renderer<'a> {
    /// The context every template gets, for the page `kind` at `url` in
    /// `lang`; the pages it shows (the menu's, the other languages') are
    /// read through `r`.
    fn common(&self, lang: &str, url: &str, kind: &OutputKind, r: &Reader<'a>) -> Context {
        let site = self.site;
        let mut ctx = Context::new();
        ctx.insert("lang", lang);
        ctx.insert(
            "site",
            &SiteView {
                base_url: &site.config.base_url,
                base_path: &site.config.base_path,
                default_language: &site.config.default_language,
                languages: self.languages.clone(),
                taxonomies: &site.config.taxonomies,
                generator: concat!("rapport ", env!("CARGO_PKG_VERSION")),
            },
        );
        ctx.insert("canonical", &site.permalink(url));
        ctx.insert("current_url", &site.path_url(url));
        ctx.insert("home_url", &site.path_url(&format!("{lang}/")));
        let sections = self.sections.get(lang).map_or(&[][..], Vec::as_slice);
        ctx.insert("menu", &view::menu(r, sections, lang));
        let segments = site.segments.get(lang).cloned().unwrap_or_default();
        ctx.insert(
            "links",
            &Links {
                archive: site.path_url(&format!("{lang}/{}/", segments.archive)),
                search: site.path_url(&format!("{lang}/{}/", segments.search)),
                feed: site.path_url(&format!("{lang}/atom.xml")),
                taxonomies: site
                    .taxonomies
                    .iter()
                    .filter(|t| t.lang == lang)
                    .map(|t| TaxonomyLink {
                        name: t.name.clone(),
                        url: site.path_url(&t.url),
                    })
                    .collect(),
            },
        );
        let mut feeds = vec![FeedLink {
            url: site.permalink(&format!("{lang}/atom.xml")),
            title: self.message(lang, "site-title"),
        }];
        if let OutputKind::Listing(i) = kind {
            if let ListingKind::Term { taxonomy, term } = site.listings[*i].kind {
                let term = &site.taxonomies[taxonomy].terms[term];
                feeds.push(FeedLink {
                    url: site.permalink(&format!("{}atom.xml", term.url)),
                    title: format!("{} – {}", self.message(lang, "site-title"), term.name),
                });
            }
        }
        ctx.insert("feeds", &feeds);
        ctx.insert("locale", &social::og_locale(lang));
        ctx.insert(
            "brand",
            &super::brand::BrandView::new(site, self.sources, lang),
        );
        self.languages_of(&mut ctx, lang, kind, r);
        ctx
    }

    fn name_of<'s>(&'s self, lang: &'s str) -> &'s str {
        self.languages
            .iter()
            .find(|l| l.code == lang)
            .map_or(lang, |l| l.name.as_str())
    }

    /// Switcher, alternates and translations of the page `kind` in `lang`.
    fn languages_of(&self, ctx: &mut Context, lang: &str, kind: &OutputKind, r: &Reader<'a>) {
        let site = self.site;
        let versions = r.versions(kind, true);
        let mut switcher = Vec::new();
        let mut translations = Vec::new();
        for other in &site.config.languages {
            let found = versions.iter().find(|v| &v.lang == other);
            let name = self.name_of(other);
            if let Some(v) = found.filter(|_| other != lang) {
                translations.push(TranslationView {
                    lang: other,
                    name,
                    title: v.title.clone().unwrap_or_default(),
                    url: site.path_url(&v.url),
                });
            }
            switcher.push(SwitchItem {
                lang: other,
                name,
                url: site.path_url(&found.map_or_else(|| format!("{other}/"), |v| v.url.clone())),
                current: other == lang,
                translated: found.is_some(),
            });
        }
        let mut alternates: Vec<Alternate> = versions
            .iter()
            .filter_map(|v| {
                // A listing's later pages have the same page of the others as versions.
                let url = match kind {
                    OutputKind::Listing(i) => site.same_listing_page(*i, &v.lang)?,
                    _ => v.url.clone(),
                };
                Some(Alternate {
                    hreflang: v.lang.clone(),
                    url: site.permalink(&url),
                })
            })
            .collect();
        let default = alternates
            .iter()
            .find(|a| a.hreflang == site.config.default_language)
            .or_else(|| alternates.iter().find(|a| a.hreflang == lang));
        if let Some(a) = default {
            alternates.push(Alternate {
                hreflang: "x-default".into(),
                url: a.url.clone(),
            });
        }
        let other_locales: Vec<String> = versions
            .iter()
            .filter(|v| v.lang != lang)
            .map(|v| social::og_locale(&v.lang))
            .collect();
        ctx.insert("locale_alternates", &other_locales);
        ctx.insert("switcher", &switcher);
        ctx.insert("alternates", &alternates);
        ctx.insert("translations", &translations);
    }

    pub(super) fn page(
        &self,
        id: PageId,
        kind: &OutputKind,
        fill: Fill,
        r: &Reader<'a>,
    ) -> Viewed<'a> {
        let site = self.site;
        let page = r.page(id);
        let content = self.markdown(r, &page.doc, None, fill)?.to_string();
        let lang = page.lang();
        let mut ctx = self.common(lang, &page.url, kind, r);
        let view = view::page_view(site, page, content);
        ctx.insert(
            "json_ld",
            &social::json_ld(site, page, &view, &self.message(lang, "site-title")),
        );
        ctx.insert("page", &view);
        ctx.insert("page_taxonomies", &view::page_taxonomies(site, page));
        if page.is_report() {
            super::comments::insert(&mut ctx, site, page);
        }
        let alone = site.groups[page.group].len() == 1 && site.config.languages.len() > 1;
        if alone && page.is_report() {
            let readers = site
                .config
                .languages
                .iter()
                .filter(|l| *l != lang && site.listed.get(*l).is_some_and(|ids| ids.contains(&id)))
                .map(String::as_str)
                .collect();
            ctx.insert("only_in", &OnlyIn { lang, readers });
        }
        // Where "all reports" leads: the report's section, when the site has several.
        if let crate::input::document::DocKind::Report { section } = &page.doc.kind {
            let top = section.split('/').next().unwrap_or(section);
            let sections = self.sections.get(lang).map_or(&[][..], Vec::as_slice);
            if let Some((_, _, url)) = sections.iter().find(|(s, _, _)| s == top) {
                ctx.insert("section_url", &url);
            }
        }
        let template = if page.is_report() {
            "report.html"
        } else {
            "page.html"
        };
        Ok(View::Template {
            lang,
            template,
            ctx,
            file: Some(&page.doc.file),
            url: page.url.clone(),
        })
    }

    pub(super) fn listing(
        &self,
        i: usize,
        kind: &OutputKind,
        fill: Fill,
        r: &Reader<'a>,
    ) -> Viewed<'a> {
        let site = self.site;
        let listing = &site.listings[i];
        let intro = match &listing.intro {
            Some(doc) => Some(self.markdown(r, doc, None, fill)?.to_string()),
            None => None,
        };
        let lang = &listing.lang;
        let mut ctx = self.common(lang, &listing.url, kind, r);
        ctx.insert("listing", &view::listing_view(r, listing, intro));
        let template = match listing.kind {
            ListingKind::Term { taxonomy, term } => {
                let taxonomy = &site.taxonomies[taxonomy];
                let term = &taxonomy.terms[term];
                ctx.insert("term", &TermView::new(site, taxonomy, term));
                // A term page in one language whose reports are all in another.
                let first = term.pages.first().map(|&p| r.address(p).lang());
                if let Some(only) = first.filter(|first| {
                    *first != lang.as_str()
                        && term.pages.iter().all(|&p| r.address(p).lang() == *first)
                }) {
                    ctx.insert(
                        "only_in",
                        &OnlyIn {
                            lang: only,
                            readers: Vec::new(),
                        },
                    );
                }
                ctx.insert(
                    "taxonomy",
                    &TaxonomyView {
                        name: &taxonomy.name,
                        url: site.path_url(&taxonomy.url),
                        terms: Vec::new(),
                    },
                );
                "term.html"
            }
            _ => "index.html",
        };
        let file = listing.intro.as_ref().map(|d| d.file.as_path());
        Ok(View::Template {
            lang,
            template,
            ctx,
            file,
            url: listing.url.clone(),
        })
    }

    pub(super) fn terms(&self, t: usize, kind: &OutputKind, r: &Reader<'a>) -> View<'a> {
        let site = self.site;
        let taxonomy = &site.taxonomies[t];
        let mut ctx = self.common(&taxonomy.lang, &taxonomy.url, kind, r);
        ctx.insert(
            "taxonomy",
            &TaxonomyView {
                name: &taxonomy.name,
                url: site.path_url(&taxonomy.url),
                terms: taxonomy
                    .terms
                    .iter()
                    .map(|term| TermView::new(site, taxonomy, term))
                    .collect(),
            },
        );
        View::Template {
            lang: &taxonomy.lang,
            template: "taxonomy.html",
            ctx,
            file: None,
            url: taxonomy.url.clone(),
        }
    }

    pub(super) fn archive(
        &self,
        a: usize,
        year: Option<usize>,
        kind: &OutputKind,
        r: &Reader<'a>,
    ) -> View<'a> {
        let site = self.site;
        let archive = &site.archives[a];
        let url = year.map_or(&archive.url, |y| &archive.years[y].url);
        let mut ctx = self.common(&archive.lang, url, kind, r);
        let mut months: Vec<Month<'_>> = Vec::new();
        if let Some(y) = year {
            for &id in &archive.years[y].pages {
                let (Some(date), _, _) = r.address(id).dates() else {
                    continue;
                };
                let first = format!("{}-{:02}-01", date.year(), date.month());
                if months.last().is_none_or(|m| m.date != first) {
                    months.push(Month {
                        date: first,
                        items: Vec::new(),
                    });
                }
                if let Some(month) = months.last_mut() {
                    month.items.push(view::card(r, id, &archive.lang));
                }
            }
        }
        ctx.insert(
            "archive",
            &ArchiveView {
                url: site.path_url(&archive.url),
                years: archive
                    .years
                    .iter()
                    .enumerate()
                    .map(|(i, y)| YearLink {
                        year: y.year,
                        url: site.path_url(&y.url),
                        count: y.pages.len(),
                        current: Some(i) == year,
                    })
                    .collect(),
                year: year.map(|y| archive.years[y].year),
                months,
            },
        );
        View::Template {
            lang: &archive.lang,
            template: "archive.html",
            ctx,
            file: None,
            url: url.clone(),
        }
    }

    pub(super) fn search_page(&self, lang: &'a str, kind: &OutputKind, r: &Reader<'a>) -> View<'a> {
        let site = self.site;
        let url = format!(
            "{lang}/{}/",
            site.segments
                .get(lang)
                .map_or("search", |s| s.search.as_str())
        );
        let mut ctx = self.common(lang, &url, kind, r);
        // The folder of each language's index, this page's first.
        let index = |l: &str| site.path_url(&format!("{l}/search-index/"));
        ctx.insert("search_index", &index(lang));
        let mut indexes = vec![(lang.to_string(), index(lang))];
        for other in site.config.languages.iter().filter(|l| *l != lang) {
            indexes.push((other.clone(), index(other)));
        }
        ctx.insert("search_indexes", &indexes);
        ctx.insert("search_filters", &super::search::filters(r, lang));
        View::Template {
            lang,
            template: "search.html",
            ctx,
            file: None,
            url,
        }
    }

    pub(super) fn special(
        &self,
        template: &'static str,
        kind: &OutputKind,
        r: &Reader<'a>,
    ) -> View<'a> {
        let lang = &self.site.config.default_language;
        let url = if template == "root.html" {
            ""
        } else {
            "404.html"
        };
        let ctx = self.common(lang, url, kind, r);
        View::Template {
            lang,
            template,
            ctx,
            file: None,
            url: url.to_string(),
        }
    }
}
