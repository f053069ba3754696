//! The search index of a language: every report and page listed there,
//! with the words of its body, for the theme's search page to search in the
//! browser. Stemming and accent folding happen in the browser, on the index
//! and the query alike, so both always agree.

use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::Mutex;

use serde::Serialize;

use crate::model::{PageId, Reader};

/// One document of the index; short names keep the file small.
#[derive(Serialize)]
struct Entry<'a> {
    /// Title.
    t: &'a str,
    /// URL path.
    u: String,
    /// Date, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    d: Option<String>,
    /// Language.
    l: &'a str,
    /// Summary.
    s: &'a str,
    /// Where the meeting took place.
    #[serde(skip_serializing_if = "Option::is_none")]
    m: Option<&'a str>,
    /// The cover image's URL, for the result's card.
    #[serde(skip_serializing_if = "Option::is_none")]
    c: Option<String>,
    /// Tags.
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    g: &'a [String],
    /// Organisations.
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    o: &'a [String],
    /// Participants' names.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    p: Vec<&'a str>,
    /// The body's distinct words, lower case, in order of first use.
    w: &'a str,
}

/// Serialized index entries kept between builds, by a hash of what they hold,
/// so a rebuild serializes only the entries of changed reports.
#[derive(Debug, Default)]
pub(crate) struct SearchCache {
    by_lang: Mutex<HashMap<String, HashMap<u64, String>>>,
}

fn entry<'a>(r: &Reader<'a>, id: PageId) -> Entry<'a> {
    let site = r.site();
    let page = r.page(id);
    Entry {
        t: &page.doc.front.title,
        u: site.path_url(&page.url),
        d: page.facts.date.map(crate::dates::day),
        l: page.lang(),
        s: &page.doc.summary,
        m: page.facts.location.as_deref(),
        c: super::view::thumbnail_url(site, page),
        g: &page.doc.front.tags,
        o: &page.facts.organizations,
        p: page
            .facts
            .participants
            .iter()
            .map(|p| p.name.as_str())
            .collect(),
        w: &page.doc.words,
    }
}

/// The pages the index of `lang` lists, in order: the reports its
/// listings show, then its standalone pages.
fn listed(r: &Reader<'_>, lang: &str) -> Vec<PageId> {
    let site = r.site();
    let mut ids: Vec<PageId> = site.listed[lang].clone();
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

/// The JSON index of `lang` from its `keys`, reusing the entries of `cache`
/// that are unchanged.
pub(super) fn index(r: &Reader<'_>, lang: &str, keys: &Keys, cache: &SearchCache) -> String {
    let old = cache
        .by_lang
        .lock()
        .map(|mut c| c.remove(lang).unwrap_or_default())
        .unwrap_or_default();
    let keyed: Vec<(u64, String)> = keys
        .1
        .par_iter()
        .map(|&(id, key)| {
            let json = match old.get(&key) {
                Some(json) => json.clone(),
                None => serde_json::to_string(&entry(r, id)).unwrap_or_default(),
            };
            (key, json)
        })
        .collect();
    let mut out = String::with_capacity(keyed.iter().map(|(_, j)| j.len() + 1).sum::<usize>() + 32);
    out.push_str(&format!(
        "{{\"lang\":{},\"docs\":[",
        serde_json::Value::from(lang)
    ));
    for (i, (_, json)) in keyed.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(json);
    }
    out.push_str("]}");
    if let Ok(mut c) = cache.by_lang.lock() {
        c.insert(lang.to_string(), keyed.into_iter().collect());
    }
    out
}

/// `/LANG/search-index.js`: the same index for pages opened from disk,
/// where browsers refuse to fetch files.
pub(super) fn script(json: &str) -> String {
    format!(
        "window.RAPPORT_SEARCH = {};\n",
        super::social::script_safe(json)
    )
}
