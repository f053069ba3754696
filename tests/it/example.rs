//! The example site at the repository root: it builds, every internal link
//! and image leads to a file, no page shows a raw message key, and it has
//! the reports the README promises.

use std::collections::BTreeSet;
use std::path::Path;

use crate::support::{repo, Page};

fn build_example(out: &Path) {
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_rapport"))
        .env("RAPPORT_LANG", "en")
        .args(["build", "--root"])
        .arg(repo())
        .arg("--output")
        .arg(out)
        .status()
        .expect("runs");
    assert!(status.success());
}

fn pages(out: &Path) -> Vec<(String, Page)> {
    walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(out)
                .expect("inside")
                .display()
                .to_string();
            let text = std::fs::read_to_string(e.path()).expect("read");
            (rel, Page(scraper::Html::parse_document(&text)))
        })
        .collect()
}

#[test]
fn example_site_has_no_broken_internal_link() {
    let out = tempfile::tempdir().expect("temp dir");
    build_example(out.path());
    let mut checked = 0;
    for (rel, page) in pages(out.path()) {
        let dir = Path::new(&rel)
            .parent()
            .unwrap_or(Path::new(""))
            .to_path_buf();
        let targets = page
            .attrs("a[href]", "href")
            .into_iter()
            .chain(page.attrs("img[src]", "src"))
            .chain(page.attrs(
                "link[href]:not([rel=canonical]):not([rel=alternate])",
                "href",
            ));
        for target in targets {
            if target.contains("://") || target.starts_with("mailto:") || target.starts_with('#') {
                continue;
            }
            let path = target.split('#').next().unwrap_or("");
            let file = if let Some(rooted) = path.strip_prefix('/') {
                out.path().join(rooted)
            } else {
                out.path().join(&dir).join(path)
            };
            let file = if path.ends_with('/') || path.is_empty() {
                file.join("index.html")
            } else {
                file
            };
            assert!(file.exists(), "{rel}: {target} leads nowhere");
            checked += 1;
        }
    }
    assert!(checked > 200, "only {checked} links checked");
}

#[test]
fn example_site_shows_no_raw_message_key() {
    let out = tempfile::tempdir().expect("temp dir");
    build_example(out.path());
    let ftl = std::fs::read_to_string(repo().join("locales/en/main.ftl")).expect("read");
    let ids: Vec<&str> = ftl
        .lines()
        .filter_map(|l| {
            l.split_once(" = ")
                .or_else(|| l.split_once(" ="))
                .map(|(id, _)| id)
        })
        .filter(|id| !id.starts_with(['#', ' ']) && id.contains('-'))
        .collect();
    assert!(ids.len() > 20, "{ids:?}");
    for (rel, page) in pages(out.path()) {
        let text = page.texts("html").join(" ");
        let attrs: Vec<String> = ["aria-label", "title", "content", "alt"]
            .iter()
            .flat_map(|a| page.attrs(&format!("[{a}]"), a))
            .collect();
        for id in &ids {
            let word = |s: &str| {
                s.split(|c: char| c.is_whitespace() || c == '"')
                    .any(|w| w == *id)
            };
            assert!(
                !word(&text) && !attrs.iter().any(|a| word(a)),
                "{rel} shows the key {id}"
            );
        }
    }
}

#[test]
fn example_site_has_the_promised_reports() {
    let out = tempfile::tempdir().expect("temp dir");
    build_example(out.path());
    let reports = |lang: &str| -> BTreeSet<String> {
        let section = if lang == "sv" { "rapporter" } else { "reports" };
        std::fs::read_dir(out.path().join(lang).join(section))
            .expect("reports")
            .filter_map(Result::ok)
            .filter(|e| {
                e.path().join("index.html").exists()
                    && !e.file_name().eq("page")
                    && !e.file_name().eq("sida")
            })
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect()
    };
    let (sv, en) = (reports("sv"), reports("en"));
    let both = sv.iter().filter(|s| en.contains(*s)).count();
    assert!(sv.len() + en.len() - both >= 8, "{sv:?} {en:?}");
    assert!(both >= 4, "{both} bilingual by path");
    assert!(sv.iter().any(|s| !en.contains(s)) && en.iter().any(|s| !sv.contains(s)));
    let photos = walkdir::WalkDir::new(out.path().join("sv/rapporter"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "png"))
        .count();
    assert!(photos >= 3);
    assert!(
        out.path().join("sv/about/index.html").exists()
            && out.path().join("en/about/index.html").exists()
    );
}
