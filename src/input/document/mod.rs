//! One Markdown file of `content/`: where it sits (report, page or section
//! intro), its language from the file suffix, its bundle files, its front
//! matter and its body. Documents are parsed in parallel by `load`.

pub(crate) mod front_matter;

use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, LineIndex, Span};
use crate::input::config::{is_language_code, Config};
use crate::input::markdown;

pub(crate) use front_matter::{Cover, FrontMatter, Participant, Text};

/// What a document is, from where it sits in `content/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocKind {
    /// A meeting report: a file or bundle inside a section folder.
    Report {
        /// The section's folder, relative to `content/` (`reports`).
        section: String,
    },
    /// A standalone page: a file or bundle directly in `content/`.
    Page,
    /// `_index.LANG.md`: the intro text of a section, or of the language home
    /// when `section` is empty.
    SectionIndex {
        /// The section's folder, relative to `content/`; empty for the home.
        section: String,
    },
}

/// The files beside a bundle's `index.LANG.md`.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Bundle {
    /// The bundle's folder, relative to `content/`.
    pub dir: String,
    /// Its other files (photos, attachments), relative to the bundle folder.
    pub files: Vec<String>,
}

/// One parsed Markdown file.
#[derive(Debug, Clone)]
pub struct Document {
    /// The file, relative to the site root (`content/about.sv.md`): for messages.
    pub file: PathBuf,
    /// The file, relative to `content/`, with `/` separators.
    pub path: String,
    /// The language, from the suffix or the site's default.
    pub lang: String,
    /// Report, page or section intro.
    pub kind: DocKind,
    /// The path without the language suffix: translations share it.
    pub key: String,
    /// The file or bundle name without suffixes, the default slug.
    pub name: String,
    /// The last part of its URL: `slug` of the front matter, else the name, transliterated.
    pub slug: String,
    /// The bundle's files, when the document is a bundle's index.
    pub bundle: Option<Bundle>,
    /// The checked front matter.
    pub front: FrontMatter,
    /// The Markdown after the front matter.
    pub body: String,
    /// The file line the body starts on.
    pub body_line: usize,
    /// Plain-text summary for listings and feeds: front matter, else the text
    /// before `<!-- more -->`, else the first sentences, about 300 characters.
    pub summary: String,
    /// Plain-text meta description: the front matter's summary, else the
    /// summary shortened to about 160 characters.
    pub description: String,
    /// A hash of the file's bytes.
    pub hash: u64,
    /// Relative links to other Markdown files in the body, as written.
    pub links: Vec<String>,
    /// The body's distinct words, lower case, for the search index.
    pub words: String,
    /// The body's plain text, its spaces collapsed, cut after about
    /// [`crate::search::TEXT_CHARS`] characters: what search excerpts show.
    pub text: String,
    /// What is worth a look but does not stop a build (a control
    /// character, an image Markdown did not read), found while parsing.
    pub warnings: Vec<Diagnostic>,
    /// The images of the body Markdown did not read that have an address
    /// (most often a name with a space): `check` tells whether it leads
    /// anywhere.
    pub unread_images: Vec<markdown::Unread>,
}

/// How a Markdown file's name reads: its stem and language.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct FileName<'a> {
    /// The name without `.LANG.md`.
    pub(crate) stem: &'a str,
    /// The language suffix, if the name has one.
    pub(crate) lang: Option<&'a str>,
}

/// Splits `name.LANG.md` into its stem and language.
pub(crate) fn file_name(name: &str) -> FileName<'_> {
    let base = name.strip_suffix(".md").unwrap_or(name);
    match base.rsplit_once('.') {
        Some((stem, lang)) if is_language_code(lang) => FileName {
            stem,
            lang: Some(lang),
        },
        _ => FileName {
            stem: base,
            lang: None,
        },
    }
}

/// Parses one file. `path` is relative to `content/`; `bundle` is set when the
/// file is the `index` of a page bundle.
pub fn parse(
    path: &str,
    text: &str,
    config: &Config,
    bundle: Option<Bundle>,
) -> Result<Document, Vec<Diagnostic>> {
    let file = Path::new("content").join(path);
    let original = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut warnings = control_characters(&file, original);
    let cleaned;
    let text = if warnings.is_empty() {
        original
    } else {
        // Control characters pasted from word processors make XML outputs
        // unreadable and HTML invalid; they carry no meaning, so they go.
        cleaned = original
            .chars()
            .filter(|c| !is_forbidden(*c))
            .collect::<String>();
        cleaned.as_str()
    };
    let (dir, base) = match path.rsplit_once('/') {
        Some((dir, base)) => (dir, base),
        None => ("", path),
    };
    let name = file_name(base);
    // Every problem of the file is told in one run: its name's, then its
    // front matter's, then what follows from both.
    let mut problems = Vec::new();
    let (lang, lang_known) = match name.lang {
        Some(lang) if config.languages.iter().any(|l| l == lang) => (lang.to_string(), true),
        Some(lang) => {
            problems.push(
                Diagnostic::in_file(&file, crate::msg!("document-unknown-language", lang = lang))
                    .help(crate::msg!(
                        "document-unknown-language.help",
                        lang = lang,
                        names = config
                            .languages
                            .iter()
                            .map(|l| format!("{}.{l}.md", name.stem))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
            );
            (config.default_language.clone(), false)
        }
        None => (config.default_language.clone(), true),
    };
    let split = match front_matter::split(&file, text) {
        Ok(split) => split,
        Err(d) => {
            problems.push(d);
            return Err(problems);
        }
    };
    let (front, mut found) = front_matter::read(
        &file,
        text,
        split.yaml,
        &config.taxonomies,
        &config.languages,
    );
    problems.append(&mut found);
    let Some(front) = front else {
        return Err(problems);
    };
    if let Some(written) = front.lang.as_ref().filter(|_| lang_known) {
        if *written != lang {
            let line = crate::input::yaml::key_line(split.yaml, 1, "lang").unwrap_or(1);
            problems.push(
                Diagnostic::in_file(
                    &file,
                    crate::msg!("document-lang-contradicts", written = written, lang = lang),
                )
                .at(text, Span::new(line, 1, 4))
                .help(crate::msg!(
                    "document-lang-contradicts.help",
                    name = format!("{}.{written}.md", name.stem)
                )),
            );
        }
    }
    let (kind, key, doc_name) = if bundle.is_some() {
        let (parent, bundle_name) = match dir.rsplit_once('/') {
            Some((parent, bundle_name)) => (parent, bundle_name),
            None => ("", dir),
        };
        let kind = if parent.is_empty() {
            DocKind::Page
        } else {
            DocKind::Report {
                section: parent.to_string(),
            }
        };
        (kind, dir.to_string(), bundle_name.to_string())
    } else if name.stem == "_index" {
        let kind = DocKind::SectionIndex {
            section: dir.to_string(),
        };
        (kind, join(dir, "_index"), String::new())
    } else if dir.is_empty() {
        (DocKind::Page, name.stem.to_string(), name.stem.to_string())
    } else {
        let kind = DocKind::Report {
            section: dir.to_string(),
        };
        (kind, join(dir, name.stem), name.stem.to_string())
    };
    let (summary, description) = match &front.summary {
        Some(s) => (s.clone(), s.clone()),
        None => {
            let summary = markdown::plain_summary(split.body);
            let description = markdown::shorten(&summary, markdown::DESCRIPTION_CHARS);
            (summary, description)
        }
    };
    let slug = crate::transliterate::slugify(front.slug.as_deref().unwrap_or(&doc_name));
    if slug.is_empty() && !matches!(kind, DocKind::SectionIndex { .. }) {
        let d = match front.slug.as_deref() {
            Some(written) => {
                Diagnostic::in_file(&file, crate::msg!("document-empty-slug", slug = written)).at(
                    text,
                    Span::new(
                        crate::input::yaml::key_line(split.yaml, 1, "slug").unwrap_or(1),
                        1,
                        4,
                    ),
                )
            }
            None => Diagnostic::in_file(&file, crate::msg!("document-empty-name", name = doc_name)),
        };
        problems.push(d.help(crate::msg!("document-empty-slug.help")));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let body = match &bundle {
        Some(b) => spaced_names(split.body, &b.files),
        None => split.body.to_string(),
    };
    // An unread image with an address is `check`'s: an error when the
    // address leads nowhere, like any image's, else this same warning.
    let (unread_images, unread): (Vec<_>, Vec<_>) = markdown::unread_images(&body)
        .into_iter()
        .partition(|u| u.src.is_some());
    if !unread.is_empty() {
        let lines = LineIndex::new(&body);
        warnings.extend(unread.into_iter().map(|u| {
            let mut span = lines.span(u.offset, u.offset + 2);
            let d = Diagnostic::in_file(&file, crate::msg!("document-unread-image"))
                .at_line(lines.line(span.line), span)
                .warning()
                .help(crate::msg!("document-unread-image.help"));
            span.line += split.body_line - 1;
            d.at_position(span)
        }));
    }
    let body_text = markdown::body_text(&body);
    Ok(Document {
        file,
        path: path.to_string(),
        lang,
        kind,
        key,
        slug,
        name: doc_name,
        bundle,
        summary,
        description,
        links: markdown::md_links(&body),
        words: markdown::words(&body_text),
        text: crate::search::text_for_excerpts(&body_text),
        body,
        body_line: split.body_line,
        front,
        hash: crate::hash::bytes(original.as_bytes()),
        warnings,
        unread_images,
    })
}

/// Characters that have no place in a text and no valid form in XML 1.0:
/// the C0 and C1 controls but tab, line feed and carriage return.
pub(crate) fn is_forbidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}')
}

/// A warning for each line of `text` with a control character.
fn control_characters(file: &Path, text: &str) -> Vec<Diagnostic> {
    if !text.chars().any(is_forbidden) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if let Some((col, c)) = line.chars().enumerate().find(|(_, c)| is_forbidden(*c)) {
            out.push(
                Diagnostic::in_file(
                    file,
                    crate::msg!(
                        "document-control-character",
                        code = format!("U+{:04X}", c as u32)
                    ),
                )
                .at_line(line, Span::new(i + 1, col + 1, 1))
                .warning()
                .help(crate::msg!("document-control-character.help")),
            );
        }
    }
    out
}

/// `body` with image and link addresses that name a bundle file with
/// spaces (`![Besök](möte 2.jpg "Besök")`, which CommonMark does not read
/// as an image) written in angle brackets, which it does.
fn spaced_names(body: &str, files: &[String]) -> String {
    let spaced: Vec<&String> = files.iter().filter(|f| f.contains(' ')).collect();
    if spaced.is_empty() || !body.contains("](") {
        return body.to_string();
    }
    let mut out = String::with_capacity(body.len() + 16);
    let mut rest = body;
    while let Some(i) = rest.find("](") {
        out.push_str(&rest[..i + 2]);
        rest = &rest[i + 2..];
        let found = spaced.iter().find(|f| {
            rest.strip_prefix(f.as_str()).is_some_and(|after| {
                after.starts_with(')') || after.starts_with(" \"") || after.starts_with(" '")
            })
        });
        if let Some(name) = found {
            out.push('<');
            out.push_str(name);
            out.push('>');
            rest = &rest[name.len()..];
        }
    }
    out.push_str(rest);
    out
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config::parse("languages: [sv, en]").expect("valid")
    }

    #[test]
    fn language_comes_from_the_suffix() {
        assert_eq!(
            file_name("about.en.md"),
            FileName {
                stem: "about",
                lang: Some("en")
            }
        );
        assert_eq!(file_name("about.md").lang, None);
        assert_eq!(file_name("v1.2.md").stem, "v1.2");
    }

    #[test]
    fn bundle_index_is_a_report_keyed_by_its_folder() {
        let bundle = Bundle {
            dir: "reports/2014-05-26-astana".into(),
            files: vec!["foto.png".into()],
        };
        let doc = parse(
            "reports/2014-05-26-astana/index.en.md",
            "---\ntitle: Astana\ndate: 2014-05-26\n---\nText.\n",
            &config(),
            Some(bundle),
        )
        .expect("valid");
        assert_eq!(doc.lang, "en");
        assert_eq!(doc.key, "reports/2014-05-26-astana");
        assert_eq!(doc.name, "2014-05-26-astana");
        assert_eq!(
            doc.kind,
            DocKind::Report {
                section: "reports".into()
            }
        );
        assert_eq!(doc.summary, "Text.");
    }

    #[test]
    fn a_photo_name_with_spaces_becomes_an_image() {
        let files = vec!["möte 2.jpg".to_string()];
        assert_eq!(
            spaced_names("![Besök](möte 2.jpg \"Besök\")\n[x](möte 2.jpg)", &files),
            "![Besök](<möte 2.jpg> \"Besök\")\n[x](<möte 2.jpg>)"
        );
        assert_eq!(
            spaced_names("![a](möte 22.jpg)", &files),
            "![a](möte 22.jpg)"
        );
    }

    #[test]
    fn control_characters_are_removed_and_reported() {
        let doc = parse(
            "about.sv.md",
            "---\ntitle: A\x0bB\n---\nText\x0c här.\n",
            &config(),
            None,
        )
        .expect("valid");
        assert_eq!(doc.front.title, "AB");
        assert_eq!(doc.body, "Text här.\n");
        let lines: Vec<usize> = doc
            .warnings
            .iter()
            .filter_map(|w| w.span.map(|s| s.line))
            .collect();
        assert_eq!(lines, vec![2, 4]);
    }

    #[test]
    fn a_name_without_letters_is_an_error() {
        for (path, text) in [
            (
                "reports/!!!.sv.md",
                "---\ntitle: A\ndate: 2020-01-01\n---\n",
            ),
            ("¿.sv.md", "---\ntitle: A\n---\n"),
            (
                "reports/a.sv.md",
                "---\ntitle: A\ndate: 2020-01-01\nslug: \"!!!\"\n---\n",
            ),
        ] {
            assert!(parse(path, text, &config(), None).is_err(), "{path}");
        }
    }

    #[test]
    fn unlisted_language_is_an_error() {
        let e = parse("about.ru.md", "---\ntitle: A\n---\n", &config(), None).expect_err("ru");
        assert!(e[0].message.contains("`ru`"));
    }

    #[test]
    fn lang_key_must_match_suffix() {
        let e = parse(
            "about.sv.md",
            "---\ntitle: A\nlang: en\n---\n",
            &config(),
            None,
        )
        .expect_err("lang");
        assert_eq!(e[0].span.map(|s| s.line), Some(3));
    }
}
