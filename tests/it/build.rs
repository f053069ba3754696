//! Building: URLs, listings, pagination, drafts, bundles, static files,
//! the output folder and the command line.

use crate::support::{report, TestSite};

#[test]
fn report_and_page_urls_follow_the_design() {
    let site = TestSite::new()
        .file(
            "content/reports/2014-05-26-Möte i Astana.sv.md",
            &report("Möte", "2014-05-26", "x"),
        )
        .file("content/about.sv.md", "---\ntitle: Om oss\n---\nx\n")
        .file(
            "content/reports/b.sv.md",
            "---\ntitle: B\ndate: 2020-01-01\nslug: Särskild adress\n---\nx\n",
        );
    site.build();
    assert!(site.exists("sv/reports/2014-05-26-mote-i-astana/index.html"));
    assert!(site.exists("sv/reports/sarskild-adress/index.html"));
    assert!(site.exists("sv/about/index.html"));
    assert!(site.exists("sv/reports/index.html"));
    assert!(site.exists("404.html"));
    assert!(site.exists("index.html"));
    assert!(site.exists("style.css"));
}

#[test]
fn home_lists_reports_newest_first_paginated() {
    let mut site = TestSite::new().file("site.yaml", "languages: [sv, en]\npaginate: 2\n");
    for (i, date) in [
        "2020-01-01",
        "2021-01-01",
        "2022-01-01",
        "2019-01-01",
        "2023-01-01",
    ]
    .iter()
    .enumerate()
    {
        site = site.file(
            &format!("content/reports/r{i}.sv.md"),
            &report(&format!("R{i}"), date, "x"),
        );
    }
    site.build();
    let first = site.html("sv/index.html");
    assert_eq!(first.texts(".card h2"), ["R4", "R2"]);
    assert_eq!(first.attr(".pagination a[rel=next]", "href"), "/sv/sida/2/");
    assert_eq!(
        first.attr(".pagination a[aria-current=page]", "href"),
        "/sv/"
    );
    let second = site.html("sv/sida/2/index.html");
    assert_eq!(second.texts(".card h2"), ["R1", "R0"]);
    assert_eq!(second.attr(".pagination a[rel=prev]", "href"), "/sv/");
    assert_eq!(
        second.text("title"),
        "Hälsosamarbete Sverige–Kazakstan – Sida 2 av 3"
    );
    assert_eq!(site.html("sv/sida/3/index.html").texts(".card h2"), ["R3"]);
    assert!(!site.exists("sv/sida/4/index.html"));
    assert_eq!(
        site.html("sv/reports/sida/3/index.html").texts(".card h2"),
        ["R3"]
    );
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = TestSite::new()
        .file(
            "content/reports/a.sv.md",
            &report("Klar", "2020-01-01", "x"),
        )
        .file(
            "content/reports/b.sv.md",
            "---\ntitle: Utkast\ndate: 2020-02-01\ndraft: true\n---\nx\n",
        );
    site.build();
    assert!(!site.exists("sv/reports/b/index.html"));
    assert_eq!(site.html("sv/index.html").texts(".card h2"), ["Klar"]);

    site.run(&["build", "--drafts"]).assert_ok();
    assert_eq!(
        site.html("sv/reports/b/index.html").text(".draft-marker"),
        "Utkast"
    );
    assert_eq!(
        site.html("sv/index.html").texts(".card h2"),
        ["Utkast", "Klar"]
    );

    // Built again without drafts, the draft's page is removed.
    site.build();
    assert!(!site.exists("sv/reports/b/index.html"));
}

#[test]
fn bundle_photos_are_published_once_and_other_files_beside_each_language() {
    let site = TestSite::new()
        .file(
            "content/reports/2014-astana/index.sv.md",
            "---\ntitle: Astana\ndate: 2014-05-26\ncover:\n  src: foto.png\n  alt: Delegationen\n---\n![Mötet](foto.png)\n",
        )
        .file("content/reports/2014-astana/index.en.md", "---\ntitle: Astana\n---\n![The meeting](foto.png)\n")
        .file("content/reports/2014-astana/bilagor/program.pdf", "%PDF");
    site.write(
        "content/reports/2014-astana/foto.png",
        &crate::support::png(40, 30),
    );
    site.build();
    for lang in ["sv", "en"] {
        assert!(site.exists(&format!("{lang}/reports/2014-astana/bilagor/program.pdf")));
    }
    assert!(site.exists("sv/reports/2014-astana/foto-40.png"));
    assert!(!site.exists("en/reports/2014-astana/foto.png"));
    let en_home = site.html("en/index.html");
    assert_eq!(
        en_home.attr(".card img.thumb", "src"),
        "/sv/reports/2014-astana/foto-thumb-40.png"
    );
    // A card's picture is decoration beside its title (see theme.rs).
    assert_eq!(en_home.attr(".card img.thumb", "alt"), "");
    assert_eq!(
        site.html("en/reports/2014-astana/index.html")
            .attr(".body figure img", "src"),
        "/sv/reports/2014-astana/foto-40.png"
    );
}

#[test]
fn static_files_are_copied_and_replace_the_themes() {
    let site = TestSite::new()
        .file("static/CNAME", "reports.example.org")
        .file("static/style.css", "body{}");
    site.build();
    assert_eq!(
        std::fs::read_to_string(site.output("CNAME")).expect("copied"),
        "reports.example.org"
    );
    assert_eq!(
        std::fs::read_to_string(site.output("style.css")).expect("copied"),
        "body{}"
    );
}

#[test]
fn base_url_path_prefixes_every_internal_link() {
    let site = TestSite::new()
        .file(
            "site.yaml",
            "base_url: https://org.github.io/rapport/\nlanguages: [sv, en]\n",
        )
        .file("content/reports/a.sv.md", &report("A", "2020-01-01", "x"));
    site.build();
    let page = site.html("sv/reports/a/index.html");
    // The style by its fingerprinted name (see deploy.rs), under the path.
    let style = page.attr("link[rel=stylesheet]", "href");
    assert!(
        style.starts_with("/rapport/style.") && style.ends_with(".css"),
        "{style}"
    );
    assert_eq!(page.attr(".lang-switcher a", "href"), "/rapport/en/");
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        "https://org.github.io/rapport/sv/reports/a/"
    );
    assert_eq!(
        site.html("sv/index.html").attr(".card h2 a", "href"),
        "/rapport/sv/reports/a/"
    );

    site.run(&["build", "--base-url", "https://preview.example.net/"])
        .assert_ok();
    let style = site
        .html("sv/reports/a/index.html")
        .attr("link[rel=stylesheet]", "href");
    assert!(
        style.starts_with("/style.") && style.ends_with(".css"),
        "{style}"
    );
}

#[test]
fn a_rebuild_keeps_foreign_files_and_unchanged_files() {
    let site = TestSite::new().file("content/reports/a.sv.md", &report("A", "2020-01-01", "x"));
    site.build();
    site.write("public/CNAME", b"example.org");
    site.write("public/.git/HEAD", b"ref: refs/heads/main");
    let page = site.output("sv/reports/a/index.html");
    let before = std::fs::metadata(&page)
        .and_then(|m| m.modified())
        .expect("mtime");
    std::thread::sleep(std::time::Duration::from_millis(20));
    let run = site.run(&["build"]);
    run.assert_ok();
    assert!(run.stdout.contains("0 written"), "{}", run.stdout);
    assert_eq!(
        std::fs::metadata(&page)
            .and_then(|m| m.modified())
            .expect("mtime"),
        before
    );
    assert!(site.exists("CNAME") && site.exists(".git/HEAD"));
}

#[test]
fn output_option_writes_elsewhere_and_refuses_source_folders() {
    let site = TestSite::new().file("content/reports/a.sv.md", &report("A", "2020-01-01", "x"));
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let out = elsewhere.path().join("site");
    site.run(&["build", "--output", out.to_str().expect("utf-8")])
        .assert_ok();
    assert!(out.join("sv/reports/a/index.html").exists());

    for bad in ["content", "static", "."] {
        let target = site.root().join(bad);
        let run = site.run(&["build", "--output", target.to_str().expect("utf-8")]);
        assert_eq!(run.status, 1, "{bad}: {}", run.stderr);
        assert!(run.stderr.contains("refusing"), "{}", run.stderr);
    }
    assert!(site.root().join("content/reports/a.sv.md").exists());
}

#[test]
fn wrong_command_line_exits_2() {
    let site = TestSite::new();
    assert_eq!(site.run(&["build", "--no-such-option"]).status, 2);
    assert_eq!(site.run(&["frobnicate"]).status, 2);
}

#[test]
fn not_found_page_links_to_each_language() {
    let site = TestSite::new();
    site.build();
    let page = site.html("404.html");
    assert_eq!(page.text("h1"), "Sidan finns inte");
    assert_eq!(page.attrs(".language-homes a", "href"), ["/sv/", "/en/"]);
}

#[test]
fn cover_is_shown_once_when_the_body_has_it_too() {
    let site = TestSite::new()
        .file(
            "content/reports/a/index.sv.md",
            "---\ntitle: A\ndate: 2020-01-01\ncover: foto.png\n---\n![Mötet](foto.png)\n",
        )
        .file(
            "content/reports/b/index.sv.md",
            "---\ntitle: B\ndate: 2020-01-02\ncover: {src: foto.png, alt: Mötet}\n---\nText.\n",
        );
    site.write("content/reports/a/foto.png", &crate::support::png(40, 30));
    site.write("content/reports/b/foto.png", &crate::support::png(40, 30));
    site.build();
    let a = site.html("sv/reports/a/index.html");
    assert_eq!(a.count("img[src=\"/sv/reports/a/foto-40.png\"]"), 1);
    assert_eq!(a.count("figure.cover"), 0);
    let b = site.html("sv/reports/b/index.html");
    assert_eq!(b.attr("figure.cover img", "alt"), "Mötet");
}

#[test]
fn quiet_prints_nothing_and_no_progress_without_a_terminal() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        &report("A", "2020-01-01", "Text."),
    );
    let run = site.run(&["build", "--quiet"]);
    run.assert_ok();
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "");
    let run = site.run(&["build"]);
    run.assert_ok();
    assert_eq!(
        run.stderr, "",
        "no progress bar when stderr is not a terminal"
    );
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
}

#[test]
fn a_build_renders_only_the_outputs_whose_view_changed() {
    let site = TestSite::new()
        .file(
            "content/reports/astana.sv.md",
            &report("Möte i Astana", "2014-05-26", "Första versionen."),
        )
        .file(
            "content/reports/uppsala.sv.md",
            &report("Besök i Uppsala", "2018-11-20", "Äldreomsorg."),
        );
    let opts = rapport::BuildOptions {
        root: site.root().to_path_buf(),
        ..Default::default()
    };
    let first = rapport::build(&opts).expect("first build");
    assert_eq!(first.rendered, first.files);
    let again = rapport::build(&opts).expect("second build");
    assert_eq!(again.rendered, 0, "rendered again: {:?}", again.changed);
    assert_eq!(again.written.written, 0);

    site.write(
        "content/reports/astana.sv.md",
        report("Möte i Astana", "2014-05-26", "Andra versionen.").as_bytes(),
    );
    let edit = rapport::build(&opts).expect("build after an edit");
    // Its page, the listings and archive showing its summary, the feeds and
    // search indexes holding its text: nothing else.
    assert!(edit.changed.len() <= 13, "{:?}", edit.changed);
    assert!(!edit.changed.contains(&"sitemap.xml".to_string()));
    assert!(edit
        .changed
        .contains(&"sv/reports/astana/index.html".to_string()));
    assert!(!edit
        .changed
        .contains(&"sv/reports/uppsala/index.html".to_string()));
    let page = std::fs::read_to_string(site.output("sv/reports/astana/index.html")).expect("page");
    assert!(page.contains("Andra versionen."));

    // A file of the last build removed by hand is made again.
    let listing = std::fs::read(site.output("sv/index.html")).expect("listing");
    std::fs::remove_file(site.output("sv/index.html")).expect("remove");
    let mended = rapport::build(&opts).expect("build after a removal");
    assert_eq!(mended.rendered, 0);
    assert_eq!(
        std::fs::read(site.output("sv/index.html")).expect("made again"),
        listing
    );
}
