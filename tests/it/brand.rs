//! The organisation's own site (issue 27): brand settings, a card for every
//! report, social images, photos laid out, and the small truths.

use std::path::Path;

use crate::support::{jpeg, png, rapport, repo, report, Page, TestSite};

const LOGO: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10"><circle cx="5" cy="5" r="5" fill="#123456"/></svg>"##;

fn branded(brand: &str) -> TestSite {
    TestSite::new()
        .file(
            "site.yaml",
            &format!("base_url: https://example.org/\nlanguages: [sv, en]\n{brand}"),
        )
        .file("static/logo.svg", LOGO)
        .file(
            "content/reports/astana.sv.md",
            "---\ntitle: Möte i Astana\ndate: 2014-05-26\nlocation: Astana\n---\nText.\n",
        )
}

/// The text of the page's `<style>` elements.
fn style(page: &Page) -> String {
    page.texts("head style").join("")
}

#[test]
fn the_logo_and_colour_are_the_sites_with_the_text_colour_chosen_for_it() {
    let site = branded("brand:\n  logo: logo.svg\n  color: \"#f2b705\"\n");
    site.build();
    let page = site.html("sv/index.html");
    assert_eq!(page.attr(".site-header img.brand-mark", "src"), "/logo.svg");
    assert_eq!(page.attr(".site-header img.brand-mark", "alt"), "");
    // No favicon of its own: the logo is the favicon.
    assert_eq!(page.attr("link[rel=icon]", "href"), "/logo.svg");
    assert_eq!(page.attr("link[rel=icon]", "type"), "image/svg+xml");
    assert_eq!(page.attr("meta[name=theme-color]", "content"), "#f2b705");
    // Yellow takes black text; the properties are set in light and dark.
    let css = style(&page);
    let light = css.split("@media").next().unwrap_or_default();
    let props: Vec<&str> = light
        .trim_start_matches(":root{")
        .trim_end_matches('}')
        .split(';')
        .collect();
    assert!(props.contains(&"--brand:#f2b705"), "{css}");
    assert!(props.contains(&"--on-brand:#000000"), "{css}");
    assert!(css.contains("prefers-color-scheme: dark"), "{css}");
    assert!(site.exists("logo.svg"));
}

#[test]
fn a_site_favicon_wins_over_the_logo() {
    let site = branded("brand:\n  logo: logo.svg\n").file("static/favicon.svg", LOGO);
    site.build();
    let page = site.html("sv/index.html");
    assert_eq!(page.attr("link[rel=icon]", "href"), "/favicon.svg");
    // Without colours nothing is overridden.
    assert_eq!(page.count("head style"), 0);
}

#[test]
fn a_wordmark_logo_stands_alone_named_by_the_site_title() {
    let site = branded("brand:\n  logo: logo.svg\n  wordmark: true\n");
    site.build();
    let page = site.html("en/index.html");
    assert_eq!(page.count(".brand-title"), 0);
    let name = page.attr("meta[property='og:site_name']", "content");
    assert_eq!(page.attr(".site-header img.brand-logo", "alt"), name);
    assert!(!name.is_empty());
}

/// The build's error output for a site whose settings are refused.
fn refused(brand: &str) -> String {
    let site = branded(brand);
    let run = site.run(&["build"]);
    assert_ne!(run.status, 0, "{}", run.stdout);
    assert!(!site.exists("sv/index.html"));
    run.stderr
}

#[test]
fn a_link_colour_without_contrast_is_refused_with_a_shade_that_has_it() {
    let err = refused("brand:\n  color: \"#0c3a57\"\n  accent: \"#f2b705\"\n");
    assert!(err.contains("site.yaml:5"), "{err}");
    assert!(err.contains("4.5:1"), "{err}");
    // The suggested shade is darker and itself accepted.
    let shade = err
        .split('"')
        .find(|w| w.starts_with('#') && w.len() == 7 && *w != "#f2b705" && *w != "#0c3a57")
        .unwrap_or_else(|| panic!("a shade in {err}"))
        .to_string();
    let site = branded(&format!("brand:\n  accent: \"{shade}\"\n"));
    site.build();
}

#[test]
fn a_dark_link_colour_needs_contrast_on_the_dark_page() {
    let err = refused("brand:\n  accent_dark: \"#0a5a8c\"\n");
    assert!(err.contains("site.yaml:4"), "{err}");
}

#[test]
fn a_colour_without_quotes_is_explained() {
    let err = refused("brand:\n  color: #0c3a57\n");
    assert!(err.contains("site.yaml:4"), "{err}");
    assert!(err.contains("\"#0c3a57\""), "{err}");
    let err = refused("brand:\n  color: blue\n");
    assert!(err.contains("site.yaml:4"), "{err}");
}

#[test]
fn a_missing_logo_or_unknown_key_is_an_error_with_what_to_do() {
    let err = refused("brand:\n  logo: missing.svg\n");
    assert!(err.contains("site.yaml:4"), "{err}");
    assert!(err.contains("static/missing.svg"), "{err}");
    let err = refused("brand:\n  colour: \"#0c3a57\"\n");
    assert!(err.contains("site.yaml:4"), "{err}");
    assert!(err.contains("`color`"), "{err}");
    let err = refused("brand:\n  logo: logo.gif\n");
    assert!(err.contains("SVG"), "{err}");
}

#[test]
fn a_new_site_has_a_placeholder_logo_not_rapports() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("ny");
    let root_text = root.to_str().expect("utf-8");
    rapport(&["init", root_text]).assert_ok();
    let logo = std::fs::read_to_string(root.join("static/logo.svg")).expect("a logo");
    assert!(logo.contains("placeholder"), "{logo}");
    rapport(&["build", "--root", root_text]).assert_ok();
    let text = std::fs::read_to_string(root.join("public/sv/index.html")).expect("home");
    let page = Page(scraper::Html::parse_document(&text));
    assert_eq!(page.attr(".site-header img", "src"), "/logo.svg");
    assert_eq!(page.attr("link[rel=icon]", "href"), "/logo.svg");
}

/// The output path of an absolute URL of the site.
fn output_of(site: &TestSite, url: &str) -> std::path::PathBuf {
    let path = url
        .strip_prefix("https://example.org/")
        .unwrap_or_else(|| panic!("not the site's: {url}"));
    site.output(path)
}

fn html_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read").flatten() {
        let path = entry.path();
        if path.is_dir() {
            html_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "html") {
            found.push(path);
        }
    }
}

#[test]
fn every_page_has_a_social_image_of_1200_by_630_that_exists() {
    let site = branded("brand:\n  logo: logo.svg\n  color: \"#00a19a\"\n")
        .file(
            "content/reports/almaty/index.sv.md",
            "---\ntitle: Möte i Almaty\ndate: 2019-03-12\n---\n![Bordet](bord.jpg)\n",
        )
        .file(
            "content/reports/almaty/index.en.md",
            "---\ntitle: Meeting in Almaty\n---\nText.\n",
        );
    site.write("content/reports/almaty/bord.jpg", &jpeg(1600, 1000));
    site.build();
    let mut pages = Vec::new();
    html_files(&site.root().join("public"), &mut pages);
    let mut checked = 0;
    for file in pages {
        let text = std::fs::read_to_string(&file).expect("read");
        if text.contains("http-equiv=\"refresh\"") {
            continue;
        }
        let page = Page(scraper::Html::parse_document(&text));
        let url = page.attr("meta[property='og:image']", "content");
        let image = output_of(&site, &url);
        assert_eq!(
            image::image_dimensions(&image).ok(),
            Some((1200, 630)),
            "{} → {url}",
            file.display()
        );
        checked += 1;
    }
    assert!(checked >= 10, "{checked}");
    // The report with a photo shows its own; the other, the site's.
    let with = site.html("sv/reports/almaty/index.html");
    assert!(with
        .attr("meta[property='og:image']", "content")
        .ends_with("bord-social.jpg"));
    let without = site.html("sv/reports/astana/index.html");
    assert_eq!(
        without.attr("meta[property='og:image']", "content"),
        "https://example.org/sv/social.png"
    );
    assert_eq!(
        without.attr("meta[name='twitter:card']", "content"),
        "summary_large_image"
    );
    // Drawn on the brand colour, kept in the cache for the next build.
    let drawn = image::open(site.output("sv/social.png"))
        .expect("a PNG")
        .to_rgb8();
    assert_eq!(drawn.get_pixel(1190, 10).0, [0x00, 0xa1, 0x9a]);
    let cached = std::fs::read_dir(site.root().join(".rapport-cache/social"))
        .expect("the cache")
        .count();
    assert_eq!(cached, 2);
}

#[test]
fn a_report_without_a_photo_gets_a_tile_of_the_brand_colour() {
    let site = branded("brand:\n  color: \"#00a19a\"\n")
        .file(
            "content/reports/almaty.sv.md",
            "---\ntitle: Möte i Almaty\ndate: 2019-03-12\nlocation: Almaty\n---\nText.\n",
        )
        .file(
            "content/reports/kyiv.sv.md",
            "---\ntitle: Möte i Bryssel\ndate: 2012-03-12\nlocation: Bryssel\n---\nText.\n",
        );
    site.build();
    let home = site.html("sv/index.html");
    // The lead story: no picture, its text on the brand colour.
    assert_eq!(home.count(".card-featured.no-cover .card-media"), 0);
    // The others: a tile with date and place, hidden from screen readers.
    assert_eq!(home.count(".thumb-placeholder"), 0);
    assert_eq!(home.attrs(".card-tile", "aria-hidden"), ["true", "true"]);
    assert_eq!(home.texts(".card-tile .tile-place"), ["Astana", "Bryssel"]);
    assert_eq!(home.texts(".card-tile .tile-date")[0], "26 maj 2014");
}

#[test]
fn photos_in_a_row_become_a_gallery_each_linking_to_its_large_version() {
    let body = "Inledning.\n\n![Ett](a.jpg)\n\n![Två](b.jpg)\n\n![Tre](c.jpg)\n\n![Fyra](d.jpg)\n\nMellan.\n\n![Ensam](e.jpg)\n";
    let site = TestSite::new().file(
        "content/reports/astana/index.sv.md",
        &report("Möte i Astana", "2014-05-26", body),
    );
    for name in ["a", "b", "c", "d", "e"] {
        site.write(
            &format!("content/reports/astana/{name}.jpg"),
            &jpeg(600, 900),
        );
    }
    site.build();
    let page = site.html("sv/reports/astana/index.html");
    assert_eq!(page.count(".body .gallery"), 1);
    assert_eq!(
        page.texts(".body .gallery figure figcaption"),
        ["Ett", "Två", "Tre", "Fyra"]
    );
    let links = page.attrs(".body .gallery figure a", "href");
    assert_eq!(links.len(), 4);
    for link in &links {
        let file = site.output(link.trim_start_matches('/'));
        assert_eq!(image::image_dimensions(&file).ok(), Some((600, 900)));
    }
    // A gallery photo asks for a smaller file than one the column wide.
    for sizes in page.attrs(".gallery figure img", "sizes") {
        assert!(sizes.contains("20rem"), "{sizes}");
    }
    // A photo alone stays a figure of its own.
    assert_eq!(page.count(".body > figure"), 1);
}

#[test]
fn the_archive_lists_its_years_once() {
    let site = branded("").file(
        "content/reports/almaty.sv.md",
        &report("Möte i Almaty", "2019-03-12", "Text."),
    );
    site.build();
    let archive = site.html("sv/arkiv/index.html");
    assert_eq!(archive.texts(".archive-years a"), ["2019", "2014"]);
    assert_eq!(archive.count("nav.years"), 0);
    let year = site.html("sv/arkiv/2019/index.html");
    assert_eq!(year.texts("nav.years a"), ["2019", "2014"]);
}

#[test]
fn a_terms_language_badge_follows_its_count() {
    let site = TestSite::new().file(
        "content/reports/uppsala.sv.md",
        "---\ntitle: Besök i Uppsala\ndate: 2018-11-20\ntags: [studiebesök]\n---\nText.\n",
    );
    site.build();
    let topics = site.html("en/topics/index.html");
    assert_eq!(topics.count(".term-index li > a + .term-count + .badge"), 1);
}

#[test]
fn the_one_language_notice_is_not_shown_to_the_reports_own_readers() {
    let site = TestSite::new().file(
        "content/reports/round-table.en.md",
        &report("Round table", "2023-04-28", "Text."),
    );
    site.build();
    let page = site.html("en/reports/round-table/index.html");
    assert_eq!(page.count(".only-in:not([lang])"), 0);
    assert_eq!(page.attrs(".only-in", "lang"), ["sv"]);
}

#[test]
fn a_listings_second_page_has_the_other_languages_second_page_as_version() {
    let mut site = TestSite::new().file(
        "site.yaml",
        "base_url: https://example.org/\nlanguages: [sv, en]\npaginate: 1\n",
    );
    for (slug, date) in [("a", "2020-01-01"), ("b", "2021-01-01")] {
        site = site
            .file(
                &format!("content/reports/{slug}.sv.md"),
                &report(&format!("Möte {slug}"), date, "Text."),
            )
            .file(
                &format!("content/reports/{slug}.en.md"),
                &format!("---\ntitle: Meeting {slug}\n---\nText.\n"),
            );
    }
    site.build();
    let page = site.html("sv/sida/2/index.html");
    assert_eq!(
        page.attrs("link[rel=alternate][hreflang]", "href"),
        [
            "https://example.org/sv/sida/2/",
            "https://example.org/en/page/2/",
            "https://example.org/sv/sida/2/"
        ]
    );
    let sitemap = std::fs::read_to_string(site.output("sitemap.xml")).expect("sitemap");
    let entry = sitemap
        .split("<url>")
        .find(|u| u.contains("<loc>https://example.org/en/page/2/</loc>"))
        .expect("page 2 in the sitemap");
    assert!(
        entry.contains("hreflang=\"sv\" href=\"https://example.org/sv/sida/2/\""),
        "{entry}"
    );
    assert!(
        !entry.contains("href=\"https://example.org/sv/\""),
        "{entry}"
    );
}

#[test]
fn the_json_ld_organizer_has_the_name_the_page_shows() {
    let site = TestSite::new()
        .file(
            "terms.yaml",
            "organizations:\n  - sv: Socialdepartementet\n    en: Ministry of Health and Social Affairs\n",
        )
        .file(
            "content/reports/astana.sv.md",
            "---\ntitle: Möte i Astana\ndate: 2014-05-26\nlocation: Astana\norganizations: [Socialdepartementet]\n---\nText.\n",
        )
        .file(
            "content/reports/astana.en.md",
            "---\ntitle: Meeting in Astana\n---\nText.\n",
        );
    site.build();
    for (path, name) in [
        (
            "en/reports/astana/index.html",
            "Ministry of Health and Social Affairs",
        ),
        ("sv/reports/astana/index.html", "Socialdepartementet"),
    ] {
        let page = site.html(path);
        let json: serde_json::Value =
            serde_json::from_str(&page.text("script[type='application/ld+json']"))
                .expect("JSON-LD");
        assert_eq!(json["about"]["organizer"][0]["name"], name, "{path}");
        assert_eq!(page.texts(".organizations a"), [name]);
    }
}

#[test]
fn kazakh_dates_follow_cldrs_order() {
    let english =
        std::fs::read_to_string(repo().join("locales/en/main.ftl")).expect("English locale");
    let site = TestSite::new()
        .file(
            "site.yaml",
            "base_url: https://example.org/\ndefault_language: kk\nlanguages: [kk]\n",
        )
        .file(
            "locales/kk/main.ftl",
            &english.replace("language-name = English", "language-name = Қазақша"),
        )
        .file(
            "content/reports/almaty.kk.md",
            "---\ntitle: Алматыдағы кездесу\ndate: 2014-05-26\nend_date: 2014-05-28\n---\nМәтін.\n",
        );
    site.build();
    let page = site.html("kk/reports/almaty/index.html");
    assert_eq!(page.text(".report-header time"), "2014 ж. 26–28 мамыр");
}

/// A PNG of `width` × `height` with an eXIf chunk that turns it by `orientation`.
fn png_with_orientation(width: u32, height: u32, orientation: u16) -> Vec<u8> {
    fn crc(bytes: &[u8]) -> u32 {
        let mut c = 0xffff_ffffu32;
        for &b in bytes {
            c ^= u32::from(b);
            for _ in 0..8 {
                c = if c & 1 == 1 {
                    (c >> 1) ^ 0xedb8_8320
                } else {
                    c >> 1
                };
            }
        }
        !c
    }
    let plain = png(width, height);
    let mut tiff: Vec<u8> = b"MM\0\x2a\0\0\0\x08\0\x01".to_vec();
    tiff.extend_from_slice(&0x0112u16.to_be_bytes());
    tiff.extend_from_slice(&3u16.to_be_bytes());
    tiff.extend_from_slice(&1u32.to_be_bytes());
    tiff.extend_from_slice(&orientation.to_be_bytes());
    tiff.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    let mut chunk = (tiff.len() as u32).to_be_bytes().to_vec();
    let mut body = b"eXIf".to_vec();
    body.extend_from_slice(&tiff);
    chunk.extend_from_slice(&body);
    chunk.extend_from_slice(&crc(&body).to_be_bytes());
    // After the signature (8 bytes) and IHDR (25 bytes).
    let mut out = plain[..33].to_vec();
    out.extend_from_slice(&chunk);
    out.extend_from_slice(&plain[33..]);
    out
}

#[test]
fn a_png_turned_by_its_exif_orientation_is_published_upright() {
    let site = TestSite::new().file(
        "content/reports/astana/index.sv.md",
        &report("Möte i Astana", "2014-05-26", "![Skärmbild](bild.png)"),
    );
    site.write(
        "content/reports/astana/bild.png",
        &png_with_orientation(400, 200, 6),
    );
    site.build();
    let page = site.html("sv/reports/astana/index.html");
    assert_eq!(page.attr(".body figure img", "width"), "200");
    assert_eq!(page.attr(".body figure img", "height"), "400");
    let original = site.output("sv/reports/astana/bild.png");
    assert_eq!(image::image_dimensions(original).ok(), Some((200, 400)));
}
