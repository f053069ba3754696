//! The same page in each language: what the language switcher, the
//! `hreflang` alternates and the sitemap link to.

use super::{ListingKind, OutputKind, Site};

/// One language's version of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// The language.
    pub lang: String,
    /// Its site-relative URL path.
    pub url: String,
    /// Its title, for reports and pages.
    pub title: Option<String>,
}

impl Site {
    /// The versions of the page `kind` renders, in the site's language order;
    /// a language without one is left out.
    pub fn versions(&self, kind: &OutputKind) -> Vec<Version> {
        self.config
            .languages
            .iter()
            .filter_map(|lang| {
                let (url, title) = self.version_in(kind, lang)?;
                Some(Version {
                    lang: lang.clone(),
                    url,
                    title,
                })
            })
            .collect()
    }

    fn version_in(&self, kind: &OutputKind, lang: &str) -> Option<(String, Option<String>)> {
        let simple = |url: String| Some((url, None));
        match kind {
            OutputKind::Page(id) => {
                let page = &self.pages[self.translation(*id, lang)?];
                Some((page.url.clone(), Some(page.doc.front.title.clone())))
            }
            OutputKind::Listing(i) => {
                let listing = &self.listings[*i];
                let same = |kind: &ListingKind| match (kind, &listing.kind) {
                    (
                        ListingKind::Term {
                            taxonomy: a,
                            term: x,
                        },
                        ListingKind::Term {
                            taxonomy: b,
                            term: y,
                        },
                    ) => {
                        let (ta, tb) = (&self.taxonomies[*a], &self.taxonomies[*b]);
                        ta.name == tb.name && ta.terms[*x].slug == tb.terms[*y].slug
                    }
                    (a, b) => a == b,
                };
                let other = self
                    .listings
                    .iter()
                    .find(|o| o.lang == lang && o.number == 1 && same(&o.kind))?;
                simple(other.url.clone())
            }
            OutputKind::Terms(t) => {
                let name = &self.taxonomies[*t].name;
                let other = self
                    .taxonomies
                    .iter()
                    .find(|o| o.lang == lang && &o.name == name)?;
                simple(other.url.clone())
            }
            OutputKind::Archive { archive, year } => {
                let other = self.archives.iter().find(|a| a.lang == lang)?;
                let year = year.map(|y| self.archives[*archive].years[y].year);
                match year {
                    None => simple(other.url.clone()),
                    Some(year) => simple(other.years.iter().find(|y| y.year == year)?.url.clone()),
                }
            }
            OutputKind::Search(_) => simple(format!("{lang}/{}/", self.segments.get(lang)?.search)),
            OutputKind::Root | OutputKind::NotFound => simple(format!("{lang}/")),
            _ => None,
        }
    }
}
