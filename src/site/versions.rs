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

/// What makes listings in two languages the same listing.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListingKey {
    /// The language home.
    Home,
    /// A section, by folder.
    Section(String),
    /// A term, by taxonomy name and the term's identity.
    Term(String, super::TermId),
}

impl Site {
    /// The language-independent identity of a listing.
    pub fn listing_key(&self, listing: &super::Listing) -> ListingKey {
        match &listing.kind {
            ListingKind::Home => ListingKey::Home,
            ListingKind::Section(s) => ListingKey::Section(s.clone()),
            ListingKind::Term { taxonomy, term } => {
                let t = &self.taxonomies[*taxonomy];
                ListingKey::Term(t.name.clone(), t.terms[*term].id.clone())
            }
        }
    }

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
                let page = self.page_head(self.translation(*id, lang)?);
                Some((page.url.clone(), Some(page.doc.front.title.clone())))
            }
            OutputKind::Listing(i) => {
                let key = self.listing_key(&self.listings[*i]);
                let other = self.first_listings.get(&(lang.to_string(), key))?;
                simple(self.listings[*other].url.clone())
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
