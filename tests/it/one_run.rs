//! One run tells everything, and `check` and `build` tell the same: every
//! mistake of a front matter at its own line, files that look like reports
//! but are not read, a missing photo whatever its name, and no warning about
//! what is only quoted in code.

use std::collections::BTreeSet;

use crate::support::{rapport, report, Run, TestSite};

/// `rapport check --format json` on `site`.
fn check(site: &TestSite) -> (Run, serde_json::Value) {
    let root = site.root().to_str().expect("utf-8");
    let run = rapport(&["check", "--root", root, "--format", "json"]);
    let json = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    (run, json)
}

/// A finding of `check` as (severity, file, line, message, help).
type Finding = (String, String, Option<u64>, String, String);

fn findings(json: &serde_json::Value) -> Vec<Finding> {
    json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["severity"].as_str().unwrap_or("").to_string(),
                f["file"].as_str().unwrap_or("").to_string(),
                f["span"]["line"].as_u64(),
                f["message"].as_str().unwrap_or("").to_string(),
                f["help"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// The `file:line` of each diagnostic `build` printed.
fn printed_locations(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("--> "))
        .map(|at| {
            let mut parts = at.rsplitn(3, ':');
            let _column = parts.next();
            let line = parts.next().unwrap_or("");
            let file = parts.next().unwrap_or("");
            format!("{file}:{line}")
        })
        .collect()
}

const SIX_MISTAKES: &str = "---
titel: Möte i Astana
date: 2014-02-30
tags: 5
participants:
  - name: Anna Berg
    rol: ordförande
cover:
  src: foto.jpg
  fokus: top
plats: Astana
---
Text.
";

#[test]
fn every_mistake_of_a_front_matter_is_told_in_one_run_at_its_own_line() {
    let site = TestSite::new()
        .file("content/reports/a/index.sv.md", SIX_MISTAKES)
        // The translation takes its date from the original, which failed.
        .file(
            "content/reports/a/index.en.md",
            "---\ntitle: Meeting in Astana\n---\nText.\n",
        );
    let file = "content/reports/a/index.sv.md";
    let expected: BTreeSet<String> = [2, 3, 4, 7, 10, 11]
        .iter()
        .map(|line| format!("{file}:{line}"))
        .collect();

    let (run, json) = check(&site);
    assert_eq!(run.status, 1, "{}", run.stdout);
    let found = findings(&json);
    let errors: Vec<&Finding> = found.iter().filter(|f| f.0 == "error").collect();
    let at: BTreeSet<String> = errors
        .iter()
        .map(|f| format!("{}:{}", f.1, f.2.unwrap_or(0)))
        .collect();
    assert_eq!(at, expected, "check: {found:#?}");
    assert_eq!(errors.len(), 6, "one error per mistake: {found:#?}");
    assert_eq!(json["errors"], 6);
    let help_at = |line: u64| -> &str {
        &errors
            .iter()
            .find(|f| f.2 == Some(line))
            .expect("an error at the line")
            .4
    };
    assert!(help_at(2).contains("did you mean `title`?"), "{found:#?}");
    assert!(help_at(7).contains("did you mean `role`?"), "{found:#?}");
    assert!(help_at(10).contains("did you mean `focus`?"), "{found:#?}");
    let message_at = |line: u64| -> &str {
        &errors
            .iter()
            .find(|f| f.2 == Some(line))
            .expect("an error at the line")
            .3
    };
    assert!(message_at(7).contains("`rol`"), "{found:#?}");
    assert!(message_at(10).contains("`fokus`"), "{found:#?}");
    // Nothing is claimed of the translation: its date is the original's.
    assert!(
        !found.iter().any(|f| f.1.ends_with("index.en.md")),
        "{found:#?}"
    );

    let built = site.run(&["build"]);
    assert_eq!(built.status, 1, "{}", built.stderr);
    let printed: Vec<String> = printed_locations(&built.stderr);
    assert_eq!(
        printed.iter().cloned().collect::<BTreeSet<_>>(),
        expected,
        "build:\n{}",
        built.stderr
    );
    assert_eq!(printed.len(), 6, "build:\n{}", built.stderr);
    assert!(
        built.stderr.contains("the site has 6 problems"),
        "{}",
        built.stderr
    );
}

#[test]
fn a_misspelt_title_is_one_mistake() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        "---\ntitel: Möte\ndate: 2020-01-01\n---\nText.\n",
    );
    let (run, json) = check(&site);
    assert_eq!(run.status, 1);
    let found = findings(&json);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].2, Some(2));
    assert!(found[0].3.contains("`titel`"), "{found:#?}");
    let built = site.run(&["build"]);
    assert_eq!(
        printed_locations(&built.stderr),
        ["content/reports/a.sv.md:2"],
        "{}",
        built.stderr
    );
    // A title left out altogether is still missing.
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        "---\ndate: 2020-01-01\nplats: Astana\n---\nText.\n",
    );
    let (_, json) = check(&site);
    let found = findings(&json);
    assert!(
        found.iter().any(|f| f.3.contains("has no `title`")),
        "{found:#?}"
    );
}

#[test]
fn nested_mistakes_are_shown_where_they_are_written() {
    let site = TestSite::new()
        .file(
            "content/reports/a.sv.md",
            "---
title: Möte
date: 2020-01-01
participants:
  - Erik Lind
  - name: Anna Berg
    role: ordförande
  - name: Sara Ek
    organisation: Region Uppsala
  - namn: Per Holm
cover:
  alt: Delegationen
  source: foto.jpg
location: {sv: Astana, en: 5, fr: Astana}
---
Text.
",
        )
        .file(
            "content/reports/b.sv.md",
            "---\ntitle: Möte\ndate: 2020-01-01\ncover:\n  alt: Delegationen\n---\nText.\n",
        );
    let (run, json) = check(&site);
    assert_eq!(run.status, 1);
    let found = findings(&json);
    let at: BTreeSet<(String, u64)> = found
        .iter()
        .map(|f| (f.1.clone(), f.2.unwrap_or(0)))
        .collect();
    let a = "content/reports/a.sv.md".to_string();
    let b = "content/reports/b.sv.md".to_string();
    // The unknown keys of two participants and of the cover, each one
    // mistake (not also a missing `name` or `src`), the unknown language,
    // and a cover without `src` at the cover, not at the title.
    let expected: BTreeSet<(String, u64)> = [
        (a.clone(), 9),
        (a.clone(), 10),
        (a.clone(), 13),
        (a.clone(), 14),
        (b.clone(), 4),
    ]
    .into_iter()
    .collect();
    assert_eq!(at, expected, "{found:#?}");
    assert_eq!(found.len(), 5, "{found:#?}");
    let help = |file: &str, line: u64| {
        found
            .iter()
            .find(|f| f.1 == file && f.2 == Some(line))
            .map(|f| f.4.clone())
            .unwrap_or_default()
    };
    assert!(
        help(&a, 9).contains("did you mean `organization`?"),
        "{found:#?}"
    );
    assert!(help(&a, 10).contains("did you mean `name`?"), "{found:#?}");
    assert!(help(&a, 13).contains("did you mean `src`?"), "{found:#?}");
    assert!(help(&b, 4).contains("src:"), "{found:#?}");
    let built = site.run(&["build"]);
    assert_eq!(built.status, 1);
    let printed: BTreeSet<String> = printed_locations(&built.stderr).into_iter().collect();
    let checked: BTreeSet<String> = expected.iter().map(|(f, l)| format!("{f}:{l}")).collect();
    assert_eq!(printed, checked, "{}", built.stderr);
}

#[test]
fn files_that_look_like_reports_but_are_not_read_are_named_with_the_name_to_give_them() {
    let site = TestSite::new()
        .file(
            "content/reports/a/index.sv.md",
            &report("A", "2020-01-01", "Text."),
        )
        .file(
            "content/reports/a/index.en.MD",
            "---\ntitle: A\n---\nText.\n",
        )
        .file(
            "content/reports/b.sv.md.txt",
            &report("B", "2020-01-02", "Text."),
        )
        .file(
            "content/reports/c/Index.sv.md",
            &report("C", "2020-01-03", "Text."),
        )
        .file(
            "content/reports/d.EN.md",
            "---\ntitle: D\ndate: 2020-01-04\n---\nText.\n",
        )
        // An attachment of a report, and a file of no report: no warning.
        .file("content/reports/a/protokoll.txt", "Protokoll")
        .file("content/reports/a/anteckningar.md.txt", "Anteckningar");
    let (run, json) = check(&site);
    assert_eq!(run.status, 0, "{}", run.stdout);
    let found = findings(&json);
    let warned: BTreeSet<(String, String)> = found
        .iter()
        .filter(|f| f.0 == "warning")
        .filter_map(|f| {
            let name = f.4.split('`').nth(1)?;
            Some((f.1.clone(), name.to_string()))
        })
        .collect();
    let expected: BTreeSet<(String, String)> = [
        ("content/reports/a/index.en.MD", "index.en.md"),
        ("content/reports/b.sv.md.txt", "b.sv.md"),
        ("content/reports/c/Index.sv.md", "index.sv.md"),
        ("content/reports/d.EN.md", "d.en.md"),
    ]
    .iter()
    .map(|(f, n)| (f.to_string(), n.to_string()))
    .collect();
    assert_eq!(warned, expected, "{found:#?}");
    assert_eq!(json["warnings"], 4, "{found:#?}");

    let built = site.run(&["build"]);
    assert_eq!(built.status, 0, "{}", built.stderr);
    assert!(
        built.stderr.contains("4 warnings"),
        "build counts them:\n{}",
        built.stderr
    );
    // Addresses stay as they were: what was read is published where it was.
    assert!(site.exists("sv/reports/a/index.html"));
    assert!(!site.exists("en/reports/a/index.html"));
    assert!(site.exists("sv/reports/c/index/index.html"));
    assert!(site.exists("sv/reports/d-en/index.html"));
    assert!(!site.exists("sv/reports/b/index.html"));
}

#[test]
fn a_language_the_site_does_not_have_is_an_error_in_both() {
    let site = TestSite::new().file(
        "content/reports/a.ru.md",
        "---\ntitle: A\ndate: 2020-01-01\nplats: Astana\n---\nText.\n",
    );
    let (run, json) = check(&site);
    assert_eq!(run.status, 1);
    let found = findings(&json);
    assert!(found.iter().any(|f| f.3.contains("`ru`")), "{found:#?}");
    // The front matter is read too, so its mistakes come in the same run.
    assert!(found.iter().any(|f| f.3.contains("`plats`")), "{found:#?}");
    let built = site.run(&["build"]);
    assert_eq!(built.status, 1);
    assert!(built.stderr.contains("`ru`"), "{}", built.stderr);
    assert!(built.stderr.contains("`plats`"), "{}", built.stderr);
}

#[test]
fn a_missing_photo_is_an_error_whatever_its_name() {
    for (written, on_disk, says) in [
        ("möte 1.jpg", None, "the image `möte 1.jpg` leads nowhere"),
        (
            "möte 1.jpg",
            Some("Möte 1.JPG"),
            "did you mean `Möte 1.JPG`?",
        ),
        ("möte1.jpg", Some("Möte1.JPG"), "did you mean `Möte1.JPG`?"),
    ] {
        let site = TestSite::new().file(
            "content/reports/a/index.sv.md",
            &format!("---\ntitle: A\ndate: 2020-01-01\n---\nText.\n\n![Mötet]({written})\n"),
        );
        if let Some(name) = on_disk {
            site.write(
                &format!("content/reports/a/{name}"),
                &crate::support::jpeg(40, 30),
            );
        }
        let (run, json) = check(&site);
        assert_eq!(run.status, 1, "{written}: {}", run.stdout);
        let found = findings(&json);
        let errors: Vec<&Finding> = found.iter().filter(|f| f.0 == "error").collect();
        assert_eq!(errors.len(), 1, "{written}: {found:#?}");
        assert_eq!(errors[0].2, Some(7), "{found:#?}");
        assert!(
            format!("{} {}", errors[0].3, errors[0].4).contains(says),
            "{written}: {found:#?}"
        );
        // Not also a warning that it is published as text: it is not published.
        assert_eq!(found.len(), 1, "{written}: {found:#?}");
        let built = site.run(&["build"]);
        assert_eq!(built.status, 1, "{}", built.stderr);
        assert!(built.stderr.contains(says), "{}", built.stderr);
        assert_eq!(
            printed_locations(&built.stderr),
            ["content/reports/a/index.sv.md:7"],
            "{}",
            built.stderr
        );
    }
}

#[test]
fn what_is_quoted_in_code_is_not_taken_for_an_image() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2020-01-01\n---\nSå skrivs en bild:\n\n```\n![](x.jpg)\n![Besök](möte 2.jpg)\n```\n\n    ![](y.jpg)\n    ![Besök](möte 3.jpg)\n\n~~~markdown\n![](z.jpg)\n~~~\n\nOch i en rad: `![](w.jpg)` och `![a](b c.jpg)`.\n",
    );
    let (run, json) = check(&site);
    assert_eq!(run.status, 0, "{}", run.stdout);
    assert_eq!(json["warnings"], 0, "{:#?}", findings(&json));
    assert_eq!(json["errors"], 0, "{:#?}", findings(&json));
    let built = site.run(&["build"]);
    assert_eq!(built.status, 0, "{}", built.stderr);
    assert!(!built.stderr.contains("warning"), "{}", built.stderr);
    assert_eq!(site.html("sv/reports/a/index.html").count(".body pre"), 3);
}

#[test]
fn an_image_markdown_did_not_read_is_still_a_warning() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2020-01-01\n---\nText.\n\n![Mötet](https://example.org/möte 1.jpg)\n\n![Mötet(a.jpg)\n",
    );
    let (run, json) = check(&site);
    assert_eq!(run.status, 0, "{}", run.stdout);
    let found = findings(&json);
    let lines: Vec<Option<u64>> = found.iter().map(|f| f.2).collect();
    assert_eq!(lines, [Some(7)], "{found:#?}");
    assert_eq!(json["warnings"], 1);
}

#[test]
fn a_link_to_the_address_of_a_draft_fails_check_as_it_fails_build() {
    // The draft's own address and the one with its folder's date: `check`
    // builds its model with drafts, so both exist there, but not in the
    // build, which leaves the draft out.
    let body =
        "Se [utkastet](/sv/reports/utkast/) och [med datum](/sv/reports/2026-11-01-utkast/).";
    let site = TestSite::new()
        .file(
            "content/reports/2026-11-01-utkast/index.sv.md",
            "---\ntitle: Utkast\ndate: 2026-11-01\ndraft: true\n---\nEj klart.\n",
        )
        .file(
            "content/reports/2026-10-01-mote/index.sv.md",
            &report("Mötet", "2026-10-01", body),
        );
    let build = site.run(&["build"]);
    assert_ne!(build.status, 0, "{}", build.stderr);
    let built_at = printed_locations(&build.stderr);
    let (run, json) = check(&site);
    assert_ne!(run.status, 0, "{}", run.stdout);
    let errors: Vec<Finding> = findings(&json)
        .into_iter()
        .filter(|f| f.0 == "error")
        .collect();
    let checked_at: Vec<String> = errors
        .iter()
        .map(|f| format!("{}:{}", f.1, f.2.unwrap_or(0)))
        .collect();
    assert_eq!(checked_at.len(), 2, "{errors:?}");
    // The same lines in both, and check names the draft where it can.
    for at in &checked_at {
        assert!(built_at.contains(at), "{at} not in {built_at:?}");
    }
    assert!(errors.iter().any(|f| f.3.contains("a draft")), "{errors:?}");
}
