//! The index of one language, split into files so that a query fetches
//! only what it needs:
//!
//! - `meta.js`: the language, its stemmer, the number of documents, the
//!   first key of each term file and a version of every file;
//! - `t-N.js`: the keys in sorted order, cut into files of about equal
//!   size, each key with its documents and their weights (BM25's term
//!   frequency part, field weights and length normalisation included, ×40);
//! - `d-N.js`: the results' cards and texts, [`DOCS_PER_FILE`] documents a
//!   file, in the order of the listings (newest first).
//!
//! Every file is a script that hands its data to `RapportSearch.receive`,
//! so a page opened from disk can load it as well as one on a server.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Arc;

use rayon::prelude::*;

use super::Stemmer;

/// Documents per `d-N.js` file.
pub(crate) const DOCS_PER_FILE: usize = 10;

/// Documents per `t-N.js` file: the number of term files grows with the
/// documents, so each stays about the same size.
const DOCS_PER_TERM_FILE: usize = 40;

/// BM25's parameters.
const K1: f32 = 1.2;
const B: f32 = 0.75;

/// The number of term files and of document files for `docs` documents.
pub(crate) fn parts(docs: usize) -> (usize, usize) {
    (
        docs.div_ceil(DOCS_PER_TERM_FILE).clamp(1, 4096),
        docs.div_ceil(DOCS_PER_FILE),
    )
}

/// What is searched in a document: its fields with their weights, and its
/// body's distinct words (weight 1).
pub(crate) struct Fields<'a> {
    /// Title, tags, organisations, place, summary … with their weights.
    pub(crate) fields: Vec<(&'a str, f32)>,
    /// The body's distinct words, lower case, separated by spaces.
    pub(crate) words: &'a str,
}

/// A document's keys with their weighted frequencies, and its length.
///
/// The keys are held one after another in one string, not a `String`
/// each: a build holds the terms of every document of every language (and
/// `serve` keeps them between builds), and a `String` per key (its header
/// and its own allocation) took several times the room of the key.
#[derive(Debug, Default)]
pub(crate) struct Terms {
    /// The keys, in sorted order, one after another.
    text: Box<str>,
    /// Where each key ends in `text`, with its weighted frequency.
    ends: Box<[(u32, f32)]>,
    len: f32,
}

impl Terms {
    /// The keys in sorted order, each with its weighted frequency.
    fn keys(&self) -> impl Iterator<Item = (&str, f32)> {
        let mut start = 0;
        self.ends.iter().map(move |&(end, tf)| {
            let key = &self.text[start..end as usize];
            start = end as usize;
            (key, tf)
        })
    }
}

thread_local! {
    /// Keys already made on this thread, by stemmer and word: a corpus
    /// repeats its words, and a stem costs more than a look-up.
    static MEMO: RefCell<HashMap<&'static str, HashMap<String, String>>> = RefCell::new(HashMap::new());
}

fn memo_key(word: &str, stemmer: Option<Stemmer>) -> String {
    let name = stemmer.map_or("", |s| s.name);
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        let memo = memo.entry(name).or_default();
        if let Some(k) = memo.get(word) {
            return k.clone();
        }
        let k = super::key(word, stemmer);
        if memo.len() > 1_000_000 {
            memo.clear();
        }
        memo.insert(word.to_string(), k.clone());
        k
    })
}

/// The keys of a document's `fields`.
pub(crate) fn analyse(fields: &Fields<'_>, stemmer: Option<Stemmer>) -> Terms {
    let mut weights: HashMap<String, f32> = HashMap::new();
    let mut len = 0.0;
    for (text, weight) in &fields.fields {
        for word in super::words(text) {
            *weights.entry(memo_key(&word, stemmer)).or_default() += weight;
            len += 1.0;
        }
    }
    for word in fields.words.split(' ').filter(|w| !w.is_empty()) {
        *weights.entry(memo_key(word, stemmer)).or_default() += 1.0;
        len += 1.0;
    }
    let mut keys: Vec<(String, f32)> = weights.into_iter().collect();
    keys.sort_by(|a, b| a.0.cmp(&b.0));
    let mut text = String::with_capacity(keys.iter().map(|(k, _)| k.len()).sum());
    let ends = keys
        .iter()
        .map(|(k, tf)| {
            text.push_str(k);
            (u32::try_from(text.len()).unwrap_or(u32::MAX), *tf)
        })
        .collect();
    Terms {
        text: text.into_boxed_str(),
        ends,
        len,
    }
}

/// The files of an index.
#[derive(Debug, Default)]
pub(crate) struct Files {
    /// `meta.js`.
    pub(crate) meta: String,
    /// `t-N.js`, as many as [`parts`] says.
    pub(crate) terms: Vec<String>,
    /// `d-N.js`, as many as [`parts`] says.
    pub(crate) docs: Vec<String>,
}

/// The key of a filter's value (a term of a taxonomy, a year): `#` and
/// the filter's name, `:`, the value. No word's key starts with `#`, so the
/// two cannot meet; the filters' keys sort first and share the term files.
pub(crate) fn filter_key(filter: &str, value: &str) -> String {
    format!("#{filter}:{value}")
}

/// A key's documents, in ascending order, each with its weight.
type Postings = Vec<(u32, u8)>;

/// Key → postings of `terms` and `filters` (by document, in the same
/// order).
fn postings<'a>(terms: &'a [Arc<Terms>], filters: &'a [Vec<String>]) -> HashMap<&'a str, Postings> {
    let n = terms.len();
    let avg = (terms.iter().map(|t| t.len).sum::<f32>() / n.max(1) as f32).max(1.0);
    let mut postings: HashMap<&str, Postings> = HashMap::new();
    for (doc, t) in terms.iter().enumerate() {
        let norm = K1 * (1.0 - B + B * t.len / avg);
        for (key, tf) in t.keys() {
            let w = (40.0 * tf * (K1 + 1.0) / (tf + norm))
                .round()
                .clamp(1.0, 255.0) as u8;
            postings.entry(key).or_default().push((doc as u32, w));
        }
    }
    // A filter's postings carry no weight: they narrow, they do not rank.
    for (doc, keys) in filters.iter().enumerate() {
        for key in keys {
            postings
                .entry(key.as_str())
                .or_default()
                .push((doc as u32, 1));
        }
    }
    postings
}

/// Writes `key`'s entry, `"key":[delta,weight,…]`, to `out`.
fn entry(out: &mut String, key: &str, postings: &[(u32, u8)]) {
    out.push_str(&serde_json::Value::from(key).to_string());
    out.push_str(":[");
    let mut last = 0u32;
    for (i, (doc, w)) in postings.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, "{},{}", doc - last, w);
        last = *doc;
    }
    out.push(']');
}

/// The index of `lang` from its documents' terms, their cards (JSON) and
/// the keys of the filters each matches ([`filter_key`]), in the same
/// order.
pub(crate) fn write(
    lang: &str,
    stemmer: Option<Stemmer>,
    terms: &[Arc<Terms>],
    cards: &[&str],
    filters: &[Vec<String>],
) -> Files {
    let n = terms.len();
    let (term_files, doc_files) = parts(n);
    // Each key with its postings and the length of its entry as written
    // (`"key":[delta,weight,…]`, about five characters a posting), in
    // key order; the keys are cut into files of about equal size, then
    // each file is written in parallel, with no copy of the entries
    // beside the files.
    let mut entries: Vec<(&str, Postings, usize)> = postings(terms, filters)
        .into_iter()
        .map(|(k, list)| {
            let size = k.len() + 4 + list.len() * 5 + 1;
            (k, list, size)
        })
        .collect();
    entries.par_sort_unstable_by(|a, b| a.0.cmp(b.0));
    let total: usize = entries.iter().map(|e| e.2).sum();
    let target = total / term_files + 1;
    let mut cuts: Vec<std::ops::Range<usize>> = Vec::with_capacity(term_files);
    let mut i = 0;
    for f in 0..term_files {
        let (start, mut len) = (i, 0);
        while i < entries.len() && (len < target || f + 1 == term_files) {
            len += entries[i].2;
            i += 1;
        }
        cuts.push(start..i);
    }
    let lang_json = serde_json::Value::from(lang).to_string();
    let mut files = Files {
        terms: cuts
            .par_iter()
            .enumerate()
            .map(|(f, cut)| {
                let entries = &entries[cut.clone()];
                let len: usize = entries.iter().map(|e| e.2).sum();
                let mut body = String::with_capacity(len + 64);
                let _ = write!(body, "RapportSearch.receive({lang_json},\"t\",{f},{{");
                for (i, (k, list, _)) in entries.iter().enumerate() {
                    if i > 0 {
                        body.push(',');
                    }
                    entry(&mut body, k, list);
                }
                body.push_str("});\n");
                body
            })
            .collect(),
        ..Files::default()
    };
    // A file left empty is never chosen: its first key sorts last.
    let firsts: Vec<&str> = cuts
        .iter()
        .map(|cut| {
            entries
                .get(cut.start)
                .map(|e| e.0)
                .filter(|_| !cut.is_empty())
                .unwrap_or("\u{10FFFF}")
        })
        .collect();
    for (f, chunk) in cards.chunks(DOCS_PER_FILE).enumerate() {
        files.docs.push(format!(
            "RapportSearch.receive({lang_json},\"d\",{f},[{}]);\n",
            chunk.join(",")
        ));
    }
    debug_assert_eq!(files.docs.len(), doc_files);
    let version = |s: &String| format!("{:x}", crate::hash::hash_of(s) & 0xffff_ffff);
    let meta = serde_json::json!({
        "lang": lang,
        "stemmer": stemmer.map(|s| s.name),
        "docs": n,
        "per": DOCS_PER_FILE,
        "first": firsts,
        "tv": files.terms.iter().map(version).collect::<Vec<_>>(),
        "dv": files.docs.iter().map(version).collect::<Vec<_>>(),
    });
    files.meta = format!("RapportSearch.receive({lang_json},\"m\",0,{meta});\n");
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_documents_keys_come_back_sorted_with_their_weights() {
        let terms = analyse(
            &Fields {
                fields: vec![("Möten i Astana", 6.0)],
                words: "möten sjuksköterskor astana",
            },
            Stemmer::of("sv"),
        );
        let keys: Vec<(&str, f32)> = terms.keys().collect();
        assert_eq!(
            keys,
            vec![
                ("astan", 7.0),
                ("i", 6.0),
                ("mot", 7.0),
                ("sjukskotersk", 1.0)
            ]
        );
        assert_eq!(terms.len, 6.0);
        assert!(analyse(
            &Fields {
                fields: vec![],
                words: ""
            },
            None
        )
        .keys()
        .next()
        .is_none());
    }

    #[test]
    fn keys_are_cut_into_the_files_parts_names() {
        let sv = Stemmer::of("sv");
        let docs: Vec<Arc<Terms>> = (0..100)
            .map(|i| {
                let words = format!("möten ord{i} sjuksköterskor");
                Arc::new(analyse(
                    &Fields {
                        fields: vec![("Delegationen", 6.0)],
                        words: &words,
                    },
                    sv,
                ))
            })
            .collect();
        let cards = vec!["{}"; 100];
        let filters: Vec<Vec<String>> = (0..100)
            .map(|i| vec![filter_key("year", if i < 50 { "2014" } else { "2015" })])
            .collect();
        let files = write("sv", sv, &docs, &cards, &filters);
        assert_eq!((files.terms.len(), files.docs.len()), parts(100));
        let all = files.terms.concat();
        assert!(all.contains("\"mot\":[0,"), "{all}");
        assert!(all.contains("\"sjukskotersk\":["));
        assert!(files.meta.contains("\"stemmer\":\"swedish\""));
        // Documents 50–99 have 2015: the first, then 49 steps of one.
        let from = all.find("\"#year:2015\":[50,1,").expect("the filter's key");
        let list = &all[from..];
        let list = &list[..list.find(']').expect("end")];
        assert_eq!(list.matches(',').count(), 99, "{list}");
    }
}
