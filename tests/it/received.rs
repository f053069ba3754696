//! A site folder received from someone else (a zip, a clone, a synced
//! folder) is not trusted beyond the author's text and templates: what it
//! carries beside the output, in the output, and in its settings cannot make
//! a build read or write outside the site and its output.

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::Command;

use crate::support::{report, TestSite};

fn edit(site: &TestSite, text: &str) {
    site.write(
        "content/reports/astana.sv.md",
        report("Möte i Astana", "2014-05-26", text).as_bytes(),
    );
}

/// Copies a folder as an unpacked archive would: new files, links kept as links.
fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("readable");
        let dest = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            fs::create_dir_all(&dest).expect("mkdir");
        } else if entry.file_type().is_symlink() {
            symlink(fs::read_link(entry.path()).expect("link"), &dest).expect("symlink");
        } else {
            fs::copy(entry.path(), &dest).expect("copy");
        }
    }
}

#[test]
fn a_kept_tree_that_came_with_the_folder_is_never_written_into() {
    let site = TestSite::new();
    edit(&site, "Första versionen.");
    site.build();
    edit(&site, "Andra versionen.");
    site.build();
    let spare = site.root().join(".public.rapport-old");
    assert!(spare.is_dir(), "the build kept the old tree");
    // The folder travels: the kept tree arrives as a copy, with a link
    // added where the next build writes its Swedish pages.
    let received = site.root().join(".received");
    copy_tree(&spare, &received);
    fs::remove_dir_all(&spare).expect("rm");
    fs::rename(&received, &spare).expect("mv");
    let elsewhere = tempfile::tempdir().expect("temp dir");
    fs::write(elsewhere.path().join("index.html"), "the owner's own page").expect("write");
    fs::remove_dir_all(spare.join("sv")).expect("rm");
    symlink(elsewhere.path(), spare.join("sv")).expect("symlink");

    edit(&site, "Tredje versionen.");
    site.build();
    edit(&site, "Fjärde versionen.");
    site.build();
    assert_eq!(
        fs::read_to_string(elsewhere.path().join("index.html")).expect("kept"),
        "the owner's own page"
    );
    assert_eq!(fs::read_dir(elsewhere.path()).expect("read").count(), 1);
    let page = site.html("sv/reports/astana/index.html");
    assert!(page
        .texts("main article p")
        .contains(&"Fjärde versionen.".to_string()));
}

#[test]
fn a_link_where_the_output_has_its_own_folder_stops_the_build() {
    let site = TestSite::new();
    edit(&site, "Första versionen.");
    site.build();
    let before = fs::read(site.output("sv/reports/astana/index.html")).expect("built");
    // A received output folder whose Swedish pages are a link elsewhere.
    let elsewhere = tempfile::tempdir().expect("temp dir");
    fs::write(elsewhere.path().join("index.html"), "the owner's own page").expect("write");
    let sv = site.output("sv/reports");
    fs::remove_dir_all(&sv).expect("rm");
    symlink(elsewhere.path(), &sv).expect("symlink");
    edit(&site, "Andra versionen.");
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(&sv.display().to_string()),
        "the error names the link: {}",
        run.stderr
    );
    assert_eq!(
        fs::read_to_string(elsewhere.path().join("index.html")).expect("kept"),
        "the owner's own page"
    );
    assert_eq!(fs::read_dir(elsewhere.path()).expect("read").count(), 1);
    assert!(fs::symlink_metadata(&sv).expect("kept").is_symlink());
    // Once the link is gone the build goes on.
    fs::remove_file(&sv).expect("rm");
    site.build();
    assert_ne!(
        fs::read(site.output("sv/reports/astana/index.html")).expect("built"),
        before
    );
}

#[test]
fn two_builds_into_one_output_never_meet() {
    let site = TestSite::new();
    edit(&site, "Första versionen.");
    site.build();
    let before = fs::read(site.output("sv/reports/astana/index.html")).expect("built");
    // Another build holds the output's lock.
    let lock = site.root().join(".public.rapport-lock");
    let mut holder = Command::new("flock")
        .arg("--no-fork")
        .arg(&lock)
        .args(["sleep", "30"])
        .spawn()
        .expect("flock runs (util-linux)");
    while !lock.exists() {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::thread::sleep(std::time::Duration::from_millis(200));
    edit(&site, "Andra versionen.");
    let run = site.run(&["build"]);
    let _ = holder.kill();
    let _ = holder.wait();
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(".public.rapport-lock"),
        "the error says what holds the output: {}",
        run.stderr
    );
    assert_eq!(
        fs::read(site.output("sv/reports/astana/index.html")).expect("kept"),
        before,
        "the output is as the other build left it"
    );
    // The lock is released with the process that held it.
    site.build();
}

#[test]
fn a_lock_file_that_is_a_link_is_not_followed() {
    let site = TestSite::new();
    edit(&site, "Första versionen.");
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let target = elsewhere.path().join("notes.txt");
    fs::write(&target, "the owner's notes").expect("write");
    symlink(&target, site.root().join(".public.rapport-lock")).expect("symlink");
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert_eq!(
        fs::read_to_string(&target).expect("kept"),
        "the owner's notes"
    );
    assert!(!site.output("index.html").exists());
}

/// Whether `c` is a character XML 1.0 forbids (or HTML calls an error).
fn forbidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}')
}

#[test]
fn control_characters_written_as_escapes_never_reach_an_output() {
    // YAML's escapes (`\v`, `\x01`, `\u0007`, `\e`), a character reference in
    // the text and a Fluent escape all unescape to characters XML forbids.
    let site = TestSite::new().file(
        "content/reports/astana.sv.md",
        "---\ntitle: \"Möte\\vi Astana\\x01\"\ndate: 2014-05-26\nsummary: \"Kort\\u0007 om mötet\\e\"\n\
         tags: [\"hälsa\\x02\"]\nlocation: \"Astana\\x0c\"\n---\nText med &#11; och &#x1F; i sig.\n",
    );
    let en = site.root().join("locales/en/main.ftl");
    let mut ftl = fs::read_to_string(&en).expect("ftl");
    ftl = ftl.replacen("site-title = ", "site-title = {\"\\u0001\"}", 1);
    fs::write(&en, ftl).expect("write");
    site.build();
    let mut feeds = 0;
    for entry in walkdir::WalkDir::new(site.output("")) {
        let entry = entry.expect("readable");
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let Ok(text) = fs::read_to_string(path) else {
            continue; // a photo
        };
        let bad: Vec<char> = text.chars().filter(|c| forbidden(*c)).collect();
        assert!(bad.is_empty(), "{} holds {bad:?}", path.display());
        if path.extension().is_some_and(|e| e == "xml") && text.contains("<feed") {
            feeds += 1;
            feed_rs::parser::parse(text.as_bytes()).expect("the feed parses");
        }
    }
    assert!(feeds >= 4, "the site's feeds were read ({feeds})");
    let page = site.html("sv/reports/astana/index.html");
    assert_eq!(page.text("h1"), "Mötei Astana");
}

/// `date` in the time zone `tz`, `offset` from now, as RFC 3339.
fn instant(tz: &str, offset: &str) -> String {
    let out = Command::new("date")
        .env("TZ", tz)
        .args(["-d", offset, "+%Y-%m-%dT%H:%M:%S%:z"])
        .output()
        .expect("date runs");
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .trim()
        .to_string()
}

#[test]
fn an_embargo_on_the_original_holds_for_its_translations() {
    let site = TestSite::new()
        .file(
            "content/reports/astana/index.sv.md",
            "---\ntitle: Möte i Astana\ndate: 2014-05-26\npublish_date: 2999-01-01\n---\nHemligt.\n",
        )
        .file(
            "content/reports/astana/index.en.md",
            "---\ntitle: Meeting in Astana\n---\nSecret.\n",
        )
        .file(
            "content/reports/oral.sv.md",
            &report("Möte i Oral", "2014-06-02", "Öppet."),
        );
    site.build();
    assert!(site.exists("sv/reports/oral/index.html"));
    for lang in ["sv", "en"] {
        assert!(
            !site.exists(&format!("{lang}/reports/astana/index.html")),
            "the {lang} version waits for the original's publish_date"
        );
        let feed = fs::read(site.output(&format!("{lang}/atom.xml"))).expect("feed");
        let feed = feed_rs::parser::parse(feed.as_slice()).expect("the feed parses");
        assert!(
            feed.entries
                .iter()
                .all(|e| !e.links.iter().any(|l| l.href.contains("astana"))),
            "the {lang} feed leaves it out"
        );
    }
    // check lists both as scheduled and reports no error for the translation.
    let checked = site.run(&["check", "--format", "json"]);
    assert_eq!(checked.status, 0, "{}", checked.stdout);
    let json: serde_json::Value = serde_json::from_str(&checked.stdout).expect("json");
    assert_eq!(json["errors"], 0);
    // With --future both are there.
    site.run(&["build", "--future"]).assert_ok();
    assert!(site.exists("sv/reports/astana/index.html"));
    assert!(site.exists("en/reports/astana/index.html"));
}

#[test]
fn an_embargo_with_a_time_is_an_instant_with_its_offset() {
    // Ten hours ahead, written where it is still today (UTC−12), and an
    // hour ago, written where it is already tomorrow (UTC+14).
    let later = instant("Etc/GMT+12", "+10 hours");
    let earlier = instant("Etc/GMT-14", "-1 hour");
    let site = TestSite::new()
        .file(
            "content/reports/later.sv.md",
            &format!(
                "---\ntitle: Senare\ndate: 2014-05-26\npublish_date: \"{later}\"\n---\nSnart.\n"
            ),
        )
        .file(
            "content/reports/earlier.sv.md",
            &format!(
                "---\ntitle: Tidigare\ndate: 2014-05-26\npublish_date: \"{earlier}\"\n---\nNu.\n"
            ),
        );
    site.build();
    assert!(
        !site.exists("sv/reports/later/index.html"),
        "{later} is still to come"
    );
    assert!(
        site.exists("sv/reports/earlier/index.html"),
        "{earlier} has passed"
    );
}

#[test]
fn a_terms_feed_carries_the_summary_and_that_term_alone() {
    let tags: Vec<String> = (0..300).map(|i| format!("\"ämne {i}\"")).collect();
    let body = "Ett långt stycke om mötet. ".repeat(200);
    let site = TestSite::new().file(
        "content/reports/astana.sv.md",
        &format!(
            "---\ntitle: Möte i Astana\ndate: 2014-05-26\nsummary: Kort om mötet.\ntags: [{}]\n---\n{body}\n",
            tags.join(", ")
        ),
    );
    site.build();
    let read = |path: &str| {
        let bytes = fs::read(site.output(path)).expect("feed");
        (
            bytes.len(),
            feed_rs::parser::parse(bytes.as_slice()).expect("the feed parses"),
        )
    };
    let (_, all) = read("sv/atom.xml");
    assert_eq!(all.entries[0].categories.len(), 300);
    assert!(
        all.entries[0].content.is_some(),
        "the language's feed has the text"
    );
    let (size, term) = read("sv/amnen/amne-7/atom.xml");
    let entry = &term.entries[0];
    assert_eq!(
        entry
            .categories
            .iter()
            .map(|c| c.term.as_str())
            .collect::<Vec<_>>(),
        ["ämne 7"]
    );
    assert_eq!(
        entry.summary.as_ref().map(|s| s.content.as_str()),
        Some("Kort om mötet.")
    );
    assert!(
        entry.content.is_none(),
        "a term's feed leaves the text to the page"
    );
    assert!(size < 2_000, "a term's feed is small: {size} bytes");
}

#[test]
fn the_preview_never_serves_rapports_own_files() {
    let site = TestSite::new();
    edit(&site, "Första versionen.");
    let server = site.serve();
    assert_eq!(server.get("/sv/reports/astana/").status, 200);
    for path in [
        "/.rapport-manifest",
        "/%2Erapport-manifest",
        "/sv/../.rapport-manifest",
        "/.rapport-staging/",
    ] {
        assert_eq!(server.request("GET", path).status, 404, "{path}");
    }
}

#[test]
fn check_points_at_raw_html_that_runs_a_script() {
    let site = TestSite::new().file(
        "content/reports/astana.sv.md",
        "---\ntitle: Möte i Astana\ndate: 2014-05-26\n---\nEtt stycke.\n\n\
         <p class=\"comment\">Anna <img src=x onerror=alert(1)></p>\n\n\
         <script>alert(2)</script>\n\n`<script>` i kod är bara text.\n",
    );
    let checked = site.run(&["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&checked.stdout).expect("json");
    let found: Vec<(String, u64, u64)> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["message"].as_str().is_some_and(|m| m.contains("script")))
        .map(|f| {
            (
                f["file"].as_str().expect("file").to_string(),
                f["span"]["line"].as_u64().expect("line"),
                f["span"]["column"].as_u64().expect("column"),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("content/reports/astana.sv.md".to_string(), 7, 36),
            ("content/reports/astana.sv.md".to_string(), 9, 1),
        ],
        "{}",
        checked.stdout
    );
    assert!(json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["message"].as_str().is_some_and(|m| m.contains("script")))
        .all(|f| f["severity"] == "warning"));
    // With raw HTML off it is text, and nothing runs.
    let site = site.file(
        "site.yaml",
        "base_url: https://example.org/\nlanguages: [sv, en]\nmarkdown:\n  raw_html: false\n",
    );
    let checked = site.run(&["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&checked.stdout).expect("json");
    assert_eq!(json["warnings"], 0, "{}", checked.stdout);
}

#[test]
fn a_broken_message_file_hides_nothing_else_from_check() {
    let site = TestSite::new()
        .file(
            "content/reports/astana.sv.md",
            "---\ntitle: Möte i Astana\ndate: 2014-05-26\n---\nSe [rapporten](saknas.sv.md).\n",
        )
        .file(
            "content/reports/oral.sv.md",
            "---\ntitle: Möte i Oral\ndate: 2014-06-02\n---\nText.\n",
        );
    let sv = site.root().join("locales/sv/main.ftl");
    let text = fs::read_to_string(&sv).expect("ftl");
    fs::write(&sv, format!("{text}\ntrasig = {{ $\n")).expect("write");
    let checked = site.run(&["check", "--format", "json"]);
    assert_eq!(checked.status, 1);
    let json: serde_json::Value = serde_json::from_str(&checked.stdout).expect("json");
    let files: Vec<&str> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["severity"] == "error")
        .filter_map(|f| f["file"].as_str())
        .collect();
    assert!(files.contains(&"locales/sv/main.ftl"), "{files:?}");
    assert!(
        files.contains(&"content/reports/astana.sv.md"),
        "the broken link is found in the same run: {files:?}"
    );
    assert_eq!(
        json["missing_translations"].as_array().map(Vec::len),
        Some(2),
        "translations are counted too"
    );
    // build refuses it for the same reasons.
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1);
    assert!(run.stderr.contains("locales/sv/main.ftl"), "{}", run.stderr);
}

/// Every file under `dir` with its bytes (links as their targets).
fn snapshot(dir: &Path) -> std::collections::BTreeMap<String, String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .expect("inside")
                .display()
                .to_string();
            let bytes = if e.file_type().is_symlink() {
                fs::read_link(e.path())
                    .expect("link")
                    .display()
                    .to_string()
                    .into_bytes()
            } else if e.file_type().is_file() {
                fs::read(e.path()).expect("read")
            } else {
                Vec::new()
            };
            (rel, String::from_utf8_lossy(&bytes).into_owned())
        })
        .collect()
}

#[test]
fn a_link_at_any_place_rapport_reads_or_writes_leads_nowhere_outside() {
    // Each place a received folder may hold a link to a folder or file
    // outside it: rapport reads nothing through it into the site and writes
    // nothing through it, whatever it does otherwise.
    let places: &[(&str, bool)] = &[
        ("content/reports/secret", true),
        ("content/reports/secret.sv.md", false),
        ("static/secret", true),
        ("static/secret.txt", false),
        ("themes/default/static/secret", true),
        ("locales/sv/secret.ftl", false),
        (".rapport-cache", true),
        (".public.rapport-old", true),
        (".public.rapport-new", true),
        (".public.rapport-lock", false),
        ("public", true),
    ];
    for &(place, is_dir) in places {
        let site = TestSite::new();
        edit(&site, "Första versionen.");
        site.write(
            "content/reports/astana/index.sv.md",
            report("Möte", "2014-05-27", "![Foto](foto.jpg)").as_bytes(),
        );
        site.write(
            "content/reports/astana/foto.jpg",
            &crate::support::jpeg(64, 48),
        );
        let elsewhere = tempfile::tempdir().expect("temp dir");
        fs::write(elsewhere.path().join("id_rsa"), "PRIVATE KEY 4711").expect("write");
        fs::write(elsewhere.path().join("index.html"), "the owner's page").expect("write");
        fs::create_dir_all(elsewhere.path().join("photos/album")).expect("mkdir");
        fs::write(elsewhere.path().join("photos/album/bild.txt"), "kept").expect("write");
        let before = snapshot(elsewhere.path());
        let link = site.root().join(place);
        fs::create_dir_all(link.parent().expect("parent")).expect("mkdir");
        let target = if is_dir {
            elsewhere.path().to_path_buf()
        } else {
            elsewhere.path().join("id_rsa")
        };
        symlink(&target, &link).expect("symlink");
        let built = site.run(&["build"]);
        let checked = site.run(&["check"]);
        for run in [&built, &checked] {
            assert!(!run.stderr.contains("panicked"), "{place}: {}", run.stderr);
        }
        assert_eq!(
            snapshot(elsewhere.path()),
            before,
            "{place}: nothing outside the site was changed"
        );
        let out = site.root().join("public");
        if out.is_dir() && !fs::symlink_metadata(&out).expect("there").is_symlink() {
            for (file, bytes) in snapshot(&out) {
                assert!(
                    !bytes.contains("PRIVATE KEY 4711"),
                    "{place}: {file} publishes what lies outside the site"
                );
            }
        }
    }
}
