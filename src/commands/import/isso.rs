//! `rapport import … --comments isso`: readers' comments written for the
//! Isso comment server, in the one format `isso import` reads that carries
//! a thread for each post: a WordPress export (WXR). Each post's comments
//! go under its new report's thread ([`crate::input::comments::thread_id`]), which
//! Isso takes from the item's `<link>`, so they show under the report
//! whatever its address becomes. Author, date (UTC) and text (Markdown, as
//! Isso stores it) are kept; e-mail and IP addresses are not in the
//! exports rapport reads, and are left empty.

use std::path::Path;

use chrono::Utc;

use super::inert::{self, Trust};
use super::{html, Item};
use crate::fs_safe;

/// The file's name at the site root; `isso-comments-2.xml` and on when
/// that one is taken (an earlier import's, or a file of the author's).
pub(super) fn file_name(root: &Path, taken: &dyn Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| match n {
            1 => "isso-comments.xml".to_string(),
            n => format!("isso-comments-{n}.xml"),
        })
        .find(|name| {
            !taken(name) && matches!(fs_safe::state(root, name), Ok(fs_safe::State::Absent))
        })
        .unwrap_or_default()
}

/// One report's comments, ready for Isso.
#[derive(Debug)]
pub(super) struct Thread {
    id: String,
    title: String,
    comments: Vec<Written>,
}

#[derive(Debug)]
struct Written {
    author: String,
    /// `YYYY-MM-DD HH:MM:SS` in UTC, as WXR's `comment_date_gmt`.
    date: String,
    text: String,
}

impl Thread {
    /// How many comments it holds.
    pub(super) fn len(&self) -> usize {
        self.comments.len()
    }
}

/// The thread of `item`, written to `file` (relative to the root) in
/// `lang`; what could not be carried over goes to `leftovers`.
pub(super) fn thread(item: &Item, file: &str, lang: &str, leftovers: &mut Vec<String>) -> Thread {
    let key = item
        .translation
        .clone()
        .unwrap_or_else(|| document_key(file));
    let fallback = item.date.map(|d| d.with_timezone(&Utc));
    let comments = item
        .comments
        .iter()
        .map(|comment| {
            let converted = html::to_markdown(&comment.html);
            leftovers.extend(converted.leftovers);
            let (text, notes) = inert::inert(&converted.markdown, Trust::Reader);
            leftovers.extend(notes);
            let date = comment
                .date
                .map(|d| d.with_timezone(&Utc))
                .or(fallback)
                .map_or_else(
                    || "1970-01-01 00:00:00".to_string(),
                    |d| d.format("%Y-%m-%d %H:%M:%S").to_string(),
                );
            Written {
                author: comment
                    .author
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                date,
                text: text.trim().to_string(),
            }
        })
        .collect();
    Thread {
        id: crate::input::comments::thread_id(&key, lang),
        title: item.title.clone(),
        comments,
    }
}

/// The key a build gives the document at `file` (`content/reports/x/index.sv.md`
/// → `reports/x`; `content/reports/x.sv.md` → `reports/x`).
fn document_key(file: &str) -> String {
    let rel = file.strip_prefix("content/").unwrap_or(file);
    let (dir, base) = rel.rsplit_once('/').unwrap_or(("", rel));
    let stem = crate::input::document::file_name(base).stem;
    match (stem, dir) {
        ("index", dir) if !dir.is_empty() => dir.to_string(),
        (stem, "") => stem.to_string(),
        (stem, dir) => format!("{dir}/{stem}"),
    }
}

/// The WXR file of `threads`, as `isso import` reads it.
pub(super) fn wxr(threads: &[Thread]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <!-- Readers' comments for Isso, written by rapport import (comments: isso).\n     \
         Import them once: TZ=UTC isso -c isso.cfg import THIS-FILE -->\n\
         <rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" \
         xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel>\n<title>rapport</title>\n\
         <wp:wxr_version>1.2</wp:wxr_version>\n",
    );
    for thread in threads.iter().filter(|t| !t.comments.is_empty()) {
        out.push_str(&format!(
            "<item>\n<title>{}</title>\n<link>{}</link>\n<wp:post_type>post</wp:post_type>\n",
            xml(&thread.title),
            xml(&thread.id)
        ));
        for (n, c) in thread.comments.iter().enumerate() {
            out.push_str(&format!(
                "<wp:comment>\n<wp:comment_id>{}</wp:comment_id>\n\
                 <wp:comment_author>{}</wp:comment_author>\n\
                 <wp:comment_author_email></wp:comment_author_email>\n\
                 <wp:comment_author_url></wp:comment_author_url>\n\
                 <wp:comment_author_IP>0.0.0.0</wp:comment_author_IP>\n\
                 <wp:comment_date_gmt>{}</wp:comment_date_gmt>\n\
                 <wp:comment_content>{}</wp:comment_content>\n\
                 <wp:comment_approved>1</wp:comment_approved>\n\
                 <wp:comment_parent>0</wp:comment_parent>\n</wp:comment>\n",
                n + 1,
                xml(&c.author),
                c.date,
                xml(&c.text)
            ));
        }
        out.push_str("</item>\n");
    }
    out.push_str("</channel>\n</rss>\n");
    out
}

/// Text as XML character data: escaped, without the characters XML forbids.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' | '\t' => out.push(c),
            '\r' => {}
            c if c.is_control() || matches!(c, '\u{fffe}' | '\u{ffff}') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::import::Comment;

    #[test]
    fn keys_are_the_builds() {
        assert_eq!(
            document_key("content/reports/2014-05-26-kazakstan/index.sv.md"),
            "reports/2014-05-26-kazakstan"
        );
        assert_eq!(document_key("content/reports/oral.en.md"), "reports/oral");
        assert_eq!(document_key("content/om/index.sv.md"), "om");
    }

    #[test]
    fn comments_become_a_wxr_thread_under_the_reports_id() {
        let item = Item {
            title: "Möte & samtal".into(),
            date: chrono::DateTime::parse_from_rfc3339("2014-05-26T10:00:00+06:00").ok(),
            comments: vec![Comment {
                author: "Aigerim  N.".into(),
                date: chrono::DateTime::parse_from_rfc3339("2014-05-27T09:30:00+02:00").ok(),
                html: "Tack för <b>rapporten</b>!<script>x()</script>".into(),
            }],
            ..Item::default()
        };
        let mut notes = Vec::new();
        let t = thread(
            &item,
            "content/reports/2014-05-26-astana/index.sv.md",
            "sv",
            &mut notes,
        );
        assert_eq!(t.id, "reports/2014-05-26-astana.sv");
        let xml = wxr(&[t]);
        let doc = roxmltree::Document::parse(&xml).expect("well-formed");
        let ns = "http://wordpress.org/export/1.2/";
        let item = doc
            .descendants()
            .find(|n| n.has_tag_name("item"))
            .expect("item");
        let child = |n: roxmltree::Node<'_, '_>, name: &str, ns: Option<&str>| {
            n.children()
                .find(|c| match ns {
                    Some(ns) => c.has_tag_name((ns, name)),
                    None => c.has_tag_name(name),
                })
                .and_then(|c| c.text())
                .unwrap_or("")
                .to_string()
        };
        assert_eq!(child(item, "link", None), "reports/2014-05-26-astana.sv");
        assert_eq!(child(item, "title", None), "Möte & samtal");
        let c = item
            .children()
            .find(|c| c.has_tag_name((ns, "comment")))
            .expect("comment");
        assert_eq!(child(c, "comment_author", Some(ns)), "Aigerim N.");
        assert_eq!(
            child(c, "comment_date_gmt", Some(ns)),
            "2014-05-27 07:30:00"
        );
        let text = child(c, "comment_content", Some(ns));
        assert!(text.starts_with("Tack för **rapporten**!"), "{text}");
        assert!(!text.contains("<script"), "{text}");
    }
}
