//! Issue 20, the preview's part: `rapport new` leaves the meeting's facts to
//! the original, `check` warns when a translation's empty list hides them,
//! and `serve` on a port in use says so. (Titles in the preview's menus are
//! in `serve::incremental_rebuilds_equal_a_full_build`.)

use crate::support::{report, TestSite};

/// The top-level keys of a Markdown file's front matter, in order.
fn front_keys(text: &str) -> Vec<String> {
    let mut parts = text.splitn(3, "---\n");
    assert_eq!(parts.next(), Some(""), "front matter first: {text}");
    let yaml = parts.next().expect("front matter");
    yaml.lines()
        .filter(|l| !l.starts_with([' ', '-', '#']) && !l.trim().is_empty())
        .filter_map(|l| l.split_once(':').map(|(k, _)| k.to_string()))
        .collect()
}

fn check(site: &TestSite) -> (crate::support::Run, serde_json::Value) {
    let run = site.run(&["check", "--format", "json"]);
    let json = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    (run, json)
}

/// `check`'s findings about a translation's empty list, as (file, line, key).
fn emptied(json: &serde_json::Value) -> Vec<(String, u64, String)> {
    json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| {
            f["message"]
                .as_str()
                .is_some_and(|m| m.contains(": []` hides what"))
        })
        .map(|f| {
            assert_eq!(f["severity"], "warning", "{f}");
            let message = f["message"].as_str().expect("message");
            let key = message
                .trim_start_matches('`')
                .split_once(':')
                .expect("key")
                .0
                .to_string();
            (
                f["file"].as_str().expect("file").to_string(),
                f["span"]["line"].as_u64().expect("line"),
                key,
            )
        })
        .collect()
}

#[test]
fn new_leaves_the_meetings_facts_to_the_original_and_the_translation_shows_them() {
    let site = TestSite::new().file(
        "site.yaml",
        "base_url: https://example.org/\ndefault_language: sv\nlanguages: [sv, en]\ndefault_author: Redaktionen\n",
    );
    site.run(&["new", "Möte i Astana", "--date", "2024-05-02"])
        .assert_ok();
    let bundle = site.root().join("content/reports/2024-05-02-mote-i-astana");
    let sv = std::fs::read_to_string(bundle.join("index.sv.md")).expect("sv");
    let en = std::fs::read_to_string(bundle.join("index.en.md")).expect("en");
    assert_eq!(
        front_keys(&sv),
        [
            "title",
            "date",
            "author",
            "location",
            "tags",
            "organizations",
            "participants",
            "draft"
        ]
    );
    assert_eq!(
        front_keys(&en),
        ["title", "date", "tags", "draft", "translated_from"],
        "the translation carries what is its own language's, and the date"
    );

    // The author fills in the original's facts; the translation shows them.
    let filled = sv
        .replace("organizations: []", "organizations: [Region Uppsala]")
        .replace(
            "participants: []",
            "participants:\n  - name: Aigerim Sadykova\n    role: överläkare",
        );
    std::fs::write(bundle.join("index.sv.md"), filled).expect("write");
    site.run(&["build", "--drafts"]).assert_ok();
    let page = site.html("en/reports/2024-05-02-mote-i-astana/index.html");
    assert_eq!(
        page.texts(".facts .participants .name"),
        ["Aigerim Sadykova"]
    );
    assert_eq!(page.texts(".facts .organizations li"), ["Region Uppsala"]);
    assert!(
        page.text(".byline").contains("Redaktionen"),
        "the byline is inherited too"
    );
    let (run, json) = check(&site);
    assert_eq!(run.status, 0, "{}", run.stdout);
    assert_eq!(emptied(&json), []);
}

#[test]
fn check_warns_when_a_translations_empty_list_hides_the_originals_facts() {
    let sv = "---\ntitle: Möte i Astana\ndate: 2014-05-26\nauthor: Anna Berg\norganizations: [Region Uppsala]\nparticipants:\n  - name: Aigerim Sadykova\n---\nText.\n";
    let site = TestSite::new()
        .file("content/reports/astana.sv.md", sv)
        .file(
            "content/reports/astana.en.md",
            "---\ntitle: Meeting in Astana\ntags: []\norganizations: []\nparticipants: []\nauthor: []\n---\nText.\n",
        )
        // Empty lists with nothing to hide, and a list of its own: no warning.
        .file(
            "content/reports/uppsala.sv.md",
            "---\ntitle: Besök i Uppsala\ndate: 2018-11-20\norganizations: []\n---\nText.\n",
        )
        .file(
            "content/reports/uppsala.en.md",
            "---\ntitle: Visit to Uppsala\norganizations: []\nparticipants: [Erik Lund]\n---\nText.\n",
        );
    let (run, json) = check(&site);
    assert_eq!(run.status, 0, "a warning: {}", run.stdout);
    let mut found = emptied(&json);
    found.sort();
    let en = "content/reports/astana.en.md".to_string();
    assert_eq!(
        found,
        [
            (en.clone(), 4, "organizations".to_string()),
            (en.clone(), 5, "participants".to_string()),
            (en, 6, "author".to_string()),
        ]
    );
    let help = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| {
            f["message"]
                .as_str()
                .is_some_and(|m| m.starts_with("`participants: []`"))
        })
        .and_then(|f| f["help"].as_str())
        .expect("help");
    assert!(help.contains("content/reports/astana.sv.md"), "{help}");
    assert_eq!(site.run(&["check", "--strict"]).status, 1);
    // The build goes ahead, and shows what the file says: no facts.
    site.build();
    assert_eq!(site.html("en/reports/astana/index.html").count(".facts"), 0);
    assert_eq!(
        site.html("sv/reports/astana/index.html")
            .texts(".facts .participants .name"),
        ["Aigerim Sadykova"]
    );
}

#[test]
fn serve_on_a_port_in_use_says_so_and_how_to_choose_another() {
    let site = TestSite::new().file(
        "content/reports/astana.sv.md",
        &report("Möte i Astana", "2014-05-26", "Text."),
    );
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port().to_string();
    let run = site.run(&["serve", "--port", &port]);
    assert_eq!(run.status, 1);
    let lines: Vec<&str> = run.stderr.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines.first().copied(),
        Some(format!("error: the port {port} on 127.0.0.1 is in use: another program (perhaps another `rapport serve`) listens on it").as_str()),
        "{}",
        run.stderr
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("help:") && l.contains("`--port 0`")),
        "{}",
        run.stderr
    );
    assert!(
        !lines.iter().any(|l| l.contains("nothing was written")),
        "a server that did not start wrote nothing of the site: no build's footer\n{}",
        run.stderr
    );
    assert!(run.stdout.is_empty(), "{}", run.stdout);

    // In Swedish too.
    let sv = crate::support::rapport_with(
        &[
            "serve",
            "--port",
            &port,
            "--root",
            site.root().to_str().expect("utf-8"),
        ],
        &[("RAPPORT_LANG", "sv")],
    );
    assert_eq!(sv.status, 1);
    assert!(sv.stderr.contains("används"), "{}", sv.stderr);
    assert!(!sv.stderr.contains("ingenting skrevs"), "{}", sv.stderr);
}
