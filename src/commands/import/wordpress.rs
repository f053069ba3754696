//! WordPress exports (WXR 1.0–1.2, Tools → Export): posts and pages with
//! their status, categories, tags, author, excerpt and featured image, the
//! `[caption]`, `[gallery]` and `[embed]` shortcodes, classic-editor text
//! without `<p>` (split on blank lines as WordPress does when it shows it),
//! and Polylang's language and translation taxonomies.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone};
use roxmltree::Node;

use super::xml::{self, child, children, text_of};
use super::{html, shown, Body, Comment, Item, Read};
use crate::diagnostics::Diagnostic;

/// An attachment: its address, title and caption.
#[derive(Debug, Default, Clone)]
struct Attachment {
    url: String,
    title: String,
    caption: String,
    parent: String,
}

/// Reads a WXR file.
pub(super) fn read(export: &Path) -> Result<Read, Diagnostic> {
    let bytes = std::fs::read(export).map_err(|e| {
        Diagnostic::new(crate::msg!(
            "import-unreadable",
            file = shown(export),
            error = e
        ))
        .help(crate::msg!("import-unreadable.help"))
    })?;
    let text = String::from_utf8_lossy(&bytes);
    let text = xml::tolerant(export, &text)?;
    let doc = xml::parse(export, &text)?;
    let Some(channel) = child(doc.root_element(), "channel")
        .filter(|_| doc.root_element().tag_name().name() == "rss")
    else {
        return Err(
            Diagnostic::in_file(export, crate::msg!("import-not-wordpress"))
                .help(crate::msg!("import-not-wordpress.help")),
        );
    };
    let authors: HashMap<String, String> = children(channel, "author")
        .filter_map(|a| {
            let login = text_of(a, "author_login")?;
            let name = text_of(a, "author_display_name").unwrap_or_else(|| login.clone());
            Some((login.to_lowercase(), name))
        })
        .collect();
    let items: Vec<Node<'_, '_>> = children(channel, "item").collect();
    let attachments: HashMap<String, Attachment> = items
        .iter()
        .filter(|i| text_of(**i, "post_type").as_deref() == Some("attachment"))
        .filter_map(|i| {
            let id = text_of(*i, "post_id")?;
            Some((
                id,
                Attachment {
                    url: text_of(*i, "attachment_url")
                        .or_else(|| text_of(*i, "guid"))
                        .unwrap_or_default(),
                    title: text_of(*i, "title").unwrap_or_default(),
                    caption: excerpt(*i).unwrap_or_default(),
                    parent: text_of(*i, "post_parent").unwrap_or_default(),
                },
            ))
        })
        .collect();
    let mut read = Read {
        base_url: text_of(channel, "base_site_url").or_else(|| text_of(channel, "link")),
        lang: text_of(channel, "language").and_then(|l| super::locale_lang(&l)),
        ..Read::default()
    };
    for item in items {
        let origin = format!("{}:{}", shown(export), xml::line_of(&doc, item));
        let kind = text_of(item, "post_type").unwrap_or_else(|| "post".into());
        if kind == "attachment" {
            *read
                .skipped
                .entry(crate::msg!("import-kind-attachments"))
                .or_default() += 1;
            continue;
        }
        if kind != "post" && kind != "page" {
            *read
                .skipped
                .entry(crate::msg!("import-kind-type", kind = kind))
                .or_default() += 1;
            continue;
        }
        let status = text_of(item, "status").unwrap_or_else(|| "publish".into());
        let draft = match status.as_str() {
            "publish" => false,
            "draft" | "pending" | "private" => true,
            "future" => false,
            other => {
                *read
                    .skipped
                    .entry(crate::msg!("import-kind-other", kind = other))
                    .or_default() += 1;
                continue;
            }
        };
        let id = text_of(item, "post_id").unwrap_or_default();
        let (date, day) = dates(item);
        // A scheduled post keeps its day, and waits for it.
        let publish_date = (status == "future")
            .then(|| day.map(crate::dates::day))
            .flatten();
        let mut tags = Vec::new();
        let mut terms = Vec::new();
        let mut lang = None;
        let mut translation = None;
        for category in children(item, "category") {
            let text = category.text().unwrap_or_default().trim().to_string();
            let nicename = category.attribute("nicename").unwrap_or_default();
            match category.attribute("domain") {
                Some("category") if nicename == "uncategorized" || text == "Uncategorized" => {}
                Some(domain @ ("category" | "post_tag")) => {
                    let tag = html::unescape(&text);
                    // Its archive page on the old site: `/category/news/`, `/tag/health/`.
                    if !nicename.is_empty() {
                        let base = if domain == "category" {
                            "category"
                        } else {
                            "tag"
                        };
                        terms.push((format!("/{base}/{nicename}/"), tag.clone()));
                    }
                    tags.push(tag);
                }
                None => tags.push(html::unescape(&text)),
                Some("language") => lang = Some(nicename.to_string()),
                Some("post_translations") => translation = Some(nicename.to_string()),
                Some(_) => {}
            }
        }
        let cover = children(item, "postmeta")
            .find(|m| text_of(*m, "meta_key").as_deref() == Some("_thumbnail_id"))
            .and_then(|m| text_of(m, "meta_value"))
            .and_then(|id| attachments.get(&id))
            .map(|a| a.url.clone())
            .filter(|u| !u.is_empty());
        let mut leftovers = Vec::new();
        let content = text_of(item, "encoded").unwrap_or_default();
        let content = shortcodes(&content, &attachments, &id, &mut leftovers);
        let content = autop(&content);
        let comments = children(item, "comment")
            .filter(|c| text_of(*c, "comment_approved").as_deref() == Some("1"))
            .filter(|c| text_of(*c, "comment_type").is_none_or(|t| t == "comment"))
            .map(|c| Comment {
                author: text_of(c, "comment_author").unwrap_or_default(),
                date: text_of(c, "comment_date_gmt")
                    .and_then(|d| NaiveDateTime::parse_from_str(&d, "%Y-%m-%d %H:%M:%S").ok())
                    .map(|d| chrono::Utc.from_utc_datetime(&d).fixed_offset()),
                html: autop(&text_of(c, "comment_content").unwrap_or_default()),
            })
            .collect();
        let creator = text_of(item, "creator");
        if !draft {
            // Term pages are addresses under the blog's path, added by the writer.
            for (old, tag) in terms {
                read.terms.push((old, tag, None));
            }
        }
        read.items.push(Item {
            origin,
            page: kind == "page",
            title: html::unescape(&text_of(item, "title").unwrap_or_default()),
            date,
            day,
            publish_date,
            author: creator
                .map(|c| authors.get(&c.to_lowercase()).cloned().unwrap_or(c))
                .into_iter()
                .collect(),
            tags,
            draft,
            summary: excerpt(item).map(|e| html::unescape(&html::strip_tags(&e))),
            aliases: text_of(item, "link")
                .filter(|_| !draft)
                .into_iter()
                .collect(),
            slug: text_of(item, "post_name").map(|s| super::images::percent_decode(&s)),
            lang,
            translation,
            body: Body::Html(content),
            cover,
            comments,
            leftovers,
            ..Item::default()
        });
        if read.items.last().is_some_and(|i| i.title.is_empty()) {
            if let Some(last) = read.items.last_mut() {
                last.title = day.map_or_else(|| "Utan titel".to_string(), crate::dates::day);
                last.leftovers.push(crate::msg!("import-untitled-date"));
            }
        }
    }
    // WordPress's further listing pages (`/page/2/`, `/tag/x/page/2/`), ten
    // posts each, as `posts_per_page` is unless changed (the export does not say).
    let posts = read.items.iter().filter(|i| !i.page && !i.draft).count();
    for page in 2..=posts.div_ceil(10) {
        read.pages
            .push((format!("/page/{page}/"), String::new(), String::new()));
    }
    let mut per_term: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (old, tag, _) in &read.terms {
        *per_term.entry((old.clone(), tag.clone())).or_default() += 1;
    }
    for ((old, tag), n) in per_term {
        for page in 2..=n.div_ceil(10) {
            read.terms
                .push((format!("{old}page/{page}/"), tag.clone(), None));
        }
    }
    read.terms.sort();
    read.terms.dedup();
    // The blog's path (`/blogg`): links written from the host's root start with it.
    read.base_path = read
        .base_url
        .as_deref()
        .and_then(|u| u.split_once("://"))
        .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_string()))
        .filter(|p| !p.trim_matches('/').is_empty());
    Ok(read)
}

fn excerpt(item: Node<'_, '_>) -> Option<String> {
    item.children()
        .find(|c| {
            c.is_element()
                && c.tag_name().name() == "encoded"
                && c.tag_name()
                    .namespace()
                    .is_some_and(|ns| ns.contains("excerpt"))
        })
        .and_then(|c| c.text())
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
}

/// The post's date with its offset (from the local and GMT times), or only its day.
fn dates(item: Node<'_, '_>) -> (Option<DateTime<FixedOffset>>, Option<NaiveDate>) {
    let parse = |name| {
        text_of(item, name)
            .and_then(|d| NaiveDateTime::parse_from_str(&d, "%Y-%m-%d %H:%M:%S").ok())
    };
    let local = parse("post_date");
    let gmt = parse("post_date_gmt");
    match (local, gmt) {
        (Some(local), Some(gmt)) => {
            let offset = (local - gmt).num_seconds();
            let dt = i32::try_from(offset)
                .ok()
                .and_then(FixedOffset::east_opt)
                .and_then(|o| o.from_local_datetime(&local).single());
            (dt, Some(local.date()))
        }
        (Some(local), None) => (None, Some(local.date())),
        _ => {
            let pub_date = text_of(item, "pubDate")
                .and_then(|d| DateTime::parse_from_rfc2822(&d).ok())
                .filter(|d| d.timestamp() > 0);
            (pub_date, pub_date.map(|d| d.date_naive()))
        }
    }
}

/// The attributes of a shortcode: `id="x" ids="1,2"`.
fn attributes(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let Some(eq) = rest.find('=') else { break };
        let key = rest[..eq].trim().to_lowercase();
        let after = rest[eq + 1..].trim_start();
        let (value, next) = match after.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let body = &after[1..];
                match body.find(q) {
                    Some(end) => (&body[..end], &body[end + 1..]),
                    None => (body, ""),
                }
            }
            _ => {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                (&after[..end], &after[end..])
            }
        };
        out.insert(key, value.to_string());
        rest = next.trim_start();
    }
    out
}

/// WordPress's shortcodes turned into HTML: `[caption]` into a figure,
/// `[gallery]` into its photos, `[embed]`, `[video]`, `[audio]` into links;
/// others stay as written and are noted.
fn shortcodes(
    content: &str,
    attachments: &HashMap<String, Attachment>,
    post_id: &str,
    leftovers: &mut Vec<String>,
) -> String {
    let mut out = String::with_capacity(content.len());
    let mut rest = content;
    while let Some(start) = rest.find('[') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let name_end = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(after.len());
        let name = &after[..name_end];
        let Some(close) = after.find(']') else {
            out.push_str(&rest[start..]);
            rest = "";
            break;
        };
        let attrs = attributes(&after[name_end..close]);
        let body_start = &after[close + 1..];
        let closing = format!("[/{name}]");
        let enclosed = body_start
            .find(&closing)
            .map(|end| (&body_start[..end], &body_start[end + closing.len()..]));
        let (html, next) = match (name, enclosed) {
            ("caption" | "wp_caption", Some((inner, next))) => {
                let mut html = format!("<figure>{inner}");
                if let Some(caption) = attrs.get("caption") {
                    html.push_str(&format!(" {caption}"));
                }
                html.push_str("</figure>");
                (html, next)
            }
            ("gallery", _) => {
                let ids: Vec<String> = match attrs.get("ids").or_else(|| attrs.get("include")) {
                    Some(ids) => ids.split(',').map(|s| s.trim().to_string()).collect(),
                    None => {
                        let mut ids: Vec<&String> = attachments
                            .iter()
                            .filter(|(_, a)| a.parent == post_id)
                            .map(|(id, _)| id)
                            .collect();
                        ids.sort_by_key(|id| id.parse::<u64>().unwrap_or(u64::MAX));
                        ids.into_iter().cloned().collect()
                    }
                };
                let mut html = String::new();
                for id in ids {
                    match attachments.get(&id) {
                        Some(a) if !a.url.is_empty() => html.push_str(&format!(
                            "<figure><img src=\"{}\" alt=\"{}\">{}</figure>\n",
                            crate::html::escape(&a.url),
                            crate::html::escape(&a.title),
                            a.caption
                        )),
                        _ => leftovers.push(crate::msg!("import-gallery-photo-missing", id = id)),
                    }
                }
                (html, body_start)
            }
            ("embed" | "video" | "audio", found) => {
                let (url, next) = match found {
                    Some((inner, next)) if !inner.trim().is_empty() => {
                        (inner.trim().to_string(), next)
                    }
                    _ => (
                        attrs
                            .get("src")
                            .or_else(|| attrs.get("mp4"))
                            .or_else(|| attrs.get("mp3"))
                            .cloned()
                            .unwrap_or_default(),
                        found.map_or(body_start, |(_, n)| n),
                    ),
                };
                // Only a web address becomes a link, checked and encoded.
                match super::inert::web_url(&url) {
                    Some(url) => {
                        leftovers.push(crate::msg!(
                            "import-embed-link",
                            kind = name,
                            url = url.as_str()
                        ));
                        (
                            format!("<p><a href=\"{0}\">{0}</a></p>", crate::html::escape(&url)),
                            next,
                        )
                    }
                    None => {
                        if !url.trim().is_empty() {
                            leftovers.push(crate::msg!(
                                "import-embed-not-web",
                                kind = name,
                                url = super::inert::shown(&url)
                            ));
                        }
                        (String::new(), next)
                    }
                }
            }
            _ => {
                if !name.is_empty() && (enclosed.is_some() || !attrs.is_empty()) {
                    leftovers.push(crate::msg!("import-shortcode-text", name = name));
                }
                out.push('[');
                rest = after;
                continue;
            }
        };
        out.push_str(&html);
        rest = next;
    }
    out.push_str(rest);
    out
}

const BLOCKS: &[&str] = &[
    "<p",
    "<div",
    "<h1",
    "<h2",
    "<h3",
    "<h4",
    "<h5",
    "<h6",
    "<ul",
    "<ol",
    "<li",
    "<table",
    "<blockquote",
    "<pre",
    "<figure",
    "<hr",
    "<dl",
    "<form",
    "<address",
    "<section",
];

/// Text of the classic editor, which has no `<p>`: paragraphs at blank
/// lines, as WordPress makes them when it shows the post.
fn autop(content: &str) -> String {
    if content.contains("<!-- wp:") || content.to_ascii_lowercase().contains("<p>") {
        return content.to_string();
    }
    let text = content.replace("\r\n", "\n");
    let mut out = String::new();
    for chunk in text.split("\n\n") {
        let chunk = chunk.trim();
        if chunk.is_empty() {
            continue;
        }
        let lower = chunk.to_ascii_lowercase();
        if BLOCKS.iter().any(|b| lower.starts_with(b)) {
            out.push_str(chunk);
        } else {
            out.push_str("<p>");
            out.push_str(chunk);
            out.push_str("</p>");
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classic_text_is_split_into_paragraphs() {
        assert_eq!(autop("Ett\ntvå\n\nTre"), "<p>Ett\ntvå</p>\n<p>Tre</p>\n");
    }

    #[test]
    fn caption_shortcode_becomes_a_figure() {
        let mut notes = Vec::new();
        let html = shortcodes(
            r#"Före [caption id="attachment_1" align="aligncenter" width="300"]<a href="http://x.test/a.jpg"><img src="http://x.test/a-300x200.jpg" alt="" /></a> Bildtext[/caption] efter [unknown a="b"]"#,
            &HashMap::new(),
            "1",
            &mut notes,
        );
        assert!(
            html.contains("<figure><a href=\"http://x.test/a.jpg\">"),
            "{html}"
        );
        assert!(html.contains("Bildtext</figure> efter"), "{html}");
        assert_eq!(notes, vec!["the shortcode [unknown] is left as text"]);
    }
}
