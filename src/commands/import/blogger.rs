//! Blogger exports: the classic backup (Settings → Back up content), whose
//! entries say their kind in a `category`, and Google Takeout's
//! `feed.atom` with `blogger:type` and `blogger:status`, alone or in the
//! Takeout `.zip`.

use std::collections::HashMap;
use std::io::Read as _;
use std::path::Path;

use chrono::{DateTime, FixedOffset};
use roxmltree::Node;

use super::images::Store;
use super::xml::{self, child, children, text_of};
use super::{html, shown, Body, Comment, Item, Read};
use crate::diagnostics::Diagnostic;

const KIND_SCHEME: &str = "http://schemas.google.com/g/2005#kind";
const LABEL_SCHEME: &str = "http://www.blogger.com/atom/ns#";

/// Reads a Blogger export: an Atom file, or a Takeout `.zip` holding one or more.
pub(super) fn read(export: &Path) -> Result<Read, Diagnostic> {
    let mut read = Read::default();
    let mut feeds = Feeds::default();
    let is_zip = export
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"));
    let settings = if is_zip {
        let (atoms, settings) = from_zip(export, &mut read)?;
        for (name, text) in atoms {
            let label = format!("{}:{name}", shown(export));
            feed(Path::new(&label), &text, &mut read, &mut feeds)?;
        }
        settings
    } else {
        let bytes = std::fs::read(export).map_err(|e| cannot_read(export, &e))?;
        let text = String::from_utf8_lossy(&bytes);
        feed(export, &text, &mut read, &mut feeds)?;
        // An unpacked Takeout archive: the blog's settings beside its feed.
        let beside = export.with_file_name("settings.csv");
        crate::fs_safe::open_nofollow(&beside)
            .ok()
            .and_then(|f| {
                let mut text = String::new();
                f.take(1 << 20).read_to_string(&mut text).ok()?;
                Some(text)
            })
            .unwrap_or_default()
    };
    // Comments find their post across the archive's feeds.
    for (parent, comment) in std::mem::take(&mut feeds.comments) {
        match feeds.posts.get(&parent) {
            Some(&i) => read.items[i].comments.push(comment),
            None => read.stray_comments += 1,
        }
    }
    let (zone, locale) = takeout_settings(&settings);
    if read.lang.is_none() {
        read.lang = locale.as_deref().and_then(super::locale_lang);
    }
    // Takeout writes times in UTC: the blog's own zone gives the day its readers saw.
    if let Some(zone) = zone {
        let local = |d: &mut Option<DateTime<FixedOffset>>| {
            if let Some(dt) = d.filter(|dt| dt.offset().local_minus_utc() == 0) {
                *d = Some(dt.with_timezone(&zone).fixed_offset());
            }
        };
        for item in &mut read.items {
            local(&mut item.date);
            for comment in &mut item.comments {
                local(&mut comment.date);
            }
            if let (Some(day), Some(_)) = (item.date, &item.publish_date) {
                item.publish_date = Some(day.format("%Y-%m-%d").to_string());
            }
        }
    }
    if read.base_url.is_none() {
        read.base_url = blog_host(&read.items);
    }
    Ok(read)
}

/// Posts by the key their comments name, and comments waiting for their post.
#[derive(Default)]
struct Feeds {
    posts: HashMap<String, usize>,
    comments: Vec<(String, Comment)>,
}

/// The blog's time zone and locale from Takeout's `settings.csv`, read
/// as key–value rows or as a header row over a row of values.
fn takeout_settings(csv: &str) -> (Option<chrono_tz::Tz>, Option<String>) {
    let rows: Vec<Vec<String>> = csv
        .lines()
        .map(|l| {
            l.split(',')
                .map(|c| c.trim().trim_matches('"').to_string())
                .collect()
        })
        .collect();
    let is_zone = |k: &str| {
        let k = k.to_ascii_lowercase().replace(['_', ' '], "");
        k.contains("timezone")
    };
    let is_locale = |k: &str| {
        let k = k.to_ascii_lowercase();
        k.contains("locale") || k.contains("language")
    };
    let mut zone = None;
    let mut locale = None;
    for row in &rows {
        if let [key, value, ..] = row.as_slice() {
            if is_zone(key) {
                zone = zone.or_else(|| value.parse::<chrono_tz::Tz>().ok());
            } else if is_locale(key) && !value.is_empty() {
                locale = locale.or_else(|| Some(value.clone()));
            }
        }
    }
    for pair in rows.windows(2) {
        for (key, value) in pair[0].iter().zip(&pair[1]) {
            if is_zone(key) {
                zone = zone.or_else(|| value.parse::<chrono_tz::Tz>().ok());
            } else if is_locale(key) && !value.is_empty() {
                locale = locale.or_else(|| Some(value.clone()));
            }
        }
    }
    (zone, locale)
}

/// The blog's own address when the export does not say it (Takeout): the
/// host that the posts' links to each other's old paths use most.
fn blog_host(items: &[Item]) -> Option<String> {
    let paths: Vec<&str> = items
        .iter()
        .flat_map(|i| i.aliases.iter())
        .filter(|a| a.starts_with('/'))
        .map(String::as_str)
        .collect();
    let mut hosts: HashMap<String, usize> = HashMap::new();
    for item in items {
        let Body::Html(html) = &item.body else {
            continue;
        };
        for (i, _) in html.match_indices("://") {
            let rest = &html[i + 3..];
            let end = rest
                .find(|c: char| {
                    c == '"' || c == '\'' || c == '?' || c == '#' || c.is_whitespace() || c == '<'
                })
                .unwrap_or(rest.len());
            let url = &rest[..end];
            let Some((host, path)) = url.split_once('/') else {
                continue;
            };
            if paths.contains(&format!("/{path}").as_str()) {
                *hosts.entry(host.to_ascii_lowercase()).or_default() += 1;
            }
        }
    }
    hosts
        .into_iter()
        .max_by_key(|(h, n)| (*n, std::cmp::Reverse(h.clone())))
        .map(|(host, _)| format!("https://{host}/"))
}

fn cannot_read(export: &Path, e: &dyn std::fmt::Display) -> Diagnostic {
    Diagnostic::new(crate::msg!(
        "import-unreadable",
        file = shown(export),
        error = e
    ))
    .help(crate::msg!("import-unreadable.help"))
}

/// The feeds in a Takeout archive, and its photos added to the store.
#[allow(clippy::type_complexity)]
fn from_zip(export: &Path, read: &mut Read) -> Result<(Vec<(String, String)>, String), Diagnostic> {
    let file = std::fs::File::open(export).map_err(|e| cannot_read(export, &e))?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| {
        Diagnostic::new(crate::msg!(
            "import-bad-zip",
            file = shown(export),
            error = e
        ))
        .help(crate::msg!("import-bad-zip.help"))
    })?;
    let mut store = Store::default();
    let mut feeds = Vec::new();
    let mut settings = String::new();
    for i in 0..zip.len() {
        let Ok(mut member) = zip.by_index(i) else {
            continue;
        };
        if !member.is_file() {
            continue;
        }
        let name = member.name().to_string();
        let (size, packed) = (member.size(), member.compressed_size());
        let is_settings = name.rsplit('/').next() == Some("settings.csv");
        if name.ends_with(".atom") || is_settings {
            super::images::zip_entry_ok(export, &name, size, packed)?;
            // The declared size is not trusted: no more is read.
            let mut bytes = Vec::new();
            (&mut member)
                .take(size.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(|e| cannot_read(Path::new(&name), &e))?;
            if bytes.len() as u64 > size {
                return Err(Diagnostic::in_file(
                    export,
                    crate::msg!(
                        "import-zip-lies",
                        entry = super::inert::shown(&name),
                        size = size
                    ),
                )
                .help(crate::msg!("import-zip-lies.help")));
            }
            let text = String::from_utf8_lossy(&bytes).into_owned();
            if is_settings {
                settings.push_str(&text);
                settings.push('\n');
            } else {
                feeds.push((name, text));
            }
        } else {
            store.add_zip_entry(export, &name, size, packed);
        }
    }
    if feeds.is_empty() {
        return Err(
            Diagnostic::new(crate::msg!("import-no-feed", file = shown(export)))
                .help(crate::msg!("import-no-feed.help")),
        );
    }
    read.photos = Some(store);
    Ok((feeds, settings))
}

/// What an entry is.
#[derive(Debug, PartialEq, Eq)]
enum Kind {
    Post,
    Page,
    Comment,
    Other(String),
}

fn kind(entry: Node<'_, '_>) -> Kind {
    let term = children(entry, "category")
        .find(|c| c.attribute("scheme") == Some(KIND_SCHEME))
        .and_then(|c| c.attribute("term"))
        .and_then(|t| t.rsplit_once('#'))
        .map(|(_, k)| k.to_string())
        .or_else(|| text_of(entry, "type").map(|t| t.to_lowercase()));
    match term.as_deref() {
        Some("post") | None => Kind::Post,
        Some("page") => Kind::Page,
        Some("comment") => Kind::Comment,
        Some(other) => Kind::Other(other.to_string()),
    }
}

fn date(text: Option<String>) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(text?.trim()).ok()
}

/// The key that ties a comment to its post: the number after `post-`.
fn post_key(id: &str) -> String {
    match id.rsplit_once("post-") {
        Some((_, n)) => n.trim().to_string(),
        None => id.trim().to_string(),
    }
}

fn feed(file: &Path, text: &str, read: &mut Read, feeds: &mut Feeds) -> Result<(), Diagnostic> {
    let text = xml::tolerant(file, text)?;
    let doc = xml::parse(file, &text)?;
    let root = doc.root_element();
    if root.tag_name().name() != "feed" {
        return Err(Diagnostic::in_file(file, crate::msg!("import-not-blogger"))
            .help(crate::msg!("import-not-blogger.help")));
    }
    if read.base_url.is_none() {
        read.base_url = children(root, "link")
            .find(|l| l.attribute("rel") == Some("alternate"))
            .and_then(|l| l.attribute("href"))
            .map(str::to_string);
    }
    let posts = &mut feeds.posts;
    let comments = &mut feeds.comments;
    for entry in children(root, "entry") {
        let origin = format!("{}:{}", shown(file), xml::line_of(&doc, entry));
        let status = text_of(entry, "status").map(|s| s.to_uppercase());
        let trashed = status
            .as_deref()
            .is_some_and(|s| s.contains("TRASH") || s.contains("DELETE"))
            || text_of(entry, "trashed").is_some_and(|t| {
                !t.is_empty() && !matches!(t.to_ascii_lowercase().as_str(), "false" | "no" | "0")
            });
        if trashed {
            *read
                .skipped
                .entry(crate::msg!("import-kind-deleted"))
                .or_default() += 1;
            continue;
        }
        let kind = kind(entry);
        if let Kind::Other(other) = &kind {
            let id = text_of(entry, "id").unwrap_or_default();
            if id.ends_with(".settings.BLOG_LOCALE") && read.lang.is_none() {
                read.lang = text_of(entry, "content").and_then(|l| super::locale_lang(&l));
            }
            *read
                .skipped
                .entry(crate::msg!("import-kind-other", kind = other))
                .or_default() += 1;
            continue;
        }
        let published = date(text_of(entry, "published"))
            .or_else(|| date(text_of(entry, "created")))
            .or_else(|| date(text_of(entry, "updated")));
        let content = content(&text, entry);
        let author = child(entry, "author")
            .and_then(|a| text_of(a, "name"))
            .filter(|n| !matches!(n.as_str(), "Unknown" | "Anonymous" | "noreply@blogger.com"));
        if kind == Kind::Comment {
            let parent = children(entry, "in-reply-to")
                .find_map(|n| n.attribute("ref"))
                .map(str::to_string)
                .or_else(|| text_of(entry, "parent"));
            if let Some(parent) = parent {
                comments.push((
                    post_key(&parent),
                    Comment {
                        author: author.unwrap_or_default(),
                        date: published,
                        html: content,
                    },
                ));
            } else {
                read.stray_comments += 1;
            }
            continue;
        }
        let draft = child(entry, "control")
            .and_then(|c| text_of(c, "draft"))
            .is_some_and(|d| d.eq_ignore_ascii_case("yes"))
            || status.as_deref() == Some("DRAFT");
        let publish_date = (status.as_deref() == Some("SCHEDULED"))
            .then(|| published.map(|d| crate::dates::day(d.date_naive())))
            .flatten();
        let old_url = children(entry, "link")
            .find(|l| l.attribute("rel") == Some("alternate"))
            .and_then(|l| l.attribute("href"))
            .map(str::to_string)
            .or_else(|| text_of(entry, "filename"));
        let slug = old_url.as_deref().and_then(|u| {
            let last = u.split(['?', '#']).next()?.rsplit('/').next()?;
            let stem = last.strip_suffix(".html").unwrap_or(last);
            (!stem.is_empty()).then(|| super::images::percent_decode(stem))
        });
        let title_node = child(entry, "title");
        let title = title_node
            .map(|t| t.children().filter_map(|c| c.text()).collect::<String>())
            .unwrap_or_default();
        let mut title = html::unescape(&title);
        if title_node.and_then(|t| t.attribute("type")) == Some("html") {
            title = html::unescape(&html::to_markdown(&title).markdown.replace('\\', ""));
        }
        let tags: Vec<String> = children(entry, "category")
            .filter(|c| c.attribute("scheme") != Some(KIND_SCHEME))
            .filter(|c| {
                c.attribute("scheme")
                    .is_none_or(|s| s == LABEL_SCHEME || s.starts_with("tag:blogger.com"))
            })
            .filter_map(|c| c.attribute("term"))
            .map(html::unescape)
            .collect();
        let location = child(entry, "location")
            .and_then(|l| text_of(l, "name"))
            .or_else(|| text_of(entry, "featurename"));
        let summary = text_of(entry, "summary")
            .or_else(|| text_of(entry, "metaDescription"))
            .map(|s| html::unescape(&s));
        let mut leftovers = Vec::new();
        let title = if title.is_empty() {
            leftovers.push(crate::msg!("import-untitled-date"));
            published.map_or_else(
                || "Utan titel".to_string(),
                |d| crate::dates::day(d.date_naive()),
            )
        } else {
            title
        };
        let id = text_of(entry, "id").unwrap_or_default();
        if kind == Kind::Post {
            posts.insert(post_key(&id), read.items.len());
            if !draft {
                // Each label's page on the blog: `/search/label/Hälsa`.
                for tag in &tags {
                    let old = format!("/search/label/{tag}");
                    let entry = (old, tag.clone(), None);
                    if !read.terms.contains(&entry) {
                        read.terms.push(entry);
                    }
                }
            }
        }
        read.items.push(Item {
            origin,
            page: kind == Kind::Page,
            title,
            date: published,
            publish_date,
            author: author.into_iter().collect(),
            tags,
            draft,
            summary,
            location,
            aliases: old_url.into_iter().collect(),
            slug,
            body: Body::Html(content),
            leftovers,
            ..Item::default()
        });
    }
    Ok(())
}

/// The HTML of an entry's `content`: escaped HTML as text, or XHTML as markup.
fn content(source: &str, entry: Node<'_, '_>) -> String {
    let Some(content) = child(entry, "content") else {
        return String::new();
    };
    if content.attribute("type") == Some("xhtml") {
        if let Some(div) = content.children().find(|c| c.is_element()) {
            let range = div.range();
            let inner = &source[range];
            // The wrapper `<div xmlns=…>` goes; its children are the post.
            let open_end = inner.find('>').map_or(0, |i| i + 1);
            let close = inner.rfind("</").unwrap_or(inner.len());
            if open_end <= close && !inner[..open_end].ends_with("/>") {
                return inner[open_end..close].to_string();
            }
            return String::new();
        }
    }
    content
        .children()
        .filter_map(|c| c.text())
        .collect::<String>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xhtml_content_and_titles_escaped_twice_are_read() {
        let text = r#"<feed xmlns="http://www.w3.org/2005/Atom"><entry>
<published>2014-05-26T10:00:00+06:00</published>
<title type="html">Astana &amp;amp;amp; Almaty</title>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Första <b>stycket</b>.</p></div></content>
</entry></feed>"#;
        let mut read = Read::default();
        feed(Path::new("a.xml"), text, &mut read, &mut Feeds::default()).expect("reads");
        let item = &read.items[0];
        assert_eq!(item.title, "Astana & Almaty");
        match &item.body {
            Body::Html(html) => assert!(html.contains("<p>Första <b>stycket</b>.</p>"), "{html}"),
            Body::Markdown(md) => panic!("markdown {md}"),
        }
        assert_eq!(item.origin, "a.xml:1");
    }

    #[test]
    fn comments_find_their_post() {
        assert_eq!(post_key("tag:blogger.com,1999:blog-1.post-42"), "42");
    }
}
