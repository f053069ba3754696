//! `/sitemap.xml` with every page and its language versions, and the
//! `robots.txt` that points to it.

use std::fmt::Write;

use crate::html::escape;
use crate::model::{Frame, OutputKind, Reader};

/// The sitemap of every HTML page a reader can reach.
pub(super) fn render(r: &Reader<'_>) -> String {
    let site = r.site();
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for output in &site.outputs {
        let Some((url, lastmod)) = entry(r, &output.kind) else {
            continue;
        };
        let _ = write!(out, "<url>\n<loc>{}</loc>\n", escape(&site.permalink(&url)));
        if let Some(date) = lastmod {
            let _ = writeln!(out, "<lastmod>{date}</lastmod>");
        }
        let mut versions = r.versions(&output.kind, false);
        if let OutputKind::Listing(i) = output.kind {
            // A listing's later pages have the same page of the others as versions.
            versions.retain_mut(|v| match site.same_listing_page(i, &v.lang) {
                Some(url) => {
                    v.url = url;
                    true
                }
                None => false,
            });
        }
        if versions.len() > 1 {
            for v in &versions {
                let _ = writeln!(
                    out,
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    v.lang,
                    escape(&site.permalink(&v.url))
                );
            }
            let default = versions
                .iter()
                .find(|v| v.lang == site.config.default_language)
                .unwrap_or(&versions[0]);
            let _ = writeln!(
                out,
                "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                escape(&site.permalink(&default.url))
            );
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// The URL path and last change of a page in the sitemap; `None` for
/// outputs that are not pages a reader lands on.
fn entry(r: &Reader<'_>, kind: &OutputKind) -> Option<(String, Option<String>)> {
    let site = r.site();
    let newest = |ids: &[usize]| {
        ids.iter()
            .filter_map(|&id| r.address(id).dates().0)
            .max()
            .map(crate::dates::day)
    };
    match kind {
        OutputKind::Page(id) => {
            let page = r.address(*id);
            let (date, _, datetime) = page.dates();
            let lastmod = match (datetime, date) {
                (Some(dt), _) => Some(dt.to_rfc3339()),
                (None, date) => date.map(crate::dates::day),
            };
            Some((page.url().to_string(), lastmod))
        }
        OutputKind::Listing(i) => {
            let listing = &site.listings[*i];
            Some((listing.url.clone(), newest(&listing.items)))
        }
        OutputKind::Terms(t) => Some((site.taxonomies[*t].url.clone(), None)),
        OutputKind::Archive { archive, year } => {
            let archive = &site.archives[*archive];
            match year {
                None => Some((
                    archive.url.clone(),
                    archive.years.first().and_then(|y| newest(&y.pages)),
                )),
                Some(y) => Some((
                    archive.years[*y].url.clone(),
                    newest(&archive.years[*y].pages),
                )),
            }
        }
        OutputKind::Search(lang) => {
            Some((format!("{lang}/{}/", site.segments.get(lang)?.search), None))
        }
        _ => None,
    }
}

/// `robots.txt`: everything may be crawled; the sitemap is named.
pub(super) fn robots(site: &Frame) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        site.config.base_url
    )
}
