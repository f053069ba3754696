//! Lists of reports: language homes, sections and taxonomy terms, split
//! into pages of `paginate` reports, newest first.

use std::sync::Arc;

use super::{Page, PageId, SectionSlugs, Site};
use crate::input::config::{Config, Untranslated};
use crate::input::document::{DocKind, Document};

/// What a listing lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ListingKind {
    /// Every report of the language.
    Home,
    /// The reports of a section folder (and its sub-sections).
    Section(String),
    /// The reports with one term of a taxonomy.
    Term {
        /// Index of [`Site::taxonomies`].
        taxonomy: usize,
        /// Index of the taxonomy's terms.
        term: usize,
    },
}

/// One page of a list of reports.
#[derive(Debug, Clone)]
pub(crate) struct Listing {
    /// The listing's language.
    pub(crate) lang: String,
    /// What it lists.
    pub(crate) kind: ListingKind,
    /// The section's or home's intro, from `_index.LANG.md`.
    pub(crate) intro: Option<Arc<Document>>,
    /// Which page of the listing, from 1.
    pub(crate) number: usize,
    /// How many pages the listing has.
    pub(crate) total: usize,
    /// The reports on this page, newest first.
    pub(crate) items: Vec<PageId>,
    /// This page's URL path (`sv/` or `sv/sida/2/`).
    pub(crate) url: String,
    /// The URL path of page 1 of this listing.
    pub(crate) first_url: String,
    /// How many reports the whole listing has, on all its pages.
    pub(crate) count: usize,
}

/// The reports a listing in `lang` shows, newest first: its own, and
/// those missing in `lang` unless the site hides them.
pub(super) fn listed_reports(
    pages: &[Page],
    groups: &[Vec<PageId>],
    config: &Config,
    lang: &str,
) -> Vec<PageId> {
    let mut list: Vec<PageId> = groups
        .iter()
        .filter_map(|members| {
            let mut reports = members.iter().copied().filter(|&p| pages[p].is_report());
            let first = reports.clone().next();
            match (
                reports.find(|&p| pages[p].lang() == lang),
                config.untranslated,
            ) {
                (Some(p), _) => Some(p),
                (None, Untranslated::Show) => first,
                (None, Untranslated::Hide) => None,
            }
        })
        .collect();
    list.sort_by(|&a, &b| {
        let (a, b) = (&pages[a], &pages[b]);
        b.facts
            .date
            .cmp(&a.facts.date)
            .then_with(|| a.url.cmp(&b.url))
    });
    list
}

/// Every listing page of the site: homes, sections and terms.
pub(super) fn make(site: &Site, indexes: &[&Arc<Document>], slugs: &SectionSlugs) -> Vec<Listing> {
    let mut listings = Vec::new();
    // A section whose reports all sit in sub-folders (`news/2014/…`) is
    // listed too: every folder above a report is a section.
    let mut sections: Vec<&str> = site
        .pages
        .iter()
        .filter_map(|p| match &p.doc.kind {
            DocKind::Report { section } => Some(section.as_str()),
            _ => None,
        })
        .flat_map(|section| {
            section
                .match_indices('/')
                .map(move |(i, _)| &section[..i])
                .chain(std::iter::once(section))
        })
        .collect();
    sections.sort_unstable();
    sections.dedup();
    let per_page = site.config.paginate;
    for lang in &site.config.languages {
        let reports = &site.listed[lang];
        let intro = |section: &str| {
            indexes
                .iter()
                .find(|d| {
                    d.lang == *lang
                        && matches!(&d.kind, DocKind::SectionIndex { section: s } if s == section)
                })
                .map(|d| Arc::clone(d))
        };
        let home = Pages {
            lang,
            intro: intro(""),
            first_url: format!("{lang}/"),
            per_page,
        };
        home.paginate(site, &mut listings, ListingKind::Home, reports);
        for section in &sections {
            let inside = format!("{section}/");
            let in_section: Vec<PageId> = reports
                .iter()
                .copied()
                .filter(|&p| match &site.pages[p].doc.kind {
                    DocKind::Report { section: s } => s == section || s.starts_with(&inside),
                    _ => false,
                })
                .collect();
            let first_url = format!("{lang}/{}/", slugs.url(section, lang));
            let pages = Pages {
                lang,
                intro: intro(section),
                first_url,
                per_page,
            };
            pages.paginate(
                site,
                &mut listings,
                ListingKind::Section(section.to_string()),
                &in_section,
            );
        }
    }
    for (t, taxonomy) in site.taxonomies.iter().enumerate() {
        for (n, term) in taxonomy.terms.iter().enumerate() {
            let pages = Pages {
                lang: &taxonomy.lang,
                intro: None,
                first_url: term.url.clone(),
                per_page,
            };
            pages.paginate(
                site,
                &mut listings,
                ListingKind::Term {
                    taxonomy: t,
                    term: n,
                },
                &term.pages,
            );
        }
    }
    listings
}

/// What the pages of one listing share.
struct Pages<'a> {
    lang: &'a str,
    intro: Option<Arc<Document>>,
    first_url: String,
    per_page: usize,
}

impl Pages<'_> {
    fn paginate(
        &self,
        site: &Site,
        listings: &mut Vec<Listing>,
        kind: ListingKind,
        reports: &[PageId],
    ) {
        let chunks: Vec<&[PageId]> = if reports.is_empty() {
            vec![&[]]
        } else {
            reports.chunks(self.per_page).collect()
        };
        let total = chunks.len();
        for (i, items) in chunks.into_iter().enumerate() {
            let number = i + 1;
            let url = site.listing_page_url(&self.first_url, self.lang, number);
            listings.push(Listing {
                lang: self.lang.to_string(),
                kind: kind.clone(),
                intro: self.intro.clone(),
                number,
                total,
                items: items.to_vec(),
                url,
                first_url: self.first_url.clone(),
                count: reports.len(),
            });
        }
    }
}
