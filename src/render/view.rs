//! The values templates see: plain serialisable views of the model, made
//! for one output at a time. The README lists every field.

use serde::Serialize;

use crate::input::document::Participant;
use crate::model::{Frame, Listing, ListingKind, Page, PageId, Reader};

/// `site`: what every template knows about the site.
#[derive(Debug, Serialize)]
pub(crate) struct SiteView<'a> {
    /// Absolute URL of the site, ending in `/`.
    pub(crate) base_url: &'a str,
    /// Path prefix of every internal link, ending in `/`.
    pub(crate) base_path: &'a str,
    /// The default language's code.
    pub(crate) default_language: &'a str,
    /// Every language with its name and home.
    pub(crate) languages: Vec<LanguageView>,
    /// The taxonomies of site.yaml.
    pub(crate) taxonomies: &'a [String],
    /// `rapport` and its version, for a generator meta tag.
    pub(crate) generator: &'static str,
}

/// A language of the site.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct LanguageView {
    /// Its code (`sv`).
    pub(crate) code: String,
    /// Its name in itself (`Svenska`), from its `language-name` message.
    pub(crate) name: String,
    /// URL path of its home.
    pub(crate) url: String,
}

/// One entry of the language switcher.
#[derive(Debug, Serialize)]
pub(crate) struct SwitchItem<'a> {
    /// Language code.
    pub(crate) lang: &'a str,
    /// Language name in itself.
    pub(crate) name: &'a str,
    /// The same page in that language, or that language's home.
    pub(crate) url: String,
    /// Whether this is the page's own language.
    pub(crate) current: bool,
    /// Whether `url` is this page's translation (not the home).
    pub(crate) translated: bool,
}

/// Another language's version of this page.
#[derive(Debug, Serialize)]
pub(crate) struct TranslationView<'a> {
    /// Language code.
    pub(crate) lang: &'a str,
    /// Language name in itself.
    pub(crate) name: &'a str,
    /// Title in that language.
    pub(crate) title: String,
    /// URL path.
    pub(crate) url: String,
}

/// A `<link rel="alternate" hreflang>` of the page.
#[derive(Debug, Serialize)]
pub(crate) struct Alternate {
    /// Language code, or `x-default`.
    pub(crate) hreflang: String,
    /// Absolute URL.
    pub(crate) url: String,
}

/// An image with its URL resolved.
#[derive(Debug, Serialize)]
pub(crate) struct ImageView {
    /// URL path or absolute URL.
    pub(crate) url: String,
    /// Absolute URL, for social cards and feeds.
    pub(crate) permalink: String,
    /// Alternative text; empty when none was written.
    pub(crate) alt: String,
    /// Whether the page's body shows the same image (then the theme need not show it twice).
    pub(crate) in_body: bool,
    /// For a processed photo: every size, as `srcset` wants them.
    pub(crate) srcset: Option<String>,
    /// For a processed photo: the shown size's width in pixels.
    pub(crate) width: Option<u32>,
    /// For a processed photo: the shown size's height in pixels.
    pub(crate) height: Option<u32>,
    /// For a processed photo: the thumbnail cropped to the theme's 3:2 cards.
    pub(crate) thumb: Option<Thumb>,
    /// The absolute URL of the social image (1200 × 630 for a processed photo).
    pub(crate) social: String,
}

/// A cover's thumbnail for listing cards.
#[derive(Debug, Serialize)]
pub(crate) struct Thumb {
    /// URL path of the narrowest thumbnail.
    pub(crate) url: String,
    /// Every thumbnail, as `srcset` wants them.
    pub(crate) srcset: String,
    /// Width in pixels.
    pub(crate) width: u32,
    /// Height in pixels.
    pub(crate) height: u32,
}

/// `page`: a report or standalone page.
#[derive(Debug, Serialize)]
pub(crate) struct PageView<'a> {
    /// `report` or `page`.
    pub(crate) kind: &'static str,
    /// Title.
    pub(crate) title: &'a str,
    /// Meeting date, `YYYY-MM-DD`.
    pub(crate) date: Option<String>,
    /// The meeting's last day, `YYYY-MM-DD`, when it lasted several days.
    pub(crate) end_date: Option<String>,
    /// Full RFC 3339 timestamp when one was written.
    pub(crate) datetime: Option<String>,
    /// URL path.
    pub(crate) url: String,
    /// Absolute URL.
    pub(crate) permalink: String,
    /// Language code.
    pub(crate) lang: &'a str,
    /// Plain-text summary.
    pub(crate) summary: &'a str,
    /// Plain-text meta description, about 160 characters.
    pub(crate) description: &'a str,
    /// The body as HTML.
    pub(crate) content: String,
    /// Byline names.
    pub(crate) author: &'a [String],
    /// Where the meeting took place.
    pub(crate) location: Option<&'a str>,
    /// Who took part.
    pub(crate) participants: &'a [Participant],
    /// Organisations taking part.
    pub(crate) organizations: &'a [String],
    /// Tags in this language.
    pub(crate) tags: &'a [String],
    /// The site's own taxonomies' terms.
    pub(crate) terms: &'a std::collections::BTreeMap<String, Vec<String>>,
    /// The cover image.
    pub(crate) cover: Option<ImageView>,
    /// Whether it is a draft.
    pub(crate) draft: bool,
    /// The section folder, for reports.
    pub(crate) section: Option<&'a str>,
    /// `extra` from the front matter, untouched.
    pub(crate) extra: &'a serde_json::Value,
}

/// A report as listings show it.
#[derive(Debug, Serialize)]
pub(crate) struct Card<'a> {
    /// Title.
    pub(crate) title: &'a str,
    /// URL path.
    pub(crate) url: String,
    /// Meeting date, `YYYY-MM-DD`.
    pub(crate) date: Option<String>,
    /// The meeting's last day, `YYYY-MM-DD`, when it lasted several days.
    pub(crate) end_date: Option<String>,
    /// Plain-text summary.
    pub(crate) summary: &'a str,
    /// Cover image.
    pub(crate) cover: Option<ImageView>,
    /// The report's language.
    pub(crate) lang: &'a str,
    /// Whether it is in another language than the listing (it has no translation).
    pub(crate) foreign: bool,
    /// Whether it is a draft.
    pub(crate) draft: bool,
    /// Where the meeting took place.
    pub(crate) location: Option<&'a str>,
}

/// A numbered link of a listing's pagination.
#[derive(Debug, Serialize)]
pub(crate) struct PageLink {
    /// Page number, from 1.
    pub(crate) number: usize,
    /// URL path.
    pub(crate) url: String,
    /// Whether it is the page shown.
    pub(crate) current: bool,
    /// Whether pages are left out between the previous link and this one.
    pub(crate) gap_before: bool,
}

/// The page numbers a pagination shows: the first, the last, and two on
/// each side of the current one, so a listing of a thousand pages links to
/// seven, not a thousand.
pub(crate) fn page_window(current: usize, total: usize) -> Vec<usize> {
    let mut numbers: Vec<usize> = [1, total]
        .into_iter()
        .chain(current.saturating_sub(2).max(1)..=(current + 2).min(total))
        .filter(|&n| n >= 1 && n <= total)
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    numbers
}

/// `listing`: a language home or section page.
#[derive(Debug, Serialize)]
pub(crate) struct ListingView<'a> {
    /// `home`, `section` or `term`.
    pub(crate) kind: &'static str,
    /// Section folder, for sections.
    pub(crate) section: Option<&'a str>,
    /// Title from `_index.LANG.md`, if any.
    pub(crate) title: Option<&'a str>,
    /// Intro HTML from `_index.LANG.md`, if any.
    pub(crate) intro: Option<String>,
    /// Reports on this page.
    pub(crate) items: Vec<Card<'a>>,
    /// This page's number, from 1.
    pub(crate) number: usize,
    /// Number of pages.
    pub(crate) total: usize,
    /// Number of reports on all pages.
    pub(crate) count: usize,
    /// URL path of the previous page.
    pub(crate) previous: Option<String>,
    /// URL path of the next page.
    pub(crate) next: Option<String>,
    /// Links to every page.
    pub(crate) pages: Vec<PageLink>,
}

/// The URL of an image written as `src` in `page`'s front matter.
pub(crate) fn image_url(site: &Frame, page: &Page, src: &str) -> String {
    if src.contains("://") {
        src.to_string()
    } else if let Some(rooted) = src.strip_prefix('/') {
        site.path_url(rooted)
    } else {
        site.path_url(&format!("{}{}", page.url, src.trim_start_matches("./")))
    }
}

/// The processed photo `src`, written in `doc`, as a page shows it.
pub(crate) fn photo(
    site: &Frame,
    doc: &crate::input::document::Document,
    src: &str,
) -> Option<crate::photos::Picture> {
    let (photo, home) = processed(site, doc, src)?;
    photo.picture(&site.path_url(home))
}

/// The processed photo `src` of `doc`'s bundle, and the URL path its files are at.
fn processed<'s>(
    site: &'s Frame,
    doc: &crate::input::document::Document,
    src: &str,
) -> Option<(&'s crate::photos::Photo, &'s str)> {
    let bundle = doc.bundle.as_ref()?;
    let file = crate::photos::bundle_file(&bundle.files, src)?;
    let photo = site.photos.get(&format!("{}/{file}", bundle.dir))?;
    Some((photo, site.photo_homes.get(&bundle.dir)?.as_str()))
}

/// An URL path made absolute with the site's origin.
pub(crate) fn absolute(site: &Frame, url: &str) -> String {
    if url.contains("://") {
        return url.to_string();
    }
    let origin = site
        .config
        .base_url
        .strip_suffix(site.config.base_path.as_str())
        .unwrap_or(&site.config.base_url);
    format!("{origin}{url}")
}

/// One taxonomy's terms on a page, linked to their pages.
#[derive(Debug, Serialize)]
pub(crate) struct PageTaxonomy {
    /// The taxonomy's name in site.yaml.
    pub(crate) name: String,
    /// The page's terms.
    pub(crate) terms: Vec<TermLink>,
}

/// A term linked to its page.
#[derive(Debug, Serialize)]
pub(crate) struct TermLink {
    /// The term's name in the page's language, or its original name.
    pub(crate) name: String,
    /// The language of `name`.
    pub(crate) lang: String,
    /// Whether `name` is in another language than the page's.
    pub(crate) foreign: bool,
    /// URL path of its page.
    pub(crate) url: String,
}

/// The page's terms of every taxonomy that it has any of, in site order.
pub(crate) fn page_taxonomies(site: &Frame, page: &Page) -> Vec<PageTaxonomy> {
    site.taxonomies
        .iter()
        .filter(|t| t.lang == page.lang())
        .filter_map(|t| {
            let terms: Vec<TermLink> = crate::model::terms_of(page, &t.name)
                .iter()
                .filter_map(|name| {
                    let term = t.term_named(name, &site.terms)?;
                    Some(TermLink {
                        name: term.name.clone(),
                        lang: term.lang.clone(),
                        foreign: term.lang != t.lang,
                        url: site.path_url(&term.url),
                    })
                })
                .collect();
            (!terms.is_empty()).then(|| PageTaxonomy {
                name: t.name.clone(),
                terms,
            })
        })
        .collect()
}

/// The page's cover: `cover` of the front matter, else the bundle's first
/// photo (the one made into a thumbnail), with its sizes when processed.
fn cover(site: &Frame, page: &Page, content: Option<&str>) -> Option<ImageView> {
    let written = page.facts.cover.as_ref();
    let first = || {
        let bundle = page.doc.bundle.as_ref()?;
        bundle.files.iter().find(|f| {
            site.photos
                .get(&format!("{}/{f}", bundle.dir))
                .is_some_and(|p| p.social.is_some())
        })
    };
    let (src, alt) = match written {
        Some(c) => (c.src.clone(), c.alt.clone().unwrap_or_default()),
        None => (first()?.clone(), String::new()),
    };
    let Some((photo, home)) = processed(site, &page.doc, &src) else {
        let url = image_url(site, page, &src);
        return Some(ImageView {
            permalink: absolute(site, &url),
            social: absolute(site, &url),
            in_body: content.is_some_and(|html| html.contains(&format!("src=\"{src}\""))),
            url,
            alt,
            srcset: None,
            width: None,
            height: None,
            thumb: None,
        });
    };
    let base = site.path_url(home);
    let picture = photo.picture(&base)?;
    let srcset = |set: &[(String, u32)]| {
        set.iter()
            .map(|(u, w)| format!("{u} {w}w"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let social = photo.social.as_ref().map_or(picture.src.clone(), |s| {
        format!("{base}{}", crate::photos::url_name(&s.name))
    });
    Some(ImageView {
        permalink: absolute(site, &picture.src),
        social: absolute(site, &social),
        in_body: content.is_some_and(|html| html.contains(&format!("src=\"{}\"", picture.src))),
        url: picture.src.clone(),
        alt,
        srcset: Some(srcset(&picture.srcset)),
        width: Some(picture.width),
        height: Some(picture.height),
        thumb: photo.thumbnail(&base).map(|t| Thumb {
            srcset: srcset(&t.srcset),
            url: t.src,
            width: t.width,
            height: t.height,
        }),
    })
}

/// The URL of the picture a card of `page` shows: its cover's thumbnail.
pub(crate) fn thumbnail_url(site: &Frame, page: &Page) -> Option<String> {
    let cover = cover(site, page, None)?;
    Some(cover.thumb.map_or(cover.url, |t| t.url))
}

/// The view of `page` with its rendered `content`.
pub(crate) fn page_view<'a>(site: &'a Frame, page: &'a Page, content: String) -> PageView<'a> {
    let facts = &page.facts;
    let cover = cover(site, page, Some(&content));
    PageView {
        kind: if page.is_report() { "report" } else { "page" },
        title: &page.doc.front.title,
        date: facts.date.map(crate::dates::day),
        end_date: facts.end_date.map(crate::dates::day),
        datetime: facts.datetime.map(|d| d.to_rfc3339()),
        url: site.path_url(&page.url),
        permalink: site.permalink(&page.url),
        lang: page.lang(),
        summary: &page.doc.summary,
        description: &page.doc.description,
        content,
        author: &facts.author,
        location: facts.location.as_deref(),
        participants: &facts.participants,
        organizations: &facts.organizations,
        tags: &page.doc.front.tags,
        terms: &page.doc.front.terms,
        cover,
        draft: page.doc.front.draft,
        section: match &page.doc.kind {
            crate::input::document::DocKind::Report { section } => Some(section),
            _ => None,
        },
        extra: &page.doc.front.extra,
    }
}

/// The card of `id` in a listing in `lang`.
pub(crate) fn card<'a>(r: &Reader<'a>, id: PageId, lang: &str) -> Card<'a> {
    let site = r.site();
    let page = r.page(id);
    Card {
        title: &page.doc.front.title,
        url: site.path_url(&page.url),
        date: page.facts.date.map(crate::dates::day),
        end_date: page.facts.end_date.map(crate::dates::day),
        summary: &page.doc.summary,
        cover: cover(site, page, None),
        lang: page.lang(),
        foreign: page.lang() != lang,
        draft: page.doc.front.draft,
        location: page.facts.location.as_deref(),
    }
}

/// The view of a listing page, with its intro already rendered.
pub(crate) fn listing_view<'a>(
    r: &Reader<'a>,
    listing: &'a Listing,
    intro: Option<String>,
) -> ListingView<'a> {
    let site = r.site();
    let url_of =
        |n: usize| site.path_url(&site.listing_page_url(&listing.first_url, &listing.lang, n));
    ListingView {
        kind: match listing.kind {
            ListingKind::Home => "home",
            ListingKind::Section(_) => "section",
            ListingKind::Term { .. } => "term",
        },
        section: match &listing.kind {
            ListingKind::Section(s) => Some(s),
            _ => None,
        },
        title: listing.intro.as_ref().map(|d| d.front.title.as_str()),
        intro,
        items: listing
            .items
            .iter()
            .map(|&id| card(r, id, &listing.lang))
            .collect(),
        number: listing.number,
        total: listing.total,
        count: listing.count,
        previous: (listing.number > 1).then(|| url_of(listing.number - 1)),
        next: (listing.number < listing.total).then(|| url_of(listing.number + 1)),
        pages: {
            let window = page_window(listing.number, listing.total);
            window
                .iter()
                .enumerate()
                .map(|(i, &n)| PageLink {
                    number: n,
                    url: url_of(n),
                    current: n == listing.number,
                    gap_before: i > 0 && window[i - 1] + 1 != n,
                })
                .collect()
        },
    }
}

/// A standalone page in the site menu.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct MenuItem {
    /// Title.
    pub(crate) title: String,
    /// URL path.
    pub(crate) url: String,
}

/// The menu of `lang`: its top-level `sections` (folder, title, URL path,
/// see [`Frame::sections`]), then its standalone pages in path order, read
/// through `r`, so that a view showing the menu depends on their titles.
pub(crate) fn menu(
    r: &Reader<'_>,
    sections: &[(String, String, String)],
    lang: &str,
) -> Vec<MenuItem> {
    let site = r.site();
    let sections = sections.iter().map(|(_, title, url)| MenuItem {
        title: title.clone(),
        url: url.clone(),
    });
    let pages = site
        .standalone
        .get(lang)
        .into_iter()
        .flatten()
        .map(|&id| MenuItem {
            title: r.head(id).title().to_string(),
            url: site.path_url(r.address(id).url()),
        });
    sections.chain(pages).collect()
}

#[cfg(test)]
mod tests {
    use super::page_window;

    #[test]
    fn pagination_shows_ends_and_neighbours() {
        assert_eq!(page_window(1, 1), [1]);
        assert_eq!(page_window(1, 3), [1, 2, 3]);
        assert_eq!(page_window(50, 1000), [1, 48, 49, 50, 51, 52, 1000]);
        assert_eq!(page_window(1000, 1000), [1, 998, 999, 1000]);
    }
}
