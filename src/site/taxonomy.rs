//! Taxonomies: the terms of `tags`, `organizations` and the site's own
//! lists, per language, each with the reports that have it.

use std::collections::{BTreeMap, HashMap};

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
    let mut by_slug: BTreeMap<String, (String, PageId, Vec<PageId>)> = BTreeMap::new();
    let mut slugs: HashMap<&str, String> = HashMap::new();
    for &id in listed {
        let mut seen = Vec::new();
        for term in terms_of(&pages[id], name) {
            let term = term.trim();
            let slug = slugs
                .entry(term)
                .or_insert_with(|| slug::slugify(term))
                .clone();
            if term.is_empty() || seen.contains(&slug) {
                continue;
            }
            seen.push(slug.clone());
            let entry = by_slug
                .entry(slug.clone())
                .or_insert_with(|| (term.to_string(), id, Vec::new()));
            if entry.0 != term {
                let first = &pages[entry.1].doc.file;
                problems.push(
                    Diagnostic::in_file(
                        &pages[id].doc.file,
                        format!(
                            "the {name} `{term}` here and `{}` in {} would share the address /{url}{slug}/",
                            entry.0,
                            first.display()
                        ),
                    )
                    .help("write the term the same way in both files (the same letters and capitals)"),
                );
                continue;
            }
            entry.2.push(id);
        }
    }
    let mut terms: Vec<Term> = by_slug
        .into_iter()
        .map(|(slug, (name, _, pages))| Term {
            url: format!("{url}{slug}/"),
            name,
            slug,
            pages,
        })
        .collect();
    terms.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.slug.cmp(&b.slug))
    });
    Taxonomy {
        name: name.to_string(),
        lang: lang.to_string(),
        url,
        terms,
    }
}
