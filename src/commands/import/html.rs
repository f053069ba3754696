//! HTML of old posts → clean Markdown: Blogger's and WordPress's markup is
//! tidied first (caption tables and `[caption]` become captioned images,
//! links around photos give the full-size photo, `<br><br>` become
//! paragraphs), then htmd converts the rest.

use std::rc::Rc;
use std::sync::{Arc, Mutex};

use htmd::element_handler::Handlers;
use htmd::{Element, HtmlToMarkdown};

use crate::input::markdown::MORE;

/// A post's body in Markdown, and what could not be carried over.
#[derive(Debug, Default)]
pub(crate) struct Converted {
    /// The Markdown.
    pub(crate) markdown: String,
    /// What was dropped or changed in kind, in words, one entry each.
    pub(crate) leftovers: Vec<String>,
}

/// How deep HTML may nest before it is kept as plain text: the converter
/// walks the tree recursively, and real posts stay far below this.
pub(crate) const MAX_DEPTH: usize = 256;

/// Converts the HTML of a post to Markdown.
pub(crate) fn to_markdown(html: &str) -> Converted {
    let leftovers = Arc::new(Mutex::new(Vec::new()));
    let prepared = prepare(html);
    let converter = converter(&leftovers);
    // HTML far too deep is not even parsed: the parser looks through every
    // open element at each new one, which takes time growing as depth × length.
    let tree = if estimated_depth(&prepared) > 2 * MAX_DEPTH {
        Ok(None)
    } else {
        converter.html_to_tree(&prepared).map(Some)
    };
    let markdown = match tree {
        Ok(Some(tree)) if depth(&tree) <= MAX_DEPTH => converter.tree_to_markdown(&tree),
        Ok(_) => {
            if let Ok(mut list) = leftovers.lock() {
                list.push(crate::msg!("import-too-deep", depth = MAX_DEPTH));
            }
            flat_text(&prepared)
        }
        Err(_) => flat_text(&prepared),
    };
    let leftovers = leftovers.lock().map(|l| l.clone()).unwrap_or_default();
    Converted {
        markdown: tidy(&markdown),
        leftovers,
    }
}

/// How deep the tree goes, counted without recursion (stopping past [`MAX_DEPTH`]).
fn depth(tree: &Rc<htmd::Node>) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(Rc::clone(tree), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        deepest = deepest.max(depth);
        if deepest > MAX_DEPTH {
            break;
        }
        for child in node.children.borrow().iter() {
            stack.push((Rc::clone(child), depth + 1));
        }
    }
    deepest
}

/// How deep HTML nests, read from its tags in one pass: elements without
/// an end tag (`<br>`) or whose end tag may be left out (`<p>`, `<li>`)
/// do not count, so that sloppy but flat HTML is not taken for deep.
fn estimated_depth(html: &str) -> usize {
    const FLAT: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "tbody",
        "thead", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body",
    ];
    let bytes = html.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut at = 0;
    while let Some(i) = html[at..].find('<') {
        let start = at + i + 1;
        at = start;
        let closing = bytes.get(start) == Some(&b'/');
        let name_start = start + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 {
            continue;
        }
        // No `>` after this: no more tags (and each byte is looked at once).
        let Some(end) = html[name_start..].find('>') else {
            break;
        };
        at = name_start + end + 1;
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        if FLAT.contains(&name.as_str()) {
            continue;
        }
        let self_closing = html[..name_start + end].ends_with('/');
        if closing {
            depth = depth.saturating_sub(1);
        } else if !self_closing {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

/// The text of HTML as Markdown paragraphs, without any markup: for HTML
/// too deep to convert. Scripts and styles are left out.
fn flat_text(html: &str) -> String {
    const BREAKS: &[&str] = &[
        "p",
        "div",
        "br",
        "li",
        "tr",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "section",
        "article",
        "figure",
        "figcaption",
        "hr",
    ];
    let lower = html.to_ascii_lowercase();
    let mut text = String::with_capacity(html.len() / 2);
    let mut at = 0;
    while let Some(i) = html[at..].find('<') {
        text.push_str(&html[at..at + i]);
        let start = at + i + 1;
        let Some(end) = html[start..].find('>') else {
            at = html.len();
            break;
        };
        let tag = &lower[start..start + end];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        at = start + end + 1;
        if !tag.starts_with('/') && (name == "script" || name == "style") {
            // Their text is not the post's.
            at = lower[at..]
                .find(&format!("</{name}"))
                .map_or(html.len(), |close| at + close);
            continue;
        }
        if BREAKS.contains(&name.as_str()) {
            text.push_str("\n\n");
        } else {
            text.push(' ');
        }
    }
    text.push_str(&html[at..]);
    let text = decode_entities(&text);
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .map(|p| super::inert::escape_text(&p))
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn attr<'a>(element: &'a Element<'_>, name: &str) -> Option<&'a str> {
    element
        .attrs
        .iter()
        .find(|a| &*a.name.local == name)
        .map(|a| &*a.value)
}

fn converter(leftovers: &Arc<Mutex<Vec<String>>>) -> HtmlToMarkdown {
    let note = |leftovers: &Arc<Mutex<Vec<String>>>| {
        let leftovers = Arc::clone(leftovers);
        move |what: String| {
            if let Ok(mut list) = leftovers.lock() {
                // Enough to show what to look at; a list this long is not read.
                if list.len() < 50 && !list.contains(&what) {
                    list.push(what);
                }
            }
        }
    };
    let note_embed = note(leftovers);
    let note_object = note(leftovers);
    let note_dropped = note(leftovers);
    let note_script = note(leftovers);
    let options = htmd::options::Options {
        bullet_list_marker: htmd::options::BulletListMarker::Dash,
        ul_bullet_spacing: 1,
        ol_number_spacing: 1,
        ..htmd::options::Options::default()
    };
    HtmlToMarkdown::builder()
        .options(options)
        .add_handler(vec!["a"], |handlers: &dyn Handlers, element: Element| {
            if attr(&element, "name") == Some("more") && attr(&element, "href").is_none() {
                return Some(format!("\n\n{MORE}\n\n").into());
            }
            let href = attr(&element, "href").unwrap_or_default().to_string();
            let inner = handlers.walk_children(element.node).content;
            let trimmed = inner.trim();
            if let Some((mut image, len)) = parse_image(trimmed) {
                if len == trimmed.len()
                    && (attr(&element, "imageanchor").is_some() || looks_like_photo(&href))
                {
                    image.src = href;
                    return Some(image.to_markdown().into());
                }
            }
            handlers.fallback(element)
        })
        .add_handler(
            vec!["table"],
            |handlers: &dyn Handlers, element: Element| {
                let class = attr(&element, "class").unwrap_or_default();
                if class
                    .split_whitespace()
                    .any(|c| c == "tr-caption-container")
                {
                    return Some(captioned(&handlers.walk_children(element.node).content).into());
                }
                handlers.fallback(element)
            },
        )
        .add_handler(
            vec!["figure"],
            |handlers: &dyn Handlers, element: Element| {
                Some(captioned(&handlers.walk_children(element.node).content).into())
            },
        )
        .add_handler(
            vec!["iframe", "embed", "frame", "source", "param"],
            move |_: &dyn Handlers, element: Element| {
                let src = match element.tag {
                    "param" => {
                        let name = attr(&element, "name").unwrap_or_default();
                        if !(name.eq_ignore_ascii_case("movie") || name.eq_ignore_ascii_case("src"))
                        {
                            return Some(String::new().into());
                        }
                        attr(&element, "value")
                    }
                    _ => attr(&element, "src"),
                };
                // A <param> names the player of its <object>.
                let kind = if element.tag == "param" {
                    "object"
                } else {
                    element.tag
                };
                Some(embed_link(kind, src.unwrap_or_default(), &note_embed).into())
            },
        )
        .add_handler(
            vec!["object", "video", "audio"],
            move |handlers: &dyn Handlers, element: Element| {
                let own = attr(&element, "data").or_else(|| attr(&element, "src"));
                let mut links = match own {
                    Some(src) => embed_link(element.tag, src, &note_object),
                    None => String::new(),
                };
                // The player's address in a <param>, <embed> or <source>
                // inside; the text shown to browsers without the player goes.
                let inner = handlers.walk_children(element.node).content;
                let mut rest = inner.as_str();
                while let Some(i) = rest.find("<http") {
                    let Some(end) = rest[i..].find('>') else {
                        break;
                    };
                    let link = &rest[i..i + end + 1];
                    if !links.contains(link) {
                        links.push_str(&format!("\n\n{link}\n\n"));
                    }
                    rest = &rest[i + end + 1..];
                }
                if links.trim().is_empty() {
                    note_dropped(crate::msg!("import-element-dropped", tag = element.tag));
                }
                Some(links.into())
            },
        )
        .add_handler(
            vec![
                "script", "form", "noscript", "applet", "template", "svg", "math",
            ],
            move |_: &dyn Handlers, element: Element| {
                note_script(crate::msg!("import-element-dropped", tag = element.tag));
                Some(String::new().into())
            },
        )
        .add_handler(vec!["style"], |_: &dyn Handlers, _: Element| {
            Some(String::new().into())
        })
        .build()
}

/// The Markdown link an embedded player becomes: its address checked
/// (`http` or `https` only, encoded) and turned into the video's own page;
/// nothing when the address is not a web address.
fn embed_link(tag: &str, src: &str, note: &dyn Fn(String)) -> String {
    if src.trim().is_empty() {
        return String::new();
    }
    match super::inert::web_url(src) {
        Some(url) => {
            let url = watch_url(&url);
            note(crate::msg!(
                "import-embed-link",
                kind = tag,
                url = url.as_str()
            ));
            format!("\n\n<{url}>\n\n")
        }
        None => {
            note(crate::msg!(
                "import-embed-not-web",
                kind = tag,
                url = super::inert::shown(src)
            ));
            String::new()
        }
    }
}

/// A YouTube or Vimeo player address (checked by `web_url`) turned into
/// the video's own page.
fn watch_url(src: &str) -> String {
    let bare = src.split(['?', '#']).next().unwrap_or(src);
    let id = |rest: &str| -> Option<String> {
        let id: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        (!id.is_empty()).then_some(id)
    };
    let (_, path) = bare.split_once("://").unwrap_or(("", bare));
    let (host, path) = path.split_once('/').unwrap_or((path, ""));
    let host = host.strip_prefix("www.").unwrap_or(host);
    let youtube = match host {
        "youtube.com" | "m.youtube.com" | "youtube-nocookie.com" => path
            .strip_prefix("embed/")
            .or_else(|| path.strip_prefix("v/"))
            .and_then(id),
        "youtu.be" => id(path),
        _ => None,
    };
    if let Some(id) = youtube {
        return format!("https://www.youtube.com/watch?v={id}");
    }
    if host == "player.vimeo.com" {
        if let Some(id) = path.strip_prefix("video/").and_then(id) {
            return format!("https://vimeo.com/{id}");
        }
    }
    if host == "vimeo.com" && path == "moogaloop.swf" {
        let clip = src
            .split(['?', '&'])
            .find_map(|p| p.strip_prefix("clip_id="))
            .and_then(id);
        if let Some(id) = clip {
            return format!("https://vimeo.com/{id}");
        }
    }
    src.to_string()
}

/// Whether `url` leads to a photo (so a link around an image is its full size).
pub(crate) fn looks_like_photo(url: &str) -> bool {
    let path = url.split(['?', '#']).next().unwrap_or(url).to_lowercase();
    [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"]
        .iter()
        .any(|ext| path.ends_with(ext))
        || path.contains(".bp.blogspot.com/")
        || path.contains("googleusercontent.com/")
}

/// One image in Markdown: `![alt](src "title")`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Image {
    /// Alternative text.
    pub(crate) alt: String,
    /// Address.
    pub(crate) src: String,
    /// Title, which rapport shows as the caption of a lone image.
    pub(crate) title: String,
}

impl Image {
    /// The image written as Markdown.
    pub(crate) fn to_markdown(&self) -> String {
        let alt = self.alt.replace('[', "\\[").replace(']', "\\]");
        let src = if self.src.contains([' ', '(', ')', '<', '>']) {
            format!("<{}>", self.src.replace('<', "%3C").replace('>', "%3E"))
        } else {
            self.src.clone()
        };
        if self.title.is_empty() {
            format!("![{alt}]({src})")
        } else {
            let title = self.title.replace('\\', "\\\\").replace('"', "\\\"");
            format!("![{alt}]({src} \"{title}\")")
        }
    }
}

/// The image at the start of `text` and how many bytes it takes.
pub(crate) fn parse_image(text: &str) -> Option<(Image, usize)> {
    let rest = text.strip_prefix("![")?;
    let mut alt = String::new();
    let mut chars = rest.char_indices();
    let mut close = None;
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                if let Some((_, next)) = chars.next() {
                    alt.push(next);
                }
            }
            ']' => {
                close = Some(i);
                break;
            }
            _ => alt.push(c),
        }
    }
    let after = &rest[close? + 1..];
    let after = after.strip_prefix('(')?;
    let (src, mut rest2) = if let Some(inner) = after.strip_prefix('<') {
        let end = inner.find('>')?;
        (inner[..end].to_string(), &inner[end + 1..])
    } else {
        let end = after.find(|c: char| c.is_whitespace() || c == ')')?;
        (after[..end].to_string(), &after[end..])
    };
    let src = src.replace("\\(", "(").replace("\\)", ")");
    rest2 = rest2.trim_start();
    let mut title = String::new();
    if let Some(t) = rest2.strip_prefix('"') {
        let mut chars = t.char_indices();
        let mut end = None;
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    if let Some((_, next)) = chars.next() {
                        title.push(next);
                    }
                }
                '"' => {
                    end = Some(i);
                    break;
                }
                _ => title.push(c),
            }
        }
        rest2 = t[end? + 1..].trim_start();
    }
    let rest2 = rest2.strip_prefix(')')?;
    let len = text.len() - rest2.len();
    Some((Image { alt, src, title }, len))
}

/// Every image of `markdown` with its byte range.
pub(crate) fn images(markdown: &str) -> Vec<(std::ops::Range<usize>, Image)> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(i) = markdown[at..].find("![") {
        let start = at + i;
        match parse_image(&markdown[start..]) {
            Some((image, len)) => {
                found.push((start..start + len, image));
                at = start + len;
            }
            None => at = start + 2,
        }
    }
    found
}

/// A figure's Markdown: its first image, with the rest of its text as caption.
fn captioned(inner: &str) -> String {
    let found = images(inner);
    let Some((range, image)) = found.first() else {
        return format!("\n\n{}\n\n", inner.trim());
    };
    // A link around the photo (to a page, not to the photo) is dropped.
    let mut before = &inner[..range.start];
    let mut after = &inner[range.end..];
    if let Some(b) = before.trim_end().strip_suffix('[') {
        let tail = after.trim_end();
        if let Some(close) = after.strip_prefix("](").and_then(|a| a.find(')')) {
            before = b;
            after = &after[close + 3..];
        } else if let Some(open) = tail.rfind("](").filter(|_| tail.ends_with(')')) {
            before = b;
            after = &tail[..open];
        }
    }
    let mut rest = String::new();
    rest.push_str(before);
    rest.push(' ');
    rest.push_str(after);
    let caption = rest
        .replace("\\", "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let caption = caption.trim_matches(|c: char| c == '[' || c == ']' || c.is_whitespace());
    let image = Image {
        // The caption says what the photo shows when nothing else does.
        alt: if image.alt.trim().is_empty() {
            caption.to_string()
        } else {
            image.alt.clone()
        },
        title: if caption.is_empty() {
            image.title.clone()
        } else {
            caption.to_string()
        },
        ..image.clone()
    };
    let mut out = format!("\n\n{}\n\n", image.to_markdown());
    // Further photos in the same figure follow as their own paragraphs.
    for (_, more) in found.iter().skip(1) {
        out.push_str(&more.to_markdown());
        out.push_str("\n\n");
    }
    out
}

/// Blogger's and WordPress's markup turned into plainer HTML.
fn prepare(html: &str) -> String {
    let html = comments_out(html);
    paragraphs_at_double_breaks(&html)
}

/// HTML comments removed, except `<!--more-->`, which becomes an anchor the
/// converter writes as rapport's `<!-- more -->`.
fn comments_out(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 4..];
        let Some(end) = after.find("-->") else {
            rest = "";
            break;
        };
        if after[..end].trim().eq_ignore_ascii_case("more") {
            out.push_str("<a name=\"more\"></a>");
        }
        rest = &after[end + 3..];
    }
    out.push_str(rest);
    out
}

/// Two or more `<br>` in a row end a paragraph, as they did on screen.
fn paragraphs_at_double_breaks(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    // Inside `<pre>` a break is a line of the code, never a paragraph's end.
    let mut pre = Vec::new();
    let mut from = 0;
    while let Some(i) = lower[from..].find("<pre") {
        let open = from + i;
        let close = lower[open..]
            .find("</pre")
            .map_or(lower.len(), |e| open + e);
        pre.push(open..close);
        from = close.max(open + 4);
    }
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    let mut copied = 0;
    while let Some(i) = lower[at..].find("<br") {
        let start = at + i;
        if pre.iter().any(|r| r.contains(&start)) {
            at = start + 3;
            continue;
        }
        let mut end = start;
        let mut count = 0;
        loop {
            let rest = &lower[end..];
            let trimmed = rest.trim_start();
            let ws = rest.len() - trimmed.len();
            if !trimmed.starts_with("<br") {
                break;
            }
            let Some(close) = trimmed.find('>') else {
                break;
            };
            let name_end = &trimmed[3..close];
            if !(name_end.is_empty()
                || name_end.starts_with(char::is_whitespace)
                || name_end.starts_with('/'))
            {
                break;
            }
            count += 1;
            end += ws + close + 1;
        }
        if count >= 2 {
            out.push_str(&html[copied..start]);
            out.push_str("</p><p>");
            copied = end;
        }
        at = end.max(start + 3);
    }
    out.push_str(&html[copied..]);
    out
}

/// The text of HTML with its tags removed: the last resort.
pub(super) fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// Trailing spaces and runs of blank lines tidied, `<!-- more -->` kept once.
fn tidy(markdown: &str) -> String {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut out = String::with_capacity(markdown.len());
    let mut blank = 0;
    let mut more_seen = false;
    for (i, line) in lines.iter().enumerate() {
        let next_blank = lines.get(i + 1).is_none_or(|l| l.trim().is_empty());
        let line = if line.trim().is_empty() {
            ""
        } else if next_blank {
            line.trim_end()
        } else {
            line
        };
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if line.trim() == MORE {
            if more_seen {
                continue;
            }
            more_seen = true;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out.push('\n');
    out
}

/// HTML entities in a title decoded (titles are often escaped twice).
pub(crate) fn unescape(text: &str) -> String {
    let mut text = text.to_string();
    for _ in 0..3 {
        if !text.contains('&') {
            break;
        }
        let decoded = decode_entities(&text);
        if decoded == text {
            break;
        }
        text = decoded;
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(crate) fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &after[..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                "hellip" => Some('…'),
                "rsquo" => Some('’'),
                "lsquo" => Some('‘'),
                "rdquo" => Some('”'),
                "ldquo" => Some('“'),
                _ => {
                    let number = name.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            }?;
            Some((c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caption_table_becomes_a_captioned_image() {
        let html = r#"<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto;"><tbody><tr><td style="text-align: center;"><a href="https://1.bp.blogspot.com/x/s1600/Delegation.JPG" imageanchor="1" style="margin-left: auto;"><img border="0" height="213" src="https://1.bp.blogspot.com/x/s320/Delegation.JPG" width="320" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">Delegationen framför ministeriet i Astana</td></tr></tbody></table>Text efter."#;
        let md = to_markdown(html).markdown;
        assert!(
            md.contains("![Delegationen framför ministeriet i Astana](https://1.bp.blogspot.com/x/s1600/Delegation.JPG \"Delegationen framför ministeriet i Astana\")"),
            "{md}"
        );
        assert!(md.contains("\n\nText efter."), "{md}");
    }

    #[test]
    fn link_around_a_captioned_photo_goes() {
        let md = to_markdown(r#"<figure><a href="https://example.org/"><img src="/a.png" alt="Pelikan"></a> Ännu en pelikan</figure>"#).markdown;
        assert_eq!(md, "![Pelikan](/a.png \"Ännu en pelikan\")\n");
        let md = to_markdown(r#"<figure><a href="https://example.org/"><img src="/a.png" alt="Pelikan"> Ännu en pelikan</a></figure>"#).markdown;
        assert_eq!(md, "![Pelikan](/a.png \"Ännu en pelikan\")\n");
    }

    #[test]
    fn read_more_anchor_and_double_breaks() {
        let md = to_markdown("Första.<br /><br />Andra.<a name='more'></a>Tredje.").markdown;
        assert_eq!(md, "Första.\n\nAndra.\n\n<!-- more -->\n\nTredje.\n");
    }

    #[test]
    fn style_only_spans_and_divs_go() {
        let md = to_markdown(
            r#"<div style="text-align: justify;"><span style="font-family: Arial;">Hälsa och <b>vård</b></span></div><div style="text-align: justify;">Nästa</div>"#,
        )
        .markdown;
        assert_eq!(md, "Hälsa och **vård**\n\nNästa\n");
    }

    #[test]
    fn youtube_iframe_becomes_a_link_and_is_noted() {
        let c = to_markdown(r#"<iframe src="//www.youtube.com/embed/abc123?rel=0"></iframe>"#);
        assert!(
            c.markdown
                .contains("<https://www.youtube.com/watch?v=abc123>"),
            "{}",
            c.markdown
        );
        assert_eq!(c.leftovers.len(), 1);
    }

    #[test]
    fn html_too_deep_is_kept_as_text_quickly() {
        for html in [
            format!(
                "{}djupt{}",
                "<div>".repeat(100_000),
                "</div>".repeat(100_000)
            ),
            format!("{}fett", "<b>".repeat(100_000)),
            format!("{}x", "<span><i>".repeat(300)),
            format!("{}x", "<div>".repeat(400)),
        ] {
            let started = std::time::Instant::now();
            let c = to_markdown(&html);
            assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
            assert!(
                c.leftovers.iter().any(|l| l.contains("256")),
                "{:?}",
                c.leftovers
            );
            assert!(!c.markdown.contains('<'), "{}", c.markdown);
        }
        // Sloppy but flat HTML is converted as usual.
        let flat = "<p>a".repeat(2000) + &"<li>b".repeat(2000);
        assert!(estimated_depth(&flat) < 10);
        assert!(to_markdown(&flat).leftovers.is_empty());
    }

    #[test]
    fn flash_era_video_becomes_a_link_and_code_keeps_its_breaks() {
        let c = to_markdown(
            r#"<p>Se filmen:</p><object width="425" height="344"><param name="movie" value="http://www.youtube.com/v/AbC_12-x&hl=sv&fs=1"></param><param name="allowFullScreen" value="true"></param><embed src="http://www.youtube.com/v/AbC_12-x&hl=sv&fs=1" type="application/x-shockwave-flash" width="425" height="344"></embed></object>"#,
        );
        assert!(
            c.markdown
                .contains("<https://www.youtube.com/watch?v=AbC_12-x>"),
            "{}",
            c.markdown
        );
        assert!(
            !c.leftovers.iter().any(|l| l.contains("left out")),
            "{:?}",
            c.leftovers
        );
        let c = to_markdown("<pre><code>rad ett<br /><br />rad tre</code></pre><p>Sen.</p>");
        assert_eq!(c.markdown.matches("```").count(), 2, "{}", c.markdown);
        assert!(c.markdown.contains("rad tre"), "{}", c.markdown);
        let c = to_markdown(
            r#"<figure><img src="/a.png"><figcaption>Delegationen i Astana</figcaption></figure>"#,
        );
        assert!(
            c.markdown.contains("![Delegationen i Astana](/a.png"),
            "{}",
            c.markdown
        );
    }

    #[test]
    fn images_round_trip() {
        let image = Image {
            alt: "a [b]".into(),
            src: "foto med mellanrum.jpg".into(),
            title: "Sa \"hej\"".into(),
        };
        let md = image.to_markdown();
        assert_eq!(parse_image(&md), Some((image, md.len())));
    }

    #[test]
    fn titles_escaped_twice_are_decoded() {
        assert_eq!(unescape("Möte &amp;amp; samtal"), "Möte & samtal");
        assert_eq!(unescape("R&#246;d &lt;b&gt;"), "Röd <b>");
    }
}
