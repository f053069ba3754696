//! `rapport import`: small exports in the shapes Blogger (classic and
//! Takeout), WordPress and Hugo write, imported into a fresh site that must
//! then build and check clean; idempotence; photos; old addresses.

use std::fs;
use std::path::Path;

use crate::support::{rapport, Run, TestSite};

/// A classic Blogger backup: settings, a template, two posts (one with a
/// captioned photo and a read-more break), a draft, a page and a comment.
/// `app:` is declared on the element, as Blogger writes it.
const BLOGGER: &str = r#"<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns='http://www.w3.org/2005/Atom' xmlns:georss='http://www.georss.org/georss' xmlns:thr='http://purl.org/syndication/thread/1.0'>
<id>tag:blogger.com,1999:blog-77</id>
<link rel='alternate' type='text/html' href='https://halsa.blogspot.com/'/>
<entry><id>tag:blogger.com,1999:blog-77.settings.BLOG_NAME</id>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#settings'/>
<title type='text'>Namn</title><content type='text'>Hälsobloggen</content></entry>
<entry><id>tag:blogger.com,1999:blog-77.layout</id>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#template'/>
<title type='text'>Template</title><content type='text'>&lt;html&gt;&lt;/html&gt;</content></entry>
<entry><id>tag:blogger.com,1999:blog-77.post-1001</id>
<published>2014-05-26T10:30:00.000+06:00</published>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>
<category scheme='http://www.blogger.com/atom/ns#' term='Hälsa'/>
<category scheme='http://www.blogger.com/atom/ns#' term='Kazakstan'/>
<title type='text'>Rundabordssamtal i Astana &amp;amp; Almaty</title>
<summary type='text'>Delegationen mötte ministeriet.</summary>
<content type='html'>&lt;div style="text-align: justify;"&gt;Delegationen kom fram på måndagen.&lt;br /&gt;&lt;br /&gt;Mötet började klockan tio.&lt;a name='more'&gt;&lt;/a&gt;&lt;/div&gt;&lt;table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"&gt;&lt;tbody&gt;&lt;tr&gt;&lt;td style="text-align: center;"&gt;&lt;a href="https://1.bp.blogspot.com/-abc/U4N/AAA/xyz/s1600/M%C3%B6tet%20i%20Astana.JPG" imageanchor="1" style="margin-left: auto; margin-right: auto;"&gt;&lt;img border="0" height="213" src="https://1.bp.blogspot.com/-abc/U4N/AAA/xyz/s320/M%C3%B6tet%20i%20Astana.JPG" width="320" /&gt;&lt;/a&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class="tr-caption" style="text-align: center;"&gt;Delegationen framför ministeriet&lt;/td&gt;&lt;/tr&gt;&lt;/tbody&gt;&lt;/table&gt;&lt;span style="font-family: Arial;"&gt;Samtalen fortsatte hela dagen.&lt;/span&gt;</content>
<link rel='alternate' type='text/html' href='https://halsa.blogspot.com/2014/05/rundabordssamtal-kazakstan.html' title='Rundabordssamtal'/>
<author><name>Anna Berg</name></author>
<georss:featurename>Astana, Kazakstan</georss:featurename>
</entry>
<entry><id>tag:blogger.com,1999:blog-77.post-1002</id>
<published>2015-03-02T09:00:00.000+01:00</published>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>
<category scheme='http://www.blogger.com/atom/ns#' term='hälsa'/>
<title type='text'>Besök från Almaty</title>
<content type='html'>&lt;p&gt;Gästerna besökte Karolinska, som &lt;a href="http://halsa.blogspot.se/2014/05/rundabordssamtal-kazakstan.html?m=1"&gt;förra året&lt;/a&gt;.&lt;/p&gt;&lt;img src="https://2.bp.blogspot.com/-q/s400/sjukhus.jpg" /&gt;</content>
<link rel='alternate' type='text/html' href='https://halsa.blogspot.com/2015/03/besok-fran-almaty.html'/>
<author><name>Erik Lind</name></author>
</entry>
<entry><id>tag:blogger.com,1999:blog-77.post-1003</id>
<published>2015-04-01T09:00:00.000+02:00</published>
<app:control xmlns:app='http://purl.org/atom/app#'><app:draft>yes</app:draft></app:control>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>
<title type='text'>Utkast om nästa resa</title>
<content type='html'>Skrivs senare.</content>
<author><name>Anna Berg</name></author>
</entry>
<entry><id>tag:blogger.com,1999:blog-77.page-9</id>
<published>2013-01-01T12:00:00.000+01:00</published>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#page'/>
<title type='text'>Om föreningen</title>
<content type='html'>&lt;div dir="ltr"&gt;Vi arbetar för hälsa.&lt;/div&gt;</content>
<link rel='alternate' type='text/html' href='https://halsa.blogspot.com/p/om-foreningen.html'/>
</entry>
<entry><id>tag:blogger.com,1999:blog-77.post-5005</id>
<published>2014-05-27T08:00:00.000+02:00</published>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#comment'/>
<title type='text'>Tack!</title>
<content type='html'>Tack för rapporten!</content>
<author><name>Karin</name></author>
<thr:in-reply-to href='https://halsa.blogspot.com/2014/05/rundabordssamtal-kazakstan.html' ref='tag:blogger.com,1999:blog-77.post-1001' type='text/html'/>
</entry>
</feed>
"#;

/// One more post, as a later export would have it besides the others.
const LATER_POST: &str = r#"<entry><id>tag:blogger.com,1999:blog-77.post-1004</id>
<published>2016-06-01T09:00:00.000+02:00</published>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>
<title type='text'>Sommarmöte</title>
<content type='html'>Ett nytt möte.</content>
<link rel='alternate' type='text/html' href='https://halsa.blogspot.com/2016/06/sommarmote.html'/>
</entry>
</feed>"#;

/// The same blog as Google Takeout writes it (`feed.atom`).
const TAKEOUT: &str = r#"<?xml version='1.0' encoding='utf-8'?>
<feed xmlns='http://www.w3.org/2005/Atom' xmlns:blogger='http://schemas.google.com/blogger/2018'>
<id>tag:blogger.com,1999:blog-77</id>
<title>Hälsobloggen</title>
<entry>
<id>tag:blogger.com,1999:blog-77.post-1001</id>
<blogger:type>POST</blogger:type>
<blogger:status>LIVE</blogger:status>
<author><name>Anna Berg</name><blogger:type>BLOGGER</blogger:type></author>
<title>Rundabordssamtal i Astana</title>
<content type='html'>&lt;p&gt;Delegationen kom fram.&lt;/p&gt;&lt;img src="https://blogger.googleusercontent.com/img/b/R29v/AVvX/w640-h426/bord.jpg"&gt;</content>
<blogger:created>2014-05-26T04:30:00.000Z</blogger:created>
<published>2014-05-26T04:30:00.000Z</published>
<updated>2014-05-27T04:30:00.000Z</updated>
<blogger:location><blogger:name>Astana, Kazakstan</blogger:name><blogger:latitude>51.16</blogger:latitude><blogger:longitude>71.47</blogger:longitude></blogger:location>
<category scheme='tag:blogger.com,1999:blog-77' term='Hälsa'/>
<blogger:filename>/2014/05/rundabordssamtal-kazakstan.html</blogger:filename>
</entry>
<entry>
<id>tag:blogger.com,1999:blog-77.post-1002</id>
<blogger:type>POST</blogger:type>
<blogger:status>DRAFT</blogger:status>
<author><name>Erik Lind</name></author>
<title>Utkast</title>
<content type='html'>Kommer senare.</content>
<published>2015-01-01T10:00:00.000Z</published>
</entry>
<entry>
<id>tag:blogger.com,1999:blog-77.post-1003</id>
<blogger:type>POST</blogger:type>
<blogger:status>DELETED</blogger:status>
<title>Borttagen</title>
<content type='html'>x</content>
<published>2015-01-02T10:00:00.000Z</published>
</entry>
<entry>
<id>tag:blogger.com,1999:blog-77.comment-1</id>
<blogger:type>COMMENT</blogger:type>
<blogger:status>LIVE</blogger:status>
<blogger:parent>tag:blogger.com,1999:blog-77.post-1001</blogger:parent>
<author><name>Karin</name></author>
<title>Tack</title>
<content type='html'>Tack!</content>
<published>2014-05-27T08:00:00.000Z</published>
</entry>
</feed>
"#;

/// A WordPress export: a classic-editor post with `[caption]` and a
/// featured image, its Swedish translation (Polylang), a private post, a
/// page, an attachment and a menu item.
const WXR: &str = r#"<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
	<title>Hälsosamarbete</title>
	<link>https://halsa.example.org</link>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>https://halsa.example.org</wp:base_site_url>
	<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[anna]]></wp:author_login><wp:author_display_name><![CDATA[Anna Berg]]></wp:author_display_name></wp:author>
	<item>
		<title>Round table in Astana</title>
		<link>https://halsa.example.org/2014/05/round-table-astana/</link>
		<dc:creator><![CDATA[anna]]></dc:creator>
		<content:encoded><![CDATA[The delegation arrived on Monday.

The talks began at ten.

<!--more-->

[caption id="attachment_7" align="aligncenter" width="300"]<a href="https://halsa.example.org/wp-content/uploads/2014/05/table.jpg"><img class="size-medium wp-image-7" src="https://halsa.example.org/wp-content/uploads/2014/05/table-300x200.jpg" alt="The table" width="300" height="200" /></a> Around the table at the ministry[/caption]]]></content:encoded>
		<excerpt:encoded><![CDATA[Talks at the ministry.]]></excerpt:encoded>
		<wp:post_id>5</wp:post_id>
		<wp:post_date><![CDATA[2014-05-26 10:30:00]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[2014-05-26 04:30:00]]></wp:post_date_gmt>
		<wp:post_name><![CDATA[round-table-astana]]></wp:post_name>
		<wp:status><![CDATA[publish]]></wp:status>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<category domain="category" nicename="health"><![CDATA[Health]]></category>
		<category domain="post_tag" nicename="kazakhstan"><![CDATA[Kazakhstan]]></category>
		<category domain="language" nicename="en"><![CDATA[English]]></category>
		<category domain="post_translations" nicename="pll_1"><![CDATA[pll_1]]></category>
		<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[7]]></wp:meta_value></wp:postmeta>
		<wp:comment><wp:comment_author><![CDATA[Karin]]></wp:comment_author><wp:comment_date_gmt><![CDATA[2014-05-27 08:00:00]]></wp:comment_date_gmt><wp:comment_content><![CDATA[Thanks!]]></wp:comment_content><wp:comment_approved><![CDATA[1]]></wp:comment_approved><wp:comment_type><![CDATA[comment]]></wp:comment_type></wp:comment>
	</item>
	<item>
		<title>Rundabordssamtal i Astana</title>
		<link>https://halsa.example.org/sv/2014/05/rundabordssamtal-astana/</link>
		<dc:creator><![CDATA[anna]]></dc:creator>
		<content:encoded><![CDATA[<!-- wp:paragraph -->
<p>Delegationen kom fram på måndagen.</p>
<!-- /wp:paragraph -->]]></content:encoded>
		<wp:post_id>6</wp:post_id>
		<wp:post_date><![CDATA[2014-05-26 10:30:00]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[2014-05-26 04:30:00]]></wp:post_date_gmt>
		<wp:post_name><![CDATA[rundabordssamtal-astana]]></wp:post_name>
		<wp:status><![CDATA[publish]]></wp:status>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<category domain="category" nicename="halsa"><![CDATA[Hälsa]]></category>
		<category domain="language" nicename="sv"><![CDATA[Svenska]]></category>
		<category domain="post_translations" nicename="pll_1"><![CDATA[pll_1]]></category>
	</item>
	<item>
		<title>Internal notes</title>
		<link>https://halsa.example.org/?p=8</link>
		<content:encoded><![CDATA[Not for the public.]]></content:encoded>
		<wp:post_id>8</wp:post_id>
		<wp:post_date><![CDATA[2015-01-01 09:00:00]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[2015-01-01 08:00:00]]></wp:post_date_gmt>
		<wp:post_name><![CDATA[internal-notes]]></wp:post_name>
		<wp:status><![CDATA[private]]></wp:status>
		<wp:post_type><![CDATA[post]]></wp:post_type>
	</item>
	<item>
		<title>Next meeting</title>
		<link>https://halsa.example.org/2099/01/next-meeting/</link>
		<content:encoded><![CDATA[Coming soon.]]></content:encoded>
		<wp:post_id>11</wp:post_id>
		<wp:post_date><![CDATA[2099-01-01 09:00:00]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[2099-01-01 08:00:00]]></wp:post_date_gmt>
		<wp:post_name><![CDATA[next-meeting]]></wp:post_name>
		<wp:status><![CDATA[future]]></wp:status>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<category domain="language" nicename="en"><![CDATA[English]]></category>
	</item>
	<item>
		<title>Contact</title>
		<link>https://halsa.example.org/contact/</link>
		<content:encoded><![CDATA[Write to us.]]></content:encoded>
		<wp:post_id>9</wp:post_id>
		<wp:post_date><![CDATA[2013-01-01 09:00:00]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[2013-01-01 08:00:00]]></wp:post_date_gmt>
		<wp:post_name><![CDATA[contact]]></wp:post_name>
		<wp:status><![CDATA[publish]]></wp:status>
		<wp:post_type><![CDATA[page]]></wp:post_type>
		<category domain="language" nicename="en"><![CDATA[English]]></category>
	</item>
	<item>
		<title>table</title>
		<wp:post_id>7</wp:post_id>
		<wp:post_parent>5</wp:post_parent>
		<wp:status><![CDATA[inherit]]></wp:status>
		<wp:post_type><![CDATA[attachment]]></wp:post_type>
		<wp:attachment_url><![CDATA[https://halsa.example.org/wp-content/uploads/2014/05/table.jpg]]></wp:attachment_url>
	</item>
	<item>
		<title>Home</title>
		<wp:post_id>10</wp:post_id>
		<wp:status><![CDATA[publish]]></wp:status>
		<wp:post_type><![CDATA[nav_menu_item]]></wp:post_type>
	</item>
</channel>
</rss>
"#;

/// A tiny JPEG-shaped file: the importer copies bytes, it never decodes them.
/// A small photo, as an export holds them.
fn photo() -> Vec<u8> {
    crate::support::jpeg(64, 48)
}

/// Writes `text` to a file outside the site and returns its path.
fn export_file(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    fs::write(&path, bytes).expect("write export");
    path.to_str().expect("utf-8").to_string()
}

pub(crate) fn import(site: &TestSite, args: &[&str]) -> Run {
    let mut all = vec!["import"];
    all.extend(args);
    site.run(&all)
}

pub(crate) fn read(site: &TestSite, path: &str) -> String {
    fs::read_to_string(site.root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The old photos, as the organisation keeps them.
fn photos(dir: &Path) -> String {
    export_file(dir, "foton/Mötet i Astana.jpg", &photo());
    dir.join("foton").to_str().expect("utf-8").to_string()
}

const REPORT: &str = "content/reports/2014-05-26-rundabordssamtal-kazakstan/index.sv.md";

#[test]
fn blogger_export_builds_and_checks_clean_in_a_fresh_site() {
    let work = tempfile::tempdir().expect("temp");
    let root = work.path().join("site");
    let root = root.to_str().expect("utf-8");
    rapport(&["init", root]).assert_ok();
    let export = export_file(work.path(), "blog.xml", BLOGGER.as_bytes());
    let images = photos(work.path());
    let run = rapport(&[
        "import", "blogger", &export, "--root", root, "--images", &images,
    ]);
    run.assert_ok();
    assert!(run.stdout.contains("check: 0 errors"), "{}", run.stdout);
    rapport(&["build", "--root", root]).assert_ok();
    let check = rapport(&["check", "--root", root]);
    check.assert_ok();
    assert!(check.stdout.contains("check: 0 errors"), "{}", check.stdout);
}

#[test]
fn blogger_post_keeps_its_facts_caption_and_photo() {
    let work = tempfile::tempdir().expect("temp");
    let site = TestSite::new();
    let export = export_file(work.path(), "blog.xml", BLOGGER.as_bytes());
    let images = photos(work.path());
    import(&site, &["blogger", &export, "--images", &images]).assert_ok();
    let text = read(&site, REPORT);
    assert!(
        text.contains("title: Rundabordssamtal i Astana & Almaty\n"),
        "{text}"
    );
    assert!(text.contains("date: 2014-05-26T10:30:00+06:00\n"), "{text}");
    assert!(text.contains("author: Anna Berg\n"), "{text}");
    assert!(text.contains("location: Astana, Kazakstan\n"), "{text}");
    assert!(
        text.contains("summary: Delegationen mötte ministeriet.\n"),
        "{text}"
    );
    assert!(text.contains("cover: motet-i-astana.jpg\n"), "{text}");
    assert!(text.contains("<!-- more -->"), "{text}");
    assert_eq!(
        fs::read(
            site.root()
                .join(REPORT)
                .with_file_name("motet-i-astana.jpg")
        )
        .expect("copied"),
        photo()
    );

    site.build();
    let page = site.html("sv/reports/2014-05-26-rundabordssamtal-kazakstan/index.html");
    assert_eq!(
        page.text("figure figcaption"),
        "Delegationen framför ministeriet"
    );
    assert_eq!(
        page.attr("figure img", "src"),
        "/sv/reports/2014-05-26-rundabordssamtal-kazakstan/motet-i-astana-64.jpg"
    );
    assert!(site.exists("sv/reports/2014-05-26-rundabordssamtal-kazakstan/motet-i-astana.jpg"));
    let paragraphs = page.texts("article p");
    for expected in [
        "Delegationen kom fram på måndagen.",
        "Mötet började klockan tio.",
        "Samtalen fortsatte hela dagen.",
    ] {
        assert!(paragraphs.iter().any(|p| p == expected), "{paragraphs:?}");
    }
}

#[test]
fn blogger_old_address_redirects_to_the_new_page() {
    let work = tempfile::tempdir().expect("temp");
    let site = TestSite::new();
    let export = export_file(work.path(), "blog.xml", BLOGGER.as_bytes());
    import(&site, &["blogger", &export]).assert_ok();
    site.build();
    let new = "/sv/reports/2014-05-26-rundabordssamtal-kazakstan/";
    let old = site.html("2014/05/rundabordssamtal-kazakstan.html");
    assert_eq!(
        old.attr("meta[http-equiv=refresh]", "content"),
        format!("0; url={new}")
    );
    assert_eq!(
        old.attr("link[rel=canonical]", "href"),
        format!("https://example.org{new}")
    );
    assert_eq!(old.attr("meta[name=robots]", "content"), "noindex");
    assert_eq!(old.attr("a", "href"), new);
    assert!(site.exists("p/om-foreningen.html"));
    let sitemap = fs::read_to_string(site.output("sitemap.xml")).expect("sitemap");
    let doc = roxmltree::Document::parse(&sitemap).expect("xml");
    let locs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name(("http://www.sitemaps.org/schemas/sitemap/0.9", "loc")))
        .filter_map(|n| n.text())
        .collect();
    assert!(locs.iter().any(|l| l.ends_with(new)), "{locs:?}");
    assert!(!locs.iter().any(|l| l.contains("/2014/05/")), "{locs:?}");
}

#[test]
fn blogger_drafts_pages_comments_and_settings_are_sorted_out() {
    let work = tempfile::tempdir().expect("temp");
    let site = TestSite::new();
    let export = export_file(work.path(), "blog.xml", BLOGGER.as_bytes());
    let run = import(&site, &["blogger", &export]);
    run.assert_ok();
    let draft = read(
        &site,
        "content/reports/2015-04-01-utkast-om-nasta-resa/index.sv.md",
    );
    assert!(draft.contains("draft: true\n"), "{draft}");
    let page = read(&site, "content/om-foreningen/index.sv.md");
    assert!(page.contains("title: Om föreningen\n"), "{page}");
    for line in [
        "3  reports",
        "1  page\n",
        "1  of them a draft",
        "1  comments left out",
        "1  settings entries skipped",
        "1  template entries skipped",
    ] {
        assert!(run.stdout.contains(line), "{line} in {}", run.stdout);
    }
    assert!(!read(&site, REPORT).contains("Tack för rapporten"));
}

#[test]
fn blogger_comments_may_be_appended() {
    let work = tempfile::tempdir().expect("temp");
    let site = TestSite::new();
    let export = export_file(work.path(), "blog.xml", BLOGGER.as_bytes());
    import(&site, &["blogger", &export, "--comments", "append"]).assert_ok();
    site.build();
    let page = site.html("sv/reports/2014-05-26-rundabordssamtal-kazakstan/index.html");
    assert!(page
        .texts("article h2")
        .contains(&"Kommentarer".to_string()));
    assert_eq!(page.text("article blockquote"), "Tack för rapporten!");
}

#[test]
fn labels_differing_in_case_become_one_tag() {
    let work = tempfile::tempdir().expect("temp");
    let site = TestSite::new();
    let export = export_file(work.path(), "blog.xml", BLOGGER.as_bytes());
    import(&site, &["blogger", &export]).assert_ok();
    let later = read(
        &site,
        "content/reports/2015-03-02-besok-fran-almaty/index.sv.md",
    );
    assert!(later.contains("tags:\n- Hälsa\n"), "{later}");
    site.build();
    let term = site.html("sv/amnen/halsa/index.html");
    assert_eq!(term.count(".card"), 2);
}

#[test]
fn links_between_old_posts_lead_to_the_new_pages() {
    let work = tempfile::tempdir().expect("temp");
    let site = TestSite::new();
    let export = export_file(work.path(), "blog.xml", BLOGGER.as_bytes());
    import(&site, &["blogger", &export]).assert_ok();
    let later = read(
        &site,
        "content/reports/2015-03-02-besok-fran-almaty/index.sv.md",
    );
    assert!(
        later.contains("[förra året](../2014-05-26-rundabordssamtal-kazakstan/index.sv.md)"),
        "{later}"
    );
    site.build();
    let page = site.html("sv/reports/2015-03-02-besok-fran-almaty/index.html");
    assert!(page
        .attrs("article p a", "href")
        .contains(&"/sv/reports/2014-05-26-rundabordssamtal-kazakstan/".to_string()));
}

#[test]
fn photos_not_found_stay_remote_and_are_listed() {
    let work = tempfile::tempdir().expect("temp");
    let site = TestSite::new();
    let export = export_file(work.path(), "blog.xml", BLOGGER.as_bytes());
    let run = import(&site, &["blogger", &export]);
    run.assert_ok();
    assert!(
        run.stdout.contains("2  photos still on the old site"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(
            "content/reports/2015-03-02-besok-fran-almaty/index.sv.md: https://2.bp.blogspot.com/-q/s1600/sjukhus.jpg"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn importing_again_changes_nothing_and_a_newer_export_adds_only_new_posts() {
    let work = tempfile::tempdir().expect("temp");
    let site = TestSite::new();
    let export = export_file(work.path(), "blog.xml", BLOGGER.as_bytes());
    import(&site, &["blogger", &export]).assert_ok();
    let before = snapshot(site.root());
    let again = import(&site, &["blogger", &export]);
    again.assert_ok();
    assert!(again.stdout.contains("0  reports"), "{}", again.stdout);
    assert!(
        again.stdout.contains("4  already imported"),
        "{}",
        again.stdout
    );
    assert_eq!(snapshot(site.root()), before);

    // The author edits an imported report; a newer export adds one post.
    let edited = read(&site, REPORT).replace("Samtalen fortsatte", "Samtalen pågick");
    site.write(REPORT, edited.as_bytes());
    let newer = BLOGGER.replace("</feed>", LATER_POST);
    let export = export_file(work.path(), "blog-2016.xml", newer.as_bytes());
    let run = import(&site, &["blogger", &export]);
    run.assert_ok();
    assert!(run.stdout.contains("1  report\n"), "{}", run.stdout);
    assert_eq!(read(&site, REPORT), edited);
    assert!(site
        .root()
        .join("content/reports/2016-06-01-sommarmote/index.sv.md")
        .exists());
}

#[test]
fn a_file_the_import_did_not_write_is_never_overwritten() {
    let work = tempfile::tempdir().expect("temp");
    let mine = "---\ntitle: Min egen\ndate: 2014-05-26\n---\nMin text.\n";
    let site = TestSite::new().file(REPORT, mine);
    let export = export_file(work.path(), "blog.xml", BLOGGER.as_bytes());
    let run = import(&site, &["blogger", &export]);
    run.assert_ok();
    assert_eq!(read(&site, REPORT), mine);
    assert!(run
        .stdout
        .contains("were there already and were not overwritten"));
    assert!(run.stdout.contains(REPORT), "{}", run.stdout);
}

/// Every file under `root` with its bytes.
fn snapshot(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().display().to_string(),
                fs::read(e.path()).expect("read"),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn takeout_zip_is_read_with_its_photos() {
    let work = tempfile::tempdir().expect("temp");
    let site = TestSite::new();
    let zip_path = work.path().join("takeout-20260101.zip");
    {
        let file = fs::File::create(&zip_path).expect("zip");
        let mut zip = zip::ZipWriter::new(file);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("Takeout/Blogger/Blogs/Hälsobloggen/feed.atom", options)
            .expect("entry");
        std::io::Write::write_all(&mut zip, TAKEOUT.as_bytes()).expect("feed");
        zip.start_file("Takeout/Blogger/Albums/Hälsobloggen/bord.jpg", options)
            .expect("entry");
        std::io::Write::write_all(&mut zip, &photo()).expect("photo");
        zip.finish().expect("zip written");
    }
    let run = import(&site, &["blogger", zip_path.to_str().expect("utf-8")]);
    run.assert_ok();
    let text = read(&site, REPORT);
    assert!(text.contains("location: Astana, Kazakstan\n"), "{text}");
    assert!(
        text.contains("- /2014/05/rundabordssamtal-kazakstan.html\n"),
        "{text}"
    );
    assert!(text.contains("![](bord.jpg)"), "{text}");
    assert!(
        run.stdout.contains("1  deleted entries skipped"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("1  comments left out"),
        "{}",
        run.stdout
    );
    let draft = read(&site, "content/reports/2015-01-01-utkast/index.sv.md");
    assert!(draft.contains("draft: true"), "{draft}");
    site.build();
    assert!(site.exists("sv/reports/2014-05-26-rundabordssamtal-kazakstan/bord.jpg"));
    assert!(site.exists("2014/05/rundabordssamtal-kazakstan.html"));
}

#[test]
fn takeout_feed_with_undeclared_prefix_is_read() {
    let work = tempfile::tempdir().expect("temp");
    let site = TestSite::new();
    let hand_edited = TAKEOUT.replace(
        " xmlns:blogger='http://schemas.google.com/blogger/2018'",
        "",
    );
    let export = export_file(work.path(), "feed.atom", hand_edited.as_bytes());
    import(&site, &["blogger", &export]).assert_ok();
    assert!(read(&site, REPORT).contains("location: Astana, Kazakstan"));
}

#[test]
fn broken_export_is_an_error_with_file_and_line() {
    let work = tempfile::tempdir().expect("temp");
    let site = TestSite::new();
    let export = export_file(work.path(), "blog.xml", b"<feed>\n<entry>\n</feed>\n");
    let run = import(&site, &["blogger", &export]);
    assert_eq!(run.status, 1);
    assert!(run.stderr.contains("blog.xml:3:"), "{}", run.stderr);
    assert!(
        run.stderr.contains("export the file again"),
        "{}",
        run.stderr
    );
}

#[test]
fn wordpress_export_with_captions_covers_and_translations() {
    let work = tempfile::tempdir().expect("temp");
    let site = TestSite::new();
    let export = export_file(work.path(), "wordpress.xml", WXR.as_bytes());
    let images = work.path().join("uploads");
    export_file(&images, "2014/05/table.jpg", &photo());
    let run = import(
        &site,
        &[
            "wordpress",
            &export,
            "--images",
            images.to_str().expect("utf-8"),
        ],
    );
    run.assert_ok();
    assert!(run.stdout.contains("4  reports"), "{}", run.stdout);
    assert!(run.stdout.contains("1  page\n"), "{}", run.stdout);
    assert!(run.stdout.contains("1  of them a draft"), "{}", run.stdout);
    assert!(
        run.stdout.contains("`nav_menu_item` entries skipped"),
        "{}",
        run.stdout
    );
    let en = read(
        &site,
        "content/reports/2014-05-26-round-table-astana/index.en.md",
    );
    assert!(en.contains("date: 2014-05-26T10:30:00+06:00\n"), "{en}");
    assert!(en.contains("author: Anna Berg\n"), "{en}");
    assert!(en.contains("cover: table.jpg\n"), "{en}");
    assert!(en.contains("translation: pll_1\n"), "{en}");
    assert!(en.contains("- /2014/05/round-table-astana/\n"), "{en}");
    let private = read(
        &site,
        "content/reports/2015-01-01-internal-notes/index.sv.md",
    );
    assert!(private.contains("draft: true"), "{private}");

    site.build();
    let page = site.html("en/reports/2014-05-26-round-table-astana/index.html");
    assert_eq!(
        page.text("figure figcaption"),
        "Around the table at the ministry"
    );
    assert!(page.attr("figure img", "src").ends_with("/table-64.jpg"));
    assert_eq!(page.attr("figure img", "alt"), "The table");
    let paragraphs = page.texts("article p");
    assert!(paragraphs.contains(&"The delegation arrived on Monday.".to_string()));
    assert!(paragraphs.contains(&"The talks began at ten.".to_string()));
    // The translations are paired: the switcher leads to the Swedish version.
    assert!(page
        .attrs("a[hreflang=sv]", "href")
        .contains(&"/sv/reports/2014-05-26-rundabordssamtal-astana/".to_string()));
    let old = site.html("2014/05/round-table-astana/index.html");
    assert_eq!(
        old.attr("a", "href"),
        "/en/reports/2014-05-26-round-table-astana/"
    );
    assert!(!site.exists("en/reports/2099-01-01-next-meeting/index.html"));
    let check = site.run(&["check"]);
    assert!(check.stdout.contains("check: 0 errors"), "{}", check.stdout);
    assert!(
        check.stdout.contains(
            "2099-01-01  content/reports/2099-01-01-next-meeting/index.en.md  Next meeting"
        ),
        "{}",
        check.stdout
    );
}

#[test]
fn alias_at_an_address_a_page_has_is_an_error() {
    let site = TestSite::new()
        .file(
            "content/reports/a.sv.md",
            "---\ntitle: A\ndate: 2020-01-01\naliases: [/old.html]\n---\nx\n",
        )
        .file(
            "content/reports/b.sv.md",
            "---\ntitle: B\ndate: 2020-01-02\naliases: [/old.html, /sv/reports/a/]\n---\nx\n",
        );
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1);
    assert!(run.stderr.contains("/old.html"), "{}", run.stderr);
    assert!(run.stderr.contains("/sv/reports/a/"), "{}", run.stderr);
    assert!(
        run.stderr.contains("content/reports/b.sv.md"),
        "{}",
        run.stderr
    );
}

#[test]
fn alias_outside_the_site_is_located() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2020-01-01\naliases:\n  - /../../etc/passwd\n---\nx\n",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("content/reports/a.sv.md:4"),
        "{}",
        run.stderr
    );
}

/// A small bilingual Hugo site: TOML, YAML and JSON front matter, a year
/// folder, a page bundle with a photo, aliases, shortcodes and static/.
fn hugo_site(dir: &Path) -> String {
    let files: &[(&str, &str)] = &[
        (
            "hugo.toml",
            "baseURL = \"https://example.org/\"\ndefaultContentLanguage = \"sv\"\n[languages.sv]\nweight = 1\n[languages.en]\nweight = 2\n",
        ),
        ("content/nyheter/_index.md", "---\ntitle: Nyheter\n---\nNyheter från föreningen.\n"),
        ("content/nyheter/2014/_index.md", "---\ntitle: \"2014\"\n---\n"),
        (
            "content/nyheter/2014/kazakstan.md",
            "+++\ntitle = \"Rundabordssamtal i Kazakstan\"\ndate = 2014-05-26T10:00:00+06:00\naliases = [\"/2014/05/rundabordssamtal-kazakstan.html\", \"gammal-adress/\"]\nimage = \"/images/logo.png\"\nimage_credit = \"Foto: Anna\"\nweight = 3\ntags = [\"Hälsa\"]\n[menu.main]\nname = \"Kazakstan\"\n+++\nDelegationen kom fram.\n\n{{< figure src=\"/images/logo.png\" alt=\"Logotypen\" caption=\"Föreningens logotyp\" >}}\n\nSe {{< youtube dQw4w9WgXcQ >}} och [fallstudien]({{< ref \"astana\" >}}).\n\n{{< gallery dir=\"/bilder/\" >}}\n",
        ),
        (
            "content/nyheter/2014/kazakstan.en.md",
            "---\ntitle: Round table in Kazakhstan\ntags: [Health]\n---\nThe delegation arrived.\n",
        ),
        (
            "content/fallstudier/astana/index.md",
            "+++\ntitle = \"Fallstudie Astana\"\ndate = \"2015-02-01\"\npublishDate = \"2099-01-01\"\nurl = \"/fallstudier/astana-2015/\"\nfeatured_image = \"foto.jpg\"\n+++\n![Sjukhuset](foto.jpg)\n",
        ),
        ("content/fallstudier/astana/foto.jpg", "JPEG"),
        ("content/om.md", "{\n  \"title\": \"Om oss\",\n  \"layout\": \"single\"\n}\nVi är en förening.\n"),
        ("static/images/logo.png", "PNG"),
    ];
    for (path, text) in files {
        export_file(&dir.join("hugo"), path, text.as_bytes());
    }
    let photo = crate::support::jpeg(64, 48);
    export_file(
        &dir.join("hugo"),
        "content/fallstudier/astana/foto.jpg",
        &photo,
    );
    dir.join("hugo").to_str().expect("utf-8").to_string()
}

#[test]
fn hugo_site_comes_home_with_its_front_matter_bundles_and_old_addresses() {
    let work = tempfile::tempdir().expect("temp");
    let site = TestSite::new();
    let hugo = hugo_site(work.path());
    let run = import(&site, &["hugo", &hugo]);
    // The Hugo site links from a published report to one scheduled for
    // 2099: a plain build would refuse it, and the check after the import
    // says so (`build --future` below publishes both).
    assert_eq!(run.status, 1, "{}", run.stdout);
    assert!(run.stdout.contains("check: 1 error,"), "{}", run.stdout);
    assert!(
        run.stdout.contains("content/nyheter/kazakstan.sv.md:23:54"),
        "{}",
        run.stdout
    );
    let sv = read(&site, "content/nyheter/kazakstan.sv.md");
    for line in [
        "date: 2014-05-26T10:00:00+06:00\n",
        "cover: /images/logo.png\n",
        "- /2014/05/rundabordssamtal-kazakstan.html\n",
        "  image_credit: 'Foto: Anna'\n",
        "  weight: 3\n",
        "![Logotypen](/images/logo.png \"Föreningens logotyp\")",
        "<https://www.youtube.com/watch?v=dQw4w9WgXcQ>",
        "[fallstudien](../fallstudier/astana/index.sv.md)",
    ] {
        assert!(sv.contains(line), "{line} in {sv}");
    }
    assert!(
        run.stdout
            .contains("kazakstan.md:18: the shortcode `{{< gallery >}}`"),
        "{}",
        run.stdout
    );
    assert!(read(&site, "content/om.sv.md").contains("extra:\n  layout: single\n"));
    assert!(read(&site, "content/nyheter/_index.sv.md").contains("title: Nyheter"));

    site.run(&["build", "--future"]).assert_ok();
    let page = site.html("sv/nyheter/kazakstan/index.html");
    assert_eq!(page.text("figure figcaption"), "Föreningens logotyp");
    assert_eq!(page.attr("figure img", "src"), "/images/logo.png");
    assert!(site.exists("images/logo.png"));
    assert!(site.exists("sv/fallstudier/astana-2015/foto.jpg"));
    // The year folder is flattened: the section's listing has the report and its intro.
    let listing = site.html("sv/nyheter/index.html");
    assert_eq!(listing.count(".card"), 1);
    assert!(listing
        .texts("p")
        .contains(&"Nyheter från föreningen.".to_string()));
    // The old addresses redirect; the translation is paired by its file name.
    let old = site.html("2014/05/rundabordssamtal-kazakstan.html");
    assert_eq!(old.attr("a", "href"), "/sv/nyheter/kazakstan/");
    // Hugo's own addresses, worked out from the paths, redirect too.
    let old = site.html("nyheter/2014/kazakstan/index.html");
    assert_eq!(old.attr("a", "href"), "/sv/nyheter/kazakstan/");
    let old = site.html("en/nyheter/2014/kazakstan/index.html");
    assert_eq!(old.attr("a", "href"), "/en/nyheter/kazakstan/");
    let old = site.html("nyheter/2014/gammal-adress/index.html");
    assert_eq!(old.attr("a", "href"), "/sv/nyheter/kazakstan/");
    let old = site.html("om/index.html");
    assert_eq!(old.attr("a", "href"), "/sv/om/");
    let old = site.html("fallstudier/astana-2015/index.html");
    assert_eq!(old.attr("a", "href"), "/sv/fallstudier/astana-2015/");
    assert!(page
        .attrs("a[hreflang=en]", "href")
        .contains(&"/en/nyheter/kazakstan/".to_string()));
}

#[test]
fn report_with_publish_date_to_come_waits_unless_future() {
    let site = TestSite::new().file(
        "content/reports/snart.sv.md",
        "---\ntitle: Snart\ndate: 2020-01-01\npublish_date: 2099-01-01\n---\nx\n",
    );
    site.build();
    assert!(!site.exists("sv/reports/snart/index.html"));
    site.run(&["build", "--future"]).assert_ok();
    assert!(site.exists("sv/reports/snart/index.html"));
    let check = site.run(&["check"]);
    check.assert_ok();
    assert!(
        check
            .stdout
            .contains("2099-01-01  content/reports/snart.sv.md  Snart"),
        "{}",
        check.stdout
    );
}

#[test]
fn check_warns_of_shortcodes_left_in_the_text() {
    let site = TestSite::new().file(
        "content/reports/a.sv.md",
        "---\ntitle: A\ndate: 2020-01-01\n---\nText.\n\n```\n{{< kod >}}\n```\n\nSe {{< youtube abc >}} här.\n",
    );
    let check = site.run(&["check"]);
    assert_eq!(check.status, 0, "{}", check.stdout);
    assert!(
        check.stdout.contains("content/reports/a.sv.md:11:4"),
        "{}",
        check.stdout
    );
    assert!(
        check.stdout.contains("check: 0 errors, 1 warning"),
        "{}",
        check.stdout
    );
    let strict = site.run(&["check", "--strict"]);
    assert_eq!(strict.status, 1);
    let build = site.run(&["build"]);
    build.assert_ok();
    assert!(
        build
            .stderr
            .contains("1 shortcode of another site generator is left"),
        "{}",
        build.stderr
    );
}

#[test]
fn section_with_reports_in_year_folders_lists_them_all_with_its_intro() {
    let site = TestSite::new()
        .file(
            "content/nyheter/_index.sv.md",
            "---\ntitle: Nyheter\n---\nIntro om nyheterna.\n",
        )
        .file(
            "content/nyheter/2014/a.sv.md",
            &crate::support::report("A", "2014-01-01", "x"),
        )
        .file(
            "content/nyheter/2015/b.sv.md",
            &crate::support::report("B", "2015-01-01", "x"),
        );
    site.build();
    let listing = site.html("sv/nyheter/index.html");
    assert_eq!(listing.texts(".card h2"), ["B", "A"]);
    assert!(listing
        .texts("p")
        .contains(&"Intro om nyheterna.".to_string()));
    assert!(site.exists("sv/nyheter/2014/index.html"));
}
