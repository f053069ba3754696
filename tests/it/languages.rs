//! Languages: `lang` attributes, alternates, the switcher, dates, plurals,
//! translation pairing and untranslated reports.

use crate::support::{report, TestSite};

fn bilingual() -> TestSite {
    TestSite::new()
        .file(
            "content/reports/astana.sv.md",
            &report("Möte i Astana", "2014-05-26", "Text."),
        )
        .file(
            "content/reports/astana.en.md",
            "---\ntitle: Meeting in Astana\n---\nText.\n",
        )
        .file(
            "content/reports/uppsala.sv.md",
            &report("Besök i Uppsala", "2018-11-20", "Bara svenska."),
        )
}

#[test]
fn html_lang_is_the_pages_language() {
    let site = bilingual();
    site.build();
    assert_eq!(
        site.html("sv/reports/astana/index.html")
            .attr("html", "lang"),
        "sv"
    );
    assert_eq!(
        site.html("en/reports/astana/index.html")
            .attr("html", "lang"),
        "en"
    );
    assert_eq!(site.html("en/index.html").attr("html", "lang"), "en");
}

#[test]
fn alternates_list_every_translation_and_x_default() {
    let site = bilingual();
    site.build();
    let page = site.html("en/reports/astana/index.html");
    let hreflang = page.attrs("link[rel=alternate][hreflang]", "hreflang");
    assert_eq!(hreflang, ["sv", "en", "x-default"]);
    assert_eq!(
        page.attr("link[rel=alternate][hreflang=x-default]", "href"),
        "https://example.org/sv/reports/astana/"
    );
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        "https://example.org/en/reports/astana/"
    );
}

#[test]
fn switcher_leads_to_the_translation() {
    let site = bilingual();
    site.build();
    let page = site.html("sv/reports/astana/index.html");
    assert_eq!(
        page.attr(".lang-switcher a[hreflang=en]", "href"),
        "/en/reports/astana/"
    );
    assert_eq!(page.text(".lang-switcher .current"), "Svenska");
}

#[test]
fn switcher_links_to_home_when_report_is_untranslated() {
    let site = bilingual();
    site.build();
    let page = site.html("sv/reports/uppsala/index.html");
    assert_eq!(page.attr(".lang-switcher a[hreflang=en]", "href"), "/en/");
    assert_eq!(
        page.attrs("link[rel=alternate][hreflang]", "hreflang"),
        ["sv", "x-default"]
    );
    assert_eq!(page.count(".only-in:not([lang])"), 0);
    assert_eq!(
        page.text(".only-in[lang=en]"),
        "This report is only available in Swedish."
    );
    assert!(!site.exists("en/reports/uppsala/index.html"));
}

#[test]
fn untranslated_report_is_listed_in_the_other_language_marked_with_its_language() {
    let site = bilingual();
    site.build();
    let home = site.html("en/index.html");
    assert_eq!(
        home.attrs(".card h2 a", "href"),
        ["/sv/reports/uppsala/", "/en/reports/astana/"]
    );
    assert_eq!(home.attr(".card h2 a[hreflang=sv]", "lang"), "sv");
    assert_eq!(home.text(".card .foreign"), "in Swedish");
}

#[test]
fn untranslated_hide_leaves_them_out() {
    let site = bilingual().file(
        "site.yaml",
        "base_url: https://example.org/\nlanguages: [sv, en]\nuntranslated: hide\n",
    );
    site.build();
    assert_eq!(
        site.html("en/index.html").attrs(".card h2 a", "href"),
        ["/en/reports/astana/"]
    );
}

#[test]
fn dates_are_written_in_each_language() {
    let site = bilingual();
    site.build();
    assert_eq!(
        site.html("sv/reports/astana/index.html")
            .text(".report .meta time"),
        "måndag 26 maj 2014"
    );
    let en = site.html("en/reports/astana/index.html");
    assert_eq!(en.text(".report .meta time"), "Monday 26 May 2014");
    assert_eq!(en.attr(".report .meta time", "datetime"), "2014-05-26");
}

#[test]
fn translation_inherits_the_meetings_facts() {
    let site = TestSite::new()
        .file(
            "content/reports/a.sv.md",
            "---\ntitle: Möte\ndate: 2015-03-12\nlocation: Almaty\nauthor: [Anna Lind, Erik Ek]\nparticipants:\n  - name: Dana Abenova\n    role: direktör\n---\nText.\n",
        )
        .file("content/reports/a.en.md", "---\ntitle: Meeting\n---\nText.\n");
    site.build();
    let en = site.html("en/reports/a/index.html");
    assert_eq!(en.text(".location"), "Almaty");
    assert_eq!(en.text(".byline"), "By Anna Lind, Erik Ek");
    assert_eq!(en.text(".participants .name"), "Dana Abenova");
    assert_eq!(en.text(".report .meta time"), "Thursday 12 March 2015");
}

#[test]
fn plurals_follow_each_language() {
    let one = TestSite::new().file("content/reports/a.sv.md", &report("A", "2020-01-01", "x"));
    one.build();
    assert_eq!(one.html("sv/index.html").text(".count"), "En rapport");
    assert_eq!(one.html("en/index.html").text(".count"), "One report");

    let three = one
        .file("content/reports/b.sv.md", &report("B", "2020-01-02", "x"))
        .file("content/reports/c.sv.md", &report("C", "2020-01-03", "x"));
    three.build();
    assert_eq!(three.html("sv/index.html").text(".count"), "3 rapporter");
    assert_eq!(three.html("en/index.html").text(".count"), "3 reports");
}

#[test]
fn participants_heading_counts_in_fluent() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2020-01-01\nparticipants: [Anna Lind]\n---\nx\n",
    );
    site.build();
    assert_eq!(
        site.html("sv/reports/a/index.html").text(".facts dt"),
        "Deltagare"
    );
    let two = site.file(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2020-01-01\nparticipants: [Anna Lind, Erik Ek]\n---\nx\n",
    );
    two.build();
    assert_eq!(
        two.html("sv/reports/a/index.html").text(".facts dt"),
        "Deltagare (2)"
    );
}

#[test]
fn no_unicode_isolation_marks_reach_the_html() {
    let site = bilingual();
    site.build();
    let text = std::fs::read_to_string(site.output("sv/index.html")).expect("read");
    assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
}

#[test]
fn translations_pair_by_key_when_paths_differ() {
    let site = TestSite::new()
        .file(
            "content/reports/primarvard.sv.md",
            "---\ntitle: Primärvård\ndate: 2024-09-17\ntranslation: shymkent-2024\n---\nx\n",
        )
        .file(
            "content/reports/primary-care.en.md",
            "---\ntitle: Primary care\ntranslation: shymkent-2024\n---\nx\n",
        );
    site.build();
    let sv = site.html("sv/reports/primarvard/index.html");
    assert_eq!(
        sv.attr(".lang-switcher a[hreflang=en]", "href"),
        "/en/reports/primary-care/"
    );
    assert_eq!(sv.text(".translations a"), "Primary care");
    // The English version inherits the date through the key.
    assert_eq!(
        site.html("en/reports/primary-care/index.html")
            .text(".report .meta time"),
        "Tuesday 17 September 2024"
    );
}

#[test]
fn file_without_suffix_is_in_the_default_language() {
    let site = TestSite::new().file(
        "content/reports/a.md",
        &report("Utan suffix", "2020-01-01", "x"),
    );
    site.build();
    assert_eq!(
        site.html("sv/reports/a/index.html").text("h1"),
        "Utan suffix"
    );
}

#[test]
fn root_chooses_a_language_and_redirects_to_the_default() {
    let site = bilingual();
    site.build();
    let root = site.html("index.html");
    assert_eq!(
        root.attr("meta[http-equiv=refresh]", "content"),
        "0; url=/sv/"
    );
    assert_eq!(root.attrs(".language-homes a", "href"), ["/sv/", "/en/"]);
    assert_eq!(
        root.texts(".language-homes a"),
        ["Till rapporterna på svenska", "To the reports in English"]
    );
}
