//! Fingerprints: for every output, a hash of everything it shows. An output
//! whose fingerprint did not change since the last build has the same bytes,
//! so `serve` renders only the outputs whose fingerprint changed.
//!
//! A report page shows its own file whole, its translations' titles and
//! URLs, the URLs its links resolve to and the menu; a listing shows cards
//! (title, date, summary, cover, facts and URL) of its reports; a feed and
//! the search index show whole reports. Everything depends on the theme,
//! the locales and the settings.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use rayon::prelude::*;

use super::{OutputKind, Page, PageId, Site};
use crate::load::Sources;

fn hash_of(value: impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

/// What other pages show of a page: everything but its body.
fn card(page: &Page) -> u64 {
    let front = &page.doc.front;
    hash_of((
        &front.title,
        &page.url,
        &page.facts,
        &page.doc.summary,
        &front.tags,
        &front.terms,
        front.draft,
        page.lang(),
    ))
}

impl Site {
    /// The fingerprint of every output, in the order of [`Site::outputs`].
    pub fn fingerprints(&self, sources: &Sources, drafts: bool) -> Vec<u64> {
        let locales: Vec<u64> = self
            .config
            .languages
            .iter()
            .map(|l| sources.locales.get(l).map_or(0, |l| l.hash))
            .collect();
        let global = hash_of((
            sources.theme.hash,
            locales,
            format!("{:?}", self.config),
            self.terms.hash,
            drafts,
        ));
        let cards: Vec<u64> = self.pages.par_iter().map(card).collect();
        let menu: HashMap<&str, u64> = self
            .config
            .languages
            .iter()
            .map(|lang| {
                let pages: Vec<u64> = (0..self.pages.len())
                    .filter(|&i| !self.pages[i].is_report() && self.pages[i].lang() == lang)
                    .map(|i| cards[i])
                    .collect();
                (lang.as_str(), hash_of((pages, self.sections(lang))))
            })
            .collect();
        let taxonomy_terms = |t: usize| {
            let terms: Vec<_> = self.taxonomies[t]
                .terms
                .iter()
                .map(|term| {
                    let linked = (&term.lang, &term.website);
                    (
                        term.name.as_str(),
                        term.url.as_str(),
                        term.pages.len(),
                        linked,
                    )
                })
                .collect();
            hash_of(terms)
        };
        let of_cards = |ids: &[PageId]| hash_of(ids.iter().map(|&i| cards[i]).collect::<Vec<_>>());
        let links = |doc: &crate::document::Document| {
            let urls: Vec<Option<String>> = doc
                .links
                .iter()
                .map(|l| self.resolve_link(doc, l))
                .collect();
            hash_of(urls)
        };
        // A page whole: its card, its file, and where its links lead.
        let whole = |id: PageId| {
            hash_of((
                cards[id],
                self.pages[id].doc.hash,
                links(&self.pages[id].doc),
            ))
        };
        let site_wide = hash_of((
            &cards,
            self.outputs.iter().map(|o| &o.path).collect::<Vec<_>>(),
        ));
        self.outputs
            .par_iter()
            .map(|output| {
                let versions = || {
                    let v: Vec<(String, String, Option<String>)> = self
                        .versions(&output.kind)
                        .into_iter()
                        .map(|v| (v.lang, v.url, v.title))
                        .collect();
                    hash_of(v)
                };
                let menu_of = |lang: &str| menu.get(lang).copied().unwrap_or(0);
                match &output.kind {
                    OutputKind::Page(id) => {
                        let page = &self.pages[*id];
                        let group = of_cards(&self.groups[page.group]);
                        hash_of((
                            global,
                            menu_of(page.lang()),
                            whole(*id),
                            group,
                            links(&page.doc),
                            versions(),
                        ))
                    }
                    OutputKind::Listing(i) => {
                        let l = &self.listings[*i];
                        let intro = l.intro.as_ref().map(|d| (d.hash, links(d)));
                        let shape = (l.number, l.total, l.count, &l.url, format!("{:?}", l.kind));
                        hash_of((
                            global,
                            menu_of(&l.lang),
                            intro,
                            shape,
                            of_cards(&l.items),
                            versions(),
                        ))
                    }
                    OutputKind::Terms(t) => {
                        let lang = &self.taxonomies[*t].lang;
                        hash_of((global, menu_of(lang), taxonomy_terms(*t), versions()))
                    }
                    OutputKind::Archive { archive, year } => {
                        let a = &self.archives[*archive];
                        let years: Vec<(i32, &str, usize)> = a
                            .years
                            .iter()
                            .map(|y| (y.year, y.url.as_str(), y.pages.len()))
                            .collect();
                        let items = year.map(|y| of_cards(&a.years[y].pages));
                        hash_of((global, menu_of(&a.lang), years, year, items, versions()))
                    }
                    OutputKind::Feed { lang, term } => {
                        let pages: &[PageId] = match term {
                            None => &self.listed[lang],
                            Some((t, n)) => &self.taxonomies[*t].terms[*n].pages,
                        };
                        let entries: Vec<u64> = pages
                            .iter()
                            .take(super::FEED_ENTRIES)
                            .map(|&i| whole(i))
                            .collect();
                        hash_of((global, lang, term, entries))
                    }
                    OutputKind::SearchIndex(lang) | OutputKind::SearchScript(lang) => {
                        let docs: Vec<u64> = self.listed[lang]
                            .iter()
                            .copied()
                            .chain((0..self.pages.len()).filter(|&i| {
                                !self.pages[i].is_report() && self.pages[i].lang() == lang
                            }))
                            .map(whole)
                            .collect();
                        hash_of((
                            global,
                            lang,
                            docs,
                            matches!(output.kind, OutputKind::SearchScript(_)),
                        ))
                    }
                    OutputKind::Search(lang) => hash_of((global, menu_of(lang), versions())),
                    OutputKind::Root | OutputKind::NotFound => {
                        hash_of((global, menu_of(&self.config.default_language), &output.path))
                    }
                    OutputKind::Redirect { page, alias } => {
                        let page = &self.pages[*page];
                        hash_of((global, alias, &page.url, &page.doc.front.title))
                    }
                    OutputKind::Sitemap => hash_of((global, site_wide)),
                    OutputKind::Robots => hash_of((global, "robots")),
                    OutputKind::Copy(source) => {
                        let stamp = std::fs::metadata(source)
                            .ok()
                            .map(|m| (m.modified().ok(), m.len()));
                        hash_of((source, stamp))
                    }
                }
            })
            .collect()
    }
}
