//! `rapport init` and `rapport new`: a new site, and a new report as a page
//! bundle in each language. Neither ever overwrites a file.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::fs_safe::{self, Job, State};
use crate::input::config::Config;
use crate::input::i18n::Locales;

/// Includes each file of the repository named, as (path, bytes).
macro_rules! embed {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $path)))),*]
    };
}

/// The default theme and locales, built into the binary for `init`.
const EMBEDDED: &[(&str, &[u8])] = embed![
    "themes/default/templates/404.html",
    "themes/default/templates/archive.html",
    "themes/default/templates/base.html",
    "themes/default/templates/index.html",
    "themes/default/templates/macros.html",
    "themes/default/templates/page.html",
    "themes/default/templates/report.html",
    "themes/default/templates/root.html",
    "themes/default/templates/search.html",
    "themes/default/templates/taxonomy.html",
    "themes/default/templates/term.html",
    "themes/default/static/favicon.svg",
    "themes/default/static/fonts/OFL.txt",
    "themes/default/static/fonts/source-sans-3-cyrillic-ext-wght-italic.woff2",
    "themes/default/static/fonts/source-sans-3-cyrillic-ext-wght-normal.woff2",
    "themes/default/static/fonts/source-sans-3-cyrillic-wght-italic.woff2",
    "themes/default/static/fonts/source-sans-3-cyrillic-wght-normal.woff2",
    "themes/default/static/fonts/source-sans-3-latin-ext-wght-italic.woff2",
    "themes/default/static/fonts/source-sans-3-latin-ext-wght-normal.woff2",
    "themes/default/static/fonts/source-sans-3-latin-wght-italic.woff2",
    "themes/default/static/fonts/source-sans-3-latin-wght-normal.woff2",
    "themes/default/static/fonts/source-serif-4-cyrillic-ext-wght-normal.woff2",
    "themes/default/static/fonts/source-serif-4-cyrillic-wght-normal.woff2",
    "themes/default/static/fonts/source-serif-4-latin-ext-wght-normal.woff2",
    "themes/default/static/fonts/source-serif-4-latin-wght-normal.woff2",
    "themes/default/static/search.js",
    "themes/default/static/style.css",
    "locales/sv/main.ftl",
    "locales/en/main.ftl",
    "themes/default/templates/partials/comments.html",
    "themes/default/templates/partials/views.html",
    "themes/default/static/comments.js",
];

const SITE_YAML: &str = "\
# Settings of this site. Every key is optional; rapport's README lists them all.

# The address the site will be published at. Feeds, the sitemap and canonical
# links use it. A path (https://org.github.io/rapporter/) prefixes every link.
base_url: https://example.org/

# The language of files without a language suffix (report.md), and of the
# address / when a visitor arrives.
default_language: sv

# Every language of the site, in the order of the language switcher. Each one
# needs a folder locales/LANG/ with the theme's texts.
languages: [sv, en]

# The theme: a folder under themes/.
theme: default

# The site's name, its tagline and the text of its footer are not set here:
# they are texts in each language, so that they can be translated. Change
# `site-title`, `site-tagline` and `footer-text` at the top of
# locales/sv/main.ftl and locales/en/main.ftl (and of every other language's).

# How many reports a listing page shows.
paginate: 10

# Front-matter lists that get pages of their own: a page per tag, a page per
# organisation.
taxonomies: [tags, organizations]

# show: a report missing in a language is still listed there, marked with
# its language. hide: it is listed only in its own language.
untranslated: show

# The byline `rapport new` writes into new reports.
# default_author: Kommunikationsavdelningen

# The organisation's logo and colours. The logo is a file of static/ (SVG or
# PNG): replace the placeholder static/logo.svg with yours. Write colours in
# quotes. `color` is the header's colour (rapport picks white or black text
# for it); `accent`, the colour of links, must be readable on white.
brand:
  logo: logo.svg
  # wordmark: true      # the logo shows the name: the header shows it alone
  # color: \"#0c3a57\"
  # accent: \"#0a5a8c\"
";

/// The texts that name a new site in one language: placeholders that are
/// plainly placeholders, or the `--title` given.
struct Naming {
    lang: &'static str,
    title: &'static str,
    tagline: &'static str,
    footer: &'static str,
    comment: &'static str,
}

const NAMING: &[Naming] = &[
    Naming {
        lang: "sv",
        title: "Vår organisation",
        tagline: "Rapporter från våra möten",
        footer: "Skriv här vem som står bakom webbplatsen och hur man når er.",
        comment: "# Webbplatsens namn, undertitel och sidfot: byt ut texterna här och i de andra språkens main.ftl.",
    },
    Naming {
        lang: "en",
        title: "Our organisation",
        tagline: "Reports from our meetings",
        footer: "Write here who runs this site and how to reach you.",
        comment: "# The site's name, tagline and footer: replace these texts here and in the other languages' main.ftl.",
    },
];

/// `text` as the value of a Fluent message: braces are written as
/// string literals, so a title like `{Förening}` stays text.
fn fluent_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '{' => "{\"{\"}".to_string(),
            '}' => "{\"}\"}".to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// The locale file `ftl` of `lang` with the example site's name, tagline and
/// footer replaced by a new site's.
fn named_locale(lang: &str, ftl: &str, title: Option<&str>) -> String {
    let Some(naming) = NAMING.iter().find(|n| n.lang == lang) else {
        return ftl.to_string();
    };
    let title = title.map_or_else(|| naming.title.to_string(), fluent_text);
    let mut out = String::with_capacity(ftl.len());
    for line in ftl.lines() {
        if line.starts_with("site-title =") {
            out.push_str(&format!("{}\nsite-title = {title}\n", naming.comment));
        } else if line.starts_with("site-tagline =") {
            out.push_str(&format!("site-tagline = {}\n", naming.tagline));
        } else if line.starts_with("footer-text =") {
            out.push_str(&format!("footer-text = {}\n", naming.footer));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The files of a new site, besides the theme and locales.
fn sample_site(today: NaiveDate) -> Vec<(String, String)> {
    let date = today.format(crate::dates::DAY);
    let bundle = format!("content/reports/{date}-forsta-motet");
    vec![
        ("site.yaml".into(), SITE_YAML.into()),
        (
            ".gitignore".into(),
            "/public\n/.public.rapport-*\n/.rapport-cache\n".into(),
        ),
        (
            "static/logo.svg".into(),
            include_str!("scaffold/logo.svg").into(),
        ),
        (
            "content/_index.sv.md".into(),
            "---\ntitle: Rapporter från våra möten\n---\nHär publicerar vi rapporter från möten, delegationer och rundabordssamtal.\n".into(),
        ),
        (
            "content/_index.en.md".into(),
            "---\ntitle: Reports from our meetings\n---\nThis is where we publish reports from meetings, delegations and round tables.\n".into(),
        ),
        (
            "content/reports/_index.sv.md".into(),
            "---\ntitle: Rapporter\nslug: rapporter\n---\n".into(),
        ),
        (
            format!("{bundle}/index.sv.md"),
            format!(
                "---\ntitle: Första mötet med våra samarbetspartner\ndate: {date}\nauthor: Redaktionen\nlocation: Stockholm\n\
                 organizations: [Vår organisation]\nparticipants:\n  - name: Anna Exempel\n    role: {{sv: ordförande, en: chair}}\n    organization: {{sv: Vår organisation, en: Our organisation}}\n\
                 tags: [exempel]\n---\nDet här är en exempelrapport. Byt ut texten, eller ta bort mappen när du har skrivit din första riktiga rapport med `rapport new`.\n\n\
                 ## Mötet\n\nSkriv vad som sades, vilka som deltog och vad ni kom överens om.\n"
            ),
        ),
        (
            format!("{bundle}/index.en.md"),
            "---\ntitle: First meeting with our partners\ntags: [example]\n---\nThis is a sample report. Replace the text, or remove the folder once you have written your first real report with `rapport new`.\n\n\
             ## The meeting\n\nWrite what was said, who took part and what you agreed on.\n"
                .into(),
        ),
        ("content/about.sv.md".into(), "---\ntitle: Om oss\n---\nBerätta här vilka ni är och hur man når er.\n".into()),
        ("content/about.en.md".into(), "---\ntitle: About us\n---\nTell here who you are and how to reach you.\n".into()),
    ]
}

/// Whether `bytes` at `rel` (relative to the site) is a page `init` wrote
/// (the sample report, the about page, the intros) that nobody has
/// changed since: `rapport import` may replace it.
pub(crate) fn is_placeholder(rel: &str, bytes: &[u8]) -> bool {
    let date = rel
        .strip_prefix("content/reports/")
        .and_then(|r| r.get(..10))
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .unwrap_or(NaiveDate::MIN);
    sample_site(date)
        .iter()
        .any(|(p, t)| p == rel && p.starts_with("content/") && t.as_bytes() == bytes)
}

/// The problem of a file that could not be created.
fn cannot_create(path: &Path, e: impl std::fmt::Display) -> Diagnostic {
    Diagnostic::in_file(path, crate::msg!("scaffold-cannot-create", error = e))
        .help(crate::msg!("scaffold-cannot-create.help"))
}

/// Creates each `(rel, bytes)` under `root`, never through a link; when
/// one fails, those created before it are removed again.
fn create_all(root: &Path, files: &[(String, Vec<u8>)]) -> Result<(), Diagnostics> {
    let mut job = Job::new(root);
    for (rel, bytes) in files {
        if let Err(failed) = job.create(rel, &mut bytes.as_slice(), None) {
            let mut problems = vec![cannot_create(&root.join(&failed.rel), &failed.error)];
            let left = job.undo();
            if !left.is_empty() {
                problems.push(Diagnostic::new(crate::msg!(
                    "scaffold-left-behind",
                    files = left.join(", ")
                )));
            }
            return Err(Diagnostics(problems));
        }
    }
    Ok(())
}

/// What `init` did.
#[derive(Debug, Default)]
pub struct Created {
    /// Files written.
    pub created: Vec<PathBuf>,
    /// Files that were there already and were left alone.
    pub kept: Vec<PathBuf>,
}

/// Creates a working site in `dir`, named `title` in every language or else
/// with placeholder names. A folder that has files is refused unless
/// `force`; even then no existing file is overwritten.
pub fn init(
    dir: &Path,
    force: bool,
    today: NaiveDate,
    title: Option<&str>,
) -> Result<Created, Diagnostics> {
    if let Some(title) = title {
        if title.trim().is_empty() || title.contains(['\n', '\r']) {
            return Err(Diagnostic::new(crate::msg!("init-title-line"))
                .help(crate::msg!("init-title-line.help"))
                .into());
        }
    }
    let title = title.map(str::trim);
    let has_files = fs::read_dir(dir)
        .map(|mut d| d.next().is_some())
        .unwrap_or(false);
    if has_files && !force {
        return Err(
            Diagnostic::new(crate::msg!("init-not-empty", dir = dir.display()))
                .help(crate::msg!("init-not-empty.help"))
                .into(),
        );
    }
    let mut done = Created::default();
    let locale = |rel: &str, bytes: &[u8]| -> Option<Vec<u8>> {
        let lang = rel.strip_prefix("locales/")?.strip_suffix("/main.ftl")?;
        let ftl = std::str::from_utf8(bytes).ok()?;
        Some(named_locale(lang, ftl, title).into_bytes())
    };
    let files = sample_site(today)
        .into_iter()
        .map(|(p, t)| (p, t.into_bytes()))
        .chain(std::iter::once((
            crate::commands::deploy::workflow::GITHUB_PAGES_PATH.to_string(),
            crate::commands::deploy::workflow::github_pages().into_bytes(),
        )))
        .chain(EMBEDDED.iter().map(|(p, bytes)| {
            let bytes = locale(p, bytes).unwrap_or_else(|| bytes.to_vec());
            (p.to_string(), bytes)
        }));
    // Every file is looked at first: a link anywhere on its way (dangling
    // or not) stops `init` before it writes anything.
    let mut problems = Vec::new();
    let mut to_create = Vec::new();
    for (rel, bytes) in files {
        match fs_safe::state(dir, &rel) {
            Ok(State::Absent) => to_create.push((rel, bytes)),
            Ok(State::File) => done.kept.push(dir.join(&rel)),
            Err(blocked) => problems.push(blocked.diagnostic(dir)),
        }
    }
    if !problems.is_empty() {
        return Err(Diagnostics(problems));
    }
    fs::create_dir_all(dir).map_err(|e| Diagnostics::from(cannot_create(dir, e)))?;
    create_all(dir, &to_create)?;
    done.created = to_create
        .into_iter()
        .map(|(rel, _)| dir.join(rel))
        .collect();
    Ok(done)
}

/// What `rapport new` is asked to make.
#[derive(Debug, Clone)]
pub struct NewReport {
    /// The site folder.
    pub root: PathBuf,
    /// The title, in the first language.
    pub title: String,
    /// The meeting's date.
    pub date: NaiveDate,
    /// The languages to write, the first being the one the title is in.
    pub langs: Vec<String>,
    /// The section folder under content/.
    pub section: String,
}

/// Creates the report's bundle with one file per language; refuses when the
/// bundle exists. Returns the files created.
pub fn new_report(req: &NewReport) -> Result<Vec<PathBuf>, Diagnostics> {
    let config = Config::load(&req.root)?;
    let unknown: Vec<&String> = req
        .langs
        .iter()
        .filter(|l| !config.languages.contains(l))
        .collect();
    if req.langs.is_empty() || !unknown.is_empty() {
        return Err(Diagnostic::new(crate::msg!(
            "new-unknown-languages",
            languages = unknown
                .iter()
                .map(|l| l.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .help(crate::msg!(
            "new-unknown-languages.help",
            languages = config.languages.join(", ")
        ))
        .into());
    }
    let section_ok = !req.section.is_empty()
        && req.section.split('/').all(|part| {
            !part.is_empty()
                && part != "."
                && part != ".."
                && !part.starts_with('.')
                && !part.contains('\\')
        });
    if !section_ok {
        return Err(
            Diagnostic::new(crate::msg!("new-bad-section", section = req.section))
                .help(crate::msg!("new-bad-section.help"))
                .into(),
        );
    }
    let locales = Locales::load(&req.root, &config)?;
    let slug = crate::transliterate::slugify(&req.title);
    if slug.is_empty() {
        return Err(Diagnostic::new(crate::msg!("new-empty-title"))
            .help(crate::msg!("new-empty-title.help"))
            .into());
    }
    let date = crate::dates::day(req.date);
    let rel_dir = format!("content/{}/{date}-{slug}", req.section);
    let dir = req.root.join(&rel_dir);
    // No link on the way (`content/`, the section, the bundle), dangling or not.
    match fs_safe::state(&req.root, &rel_dir) {
        Ok(State::Absent) => {}
        Err(fs_safe::Blocked::Folder(_)) => {
            return Err(Diagnostic::in_file(&dir, crate::msg!("new-exists"))
                .help(crate::msg!("new-exists.help"))
                .into());
        }
        Ok(State::File) => {
            return Err(fs_safe::Blocked::NotFolder(rel_dir.clone())
                .diagnostic(&req.root)
                .into())
        }
        Err(blocked) => return Err(blocked.diagnostic(&req.root).into()),
    }
    let mut files = Vec::new();
    let message = |lang: &str, id: &str| {
        locales
            .get(lang)
            .and_then(|l| l.format(id, None).ok())
            .unwrap_or_default()
    };
    let mut created = Vec::new();
    let mut original_stamp: Option<String> = None;
    for (i, lang) in req.langs.iter().enumerate() {
        let title = if i == 0 {
            req.title.clone()
        } else {
            format!("{}: {}", message(lang, "new-translate-marker"), req.title)
        };
        // The date stays in every file: a translation published before its
        // original still has it, and `check` says when the two differ.
        let mut text = format!("---\ntitle: {}\ndate: {date}\n", yaml_string(&title));
        // The meeting's other facts are written once, in the original:
        // its translations inherit them, and an empty list in a
        // translation would hide the original's.
        if i == 0 {
            if let Some(author) = &config.default_author {
                text.push_str(&format!("author: {}\n", yaml_string(author)));
            }
            text.push_str("location: \"\"\ntags: []\norganizations: []\nparticipants: []\n");
        } else {
            text.push_str("tags: []\n");
        }
        text.push_str("draft: true\n");
        // The translations are stamped as made from the original as it is
        // now, so `check` says when the original is written and they are not.
        if let Some(original) = &original_stamp {
            text.push_str(&format!("translated_from: {original}\n"));
        }
        text.push_str(&format!(
            "---\n{}\n\n## {}\n\n## {}\n\n## {}\n",
            message(lang, "new-summary-prompt"),
            message(lang, "new-heading-background"),
            message(lang, "new-heading-meeting"),
            message(lang, "new-heading-next"),
        ));
        if i == 0 {
            original_stamp = Some(crate::commands::freshness::stamp(&text));
        }
        files.push((format!("{rel_dir}/index.{lang}.md"), text.into_bytes()));
        created.push(dir.join(format!("index.{lang}.md")));
    }
    create_all(&req.root, &files)?;
    Ok(created)
}

/// A YAML double-quoted string.
fn yaml_string(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_theme_and_locale_file_is_built_in() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut on_disk: Vec<String> = walkdir::WalkDir::new(root.join("themes/default"))
            .into_iter()
            .chain(walkdir::WalkDir::new(root.join("locales")))
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                e.path()
                    .strip_prefix(root)
                    .expect("inside")
                    .display()
                    .to_string()
            })
            .collect();
        on_disk.sort();
        let mut built_in: Vec<String> = EMBEDDED.iter().map(|(p, _)| p.to_string()).collect();
        built_in.sort();
        assert_eq!(on_disk, built_in);
    }

    #[test]
    fn a_new_site_is_named_by_placeholders_or_its_title() {
        let ftl = "language-name = Svenska\nsite-title = Exempel\nsite-tagline = Om exempel\nfooter-text = Vi.\n";
        let placeholder = named_locale("sv", ftl, None);
        assert!(placeholder.contains("\nsite-title = Vår organisation\n"));
        assert!(placeholder.contains("\nsite-tagline = Rapporter från våra möten\n"));
        assert!(!placeholder.contains("Exempel") && !placeholder.contains("Vi."));
        assert!(placeholder.contains("# Webbplatsens namn"));
        let titled = named_locale("en", ftl, Some("Nordic {Health} Forum"));
        assert!(titled.contains("\nsite-title = Nordic {\"{\"}Health{\"}\"} Forum\n"));
    }

    #[test]
    fn yaml_strings_are_quoted() {
        assert_eq!(yaml_string("Möte: \"Astana\""), "\"Möte: \\\"Astana\\\"\"");
    }
}
