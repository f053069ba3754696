//! The search index, and the search page's own script run in Node on it.

use crate::support::{repo, TestSite};

fn site() -> TestSite {
    TestSite::new()
        .file(
            "content/reports/astana.sv.md",
            "---\ntitle: Delegationen i Astana\ndate: 2014-05-26\norganizations: [Mälardalens Högskola]\n\
             participants: [Aigerim Sadykova]\ntags: [delegation]\n---\nMötet hölls på ministeriet.\n",
        )
        .file("content/reports/astana.en.md", "---\ntitle: Delegation in Astana\n---\nThe meeting was held at the ministry.\n")
        .file("content/reports/uppsala.sv.md", "---\ntitle: Äldreomsorg i Uppsala\ndate: 2018-11-20\n---\nStudiebesök om hemtjänst.\n")
        .file("content/reports/london.en.md", "---\ntitle: Conference in London\ndate: 2019-01-01\n---\nTalks on budgets.\n")
}

#[test]
fn index_holds_what_a_reader_searches_for() {
    let site = site();
    site.build();
    let text = std::fs::read_to_string(site.output("sv/search.json")).expect("index");
    let index: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(index["lang"], "sv");
    let docs = index["docs"].as_array().expect("docs");
    let astana = docs
        .iter()
        .find(|d| d["t"] == "Delegationen i Astana")
        .expect("listed");
    assert_eq!(astana["u"], "/sv/reports/astana/");
    assert_eq!(astana["d"], "2014-05-26");
    assert_eq!(astana["s"], "Mötet hölls på ministeriet.");
    assert_eq!(astana["g"][0], "delegation");
    assert_eq!(astana["o"][0], "Mälardalens Högskola");
    assert_eq!(astana["p"][0], "Aigerim Sadykova");
    assert_eq!(astana["w"], "mötet hölls på ministeriet");
    // The English-only report is in the Swedish index too, marked with its language.
    let london = docs
        .iter()
        .find(|d| d["t"] == "Conference in London")
        .expect("listed");
    assert_eq!(london["l"], "en");
    let script = std::fs::read_to_string(site.output("sv/search-index.js")).expect("script");
    assert!(script.starts_with("window.RAPPORT_SEARCH = {"));
    assert!(site.exists("sv/sok/index.html") && site.exists("en/search/index.html"));
}

/// Runs the theme's search.js in Node on a built index and returns the URLs found.
fn node_search(site: &TestSite, lang: &str, query: &str) -> Vec<String> {
    let script = repo().join("themes/default/static/search.js");
    let index = site.output(&format!("{lang}/search.json"));
    let code = format!(
        "const S = require({script:?}); const fs = require('fs');\n\
         const index = S.buildIndex(JSON.parse(fs.readFileSync({index:?}, 'utf8')));\n\
         console.log(JSON.stringify(S.search(index, {query:?}).map(d => d.u)));",
        script = script.display().to_string(),
        index = index.display().to_string(),
    );
    let out = crate::support::node(&code);
    serde_json::from_slice(&out).expect("a JSON list")
}

#[test]
#[ignore = "needs Node.js; tests/web/check.sh runs it"]
fn swedish_search_matches_word_forms() {
    let site = site();
    site.build();
    assert_eq!(node_search(&site, "sv", "möten"), ["/sv/reports/astana/"]);
    assert_eq!(
        node_search(&site, "sv", "ministeriets"),
        ["/sv/reports/astana/"]
    );
}

#[test]
#[ignore = "needs Node.js; tests/web/check.sh runs it"]
fn english_search_matches_word_forms() {
    let site = site();
    site.build();
    assert_eq!(
        node_search(&site, "en", "meetings"),
        ["/en/reports/astana/"]
    );
    assert_eq!(
        node_search(&site, "en", "conferences"),
        ["/en/reports/london/"]
    );
}

#[test]
#[ignore = "needs Node.js; tests/web/check.sh runs it"]
fn search_ignores_accents_and_case() {
    let site = site();
    site.build();
    assert_eq!(
        node_search(&site, "sv", "malardalens"),
        ["/sv/reports/astana/"]
    );
    assert_eq!(
        node_search(&site, "sv", "ALDREOMSORG"),
        ["/sv/reports/uppsala/"]
    );
    assert_eq!(
        node_search(&site, "sv", "sadykova astana"),
        ["/sv/reports/astana/"]
    );
    assert!(node_search(&site, "sv", "sadykova uppsala").is_empty());
}

#[test]
fn last_word_matches_as_a_prefix_while_typing() {
    let site = site();
    site.build();
    assert_eq!(node_search(&site, "sv", "hemtj"), ["/sv/reports/uppsala/"]);
}
