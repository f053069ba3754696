//! Taxonomies: the terms of `tags`, `organizations` and the site's own
//! lists, per language, each with the reports that have it.

use std::collections::HashMap;

use super::{Page, PageId};
use crate::diagnostics::Diagnostic;
use crate::input::terms::Terms;

/// One taxonomy in one language.
#[derive(Debug, Clone)]
pub(crate) struct Taxonomy {
    /// Its name in site.yaml (`tags`).
    pub(crate) name: String,
    /// The language.
    pub(crate) lang: String,
    /// URL path of its index (`sv/amnen/`).
    pub(crate) url: String,
    /// Its terms, in alphabetical order.
    pub(crate) terms: Vec<Term>,
}

/// What makes terms in two languages the same term.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum TermId {
    /// A term of terms.yaml, by its place in its taxonomy's list there.
    Linked(usize),
    /// A term terms.yaml does not know, by its slug.
    Slug(String),
}

/// One term and the reports that have it.
#[derive(Debug, Clone)]
pub(crate) struct Term {
    /// The term as shown (`Mälardalens universitet`).
    pub(crate) name: String,
    /// The language of that name: the taxonomy's language, unless the term
    /// has no name in it (it is shown under its original name then).
    pub(crate) lang: String,
    /// Its URL part (`malardalens-universitet`).
    pub(crate) slug: String,
    /// URL path of its page (`sv/organisationer/malardalens-universitet/`).
    pub(crate) url: String,
    /// The same term in every language.
    pub(crate) id: TermId,
    /// Its website, from terms.yaml.
    pub(crate) website: Option<String>,
    /// Its reports, newest first.
    pub(crate) pages: Vec<PageId>,
}

impl Taxonomy {
    /// The term a report names `written` (in any language), if it is listed here.
    pub(crate) fn term_named(&self, written: &str, terms: &Terms) -> Option<&Term> {
        let id = match terms.find(&self.name, written.trim()) {
            Some((i, _)) => TermId::Linked(i),
            None => TermId::Slug(crate::transliterate::slugify(written.trim())),
        };
        self.terms.iter().find(|t| t.id == id)
    }
}

/// The terms `page` has in taxonomy `name`.
pub(crate) fn terms_of<'a>(page: &'a Page, name: &str) -> &'a [String] {
    match name {
        "tags" => &page.doc.front.tags,
        "organizations" => &page.facts.organizations,
        other => page.doc.front.terms.get(other).map_or(&[], Vec::as_slice),
    }
}

/// Builds taxonomy `name` of `lang` from the reports `listed` there. A term
/// of `terms` is listed under its name in `lang`, whatever name a report
/// uses. Two spellings with one slug are an error naming both.
pub(super) fn build(
    pages: &[Page],
    listed: &[PageId],
    lang: &str,
    name: &str,
    segment: String,
    terms: &Terms,
    problems: &mut Vec<Diagnostic>,
) -> Taxonomy {
    let url = format!("{lang}/{segment}/");
    // Each spelling is looked up once; its term is worked out the first time.
    let mut found: Vec<(Term, PageId)> = Vec::new();
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    let mut by_slug: HashMap<String, usize> = HashMap::new();
    for &id in listed {
        let page = &pages[id];
        let mut seen: Vec<usize> = Vec::new();
        for written in terms_of(page, name) {
            let written = written.trim();
            if written.is_empty() {
                continue;
            }
            let index = match by_name.get(written) {
                Some(&i) => i,
                None => {
                    let (shown, shown_lang, term_id, website) = match terms.find(name, written) {
                        Some((i, linked)) => {
                            let (shown_lang, shown) = match linked.name_in(lang) {
                                Some(n) => (lang, n),
                                None => linked.original(),
                            };
                            (shown, shown_lang, TermId::Linked(i), linked.url.clone())
                        }
                        None => (
                            written,
                            page.lang(),
                            TermId::Slug(crate::transliterate::slugify(written)),
                            None,
                        ),
                    };
                    let slug = crate::transliterate::slugify(shown);
                    if slug.is_empty() {
                        problems.push(
                            Diagnostic::in_file(
                                &page.doc.file,
                                crate::msg!("taxonomy-empty-term", taxonomy = name, term = written),
                            )
                            .help(crate::msg!("taxonomy-empty-term.help")),
                        );
                        by_name.insert(written, usize::MAX);
                        continue;
                    }
                    match by_slug.get(&slug) {
                        // Names of one linked term meet; unknown spellings must not.
                        Some(&i)
                            if found[i].0.id == term_id && matches!(term_id, TermId::Linked(_)) =>
                        {
                            by_name.insert(written, i);
                            i
                        }
                        Some(&i) => {
                            let (first, first_page) = &found[i];
                            let first_file = &pages[*first_page].doc.file;
                            problems.push(
                                Diagnostic::in_file(
                                    &page.doc.file,
                                    crate::msg!(
                                        "taxonomy-shared-address",
                                        taxonomy = name,
                                        term = written,
                                        other = first.name,
                                        file = first_file.display(),
                                        address = format!("/{url}{slug}/")
                                    ),
                                )
                                .help(crate::msg!("taxonomy-shared-address.help")),
                            );
                            by_name.insert(written, usize::MAX);
                            continue;
                        }
                        None => {
                            found.push((
                                Term {
                                    url: format!("{url}{slug}/"),
                                    name: shown.to_string(),
                                    lang: shown_lang.to_string(),
                                    slug: slug.clone(),
                                    id: term_id,
                                    website,
                                    pages: Vec::new(),
                                },
                                id,
                            ));
                            by_slug.insert(slug, found.len() - 1);
                            by_name.insert(written, found.len() - 1);
                            found.len() - 1
                        }
                    }
                }
            };
            if index == usize::MAX || seen.contains(&index) {
                continue;
            }
            seen.push(index);
            let term = &mut found[index].0;
            // An unknown term is in the language of the reports that use it.
            if page.lang() == lang && matches!(term.id, TermId::Slug(_)) {
                term.lang = lang.to_string();
            }
            term.pages.push(id);
        }
    }
    let mut terms: Vec<Term> = found.into_iter().map(|(term, _)| term).collect();
    terms.sort_by_cached_key(|t| (t.name.to_lowercase(), t.slug.clone()));
    Taxonomy {
        name: name.to_string(),
        lang: lang.to_string(),
        url,
        terms,
    }
}
