//! `TestSite`: a minimal bilingual site in a temporary folder, with the
//! default theme and locales of this repository, built by the real binary.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use scraper::{Html, Selector};

/// The repository root, which is also the example site.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub struct TestSite {
    pub dir: tempfile::TempDir,
}

/// What one run of the binary did.
pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    #[track_caller]
    pub fn assert_ok(&self) -> &Run {
        assert_eq!(self.status, 0, "build failed:\n{}", self.stderr);
        self
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("readable");
        let dest = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            fs::create_dir_all(&dest).expect("mkdir");
        } else {
            fs::copy(entry.path(), &dest).expect("copy");
        }
    }
}

impl TestSite {
    /// A site with the default theme, both locales and a small site.yaml.
    pub fn new() -> TestSite {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(&repo().join("themes"), &dir.path().join("themes"));
        copy_dir(&repo().join("locales"), &dir.path().join("locales"));
        let site = TestSite { dir };
        site.file(
            "site.yaml",
            "base_url: https://example.org/\ndefault_language: sv\nlanguages: [sv, en]\npaginate: 10\n",
        )
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `text` to `path` in the site, creating folders.
    pub fn file(self, path: &str, text: &str) -> TestSite {
        self.write(path, text.as_bytes());
        self
    }

    pub fn write(&self, path: &str, bytes: &[u8]) {
        let full = self.root().join(path);
        fs::create_dir_all(full.parent().expect("has parent")).expect("mkdir");
        fs::write(full, bytes).expect("write");
    }

    /// Runs `rapport ARGS --root ROOT`.
    pub fn run(&self, args: &[&str]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_rapport"))
            .args(args)
            .arg("--root")
            .arg(self.root())
            .output()
            .expect("runs");
        Run {
            status: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// `rapport build`, which must succeed.
    pub fn build(&self) -> &TestSite {
        self.run(&["build"]).assert_ok();
        self
    }

    pub fn output(&self, path: &str) -> PathBuf {
        self.root().join("public").join(path)
    }

    pub fn exists(&self, path: &str) -> bool {
        self.output(path).exists()
    }

    /// The parsed HTML of an output file.
    #[track_caller]
    pub fn html(&self, path: &str) -> Page {
        let text = fs::read_to_string(self.output(path))
            .unwrap_or_else(|e| panic!("no output {path}: {e}"));
        Page(Html::parse_document(&text))
    }
}

/// A parsed page with selector helpers.
pub struct Page(pub Html);

fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css}: {e:?}"))
}

impl Page {
    /// The text of every element matching `css`, whitespace collapsed.
    pub fn texts(&self, css: &str) -> Vec<String> {
        self.0
            .select(&sel(css))
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// The text of the one element matching `css`.
    #[track_caller]
    pub fn text(&self, css: &str) -> String {
        let all = self.texts(css);
        assert_eq!(all.len(), 1, "expected one `{css}`, found {all:?}");
        all.into_iter().next().expect("one")
    }

    /// Attribute `attr` of every element matching `css`.
    pub fn attrs(&self, css: &str, attr: &str) -> Vec<String> {
        self.0
            .select(&sel(css))
            .filter_map(|e| e.value().attr(attr).map(str::to_string))
            .collect()
    }

    /// Attribute `attr` of the one element matching `css`.
    #[track_caller]
    pub fn attr(&self, css: &str, attr: &str) -> String {
        let all = self.attrs(css, attr);
        assert_eq!(
            all.len(),
            1,
            "expected one `{css}` with {attr}, found {all:?}"
        );
        all.into_iter().next().expect("one")
    }

    pub fn count(&self, css: &str) -> usize {
        self.0.select(&sel(css)).count()
    }
}

/// A report's front matter and body as one file's text.
pub fn report(title: &str, date: &str, body: &str) -> String {
    format!("---\ntitle: {title}\ndate: {date}\n---\n{body}\n")
}
