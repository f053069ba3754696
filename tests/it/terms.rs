//! terms.yaml: tags and organisations linked across languages.

use crate::support::TestSite;

const TERMS: &str = "\
tags:
  - sv: primärvård
    en: primary care
  - sv: studiebesök
organizations:
  - sv: Socialdepartementet
    en: Ministry of Health and Social Affairs
    url: https://www.regeringen.se/
";

/// A Swedish report tagged with the English name, its English version,
/// and a Swedish-only report.
fn site() -> TestSite {
    TestSite::new()
        .file("terms.yaml", TERMS)
        .file(
            "content/reports/astana.sv.md",
            "---\ntitle: Astana\ndate: 2014-05-26\ntags: [primary care, studiebesök]\norganizations: [Socialdepartementet]\n---\nText.\n",
        )
        .file(
            "content/reports/astana.en.md",
            "---\ntitle: Astana\ntags: [primary care, study trip]\n---\nText.\n",
        )
        .file(
            "content/reports/almaty.sv.md",
            "---\ntitle: Almaty\ndate: 2015-06-01\ntags: [primärvård, vaccination, Äldreomsorg, studiebesök]\n---\nText.\n",
        )
}

#[test]
fn a_report_tagged_with_either_name_lands_on_one_term() {
    let site = site();
    site.build();
    let term = site.html("sv/amnen/primarvard/index.html");
    assert_eq!(term.text("h1"), "primärvård");
    let mut titles = term.texts(".card h2");
    titles.sort();
    assert_eq!(titles, ["Almaty", "Astana"]);
    assert!(!site.exists("sv/amnen/primary-care/index.html"));
    // The report's own tag list shows the Swedish name, linked to that page.
    let report = site.html("sv/reports/astana/index.html");
    assert!(report
        .attrs(".terms a", "href")
        .contains(&"/sv/amnen/primarvard/".to_string()));
    assert!(report.texts(".terms a").contains(&"primärvård".to_string()));
}

#[test]
fn term_pages_link_their_translations_with_hreflang_and_the_switcher() {
    let site = site();
    site.build();
    let sv = site.html("sv/amnen/primarvard/index.html");
    assert_eq!(
        sv.attr("link[rel=alternate][hreflang=en]", "href"),
        "https://example.org/en/topics/primary-care/"
    );
    assert_eq!(
        sv.attr(".lang-switcher a[hreflang=en]", "href"),
        "/en/topics/primary-care/"
    );
    let en = site.html("en/topics/primary-care/index.html");
    assert_eq!(
        en.attr("link[rel=alternate][hreflang=sv]", "href"),
        "https://example.org/sv/amnen/primarvard/"
    );
    assert_eq!(en.text("h1"), "primary care");
    let org = site.html("en/organisations/ministry-of-health-and-social-affairs/index.html");
    assert_eq!(
        org.attr("link[rel=alternate][hreflang=sv]", "href"),
        "https://example.org/sv/organisationer/socialdepartementet/"
    );
    assert_eq!(
        org.attr(".term-website a", "href"),
        "https://www.regeringen.se/"
    );
}

#[test]
fn no_foreign_language_term_in_a_languages_index_goes_unmarked() {
    let site = site();
    site.build();
    let index = site.html("en/topics/index.html");
    let names = index.texts(".term-index li > a");
    let langs: Vec<Option<String>> = index
        .0
        .select(&scraper::Selector::parse(".term-index li > a").expect("selector"))
        .map(|a| a.value().attr("lang").map(str::to_string))
        .collect();
    let marked: Vec<(&String, &Option<String>)> = names.iter().zip(&langs).collect();
    // English names unmarked; the Swedish-only report's terms, and the
    // linked term with no English name, under their Swedish names, marked.
    let expected = [
        ("primary care", None),
        ("study trip", None),
        ("studiebesök", Some("sv")),
        ("vaccination", Some("sv")),
        ("Äldreomsorg", Some("sv")),
    ];
    assert_eq!(marked.len(), expected.len(), "{marked:?}");
    for (name, lang) in expected {
        assert!(
            marked
                .iter()
                .any(|(n, l)| n.as_str() == name && l.as_deref() == lang),
            "{name} {lang:?} in {marked:?}"
        );
    }
    assert_eq!(
        index.texts(".term-index .badge.foreign"),
        ["in Swedish", "in Swedish", "in Swedish"]
    );
    // The Swedish index has no English word.
    let sv = site.html("sv/amnen/index.html");
    assert_eq!(sv.count(".term-index a[lang]"), 0);
    assert!(!sv
        .texts(".term-index li > a")
        .contains(&"primary care".to_string()));
}

#[test]
fn unknown_terms_keep_their_addresses() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2020-01-01\ntags: [Hälsa]\norganizations: [Swecare]\n---\nx\n",
    );
    site.build();
    assert_eq!(site.html("sv/amnen/halsa/index.html").text("h1"), "Hälsa");
    assert!(site.exists("sv/organisationer/swecare/index.html"));
}

fn failing(terms: &str) -> String {
    let site = TestSite::new().file("terms.yaml", terms).file(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2020-01-01\n---\nx\n",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    run.stderr
}

#[test]
fn errors_in_terms_yaml_name_the_line_and_what_to_do() {
    let err = failing("tags:\n  - sv: hälsa\n    en: health\n  - sv: vård\n    en: Health\n");
    assert!(err.contains("terms.yaml:5"), "{err}");
    assert!(err.contains("`Health` is given twice"), "{err}");

    let err = failing("tags:\n  - sv: hälsa\n    fi: terveys\n");
    assert!(err.contains("terms.yaml:3"), "{err}");
    assert!(
        err.contains("unknown language `fi`") && err.contains("sv, en"),
        "{err}"
    );

    let err = failing("tagz:\n  - sv: hälsa\n    en: health\n");
    assert!(err.contains("terms.yaml:1"), "{err}");
    assert!(
        err.contains("unknown taxonomy `tagz`") && err.contains("did you mean `tags`?"),
        "{err}"
    );

    let err = failing("tags:\n  - sv: [a, b]\n");
    assert!(
        err.contains("terms.yaml:2") && err.contains("`sv` should be a name"),
        "{err}"
    );

    let err = failing("tags: [\n");
    assert!(err.contains("terms.yaml"), "{err}");
}

#[test]
fn check_suggests_terms_both_versions_of_a_report_use_in_one_place() {
    let site = TestSite::new()
        .file(
            "content/reports/a.sv.md",
            "---\ntitle: A\ndate: 2020-01-01\ntags: [hälsa, vård]\n---\nx\n",
        )
        .file(
            "content/reports/a.en.md",
            "---\ntitle: A\ntags: [health, care]\n---\nx\n",
        )
        .file("terms.yaml", "tags:\n  - sv: vård\n    en: care\n");
    let run = site.run(&["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let suggestions: Vec<&serde_json::Value> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| {
            f["message"]
                .as_str()
                .is_some_and(|m| m.contains("look like one term"))
        })
        .collect();
    assert_eq!(suggestions.len(), 1, "{json:#}");
    let message = suggestions[0]["message"].as_str().expect("message");
    assert!(
        message.contains("`hälsa` (sv) and `health` (en)"),
        "{message}"
    );
    let help = suggestions[0]["help"].as_str().expect("help");
    assert!(help.contains("- sv: hälsa\n    en: health"), "{help}");
}
