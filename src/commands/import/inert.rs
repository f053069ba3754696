//! Imported text made inert: the Markdown an import writes carries no raw
//! HTML that can run a script, no link or image to an address that runs
//! one, and no heading attribute (`{onclick=…}`).
//!
//! The Markdown is read with the parser (and options) the build uses, and
//! every piece found wanting is rewritten, until a reading finds nothing:
//! what the build will see is what was checked.
//!
//! - Readers' text (comments, names) keeps no raw HTML at all and only
//!   links to `http`, `https` and `mailto` addresses; its images become
//!   links.
//! - Posts converted from HTML (Blogger, WordPress) keep no raw HTML
//!   either (the converter writes none; anything that slips through is
//!   shown as text), besides rapport's `<!-- more -->`.
//! - Markdown written by the old site's authors (Hugo) keeps raw HTML made
//!   of harmless elements and attributes; other HTML is converted to
//!   Markdown as a post's HTML is (embeds become links, scripts go).

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::input::markdown::MORE;

/// Whose text it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Trust {
    /// An archive's readers: text and safe links only.
    Reader,
    /// A post's HTML converted to Markdown: no raw HTML.
    Converted,
    /// Markdown of the old site's authors: harmless raw HTML stays.
    Markdown,
}

/// The options the build reads Markdown with (`markdown::options`).
pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// `markdown` made inert for `trust`, and what was changed, in words.
pub(crate) fn inert(markdown: &str, trust: Trust) -> (String, Vec<String>) {
    let mut text = markdown.to_string();
    let mut notes = Vec::new();
    for _ in 0..8 {
        let edits = edits(&text, trust, &mut notes);
        if edits.is_empty() {
            return (text, notes);
        }
        text = apply(&text, edits);
    }
    // Text that keeps producing markup after eight rounds is kept as plain text.
    notes.push(crate::msg!("import-html-as-text"));
    (escape_text(&text), notes)
}

/// How many notes one text gets at most: enough to show what to look at.
const NOTES_MAX: usize = 50;

fn note(notes: &mut Vec<String>, what: String) {
    if notes.len() < NOTES_MAX && !notes.contains(&what) {
        notes.push(what);
    }
}

/// The replacements one reading of `text` asks for, in order, not overlapping.
fn edits(text: &str, trust: Trust, notes: &mut Vec<String>) -> Vec<(Range<usize>, String)> {
    let mut out: Vec<(Range<usize>, String)> = Vec::new();
    let mut events = Parser::new_ext(text, options())
        .into_offset_iter()
        .peekable();
    // The end of the last replaced range: events inside it are not looked at.
    let mut done = 0;
    while let Some((event, range)) = events.next() {
        if range.start < done {
            continue;
        }
        match event {
            Event::Start(Tag::HtmlBlock) => {
                let mut lines = Vec::new();
                let mut joined = String::new();
                for (event, range) in events.by_ref() {
                    match event {
                        Event::Html(h) => {
                            joined.push_str(&h);
                            lines.push(range);
                        }
                        Event::End(TagEnd::HtmlBlock) => break,
                        _ => {}
                    }
                }
                if joined.trim() == MORE {
                    continue;
                }
                match trust {
                    Trust::Markdown if harmless(&joined) => {}
                    Trust::Markdown if text[range.clone()] == joined => {
                        // A block of its own: converted as a post's HTML is.
                        let converted = super::html::to_markdown(&joined);
                        for n in converted.leftovers {
                            note(notes, n);
                        }
                        note(notes, crate::msg!("import-html-converted"));
                        out.push((range.clone(), format!("\n{}\n", converted.markdown)));
                        done = range.end;
                    }
                    _ => {
                        note(notes, crate::msg!("import-html-as-text"));
                        for line in lines {
                            out.push((line.clone(), text[line].replace('<', "&lt;")));
                        }
                        done = range.end;
                    }
                }
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                if h.trim() == MORE || (trust == Trust::Markdown && harmless(&h)) {
                    continue;
                }
                if trust == Trust::Markdown {
                    // A tag among text: its content stays, the tag goes.
                    let converted = super::html::to_markdown(&h);
                    for n in converted.leftovers {
                        note(notes, n);
                    }
                    note(notes, crate::msg!("import-html-converted"));
                    out.push((range.clone(), converted.markdown.trim().to_string()));
                } else {
                    note(notes, crate::msg!("import-html-as-text"));
                    out.push((range.clone(), text[range.clone()].replace('<', "&lt;")));
                }
                done = range.end;
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                if link_ok(&dest_url, trust) {
                    continue;
                }
                let inner = plain_until_end(&mut events);
                note(
                    notes,
                    crate::msg!("import-link-unsafe", url = shown(&dest_url)),
                );
                let inner = if inner.trim().is_empty() {
                    dest_url.to_string()
                } else {
                    inner
                };
                out.push((range.clone(), escape_text(&inner)));
                done = range.end;
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                let alt = plain_until_end(&mut events);
                if trust == Trust::Reader {
                    // A reader's picture is not shown: it becomes a link, when safe.
                    let replacement = match web_url(&dest_url) {
                        Some(url) => {
                            let label = if alt.trim().is_empty() {
                                url.clone()
                            } else {
                                alt
                            };
                            format!("[{}](<{url}>)", escape_text(&label))
                        }
                        None => escape_text(&alt),
                    };
                    out.push((range.clone(), replacement));
                    done = range.end;
                } else if !image_ok(&dest_url) {
                    note(
                        notes,
                        crate::msg!("import-link-unsafe", url = shown(&dest_url)),
                    );
                    out.push((range.clone(), escape_text(&alt)));
                    done = range.end;
                }
            }
            Event::Start(Tag::Heading { attrs, .. }) if !attrs.is_empty() => {
                // `# Title {onclick=…}`: the braces become text.
                note(notes, crate::msg!("import-heading-attributes"));
                out.push((range.clone(), text[range.clone()].replace('{', "&#123;")));
                done = range.end;
            }
            _ => {}
        }
    }
    out
}

/// The plain text up to the end of the element just started.
fn plain_until_end<'a>(events: &mut impl Iterator<Item = (Event<'a>, Range<usize>)>) -> String {
    let mut depth = 1;
    let mut text = String::new();
    for (event, _) in events {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text
}

/// `text` with each range replaced; ranges overlapping an earlier one are skipped.
pub(crate) fn apply(text: &str, mut edits: Vec<(Range<usize>, String)>) -> String {
    edits.sort_by_key(|(r, _)| r.start);
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for (range, replacement) in edits {
        if range.start < at {
            continue;
        }
        out.push_str(&text[at..range.start]);
        out.push_str(&replacement);
        at = range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// An address as shown in a message: at most 80 characters, no control characters.
pub(crate) fn shown(url: &str) -> String {
    let mut out: String = url.chars().filter(|c| !c.is_control()).take(80).collect();
    if url.chars().filter(|c| !c.is_control()).count() > 80 {
        out.push('…');
    }
    out
}

/// The scheme of `url` as a browser reads it (case, white space and
/// control characters ignored), if it has one.
fn scheme(url: &str) -> Option<String> {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect();
    let end = cleaned.find([':', '/', '?', '#'])?;
    (cleaned[end..].starts_with(':')).then(|| cleaned[..end].to_ascii_lowercase())
}

/// Whether a link may lead to `url`: for readers, web and mail addresses
/// only; for authors, also addresses in the site (relative) and `tel:`.
fn link_ok(url: &str, trust: Trust) -> bool {
    if url.contains(['<', '>', '"', '`']) || url.chars().any(char::is_control) {
        return false;
    }
    match scheme(url) {
        Some(s) => {
            matches!(s.as_str(), "http" | "https" | "mailto")
                || (trust != Trust::Reader && s == "tel")
        }
        None => trust != Trust::Reader && !url.contains('&'),
    }
}

/// Whether a post's image may come from `url`: the web, the site, or a
/// picture as `data:`.
fn image_ok(url: &str) -> bool {
    if url.contains(['<', '>', '"', '`']) || url.chars().any(char::is_control) {
        return false;
    }
    match scheme(url) {
        Some(s) if s == "http" || s == "https" => true,
        Some(s) if s == "data" => !crate::input::markdown::script_url(url, true),
        Some(_) => false,
        None => !url.contains('&'),
    }
}

/// Whether a `cover` may be `url`: a photo of the site or the web.
pub(crate) fn cover_ok(url: &str) -> bool {
    image_ok(url) && scheme(url).is_none_or(|s| s == "http" || s == "https")
}

/// A web address made safe to write: `http` or `https` (`//host` taken as
/// https), a plain host name, and every character outside the safe set
/// percent-encoded, so that it cannot end a Markdown link or carry markup.
pub(crate) fn web_url(src: &str) -> Option<String> {
    let src = src.trim_matches(|c: char| c.is_ascii_whitespace());
    let src = if src.starts_with("//") {
        format!("https:{src}")
    } else {
        src.to_string()
    };
    let (scheme, rest) = src.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        && !host.starts_with(['.', '-']);
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    if !host_ok || !port_ok {
        return None;
    }
    let mut out = format!("{scheme}://{}", host.to_ascii_lowercase());
    if let Some(port) = port {
        out.push(':');
        out.push_str(port);
    }
    let bytes = tail.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let keep = b.is_ascii_alphanumeric() || b"-._~!$&*+,;=:@/?#".contains(&b);
        if keep {
            out.push(b as char);
        } else if b == b'%'
            && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
        {
            out.push('%');
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
        i += 1;
    }
    Some(out)
}

/// Text written so that Markdown shows it as it is: no markup, no link,
/// no HTML, each paragraph kept.
pub(crate) fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (n, line) in text.lines().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let line = line.trim();
        let mut digits = 0;
        for (i, c) in line.chars().enumerate() {
            match c {
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '&' => out.push_str("&amp;"),
                '\\' | '`' | '*' | '_' | '[' | ']' | '{' | '}' | '!' | '|' | '~' | '$' => {
                    out.push('\\');
                    out.push(c);
                }
                '#' | '+' | '-' | '=' if i == 0 => {
                    out.push('\\');
                    out.push(c);
                }
                '.' | ')' if digits == i && i > 0 => {
                    out.push('\\');
                    out.push(c);
                }
                c => out.push(c),
            }
            if c.is_ascii_digit() && digits == i {
                digits += 1;
            }
        }
    }
    out
}

/// HTML elements that cannot run a script or load a document.
const ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "article",
    "aside",
    "b",
    "bdi",
    "bdo",
    "big",
    "blockquote",
    "br",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "font",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "main",
    "mark",
    "nav",
    "ol",
    "p",
    "pre",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "section",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "tt",
    "u",
    "ul",
    "var",
    "wbr",
];

/// Attributes that cannot run a script (addresses are checked apart).
const ATTRIBUTES: &[&str] = &[
    "align",
    "alt",
    "border",
    "cellpadding",
    "cellspacing",
    "class",
    "color",
    "colspan",
    "datetime",
    "dir",
    "face",
    "height",
    "hidden",
    "id",
    "lang",
    "name",
    "open",
    "rel",
    "reversed",
    "rowspan",
    "scope",
    "size",
    "span",
    "start",
    "style",
    "target",
    "title",
    "type",
    "valign",
    "value",
    "width",
];

/// Whether an HTML fragment (one tag, or a block of them) is made only of
/// harmless elements with harmless attributes, comments that end plainly
/// and text.
pub(crate) fn harmless(html: &str) -> bool {
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let after = &rest[i + 1..];
        if let Some(comment) = after.strip_prefix("!--") {
            let Some(end) = comment.find("-->") else {
                return false;
            };
            let body = &comment[..end];
            if body.starts_with('>')
                || body.starts_with("->")
                || body.contains("--")
                || body.contains(['<', '>'])
            {
                return false;
            }
            rest = &comment[end + 3..];
            continue;
        }
        let (closing, after) = match after.strip_prefix('/') {
            Some(a) => (true, a),
            None => (false, after),
        };
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .unwrap_or(after.len());
        if name_len == 0 || !after.starts_with(|c: char| c.is_ascii_alphabetic()) {
            // `<` before no tag name is text in HTML (`a < b`), except `<!`, `<?`.
            if after.starts_with(['!', '?']) || closing {
                return false;
            }
            rest = after;
            continue;
        }
        let name = after[..name_len].to_ascii_lowercase();
        if !ELEMENTS.contains(&name.as_str()) {
            return false;
        }
        let Some((attrs, next)) = attributes(&after[name_len..]) else {
            return false;
        };
        if closing && !attrs.is_empty() {
            return false;
        }
        for (key, value) in &attrs {
            if !attribute_ok(&name, key, value) {
                return false;
            }
        }
        rest = next;
    }
    true
}

/// The attributes of a tag and the text after its `>`, read as HTML does;
/// `None` when the tag does not end.
fn attributes(text: &str) -> Option<(Vec<(String, String)>, &str)> {
    let mut attrs = Vec::new();
    let mut rest = text;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if let Some(next) = rest.strip_prefix('>') {
            return Some((attrs, next));
        }
        if rest.is_empty() {
            return None;
        }
        let name_end = rest
            .char_indices()
            .skip(1)
            .find(|(_, c)| c.is_ascii_whitespace() || matches!(c, '=' | '>' | '/'))
            .map_or(rest.len(), |(i, _)| i);
        let name = rest[..name_end].to_ascii_lowercase();
        rest = rest[name_end..].trim_start_matches(|c: char| c.is_ascii_whitespace());
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start_matches(|c: char| c.is_ascii_whitespace());
            match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let end = after[1..].find(q)?;
                    value = after[1..1 + end].to_string();
                    rest = &after[end + 2..];
                }
                _ => {
                    let end = after
                        .find(|c: char| c.is_ascii_whitespace() || c == '>')
                        .unwrap_or(after.len());
                    value = after[..end].to_string();
                    rest = &after[end..];
                }
            }
        }
        attrs.push((name, value));
    }
}

fn attribute_ok(element: &str, key: &str, value: &str) -> bool {
    let value = super::html::decode_entities(value);
    match key {
        "href" => element == "a" && link_ok(&value, Trust::Markdown),
        "src" => element == "img" && image_ok(&value),
        "cite" => link_ok(&value, Trust::Markdown),
        "style" => {
            let lower: String = value
                .to_ascii_lowercase()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            !(lower.contains("expression")
                || lower.contains("url(")
                || lower.contains("javascript")
                || lower.contains("@import")
                || lower.contains("behavior")
                || lower.contains("binding")
                || lower.contains('\\')
                || lower.contains('&'))
        }
        key => ATTRIBUTES.contains(&key),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html_of(markdown: &str) -> String {
        let mut out = String::new();
        pulldown_cmark::html::push_html(&mut out, Parser::new_ext(markdown, options()));
        out
    }

    /// No element that runs a script, no `on…` attribute, no address that runs one.
    #[track_caller]
    fn assert_inert(html: &str) {
        let doc = scraper::Html::parse_fragment(html);
        for node in doc.root_element().descendants() {
            let Some(element) = node.value().as_element() else {
                continue;
            };
            let name = element.name();
            assert!(
                !["script", "iframe", "embed", "object", "svg", "style"].contains(&name),
                "<{name}> in {html}"
            );
            for (key, value) in element.attrs() {
                assert!(!key.starts_with("on"), "{key} in {html}");
                assert!(
                    !crate::input::markdown::script_url(value, false),
                    "{key}={value} in {html}"
                );
            }
        }
    }

    #[test]
    fn readers_keep_no_html_and_only_web_links() {
        for trust in [Trust::Reader, Trust::Converted] {
            let (md, notes) = inert(
                "Hej <img src=x onerror=alert(1)> och\n\n<script>alert(1)</script>\n\n[a](javascript:alert(1)) <javascript:alert(2)>",
                trust,
            );
            assert_inert(&html_of(&md));
            assert!(!notes.is_empty());
            assert!(html_of(&md).contains("Hej"), "{md}");
        }
        let (md, _) = inert(
            "[sida](https://example.org/a) [rel](../a.md)",
            Trust::Reader,
        );
        let html = html_of(&md);
        assert!(html.contains("href=\"https://example.org/a\""), "{html}");
        assert!(!html.contains("../a.md\""), "{html}");
        let (md, _) = inert("![bild](https://example.org/a.jpg)", Trust::Reader);
        assert!(!html_of(&md).contains("<img"), "{md}");
    }

    #[test]
    fn more_stays_and_heading_attributes_go() {
        let (md, _) = inert("A\n\n<!-- more -->\n\nB\n", Trust::Converted);
        assert!(md.contains("<!-- more -->"), "{md}");
        let (md, _) = inert("## Rubrik {onclick=alert(1)}\n", Trust::Markdown);
        let html = html_of(&md);
        assert_inert(&html);
        assert!(html.starts_with("<h2>Rubrik {onclick"), "{html}");
        let (md, _) = inert("## Rubrik {#ankare .klass}\n", Trust::Markdown);
        assert_eq!(md, "## Rubrik {#ankare .klass}\n");
    }

    #[test]
    fn authors_keep_harmless_html_only() {
        let kept = "Text med <sup>2</sup> och <span class=\"x\">mer</span>.\n\n<div align=\"center\">\n<p>Hej</p>\n</div>\n";
        assert_eq!(inert(kept, Trust::Markdown).0, kept);
        for bad in [
            "<div onclick=\"alert(1)\">x</div>\n",
            "A <span onmouseover=alert(1)>b</span> c\n",
            "<script>alert(1)</script>\n",
            "<iframe src=\"javascript:alert(1)\"></iframe>\n",
            "<a href=\"jav&#x61;script:alert(1)\">x</a>\n",
            "<a href=\"javascript&colon;alert(1)\">x</a>\n",
            "<img src=x onerror=alert(1)>\n",
            "<p style=\"background:url(javascript:alert(1))\">x</p>\n",
            "<!--><script>alert(1)</script>-->\n",
            "> <svg onload=alert(1)>\n",
            "- <details open ontoggle=alert(1)>\n",
        ] {
            let (md, _) = inert(bad, Trust::Markdown);
            assert_inert(&html_of(&md));
        }
        let (md, _) = inert(
            "<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>\n",
            Trust::Markdown,
        );
        assert!(md.contains("https://www.youtube.com/watch?v=abc"), "{md}");
    }

    #[test]
    fn web_addresses_are_checked_and_encoded() {
        assert_eq!(
            web_url("//www.youtube.com/embed/x?a=1&b=2").as_deref(),
            Some("https://www.youtube.com/embed/x?a=1&b=2")
        );
        assert_eq!(
            web_url("https://ex.org/a b\"><script>").as_deref(),
            Some("https://ex.org/a%20b%22%3E%3Cscript%3E")
        );
        for bad in [
            "\"><script>alert(1)</script>",
            "javascript:alert(1)",
            "https://user@ex.org/",
            "https://ex.org\"onload=x/",
            "data:text/html,x",
            "/relative",
        ] {
            assert_eq!(web_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn text_is_shown_as_written() {
        let text = "<img src=x onerror=alert(1)> *a* [b](c) 1. # `d`";
        let html = html_of(&escape_text(text));
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<em>"), "{html}");
        assert!(!html.contains("<a "), "{html}");
        assert!(
            html.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "{html}"
        );
        let html = html_of(&escape_text("1. Första"));
        assert!(!html.contains("<ol>"), "{html}");
        let html = html_of(&escape_text("# Rubrik"));
        assert!(!html.contains("<h1>"), "{html}");
    }
}
