//! `rapport deploy` to a local folder (`file://`): what is sent, removed
//! and left alone, checked on the files themselves. The same cases against
//! an S3 server and an SFTP server run in tests/web/deploy.sh.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::support::{rapport_with, report, Run, TestSite};

/// A site with two reports and a static file, set to deploy to `www`
/// beside it (in the same temporary folder).
fn site() -> (TestSite, tempfile::TempDir) {
    let www = tempfile::tempdir().expect("temp dir");
    let url = format!("file://{}/www", www.path().display());
    let s = TestSite::new()
        .file(
            "site.yaml",
            &format!(
                "base_url: https://example.org/\nlanguages: [sv, en]\ndeploy:\n  targets:\n    - name: live\n      url: {url}\n"
            ),
        )
        .file(
            "content/reports/2024-03-01-astana/index.sv.md",
            &report("Möte i Astana", "2024-03-01", "Vi träffade hälsoministeriet."),
        )
        .file(
            "content/reports/2024-04-02-almaty/index.sv.md",
            &report("Rundabord i Almaty", "2024-04-02", "Sjuksköterskor från tre regioner."),
        )
        .file("static/CNAME", "reports.example.org");
    s.build();
    (s, www)
}

fn deploy(s: &TestSite, args: &[&str], vars: &[(&str, &str)]) -> Run {
    let root = s.root().to_str().expect("utf-8");
    let mut all = vec!["deploy"];
    all.extend(args);
    all.extend(["--root", root]);
    let mut vars = vars.to_vec();
    vars.push(("RAPPORT_LANG", "en"));
    rapport_with(&all, &vars)
}

/// Every file under `dir`, with its inode (a file sent again is a new one).
fn snapshot(dir: &Path) -> BTreeMap<String, u64> {
    use std::os::unix::fs::MetadataExt;
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .expect("inside")
                .to_string_lossy()
                .replace('\\', "/");
            (rel, e.metadata().expect("meta").ino())
        })
        .collect()
}

/// The published files of the output folder with their bytes.
fn published(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    snapshot(dir)
        .into_keys()
        .filter(|p| !p.split('/').any(|part| part.starts_with('.')))
        .map(|p| {
            let bytes = fs::read(dir.join(&p)).expect("read");
            (p, bytes)
        })
        .collect()
}

/// What the target holds, less rapport's state and `foreign`.
fn held(www: &Path, foreign: &[&str]) -> BTreeMap<String, Vec<u8>> {
    published(www)
        .into_iter()
        .filter(|(p, _)| !foreign.contains(&p.as_str()))
        .collect()
}

#[test]
fn first_deploy_sends_the_built_site_and_a_second_sends_nothing() {
    let (s, tmp) = site();
    let www = tmp.path().join("www");
    deploy(&s, &[], &[]).assert_ok();
    assert_eq!(held(&www, &[]), published(&s.root().join("public")));
    assert!(
        snapshot(&www)
            .keys()
            .any(|p| p.starts_with("sv/reports/") && p.ends_with("/index.html")),
        "the reports are there"
    );
    assert!(
        !www.join(".rapport-manifest").exists(),
        "the manifest is never sent"
    );
    assert!(
        www.join(".rapport-deploy").is_file(),
        "the target keeps its state"
    );
    let before = snapshot(&www);
    let again = deploy(&s, &[], &[]);
    again.assert_ok();
    assert_eq!(snapshot(&www), before, "nothing was written again");
}

#[test]
fn after_an_edit_and_a_removal_exactly_the_changed_files_move_and_foreign_ones_stay() {
    let (s, tmp) = site();
    let www = tmp.path().join("www");
    deploy(&s, &[], &[]).assert_ok();
    fs::write(www.join("google123.html"), "verification").expect("foreign file");
    let before = snapshot(&www);
    let built_before = published(&s.root().join("public"));

    s.write(
        "content/reports/2024-03-01-astana/index.sv.md",
        report(
            "Möte i Astana",
            "2024-03-01",
            "Vi träffade hälsoministeriet igen.",
        )
        .as_bytes(),
    );
    fs::remove_dir_all(s.root().join("content/reports/2024-04-02-almaty")).expect("remove");
    s.build();
    let built = published(&s.root().join("public"));
    let changed: Vec<&String> = built
        .iter()
        .filter(|(p, b)| built_before.get(*p) != Some(b))
        .map(|(p, _)| p)
        .collect();
    let gone: Vec<&String> = built_before
        .keys()
        .filter(|p| !built.contains_key(*p))
        .collect();
    assert!(!changed.is_empty() && !gone.is_empty());

    // --dry-run names them and changes nothing.
    let dry = deploy(&s, &["--dry-run"], &[]);
    dry.assert_ok();
    let said: Vec<&str> = dry.stdout.lines().collect();
    for p in &changed {
        assert!(
            said.iter()
                .any(|l| l.starts_with("send") && l.split_whitespace().nth(1) == Some(p.as_str())),
            "{p} in {}",
            dry.stdout
        );
    }
    for p in &gone {
        assert!(said.iter().any(|l| l.starts_with("remove") && l.split_whitespace().nth(1) == Some(p.as_str())), "{p} in {}", dry.stdout);
    }
    assert_eq!(snapshot(&www), before, "a dry run changes nothing");

    deploy(&s, &[], &[]).assert_ok();
    let after = snapshot(&www);
    let rewritten: Vec<&String> = after
        .iter()
        .filter(|(p, ino)| p.as_str() != ".rapport-deploy" && before.get(*p) != Some(ino))
        .map(|(p, _)| p)
        .collect();
    assert_eq!(rewritten, changed, "exactly the changed files were sent");
    for p in &gone {
        assert!(!www.join(p).exists(), "{p} was removed");
    }
    assert!(
        www.join("google123.html").is_file(),
        "a foreign file survives"
    );
    assert_eq!(held(&www, &["google123.html"]), built);
}

#[test]
fn a_deploy_killed_half_way_is_finished_by_the_next() {
    let (s, tmp) = site();
    let www = tmp.path().join("www");
    let stopped = deploy(&s, &[], &[("RAPPORT_DEPLOY_STOP_AFTER", "3")]);
    assert_ne!(stopped.status, 0);
    assert!(snapshot(&www).len() < published(&s.root().join("public")).len());
    deploy(&s, &[], &[]).assert_ok();
    assert_eq!(held(&www, &[]), published(&s.root().join("public")));
}

#[test]
fn removals_over_the_cap_stop_the_deploy_before_anything_is_sent() {
    let (s, tmp) = site();
    let www = tmp.path().join("www");
    deploy(&s, &[], &[]).assert_ok();
    fs::remove_dir_all(s.root().join("content/reports/2024-04-02-almaty")).expect("remove");
    s.build();
    let before = snapshot(&www);
    let refused = deploy(&s, &["--max-deletes", "0"], &[]);
    assert_eq!(refused.status, 1);
    assert!(
        refused.stderr.contains("--max-deletes"),
        "{}",
        refused.stderr
    );
    assert_eq!(snapshot(&www), before);
    deploy(&s, &["--max-deletes", "1000"], &[]).assert_ok();
    assert_eq!(held(&www, &[]), published(&s.root().join("public")));
}

#[test]
fn an_output_folder_no_build_finished_or_changed_by_hand_is_refused() {
    let (s, tmp) = site();
    let www = tmp.path().join("www");
    fs::write(s.root().join("public/CNAME"), "changed.example.org").expect("edit");
    let refused = deploy(&s, &[], &[]);
    assert_eq!(refused.status, 1);
    assert!(
        refused.stderr.contains("CNAME") && refused.stderr.contains("rapport build"),
        "{}",
        refused.stderr
    );
    assert!(!www.exists(), "nothing was sent");
    fs::remove_file(s.root().join("public/.rapport-manifest")).expect("rm");
    let refused = deploy(&s, &[], &[]);
    assert_eq!(refused.status, 1);
    assert!(
        refused.stderr.contains(".rapport-manifest"),
        "{}",
        refused.stderr
    );
    assert!(!www.exists());
}

#[test]
fn targets_are_chosen_by_name_and_mistakes_in_them_are_named() {
    let (s, _tmp) = site();
    let wrong = deploy(&s, &["staging"], &[]);
    assert_eq!(wrong.status, 1);
    assert!(
        wrong.stderr.contains("staging") && wrong.stderr.contains("live"),
        "{}",
        wrong.stderr
    );

    let s = s.file(
        "site.yaml",
        "deploy:\n  targets:\n    - name: live\n      url: ftp://example.org/\n",
    );
    let bad = deploy(&s, &[], &[]);
    assert_eq!(bad.status, 1);
    assert!(bad.stderr.contains("ftp://"), "{}", bad.stderr);

    let s = s.file("site.yaml", "deploy:\n  targets: []\n  max_delete: 3\n");
    let typo = s.run(&["build"]);
    assert_eq!(typo.status, 1);
    assert!(
        typo.stderr.contains("max_delete") && typo.stderr.contains("site.yaml"),
        "{}",
        typo.stderr
    );

    let s = s.file("site.yaml", "languages: [sv, en]\n");
    let none = deploy(&s, &[], &[]);
    assert_eq!(none.status, 1);
    assert!(none.stderr.contains("deploy:"), "{}", none.stderr);
}

#[test]
fn the_output_folder_itself_is_no_target() {
    let (s, _tmp) = site();
    let url = format!("file://{}/public/www", s.root().display());
    let s = s.file(
        "site.yaml",
        &format!("deploy:\n  targets:\n    - name: x\n      url: {url}\n"),
    );
    let refused = deploy(&s, &[], &[]);
    assert_eq!(refused.status, 1, "{}", refused.stderr);
    assert!(!s.root().join("public/www").exists());
}

#[test]
fn styles_and_scripts_are_named_by_their_bytes_so_they_can_be_cached_for_long() {
    let (s, _tmp) = site();
    let href = |s: &TestSite| {
        s.html("sv/index.html")
            .attr("link[rel=stylesheet]", "href")
            .trim_start_matches('/')
            .to_string()
    };
    let first = href(&s);
    let hash = first
        .strip_prefix("style.")
        .and_then(|r| r.strip_suffix(".css"))
        .expect("style.HASH.css");
    assert!(
        hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
        "{first}"
    );
    let theme_css = fs::read(s.root().join("themes/default/static/style.css")).expect("css");
    assert_eq!(fs::read(s.output(&first)).expect("linked file"), theme_css);
    assert_eq!(
        fs::read(s.output("style.css")).expect("plain name too"),
        theme_css
    );
    let search = s
        .html("sv/sok/index.html")
        .attr("script[src*=search]", "src");
    assert!(
        search.starts_with("/search.") && search.len() == "/search.0123456789abcdef.js".len(),
        "{search}"
    );

    let mut css = theme_css.clone();
    css.extend_from_slice(b"\n.x { color: red; }\n");
    s.write("themes/default/static/style.css", &css);
    s.build();
    let second = href(&s);
    assert_ne!(first, second, "a new style has a new name");
    assert!(!s.exists(&first), "the old one is gone from the build");
    assert_eq!(fs::read(s.output(&second)).expect("linked file"), css);
}

/// The width and height of an image file of the output.
fn size_of(s: &TestSite, path: &str) -> (u32, u32) {
    image::image_dimensions(s.output(path)).expect("an image")
}

#[test]
fn a_large_photo_links_to_a_copy_of_2560_pixels_unless_full_originals_are_asked_for() {
    let camera = crate::support::with_exif(&crate::support::jpeg(2600, 1950), 1, true);
    let s = TestSite::new().file(
        "content/reports/astana/index.sv.md",
        &report("Astana", "2014-05-26", "![Bordet](bord.jpg)"),
    );
    s.write("content/reports/astana/bord.jpg", &camera);
    s.build();
    let page = s.html("sv/reports/astana/index.html");
    let link = page.attr(".body figure a", "href");
    let original = link.trim_start_matches('/');
    assert_eq!(size_of(&s, original), (2560, 1920));
    let bytes = fs::read(s.output(original)).expect("copy");
    assert!(bytes.len() < camera.len(), "smaller than the camera's file");
    assert!(
        exif::Reader::new()
            .read_from_container(&mut std::io::Cursor::new(&bytes))
            .is_err(),
        "no metadata"
    );

    let s = s.file(
        "site.yaml",
        "base_url: https://example.org/\nimages:\n  originals: full\n",
    );
    s.build();
    assert_eq!(size_of(&s, original), (2600, 1950));
}

#[test]
fn init_writes_a_github_pages_workflow_that_builds_and_publishes_the_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    let run = crate::support::rapport(&["init", site.to_str().expect("utf-8")]);
    run.assert_ok();
    assert!(
        run.stdout.contains(".github/workflows/pages.yml"),
        "{}",
        run.stdout
    );
    let text = fs::read_to_string(site.join(".github/workflows/pages.yml")).expect("workflow");
    let flow: serde_json::Value = serde_yaml::from_str(&text).expect("YAML");
    assert_eq!(flow["permissions"]["pages"], "write");
    let steps = flow["jobs"]["build"]["steps"].as_array().expect("steps");
    let runs: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    assert!(
        runs.iter()
            .any(|r| r.starts_with("rapport build --base-url")),
        "{runs:?}"
    );
    assert!(steps.iter().any(|s| s["uses"]
        .as_str()
        .is_some_and(|u| u.starts_with("actions/upload-pages-artifact"))
        && s["with"]["path"] == "public"));
    assert!(flow["jobs"]["deploy"]["steps"][0]["uses"]
        .as_str()
        .is_some_and(|u| u.starts_with("actions/deploy-pages")));
}

/// A built tree as the preview writes it: without the fingerprinted copies
/// of styles and scripts, and with pages naming the plain files.
pub fn without_fingerprints(tree: BTreeMap<String, Vec<u8>>) -> BTreeMap<String, Vec<u8>> {
    /// `text` with each `.HASH.css` / `.HASH.js` (16 hex digits) made `.css` / `.js`.
    fn plain(bytes: Vec<u8>) -> Vec<u8> {
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let hash = bytes.get(i + 1..i + 17);
            let is_hash = bytes[i] == b'.'
                && hash.is_some_and(|h| h.iter().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
                && (bytes[i + 17..].starts_with(b".css") || bytes[i + 17..].starts_with(b".js"));
            if is_hash {
                i += 17;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        out
    }
    tree.into_iter()
        .filter(|(path, _)| plain(path.clone().into_bytes()) == path.as_bytes())
        .map(|(path, bytes)| (path, plain(bytes)))
        .collect()
}
