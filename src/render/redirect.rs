//! The small page at an old address (`aliases`): it sends browsers on at
//! once, tells search engines where the page is now, and is never indexed.

use fluent_bundle::FluentArgs;

use super::Renderer;
use crate::html::escape;
use crate::model::{PageId, Reader};

/// The redirect page for an old address of `page`.
pub(super) fn render(renderer: &Renderer<'_>, r: &Reader<'_>, page: PageId) -> String {
    let address = r.address(page);
    leading_to(
        renderer,
        address.url(),
        address.lang(),
        r.head(page).title(),
    )
}

/// The page at an address rapport gave before to what is now at `to`: a
/// report (titled by `page`) or a listing (titled by the site's title).
pub(super) fn moved(
    renderer: &Renderer<'_>,
    r: &Reader<'_>,
    to: &str,
    lang: &str,
    page: Option<PageId>,
) -> String {
    let title = match page {
        Some(id) => r.head(id).title().to_string(),
        None => renderer
            .sources
            .locales
            .get(lang)
            .and_then(|l| l.format("site-title", None).ok())
            .unwrap_or_default(),
    };
    leading_to(renderer, to, lang, &title)
}

/// A page in `lang` that sends browsers on to the site-relative `url` at
/// once and tells search engines that `title` is there now.
fn leading_to(renderer: &Renderer<'_>, url: &str, lang: &str, title: &str) -> String {
    let site = renderer.site;
    let target = site.path_url(url);
    let canonical = site.permalink(url);
    let mut args = FluentArgs::new();
    args.set("title", title);
    // A site made before this message existed still gets a working link.
    let text = renderer
        .sources
        .locales
        .get(lang)
        .and_then(|l| l.format("redirect-moved", Some(&args)).ok())
        .unwrap_or_else(|| title.to_string());
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n\
         <meta name=\"robots\" content=\"noindex\">\n<link rel=\"canonical\" href=\"{canonical}\">\n\
         <meta http-equiv=\"refresh\" content=\"0; url={target}\">\n</head>\n<body>\n\
         <p><a href=\"{target}\">{text}</a></p>\n</body>\n</html>\n",
        lang = escape(lang),
        title = escape(title),
        canonical = escape(&canonical),
        target = escape(&target),
        text = escape(&text),
    )
}
