//! The browser editor: `rapport serve` speaking Decap CMS's local-backend
//! protocol (called here as the CMS calls it), and `rapport editor` with
//! the `check` warning when its written configuration is stale.

use std::path::Path;

use serde_json::{json, Value as Json};

use crate::support::{repo, Page, Server, TestSite};

const TERMS: &str = "tags:\n  - sv: primärvård\n    en: primary care\n";

fn site() -> TestSite {
    TestSite::new()
        .file("terms.yaml", TERMS)
        .file(
            "content/reports/2014-05-26-astana/index.sv.md",
            "---\ntitle: Möte i Astana\ndate: 2014-05-26\nlocation: Astana\n---\nFörsta versionen.\n",
        )
        .file(
            "content/reports/2014-05-26-astana/index.en.md",
            "---\ntitle: Meeting in Astana\ntranslation: astana-2014\ntranslated_from: 0123abcd\nextra:\n  note: kept\n---\nFirst version.\n",
        )
}

/// POSTs `body` to the editor's API with extra header lines; status and JSON.
fn api(server: &Server, body: &Json, headers: &str) -> (u16, Json) {
    use std::io::{Read, Write};
    let text = body.to_string();
    let mut stream = std::net::TcpStream::connect(&server.addr).expect("connects");
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .expect("timeout");
    write!(
        stream,
        "POST /__rapport/edit/api/v1 HTTP/1.1\r\nHost: {}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n{text}",
        server.addr,
        text.len()
    )
    .expect("sends");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("reads");
    let raw = String::from_utf8_lossy(&raw);
    let (head, body) = raw.split_once("\r\n\r\n").expect("a response");
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, serde_json::from_str(body).unwrap_or(Json::Null))
}

/// As the editor's own page asks: JSON, from the server's own origin.
fn editor(server: &Server, body: &Json) -> (u16, Json) {
    api(
        server,
        body,
        &format!(
            "Content-Type: application/json; charset=utf-8\r\nOrigin: http://{}\r\nSec-Fetch-Site: same-origin\r\n",
            server.addr
        ),
    )
}

fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in bytes.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            out.push(if i <= c.len() {
                A[(n >> (18 - 6 * i) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    out
}

/// The front matter of a Markdown file, parsed as YAML.
fn front(path: &Path) -> serde_yaml::Value {
    let text = std::fs::read_to_string(path).expect("the file is there");
    let yaml = text
        .strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
        .map(|(yaml, _)| yaml)
        .expect("front matter");
    serde_yaml::from_str(yaml).expect("YAML")
}

/// Waits until `path` is served with status 200 and `check` holds for it.
fn served(server: &Server, path: &str, check: impl Fn(&Page) -> bool) -> bool {
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_secs(30) {
        let response = server.get(path);
        if response.status == 200 && check(&response.page()) {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    false
}

fn persist(files: &[(&str, &str)], assets: &[(&str, &[u8])]) -> Json {
    json!({
        "action": "persistEntry",
        "params": {
            "branch": "main",
            "dataFiles": files.iter().map(|(path, raw)| json!({
                "slug": "x", "path": path, "raw": raw,
            })).collect::<Vec<_>>(),
            "assets": assets.iter().map(|(path, bytes)| json!({
                "path": path, "content": base64(bytes), "encoding": "base64",
            })).collect::<Vec<_>>(),
            "options": { "commitMessage": "Create", "useWorkflow": false, "status": "" },
        },
    })
}

#[test]
fn a_bilingual_report_with_a_photo_saved_through_the_editor_builds() {
    let site = site();
    let server = site.serve();
    let (status, info) = editor(&server, &json!({ "action": "info" }));
    assert_eq!(status, 200);
    assert_eq!(info["type"], "local_fs");
    let photo = std::fs::read(repo().join("content/reports/2014-05-26-kazakstan/ministeriet.png"))
        .expect("a photo");
    let dir = "content/reports/2026-10-05-studiebesok-i-almaty";
    // As Decap writes it: blank fields, `draft: false`, the shared facts in
    // the original only.
    let sv = "---\ntitle: Studiebesök i Almaty\ndate: 2026-10-05\nend_date: 2026-10-07\nlocation: Almaty\n\
              participants:\n  - name: Anna Lind\n    role: talare\n    organization: ''\n  - name: Erik Berg\n    role: moderator\n\
              tags:\n  - primärvård\nsummary: ''\ndraft: false\n---\nDelegationen besökte tre vårdcentraler.\n\n\
              ![Deltagarna vid ett långt bord](motet.png \"Mötet på vårdcentralen\")\n";
    let en = "---\ntitle: Study visit to Almaty\ntags:\n  - primärvård\nsummary: ''\n---\nThe delegation visited three health centres.\n";
    let sv_path = format!("{dir}/index.sv.md");
    let en_path = format!("{dir}/index.en.md");
    let photo_path = format!("{dir}/motet.png");
    let (status, answer) = editor(
        &server,
        &persist(&[(&sv_path, sv), (&en_path, en)], &[(&photo_path, &photo)]),
    );
    assert_eq!(status, 200, "{answer}");

    let sv_front = front(&site.root().join(&sv_path));
    assert_eq!(sv_front["title"].as_str(), Some("Studiebesök i Almaty"));
    assert_eq!(sv_front["date"].as_str(), Some("2026-10-05"));
    assert_eq!(sv_front["end_date"].as_str(), Some("2026-10-07"));
    let participants = sv_front["participants"].as_sequence().expect("a list");
    assert_eq!(participants.len(), 2);
    assert_eq!(participants[1]["name"].as_str(), Some("Erik Berg"));
    assert!(
        participants[0].get("organization").is_none(),
        "blank keys are left out"
    );
    assert!(sv_front.get("draft").is_none() && sv_front.get("summary").is_none());
    let en_front = front(&site.root().join(&en_path));
    assert_eq!(en_front["title"].as_str(), Some("Study visit to Almaty"));
    assert!(en_front.get("date").is_none() && en_front.get("location").is_none());
    assert_eq!(
        std::fs::read(site.root().join(&photo_path)).expect("the photo"),
        photo
    );
    let leftovers: Vec<_> = std::fs::read_dir(site.root().join(dir))
        .expect("the bundle")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");

    let check = site.run(&["check", "--format", "json"]);
    let findings: Json = serde_json::from_str(&check.stdout).expect("JSON");
    assert_eq!(findings["errors"], 0, "{}", check.stdout);
    assert_eq!(check.status, 0);

    assert!(served(
        &server,
        "/sv/reports/2026-10-05-studiebesok-i-almaty/",
        |page| page.text("h1").contains("Studiebesök i Almaty")
            && page.count("img[alt=\"Deltagarna vid ett långt bord\"]") == 1
    ));

    // The editor lists it among the section's entries, without _index files.
    site.write(
        "content/reports/_index.sv.md",
        b"---\ntitle: Rapporter\n---\n",
    );
    let (status, entries) = editor(
        &server,
        &json!({ "action": "entriesByFolder", "params": {
            "branch": "main", "folder": "content/reports", "extension": "md", "depth": 2 } }),
    );
    assert_eq!(status, 200);
    let paths: Vec<&str> = entries
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|e| e["file"]["path"].as_str())
        .collect();
    assert!(paths.contains(&sv_path.as_str()) && paths.contains(&en_path.as_str()));
    assert!(!paths.iter().any(|p| p.contains("_index")), "{paths:?}");
}

#[test]
fn editing_one_language_leaves_the_other_byte_identical_and_keeps_hidden_keys() {
    let site = site();
    let server = site.serve();
    let sv_path = "content/reports/2014-05-26-astana/index.sv.md";
    let en_path = "content/reports/2014-05-26-astana/index.en.md";
    let sv_before = std::fs::read(site.root().join(sv_path)).expect("sv");
    // Decap sends every language's file, each re-serialised in its own way.
    let sv = "---\ntitle: 'Möte i Astana'\ndate: 2014-05-26\nlocation: Astana\ndraft: false\nsummary: ''\n---\n\nFörsta versionen.\n";
    let en = "---\ntitle: Meeting in Astana and Almaty\n---\nFirst version.\n";
    let (status, answer) = editor(&server, &persist(&[(sv_path, sv), (en_path, en)], &[]));
    assert_eq!(status, 200, "{answer}");
    assert_eq!(
        std::fs::read(site.root().join(sv_path)).expect("sv"),
        sv_before,
        "the Swedish file is byte-identical"
    );
    let en_front = front(&site.root().join(en_path));
    assert_eq!(
        en_front["title"].as_str(),
        Some("Meeting in Astana and Almaty")
    );
    assert_eq!(en_front["translation"].as_str(), Some("astana-2014"));
    assert_eq!(en_front["translated_from"].as_str(), Some("0123abcd"));
    assert_eq!(en_front["extra"]["note"].as_str(), Some("kept"));
}

#[test]
fn a_save_that_would_break_the_site_is_refused_with_rapports_message() {
    let site = site();
    let server = site.serve();
    let path = "content/reports/2014-05-26-astana/index.sv.md";
    let before = std::fs::read(site.root().join(path)).expect("sv");
    let broken = "---\ntitel: Möte i Astana\ndate: 2014-05-26\n---\nText.\n";
    let (status, answer) = editor(&server, &persist(&[(path, broken)], &[]));
    assert_eq!(status, 422);
    let message = answer["error"].as_str().expect("a message");
    assert!(
        message.contains(&format!("{path}:2:1")) && message.contains("did you mean `title`?"),
        "{message}"
    );
    assert_eq!(std::fs::read(site.root().join(path)).expect("sv"), before);

    // A second report that Decap would put into the folder of the first.
    let stray = "content/reports/2014-05-26-astana/index-1.sv.md";
    let (status, _) = editor(
        &server,
        &persist(
            &[(stray, &crate::support::report("Ny", "2014-05-26", "x"))],
            &[],
        ),
    );
    assert_eq!(status, 409);
    assert!(!site.root().join(stray).exists());
}

#[test]
fn paths_out_of_the_site_and_symbolic_links_are_refused() {
    let site = site();
    let outside = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        outside.path().join("secret.md"),
        "---\ntitle: secret\n---\n",
    )
    .expect("write");
    #[cfg(unix)]
    std::os::unix::fs::symlink(outside.path(), site.root().join("content/reports/link"))
        .expect("symlink");
    let server = site.serve();
    for path in [
        "../../etc/passwd",
        "/etc/passwd",
        "content/../../etc/passwd",
        "content/reports/..\\..\\site.yaml",
        "site.yaml",
        ".git/config",
        "content/reports/link/secret.md",
    ] {
        let (status, answer) = editor(
            &server,
            &json!({ "action": "getEntry", "params": { "branch": "main", "path": path } }),
        );
        assert_eq!(status, 403, "{path}: {answer}");
        assert!(answer.get("data").is_none(), "{path}");
    }
    let (status, _) = editor(
        &server,
        &persist(
            &[(
                "content/reports/link/new/index.sv.md",
                &crate::support::report("Ny", "2024-01-01", "x"),
            )],
            &[("content/reports/link/photo.png", b"png")],
        ),
    );
    assert_eq!(status, 403);
    let (status, _) = editor(
        &server,
        &json!({ "action": "persistMedia", "params": { "branch": "main",
            "asset": { "path": "../outside.png", "content": base64(b"png"), "encoding": "base64" },
            "options": { "commitMessage": "x" } } }),
    );
    assert_eq!(status, 403);
    let mut left: Vec<String> = std::fs::read_dir(outside.path())
        .expect("outside")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["secret.md"], "nothing was written through the link");
    assert!(!site.root().join("content/outside.png").exists());
}

#[test]
fn requests_from_another_origin_or_not_in_json_are_refused() {
    let site = site();
    let server = site.serve();
    let info = json!({ "action": "info" });
    let (status, answer) = api(
        &server,
        &info,
        "Content-Type: application/json\r\nOrigin: http://evil.example\r\n",
    );
    assert_eq!(status, 403, "{answer}");
    assert!(answer.get("repo").is_none());
    let (status, _) = api(
        &server,
        &info,
        "Content-Type: application/json\r\nSec-Fetch-Site: cross-site\r\n",
    );
    assert_eq!(status, 403);
    // A form of another site can post text/plain without asking first.
    let (status, _) = api(&server, &info, "Content-Type: text/plain\r\n");
    assert_eq!(status, 415);
    let (status, answer) = editor(&server, &info);
    assert_eq!(status, 200);
    assert_eq!(answer["publish_modes"], json!(["simple"]));

    // The admin page and the configuration made from the site.
    let page = server.get("/__rapport/edit/");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.page().attr("script[integrity]", "src"),
        "https://unpkg.com/decap-cms@3.16.3/dist/decap-cms.js"
    );
    assert!(
        !page.body.contains("/__rapport/events"),
        "the editor gets no reload script"
    );
    let config = server.get("/__rapport/edit/config.yml?lang=sv");
    assert_eq!(config.status, 200);
    let config: serde_yaml::Value = serde_yaml::from_str(&config.body).expect("YAML");
    assert_eq!(config["locale"].as_str(), Some("sv"));
}

/// Whether `check` warns that the written configuration is stale, telling what to run.
fn stale_warning(site: &TestSite) -> bool {
    let run = site.run(&["check", "--format", "json"]);
    let findings: Json = serde_json::from_str(&run.stdout).expect("JSON");
    findings["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .any(|f| {
            f["file"] == "static/admin/config.yml"
                && f["severity"] == "warning"
                && f["help"]
                    .as_str()
                    .is_some_and(|h| h.contains("rapport editor"))
        })
}

#[test]
fn editor_writes_the_configuration_and_check_warns_when_it_is_stale() {
    let site = site();
    let run = site.run(&["editor", "--backend", "github", "--repo", "org/site"]);
    run.assert_ok();
    let config: serde_yaml::Value = serde_yaml::from_str(
        &std::fs::read_to_string(site.root().join("static/admin/config.yml")).expect("written"),
    )
    .expect("YAML");
    assert_eq!(config["backend"]["name"].as_str(), Some("github"));
    assert_eq!(config["backend"]["repo"].as_str(), Some("org/site"));
    assert_eq!(config["i18n"]["structure"].as_str(), Some("multiple_files"));
    assert_eq!(
        config["i18n"]["locales"],
        serde_yaml::from_str::<serde_yaml::Value>("[sv, en]").expect("yaml")
    );
    let collections = config["collections"].as_sequence().expect("collections");
    let reports = collections
        .iter()
        .find(|c| c["name"].as_str() == Some("reports"))
        .expect("a collection for the section");
    assert_eq!(reports["folder"].as_str(), Some("content/reports"));
    assert_eq!(reports["path"].as_str(), Some("{{slug}}/index"));
    assert_eq!(reports["media_folder"].as_str(), Some(""));
    let fields = reports["fields"].as_sequence().expect("fields");
    let tags = fields
        .iter()
        .find(|f| f["name"].as_str() == Some("tags"))
        .expect("tags");
    assert!(tags["options"]
        .as_sequence()
        .expect("options")
        .iter()
        .any(|o| o.as_str() == Some("primärvård")));
    let date = fields
        .iter()
        .find(|f| f["name"].as_str() == Some("date"))
        .expect("date");
    assert_eq!(date["format"].as_str(), Some("YYYY-MM-DD"));
    assert!(date.get("i18n").is_none(), "the date is written once");
    assert!(collections
        .iter()
        .any(|c| c["name"].as_str() == Some("pages") && c["folder"].as_str() == Some("content")));
    assert!(site.root().join("static/admin/index.html").is_file());

    assert!(!stale_warning(&site), "a fresh configuration is not stale");

    site.write(
        "terms.yaml",
        format!("{TERMS}  - sv: tuberkulos\n    en: tuberculosis\n").as_bytes(),
    );
    assert!(stale_warning(&site));
    let stale = site.run(&["check"]);
    assert_eq!(stale.status, 0, "a warning, not an error");
    // Written again, it keeps the backend it was given.
    site.run(&["editor"]).assert_ok();
    assert!(!stale_warning(&site));
    let config =
        std::fs::read_to_string(site.root().join("static/admin/config.yml")).expect("written");
    assert!(config.contains("repo: org/site"));
}
