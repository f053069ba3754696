//! The one HTML and XML escaper, for text put into markup that rapport
//! writes itself: pages' template output (Tera's escape function), feeds,
//! the sitemap, redirect pages, the preview's own pages and imported
//! attributes. (Markdown's own HTML is escaped by the Markdown renderer.)

/// Escapes `&`, `<`, `>`, `"` and `'` for HTML and XML text and attribute
/// values, leaving `/` as it is (Tera's default writes `&#x2F;`).
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn every_character_that_could_open_markup_or_close_an_attribute_is_escaped() {
        assert_eq!(
            escape(r#"<a href="x" title='y'>&</a> 1/2"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt; 1/2"
        );
    }
}
