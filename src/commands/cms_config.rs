//! The browser editor's configuration, made from the site itself: one
//! Decap CMS collection per section (page bundles `SLUG/index.LANG.md`,
//! photos beside them), one for the standalone pages, the site's languages
//! with the `multiple_files` translation structure (default language
//! first), and fields for rapport's front matter with the right widgets.
//!
//! `rapport editor` writes it to `static/admin/config.yml` beside an admin
//! page, so that the published site carries both for the git-host backends;
//! `rapport serve` makes it afresh for every request at `/__rapport/edit/`;
//! `check` warns when the written file no longer matches the site.

use std::collections::BTreeSet;
use std::path::Path;

use serde_yaml::{Mapping, Value};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::input::config::Config;
use crate::input::terms::Terms;
use crate::messages::{text_in, Lang};

/// Where `rapport editor` writes the configuration, relative to the root.
pub(crate) const FILE: &str = "static/admin/config.yml";
/// Where `rapport editor` writes the admin page, relative to the root.
pub(crate) const PAGE: &str = "static/admin/index.html";
/// A local copy of the CMS script: used instead of the CDN when present.
pub(crate) const LOCAL_SCRIPT: &str = "static/admin/decap-cms.js";
/// The Decap CMS release the configuration is written for.
pub(crate) const DECAP_VERSION: &str = "3.16.3";
/// The script of that release on a CDN.
pub(crate) const CDN_SCRIPT: &str = "https://unpkg.com/decap-cms@3.16.3/dist/decap-cms.js";
/// Its subresource-integrity hash (of `dist/decap-cms.js` in the npm package).
pub(crate) const CDN_INTEGRITY: &str =
    "sha384-A/Gdn928CNLufmnGWGs9RM4Q9o8bSNLeJERqBFrBjwzL7FRpoLT3MPF8Tl0+Wd2p";

/// The front-matter keys the report form edits, in every language's file.
pub(crate) const REPORT_FIELDS: &[&str] = &[
    "title",
    "date",
    "end_date",
    "location",
    "author",
    "participants",
    "organizations",
    "tags",
    "cover",
    "summary",
    "draft",
    "publish_date",
];
/// The keys the report form writes into a translation's file: text only.
pub(crate) const TRANSLATED_FIELDS: &[&str] = &["title", "summary", "tags", "organizations"];

/// The git host the published editor saves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backend {
    /// `github` or `gitlab`.
    pub name: String,
    /// `OWNER/NAME` of the repository.
    pub repo: String,
    /// The branch the site is built from.
    pub branch: String,
}

impl Default for Backend {
    fn default() -> Backend {
        Backend {
            name: "github".into(),
            repo: "OWNER/NAME".into(),
            branch: "main".into(),
        }
    }
}

impl Backend {
    /// The backend written in `text` (a config.yml), if it names one.
    fn from_config_text(text: &str) -> Option<Backend> {
        let value: Value = serde_yaml::from_str(text).ok()?;
        let backend = value.get("backend")?;
        let field = |k: &str| backend.get(k).and_then(Value::as_str).map(str::to_string);
        Some(Backend {
            name: field("name")?,
            repo: field("repo").unwrap_or_default(),
            branch: field("branch").unwrap_or_else(|| "main".into()),
        })
    }

    /// The backend of the written configuration, else the GitHub or GitLab
    /// repository of the site's `origin` remote, else a placeholder.
    pub fn of_site(root: &Path) -> Backend {
        if let Some(b) = std::fs::read_to_string(root.join(FILE))
            .ok()
            .and_then(|t| Backend::from_config_text(&t))
        {
            return b;
        }
        Backend::from_git(root).unwrap_or_default()
    }

    /// GitHub or GitLab from `remote "origin"` in `.git/config`.
    fn from_git(root: &Path) -> Option<Backend> {
        let text = std::fs::read_to_string(root.join(".git/config")).ok()?;
        let mut in_origin = false;
        for line in text.lines() {
            let line = line.trim();
            if line.starts_with('[') {
                in_origin = line == "[remote \"origin\"]";
            } else if let Some(url) = line.strip_prefix("url").filter(|_| in_origin) {
                let url = url.trim_start().strip_prefix('=')?.trim();
                return Backend::from_remote(url);
            }
        }
        None
    }

    /// `github`/`gitlab` and `OWNER/NAME` of a remote's URL.
    pub fn from_remote(url: &str) -> Option<Backend> {
        for (host, name) in [("github.com", "github"), ("gitlab.com", "gitlab")] {
            let Some((_, rest)) = url.split_once(host) else {
                continue;
            };
            let repo = rest
                .trim_start_matches([':', '/'])
                .trim_end_matches('/')
                .trim_end_matches(".git");
            if repo.split('/').count() >= 2 && !repo.contains(' ') {
                return Some(Backend {
                    name: name.into(),
                    repo: repo.into(),
                    branch: "main".into(),
                });
            }
        }
        None
    }
}

fn s(text: &str) -> Value {
    Value::String(text.to_string())
}

fn map(pairs: Vec<(&str, Value)>) -> Value {
    let mut m = Mapping::new();
    for (k, v) in pairs {
        m.insert(s(k), v);
    }
    Value::Mapping(m)
}

fn list(items: Vec<Value>) -> Value {
    Value::Sequence(items)
}

/// The labels and hints of the form, in the editor's interface language.
struct Words(Lang);

impl Words {
    fn get(&self, id: &str) -> Value {
        s(&text_in(self.0, id, None))
    }
}

/// A folder directly under `content/` that holds reports (no `index.*.md`).
#[derive(Debug)]
struct Section {
    folder: String,
    label: String,
    /// Its part of the URL in the default language: the `slug` of its intro, else the folder.
    url: String,
}

fn sections(root: &Path, config: &Config, ui: &str) -> Vec<Section> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(root.join("content")) else {
        return found;
    };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let name = entry.file_name().to_string_lossy().into_owned();
        if !kind.is_dir() || name.starts_with(['.', '_']) {
            continue;
        }
        let dir = entry.path();
        let is_bundle = config
            .languages
            .iter()
            .any(|l| dir.join(format!("index.{l}.md")).is_file())
            || dir.join("index.md").is_file();
        if is_bundle {
            continue;
        }
        let label = [ui, config.default_language.as_str()]
            .iter()
            .find_map(|lang| {
                let text = std::fs::read_to_string(dir.join(format!("_index.{lang}.md"))).ok()?;
                front_title(&text)
            })
            .unwrap_or_else(|| name.clone());
        let url =
            std::fs::read_to_string(dir.join(format!("_index.{}.md", config.default_language)))
                .ok()
                .and_then(|text| front_value(&text))
                .and_then(|v| v.get("slug").and_then(Value::as_str).map(str::to_string))
                .map_or_else(
                    || crate::transliterate::slugify(&name),
                    |slug| crate::transliterate::slugify(&slug),
                );
        found.push(Section {
            folder: name,
            label,
            url,
        });
    }
    found.sort_by(|a, b| a.folder.cmp(&b.folder));
    found
}

/// The front matter of a Markdown text as YAML, if it has one.
pub(crate) fn front_value(text: &str) -> Option<Value> {
    let split = crate::input::document::front_matter::split(Path::new(""), text).ok()?;
    serde_yaml::from_str(split.yaml).ok()
}

fn front_title(text: &str) -> Option<String> {
    front_value(text)?
        .get("title")
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// Every term of `taxonomy` the site has: those of terms.yaml (their first
/// name) and those written in reports, each once, sorted.
fn term_options(terms: &Terms, taxonomy: &str, used: &[Value]) -> Vec<Value> {
    let mut names: BTreeSet<String> = BTreeSet::new();
    for value in used {
        if let Some(items) = value.get(taxonomy).and_then(Value::as_sequence) {
            for item in items.iter().filter_map(Value::as_str) {
                // A name terms.yaml links is offered under its first name.
                match terms.find(taxonomy, item) {
                    Some((_, linked)) => names.insert(linked.original().1.to_string()),
                    None => names.insert(item.to_string()),
                };
            }
        }
    }
    names.extend(linked_names(terms, taxonomy));
    names.into_iter().map(|n| s(&n)).collect()
}

fn linked_names(terms: &Terms, taxonomy: &str) -> Vec<String> {
    terms
        .list(taxonomy)
        .iter()
        .map(|l| l.original().1.to_string())
        .collect()
}

/// The front matter of every Markdown file under `content/`.
fn all_front_matter(root: &Path) -> Vec<Value> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(root.join("content"))
        .follow_links(false)
        .into_iter()
        .flatten()
    {
        if entry.file_type().is_file() && entry.file_name().to_string_lossy().ends_with(".md") {
            if let Some(v) = std::fs::read_to_string(entry.path())
                .ok()
                .and_then(|t| front_value(&t))
            {
                out.push(v);
            }
        }
    }
    out
}

fn date_field(w: &Words, name: &str, label: &str, required: bool) -> Value {
    map(vec![
        ("label", w.get(label)),
        ("name", s(name)),
        ("widget", s("datetime")),
        ("format", s("YYYY-MM-DD")),
        ("date_format", s("YYYY-MM-DD")),
        ("time_format", Value::Bool(false)),
        ("picker_utc", Value::Bool(true)),
        ("required", Value::Bool(required)),
        ("hint", w.get(&format!("{label}.hint"))),
    ])
}

fn text_field(w: &Words, name: &str, label: &str, widget: &str, i18n: bool) -> Value {
    let mut pairs = vec![
        ("label", w.get(label)),
        ("name", s(name)),
        ("widget", s(widget)),
        ("required", Value::Bool(false)),
    ];
    if i18n {
        pairs.push(("i18n", Value::Bool(true)));
    }
    map(pairs)
}

fn title_field(w: &Words) -> Value {
    map(vec![
        ("label", w.get("editor-field-title")),
        ("name", s("title")),
        ("widget", s("string")),
        ("i18n", Value::Bool(true)),
    ])
}

fn body_field(w: &Words) -> Value {
    map(vec![
        ("label", w.get("editor-field-body")),
        ("name", s("body")),
        ("widget", s("markdown")),
        ("i18n", Value::Bool(true)),
        ("required", Value::Bool(false)),
        ("hint", w.get("editor-field-body.hint")),
        ("editor_components", list(vec![s("image")])),
    ])
}

fn draft_field(w: &Words) -> Value {
    map(vec![
        ("label", w.get("editor-field-draft")),
        ("name", s("draft")),
        ("widget", s("boolean")),
        ("required", Value::Bool(false)),
        ("default", Value::Bool(false)),
    ])
}

fn term_field(w: &Words, name: &str, label: &str, options: Vec<Value>) -> Value {
    map(vec![
        ("label", w.get(label)),
        ("name", s(name)),
        ("widget", s("select")),
        ("multiple", Value::Bool(true)),
        ("required", Value::Bool(false)),
        ("options", list(options)),
        ("i18n", s("duplicate")),
        ("hint", w.get(&format!("{label}.hint"))),
    ])
}

/// The configuration's text, with labels in `ui`.
pub(crate) fn generate(
    root: &Path,
    config: &Config,
    terms: &Terms,
    ui: Lang,
    backend: &Backend,
) -> String {
    let w = Words(ui);
    let mut locales = vec![s(&config.default_language)];
    locales.extend(
        config
            .languages
            .iter()
            .filter(|l| **l != config.default_language)
            .map(|l| s(l)),
    );
    let used = all_front_matter(root);
    let tags = term_options(terms, "tags", &used);
    let organizations = term_options(terms, "organizations", &used);
    let participant = map(vec![
        ("label", w.get("editor-field-participants")),
        ("label_singular", w.get("editor-field-participant")),
        ("name", s("participants")),
        ("widget", s("list")),
        ("required", Value::Bool(false)),
        ("summary", s("{{fields.name}}")),
        (
            "fields",
            list(vec![
                map(vec![
                    ("label", w.get("editor-field-name")),
                    ("name", s("name")),
                    ("widget", s("string")),
                ]),
                text_field(&w, "role", "editor-field-role", "string", false),
                text_field(
                    &w,
                    "organization",
                    "editor-field-organization",
                    "string",
                    false,
                ),
            ]),
        ),
    ]);
    let cover = map(vec![
        ("label", w.get("editor-field-cover")),
        ("name", s("cover")),
        ("widget", s("object")),
        ("required", Value::Bool(false)),
        ("collapsed", Value::Bool(false)),
        (
            "fields",
            list(vec![
                map(vec![
                    ("label", w.get("editor-field-photo")),
                    ("name", s("src")),
                    ("widget", s("image")),
                    ("required", Value::Bool(false)),
                    ("choose_url", Value::Bool(false)),
                ]),
                map(vec![
                    ("label", w.get("editor-field-alt")),
                    ("name", s("alt")),
                    ("widget", s("string")),
                    ("required", Value::Bool(false)),
                    ("hint", w.get("editor-field-alt.hint")),
                ]),
            ]),
        ),
    ]);
    let report_fields = list(vec![
        title_field(&w),
        date_field(&w, "date", "editor-field-date", true),
        date_field(&w, "end_date", "editor-field-end-date", false),
        text_field(&w, "location", "editor-field-location", "string", false),
        text_field(&w, "author", "editor-field-author", "string", false),
        participant,
        term_field(
            &w,
            "organizations",
            "editor-field-organizations",
            organizations,
        ),
        term_field(&w, "tags", "editor-field-tags", tags),
        cover,
        text_field(&w, "summary", "editor-field-summary", "text", true),
        draft_field(&w),
        date_field(&w, "publish_date", "editor-field-publish-date", false),
        body_field(&w),
    ]);
    let mut collections = Vec::new();
    for section in sections(root, config, ui.code()) {
        collections.push(map(vec![
            ("name", s(&section.folder)),
            ("label", s(&section.label)),
            ("label_singular", w.get("editor-report")),
            ("folder", s(&format!("content/{}", section.folder))),
            ("path", s("{{slug}}/index")),
            ("slug", s("{{year}}-{{month}}-{{day}}-{{slug}}")),
            ("create", Value::Bool(true)),
            ("extension", s("md")),
            ("format", s("frontmatter")),
            ("media_folder", s("")),
            ("public_folder", s("")),
            ("i18n", Value::Bool(true)),
            ("summary", s("{{date}} · {{title}}")),
            ("sortable_fields", list(vec![s("date"), s("title")])),
            (
                "preview_path",
                s(&format!(
                    "{}/{}/{{{{slug}}}}/",
                    config.default_language, section.url
                )),
            ),
            ("fields", report_fields.clone()),
        ]));
    }
    collections.push(map(vec![
        ("name", s("pages")),
        ("label", w.get("editor-pages")),
        ("label_singular", w.get("editor-page")),
        ("folder", s("content")),
        ("create", Value::Bool(true)),
        ("extension", s("md")),
        ("format", s("frontmatter")),
        ("media_folder", s("")),
        ("public_folder", s("")),
        ("i18n", Value::Bool(true)),
        (
            "fields",
            list(vec![
                title_field(&w),
                text_field(&w, "summary", "editor-field-summary", "text", true),
                draft_field(&w),
                body_field(&w),
            ]),
        ),
    ]));
    let value = map(vec![
        (
            "backend",
            map(vec![
                ("name", s(&backend.name)),
                ("repo", s(&backend.repo)),
                ("branch", s(&backend.branch)),
            ]),
        ),
        ("local_backend", Value::Bool(true)),
        ("locale", s(ui.code())),
        ("site_url", s(&config.base_url)),
        ("media_folder", s("static/images")),
        ("public_folder", s("/images")),
        (
            "slug",
            map(vec![
                ("encoding", s("ascii")),
                ("clean_accents", Value::Bool(true)),
                ("sanitize_replacement", s("-")),
            ]),
        ),
        (
            "i18n",
            map(vec![
                ("structure", s("multiple_files")),
                ("locales", list(locales)),
                ("default_locale", s(&config.default_language)),
            ]),
        ),
        ("collections", list(collections)),
    ]);
    let yaml = serde_yaml::to_string(&value).unwrap_or_default();
    format!(
        "# {}\n# Decap CMS {DECAP_VERSION}: https://decapcms.org/docs/configuration-options/\n{yaml}",
        text_in(ui, "editor-config-header", None)
    )
}

/// The interface language of the published editor: the site's default
/// language when rapport speaks it, else English.
pub(crate) fn site_lang(config: &Config) -> Lang {
    Lang::from_locale(&config.default_language)
}

/// The admin page: loads the CMS (the local copy when the site has one,
/// else the pinned CDN script with its integrity hash), adds the photo
/// button that asks for alt text and a caption, shows rapport's own preview
/// beside the form, and on this machine talks to `rapport serve`.
/// `script_base` is where a local copy is found (`/admin/` or ``).
pub(crate) fn admin_page(root: &Path, config: &Config, script_base: &str) -> String {
    let script = if root.join(LOCAL_SCRIPT).is_file() {
        format!("<script src=\"{script_base}decap-cms.js\"></script>")
    } else {
        format!(
            "<script src=\"{CDN_SCRIPT}\" integrity=\"{CDN_INTEGRITY}\" crossorigin=\"anonymous\"></script>"
        )
    };
    let mut langs = vec![config.default_language.clone()];
    langs.extend(
        config
            .languages
            .iter()
            .filter(|l| **l != config.default_language)
            .cloned(),
    );
    let langs: Vec<String> = langs.iter().map(|l| format!("\"{l}\"")).collect();
    let sections: serde_json::Map<String, serde_json::Value> = sections(root, config, "")
        .into_iter()
        .map(|s| (s.folder, serde_json::Value::String(s.url)))
        .collect();
    let mut words = serde_json::Map::new();
    for lang in [Lang::Swedish, Lang::English] {
        let mut these = serde_json::Map::new();
        for (key, id) in [
            ("photo", "editor-photo"),
            ("alt", "editor-field-alt"),
            ("altHint", "editor-field-alt.hint"),
            ("caption", "editor-photo-caption"),
            ("saveFirst", "editor-preview-save-first"),
            ("preview", "editor-preview"),
        ] {
            these.insert(key.into(), text_in(lang, id, None).into());
        }
        words.insert(lang.code().into(), these.into());
    }
    ADMIN_PAGE
        .replace("{script}", &script)
        .replace("{default}", &config.default_language)
        .replace("{languages}", &langs.join(","))
        .replace(
            "{sections}",
            &serde_json::Value::Object(sections).to_string(),
        )
        .replace("{words}", &serde_json::Value::Object(words).to_string())
        .replace("{version}", DECAP_VERSION)
}

const ADMIN_PAGE: &str = include_str!("cms_admin.html");

/// Writes the configuration and the admin page (`rapport editor`); the
/// paths written, relative to the root.
pub fn write(root: &Path, backend: Option<Backend>) -> Result<Vec<String>, Diagnostics> {
    let config = Config::load(root)?;
    let terms = Terms::load(root, &config)?;
    let backend = backend.unwrap_or_else(|| Backend::of_site(root));
    if !["github", "gitlab", "gitea"].contains(&backend.name.as_str()) {
        return Err(Diagnostic::new(crate::msg!(
            "editor-backend",
            backend = backend.name.as_str()
        ))
        .help(crate::msg!("editor-backend.help"))
        .into());
    }
    let text = generate(root, &config, &terms, site_lang(&config), &backend);
    let page = admin_page(root, &config, "");
    let mut written = Vec::new();
    for (rel, bytes) in [(FILE, text.as_bytes()), (PAGE, page.as_bytes())] {
        crate::fs_safe::replace_file(root, rel, bytes).map_err(|d| Diagnostics(vec![*d]))?;
        written.push(rel.to_string());
    }
    Ok(written)
}

/// `check`'s warning when the written configuration no longer matches the
/// site (a section, a language, a term added since): none when the site
/// has no written configuration.
pub(crate) fn stale(root: &Path, config: &Config, terms: &Terms) -> Option<Diagnostic> {
    let written = std::fs::read_to_string(root.join(FILE)).ok()?;
    let backend = Backend::from_config_text(&written).unwrap_or_default();
    let fresh = generate(root, config, terms, site_lang(config), &backend);
    (written != fresh).then(|| {
        Diagnostic::in_file(FILE, crate::msg!("editor-config-stale"))
            .warning()
            .help(crate::msg!("editor-config-stale.help"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remote_names_its_host_and_repository() {
        for url in [
            "git@github.com:org/site.git",
            "https://github.com/org/site",
            "https://github.com/org/site.git/",
        ] {
            let b = Backend::from_remote(url).expect(url);
            assert_eq!((b.name.as_str(), b.repo.as_str()), ("github", "org/site"));
        }
        let b = Backend::from_remote("https://gitlab.com/group/sub/site.git").expect("gitlab");
        assert_eq!(
            (b.name.as_str(), b.repo.as_str()),
            ("gitlab", "group/sub/site")
        );
        assert!(Backend::from_remote("https://example.org/site.git").is_none());
    }
}
