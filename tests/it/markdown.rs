//! Markdown features as they reach the page.

use crate::support::{report, TestSite};

#[test]
fn lone_image_becomes_a_figure_with_caption() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        &report("A", "2020-01-01", "Text.\n\n![Delegationen](foto.png \"Delegationen vid ministeriet\")\n\n![Bara alt](b.png)"),
    )
    .file("static/sv/reports/a/foto.png", "png")
    .file("static/sv/reports/a/b.png", "png");
    site.build();
    let page = site.html("sv/reports/a/index.html");
    assert_eq!(
        page.attrs(".body figure img", "alt"),
        ["Delegationen", "Bara alt"]
    );
    assert_eq!(
        page.texts(".body figure figcaption"),
        ["Delegationen vid ministeriet", "Bara alt"]
    );
    assert_eq!(page.count(".body p > img"), 0);
}

#[test]
fn md_links_become_urls_in_the_same_language() {
    let site = TestSite::new()
        .file(
            "content/reports/a.sv.md",
            &report(
                "A",
                "2020-01-01",
                "Se [B](b.sv.md#slutsatser) och [om oss](../about.md).",
            ),
        )
        .file(
            "content/reports/a.en.md",
            "---\ntitle: A\n---\nSee [B](b.sv.md).\n",
        )
        .file("content/reports/b.sv.md", &report("B", "2020-01-02", "x"))
        .file("content/reports/b.en.md", "---\ntitle: B\n---\nx\n")
        .file("content/about.sv.md", "---\ntitle: Om\n---\nx\n");
    site.build();
    let sv = site.html("sv/reports/a/index.html");
    assert_eq!(
        sv.attrs(".body a", "href"),
        ["/sv/reports/b/#slutsatser", "/sv/about/"]
    );
    // A link to the Swedish file from the English page leads to the English version.
    let en = site.html("en/reports/a/index.html");
    assert_eq!(en.attrs(".body a", "href"), ["/en/reports/b/"]);
}

#[test]
fn tables_footnotes_strikethrough_and_anchors() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        &report("A", "2020-01-01", "## Beslut och ansvar\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gammalt~~ nytt[^1]\n\n[^1]: Not."),
    );
    site.build();
    let page = site.html("sv/reports/a/index.html");
    assert_eq!(page.attr(".body h2", "id"), "beslut-och-ansvar");
    assert_eq!(page.texts(".body table td"), ["1", "2"]);
    assert_eq!(page.text(".body del"), "gammalt");
    assert_eq!(page.count(".body .footnote-definition"), 1);
}

#[test]
fn summary_comes_from_the_more_marker_or_the_first_sentences() {
    let site = TestSite::new()
        .file(
            "content/reports/a.sv.md",
            &report(
                "A",
                "2020-01-02",
                "Inledning.\n\nMer inledning.\n\n<!-- more -->\n\nResten.",
            ),
        )
        .file(
            "content/reports/b.sv.md",
            &report("B", "2020-01-01", "Första stycket.\n\nAndra stycket."),
        )
        .file(
            "content/reports/c.sv.md",
            "---\ntitle: C\ndate: 2019-01-01\nsummary: Skriven sammanfattning.\n---\nBrödtext.\n",
        );
    site.build();
    let home = site.html("sv/index.html");
    assert_eq!(
        home.texts(".card .summary"),
        [
            "Inledning. Mer inledning.",
            "Första stycket. Andra stycket.",
            "Skriven sammanfattning."
        ]
    );
    assert_eq!(
        site.html("sv/reports/b/index.html")
            .attr("meta[name=description]", "content"),
        "Första stycket. Andra stycket."
    );
}

#[test]
fn text_is_escaped_and_body_html_is_kept() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        "---\ntitle: \"<script>alert(1)</script>\"\ndate: 2020-01-01\n---\n<em class=\"x\">rå HTML</em>\n",
    );
    site.build();
    let page = site.html("sv/reports/a/index.html");
    assert_eq!(page.text("h1"), "<script>alert(1)</script>");
    assert_eq!(page.count("script:not([type=\"application/ld+json\"])"), 0);
    let json_ld = page.text("script[type=\"application/ld+json\"]");
    assert!(!json_ld.contains("</script"), "{json_ld}");
    let data: serde_json::Value = serde_json::from_str(&json_ld).expect("JSON-LD parses");
    assert_eq!(data["headline"], "<script>alert(1)</script>");
    assert_eq!(page.text(".body em.x"), "rå HTML");
}

#[test]
fn raw_html_can_be_switched_off() {
    let site = TestSite::new()
        .file(
            "site.yaml",
            "languages: [sv, en]\nmarkdown:\n  raw_html: false\n",
        )
        .file(
            "content/reports/a.sv.md",
            &report("A", "2020-01-01", "<em class=\"x\">rå</em>"),
        );
    site.build();
    let page = site.html("sv/reports/a/index.html");
    assert_eq!(page.count(".body em"), 0);
    assert!(page.text(".body").contains("<em class=\"x\">"));
}
