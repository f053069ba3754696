//! `rapport import`'s safety net: every site-relative link and image of
//! the old site that the new one would not answer is rewritten, so the
//! first `check` has no error and the first `build` succeeds, and every
//! change is listed; the old tag, category, label and further listing
//! pages redirect to rapport's; either site may live under a path. The
//! old addresses are written out here by hand from the fixtures' own
//! rules, never worked out by the importer's code.

use std::fs;
use std::path::Path;

use crate::import::{import, read};
use crate::support::{Page, TestSite};

fn put(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    fs::write(path, text).expect("write");
}

/// The output file that answers `address` (a path of the site at `base`).
fn served(base: &str, address: &str) -> String {
    let path = address
        .strip_prefix(base)
        .unwrap_or(address)
        .trim_start_matches('/');
    let path = path.split('#').next().unwrap_or(path);
    // A name with an extension is a file; anything else a folder's index.
    if path
        .rsplit('/')
        .next()
        .is_some_and(|name| name.contains('.'))
    {
        path.to_string()
    } else {
        format!("{path}index.html")
    }
}

/// Where the page at `address` leads: itself, or its redirect's target
/// (which must be there too).
#[track_caller]
fn lands_on(site: &TestSite, base: &str, address: &str) -> String {
    let file = served(base, address);
    assert!(site.exists(&file), "nothing answers {address} ({file})");
    let page = site.html(&file);
    match page.attrs("meta[http-equiv=refresh]", "content").first() {
        Some(content) => {
            let url = content
                .split_once("url=")
                .map(|(_, u)| u.trim().to_string())
                .unwrap_or_else(|| panic!("{address}: refresh without url"));
            assert!(
                site.exists(&served(base, &url)),
                "{address} redirects to {url}, which is not there"
            );
            url
        }
        None => address.to_string(),
    }
}

/// The links of a page's article by their words: (words, address).
fn links(page: &Page) -> Vec<(String, String)> {
    let words = page.texts("main a");
    let hrefs = page.attrs("main a", "href");
    words.into_iter().zip(hrefs).collect()
}

/// The address the build gave the link with these words, if it is a link.
fn href(page: &Page, words: &str) -> Option<String> {
    links(page)
        .into_iter()
        .find(|(w, _)| w.trim() == words)
        .map(|(_, h)| h)
}

/// The output file a link of the page at `dir` (an output folder) leads to.
fn target_of(dir: &str, href: &str) -> String {
    let href = href.split(['#', '?']).next().unwrap_or(href);
    if let Some(rooted) = href.strip_prefix('/') {
        return served("", rooted);
    }
    let mut parts: Vec<&str> = dir.trim_end_matches('/').split('/').collect();
    for part in href.split('/') {
        match part {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            p => parts.push(p),
        }
    }
    let joined = parts.join("/");
    if href.ends_with('/') {
        served("", &format!("/{joined}/"))
    } else {
        served("", &format!("/{joined}"))
    }
}

/// A bilingual Hugo site (and a French page the new site has no
/// language for) whose posts link to everything a Hugo post links to.
fn hugo_site(dir: &Path, base_url: &str) -> String {
    let hugo = dir.join("hugo");
    put(
        &hugo,
        "hugo.toml",
        &format!(
            "baseURL = \"{base_url}\"\ndefaultContentLanguage = \"sv\"\npaginate = 1\n\
             [languages.sv]\nweight = 1\n[languages.en]\nweight = 2\n[languages.fr]\nweight = 3\n\
             [taxonomies]\ntag = \"tags\"\ncategory = \"categories\"\n\
             [[module.mounts]]\nsource = \"bilder\"\ntarget = \"static/bilder\"\n"
        ),
    );
    put(
        &hugo,
        "content/nyheter/halsa.md",
        "---\ntitle: Hälsodagen\ndate: 2015-03-01\ntags: [Hälsa]\ncategories: [Möten]\n---\n\
         Om [ämnet](/tags/halsa/) och [kategorin](/categories/moten/) och \
         [en okänd etikett](/tags/finns-inte/).\n\n\
         Läs [mötet](/nyheter/mote/#dagordning), [samma med fråga](/nyheter/mote/?ref=x) \
         och [det relativa](../mote/).\n\n\
         Se [listan](/nyheter/), [sidan två](/page/2/), [den franska](/fr/nyheter/mote/), \
         [en död länk](/finns/inte/) och [en annan webbplats](//example.com/x).\n\n\
         Hämta [protokollet](/protokoll.pdf) och [bilagan](/bilder/bilaga.pdf).\n\n\
         Eller <a href=\"/categories/moten/\">alla möten</a> och \
         <a href=\"/gammal/sida/\">en gammal sida</a> i HTML.\n\n\
         ![Affischen](/bilder/affisch.jpg)\n\n\
         ![Kartan](karta/plats.jpg)\n\n\
         Följ [flödet](/index.xml).\n\n\
         ![Bilden som saknas](/bilder/saknas.jpg \"Bildtexten\")\n\n\
         ![Tom]( \"Bara en bildtext\")\n\n\
         Till [en sida som inte finns]({{< relref \"finns-ej.md\" >}}).\n",
    );
    put(
        &hugo,
        "content/nyheter/mote.md",
        "---\ntitle: Mötet\ndate: 2015-02-01\ntags: [Hälsa]\n---\n## Dagordning\n\nVi möttes.\n",
    );
    put(
        &hugo,
        "content/nyheter/mote.en.md",
        "---\ntitle: The meeting\ndate: 2015-02-01\ntags: [Health]\n---\nWe met. See [the tag](/en/tags/health/).\n",
    );
    put(
        &hugo,
        "content/nyheter/mote.fr.md",
        "---\ntitle: La réunion\ndate: 2015-02-01\n---\nNous nous sommes réunis.\n",
    );
    put(&hugo, "static/protokoll.pdf", "%PDF-1.4 protokoll\n");
    put(&hugo, "bilder/bilaga.pdf", "%PDF-1.4 bilaga\n");
    fs::write(
        hugo.join("bilder/affisch.jpg"),
        crate::support::jpeg(40, 30),
    )
    .expect("photo");
    // Found by the theme's render hook from the root of assets/.
    put(&hugo, "assets/karta/.keep", "");
    fs::write(
        hugo.join("assets/karta/plats.jpg"),
        crate::support::jpeg(30, 20),
    )
    .expect("map");
    hugo.to_str().expect("utf-8").to_string()
}

#[test]
fn every_link_and_image_of_a_hugo_site_builds_or_is_said() {
    let work = tempfile::tempdir().expect("temp");
    let hugo = hugo_site(work.path(), "https://example.org/");
    let site = TestSite::new();
    let run = import(&site, &["hugo", &hugo]);
    assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    let check = site.run(&["check"]);
    assert!(check.stdout.contains("check: 0 errors"), "{}", check.stdout);
    site.run(&["build"]).assert_ok();

    let dir = "sv/nyheter/halsa/";
    let page = site.html(&format!("{dir}index.html"));
    // Every link of the article that stays in the site leads to a file of the build.
    for (words, href) in links(&page) {
        if href.contains("://") || href.starts_with("//") || href.starts_with('#') {
            continue;
        }
        let file = target_of(dir, &href);
        assert!(
            site.exists(&file),
            "“{words}” → {href} ({file}) is not there"
        );
    }
    // Tag and category pages lead to rapport's tag pages; an unknown tag to their index.
    assert_eq!(href(&page, "ämnet").as_deref(), Some("/sv/amnen/halsa/"));
    assert_eq!(
        href(&page, "kategorin").as_deref(),
        Some("/sv/amnen/moten/")
    );
    assert_eq!(
        href(&page, "alla möten").as_deref(),
        Some("/sv/amnen/moten/")
    );
    assert_eq!(
        href(&page, "en okänd etikett").as_deref(),
        Some("/sv/amnen/")
    );
    // Imported pages, with their fragment, whatever the query or relative form.
    assert_eq!(
        href(&page, "mötet").as_deref(),
        Some("/sv/nyheter/mote/#dagordning")
    );
    assert_eq!(
        href(&page, "samma med fråga").as_deref(),
        Some("/sv/nyheter/mote/")
    );
    assert_eq!(
        href(&page, "det relativa").as_deref(),
        Some("/sv/nyheter/mote/")
    );
    // Listings, further listing pages, files of static/ and of a mount.
    assert_eq!(href(&page, "listan").as_deref(), Some("/sv/nyheter/"));
    assert_eq!(href(&page, "flödet").as_deref(), Some("/sv/atom.xml"));
    assert_eq!(href(&page, "sidan två").as_deref(), Some("/sv/"));
    assert_eq!(
        href(&page, "protokollet").as_deref(),
        Some("/protokoll.pdf")
    );
    assert_eq!(
        href(&page, "bilagan").as_deref(),
        Some("/bilder/bilaga.pdf")
    );
    assert_eq!(
        fs::read(site.output("bilder/bilaga.pdf")).expect("copied"),
        b"%PDF-1.4 bilaga\n"
    );
    assert_eq!(
        href(&page, "en annan webbplats").as_deref(),
        Some("//example.com/x")
    );
    // What leads nowhere stays as words, not as a link.
    let main = page.text("main");
    for words in [
        "den franska",
        "en död länk",
        "en gammal sida",
        "en sida som inte finns",
    ] {
        assert_eq!(href(&page, words), None, "{words}");
        assert!(main.contains(words), "{words}: {main}");
    }
    // The mounted photo came into the bundle; the missing one and the
    // empty one left their words.
    let report = read(&site, "content/nyheter/halsa.sv.md");
    assert!(report.contains("![Affischen](affisch.jpg)"), "{report}");
    assert!(site.root().join("content/nyheter/affisch.jpg").is_file());
    let alts = page.attrs("main img", "alt");
    assert!(alts.iter().any(|a| a == "Affischen"), "{alts:?}");
    assert!(alts.iter().any(|a| a == "Kartan"), "{alts:?}");
    assert!(report.contains("![Kartan](plats.jpg)"), "{report}");
    assert!(!alts.iter().any(|a| a == "Bilden som saknas" || a == "Tom"));
    assert!(main.contains("Bilden som saknas"), "{main}");
    assert!(main.contains("Tom"), "{main}");

    // Each change is listed: file, what, why.
    for line in [
        "the link to `/tags/halsa/` now leads to `/sv/amnen/halsa/` (a tag page of the old site)",
        "the link to `/finns/inte/` is kept as text (no page or file of the new site has that address)",
        "the link to `/fr/nyheter/mote/` is kept as text (a page in a language (fr) this site does not have)",
        "the image `/bilder/saknas.jpg` is left out, its words kept as text",
        "the image `/bilder/affisch.jpg` is now `affisch.jpg` (copied from the old site's bilder/affisch.jpg)",
        "the link to `/page/2/` now leads to `/sv/` (a further listing page of the old site)",
    ] {
        assert!(
            run.stdout
                .lines()
                .any(|l| l.contains("content/nyheter/halsa.sv.md: ") && l.contains(line)),
            "{line}\n{}",
            run.stdout
        );
    }

    // The old addresses, by Hugo's rules: pages (Swedish at the root,
    // English under /en/), listings, term pages (urlize keeps `ä`) of both taxonomies and
    // both languages, and with `paginate = 1` the further pages of the
    // home, the section and the tag that has two posts.
    let kept = [
        ("/nyheter/halsa/", "/nyheter/halsa/"),
        ("/nyheter/mote/", "/sv/nyheter/mote/"),
        ("/en/nyheter/mote/", "/en/nyheter/mote/"),
        ("/nyheter/", "/sv/nyheter/"),
        ("/en/nyheter/", "/en/nyheter/"),
        ("/tags/hälsa/", "/sv/amnen/halsa/"),
        ("/categories/möten/", "/sv/amnen/moten/"),
        ("/en/tags/health/", "/en/topics/health/"),
        ("/page/2/", "/sv/"),
        ("/nyheter/page/2/", "/sv/nyheter/"),
        ("/tags/hälsa/page/2/", "/sv/amnen/halsa/"),
    ];
    for (old, new) in kept {
        let landed = lands_on(&site, "", old);
        if old != "/nyheter/halsa/" {
            assert_eq!(landed, new, "{old}");
        }
    }
    // The French page is left out, and its address said lost.
    assert!(
        run.stdout.contains(&format!(
            "{}  old addresses found, {} kept",
            kept.len() + 1,
            kept.len()
        )),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with("  /fr/nyheter/mote/:")),
        "{}",
        run.stdout
    );

    // A second import changes nothing: it finds the redirects and copies
    // the first wrote, and makes the same choices.
    let again = import(&site, &["hugo", &hugo]);
    assert_eq!(again.status, 0, "{}", again.stdout);
    assert!(again.stdout.contains("    0  reports"), "{}", again.stdout);
    assert!(
        again.stdout.contains("    3  already imported"),
        "{}",
        again.stdout
    );
    assert!(
        !again.stdout.contains("brought up to date"),
        "{}",
        again.stdout
    );
}

#[test]
fn a_site_under_a_path_keeps_its_listing_and_page_addresses() {
    // The old site and the new one at https://example.org/blog/.
    let work = tempfile::tempdir().expect("temp");
    let hugo = hugo_site(work.path(), "https://example.org/blog/");
    let site = TestSite::new().file(
        "site.yaml",
        "base_url: https://example.org/blog/\ndefault_language: sv\nlanguages: [sv, en]\n",
    );
    let run = import(&site, &["hugo", &hugo]);
    assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    site.run(&["build"]).assert_ok();
    for (old, new) in [
        ("/blog/nyheter/", "/blog/sv/nyheter/"),
        ("/blog/en/nyheter/", "/blog/en/nyheter/"),
        ("/blog/tags/hälsa/", "/blog/sv/amnen/halsa/"),
        ("/blog/page/2/", "/blog/sv/"),
    ] {
        assert_eq!(lands_on(&site, "/blog/", old), new, "{old}");
    }
    let moved = lands_on(&site, "/blog/", "/blog/nyheter/mote/");
    assert!(moved.ends_with("/sv/nyheter/mote/"), "{moved}");
    assert!(site.exists(&served("/blog/", &moved)), "{moved}");

    // The old site under /blog/, the new one at the root of the same host.
    let site = TestSite::new();
    let run = import(&site, &["hugo", &hugo]);
    assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    site.run(&["build"]).assert_ok();
    for (old, new) in [
        ("/blog/nyheter/", "/sv/nyheter/"),
        ("/blog/en/nyheter/", "/en/nyheter/"),
        ("/blog/tags/hälsa/", "/sv/amnen/halsa/"),
    ] {
        assert_eq!(lands_on(&site, "", old), new, "{old}");
    }
    assert_eq!(
        lands_on(&site, "", "/blog/nyheter/mote/"),
        "/sv/nyheter/mote/"
    );
    assert!(!site.exists("nyheter/index.html"));
}

#[test]
fn wordpress_and_blogger_term_pages_lead_to_the_tag_pages() {
    let work = tempfile::tempdir().expect("temp");
    let wxr = r#"<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Hälsa</title><link>https://halsa.example.org/blogg</link><language>sv-SE</language>
<wp:base_site_url>https://halsa.example.org/blogg</wp:base_site_url>
<item><title>Vårmötet</title><link>https://halsa.example.org/blogg/2015/04/varmotet/</link>
<content:encoded><![CDATA[Vi möttes. Se <a href="/blogg/tag/halsa/">hälsa</a>, <a href="/blogg/page/3/">äldre</a> och <a href="/blogg/wp-content/uploads/saknas.pdf">bilagan</a>.]]></content:encoded>
<category domain="category" nicename="moten"><![CDATA[Möten]]></category>
<category domain="post_tag" nicename="halsa"><![CDATA[Hälsa]]></category>
<wp:post_id>3</wp:post_id><wp:post_date>2015-04-01 10:00:00</wp:post_date><wp:post_name>varmotet</wp:post_name>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
</channel></rss>"#;
    let path = work.path().join("wp.xml");
    fs::write(&path, wxr).expect("export");
    let site = TestSite::new();
    let run = import(&site, &["wordpress", path.to_str().expect("utf-8")]);
    assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    let check = site.run(&["check"]);
    assert!(check.stdout.contains("check: 0 errors"), "{}", check.stdout);
    site.run(&["build"]).assert_ok();
    for (old, new) in [
        ("/blogg/category/moten/", "/sv/amnen/moten/"),
        ("/blogg/tag/halsa/", "/sv/amnen/halsa/"),
    ] {
        assert_eq!(lands_on(&site, "", old), new, "{old}");
    }
    let page = site.html("sv/reports/2015-04-01-varmotet/index.html");
    assert_eq!(href(&page, "hälsa").as_deref(), Some("/sv/amnen/halsa/"));
    assert_eq!(href(&page, "äldre").as_deref(), Some("/sv/"));
    // A file left on the old site is linked where it is, as photos are.
    assert_eq!(
        href(&page, "bilagan").as_deref(),
        Some("https://halsa.example.org/blogg/wp-content/uploads/saknas.pdf")
    );
    assert!(
        run.stdout.contains("3  old addresses found, 3 kept"),
        "{}",
        run.stdout
    );

    let atom = r#"<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns='http://www.w3.org/2005/Atom' xmlns:app='http://purl.org/atom/app#'>
<id>tag:blogger.com,1999:blog-1</id><title type='text'>Hälsa</title>
<link rel='alternate' type='text/html' href='https://halsa.blogspot.com/'/>
<entry><id>tag:blogger.com,1999:blog-1.post-11</id><published>2016-05-01T10:00:00.000+02:00</published>
<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>
<category scheme='http://www.blogger.com/atom/ns#' term='Hälsa'/>
<title type='text'>Sommarmötet</title>
<content type='html'>Se &lt;a href="/search/label/H%C3%A4lsa"&gt;alla&lt;/a&gt; och &lt;a href="/p/gammal.html"&gt;den gamla sidan&lt;/a&gt;.</content>
<link rel='alternate' type='text/html' href='https://halsa.blogspot.com/2016/05/sommarmotet.html' title='Sommarmötet'/>
</entry></feed>"#;
    let path = work.path().join("blogger.xml");
    fs::write(&path, atom).expect("export");
    let site = TestSite::new();
    let run = import(&site, &["blogger", path.to_str().expect("utf-8")]);
    assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    site.run(&["build"]).assert_ok();
    assert_eq!(
        lands_on(&site, "", "/search/label/Hälsa/"),
        "/sv/amnen/halsa/"
    );
    assert_eq!(
        lands_on(&site, "", "/2016/05/sommarmotet.html"),
        "/sv/reports/2016-05-01-sommarmotet/"
    );
    let page = site.html("sv/reports/2016-05-01-sommarmotet/index.html");
    assert_eq!(href(&page, "alla").as_deref(), Some("/sv/amnen/halsa/"));
    assert_eq!(href(&page, "den gamla sidan"), None);
    assert!(
        run.stdout.contains("2  old addresses found, 2 kept"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_link_to_a_draft_of_the_site_becomes_text_and_is_said() {
    // The site has a draft at an address a post links to: it has no page
    // in a build, so the link would block it.
    let work = tempfile::tempdir().expect("temp");
    let hugo = work.path().join("hugo");
    put(
        &hugo,
        "content/nyheter/mote.md",
        "---\ntitle: Mötet\ndate: 2015-02-01\n---\nSe [utkastet](/sv/reports/utkast/) och [hemmet](/sv/).\n",
    );
    let site = TestSite::new().file(
        "content/reports/utkast/index.sv.md",
        "---\ntitle: Utkast\ndate: 2015-01-01\ndraft: true\n---\nEj klart.\n",
    );
    let run = import(&site, &["hugo", hugo.to_str().expect("utf-8")]);
    assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    site.run(&["build"]).assert_ok();
    let page = site.html("sv/nyheter/mote/index.html");
    assert_eq!(href(&page, "utkastet"), None);
    assert!(page.text("main").contains("utkastet"));
    assert_eq!(href(&page, "hemmet").as_deref(), Some("/sv/"));
    assert!(
        run.stdout.lines().any(|l| l
            == "  content/nyheter/mote.sv.md: the link to `/sv/reports/utkast/` is kept as text (no page or file of the new site has that address)"),
        "{}",
        run.stdout
    );
    // A second import finds the file as it left it.
    let again = import(&site, &["hugo", hugo.to_str().expect("utf-8")]);
    assert_eq!(again.status, 0, "{}", again.stdout);
    assert!(
        again.stdout.contains("    1  already imported"),
        "{}",
        again.stdout
    );
}

#[test]
fn wordpress_further_listing_pages_lead_to_the_first() {
    // Eleven posts with one tag: WordPress, ten to a page, had a second
    // page of the home and of the tag.
    let work = tempfile::tempdir().expect("temp");
    let items: String = (1..=11)
        .map(|n| {
            format!(
                "<item><title>Möte {n}</title><link>https://halsa.example.org/2015/04/mote-{n}/</link>\
                 <content:encoded><![CDATA[Vi möttes.]]></content:encoded>\
                 <category domain=\"post_tag\" nicename=\"halsa\"><![CDATA[Hälsa]]></category>\
                 <wp:post_id>{n}</wp:post_id><wp:post_date>2015-04-{n:02} 10:00:00</wp:post_date>\
                 <wp:post_name>mote-{n}</wp:post_name><wp:status>publish</wp:status>\
                 <wp:post_type>post</wp:post_type></item>\n"
            )
        })
        .collect();
    let wxr = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<rss version=\"2.0\" \
         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" \
         xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel><title>Hälsa</title>\
         <link>https://halsa.example.org</link><language>sv-SE</language>\n{items}</channel></rss>"
    );
    let path = work.path().join("wp.xml");
    fs::write(&path, wxr).expect("export");
    let site = TestSite::new();
    let run = import(&site, &["wordpress", path.to_str().expect("utf-8")]);
    assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    site.run(&["build"]).assert_ok();
    for (old, new) in [
        ("/page/2/", "/sv/"),
        ("/tag/halsa/", "/sv/amnen/halsa/"),
        ("/tag/halsa/page/2/", "/sv/amnen/halsa/"),
        ("/2015/04/mote-11/", "/sv/reports/2015-04-11-mote-11/"),
    ] {
        assert_eq!(lands_on(&site, "", old), new, "{old}");
    }
    assert!(
        run.stdout.contains("14  old addresses found, 14 kept"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_hugo_site_in_one_language_comes_in_in_its_language_code() {
    let work = tempfile::tempdir().expect("temp");
    let hugo = work.path().join("hugo");
    put(
        &hugo,
        "config.yaml",
        "baseURL: https://data.example.org/\nlanguageCode: en-us\n",
    );
    put(
        &hugo,
        "content/news/launch.md",
        "---\ntitle: The launch\ndate: 2022-06-21\n---\nWe launched.\n",
    );
    let site = TestSite::new();
    let run = import(&site, &["hugo", hugo.to_str().expect("utf-8")]);
    assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(site.root().join("content/news/launch.en.md").is_file());
    site.run(&["build"]).assert_ok();
    assert_eq!(lands_on(&site, "", "/news/launch/"), "/en/news/launch/");
    // --lang says otherwise.
    let site = TestSite::new();
    let run = import(
        &site,
        &["hugo", hugo.to_str().expect("utf-8"), "--lang", "sv"],
    );
    assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(site.root().join("content/news/launch.sv.md").is_file());
}

#[test]
fn a_page_at_an_address_rapport_makes_itself_gets_another_name() {
    // Hugo's search page in English, and an alias at the Swedish archive.
    let work = tempfile::tempdir().expect("temp");
    let hugo = work.path().join("hugo");
    put(
        &hugo,
        "hugo.toml",
        "defaultContentLanguage = \"en\"\n[languages.en]\nweight = 1\n[languages.sv]\nweight = 2\n",
    );
    put(
        &hugo,
        "content/search.md",
        "---\ntitle: Search\nlayout: search\n---\nSearch the site.\n",
    );
    put(
        &hugo,
        "content/news/meeting.md",
        "---\ntitle: The meeting\ndate: 2015-02-01\naliases: [/sv/arkiv/]\n---\nWe met.\n",
    );
    let site = TestSite::new();
    let run = import(&site, &["hugo", hugo.to_str().expect("utf-8")]);
    assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    let check = site.run(&["check"]);
    assert!(check.stdout.contains("check: 0 errors"), "{}", check.stdout);
    site.run(&["build"]).assert_ok();
    assert!(!site.root().join("content/search.en.md").exists());
    assert!(
        run.stdout
            .contains("/en/search/ is the search, archive or taxonomy page rapport makes itself"),
        "{}",
        run.stdout
    );
    // rapport's own search page is still there; the imported one is beside it.
    assert!(!site
        .html("en/search/index.html")
        .text("main")
        .contains("Search the site."));
    assert!(site
        .html("en/search-2/index.html")
        .text("main")
        .contains("Search the site."));
    assert!(
        run.stdout.lines().any(|l| l.starts_with("  /sv/arkiv/:")),
        "{}",
        run.stdout
    );
}

#[test]
fn an_address_several_entries_share_is_counted_and_said_once() {
    // Three published entries give `?p=5` as their address, which no
    // static site answers (exports do this when posts were copied or
    // their type changed): one old address, lost once.
    let work = tempfile::tempdir().expect("temp");
    let post = |id: u32| {
        format!(
            "<item><title>Besök {id}</title><link>https://halsa.example.org/?p=5</link>\
             <content:encoded><![CDATA[Vi besökte kliniken.]]></content:encoded>\
             <wp:post_id>5</wp:post_id><wp:post_date>2015-04-02 10:00:00</wp:post_date>\
             <wp:post_name>besok-{id}</wp:post_name>\
             <wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>\n"
        )
    };
    let wxr = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<rss version=\"2.0\" \
         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" \
         xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel><title>Hälsa</title>\
         <link>https://halsa.example.org</link><language>sv-SE</language>\n\
         <item><title>Mötet</title><link>https://halsa.example.org/2015/04/motet/</link>\
         <content:encoded><![CDATA[Vi möttes.]]></content:encoded>\
         <wp:post_id>1</wp:post_id><wp:post_date>2015-04-01 10:00:00</wp:post_date>\
         <wp:post_name>motet</wp:post_name><wp:status>publish</wp:status>\
         <wp:post_type>post</wp:post_type></item>\n{}{}{}</channel></rss>",
        post(5),
        post(6),
        post(7)
    );
    let path = work.path().join("wp.xml");
    fs::write(&path, wxr).expect("export");
    let site = TestSite::new();
    let run = import(&site, &["wordpress", path.to_str().expect("utf-8")]);
    assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    let lost = listed(&run.stdout, "Old addresses that get no redirect");
    assert_eq!(
        lost.iter().filter(|l| l.contains("?p=5")).count(),
        1,
        "{}",
        run.stdout
    );
    let (found, kept) = address_counts(&run.stdout);
    assert_eq!(found - kept, lost.len(), "{}", run.stdout);
    site.run(&["build"]).assert_ok();
    assert_eq!(
        lands_on(&site, "", "/2015/04/motet/"),
        "/sv/reports/2015-04-01-motet/"
    );
}

#[test]
fn an_alias_two_pages_have_is_counted_once_and_kept_by_the_first() {
    let work = tempfile::tempdir().expect("temp");
    let hugo = swedish_hugo(work.path());
    for (name, day) in [("forsta", "01"), ("andra", "02")] {
        put(
            &hugo,
            &format!("content/news/{name}.md"),
            &format!(
                "---\ntitle: Mötet {name}\ndate: 2022-06-{day}\naliases: [/gamla-motet/]\n---\nVi möttes.\n"
            ),
        );
    }
    let site = TestSite::new();
    let run = import(&site, &["hugo", hugo.to_str().expect("utf-8")]);
    assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    // The pages' and the section's old addresses, and the alias once.
    assert_eq!(address_counts(&run.stdout), (4, 4), "{}", run.stdout);
    assert!(
        !run.stdout.contains("Old addresses that get no redirect"),
        "{}",
        run.stdout
    );
    let shared = listed(&run.stdout, "Old addresses that two imported pages had");
    assert_eq!(shared.len(), 1, "{}", run.stdout);
    assert!(shared[0].starts_with("  /gamla-motet/: "), "{shared:?}");
    site.run(&["build"]).assert_ok();
    let keeper = shared[0]
        .split("content/news/")
        .nth(1)
        .and_then(|rest| rest.split('.').next())
        .expect("the page that keeps it");
    let landed = lands_on(&site, "", "/gamla-motet/");
    assert!(landed.ends_with(&format!("/{keeper}/")), "{landed}");
}

/// The lines of the import summary's list under the heading that starts
/// with `heading`.
fn listed<'a>(stdout: &'a str, heading: &str) -> Vec<&'a str> {
    stdout
        .lines()
        .skip_while(|l| !l.starts_with(heading))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .collect()
}

/// The import summary's old addresses found and kept.
fn address_counts(stdout: &str) -> (usize, usize) {
    let counts = stdout
        .lines()
        .find(|l| l.contains("old address"))
        .expect("the count of old addresses");
    let numbers: Vec<usize> = counts
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    assert_eq!(numbers.len(), 2, "{counts}");
    (numbers[0], numbers[1])
}

#[test]
fn a_link_to_the_old_site_by_its_full_address_leads_where_its_path_would() {
    let work = tempfile::tempdir().expect("temp");
    let hugo = swedish_hugo(work.path());
    put(
        &hugo,
        "content/nyheter/mote.md",
        "---\ntitle: Mötet\ndate: 2022-06-01\ntags: [Hälsa]\n---\nVi möttes.\n",
    );
    put(
        &hugo,
        "content/nyheter/besok.md",
        "---\ntitle: Besöket\ndate: 2022-06-02\n---\n\
         Se [ämnet](https://halsa.example.org/tags/h%C3%A4lsa/), \
         [samma med www](https://www.halsa.example.org/tags/hälsa/#topp), \
         [listan](http://halsa.example.org/nyheter/), \
         [flödet](https://halsa.example.org/index.xml), \
         [mötet](https://halsa.example.org/nyheter/mote/), \
         [butiken](https://halsa.example.org/butik/) och \
         [en annan webbplats](https://example.com/tags/halsa/).\n",
    );
    let site = TestSite::new();
    let run = import(&site, &["hugo", hugo.to_str().expect("utf-8")]);
    assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    site.run(&["build"]).assert_ok();
    let page = site.html("sv/nyheter/besok/index.html");
    for (words, to) in [
        // An imported page, and the tag, listing and feed pages of the
        // old site, lead to rapport's.
        ("mötet", "/sv/nyheter/mote/"),
        ("ämnet", "/sv/amnen/halsa/"),
        ("samma med www", "/sv/amnen/halsa/#topp"),
        ("listan", "/sv/nyheter/"),
        ("flödet", "/sv/atom.xml"),
        // A page the old host may still serve, and another site, stay as written.
        ("butiken", "https://halsa.example.org/butik/"),
        ("en annan webbplats", "https://example.com/tags/halsa/"),
    ] {
        assert_eq!(href(&page, words).as_deref(), Some(to), "{words}");
    }
    assert!(
        run.stdout.lines().any(|l| l.contains("content/nyheter/besok.sv.md: ")
            && l.contains("the link to `https://halsa.example.org/tags/h%C3%A4lsa/` now leads to `/sv/amnen/halsa/`")),
        "{}",
        run.stdout
    );
}

/// A Swedish Hugo site at `https://halsa.example.org/` with no content yet.
fn swedish_hugo(dir: &Path) -> std::path::PathBuf {
    let hugo = dir.join("hugo");
    put(
        &hugo,
        "config.yaml",
        "baseURL: https://halsa.example.org/\nlanguageCode: sv-se\n",
    );
    hugo
}
