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
    assert!(
        content.contains("Andra stycket."),
        "the feed has the full text"
    );
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
            &report(
                "B",
                "2014-05-27",
                "Början. Mer.\n\n<!-- more -->\n\nResten.",
            ),
        );
    site.build();
    let cards = site.html("sv/index.html").texts(".card .summary");
    assert_eq!(cards, ["Början. Mer.", "Egen sammanfattning."]);
}

fn visit() -> TestSite {
    TestSite::new()
        .file(
            "content/reports/astana.sv.md",
            "---\ntitle: Besök i Astana\ndate: 2015-05-30\nend_date: 2015-06-02\nlocation: Astana\n---\nText.\n",
        )
        .file(
            "content/reports/astana.en.md",
            "---\ntitle: Visit to Astana\n---\nText.\n",
        )
        .file(
            "content/reports/uppsala.sv.md",
            "---\ntitle: Möte i Uppsala\ndate: 2014-05-26\nend_date: 2014-05-28\n---\nText.\n",
        )
        .file(
            "content/reports/nyar.sv.md",
            "---\ntitle: Över nyår\ndate: 2015-12-30\nend_date: 2016-01-02\n---\nText.\n",
        )
}

#[test]
fn date_ranges_are_written_in_each_language() {
    let site = visit();
    site.build();
    assert_eq!(
        site.html("sv/reports/astana/index.html")
            .text(".report-header time"),
        "30 maj–2 juni 2015"
    );
    assert_eq!(
        site.html("en/reports/astana/index.html")
            .text(".report-header time"),
        "30 May–2 June 2015"
    );
    assert_eq!(
        site.html("sv/index.html").texts(".card time"),
        [
            "30 december 2015–2 januari 2016",
            "30 maj–2 juni 2015",
            "26–28 maj 2014"
        ]
    );
    let en = site.html("en/index.html").texts(".card time");
    assert_eq!(
        en,
        [
            "30 December 2015–2 January 2016",
            "30 May–2 June 2015",
            "26–28 May 2014"
        ]
    );
}

#[test]
fn archive_files_a_range_under_its_first_day() {
    let site = visit();
    site.build();
    let year = site.html("sv/arkiv/2015/index.html");
    assert_eq!(year.texts(".card-title"), ["Över nyår", "Besök i Astana"]);
    assert_eq!(
        year.texts(".archive-month h2"),
        ["December 2015", "Maj 2015"]
    );
    assert!(!site.exists("sv/arkiv/2016/index.html"));
}

#[test]
fn json_ld_and_feed_carry_the_last_day() {
    let site = visit();
    site.build();
    let page = site.html("sv/reports/astana/index.html");
    let json: serde_json::Value =
        serde_json::from_str(&page.text("script[type=\"application/ld+json\"]"))
            .expect("JSON-LD parses");
    assert_eq!(json["about"]["startDate"], "2015-05-30");
    assert_eq!(json["about"]["endDate"], "2015-06-02");
    let feed = feed(&site, "en/atom.xml");
    let entry = feed
        .entries
        .iter()
        .find(|e| {
            e.title
                .as_ref()
                .is_some_and(|t| t.content == "Visit to Astana")
        })
        .expect("the entry");
    let content = entry
        .content
        .as_ref()
        .and_then(|c| c.body.clone())
        .unwrap_or_default();
    let html = scraper::Html::parse_fragment(&content);
    let time = html
        .select(&scraper::Selector::parse("time").expect("selector"))
        .next()
        .expect("the days");
    assert_eq!(time.text().collect::<String>(), "30 May–2 June 2015");
    assert_eq!(time.value().attr("datetime"), Some("2015-05-30/2015-06-02"));
}

#[test]
fn a_meeting_that_ends_before_it_starts_is_an_error_at_its_line() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2014-05-28\nend_date: 2014-05-26\n---\nText.\n",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("content/reports/a.sv.md:4:"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("ends"), "{}", run.stderr);
}

fn with_roles() -> TestSite {
    TestSite::new()
        .file(
            "content/reports/mote.sv.md",
            "---\ntitle: Möte på departementet\ndate: 2014-05-26\nlocation: {sv: \"Socialdepartementet, Stockholm\", en: \"Ministry of Health and Social Affairs, Stockholm\"}\nauthor: {sv: Redaktionen, en: The editors}\nparticipants:\n  - name: Anna Berg\n    role: {sv: ordförande, en: chair}\n    organization: {sv: Region Uppsala, en: Uppsala Region}\n  - name: Aigerim Nurlanovna\n    role: Astana\n---\nText.\n",
        )
        .file(
            "content/reports/mote.en.md",
            "---\ntitle: Meeting at the ministry\n---\nText.\n",
        )
}

#[test]
fn shared_facts_are_shown_in_each_languages_words() {
    let site = with_roles();
    site.build();
    let sv = site.html("sv/reports/mote/index.html");
    let en = site.html("en/reports/mote/index.html");
    assert_eq!(
        sv.texts(".participants .role"),
        ["ordförande, Region Uppsala", "Astana"]
    );
    assert_eq!(
        en.texts(".participants .role"),
        ["chair, Uppsala Region", "Astana"]
    );
    assert_eq!(
        sv.text(".report-header .location"),
        "Socialdepartementet, Stockholm"
    );
    assert_eq!(
        en.text(".report-header .location"),
        "Ministry of Health and Social Affairs, Stockholm"
    );
    assert_eq!(sv.text(".byline"), "Text: Redaktionen");
    assert_eq!(en.text(".byline"), "By The editors");
    let card = site.html("en/index.html").text(".card .location");
    assert_eq!(card, "Ministry of Health and Social Affairs, Stockholm");
    let json: serde_json::Value =
        serde_json::from_str(&en.text("script[type=\"application/ld+json\"]"))
            .expect("JSON-LD parses");
    assert_eq!(json["about"]["attendee"][0]["jobTitle"], "chair");
}

#[test]
fn a_language_the_site_lacks_in_a_facts_words_is_an_error_at_its_line() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2014-05-26\nparticipants:\n  - name: Anna Berg\n    role: {sv: ordförande, se: chair}\n---\nText.\n",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("content/reports/a.sv.md:6:28"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("did you mean `sv`"), "{}", run.stderr);
}

fn swedish_only() -> TestSite {
    TestSite::new()
        .file(
            "content/reports/uppsala.sv.md",
            "---\ntitle: Besök i Uppsala\ndate: 2018-11-20\ntags: [studiebesök]\n---\nBara svenska.\n",
        )
        .file(
            "content/reports/astana.sv.md",
            &report("Möte i Astana", "2014-05-26", "Text."),
        )
        .file(
            "content/reports/astana.en.md",
            "---\ntitle: Meeting in Astana\n---\nText.\n",
        )
}

#[test]
fn one_language_notice_speaks_to_readers_from_the_other_listing() {
    let site = swedish_only();
    site.build();
    let page = site.html("sv/reports/uppsala/index.html");
    // Its own readers see the report in their language: the notice is
    // only for those who came from the other language's listing.
    assert_eq!(
        page.texts(".only-in"),
        ["This report is only available in Swedish."]
    );
    assert_eq!(page.attrs(".only-in[lang]", "lang"), ["en"]);
    assert_eq!(
        site.html("sv/reports/astana/index.html").count(".only-in"),
        0
    );
}

#[test]
fn no_one_language_notice_when_the_other_listing_hides_the_report() {
    let site = swedish_only();
    let yaml = std::fs::read_to_string(site.root().join("site.yaml")).expect("site.yaml");
    site.write(
        "site.yaml",
        format!("{yaml}\nuntranslated: hide\n").as_bytes(),
    );
    site.build();
    let page = site.html("sv/reports/uppsala/index.html");
    assert_eq!(page.count(".only-in"), 0);
}

#[test]
fn term_page_of_reports_in_another_language_says_so() {
    let site = swedish_only();
    site.build();
    let term = site.html("en/topics/studiebesok/index.html");
    assert_eq!(
        term.text(".only-in"),
        "The reports here are only available in Swedish."
    );
    assert_eq!(
        site.html("sv/amnen/studiebesok/index.html")
            .count(".only-in"),
        0
    );
}

fn many_reports() -> TestSite {
    let mut site = TestSite::new().file(
        "content/reports/_index.sv.md",
        "---\ntitle: Rapporter\nslug: rapporter\n---\n",
    );
    for day in 1..=12 {
        site = site.file(
            &format!("content/reports/mote-{day}.sv.md"),
            &report(
                &format!("Möte {day}"),
                &format!("2014-05-{day:02}"),
                "Text.",
            ),
        );
    }
    site.file(
        "content/reports/Қазақстан/index.sv.md",
        &report("Besök i Kazakstan", "2014-06-01", "Text."),
    )
}

#[test]
fn swedish_addresses_use_swedish_words() {
    let site = many_reports();
    site.build();
    let home = site.html("sv/index.html");
    let pages = home.attrs(".pagination a[rel=next]", "href");
    assert_eq!(pages, ["/sv/sida/2/"]);
    assert!(site.exists("sv/sida/2/index.html"));
    assert!(site.exists("sv/rapporter/sida/2/index.html"));
    assert!(site.exists("sv/rapporter/mote-1/index.html"));
    assert!(site.exists("sv/rapporter/kazakstan/index.html"));
    assert!(site.exists("en/page/2/index.html"));
}

#[test]
fn old_addresses_lead_to_the_new_ones() {
    let site = many_reports();
    site.build();
    for (old, new) in [
        ("sv/page/2/index.html", "/sv/sida/2/"),
        ("sv/reports/index.html", "/sv/rapporter/"),
        ("sv/reports/page/2/index.html", "/sv/rapporter/sida/2/"),
        ("sv/reports/mote-1/index.html", "/sv/rapporter/mote-1/"),
    ] {
        let page = site.html(old);
        let refresh = page.attr("meta[http-equiv=refresh]", "content");
        assert_eq!(refresh, format!("0; url={new}"), "{old}");
        assert_eq!(
            page.attr("link[rel=canonical]", "href"),
            format!("https://example.org{new}")
        );
        assert_eq!(page.attr("meta[name=robots]", "content"), "noindex");
    }
    assert_eq!(
        site.html("sv/reports/mote-1/index.html").text("title"),
        "Möte 1"
    );
    // English words were the old ones: its listing pages are where they were.
    assert_eq!(
        site.html("en/page/2/index.html")
            .count("meta[http-equiv=refresh]"),
        0
    );
    let sitemap = std::fs::read_to_string(site.output("sitemap.xml")).expect("sitemap");
    let locs: Vec<&str> = sitemap
        .split("<loc>")
        .skip(1)
        .filter_map(|s| s.split("</loc>").next())
        .collect();
    assert!(
        locs.contains(&"https://example.org/sv/rapporter/mote-1/"),
        "{locs:?}"
    );
    assert!(
        !locs
            .iter()
            .any(|l| l.contains("/sv/reports/") || l.contains("/sv/page/")),
        "old addresses stay out of the sitemap: {locs:?}"
    );
}
