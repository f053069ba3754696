//! The browser editor of `rapport serve`: Decap CMS's admin page at
//! `/__rapport/edit/`, its configuration made from the site for every
//! request, and Decap's local-backend protocol (the small JSON API of
//! `decap-server`, `POST /__rapport/edit/api/v1`) spoken against the site
//! folder on disk, so no Node is needed.
//!
//! What it allows: only while the preview listens on loopback; only
//! same-origin JSON requests (a page of another site cannot post here);
//! only plain relative paths under `content/` and `static/`, no part of
//! them hidden or a symbolic link. A Markdown file is checked by rapport's
//! own parser before it is written and refused, with rapport's message,
//! when it would not build; every file is written to a temporary name and
//! renamed over the old one, so no half-written file is ever on disk.
//! Front matter the form does not show (`translation`, `translated_from`,
//! `extra`, …) is kept, and a file whose content did not change is not
//! touched at all.

use std::path::Path;

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value as Json};
use serde_yaml::{Mapping, Value};

use super::http::Shared;
use crate::commands::cms_config;
use crate::diagnostics::Diagnostic;
use crate::fs_safe::{self, Blocked};
use crate::input::config::Config;
use crate::messages::Lang;

/// Where the editor is served.
pub(crate) const PATH: &str = "/__rapport/edit/";
/// Whether `path` is the editor's: `/__rapport/edit/…`, or the admin page
/// `rapport editor` writes (`/admin/`), which must not reload on a save.
pub(crate) fn is_editor_path(path: &str) -> bool {
    path.starts_with(PATH) || path == "/admin/" || path == "/admin/index.html"
}

/// The largest request the API reads (photos come base64-encoded).
pub(crate) const MAX_REQUEST: usize = 64 * 1024 * 1024;
/// The folders of the site the editor reads and writes.
const FOLDERS: &[&str] = &["content", "static"];

/// A refused request: its status and rapport's message.
struct Refusal(StatusCode, String);

impl Refusal {
    fn new(status: StatusCode, message: impl Into<String>) -> Refusal {
        Refusal(status, message.into())
    }

    fn blocked(b: &Blocked) -> Refusal {
        Refusal(
            StatusCode::FORBIDDEN,
            b.diagnostic(Path::new("")).to_string(),
        )
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        json_response(self.0, &json!({ "error": self.1 }))
    }
}

/// `value` as a JSON answer that no browser keeps.
fn json_response(status: StatusCode, value: &Json) -> Response {
    let body = serde_json::to_vec(value).unwrap_or_default();
    super::uncached(status, "application/json", body)
}

/// The editor answers only on loopback.
fn on_loopback(shared: &Shared) -> Result<(), Refusal> {
    if shared.bind.is_loopback() {
        Ok(())
    } else {
        Err(Refusal::new(
            StatusCode::FORBIDDEN,
            crate::msg!("editor-not-loopback"),
        ))
    }
}

/// The admin page.
pub(crate) async fn page(State(shared): State<Arc<Shared>>) -> Response {
    if let Err(r) = on_loopback(&shared) {
        return r.into_response();
    }
    let config = match Config::load(&shared.root) {
        Ok(c) => c,
        Err(e) => {
            return Refusal::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response()
        }
    };
    let html = cms_config::admin_page(&shared.root, &config, "/admin/");
    let mut response = html.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `?lang=` of the configuration: the editor's interface language.
#[derive(serde::Deserialize)]
pub(crate) struct ConfigQuery {
    lang: Option<String>,
}

/// The configuration, made from the site as it is now.
pub(crate) async fn config(
    State(shared): State<Arc<Shared>>,
    Query(query): Query<ConfigQuery>,
) -> Response {
    if let Err(r) = on_loopback(&shared) {
        return r.into_response();
    }
    let root = &shared.root;
    let made = Config::load(root).and_then(|config| {
        let terms = crate::input::terms::Terms::load(root, &config)?;
        Ok((config, terms))
    });
    let (config, terms) = match made {
        Ok(x) => x,
        Err(e) => {
            return Refusal::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response()
        }
    };
    let ui = query
        .lang
        .as_deref()
        .map_or_else(|| cms_config::site_lang(&config), Lang::from_locale);
    let text = cms_config::generate(
        root,
        &config,
        &terms,
        ui,
        &cms_config::Backend::of_site(root),
    );
    let mut response = text.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/yaml; charset=utf-8"),
    );
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Refuses what does not come from the editor's own page: another origin
/// (`Origin`, `Sec-Fetch-Site`), or anything but JSON (which a form of
/// another site could post without asking).
fn same_origin(headers: &HeaderMap) -> Result<(), Refusal> {
    let get = |name: header::HeaderName| headers.get(name).and_then(|v| v.to_str().ok());
    let host = get(header::HOST).unwrap_or("");
    if let Some(origin) = get(header::ORIGIN) {
        if origin != format!("http://{host}") {
            return Err(Refusal::new(
                StatusCode::FORBIDDEN,
                crate::msg!("editor-other-origin", origin = origin),
            ));
        }
    }
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if site != "same-origin" && site != "none" {
            return Err(Refusal::new(
                StatusCode::FORBIDDEN,
                crate::msg!("editor-other-origin", origin = site),
            ));
        }
    }
    if !get(header::CONTENT_TYPE).is_some_and(|t| t.starts_with("application/json")) {
        return Err(Refusal::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            crate::msg!("editor-not-json"),
        ));
    }
    Ok(())
}

/// `POST /__rapport/edit/api/v1`: one action of Decap's local backend.
pub(crate) async fn api(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let answer = on_loopback(&shared)
        .and_then(|()| same_origin(&headers))
        .and_then(|()| {
            serde_json::from_slice::<Json>(&body)
                .map_err(|e| Refusal::new(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()))
        })
        .and_then(|request| act(&shared.root, &request));
    match answer {
        Ok(value) => json_response(StatusCode::OK, &value),
        Err(refusal) => refusal.into_response(),
    }
}

fn str_param<'a>(params: &'a Json, key: &str) -> Result<&'a str, Refusal> {
    params.get(key).and_then(Json::as_str).ok_or_else(|| {
        Refusal::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            crate::msg!("editor-missing-param", key = key),
        )
    })
}

fn act(root: &Path, request: &Json) -> Result<Json, Refusal> {
    let action = request.get("action").and_then(Json::as_str).unwrap_or("");
    let null = Json::Null;
    let params = request.get("params").unwrap_or(&null);
    match action {
        "info" => Ok(json!({
            "repo": root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            "publish_modes": ["simple"],
            "type": "local_fs",
        })),
        "entriesByFolder" => {
            let folder = checked(root, str_param(params, "folder")?)?;
            let extension = str_param(params, "extension")?;
            let depth = params.get("depth").and_then(Json::as_u64).unwrap_or(1);
            let mut files = Vec::new();
            list(root, &folder, depth.min(8) as usize, &mut files);
            let entries: Vec<Json> = files
                .into_iter()
                .filter(|f| f.ends_with(extension) && !is_section_intro(f))
                .map(|f| entry(root, &f, None))
                .collect();
            Ok(Json::Array(entries))
        }
        "entriesByFiles" => {
            let files = params
                .get("files")
                .and_then(Json::as_array)
                .cloned()
                .unwrap_or_default();
            let mut out = Vec::new();
            for f in &files {
                let path = checked(root, str_param(f, "path")?)?;
                out.push(entry(root, &path, f.get("label").and_then(Json::as_str)));
            }
            Ok(Json::Array(out))
        }
        "getEntry" => {
            let path = checked(root, str_param(params, "path")?)?;
            Ok(entry(root, &path, None))
        }
        "persistEntry" => persist_entry(root, params),
        "getMedia" => {
            let folder = checked(root, str_param(params, "mediaFolder")?)?;
            let mut files = Vec::new();
            list(root, &folder, 1, &mut files);
            Ok(Json::Array(
                files
                    .iter()
                    .filter(|f| !f.ends_with(".md"))
                    .filter_map(|f| media_file(root, f).ok())
                    .collect(),
            ))
        }
        "getMediaFile" => {
            let path = checked(root, str_param(params, "path")?)?;
            media_file(root, &path)
        }
        "persistMedia" => {
            let asset = params.get("asset").unwrap_or(&null);
            let path = write_asset(root, asset)?;
            media_file(root, &path)
        }
        "deleteFile" => {
            let path = checked(root, str_param(params, "path")?)?;
            delete(root, &path)?;
            Ok(json!({ "message": format!("deleted file {path}") }))
        }
        "deleteFiles" => {
            let paths = params
                .get("paths")
                .and_then(Json::as_array)
                .cloned()
                .unwrap_or_default();
            let mut checked_paths = Vec::new();
            for p in &paths {
                let p = p.as_str().ok_or_else(|| {
                    Refusal::new(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        crate::msg!("editor-missing-param", key = "paths"),
                    )
                })?;
                checked_paths.push(checked(root, p)?);
            }
            for p in &checked_paths {
                delete(root, p)?;
            }
            Ok(json!({ "message": format!("deleted files {}", checked_paths.join(", ")) }))
        }
        "getDeployPreview" => Ok(Json::Null),
        other => Err(Refusal::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            crate::msg!("editor-unknown-action", action = other),
        )),
    }
}

/// `path` when it is a plain relative path under `content/` or `static/`,
/// with no hidden part and no symbolic link on the way.
fn checked(root: &Path, path: &str) -> Result<String, Refusal> {
    let rel = path.trim_start_matches("./").trim_end_matches('/');
    let refuse = || {
        Refusal::new(
            StatusCode::FORBIDDEN,
            crate::msg!("editor-outside", path = path),
        )
    };
    if !fs_safe::is_plain(rel) {
        return Err(refuse());
    }
    let mut parts = rel.split('/');
    if !parts.next().is_some_and(|first| FOLDERS.contains(&first))
        || rel.split('/').any(|p| p.starts_with('.'))
    {
        return Err(refuse());
    }
    match fs_safe::state(root, rel) {
        Ok(_) | Err(Blocked::Folder(_)) => Ok(rel.to_string()),
        Err(b) => Err(Refusal::blocked(&b)),
    }
}

/// `_index.LANG.md`: a section's intro, not an entry of its collection.
fn is_section_intro(path: &str) -> bool {
    path.rsplit('/')
        .next()
        .is_some_and(|name| name.starts_with("_index."))
}

/// The files under `rel` (a folder), `depth` levels down, skipping hidden
/// names and symbolic links.
fn list(root: &Path, rel: &str, depth: usize, out: &mut Vec<String>) {
    if depth == 0 {
        return;
    }
    let Ok(entries) = std::fs::read_dir(root.join(rel)) else {
        return;
    };
    let mut names: Vec<(String, std::fs::FileType)> = entries
        .flatten()
        .filter_map(|e| Some((e.file_name().into_string().ok()?, e.file_type().ok()?)))
        .filter(|(name, _)| !name.starts_with('.'))
        .collect();
    names.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, kind) in names {
        let path = format!("{rel}/{name}");
        if kind.is_dir() {
            list(root, &path, depth - 1, out);
        } else if kind.is_file() {
            out.push(path);
        }
    }
}

fn id_of(bytes: &[u8]) -> String {
    format!("{:016x}", crate::hash::bytes(bytes))
}

/// A text file as an entry: its text and an id that changes with it.
fn entry(root: &Path, rel: &str, label: Option<&str>) -> Json {
    match fs_safe::read(root, rel) {
        Ok(Some(bytes)) => json!({
            "data": String::from_utf8_lossy(&bytes),
            "file": { "path": rel, "label": label, "id": id_of(&bytes) },
        }),
        _ => json!({ "data": null, "file": { "path": rel, "label": label, "id": null } }),
    }
}

fn media_file(root: &Path, rel: &str) -> Result<Json, Refusal> {
    let bytes = fs_safe::read(root, rel)
        .map_err(|b| Refusal::blocked(&b))?
        .ok_or_else(|| {
            Refusal::new(
                StatusCode::NOT_FOUND,
                crate::msg!("editor-no-file", path = rel),
            )
        })?;
    Ok(json!({
        "id": id_of(&bytes),
        "content": base64::encode(&bytes),
        "encoding": "base64",
        "path": rel,
        "name": rel.rsplit('/').next().unwrap_or(rel),
    }))
}

/// Writes one `{path, content, encoding: base64}` asset; its path.
fn write_asset(root: &Path, asset: &Json) -> Result<String, Refusal> {
    let path = checked(root, str_param(asset, "path")?)?;
    if path.ends_with(".md") {
        return Err(Refusal::new(
            StatusCode::FORBIDDEN,
            crate::msg!("editor-outside", path = path),
        ));
    }
    let bytes = base64::decode(str_param(asset, "content")?).ok_or_else(|| {
        Refusal::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            crate::msg!("editor-bad-base64", path = path.as_str()),
        )
    })?;
    crate::fs_safe::replace_file(root, &path, &bytes)
        .map_err(|d| Refusal::new(StatusCode::FORBIDDEN, d.to_string()))?;
    Ok(path)
}

fn delete(root: &Path, rel: &str) -> Result<(), Refusal> {
    match fs_safe::state(root, rel) {
        Ok(fs_safe::State::File) => std::fs::remove_file(root.join(rel))
            .map_err(|e| Refusal::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())),
        Ok(fs_safe::State::Absent) => Ok(()),
        Err(b) => Err(Refusal::blocked(&b)),
    }
}

/// Saves a report or page: every language's file is checked first, and
/// none is written unless all of them build.
fn persist_entry(root: &Path, params: &Json) -> Result<Json, Refusal> {
    let files: Vec<Json> = match params.get("dataFiles").and_then(Json::as_array) {
        Some(files) => files.clone(),
        None => params.get("entry").cloned().into_iter().collect(),
    };
    let config = Config::load(root)
        .map_err(|e| Refusal::new(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()))?;
    let mut planned = Vec::new();
    let mut problems = Vec::new();
    for file in &files {
        let path = checked(root, str_param(file, "path")?)?;
        if file
            .get("newPath")
            .and_then(Json::as_str)
            .is_some_and(|new| new != path)
        {
            return Err(Refusal::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                crate::msg!("editor-no-rename", path = path.as_str()),
            ));
        }
        let raw = str_param(file, "raw")?;
        let old = fs_safe::read(root, &path)
            .map_err(|b| Refusal::blocked(&b))?
            .map(|b| String::from_utf8_lossy(&b).into_owned());
        if old.is_none() && stray_in_bundle(root, &path) {
            return Err(Refusal::new(
                StatusCode::CONFLICT,
                format!(
                    "{}\n{}",
                    crate::msg!("editor-bundle-exists", path = path.as_str()),
                    crate::msg!("editor-bundle-exists.help")
                ),
            ));
        }
        let is_default = is_default_language_file(&path, &config);
        let text = merged(raw, old.as_deref(), is_default);
        if old.as_deref().is_some_and(|old| same_content(old, &text)) {
            continue;
        }
        if let Err(mut found) = validate(root, &path, &text, &config) {
            problems.append(&mut found);
        }
        planned.push((path, text));
    }
    if !problems.is_empty() {
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        return Err(Refusal::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("{}\n\n{}", crate::msg!("editor-not-saved"), text.join("\n")),
        ));
    }
    let assets = params
        .get("assets")
        .and_then(Json::as_array)
        .cloned()
        .unwrap_or_default();
    for asset in &assets {
        write_asset(root, asset)?;
    }
    for (path, text) in &planned {
        crate::fs_safe::replace_file(root, path, text.as_bytes())
            .map_err(|d| Refusal::new(StatusCode::FORBIDDEN, d.to_string()))?;
    }
    Ok(json!({ "message": "entry persisted" }))
}

/// Whether a new Markdown file `path` would stand beside a bundle's index
/// without being one: what Decap makes of a second report with the name
/// of one that exists (`index-1.sv.md`).
fn stray_in_bundle(root: &Path, path: &str) -> bool {
    let Some((dir, name)) = path.rsplit_once('/') else {
        return false;
    };
    if !name.ends_with(".md") || crate::input::document::file_name(name).stem == "index" {
        return false;
    }
    let mut files = Vec::new();
    list(root, dir, 1, &mut files);
    files.iter().any(|f| {
        f.rsplit('/').next().is_some_and(|n| {
            n.ends_with(".md") && crate::input::document::file_name(n).stem == "index"
        })
    })
}

/// Whether `path` is the default language's file (`x.sv.md` or `x.md`).
fn is_default_language_file(path: &str, config: &Config) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    match crate::input::document::file_name(name).lang {
        Some(lang) => lang == config.default_language,
        None => true,
    }
}

/// An empty value the form wrote for a field left blank.
fn is_blank(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Sequence(items) => items.is_empty(),
        Value::Mapping(m) => m.values().all(is_blank),
        _ => false,
    }
}

/// Drops what the form writes for fields left blank (`end_date: ''`,
/// `draft: false`, `role: ''` of a participant).
fn tidy(map: &mut Mapping) {
    let keys: Vec<Value> = map.keys().cloned().collect();
    for key in keys {
        let Some(value) = map.get_mut(&key) else {
            continue;
        };
        if let Value::Sequence(items) = value {
            for item in items.iter_mut() {
                if let Value::Mapping(m) = item {
                    m.retain(|_, v| !is_blank(v));
                }
            }
        }
        if let Value::Mapping(m) = value {
            m.retain(|_, v| !is_blank(v));
        }
        let drop =
            is_blank(value) || (key.as_str() == Some("draft") && *value == Value::Bool(false));
        if drop {
            map.remove(&key);
        }
    }
}

/// The file to write for what the editor sent (`raw`): blank fields left
/// out, and the keys of the file on disk the form does not show for this
/// language kept.
fn merged(raw: &str, old: Option<&str>, is_default: bool) -> String {
    let Ok(split) = crate::input::document::front_matter::split(Path::new(""), raw) else {
        return raw.to_string();
    };
    let Ok(Value::Mapping(mut front)) = serde_yaml::from_str::<Value>(split.yaml) else {
        return raw.to_string();
    };
    tidy(&mut front);
    let shown: &[&str] = if is_default {
        cms_config::REPORT_FIELDS
    } else {
        cms_config::TRANSLATED_FIELDS
    };
    if let Some(Value::Mapping(old_front)) = old.and_then(cms_config::front_value) {
        for (key, value) in old_front {
            let name = key.as_str().unwrap_or("");
            if !front.contains_key(&key) && !shown.contains(&name) {
                front.insert(key, value);
            }
        }
    }
    let yaml = serde_yaml::to_string(&Value::Mapping(front)).unwrap_or_default();
    let body = split.body.trim_start_matches(['\r', '\n']);
    let mut text = format!("---\n{yaml}---\n\n{}", body.trim_end());
    text.push('\n');
    text
}

/// Whether two texts of a Markdown file say the same: the same front
/// matter (in any order and quoting) and the same body.
fn same_content(old: &str, new: &str) -> bool {
    let parts = |text: &str| {
        let split = crate::input::document::front_matter::split(Path::new(""), text).ok()?;
        let front: Value = serde_yaml::from_str(split.yaml).ok()?;
        Some((front, split.body.trim().to_string()))
    };
    match (parts(old), parts(new)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// rapport's own reading of the file as it would be written.
fn validate(root: &Path, rel: &str, text: &str, config: &Config) -> Result<(), Vec<Diagnostic>> {
    let Some(in_content) = rel.strip_prefix("content/") else {
        return Ok(());
    };
    let bundle = in_content.rsplit_once('/').and_then(|(dir, name)| {
        let is_index = crate::input::document::file_name(name).stem == "index";
        is_index.then(|| {
            let mut files = Vec::new();
            list(root, &format!("content/{dir}"), 1, &mut files);
            crate::input::document::Bundle {
                dir: dir.to_string(),
                files: files
                    .into_iter()
                    .filter(|f| !f.ends_with(".md"))
                    .filter_map(|f| f.rsplit('/').next().map(str::to_string))
                    .collect(),
            }
        })
    });
    crate::input::document::parse(in_content, text, config, bundle).map(|_| ())
}

/// Base64 as Decap sends photos: the standard alphabet with padding,
/// sometimes as a `data:` URL, sometimes wrapped over lines.
mod base64 {
    use base64::engine::general_purpose::STANDARD;
    use base64::Engine;

    pub(super) fn encode(bytes: &[u8]) -> String {
        STANDARD.encode(bytes)
    }

    pub(super) fn decode(text: &str) -> Option<Vec<u8>> {
        let text = text.split_once("base64,").map_or(text, |(_, data)| data);
        let plain: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
        STANDARD.decode(plain).ok()
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn round_trips() {
            for text in ["", "f", "fo", "foo", "foob", "fooba", "foobar"] {
                let encoded = super::encode(text.as_bytes());
                assert_eq!(super::decode(&encoded).as_deref(), Some(text.as_bytes()));
            }
            assert_eq!(super::encode(b"foobar"), "Zm9vYmFy");
            assert_eq!(
                super::decode("data:image/png;base64,Zm9v\nYmFy").as_deref(),
                Some(&b"foobar"[..])
            );
            assert_eq!(super::decode("Zm9v*"), None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_the_form_does_not_show_are_kept() {
        let old = "---\ntitle: Gammal\ntranslation: visit\ntranslated_from: abc\nextra:\n  x: 1\n---\nText\n";
        let raw = "---\ntitle: Ny\nsummary: ''\ndraft: false\n---\nText\n";
        let text = merged(raw, Some(old), false);
        let front = cms_config::front_value(&text).expect("front matter");
        assert_eq!(front["title"].as_str(), Some("Ny"));
        assert_eq!(front["translation"].as_str(), Some("visit"));
        assert_eq!(front["translated_from"].as_str(), Some("abc"));
        assert!(front.get("summary").is_none() && front.get("draft").is_none());
    }

    #[test]
    fn the_same_content_in_another_form_is_the_same() {
        assert!(same_content(
            "---\ntitle: A\ntags: [x, y]\n---\nBody\n",
            "---\ntags:\n- x\n- y\ntitle: 'A'\n---\n\nBody"
        ));
        assert!(!same_content(
            "---\ntitle: A\n---\nBody\n",
            "---\ntitle: B\n---\nBody\n"
        ));
    }
}
