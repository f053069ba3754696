//! What rapport prints is in the user's language: Swedish for a Swedish
//! locale or `RAPPORT_LANG=sv`, English otherwise.

use crate::support::{rapport_with, report, Run, TestSite};

/// A site whose only report has an unknown key on line 3.
fn bad_site() -> TestSite {
    TestSite::new().file(
        "content/reports/a.sv.md",
        "---\ntitle: A\ntitel: B\ndate: 2020-01-01\n---\nx\n",
    )
}

fn build_with(site: &TestSite, vars: &[(&str, &str)]) -> Run {
    let root = site.root().to_str().expect("utf-8");
    rapport_with(&["build", "--root", root], vars)
}

/// The first line of the first problem, and its `-->` location.
fn first_problem(run: &Run) -> (String, String) {
    let mut lines = run.stderr.lines();
    let message = lines.next().unwrap_or_default().to_string();
    let location = lines
        .find_map(|l| l.trim_start().strip_prefix("--> "))
        .unwrap_or_default()
        .to_string();
    (message, location)
}

#[test]
fn a_swedish_locale_gives_swedish_errors_with_the_place_kept() {
    let site = bad_site();
    let run = build_with(&site, &[("LANG", "sv_SE.UTF-8")]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    let (message, location) = first_problem(&run);
    assert_eq!(message, "fel: okänd nyckel `titel`", "{}", run.stderr);
    assert_eq!(location, "content/reports/a.sv.md:3:1", "{}", run.stderr);
    assert!(run.stderr.contains("3 | titel: B"), "{}", run.stderr);
    assert!(
        run.stderr.contains("= gör så här: menade du `title`?"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .trim_end()
            .ends_with("fel: webbplatsen har 1 problem; ingenting skrevs"),
        "{}",
        run.stderr
    );
}

#[test]
fn rapport_lang_wins_over_the_locale() {
    let site = bad_site();
    let run = build_with(&site, &[("LANG", "sv_SE.UTF-8"), ("RAPPORT_LANG", "en")]);
    assert_eq!(run.status, 1);
    assert_eq!(first_problem(&run).0, "error: unknown key `titel`");
    let run = build_with(&site, &[("LC_ALL", "C"), ("RAPPORT_LANG", "sv")]);
    assert_eq!(first_problem(&run).0, "fel: okänd nyckel `titel`");
}

#[test]
fn lc_all_wins_over_lang() {
    let site = bad_site();
    let run = build_with(&site, &[("LANG", "en_GB.UTF-8"), ("LC_ALL", "sv_FI.UTF-8")]);
    assert_eq!(first_problem(&run).0, "fel: okänd nyckel `titel`");
}

#[test]
fn the_c_locale_and_unknown_languages_give_english() {
    let site = bad_site();
    for lang in ["C", "POSIX", "de_DE.UTF-8", ""] {
        let run = build_with(&site, &[("LANG", lang)]);
        assert_eq!(run.status, 1);
        assert_eq!(
            first_problem(&run).0,
            "error: unknown key `titel`",
            "{lang}"
        );
        assert!(
            run.stderr.contains("= help: did you mean `title`?"),
            "{lang}"
        );
    }
}

#[test]
fn a_good_build_sums_up_in_swedish() {
    let site = TestSite::new().file("content/reports/a.sv.md", &report("A", "2020-01-01", "x"));
    let run = build_with(&site, &[("LANG", "sv_SE.UTF-8")]);
    run.assert_ok();
    assert!(run.stdout.starts_with("Byggde "), "{}", run.stdout);
    assert!(run.stdout.contains(" sidor, "), "{}", run.stdout);
}

#[test]
fn help_is_in_swedish() {
    let run = rapport_with(&["--help"], &[("LANG", "sv_SE.UTF-8")]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "Bygger webbplatser för mötesrapporter på två språk."
    );
    assert!(
        lines.contains(&"Användning: rapport <KOMMANDO>"),
        "{}",
        run.stdout
    );
    assert!(lines.contains(&"Kommandon:"), "{}", run.stdout);
    assert!(
        lines.iter().any(|l| l.trim_start().starts_with("build")
            && l.ends_with("Bygg webbplatsen i utdatamappen.")),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("Usage"), "{}", run.stdout);
}

#[test]
fn build_help_is_in_swedish() {
    let run = rapport_with(&["build", "--help"], &[("RAPPORT_LANG", "sv")]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines[0], "Bygg webbplatsen i utdatamappen.");
    assert!(
        lines.contains(&"Användning: rapport build [ALTERNATIV]"),
        "{}",
        run.stdout
    );
    assert!(lines.contains(&"Alternativ:"), "{}", run.stdout);
    let root = lines
        .iter()
        .find(|l| l.trim_start().starts_with("--root"))
        .expect("--root is listed");
    assert!(
        root.contains("<MAPP>") && root.ends_with("Webbplatsens mapp. [standard: .]"),
        "{root}"
    );
    let english = rapport_with(&["build", "--help"], &[("LANG", "C")]);
    assert!(
        english.stdout.contains("Usage: rapport build [OPTIONS]"),
        "{}",
        english.stdout
    );
    assert!(
        english.stdout.contains("The site folder. [default: .]"),
        "{}",
        english.stdout
    );
}

#[test]
fn the_preview_error_page_is_in_swedish() {
    let site = TestSite::new().file("content/reports/a.sv.md", &report("A", "2020-01-01", "x"));
    let server = site.serve_in("sv");
    site.write(
        "content/reports/a.sv.md",
        b"---\ntitle: A\ntitel: B\ndate: 2020-01-01\n---\nx\n",
    );
    let mut page = None;
    for _ in 0..100 {
        let response = server.get("/");
        if response.status == 500 {
            page = Some(response);
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let response = page.expect("the error page is served");
    let html = response.page();
    assert_eq!(html.attr("html", "lang"), "sv");
    assert_eq!(html.text("h1"), "Webbplatsen gick inte att bygga");
    let error = html.text("pre.rapport-error");
    assert!(error.starts_with("fel: okänd nyckel `titel`"), "{error}");
    assert!(error.contains("content/reports/a.sv.md:3:1"), "{error}");
}

#[test]
fn the_translators_view_is_in_swedish() {
    let site = TestSite::new()
        .file(
            "content/reports/a.sv.md",
            &report("Möte", "2020-01-01", "Text."),
        )
        .file(
            "content/reports/a.en.md",
            "---\ntitle: Meeting\n---\nText.\n",
        );
    let server = site.serve_in("sv");
    let list = server.get("/__rapport/translations/");
    assert_eq!(list.status, 200);
    let page = list.page();
    assert_eq!(page.attr("html", "lang"), "sv");
    assert_eq!(page.text("h1"), "Översättningar");
    assert_eq!(
        page.text("caption"),
        "Alla rapporter och deras läge på varje språk"
    );
    assert_eq!(page.texts("thead th")[..2], ["Rapport", "Datum"]);
    let detail = server.get("/__rapport/translations/reports/a").page();
    assert_eq!(detail.text("main > p a"), "Alla översättningar");
    assert!(
        detail
            .text("caption")
            .starts_with("Originalet (sv) och översättningen (en)"),
        "{}",
        detail.text("caption")
    );
}

#[test]
fn init_and_the_importers_speak_swedish() {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("webb");
    let site = site.to_str().expect("utf-8");
    let run = rapport_with(&["init", site], &[("LANG", "sv_SE.UTF-8")]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .lines()
            .next()
            .unwrap_or_default()
            .starts_with("Skapade "),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("Webbplatsen är klar: `rapport serve --root "),
        "{}",
        run.stdout
    );
    let run = rapport_with(
        &["import", "wordpress", "finns-inte.xml", "--root", site],
        &[("LANG", "sv_SE.UTF-8")],
    );
    assert_eq!(run.status, 1);
    let first = run.stderr.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("fel: finns-inte.xml gick inte att läsa: "),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("= gör så här: kontrollera sökvägen till exportfilen"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_mistyped_command_line_is_explained_in_swedish() {
    let run = rapport_with(&["build", "--rot", "."], &[("LANG", "sv_SE.UTF-8")]);
    assert_eq!(run.status, 2);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines[0], "fel: oväntat argument '--rot'", "{}", run.stderr);
    assert!(
        lines.contains(&"  tips: menade du '--root'?"),
        "{}",
        run.stderr
    );
    assert!(
        lines.contains(&"Användning: rapport build [ALTERNATIV]"),
        "{}",
        run.stderr
    );
    let run = rapport_with(&["check", "--format", "xml"], &[("RAPPORT_LANG", "sv")]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.starts_with(
            "fel: ogiltigt värde 'xml' för '--format <FORMAT>'\n  [möjliga värden: text, json]\n"
        ),
        "{}",
        run.stderr
    );
    let english = rapport_with(&["build", "--rot", "."], &[("LANG", "C")]);
    assert_eq!(english.status, 2);
    assert!(
        english
            .stderr
            .starts_with("error: unexpected argument '--rot' found"),
        "{}",
        english.stderr
    );
}
