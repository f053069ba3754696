//! The same page in each language: what the language switcher, the
//! `hreflang` alternates and the sitemap link to.

use super::{Frame, ListingKind, OutputKind};

/// One language's version of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Version {
    /// The language.
    pub(crate) lang: String,
    /// Its site-relative URL path.
    pub(crate) url: String,
    /// Its title, for reports and pages.
    pub(crate) title: Option<String>,
}

/// What makes listings in two languages the same listing.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum ListingKey {
    /// The language home.
    Home,
    /// A section, by folder.
    Section(String),
    /// A term, by taxonomy name and the term's identity.
    Term(String, super::TermId),
}

impl Frame {
    /// The language-independent identity of a listing.
    pub(crate) fn listing_key(&self, listing: &super::Listing) -> ListingKey {
        match &listing.kind {
            ListingKind::Home => ListingKey::Home,
            ListingKind::Section(s) => ListingKey::Section(s.clone()),
            ListingKind::Term { taxonomy, term } => {
                let t = &self.taxonomies[*taxonomy];
                ListingKey::Term(t.name.clone(), t.terms[*term].id.clone())
            }
        }
    }

    /// The URL of the page of listing `i` in `lang` with the same number:
    /// page 2 of a listing is page 2 of the other language's, not its
    /// first; none when that one has fewer pages.
    pub(crate) fn same_listing_page(&self, i: usize, lang: &str) -> Option<String> {
        let listing = &self.listings[i];
        let key = self.listing_key(listing);
        let at = *self.first_listings.get(&(lang.to_string(), key))?;
        let first = &self.listings[at];
        if listing.number == 1 {
            return Some(first.url.clone());
        }
        // A listing's pages follow its first, in order.
        self.listings
            .get(at + listing.number - 1)
            .filter(|l| l.first_url == first.url && l.number == listing.number)
            .map(|l| l.url.clone())
    }

    /// The URL of the version in `lang` of the listing, archive or other
    /// page without a title that `kind` renders; a report's or page's
    /// versions are found by a [`super::Reader`], which reads their pages.
    pub(crate) fn version_url(&self, kind: &OutputKind, lang: &str) -> Option<String> {
        match kind {
            OutputKind::Listing(i) => {
                let key = self.listing_key(&self.listings[*i]);
                let other = self.first_listings.get(&(lang.to_string(), key))?;
                Some(self.listings[*other].url.clone())
            }
            OutputKind::Terms(t) => {
                let name = &self.taxonomies[*t].name;
                let other = self
                    .taxonomies
                    .iter()
                    .find(|o| o.lang == lang && &o.name == name)?;
                Some(other.url.clone())
            }
            OutputKind::Archive { archive, year } => {
                let other = self.archives.iter().find(|a| a.lang == lang)?;
                let year = year.map(|y| self.archives[*archive].years[y].year);
                match year {
                    None => Some(other.url.clone()),
                    Some(year) => Some(other.years.iter().find(|y| y.year == year)?.url.clone()),
                }
            }
            OutputKind::Search(_) => Some(format!("{lang}/{}/", self.segments.get(lang)?.search)),
            OutputKind::Root | OutputKind::NotFound => Some(format!("{lang}/")),
            _ => None,
        }
    }
}
