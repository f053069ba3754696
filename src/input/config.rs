//! `site.yaml`: the site's settings, read once at the start of a build.
//!
//! Every key has a default, so a missing `site.yaml` gives a working
//! Swedish/English site; an unknown key is an error with a suggestion.

use std::path::Path;

use serde::{Deserialize, Serialize};

pub(crate) mod deploy;

use crate::diagnostics::{Diagnostic, Diagnostics, Span};
use crate::input::yaml;

/// What listings do with a report that is missing in their language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Untranslated {
    /// List it, marked with the language it is written in.
    Show,
    /// Leave it out.
    Hide,
}

/// The settings of one site.
#[derive(Debug, Clone, Serialize)]
pub struct Config {
    /// Absolute URL of the site, ending in `/`.
    pub(crate) base_url: String,
    /// The path part of `base_url` (`/` or `/reports/`), prefixed to every internal link.
    pub(crate) base_path: String,
    /// Language of files with no language suffix, and of `x-default`.
    pub(crate) default_language: String,
    /// All languages, in the order of the language switcher.
    pub languages: Vec<String>,
    /// Folder name under `themes/`.
    pub(crate) theme: String,
    /// Reports per listing page.
    pub(crate) paginate: usize,
    /// Front-matter lists that get their own pages.
    pub(crate) taxonomies: Vec<String>,
    /// Whether listings show reports missing in their language.
    pub(crate) untranslated: Untranslated,
    /// Whether raw HTML in Markdown is passed through.
    pub(crate) raw_html: bool,
    /// The byline `rapport new` writes into new reports.
    pub(crate) default_author: Option<String>,
    /// How photos are published.
    pub(crate) images: Images,
    /// `comments:`: readers' comments through Isso; off when `None`.
    pub(crate) comments: Option<crate::input::comments::Comments>,
    /// `views:`: view counts through GoatCounter; off when `None`.
    pub(crate) views: Option<crate::input::comments::Views>,
    /// The organisation's logo and colours.
    pub(crate) brand: crate::input::brand::Brand,
    /// Where `rapport deploy` publishes the site.
    pub(crate) deploy: Option<deploy::DeployConfig>,
}

/// Whether a photo's full-size original is published beside its smaller sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Originals {
    /// A large copy, at most [`LARGE_ORIGINAL`] pixels on its longest side
    /// and without metadata, published and linked from the photo (the
    /// default): what a reader needs to look closer, at a fraction of the
    /// camera's bytes.
    Large,
    /// The camera's own file, without its metadata, published and linked
    /// from the photo (`link` is its earlier name).
    #[serde(rename = "full", alias = "link")]
    Link,
    /// Not published: readers see the resized photos only.
    None,
}

/// The longest side of the large copy `originals: large` publishes.
pub(crate) const LARGE_ORIGINAL: u32 = 2560;

/// `images:` of site.yaml: the sizes photos are published in and what of
/// the camera's file goes out.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub(crate) struct Images {
    /// Widths in pixels, smallest first; a photo is never made wider than it is.
    pub(crate) widths: Vec<u32>,
    /// Whether the full-size original is published.
    pub(crate) originals: Originals,
    /// Whether EXIF, GPS, XMP and IPTC stay in published originals.
    pub(crate) keep_metadata: bool,
}

impl Default for Images {
    fn default() -> Images {
        Images {
            widths: vec![480, 960, 1600],
            originals: Originals::Large,
            keep_metadata: false,
        }
    }
}

/// `site.yaml` as written; every key optional.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    base_url: Option<String>,
    default_language: Option<String>,
    languages: Option<Vec<String>>,
    theme: Option<String>,
    paginate: Option<usize>,
    taxonomies: Option<Vec<String>>,
    untranslated: Option<Untranslated>,
    markdown: Option<RawMarkdown>,
    default_author: Option<String>,
    images: Option<RawImages>,
    comments: Option<yaml::Value>,
    views: Option<yaml::Value>,
    brand: Option<yaml::Value>,
    deploy: Option<deploy::DeployConfig>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawImages {
    widths: Option<Vec<u32>>,
    originals: Option<Originals>,
    keep_metadata: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMarkdown {
    raw_html: Option<bool>,
}

const KEYS: &[&str] = &[
    "base_url",
    "default_language",
    "languages",
    "theme",
    "paginate",
    "taxonomies",
    "untranslated",
    "markdown",
    "default_author",
    "images",
    "comments",
    "views",
    "brand",
    "deploy",
];

/// The name of the settings file in the site root.
pub(crate) const FILE: &str = crate::input::paths::SETTINGS;

impl Config {
    /// Reads `ROOT/site.yaml`, or the defaults when there is none.
    pub fn load(root: &Path) -> Result<Config, Diagnostics> {
        let path = root.join(FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => {
                return Err(
                    Diagnostic::in_file(FILE, crate::msg!("config-unreadable", error = e)).into(),
                )
            }
        };
        let config = Config::parse(&text)?;
        match config.brand.check_files(root, &text) {
            Some(problem) => Err(problem.into()),
            None => Ok(config),
        }
    }

    /// Parses the text of `site.yaml`.
    pub fn parse(text: &str) -> Result<Config, Diagnostics> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let yaml_text = if text.trim().is_empty() { "{}" } else { text };
        let mut problems = match yaml::value(yaml_text, 0) {
            Ok(yaml::Value::Mapping(map)) => yaml::unknown_keys(&map, text, 0, KEYS, FILE, text),
            _ => Vec::new(),
        };
        if !problems.is_empty() {
            return Err(Diagnostics(problems));
        }
        let raw: RawConfig =
            yaml::from_str(yaml_text, 0).map_err(|e| e.into_diagnostic(FILE, text))?;
        let RawConfig {
            base_url,
            default_language,
            languages,
            theme,
            paginate,
            taxonomies,
            untranslated,
            markdown,
            default_author,
            images,
            comments,
            views,
            brand,
            deploy,
        } = raw;
        let locate = |key: &str| yaml::key_line(text, 0, key).unwrap_or(1);
        let mut base_url = base_url.unwrap_or_else(|| "http://127.0.0.1:1111/".into());
        if !base_url.ends_with('/') {
            base_url.push('/');
        }
        let base_path = match base_path(&base_url) {
            Some(p) => p,
            None => {
                problems.push(
                    Diagnostic::in_file(FILE, crate::msg!("config-base-url", url = base_url))
                        .at(text, Span::new(locate("base_url"), 1, 8))
                        .help(crate::msg!("config-base-url.help")),
                );
                "/".into()
            }
        };
        let languages = languages.unwrap_or_else(|| vec!["sv".into(), "en".into()]);
        let default_language = default_language
            .or_else(|| languages.first().cloned())
            .unwrap_or_else(|| "sv".into());
        if languages.is_empty() {
            problems.push(
                Diagnostic::in_file(FILE, crate::msg!("config-no-languages"))
                    .at(text, Span::new(locate("languages"), 1, 9))
                    .help(crate::msg!("config-no-languages.help")),
            );
        }
        for lang in &languages {
            if !is_language_code(lang) {
                problems.push(
                    Diagnostic::in_file(FILE, crate::msg!("config-bad-language", lang = lang))
                        .at(text, Span::new(locate("languages"), 1, 9))
                        .help(crate::msg!("config-bad-language.help")),
                );
            }
        }
        if !languages.is_empty() && !languages.contains(&default_language) {
            problems.push(
                Diagnostic::in_file(
                    FILE,
                    crate::msg!("config-default-language", lang = default_language),
                )
                .at(text, Span::new(locate("default_language"), 1, 16))
                .help(crate::msg!(
                    "config-default-language.help",
                    languages = languages.join(", ")
                )),
            );
        }
        let paginate = paginate.unwrap_or(10);
        if paginate == 0 {
            problems.push(
                Diagnostic::in_file(FILE, crate::msg!("config-paginate"))
                    .at(text, Span::new(locate("paginate"), 1, 8)),
            );
        }
        let mut photo = Images::default();
        if let Some(raw) = images {
            if let Some(mut widths) = raw.widths {
                widths.sort_unstable();
                widths.dedup();
                if widths.first().is_none_or(|&w| w < 16)
                    || widths.last().is_some_and(|&w| w > 8192)
                {
                    problems.push(
                        Diagnostic::in_file(FILE, crate::msg!("config-widths"))
                            .at(text, Span::new(locate("images"), 1, 6))
                            .help(crate::msg!("config-widths.help")),
                    );
                }
                photo.widths = widths;
            }
            photo.originals = raw.originals.unwrap_or(photo.originals);
            photo.keep_metadata = raw.keep_metadata.unwrap_or(false);
        }
        let comments =
            comments.and_then(|v| crate::input::comments::comments(&v, text, &mut problems));
        let views = views.and_then(|v| crate::input::comments::views(&v, text, &mut problems));
        let brand = crate::input::brand::read(brand.as_ref(), text, &mut problems);
        let config = Config {
            base_url,
            base_path,
            default_language,
            languages,
            theme: theme.unwrap_or_else(|| "default".into()),
            paginate,
            taxonomies: taxonomies.unwrap_or_else(|| vec!["tags".into(), "organizations".into()]),
            untranslated: untranslated.unwrap_or(Untranslated::Show),
            raw_html: markdown.and_then(|m| m.raw_html).unwrap_or(true),
            default_author,
            images: photo,
            comments,
            views,
            brand,
            deploy,
        };
        Diagnostics::or_ok(problems, config)
    }

    /// The site with `base_url` replaced, for `--base-url`.
    pub fn with_base_url(mut self, url: &str) -> Result<Config, Diagnostics> {
        let mut url = url.to_string();
        if !url.ends_with('/') {
            url.push('/');
        }
        self.base_path = base_path(&url).ok_or_else(|| {
            Diagnostic::new(crate::msg!("config-base-url-option", url = url))
                .help(crate::msg!("config-base-url-option.help"))
        })?;
        self.base_url = url;
        Ok(self)
    }
}

/// Whether `s` looks like a language code (`sv`, `en`, `pt-BR`).
pub(crate) fn is_language_code(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn base_path(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let slash = rest.find('/')?;
    if slash == 0 {
        return None;
    }
    Some(rest[slash..].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_give_a_swedish_english_site() {
        let c = Config::parse("").expect("empty settings are valid");
        assert_eq!(c.languages, ["sv", "en"]);
        assert_eq!(c.default_language, "sv");
        assert_eq!(c.paginate, 10);
        assert_eq!(c.base_path, "/");
    }

    #[test]
    fn base_url_path_prefixes_links() {
        let c = Config::parse("base_url: https://org.github.io/reports").expect("valid");
        assert_eq!(c.base_url, "https://org.github.io/reports/");
        assert_eq!(c.base_path, "/reports/");
    }

    #[test]
    fn unknown_key_suggests_the_nearest() {
        let e = Config::parse("languages: [sv]\npaginte: 5\n").expect_err("unknown key");
        assert_eq!(e.0[0].span.map(|s| s.line), Some(2));
        assert!(e.0[0].help.as_deref().unwrap_or("").contains("paginate"));
    }

    #[test]
    fn image_settings_are_read_and_checked() {
        let c = Config::parse("images:\n  widths: [960, 320]\n  originals: none\n").expect("valid");
        assert_eq!(c.images.widths, [320, 960]);
        assert_eq!(c.images.originals, Originals::None);
        assert!(!c.images.keep_metadata);
        assert!(Config::parse("images:\n  widths: []\n").is_err());
        assert_eq!(
            Config::parse("").expect("valid").images.originals,
            Originals::Large
        );
        for full in ["full", "link"] {
            let c = Config::parse(&format!("images:\n  originals: {full}\n")).expect("valid");
            assert_eq!(c.images.originals, Originals::Link);
        }
        let e = Config::parse("images:\n  widht: [480]\n").expect_err("unknown key");
        assert!(e.0[0].message.contains("widht"), "{:?}", e.0[0]);
    }

    #[test]
    fn default_language_must_be_listed() {
        let e = Config::parse("default_language: fi\nlanguages: [sv, en]\n").expect_err("fi");
        assert!(e.0[0].message.contains("fi"));
    }
}
