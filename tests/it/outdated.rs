//! Outdated translations: `check` compares the commits that changed an
//! original's text with its translation's, or the `translated_from` stamp
//! outside git; `rapport translated` and `rapport new` write the stamp.

use crate::support::{rapport, Run, TestSite};

/// Runs git in the site with fixed names and the commit time `date`.
fn git(site: &TestSite, args: &[&str], date: &str) {
    crate::support::git_in(site.root(), args, date);
}

fn commit_all(site: &TestSite, date: &str) {
    git(site, &["add", "-A"], date);
    git(site, &["commit", "-q", "-m", "change"], date);
}

const SV: &str = "content/reports/2014-05-26-astana/index.sv.md";
const EN: &str = "content/reports/2014-05-26-astana/index.en.md";

fn sv(location: &str, body: &str) -> String {
    format!("---\ntitle: Möte i Astana\ndate: 2014-05-26\nlocation: {location}\n---\n{body}\n")
}

fn en(body: &str) -> String {
    format!("---\ntitle: Meeting in Astana\n---\n{body}\n")
}

fn check(site: &TestSite) -> (Run, serde_json::Value) {
    let run = site.run(&["check", "--format", "json"]);
    let json = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    (run, json)
}

/// The messages of `check`'s findings about outdated translations.
fn outdated(site: &TestSite) -> Vec<serde_json::Value> {
    let (_, json) = check(site);
    json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| {
            f["message"]
                .as_str()
                .is_some_and(|m| m.contains("may be out of date"))
        })
        .cloned()
        .collect()
}

fn site_in_git() -> Option<TestSite> {
    if !crate::support::has_git() {
        return None;
    }
    let site = TestSite::new()
        .file(SV, &sv("Astana", "Delegationen besökte sjukhuset."))
        .file(EN, &en("The delegation visited the hospital."));
    git(&site, &["init", "-q"], "2024-01-01T10:00:00Z");
    commit_all(&site, "2024-01-01T10:00:00Z");
    Some(site)
}

#[test]
fn check_reports_a_translation_whose_original_changed_in_a_later_commit() {
    let Some(site) = site_in_git() else { return };
    assert!(outdated(&site).is_empty());
    site.write(
        SV,
        sv("Astana", "Delegationen besökte två sjukhus.").as_bytes(),
    );
    commit_all(&site, "2024-03-02T10:00:00Z");
    let found = outdated(&site);
    assert_eq!(found.len(), 1, "{found:#?}");
    let message = found[0]["message"].as_str().expect("message");
    assert_eq!(found[0]["file"].as_str(), Some(EN));
    assert_eq!(found[0]["severity"].as_str(), Some("warning"));
    assert!(message.contains(SV), "{message}");
    assert!(
        message.contains("2024-03-02") && message.contains("2024-01-01"),
        "{message}"
    );
    let help = found[0]["help"].as_str().expect("help");
    assert!(help.contains("rapport translated"), "{help}");
    assert_eq!(site.run(&["check", "--strict"]).status, 1);

    // Translating and committing brings it up to date.
    site.write(EN, en("The delegation visited two hospitals.").as_bytes());
    commit_all(&site, "2024-03-05T10:00:00Z");
    assert!(outdated(&site).is_empty());
}

#[test]
fn a_change_to_shared_facts_only_leaves_the_translation_up_to_date() {
    let Some(site) = site_in_git() else { return };
    site.write(
        SV,
        sv("Astana, Kazakstan", "Delegationen besökte sjukhuset.").as_bytes(),
    );
    commit_all(&site, "2024-03-02T10:00:00Z");
    assert!(outdated(&site).is_empty(), "{:#?}", outdated(&site));
}

#[test]
fn an_uncommitted_change_to_the_original_counts() {
    let Some(site) = site_in_git() else { return };
    site.write(
        SV,
        sv("Astana", "Delegationen besökte tre sjukhus.").as_bytes(),
    );
    assert_eq!(outdated(&site).len(), 1);
}

#[test]
fn original_true_makes_the_file_without_facts_the_original() {
    let Some(site) = site_in_git() else { return };
    let en_original = "---\ntitle: Meeting in Astana\noriginal: true\n---\nThe delegation visited the hospital.\n";
    site.write(EN, en_original.as_bytes());
    commit_all(&site, "2024-01-02T10:00:00Z");
    site.write(
        EN,
        en_original
            .replace("the hospital", "two hospitals")
            .as_bytes(),
    );
    commit_all(&site, "2024-03-02T10:00:00Z");
    let found = outdated(&site);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["file"].as_str(), Some(SV));
}

#[test]
fn outside_git_the_stamp_written_by_translated_decides() {
    let site = TestSite::new()
        .file(SV, &sv("Astana", "Delegationen besökte sjukhuset."))
        .file(EN, &en("The delegation visited the hospital."));
    assert!(
        outdated(&site).is_empty(),
        "no stamp, no history: nothing to say"
    );
    let run = site.run(&["translated", &site.root().join(EN).to_string_lossy()]);
    run.assert_ok();
    assert!(run.stdout.contains(SV), "{}", run.stdout);
    let text = std::fs::read_to_string(site.root().join(EN)).expect("en");
    assert!(
        text.starts_with("---\ntitle: Meeting in Astana\ntranslated_from: "),
        "{text}"
    );
    assert!(
        text.ends_with("---\nThe delegation visited the hospital.\n"),
        "{text}"
    );
    site.run(&["build"]).assert_ok();
    assert!(outdated(&site).is_empty());

    site.write(
        SV,
        sv("Astana, Kazakstan", "Delegationen besökte sjukhuset.").as_bytes(),
    );
    assert!(outdated(&site).is_empty(), "a shared fact is not text");
    site.write(
        SV,
        sv("Astana", "Delegationen besökte två sjukhus.").as_bytes(),
    );
    let found = outdated(&site);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["file"].as_str(), Some(EN));
}

#[test]
fn translated_refuses_the_original_and_a_file_outside_the_site() {
    let site = TestSite::new()
        .file(SV, &sv("Astana", "Text."))
        .file(EN, &en("Text."));
    let run = site.run(&["translated", &site.root().join(SV).to_string_lossy()]);
    assert_eq!(run.status, 1);
    assert!(run.stderr.contains("is the original"), "{}", run.stderr);
    assert!(run.stderr.contains("index.en.md"), "{}", run.stderr);
    let before = std::fs::read_to_string(site.root().join(SV)).expect("sv");
    assert_eq!(before, sv("Astana", "Text."));
    let run = site.run(&["translated", "/nowhere/x.md"]);
    assert_eq!(run.status, 1);
    assert!(run.stderr.contains("/nowhere/x.md"), "{}", run.stderr);
}

#[test]
fn new_stamps_its_translations_so_writing_the_original_shows_them_outdated() {
    let site = TestSite::new();
    let root = site.root().to_str().expect("utf-8").to_string();
    rapport(&[
        "new",
        "Möte i Astana",
        "--root",
        &root,
        "--date",
        "2024-05-02",
    ])
    .assert_ok();
    let dir = "content/reports/2024-05-02-mote-i-astana";
    let en = std::fs::read_to_string(site.root().join(dir).join("index.en.md")).expect("en");
    let sv_path = site.root().join(dir).join("index.sv.md");
    let sv = std::fs::read_to_string(&sv_path).expect("sv");
    assert!(en.contains("\ntranslated_from: "), "{en}");
    assert!(!sv.contains("translated_from"), "{sv}");
    assert!(outdated(&site).is_empty());
    std::fs::write(
        &sv_path,
        sv.replace("## Bakgrund", "## Bakgrund\n\nVi träffades i Astana."),
    )
    .expect("write");
    let found = outdated(&site);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0]["file"].as_str(),
        Some(format!("{dir}/index.en.md").as_str())
    );
}

#[test]
fn the_translators_view_lists_states_and_marks_what_changed() {
    let Some(site) = site_in_git() else { return };
    let site = site
        .file(
            "content/reports/almaty.sv.md",
            "---\ntitle: Möte i Almaty\ndate: 2015-06-01\n---\nBara på svenska.\n",
        )
        .file(
            "content/reports/uppsala.sv.md",
            "---\ntitle: Möte i Uppsala\ndate: 2016-06-01\n---\nFörsta stycket.\n",
        )
        .file(
            "content/reports/uppsala.en.md",
            "---\ntitle: Meeting in Uppsala\n---\nFirst paragraph.\n",
        );
    commit_all(&site, "2024-01-02T10:00:00Z");
    site.write(
        SV,
        sv(
            "Astana",
            "Delegationen besökte sjukhuset i Astana.\n\nEtt nytt stycke.",
        )
        .as_bytes(),
    );
    commit_all(&site, "2024-03-02T10:00:00Z");
    let server = site.serve();
    let list = server.get("/__rapport/translations/");
    assert_eq!(list.status, 200);
    assert!(
        server
            .output()
            .iter()
            .any(|l| l.contains("/__rapport/translations/")),
        "the address is printed at start"
    );
    let page = list.page();
    assert_eq!(page.attr("html", "lang"), "en");
    assert_eq!(page.text("h1"), "Translations");
    let states: Vec<Vec<String>> = page
        .0
        .select(&scraper::Selector::parse("tbody tr").expect("selector"))
        .map(|tr| {
            tr.select(&scraper::Selector::parse("th, td").expect("selector"))
                .map(|c| c.text().collect::<String>().trim().to_string())
                .collect()
        })
        .collect();
    let find = |title: &str| {
        states
            .iter()
            .find(|r| r[0] == title)
            .unwrap_or_else(|| panic!("no row {title} in {states:?}"))
            .clone()
    };
    assert_eq!(
        find("Möte i Astana"),
        [
            "Möte i Astana",
            "2014-05-26",
            "original",
            "outdated since 2024-03-02"
        ]
    );
    assert_eq!(
        find("Möte i Uppsala"),
        ["Möte i Uppsala", "2016-06-01", "original", "up to date"]
    );
    assert_eq!(
        find("Möte i Almaty"),
        ["Möte i Almaty", "2015-06-01", "only version", "missing"]
    );
    assert_eq!(page.attrs("tbody th a", "lang"), ["sv", "sv", "sv"]);

    let href = page
        .attrs("tbody th a", "href")
        .into_iter()
        .find(|h| h.contains("astana"))
        .expect("a link to the report");
    let detail = server.get(&href);
    assert_eq!(detail.status, 200);
    let page = detail.page();
    assert_eq!(page.text("h1"), "Möte i Astana");
    assert_eq!(page.attr("h1 span", "lang"), "sv");
    assert_eq!(
        page.texts("td.changed"),
        [
            "changed Delegationen besökte sjukhuset i Astana. before Delegationen besökte sjukhuset.",
            "changed Ett nytt stycke."
        ]
    );
    assert_eq!(
        page.texts("td.changed del"),
        ["Delegationen besökte sjukhuset."]
    );
    assert_eq!(page.attrs("td.changed", "lang"), ["sv", "sv"]);
    assert!(page
        .texts("td[lang=en]")
        .contains(&"The delegation visited the hospital.".to_string()));

    assert_eq!(
        server.get("/__rapport/translations/reports/nowhere").status,
        404
    );
    site.build();
    assert!(!site.root().join("public/__rapport").exists());
}
