//! What the translation workflow adds: date ranges, shared facts in each
//! language's words, summaries cut to length, the one-language notice, and
//! each language's own words and letters in addresses.

use crate::support::{report, TestSite};

fn feed(site: &TestSite, path: &str) -> feed_rs::model::Feed {
    let bytes = std::fs::read(site.output(path)).expect("the feed exists");
    feed_rs::parser::parse(bytes.as_slice()).expect("the feed parses")
}

const SENTENCE: &str = "Delegationen från Astana besökte tre vårdcentraler i Uppsala och talade med personalen om hur de tar emot patienter med kroniska sjukdomar.";

#[test]
fn long_first_paragraph_gives_short_summaries_at_sentence_ends() {
    let body = format!("{}\n\nAndra stycket.", [SENTENCE; 8].join(" "));
    let site = TestSite::new().file(
        "content/reports/besok.sv.md",
        &report("Besök", "2014-05-26", &body),
    );
    site.build();
    let card = site.html("sv/index.html").text(".card .summary");
    assert_eq!(card, [SENTENCE; 2].join(" "));
    let page = site.html("sv/reports/besok/index.html");
    let description = page.attr("meta[name=description]", "content");
    assert_eq!(description, SENTENCE);
    assert_eq!(
        page.attr("meta[property='og:description']", "content"),
        SENTENCE
    );
    let feed = feed(&site, "sv/atom.xml");
    let entry = &feed.entries[0];
    assert_eq!(
        entry.summary.as_ref().map(|s| s.content.as_str()),
        Some(card.as_str())
    );
    let content = entry
        .content
        .as_ref()
        .and_then(|c| c.body.clone())
        .unwrap_or_default();
    assert!(content.contains("Andra stycket."), "the feed has the full text");
}

#[test]
fn one_long_sentence_is_cut_between_words() {
    let sentence = format!("{} slut.", "mottagning ".repeat(60));
    let site = TestSite::new().file(
        "content/reports/lang.sv.md",
        &report("Lång", "2014-05-26", &sentence),
    );
    site.build();
    let description = site
        .html("sv/reports/lang/index.html")
        .attr("meta[name=description]", "content");
    assert!(description.ends_with("mottagning…"), "{description}");
    assert!(description.chars().count() <= 161, "{description}");
    let words: Vec<&str> = description.trim_end_matches('…').split(' ').collect();
    assert!(words.iter().all(|w| *w == "mottagning"), "{description}");
}

#[test]
fn written_summary_and_more_are_kept() {
    let site = TestSite::new()
        .file(
            "content/reports/a.sv.md",
            "---\ntitle: A\ndate: 2014-05-26\nsummary: Egen sammanfattning.\n---\nText.\n",
        )
        .file(
            "content/reports/b.sv.md",
            &report("B", "2014-05-27", "Början. Mer.\n\n<!-- more -->\n\nResten."),
        );
    site.build();
    let cards = site.html("sv/index.html").texts(".card .summary");
    assert_eq!(cards, ["Början. Mer.", "Egen sammanfattning."]);
}
