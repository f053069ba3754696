//! The search index of a language: the reports and pages written in it
//! that its listings show, stemmed with Snowball at build time and split
//! into files ([`crate::search::index`]) for the theme's search page.

use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde::Serialize;

use crate::model::{PageId, Reader};
use crate::search::index::{self, Fields, Files, Terms};
use crate::search::Stemmer;

/// What a result's card shows; short names keep the files small.
#[derive(Serialize)]
struct Card<'a> {
    /// Title.
    t: &'a str,
    /// URL path.
    u: String,
    /// Date, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    d: Option<String>,
    /// Last day of a meeting of several days, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    e: Option<String>,
    /// Language.
    l: &'a str,
    /// Summary.
    s: &'a str,
    /// Where the meeting took place.
    #[serde(skip_serializing_if = "Option::is_none")]
    m: Option<&'a str>,
    /// The cover's thumbnail URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    c: Option<String>,
    /// The start of the text, for the excerpt.
    x: &'a str,
}

/// The index's work on each document kept between builds, by a hash of
/// what it holds, so a rebuild stems only the documents that changed.
#[derive(Debug, Default)]
pub(crate) struct SearchCache {
    by_lang: Mutex<HashMap<String, HashMap<u64, Analysed>>>,
}

/// A document's keys and card.
type Analysed = (Arc<Terms>, Arc<str>);

fn analyse(r: &Reader<'_>, id: PageId, stemmer: Option<Stemmer>) -> Analysed {
    let site = r.site();
    let page = r.page(id);
    let front = &page.doc.front;
    let facts = &page.facts;
    let mut fields: Vec<(&str, f32)> = vec![(&front.title, 6.0), (&page.doc.summary, 2.0)];
    fields.extend(front.tags.iter().map(|t| (t.as_str(), 3.0)));
    fields.extend(facts.organizations.iter().map(|o| (o.as_str(), 3.0)));
    fields.extend(facts.participants.iter().map(|p| (p.name.as_str(), 3.0)));
    fields.extend(facts.location.iter().map(|l| (l.as_str(), 3.0)));
    let terms = index::analyse(
        &Fields {
            fields,
            words: &page.doc.words,
        },
        stemmer,
    );
    let card = Card {
        t: &front.title,
        u: site.path_url(&page.url),
        d: facts.date.map(|d| d.format("%Y-%m-%d").to_string()),
        e: facts.end_date.map(|d| d.format("%Y-%m-%d").to_string()),
        l: page.lang(),
        s: &page.doc.summary,
        m: facts.location.as_deref(),
        c: super::view::thumbnail_url(site, page),
        x: &page.doc.text,
    };
    // Safe inside a <script> element too, as a theme may put it there.
    let json =
        super::social::script_safe(&serde_json::to_string(&card).unwrap_or_else(|_| "{}".into()));
    (Arc::new(terms), json.into())
}

/// A filter of the search page: a taxonomy, or the year.
#[derive(Serialize)]
pub(super) struct Filter<'a> {
    /// Its name: the taxonomy's (`tags`), or `year`.
    pub(super) name: &'a str,
    /// Whether it is a taxonomy (else the year).
    pub(super) taxonomy: bool,
    /// Its values, in the order shown.
    pub(super) options: Vec<FilterOption<'a>>,
}

/// One value of a [`Filter`].
#[derive(Serialize)]
pub(super) struct FilterOption<'a> {
    /// What the index knows it by: the same term in every language.
    pub(super) value: String,
    /// As shown (a term's name, the year).
    pub(super) label: String,
    /// The language of the label, when it is not the page's.
    pub(super) lang: Option<&'a str>,
    /// The reports written in `lang` it has.
    #[serde(skip)]
    pub(super) pages: Vec<PageId>,
}

/// The filters of the index of `lang`: each taxonomy and the year, with
/// the values reports written in `lang` have (a term no report in `lang`
/// has would find nothing). A filter with fewer than two values is left
/// out: it would not narrow anything.
pub(super) fn filters<'a>(r: &Reader<'a>, lang: &'a str) -> Vec<Filter<'a>> {
    let site = r.site();
    let written = |pages: &[PageId]| -> Vec<PageId> {
        pages
            .iter()
            .copied()
            .filter(|&id| r.address(id).lang() == lang)
            .collect()
    };
    let mut out: Vec<Filter<'a>> = site
        .taxonomies
        .iter()
        .filter(|t| t.lang == lang)
        .map(|t| Filter {
            name: &t.name,
            taxonomy: true,
            options: t
                .terms
                .iter()
                .map(|term| FilterOption {
                    value: match &term.id {
                        crate::model::TermId::Linked(i) => format!("{i}"),
                        crate::model::TermId::Slug(slug) => slug.clone(),
                    },
                    label: term.name.clone(),
                    lang: (term.lang != lang).then_some(term.lang.as_str()),
                    pages: written(&term.pages),
                })
                .filter(|o| !o.pages.is_empty())
                .collect(),
        })
        .collect();
    if let Some(archive) = site.archives.iter().find(|a| a.lang == lang) {
        out.push(Filter {
            name: "year",
            taxonomy: false,
            options: archive
                .years
                .iter()
                .map(|y| FilterOption {
                    value: y.year.to_string(),
                    label: y.year.to_string(),
                    lang: None,
                    pages: written(&y.pages),
                })
                .filter(|o| !o.pages.is_empty())
                .collect(),
        });
    }
    out.retain(|f| f.options.len() > 1);
    out
}

/// The keys of the filters each page in `ids` matches, in that order.
fn filter_keys(r: &Reader<'_>, lang: &str, ids: &[PageId]) -> Vec<Vec<String>> {
    let at: HashMap<PageId, usize> = ids.iter().enumerate().map(|(i, &id)| (id, i)).collect();
    let mut keys = vec![Vec::new(); ids.len()];
    for filter in filters(r, lang) {
        for option in &filter.options {
            let key = index::filter_key(filter.name, &option.value);
            for id in &option.pages {
                if let Some(&i) = at.get(id) {
                    keys[i].push(key.clone());
                }
            }
        }
    }
    keys
}

/// The pages the index of `lang` holds, in order: the reports written in
/// it that its listings show, then its standalone pages.
fn listed(r: &Reader<'_>, lang: &str) -> Vec<PageId> {
    let site = r.site();
    let mut ids: Vec<PageId> = site.listed[lang]
        .iter()
        .copied()
        .filter(|&id| r.page(id).lang() == lang)
        .collect();
    ids.extend(site.standalone.get(lang).into_iter().flatten().copied());
    ids
}

/// A hash of everything `page`'s entry holds: its file, facts, address and
/// cover.
fn entry_key(r: &Reader<'_>, id: PageId) -> u64 {
    let page = r.page(id);
    let thumb = super::view::thumbnail_url(r.site(), page);
    crate::hash::hash_of((&page.url, page.doc.hash, &page.facts, thumb))
}

/// The pages the index of `lang` lists, in order, each with the hash of
/// its entry; the hash of them all stands for the index, equal hashes for
/// equal indexes, and is cheaper than making the index to hash it.
pub(super) type Keys = (u64, Vec<(PageId, u64)>);

/// The [`Keys`] of the index of `lang`.
pub(super) fn keys(r: &Reader<'_>, lang: &str) -> Keys {
    let keys: Vec<(PageId, u64)> = listed(r, lang)
        .par_iter()
        .map(|&id| (id, entry_key(r, id)))
        .collect();
    let mut h = crate::hash::Writer::new();
    h.add(lang);
    for (_, key) in &keys {
        h.add(key);
    }
    (h.finish(), keys)
}

/// The index files of `lang` from its `keys`, reusing the work of `cache`
/// on the documents that are unchanged.
pub(super) fn index(r: &Reader<'_>, lang: &str, keys: &Keys, cache: &SearchCache) -> Files {
    let stemmer = Stemmer::of(lang);
    let old = cache
        .by_lang
        .lock()
        .map(|mut c| c.remove(lang).unwrap_or_default())
        .unwrap_or_default();
    let done: Vec<(u64, Analysed)> = keys
        .1
        .par_iter()
        .map(|&(id, key)| {
            let analysed = match old.get(&key) {
                Some((terms, card)) => (Arc::clone(terms), Arc::clone(card)),
                None => analyse(r, id, stemmer),
            };
            (key, analysed)
        })
        .collect();
    let terms: Vec<Arc<Terms>> = done.iter().map(|(_, (t, _))| Arc::clone(t)).collect();
    let cards: Vec<&str> = done.iter().map(|(_, (_, c))| &**c).collect();
    let ids: Vec<PageId> = keys.1.iter().map(|&(id, _)| id).collect();
    let filters = filter_keys(r, lang, &ids);
    let files = index::write(lang, stemmer, &terms, &cards, &filters);
    drop(cards);
    if let Ok(mut c) = cache.by_lang.lock() {
        c.insert(lang.to_string(), done.into_iter().collect());
    }
    files
}
