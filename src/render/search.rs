//! The search index of a language: every report and page listed there,
//! with the words of its body, for the theme's search page to search in the
//! browser. Stemming and accent folding happen in the browser, on the index
//! and the query alike, so both always agree.

use rayon::prelude::*;
use serde::Serialize;

use crate::site::{PageId, Site};

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

#[derive(Serialize)]
struct Index<'a> {
    lang: &'a str,
    docs: Vec<Entry<'a>>,
}

fn entries<'a>(site: &'a Site, lang: &'a str) -> Index<'a> {
    let mut ids: Vec<PageId> = site.listed[lang].clone();
    ids.extend(
        (0..site.pages.len())
            .filter(|&i| !site.pages[i].is_report() && site.pages[i].lang() == lang),
    );
    let docs = ids
        .par_iter()
        .map(|&id| {
            let page = &site.pages[id];
            Entry {
                t: &page.doc.front.title,
                u: site.path_url(&page.url),
                d: page.facts.date.map(|d| d.format("%Y-%m-%d").to_string()),
                l: page.lang(),
                s: &page.doc.summary,
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
        })
        .collect();
    Index { lang, docs }
}

/// `/LANG/search.json`.
pub(super) fn index(site: &Site, lang: &str) -> String {
    serde_json::to_string(&entries(site, lang)).unwrap_or_default()
}

/// `/LANG/search-index.js`: the same index for pages opened from disk,
/// where browsers refuse to fetch files.
pub(super) fn script(site: &Site, lang: &str) -> String {
    format!(
        "window.RAPPORT_SEARCH = {};\n",
        super::social::script_safe(&index(site, lang))
    )
}
