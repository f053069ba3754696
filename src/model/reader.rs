//! How a view reaches the site's pages: through a [`Reader`], which records
//! every page it gives out, whole or by its [`Head`] alone. What a view read
//! is what it depends on: the preview looks at a view again only when a page
//! it read changed (see `rebuild`). A view is given the [`Frame`] and a
//! reader, never the [`Site`], so nothing it shows can come from a page the
//! reader did not see: menus, language switchers and links included.
//!
//! A page's [`Address`] (URL, language, translation group, dates) is given
//! out unrecorded: the frame is made from it, so an edit that changes it
//! makes a new model, and [`Site::with_texts`] refuses one that would.

use std::sync::Mutex;

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::{Facts, Frame, OutputKind, Page, PageId, Site, Version};
use crate::input::document::Document;

/// What rendering holds of a site's pages: a [`Reader`] for each view, and
/// nothing else.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Readers<'s>(&'s Site);

impl<'s> Readers<'s> {
    /// The readers of `site`'s pages.
    pub(crate) fn new(site: &'s Site) -> Readers<'s> {
        Readers(site)
    }

    /// A reader for one view, recording what it reads.
    pub(crate) fn reader(self) -> Reader<'s> {
        Reader::recording(self.0)
    }

    /// A reader for one view whose reads are of no use (rendering, after
    /// the view was hashed and its reads kept).
    pub(crate) fn unrecorded(self) -> Reader<'s> {
        Reader::unrecorded(self.0)
    }
}

/// The one way a view reaches a page; it records what it gives out.
#[derive(Debug)]
pub(crate) struct Reader<'s> {
    site: &'s Site,
    /// The pages given out whole, and by their head alone; `None` when not
    /// recording.
    read: Option<Mutex<(Vec<PageId>, Vec<PageId>)>>,
}

impl<'s> Reader<'s> {
    pub(super) fn recording(site: &'s Site) -> Reader<'s> {
        Reader {
            site,
            read: Some(Mutex::new((Vec::new(), Vec::new()))),
        }
    }

    pub(super) fn unrecorded(site: &'s Site) -> Reader<'s> {
        Reader { site, read: None }
    }

    fn note(&self, id: PageId, whole: bool) {
        if let Some(Ok(mut read)) = self.read.as_ref().map(Mutex::lock) {
            if whole {
                read.0.push(id);
            } else {
                read.1.push(id);
            }
        }
    }

    /// Everything of the site but its pages.
    pub(crate) fn site(&self) -> &'s Frame {
        self.site
    }

    /// Page `id`, whole: its text and everything made from it.
    pub(crate) fn page(&self, id: PageId) -> &'s Page {
        self.note(id, true);
        &self.site.pages[id]
    }

    /// The title and facts of page `id`, without its text: what a menu or
    /// a language switcher shows of a page.
    pub(crate) fn head(&self, id: PageId) -> Head<'s> {
        self.note(id, false);
        Head(&self.site.pages[id])
    }

    /// Where page `id` is and what it is: not recorded, since only a new
    /// model changes it.
    pub(crate) fn address(&self, id: PageId) -> Address<'s> {
        Address(&self.site.pages[id])
    }

    /// What the view read, once each and sorted.
    pub(crate) fn finish(self) -> Reads {
        let (mut whole, mut heads) = self
            .read
            .and_then(|m| m.into_inner().ok())
            .unwrap_or_default();
        for list in [&mut whole, &mut heads] {
            list.sort_unstable();
            list.dedup();
        }
        Reads::Pages { whole, heads }
    }

    /// The version of `page`'s report in `lang`, if there is one.
    pub(crate) fn translation(&self, page: PageId, lang: &str) -> Option<PageId> {
        self.site.groups[self.address(page).group()]
            .iter()
            .copied()
            .find(|&p| self.address(p).lang() == lang)
    }

    /// The URL a link from `from` to the Markdown file `target` (relative to
    /// `from`'s folder) leads to, in `from`'s language where possible.
    pub(crate) fn resolve_link(&self, from: &Document, target: &str) -> Option<String> {
        let frame = self.site();
        if let Some(listing) = frame.linked_listing(from, target) {
            return Some(frame.path_url(&frame.listings[listing].url));
        }
        let page = self.linked_page(from, target)?;
        Some(frame.path_url(self.address(page).url()))
    }

    /// The page a link from `from` to the Markdown file `target` leads to,
    /// in `from`'s language where possible; `None` for a listing or nothing.
    pub(crate) fn linked_page(&self, from: &Document, target: &str) -> Option<PageId> {
        let page = *self.site().link_candidates(from, target).first()?;
        Some(self.translation(page, &from.lang).unwrap_or(page))
    }

    /// The versions of the page `kind` renders, in the site's language order;
    /// a language without one is left out. With `titles`, a report's or
    /// page's versions have their titles (and the view depends on them).
    pub(crate) fn versions(&self, kind: &OutputKind, titles: bool) -> Vec<Version> {
        let frame = self.site();
        frame
            .config
            .languages
            .iter()
            .filter_map(|lang| {
                let (url, title) = match kind {
                    OutputKind::Page(id) => {
                        let version = self.translation(*id, lang)?;
                        let title = titles.then(|| self.head(version).title().to_string());
                        (self.address(version).url().to_string(), title)
                    }
                    _ => (frame.version_url(kind, lang)?, None),
                };
                Some(Version {
                    lang: lang.clone(),
                    url,
                    title,
                })
            })
            .collect()
    }
}

/// A page's title and facts, without its text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Head<'s>(&'s Page);

impl<'s> Head<'s> {
    pub(super) fn of(page: &'s Page) -> Head<'s> {
        Head(page)
    }

    /// The title.
    pub(crate) fn title(&self) -> &'s str {
        &self.0.doc.front.title
    }

    /// The meeting's facts, inherited where the page sets none.
    pub(crate) fn facts(&self) -> &'s Facts {
        &self.0.facts
    }

    /// A hash of everything the accessors above give: equal keys, equal heads.
    pub(super) fn key(&self) -> u64 {
        crate::hash::hash_of((self.title(), self.facts()))
    }
}

/// Where a page is and what it is: what the model's frame is made from.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Address<'s>(&'s Page);

impl<'s> Address<'s> {
    pub(super) fn of(page: &'s Page) -> Address<'s> {
        Address(page)
    }

    /// The URL path below the site's base.
    pub(crate) fn url(&self) -> &'s str {
        &self.0.url
    }

    /// The language.
    pub(crate) fn lang(&self) -> &'s str {
        self.0.lang()
    }

    /// Whether it is a meeting report (else a standalone page).
    pub(crate) fn is_report(&self) -> bool {
        self.0.is_report()
    }

    /// Its translation group, an index of [`Frame::groups`].
    pub(crate) fn group(&self) -> usize {
        self.0.group
    }

    /// The meeting's first day, its last, and its full timestamp.
    pub(crate) fn dates(
        &self,
    ) -> (
        Option<NaiveDate>,
        Option<NaiveDate>,
        Option<DateTime<FixedOffset>>,
    ) {
        let facts = &self.0.facts;
        (facts.date, facts.end_date, facts.datetime)
    }

    /// A hash of everything the accessors above give: equal keys, equal addresses.
    pub(super) fn key(&self) -> u64 {
        crate::hash::hash_of((
            self.url(),
            self.lang(),
            self.is_report(),
            self.group(),
            self.dates(),
        ))
    }
}

/// What a view read of the site's pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reads {
    /// Every page: views made from the text of a whole language at once
    /// (the search index, made once for several outputs, and feeds).
    All,
    /// These pages, sorted: whole, and by their [`Head`] alone.
    Pages {
        /// Pages read whole.
        whole: Vec<PageId>,
        /// Pages of which only the head was read.
        heads: Vec<PageId>,
    },
}

impl Reads {
    /// Whether the view read anything that `changed`.
    pub(crate) fn touched_by(&self, changed: &Changed) -> bool {
        let any = |read: &[PageId], of: &[PageId]| read.iter().any(|p| of.binary_search(p).is_ok());
        match self {
            Reads::All => true,
            Reads::Pages { whole, heads } => {
                any(whole, &changed.texts)
                    || any(whole, &changed.heads)
                    || any(heads, &changed.heads)
            }
        }
    }
}

/// The pages a new [`Site`] changed from the last (see [`Site::with_texts`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Changed {
    /// Pages with a new document, sorted.
    pub(crate) texts: Vec<PageId>,
    /// Pages whose [`Head`] changed (a new title, inherited facts), sorted.
    pub(crate) heads: Vec<PageId>,
}

impl Changed {
    pub(super) fn new(mut texts: Vec<PageId>, mut heads: Vec<PageId>) -> Changed {
        for list in [&mut texts, &mut heads] {
            list.sort_unstable();
            list.dedup();
        }
        Changed { texts, heads }
    }
}
