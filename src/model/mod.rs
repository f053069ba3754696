//! The second stage: [`Sources`] → [`Site`], the model of the whole site.
//!
//! Pairs translations, lets them inherit the meeting's facts, gives every
//! page its URL, builds the listings and decides the list of output files.
//! It converts no Markdown and knows nothing of templates; it is built fresh
//! for every build and never changed afterwards: the preview makes a new one
//! from the last with new texts in it ([`Site::with_texts`]).
//!
//! A [`Site`] is its pages and its [`Frame`]: everything else (settings,
//! listings, taxonomies, archives, outputs), which holds pages by their
//! [`PageId`] only. Views are given the frame and a [`Reader`], the one way
//! they reach a page, which records what they read: what the preview needs
//! to know which views a changed page can touch.

mod archive;
mod listing;
mod outputs;
mod reader;
mod taxonomy;
mod translations;
mod versions;
mod words;

pub(crate) use archive::Archive;
pub(crate) use listing::{Listing, ListingKind};
pub(crate) use reader::{Address, Changed, Head, Reader, Readers, Reads};
pub(crate) use taxonomy::{terms_of, Taxonomy, Term, TermId};
pub(crate) use versions::{ListingKey, Version};

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::input::config::Config;
use crate::input::document::{Cover, DocKind, Document, Participant, Text};
use crate::input::load::Sources;

/// Reports in each Atom feed.
pub(crate) const FEED_ENTRIES: usize = 20;

/// Index of a page in [`Site::pages`].
pub(crate) type PageId = usize;

/// The meeting's facts, after a translation inherits what it does not set.
#[derive(Debug, Clone, Default, Hash)]
pub(crate) struct Facts {
    /// The meeting's date.
    pub(crate) date: Option<NaiveDate>,
    /// The last day, for a meeting over several days (always after `date`).
    pub(crate) end_date: Option<NaiveDate>,
    /// The full timestamp, when one was written.
    pub(crate) datetime: Option<DateTime<FixedOffset>>,
    /// The byline.
    pub(crate) author: Arc<[String]>,
    /// Where the meeting took place.
    pub(crate) location: Option<String>,
    /// Who took part.
    pub(crate) participants: Arc<[Participant]>,
    /// Organisations taking part.
    pub(crate) organizations: Arc<[String]>,
    /// The cover image.
    pub(crate) cover: Option<Cover>,
    /// When the report may be published (`publish_date`), its own or its
    /// original's: an embargo holds for every translation.
    pub(crate) embargo: Option<crate::input::document::front_matter::Embargo>,
}

/// One published page: a report or a standalone page, in one language.
#[derive(Debug, Clone)]
pub(crate) struct Page {
    /// The parsed file.
    pub(crate) doc: Arc<Document>,
    /// Its URL path below the site's base, ending in `/` (`sv/reports/astana/`).
    pub(crate) url: String,
    /// The translation group it belongs to, an index of [`Site::groups`].
    pub(crate) group: usize,
    /// Its facts, inherited from its translations where it sets none.
    pub(crate) facts: Facts,
}

impl Page {
    /// The page's language.
    pub(crate) fn lang(&self) -> &str {
        &self.doc.lang
    }

    /// Whether it is a meeting report (else a standalone page).
    pub(crate) fn is_report(&self) -> bool {
        matches!(self.doc.kind, DocKind::Report { .. })
    }
}

/// What an output file shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum OutputKind {
    /// A report or page.
    Page(PageId),
    /// A listing page (home, section or term), an index of [`Site::listings`].
    Listing(usize),
    /// All terms of a taxonomy, an index of [`Site::taxonomies`].
    Terms(usize),
    /// A language's archive: the years, or one year's reports.
    Archive {
        /// Index of [`Site::archives`].
        archive: usize,
        /// Index of the archive's years; `None` for the list of years.
        year: Option<usize>,
    },
    /// An Atom feed of a language, or of one term.
    Feed {
        /// The feed's language.
        lang: String,
        /// (taxonomy, term) indices for a term's feed.
        term: Option<(usize, usize)>,
    },
    /// The search page of a language.
    Search(String),
    /// The search index of a language: the file that names its parts.
    SearchIndex(String),
    /// The browser's Snowball stemmer for a language's index.
    SearchScript(String),
    /// A part of a language's search index: a file of keys, or of the
    /// documents results show.
    SearchPart {
        /// The language of the documents.
        lang: String,
        /// A file of documents, not of keys.
        docs: bool,
        /// Its number.
        n: usize,
    },
    /// `/sitemap.xml`.
    Sitemap,
    /// `/robots.txt`, when `static/` has none.
    Robots,
    /// The language chooser at `/`.
    Root,
    /// The page for missing addresses.
    NotFound,
    /// An address rapport gave a page before (with the section's folder
    /// name, or `page/` for a listing's further pages), sending readers on.
    Moved {
        /// The site-relative URL path the page has now.
        to: String,
        /// The language of the page.
        lang: String,
        /// The report or page, for its title; `None` for a listing.
        page: Option<PageId>,
    },
    /// A page at an old address (`aliases`) that sends the reader on.
    Redirect {
        /// The page it leads to.
        page: PageId,
        /// The old address as written in the front matter.
        alias: String,
    },
    /// A file copied as it is.
    Copy(PathBuf),
}

/// One file of the output and what it shows.
#[derive(Debug, Clone)]
pub(crate) struct OutputSpec {
    /// Its path in the output folder, with `/` separators.
    pub(crate) path: String,
    /// What it shows.
    pub(crate) kind: OutputKind,
}

/// URL segments of one language that come from its Fluent strings.
#[derive(Debug, Clone, Default)]
pub(crate) struct Segments {
    /// `archive-slug`: the archive's folder.
    pub(crate) archive: String,
    /// `search-slug`: the search page's folder.
    pub(crate) search: String,
    /// `page-slug`: the folder of a listing's further pages (`sida` in
    /// `/sv/sida/2/`); `page` when the language does not name one.
    pub(crate) page: String,
}

/// Choices made on the command line that change the model.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ModelOptions {
    /// Include reports and pages marked `draft: true`.
    pub(crate) drafts: bool,
    /// The moment of the build: what has a `publish_date` (its own or its
    /// original's) still to come is left out; `None` includes it.
    pub(crate) today: Option<DateTime<FixedOffset>>,
}

/// What stage 1b made from the sources, for the model to hold: the
/// bundles' photos and the site-wide social images (both empty for what
/// needs only the documents).
#[derive(Debug, Default)]
pub(crate) struct Made {
    /// The bundles' photos, processed.
    pub(crate) photos: Arc<crate::photos::Photos>,
    /// The social image of each language.
    pub(crate) social: Arc<crate::social_image::Images>,
}

/// The whole site, ready to render: its pages and its [`Frame`], which
/// [`Site`] dereferences to.
#[derive(Debug, Clone)]
pub(crate) struct Site {
    /// Everything but the pages.
    frame: Frame,
    /// Every published report and page. Views read them through a
    /// [`Reader`]; the rest of rapport (check, the translator's view) here.
    pub(crate) pages: Vec<Page>,
}

impl std::ops::Deref for Site {
    type Target = Frame;

    fn deref(&self) -> &Frame {
        &self.frame
    }
}

/// The site without its pages: what holds them by [`PageId`] (groups,
/// listings, taxonomies, archives, outputs) and what is made of no page.
/// A view reads pages only through a [`Reader`], never from here.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    /// The settings.
    pub(crate) config: Config,
    /// Translation groups: the pages of one report in its languages, in site order.
    pub(crate) groups: Vec<Vec<PageId>>,
    /// Every listing page of every language.
    pub(crate) listings: Vec<Listing>,
    /// Every taxonomy in every language.
    pub(crate) taxonomies: Vec<Taxonomy>,
    /// Terms linked across languages, from terms.yaml.
    pub(crate) terms: crate::input::terms::Terms,
    /// The archive of each language.
    pub(crate) archives: Vec<Archive>,
    /// URL segments of each language (`sv` → search `sok`), from its Fluent strings.
    pub(crate) segments: HashMap<String, Segments>,
    /// What each language's listings show, newest first.
    pub(crate) listed: HashMap<String, Vec<PageId>>,
    /// The standalone pages (not reports) of each language, in site order:
    /// the menu's and the search index's.
    pub(crate) standalone: HashMap<String, Vec<PageId>>,
    /// Every file the site will have.
    pub(crate) outputs: Vec<OutputSpec>,
    /// The bundles' photos, processed (stage 1b).
    pub(crate) photos: Arc<crate::photos::Photos>,
    /// The site-wide social image of each language (stage 1b).
    pub(crate) social: Arc<crate::social_image::Images>,
    /// The URL path where each bundle's photos are published, once for all
    /// its languages: beside its page in the first language of `languages`
    /// that has one (`sv/reports/astana/`), by bundle folder.
    pub(crate) photo_homes: HashMap<String, String>,
    /// Page of each document path (relative to content/), for links.
    by_path: HashMap<String, PageId>,
    /// Listing of each `_index` document path, for links.
    listing_by_path: HashMap<String, usize>,
    /// The first page of each listing in each language, for language versions.
    first_listings: HashMap<(String, ListingKey), usize>,
}

impl Site {
    /// Builds the model of the site from its sources.
    pub(crate) fn build(
        sources: &Sources,
        made: Made,
        options: ModelOptions,
    ) -> Result<Site, Diagnostics> {
        let Made { photos, social } = made;
        let config = &sources.config;
        let docs: Vec<&Arc<Document>> = sources
            .documents
            .iter()
            .filter(|d| options.drafts || !d.front.draft)
            .collect();
        let lifted = |embargo: Option<crate::input::document::front_matter::Embargo>| match (
            options.today,
            embargo,
        ) {
            (Some(now), Some(embargo)) => embargo.lifted(now),
            _ => true,
        };
        let (indexes, content): (Vec<_>, Vec<_>) = docs
            .into_iter()
            .partition(|d| matches!(d.kind, DocKind::SectionIndex { .. }));
        let indexes: Vec<_> = indexes
            .into_iter()
            .filter(|d| lifted(d.front.publish_date))
            .collect();
        let mut problems = Vec::new();
        let groups = translations::pair(&content, config, &mut problems);
        let section_slugs = section_slugs(&indexes);

        let mut section_urls = HashMap::new();
        let mut pages = Vec::with_capacity(content.len());
        let mut group_pages = Vec::with_capacity(groups.len());
        for members in &groups {
            let g = group_pages.len();
            let mut ids = Vec::new();
            for &i in members {
                let doc = content[i];
                let facts = inherit(doc, members.iter().map(|&m| content[m]), config);
                // Translations wait for their original's `publish_date` too.
                if !lifted(facts.embargo) {
                    continue;
                }
                let url = page_url(doc, &section_slugs, &mut section_urls);
                ids.push(pages.len());
                pages.push(Page {
                    doc: Arc::clone(doc),
                    url,
                    group: g,
                    facts,
                });
            }
            if !ids.is_empty() {
                group_pages.push(ids);
            }
        }
        check_unique_urls(&pages, &mut problems);
        for page in pages
            .iter()
            .filter(|p| p.is_report() && p.facts.date.is_none())
        {
            problems.push(
                Diagnostic::in_file(&page.doc.file, crate::msg!("site-no-date"))
                    .kind(crate::diagnostics::Kind::NoDate)
                    .at_position(crate::diagnostics::Span::new(1, 1, 3))
                    .help(crate::msg!("site-no-date.help")),
            );
        }

        let by_path = pages
            .iter()
            .enumerate()
            .map(|(i, p)| (p.doc.path.clone(), i))
            .collect();
        let listed: HashMap<String, Vec<PageId>> = config
            .languages
            .iter()
            .map(|lang| {
                (
                    lang.clone(),
                    listing::listed_reports(&pages, &group_pages, config, lang),
                )
            })
            .collect();
        let segments = words::segments(sources, &mut problems);
        let mut taxonomies = Vec::new();
        for lang in &config.languages {
            for name in &config.taxonomies {
                let segment = words::taxonomy_segment(sources, lang, name, &mut problems);
                taxonomies.push(taxonomy::build(
                    &pages,
                    &listed[lang],
                    lang,
                    name,
                    segment,
                    &sources.terms,
                    &mut problems,
                ));
            }
        }
        let archives = config
            .languages
            .iter()
            .map(|lang| {
                let segment = segments.get(lang).map_or("archive", |s| s.archive.as_str());
                archive::build(&pages, &listed[lang], lang, segment)
            })
            .collect();
        let standalone = config
            .languages
            .iter()
            .map(|lang| {
                let ids = (0..pages.len())
                    .filter(|&p| !pages[p].is_report() && pages[p].lang() == lang)
                    .collect();
                (lang.clone(), ids)
            })
            .collect();
        let mut site = Site {
            frame: Frame {
                config: config.clone(),
                groups: group_pages,
                listings: Vec::new(),
                taxonomies,
                terms: sources.terms.clone(),
                archives,
                segments,
                listed,
                standalone,
                outputs: Vec::new(),
                photos,
                social,
                photo_homes: HashMap::new(),
                by_path,
                listing_by_path: HashMap::new(),
                first_listings: HashMap::new(),
            },
            pages,
        };
        site.frame.listings = listing::make(&site, &indexes, &section_slugs);
        site.frame.listing_by_path = site
            .listings
            .iter()
            .enumerate()
            .filter(|(_, l)| l.number == 1)
            .filter_map(|(i, l)| l.intro.as_ref().map(|d| (d.path.clone(), i)))
            .collect();
        site.frame.first_listings = site
            .listings
            .iter()
            .enumerate()
            .filter(|(_, l)| l.number == 1)
            .map(|(i, l)| ((l.lang.clone(), site.listing_key(l)), i))
            .collect();
        for lang in config.languages.iter().rev() {
            for page in site.pages.iter().filter(|p| p.lang() == lang) {
                if let Some(bundle) = &page.doc.bundle {
                    site.frame
                        .photo_homes
                        .insert(bundle.dir.clone(), page.url.clone());
                }
            }
        }
        site.frame.outputs = outputs::make(&site, sources, &mut problems);
        Diagnostics::or_ok(problems, site)
    }

    /// Page `id`, for what is not a view (`check`): views reach pages
    /// through a [`Reader`], which records what they read. (The name is
    /// the one `check` calls it by.)
    pub(crate) fn page_head(&self, id: PageId) -> &Page {
        &self.pages[id]
    }

    /// The site with the `new` documents (by their path under content/) in
    /// place of its pages' old ones, and the facts of their translation
    /// groups made again (translations inherit each other's place and
    /// people), with what changed: for the preview, after edits that change
    /// nothing else of the model (see `rebuild::same_frame`). `None` when a
    /// page's [`Address`] would change, which only a new model may do.
    pub(crate) fn with_texts(
        mut self,
        new: &HashMap<&str, &Arc<Document>>,
    ) -> Option<(Site, Changed)> {
        let texts: Vec<PageId> = (0..self.pages.len())
            .filter(|&p| new.contains_key(self.pages[p].doc.path.as_str()))
            .collect();
        let mut groups: Vec<usize> = texts.iter().map(|&p| self.pages[p].group).collect();
        groups.sort_unstable();
        groups.dedup();
        let touched: Vec<PageId> = groups
            .iter()
            .flat_map(|&g| self.groups[g].iter().copied())
            .collect();
        let keys = |site: &Site, p: PageId| {
            (
                Head::of(&site.pages[p]).key(),
                Address::of(&site.pages[p]).key(),
            )
        };
        let before: Vec<(u64, u64)> = touched.iter().map(|&p| keys(&self, p)).collect();
        for &p in &texts {
            let page = &mut self.pages[p];
            if let Some(doc) = new.get(page.doc.path.as_str()) {
                page.doc = Arc::clone(doc);
            }
        }
        for group in groups {
            let ids = &self.frame.groups[group];
            let docs: Vec<Arc<Document>> = ids
                .iter()
                .map(|&p| Arc::clone(&self.pages[p].doc))
                .collect();
            for (&id, doc) in ids.iter().zip(&docs) {
                self.pages[id].facts = inherit(doc, docs.iter(), &self.frame.config);
            }
        }
        let mut heads = Vec::new();
        for (&p, (head, address)) in touched.iter().zip(before) {
            let (new_head, new_address) = keys(&self, p);
            if new_address != address {
                return None;
            }
            if new_head != head {
                heads.push(p);
            }
        }
        Some((self, Changed::new(texts, heads)))
    }

    /// The URL a link from `from` to the Markdown file `target` (relative to
    /// `from`'s folder) leads to, in `from`'s language where possible.
    pub(crate) fn resolve_link(&self, from: &Document, target: &str) -> Option<String> {
        Reader::unrecorded(self).resolve_link(from, target)
    }
}

impl Frame {
    /// The listing a link from `from` to the Markdown file `target` (an
    /// `_index` file) leads to.
    pub(crate) fn linked_listing(&self, from: &Document, target: &str) -> Option<usize> {
        let dir = from.path.rsplit_once('/').map_or("", |(d, _)| d);
        self.listing_by_path.get(&normalize(dir, target)?).copied()
    }

    /// The top-level sections of `lang` as (folder, title, URL path of their
    /// listing), for the navigation; none when the site has fewer than two,
    /// since the home page lists every report already.
    pub(crate) fn sections(&self, lang: &str) -> Vec<(String, String, String)> {
        let list: Vec<(String, String, String)> = self
            .listings
            .iter()
            .filter(|l| l.lang == lang && l.number == 1)
            .filter_map(|l| match &l.kind {
                listing::ListingKind::Section(section) if !section.contains('/') => {
                    let title = l
                        .intro
                        .as_ref()
                        .map(|d| d.front.title.clone())
                        .filter(|t| !t.is_empty())
                        .unwrap_or_else(|| {
                            let mut name = section.replace(['-', '_'], " ");
                            if let Some(first) = name.get(..1) {
                                name.replace_range(..1, &first.to_uppercase());
                            }
                            name
                        });
                    Some((section.clone(), title, self.path_url(&l.url)))
                }
                _ => None,
            })
            .collect();
        if list.len() < 2 {
            Vec::new()
        } else {
            list
        }
    }

    /// The site-relative URL of page `number` of the listing in `lang`
    /// whose first page is at `first_url`.
    pub(crate) fn listing_page_url(&self, first_url: &str, lang: &str, number: usize) -> String {
        if number == 1 {
            return first_url.to_string();
        }
        let word = self
            .segments
            .get(lang)
            .map_or(words::OLD_PAGE_SEGMENT, |s| s.page.as_str());
        format!("{first_url}{word}/{number}/")
    }

    /// The absolute URL path (with the base path) of a site-relative path.
    pub(crate) fn path_url(&self, rel: &str) -> String {
        format!("{}{}", self.config.base_path, rel)
    }

    /// The full URL (with the base URL) of a site-relative path.
    pub(crate) fn permalink(&self, rel: &str) -> String {
        format!("{}{}", self.config.base_url, rel)
    }

    /// The pages a link from `from` to the Markdown file `target` may name,
    /// the first taken: the file itself, or, for `other.md` or
    /// `bundle/index.md`, its version in each language in the site's order.
    pub(crate) fn link_candidates(&self, from: &Document, target: &str) -> Vec<PageId> {
        let dir = from.path.rsplit_once('/').map_or("", |(d, _)| d);
        let Some(path) = normalize(dir, target) else {
            return Vec::new();
        };
        if let Some(&page) = self.by_path.get(&path) {
            return vec![page];
        }
        let Some(stem) = path.strip_suffix(".md") else {
            return Vec::new();
        };
        self.config
            .languages
            .iter()
            .filter_map(|l| self.by_path.get(&format!("{stem}.{l}.md")).copied())
            .collect()
    }
}

/// Section URL parts per language, from `slug` in `_index.LANG.md`.
pub(crate) struct SectionSlugs(HashMap<(String, String), String>);

impl SectionSlugs {
    /// The URL part of `section` (`reports` or `reports/2014`) in `lang`.
    pub(crate) fn url(&self, section: &str, lang: &str) -> String {
        let mut parts = Vec::new();
        let mut path = String::new();
        for segment in section.split('/') {
            if !path.is_empty() {
                path.push('/');
            }
            path.push_str(segment);
            parts.push(
                self.0
                    .get(&(path.clone(), lang.to_string()))
                    .cloned()
                    .unwrap_or_else(|| crate::transliterate::slugify(segment)),
            );
        }
        parts.join("/")
    }
}

fn section_slugs(indexes: &[&Arc<Document>]) -> SectionSlugs {
    SectionSlugs(
        indexes
            .iter()
            .filter_map(|d| match (&d.kind, &d.front.slug) {
                (DocKind::SectionIndex { section }, Some(slug)) if !section.is_empty() => Some((
                    (section.clone(), d.lang.clone()),
                    crate::transliterate::slugify(slug),
                )),
                _ => None,
            })
            .collect(),
    )
}

/// The URL path of `doc`; section parts are worked out once per section and language.
fn page_url(
    doc: &Document,
    slugs: &SectionSlugs,
    sections: &mut HashMap<(String, String), String>,
) -> String {
    match &doc.kind {
        DocKind::Report { section } => {
            let key = (section.clone(), doc.lang.clone());
            let part = sections
                .entry(key)
                .or_insert_with(|| slugs.url(section, &doc.lang));
            format!("{}/{part}/{}/", doc.lang, doc.slug)
        }
        _ => format!("{}/{}/", doc.lang, doc.slug),
    }
}

/// The facts of `doc`, taking from its translations what it does not set:
/// first from the default language's version, then in the site's order.
fn inherit<'a>(
    doc: &Document,
    group: impl Iterator<Item = &'a Arc<Document>>,
    config: &Config,
) -> Facts {
    let mut others: Vec<&Arc<Document>> = group.filter(|d| d.path != doc.path).collect();
    let rank = |lang: &str| {
        if lang == config.default_language {
            0
        } else {
            1 + config
                .languages
                .iter()
                .position(|l| l == lang)
                .unwrap_or(usize::MAX - 1)
        }
    };
    others.sort_by_key(|d| rank(&d.lang));
    let first =
        |get: &dyn Fn(&Document) -> bool| others.iter().find(|d| get(d)).map(|d| d.as_ref());
    let own = &doc.front;
    let words = |text: &Text| {
        text.in_lang(&doc.lang, &config.default_language)
            .to_string()
    };
    let dated = if own.date.is_some() {
        Some(doc)
    } else {
        first(&|d| d.front.date.is_some())
    };
    Facts {
        date: dated.and_then(|d| d.front.date),
        end_date: dated.and_then(|d| d.front.end_date),
        datetime: dated.and_then(|d| d.front.datetime),
        author: own
            .author
            .clone()
            .or_else(|| first(&|d| d.front.author.is_some()).and_then(|d| d.front.author.clone()))
            .map(|names| names.iter().map(&words).collect())
            .unwrap_or_default(),
        location: own
            .location
            .as_ref()
            .or_else(|| {
                first(&|d| d.front.location.is_some()).and_then(|d| d.front.location.as_ref())
            })
            .map(&words),
        participants: own
            .participants
            .as_ref()
            .or_else(|| {
                first(&|d| d.front.participants.is_some())
                    .and_then(|d| d.front.participants.as_ref())
            })
            .map(|list| {
                list.iter()
                    .map(|p| Participant {
                        name: p.name.clone(),
                        role: p.role.as_ref().map(&words),
                        organization: p.organization.as_ref().map(&words),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        organizations: own
            .organizations
            .clone()
            .or_else(|| {
                first(&|d| d.front.organizations.is_some())
                    .and_then(|d| d.front.organizations.clone())
            })
            .unwrap_or_default(),
        cover: own
            .cover
            .clone()
            .or_else(|| first(&|d| d.front.cover.is_some()).and_then(|d| d.front.cover.clone())),
        embargo: own.publish_date.or_else(|| {
            first(&|d| d.front.publish_date.is_some()).and_then(|d| d.front.publish_date)
        }),
    }
}

fn check_unique_urls(pages: &[Page], problems: &mut Vec<Diagnostic>) {
    let mut seen: BTreeMap<&str, &Document> = BTreeMap::new();
    for page in pages {
        if let Some(first) = seen.insert(&page.url, &page.doc) {
            problems.push(
                Diagnostic::in_file(
                    &page.doc.file,
                    crate::msg!(
                        "site-same-address",
                        address = format!("/{}", page.url),
                        file = first.file.display()
                    ),
                )
                .help(crate::msg!("site-same-address.help")),
            );
        }
    }
}

/// Joins `dir` and a relative `target`, resolving `.` and `..`; `None` when it leaves `content/`.
fn normalize(dir: &str, target: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_resolves_dot_dot() {
        assert_eq!(
            normalize("reports/a", "../b/index.sv.md").as_deref(),
            Some("reports/b/index.sv.md")
        );
        assert_eq!(normalize("", "about.sv.md").as_deref(), Some("about.sv.md"));
        assert_eq!(normalize("", "../x.md"), None);
    }
}
