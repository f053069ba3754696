//! Markdown → HTML with pulldown-cmark, plus what a report needs on top:
//! a lone image becomes a `<figure>` with a caption, links to other `.md`
//! files become the URLs of those pages, headings get anchors, and the
//! summary is taken from the text.

mod gallery;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};
use pulldown_cmark_escape::{escape_href, escape_html};

use crate::diagnostics::{Diagnostic, LineIndex};

/// The marker that ends a report's summary.
pub(crate) const MORE: &str = "<!-- more -->";

/// What rendering one document needs besides its Markdown.
pub struct Context<'a> {
    /// The file, for messages.
    pub file: &'a Path,
    /// The file line the body starts on, for messages.
    pub body_line: usize,
    /// Whether raw HTML passes through; else it is shown as text.
    pub raw_html: bool,
    /// Turns a link to a `.md` file, relative to the document, into a URL.
    pub resolve: &'a (dyn Fn(&str) -> Option<String> + Sync),
    /// Makes every link and image absolute, for feeds.
    pub absolute: Option<Absolute<'a>>,
    /// The processed photo an image address names, if it names one.
    pub photo: &'a (dyn Fn(&str) -> Option<Picture> + Sync),
}

/// A photo as a page shows it: its URLs resolved, ready for `<img>`. The
/// photo stage makes them; the text only shows them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Picture {
    /// The URL of the size shown by default.
    pub src: String,
    /// Every size's URL and width, narrowest first.
    pub srcset: Vec<(String, u32)>,
    /// Width of the default size.
    pub width: u32,
    /// Height of the default size.
    pub height: u32,
    /// The full-size original's URL, when it is published.
    pub original: Option<String>,
}

/// How wide a photo in the text is shown: the text column, 40rem, or the screen.
pub(crate) const BODY_SIZES: &str = "(min-width: 42rem) 40rem, 100vw";

/// What makes URLs absolute.
#[derive(Debug, Clone, Copy)]
pub struct Absolute<'a> {
    /// The page's own absolute URL, ending in `/`: relative URLs start here.
    pub page: &'a str,
    /// Scheme and host (`https://example.org`): URLs from `/` start here.
    pub origin: &'a str,
}

impl Absolute<'_> {
    fn apply<'e>(&self, url: CowStr<'e>) -> CowStr<'e> {
        if url.contains("://") || url.starts_with("mailto:") || url.starts_with("tel:") {
            url
        } else if url.starts_with('/') {
            CowStr::from(format!("{}{url}", self.origin))
        } else {
            CowStr::from(format!("{}{}", self.page, url.trim_start_matches("./")))
        }
    }
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders `body` to HTML, or lists the links that lead nowhere.
pub fn render(body: &str, ctx: &Context<'_>) -> Result<String, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut events: Vec<Event<'_>> = Vec::new();
    let mut ids = Ids::default();
    let mut heading: Option<usize> = None;
    // Images written as HTML so far: their event and caption.
    let mut made: Vec<(usize, String)> = Vec::new();
    let mut images = 0;
    let mut figures: Vec<usize> = Vec::new();
    let lines = LineIndex::new(body);
    let locate = |range: std::ops::Range<usize>, message: String, help: String| {
        let mut span = lines.span(range.start, range.end);
        let d = Diagnostic::in_file(ctx.file, message)
            .at_line(lines.line(span.line), span)
            .help(help);
        span.line += ctx.body_line - 1;
        d.at_position(span)
    };
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                // `{#id .class key=value}` after a heading: with raw HTML off,
                // only the id and classes stay, so no author-written attribute
                // (an `onclick`) reaches the page.
                let attrs = if ctx.raw_html { attrs } else { Vec::new() };
                let id = id.map(|id| CowStr::from(ids.claim(&id)));
                if id.is_none() {
                    heading = Some(events.len());
                }
                events.push(Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                }));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(start) = heading.take() {
                    let text = plain_text(&events[start + 1..]);
                    let id = ids.unique(&text);
                    if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[start] {
                        *slot = Some(CowStr::from(id));
                    }
                }
                events.push(event);
            }
            Event::Start(Tag::Link { ref dest_url, .. } | Tag::Image { ref dest_url, .. })
                if script_url(dest_url, matches!(event, Event::Start(Tag::Image { .. }))) =>
            {
                let shown: String = dest_url.chars().take(40).collect();
                problems.push(locate(
                    range,
                    crate::msg!("markdown-script-link", address = shown),
                    crate::msg!("markdown-script-link.help"),
                ));
                events.push(event);
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = match internal_link(&dest_url) {
                    Some((path, fragment)) => match (ctx.resolve)(path) {
                        Some(url) => CowStr::from(format!("{url}{fragment}")),
                        None => {
                            problems.push(
                                locate(
                                    range,
                                    crate::msg!("markdown-link-nowhere", target = path),
                                    crate::msg!("markdown-link-nowhere.help"),
                                )
                                .kind(
                                    crate::diagnostics::Kind::BrokenLink {
                                        target: path.to_string(),
                                    },
                                ),
                            );
                            dest_url
                        }
                    },
                    None => dest_url,
                };
                let dest_url = match ctx.absolute {
                    Some(abs) => abs.apply(dest_url),
                    None => dest_url,
                };
                events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::End(TagEnd::Image) => match image_html(&events, ctx, images == 0) {
                Some((start, img)) => {
                    events.truncate(start);
                    made.push((events.len(), img.caption));
                    events.push(Event::InlineHtml(CowStr::from(img.html)));
                    images += 1;
                }
                None => events.push(event),
            },
            Event::Html(html) | Event::InlineHtml(html) if html.trim() == MORE => {}
            Event::Html(html) | Event::InlineHtml(html) if !ctx.raw_html => {
                events.push(Event::Text(html));
            }
            Event::End(TagEnd::Paragraph) => {
                if let Some(figure) = lone_image(&events, &made) {
                    let start = events.len() - 2;
                    events.truncate(start);
                    figures.push(events.len());
                    events.push(Event::Html(CowStr::from(figure)));
                } else {
                    events.push(event);
                }
            }
            other => events.push(other),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    gallery::group(&mut events, &figures);
    let mut out = String::with_capacity(body.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    Ok(out)
}

/// A relative link to a Markdown file: its path and any `#fragment`.
pub(crate) fn internal_link(dest: &str) -> Option<(&str, &str)> {
    if dest.contains("://") || dest.starts_with(['/', '#']) || dest.starts_with("mailto:") {
        return None;
    }
    let (path, fragment) = match dest.find('#') {
        Some(i) => (&dest[..i], &dest[i..]),
        None => (dest, ""),
    };
    path.ends_with(".md").then_some((path, fragment))
}

/// An image written as HTML, with the caption a figure of it would have.
struct Img {
    html: String,
    caption: String,
}

/// When the last events are an image, from its start to its end, where it
/// starts and its `<img>`: with `srcset`, `sizes`, `width` and `height` for
/// a processed photo, `loading="lazy"` unless it is the page's `first`.
fn image_html(events: &[Event<'_>], ctx: &Context<'_>, first: bool) -> Option<(usize, Img)> {
    let start = events
        .iter()
        .rposition(|e| matches!(e, Event::Start(Tag::Image { .. })))?;
    let Event::Start(Tag::Image {
        dest_url, title, ..
    }) = &events[start]
    else {
        return None;
    };
    if script_url(dest_url, true) {
        return None;
    }
    let alt = plain_text(&events[start + 1..]);
    let url = |u: &str| match ctx.absolute {
        Some(abs) => abs.apply(CowStr::from(u.to_string())).to_string(),
        None => u.to_string(),
    };
    let mut html = String::from("<img src=\"");
    let picture = (ctx.photo)(dest_url);
    match &picture {
        Some(p) => {
            let _ = escape_href(&mut html, &url(&p.src));
            if ctx.absolute.is_none() {
                html.push_str("\" srcset=\"");
                let set: Vec<String> = p
                    .srcset
                    .iter()
                    .map(|(u, w)| format!("{} {w}w", url(u)))
                    .collect();
                // Each URL is escaped already: a space there would end it.
                let _ = escape_html(&mut html, &set.join(", "));
                html.push_str("\" sizes=\"");
                html.push_str(BODY_SIZES);
            }
            html.push_str(&format!("\" width=\"{}\" height=\"{}", p.width, p.height));
        }
        None => {
            let _ = escape_href(&mut html, &url(dest_url));
        }
    }
    html.push_str("\" alt=\"");
    let _ = escape_html(&mut html, &alt);
    if !title.is_empty() {
        html.push_str("\" title=\"");
        let _ = escape_html(&mut html, title);
    }
    html.push('"');
    if !first {
        html.push_str(" loading=\"lazy\"");
    }
    html.push_str(" decoding=\"async\">");
    let caption = if title.is_empty() {
        alt
    } else {
        title.to_string()
    };
    if let Some(original) = picture.and_then(|p| p.original) {
        let mut link = String::from("<a href=\"");
        let _ = escape_href(&mut link, &url(&original));
        link.push_str("\">");
        html = format!("{link}{html}</a>");
    }
    Some((start, Img { html, caption }))
}

/// When the paragraph being closed holds one image and nothing else, its
/// figure, with the image's title (else its alt text) as caption.
fn lone_image(events: &[Event<'_>], made: &[(usize, String)]) -> Option<String> {
    let [Event::Start(Tag::Paragraph), Event::InlineHtml(img)] =
        events.get(events.len().checked_sub(2)?..)?
    else {
        return None;
    };
    let (_, caption) = made.iter().find(|(i, _)| *i == events.len() - 1)?;
    let mut html = format!("<figure>\n{img}\n");
    if !caption.is_empty() {
        html.push_str("<figcaption>");
        let _ = escape_html(&mut html, caption);
        html.push_str("</figcaption>\n");
    }
    html.push_str("</figure>\n");
    Some(html)
}

fn plain_text(events: &[Event<'_>]) -> String {
    let mut text = String::new();
    for e in events {
        match e {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text
}

/// The anchors of one document's headings, each used once.
#[derive(Default)]
struct Ids {
    taken: HashSet<String>,
    /// For each base, the number to try next, so a thousand headings with
    /// one text take a thousand steps, not half a million.
    next: HashMap<String, usize>,
}

impl Ids {
    /// A unique anchor for a heading whose text is `text`.
    fn unique(&mut self, text: &str) -> String {
        let base = match crate::transliterate::slugify(text) {
            s if s.is_empty() => "section".to_string(),
            s => s,
        };
        self.claim(&base)
    }

    /// `wanted`, or `wanted-N` when it is taken.
    fn claim(&mut self, wanted: &str) -> String {
        if self.taken.insert(wanted.to_string()) {
            return wanted.to_string();
        }
        let n = self.next.entry(wanted.to_string()).or_insert(1);
        loop {
            let id = format!("{wanted}-{n}");
            *n += 1;
            if self.taken.insert(id.clone()) {
                return id;
            }
        }
    }
}

/// Whether `url` would run a script or show a document of its own when
/// followed: `javascript:`, `vbscript:`, `data:` (for an image, only data
/// that is not a raster image). Browsers ignore case, white space and
/// control characters in the scheme, so this does too.
pub fn script_url(url: &str, image: bool) -> bool {
    let scheme: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take_while(|c| *c != ':' && *c != '/' && *c != '?' && *c != '#')
        .collect::<String>()
        .to_ascii_lowercase();
    let rest = url
        .find(':')
        .map(|i| url[i + 1..].trim_start().to_ascii_lowercase());
    let has_colon = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .nth(scheme.chars().count())
        == Some(':');
    if !has_colon {
        return false;
    }
    match scheme.as_str() {
        "javascript" | "vbscript" | "livescript" => true,
        "data" => {
            !image
                || !rest.is_some_and(|r| {
                    [
                        "image/png",
                        "image/jpeg",
                        "image/gif",
                        "image/webp",
                        "image/avif",
                    ]
                    .iter()
                    .any(|t| r.starts_with(t))
                })
        }
        _ => false,
    }
}

/// The relative links to Markdown files in `body`, as written: what the
/// page's HTML depends on besides its own text.
pub fn md_links(body: &str) -> Vec<String> {
    if !body.contains(".md") {
        return Vec::new();
    }
    Parser::new_ext(body, options())
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                internal_link(&dest_url).map(|(path, _)| path.to_string())
            }
            _ => None,
        })
        .collect()
}

/// A link or image in Markdown or in raw HTML: where it points, where it
/// stands in the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The address as written.
    pub src: String,
    /// Whether it is an image.
    pub image: bool,
    /// An image's alternative text (`None` for links and raw HTML).
    pub alt: Option<String>,
    /// Where it starts in the body, and how many bytes it covers.
    pub offset: usize,
    /// Its length in bytes.
    pub len: usize,
}

/// Every link and image of `body`, from Markdown and from the `src` and
/// `href` attributes of raw HTML.
pub fn references(body: &str) -> Vec<Reference> {
    let mut out: Vec<Reference> = Vec::new();
    let mut open: Option<Reference> = None;
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Image { dest_url, .. }) => {
                open = Some(Reference {
                    src: dest_url.to_string(),
                    image: true,
                    alt: Some(String::new()),
                    offset: range.start,
                    len: range.len(),
                });
            }
            Event::Start(Tag::Link { dest_url, .. }) => out.push(Reference {
                src: dest_url.to_string(),
                image: false,
                alt: None,
                offset: range.start,
                len: range.len(),
            }),
            Event::Text(t) | Event::Code(t) => {
                if let Some(alt) = open.as_mut().and_then(|i| i.alt.as_mut()) {
                    alt.push_str(&t);
                }
            }
            Event::End(TagEnd::Image) => out.extend(open.take()),
            Event::Html(html) | Event::InlineHtml(html) => {
                for (attr, image) in [("src", true), ("href", false)] {
                    for (at, value) in attribute_values(&html, attr) {
                        out.push(Reference {
                            src: value,
                            image,
                            alt: None,
                            offset: range.start + at,
                            len: attr.len(),
                        });
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Where raw HTML in `body` can run a script: a `<script>` element, an
/// event attribute (`onerror=`), `srcdoc`, or a `javascript:` (or other
/// script) address in any attribute. Each as (byte offset, length, what
/// was found as written), so `check` can point at it whoever wrote it: an
/// archive's readers' text, a received site, or a pasted embed.
pub fn scripts_in_html(body: &str) -> Vec<(usize, usize, String)> {
    if !body.contains('<') {
        return Vec::new();
    }
    let mut out = Vec::new();
    // Consecutive raw HTML events are one run of source: a tag may span them.
    let mut run: Option<std::ops::Range<usize>> = None;
    let mut scan = |run: Option<std::ops::Range<usize>>| {
        if let Some(range) = run {
            for (at, len, what) in html_scripts(&body[range.clone()]) {
                out.push((range.start + at, len, what));
            }
        }
    };
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => {
                run = Some(match run {
                    Some(r) if r.end >= range.start => r.start..range.end.max(r.end),
                    other => {
                        scan(other);
                        range
                    }
                });
            }
            _ => scan(run.take()),
        }
    }
    scan(run);
    out
}

/// [`scripts_in_html`] of one piece of raw HTML: its tags read one by one,
/// their attributes by name and value.
fn html_scripts(html: &str) -> Vec<(usize, usize, String)> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(lt) = html[i..].find('<').map(|p| i + p) {
        let name_end = html[lt + 1..]
            .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
            .map_or(html.len(), |p| lt + 1 + p);
        let name = html[lt + 1..name_end].to_ascii_lowercase();
        if name == "script" {
            out.push((lt, name_end - lt, html[lt..name_end].to_string()));
        }
        i = name_end;
        // The attributes, up to the tag's end.
        loop {
            while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
                i += 1;
            }
            if i >= bytes.len() || bytes[i] == b'>' || bytes[i] == b'<' || name.is_empty() {
                break;
            }
            let start = i;
            while i < bytes.len()
                && !matches!(bytes[i], b'=' | b'>' | b'/' | b'<')
                && !bytes[i].is_ascii_whitespace()
            {
                i += 1;
            }
            let attr = html[start..i].to_ascii_lowercase();
            let mut j = i;
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            let mut value = "";
            if j < bytes.len() && bytes[j] == b'=' {
                j += 1;
                while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                    j += 1;
                }
                let (from, to, next) = match bytes.get(j) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let end = html[j + 1..]
                            .find(q as char)
                            .map_or(html.len(), |p| j + 1 + p);
                        (j + 1, end, (end + 1).min(html.len()))
                    }
                    _ => {
                        let end = html[j..]
                            .find(|c: char| c.is_ascii_whitespace() || c == '>')
                            .map_or(html.len(), |p| j + p);
                        (j, end, end)
                    }
                };
                value = &html[from..to];
                i = next;
            }
            if i == start {
                i += 1;
            }
            let found = (attr.len() > 2 && attr.starts_with("on"))
                || attr == "srcdoc"
                || script_url(value, attr == "src")
                || value
                    .trim_start()
                    .to_ascii_lowercase()
                    .contains("url=javascript:");
            if found {
                out.push((
                    start,
                    attr.len().max(1),
                    html[start..start + attr.len()].to_string(),
                ));
            }
        }
    }
    out
}

/// The values of `name="…"` (or `'…'`) attributes in a piece of HTML, with
/// their byte offsets.
fn attribute_values(html: &str, name: &str) -> Vec<(usize, String)> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = lower[from..].find(name) {
        let at = from + i;
        from = at + name.len();
        let before_ok = at > 0 && lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = lower[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let value_start = html.len() - rest.len() + 1;
        let value = html[value_start..].trim_start();
        let start = html.len() - value.len();
        let (quote, body) = match value.chars().next() {
            Some(q @ ('"' | '\'')) => (Some(q), &value[1..]),
            _ => (None, value),
        };
        let end = match quote {
            Some(q) => body.find(q),
            None => body.find(|c: char| c.is_whitespace() || c == '>'),
        }
        .unwrap_or(body.len());
        out.push((start, body[..end].to_string()));
    }
    out
}

/// Text that looks like an image but that Markdown did not read as one:
/// what would be published as literal Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unread {
    /// Where its `![` is in the body.
    pub offset: usize,
    /// The address written between its `(` and `)` (without a title in
    /// quotes), when there is one: most often a file name with a space,
    /// which CommonMark reads only in angle brackets.
    pub src: Option<String>,
    /// Its alternative text, as written.
    pub alt: String,
}

/// Everything in `body` that looks like an image (`![…](…)`) but that
/// Markdown did not read as one (a name with spaces, a missing bracket);
/// never what is only quoted, in a code block or in inline code.
pub fn unread_images(body: &str) -> Vec<Unread> {
    if !body.contains("![") {
        return Vec::new();
    }
    let mut out = Vec::new();
    // pulldown-cmark hands text over in pieces (`!`, `[`, …): join a run of
    // them, remembering where the run starts in the body.
    let mut run: Option<(usize, usize)> = None;
    let mut check = |run: Option<(usize, usize)>| {
        if let Some((start, end)) = run {
            out.extend(unread_in(&body[start..end]).into_iter().map(|mut u| {
                u.offset += start;
                u
            }));
        }
    };
    let mut in_code = false;
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_)) => {
                check(run.take());
                in_code = true;
            }
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Text(_) if !in_code => {
                run = Some(match run {
                    Some((start, _)) => (start, range.end),
                    None => (range.start, range.end),
                });
            }
            _ => check(run.take()),
        }
    }
    check(run);
    out
}

/// The images in `source`, text Markdown did not read: each `![` with a
/// `](` after it.
fn unread_in(source: &str) -> Vec<Unread> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = source[from..].find("![").map(|i| i + from) {
        let Some(middle) = source[i..].find("](").map(|m| m + i) else {
            break;
        };
        let alt = source[i + 2..middle].to_string();
        let after = &source[middle + 2..];
        // The address ends at the `)` that closes the `(`.
        let mut depth = 0usize;
        let close = after.char_indices().find_map(|(at, c)| match c {
            '(' => {
                depth += 1;
                None
            }
            ')' if depth == 0 => Some(at),
            ')' => {
                depth -= 1;
                None
            }
            _ => None,
        });
        let src = close.and_then(|close| address(&after[..close]));
        out.push(Unread {
            offset: i,
            src,
            alt,
        });
        from = close.map_or(middle + 2, |close| middle + 2 + close + 1);
    }
    out
}

/// The address of what is written between an image's `(` and `)`: the
/// whole of it, or what comes before a title in quotes.
fn address(inside: &str) -> Option<String> {
    let inside = inside.trim();
    let without_title = ['"', '\'']
        .iter()
        .find_map(|q| {
            let body = inside.strip_suffix(*q)?;
            let open = body.rfind(*q)?;
            body[..open]
                .ends_with([' ', '\t'])
                .then(|| body[..open].trim_end())
        })
        .unwrap_or(inside);
    let src = without_title.trim_start_matches('<').trim_end_matches('>');
    (!src.is_empty() && !src.contains('\n')).then(|| src.to_string())
}

/// Distinct body words kept per document for search.
pub(crate) const MAX_WORDS: usize = 600;

/// The distinct words of `text`, lower case, joined by spaces.
pub(crate) fn words(text: &str) -> String {
    let mut seen = std::collections::HashSet::new();
    let mut out = String::new();
    // Each word is lower-cased into one buffer; only new words are copied.
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        let ascii = word.is_ascii();
        let short = if ascii {
            word.len() < 2
        } else {
            word.chars().nth(1).is_none()
        };
        if short {
            continue;
        }
        if seen.len() >= MAX_WORDS {
            break;
        }
        lower.clear();
        if ascii {
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.push_str(&word.to_lowercase());
        }
        if !seen.contains(lower.as_str()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&lower);
            seen.insert(lower.clone());
        }
    }
    // Kept with its document: not the room a doubling left.
    out.shrink_to_fit();
    out
}

/// All the text of `body`, without markup, for the search index.
pub(crate) fn body_text(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    for event in Parser::new_ext(body, options()) {
        match event {
            Event::Text(t) | Event::Code(t) => {
                out.push_str(&t);
                out.push(' ');
            }
            Event::SoftBreak | Event::HardBreak | Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    out
}

/// About how long, in characters, a summary made from the text is.
pub(crate) const SUMMARY_CHARS: usize = 300;
/// About how long, in characters, a meta description made from the text is.
pub(crate) const DESCRIPTION_CHARS: usize = 160;

/// The plain text of the summary: the text before `<!-- more -->`, else the
/// first sentences of the text, about [`SUMMARY_CHARS`] long (see [`shorten`]).
pub(crate) fn plain_summary(body: &str) -> String {
    match body.find(MORE) {
        Some(i) => paragraph_text(&body[..i], usize::MAX),
        None => shorten(&paragraph_text(body, SUMMARY_CHARS * 2), SUMMARY_CHARS),
    }
}

/// The text of `body`'s paragraphs (no headings, code or HTML), joined with
/// single spaces; reading stops once it is longer than `enough`.
fn paragraph_text(body: &str, enough: usize) -> String {
    let mut out = String::new();
    let mut in_paragraph = false;
    // An image's description is not part of the text around it.
    let mut in_image = 0usize;
    for event in Parser::new_ext(body, options()) {
        match event {
            Event::Start(Tag::Paragraph) => in_paragraph = true,
            Event::End(TagEnd::Paragraph) => {
                in_paragraph = false;
                out.push(' ');
                if out.chars().count() > enough {
                    break;
                }
            }
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Text(t) | Event::Code(t) if in_paragraph && in_image == 0 => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak if in_paragraph => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` cut to about `limit` characters: whole sentences while they fit;
/// when even the first is longer, whole words followed by "…". A word is
/// never cut; a single word longer than `limit` is kept whole.
pub(crate) fn shorten(text: &str, limit: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let mut end = 0;
    let mut cut = 0;
    for (count, (i, c)) in text.char_indices().enumerate() {
        if count > limit {
            break;
        }
        let rest = &text[i + c.len_utf8()..];
        if c.is_whitespace() {
            cut = i;
        } else if matches!(c, '.' | '!' | '?' | '…')
            && rest.starts_with(char::is_whitespace)
            && rest.trim_start().starts_with(|a: char| !a.is_lowercase())
        {
            end = i + c.len_utf8();
        }
    }
    if end > 0 {
        return text[..end].to_string();
    }
    let kept = text[..cut].trim_end_matches(|c: char| c.is_whitespace() || ",;:–—-".contains(c));
    if kept.is_empty() {
        // One word longer than the limit: kept whole rather than cut inside.
        return text
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string();
    }
    format!("{kept}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    type Resolve = dyn Fn(&str) -> Option<String> + Sync;

    fn no_photo(_: &str) -> Option<Picture> {
        None
    }

    fn without_raw_html(resolve: &Resolve) -> Context<'_> {
        Context {
            file: Path::new("a.md"),
            body_line: 1,
            raw_html: false,
            resolve,
            photo: &no_photo,
            absolute: None,
        }
    }

    fn render_plain(body: &str) -> String {
        let resolve = |p: &str| (p == "other.sv.md").then(|| "/sv/reports/other/".to_string());
        let ctx = Context {
            file: Path::new("content/reports/a.sv.md"),
            body_line: 5,
            raw_html: true,
            resolve: &resolve,
            photo: &no_photo,
            absolute: None,
        };
        render(body, &ctx).expect("renders")
    }

    #[test]
    fn lone_image_becomes_a_figure_with_caption() {
        let html = render_plain(
            "![Delegationen i Astana](foto.png \"Delegationen framför ministeriet\")\n",
        );
        assert!(html.contains("<figure>"), "{html}");
        assert!(html.contains("alt=\"Delegationen i Astana\""), "{html}");
        assert!(
            html.contains("<figcaption>Delegationen framför ministeriet</figcaption>"),
            "{html}"
        );
        assert!(!html.contains("<p>"), "{html}");
    }

    #[test]
    fn image_in_text_stays_inline() {
        let html = render_plain("Se ![bild](a.png) här.\n");
        assert!(!html.contains("<figure>"), "{html}");
    }

    #[test]
    fn md_links_become_page_urls() {
        let html = render_plain("[Mötet](other.sv.md#program)\n");
        assert!(
            html.contains("href=\"/sv/reports/other/#program\""),
            "{html}"
        );
    }

    #[test]
    fn broken_md_link_is_located_in_the_file() {
        let resolve = |_: &str| None;
        let ctx = Context {
            file: Path::new("content/reports/a.sv.md"),
            body_line: 5,
            raw_html: true,
            resolve: &resolve,
            photo: &no_photo,
            absolute: None,
        };
        let e = render("Text\n\n[x](missing.md)\n", &ctx).expect_err("broken");
        assert_eq!(e[0].span.map(|s| s.line), Some(7));
    }

    #[test]
    fn feeds_get_absolute_urls() {
        let resolve = |p: &str| (p == "b.sv.md").then(|| "/sv/reports/b/".to_string());
        let ctx = Context {
            file: Path::new("a.md"),
            body_line: 1,
            raw_html: true,
            resolve: &resolve,
            photo: &no_photo,
            absolute: Some(Absolute {
                page: "https://example.org/sv/reports/a/",
                origin: "https://example.org",
            }),
        };
        let html = render(
            "[B](b.sv.md) ![Foto](foto.png)\n\n![Ensam](ensam.png)\n",
            &ctx,
        )
        .expect("renders");
        assert!(
            html.contains("href=\"https://example.org/sv/reports/b/\""),
            "{html}"
        );
        assert!(
            html.contains("src=\"https://example.org/sv/reports/a/foto.png\""),
            "{html}"
        );
        assert!(
            html.contains("src=\"https://example.org/sv/reports/a/ensam.png\""),
            "{html}"
        );
    }

    #[test]
    fn words_are_distinct_and_lower_case() {
        assert_eq!(
            words("Mötet i Astana. Mötet, mötet! Hälsa"),
            "mötet astana hälsa"
        );
    }

    #[test]
    fn headings_get_unique_anchors() {
        let html = render_plain("## Mötet\n\n## Mötet\n");
        assert!(html.contains("id=\"motet\""), "{html}");
        assert!(html.contains("id=\"motet-1\""), "{html}");
    }

    #[test]
    fn summary_is_first_sentences_or_text_before_more() {
        assert_eq!(
            plain_summary("# Rubrik\n\nFörsta *stycket*.\n\nAndra."),
            "Första stycket. Andra."
        );
        assert_eq!(
            plain_summary("Ett.\n\nTvå.\n\n<!-- more -->\n\nTre."),
            "Ett. Två."
        );
    }

    #[test]
    fn raw_html_can_be_switched_off() {
        let resolve = |_: &str| None;
        let ctx = without_raw_html(&resolve);
        let html = render("<script>alert(1)</script>\n", &ctx).expect("renders");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn many_headings_with_one_text_get_distinct_anchors_quickly() {
        let body = "## Punkt\n\n".repeat(20_000) + "## Punkt-1\n";
        let html = render_plain(&body);
        assert!(html.contains("id=\"punkt-19999\""));
        // The heading written `Punkt-1` comes after the generated one and must not repeat it.
        assert_eq!(html.matches("id=\"punkt-1\"").count(), 1);
    }

    #[test]
    fn script_addresses_are_recognised_in_every_spelling() {
        for url in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " java\tscript:alert(1)",
            "vbscript:msgbox",
            "data:text/html;base64,PHNjcmlwdD4=",
        ] {
            assert!(script_url(url, false), "{url}");
        }
        assert!(script_url("data:image/svg+xml,<svg onload=alert(1)>", true));
        assert!(!script_url("data:image/png;base64,iVBOR", true));
        for url in [
            "https://example.org/",
            "foto.jpg",
            "/sv/",
            "mailto:a@b.se",
            "bild:2.jpg?x",
        ] {
            assert!(!script_url(url, false), "{url}");
        }
    }

    #[test]
    fn heading_attributes_are_dropped_without_raw_html() {
        let resolve = |_: &str| None;
        let ctx = without_raw_html(&resolve);
        let html = render("## H {#x onclick=alert(1)}\n", &ctx).expect("renders");
        assert!(!html.contains("onclick"), "{html}");
        assert!(html.contains("id=\"x\""), "{html}");
    }

    #[test]
    fn script_links_and_images_are_errors() {
        let resolve = |_: &str| None;
        let ctx = without_raw_html(&resolve);
        for body in [
            "[a](javascript:alert(1))\n",
            "<javascript:alert(1)>\n",
            "[a][r]\n\n[r]: vbscript:x\n",
            "![a](data:text/html,x)\n",
            "[a](java&#x73;cript:alert(1))\n",
        ] {
            assert!(render(body, &ctx).is_err(), "{body}");
        }
    }

    #[test]
    fn references_come_from_markdown_and_raw_html() {
        let found = references(
            "[a](/sv/x/) ![b](c.jpg)\n\n<img alt=\"\" src=\"d.png\"><a href='../e/'>e</a>\n",
        );
        let srcs: Vec<(&str, bool)> = found.iter().map(|r| (r.src.as_str(), r.image)).collect();
        assert_eq!(
            srcs,
            vec![
                ("/sv/x/", false),
                ("c.jpg", true),
                ("d.png", true),
                ("../e/", false)
            ]
        );
    }

    #[test]
    fn scripts_in_raw_html_are_found_whatever_the_spelling() {
        let found = |body: &str| -> Vec<String> {
            scripts_in_html(body)
                .into_iter()
                .map(|(_, _, w)| w)
                .collect()
        };
        assert_eq!(found("<img src=x onerror=alert(1)>"), ["onerror"]);
        assert_eq!(found("Text <IMG SRC=x OnLoad = 'a()'> more"), ["OnLoad"]);
        assert_eq!(
            found("<div>\n<script>alert(1)</script>\n</div>"),
            ["<script"]
        );
        assert_eq!(found("<a href=\" java\tscript:alert(1)\">x</a>"), ["href"]);
        assert_eq!(found("<iframe srcdoc=\"<b>x</b>\"></iframe>"), ["srcdoc"]);
        assert_eq!(found("<img\nsrc=x\nonerror=alert(1)>"), ["onerror"]);
        // Harmless raw HTML, pictures as data and words in text are not.
        assert!(found("<img src=\"data:image/png;base64,AA\" alt=\"online\">").is_empty());
        assert!(found("<p title=\"one=two\">on=off</p>").is_empty());
        assert!(found("Skriv onerror=x i texten, inte i HTML.").is_empty());
        assert!(found("`<script>` i kod").is_empty());
        assert!(found("<b class=x>onclick=y</b>").is_empty());
        let body = "Ett stycke.\n\n<img src=x onerror=alert(1)>\n";
        let (at, len, _) = scripts_in_html(body)[0];
        assert_eq!(&body[at..at + len], "onerror");
    }

    #[test]
    fn unread_images_are_found() {
        let found = |body: &str| -> Vec<(usize, Option<String>)> {
            unread_images(body)
                .into_iter()
                .map(|u| (u.offset, u.src))
                .collect()
        };
        let src = |s: &str| Some(s.to_string());
        assert_eq!(
            found("Se ![Besök](möte 2.jpg) här\n"),
            [(3, src("möte 2.jpg"))]
        );
        assert_eq!(
            found("![Besök](möte 2.jpg \"Besök\")\n"),
            [(0, src("möte 2.jpg"))]
        );
        assert_eq!(
            found("![a](bild (1).jpg) och ![b](c d.png 'Titel')\n"),
            [(0, src("bild (1).jpg")), (23, src("c d.png"))]
        );
        // A bracket missing: it looks like an image, with no address to read.
        assert_eq!(found("![Besök](möte 2.jpg\n"), [(0, None)]);
        assert!(found("![Besök](<möte 2.jpg>)\n").is_empty());
        assert!(found("![Besök](möte.jpg)\n").is_empty());
    }

    #[test]
    fn what_is_quoted_in_code_is_no_unread_image() {
        for body in [
            "`![x](y z)`\n",
            "```\n![](x.jpg)\n![a](b c.jpg)\n```\n",
            "~~~markdown\n![](x.jpg)\n~~~\n",
            "Text.\n\n    ![](x.jpg)\n    ![a](b c.jpg)\n",
            "- lista\n\n  ```\n  ![a](b c.jpg)\n  ```\n",
        ] {
            assert!(unread_images(body).is_empty(), "{body:?}");
        }
        // After the code, text is looked at again.
        assert_eq!(unread_images("```\nx\n```\n![a](b c.jpg)\n").len(), 1);
    }

    #[test]
    fn smart_punctuation_and_tables() {
        let html = render_plain("\"Hej\" -- sa hon\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(html.contains("“Hej”"), "{html}");
        assert!(html.contains("<table>"), "{html}");
    }

    #[test]
    fn long_text_is_cut_after_a_sentence() {
        let first = "Delegationen besökte tre vårdcentraler i Astana och talade med personalen om hur de arbetar.";
        let text = format!("{first} {first} {first} {first}");
        let short = shorten(&text, 200);
        assert_eq!(short, format!("{first} {first}"));
    }

    #[test]
    fn one_long_sentence_is_cut_between_words_with_an_ellipsis() {
        let text = "ord ".repeat(100);
        let short = shorten(&text, 50);
        assert!(short.ends_with("ord…"), "{short}");
        assert!(short.chars().count() <= 51, "{short}");
    }

    #[test]
    fn abbreviations_do_not_end_a_sentence() {
        let text = format!("Vi såg t.ex. en ny mottagning. {}", "Sedan ".repeat(60));
        assert_eq!(shorten(&text, 100), "Vi såg t.ex. en ny mottagning.");
    }

    #[test]
    fn summary_leaves_out_image_descriptions() {
        assert_eq!(
            plain_summary("Mötet hölls.\n\n![Bild från mötet](a.jpg)\n\nSedan *lunch*."),
            "Mötet hölls. Sedan lunch."
        );
    }

    #[test]
    fn summary_takes_no_markup() {
        let body = format!(
            "Vi talade om <em>vård</em> och `kod`. {}",
            "Mer text här. ".repeat(40)
        );
        let s = plain_summary(&body);
        assert!(!s.contains('<') && !s.contains('`'), "{s}");
        assert!(s.chars().count() <= SUMMARY_CHARS, "{s}");
    }

    proptest::proptest! {
        #[test]
        fn words_equal_the_plain_way_of_making_them(text in "[a-zA-ZåäöÅÄÖқӘΣσ0-9 .,!-]{0,200}") {
            let mut seen = std::collections::HashSet::new();
            let mut plain = Vec::new();
            for word in text.split(|c: char| !c.is_alphanumeric()) {
                if word.chars().count() < 2 {
                    continue;
                }
                let word = word.to_lowercase();
                if seen.len() >= MAX_WORDS {
                    break;
                }
                if seen.insert(word.clone()) {
                    plain.push(word);
                }
            }
            proptest::prop_assert_eq!(words(&text), plain.join(" "));
        }

        #[test]
        fn shortened_text_never_cuts_a_word(words in proptest::collection::vec("[a-zåäöқә]{1,12}[.,]?", 1..120), limit in 20usize..320) {
            let text = words.join(" ");
            let short = shorten(&text, limit);
            let kept = short.trim_end_matches('…');
            // Every word kept is a whole word of the text, in order.
            let original: Vec<&str> = text.split_whitespace().collect();
            let got: Vec<&str> = kept.split_whitespace().collect();
            proptest::prop_assert!(!got.is_empty());
            for (i, w) in got.iter().enumerate() {
                let whole = original[i].trim_end_matches([',', ';', ':']);
                proptest::prop_assert!(*w == original[i] || *w == whole, "{w} vs {}", original[i]);
            }
            proptest::prop_assert!(short.chars().count() <= limit + 1 || got.len() == 1);
        }
    }
}
