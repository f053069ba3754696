//! The archive: a language's reports grouped by year, one page per year.

use chrono::Datelike;

use super::{Page, PageId};

/// The archive of one language.
#[derive(Debug, Clone)]
pub(crate) struct Archive {
    /// The language.
    pub(crate) lang: String,
    /// URL path of the list of years (`sv/arkiv/`).
    pub(crate) url: String,
    /// The years, newest first.
    pub(crate) years: Vec<Year>,
}

/// One year of an archive.
#[derive(Debug, Clone)]
pub(crate) struct Year {
    /// The year.
    pub(crate) year: i32,
    /// URL path of its page (`sv/arkiv/2014/`).
    pub(crate) url: String,
    /// Its reports, newest first.
    pub(crate) pages: Vec<PageId>,
}

/// The archive of `lang` from the reports `listed` there (newest first).
pub(super) fn build(pages: &[Page], listed: &[PageId], lang: &str, segment: &str) -> Archive {
    let url = format!("{lang}/{segment}/");
    let mut years: Vec<Year> = Vec::new();
    for &id in listed {
        let Some(date) = pages[id].facts.date else {
            continue;
        };
        match years.last_mut() {
            Some(y) if y.year == date.year() => y.pages.push(id),
            _ => years.push(Year {
                year: date.year(),
                url: format!("{url}{}/", date.year()),
                pages: vec![id],
            }),
        }
    }
    Archive {
        lang: lang.to_string(),
        url,
        years,
    }
}
