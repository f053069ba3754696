//! Being found: taxonomies, archive, feeds, sitemap, robots.txt, social
//! meta and JSON-LD.

use crate::support::{report, TestSite};

fn site() -> TestSite {
    let site = TestSite::new()
        .file(
            "content/reports/astana/index.sv.md",
            "---\ntitle: Möte i Astana\ndate: 2014-05-26\nauthor: Karin Holm\nlocation: Astana\n\
             cover:\n  src: foto.png\n  alt: Delegationen\n\
             organizations: [Mälardalens Högskola, Swecare]\n\
             participants:\n  - name: Aigerim Sadykova\n    role: avdelningschef\n    organization: Hälsoministeriet\n\
             tags: [delegation, primärvård]\n---\nMötet hölls på ministeriet.\n\n![Bild](foto.png)\n",
        )
        .file("content/reports/astana/index.en.md", "---\ntitle: Meeting in Astana\ntags: [delegation, primary care]\n---\nThe meeting was held at the ministry.\n")
        .file(
            "content/reports/uppsala.sv.md",
            "---\ntitle: Besök i Uppsala\ndate: 2018-11-20\norganizations: [Swecare]\ntags: [delegation]\n---\nÄldreomsorg.\n",
        );
    site.write(
        "content/reports/astana/foto.png",
        &crate::support::png(40, 30),
    );
    site
}

#[test]
fn terms_have_pages_in_each_language_with_words_from_fluent() {
    let site = site();
    site.build();
    let index = site.html("sv/amnen/index.html");
    assert_eq!(index.texts(".term-index a"), ["delegation", "primärvård"]);
    assert_eq!(
        index.texts(".term-index .term-count"),
        ["2 rapporter", "En rapport"]
    );
    assert_eq!(index.text("h1"), "Ämnen");
    let term = site.html("sv/amnen/delegation/index.html");
    assert_eq!(
        term.texts(".card h2 a"),
        ["Besök i Uppsala", "Möte i Astana"]
    );
    assert_eq!(
        site.html("sv/organisationer/malardalens-hogskola/index.html")
            .text("h1"),
        "Mälardalens Högskola"
    );
    assert_eq!(
        site.html("en/topics/primary-care/index.html")
            .texts(".card h2 a"),
        ["Meeting in Astana"]
    );
    // The English listing shows the Swedish-only report, so its terms are there too.
    assert_eq!(
        site.html("en/organisations/swecare/index.html")
            .count(".card"),
        2
    );
}

#[test]
fn report_links_its_terms() {
    let site = site();
    site.build();
    let page = site.html("sv/reports/astana/index.html");
    // Organisations are among the meeting's facts; topics follow the text.
    assert_eq!(
        page.attrs(".facts .organizations a", "href"),
        [
            "/sv/organisationer/malardalens-hogskola/",
            "/sv/organisationer/swecare/",
        ]
    );
    assert_eq!(
        page.attrs(".report-terms .terms a", "href"),
        ["/sv/amnen/delegation/", "/sv/amnen/primarvard/"]
    );
}

#[test]
fn term_pages_are_paginated() {
    let mut site = TestSite::new().file("site.yaml", "languages: [sv, en]\npaginate: 2\n");
    for i in 0..5 {
        site = site.file(
            &format!("content/reports/r{i}.sv.md"),
            &format!(
                "---\ntitle: R{i}\ndate: 2020-01-0{}\ntags: [hälsa]\n---\nx\n",
                i + 1
            ),
        );
    }
    site.build();
    assert_eq!(
        site.html("sv/amnen/halsa/index.html").texts(".card h2"),
        ["R4", "R3"]
    );
    assert_eq!(
        site.html("sv/amnen/halsa/sida/3/index.html")
            .texts(".card h2"),
        ["R0"]
    );
}

#[test]
fn colliding_term_slugs_are_an_error_naming_both() {
    let site = TestSite::new()
        .file(
            "content/reports/a.sv.md",
            "---\ntitle: A\ndate: 2020-01-01\ntags: [Hälsa]\n---\nx\n",
        )
        .file(
            "content/reports/b.sv.md",
            "---\ntitle: B\ndate: 2020-01-02\ntags: [halsa]\n---\nx\n",
        );
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("`Hälsa`") && run.stderr.contains("`halsa`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("/sv/amnen/halsa/"), "{}", run.stderr);
}

#[test]
fn archive_groups_reports_by_year_and_month() {
    let site = site();
    site.build();
    let archive = site.html("sv/arkiv/index.html");
    assert_eq!(archive.texts(".archive-years a"), ["2018", "2014"]);
    let year = site.html("sv/arkiv/2014/index.html");
    assert_eq!(year.text(".archive-month > h2"), "Maj 2014");
    assert_eq!(year.texts(".card .card-title a"), ["Möte i Astana"]);
    assert_eq!(
        site.html("en/archive/2014/index.html")
            .text(".archive-month > h2"),
        "May 2014"
    );
}

fn feed(site: &TestSite, path: &str) -> feed_rs::model::Feed {
    let bytes = std::fs::read(site.output(path)).expect("feed written");
    feed_rs::parser::parse(bytes.as_slice()).expect("the feed parses")
}

#[test]
fn atom_feed_per_language_with_absolute_urls_and_full_content() {
    let site = site();
    site.build();
    let sv = feed(&site, "sv/atom.xml");
    assert_eq!(
        sv.title.as_ref().map(|t| t.content.as_str()),
        Some("Hälsosamarbete Sverige–Kazakstan")
    );
    let titles: Vec<&str> = sv
        .entries
        .iter()
        .filter_map(|e| e.title.as_ref())
        .map(|t| t.content.as_str())
        .collect();
    assert_eq!(titles, ["Besök i Uppsala", "Möte i Astana"]);
    let astana = &sv.entries[1];
    assert_eq!(
        astana.links[0].href,
        "https://example.org/sv/reports/astana/"
    );
    assert_eq!(astana.authors[0].name.as_deref(), Some("Karin Holm"));
    assert_eq!(
        astana.summary.as_ref().map(|s| s.content.as_str()),
        Some("Mötet hölls på ministeriet.")
    );
    let content = astana
        .content
        .as_ref()
        .and_then(|c| c.body.clone())
        .expect("content");
    assert!(
        content.contains("src=\"https://example.org/sv/reports/astana/foto-40.png\""),
        "{content}"
    );
    assert!(astana.updated.is_some() && sv.updated.is_some());

    let en = feed(&site, "en/atom.xml");
    assert_eq!(en.entries.len(), 2);
    assert_eq!(
        en.entries[1].links[0].href,
        "https://example.org/en/reports/astana/"
    );
}

#[test]
fn feed_per_term() {
    let site = site();
    site.build();
    let term = feed(&site, "sv/amnen/primarvard/atom.xml");
    assert_eq!(term.entries.len(), 1);
    let page = site.html("sv/amnen/primarvard/index.html");
    assert_eq!(
        page.attrs("link[rel=alternate][type=\"application/atom+xml\"]", "href"),
        [
            "https://example.org/sv/atom.xml",
            "https://example.org/sv/amnen/primarvard/atom.xml"
        ]
    );
    assert_eq!(
        site.html("sv/reports/astana/index.html")
            .attr("link[type=\"application/atom+xml\"]", "href"),
        "https://example.org/sv/atom.xml"
    );
}

#[test]
fn sitemap_lists_pages_with_alternates() {
    let site = site();
    site.build();
    let text = std::fs::read_to_string(site.output("sitemap.xml")).expect("sitemap");
    let doc = roxmltree::Document::parse(&text).expect("the sitemap is XML");
    let root = doc.root_element();
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    let urls: Vec<roxmltree::Node> = root.children().filter(|n| n.has_tag_name("url")).collect();
    let loc = |n: &roxmltree::Node| {
        n.children()
            .find(|c| c.has_tag_name("loc"))
            .and_then(|c| c.text())
            .unwrap_or("")
            .to_string()
    };
    let astana = urls
        .iter()
        .find(|n| loc(n) == "https://example.org/en/reports/astana/")
        .expect("listed");
    let lastmod = astana
        .children()
        .find(|c| c.has_tag_name("lastmod"))
        .and_then(|c| c.text());
    assert_eq!(lastmod, Some("2014-05-26"));
    let alternates: Vec<(String, String)> = astana
        .children()
        .filter(|c| c.has_tag_name(("http://www.w3.org/1999/xhtml", "link")))
        .map(|c| {
            (
                c.attribute("hreflang").unwrap_or("").into(),
                c.attribute("href").unwrap_or("").into(),
            )
        })
        .collect();
    assert_eq!(
        alternates,
        [
            (
                "sv".to_string(),
                "https://example.org/sv/reports/astana/".to_string()
            ),
            (
                "en".to_string(),
                "https://example.org/en/reports/astana/".to_string()
            ),
            (
                "x-default".to_string(),
                "https://example.org/sv/reports/astana/".to_string()
            ),
        ]
    );
    assert!(urls
        .iter()
        .all(|n| loc(n).starts_with("https://example.org/")));
    assert!(urls
        .iter()
        .any(|n| loc(n) == "https://example.org/sv/amnen/delegation/"));
    assert!(!urls.iter().any(|n| loc(n).ends_with("404.html")));
    let robots = std::fs::read_to_string(site.output("robots.txt")).expect("robots");
    assert!(robots
        .lines()
        .any(|l| l == "Sitemap: https://example.org/sitemap.xml"));
}

#[test]
fn robots_txt_from_static_wins() {
    let site = site().file("static/robots.txt", "User-agent: *\nDisallow: /\n");
    site.build();
    assert_eq!(
        std::fs::read_to_string(site.output("robots.txt")).expect("robots"),
        "User-agent: *\nDisallow: /\n"
    );
}

#[test]
fn social_meta_and_json_ld() {
    let site = site();
    site.build();
    let page = site.html("sv/reports/astana/index.html");
    assert_eq!(
        page.attr("meta[property=\"og:title\"]", "content"),
        "Möte i Astana"
    );
    assert_eq!(
        page.attr("meta[property=\"og:type\"]", "content"),
        "article"
    );
    assert_eq!(
        page.attr("meta[property=\"og:image\"]", "content"),
        "https://example.org/sv/reports/astana/foto-social.png"
    );
    assert_eq!(
        page.attr("meta[property=\"og:locale\"]", "content"),
        "sv_SE"
    );
    assert_eq!(
        page.attr("meta[property=\"og:locale:alternate\"]", "content"),
        "en_GB"
    );
    assert_eq!(
        page.attr("meta[name=\"twitter:card\"]", "content"),
        "summary_large_image"
    );
    let data: serde_json::Value =
        serde_json::from_str(&page.text("script[type=\"application/ld+json\"]"))
            .expect("JSON-LD parses");
    assert_eq!(data["@type"], "NewsArticle");
    assert_eq!(data["headline"], "Möte i Astana");
    assert_eq!(data["datePublished"], "2014-05-26");
    assert_eq!(data["inLanguage"], "sv");
    assert_eq!(data["author"][0]["name"], "Karin Holm");
    let event = &data["about"];
    assert_eq!(event["@type"], "Event");
    assert_eq!(event["startDate"], "2014-05-26");
    assert_eq!(event["location"]["name"], "Astana");
    assert_eq!(event["organizer"][0]["name"], "Mälardalens Högskola");
    assert_eq!(event["attendee"][0]["name"], "Aigerim Sadykova");
    assert_eq!(event["attendee"][0]["jobTitle"], "avdelningschef");
    // The English version inherits the facts, so its event is the same meeting.
    let en = site.html("en/reports/astana/index.html");
    let en_data: serde_json::Value =
        serde_json::from_str(&en.text("script[type=\"application/ld+json\"]"))
            .expect("JSON-LD parses");
    assert_eq!(en_data["about"]["location"]["name"], "Astana");
    assert_eq!(en.attr("meta[property=\"og:locale\"]", "content"), "en_GB");
}

#[test]
fn page_without_cover_gets_the_sites_social_image() {
    let site = TestSite::new().file("content/reports/a.sv.md", &report("A", "2020-01-01", "x"));
    site.build();
    let page = site.html("sv/reports/a/index.html");
    assert_eq!(
        page.attr("meta[name=\"twitter:card\"]", "content"),
        "summary_large_image"
    );
    assert_eq!(
        page.attr("meta[property=\"og:image\"]", "content"),
        "https://example.org/sv/social.png"
    );
}

#[test]
fn several_sections_are_in_the_menu_and_a_report_leads_back_to_its_own() {
    let site = TestSite::new()
        .file("content/nyheter/_index.sv.md", "---\ntitle: Nyheter\n---\n")
        .file(
            "content/nyheter/2014/a.sv.md",
            &report("A", "2014-05-26", "Text."),
        )
        .file(
            "content/fallstudier/b.sv.md",
            &report("B", "2015-01-01", "Text."),
        );
    site.build();
    let home = site.html("sv/index.html");
    let links = home.attrs("header nav a, nav a", "href");
    assert!(links.iter().any(|l| l == "/sv/nyheter/"), "{links:?}");
    assert!(links.iter().any(|l| l == "/sv/fallstudier/"), "{links:?}");
    assert!(home.texts("nav a").iter().any(|t| t == "Nyheter"));
    let report_page = site.html("sv/nyheter/2014/a/index.html");
    assert_eq!(report_page.attr(".back a", "href"), "/sv/nyheter/");
    // With one section, the home lists everything and the menu stays short.
    let single = TestSite::new().file(
        "content/reports/a.sv.md",
        &report("A", "2014-05-26", "Text."),
    );
    single.build();
    assert!(!single
        .html("sv/index.html")
        .attrs("nav a", "href")
        .iter()
        .any(|l| l == "/sv/reports/"));
    assert_eq!(
        single
            .html("sv/reports/a/index.html")
            .attr(".back a", "href"),
        "/sv/"
    );
}
