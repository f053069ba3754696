//! `rapport init`, `rapport new` and `rapport check`.

use crate::support::{rapport, repo, report, Run, TestSite};

#[test]
fn init_makes_a_site_that_builds_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    let path = site.to_str().expect("utf-8");
    rapport(&["init", path]).assert_ok();
    let yaml = std::fs::read_to_string(site.join("site.yaml")).expect("site.yaml");
    assert!(
        yaml.lines().filter(|l| l.starts_with('#')).count() > 10,
        "site.yaml explains its settings"
    );
    rapport(&["build", "--root", path]).assert_ok();
    let count = |lang: &str| {
        std::fs::read_dir(site.join("public").join(lang).join("reports"))
            .expect("reports")
            .filter_map(Result::ok)
            .filter(|e| e.path().join("index.html").exists() && e.file_name() != "page")
            .count()
    };
    assert_eq!((count("sv"), count("en")), (1, 1));
    assert!(
        site.join("public/sv/about/index.html").exists()
            && site.join("public/en/about/index.html").exists()
    );
}

#[test]
fn init_refuses_a_folder_with_files_and_force_overwrites_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("site.yaml"), "languages: [sv]\n").expect("write");
    let path = dir.path().to_str().expect("utf-8");
    let run = rapport(&["init", path]);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("is not empty") && run.stderr.contains("--force"),
        "{}",
        run.stderr
    );
    assert!(!dir.path().join("content").exists());
    rapport(&["init", path, "--force"]).assert_ok();
    assert_eq!(
        std::fs::read_to_string(dir.path().join("site.yaml")).expect("read"),
        "languages: [sv]\n"
    );
    assert!(dir
        .path()
        .join("themes/default/templates/report.html")
        .exists());
}

#[test]
fn new_starts_a_report_in_both_languages_that_builds_as_a_draft() {
    let site = TestSite::new().file(
        "site.yaml",
        "languages: [sv, en]\ndefault_author: Redaktionen\n",
    );
    let root = site.root().to_str().expect("utf-8").to_string();
    let run = rapport(&[
        "new",
        "Möte i Astana",
        "--root",
        &root,
        "--date",
        "2024-05-02",
    ]);
    run.assert_ok();
    let bundle = site.root().join("content/reports/2024-05-02-mote-i-astana");
    assert!(
        run.stdout.contains("index.sv.md") && run.stdout.contains("index.en.md"),
        "{}",
        run.stdout
    );
    let sv = std::fs::read_to_string(bundle.join("index.sv.md")).expect("sv");
    let en = std::fs::read_to_string(bundle.join("index.en.md")).expect("en");
    assert!(
        sv.contains("title: \"Möte i Astana\"") && sv.contains("date: 2024-05-02"),
        "{sv}"
    );
    assert!(
        sv.contains("author: \"Redaktionen\"") && sv.contains("draft: true"),
        "{sv}"
    );
    assert!(
        sv.contains("tags: []") && sv.contains("participants: []"),
        "{sv}"
    );
    assert!(
        sv.contains("## Bakgrund") && en.contains("## Background"),
        "{en}"
    );
    assert!(en.contains("title: \"TRANSLATE: Möte i Astana\""), "{en}");

    assert_eq!(site.run(&["build"]).status, 0);
    assert!(!site.exists("sv/reports/2024-05-02-mote-i-astana/index.html"));
    site.run(&["build", "--drafts"]).assert_ok();
    assert_eq!(
        site.html("sv/reports/2024-05-02-mote-i-astana/index.html")
            .text("h1"),
        "Möte i Astana"
    );
    assert_eq!(
        site.html("en/reports/2024-05-02-mote-i-astana/index.html")
            .text("h1"),
        "TRANSLATE: Möte i Astana"
    );
}

#[test]
fn new_refuses_to_overwrite_a_report() {
    let site = TestSite::new();
    let root = site.root().to_str().expect("utf-8").to_string();
    rapport(&["new", "Rundabord", "--root", &root, "--date", "2024-01-01"]).assert_ok();
    let file = site
        .root()
        .join("content/reports/2024-01-01-rundabord/index.sv.md");
    std::fs::write(
        &file,
        "---\ntitle: Rundabord\ndate: 2024-01-01\n---\nMin text.\n",
    )
    .expect("write");
    let again = rapport(&["new", "Rundabord", "--root", &root, "--date", "2024-01-01"]);
    assert_eq!(again.status, 1);
    assert!(again.stderr.contains("exists already"), "{}", again.stderr);
    assert!(std::fs::read_to_string(&file)
        .expect("read")
        .contains("Min text."));
}

#[test]
fn new_writes_only_the_languages_asked_for() {
    let site = TestSite::new();
    let root = site.root().to_str().expect("utf-8").to_string();
    rapport(&[
        "new",
        "Round table",
        "--root",
        &root,
        "--lang",
        "en",
        "--section",
        "events",
        "--date",
        "2024-03-01",
    ])
    .assert_ok();
    let bundle = site.root().join("content/events/2024-03-01-round-table");
    assert!(bundle.join("index.en.md").exists() && !bundle.join("index.sv.md").exists());
    let bad = rapport(&["new", "X", "--root", &root, "--lang", "fi"]);
    assert_eq!(bad.status, 1);
    assert!(bad.stderr.contains("fi"), "{}", bad.stderr);
}

fn check(site: &TestSite, extra: &[&str]) -> (Run, serde_json::Value) {
    let root = site.root().to_str().expect("utf-8").to_string();
    let mut args = vec!["check", "--root", &root, "--format", "json"];
    args.extend_from_slice(extra);
    let run = rapport(&args);
    let json = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    (run, json)
}

fn finding<'a>(json: &'a serde_json::Value, text: &str) -> &'a serde_json::Value {
    json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["message"].as_str().is_some_and(|m| m.contains(text)))
        .unwrap_or_else(|| panic!("no finding with {text:?} in {json:#}"))
}

#[test]
fn check_on_the_example_site_lists_exactly_its_untranslated_reports() {
    let run = rapport(&["check", "--root", repo().to_str().expect("utf-8")]);
    assert_eq!(run.status, 0, "{}", run.stdout);
    let (_, json) = {
        let out = rapport(&[
            "check",
            "--root",
            repo().to_str().expect("utf-8"),
            "--format",
            "json",
        ]);
        let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
        (out, json)
    };
    let files: Vec<&str> = json["missing_translations"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|m| m["file"].as_str())
        .collect();
    assert_eq!(
        files,
        [
            "content/reports/2018-11-20-aldrevard.sv.md",
            "content/reports/2023-04-28-round-table.en.md",
            "content/reports/2025-03-04-planering.sv.md",
        ]
    );
    assert_eq!(json["errors"], 0);
    assert_eq!(json["warnings"], 0);
    assert!(run
        .stdout
        .contains("check: 0 errors, 0 warnings, 3 reports or pages missing in a language"));
}

#[test]
fn check_reports_messages_missing_and_unused() {
    let site = TestSite::new()
        .file("locales/sv/extra.ftl", "bara-svenska = Bara på svenska\n")
        .file(
            "locales/en/extra.ftl",
            "bara-svenska = Only in Swedish\noanvand = Unused\n",
        )
        .file("locales/sv/unused.ftl", "oanvand = Oanvänd\n");
    let (run, json) = check(&site, &[]);
    assert_eq!(run.status, 0);
    let unused = finding(&json, "`oanvand` is not used");
    assert_eq!(unused["severity"], "warning");
    assert!(unused["file"].as_str().is_some_and(|f| f.ends_with(".ftl")));
    assert_eq!(unused["span"]["line"], 2);
    let (strict, _) = check(&site, &["--strict"]);
    assert_eq!(strict.status, 1);

    let site = site.file("locales/en/extra.ftl", "oanvand = Unused\n");
    let (run, json) = check(&site, &[]);
    assert_eq!(run.status, 1);
    assert_eq!(
        finding(&json, "`bara-svenska` is missing in `en`")["severity"],
        "error"
    );
}

#[test]
fn check_reports_fluent_syntax_errors() {
    let site = TestSite::new().file("locales/sv/trasig.ftl", "bra = Bra\ntrasig = { $x\n");
    let (run, json) = check(&site, &[]);
    assert_eq!(run.status, 1);
    let f = finding(&json, "Fluent syntax error");
    assert_eq!(f["file"], "locales/sv/trasig.ftl");
    assert_eq!(f["span"]["line"], 2);
}

#[test]
fn check_reports_front_matter_problems() {
    let site = TestSite::new()
        .file(
            "content/reports/a.sv.md",
            "---\ntitle: A\ndate: 2020-01-01\nsumary: x\n---\nx\n",
        )
        .file(
            "content/reports/b.sv.md",
            "---\ntitle: B\ndate: 2020-13-01\n---\nx\n",
        )
        .file(
            "content/reports/c.sv.md",
            "---\ntitle: C\ndate: 2020-01-01\ndraft: kanske\n---\nx\n",
        );
    let (run, json) = check(&site, &[]);
    assert_eq!(run.status, 1);
    let unknown = finding(&json, "unknown key `sumary`");
    assert_eq!(unknown["help"], "did you mean `summary`?");
    assert_eq!(unknown["span"]["line"], 4);
    assert_eq!(
        finding(&json, "`2020-13-01` is not a date")["span"]["line"],
        3
    );
    assert_eq!(
        finding(&json, "invalid type")["file"],
        "content/reports/c.sv.md"
    );
}

#[test]
fn check_warns_about_a_report_dated_in_the_future() {
    let site = TestSite::new().file("content/reports/a.sv.md", &report("A", "2999-01-01", "x"));
    let (run, json) = check(&site, &[]);
    assert_eq!(run.status, 0);
    let f = finding(&json, "in the future");
    assert_eq!(
        (f["severity"].as_str(), f["span"]["line"].as_u64()),
        (Some("warning"), Some(3))
    );
}

#[test]
fn check_reports_links_and_images_that_lead_nowhere_and_missing_alt_text() {
    let site = TestSite::new().file(
        "content/reports/a/index.sv.md",
        "---\ntitle: A\ndate: 2020-01-01\ncover: saknas.png\n---\nText.\n\n[Mötet](../b.sv.md)\n\n![](foto.png)\n\n![Borta](borta.png)\n",
    );
    site.write("content/reports/a/foto.png", &crate::support::png(40, 30));
    let (run, json) = check(&site, &[]);
    assert_eq!(run.status, 1);
    assert_eq!(
        finding(&json, "the link to `../b.sv.md` leads to no page")["span"]["line"],
        8
    );
    let alt = finding(&json, "`foto.png` has no alternative text");
    assert_eq!(
        (alt["severity"].as_str(), alt["span"]["line"].as_u64()),
        (Some("warning"), Some(10))
    );
    assert_eq!(
        finding(&json, "the image `borta.png` leads nowhere")["span"]["line"],
        12
    );
    assert_eq!(
        finding(&json, "the cover image `saknas.png` leads nowhere")["span"]["line"],
        4
    );
}

#[test]
fn check_reports_duplicate_slugs() {
    let site = TestSite::new()
        .file("content/reports/a.sv.md", &report("A", "2020-01-01", "x"))
        .file(
            "content/reports/b.sv.md",
            "---\ntitle: B\ndate: 2020-01-01\nslug: a\n---\nx\n",
        );
    let (run, json) = check(&site, &[]);
    assert_eq!(run.status, 1);
    finding(&json, "same address /sv/reports/a/");
}

#[test]
fn check_warns_when_translations_disagree() {
    let site = TestSite::new()
        .file(
            "content/reports/a.sv.md",
            "---\ntitle: A\ndate: 2020-01-01\ntags: [hälsa, vård]\n---\nx\n",
        )
        .file(
            "content/reports/a.en.md",
            "---\ntitle: A\ndate: 2020-02-01\ntags: [health]\n---\nx\n",
        );
    let (run, json) = check(&site, &[]);
    assert_eq!(run.status, 0);
    assert_eq!(finding(&json, "the date differs")["severity"], "warning");
    assert_eq!(
        finding(&json, "different numbers of tags")["severity"],
        "warning"
    );
    assert_eq!(json["warnings"], 2);
}

#[test]
fn check_writes_nothing() {
    let site = TestSite::new().file("content/reports/a.sv.md", &report("A", "2020-01-01", "x"));
    check(&site, &[]);
    assert!(!site.root().join("public").exists());
}
