//! `.rapport-cache/photos/`: one folder per processed photo, named by a
//! hash of its bytes and of the settings it was made with, holding its
//! files and `photo.json`. `stamps.json` remembers each source's size,
//! modification time and hash, so a warm build reads no photo at all.
//!
//! The cache may come with a site from someone else (a clone, a zip, a
//! shared drive), so nothing in it is trusted: the cache folder must be a
//! folder, not a link (else it is not used, and it is an error); an entry
//! is used only when it is a real folder whose `photo.json` describes
//! exactly what rapport would make of the photo (plain file names among
//! them) and whose files are plain files of the right kind; anything else
//! is made again. Links are never followed nor removed through, and the
//! clean-up removes only folders named like rapport's keys.

use std::collections::{BTreeMap, HashSet};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use super::encode::{self, Made, QUALITY};
use super::{Photo, Wanted, CACHE_DIR};
use crate::diagnostics::Diagnostic;
use crate::input::config::Images;

/// Changes when the way photos are made changes, so old results are not
/// used. 4: originals are stripped of every metadata container. 5: a
/// PNG's original is turned upright by its EXIF orientation.
const VERSION: u32 = 5;

/// The most a `photo.json` may weigh; rapport's are a few hundred bytes.
const MAX_PHOTO_JSON: u64 = 64 * 1024;

/// The most `stamps.json` may weigh: some 150 bytes a photo.
const MAX_STAMPS: u64 = 64 * 1024 * 1024;

/// What is known of a source file without reading it. The change time and
/// the inode are set by the system alone (no archive, clone or copy can
/// choose them), so stamps that came with a received folder never match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Stamp {
    len: u64,
    modified: u128,
    changed: u128,
    inode: u64,
    hash: u64,
}

/// What is at the cache's place in the site folder.
enum State {
    /// A real folder: used.
    Usable,
    /// Nothing yet: made by the first photo stored.
    Absent,
    /// Something else (a link, a file): neither used nor touched.
    Refused(Diagnostic),
}

pub(super) struct Cache {
    dir: PathBuf,
    state: State,
    /// Whether anything may be written (`check` writes nothing).
    write: bool,
    stamps: Mutex<BTreeMap<String, Stamp>>,
    /// `stamps.json` as read, to write it only when it changes.
    stamps_read: Option<Vec<u8>>,
}

impl Cache {
    /// The cache of the site at `root`; nothing is made on disk yet, and
    /// nothing ever when `write` is false.
    pub(super) fn open(root: &Path, write: bool) -> Cache {
        let top = Path::new(CACHE_DIR);
        let inner = top.join("photos");
        let dir = root.join(&inner);
        let state = match kind(&root.join(top)) {
            Kind::Missing => State::Absent,
            Kind::Dir => match kind(&dir) {
                Kind::Missing => State::Absent,
                Kind::Dir => State::Usable,
                other => State::Refused(refusal(&inner, &dir, other)),
            },
            other => State::Refused(refusal(top, &root.join(top), other)),
        };
        let stamps_read = match state {
            State::Usable => read_plain(&dir.join("stamps.json"), MAX_STAMPS),
            _ => None,
        };
        let stamps = stamps_read
            .as_deref()
            .and_then(|b| serde_json::from_slice(b).ok())
            .unwrap_or_default();
        Cache {
            dir,
            state,
            write,
            stamps: Mutex::new(stamps),
            stamps_read,
        }
    }

    /// Why the cache cannot be used, when it cannot.
    pub(super) fn refused(&self) -> Option<&Diagnostic> {
        match &self.state {
            State::Refused(d) => Some(d),
            _ => None,
        }
    }

    /// Whether what is made is kept.
    pub(super) fn writable(&self) -> bool {
        self.write && !matches!(self.state, State::Refused(_))
    }

    /// The key of the photo `w` made with `settings`.
    pub(super) fn key(&self, w: &Wanted, settings: &Images) -> Result<String, String> {
        let meta = std::fs::metadata(&w.full).map_err(|e| e.to_string())?;
        let (len, modified, changed, inode) = stamp_of(&meta);
        let known = self
            .stamps
            .lock()
            .ok()
            .and_then(|s| s.get(&w.path).copied())
            .filter(|s| (s.len, s.modified, s.changed, s.inode) == (len, modified, changed, inode));
        let hash = match known {
            Some(stamp) => stamp.hash,
            None => {
                let bytes = std::fs::read(&w.full).map_err(|e| e.to_string())?;
                let hash = crate::hash::bytes(&bytes);
                if let Ok(mut stamps) = self.stamps.lock() {
                    let stamp = Stamp {
                        len,
                        modified,
                        changed,
                        inode,
                        hash,
                    };
                    stamps.insert(w.path.clone(), stamp);
                }
                hash
            }
        };
        let name = source_name(w);
        let key = crate::hash::hash_of((VERSION, QUALITY, hash, settings, w.cover, name));
        Ok(format!("{key:016x}"))
    }

    /// The photo made before under `key`, when the entry checks out: a
    /// real folder, a `photo.json` that is exactly what rapport makes of
    /// this photo, and every file there as a plain file of its kind.
    pub(super) fn find(&self, key: &str, w: &Wanted, settings: &Images) -> Option<Photo> {
        if !matches!(self.state, State::Usable) {
            return None;
        }
        let dir = self.dir.join(key);
        if !matches!(kind(&dir), Kind::Dir) {
            return None;
        }
        let bytes = read_plain(&dir.join("photo.json"), MAX_PHOTO_JSON)?;
        let mut photo: Photo = serde_json::from_slice(&bytes).ok()?;
        if !as_made(&photo, w, settings) {
            return None;
        }
        locate(&mut photo, &dir, w, settings);
        let kept_as_is = |s: &super::Size| settings.keep_metadata && s.file == w.full;
        let whole = photo
            .files()
            .all(|s| kept_as_is(s) || is_image_file(&s.file));
        whole.then_some(photo)
    }

    /// The photo `made`, its files where they would be kept, for a `check`
    /// that writes nothing (and reads none of them).
    pub(super) fn unstored(&self, key: &str, made: Made, w: &Wanted, settings: &Images) -> Photo {
        let mut photo = made.photo;
        locate(&mut photo, &self.dir.join(key), w, settings);
        photo
    }

    /// Keeps what `make` made under `key`, and returns the photo with the
    /// paths of its files.
    pub(super) fn store(
        &self,
        key: &str,
        made: Made,
        w: &Wanted,
        settings: &Images,
    ) -> Result<Photo, String> {
        let fail = |e: std::io::Error| {
            crate::msg!(
                "photos-cache-unwritable",
                dir = self.dir.display(),
                error = e
            )
        };
        self.make_dir().map_err(fail)?;
        let dir = self.dir.join(key);
        // A fresh folder of a name no one else has, never an existing one.
        let tmp = tempfile::Builder::new()
            .prefix(&format!("{key}.tmp"))
            .tempdir_in(&self.dir)
            .map_err(fail)?;
        for (name, bytes) in &made.files {
            write_new(&tmp.path().join(name), bytes).map_err(fail)?;
        }
        let json = serde_json::to_vec(&made.photo).map_err(|e| e.to_string())?;
        write_new(&tmp.path().join("photo.json"), &json).map_err(fail)?;
        let tmp = tmp.keep();
        remove_entry(&dir);
        if let Err(e) = std::fs::rename(&tmp, &dir) {
            // Two reports with the same photo: the other one stored it.
            let _ = std::fs::remove_dir_all(&tmp);
            let stored = matches!(kind(&dir), Kind::Dir)
                && matches!(kind(&dir.join("photo.json")), Kind::File);
            if !stored {
                return Err(fail(e));
            }
        }
        let mut photo = made.photo;
        locate(&mut photo, &dir, w, settings);
        Ok(photo)
    }

    /// The cache folder, made when it is not there yet.
    fn make_dir(&self) -> std::io::Result<()> {
        if matches!(self.state, State::Absent) {
            std::fs::create_dir_all(&self.dir)?;
        }
        match kind(&self.dir) {
            Kind::Dir => Ok(()),
            _ => Err(std::io::Error::other(crate::msg!(
                "photos-cache-not-folder"
            ))),
        }
    }

    /// Removes the entries no photo of the site uses any more (only folders
    /// named like keys, and the unfinished folders of a killed build), and
    /// remembers the stamps of the photos it has when they changed.
    pub(super) fn finish(&self, keys: &[String], wanted: &[Wanted]) {
        if !self.writable() || !matches!(kind(&self.dir), Kind::Dir) {
            return; // a site without photos gets no cache folder
        }
        let keep: HashSet<&str> = keys.iter().map(String::as_str).collect();
        if let Ok(entries) = std::fs::read_dir(&self.dir) {
            for entry in entries.flatten() {
                let name = entry.file_name();
                let Some(name) = name.to_str() else { continue };
                // The entry itself, never what a link leads to.
                let Ok(file_type) = entry.file_type() else {
                    continue;
                };
                let ours = (is_key(name) && !keep.contains(name)) || is_unfinished(name);
                if file_type.is_dir() && ours {
                    let _ = std::fs::remove_dir_all(entry.path());
                } else if file_type.is_file() && is_unfinished_stamps(name) {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
        let paths: HashSet<&str> = wanted.iter().map(|w| w.path.as_str()).collect();
        let Ok(mut stamps) = self.stamps.lock() else {
            return;
        };
        stamps.retain(|p, _| paths.contains(p.as_str()));
        // Sorted by path (a BTreeMap), so the same stamps are the same bytes.
        let Ok(json) = serde_json::to_vec(&*stamps) else {
            return;
        };
        if self.stamps_read.as_deref() == Some(json.as_slice()) {
            return;
        }
        let written = tempfile::Builder::new()
            .prefix("stamps.json.tmp")
            .tempfile_in(&self.dir)
            .and_then(|mut tmp| {
                tmp.write_all(&json)?;
                tmp.persist(self.dir.join("stamps.json"))
                    .map_err(|e| e.error)?;
                Ok(())
            });
        let _ = written;
    }
}

/// The error for a cache folder that is not a folder.
fn refusal(shown: &Path, full: &Path, what: Kind) -> Diagnostic {
    let dir = shown.display();
    let (message, help) = match what {
        Kind::Link => {
            let target = std::fs::read_link(full).unwrap_or_default();
            (
                crate::msg!("photos-cache-link", target = target.display()),
                crate::msg!("photos-cache-link.help", dir = dir),
            )
        }
        _ => (
            crate::msg!("photos-cache-not-folder"),
            crate::msg!("photos-cache-not-folder.help", dir = dir),
        ),
    };
    Diagnostic::in_file(shown, message).help(help)
}

/// What a path is, its last part not followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Missing,
    Dir,
    File,
    Link,
    Other,
}

fn kind(path: &Path) -> Kind {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => Kind::Link,
        Ok(m) if m.is_dir() => Kind::Dir,
        Ok(m) if m.is_file() => Kind::File,
        Ok(_) => Kind::Other,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Kind::Missing,
        Err(_) => Kind::Other,
    }
}

/// Removes whatever is at `path`, itself: a link goes, not what it leads to.
fn remove_entry(path: &Path) {
    match kind(path) {
        Kind::Dir => {
            let _ = std::fs::remove_dir_all(path);
        }
        Kind::Missing => {}
        _ => {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Whether `name` is a cache key: 16 lowercase hexadecimal digits.
fn is_key(name: &str) -> bool {
    name.len() == 16 && name.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Whether `name` is the folder of an entry being stored (a build killed
/// while storing leaves it): a key, `.tmp`, letters, digits and dashes.
fn is_unfinished(name: &str) -> bool {
    let (Some(key), Some(rest)) = (name.get(..16), name.get(16..)) else {
        return false;
    };
    is_key(key)
        && rest.strip_prefix(".tmp").is_some_and(|r| {
            !r.is_empty() && r.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// Whether `name` is a `stamps.json` being written.
fn is_unfinished_stamps(name: &str) -> bool {
    name.strip_prefix("stamps.json.tmp")
        .is_some_and(|r| !r.is_empty() && r.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Whether `name` is a file name and nothing more: not empty, not `.` or
/// `..`, without `/`, `\` or NUL (so never a path, absolute or not).
pub(super) fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name != "."
        && name != ".."
        && !name.contains(['/', '\\', '\0'])
        && Path::new(name).components().count() == 1
}

/// Whether `photo`, read from a cached `photo.json`, is exactly what
/// rapport makes of `w`: plain names derived from the photo's own, the
/// sizes of the settings. A `photo.json` from elsewhere naming other files
/// (`../../x`, `/etc/passwd`) or other sizes is not used.
fn as_made(photo: &Photo, w: &Wanted, settings: &Images) -> bool {
    if !photo.files().all(|s| is_plain_name(&s.name)) {
        return false;
    }
    let Some(ext) = photo
        .sizes
        .first()
        .and_then(|s| s.name.rsplit_once('.'))
        .map(|(_, ext)| ext)
        .filter(|ext| matches!(*ext, "jpg" | "png"))
    else {
        return false;
    };
    let Some(mut expected) = encode::plan(
        source_name(w),
        photo.width,
        photo.height,
        ext,
        settings,
        w.cover,
    ) else {
        return false;
    };
    expected.gps = photo.gps;
    expected == *photo
}

/// The file name of the photo `w`.
fn source_name(w: &Wanted) -> &str {
    w.path.rsplit('/').next().unwrap_or(&w.path)
}

/// Whether `path` is a plain file (not a link) that starts as a JPEG, a
/// PNG or a WebP does.
fn is_image_file(path: &Path) -> bool {
    let Ok(file) = open_no_link(path) else {
        return false;
    };
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return false;
    }
    let mut head = [0u8; 12];
    if file.take(12).read_exact(&mut head).is_err() {
        return false;
    }
    head.starts_with(&[0xFF, 0xD8, 0xFF])
        || head.starts_with(b"\x89PNG\r\n\x1a\n")
        || head.starts_with(b"RIFF") && &head[8..12] == b"WEBP"
}

/// The bytes of the plain file at `path` (not a link), at most `max`.
fn read_plain(path: &Path, max: u64) -> Option<Vec<u8>> {
    let file = open_no_link(path).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() || meta.len() > max {
        return None;
    }
    let mut out = Vec::new();
    file.take(max).read_to_end(&mut out).ok()?;
    Some(out)
}

/// Opens `path` for reading, refusing a link in its last part.
#[cfg(unix)]
fn open_no_link(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
}

/// Opens `path` for reading, refusing a link in its last part.
#[cfg(not(unix))]
fn open_no_link(path: &Path) -> std::io::Result<std::fs::File> {
    if kind(path) == Kind::Link {
        return Err(std::io::Error::other("a link"));
    }
    std::fs::File::open(path)
}

/// Writes a new file at `path`, failing when anything is there.
fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?
        .write_all(bytes)
}

/// Size, modification time, change time and inode of a file.
fn stamp_of(meta: &std::fs::Metadata) -> (u64, u128, u128, u64) {
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    #[cfg(unix)]
    let (changed, inode) = {
        use std::os::unix::fs::MetadataExt;
        let secs = u128::try_from(meta.ctime()).unwrap_or(0);
        let nanos = u128::try_from(meta.ctime_nsec()).unwrap_or(0);
        (secs * 1_000_000_000 + nanos, meta.ino())
    };
    #[cfg(not(unix))]
    let (changed, inode) = (0, 0);
    (meta.len(), modified, changed, inode)
}

/// Sets where each file of `photo` is: in `dir`, or, for an original kept
/// with its metadata, the source itself.
fn locate(photo: &mut Photo, dir: &Path, w: &Wanted, settings: &Images) {
    let sizes = photo
        .sizes
        .iter_mut()
        .chain(&mut photo.thumbs)
        .chain(&mut photo.social);
    for size in sizes {
        size.file = dir.join(&size.name);
    }
    if let Some(original) = &mut photo.original {
        // A large copy made smaller is always rapport's own file.
        original.file = if settings.keep_metadata && original.width == photo.width {
            w.full.clone()
        } else {
            dir.join(&original.name)
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_the_cache_must_be_plain() {
        for good in ["bord-480.jpg", "möte 2-960.jpg", "a..b.png", ".hidden.jpg"] {
            assert!(is_plain_name(good), "{good}");
        }
        for bad in [
            "",
            ".",
            "..",
            "../x.jpg",
            "/etc/passwd",
            "a/b.jpg",
            "a\\b.jpg",
            "a\0b.jpg",
        ] {
            assert!(!is_plain_name(bad), "{bad:?}");
        }
    }

    #[test]
    fn only_rapports_entries_are_its_own() {
        assert!(is_key("0123456789abcdef"));
        assert!(!is_key("0123456789ABCDEF"));
        assert!(!is_key("notes"));
        assert!(!is_key("0123456789abcdef0"));
        assert!(is_unfinished("0123456789abcdef.tmpAbC123"));
        assert!(is_unfinished("0123456789abcdef.tmp4242-7"));
        assert!(!is_unfinished("0123456789abcdef.tmp"));
        assert!(!is_unfinished("0123456789abcdef.old"));
        assert!(!is_unfinished("photos"));
        assert!(!is_unfinished("ö123456789abcde.tmpx"));
        assert!(is_unfinished_stamps("stamps.json.tmpAbC123"));
        assert!(!is_unfinished_stamps("stamps.json"));
    }
}
