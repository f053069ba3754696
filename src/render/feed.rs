//! Atom feeds: one per language and one per taxonomy term, with absolute
//! URLs, the newest reports first. The language's feed carries each
//! report's summary and full text; a term's feed carries its summary and
//! that term alone, so a report with many tags costs each tag's feed the
//! same few lines (the size of the feeds grows with reports times terms,
//! not with the square of a report's tags).

use std::fmt::Write;

use super::{Fill, Renderer};
use crate::diagnostics::Diagnostic;
use crate::html::escape;
use crate::model::{PageId, Reader, FEED_ENTRIES};

/// The feed of `lang`, or of one (taxonomy, term) of it.
pub(super) fn render<'a>(
    renderer: &Renderer<'a>,
    r: &Reader<'a>,
    lang: &str,
    term: Option<(usize, usize)>,
    fill: Fill,
) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let site = renderer.site;
    let site_title = renderer.message(lang, "site-title");
    let (title, html_url, feed_url, pages, of_term): (String, String, String, &[PageId], _) =
        match term {
            None => (
                site_title.clone(),
                format!("{lang}/"),
                format!("{lang}/atom.xml"),
                &site.listed[lang],
                None,
            ),
            Some((t, n)) => {
                let term = &site.taxonomies[t].terms[n];
                (
                    format!("{site_title} – {}", term.name),
                    term.url.clone(),
                    format!("{}atom.xml", term.url),
                    &term.pages,
                    Some(term.name.as_str()),
                )
            }
        };
    let pages = &pages[..pages.len().min(FEED_ENTRIES)];
    let mut out = String::with_capacity(4096 + pages.len() * 8192);
    let updated = pages
        .first()
        .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), |&p| timestamp(r, p));
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n\
         <title>{}</title>\n<subtitle>{}</subtitle>\n\
         <link href=\"{}\" rel=\"self\" type=\"application/atom+xml\"/>\n\
         <link href=\"{}\" rel=\"alternate\" type=\"text/html\"/>\n\
         <id>{}</id>\n<updated>{updated}</updated>\n<author><name>{}</name></author>\n\
         <generator version=\"{}\">rapport</generator>\n",
        escape(&title),
        escape(&renderer.message(lang, "site-tagline")),
        escape(&site.permalink(&feed_url)),
        escape(&site.permalink(&html_url)),
        escape(&site.permalink(&feed_url)),
        escape(&site_title),
        env!("CARGO_PKG_VERSION"),
    );
    let mut problems = Vec::new();
    for &id in pages {
        match entry(renderer, r, id, fill, of_term) {
            Ok(text) => out.push_str(&text),
            Err(mut p) => problems.append(&mut p),
        }
    }
    out.push_str("</feed>\n");
    if problems.is_empty() {
        Ok(out.into_bytes())
    } else {
        Err(problems)
    }
}

fn timestamp(r: &Reader<'_>, id: PageId) -> String {
    let (date, _, datetime) = r.address(id).dates();
    match (datetime, date) {
        (Some(dt), _) => dt.to_rfc3339(),
        (None, Some(date)) => format!("{}T00:00:00Z", date.format(crate::dates::DAY)),
        (None, None) => "1970-01-01T00:00:00Z".into(),
    }
}

/// One report's entry: in a term's feed (`term`), with its summary and that
/// term; else with every tag and the full text.
fn entry<'a>(
    renderer: &Renderer<'a>,
    r: &Reader<'a>,
    id: PageId,
    fill: Fill,
    term: Option<&str>,
) -> Result<String, Vec<Diagnostic>> {
    let site = renderer.site;
    let page = r.page(id);
    let permalink = site.permalink(&page.url);
    let content = match term {
        None => renderer.markdown(r, &page.doc, Some(&permalink), fill)?,
        Some(_) => std::sync::Arc::from(""),
    };
    let when = timestamp(r, id);
    let mut out = String::with_capacity(content.len() + 1024);
    let _ = write!(
        out,
        "<entry xml:lang=\"{}\">\n<title>{}</title>\n<link href=\"{}\" rel=\"alternate\" type=\"text/html\"/>\n\
         <id>{}</id>\n<published>{when}</published>\n<updated>{when}</updated>\n",
        page.lang(),
        escape(&page.doc.front.title),
        escape(&permalink),
        escape(&permalink),
    );
    for author in page.facts.author.iter() {
        let _ = writeln!(out, "<author><name>{}</name></author>", escape(author));
    }
    match term {
        Some(name) => {
            let _ = writeln!(out, "<category term=\"{}\"/>", escape(name));
        }
        None => {
            for tag in &page.doc.front.tags {
                let _ = writeln!(out, "<category term=\"{}\"/>", escape(tag));
            }
        }
    }
    if !page.doc.summary.is_empty() {
        let _ = writeln!(out, "<summary>{}</summary>", escape(&page.doc.summary));
    }
    if term.is_some() {
        out.push_str("</entry>\n");
        return Ok(out);
    }
    let _ = write!(
        out,
        "<content type=\"html\">{}{}</content>\n</entry>\n",
        escape(&days(page)),
        escape(&content)
    );
    Ok(out)
}

/// For a meeting over several days, a first line with its days, which the
/// entry's one date cannot say: `<p><time …>26–28 maj 2014</time></p>`.
fn days(page: &crate::model::Page) -> String {
    let (Some(start), Some(end)) = (page.facts.date, page.facts.end_date) else {
        return String::new();
    };
    let (start, end) = (crate::dates::day(start), crate::dates::day(end));
    let text =
        crate::input::i18n::format_range(&start, &end, "medium", page.lang()).unwrap_or_default();
    format!(
        "<p><time datetime=\"{start}/{end}\">{}</time></p>\n",
        escape(&text)
    )
}
