//! `.rapport-cache/photos/`: one folder per processed photo, named by a
//! hash of its bytes and of the settings it was made with, holding its
//! files and `photo.json`. `stamps.json` remembers each source's size,
//! modification time and hash, so a warm build reads no photo at all.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use super::encode::{Made, QUALITY};
use super::{Photo, Wanted, CACHE_DIR};
use crate::config::Images;

/// Changes when the way photos are made changes, so old results are not used.
const VERSION: u32 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Stamp {
    len: u64,
    modified: u128,
    hash: u64,
}

pub(super) struct Cache {
    dir: PathBuf,
    stamps: Mutex<HashMap<String, Stamp>>,
}

impl Cache {
    /// The cache of the site at `root`; nothing is made on disk yet.
    pub(super) fn open(root: &Path) -> Cache {
        let dir = root.join(CACHE_DIR).join("photos");
        let stamps = std::fs::read(dir.join("stamps.json"))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        Cache {
            dir,
            stamps: Mutex::new(stamps),
        }
    }

    /// The key of the photo `w` made with `settings`.
    pub(super) fn key(&self, w: &Wanted, settings: &Images) -> Result<String, String> {
        let meta = std::fs::metadata(&w.full).map_err(|e| e.to_string())?;
        let modified = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        let known = self
            .stamps
            .lock()
            .ok()
            .and_then(|s| s.get(&w.path).copied())
            .filter(|s| s.len == meta.len() && s.modified == modified);
        let hash = match known {
            Some(stamp) => stamp.hash,
            None => {
                let bytes = std::fs::read(&w.full).map_err(|e| e.to_string())?;
                let hash = crate::document::hash(&bytes);
                if let Ok(mut stamps) = self.stamps.lock() {
                    let stamp = Stamp {
                        len: meta.len(),
                        modified,
                        hash,
                    };
                    stamps.insert(w.path.clone(), stamp);
                }
                hash
            }
        };
        let name = w.path.rsplit('/').next().unwrap_or(&w.path);
        let key = hash_of((VERSION, QUALITY, hash, settings, w.cover, name));
        Ok(format!("{key:016x}"))
    }

    /// The photo made before under `key`, when all its files are still there.
    pub(super) fn find(&self, key: &str, w: &Wanted, settings: &Images) -> Option<Photo> {
        let dir = self.dir.join(key);
        let bytes = std::fs::read(dir.join("photo.json")).ok()?;
        let mut photo: Photo = serde_json::from_slice(&bytes).ok()?;
        locate(&mut photo, &dir, w, settings);
        let complete = photo.files().all(|s| s.file.is_file());
        complete.then_some(photo)
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
        let dir = self.dir.join(key);
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmp = self
            .dir
            .join(format!("{key}.tmp{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&tmp);
        std::fs::create_dir_all(&tmp).map_err(fail)?;
        for (name, bytes) in &made.files {
            std::fs::write(tmp.join(name), bytes).map_err(fail)?;
        }
        let json = serde_json::to_vec(&made.photo).map_err(|e| e.to_string())?;
        std::fs::write(tmp.join("photo.json"), json).map_err(fail)?;
        let _ = std::fs::remove_dir_all(&dir);
        if let Err(e) = std::fs::rename(&tmp, &dir) {
            // Two reports with the same photo: the other one stored it.
            let _ = std::fs::remove_dir_all(&tmp);
            if !dir.join("photo.json").is_file() {
                return Err(fail(e));
            }
        }
        let mut photo = made.photo;
        locate(&mut photo, &dir, w, settings);
        Ok(photo)
    }

    /// Removes what no photo of the site uses any more, and remembers the
    /// stamps of the photos it has.
    pub(super) fn finish(&self, keys: &[String], wanted: &[Wanted]) {
        let keep: HashSet<&str> = keys.iter().map(String::as_str).collect();
        if let Ok(entries) = std::fs::read_dir(&self.dir) {
            for entry in entries.flatten() {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                if entry.path().is_dir() && !keep.contains(name.as_ref()) {
                    let _ = std::fs::remove_dir_all(entry.path());
                }
            }
        }
        if wanted.is_empty() && !self.dir.exists() {
            return; // a site without photos gets no cache folder
        }
        let paths: HashSet<&str> = wanted.iter().map(|w| w.path.as_str()).collect();
        let Ok(mut stamps) = self.stamps.lock() else {
            return;
        };
        stamps.retain(|p, _| paths.contains(p.as_str()));
        if let Ok(json) = serde_json::to_vec(&*stamps) {
            if std::fs::create_dir_all(&self.dir).is_ok() {
                let tmp = self
                    .dir
                    .join(format!("stamps.json.tmp{}", std::process::id()));
                if std::fs::write(&tmp, json).is_ok() {
                    let _ = std::fs::rename(&tmp, self.dir.join("stamps.json"));
                }
            }
        }
    }
}

fn hash_of(value: impl std::hash::Hash) -> u64 {
    use std::hash::Hasher;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
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
        original.file = if settings.keep_metadata {
            w.full.clone()
        } else {
            dir.join(&original.name)
        };
    }
}
