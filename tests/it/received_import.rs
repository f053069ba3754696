//! `rapport import` (and `init`, `new`) with an archive or a site from
//! someone else (issue 21): readers' text and embeds never reach a page as
//! script; nothing is read outside the archive or written through a link;
//! bombs are refused with the archive and entry named; HTML nested 10,000
//! deep is no crash; an import writes nothing until it knows it can write
//! everything, and leaves a site that builds.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::{rapport, Run, TestSite};

fn import(site: &TestSite, args: &[&str]) -> Run {
    let mut all = vec!["import"];
    all.extend(args);
    site.run(&all)
}

fn write(path: &Path, bytes: &[u8]) -> String {
    fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    fs::write(path, bytes).expect("write");
    path.to_str().expect("utf-8").to_string()
}

#[cfg(unix)]
fn link(target: &Path, at: &Path) {
    fs::create_dir_all(at.parent().expect("parent")).expect("mkdir");
    std::os::unix::fs::symlink(target, at).expect("symlink");
}

/// XML text: what an Atom or WXR file holds for `html`.
fn xml_escaped(html: &str) -> String {
    html.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&apos;")
        .replace('"', "&quot;")
}

/// Every file under `dir` with its bytes, links not followed.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out: Vec<(PathBuf, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().to_path_buf(), fs::read(e.path()).expect("read")))
        .collect();
    out.sort();
    out
}

/// Whether some file under `dir` holds `needle`.
fn holds(dir: &Path, needle: &str) -> bool {
    files(dir)
        .iter()
        .any(|(_, bytes)| String::from_utf8_lossy(bytes).contains(needle))
}

/// Every built page parsed: no element that runs a script or embeds a
/// page, no `on…` attribute, no address that runs a script. The theme's
/// own scripts (its search and the JSON-LD data) are the only `<script>`s.
#[track_caller]
fn assert_no_script_in_any_page(site: &TestSite) {
    let mut pages = 0;
    for (path, bytes) in files(&site.root().join("public")) {
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        pages += 1;
        let html = scraper::Html::parse_document(&String::from_utf8_lossy(&bytes));
        for node in html.root_element().descendants() {
            let Some(element) = node.value().as_element() else {
                continue;
            };
            let name = element.name();
            let where_ = path.display();
            assert!(
                !["iframe", "embed", "object", "frame", "applet", "base"].contains(&name),
                "<{name}> in {where_}"
            );
            if name == "script" {
                let theirs = element
                    .attr("src")
                    // The theme's script, by its plain or fingerprinted name.
                    .and_then(|s| s.rsplit('/').next())
                    .and_then(|n| n.strip_prefix("search.")?.strip_suffix("js"))
                    .is_some_and(|hash| {
                        hash.is_empty()
                            || hash
                                .strip_suffix('.')
                                .is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
                    })
                    || element.attr("type") == Some("application/ld+json");
                assert!(theirs, "a <script> not the theme's in {where_}");
            }
            for (key, value) in element.attrs() {
                assert!(!key.starts_with("on"), "{key}={value} in {where_}");
                assert_ne!(key, "srcdoc", "srcdoc in {where_}");
                if ["href", "src", "action", "formaction", "data", "poster"].contains(&key) {
                    assert!(
                        !rapport::fuzzing::script_url(value, key == "src"),
                        "{key}={value} in {where_}"
                    );
                }
            }
        }
    }
    assert!(pages > 3, "only {pages} pages were built");
}

/// A post's HTML with every way of carrying a script seen in exports.
const HOSTILE_POST: &str = r#"<p>Före videon.</p>
<iframe src='"><script>alert(1)</script>'></iframe>
<iframe src="javascript:alert(2)"></iframe>
<iframe srcdoc="<script>alert(3)</script>" src="https://www.youtube.com/embed/abcDEF12345?rel=0"></iframe>
<embed src="&quot;&gt;&lt;img src=x onerror=alert(4)&gt;">
<object width="425" height="344"><param name="movie" value="http://www.youtube.com/v/Flash_ID9&amp;hl=en"></param><param name="allowFullScreen" value="true"></param><embed src="http://www.youtube.com/v/Flash_ID9&amp;hl=en" type="application/x-shockwave-flash"></embed></object>
<video src="https://example.org/film.mp4" onplay="alert(5)">Din webbläsare visar inte video.</video>
<p><a href="javascript:alert(6)">klicka</a> och <a href=" JaVaScRiPt:alert(6)">igen</a></p>
<img src="https://example.org/x.jpg" onerror="alert(7)">
<h2>Rubrik {onclick=alert(8)}</h2>
<p>&lt;script&gt;alert(9)&lt;/script&gt; &lt;img src=x onerror=alert(9)&gt;</p>
<svg onload=alert(10)></svg>
<math><mtext><table><mglyph><style><img src=x onerror=alert(11)></style></mglyph></table></mtext></math>
<form action="javascript:alert(12)"><input type="submit" formaction="javascript:alert(12)"></form>
<pre><code>```
<script>alert(13)</script>
```</code></pre>
<p><code>`` <img src=x onerror=alert(14)> ``</code></p>
<p>Efter.</p>"#;

/// What a reader wrote, and their name.
const HOSTILE_NAME: &str = "<img src=x onerror=alert(20)>";
const HOSTILE_COMMENT: &str = r#"<script>alert(21)</script><a href="javascript:alert(22)">x</a> <img src=x onerror=alert(23)> [a](javascript:alert(24)) <b onmouseover=alert(25)>fet</b>
<!-- <script>alert(26)</script> --> <iframe src="https://evil.example/"></iframe> <a href="https://example.org/bra">en bra länk</a>"#;

fn hostile_blogger() -> String {
    format!(
        r#"<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0'>
<link rel='alternate' type='text/html' href='https://halsa.blogspot.com/'/>
<entry><id>tag:blogger.com,1999:blog-77.post-1001</id>
<published>2014-05-26T10:30:00.000+06:00</published>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>
<title type='text'>Möte med video</title>
<content type='html'>{post}</content>
<link rel='alternate' type='text/html' href='https://halsa.blogspot.com/2014/05/mote.html'/>
<author><name>Anna Berg</name></author>
</entry>
<entry><id>tag:blogger.com,1999:blog-77.post-5005</id>
<published>2014-05-27T08:00:00.000+02:00</published>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#comment'/>
<title type='text'>Kommentar</title>
<content type='html'>{comment}</content>
<author><name>{name}</name></author>
<thr:in-reply-to ref='tag:blogger.com,1999:blog-77.post-1001' type='text/html'/>
</entry>
</feed>
"#,
        post = xml_escaped(HOSTILE_POST),
        comment = xml_escaped(HOSTILE_COMMENT),
        name = xml_escaped(HOSTILE_NAME),
    )
}

fn hostile_wordpress() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Blogg</title><link>https://blogg.example.org</link>
<item>
<title>Inlägg med video</title>
<link>https://blogg.example.org/2015/01/inlagg/</link>
<content:encoded><![CDATA[Text.

[embed]"><script>alert(30)</script>[/embed]

[video src="javascript:alert(31)"]

{post}]]></content:encoded>
<wp:post_id>5</wp:post_id>
<wp:post_date>2015-01-02 10:00:00</wp:post_date>
<wp:post_date_gmt>2015-01-02 09:00:00</wp:post_date_gmt>
<wp:post_name>inlagg</wp:post_name>
<wp:status>publish</wp:status>
<wp:post_type>post</wp:post_type>
<wp:comment><wp:comment_author><![CDATA[{name}]]></wp:comment_author><wp:comment_date_gmt>2015-01-03 08:00:00</wp:comment_date_gmt><wp:comment_content><![CDATA[{comment}]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved></wp:comment>
</item>
</channel>
</rss>
"#,
        post = HOSTILE_POST,
        comment = HOSTILE_COMMENT,
        name = HOSTILE_NAME,
    )
}

#[test]
fn readers_text_and_embeds_never_reach_a_page_as_script() {
    let work = tempfile::tempdir().expect("temp");
    let site = TestSite::new();
    let blogger = write(&work.path().join("blog.xml"), hostile_blogger().as_bytes());
    let wordpress = write(&work.path().join("wp.xml"), hostile_wordpress().as_bytes());
    for args in [
        [
            "blogger",
            &blogger,
            "--comments",
            "append",
            "--section",
            "reports",
        ],
        [
            "wordpress",
            &wordpress,
            "--comments",
            "append",
            "--section",
            "nyheter",
        ],
    ] {
        let run = import(&site, &args);
        assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    }
    // An author's Markdown with raw HTML (Hugo).
    let hugo = work.path().join("hugo");
    write(
        &hugo.join("content/posts/video.md"),
        concat!(
            "---\ntitle: Hugo-video\ndate: 2016-01-01\n---\n",
            "Text med <sup>2</sup>.\n\n",
            "<script>alert(40)</script>\n\n",
            "<div onclick=\"alert(41)\">klick</div>\n\n",
            "<iframe src=\"https://www.youtube.com/embed/HugoVideo1\"></iframe>\n\n",
            "[x](javascript:alert(42)) och <span onmouseover=alert(43)>text</span>\n\n",
            "## Rubrik {onclick=alert(44)}\n\n",
            "{{< youtube \"\\\"><script>alert(45)</script>\" >}}\n",
        )
        .as_bytes(),
    );
    import(&site, &["hugo", hugo.to_str().expect("utf-8")]).assert_ok();
    site.build();
    assert_no_script_in_any_page(&site);
    // Embeds became links to the videos, Flash ones too; readers' names are text.
    let post = site.html("sv/reports/2014-05-26-mote/index.html");
    let hrefs = post.attrs("a", "href");
    for video in [
        "https://www.youtube.com/watch?v=abcDEF12345",
        "https://www.youtube.com/watch?v=Flash_ID9",
        "https://example.org/film.mp4",
        "https://example.org/bra",
    ] {
        assert!(hrefs.iter().any(|h| h == video), "{video} not in {hrefs:?}");
    }
    assert!(
        post.texts("strong").iter().any(|t| t == HOSTILE_NAME),
        "{:?}",
        post.texts("strong")
    );
    let hugo_post = site.html("sv/posts/video/index.html");
    assert!(hugo_post
        .attrs("a", "href")
        .iter()
        .any(|h| h == "https://www.youtube.com/watch?v=HugoVideo1"));
    assert_eq!(hugo_post.count("sup"), 1);
    let check = site.run(&["check"]);
    assert!(
        !check.stdout.contains("error:"),
        "{}\n{}",
        check.stdout,
        check.stderr
    );
}

/// A Hugo site whose settings or links lead outside its folder, and the
/// secret that must not come in.
#[cfg(unix)]
fn hugo_with(work: &Path, config: &str, setup: impl FnOnce(&Path, &Path)) -> String {
    let outside = work.join("outside");
    write(&outside.join("id_rsa"), b"PRIVATE KEY 7f3a");
    write(
        &outside.join("leak.md"),
        b"---\ntitle: PRIVATE KEY 7f3a\n---\nPRIVATE KEY 7f3a\n",
    );
    let hugo = work.join("hugo");
    write(&hugo.join("hugo.toml"), config.as_bytes());
    write(
        &hugo.join("content/posts/ok.md"),
        b"---\ntitle: Vanlig\ndate: 2016-01-01\n---\nText.\n",
    );
    setup(&hugo, &outside);
    hugo.to_str().expect("utf-8").to_string()
}

#[cfg(unix)]
#[test]
fn a_hugo_site_is_read_only_inside_its_folder() {
    type Setup = fn(&Path, &Path);
    let cases: &[(&str, &str, Setup, &str)] = &[
        (
            "static link",
            "",
            |h, o| link(o, &h.join("static")),
            "static",
        ),
        (
            "content link",
            "",
            |h, o| {
                fs::remove_dir_all(h.join("content")).expect("rm");
                link(o, &h.join("content"));
            },
            "content",
        ),
        (
            "contentDir ../",
            "contentDir = \"../outside\"\n",
            |_, _| {},
            "contentDir",
        ),
        (
            "contentDir /",
            "contentDir = \"/\"\n",
            |_, _| {},
            "contentDir",
        ),
        (
            "staticDir absolute",
            "staticDir = \"/etc\"\n",
            |_, _| {},
            "staticDir",
        ),
        (
            "language contentDir",
            "[languages.en]\ncontentDir = \"../outside\"\n",
            |_, _| {},
            "languages.en.contentDir",
        ),
        (
            "file link in content",
            "",
            |h, o| link(&o.join("leak.md"), &h.join("content/posts/leak.md")),
            "leak.md",
        ),
        (
            "bundle file link",
            "",
            |h, o| {
                write(
                    &h.join("content/posts/bundle/index.md"),
                    b"---\ntitle: Paket\ndate: 2016-01-02\n---\nText.\n",
                );
                link(&o.join("id_rsa"), &h.join("content/posts/bundle/id_rsa"));
            },
            "id_rsa",
        ),
        (
            "folder link in static",
            "",
            |h, o| link(o, &h.join("static/keys")),
            "keys",
        ),
        (
            "settings link",
            "",
            |h, o| {
                fs::remove_file(h.join("hugo.toml")).expect("rm");
                write(&o.join("config.toml"), b"title = \"PRIVATE KEY 7f3a\"\n");
                link(&o.join("config.toml"), &h.join("config.toml"));
            },
            "config.toml",
        ),
    ];
    for (what, config, setup, named) in cases {
        let work = tempfile::tempdir().expect("temp");
        let site = TestSite::new();
        let before = files(site.root());
        let hugo = hugo_with(work.path(), config, setup);
        let run = import(&site, &["hugo", &hugo]);
        assert_eq!(run.status, 1, "{what}: {}\n{}", run.stdout, run.stderr);
        assert!(
            run.stderr.contains(named),
            "{what}: `{named}` not named in {}",
            run.stderr
        );
        assert!(
            !holds(site.root(), "PRIVATE KEY"),
            "{what}: the secret came in"
        );
        assert_eq!(files(site.root()), before, "{what}: something was written");
    }
    // A link that stays inside the Hugo site is read.
    let work = tempfile::tempdir().expect("temp");
    let site = TestSite::new();
    let hugo = hugo_with(work.path(), "", |h, _| {
        write(&h.join("assets/logo.png"), b"PNG");
        link(&h.join("assets/logo.png"), &h.join("static/logo.png"));
    });
    import(&site, &["hugo", &hugo]).assert_ok();
    assert_eq!(
        fs::read(site.root().join("static/logo.png")).expect("copied"),
        b"PNG"
    );
}

const SMALL_BLOGGER: &str = r#"<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns='http://www.w3.org/2005/Atom'>
<entry><id>tag:blogger.com,1999:blog-9.post-1</id>
<published>2014-05-26T10:30:00.000+06:00</published>
<title type='text'>Rundabordssamtal</title>
<content type='html'>Text.</content>
<link rel='alternate' type='text/html' href='https://x.blogspot.com/2014/05/rundabordssamtal.html'/>
</entry>
<entry><id>tag:blogger.com,1999:blog-9.page-2</id>
<published>2013-01-01T12:00:00.000+01:00</published>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#page'/>
<title type='text'>Om oss</title>
<content type='html'>Vi.</content>
<link rel='alternate' type='text/html' href='https://x.blogspot.com/p/om-oss.html'/>
</entry>
</feed>
"#;

const POST: &str = "content/reports/2014-05-26-rundabordssamtal/index.sv.md";

#[cfg(unix)]
#[test]
fn import_init_and_new_never_write_through_a_link() {
    let work = tempfile::tempdir().expect("temp");
    let export = write(&work.path().join("blog.xml"), SMALL_BLOGGER.as_bytes());
    let outside = work.path().join("outside");
    fs::create_dir_all(&outside).expect("mkdir");
    type Setup = fn(&TestSite, &Path);
    let cases: &[(&str, Setup, &str, &[&str])] = &[
        (
            "dangling link where the post goes",
            |s, o| link(&o.join("post.md"), &s.root().join(POST)),
            "index.sv.md",
            &[],
        ),
        (
            "linked record",
            |s, o| {
                write(&o.join("record"), b"theirs");
                link(&o.join("record"), &s.root().join(".rapport-import"));
            },
            ".rapport-import",
            &[],
        ),
        (
            "section folder is a link",
            |s, o| link(o, &s.root().join("content/nyheter")),
            "content/nyheter",
            &["--section", "nyheter"],
        ),
        (
            "content is a link",
            |s, o| link(o, &s.root().join("content")),
            "content",
            &[],
        ),
        (
            "the bundle folder is a link",
            |s, o| link(o, &s.root().join("content/om-oss")),
            "content/om-oss",
            &[],
        ),
    ];
    for (what, setup, named, extra) in cases {
        for entry in fs::read_dir(&outside).expect("dir") {
            let path = entry.expect("entry").path();
            fs::remove_file(&path)
                .or_else(|_| fs::remove_dir_all(&path))
                .expect("rm");
        }
        let site = TestSite::new();
        setup(&site, &outside);
        let outside_before = files(&outside);
        let mut args = vec!["blogger", export.as_str()];
        args.extend(*extra);
        let run = import(&site, &args);
        assert_eq!(run.status, 1, "{what}: {}\n{}", run.stdout, run.stderr);
        assert!(
            run.stderr.contains(named),
            "{what}: `{named}` not named in {}",
            run.stderr
        );
        assert_eq!(files(&outside), outside_before, "{what}: written outside");
        assert!(
            !site.root().join(POST).is_file(),
            "{what}: the post was written anyway"
        );
    }

    // `init --force` into a folder with a dangling link and a linked folder.
    let dir = work.path().join("fresh");
    link(&outside.join("site.yaml"), &dir.join("site.yaml"));
    link(&outside, &dir.join("locales"));
    let outside_before = files(&outside);
    let run = rapport(&["init", dir.to_str().expect("utf-8"), "--force"]);
    assert_eq!(run.status, 1, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("site.yaml"), "{}", run.stderr);
    assert!(run.stderr.contains("locales"), "{}", run.stderr);
    assert_eq!(files(&outside), outside_before);
    assert!(!dir.join("content").exists(), "init wrote part of the site");

    // `new` with the section folder a link out of the site.
    let site = TestSite::new();
    link(&outside, &site.root().join("content/reports"));
    let run = site.run(&["new", "Möte i Astana", "--date", "2024-05-01"]);
    assert_eq!(run.status, 1, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("content/reports"), "{}", run.stderr);
    assert_eq!(files(&outside), outside_before);
}

/// A zip archive of `entries` (name, bytes), deflated.
pub(crate) fn zip_of(path: &Path, entries: &[(&str, &[u8])]) -> String {
    let file = fs::File::create(path).expect("zip");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(*name, options).expect("entry");
        std::io::Write::write_all(&mut zip, bytes).expect("bytes");
    }
    zip.finish().expect("zip written");
    path.to_str().expect("utf-8").to_string()
}

const TAKEOUT_FEED: &str = r#"<?xml version='1.0' encoding='utf-8'?>
<feed xmlns='http://www.w3.org/2005/Atom' xmlns:blogger='http://schemas.google.com/blogger/2018'>
<entry>
<id>tag:blogger.com,1999:blog-9.post-1</id>
<blogger:type>POST</blogger:type><blogger:status>LIVE</blogger:status>
<title>Första</title>
<content type='html'>Text.</content>
<published>2014-05-26T04:30:00.000Z</published>
<blogger:filename>/2014/05/forsta.html</blogger:filename>
</entry>
<entry>
<id>tag:blogger.com,1999:blog-9.post-2</id>
<blogger:type>POST</blogger:type><blogger:status>LIVE</blogger:status>
<title>Andra</title>
<content type='html'>&lt;img src="https://blogger.googleusercontent.com/img/b/R29v/s1600/bomb.jpg"&gt;</content>
<published>2015-05-26T04:30:00.000Z</published>
<blogger:filename>/2015/05/andra.html</blogger:filename>
</entry>
</feed>
"#;

#[test]
fn archive_bombs_are_refused_naming_the_archive_and_entry() {
    let work = tempfile::tempdir().expect("temp");
    // 64 MiB of zeros pack into a few dozen kilobytes.
    let zeros = vec![0u8; 64 * 1024 * 1024];
    type Entries<'a> = Vec<(&'a str, &'a [u8])>;
    let cases: &[(&str, Entries, &str)] = &[
        (
            "photo",
            vec![
                ("Takeout/Blogger/Blogs/B/feed.atom", TAKEOUT_FEED.as_bytes()),
                ("Takeout/Blogger/Albums/B/bomb.jpg", &zeros),
            ],
            "bomb.jpg",
        ),
        (
            "feed",
            vec![("Takeout/Blogger/Blogs/B/feed.atom", &zeros)],
            "feed.atom",
        ),
    ];
    for (what, entries, entry) in cases {
        let site = TestSite::new();
        let before = files(site.root());
        let zip = zip_of(&work.path().join(format!("{what}.zip")), entries);
        assert!(fs::metadata(&zip).expect("zip").len() < 1024 * 1024);
        let run = import(&site, &["blogger", &zip]);
        assert_eq!(run.status, 1, "{what}: {}\n{}", run.stdout, run.stderr);
        assert!(
            run.stderr.contains(&format!("{what}.zip")) && run.stderr.contains(entry),
            "{what}: {}",
            run.stderr
        );
        assert_eq!(files(site.root()), before, "{what}: something was written");
    }
}

#[test]
fn html_nested_ten_thousand_deep_is_imported_as_text() {
    let work = tempfile::tempdir().expect("temp");
    let n = 10_000;
    let divs = format!("{}djupt{}", "<div>".repeat(n), "</div>".repeat(n));
    let bold = format!("{}fett", "<b>".repeat(n));
    let xhtml = format!("{}djupt{}", "<p>".repeat(n), "</p>".repeat(n));
    let blogger = format!(
        r#"<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0'>
<entry><id>tag:blogger.com,1999:blog-9.post-1</id>
<published>2014-05-26T10:30:00.000+06:00</published>
<title type='html'>{title}</title>
<content type='html'>{divs}</content>
<link rel='alternate' type='text/html' href='https://x.blogspot.com/2014/05/djup.html'/>
</entry>
<entry><id>tag:blogger.com,1999:blog-9.post-2</id>
<published>2014-05-27T10:30:00.000+06:00</published>
<title type='text'>XHTML</title>
<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>{xhtml}</div></content>
<link rel='alternate' type='text/html' href='https://x.blogspot.com/2014/05/xhtml.html'/>
</entry>
<entry><id>tag:blogger.com,1999:blog-9.post-3</id>
<published>2014-05-28T08:00:00.000+02:00</published>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#comment'/>
<content type='html'>{bold}</content>
<thr:in-reply-to ref='tag:blogger.com,1999:blog-9.post-1' type='text/html'/>
</entry>
</feed>
"#,
        title = xml_escaped(&format!("{}Rubrik", "<i>".repeat(n))),
        divs = xml_escaped(&divs),
        xhtml = xhtml,
        bold = xml_escaped(&bold),
    );
    let wordpress = hostile_wordpress()
        .replace(HOSTILE_POST, &divs)
        .replace(HOSTILE_COMMENT, &bold);
    let hugo = work.path().join("hugo");
    write(
        &hugo.join("content/posts/djup.md"),
        format!("---\ntitle: Djup\ndate: 2016-01-01\n---\n<div onclick=\"x\">{divs}\n").as_bytes(),
    );
    let site = TestSite::new();
    let blogger = write(&work.path().join("blog.xml"), blogger.as_bytes());
    let wordpress = write(&work.path().join("wp.xml"), wordpress.as_bytes());
    for (source, export) in [
        ("blogger", blogger.as_str()),
        ("wordpress", wordpress.as_str()),
        ("hugo", hugo.to_str().expect("utf-8")),
    ] {
        let mut args = vec![source, export];
        if source != "hugo" {
            args.extend(["--comments", "append"]);
        }
        let run = import(&site, &args);
        assert_eq!(run.status, 0, "{source}: {}\n{}", run.stdout, run.stderr);
        assert!(
            run.stdout.contains("nested more than"),
            "{source}: {}",
            run.stdout
        );
    }
    let text = fs::read_to_string(
        site.root()
            .join("content/reports/2014-05-26-djup/index.sv.md"),
    )
    .expect("written");
    assert!(text.contains("djupt"), "{text}");
    site.build();
    assert_no_script_in_any_page(&site);
}

#[test]
fn an_import_that_meets_the_sites_pages_leaves_a_site_that_builds() {
    let work = tempfile::tempdir().expect("temp");
    let export = write(&work.path().join("blog.xml"), SMALL_BLOGGER.as_bytes());
    // A flat report and a page at the addresses the import would take.
    let mine = "---\ntitle: Min rapport\ndate: 2014-05-26\n---\nMin text.\n";
    let site = TestSite::new()
        .file("content/reports/2014-05-26-rundabordssamtal.sv.md", mine)
        .file(
            "content/om-oss.sv.md",
            "---\ntitle: Om oss\n---\nMin sida.\n",
        );
    let run = import(&site, &["blogger", &export]);
    run.assert_ok();
    let renamed = "content/reports/2014-05-26-rundabordssamtal-2/index.sv.md";
    assert!(site.root().join(renamed).is_file(), "{}", run.stdout);
    assert!(run.stdout.contains(renamed), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("content/reports/2014-05-26-rundabordssamtal.sv.md"),
        "the summary names what has the address: {}",
        run.stdout
    );
    assert!(site.root().join("content/om-oss-2/index.sv.md").is_file());
    assert_eq!(
        fs::read_to_string(
            site.root()
                .join("content/reports/2014-05-26-rundabordssamtal.sv.md")
        )
        .expect("mine"),
        mine
    );
    site.build();
    // Importing again changes nothing.
    let before = files(site.root());
    import(&site, &["blogger", &export]).assert_ok();
    assert_eq!(
        files(site.root())
            .into_iter()
            .filter(|(p, _)| !p.starts_with(site.root().join("public")))
            .collect::<Vec<_>>(),
        before
            .into_iter()
            .filter(|(p, _)| !p.starts_with(site.root().join("public")))
            .collect::<Vec<_>>()
    );

    // Hugo names its files: one whose address is taken gets another name, and said so.
    let hugo = work.path().join("hugo");
    write(
        &hugo.join("content/om-oss/index.md"),
        b"---\ntitle: Om oss (Hugo)\n---\nHugo.\n",
    );
    write(
        &hugo.join("content/posts/ny.md"),
        b"---\ntitle: Ny\ndate: 2016-01-01\n---\nText.\n",
    );
    let run = import(&site, &["hugo", hugo.to_str().expect("utf-8")]);
    run.assert_ok();
    assert!(!site.root().join("content/om-oss/index.sv.md").exists());
    let renamed = site.root().join("content/om-oss-3/index.sv.md");
    assert!(
        fs::read_to_string(&renamed)
            .expect("renamed")
            .contains("title: Om oss (Hugo)"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("content/om-oss-3/index.sv.md: given this name because"),
        "{}",
        run.stdout
    );
    assert!(site.root().join("content/posts/ny.sv.md").is_file());
    site.build();
}

/// Sets the size an entry of a stored zip declares (local header and
/// directory) to `size`, keeping its bytes.
fn declare_size(zip: &Path, entry: &str, size: u32) {
    let mut bytes = fs::read(zip).expect("zip");
    let name = entry.as_bytes();
    let at: Vec<usize> = bytes
        .windows(name.len())
        .enumerate()
        .filter(|(_, w)| *w == name)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(
        at.len(),
        2,
        "the name in the local header and the directory"
    );
    // Local header: name at 30, uncompressed size at 22; directory: 46 and 24.
    bytes[at[0] - 30 + 22..at[0] - 30 + 26].copy_from_slice(&size.to_le_bytes());
    bytes[at[1] - 46 + 24..at[1] - 46 + 28].copy_from_slice(&size.to_le_bytes());
    fs::write(zip, bytes).expect("zip");
}

#[test]
fn an_import_that_fails_half_way_takes_back_what_it_wrote() {
    let work = tempfile::tempdir().expect("temp");
    let zip_path = work.path().join("takeout.zip");
    {
        let file = fs::File::create(&zip_path).expect("zip");
        let mut zip = zip::ZipWriter::new(file);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("Takeout/Blogger/Blogs/B/feed.atom", options)
            .expect("entry");
        std::io::Write::write_all(&mut zip, TAKEOUT_FEED.as_bytes()).expect("feed");
        zip.start_file("Takeout/Blogger/Albums/B/bomb.jpg", options)
            .expect("entry");
        std::io::Write::write_all(&mut zip, &crate::support::jpeg(64, 48)).expect("photo");
        zip.finish().expect("zip written");
    }
    // The photo holds more than its entry says: found only while writing,
    // after the first post.
    declare_size(&zip_path, "Takeout/Blogger/Albums/B/bomb.jpg", 10);
    let site = TestSite::new();
    let before = files(site.root());
    let run = import(&site, &["blogger", zip_path.to_str().expect("utf-8")]);
    assert_eq!(run.status, 1, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("takeout.zip") && run.stderr.contains("bomb.jpg"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("removed again"), "{}", run.stderr);
    assert_eq!(files(site.root()), before, "the site is as it was");
    assert!(!site.root().join("content/reports").exists());
}
