//! The promises of the README's Safety section, each tried the way a
//! careless or hostile user would break it: links out of the site, output
//! folders that are not what they seem, files rapport did not write.

use crate::support::{report, TestSite};

fn link(site: &TestSite, target: &str, at: &str) {
    let path = site.root().join(at);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::os::unix::fs::symlink(target, path).expect("link");
}

#[test]
fn links_out_of_the_site_are_never_published() {
    for (at, target) in [
        ("static/env.txt", "/proc/self/environ"),
        ("content/reports/x/passwd.txt", "/etc/passwd"),
        ("static/etc", "/etc"),
        ("themes/default/static/hosts.txt", "/etc/hosts"),
        ("locales/sv/extra.ftl", "/etc/hostname"),
        ("content/reports/y.sv.md", "/etc/passwd"),
    ] {
        let site = TestSite::new().file(
            "content/reports/x/index.sv.md",
            &report("X", "2020-01-01", "Text."),
        );
        link(&site, target, at);
        for command in ["build", "check"] {
            let run = site.run(&[command]);
            assert_eq!(
                run.status, 1,
                "{command} {at}: {}{}",
                run.stdout, run.stderr
            );
            let said = format!("{}{}", run.stdout, run.stderr);
            assert!(said.contains(at), "{command} does not name {at}:\n{said}");
            assert!(
                said.contains(target),
                "{command} does not name {target}:\n{said}"
            );
        }
        assert!(
            !site.root().join("public").exists(),
            "{at}: something was written"
        );
    }
}

#[test]
fn links_inside_the_site_are_followed() {
    let site = TestSite::new()
        .file(
            "content/reports/x/index.sv.md",
            &report("X", "2020-01-01", "Text."),
        )
        .file("shared/logo.txt", "logo");
    link(&site, "../../shared/logo.txt", "static/img/logo.txt");
    site.build();
    assert_eq!(
        std::fs::read_to_string(site.output("img/logo.txt")).expect("published"),
        "logo"
    );
}

#[test]
fn the_output_guard_resolves_every_spelling() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        &report("A", "2020-01-01", "Text."),
    );
    let root = site.root().to_str().expect("utf-8").to_string();
    for output in [
        "public/../content".to_string(),
        "zz/../..".to_string(),
        "zz/../content/x".to_string(),
        "./content/.".to_string(),
        "public/../../".to_string(),
        format!("{root}/nope/../themes"),
        format!("{root}/public/../locales/sv"),
        format!("{root}/static//x/.."),
        format!("{root}/."),
        format!("{root}/.git"),
        "/".to_string(),
    ] {
        let run = std::process::Command::new(env!("CARGO_BIN_EXE_rapport"))
            .env("RAPPORT_LANG", "en")
            .args(["build", "--root", &root, "--output", &output])
            .current_dir(site.root())
            .output()
            .expect("runs");
        assert_eq!(run.status.code(), Some(1), "{output} was accepted");
        assert!(
            String::from_utf8_lossy(&run.stderr).contains("refusing to write"),
            "{output}"
        );
    }
    assert!(!site.root().join("content/index.html").exists());
    assert!(!site.root().join("content/x").exists());
    // A link to content/ is refused as well.
    std::os::unix::fs::symlink(site.root().join("content"), site.root().join("out")).expect("link");
    let run = site.run(&["build", "--output", &format!("{root}/out/sub")]);
    assert_eq!(run.status, 1, "{}", run.stderr);
}

#[test]
fn files_rapport_did_not_write_are_never_replaced() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        &report("A", "2020-01-01", "Text."),
    );
    site.write("public/index.html", b"<p>my own front page</p>");
    site.write("public/robots.txt", b"User-agent: *");
    site.write("public/sv/index.html", b"<p>mine</p>");
    site.write("public/notes.txt", b"keep me");
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    for named in ["index.html", "robots.txt", "sv/index.html", "--force"] {
        assert!(
            run.stderr.contains(named),
            "does not name {named}:\n{}",
            run.stderr
        );
    }
    let mine = std::fs::read_to_string(site.output("index.html")).expect("kept");
    assert_eq!(mine, "<p>my own front page</p>");
    // check agrees: the same refusal is an error there too? No: check writes
    // nothing, so the folder is build's concern; --force takes it over.
    site.run(&["build", "--force"]).assert_ok();
    assert_eq!(site.html("sv/reports/a/index.html").text("h1"), "A");
    assert_eq!(
        std::fs::read_to_string(site.output("notes.txt")).expect("kept"),
        "keep me"
    );
    // From now on the files are rapport's: a plain build works.
    site.run(&["build"]).assert_ok();
}

#[test]
fn a_rebuild_that_changes_nothing_touches_nothing() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        &report("A", "2020-01-01", "Text."),
    );
    site.build();
    let page = site.output("sv/reports/a/index.html");
    let before = std::fs::metadata(&page).expect("page");
    let inode = std::os::unix::fs::MetadataExt::ino(&before);
    let run = site.run(&["build"]);
    run.assert_ok();
    assert!(run.stdout.contains("0 written"), "{}", run.stdout);
    let after = std::fs::metadata(&page).expect("page");
    assert_eq!(inode, std::os::unix::fs::MetadataExt::ino(&after));
    assert_eq!(before.modified().ok(), after.modified().ok());
    // One change: the unchanged page keeps its bytes and its time.
    site.write(
        "content/reports/b.sv.md",
        report("B", "2019-01-01", "Mer.").as_bytes(),
    );
    site.build();
    let after = std::fs::metadata(&page).expect("page");
    assert_eq!(before.modified().ok(), after.modified().ok());
}

#[test]
fn new_refuses_a_section_outside_content() {
    let site = TestSite::new();
    for section in ["../../x", "/tmp/x", "reports/../../x", "..", ""] {
        let run = site.run(&["new", "Möte", "--section", section]);
        assert_eq!(run.status, 1, "{section}: {}", run.stderr);
        assert!(
            run.stderr.contains("--section"),
            "{section}: {}",
            run.stderr
        );
    }
    assert!(!site.root().join("../x").exists());
    let run = site.run(&["new", "!!!"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
}
