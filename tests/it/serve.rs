//! `rapport serve`: live rebuilds, reload events, errors in the browser,
//! safe file serving, and incremental output equal to a full build.

use std::collections::BTreeMap;
use std::path::Path;

use crate::support::{report, TestSite};

fn site() -> TestSite {
    TestSite::new()
        .file(
            "content/reports/astana.sv.md",
            &report("Möte i Astana", "2014-05-26", "Första versionen."),
        )
        .file(
            "content/reports/astana.en.md",
            "---\ntitle: Meeting in Astana\n---\nFirst version.\n",
        )
        .file(
            "content/reports/uppsala.sv.md",
            &report("Besök i Uppsala", "2018-11-20", "Äldreomsorg."),
        )
        .file(
            "content/reports/utkast.sv.md",
            "---\ntitle: Planering\ndate: 2025-03-04\ndraft: true\n---\nUtkast.\n",
        )
}

#[test]
fn edited_report_is_served_after_a_reload_event() {
    let site = site();
    let server = site.serve();
    let mut events = server.events();
    let page = server.get("/sv/reports/astana/");
    assert_eq!(page.status, 200);
    assert_eq!(page.page().text(".body p"), "Första versionen.");
    site.write(
        "content/reports/astana.sv.md",
        report("Möte i Astana", "2014-05-26", "Andra versionen.").as_bytes(),
    );
    assert!(events.reload().starts_with("page"));
    assert_eq!(
        server.get("/sv/reports/astana/").page().text(".body p"),
        "Andra versionen."
    );
    // The summary is printed once the search indexes and feeds follow.
    assert!(events.reload().starts_with("data"));
    let mut printed = Vec::new();
    let started = std::time::Instant::now();
    while !printed
        .iter()
        .any(|l: &String| l.starts_with("Rebuilt in "))
        && started.elapsed() < std::time::Duration::from_secs(10)
    {
        printed.extend(server.output());
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(
        printed.iter().any(|l| l.starts_with("Rebuilt in ")),
        "{printed:?}"
    );
}

#[test]
fn pages_reload_before_the_search_index_and_feeds_are_written() {
    let site = site();
    let server = site.serve();
    let mut events = server.events();
    site.write(
        "content/reports/astana.sv.md",
        report(
            "Möte i Astana",
            "2014-05-26",
            "Vaccinationsprogrammet diskuterades.",
        )
        .as_bytes(),
    );
    // The pages first, telling those that fetched the files to come to wait.
    let first = events.reload();
    let pending: Vec<&str> = first.split(' ').collect();
    assert_eq!(pending[0], "page", "{first}");
    assert!(pending.contains(&"/sv/search-index/meta.js"), "{first}");
    let data = events.reload();
    let paths: Vec<&str> = data
        .strip_prefix("data ")
        .unwrap_or_else(|| panic!("then the files pages fetch, not {data:?}"))
        .split(' ')
        .collect();
    for path in [
        "/sv/search-index/meta.js",
        "/sv/search-index/t-0.js",
        "/sv/search-index/d-0.js",
        "/sv/atom.xml",
    ] {
        assert!(paths.contains(&path), "{path} in {paths:?}");
    }
    assert!(
        paths.iter().all(|p| !p.ends_with(".html")),
        "no page twice: {paths:?}"
    );
    let index = server.get("/sv/search-index/t-0.js").body;
    assert!(
        index.contains("\"vaccinationsprogrammet\":["),
        "the index has the new word: {index}"
    );
    // A second build of the same kind starts from the first one's state.
    site.write(
        "content/reports/astana.sv.md",
        report("Möte i Astana", "2014-05-26", "Tredje versionen.").as_bytes(),
    );
    assert!(events.reload().starts_with("page "));
    assert!(events.reload().starts_with("data "));
    assert_eq!(
        server.get("/sv/reports/astana/").page().text(".body p"),
        "Tredje versionen."
    );
}

#[test]
fn served_pages_get_the_reload_script_and_build_output_does_not() {
    let site = site();
    let server = site.serve();
    let page = server.get("/sv/").page();
    assert!(page
        .texts("script")
        .iter()
        .any(|s| s.contains("/__rapport/events")));
    assert!(server
        .get("/sv/")
        .header("content-type")
        .is_some_and(|t| t == "text/html; charset=utf-8"));
    site.build();
    let built = std::fs::read_to_string(site.output("sv/index.html")).expect("built");
    assert!(!built.contains("__rapport"));
}

#[test]
fn drafts_are_served_with_a_marker() {
    let site = site();
    let server = site.serve();
    let page = server.get("/sv/reports/utkast/");
    assert_eq!(page.status, 200);
    assert_eq!(page.page().text(".draft-marker"), "Utkast");
}

#[test]
fn template_and_strings_changes_are_served() {
    let site = site();
    let server = site.serve();
    let mut events = server.events();
    let footer = "locales/sv/main.ftl";
    let text = std::fs::read_to_string(site.root().join(footer)).expect("ftl");
    let changed = text.replace(
        "footer-text = Rapporterna skrivs",
        "footer-text = Texterna skrivs",
    );
    site.write(footer, changed.as_bytes());
    assert_eq!(events.reload(), "page");
    assert!(server
        .get("/sv/")
        .page()
        .text(".site-footer p:first-child")
        .starts_with("Texterna skrivs"));
    // English pages keep their footer.
    assert!(server
        .get("/en/")
        .page()
        .text(".site-footer p:first-child")
        .starts_with("The reports"));

    let template = "themes/default/templates/report.html";
    let text = std::fs::read_to_string(site.root().join(template)).expect("template");
    site.write(
        template,
        text.replace(
            "<article class=\"report\">",
            "<article class=\"report changed\">",
        )
        .as_bytes(),
    );
    assert_eq!(events.reload(), "page");
    assert_eq!(
        server
            .get("/sv/reports/astana/")
            .page()
            .count("article.report.changed"),
        1
    );
}

#[test]
fn stylesheet_change_swaps_css_without_a_page_reload() {
    let site = site();
    let server = site.serve();
    let mut events = server.events();
    let css =
        std::fs::read_to_string(site.root().join("themes/default/static/style.css")).expect("css");
    site.write(
        "themes/default/static/style.css",
        format!("{css}\n.x {{ color: red; }}\n").as_bytes(),
    );
    assert_eq!(events.reload(), "css");
    assert!(server.get("/style.css").body.contains(".x { color: red; }"));
}

#[test]
fn new_and_deleted_reports_appear_and_disappear() {
    let site = site();
    let server = site.serve();
    let mut events = server.events();
    site.write(
        "content/reports/almaty.sv.md",
        report("Rundabord i Almaty", "2020-02-02", "Nytt.").as_bytes(),
    );
    assert_eq!(events.reload(), "page");
    assert_eq!(server.get("/sv/reports/almaty/").status, 200);
    assert!(server
        .get("/sv/")
        .page()
        .texts(".card h2")
        .contains(&"Rundabord i Almaty".to_string()));

    std::fs::remove_file(site.root().join("content/reports/uppsala.sv.md")).expect("remove");
    assert_eq!(events.reload(), "page");
    let gone = server.get("/sv/reports/uppsala/");
    assert_eq!(gone.status, 404);
    assert_eq!(gone.page().text("h1"), "Sidan finns inte");
    assert!(!server
        .get("/sv/")
        .page()
        .texts(".card h2")
        .contains(&"Besök i Uppsala".to_string()));
}

#[test]
fn a_site_broken_from_the_start_shows_its_errors_on_every_page() {
    let site = site();
    site.write(
        "content/reports/astana.sv.md",
        "---\ntitle: Möte\ndate: 2014-05-26\ntagz: [a]\n---\nText.\n".as_bytes(),
    );
    let server = site.serve();
    for path in ["/", "/sv/", "/sv/reports/astana/", "/en/no-such-page/"] {
        let page = server.get(path);
        assert_eq!(page.status, 500, "{path}");
        let message = page.page().text(".rapport-error");
        assert!(
            message.contains("content/reports/astana.sv.md:4:"),
            "{path}: {message}"
        );
    }
    // What is not a page (a stylesheet, a photo) is not answered with it.
    assert_eq!(server.get("/style.css").status, 404);
}

#[test]
fn broken_front_matter_shows_the_error_and_the_fix_brings_the_site_back() {
    let site = site();
    let server = site.serve();
    let mut events = server.events();
    site.write(
        "content/reports/astana.sv.md",
        "---\ntitle: Möte\ndate: 2014-05-26\ntags: [a, b\n---\nText.\n".as_bytes(),
    );
    assert_eq!(events.reload(), "page");
    let error = server.get("/sv/reports/astana/");
    assert_eq!(error.status, 500);
    let message = error.page().text(".rapport-error");
    assert!(
        message.contains("content/reports/astana.sv.md:5:"),
        "{message}"
    );
    assert!(error
        .page()
        .texts("script")
        .iter()
        .any(|s| s.contains("/__rapport/events")));

    site.write(
        "content/reports/astana.sv.md",
        report("Möte i Astana", "2014-05-26", "Lagad.").as_bytes(),
    );
    assert_eq!(events.reload(), "page");
    let fixed = server.get("/sv/reports/astana/");
    assert_eq!(fixed.status, 200);
    assert_eq!(fixed.page().text(".body p"), "Lagad.");
}

#[test]
fn requests_leaving_the_served_folder_get_nothing() {
    let site = site();
    let server = site.serve();
    for path in [
        "/../site.yaml",
        "/%2e%2e/site.yaml",
        "/%2e%2e%2fsite.yaml",
        "/sv/../../site.yaml",
        "//etc/passwd",
        "/..%5csite.yaml",
    ] {
        let response = server.get(path);
        // `//etc/passwd` is redirected to `/etc/passwd` on this server, which has none.
        let same_site_redirect = response.status == 308
            && response
                .header("location")
                .is_some_and(|l| l.starts_with('/') && !l.starts_with("//"));
        assert!(
            matches!(response.status, 400 | 404) || same_site_redirect,
            "{path}: {}",
            response.status
        );
        assert!(
            !response.body.contains("base_url"),
            "{path} leaked site.yaml"
        );
        assert!(
            !response.body.contains("root:"),
            "{path} leaked /etc/passwd"
        );
    }
}

#[test]
fn head_and_last_modified_are_answered() {
    let site = site();
    let server = site.serve();
    let head = server.request("HEAD", "/sv/");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert!(head.header("last-modified").is_some());
    assert_eq!(
        server.get("/style.css").header("content-type").as_deref(),
        Some("text/css; charset=utf-8")
    );
}

fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.file_name() != ".rapport-manifest")
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .expect("inside")
                .display()
                .to_string();
            (rel, std::fs::read(e.path()).expect("read"))
        })
        .collect()
}

#[test]
fn incremental_rebuilds_equal_a_full_build() {
    let site = site();
    site.write("content/reports/bundle/index.sv.md", b"---\ntitle: Bundle\ndate: 2016-10-04\ncover: foto.png\ntags: [utbildning]\n---\n![Foto](foto.png)\n");
    site.write(
        "content/reports/bundle/foto.png",
        &crate::support::png(40, 30),
    );
    let server = site.serve();
    let mut events = server.events();
    type Edit = Box<dyn Fn(&TestSite)>;
    let edits: Vec<Edit> = vec![
        Box::new(|s| {
            s.write(
                "content/reports/astana.sv.md",
                report("Möte i Astana", "2014-05-26", "Ny brödtext.").as_bytes(),
            )
        }),
        Box::new(|s| {
            s.write(
                "content/reports/astana.sv.md",
                report("Nytt namn på mötet", "2014-05-26", "Ny brödtext.").as_bytes(),
            )
        }),
        Box::new(|s| {
            s.write(
                "content/reports/astana.sv.md",
                report("Nytt namn på mötet", "2019-01-01", "Ny brödtext.").as_bytes(),
            )
        }),
        Box::new(|s| {
            s.write("content/reports/ny.sv.md", "---\ntitle: Ny\ndate: 2021-01-01\ntags: [utbildning]\n---\nSe [Astana](astana.sv.md).\n".as_bytes())
        }),
        // Edits to the text alone, which the preview makes from its last
        // model: summaries in listings, links, a photo shown, a translation.
        Box::new(|s| {
            s.write("content/reports/ny.sv.md", "---\ntitle: Ny\ndate: 2021-01-01\ntags: [utbildning]\n---\nEn ny första mening. Se [Astana](astana.sv.md) och [mötet](astana.sv.md) igen.\n".as_bytes())
        }),
        Box::new(|s| {
            s.write(
                "content/reports/bundle/index.sv.md",
                "---\ntitle: Bundle\ndate: 2016-10-04\ncover: foto.png\ntags: [utbildning]\n---\nInledning om besöket.\n\n![Foto](foto.png)\n".as_bytes(),
            )
        }),
        Box::new(|s| {
            s.write(
                "content/reports/astana.en.md",
                b"---\ntitle: Meeting in Astana\n---\nSecond version, with [a link](astana.sv.md).\n",
            )
        }),
        Box::new(|s| {
            s.write(
                "content/reports/_index.sv.md",
                b"---\ntitle: Alla rapporter\n---\nInledning.\n",
            )
        }),
        Box::new(|s| {
            s.write(
                "content/reports/_index.sv.md",
                b"---\ntitle: Alla rapporter\n---\nEn annan inledning.\n",
            )
        }),
        Box::new(|s| {
            s.write(
                "content/reports/astana.sv.md",
                "---\ntitle: Nytt namn\ndate: 2019-01-01\nslug: astana-2019\n---\nText.\n"
                    .as_bytes(),
            )
        }),
        Box::new(|s| {
            std::fs::remove_file(s.root().join("content/reports/uppsala.sv.md")).expect("remove")
        }),
        Box::new(|s| {
            s.write(
                "content/reports/bundle/foto.png",
                &crate::support::png(41, 30),
            )
        }),
        Box::new(|s| {
            std::fs::rename(
                s.root().join("content/reports/bundle"),
                s.root().join("content/reports/bundle-2"),
            )
            .expect("rename")
        }),
        Box::new(|s| {
            let t = std::fs::read_to_string(s.root().join("locales/en/main.ftl")).expect("ftl");
            s.write(
                "locales/en/main.ftl",
                t.replace("nav-archive = Archive", "nav-archive = All years")
                    .as_bytes(),
            );
        }),
        Box::new(|s| s.write("content/about.sv.md", b"---\ntitle: Om oss\n---\nText.\n")),
        Box::new(|s| {
            s.write(
                "content/about.sv.md",
                b"---\ntitle: Om oss\n---\nNy text.\n",
            )
        }),
        // Titles of every kind of page, which other pages show: a
        // standalone page (every page's menu), its translation, a report's
        // translation (the switcher), the home's and a section's `_index`.
        Box::new(|s| {
            s.write(
                "content/about.sv.md",
                "---\ntitle: Om föreningen\n---\nNy text.\n".as_bytes(),
            )
        }),
        Box::new(|s| s.write("content/about.en.md", b"---\ntitle: About us\n---\nText.\n")),
        Box::new(|s| {
            s.write(
                "content/about.en.md",
                b"---\ntitle: About the association\n---\nText.\n",
            )
        }),
        Box::new(|s| {
            s.write(
                "content/reports/astana.en.md",
                b"---\ntitle: The meeting in Astana\n---\nSecond version, with [a link](astana.sv.md).\n",
            )
        }),
        Box::new(|s| {
            s.write(
                "content/_index.sv.md",
                "---\ntitle: Välkommen\n---\nHem.\n".as_bytes(),
            )
        }),
        Box::new(|s| {
            s.write(
                "content/_index.sv.md",
                "---\ntitle: Välkommen hem\n---\nHem.\n".as_bytes(),
            )
        }),
        Box::new(|s| {
            s.write(
                "content/reports/_index.sv.md",
                "---\ntitle: Mötesrapporter\n---\nEn annan inledning.\n".as_bytes(),
            )
        }),
        // Front matter the model makes nothing of but the pages' own views,
        // which the preview also makes from its last model: facts that the
        // English version inherits, then per language, then taken away.
        Box::new(|s| {
            s.write(
                "content/reports/astana.sv.md",
                "---\ntitle: Nytt namn igen\ndate: 2019-01-01\nslug: astana-2019\nsummary: Kort om mötet.\nlocation: Astana\nauthor: Anna Berg\nparticipants:\n  - name: Aigerim Sadykova\n    role: överläkare\n---\nText.\n"
                    .as_bytes(),
            )
        }),
        Box::new(|s| {
            s.write(
                "content/reports/astana.sv.md",
                "---\ntitle: Nytt namn igen\ndate: 2019-01-01\nslug: astana-2019\nlocation:\n  sv: Astana\n  en: Astana city\nauthor: [Anna Berg, Erik Lund]\n---\nText.\n"
                    .as_bytes(),
            )
        }),
        Box::new(|s| {
            s.write(
                "content/reports/astana.sv.md",
                "---\ntitle: Nytt namn\ndate: 2019-01-01\nslug: astana-2019\n---\nText.\n"
                    .as_bytes(),
            )
        }),
        // Edits that move a report to other addresses.
        Box::new(|s| {
            s.write(
                "content/reports/bundle-2/index.sv.md",
                b"---\ntitle: Bundle\ndate: 2016-10-04\ncover: foto.png\ntags: [fortbildning]\n---\n![Foto](foto.png)\n",
            )
        }),
        Box::new(|s| {
            s.write("content/nyheter/ny.sv.md", "---\ntitle: Ny\ndate: 2021-01-01\ntags: [utbildning]\n---\nSe [Astana](../reports/astana.sv.md).\n".as_bytes());
            std::fs::remove_file(s.root().join("content/reports/ny.sv.md")).expect("move")
        }),
        Box::new(|s| {
            std::fs::rename(
                s.root().join("content/nyheter/ny.sv.md"),
                s.root().join("content/nyheter/ny.en.md"),
            )
            .expect("rename")
        }),
        Box::new(|s| {
            s.write(
                "content/reports/astana.sv.md",
                "---\ntitle: Nytt namn\ndate: 2019-01-01\nslug: astana-2019\ntags: [fortbildning, utbildning]\n---\nSe [den nya](../nyheter/ny.en.md).\n"
                    .as_bytes(),
            )
        }),
        // With two sections the menu lists them: their titles, and a
        // standalone page's, are in every page of the language.
        Box::new(|s| {
            s.write(
                "content/reports/_index.en.md",
                b"---\ntitle: Reports\n---\nAll of them.\n",
            )
        }),
        Box::new(|s| {
            s.write(
                "content/reports/_index.en.md",
                b"---\ntitle: Meeting reports\n---\nAll of them.\n",
            )
        }),
        Box::new(|s| {
            s.write(
                "content/about.en.md",
                b"---\ntitle: Who we are\n---\nText.\n",
            )
        }),
        Box::new(|s| {
            let yaml = std::fs::read_to_string(s.root().join("site.yaml")).expect("site.yaml");
            s.write(
                "site.yaml",
                yaml.replace("paginate: 10", "paginate: 1").as_bytes(),
            );
        }),
        Box::new(|s| {
            std::fs::remove_file(s.root().join("content/reports/astana.en.md")).expect("remove")
        }),
    ];
    for (i, edit) in edits.iter().enumerate() {
        edit(&site);
        events.settle();
        let out = tempfile::tempdir().expect("temp dir");
        let run = site.run(&[
            "build",
            "--drafts",
            "--base-url",
            &format!("http://{}/", server.addr),
            "--output",
            out.path().to_str().expect("utf-8"),
        ]);
        run.assert_ok();
        // An editor's save, or a folder's rename, may reach the watcher as
        // more than one change: give the server a moment to see them all.
        // A build also names styles and scripts by their hash; the preview
        // keeps the plain names (see deploy.rs).
        let built = crate::deploy::without_fingerprints(tree(out.path()));
        let mut served = tree(&server.dir);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while served != built && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(100));
            served = tree(&server.dir);
        }
        let differ: Vec<&String> = served
            .keys()
            .chain(built.keys())
            .filter(|k| served.get(*k) != built.get(*k))
            .collect();
        assert!(
            differ.is_empty(),
            "after edit {i}, served and built differ in {differ:?}"
        );
    }
}

#[test]
fn ctrl_c_stops_cleanly_and_leaves_the_project_as_it_was() {
    let site = site();
    let before = tree(site.root());
    let server = site.serve();
    let dir = server.dir.clone();
    assert!(dir.exists());
    assert_eq!(server.interrupt(), Some(0));
    assert!(!dir.exists(), "the served folder is removed");
    // The cache (photos, social images) is rapport's, not the project's:
    // `init`'s .gitignore leaves it out.
    let project = |t: &BTreeMap<String, Vec<u8>>| -> Vec<String> {
        t.keys()
            .filter(|k| !k.starts_with(".rapport-cache"))
            .cloned()
            .collect()
    };
    assert_eq!(project(&tree(site.root())), project(&before));
}

#[test]
fn port_in_use_is_a_clear_error() {
    let site = site();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port().to_string();
    let run = site.run(&["serve", "--port", &port]);
    assert_eq!(run.status, 1);
    assert!(run.stderr.contains("is in use"), "{}", run.stderr);
}

#[test]
fn many_connections_and_a_slow_client_do_not_stop_the_server() {
    use std::io::Write;
    let site = site();
    let server = site.serve();
    let mut events = server.events();
    // A client that sends half a request and then nothing.
    let mut slow = std::net::TcpStream::connect(&server.addr).expect("connects");
    slow.write_all(b"GET /sv/ HTTP/1.1\r\nHost: loc")
        .expect("sends");
    // 200 idle connections held open.
    let idle: Vec<std::net::TcpStream> = (0..200)
        .map(|_| std::net::TcpStream::connect(&server.addr).expect("connects"))
        .collect();
    // 200 requests at once, all answered.
    let addr = server.addr.clone();
    let handles: Vec<_> = (0..200)
        .map(|i| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                use std::io::Read;
                let mut stream = std::net::TcpStream::connect(&addr).expect("connects");
                stream
                    .set_read_timeout(Some(std::time::Duration::from_secs(20)))
                    .expect("timeout");
                let path = if i % 2 == 0 { "/sv/" } else { "/../site.yaml" };
                write!(
                    stream,
                    "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                )
                .expect("sends");
                let mut text = String::new();
                stream.read_to_string(&mut text).expect("reads");
                (path, text)
            })
        })
        .collect();
    for handle in handles {
        let (path, text) = handle.join().expect("thread");
        if path == "/sv/" {
            assert!(
                text.starts_with("HTTP/1.1 200"),
                "{}",
                &text[..40.min(text.len())]
            );
        } else {
            assert!(text.starts_with("HTTP/1.1 404") || text.starts_with("HTTP/1.1 400"));
            assert!(!text.contains("base_url"));
        }
    }
    // It still rebuilds and reloads.
    site.write(
        "content/reports/uppsala.sv.md",
        report("Besök i Uppsala", "2018-11-20", "Under last.").as_bytes(),
    );
    assert!(events.reload().starts_with("page"));
    assert_eq!(
        server.get("/sv/reports/uppsala/").page().text(".body p"),
        "Under last."
    );
    drop(idle);
    drop(slow);
}

#[test]
fn head_and_range_agree_with_what_get_sends() {
    let site = site();
    let server = site.serve();
    let get = server.get("/sv/");
    let head = server.request("HEAD", "/sv/");
    let length = |r: &crate::support::Response| {
        r.header("content-length")
            .and_then(|v| v.parse::<usize>().ok())
    };
    assert_eq!(length(&head), Some(get.body.len()));
    let ranged = server.request_with(
        "GET",
        "/sv/",
        &format!("Host: {}\r\nRange: bytes=0-10\r\n", server.addr),
    );
    assert_eq!(ranged.status, 200, "a page is sent whole");
    assert_eq!(ranged.body, get.body);
    // Other files keep their ranges.
    let css = server.request_with(
        "GET",
        "/style.css",
        &format!("Host: {}\r\nRange: bytes=0-9\r\n", server.addr),
    );
    assert_eq!(css.status, 206);
    assert_eq!(css.body.len(), 10);
}

#[test]
fn odd_paths_and_foreign_hosts_are_refused() {
    let site = site();
    let server = site.serve();
    let long = format!("/{}", "a".repeat(8000));
    assert_eq!(server.get(&long).status, 414);
    let doubled = server.get("//sv");
    assert!(matches!(doubled.status, 301 | 308), "{}", doubled.status);
    assert_eq!(doubled.header("location").as_deref(), Some("/sv"));
    for host in [
        "evil.example",
        "evil.example:1111",
        "localhost.evil.example",
    ] {
        let r = server.request_with("GET", "/sv/", &format!("Host: {host}\r\n"));
        assert_eq!(r.status, 421, "{host}");
    }
    for host in ["localhost", &server.addr, "[::1]:1111"] {
        let r = server.request_with("GET", "/sv/", &format!("Host: {host}\r\n"));
        assert_eq!(r.status, 200, "{host}");
    }
}

#[test]
fn sigterm_and_sighup_clean_up_as_ctrl_c_does() {
    for signal in ["TERM", "HUP"] {
        let site = site();
        let server = site.serve();
        let dir = server.dir.clone();
        assert!(dir.exists());
        assert_eq!(server.signal(signal), Some(0), "{signal}");
        assert!(!dir.exists(), "{signal}: the served folder is left behind");
    }
}

#[test]
fn the_preview_stops_while_pages_are_open() {
    // An open page keeps its reload-event stream open; stopping must not
    // wait for the reader to close it.
    for signal in ["INT", "TERM"] {
        let site = site();
        let server = site.serve();
        let dir = server.dir.clone();
        let _page = server.events();
        let _another = server.events();
        assert_eq!(server.signal(signal), Some(0), "{signal} with pages open");
        assert!(!dir.exists(), "{signal}: the served folder is left behind");
    }
}

#[test]
fn content_replaced_as_a_whole_is_still_watched() {
    let site = site();
    let server = site.serve();
    let mut events = server.events();
    let content = site.root().join("content");
    let old = site.root().join("c.old");
    std::fs::rename(&content, &old).expect("move");
    let copied = std::process::Command::new("cp")
        .arg("-a")
        .arg(&old)
        .arg(&content)
        .status()
        .expect("cp");
    assert!(copied.success());
    // The swap itself changes no output, so it may bring no reload event.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    while events.next(std::time::Duration::from_millis(400)).is_some() {}
    site.write(
        "content/reports/astana.sv.md",
        report("Möte i Astana", "2014-05-26", "Efter bytet.").as_bytes(),
    );
    let mut seen = false;
    for _ in 0..5 {
        let _ = events.next(std::time::Duration::from_secs(3));
        if server.get("/sv/reports/astana/").page().text(".body p") == "Efter bytet." {
            seen = true;
            break;
        }
    }
    assert!(seen, "an edit after content/ was replaced never rebuilt");
}
