//! One Markdown file of `content/`: where it sits (report, page or section
//! intro), its language from the file suffix, its bundle files, its front
//! matter and its body. Documents are parsed in parallel by `load`.

pub mod front_matter;

use std::path::{Path, PathBuf};

use crate::config::{is_language_code, Config};
use crate::diagnostics::{Diagnostic, Span};
use crate::markdown;

pub use front_matter::{Cover, FrontMatter, Participant};

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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
    /// Plain-text summary: front matter, else text before `<!-- more -->`, else the first paragraph.
    pub summary: String,
    /// A hash of the file's bytes.
    pub hash: u64,
    /// Relative links to other Markdown files in the body, as written.
    pub links: Vec<String>,
    /// The body's distinct words, lower case, for the search index.
    pub words: String,
}

/// How a Markdown file's name reads: its stem and language.
#[derive(Debug, PartialEq, Eq)]
pub struct FileName<'a> {
    /// The name without `.LANG.md`.
    pub stem: &'a str,
    /// The language suffix, if the name has one.
    pub lang: Option<&'a str>,
}

/// Splits `name.LANG.md` into its stem and language.
pub fn file_name(name: &str) -> FileName<'_> {
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
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (dir, base) = match path.rsplit_once('/') {
        Some((dir, base)) => (dir, base),
        None => ("", path),
    };
    let name = file_name(base);
    let lang = match name.lang {
        Some(lang) if config.languages.iter().any(|l| l == lang) => lang.to_string(),
        Some(lang) => {
            return Err(vec![Diagnostic::in_file(
                &file,
                format!("the file name says it is in `{lang}`, which site.yaml does not list"),
            )
            .help(format!(
                "add `{lang}` to `languages` in site.yaml (and a folder locales/{lang}/), or rename the file to one of: {}",
                config.languages.iter().map(|l| format!("{}.{l}.md", name.stem)).collect::<Vec<_>>().join(", ")
            ))]);
        }
        None => config.default_language.clone(),
    };
    let split = front_matter::split(&file, text).map_err(|d| vec![d])?;
    let front = front_matter::parse(&file, text, split.yaml, &config.taxonomies)?;
    let mut problems = Vec::new();
    if let Some(written) = &front.lang {
        if *written != lang {
            let line = crate::yaml::key_line(split.yaml, 1, "lang").unwrap_or(1);
            problems.push(
                Diagnostic::in_file(
                    &file,
                    format!("`lang: {written}` contradicts the file name, which says `{lang}`"),
                )
                .at(text, Span::new(line, 1, 4))
                .help(format!(
                    "remove `lang`, or rename the file to {}.{written}.md",
                    name.stem
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
    if !problems.is_empty() {
        return Err(problems);
    }
    let summary = match &front.summary {
        Some(s) => s.clone(),
        None => markdown::plain_summary(split.body),
    };
    let slug = slug::slugify(front.slug.as_deref().unwrap_or(&doc_name));
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
        body: split.body.to_string(),
        body_line: split.body_line,
        front,
        hash: hash(text.as_bytes()),
        links: markdown::md_links(split.body),
        words: markdown::words(&markdown::body_text(split.body)),
    })
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

/// A stable hash of some bytes, for fingerprints.
pub fn hash(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
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
