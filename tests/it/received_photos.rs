//! Photos in a site folder from someone else: the photo cache is checked
//! before it is used (links, names, entries that are not rapport's), `check`
//! writes nothing, `stamps.json` stays put, decompression bombs are refused
//! before they are decoded, and published originals carry no metadata in
//! any of the places the formats allow it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::support::*;

fn bundle(body: &str) -> TestSite {
    TestSite::new().file(
        "content/reports/astana/index.sv.md",
        &format!("---\ntitle: Astana\ndate: 2014-05-26\n---\n{body}\n"),
    )
}

fn link(target: &Path, at: &Path) {
    std::os::unix::fs::symlink(target, at).expect("link");
}

/// Every file and folder below `dir` (links as links), with the bytes of
/// each file and the target of each link; `.rapport-staging` aside.
fn tree(dir: &Path) -> BTreeMap<String, String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| {
            let what = if e.path_is_symlink() {
                format!(
                    "link {}",
                    std::fs::read_link(e.path()).expect("link").display()
                )
            } else if e.file_type().is_dir() {
                "dir".to_string()
            } else {
                let bytes = std::fs::read(e.path()).expect("read");
                format!("file {:x?}", hash(&bytes))
            };
            (e.path().display().to_string(), what)
        })
        .collect()
}

fn hash(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

/// The folders of `.rapport-cache/photos/` named like cache keys.
fn cache_entries(site: &TestSite) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(site.root().join(".rapport-cache/photos"))
        .expect("cache")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().len() == 16 && e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| e.path())
        .collect();
    out.sort();
    out
}

/// How many photos a build made and took from the cache, from its summary.
fn photo_counts(run: &Run) -> (usize, usize) {
    let line = run
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("Photos: "))
        .unwrap_or_else(|| panic!("no photo line in {}{}", run.stdout, run.stderr));
    let numbers: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    (numbers[0], numbers[1])
}

/// `check --format json`'s findings.
fn findings(site: &TestSite) -> (i32, Vec<serde_json::Value>) {
    let run = site.run(&["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", run.stdout, run.stderr));
    let list = json["findings"].as_array().expect("findings").clone();
    (run.status, list)
}

fn finding_for<'a>(list: &'a [serde_json::Value], file: &str) -> Vec<&'a serde_json::Value> {
    list.iter()
        .filter(|f| f["file"].as_str().is_some_and(|f| f.ends_with(file)))
        .collect()
}

/// A folder outside the site with files and folders that must survive.
fn precious() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (path, text) in [
        ("thesis/chapter1.txt", "years of work"),
        ("photos/holiday.txt", "memories"),
        ("0123456789abcdef/photo.json", "not a cache entry"),
        ("notes.txt", "a note"),
    ] {
        let full = dir.path().join(path);
        std::fs::create_dir_all(full.parent().expect("parent")).expect("mkdir");
        std::fs::write(full, text).expect("write");
    }
    dir
}

#[test]
fn a_linked_cache_folder_is_neither_followed_nor_emptied() {
    for at in [".rapport-cache", ".rapport-cache/photos"] {
        let site = bundle("![Bordet](bord.jpg)");
        site.write("content/reports/astana/bord.jpg", &jpeg(800, 600));
        let elsewhere = precious();
        let before = tree(elsewhere.path());
        let path = site.root().join(at);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        link(elsewhere.path(), &path);
        for command in ["check", "build"] {
            let run = site.run(&[command]);
            assert_eq!(
                run.status, 1,
                "{command} {at}: {}{}",
                run.stdout, run.stderr
            );
            let said = format!("{}{}", run.stdout, run.stderr);
            assert!(said.contains(at), "{command} names {at}:\n{said}");
            assert!(
                said.contains("link"),
                "{command} says it is a link:\n{said}"
            );
            assert_eq!(tree(elsewhere.path()), before, "{command} through {at}");
            assert!(
                std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_symlink()),
                "{command} keeps the link {at}"
            );
        }
        assert!(!site.exists("sv/reports/astana/index.html"));
    }
}

#[test]
fn names_in_a_cached_photo_json_are_never_paths() {
    let outside = tempfile::tempdir().expect("temp dir");
    let secret = outside.path().join("secret.jpg");
    let secret_bytes = b"\xFF\xD8\xFF private key, not a photo".to_vec();
    let site = bundle("![Bordet](bord.jpg)");
    site.write("content/reports/astana/bord.jpg", &jpeg(1000, 750));
    site.build();
    for bad in [
        format!("../../../../{}", secret.display()),
        "../../../../../../../../../../../../../../../../etc/hostname".to_string(),
        secret.display().to_string(),
        "sub/bord-480.jpg".to_string(),
        "..".to_string(),
        String::new(),
        "bord\\480.jpg".to_string(),
        "bord\u{0}-480.jpg".to_string(),
    ] {
        std::fs::write(&secret, &secret_bytes).expect("write");
        let entries = cache_entries(&site);
        assert_eq!(entries.len(), 1);
        let json_path = entries[0].join("photo.json");
        let mut json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&json_path).expect("photo.json")).expect("json");
        json["sizes"][0]["name"] = serde_json::Value::String(bad.clone());
        json["original"]["name"] = serde_json::Value::String(bad.clone());
        std::fs::write(&json_path, serde_json::to_vec(&json).expect("json")).expect("write");
        std::fs::remove_dir_all(site.output("")).expect("rm public");
        let run = site.run(&["build"]);
        run.assert_ok();
        // The entry did not check out: the photo was made again.
        assert_eq!(photo_counts(&run), (1, 0), "{bad:?}");
        assert_eq!(
            std::fs::read(&secret).expect("secret"),
            secret_bytes,
            "{bad:?}"
        );
        for name in ["bord-480.jpg", "bord-960.jpg", "bord.jpg"] {
            let bytes = std::fs::read(site.output(&format!("sv/reports/astana/{name}")))
                .unwrap_or_else(|e| panic!("{bad:?}: {name}: {e}"));
            assert_ne!(bytes, secret_bytes, "{bad:?}");
            image::load_from_memory(&bytes).unwrap_or_else(|e| panic!("{bad:?} {name}: {e}"));
        }
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&json_path).expect("remade")).expect("json");
        assert_eq!(json["sizes"][0]["name"], "bord-480.jpg");
    }
}

#[test]
fn a_link_in_the_cache_is_never_read_nor_removed_through() {
    let outside = tempfile::tempdir().expect("temp dir");
    let secret = outside.path().join("secret.jpg");
    let secret_bytes = b"\xFF\xD8\xFF\xE0 a private file".to_vec();
    std::fs::write(&secret, &secret_bytes).expect("write");
    let elsewhere = precious();
    let site = bundle("![Bordet](bord.jpg)");
    site.write("content/reports/astana/bord.jpg", &jpeg(1000, 750));
    site.build();
    let entry = cache_entries(&site).remove(0);

    // A cached file that is a link: not published, the photo made again.
    let file = entry.join("bord-480.jpg");
    std::fs::remove_file(&file).expect("rm");
    link(&secret, &file);
    std::fs::remove_dir_all(site.output("")).expect("rm public");
    let run = site.run(&["build"]);
    run.assert_ok();
    assert_eq!(photo_counts(&run), (1, 0));
    let published = std::fs::read(site.output("sv/reports/astana/bord-480.jpg")).expect("made");
    assert_ne!(published, secret_bytes);
    image::load_from_memory(&published).expect("a photo");
    assert_eq!(std::fs::read(&secret).expect("kept"), secret_bytes);

    // photo.json that is a link: not read.
    let json = entry.join("photo.json");
    let copy = outside.path().join("photo.json");
    std::fs::copy(&json, &copy).expect("copy");
    std::fs::remove_file(&json).expect("rm");
    link(&copy, &json);
    let run = site.run(&["build"]);
    run.assert_ok();
    assert_eq!(photo_counts(&run), (1, 0));
    assert!(copy.is_file());

    // A cache entry that is a link to a folder: neither used nor emptied.
    let before = tree(elsewhere.path());
    std::fs::remove_dir_all(&entry).expect("rm entry");
    link(elsewhere.path(), &entry);
    let run = site.run(&["build"]);
    run.assert_ok();
    assert_eq!(photo_counts(&run), (1, 0));
    assert_eq!(tree(elsewhere.path()), before);
    assert!(std::fs::symlink_metadata(&entry).is_ok_and(|m| m.is_dir()));

    // stamps.json that is a link: not read, and not written through.
    let stamps = site.root().join(".rapport-cache/photos/stamps.json");
    let target = outside.path().join("stamps.json");
    std::fs::write(&target, "{}").expect("write");
    std::fs::remove_file(&stamps).expect("rm");
    link(&target, &stamps);
    site.run(&["build"]).assert_ok();
    assert_eq!(std::fs::read_to_string(&target).expect("kept"), "{}");
}

#[test]
fn the_cache_clean_up_removes_only_its_own_entries() {
    let site = bundle("![Bordet](bord.jpg)");
    site.write("content/reports/astana/bord.jpg", &jpeg(800, 600));
    site.build();
    let photos = site.root().join(".rapport-cache/photos");
    let elsewhere = precious();
    let before = tree(elsewhere.path());
    // Not rapport's: a folder of notes, a file, links named like keys.
    std::fs::create_dir_all(photos.join("notes")).expect("mkdir");
    std::fs::write(photos.join("notes/keep.txt"), "mine").expect("write");
    std::fs::write(photos.join("README"), "mine").expect("write");
    link(elsewhere.path(), &photos.join("fedcba9876543210"));
    link(&elsewhere.path().join("thesis"), &photos.join("notes-link"));
    // rapport's: an entry of a photo the site no longer has.
    std::fs::create_dir_all(photos.join("00000000deadbeef")).expect("mkdir");
    std::fs::write(photos.join("00000000deadbeef/photo.json"), "{}").expect("write");
    site.build();
    assert!(photos.join("notes/keep.txt").is_file());
    assert!(photos.join("README").is_file());
    assert!(
        std::fs::symlink_metadata(photos.join("fedcba9876543210")).is_ok_and(|m| m.is_symlink())
    );
    assert!(std::fs::symlink_metadata(photos.join("notes-link")).is_ok_and(|m| m.is_symlink()));
    assert!(!photos.join("00000000deadbeef").exists());
    assert_eq!(tree(elsewhere.path()), before);
    assert_eq!(cache_entries(&site).len(), 1);
}

#[test]
fn stamps_are_written_in_order_and_only_when_they_change() {
    let site = bundle(
        &(0..8)
            .map(|i| format!("![Foto {i}](foto{i}.jpg)\n\n"))
            .collect::<String>(),
    );
    for i in 0..8 {
        site.write(
            &format!("content/reports/astana/foto{i}.jpg"),
            &jpeg(200 + i, 150),
        );
    }
    site.build();
    let stamps = site.root().join(".rapport-cache/photos/stamps.json");
    let first = std::fs::read(&stamps).expect("stamps");
    let meta = |p: &Path| {
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::symlink_metadata(p).expect("meta");
        (m.ino(), m.mtime(), m.mtime_nsec())
    };
    let stamp = meta(&stamps);
    for command in ["build", "check", "build", "check"] {
        site.run(&[command]).assert_ok();
        assert_eq!(std::fs::read(&stamps).expect("stamps"), first, "{command}");
        assert_eq!(meta(&stamps), stamp, "{command} rewrote stamps.json");
    }
    // Written afresh, it is the same bytes: the order does not depend on the run.
    for _ in 0..3 {
        std::fs::remove_file(&stamps).expect("rm");
        site.run(&["build"]).assert_ok();
        assert_eq!(std::fs::read(&stamps).expect("stamps"), first);
    }
}

#[test]
fn check_writes_nothing_into_the_site() {
    let site = bundle("![Bordet](bord.jpg)\n\n![Ritning](ritning.png)\n\n![Plats](plats.jpg)\n");
    site.write("content/reports/astana/bord.jpg", &jpeg(1000, 750));
    site.write("content/reports/astana/ritning.png", &png(500, 300));
    site.write(
        "content/reports/astana/plats.jpg",
        &with_exif(&jpeg(600, 400), 1, true),
    );
    let before = tree(site.root());
    let (status, list) = findings(&site);
    assert_eq!(status, 0, "{list:#?}");
    assert_eq!(tree(site.root()), before);
    assert!(!site.root().join(".rapport-cache").exists());
    // It still looked at every photo: the GPS position is reported.
    let gps = finding_for(&list, "plats.jpg");
    assert_eq!(gps.len(), 1, "{list:#?}");
    assert_eq!(gps[0]["severity"], "warning");
    // With a cache made by a build, check reads it and changes nothing.
    site.build();
    std::fs::remove_dir_all(site.output("")).expect("rm public");
    let before = tree(site.root());
    let (status, _) = findings(&site);
    assert_eq!(status, 0);
    assert_eq!(tree(site.root()), before);
    // A damaged photo is found by check without a cache as well.
    std::fs::remove_dir_all(site.root().join(".rapport-cache")).expect("rm cache");
    let mut broken = jpeg(800, 600);
    for (i, b) in broken.iter_mut().enumerate().skip(2).take(600) {
        *b = (i * 7) as u8;
    }
    site.write("content/reports/astana/bord.jpg", &broken);
    let before = tree(site.root());
    let (status, list) = findings(&site);
    assert_eq!(status, 1);
    let damaged = finding_for(&list, "bord.jpg");
    assert_eq!(damaged.len(), 1, "{list:#?}");
    assert_eq!(damaged[0]["severity"], "error");
    assert_eq!(tree(site.root()), before);
}

#[test]
fn an_output_folder_inside_the_photo_cache_is_refused() {
    for output in [
        ".rapport-cache",
        ".rapport-cache/photos",
        ".rapport-cache/public",
        "public/../.rapport-cache/x",
    ] {
        let site = bundle("![Bordet](bord.jpg)");
        site.write("content/reports/astana/bord.jpg", &jpeg(800, 600));
        site.build();
        let before = tree(&site.root().join(".rapport-cache"));
        let out = site.root().join(output);
        let run = site.run(&["build", "--output", out.to_str().expect("utf-8")]);
        assert_eq!(run.status, 1, "{output}: {}{}", run.stdout, run.stderr);
        assert!(
            run.stderr.contains("refusing to write the site into"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains(".rapport-cache/"), "{}", run.stderr);
        assert_eq!(
            tree(&site.root().join(".rapport-cache")),
            before,
            "{output}"
        );
    }
    // Through a link as well.
    let site = bundle("Text.");
    std::fs::create_dir_all(site.root().join(".rapport-cache")).expect("mkdir");
    link(
        &site.root().join(".rapport-cache"),
        &site.root().join("out"),
    );
    let run = site.run(&[
        "build",
        "--output",
        site.root().join("out").to_str().expect("utf-8"),
    ]);
    assert_eq!(run.status, 1, "{}", run.stderr);
}

/// A PNG or RIFF chunk: its kind and data.
type Chunk = ([u8; 4], Vec<u8>);

/// `data` as a PNG chunk of `kind`, with its CRC.
fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc = 0xFFFF_FFFFu32;
    for &b in kind.iter().chain(data) {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    out.extend_from_slice(&(!crc).to_be_bytes());
    out
}

/// A PNG's chunks: (kind, data), and how many bytes follow IEND.
fn png_chunks(bytes: &[u8]) -> (Vec<Chunk>, usize) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
    let mut out = Vec::new();
    let mut i = 8;
    loop {
        let len = u32::from_be_bytes(bytes[i..i + 4].try_into().expect("4")) as usize;
        let kind: [u8; 4] = bytes[i + 4..i + 8].try_into().expect("4");
        out.push((kind, bytes[i + 8..i + 8 + len].to_vec()));
        i += 12 + len;
        if &kind == b"IEND" {
            return (out, bytes.len() - i);
        }
    }
}

/// A zlib stream holding `data` uncompressed.
fn zlib_stored(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x78, 0x01, 0x01];
    let len = data.len() as u16;
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&(!len).to_le_bytes());
    out.extend_from_slice(data);
    let (mut a, mut b) = (1u32, 0u32);
    for &x in data {
        a = (a + u32::from(x)) % 65521;
        b = (b + a) % 65521;
    }
    out.extend_from_slice(&((b << 16) | a).to_be_bytes());
    out
}

/// The TIFF structure of an EXIF block with a GPS position.
fn gps_tiff() -> Vec<u8> {
    let jpeg = with_exif(&jpeg(16, 16), 1, true);
    let len = usize::from(u16::from_be_bytes([jpeg[4], jpeg[5]]));
    jpeg[4 + 2 + 6..4 + len].to_vec()
}

const XMP: &str = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" exif:GPSLatitude=\"59,20.0N\" exif:GPSLongitude=\"18,4.0E\"/></rdf:RDF></x:xmpmeta>";

/// A JPEG segment.
fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
    let mut out = vec![0xFF, marker];
    out.extend_from_slice(
        &u16::try_from(payload.len() + 2)
            .expect("short")
            .to_be_bytes(),
    );
    out.extend_from_slice(payload);
    out
}

/// A JPEG's segments (marker, payload) through EOI, the entropy-coded data
/// of each scan skipped, and how many bytes follow EOI.
fn jpeg_segments(bytes: &[u8]) -> (Vec<(u8, Vec<u8>)>, usize) {
    assert_eq!(&bytes[..2], [0xFF, 0xD8], "a JPEG starts with SOI");
    let mut out = vec![(0xD8, Vec::new())];
    let mut i = 2;
    loop {
        assert_eq!(bytes[i], 0xFF, "a marker at {i}");
        while bytes[i + 1] == 0xFF {
            i += 1;
        }
        let marker = bytes[i + 1];
        if marker == 0xD9 {
            out.push((marker, Vec::new()));
            return (out, bytes.len() - (i + 2));
        }
        if (0xD0..=0xD7).contains(&marker) || marker == 0x01 {
            out.push((marker, Vec::new()));
            i += 2;
            continue;
        }
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        out.push((marker, bytes[i + 4..i + 2 + len].to_vec()));
        i += 2 + len;
        if marker == 0xDA {
            // Entropy-coded data: to the next marker that is not a restart.
            while !(bytes[i] == 0xFF
                && bytes[i + 1] != 0
                && bytes[i + 1] != 0xFF
                && !(0xD0..=0xD7).contains(&bytes[i + 1]))
            {
                i += 1;
            }
        }
    }
}

/// A minimal ICC profile: a header and no tags.
fn icc_profile() -> Vec<u8> {
    let mut p = vec![0u8; 132];
    p[..4].copy_from_slice(&132u32.to_be_bytes());
    p[12..16].copy_from_slice(b"mntr");
    p[16..20].copy_from_slice(b"RGB ");
    p[20..24].copy_from_slice(b"XYZ ");
    p[36..40].copy_from_slice(b"acsp");
    p
}

/// A JPEG with metadata in every place the format allows it.
fn jpeg_full_of_metadata() -> Vec<u8> {
    let plain = jpeg(600, 400);
    let (segments, _) = jpeg_segments(&plain);
    assert!(segments.iter().all(|(m, _)| *m != 0xFE));
    let mut out = vec![0xFF, 0xD8];
    // APP0: a JFIF header with a thumbnail and a position after it, then JFXX.
    let mut jfif = b"JFIF\0\x01\x02\x01\0\x48\0\x48\x01\x01".to_vec();
    jfif.extend_from_slice(&[200, 10, 10]);
    jfif.extend_from_slice(b"GPS 59.3293N 18.0686E");
    out.extend(segment(0xE0, &jfif));
    out.extend(segment(0xE0, b"JFXX\0\x13GPS 59.3293N 18.0686E"));
    // APP1: EXIF with GPS, XMP, extended XMP.
    let exif = with_exif(&jpeg(16, 16), 6, true);
    let len = usize::from(u16::from_be_bytes([exif[4], exif[5]]));
    out.extend_from_slice(&exif[2..4 + len]);
    let mut xmp = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
    xmp.extend_from_slice(XMP.as_bytes());
    out.extend(segment(0xE1, &xmp));
    let mut ext = b"http://ns.adobe.com/xmp/extension/\0".to_vec();
    ext.extend_from_slice(XMP.as_bytes());
    out.extend(segment(0xE1, &ext));
    // APP2: an ICC profile (kept), MPF and a made-up block (not).
    let mut icc = b"ICC_PROFILE\0\x01\x01".to_vec();
    icc.extend_from_slice(&icc_profile());
    out.extend(segment(0xE2, &icc));
    out.extend(segment(0xE2, b"MPF\0MM\0\x2a\0\0\0\x08GPS 59.3293N"));
    out.extend(segment(0xE2, b"GPS 59.3293N 18.0686E"));
    // APP3..APP15, with IPTC in APP13.
    for marker in 0xE3..=0xEF {
        out.extend(segment(marker, b"Photoshop 3.0\08BIM\x04\x04GPS 59.3293N"));
    }
    out.extend(segment(0xFE, b"taken at 59.3293N 18.0686E"));
    // The picture itself, with a comment after its scan.
    let eoi = plain.len() - 2;
    assert_eq!(&plain[eoi..], [0xFF, 0xD9]);
    out.extend_from_slice(&plain[2..eoi]);
    out.extend(segment(0xFE, b"after the scan: 59.3293N 18.0686E"));
    out.extend_from_slice(&[0xFF, 0xD9]);
    // A second JPEG after the first's end (a motion photo's, a gain map).
    out.extend(with_exif(&jpeg(64, 48), 1, true));
    out.extend_from_slice(b"ftypmp42 video with GPS 59.3293N");
    out
}

/// A PNG with metadata in every chunk it can hide in.
fn png_full_of_metadata() -> Vec<u8> {
    let plain = png(300, 200);
    let (chunks, _) = png_chunks(&plain);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(chunk(b"IHDR", &chunks[0].1));
    out.extend(chunk(b"gAMA", &45455u32.to_be_bytes()));
    out.extend(chunk(b"tEXt", b"GPS\x0059.3293N 18.0686E"));
    let mut z = b"Comment\0\0".to_vec();
    z.extend(zlib_stored(b"taken at 59.3293N 18.0686E"));
    out.extend(chunk(b"zTXt", &z));
    let mut itxt = b"XML:com.adobe.xmp\0\0\0\0\0".to_vec();
    itxt.extend_from_slice(XMP.as_bytes());
    out.extend(chunk(b"iTXt", &itxt));
    out.extend(chunk(b"eXIf", &gps_tiff()));
    out.extend(chunk(b"tIME", &[7, 222, 5, 26, 12, 0, 0]));
    out.extend(chunk(b"gpSx", b"59.3293N 18.0686E"));
    for (kind, data) in &chunks {
        if kind == b"IDAT" {
            out.extend(chunk(b"IDAT", data));
        }
    }
    out.extend(chunk(b"tEXt", b"After\x00the image data: 59.3293N"));
    out.extend(chunk(b"IEND", b""));
    out.extend_from_slice(b"after the end: GPS 59.3293N");
    out
}

/// A RIFF chunk, padded to an even length.
fn riff_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = kind.to_vec();
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out.extend_from_slice(data);
    if data.len() % 2 == 1 {
        out.push(0);
    }
    out
}

/// A WebP's chunks (kind, data) and its RIFF size.
fn webp_chunks(bytes: &[u8]) -> (Vec<Chunk>, u32) {
    assert_eq!(&bytes[..4], b"RIFF");
    assert_eq!(&bytes[8..12], b"WEBP");
    let size = u32::from_le_bytes(bytes[4..8].try_into().expect("4"));
    let mut out = Vec::new();
    let mut i = 12;
    while i < bytes.len() {
        let kind: [u8; 4] = bytes[i..i + 4].try_into().expect("4");
        let len = u32::from_le_bytes(bytes[i + 4..i + 8].try_into().expect("4")) as usize;
        out.push((kind, bytes[i + 8..i + 8 + len].to_vec()));
        i += 8 + len + (len & 1);
    }
    assert_eq!(i, bytes.len(), "chunks fill the file");
    (out, size)
}

/// A WebP with EXIF, XMP and an unknown chunk, declared in its VP8X header.
fn webp_full_of_metadata() -> Vec<u8> {
    let mut plain = Vec::new();
    image::DynamicImage::ImageRgb8(picture(300, 200))
        .write_to(
            &mut std::io::Cursor::new(&mut plain),
            image::ImageFormat::WebP,
        )
        .expect("encodes");
    let (chunks, _) = webp_chunks(&plain);
    let mut vp8x = vec![0x08 | 0x04, 0, 0, 0];
    vp8x.extend_from_slice(&299u32.to_le_bytes()[..3]);
    vp8x.extend_from_slice(&199u32.to_le_bytes()[..3]);
    let mut body = b"WEBP".to_vec();
    body.extend(riff_chunk(b"VP8X", &vp8x));
    for (kind, data) in &chunks {
        body.extend(riff_chunk(kind, data));
    }
    let mut exif = b"Exif\0\0".to_vec();
    exif.extend(gps_tiff());
    body.extend(riff_chunk(b"EXIF", &gps_tiff()));
    body.extend(riff_chunk(b"XMP ", XMP.as_bytes()));
    body.extend(riff_chunk(b"GPSx", b"59.3293N 18.0686E"));
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend(body);
    out.extend_from_slice(b"after the RIFF: GPS 59.3293N");
    out
}

/// Asserts that the JPEG `bytes` holds only what a picture needs, an
/// orientation, a plain JFIF header and a colour profile.
fn assert_clean_jpeg(name: &str, bytes: &[u8]) {
    let (segments, after) = jpeg_segments(bytes);
    assert_eq!(after, 0, "{name}: bytes after the end of the image");
    for (marker, payload) in &segments {
        match marker {
            0xD8 | 0xD9 | 0xD0..=0xD7 | 0xDA | 0xDB | 0xDD | 0xC4 => {}
            0xC0..=0xCF if *marker != 0xC8 && *marker != 0xCC => {}
            0xE0 => {
                assert_eq!(payload.len(), 14, "{name}: APP0 is a plain JFIF header");
                assert_eq!(&payload[..5], b"JFIF\0", "{name}");
                assert_eq!(&payload[12..14], [0, 0], "{name}: no thumbnail");
            }
            0xE1 => {
                assert_eq!(&payload[..6], b"Exif\0\0", "{name}: APP1 is EXIF");
                let exif = exif::Reader::new()
                    .read_raw(payload[6..].to_vec())
                    .expect("EXIF");
                let tags: Vec<exif::Tag> = exif.fields().map(|f| f.tag).collect();
                assert_eq!(
                    tags,
                    [exif::Tag::Orientation],
                    "{name}: the orientation alone"
                );
            }
            0xE2 => {
                assert_eq!(
                    &payload[..12],
                    b"ICC_PROFILE\0",
                    "{name}: APP2 is a colour profile"
                );
            }
            other => panic!("{name}: segment {other:#04x} left in"),
        }
    }
    assert_eq!(
        segments.iter().filter(|(m, _)| *m == 0xD8).count(),
        1,
        "{name}"
    );
}

fn assert_clean_png(name: &str, bytes: &[u8]) {
    let (chunks, after) = png_chunks(bytes);
    assert_eq!(after, 0, "{name}: bytes after IEND");
    for (kind, _) in &chunks {
        assert!(
            matches!(
                kind,
                b"IHDR"
                    | b"PLTE"
                    | b"IDAT"
                    | b"IEND"
                    | b"gAMA"
                    | b"cHRM"
                    | b"sRGB"
                    | b"iCCP"
                    | b"cICP"
                    | b"sBIT"
                    | b"pHYs"
                    | b"tRNS"
                    | b"bKGD"
            ),
            "{name}: chunk {} left in",
            String::from_utf8_lossy(kind)
        );
    }
}

fn assert_clean_webp(name: &str, bytes: &[u8]) {
    let (chunks, size) = webp_chunks(bytes);
    assert_eq!(size as usize, bytes.len() - 8, "{name}: RIFF size");
    for (kind, data) in &chunks {
        assert!(
            matches!(
                kind,
                b"VP8X" | b"VP8 " | b"VP8L" | b"ALPH" | b"ICCP" | b"ANIM" | b"ANMF"
            ),
            "{name}: chunk {} left in",
            String::from_utf8_lossy(kind)
        );
        if kind == b"VP8X" {
            assert_eq!(
                data[0] & 0x0C,
                0,
                "{name}: VP8X still announces EXIF or XMP"
            );
        }
    }
}

#[test]
fn published_originals_carry_no_metadata_anywhere() {
    let site = bundle("![Bordet](hemlig.jpg)\n\n![Ritning](ritning.png)\n\n![Bild](bild.webp)\n");
    site.write(
        "content/reports/astana/hemlig.jpg",
        &jpeg_full_of_metadata(),
    );
    site.write(
        "content/reports/astana/ritning.png",
        &png_full_of_metadata(),
    );
    site.write("content/reports/astana/bild.webp", &webp_full_of_metadata());
    site.build();
    let dir = site.output("sv/reports/astana");
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("published") {
        let entry = entry.expect("entry");
        let name = entry.file_name().to_string_lossy().into_owned();
        let bytes = std::fs::read(entry.path()).expect("read");
        match name.rsplit_once('.').map(|(_, e)| e) {
            Some("jpg") => assert_clean_jpeg(&name, &bytes),
            Some("png") => assert_clean_png(&name, &bytes),
            Some("webp") => assert_clean_webp(&name, &bytes),
            _ => continue,
        }
        image::load_from_memory(&bytes).unwrap_or_else(|e| panic!("{name} decodes: {e}"));
        seen.push(name);
    }
    seen.sort();
    for original in ["hemlig.jpg", "ritning.png", "bild.webp"] {
        assert!(seen.iter().any(|s| s == original), "{original} in {seen:?}");
    }
    // What is kept: the orientation and colour profile of the JPEG, the
    // gamma of the PNG; the pictures are the ones given.
    let original = std::fs::read(dir.join("hemlig.jpg")).expect("original");
    let (segments, _) = jpeg_segments(&original);
    let icc: Vec<&Vec<u8>> = segments
        .iter()
        .filter(|(m, _)| *m == 0xE2)
        .map(|(_, p)| p)
        .collect();
    assert_eq!(icc.len(), 1);
    assert_eq!(icc[0][14..], icc_profile()[..]);
    let shown = image::load_from_memory(&original).expect("decodes");
    assert_eq!((shown.width(), shown.height()), (600, 400));
    let (chunks, _) = png_chunks(&std::fs::read(dir.join("ritning.png")).expect("png"));
    assert!(chunks.iter().any(|(k, _)| k == b"gAMA"));
    let webp = image::load_from_memory(&std::fs::read(dir.join("bild.webp")).expect("webp"))
        .expect("decodes");
    assert_eq!((webp.width(), webp.height()), (300, 200));
}

/// `bytes` with the dimensions it declares set to `width` × `height`.
fn declaring(kind: &str, width: u32, height: u32) -> Vec<u8> {
    match kind {
        "png" => {
            let plain = png(16, 16);
            let (chunks, _) = png_chunks(&plain);
            let mut out = plain[..8].to_vec();
            for (kind, data) in chunks {
                let mut data = data.clone();
                if &kind == b"IHDR" {
                    data[..4].copy_from_slice(&width.to_be_bytes());
                    data[4..8].copy_from_slice(&height.to_be_bytes());
                }
                out.extend(chunk(&kind, &data));
            }
            out
        }
        "jpg" => {
            let mut bytes = jpeg(16, 16);
            let sof = bytes
                .windows(2)
                .position(|w| w == [0xFF, 0xC0])
                .expect("a baseline SOF");
            let (w, h) = (
                u16::try_from(width).expect("16 bits"),
                u16::try_from(height).expect("16 bits"),
            );
            bytes[sof + 5..sof + 7].copy_from_slice(&h.to_be_bytes());
            bytes[sof + 7..sof + 9].copy_from_slice(&w.to_be_bytes());
            bytes
        }
        _ => {
            let mut bytes = Vec::new();
            image::DynamicImage::ImageRgb8(picture(16, 16))
                .write_to(
                    &mut std::io::Cursor::new(&mut bytes),
                    image::ImageFormat::WebP,
                )
                .expect("encodes");
            assert_eq!(&bytes[12..16], b"VP8L");
            let head = (width - 1) | ((height - 1) << 14);
            let old = u32::from_le_bytes(bytes[21..25].try_into().expect("4"));
            let new = (old & !0x0FFF_FFFF) | head;
            bytes[21..25].copy_from_slice(&new.to_le_bytes());
            bytes
        }
    }
}

#[test]
fn a_decompression_bomb_is_refused_before_it_is_decoded() {
    for (kind, width, height) in [
        ("png", 65_500, 65_500),
        ("jpg", 65_500, 65_500),
        ("webp", 16_383, 16_383),
    ] {
        let name = format!("bomb.{kind}");
        let site = bundle(&format!("![Bomb]({name})"));
        let bomb = declaring(kind, width, height);
        assert!(bomb.len() < 2_000, "{kind}: {} bytes", bomb.len());
        site.write(&format!("content/reports/astana/{name}"), &bomb);
        let started = std::time::Instant::now();
        let run = site.run(&["build"]);
        assert_eq!(run.status, 1, "{kind}: {}{}", run.stdout, run.stderr);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "{kind}: {:?}",
            started.elapsed()
        );
        assert!(
            run.stderr
                .contains(&format!("content/reports/astana/{name}")),
            "{}",
            run.stderr
        );
        let (status, list) = findings(&site);
        assert_eq!(status, 1);
        let found = finding_for(&list, &name);
        assert_eq!(found.len(), 1, "{list:#?}");
        let message = found[0]["message"].as_str().expect("message");
        assert!(
            message.contains(&format!("{width} × {height}")),
            "{message}"
        );
        assert!(message.contains("100 megapixels"), "{message}");
        assert!(!site
            .root()
            .join(".rapport-cache/photos")
            .read_dir()
            .is_ok_and(|mut d| d.any(|e| e.is_ok_and(|e| e.file_name().len() == 16))));
    }
}

#[test]
fn an_unused_heic_photo_is_a_warning_and_not_published() {
    let site = bundle("![Bordet](bord.jpg)");
    site.write("content/reports/astana/bord.jpg", &jpeg(600, 400));
    site.write(
        "content/reports/astana/IMG_0001.HEIC",
        b"\0\0\0\x18ftypheic",
    );
    let run = site.run(&["build"]);
    run.assert_ok();
    assert!(!site.exists("sv/reports/astana/IMG_0001.HEIC"));
    assert!(site.exists("sv/reports/astana/bord-480.jpg"));
    let (status, list) = findings(&site);
    assert_eq!(status, 0, "{list:#?}");
    let heic = finding_for(&list, "IMG_0001.HEIC");
    assert_eq!(heic.len(), 1, "{list:#?}");
    assert_eq!(heic[0]["severity"], "warning");
    // Shown by a report, as an image, a link or the cover, it is an error.
    for body in ["![Bordet](IMG_0001.HEIC)", "[Originalet](IMG_0001.HEIC)"] {
        let site = bundle(body);
        site.write(
            "content/reports/astana/IMG_0001.HEIC",
            b"\0\0\0\x18ftypheic",
        );
        let run = site.run(&["build"]);
        assert_eq!(run.status, 1, "{body}: {}", run.stderr);
        assert!(run.stderr.contains("IMG_0001.HEIC"), "{}", run.stderr);
    }
    let site = TestSite::new().file(
        "content/reports/astana/index.sv.md",
        "---\ntitle: Astana\ndate: 2014-05-26\ncover: IMG_0001.HEIC\n---\nText.\n",
    );
    site.write(
        "content/reports/astana/IMG_0001.HEIC",
        b"\0\0\0\x18ftypheic",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(run.stderr.contains("IMG_0001.HEIC"), "{}", run.stderr);
}
