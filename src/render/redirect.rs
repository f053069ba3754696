//! The small page at an old address (`aliases`): it sends browsers on at
//! once, tells search engines where the page is now, and is never indexed.

use fluent_bundle::FluentArgs;

use super::theme::escape;
use super::Renderer;
use crate::site::PageId;

/// The redirect page for an old address of `page`.
pub(super) fn render(renderer: &Renderer<'_>, page: PageId) -> String {
    let site = renderer.site;
    let page = &site.pages[page];
    let lang = page.lang();
    let target = site.path_url(&page.url);
    let canonical = site.permalink(&page.url);
    let title = &page.doc.front.title;
    let mut args = FluentArgs::new();
    args.set("title", title.as_str());
    // A site made before this message existed still gets a working link.
    let text = renderer
        .sources
        .locales
        .get(lang)
        .and_then(|l| l.format("redirect-moved", Some(&args)).ok())
        .unwrap_or_else(|| title.clone());
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
