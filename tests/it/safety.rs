//! Nothing lost, nothing broken: the output folder under interruption, bad
//! input (each a clear error, never a panic), input that must simply work,
//! and untrusted text kept inert everywhere it is written.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use crate::support::{report, TestSite};

fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            !e.path()
                .components()
                .any(|c| c.as_os_str() == ".rapport-staging")
        })
        .map(|e| {
            (
                e.path().display().to_string(),
                std::fs::read(e.path()).expect("read"),
            )
        })
        .collect()
}

#[test]
fn a_build_killed_at_any_moment_leaves_the_old_site_or_the_new_one() {
    let mut site = TestSite::new();
    let body = "Text om mötet. ".repeat(200);
    for i in 0..300 {
        site = site.file(
            &format!("content/reports/r{i:03}.sv.md"),
            &report(&format!("Möte {i}"), "2020-01-01", &body),
        );
    }
    site.build();
    // Files rapport did not write must be there at every moment.
    site.write("public/CNAME", b"rapport.example.org");
    site.write("public/.git/HEAD", b"ref: refs/heads/gh-pages");
    site.write("public/sv/egen.html", b"<p>egen</p>");
    // The first round swaps in a tree made anew; the second starts from the
    // tree the first round's swap took out, kept beside the output.
    for (round, title) in ["Ändrat", "Tredje"].into_iter().enumerate() {
        let old = snapshot(&site.root().join("public"));
        for i in 0..300 {
            site.write(
                &format!("content/reports/r{i:03}.sv.md"),
                report(&format!("{title} {i}"), "2021-01-01", &body).as_bytes(),
            );
        }
        let side = site.root().join(".public.rapport-new");
        let mut seen = Vec::new();
        // Kills at growing delays after the new tree appears: while writing,
        // while linking, around the swap, while keeping the old tree.
        for delay_ms in [0u64, 2, 5, 10, 20, 40, 80, 160] {
            let mut child = Command::new(env!("CARGO_BIN_EXE_rapport"))
                .env("RAPPORT_LANG", "en")
                .args(["build", "--root"])
                .arg(site.root())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("starts");
            while child.try_wait().expect("waits").is_none() && !side.exists() {
                std::thread::yield_now();
            }
            std::thread::sleep(std::time::Duration::from_millis(delay_ms));
            let _ = child.kill();
            let _ = child.wait();
            seen.push((delay_ms, snapshot(&site.root().join("public"))));
        }
        site.build();
        assert!(
            !side.exists(),
            "round {round}: the next build clears what a killed one left"
        );
        let new = snapshot(&site.root().join("public"));
        assert_ne!(old, new);
        for (delay, snap) in &seen {
            assert!(
                *snap == old || *snap == new,
                "round {round}: killed {delay} ms in, the output is neither the old site nor the new"
            );
        }
        assert_eq!(
            site.html("sv/reports/r007/index.html").text("h1"),
            format!("{title} 7")
        );
        for own in ["CNAME", ".git/HEAD", "sv/egen.html"] {
            assert!(site.exists(own), "round {round}: {own} was lost");
        }
    }
}

/// The files under `dir` by their paths relative to it.
fn relative_snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    snapshot(dir)
        .into_iter()
        .map(|(path, bytes)| {
            let rel = Path::new(&path)
                .strip_prefix(dir)
                .expect("inside")
                .to_string_lossy()
                .into_owned();
            (rel, bytes)
        })
        .collect()
}

#[test]
fn a_build_starts_from_the_tree_the_last_swap_took_out() {
    let site = TestSite::new()
        .file(
            "content/reports/astana.sv.md",
            &report("Möte i Astana", "2014-05-26", "Första versionen."),
        )
        .file(
            "content/reports/uppsala.sv.md",
            &report("Besök i Uppsala", "2018-11-20", "Äldreomsorg."),
        )
        .file(
            "content/reports/almaty.sv.md",
            &report("Rundabord i Almaty", "2020-02-02", "Läkemedel."),
        );
    site.build();
    site.write("public/CNAME", b"rapport.example.org");
    site.write("public/.git/HEAD", b"ref: refs/heads/main");
    site.write("public/sv/egen.html", b"<p>egen</p>");
    let spare = site.root().join(".public.rapport-old");
    assert!(!spare.exists(), "a first build has no old tree to keep");

    site.write(
        "content/reports/astana.sv.md",
        report("Möte i Astana", "2014-05-26", "Andra versionen.").as_bytes(),
    );
    site.build();
    assert!(spare.is_dir(), "the tree the swap took out is kept");
    let untouched = site.root().join("public/sv/reports/uppsala/index.html");
    let stamp = std::fs::metadata(&untouched)
        .expect("meta")
        .modified()
        .expect("mtime");

    // Files rapport did not write change between builds, a report goes,
    // one changes: the next build starts from the kept (first) tree.
    site.write("public/.git/HEAD", b"ref: refs/heads/gh-pages");
    site.write("public/.git/refs/heads/gh-pages", b"0123abcd");
    std::fs::remove_file(site.root().join("public/sv/egen.html")).expect("remove");
    std::fs::remove_file(site.root().join("content/reports/almaty.sv.md")).expect("remove");
    site.write(
        "content/reports/astana.sv.md",
        report("Möte i Astana, dag två", "2014-05-26", "Tredje versionen.").as_bytes(),
    );
    let second = relative_snapshot(&site.root().join("public"));
    site.build();

    let fresh = site.root().join("fresh");
    site.run(&["build", "--output", fresh.to_str().expect("utf-8")])
        .assert_ok();
    let mut built = relative_snapshot(&site.root().join("public"));
    assert_eq!(
        built.remove(".git/HEAD").as_deref(),
        Some(&b"ref: refs/heads/gh-pages"[..]),
        "the newest version of a file rapport did not write"
    );
    assert!(built.remove(".git/refs/heads/gh-pages").is_some());
    assert!(built.remove("CNAME").is_some());
    assert!(
        !built.contains_key("sv/egen.html"),
        "a removed file stays removed"
    );
    let fresh_files = relative_snapshot(&fresh);
    assert_eq!(
        built.keys().collect::<Vec<_>>(),
        fresh_files.keys().collect::<Vec<_>>(),
        "the same files as a fresh build"
    );
    let differ: Vec<&String> = built
        .keys()
        .filter(|k| built[*k] != fresh_files[*k])
        .collect();
    assert!(differ.is_empty(), "not as a fresh build: {differ:?}");
    assert_eq!(
        std::fs::metadata(&untouched)
            .expect("meta")
            .modified()
            .expect("mtime"),
        stamp,
        "an unchanged file keeps its modification time"
    );
    // The kept tree is the site as it was before the third build, untouched
    // by its writes (its files are links to the new site's unchanged ones,
    // never written through).
    let mut kept = relative_snapshot(&spare);
    assert!(kept.remove(".rapport-foreign").is_some());
    assert_eq!(
        kept.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    assert!(kept == second, "the kept tree is the last site as it was");

    // A page removed by hand comes back, also from a build that starts
    // from a kept tree that still has it, and stays at the build after.
    for version in ["femte", "sjätte"] {
        std::fs::remove_file(&untouched).ok();
        site.write(
            "content/reports/astana.sv.md",
            report("Möte i Astana", "2014-05-26", version).as_bytes(),
        );
        site.build();
        assert!(untouched.is_file(), "a page removed by hand is made again");
    }
    site.build();
    assert!(untouched.is_file());

    // The output removed and built anew: the kept tree's files are no
    // longer the live ones, so none of them is taken as it is (an
    // unchanged file keeps the time of the build that made it).
    std::fs::remove_dir_all(site.root().join("public")).expect("remove");
    site.build();
    assert!(
        spare.is_dir(),
        "a build with no output to swap leaves the kept tree"
    );
    let stamp = std::fs::metadata(&untouched)
        .expect("meta")
        .modified()
        .expect("mtime");
    site.write(
        "content/reports/astana.sv.md",
        report("Möte i Astana, dag tre", "2014-05-26", "Fjärde versionen.").as_bytes(),
    );
    site.build();
    assert_eq!(
        std::fs::metadata(&untouched)
            .expect("meta")
            .modified()
            .expect("mtime"),
        stamp,
        "an unchanged file keeps its modification time"
    );
    std::fs::remove_dir_all(&fresh).expect("remove");
    site.run(&["build", "--output", fresh.to_str().expect("utf-8")])
        .assert_ok();
    let mut built = relative_snapshot(&site.root().join("public"));
    built.retain(|k, _| !k.starts_with(".git/") && k != "CNAME");
    let fresh = relative_snapshot(&fresh);
    assert_eq!(
        built.keys().collect::<Vec<_>>(),
        fresh.keys().collect::<Vec<_>>()
    );
    let differ: Vec<&String> = built.keys().filter(|k| built[*k] != fresh[*k]).collect();
    assert!(differ.is_empty(), "not as a fresh build: {differ:?}");
}

#[test]
fn nothing_is_written_through_a_link_the_owner_put_in_the_output() {
    let site = TestSite::new().file(
        "content/reports/astana.sv.md",
        &report("Möte i Astana", "2014-05-26", "Första versionen."),
    );
    site.build();
    let elsewhere = tempfile::tempdir().expect("temp dir");
    std::os::unix::fs::symlink(elsewhere.path(), site.root().join("public/assets"))
        .expect("symlink");
    site.write("public/.rapport-foreign", b"the owner's own notes");
    // The tree holding the link is kept beside the output by this build...
    site.write(
        "content/reports/astana.sv.md",
        report("Möte i Astana", "2014-05-26", "Andra versionen.").as_bytes(),
    );
    site.build();
    // ...and the next one starts from it, with a file where the link points.
    site.write("static/assets/app.css", b"body { color: black; }");
    site.write(
        "content/reports/astana.sv.md",
        report("Möte i Astana", "2014-05-26", "Tredje versionen.").as_bytes(),
    );
    let _ = site.run(&["build"]);
    assert_eq!(
        std::fs::read_dir(elsewhere.path()).expect("read").count(),
        0,
        "nothing was written where the owner's link points"
    );
    assert!(
        std::fs::symlink_metadata(site.root().join("public/assets"))
            .expect("still there")
            .file_type()
            .is_symlink(),
        "the owner's link is kept"
    );
    assert_eq!(
        std::fs::read(site.root().join("public/.rapport-foreign")).expect("kept"),
        b"the owner's own notes",
        "a file of the owner's with the name rapport gives its list is kept"
    );
}

/// A bad site: what it is, the files to write, a text the error must name.
type BadSite = (&'static str, Vec<(&'static str, Vec<u8>)>, &'static str);

fn bad_sites() -> Vec<BadSite> {
    let text = |s: &str| s.as_bytes().to_vec();
    let sv = std::fs::read_to_string(crate::support::repo().join("locales/sv/main.ftl"))
        .expect("sv strings");
    let renamed = sv.replacen("site-title =", "site-titel =", 1);
    vec![
        ("message renamed in one language", vec![("locales/sv/main.ftl", renamed.into_bytes())], "rename `site-titel` back to `site-title`"),
        ("front matter not closed", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\n"))], "content/reports/a.sv.md:1"),
        ("no front matter", vec![("content/reports/a.sv.md", text("Bara text.\n"))], "content/reports/a.sv.md:1"),
        ("unclosed list", vec![("content/reports/a.sv.md", text("---\ntitle: A\ntags: [a\n---\n"))], "content/reports/a.sv.md:"),
        ("bad indentation", vec![("content/reports/a.sv.md", text("---\ntitle: A\n  date: 2020-01-01\n---\n"))], "content/reports/a.sv.md:"),
        ("tab in YAML", vec![("content/reports/a.sv.md", text("---\ntitle: A\n\tdate: 2020-01-01\n---\n"))], "content/reports/a.sv.md:"),
        ("front matter is a list", vec![("content/reports/a.sv.md", text("---\n- a\n- b\n---\n"))], "content/reports/a.sv.md:"),
        ("title is a list", vec![("content/reports/a.sv.md", text("---\ntitle: [a, b]\ndate: 2020-01-01\n---\n"))], "content/reports/a.sv.md:2"),
        ("tags is text", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\ntags: 5\n---\n"))], "content/reports/a.sv.md:4"),
        ("draft is text", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\ndraft: kanske\n---\n"))], "content/reports/a.sv.md:4"),
        ("participant without name", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\nparticipants:\n  - role: talare\n---\n"))], "content/reports/a.sv.md:"),
        ("missing title", vec![("content/reports/a.sv.md", text("---\ndate: 2020-01-01\n---\n"))], "content/reports/a.sv.md:1"),
        ("empty title", vec![("content/reports/a.sv.md", text("---\ntitle: \"  \"\ndate: 2020-01-01\n---\n"))], "content/reports/a.sv.md:2"),
        ("report without date", vec![("content/reports/a.sv.md", text("---\ntitle: A\n---\n"))], "content/reports/a.sv.md"),
        ("impossible date", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2021-02-29\n---\n"))], "content/reports/a.sv.md:3"),
        ("date as a number", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2021\n---\n"))], "content/reports/a.sv.md:3"),
        ("unknown key", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\nplats: Astana\n---\n"))], "content/reports/a.sv.md:4"),
        ("invalid UTF-8", vec![("content/reports/a.sv.md", b"---\ntitle: M\xf6te\ndate: 2020-01-01\n---\n".to_vec())], "content/reports/a.sv.md"),
        ("empty file", vec![("content/reports/a.sv.md", Vec::new())], "content/reports/a.sv.md"),
        ("link to a draft", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\n---\nSe [utkastet](b.sv.md).\n")), ("content/reports/b.sv.md", text("---\ntitle: B\ndate: 2020-01-02\ndraft: true\n---\nText.\n"))], "content/reports/a.sv.md:5"),
        ("link to a scheduled report", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\n---\nSe [senare](b.md).\n")), ("content/reports/b.sv.md", text("---\ntitle: B\ndate: 2020-01-02\npublish_date: 2999-01-01\n---\nText.\n"))], "content/reports/a.sv.md:5"),
        ("front matter of 340 KB", vec![("content/reports/a.sv.md", format!("---\ntitle: A\ndate: 2020-01-01\nextra:\n{}---\n", (0..20_000).map(|i| format!("  k{i}: [a, b, c]\n")).collect::<String>()).into_bytes())], "content/reports/a.sv.md:1"),
        ("alias into .git", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\naliases: [/ok/, /.git/config]\n---\n"))], "content/reports/a.sv.md:4"),
        ("alias to a server's settings", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\naliases:\n  - /.htaccess\n---\n"))], "content/reports/a.sv.md:4"),
        ("two reports with one slug", vec![
            ("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\n---\n")),
            ("content/reports/b.sv.md", text("---\ntitle: B\ndate: 2020-01-01\nslug: a\n---\n")),
        ], "content/reports/b.sv.md"),
        ("two files claim one translation", vec![
            ("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\ntranslation: k\n---\n")),
            ("content/reports/b.sv.md", text("---\ntitle: B\ndate: 2020-01-01\ntranslation: k\n---\n")),
        ], "content/reports/b.sv.md"),
        ("slug leaving the output", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\nslug: ../../etc\n---\n"))], "content/reports/a.sv.md:4"),
        ("link leaving the site", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\n---\n[x](../../../etc/passwd.md)\n"))], "content/reports/a.sv.md:5"),
        ("lang contradicting the suffix", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\nlang: en\n---\n"))], "content/reports/a.sv.md:4"),
        ("language not in site.yaml", vec![("content/reports/a.ru.md", text("---\ntitle: A\ndate: 2020-01-01\n---\n"))], "content/reports/a.ru.md"),
        ("Markdown file inside a bundle", vec![
            ("content/reports/b/index.sv.md", text("---\ntitle: B\ndate: 2020-01-01\n---\n")),
            ("content/reports/b/notes.md", text("---\ntitle: N\n---\n")),
        ], "content/reports/b/notes.md"),
        ("template syntax error", vec![("themes/default/templates/page.html", text("{% extends \"base.html\" %}\n{% block main %}{{ page.title }\n{% endblock main %}\n"))], "themes/default/templates/page.html"),
        ("missing template", vec![("site.yaml", text("languages: [sv, en]\ntheme: saknas\n"))], "themes/saknas/templates"),
        ("Fluent syntax error", vec![("locales/sv/x.ftl", text("ok = ok\nfel = { \n"))], "locales/sv/x.ftl:2"),
        ("message defined twice", vec![("locales/sv/x.ftl", text("site-title = Igen\n"))], "locales/sv/x.ftl:1"),
        ("unknown key in site.yaml", vec![("site.yaml", text("languages: [sv, en]\npaginat: 5\n"))], "site.yaml:2"),
        ("default language not listed", vec![("site.yaml", text("default_language: fi\nlanguages: [sv, en]\n"))], "site.yaml:1"),
        ("no languages", vec![("site.yaml", text("languages: []\n"))], "site.yaml:1"),
        ("paginate zero", vec![("site.yaml", text("languages: [sv, en]\npaginate: 0\n"))], "site.yaml:2"),
        ("language without locales", vec![("site.yaml", text("languages: [sv, en, kk]\n"))], "locales/kk"),
        ("static file over a page", vec![("static/sv/index.html", text("x"))], "static/sv/index.html"),
        ("colliding tags", vec![
            ("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\ntags: [Hälsa]\n---\n")),
            ("content/reports/b.sv.md", text("---\ntitle: B\ndate: 2020-01-01\ntags: [halsa]\n---\n")),
        ], "content/reports/b.sv.md"),
        ("broken symlink", vec![], "content/reports/trasig.sv.md"),
        ("symlink loop", vec![], "content/reports/loop"),
        ("missing photo", vec![("content/reports/b/index.sv.md", text("---\ntitle: B\ndate: 2020-01-01\n---\n![Delegationen](IMG_2041.JPG)\n"))], "content/reports/b/index.sv.md:5"),
        ("wrong-case photo", vec![
            ("content/reports/b/index.sv.md", text("---\ntitle: B\ndate: 2020-01-01\n---\n![Delegationen](img_2041.jpg)\n")),
            ("content/reports/b/IMG_2041.JPG", text("jpeg")),
        ], "did you mean `IMG_2041.JPG`"),
        ("missing photo with a space in its name", vec![("content/reports/b/index.sv.md", text("---\ntitle: B\ndate: 2020-01-01\n---\n![Delegationen](möte 1.jpg)\n"))], "content/reports/b/index.sv.md:5"),
        ("wrong-case photo with a space in its name", vec![
            ("content/reports/b/index.sv.md", text("---\ntitle: B\ndate: 2020-01-01\n---\n![Delegationen](möte 1.jpg)\n")),
            ("content/reports/b/Möte 1.JPG", text("jpeg")),
        ], "did you mean `Möte 1.JPG`"),
        ("unknown key of a participant", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\nparticipants:\n  - name: Anna\n    rol: talare\n---\n"))], "did you mean `role`"),
        ("unknown key of the cover", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\ncover:\n  src: a.jpg\n  fokus: top\n---\n"))], "content/reports/a.sv.md:6"),
        ("cover without src", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\ncover:\n  alt: Delegationen\n---\n"))], "content/reports/a.sv.md:4"),
        ("missing cover", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\ncover: saknas.jpg\n---\n"))], "content/reports/a.sv.md:4"),
        ("link to an address the site lacks", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\n---\n[x](/sv/reports/finns-inte/)\n"))], "content/reports/a.sv.md:5"),
        ("relative link to an address the site lacks", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\n---\n[x](../finns-inte/)\n"))], "content/reports/a.sv.md:5"),
        ("raw HTML image that leads nowhere", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\n---\n<img src=\"saknas.png\" alt=\"x\">\n"))], "content/reports/a.sv.md:5"),
        ("script link", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\n---\n[x](javascript:alert(1))\n"))], "content/reports/a.sv.md:5"),
        ("slug without letters", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\nslug: \"!!!\"\n---\n"))], "content/reports/a.sv.md:4"),
        ("file name without letters", vec![("content/reports/!!!.sv.md", text("---\ntitle: A\ndate: 2020-01-01\n---\n"))], "content/reports/!!!.sv.md"),
        ("page name without letters", vec![("content/¿.sv.md", text("---\ntitle: A\n---\n"))], "content/¿.sv.md"),
        ("tag without letters", vec![("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\ntags: [\"#\", \"…\"]\n---\n"))], "content/reports/a.sv.md"),
        ("section slug without letters", vec![
            ("content/reports/_index.sv.md", text("---\ntitle: R\nslug: \"!!!\"\n---\n")),
            ("content/reports/a.sv.md", text("---\ntitle: A\ndate: 2020-01-01\n---\n")),
        ], "empty part"),
        ("a file and a folder at one address", vec![
            ("content/reports/a/index.sv.md", text("---\ntitle: A\ndate: 2020-01-01\n---\n")),
            ("content/reports/a/x/index.html", text("x")),
            ("static/sv/reports/a", text("x")),
        ], "folder"),
        ("name over 255 bytes", vec![("content/reports/a.sv.md", text(&format!("---\ntitle: A\ndate: 2020-01-01\nslug: {}\n---\n", "a".repeat(300))))], "content/reports/a.sv.md"),
        ("Fluent message refers to itself", vec![("locales/sv/x.ftl", text("site-tagline = { site-tagline }\n"))], "locales/sv/x.ftl"),
        ("template error at run time", vec![("themes/default/templates/page.html", text("{% extends \"base.html\" %}\n{% block main %}{{ page.finns_inte.djupt }}{% endblock main %}\n")), ("content/om.sv.md", text("---\ntitle: Om\n---\n"))], "page.html"),
        ("TOML front matter", vec![("content/reports/a.sv.md", text("+++\ntitle = \"A\"\n+++\n"))], "TOML"),
        ("deeply nested brackets", vec![("content/reports/a.sv.md", text(&format!("---\ntitle: A\ntags: {}\n---\n", "[".repeat(40_000))))], "content/reports/a.sv.md:3"),
    ]
}

#[test]
fn bad_sites_get_a_clear_error_and_never_a_panic() {
    let cases = bad_sites();
    assert!(cases.len() >= 55);
    for (what, files, names) in cases {
        let site = TestSite::new();
        for (path, bytes) in &files {
            site.write(path, bytes);
        }
        if what == "broken symlink" {
            std::fs::create_dir_all(site.root().join("content/reports")).expect("mkdir");
            std::os::unix::fs::symlink(
                "/nonexistent/file.md",
                site.root().join("content/reports/trasig.sv.md"),
            )
            .expect("link");
        }
        if what == "symlink loop" {
            std::fs::create_dir_all(site.root().join("content/reports")).expect("mkdir");
            std::os::unix::fs::symlink("..", site.root().join("content/reports/loop"))
                .expect("link");
        }
        let run = site.run(&["build"]);
        assert_eq!(run.status, 1, "{what}: expected exit 1\n{}", run.stderr);
        assert!(
            !run.stderr.contains("panicked"),
            "{what}: panicked\n{}",
            run.stderr
        );
        assert!(
            run.stderr.contains(names),
            "{what}: the error does not name {names}\n{}",
            run.stderr
        );
        // check finds what build refuses, and says it the same way.
        let checked = site.run(&["check"]);
        assert_eq!(
            checked.status, 1,
            "{what}: check passed what build refuses\n{}",
            checked.stdout
        );
        assert!(
            checked.stdout.contains(names),
            "{what}: check does not name {names}\n{}",
            checked.stdout
        );
        assert!(
            !site.root().join("public").exists(),
            "{what}: something was written"
        );
    }
}

#[test]
fn unusual_but_valid_input_simply_works() {
    let big = format!("Stycke om mötet, {}.\n\n", "ord ".repeat(40)).repeat(60_000);
    assert!(big.len() > 10_000_000);
    let site = TestSite::new()
        .file(
            "content/reports/bom.sv.md",
            "\u{feff}---\ntitle: Med BOM\ndate: 2020-01-01\n---\nText.\n",
        )
        .file(
            "content/reports/crlf.sv.md",
            "---\r\ntitle: Med CRLF\r\ndate: 2020-01-02\r\n---\r\nRad ett.\r\nRad två.\r\n",
        )
        .file(
            "content/reports/tom.sv.md",
            "---\ntitle: Utan text\ndate: 2020-01-03\n---\n",
        )
        .file(
            "content/reports/stor.sv.md",
            &format!("---\ntitle: Stor\ndate: 2020-01-04\n---\n{big}"),
        )
        .file(
            "content/reports/Möte på Åland/index.sv.md",
            "---\ntitle: Åland\ndate: 2020-01-05\n---\n![Bild](<bild med mellanslag.png>)\n",
        );
    site.write(
        "content/reports/Möte på Åland/bild med mellanslag.png",
        &crate::support::png(40, 30),
    );
    site.build();
    assert_eq!(site.html("sv/reports/bom/index.html").text("h1"), "Med BOM");
    assert_eq!(
        site.html("sv/reports/crlf/index.html").text(".body p"),
        "Rad ett. Rad två."
    );
    assert_eq!(
        site.html("sv/reports/tom/index.html").text("h1"),
        "Utan text"
    );
    assert!(
        std::fs::metadata(site.output("sv/reports/stor/index.html"))
            .expect("written")
            .len()
            > 10_000_000
    );
    assert!(site.exists("sv/reports/mote-pa-aland/bild med mellanslag.png"));
    assert_eq!(
        site.html("sv/reports/mote-pa-aland/index.html")
            .attr(".body figure img", "src"),
        "/sv/reports/mote-pa-aland/bild%20med%20mellanslag-40.png"
    );
}

#[test]
fn hostile_text_stays_inert_everywhere() {
    let evil = "<script>alert(1)</script>\"'&";
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        &format!(
            "---\ntitle: {evil:?}\ndate: 2020-01-01\nsummary: {evil:?}\nlocation: {evil:?}\ntags: [{evil:?}]\n\
             organizations: [{evil:?}]\nparticipants:\n  - name: {evil:?}\n    role: {evil:?}\n---\nText.\n"
        ),
    );
    site.build();
    for path in [
        "sv/reports/a/index.html",
        "sv/index.html",
        "sv/amnen/index.html",
        "sv/arkiv/2020/index.html",
    ] {
        let html = std::fs::read_to_string(site.output(path)).expect("page");
        assert!(
            !html.contains("<script>alert"),
            "{path} has the script unescaped"
        );
        let page = site.html(path);
        assert!(
            page.texts("script")
                .iter()
                .all(|s| !s.contains("alert(1)</script")),
            "{path}"
        );
    }
    let page = site.html("sv/reports/a/index.html");
    assert_eq!(page.text("h1"), evil);
    assert_eq!(page.attr("meta[name=description]", "content"), evil);
    let data: serde_json::Value =
        serde_json::from_str(&page.text("script[type=\"application/ld+json\"]")).expect("JSON-LD");
    assert_eq!(data["headline"], evil);
    assert_eq!(data["about"]["attendee"][0]["name"], evil);
    let feed = feed_rs::parser::parse(
        std::fs::read(site.output("sv/atom.xml"))
            .expect("feed")
            .as_slice(),
    )
    .expect("parses");
    assert_eq!(
        feed.entries[0].title.as_ref().map(|t| t.content.as_str()),
        Some(evil)
    );
    let docs = crate::search::index_data(&site, "sv/search-index/d-0.js");
    assert_eq!(docs[0]["t"], evil);
    let script = std::fs::read_to_string(site.output("sv/search-index/d-0.js")).expect("script");
    assert!(!script.contains("</script"));
}
