//! The default theme: what readers see of a report's facts, cards, tables,
//! footnotes and search, and the site `rapport init` names.

use crate::support::{rapport, report, TestSite};

fn people(n: usize) -> String {
    (1..=n)
        .map(|i| format!("  - name: Person {i}\n    role: roll {i}\n"))
        .collect()
}

#[test]
fn report_shows_the_meetings_facts_before_its_text() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2014-05-26\nlocation: Astana\norganizations: [Swecare]\n\
         participants:\n  - name: Karin Holm\n    role: ordförande\n    organization: Swecare\n---\nText.\n",
    );
    site.build();
    let page = site.html("sv/reports/a/index.html");
    assert_eq!(page.text(".report-header .meta time"), "måndag 26 maj 2014");
    assert_eq!(page.text(".report-header .meta .location"), "Astana");
    // In the document the facts come first, so phones show them above the text.
    assert_eq!(page.count(".report-layout > .facts + .body"), 1);
    assert_eq!(
        page.texts(".facts dt"),
        ["Organisationer", "Deltagare"],
        "organisations, then participants"
    );
    assert_eq!(
        page.attr(".facts .organizations a", "href"),
        "/sv/organisationer/swecare/"
    );
    assert_eq!(
        page.text(".participants li"),
        "Karin Holm, ordförande, Swecare"
    );
}

#[test]
fn a_long_list_of_participants_opens_on_demand() {
    let short = TestSite::new().file(
        "content/reports/a.sv.md",
        &format!(
            "---\ntitle: A\ndate: 2020-01-01\nparticipants:\n{}---\nx\n",
            people(7)
        ),
    );
    short.build();
    let page = short.html("sv/reports/a/index.html");
    assert_eq!(page.count(".participants li"), 7);
    assert_eq!(page.count(".more-participants"), 0);

    let long = short
        .file(
            "content/reports/a.sv.md",
            &format!(
                "---\ntitle: A\ndate: 2020-01-01\nparticipants:\n{}---\nx\n",
                people(12)
            ),
        )
        .file("content/reports/a.en.md", "---\ntitle: A\n---\nx\n");
    long.build();
    let page = long.html("sv/reports/a/index.html");
    assert_eq!(page.text(".facts dt"), "Deltagare (12)");
    assert_eq!(page.count(".facts dd > .participants li"), 5);
    assert_eq!(page.count(".more-participants .participants li"), 7);
    assert_eq!(
        page.text(".more-participants summary"),
        "Visa 7 deltagare till"
    );
    let en = long.html("en/reports/a/index.html");
    assert_eq!(
        en.text(".more-participants summary"),
        "Show 7 more participants"
    );
}

#[test]
fn a_table_scrolls_in_its_own_labelled_region() {
    let site = TestSite::new().file(
        "content/reports/a.en.md",
        &report("A", "2020-01-01", "| a | b |\n|---|---|\n| 1 | 2 |\n"),
    );
    site.build();
    let page = site.html("en/reports/a/index.html");
    let region = ".body .table-scroll[role=region][tabindex=\"0\"]";
    assert_eq!(page.count(&format!("{region} > table")), 1);
    assert_eq!(page.attr(region, "aria-label"), "Table");
    assert_eq!(page.texts(".body table td"), ["1", "2"]);
}

#[test]
fn every_card_has_a_picture_frame_and_the_newest_leads_the_home() {
    let site = TestSite::new()
        .file(
            "content/reports/b/index.sv.md",
            "---\ntitle: Med bild\ndate: 2021-01-01\nlocation: Astana\ncover:\n  src: foto.png\n  alt: Bordet\n---\nText.\n",
        )
        .file("content/reports/a.sv.md", &report("Utan bild", "2020-01-01", "Text."));
    site.write("content/reports/b/foto.png", &crate::support::png(40, 30));
    site.build();
    let home = site.html("sv/index.html");
    assert_eq!(home.texts(".card h2"), ["Med bild", "Utan bild"]);
    assert_eq!(home.texts(".card-featured h2"), ["Med bild"]);
    // The picture is decoration: the title beside it says what the card is.
    assert_eq!(home.attr(".card img.thumb", "alt"), "");
    assert_eq!(home.count(".card .card-media"), 2);
    // A report without a photo: a tile of the brand colour, not a grey placeholder.
    assert_eq!(home.count(".card .card-media .card-tile"), 1);
    assert_eq!(home.count(".thumb-placeholder"), 0);
    assert_eq!(home.texts(".card .meta .location"), ["Astana"]);
    assert_eq!(home.texts(".card .meta time")[0], "1 januari 2021");
    // Section pages show the same cards, without a lead.
    let section = site.html("sv/reports/index.html");
    assert_eq!(section.count(".card-featured"), 0);

    // A newest report without a picture leads as text alone.
    let text_lead = site.file(
        "content/reports/c.sv.md",
        &report("Nyast", "2022-01-01", "Text."),
    );
    text_lead.build();
    let home = text_lead.html("sv/index.html");
    assert_eq!(home.texts(".card-featured h2"), ["Nyast"]);
    assert_eq!(home.count(".card-featured .card-media"), 0);
    assert_eq!(home.count(".card:not(.card-featured) .card-media"), 2);
}

#[test]
fn a_report_in_another_language_is_marked_on_its_card() {
    let site = TestSite::new().file(
        "content/reports/a.en.md",
        &report("Only English", "2020-01-01", "Text."),
    );
    site.build();
    let home = site.html("sv/index.html");
    assert_eq!(home.text(".card .badge.foreign"), "på engelska");
    assert_eq!(home.attr(".card h2 a", "lang"), "en");
    assert_eq!(home.attr(".card .summary", "lang"), "en");
}

#[test]
fn search_page_carries_its_counts_and_cards_from_the_theme() {
    let site = TestSite::new().file(
        "content/reports/b/index.sv.md",
        "---\ntitle: B\ndate: 2021-01-01\nlocation: Almaty\ncover: foto.png\n---\nText.\n",
    );
    site.write("content/reports/b/foto.png", &crate::support::png(40, 30));
    site.build();
    let page = site.html("sv/sok/index.html");
    assert_eq!(page.attr("form[data-search]", "data-locale"), "sv-SE");
    assert_eq!(
        page.attr("form[data-search]", "data-indexes"),
        r#"[["sv","/sv/search-index/"],["en","/en/search-index/"]]"#
    );
    // The card template and the texts live in <template>, whose content the
    // HTML parser keeps out of the document; read them from the source.
    let html = std::fs::read_to_string(site.output("sv/sok/index.html")).expect("page");
    for expected in [
        "<p data-count=\"1\">En träff</p>",
        "<p data-count=\"21\">21 träffar</p>",
        "<p data-written-in=\"en\">på engelska</p>",
        "<template id=\"card-template\">",
        "class=\"card-media\"",
    ] {
        assert!(html.contains(expected), "missing {expected}");
    }
    let en = std::fs::read_to_string(site.output("en/search/index.html")).expect("page");
    assert!(en.contains("<p data-count=\"1\">One result</p>"));
    assert!(en.contains("data-locale=\"en-GB\""));

    let docs = crate::search::index_data(&site, "sv/search-index/d-0.js");
    assert_eq!(docs[0]["c"], "/sv/reports/b/foto-thumb-40.png");
    assert_eq!(docs[0]["m"], "Almaty");
}

#[test]
fn fonts_ship_with_the_theme_and_every_page_can_print_its_address() {
    let site = TestSite::new().file("content/reports/a.sv.md", &report("A", "2020-01-01", "x"));
    site.build();
    for font in [
        "fonts/source-sans-3-latin-wght-normal.woff2",
        "fonts/source-sans-3-cyrillic-ext-wght-normal.woff2",
        "fonts/source-serif-4-cyrillic-wght-normal.woff2",
        "fonts/OFL.txt",
    ] {
        assert!(site.exists(font), "{font}");
    }
    let css = std::fs::read_to_string(site.output("style.css")).expect("css");
    assert!(css.contains("url(fonts/source-serif-4-latin-wght-normal.woff2)"));
    assert!(
        !css.contains("url(http") && !css.contains("url(\"http") && !css.contains("@import"),
        "the stylesheet loads nothing from elsewhere"
    );
    let page = site.html("sv/reports/a/index.html");
    assert_eq!(
        page.attr("link[rel=preload][as=font]", "href"),
        "/fonts/source-sans-3-latin-wght-normal.woff2"
    );
    assert_eq!(
        page.text(".print-address"),
        "Utskrivet från https://example.org/sv/reports/a/"
    );
}

#[test]
fn footnotes_keep_the_rendered_markup_the_stylesheet_lays_out() {
    let site = TestSite::new().file(
        "content/reports/a.en.md",
        &report("A", "2020-01-01", "Text.[^1]\n\n[^1]: The note."),
    );
    site.build();
    let page = site.html("en/reports/a/index.html");
    assert_eq!(page.count(".body .footnote-reference a"), 1);
    assert_eq!(
        page.text(".body .footnote-definition > .footnote-definition-label"),
        "1"
    );
    let css = std::fs::read_to_string(site.output("style.css")).expect("css");
    assert!(css.contains(".footnote-definition {\n  display: grid;"));
}

#[test]
fn init_names_a_new_site_with_placeholders_and_says_where() {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    let path = site.to_str().expect("utf-8");
    let run = rapport(&["init", path]);
    run.assert_ok();
    assert!(run.stdout.contains("locales/*/main.ftl"), "{}", run.stdout);
    let yaml = std::fs::read_to_string(site.join("site.yaml")).expect("site.yaml");
    assert!(yaml.contains("site-title") && yaml.contains("locales/sv/main.ftl"));
    rapport(&["build", "--root", path]).assert_ok();
    let home = |lang: &str| {
        let text = std::fs::read_to_string(site.join("public").join(lang).join("index.html"))
            .expect("home");
        crate::support::Page(scraper::Html::parse_document(&text))
    };
    assert_eq!(home("sv").text(".brand-title"), "Vår organisation");
    assert_eq!(home("en").text(".brand-title"), "Our organisation");
    assert_eq!(
        home("en").text(".brand-tagline"),
        "Reports from our meetings"
    );
    let sv = std::fs::read_to_string(site.join("public/sv/index.html")).expect("home");
    assert!(
        !sv.contains("Kazakstan") && !sv.contains("redaktionen."),
        "nothing of the example organisation is left"
    );
}

#[test]
fn init_takes_the_sites_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    let path = site.to_str().expect("utf-8");
    rapport(&["init", path, "--title", "Nordiskt {vård} forum"]).assert_ok();
    rapport(&["build", "--root", path]).assert_ok();
    for lang in ["sv", "en"] {
        let text = std::fs::read_to_string(site.join("public").join(lang).join("index.html"))
            .expect("home");
        let page = crate::support::Page(scraper::Html::parse_document(&text));
        assert_eq!(page.text(".brand-title"), "Nordiskt {vård} forum");
    }
    let run = rapport(&[
        "init",
        dir.path().join("b").to_str().expect("utf-8"),
        "--title",
        " ",
    ]);
    assert_eq!(run.status, 1);
    assert!(run.stderr.contains("--title"), "{}", run.stderr);
}

/// Runs the theme's `countText` in Node on the texts the search page carries.
fn node_count(site: &TestSite, lang: &str, locale: &str, n: u32) -> String {
    let script = crate::support::repo().join("themes/default/static/search.js");
    let page = std::fs::read_to_string(site.output(&format!(
        "{lang}/{}/index.html",
        if lang == "sv" { "sok" } else { "search" }
    )))
    .expect("search page");
    let code = format!(
        "const S = require({script:?});\n\
         const counts = {{}};\n\
         for (const m of {page:?}.matchAll(/<p data-count=\"(\\d+)\">([^<]*)<\\/p>/g)) counts[m[1]] = m[2];\n\
         console.log(S.countText(counts, {n}, {locale:?}));",
        script = script.display().to_string(),
    );
    let out = crate::support::node(&code);
    String::from_utf8_lossy(&out).trim().to_string()
}

#[test]
#[ignore = "needs Node.js; tests/web/check.sh runs it"]
fn search_counts_its_results_by_the_languages_plural_rules() {
    let site = TestSite::new().file("content/reports/a.sv.md", &report("A", "2020-01-01", "x"));
    site.build();
    assert_eq!(node_count(&site, "sv", "sv-SE", 1), "En träff");
    assert_eq!(node_count(&site, "sv", "sv-SE", 37), "37 träffar");
    assert_eq!(node_count(&site, "en", "en-GB", 1), "One result");
    assert_eq!(node_count(&site, "en", "en-GB", 137), "137 results");
}
