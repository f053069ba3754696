//! Photos: resized to the widths of site.yaml, upright, without metadata,
//! published once per bundle, and made once thanks to the cache.

use crate::support::*;

fn dimensions(site: &TestSite, path: &str) -> (u32, u32) {
    image::image_dimensions(site.output(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The published files below `dir` of the output.
fn files_under(site: &TestSite, dir: &str) -> Vec<String> {
    let mut out: Vec<String> = walkdir::WalkDir::new(site.output(dir))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    out.sort();
    out
}

/// `srcset` as (URL, width) pairs.
fn srcset(value: &str) -> Vec<(String, u32)> {
    value
        .split(", ")
        .map(|entry| {
            let (url, w) = entry.rsplit_once(' ').expect("url and width");
            let w = w
                .strip_suffix('w')
                .expect("a width")
                .parse()
                .expect("a number");
            (url.to_string(), w)
        })
        .collect()
}

/// The output path of a site URL path, with `%20` and the like read.
fn output_of(url: &str) -> String {
    percent_encoding::percent_decode_str(url.trim_start_matches('/'))
        .decode_utf8()
        .expect("utf-8")
        .into_owned()
}

/// How many photos a build made and took from the cache, from its summary.
fn photo_counts(run: &Run) -> (usize, usize) {
    let line = run
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("Photos: "))
        .unwrap_or_else(|| panic!("no photo line in {}", run.stdout));
    let numbers: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    (numbers[0], numbers[1])
}

fn bundle(body: &str) -> TestSite {
    TestSite::new().file(
        "content/reports/astana/index.sv.md",
        &format!("---\ntitle: Astana\ndate: 2014-05-26\n---\n{body}\n"),
    )
}

#[test]
fn photos_come_in_the_widths_of_the_settings_and_never_wider() {
    let site = bundle("![Bordet](stor.jpg)\n\n![Talaren](liten.png \"Talaren\")\n");
    site.write("content/reports/astana/stor.jpg", &jpeg(2000, 1500));
    site.write("content/reports/astana/liten.png", &png(300, 200));
    site.build();
    let dir = "sv/reports/astana/";
    for (w, h) in [(480, 360), (960, 720), (1600, 1200)] {
        assert_eq!(dimensions(&site, &format!("{dir}stor-{w}.jpg")), (w, h));
    }
    assert_eq!(
        dimensions(&site, &format!("{dir}liten-300.png")),
        (300, 200)
    );
    assert!(!site.exists(&format!("{dir}liten-480.png")));
    // A PNG at its own size is not encoded again, only stripped.
    assert_eq!(
        std::fs::read(site.output(&format!("{dir}liten-300.png"))).expect("read"),
        png(300, 200)
    );
    // The originals, stripped, at the address they always had.
    assert_eq!(dimensions(&site, &format!("{dir}stor.jpg")), (2000, 1500));

    let page = site.html("sv/reports/astana/index.html");
    let imgs = page.attrs(".body figure img", "srcset");
    assert_eq!(imgs.len(), 2);
    for (value, (src_attr, (w, h))) in imgs.iter().zip([
        ("/sv/reports/astana/stor-960.jpg", (960, 720)),
        ("/sv/reports/astana/liten-300.png", (300, 200)),
    ]) {
        for (url, width) in srcset(value) {
            let path = output_of(&url);
            assert_eq!(dimensions(&site, &path).0, width, "{url}");
        }
        let img = format!(".body figure img[src=\"{src_attr}\"]");
        assert_eq!(page.attr(&img, "width"), w.to_string());
        assert_eq!(page.attr(&img, "height"), h.to_string());
        assert_eq!(page.attr(&img, "decoding"), "async");
        assert!(!page.attr(&img, "sizes").is_empty());
    }
    // The first image of the page loads at once, the others when scrolled to.
    assert_eq!(page.attrs(".body img", "loading"), ["lazy"]);
    // A figure links to the original.
    assert_eq!(
        page.attrs(".body figure a", "href"),
        [
            "/sv/reports/astana/stor.jpg",
            "/sv/reports/astana/liten.png"
        ]
    );
    assert_eq!(page.texts(".body figcaption"), ["Bordet", "Talaren"]);
}

#[test]
fn originals_none_publishes_the_sizes_only() {
    let site = bundle("![Bordet](stor.jpg)").file(
        "site.yaml",
        "base_url: https://example.org/\nimages:\n  widths: [320, 640]\n  originals: none\n",
    );
    site.write("content/reports/astana/stor.jpg", &jpeg(1000, 500));
    site.build();
    assert_eq!(
        files_under(&site, "sv/reports/astana"),
        [
            "index.html",
            "stor-320.jpg",
            "stor-640.jpg",
            "stor-social.jpg",
            "stor-thumb-480.jpg"
        ]
    );
    let page = site.html("sv/reports/astana/index.html");
    assert_eq!(page.count(".body figure a"), 0);
}

#[test]
fn a_sideways_photo_is_published_upright() {
    // Stored 400 × 200 with the camera's note "turn 90° clockwise": the
    // left (red) half of the stored pixels is the top of the photo.
    let site = bundle("![Porträtt](portratt.jpg)");
    site.write(
        "content/reports/astana/portratt.jpg",
        &with_exif(&jpeg(400, 200), 6, false),
    );
    site.build();
    let path = site.output("sv/reports/astana/portratt-200.jpg");
    let upright = image::open(&path).expect("decodes").to_rgb8();
    assert_eq!(upright.dimensions(), (200, 400));
    let top = upright.get_pixel(100, 20);
    let bottom = upright.get_pixel(100, 380);
    assert!(
        top[0] > top[2] && bottom[2] > bottom[0],
        "{top:?} {bottom:?}"
    );
    let page = site.html("sv/reports/astana/index.html");
    assert_eq!(page.attr(".body img", "width"), "200");
    assert_eq!(page.attr(".body img", "height"), "400");
}

#[test]
fn no_published_file_gives_away_where_a_photo_was_taken() {
    let site = bundle("![Bordet](plats.jpg)");
    site.write(
        "content/reports/astana/plats.jpg",
        &with_exif(&jpeg(1200, 900), 3, true),
    );
    site.build();
    let mut checked = 0;
    for name in files_under(&site, "sv/reports/astana") {
        if name.ends_with(".html") {
            continue;
        }
        let bytes = std::fs::read(site.output(&format!("sv/reports/astana/{name}"))).expect("read");
        checked += 1;
        let Ok(exif) = exif::Reader::new().read_from_container(&mut std::io::Cursor::new(&bytes))
        else {
            continue; // no EXIF at all
        };
        assert!(
            exif.fields().all(|f| f.tag.context() != exif::Context::Gps),
            "{name} has a GPS position"
        );
        // The original keeps its orientation, so it still shows upright.
        if name == "plats.jpg" {
            let o = exif
                .get_field(exif::Tag::Orientation, exif::In::PRIMARY)
                .expect("kept");
            assert_eq!(o.value.get_uint(0), Some(3));
        }
    }
    assert!(checked >= 5, "{checked}");
    // `check` tells the author before publishing.
    let root = site.root().to_str().expect("utf-8").to_string();
    let run = rapport(&["check", "--root", &root, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let gps: Vec<&serde_json::Value> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| {
            f["message"]
                .as_str()
                .is_some_and(|m| m.contains("GPS position"))
        })
        .collect();
    assert_eq!(gps.len(), 1, "{json:#}");
    assert_eq!(gps[0]["severity"], "warning");
    assert!(gps[0]["file"]
        .as_str()
        .is_some_and(|f| f.ends_with("plats.jpg")));
}

#[test]
fn a_bundle_publishes_its_photos_once_for_both_languages() {
    let site = bundle("![Bordet](bord.jpg)").file(
        "content/reports/astana/index.en.md",
        "---\ntitle: Astana\n---\n![The table](bord.jpg)\n",
    );
    site.write("content/reports/astana/bord.jpg", &jpeg(1000, 750));
    site.build();
    assert!(site.exists("sv/reports/astana/bord-960.jpg"));
    assert_eq!(files_under(&site, "en/reports/astana"), ["index.html"]);
    let en = site.html("en/reports/astana/index.html");
    assert_eq!(
        en.attr(".body img", "src"),
        "/sv/reports/astana/bord-960.jpg"
    );
    assert_eq!(en.attr(".body img", "alt"), "The table");
}

#[test]
fn a_bundle_photo_in_raw_html_of_another_language_is_reported() {
    let site = bundle("![Bordet](bord.jpg)").file(
        "content/reports/astana/index.en.md",
        "---\ntitle: Astana\n---\n<img src=\"bord.jpg\" alt=\"The table\">\n",
    );
    site.write("content/reports/astana/bord.jpg", &jpeg(600, 400));
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("content/reports/astana/index.en.md:4"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("published once, beside the sv version"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_warm_build_does_no_image_work_and_stale_results_go() {
    let site = bundle("![Bordet](bord.jpg)");
    site.write("content/reports/astana/bord.jpg", &jpeg(1000, 750));
    let cold = site.run(&["build"]);
    cold.assert_ok();
    assert_eq!(photo_counts(&cold), (1, 0));
    let warm = site.run(&["build"]);
    assert_eq!(photo_counts(&warm), (0, 1));
    // Even into an empty output folder, the cache has it.
    std::fs::remove_dir_all(site.output("")).expect("remove public/");
    let fresh = site.run(&["build"]);
    assert_eq!(photo_counts(&fresh), (0, 1));
    assert!(site.exists("sv/reports/astana/bord-480.jpg"));
    // A new photo in its place is made again; the old result leaves the cache.
    site.write("content/reports/astana/bord.jpg", &jpeg(1100, 750));
    let changed = site.run(&["build"]);
    assert_eq!(photo_counts(&changed), (1, 0));
    let entries = std::fs::read_dir(site.root().join(".rapport-cache/photos"))
        .expect("cache")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .count();
    assert_eq!(entries, 1);
}

#[test]
fn a_damaged_photo_is_an_error_naming_it() {
    let site = bundle("![Bordet](trasig.jpg)");
    // A JPEG's start, then what a failed copy leaves: no image at all.
    let mut broken = jpeg(800, 600);
    for (i, b) in broken.iter_mut().enumerate().skip(2).take(600) {
        *b = (i * 7) as u8;
    }
    site.write("content/reports/astana/trasig.jpg", &broken);
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("content/reports/astana/trasig.jpg"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("cannot be read"), "{}", run.stderr);
}

#[test]
fn an_heic_photo_is_an_error_that_says_how_to_export_jpeg() {
    // Shown by the report; one no report shows is a warning (received_photos.rs).
    let site = bundle("![Mötet](IMG_0001.HEIC)");
    site.write(
        "content/reports/astana/IMG_0001.HEIC",
        b"\0\0\0\x18ftypheic",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1);
    assert!(run.stderr.contains("IMG_0001.HEIC"), "{}", run.stderr);
    assert!(run.stderr.contains("JPEG"), "{}", run.stderr);
}

#[test]
fn a_photo_name_with_a_space_works_written_either_way() {
    let site = bundle("![Besök](möte 2.jpg \"Besök\")\n\n![Igen](möte%202.jpg)\n");
    site.write("content/reports/astana/möte 2.jpg", &jpeg(600, 400));
    site.build();
    let page = site.html("sv/reports/astana/index.html");
    let srcs = page.attrs(".body figure img", "src");
    assert_eq!(srcs, ["/sv/reports/astana/m%C3%B6te%202-600.jpg"; 2]);
    assert!(site.exists(&output_of(&srcs[0])));
    assert_eq!(page.texts(".body figcaption"), ["Besök", "Igen"]);
}

#[test]
fn a_cover_becomes_a_cropped_thumbnail_and_the_social_image() {
    let site = TestSite::new()
        .file(
            "content/reports/a/index.sv.md",
            "---\ntitle: A\ndate: 2020-01-01\ncover: {src: grupp.jpg, alt: Gruppen, focus: top}\n---\nText.\n",
        )
        .file(
            "content/reports/b/index.sv.md",
            "---\ntitle: B\ndate: 2020-01-02\n---\nText.\n\n![Mötet](forsta.jpg)\n\n![Sen](andra.jpg)\n",
        );
    site.write("content/reports/a/grupp.jpg", &jpeg(1000, 1000));
    site.write("content/reports/b/forsta.jpg", &jpeg(1600, 900));
    site.write("content/reports/b/andra.jpg", &jpeg(1600, 900));
    site.build();
    let home = site.html("sv/reports/index.html");
    let thumbs = home.attrs(".card img.thumb", "src");
    assert_eq!(
        thumbs,
        [
            "/sv/reports/b/forsta-thumb-480.jpg",
            "/sv/reports/a/grupp-thumb-480.jpg"
        ]
    );
    assert_eq!(
        dimensions(&site, "sv/reports/a/grupp-thumb-480.jpg"),
        (480, 320)
    );
    assert_eq!(home.attrs(".card img.thumb", "width"), ["480", "480"]);
    assert_eq!(home.attrs(".card img.thumb", "height"), ["320", "320"]);
    assert!(!site.exists("sv/reports/b/andra-thumb-480.jpg"));

    let a = site.html("sv/reports/a/index.html");
    let og = a.attr("meta[property=\"og:image\"]", "content");
    assert_eq!(og, "https://example.org/sv/reports/a/grupp-social.jpg");
    assert_eq!(a.attr("meta[name=\"twitter:image\"]", "content"), og);
    // Always the size networks ask for, a smaller photo enlarged.
    assert_eq!(
        dimensions(&site, "sv/reports/a/grupp-social.jpg"),
        (1200, 630)
    );
    // Without a cover, the first photo is the social image.
    let b = site.html("sv/reports/b/index.html");
    assert_eq!(
        b.attr("meta[property=\"og:image\"]", "content"),
        "https://example.org/sv/reports/b/forsta-social.jpg"
    );
    assert_eq!(
        dimensions(&site, "sv/reports/b/forsta-social.jpg"),
        (1200, 630)
    );
    assert_eq!(b.count("figure.cover"), 0);
}
