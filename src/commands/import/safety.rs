//! The import's safety net: every link and image of an imported text whose
//! address the new site cannot answer is rewritten so that the first build
//! passes, and every change is said. A link to a tag page of the old site
//! leads to rapport's tag page, a link to an imported page to its new
//! file, a photo from the old site's files is copied in; anything else
//! becomes plain text (a link's words, an image's alternative text).

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag};

use super::html::Image;
use super::inert::{apply, escape_text, options};

/// One reference of a text: a link or an image, in Markdown or raw HTML.
#[derive(Debug, Clone, Copy)]
pub(super) struct Ref<'a> {
    /// The address as written.
    pub(super) dest: &'a str,
    /// An image (or a cover), not a link.
    pub(super) image: bool,
}

/// What becomes of a reference the new site cannot answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Fix {
    /// Another address, which the new site answers.
    To(String),
    /// Plain text: a link's words, an image's alternative text or caption.
    Text,
}

/// One change made: the address as it was, whether an image, what became
/// of it, and why.
#[derive(Debug, Clone)]
pub(super) struct Change {
    pub(super) dest: String,
    pub(super) image: bool,
    pub(super) fix: Fix,
    pub(super) why: String,
}

/// `markdown` with each reference `decide` has a fix for rewritten, and
/// the changes made, in order. Code (spans and blocks) is not looked at.
pub(super) fn rewrite(
    markdown: &str,
    decide: &mut dyn FnMut(Ref<'_>) -> Option<(Fix, String)>,
) -> (String, Vec<Change>) {
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let mut changes = Vec::new();
    let mut events = Parser::new_ext(markdown, options()).into_offset_iter();
    // An `<a>` turned into text loses its `</a>`, wherever that is.
    let mut open_anchors = 0usize;
    // Code, and the images Markdown reads: the rest of `![…](…)` is looked at after.
    let mut seen: Vec<Range<usize>> = Vec::new();
    while let Some((event, range)) = events.next() {
        match event {
            Event::Start(Tag::CodeBlock(_)) | Event::Code(_) => seen.push(range),
            Event::Start(Tag::Link { dest_url, .. }) => {
                let (inner, children) = until_end(&mut events);
                let Some((fix, why)) = decide(Ref {
                    dest: &dest_url,
                    image: false,
                }) else {
                    continue;
                };
                let replacement = match &fix {
                    Fix::To(new) => {
                        let words = children
                            .map(|r| markdown[r].to_string())
                            .unwrap_or_else(|| escape_text(new));
                        format!("[{words}](<{}>)", angle_safe(new))
                    }
                    Fix::Text => match children {
                        Some(r) => markdown[r].to_string(),
                        None => escape_text(&inner),
                    },
                };
                edits.push((range, replacement));
                changes.push(change(&dest_url, false, fix, why));
            }
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) => {
                seen.push(range.clone());
                let (alt, _) = until_end(&mut events);
                let Some((fix, why)) = decide(Ref {
                    dest: &dest_url,
                    image: true,
                }) else {
                    continue;
                };
                let replacement = match &fix {
                    Fix::To(new) => Image {
                        alt: alt.clone(),
                        src: new.clone(),
                        title: title.to_string(),
                    }
                    .to_markdown(),
                    Fix::Text => escape_text(&image_words(&alt, &title)),
                };
                edits.push((range, replacement));
                changes.push(change(&dest_url, true, fix, why));
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                let (text, n, closed) = rewrite_html(&html, open_anchors, decide, &mut changes);
                open_anchors = n;
                if closed || text != *html {
                    edits.push((range, text));
                }
            }
            _ => {}
        }
    }
    // `![alt]( "caption")`, `![a](my photo.jpg)`: not an image to Markdown,
    // but one to the reader and to `check`.
    for (range, image) in super::html::images(markdown) {
        if seen
            .iter()
            .chain(edits.iter().map(|(r, _)| r))
            .any(|r| r.start <= range.start && range.start < r.end.max(r.start + 1))
        {
            continue;
        }
        let Some((fix, why)) = decide(Ref {
            dest: &image.src,
            image: true,
        }) else {
            continue;
        };
        let replacement = match &fix {
            Fix::To(new) => Image {
                src: new.clone(),
                ..image.clone()
            }
            .to_markdown(),
            Fix::Text => escape_text(&image_words(&image.alt, &image.title)),
        };
        changes.push(change(&image.src, true, fix, why));
        edits.push((range, replacement));
    }
    (apply(markdown, edits), changes)
}

fn change(dest: &str, image: bool, fix: Fix, why: String) -> Change {
    Change {
        dest: dest.to_string(),
        image,
        fix,
        why,
    }
}

/// What an image says in words: its alternative text, else its caption.
pub(super) fn image_words(alt: &str, title: &str) -> String {
    if alt.trim().is_empty() {
        title.trim().to_string()
    } else {
        alt.trim().to_string()
    }
}

/// An address written between `<` and `>` in a Markdown link.
fn angle_safe(url: &str) -> String {
    url.replace('<', "%3C")
        .replace('>', "%3E")
        .replace(' ', "%20")
}

/// The plain text up to the end of the element just started, and the
/// source range its children cover (when it has any).
fn until_end<'a>(
    events: &mut impl Iterator<Item = (Event<'a>, Range<usize>)>,
) -> (String, Option<Range<usize>>) {
    let mut depth = 1;
    let mut text = String::new();
    let mut span: Option<Range<usize>> = None;
    for (event, range) in events {
        match &event {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
        span = Some(match span {
            Some(s) => s.start.min(range.start)..s.end.max(range.end),
            None => range,
        });
    }
    (text, span)
}

/// Raw HTML with its `<img src>` and `<a href>` fixed as `decide` says:
/// an image as text becomes its `alt`, a link as text loses its tags.
/// Returns the text, the `<a>` tags still to close, and whether one was closed.
fn rewrite_html(
    html: &str,
    mut open: usize,
    decide: &mut dyn FnMut(Ref<'_>) -> Option<(Fix, String)>,
    changes: &mut Vec<Change>,
) -> (String, usize, bool) {
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    let mut closed = false;
    let lower = html.to_ascii_lowercase();
    while let Some(i) = lower[at..].find('<') {
        let start = at + i;
        let Some(len) = lower[start..].find('>') else {
            break;
        };
        let end = start + len + 1;
        let tag = &html[start..end];
        let tag_lower = &lower[start..end];
        out.push_str(&html[at..start]);
        at = end;
        if open > 0 && tag_lower.starts_with("</a") {
            open -= 1;
            closed = true;
            continue;
        }
        let (image, attr) = if tag_lower.starts_with("<img") {
            (true, "src")
        } else if tag_lower.starts_with("<a ") || tag_lower.starts_with("<a\n") {
            (false, "href")
        } else {
            out.push_str(tag);
            continue;
        };
        let Some((value_range, value)) = attribute(tag, attr) else {
            out.push_str(tag);
            continue;
        };
        let Some((fix, why)) = decide(Ref {
            dest: &value,
            image,
        }) else {
            out.push_str(tag);
            continue;
        };
        match &fix {
            Fix::To(new) => {
                let new = new.replace('"', "%22");
                out.push_str(&tag[..value_range.start]);
                out.push_str(&new);
                out.push_str(&tag[value_range.end..]);
            }
            Fix::Text if image => {
                let alt = attribute(tag, "alt").map(|(_, a)| a).unwrap_or_default();
                let title = attribute(tag, "title").map(|(_, a)| a).unwrap_or_default();
                out.push_str(&escape_text(&image_words(&alt, &title)));
            }
            Fix::Text => open += 1,
        }
        changes.push(change(&value, image, fix, why));
    }
    out.push_str(&html[at..]);
    (out, open, closed)
}

/// The value of `name="…"` (or `'…'`, or bare) in one tag, and where it is.
fn attribute(tag: &str, name: &str) -> Option<(Range<usize>, String)> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(name) {
        let at = from + i;
        from = at + name.len();
        let before = lower[..at].chars().last();
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        let rest = lower[from..].trim_start();
        let Some(rest) = rest.strip_prefix('=') else {
            continue;
        };
        let value_at = lower.len() - rest.trim_start().len();
        let quote = tag[value_at..].chars().next()?;
        let (start, end) = if quote == '"' || quote == '\'' {
            let start = value_at + 1;
            let end = start + tag[start..].find(quote)?;
            (start, end)
        } else {
            let end = value_at
                + tag[value_at..]
                    .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
                    .unwrap_or(tag.len() - value_at);
            (value_at, end)
        };
        let value = super::html::decode_entities(&tag[start..end]);
        return Some((start..end, value));
    }
    None
}

/// A site address split into its path, and what follows it (`?query#fragment`).
pub(super) fn split_tail(url: &str) -> (&str, &str) {
    let end = url.find(['?', '#']).unwrap_or(url.len());
    url.split_at(end)
}

/// A path joined to the folder of `base` (an address), `..` and `.` resolved.
pub(super) fn join(base: &str, rel: &str) -> String {
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    if !base.ends_with('/') {
        parts.pop();
    }
    for part in rel.split('/') {
        match part {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            p => parts.push(p),
        }
    }
    let trailing = if rel.ends_with('/') || rel.is_empty() {
        "/"
    } else {
        ""
    };
    if parts.is_empty() {
        "/".to_string()
    } else {
        format!("/{}{trailing}", parts.join("/"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_text(r: Ref<'_>) -> Option<(Fix, String)> {
        r.dest.starts_with('/').then(|| (Fix::Text, "why".into()))
    }

    #[test]
    fn links_become_words_and_images_alt() {
        let md = "See [**the** tag](/tags/x/) and ![A cat](/cat.png \"Cap\") or [web](https://e.org).\n\n`[c](/code)`\n";
        let (out, changes) = rewrite(md, &mut all_text);
        assert_eq!(
            out,
            "See **the** tag and A cat or [web](https://e.org).\n\n`[c](/code)`\n"
        );
        assert_eq!(changes.len(), 2);
    }

    #[test]
    fn raw_html_anchors_and_images() {
        let md = "<p>Join <a href=\"/categories/f/\">us</a> <img src=\"/x.png\" alt=\"X\"></p>\n";
        let (out, changes) = rewrite(md, &mut all_text);
        assert_eq!(out, "<p>Join us X</p>\n");
        assert_eq!(changes.len(), 2);
        let md = "Join <a href=\"/c/\">us</a> now.\n";
        let (out, _) = rewrite(md, &mut all_text);
        assert_eq!(out, "Join us now.\n");
    }

    #[test]
    fn new_addresses() {
        let md = "[p](/old/) ![a](/i.png)\n";
        let (out, _) = rewrite(md, &mut |r| {
            Some((Fix::To(format!("new{}", r.dest)), String::new()))
        });
        assert_eq!(out, "[p](<new/old/>) ![a](new/i.png)\n");
    }

    #[test]
    fn images_without_address() {
        let md = "Text.\n\n![A file!]( \"A file!\")\n\nMore.\n\n![B]( \"B c\")\n";
        let (out, changes) = rewrite(md, &mut |r| {
            r.dest.is_empty().then(|| (Fix::Text, String::new()))
        });
        assert_eq!(out, "Text.\n\nA file\\!\n\nMore.\n\nB\n");
        assert_eq!(changes.len(), 2);
    }

    #[test]
    fn joins() {
        assert_eq!(join("/blog/a/", "b/c"), "/blog/a/b/c");
        assert_eq!(join("/blog/a/", "../b/"), "/blog/b/");
        assert_eq!(join("/blog/a", "b"), "/blog/b");
    }
}
