//! Taxonomies: the terms of `tags`, `organizations` and the site's own
//! lists, per language, each with the reports that have it.

use std::collections::HashMap;

use super::{Page, PageId};
use crate::diagnostics::Diagnostic;

/// One taxonomy in one language.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    /// Its name in site.yaml (`tags`).
    pub name: String,
    /// The language.
    pub lang: String,
    /// URL path of its index (`sv/amnen/`).
    pub url: String,
    /// Its terms, in alphabetical order.
    pub terms: Vec<Term>,
}

/// One term and the reports that have it.
#[derive(Debug, Clone)]
pub struct Term {
    /// The term as written (`Mälardalens universitet`).
    pub name: String,
    /// Its URL part (`malardalens-universitet`).
    pub slug: String,
    /// URL path of its page (`sv/organisationer/malardalens-universitet/`).
    pub url: String,
    /// Its reports, newest first.
    pub pages: Vec<PageId>,
}

/// The terms `page` has in taxonomy `name`.
pub fn terms_of<'a>(page: &'a Page, name: &str) -> &'a [String] {
    match name {
        "tags" => &page.doc.front.tags,
        "organizations" => &page.facts.organizations,
        other => page.doc.front.terms.get(other).map_or(&[], Vec::as_slice),
    }
}

/// Builds taxonomy `name` of `lang` from the reports `listed` there.
/// Two spellings with one slug are an error naming both.
pub(super) fn build(
    pages: &[Page],
    listed: &[PageId],
    lang: &str,
    name: &str,
    segment: String,
    problems: &mut Vec<Diagnostic>,
) -> Taxonomy {
    let url = format!("{lang}/{segment}/");
    // Each spelling is looked up once; its slug is worked out the first time.
    let mut terms: Vec<(String, String, PageId, Vec<PageId>)> = Vec::new();
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    let mut by_slug: HashMap<String, usize> = HashMap::new();
    for &id in listed {
        let mut seen: Vec<usize> = Vec::new();
        for term in terms_of(&pages[id], name) {
            let term = term.trim();
            if term.is_empty() {
                continue;
            }
            let index = match by_name.get(term) {
                Some(&i) => i,
                None => {
                    let slug = crate::transliterate::slugify(term);
                    if slug.is_empty() {
                        problems.push(
                            Diagnostic::in_file(
                                &pages[id].doc.file,
                                format!("the {name} `{term}` has no letters or digits, so its page would have no address"),
                            )
                            .help("write the term in words, or remove it"),
                        );
                        by_name.insert(term, usize::MAX);
                        continue;
                    }
                    match by_slug.get(&slug) {
                        Some(&i) => {
                            let (first_name, _, first_page, _) = &terms[i];
                            let first = &pages[*first_page].doc.file;
                            problems.push(
                                Diagnostic::in_file(
                                    &pages[id].doc.file,
                                    format!(
                                        "the {name} `{term}` here and `{first_name}` in {} would share the address /{url}{slug}/",
                                        first.display()
                                    ),
                                )
                                .help("write the term the same way in both files (the same letters and capitals)"),
                            );
                            by_name.insert(term, usize::MAX);
                            continue;
                        }
                        None => {
                            terms.push((term.to_string(), slug.clone(), id, Vec::new()));
                            by_slug.insert(slug, terms.len() - 1);
                            by_name.insert(term, terms.len() - 1);
                            terms.len() - 1
                        }
                    }
                }
            };
            if index == usize::MAX || seen.contains(&index) {
                continue;
            }
            seen.push(index);
            terms[index].3.push(id);
        }
    }
    let mut terms: Vec<Term> = terms
        .into_iter()
        .map(|(name, slug, _, pages)| Term {
            url: format!("{url}{slug}/"),
            name,
            slug,
            pages,
        })
        .collect();
    terms.sort_by_cached_key(|t| (t.name.to_lowercase(), t.slug.clone()));
    Taxonomy {
        name: name.to_string(),
        lang: lang.to_string(),
        url,
        terms,
    }
}
