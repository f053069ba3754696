//! Property tests over the front-matter and Markdown pipeline: whatever an
//! author writes, parsing and rendering return a value or located errors,
//! and never panic. CI runs a few hundred cases; for a long run:
//!
//!     PROPTEST_CASES=2000000 cargo test --release --test fuzz

use std::path::Path;

use proptest::prelude::*;
use rapport::fuzzing as document;
use rapport::fuzzing as markdown;
use rapport::Config;

/// Pieces authors and accidents put into files.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("---\n".to_string()),
        Just("\r\n".to_string()),
        Just("\u{feff}".to_string()),
        Just("title: Möte\n".to_string()),
        Just("date: 2014-05-26\n".to_string()),
        Just("date: 2014-02-30T25:00:00+99:00\n".to_string()),
        Just("tags: [a, b\n".to_string()),
        Just("participants:\n  - name: A\n    role: B\n  - C\n".to_string()),
        Just("cover: {src: a.png, alt: x}\n".to_string()),
        Just("extra:\n  x: [1, {y: z}]\n".to_string()),
        Just("slug: ../..\n".to_string()),
        Just("translation: k\n".to_string()),
        Just("lang: en\n".to_string()),
        Just("titel: x\n".to_string()),
        Just("&a [*a, *a]\n".to_string()),
        Just("![alt](bild.png \"titel\")\n\n".to_string()),
        Just("[länk](../annan.sv.md#del)\n".to_string()),
        Just("<!-- more -->\n".to_string()),
        Just("| a | b |\n|---|---|\n| 1 | 2 |\n".to_string()),
        Just("[^1]\n\n[^1]: not\n".to_string()),
        Just("## Rubrik {#id}\n".to_string()),
        Just("<script>x</script>\n".to_string()),
        Just("```\nkod\n```\n".to_string()),
        Just("\t  \n".to_string()),
        // What a received site or an archive's readers bring.
        Just("<img src=x onerror=alert(1)>\n".to_string()),
        Just("<iframe srcdoc=\"<script>a()</script>\" src='\"><b>'>\n".to_string()),
        Just("<a href=\" java\tscript:x\">y</a>".to_string()),
        Just("title: \"A\\v\\x01\\u0007\"\n".to_string()),
        Just("aliases: [/.git/config, /.htaccess, /ok/]\n".to_string()),
        Just("publish_date: 2030-01-01T00:00:00+14:00\n".to_string()),
        Just("&#11;&#x1F;&#0;".to_string()),
        Just("<div>".repeat(300)),
        Just("[l](https://example.org/) ".repeat(200)),
        Just("{{< figure src=\"a.jpg\" >}}".to_string()),
        "\\PC{0,12}",
        "[-:\\[\\]{}#&*!|>'\"%@`\\n ]{0,8}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..24).prop_map(|parts| parts.concat())
}

fn config() -> Config {
    Config::parse("languages: [sv, en]\ntaxonomies: [tags, organizations, countries]\n")
        .expect("valid settings")
}

fn exercise(path: &str, source: &str) {
    let config = config();
    match document::parse(path, source, &config, None) {
        Ok(doc) => {
            let resolve = |target: &str| target.ends_with(".sv.md").then(|| "/sv/x/".to_string());
            // Any `.jpg` is a processed photo, so odd names reach `srcset` too.
            let photo = |src: &str| {
                src.ends_with(".jpg").then(|| rapport::fuzzing::Picture {
                    src: format!("/sv/x/{}", rapport::fuzzing::url_name(src)),
                    srcset: vec![(format!("/sv/x/{}", rapport::fuzzing::url_name(src)), 480)],
                    width: 480,
                    height: 360,
                    original: Some(format!("/sv/x/{src}")),
                })
            };
            for raw_html in [true, false] {
                let absolute = markdown::Absolute {
                    page: "https://example.org/sv/x/",
                    origin: "https://example.org",
                };
                for absolute in [None, Some(absolute)] {
                    let ctx = markdown::Context {
                        file: &doc.file,
                        body_line: doc.body_line,
                        raw_html,
                        resolve: &resolve,
                        absolute,
                        photo: &photo,
                    };
                    if let Err(problems) = markdown::render(&doc.body, &ctx) {
                        assert!(problems
                            .iter()
                            .all(|p| p.file.is_some() && p.span.is_some()));
                    }
                }
            }
            for (at, len, what) in markdown::scripts_in_html(&doc.body) {
                assert_eq!(doc.body.get(at..at + len), Some(what.as_str()));
            }
            let _ = markdown::references(&doc.body);
            let _ = markdown::unread_images(&doc.body);
            let _ = markdown::md_links(&doc.body);
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            assert!(problems
                .iter()
                .all(|p| p.file.as_deref() == Some(Path::new("content").join(path).as_path())));
            for p in &problems {
                let _ = p.to_string();
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_report_text_parses_or_fails_with_located_errors(body in text()) {
        exercise("reports/a.sv.md", &body);
    }

    #[test]
    fn any_front_matter_block_parses_or_fails_with_located_errors(front in text(), body in text()) {
        exercise("reports/b/index.en.md", &format!("---\n{front}---\n{body}"));
    }

    #[test]
    fn any_site_yaml_parses_or_fails(text in text()) {
        if let Err(problems) = Config::parse(&text) {
            prop_assert!(!problems.0.is_empty());
            let _ = problems.to_string();
        }
    }
}

/// Inputs that once crashed or misbehaved; kept as they were found.
#[test]
fn found_by_fuzzing() {
    for input in FOUND {
        exercise("reports/a.sv.md", input);
    }
}

const FOUND: &[&str] = &[];
