//! `rapport import`, second round: every old address of the source
//! answers in the built site (worked out here from the fixture's own
//! rules, not by the importer), nothing is dropped without a line, a
//! second import repairs the first without touching edited files, the
//! export's language is the default, legal input builds at once, and
//! `init`'s sample pages give way.

use std::fs;
use std::path::Path;

use crate::import::{import, read};
use crate::support::{rapport, TestSite};

fn put(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    fs::write(path, text).expect("write");
}

/// The output file that answers `address`, as a web server finds it.
fn served(address: &str) -> String {
    let path = address.trim_start_matches('/');
    if path.ends_with(".html") {
        path.to_string()
    } else {
        format!("{path}index.html")
    }
}

/// The address the page at `address` leads to: its own, or where its redirect points.
#[track_caller]
fn lands_on(site: &TestSite, address: &str) -> String {
    let file = served(address);
    assert!(site.exists(&file), "nothing answers {address} ({file})");
    let page = site.html(&file);
    let refresh = page.attrs("meta[http-equiv=refresh]", "content");
    match refresh.first() {
        Some(content) => {
            let url = content
                .split_once("url=")
                .map(|(_, u)| u.trim().to_string())
                .unwrap_or_else(|| panic!("{address}: refresh without url: {content}"));
            assert!(
                site.exists(&served(&url)),
                "{address} redirects to {url}, which is not there"
            );
            url
        }
        None => address.to_string(),
    }
}

/// The heading of the page at `address` after any redirect.
#[track_caller]
fn title_at(site: &TestSite, address: &str) -> String {
    let to = lands_on(site, address);
    site.html(&served(&to)).text("h1")
}

/// A bilingual Hugo site with `[permalinks]` for one section (and one
/// that names a section it does not have), a title with an apostrophe,
/// an English alias, intro-only folders, an undated bundle and a bundle
/// with `data.toml` and an attribute line.
fn hugo_with_permalinks(dir: &Path) -> String {
    let hugo = dir.join("hugo");
    put(
        &hugo,
        "hugo.toml",
        "baseURL = \"https://example.org/\"\ndefaultContentLanguage = \"sv\"\n\
         [languages.sv]\nweight = 1\n[languages.en]\nweight = 2\n\
         [permalinks]\nnyheter = \"/:year/:month/:title/\"\nevenemang = \"/:section/:slug/\"\nblogg = \"/b/:slug/\"\n",
    );
    put(
        &hugo,
        "content/nyheter/_index.md",
        "---\ntitle: Nyheter\n---\nNytt från föreningen.\n",
    );
    put(
        &hugo,
        "content/nyheter/2014/kvinnodagen.md",
        "---\ntitle: \"Kvinnor's dag: möte!\"\ndate: 2014-03-08\n---\nVi samlades i Almaty.\n",
    );
    put(
        &hugo,
        "content/nyheter/2014/kvinnodagen.en.md",
        "---\ntitle: \"Women's day: meeting!\"\ndate: 2014-03-08\naliases: [/old-womens-day/]\n---\nWe met in Almaty.\n",
    );
    put(
        &hugo,
        "content/evenemang/var-2015/index.md",
        "---\ntitle: Vårmöte\ndate: 2015-04-01\nslug: varmote\n---\nÅrets möte.\n\n![Affischen](affisch.jpg)\n{.center}\n",
    );
    put(
        &hugo,
        "content/evenemang/var-2015/data.toml",
        "plats = \"Folkets hus\"\nadress = \"Storgatan 1, Umeå\"\ntid = \"18:00\"\n",
    );
    fs::write(
        hugo.join("content/evenemang/var-2015/affisch.jpg"),
        crate::support::jpeg(40, 30),
    )
    .expect("photo");
    put(
        &hugo,
        "content/arkiv/gamla-bilder/index.md",
        "---\ntitle: Gamla bilder\n---\nBilder från förr.\n",
    );
    put(
        &hugo,
        "content/om/_index.md",
        "---\ntitle: Om föreningen\n---\nVi arbetar för hälsa i Sverige och Kazakstan.\n",
    );
    put(
        &hugo,
        "content/om/_index.en.md",
        "---\ntitle: About the association\n---\nWe work for health in Sweden and Kazakhstan.\n",
    );
    hugo.to_str().expect("utf-8").to_string()
}

#[test]
fn every_old_hugo_address_answers_and_the_first_build_succeeds() {
    let work = tempfile::tempdir().expect("temp");
    let hugo = hugo_with_permalinks(work.path());
    let site = TestSite::new();
    let run = import(&site, &["hugo", &hugo]);
    assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    site.run(&["build"]).assert_ok();
    let check = site.run(&["check"]);
    assert!(check.stdout.contains("check: 0 errors"), "{}", check.stdout);

    // Hugo's addresses, from the fixture's own rules: permalinks per
    // section (urlize drops the apostrophe, colon and `!`), the English
    // version and its alias under /en/, the default rule elsewhere,
    // sections' own addresses for intro-only folders, and listings.
    let pages = [
        ("/2014/03/kvinnors-dag-möte/", "Kvinnor's dag: möte!"),
        ("/en/2014/03/womens-day-meeting/", "Women's day: meeting!"),
        ("/en/old-womens-day/", "Women's day: meeting!"),
        ("/evenemang/varmote/", "Vårmöte"),
        ("/arkiv/gamla-bilder/", "Gamla bilder"),
        ("/om/", "Om föreningen"),
        ("/en/om/", "About the association"),
    ];
    for (address, title) in pages {
        assert_eq!(title_at(&site, address), title, "{address}");
    }
    for (address, listing) in [
        ("/nyheter/", "/sv/nyheter/"),
        ("/en/nyheter/", "/en/nyheter/"),
        ("/evenemang/", "/sv/evenemang/"),
    ] {
        assert_eq!(lands_on(&site, address), listing, "{address}");
    }
    let found = pages.len() + 3;
    assert!(
        run.stdout
            .contains(&format!("{found}  old addresses found, {found} kept")),
        "{}",
        run.stdout
    );

    // data.toml's facts are in the front matter, not published raw.
    let event = read(&site, "content/evenemang/var-2015/index.sv.md");
    assert!(
        event.contains("location: Folkets hus, Storgatan 1, Umeå\n"),
        "{event}"
    );
    assert!(event.contains("  tid: 18:00\n"), "{event}");
    assert!(!site
        .root()
        .join("content/evenemang/var-2015/data.toml")
        .exists());
    assert!(run
        .stdout
        .contains("`data.toml` was read into the front matter"));
    // The attribute line is gone from the page, and said so.
    let page = site.html("sv/evenemang/varmote/index.html");
    assert!(
        !page.text("main").contains("{.center}"),
        "{}",
        page.text("main")
    );
    assert!(run.stdout.contains("attribute line"), "{}", run.stdout);
    // Intro-only folders and the undated bundle are standalone pages.
    assert!(site.root().join("content/om/index.sv.md").is_file());
    assert!(site
        .root()
        .join("content/gamla-bilder/index.sv.md")
        .is_file());
    assert!(run
        .stdout
        .contains("it has no date, so it became a standalone page"));
}

#[test]
fn a_hugo_folder_without_settings_gives_each_old_address_once() {
    let work = tempfile::tempdir().expect("temp");
    let hugo = work.path().join("hugo");
    for (lang, title) in [("sv", "Mötet i Astana"), ("en", "The meeting in Astana")] {
        put(
            &hugo,
            &format!("content/nyheter/mote/index.{lang}.md"),
            &format!("---\ntitle: {title}\ndate: 2014-05-26\n---\nText.\n"),
        );
    }
    let site = TestSite::new();
    let run = import(&site, &["hugo", hugo.to_str().expect("utf-8")]);
    assert_eq!(run.status, 0, "{}", run.stdout);
    site.run(&["build"]).assert_ok();
    // Without settings Hugo served both at one address: the default language keeps it.
    assert_eq!(title_at(&site, "/nyheter/mote/"), "Mötet i Astana");
    assert!(
        run.stdout.contains(
            "/nyheter/mote/: it is also an old address of content/nyheter/mote/index.sv.md"
        ),
        "{}",
        run.stdout
    );
}

/// A classic Blogger backup of an English blog, with a captioned photo,
/// a Flash-era video and code with blank lines.
fn english_blogger(dir: &Path) -> String {
    let post = r#"&lt;p&gt;We met the ministry.&lt;/p&gt;&lt;table class="tr-caption-container"&gt;&lt;tr&gt;&lt;td&gt;&lt;a href="https://1.bp.blogspot.com/-a/b/s1600/table.jpg" imageanchor="1"&gt;&lt;img src="https://1.bp.blogspot.com/-a/b/s320/table.jpg" /&gt;&lt;/a&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class="tr-caption"&gt;Around the table in Astana&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;object width="425" height="344"&gt;&lt;param name="movie" value="http://www.youtube.com/v/AbC_12-x&amp;hl=en&amp;fs=1"&gt;&lt;/param&gt;&lt;embed src="http://www.youtube.com/v/AbC_12-x&amp;hl=en&amp;fs=1" type="application/x-shockwave-flash"&gt;&lt;/embed&gt;&lt;/object&gt;&lt;pre&gt;&lt;code&gt;line one&lt;br /&gt;&lt;br /&gt;line three&lt;/code&gt;&lt;/pre&gt;"#;
    let feed = format!(
        r#"<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns='http://www.w3.org/2005/Atom'>
<id>tag:blogger.com,1999:blog-88</id>
<link rel='alternate' type='text/html' href='https://health.blogspot.com/'/>
<entry><id>tag:blogger.com,1999:blog-88.settings.BLOG_LOCALE</id>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#settings'/>
<title type='text'>Language</title><content type='text'>en_GB</content></entry>
<entry><id>tag:blogger.com,1999:blog-88.post-1</id>
<published>2014-05-26T10:30:00.000+06:00</published>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>
<title type='text'>Round table in Astana</title>
<content type='html'>{post}</content>
<link rel='alternate' type='text/html' href='https://health.blogspot.com/2014/05/round-table.html'/>
</entry>
<entry><id>tag:blogger.com,1999:blog-88.page-2</id>
<published>2014-01-01T10:30:00.000+01:00</published>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#page'/>
<title type='text'>Contact</title>
<content type='html'>&lt;div&gt;&lt;br /&gt;&lt;/div&gt;</content>
<link rel='alternate' type='text/html' href='https://health.blogspot.com/p/contact.html'/>
</entry>
</feed>
"#
    );
    let path = dir.join("blog.xml");
    fs::write(&path, feed).expect("export");
    path.to_str().expect("utf-8").to_string()
}

const ENGLISH_POST: &str = "content/reports/2014-05-26-round-table/index.en.md";

#[test]
fn the_exports_language_is_the_default_and_nothing_is_dropped_silently() {
    let work = tempfile::tempdir().expect("temp");
    let export = english_blogger(work.path());
    let site = TestSite::new();
    let run = import(&site, &["blogger", &export]);
    assert_eq!(run.status, 0, "{}", run.stdout);
    let post = read(&site, ENGLISH_POST);
    // The caption is the photo's alternative text too.
    assert!(
        post.contains(
            "![Around the table in Astana](https://1.bp.blogspot.com/-a/b/s1600/table.jpg \"Around the table in Astana\")"
        ),
        "{post}"
    );
    assert!(
        post.contains("<https://www.youtube.com/watch?v=AbC_12-x>"),
        "{post}"
    );
    // The empty page is left out, and said so.
    assert!(!site.root().join("content/contact").exists());
    assert!(
        run.stdout.contains("1  empty pages (no text) skipped"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("“Contact” has no text"),
        "{}",
        run.stdout
    );
    site.run(&["build"]).assert_ok();
    let page = site.html("en/reports/2014-05-26-round-table/index.html");
    assert_eq!(page.attr("figure img", "alt"), "Around the table in Astana");
    assert_eq!(page.count("pre"), 1);
    assert!(
        page.text("pre").contains("line three"),
        "{}",
        page.text("pre")
    );
    assert_eq!(
        lands_on(&site, "/2014/05/round-table.html"),
        "/en/reports/2014-05-26-round-table/"
    );

    // `--lang` overrides the export.
    let other = TestSite::new();
    import(&other, &["blogger", &export, "--lang", "sv"]).assert_ok();
    assert!(other
        .root()
        .join("content/reports/2014-05-26-round-table/index.sv.md")
        .is_file());
}

#[test]
fn a_wordpress_export_in_english_comes_in_as_english() {
    let work = tempfile::tempdir().expect("temp");
    let wxr = r#"<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Health</title><link>https://health.example.org</link><language>en-US</language>
<wp:base_site_url>https://health.example.org</wp:base_site_url>
<item><title>Spring meeting</title><link>https://health.example.org/2015/04/spring-meeting/</link>
<content:encoded><![CDATA[We met in spring.]]></content:encoded>
<wp:post_id>3</wp:post_id><wp:post_date>2015-04-01 10:00:00</wp:post_date><wp:post_name>spring-meeting</wp:post_name>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
<item><title>Empty</title><link>https://health.example.org/empty/</link>
<content:encoded><![CDATA[]]></content:encoded>
<wp:post_id>4</wp:post_id><wp:post_date>2015-04-02 10:00:00</wp:post_date><wp:post_name>empty</wp:post_name>
<wp:status>publish</wp:status><wp:post_type>page</wp:post_type></item>
</channel></rss>"#;
    let path = work.path().join("wp.xml");
    fs::write(&path, wxr).expect("export");
    let site = TestSite::new();
    let run = import(&site, &["wordpress", path.to_str().expect("utf-8")]);
    assert_eq!(run.status, 0, "{}", run.stdout);
    assert!(site
        .root()
        .join("content/reports/2015-04-01-spring-meeting/index.en.md")
        .is_file());
    assert!(run.stdout.contains("“Empty” has no text"), "{}", run.stdout);
    assert!(
        run.stdout.contains("1 old address found, 0 kept")
            || run.stdout.contains("2  old addresses found, 1 kept"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_second_import_repairs_the_first_and_leaves_edited_files() {
    let work = tempfile::tempdir().expect("temp");
    let export = english_blogger(work.path());
    // A second post, to be edited by the author between the imports.
    let text = fs::read_to_string(&export).expect("export").replace(
        "</feed>",
        r#"<entry><id>tag:blogger.com,1999:blog-88.post-3</id>
<published>2015-06-01T10:30:00.000+02:00</published>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>
<title type='text'>Summer visit</title>
<content type='html'>&lt;p&gt;Guests came.&lt;/p&gt;&lt;img src="https://2.bp.blogspot.com/-q/s400/guests.jpg" alt="Guests" /&gt;</content>
<link rel='alternate' type='text/html' href='https://health.blogspot.com/2015/06/summer-visit.html'/>
</entry>
</feed>"#,
    );
    fs::write(&export, text).expect("export");
    let site = TestSite::new();
    let first = import(&site, &["blogger", &export]);
    assert!(
        first.stdout.contains("2  photos still on the old site"),
        "{}",
        first.stdout
    );
    let edited = "content/reports/2015-06-01-summer-visit/index.en.md";
    let mine = read(&site, edited).replace("Guests came.", "Guests came from Almaty.");
    fs::write(site.root().join(edited), &mine).expect("edit");

    // Now with the photos: the untouched post is brought up to date.
    let photos = work.path().join("photos");
    fs::create_dir_all(&photos).expect("mkdir");
    for name in ["table.jpg", "guests.jpg"] {
        fs::write(photos.join(name), crate::support::jpeg(40, 30)).expect("photo");
    }
    let second = import(
        &site,
        &[
            "blogger",
            &export,
            "--images",
            photos.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(second.status, 0, "{}", second.stdout);
    let post = read(&site, ENGLISH_POST);
    assert!(
        post.contains("![Around the table in Astana](table.jpg \"Around the table in Astana\")"),
        "{post}"
    );
    assert!(site
        .root()
        .join("content/reports/2014-05-26-round-table/table.jpg")
        .is_file());
    assert!(
        second
            .stdout
            .contains("1  imported before and unchanged since, brought up to date"),
        "{}",
        second.stdout
    );
    // The edited post is as the author left it, and named; its photo is still remote.
    assert_eq!(read(&site, edited), mine);
    assert!(
        second
            .stdout
            .contains(&format!("changed since; they were left as they are (remove one and import again to get the new version):\n  {edited}")),
        "{}",
        second.stdout
    );
    assert!(
        second.stdout.contains("1  photo still on the old site"),
        "{}",
        second.stdout
    );
    site.run(&["build"]).assert_ok();

    // A third run changes nothing.
    let third = import(
        &site,
        &[
            "blogger",
            &export,
            "--images",
            photos.to_str().expect("utf-8"),
        ],
    );
    assert!(
        !third.stdout.contains("brought up to date"),
        "{}",
        third.stdout
    );
}

#[test]
fn an_import_into_a_fresh_site_replaces_inits_sample_pages() {
    let work = tempfile::tempdir().expect("temp");
    let export = english_blogger(work.path());
    let root = work.path().join("site");
    let root_s = root.to_str().expect("utf-8");
    rapport(&["init", root_s]).assert_ok();
    let mut args = vec!["import", "blogger", &export, "--root", root_s];
    let run = rapport(&args);
    assert_eq!(run.status, 0, "{}", run.stdout);
    assert!(
        run.stdout.contains("Sample pages from `rapport init`"),
        "{}",
        run.stdout
    );
    assert!(!root.join("content/about.sv.md").exists());
    assert!(!root.join("content/about.en.md").exists());
    let samples: Vec<_> = fs::read_dir(root.join("content/reports"))
        .expect("reports")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with("forsta-motet"))
        .collect();
    assert!(samples.is_empty());
    rapport(&["build", "--root", root_s]).assert_ok();
    let home = fs::read_to_string(root.join("public/en/index.html")).expect("home");
    let home = scraper::Html::parse_document(&home);
    let first = scraper::Selector::parse("main article h2, main li h2, main h2 a").expect("css");
    let titles: Vec<String> = home
        .select(&first)
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect();
    assert_eq!(
        titles.first().map(String::as_str),
        Some("Round table in Astana"),
        "{titles:?}"
    );

    // Into a site whose about page was edited, that page stays.
    let other = work.path().join("other");
    let other_s = other.to_str().expect("utf-8");
    rapport(&["init", other_s]).assert_ok();
    let about = other.join("content/about.sv.md");
    fs::write(
        &about,
        "---\ntitle: Om oss\n---\nVi är en förening i Umeå.\n",
    )
    .expect("edit");
    args[4] = other_s;
    rapport(&args).assert_ok();
    assert!(fs::read_to_string(&about).expect("about").contains("Umeå"));
}

/// A Google Takeout archive as Takeout writes it: the blog's folder with
/// `feed.atom` (no blog address; times in UTC; a trashed post; a comment)
/// and `settings.csv` (its time zone and language).
const TAKEOUT_FEED: &str = r#"<?xml version='1.0' encoding='utf-8'?>
<feed xmlns='http://www.w3.org/2005/Atom' xmlns:blogger='http://schemas.google.com/blogger/2018'>
<id>tag:blogger.com,1999:blog-77</id>
<title>Hälsobloggen</title>
<entry>
<id>tag:blogger.com,1999:blog-77.post-1001</id>
<blogger:type>POST</blogger:type>
<blogger:status>LIVE</blogger:status>
<author><name>Anna Berg</name><blogger:type>BLOGGER</blogger:type></author>
<title>Kvällsmöte i Astana</title>
<content type='html'>&lt;p&gt;Mötet slutade sent.&lt;/p&gt;</content>
<blogger:created>2014-05-26T22:30:00.000Z</blogger:created>
<published>2014-05-26T22:30:00.000Z</published>
<updated>2014-05-27T04:30:00.000Z</updated>
<blogger:filename>/2014/05/kvallsmote.html</blogger:filename>
</entry>
<entry>
<id>tag:blogger.com,1999:blog-77.post-1002</id>
<blogger:type>POST</blogger:type>
<blogger:status>LIVE</blogger:status>
<title>Besök från Almaty</title>
<content type='html'>&lt;p&gt;Som vid &lt;a href="https://halsa.blogspot.com/2014/05/kvallsmote.html"&gt;kvällsmötet&lt;/a&gt;.&lt;/p&gt;</content>
<published>2015-03-02T09:00:00.000Z</published>
<blogger:filename>/2015/03/besok.html</blogger:filename>
</entry>
<entry>
<id>tag:blogger.com,1999:blog-77.post-1003</id>
<blogger:type>POST</blogger:type>
<blogger:status>SOFT_TRASHED</blogger:status>
<title>Kastad</title>
<content type='html'>Borta.</content>
<published>2015-04-01T09:00:00.000Z</published>
<blogger:filename>/2015/04/kastad.html</blogger:filename>
</entry>
<entry>
<id>tag:blogger.com,1999:blog-77.comment-1</id>
<blogger:type>COMMENT</blogger:type>
<blogger:status>LIVE</blogger:status>
<blogger:parent>tag:blogger.com,1999:blog-77.post-1001</blogger:parent>
<author><name>Karin</name></author>
<content type='html'>Tack för rapporten!</content>
<published>2014-05-27T08:00:00.000Z</published>
</entry>
</feed>
"#;

#[test]
fn a_takeout_archive_keeps_local_days_links_and_comments() {
    let work = tempfile::tempdir().expect("temp");
    let settings =
        "title,description,time_zone,locale\nHälsobloggen,Om hälsa,Europe/Stockholm,sv\n";
    let zip = crate::received_import::zip_of(
        &work.path().join("takeout.zip"),
        &[
            (
                "Takeout/Blogger/Blogs/Hälsobloggen/feed.atom",
                TAKEOUT_FEED.as_bytes(),
            ),
            (
                "Takeout/Blogger/Blogs/Hälsobloggen/settings.csv",
                settings.as_bytes(),
            ),
        ],
    );
    let site = TestSite::new();
    let run = import(&site, &["blogger", &zip, "--comments", "append"]);
    assert_eq!(run.status, 0, "{}", run.stdout);
    // 22:30 UTC is half past midnight the next day in Stockholm.
    let evening = read(&site, "content/reports/2014-05-27-kvallsmote/index.sv.md");
    assert!(
        evening.contains("date: 2014-05-27T00:30:00+02:00\n"),
        "{evening}"
    );
    assert!(evening.contains("Tack för rapporten!"), "{evening}");
    assert!(run.stdout.contains("1  comment appended"), "{}", run.stdout);
    let visit = read(&site, "content/reports/2015-03-02-besok/index.sv.md");
    assert!(
        visit.contains("[kvällsmötet](../2014-05-27-kvallsmote/index.sv.md)"),
        "{visit}"
    );
    assert!(!site
        .root()
        .join("content/reports/2015-04-01-kastad")
        .exists());
    site.run(&["build"]).assert_ok();
    assert_eq!(
        lands_on(&site, "/2014/05/kvallsmote.html"),
        "/sv/reports/2014-05-27-kvallsmote/"
    );
}
