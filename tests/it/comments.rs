//! Readers' comments (Isso) and view counts (GoatCounter): off unless
//! site.yaml names a server, then on report pages only, with a thread id
//! that survives slugs and aliases; `import --comments isso` writes the old
//! comments for Isso under the same ids. (The browser half, with a real
//! Isso, is tests/web/comments.sh.)

use std::fs;
use std::path::Path;

use crate::support::{rapport, TestSite};

const SITE: &str = "base_url: https://example.org/\ndefault_language: sv\nlanguages: [sv, en]\n";
const ON: &str = "comments:\n  isso: https://kommentarer.example.org\nviews:\n  goatcounter: https://halsa.goatcounter.com/\n";

fn site(settings: &str) -> TestSite {
    TestSite::new()
        .file("site.yaml", &format!("{SITE}{settings}"))
        .file(
            "content/reports/2014-05-26-astana/index.sv.md",
            "---\ntitle: Möte i Astana\ndate: 2014-05-26\n---\nDelegationen mötte ministeriet.\n",
        )
        .file(
            "content/reports/2014-05-26-astana/index.en.md",
            "---\ntitle: Meeting in Astana\n---\nThe delegation met the ministry.\n",
        )
        .file(
            "content/om.sv.md",
            "---\ntitle: Om oss\n---\nVi arbetar för hälsa.\n",
        )
}

/// Every HTML file of `dir`, relative, with its bytes.
fn pages(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .expect("inside")
                .display()
                .to_string();
            (rel, fs::read(e.path()).expect("read"))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn a_site_without_them_is_built_byte_for_byte_as_before() {
    let site = site("");
    site.build();
    let now = pages(&site.root().join("public"));
    assert!(now.len() > 5);
    for (rel, _) in &now {
        let page = site.html(rel);
        for css in [
            "#comments",
            "#isso-thread",
            ".views",
            "template.comments-words",
            "template.views-words",
            "script[src^=\"/comments.\"]",
        ] {
            assert_eq!(page.count(css), 0, "{css} on {rel}");
        }
    }
    // The theme as it was before comments and views: without its two includes.
    let report = site.root().join("themes/default/templates/report.html");
    let text = fs::read_to_string(&report).expect("report.html");
    let before: String = text
        .lines()
        .filter(|l| !l.contains("{%- include \"partials/"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(text.lines().count(), before.lines().count() + 2);
    fs::write(&report, before).expect("write");
    site.run(&[
        "build",
        "--output",
        site.root().join("before").to_str().expect("utf-8"),
    ])
    .assert_ok();
    let then = pages(&site.root().join("before"));
    assert_eq!(now.len(), then.len());
    for ((rel, a), (_, b)) in now.iter().zip(&then) {
        assert!(a == b, "{rel} differs from the page of before");
    }
}

#[test]
fn reports_get_a_thread_and_a_counter_and_nothing_else_does() {
    let site = site(ON);
    site.build();
    let sv = site.html("sv/reports/2014-05-26-astana/index.html");
    assert_eq!(
        sv.attr("#isso-thread", "data-isso-id"),
        "reports/2014-05-26-astana.sv"
    );
    assert_eq!(
        sv.attr("#comments", "data-isso"),
        "https://kommentarer.example.org/"
    );
    assert_eq!(sv.text("#comments-heading"), "Kommentarer");
    assert_eq!(sv.text(".comments-open"), "Visa kommentarer");
    // The script by its fingerprinted name (`comments.<hash>.js`).
    assert_eq!(
        sv.count("script[src^=\"/comments.\"][src$=\".js\"][defer]"),
        1
    );
    // Nothing is loaded from the comment server by the page itself.
    assert_eq!(sv.count("script[src*=\"kommentarer.example.org\"]"), 0);
    assert_eq!(sv.count("link[href*=\"kommentarer.example.org\"]"), 0);
    assert_eq!(
        sv.attr(".views", "data-goatcounter"),
        "https://halsa.goatcounter.com/"
    );
    assert_eq!(
        sv.attr(".views", "data-path"),
        "/sv/reports/2014-05-26-astana/"
    );
    assert_eq!(
        sv.text(".views"),
        "",
        "no number and no label before the count arrives"
    );
    let en = site.html("en/reports/2014-05-26-astana/index.html");
    assert_eq!(
        en.attr("#isso-thread", "data-isso-id"),
        "reports/2014-05-26-astana.en"
    );
    assert_eq!(en.text(".comments-open"), "Show comments");
    for other in ["sv/index.html", "sv/om/index.html", "404.html"] {
        let page = site.html(other);
        assert_eq!(page.count("#comments") + page.count(".views"), 0, "{other}");
        assert_eq!(page.count("script[src^=\"/comments.\"]"), 0, "{other}");
    }
    assert!(site.exists("comments.js"));
}

#[test]
fn the_count_words_come_from_fluent_for_each_plural_category() {
    let site = site(ON);
    site.build();
    let html =
        fs::read_to_string(site.output("sv/reports/2014-05-26-astana/index.html")).expect("built");
    // A template's content is not part of the document: read it on its own.
    let open = "<template class=\"comments-words\">";
    let at = html.find(open).expect("words") + open.len();
    let end = at + html[at..].find("</template>").expect("its end");
    let forms = scraper::Html::parse_fragment(&html[at..end]);
    let spans: Vec<(String, String, String)> = forms
        .select(&scraper::Selector::parse("span").expect("css"))
        .map(|s| {
            (
                s.value().attr("data-category").unwrap_or("").to_string(),
                s.value().attr("data-number").unwrap_or("").to_string(),
                s.text().collect(),
            )
        })
        .collect();
    assert_eq!(
        spans,
        [
            ("one".into(), "1".into(), "1 kommentar".into()),
            ("other".into(), "2".into(), "2 kommentarer".into()),
            ("none".into(), String::new(), "Inga kommentarer ännu".into()),
        ]
    );
}

#[test]
fn the_thread_survives_a_slug_change_an_alias_and_another_address() {
    let site = site(ON).file(
        "content/reports/2014-05-26-astana/index.sv.md",
        "---\ntitle: Möte i Astana\ndate: 2014-05-26\nslug: astana-2014\naliases: [/gammal/astana/]\n---\nText.\n",
    );
    site.run(&["build", "--base-url", "https://example.org/rapporter/"])
        .assert_ok();
    let sv = site.html("sv/reports/astana-2014/index.html");
    assert_eq!(
        sv.attr("#isso-thread", "data-isso-id"),
        "reports/2014-05-26-astana.sv"
    );
    // A folder moved keeps its thread through its `translation:` key.
    let moved = site.file(
        "content/reports/2014-05-26-astana/index.sv.md",
        "---\ntitle: Möte i Astana\ndate: 2014-05-26\ntranslation: reports/astana\n---\nText.\n",
    );
    moved.build();
    let sv = moved.html("sv/reports/2014-05-26-astana/index.html");
    assert_eq!(sv.attr("#isso-thread", "data-isso-id"), "reports/astana.sv");
}

#[test]
fn mistakes_in_the_settings_name_the_line_and_the_key_meant() {
    let site = site("comments:\n  iso: https://kommentarer.example.org/\n");
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(run.stderr.contains("--> site.yaml:5:"), "{}", run.stderr);
    assert!(run.stderr.contains("`isso`"), "{}", run.stderr);
    let site = self::site("views:\n  goatcounter: halsa\n");
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(run.stderr.contains("--> site.yaml:5:"), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

#[test]
fn import_with_comments_isso_writes_them_under_the_new_reports_threads() {
    let dir = tempfile::tempdir().expect("temp");
    let root = dir.path().join("halsa");
    let root_s = root.to_str().expect("utf-8");
    rapport(&["init", root_s]).assert_ok();
    let export = crate::support::repo().join("tests/web/blogger-comments.xml");
    let run = rapport(&[
        "import",
        "blogger",
        export.to_str().expect("utf-8"),
        "--root",
        root_s,
        "--comments",
        "isso",
    ]);
    run.assert_ok();
    let line = run
        .stdout
        .lines()
        .find(|l| l.contains("isso-comments.xml") && !l.contains("import"))
        .unwrap_or_else(|| panic!("no Isso line in:\n{}", run.stdout));
    assert_eq!(line.split_whitespace().next(), Some("1"), "{line}");
    let xml = fs::read_to_string(root.join("isso-comments.xml")).expect("written");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed");
    let wp = "http://wordpress.org/export/1.2/";
    let link = doc
        .descendants()
        .find(|n| n.has_tag_name("link"))
        .and_then(|n| n.text());
    let text = |name: &str| {
        doc.descendants()
            .find(|n| n.has_tag_name((wp, name)))
            .and_then(|n| n.text())
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(text("comment_author"), "Maria Ek");
    assert_eq!(text("comment_date_gmt"), "2018-02-15 18:45:00");
    assert!(text("comment_content").starts_with("Roligt att läsa!"));
    // The thread is the one the built report asks Isso for.
    let yaml = fs::read_to_string(root.join("site.yaml")).expect("site.yaml");
    fs::write(
        root.join("site.yaml"),
        format!("{yaml}\ncomments:\n  isso: https://k.example.org/\n"),
    )
    .expect("write");
    rapport(&["build", "--root", root_s]).assert_ok();
    let report = fs::read_to_string(
        root.join("public/sv/rapporter/2018-02-14-barnmorskor-sjymkent/index.html"),
    )
    .expect("built");
    let page = scraper::Html::parse_document(&report);
    let id = page
        .select(&scraper::Selector::parse("#isso-thread").expect("css"))
        .next()
        .and_then(|e| e.value().attr("data-isso-id"))
        .map(str::to_string);
    assert_eq!(id.as_deref(), link);
    assert_eq!(link, Some("reports/2018-02-14-barnmorskor-sjymkent.sv"));
    // Again: the report is there already, so no second file of its comments.
    let again = rapport(&[
        "import",
        "blogger",
        export.to_str().expect("utf-8"),
        "--root",
        root_s,
        "--comments",
        "isso",
    ]);
    again.assert_ok();
    assert!(
        !root.join("isso-comments-2.xml").exists(),
        "{}",
        again.stdout
    );
}
