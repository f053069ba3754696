//! Reading export files as XML, as tolerantly as real exports need: a
//! namespace prefix used but never declared (hand-edited Blogger files) is
//! declared on the root element before parsing.

use std::path::Path;

use roxmltree::{Document, Node};

use crate::diagnostics::{Diagnostic, Span};

/// Namespaces that exports use, by their usual prefix.
const KNOWN: &[(&str, &str)] = &[
    ("app", "http://purl.org/atom/app#"),
    ("blogger", "http://schemas.google.com/blogger/2018"),
    ("gd", "http://schemas.google.com/g/2005"),
    ("georss", "http://www.georss.org/georss"),
    ("thr", "http://purl.org/syndication/thread/1.0"),
    ("openSearch", "http://a9.com/-/spec/opensearchrss/1.0/"),
    ("content", "http://purl.org/rss/1.0/modules/content/"),
    ("dc", "http://purl.org/dc/elements/1.1/"),
    ("wp", "http://wordpress.org/export/1.2/"),
    ("excerpt", "http://wordpress.org/export/1.2/excerpt/"),
    ("wfw", "http://wellformedweb.org/CommentAPI/"),
];

/// The text of an export with every undeclared prefix declared, ready for
/// [`parse`]; an error names the file, line and column.
pub(crate) fn tolerant(file: &Path, text: &str) -> Result<String, Diagnostic> {
    let mut text = text.strip_prefix('\u{feff}').unwrap_or(text).to_string();
    for _ in 0..32 {
        match Document::parse(&text) {
            Ok(_) => return Ok(text),
            Err(roxmltree::Error::UnknownNamespace(prefix, _)) => {
                let uri = KNOWN.iter().find(|(p, _)| *p == prefix).map_or_else(
                    || format!("urn:rapport:undeclared:{prefix}"),
                    |(_, u)| u.to_string(),
                );
                match declare(&text, &prefix, &uri) {
                    Some(fixed) => text = fixed,
                    None => break,
                }
            }
            Err(e) => return Err(located(file, &text, &e)),
        }
    }
    match Document::parse(&text) {
        Ok(_) => Ok(text),
        Err(e) => Err(located(file, &text, &e)),
    }
}

fn located(file: &Path, text: &str, e: &roxmltree::Error) -> Diagnostic {
    let pos = e.pos();
    Diagnostic::in_file(file, crate::msg!("import-bad-xml", error = e))
        .at(text, Span::new(pos.row as usize, pos.col as usize, 1))
        .help(crate::msg!("import-bad-xml.help"))
}

/// `text` with `xmlns:PREFIX="URI"` added to its root element.
fn declare(text: &str, prefix: &str, uri: &str) -> Option<String> {
    let mut at = 0;
    loop {
        let start = at + text[at..].find('<')?;
        let rest = &text[start + 1..];
        if rest.starts_with('?') {
            at = start + text[start..].find("?>")? + 2;
        } else if rest.starts_with("!--") {
            at = start + text[start..].find("-->")? + 3;
        } else if rest.starts_with('!') {
            at = start + text[start..].find('>')? + 1;
        } else {
            let name_len = rest
                .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
                .unwrap_or(rest.len());
            let insert = start + 1 + name_len;
            let mut fixed = String::with_capacity(text.len() + uri.len() + 16);
            fixed.push_str(&text[..insert]);
            fixed.push_str(&format!(" xmlns:{prefix}=\"{uri}\""));
            fixed.push_str(&text[insert..]);
            return Some(fixed);
        }
    }
}

/// Parses text that [`tolerant`] accepted.
pub(crate) fn parse<'a>(file: &Path, text: &'a str) -> Result<Document<'a>, Diagnostic> {
    Document::parse(text).map_err(|e| located(file, text, &e))
}

/// The children of `node` with the local name `name`, whatever their namespace.
pub(crate) fn children<'a, 'i>(
    node: Node<'a, 'i>,
    name: &'static str,
) -> impl Iterator<Item = Node<'a, 'i>> {
    node.children()
        .filter(move |c| c.is_element() && c.tag_name().name() == name)
}

/// The first child of `node` with the local name `name`.
pub(crate) fn child<'a, 'i>(node: Node<'a, 'i>, name: &'static str) -> Option<Node<'a, 'i>> {
    children(node, name).next()
}

/// The trimmed text of the first child named `name`, when it has some.
pub(crate) fn text_of(node: Node<'_, '_>, name: &'static str) -> Option<String> {
    let child = child(node, name)?;
    let text: String = child
        .children()
        .filter(|c| c.is_text())
        .filter_map(|c| c.text())
        .collect();
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// The line of `node` in the export, for messages.
pub(crate) fn line_of(doc: &Document<'_>, node: Node<'_, '_>) -> usize {
    doc.text_pos_at(node.range().start).row as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undeclared_prefix_is_declared_on_the_root() {
        let text = "<?xml version=\"1.0\"?>\n<!-- x -->\n<feed><entry><app:control><app:draft>yes</app:draft></app:control></entry></feed>";
        let fixed = tolerant(Path::new("a.xml"), text).expect("readable");
        let doc = parse(Path::new("a.xml"), &fixed).expect("parses");
        let draft = doc
            .descendants()
            .find(|n| n.tag_name().name() == "draft")
            .and_then(|n| n.text());
        assert_eq!(draft, Some("yes"));
    }

    #[test]
    fn broken_xml_is_located() {
        let e = tolerant(Path::new("a.xml"), "<feed>\n<entry>\n</feed>").expect_err("broken");
        assert_eq!(e.span.map(|s| s.line), Some(3));
    }
}
