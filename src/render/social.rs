//! What search engines and social networks read: the Open Graph locale and
//! schema.org JSON-LD (a `NewsArticle`, with the meeting as an `Event`).

use serde_json::{json, Map, Value};

use super::view::PageView;
use crate::model::{Frame, Page};

/// The Open Graph locale of a language (`sv_SE`, `en_GB`).
pub(super) fn og_locale(lang: &str) -> String {
    crate::input::i18n::locale_name(lang)
}

/// The page's JSON-LD, safe to put inside `<script type="application/ld+json">`.
pub(super) fn json_ld(site: &Frame, page: &Page, view: &PageView<'_>, site_title: &str) -> String {
    let mut data = Map::new();
    data.insert("@context".into(), json!("https://schema.org"));
    data.insert("url".into(), json!(view.permalink));
    data.insert("inLanguage".into(), json!(view.lang));
    if !view.description.is_empty() {
        data.insert("description".into(), json!(view.description));
    }
    if let Some(cover) = &view.cover {
        data.insert("image".into(), json!([cover.social]));
    }
    if page.is_report() {
        data.insert("@type".into(), json!("NewsArticle"));
        data.insert("headline".into(), json!(view.title));
        data.insert("mainEntityOfPage".into(), json!(view.permalink));
        let published = view.datetime.clone().or_else(|| view.date.clone());
        if let Some(date) = &published {
            data.insert("datePublished".into(), json!(date));
        }
        if !view.author.is_empty() {
            let authors: Vec<Value> = view
                .author
                .iter()
                .map(|a| json!({"@type": "Person", "name": a}))
                .collect();
            data.insert("author".into(), Value::Array(authors));
        }
        data.insert(
            "publisher".into(),
            json!({"@type": "Organization", "name": site_title, "url": site.config.base_url}),
        );
        if let Some(event) = event(view, published, &organizers(site, page, view)) {
            data.insert("about".into(), event);
        }
    } else {
        data.insert("@type".into(), json!("WebPage"));
        data.insert("name".into(), json!(view.title));
    }
    script_safe(&Value::Object(data).to_string())
}

/// The names of the meeting's organisations in the page's language: as the
/// page shows them (terms.yaml's name in that language), else as written.
fn organizers(site: &Frame, page: &Page, view: &PageView<'_>) -> Vec<String> {
    let shown: Option<Vec<String>> = super::view::page_taxonomies(site, page)
        .into_iter()
        .find(|t| t.name == "organizations")
        .map(|t| t.terms.into_iter().map(|term| term.name).collect());
    match shown {
        Some(names) if names.len() == view.organizations.len() => names,
        _ => view.organizations.to_vec(),
    }
}

/// The meeting as a schema.org `Event`, when the front matter says enough.
fn event(view: &PageView<'_>, date: Option<String>, organizers: &[String]) -> Option<Value> {
    let date = date?;
    if view.location.is_none() && view.participants.is_empty() && view.organizations.is_empty() {
        return None;
    }
    let mut event = Map::new();
    event.insert("@type".into(), json!("Event"));
    event.insert("name".into(), json!(view.title));
    event.insert("startDate".into(), json!(date));
    if let Some(end) = &view.end_date {
        event.insert("endDate".into(), json!(end));
    }
    if let Some(place) = view.location {
        event.insert("location".into(), json!({"@type": "Place", "name": place}));
    }
    if !organizers.is_empty() {
        let orgs: Vec<Value> = organizers
            .iter()
            .map(|o| json!({"@type": "Organization", "name": o}))
            .collect();
        event.insert("organizer".into(), Value::Array(orgs));
    }
    if !view.participants.is_empty() {
        let people: Vec<Value> = view
            .participants
            .iter()
            .map(|p| {
                let mut person = Map::new();
                person.insert("@type".into(), json!("Person"));
                person.insert("name".into(), json!(p.name));
                if let Some(role) = &p.role {
                    person.insert("jobTitle".into(), json!(role));
                }
                if let Some(org) = &p.organization {
                    person.insert(
                        "affiliation".into(),
                        json!({"@type": "Organization", "name": org}),
                    );
                }
                Value::Object(person)
            })
            .collect();
        event.insert("attendee".into(), Value::Array(people));
    }
    Some(Value::Object(event))
}

/// JSON that cannot end its `<script>` element early: `<`, `>` and `&` as escapes.
pub(super) fn script_safe(json: &str) -> String {
    // One pass: the search index it is given runs to megabytes.
    let mut out = String::with_capacity(json.len() + 64);
    let mut rest = json;
    while let Some(i) = rest.find(['<', '>', '&']) {
        out.push_str(&rest[..i]);
        out.push_str(match rest.as_bytes()[i] {
            b'<' => "\\u003c",
            b'>' => "\\u003e",
            _ => "\\u0026",
        });
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::script_safe;

    #[test]
    fn script_safe_escapes_what_could_end_a_script() {
        assert_eq!(
            script_safe(r#"{"t":"</script><b>&amp; Å"}"#),
            r#"{"t":"\u003c/script\u003e\u003cb\u003e\u0026amp; Å"}"#
        );
        assert_eq!(script_safe("plain"), "plain");
        assert_eq!(script_safe(""), "");
    }
}
