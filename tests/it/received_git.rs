//! A site received from someone else, with its `.git`: nothing in the
//! repository's configuration, attributes or hooks runs a program when
//! rapport asks git about history (`check`, `import`, `translated`, the
//! translator's view), and rapport still tells which translations are
//! outdated. File names git would quote are read like any other.

use std::fs;
use std::path::Path;

use crate::support::{Run, TestSite};

const SV: &str = "content/reports/2014-05-26-astana/index.sv.md";
const EN: &str = "content/reports/2014-05-26-astana/index.en.md";
const ABOUT: &str = "content/om.sv.md";

fn git(site: &TestSite, args: &[&str]) -> String {
    crate::support::git_in(site.root(), args, "2024-01-01T10:00:00Z")
}

/// Commits everything at `date`, then gives the commit a signature header
/// of `armor`'s kind, as a commit signed elsewhere has: `log` with
/// `log.showSignature` hands such a commit to the signature program.
fn commit_signed(site: &TestSite, date: &str, armor: &str) {
    crate::support::git_in(site.root(), &["add", "-A"], date);
    crate::support::git_in(site.root(), &["commit", "-q", "-m", "change"], date);
    let raw = git(site, &["cat-file", "commit", "HEAD"]);
    let (head, message) = raw.split_once("\n\n").expect("a commit");
    let signed = format!(
        "{head}\ngpgsig -----BEGIN {armor}-----\n \n AAAA\n -----END {armor}-----\n\n{message}"
    );
    let path = site.root().join(".git/signed-commit");
    fs::write(&path, signed).expect("write");
    let id = git(
        site,
        &["hash-object", "-t", "commit", "-w", ".git/signed-commit"],
    );
    fs::remove_file(path).expect("remove");
    git(site, &["update-ref", "HEAD", id.trim()]);
}

fn sv(body: &str) -> String {
    format!("---\ntitle: Möte i Astana\ndate: 2014-05-26\n---\n{body}\n")
}

fn en(body: &str) -> String {
    format!("---\ntitle: Meeting in Astana\n---\n{body}\n")
}

/// A site in git whose English report is outdated: its original changed
/// in a later commit. Every commit carries a signature (of three kinds).
fn received_site() -> TestSite {
    let site = TestSite::new()
        .file(SV, &sv("Delegationen besökte sjukhuset."))
        .file(EN, &en("The delegation visited the hospital."));
    git(&site, &["init", "-q"]);
    commit_signed(&site, "2024-01-01T10:00:00Z", "SIGNED MESSAGE");
    site.write(ABOUT, b"---\ntitle: Om oss\n---\nVi.\n");
    commit_signed(&site, "2024-02-01T10:00:00Z", "SSH SIGNATURE");
    site.write(SV, sv("Delegationen besökte två sjukhus.").as_bytes());
    commit_signed(&site, "2024-03-02T10:00:00Z", "PGP SIGNATURE");
    site
}

/// A folder outside the site where the hostile commands leave a file
/// each (in `marks/`), and where they may keep their own files.
struct Markers(tempfile::TempDir);

impl Markers {
    fn new() -> Markers {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::create_dir(dir.path().join("marks")).expect("mkdir");
        Markers(dir)
    }

    /// A shell command that leaves the marker `name` and fails.
    fn command(&self, name: &str) -> String {
        format!(
            "touch '{}'; false",
            self.0.path().join("marks").join(name).display()
        )
    }

    /// A program (a script file, for the keys git runs without a shell)
    /// that leaves the marker `name` and fails.
    fn program(&self, name: &str) -> String {
        let path = self.0.path().join(format!("program-{name}"));
        script(&path, &self.command(name));
        path.to_str().expect("utf-8").to_string()
    }

    /// The markers left so far.
    fn left(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(self.0.path().join("marks"))
            .expect("markers")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

/// Sets `key` in the repository's own `.git/config`.
fn config(site: &TestSite, key: &str, value: &str) {
    git(site, &["config", key, value]);
}

/// Every hook git knows, each leaving a marker when run, in `dir`.
fn hooks(dir: &Path, markers: &Markers) {
    fs::create_dir_all(dir).expect("mkdir");
    for name in [
        "applypatch-msg",
        "pre-applypatch",
        "post-applypatch",
        "pre-commit",
        "pre-merge-commit",
        "prepare-commit-msg",
        "commit-msg",
        "post-commit",
        "pre-rebase",
        "post-checkout",
        "post-merge",
        "pre-push",
        "pre-receive",
        "update",
        "proc-receive",
        "post-receive",
        "post-update",
        "reference-transaction",
        "push-to-checkout",
        "pre-auto-gc",
        "post-rewrite",
        "fsmonitor-watchman",
        "post-index-change",
    ] {
        script(&dir.join(name), &markers.command(&format!("hook-{name}")));
    }
}

/// Writes an executable shell script that runs `command`.
fn script(path: &Path, command: &str) {
    fs::write(path, format!("#!/bin/sh\n{command}\n")).expect("write script");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o755)).expect("chmod");
    }
}

/// Sets up one mechanism in a site, its programs leaving markers.
type SetUp = fn(&TestSite, &Markers);

/// The ways a repository's configuration names a program, each set up
/// in `site` so that the program would leave a marker. Those of `log` with
/// a patch, of pagers and of aliases run with none of rapport's commands
/// even without its settings; they are here so none is ever added.
const MECHANISMS: &[(&str, SetUp)] = &[
    ("fsmonitor", |site, m| {
        config(site, "core.fsmonitor", &m.command("fsmonitor"));
    }),
    ("filters in .gitattributes", |site, m| {
        for (key, name) in [
            ("filter.x.clean", "clean"),
            ("filter.x.smudge", "smudge"),
            ("filter.p.process", "process"),
        ] {
            config(site, key, &m.command(name));
        }
        config(site, "filter.x.required", "true");
        site.write(".gitattributes", b"*.md filter=x\n*.yaml filter=p\n");
        site.write(".git/info/attributes", b"* filter=x\n");
    }),
    ("signature programs", |site, m| {
        config(site, "log.showSignature", "true");
        config(site, "gpg.program", &m.program("gpg"));
        config(site, "gpg.x509.program", &m.program("gpgsm"));
        config(site, "gpg.ssh.program", &m.program("ssh-keygen"));
        config(site, "gpg.ssh.allowedSignersFile", "/dev/null");
        config(
            site,
            "gpg.ssh.defaultKeyCommand",
            &m.command("ssh-default-key"),
        );
    }),
    ("diff programs", |site, m| {
        config(site, "diff.external", &m.command("diff-external"));
        config(site, "diff.t.textconv", &m.command("textconv"));
        config(site, "diff.t.command", &m.command("diff-command"));
        site.write(".gitattributes", b"* diff=t\n");
    }),
    ("pagers", |site, m| {
        config(site, "core.pager", &m.command("pager"));
        for command in ["log", "status", "ls-tree", "cat-file", "rev-parse"] {
            config(
                site,
                &format!("pager.{command}"),
                &m.command(&format!("pager-{command}")),
            );
        }
    }),
    ("hooks", |site, m| {
        hooks(&site.root().join(".git/hooks"), m);
    }),
    ("hooks elsewhere", |site, m| {
        let dir = m.0.path().join("hooks-folder");
        hooks(&dir, m);
        config(site, "core.hooksPath", dir.to_str().expect("utf-8"));
    }),
    ("aliases, editors and prompts", |site, m| {
        for command in ["log", "status", "ls-tree", "cat-file", "rev-parse"] {
            let alias = format!("!{}", m.command(&format!("alias-{command}")));
            config(site, &format!("alias.{command}"), &alias);
        }
        config(site, "core.editor", &m.command("editor"));
        config(site, "sequence.editor", &m.command("sequence-editor"));
        config(site, "core.askPass", &m.command("askpass"));
        config(
            site,
            "credential.helper",
            &format!("!{}", m.command("credential")),
        );
    }),
    ("a missing object fetched over a local path", |site, m| {
        promisor(site, m.0.path().to_str().expect("utf-8"));
        config(site, "remote.origin.uploadpack", &m.command("upload-pack"));
        config(
            site,
            "uploadpack.packObjectsHook",
            &m.command("pack-objects-hook"),
        );
        config(site, "protocol.file.allow", "always");
    }),
    ("a missing object fetched over ssh", |site, m| {
        promisor(site, "ssh://example.org/repo.git");
        config(site, "core.sshCommand", &m.command("ssh-command"));
        config(site, "protocol.ssh.allow", "always");
    }),
    ("a missing object fetched by a remote helper", |site, m| {
        let url = format!("ext::sh -c {}", m.command("ext").replace(' ', "% "));
        promisor(site, &url);
        config(site, "protocol.ext.allow", "always");
        config(site, "protocol.allow", "always");
    }),
];

/// Makes the repository a partial clone of `url` and removes the blob of
/// the original as it was first committed, which a reader of its history
/// needs: git would fetch it from `url`.
fn promisor(site: &TestSite, url: &str) {
    let blob = git(site, &["rev-parse", &format!("HEAD~2:{SV}")]);
    let blob = blob.trim();
    fs::remove_file(
        site.root()
            .join(".git/objects")
            .join(&blob[..2])
            .join(&blob[2..]),
    )
    .expect("the blob is a loose object");
    config(site, "core.repositoryFormatVersion", "1");
    config(site, "extensions.partialClone", "origin");
    config(site, "remote.origin.url", url);
    config(site, "remote.origin.promisor", "true");
    config(site, "remote.origin.partialCloneFilter", "blob:none");
}

/// Makes every content file look changed since the index was written, so
/// that a `git status` would read each through the filters again.
fn touch_content(site: &TestSite) {
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
    for path in [SV, EN, ABOUT] {
        let file = fs::File::options()
            .append(true)
            .open(site.root().join(path))
            .expect("open");
        file.set_modified(later).expect("set time");
    }
}

/// `check --format json` and the files its outdated findings are about.
fn outdated(site: &TestSite) -> (Run, Vec<String>) {
    let run = site.run(&["check", "--format", "json"]);
    let json: serde_json::Value =
        serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    let files = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| {
            f["message"]
                .as_str()
                .is_some_and(|m| m.contains("may be out of date"))
        })
        .map(|f| f["file"].as_str().expect("file").to_string())
        .collect();
    (run, files)
}

#[test]
fn no_program_named_by_the_repository_runs_on_check() {
    if !crate::support::has_git() {
        return;
    }
    let mut wrong = Vec::new();
    for (mechanism, set_up) in MECHANISMS {
        let site = received_site();
        let markers = Markers::new();
        set_up(&site, &markers);
        touch_content(&site);
        let (run, files) = outdated(&site);
        if !markers.left().is_empty() || run.status != 0 || files != [EN] {
            wrong.push(format!(
                "{mechanism}: ran {:?}, exit {}, outdated {files:?}",
                markers.left(),
                run.status
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// A site with every mechanism of [`MECHANISMS`] at once (the partial
/// clone over a local path standing for the three kinds of fetch).
fn hostile_site(markers: &Markers) -> TestSite {
    let site = received_site();
    for (mechanism, set_up) in MECHANISMS {
        if !mechanism.contains("ssh") && !mechanism.contains("remote helper") {
            set_up(&site, markers);
        }
    }
    // Both attribute files at once.
    site.write(".gitattributes", b"* filter=x diff=t\n");
    touch_content(&site);
    site
}

#[test]
fn no_program_named_by_the_repository_runs_in_the_translators_view() {
    if !crate::support::has_git() {
        return;
    }
    let markers = Markers::new();
    let site = hostile_site(&markers);
    let server = site.serve();
    let list = server.get("/__rapport/translations/");
    assert_eq!(list.status, 200);
    let href = list
        .page()
        .attrs("tbody th a", "href")
        .into_iter()
        .find(|h| h.contains("astana"))
        .expect("a link to the report");
    let detail = server.get(&href);
    assert_eq!(detail.status, 200);
    assert_eq!(
        detail.page().texts("h2 .outdated"),
        ["outdated since 2024-03-02"]
    );
    drop(server);
    assert_eq!(markers.left(), Vec::<String>::new());
}

#[test]
fn no_program_named_by_the_repository_runs_on_import_or_translated() {
    if !crate::support::has_git() {
        return;
    }
    let markers = Markers::new();
    let site = hostile_site(&markers);
    let work = tempfile::tempdir().expect("temp");
    let hugo = work.path().join("hugo");
    fs::create_dir_all(hugo.join("content")).expect("mkdir");
    fs::write(hugo.join("hugo.toml"), "defaultContentLanguage = \"sv\"\n").expect("write");
    fs::write(
        hugo.join("content/nytt.md"),
        "---\ntitle: Nytt\ndate: 2024-04-01\n---\nEn nyhet.\n",
    )
    .expect("write");
    let run = site.run(&["import", "hugo", hugo.to_str().expect("utf-8")]);
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("index.en.md") && run.stdout.contains("may be out of date"),
        "the check after the import still finds the outdated translation:\n{}",
        run.stdout
    );
    let run = site.run(&["translated", &site.root().join(EN).to_string_lossy()]);
    run.assert_ok();
    assert_eq!(outdated(&site).1, Vec::<String>::new());
    assert_eq!(markers.left(), Vec::<String>::new());
}

#[test]
fn file_names_git_would_quote_are_reported_outdated() {
    if !crate::support::has_git() {
        return;
    }
    let names = [
        "möte \"i\" astana",
        "två\nrader",
        "snedstreck\\här",
        "tabb\toch mellanslag",
        " -> pil",
    ];
    let mut site = TestSite::new();
    for name in names {
        site = site
            .file(
                &format!("content/reports/{name}.sv.md"),
                &sv("Delegationen besökte sjukhuset."),
            )
            .file(
                &format!("content/reports/{name}.en.md"),
                &en("The delegation visited the hospital."),
            );
    }
    git(&site, &["init", "-q"]);
    git(&site, &["add", "-A"]);
    git(&site, &["commit", "-q", "-m", "first"]);
    let all_outdated = |site: &TestSite| {
        let mut want: Vec<String> = names
            .iter()
            .map(|n| format!("content/reports/{n}.en.md"))
            .collect();
        want.sort();
        let mut found = outdated(site).1;
        found.sort();
        assert_eq!(found, want);
    };
    assert_eq!(outdated(&site).1, Vec::<String>::new());

    // Changed and saved, not committed.
    for name in names {
        site.write(
            &format!("content/reports/{name}.sv.md"),
            sv("Delegationen besökte två sjukhus.").as_bytes(),
        );
    }
    all_outdated(&site);

    // Committed.
    crate::support::git_in(site.root(), &["add", "-A"], "2024-03-02T10:00:00Z");
    crate::support::git_in(
        site.root(),
        &["commit", "-q", "-m", "second"],
        "2024-03-02T10:00:00Z",
    );
    all_outdated(&site);
}

#[test]
fn translated_reads_the_documents_and_leaves_the_photos_alone() {
    const BUNDLE: &str = "content/reports/2014-05-26-astana";
    let site = TestSite::new()
        .file(
            &format!("{BUNDLE}/index.sv.md"),
            &sv("![Sjukhuset](sjukhuset.jpg)\n\nDelegationen besökte sjukhuset."),
        )
        .file(
            &format!("{BUNDLE}/index.en.md"),
            &en("![The hospital](sjukhuset.jpg)\n\nThe delegation visited the hospital."),
        );
    site.write(
        &format!("{BUNDLE}/sjukhuset.jpg"),
        &crate::support::jpeg(64, 48),
    );
    let run = site.run(&["translated", &site.root().join(EN).to_string_lossy()]);
    run.assert_ok();
    assert!(
        fs::read_to_string(site.root().join(EN))
            .expect("en")
            .contains("\ntranslated_from: "),
        "the stamp is written"
    );
    assert!(
        !site.root().join(".rapport-cache").exists(),
        "no photo was processed"
    );
    assert_eq!(outdated(&site).1, Vec::<String>::new());
}
