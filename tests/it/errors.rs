//! Errors a user can make: each exits 1, names the file and line, and
//! leaves the previous output exactly as it was.

use std::collections::BTreeMap;
use std::path::Path;

use crate::support::{report, Run, TestSite};

fn snapshot(dir: &Path) -> BTreeMap<String, (Vec<u8>, std::time::SystemTime)> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let meta = e.metadata().expect("metadata");
            (
                e.path().display().to_string(),
                (
                    std::fs::read(e.path()).expect("read"),
                    meta.modified().expect("mtime"),
                ),
            )
        })
        .collect()
}

/// Builds a good site, then breaks `path` with `text` and builds again.
fn broken(path: &str, text: &str) -> Run {
    let site = TestSite::new()
        .file("content/reports/a.sv.md", &report("A", "2020-01-01", "x"))
        .file("content/reports/a.en.md", "---\ntitle: A\n---\nx\n");
    site.build();
    let before = snapshot(&site.root().join("public"));
    assert!(!before.is_empty());
    site.write(path, text.as_bytes());
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1, "expected a failed build:\n{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(
        snapshot(&site.root().join("public")),
        before,
        "the output changed"
    );
    run
}

#[test]
fn malformed_yaml_names_file_and_line() {
    let run = broken(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2020-01-01\ntags: [a, b\n---\nx\n",
    );
    assert!(
        run.stderr.contains("--> content/reports/a.sv.md:5:"),
        "{}",
        run.stderr
    );
}

#[test]
fn missing_title_is_an_error() {
    let run = broken("content/reports/a.sv.md", "---\ndate: 2020-01-01\n---\nx\n");
    assert!(run.stderr.contains("has no `title`"), "{}", run.stderr);
    assert!(
        run.stderr.contains("content/reports/a.sv.md:1:1"),
        "{}",
        run.stderr
    );
}

#[test]
fn unknown_key_suggests_the_nearest_known_key() {
    let run = broken(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2020-01-01\nsumary: Kort\n---\nx\n",
    );
    assert!(
        run.stderr.contains("unknown key `sumary`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("content/reports/a.sv.md:4:1"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `summary`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn every_error_of_a_build_is_reported() {
    let site = TestSite::new()
        .file("content/reports/a.sv.md", "---\ntitel: A\n---\nx\n")
        .file(
            "content/reports/b.sv.md",
            "---\ntitle: B\ndate: 2020-13-45\n---\nx\n",
        );
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("content/reports/a.sv.md:2:1"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("content/reports/b.sv.md:3:1"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("the site has 2 problems"),
        "{}",
        run.stderr
    );
}

#[test]
fn message_missing_in_one_language_names_message_and_language() {
    let run = broken("locales/sv/extra.ftl", "bara-svenska = Bara på svenska\n");
    assert!(
        run.stderr
            .contains("the message `bara-svenska` is missing in `en`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("locales/sv/extra.ftl:1"),
        "{}",
        run.stderr
    );
}

#[test]
fn message_the_theme_uses_missing_everywhere_is_an_error() {
    let site = TestSite::new();
    let en = std::fs::read_to_string(site.root().join("locales/en/main.ftl")).expect("read");
    let sv = std::fs::read_to_string(site.root().join("locales/sv/main.ftl")).expect("read");
    let drop = |text: &str| {
        text.lines()
            .filter(|l| !l.starts_with("nav-main"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let site = site
        .file("locales/en/main.ftl", &drop(&en))
        .file("locales/sv/main.ftl", &drop(&sv));
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr
            .contains("the message `nav-main` is missing in `sv`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("themes/default/templates/base.html:"),
        "{}",
        run.stderr
    );
}

#[test]
fn fluent_syntax_error_names_file_and_line() {
    let run = broken(
        "locales/sv/extra.ftl",
        "# kommentar\nbra = Bra\ntrasig = { $x\n",
    );
    assert!(run.stderr.contains("Fluent syntax error"), "{}", run.stderr);
    assert!(
        run.stderr.contains("locales/sv/extra.ftl:3:"),
        "{}",
        run.stderr
    );
}

#[test]
fn template_syntax_error_names_the_template() {
    let run = broken(
        "themes/default/templates/page.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{{ page.title \n{% endblock main %}\n",
    );
    assert!(
        run.stderr.contains("themes/default/templates/page.html"),
        "{}",
        run.stderr
    );
}

#[test]
fn unclosed_front_matter_is_an_error() {
    let run = broken(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2020-01-01\nText utan slut.\n",
    );
    assert!(
        run.stderr.contains("front matter is not closed"),
        "{}",
        run.stderr
    );
}

#[test]
fn impossible_date_names_the_line() {
    let run = broken(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2014-02-30\n---\nx\n",
    );
    assert!(
        run.stderr.contains("content/reports/a.sv.md:3:1"),
        "{}",
        run.stderr
    );
}

#[test]
fn report_without_a_date_anywhere_is_an_error() {
    let run = broken("content/reports/c.sv.md", "---\ntitle: C\n---\nx\n");
    assert!(
        run.stderr.contains("content/reports/c.sv.md"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("no `date`"), "{}", run.stderr);
}

#[test]
fn link_to_a_missing_page_names_file_and_line() {
    let run = broken(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2020-01-01\n---\nText.\n\nSe [mötet](saknas.sv.md).\n",
    );
    assert!(
        run.stderr.contains("content/reports/a.sv.md:7:"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("saknas.sv.md"), "{}", run.stderr);
}

#[test]
fn language_not_in_site_yaml_is_an_error() {
    let run = broken("content/reports/b.ru.md", &report("B", "2020-01-01", "x"));
    assert!(run.stderr.contains("`ru`"), "{}", run.stderr);
}

#[test]
fn two_files_for_one_translation_are_an_error() {
    let site = TestSite::new()
        .file(
            "content/reports/a.sv.md",
            "---\ntitle: A\ndate: 2020-01-01\ntranslation: k\n---\nx\n",
        )
        .file(
            "content/reports/b.sv.md",
            "---\ntitle: B\ndate: 2020-01-01\ntranslation: k\n---\nx\n",
        );
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("both the `sv` version"),
        "{}",
        run.stderr
    );
}

#[test]
fn two_pages_with_one_address_are_an_error() {
    let run = broken(
        "content/reports/b.sv.md",
        "---\ntitle: B\ndate: 2020-01-01\nslug: a\n---\nx\n",
    );
    assert!(
        run.stderr.contains("same address /sv/reports/a/"),
        "{}",
        run.stderr
    );
}

#[test]
fn wrong_type_names_the_line() {
    let run = broken(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2020-01-01\ndraft: kanske\n---\nx\n",
    );
    assert!(
        run.stderr.contains("content/reports/a.sv.md:4:"),
        "{}",
        run.stderr
    );
}

#[test]
fn common_mistakes_get_plain_words_and_the_fix() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "---\ntitle: A\n\tdate: 2020-01-01\n---\n",
            "tab",
            &["a tab character", "replace the tab with spaces"],
        ),
        (
            "---\ntitle: Möte: Astana\ndate: 2020-01-01\n---\n",
            "colon",
            &["contains `: `", "title: \"Möte: Astana\""],
        ),
        (
            "---\ntitle: A\ndate: 2020-01-01\ntags: delegation, primärvård\n---\n",
            "tags as text",
            &["must be a list", "[delegation, primärvård]"],
        ),
        (
            "---\ntitle: A\ndate: 2020-01-01\nparticipants:\n  - namn: Anna\n---\n",
            "participant",
            &["participant", "- name: Anna Svensson"],
        ),
        ("+++\ntitle = \"A\"\n+++\n", "TOML", &["TOML", "reads YAML"]),
        ("{\"title\": \"A\"}\n", "JSON", &["JSON", "reads YAML"]),
        (
            "---\ntitle: A\ndate: 2020-01-01\nimage: foto.jpg\n---\n",
            "image",
            &["`cover`"],
        ),
        (
            "---\ntitle: A\ndate: 2020-01-01\ncategories: [x]\n---\n",
            "categories",
            &["`taxonomies`"],
        ),
        (
            "---\ntitle: A\ndate: 26 maj 2014\n---\n",
            "date",
            &["date: 2014-05-26"],
        ),
    ];
    for (text, what, says) in cases {
        let site = TestSite::new().file("content/reports/a.sv.md", text);
        let run = site.run(&["build"]);
        assert_eq!(run.status, 1, "{what}");
        for s in *says {
            assert!(
                run.stderr.contains(s),
                "{what}: does not say {s}:\n{}",
                run.stderr
            );
        }
        assert!(!run.stderr.contains("RFC 3339"), "{what}");
        assert!(!run.stderr.contains("RawParticipant"), "{what}");
    }
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2020-01-01\nzzzzz: 1\n---\n",
    );
    let run = site.run(&["build"]);
    let known = run.stderr.split("the known keys are ").nth(1).unwrap_or("");
    let known = known.split(';').next().unwrap_or("");
    let keys: Vec<&str> = known.split(", ").collect();
    let mut distinct = keys.clone();
    distinct.dedup();
    assert!(keys.len() > 5 && keys.len() == distinct.len(), "{known}");
}

#[test]
fn a_broken_link_is_reported_once_however_many_outputs_show_it() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2020-01-01\ntags: [x, y]\n---\n[Mötet](finns-inte.sv.md)\n",
    );
    for command in ["build", "check"] {
        let run = site.run(&[command]);
        assert_eq!(run.status, 1);
        let said = format!("{}{}", run.stdout, run.stderr);
        assert_eq!(
            said.matches("the link to `finns-inte.sv.md` leads to no page")
                .count(),
            1,
            "{command}:\n{said}"
        );
    }
}
