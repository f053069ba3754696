//! What a deploy does, decided without touching a target: which files are
//! sent and in what order, which are removed, what each is served as.
//!
//! The target keeps its own list of what rapport put there (the "state",
//! [`STATE`]): each path with the SHA-256 of its bytes and its size. A file
//! is sent when the built site's hash differs from the state's, so an
//! object uploaded in parts (whose ETag is no MD5) or a server without
//! checksums compares right; only what the state lists is ever removed, so
//! files on the target that rapport did not put there are left alone.

use std::collections::{BTreeMap, HashMap};

/// The list of what rapport put on a target, kept on the target itself.
pub(crate) const STATE: &str = ".rapport-deploy";

/// The most files one deploy removes unless told otherwise (`--max-deletes`).
pub(crate) const MAX_DELETES: usize = 256;

/// One file of the built site, as a deploy sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Local {
    /// Path relative to the output folder, with `/`.
    pub path: String,
    /// SHA-256 of its bytes, in hex, with `+gzip` when it goes compressed.
    pub hash: String,
    /// Its size in bytes (before any compression).
    pub size: u64,
}

/// What the target holds by its state: path → (hash, size).
pub(crate) type State = BTreeMap<String, (String, u64)>;

/// The state as text: `path TAB hash TAB size` per line, sorted.
pub(crate) fn state_text(state: &State) -> String {
    let mut text = String::with_capacity(state.len() * 100);
    for (path, (hash, size)) in state {
        text.push_str(path);
        text.push('\t');
        text.push_str(hash);
        text.push('\t');
        text.push_str(&size.to_string());
        text.push('\n');
    }
    text
}

/// The state read from its text; lines that are not rapport's are skipped
/// (a path that leaves the target is never one rapport wrote).
pub(crate) fn parse_state(text: &str) -> State {
    text.lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let path = fields.next()?;
            let hash = fields.next()?;
            let size = fields.next()?.parse().ok()?;
            safe(path).then(|| (path.to_string(), (hash.to_string(), size)))
        })
        .collect()
}

/// A relative path without `.` or `..` parts.
pub(crate) fn safe(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && path
            .split('/')
            .all(|p| !p.is_empty() && p != ".." && p != ".")
}

/// Whether a file of the output folder is never published: rapport's own
/// files (the manifest, the staging folder) and every dotfile or file in a
/// dot folder.
pub(crate) fn never_sent(path: &str) -> bool {
    path.split('/').any(|part| part.starts_with('.'))
}

/// The order files are sent in, so that readers never meet a broken site:
/// what pages show (photos, styles, scripts, fonts) first, then the pages,
/// deepest first (a report is there before the listings that link to it),
/// then what points to pages (feeds, the sitemap, the search index).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Stage {
    /// Photos, styles, scripts, fonts: what pages show or use.
    Asset,
    /// HTML pages.
    Page,
    /// Feeds, the sitemap, search indexes, robots.txt: what points to pages.
    Index,
}

/// The stage `path` is sent in.
pub(crate) fn stage(path: &str) -> Stage {
    let name = path.rsplit('/').next().unwrap_or(path);
    let ext = extension(name);
    match ext {
        "html" | "htm" => Stage::Page,
        "xml" | "json" | "txt" | "webmanifest" => Stage::Index,
        "js" if name.starts_with("search-index") => Stage::Index,
        _ => Stage::Asset,
    }
}

fn extension(name: &str) -> &str {
    name.rsplit_once('.').map_or("", |(_, e)| e)
}

/// What one deploy does.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Files to send, in the order to send them.
    pub send: Vec<Local>,
    /// Files of the target's state the site no longer has, to remove last.
    pub remove: Vec<String>,
    /// Files the target already holds with the same bytes.
    pub unchanged: usize,
    /// Bytes to send (before compression).
    pub bytes: u64,
}

/// Compares the built site `local` with what the target holds by its
/// `state`. `present`, when the target can list what it holds, gives each
/// path's size there: a file the state lists but that is missing or of
/// another size (removed or cut short by hand) is sent again.
pub(crate) fn plan(local: &[Local], state: &State, present: Option<&HashMap<String, u64>>) -> Plan {
    let mut send: Vec<Local> = Vec::new();
    let mut unchanged = 0;
    for file in local {
        let same = state
            .get(&file.path)
            .is_some_and(|(hash, _)| *hash == file.hash);
        let there = present.is_none_or(|p| {
            p.get(&file.path).is_some_and(|&size| {
                // A compressed object's size is not the file's.
                file.hash.ends_with("+gzip") || size == file.size
            })
        });
        if same && there {
            unchanged += 1;
        } else {
            send.push(file.clone());
        }
    }
    send.sort_by(|a, b| {
        let (sa, sb) = (stage(&a.path), stage(&b.path));
        sa.cmp(&sb)
            .then_with(|| {
                if sa == Stage::Page {
                    depth(&b.path).cmp(&depth(&a.path))
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .then_with(|| a.path.cmp(&b.path))
    });
    let now: std::collections::HashSet<&str> = local.iter().map(|l| l.path.as_str()).collect();
    let remove: Vec<String> = state
        .keys()
        .filter(|p| !now.contains(p.as_str()))
        .cloned()
        .collect();
    let bytes = send.iter().map(|f| f.size).sum();
    Plan {
        send,
        remove,
        unchanged,
        bytes,
    }
}

fn depth(path: &str) -> usize {
    path.matches('/').count()
}

/// The state after `plan` was carried out on a target that held `before`.
pub(crate) fn after(before: &State, plan: &Plan) -> State {
    let mut state = before.clone();
    for f in &plan.send {
        state.insert(f.path.clone(), (f.hash.clone(), f.size));
    }
    for p in &plan.remove {
        state.remove(p);
    }
    state
}

/// The state written before anything is sent: what was there, and every
/// path about to be sent with no hash, so a deploy stopped half-way knows
/// the next time that those files are rapport's (and sends them again).
pub(crate) fn pending(before: &State, plan: &Plan) -> State {
    let mut state = before.clone();
    for f in &plan.send {
        state.insert(f.path.clone(), (String::from("-"), 0));
    }
    state
}

/// The Content-Type a file is served with, with its charset for text.
pub(crate) fn content_type(path: &str) -> &'static str {
    let name = path.rsplit('/').next().unwrap_or(path);
    match extension(name).to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json; charset=utf-8",
        "xml" if name == "atom.xml" => "application/atom+xml; charset=utf-8",
        "xml" if name == "rss.xml" => "application/rss+xml; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "md" => "text/markdown; charset=utf-8",
        "webmanifest" => "application/manifest+json; charset=utf-8",
        "svg" => "image/svg+xml; charset=utf-8",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "gif" => "image/gif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "pdf" => "application/pdf",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "mp3" => "audio/mpeg",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

/// Whether a file's name carries a fingerprint of its bytes
/// (`style.1a2b3c4d5e6f7a8b.css`), so its address changes when they do.
pub(crate) fn fingerprinted(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let mut parts = name.rsplit('.');
    let _ext = parts.next();
    parts
        .next()
        .is_some_and(|p| p.len() >= 8 && p.bytes().all(|b| b.is_ascii_hexdigit()))
        && parts.next().is_some()
}

/// A short cache: five minutes, for what changes at every deploy.
pub(crate) const SHORT: &str = "public, max-age=300";
/// A day, for files whose address stays when their bytes change (photos,
/// fonts, files of static/).
pub(crate) const DAY: &str = "public, max-age=86400";
/// A year and `immutable`, for fingerprinted files.
pub(crate) const LONG: &str = "public, max-age=31536000, immutable";

/// The Cache-Control a file is served with.
pub(crate) fn cache_control(path: &str) -> &'static str {
    if fingerprinted(path) {
        return LONG;
    }
    match stage(path) {
        Stage::Page | Stage::Index => SHORT,
        Stage::Asset => DAY,
    }
}

/// Whether a file is text worth compressing (`compress: gzip`).
pub(crate) fn compressible(path: &str) -> bool {
    content_type(path).contains("charset")
}

/// The hash of `bytes` as a deploy keeps it: SHA-256, in hex.
pub(crate) fn sha256(bytes: &[u8]) -> String {
    crate::hash::sha256(bytes)
}

/// A number of bytes for people: `1.2 MB`.
pub fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64;
    let mut unit = "B";
    for u in UNITS {
        if value < 1000.0 {
            break;
        }
        value /= 1000.0;
        unit = u;
    }
    format!("{value:.1} {unit}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, hash: &str) -> Local {
        Local {
            path: path.into(),
            hash: hash.into(),
            size: 10,
        }
    }

    fn state(items: &[(&str, &str)]) -> State {
        items
            .iter()
            .map(|(p, h)| (p.to_string(), (h.to_string(), 10)))
            .collect()
    }

    #[test]
    fn only_changed_files_are_sent_and_gone_ones_removed() {
        let local = [file("a.html", "1"), file("b.css", "2"), file("c.jpg", "3")];
        let before = state(&[("a.html", "1"), ("b.css", "old"), ("gone.html", "4")]);
        let p = plan(&local, &before, None);
        let sent: Vec<&str> = p.send.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(sent, ["b.css", "c.jpg"]);
        assert_eq!(p.remove, ["gone.html"]);
        assert_eq!(p.unchanged, 1);
        assert_eq!(p.bytes, 20);
        let again = plan(&local, &after(&before, &p), None);
        assert!(again.send.is_empty() && again.remove.is_empty());
        assert_eq!(again.unchanged, 3);
    }

    #[test]
    fn a_file_missing_or_cut_short_on_the_target_is_sent_again() {
        let local = [file("a.html", "1"), file("b.html", "2")];
        let before = state(&[("a.html", "1"), ("b.html", "2")]);
        let present: HashMap<String, u64> = [("a.html".to_string(), 3)].into_iter().collect();
        let p = plan(&local, &before, Some(&present));
        assert_eq!(p.send.len(), 2);
        let present: HashMap<String, u64> = [("a.html".to_string(), 10), ("b.html".into(), 10)]
            .into_iter()
            .collect();
        assert!(plan(&local, &before, Some(&present)).send.is_empty());
    }

    #[test]
    fn assets_go_first_then_pages_deepest_first_then_feeds() {
        let local = [
            file("sv/index.html", "1"),
            file("sv/atom.xml", "1"),
            file("sv/reports/x/index.html", "1"),
            file("sv/reports/x/photo-960.jpg", "1"),
            file("style.0123456789abcdef.css", "1"),
            file("sv/search.json", "1"),
            file("sitemap.xml", "1"),
            file("sv/search-index.js", "1"),
        ];
        let p = plan(&local, &State::new(), None);
        let order: Vec<&str> = p.send.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(
            order,
            [
                "style.0123456789abcdef.css",
                "sv/reports/x/photo-960.jpg",
                "sv/reports/x/index.html",
                "sv/index.html",
                "sitemap.xml",
                "sv/atom.xml",
                "sv/search-index.js",
                "sv/search.json",
            ]
        );
    }

    #[test]
    fn pending_state_claims_the_files_about_to_be_sent() {
        let before = state(&[("a.html", "1")]);
        let p = plan(&[file("a.html", "2"), file("b.html", "3")], &before, None);
        let mid = pending(&before, &p);
        assert_eq!(mid.len(), 2);
        // A deploy stopped now sends both again next time.
        assert_eq!(
            plan(&[file("a.html", "2"), file("b.html", "3")], &mid, None)
                .send
                .len(),
            2
        );
        // And if the site no longer has b.html, it is removed as rapport's.
        assert_eq!(plan(&[file("a.html", "2")], &mid, None).remove, ["b.html"]);
    }

    #[test]
    fn state_reads_back_what_it_wrote_and_skips_unsafe_paths() {
        let s = state(&[("a/index.html", "ff"), ("b.css", "00")]);
        assert_eq!(parse_state(&state_text(&s)), s);
        let read = parse_state("../etc/passwd\tab\t1\n/abs\tab\t1\nok.html\tab\t2\nbad line\n");
        assert_eq!(read.keys().collect::<Vec<_>>(), ["ok.html"]);
    }

    #[test]
    fn rapports_own_files_and_dotfiles_are_never_sent() {
        assert!(never_sent(".rapport-manifest"));
        assert!(never_sent(".well-known/x"));
        assert!(never_sent("a/.htpasswd"));
        assert!(!never_sent("sv/index.html"));
    }

    #[test]
    fn every_kind_of_file_has_its_type_and_text_its_charset() {
        assert_eq!(content_type("sv/index.html"), "text/html; charset=utf-8");
        assert_eq!(
            content_type("sv/atom.xml"),
            "application/atom+xml; charset=utf-8"
        );
        assert_eq!(
            content_type("sitemap.xml"),
            "application/xml; charset=utf-8"
        );
        assert_eq!(
            content_type("sv/search.json"),
            "application/json; charset=utf-8"
        );
        assert_eq!(
            content_type("search.1234abcd.js"),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(content_type("robots.txt"), "text/plain; charset=utf-8");
        assert_eq!(content_type("favicon.svg"), "image/svg+xml; charset=utf-8");
        assert_eq!(content_type("a/B.JPG"), "image/jpeg");
        assert_eq!(content_type("fonts/x.woff2"), "font/woff2");
        assert_eq!(content_type("CNAME"), "application/octet-stream");
    }

    #[test]
    fn cache_is_short_for_pages_and_long_only_for_fingerprinted_files() {
        assert_eq!(cache_control("sv/index.html"), SHORT);
        assert_eq!(cache_control("sv/atom.xml"), SHORT);
        assert_eq!(cache_control("sv/search.json"), SHORT);
        assert_eq!(cache_control("sv/search-index.js"), SHORT);
        assert_eq!(cache_control("style.0123456789abcdef.css"), LONG);
        assert_eq!(cache_control("style.css"), DAY);
        assert_eq!(cache_control("a/photo-960.jpg"), DAY);
        assert!(!fingerprinted("0123456789abcdef.css"));
        assert!(!fingerprinted("photo.cafe.jpg"));
    }

    #[test]
    fn hashes_and_sizes_read_as_people_expect() {
        assert_eq!(
            sha256(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(human_bytes(999), "999 B");
        assert_eq!(human_bytes(1_500_000), "1.5 MB");
    }
}
