//! The photos the organisation has (a folder, or those in a Takeout
//! archive), found by file name for the addresses in old posts.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;

/// Where one photo's bytes are.
#[derive(Debug, Clone)]
pub(crate) enum Place {
    /// A file of `--images DIR`.
    File(PathBuf),
    /// An entry of a zip archive, with the sizes its directory declares.
    Zip {
        /// The archive.
        archive: PathBuf,
        /// The entry's name in it.
        entry: String,
        /// Its size unpacked.
        size: u64,
        /// Its size packed.
        packed: u64,
    },
}

/// The most an entry of a zip archive may unpack to.
pub(crate) const ZIP_ENTRY_MAX: u64 = 512 * 1024 * 1024;
/// The most an entry over [`ZIP_RATIO_FROM`] bytes may grow when unpacked
/// (text packs about ten times, photos hardly at all).
pub(crate) const ZIP_RATIO_MAX: u64 = 100;
/// Entries up to this size may grow as much as they like.
const ZIP_RATIO_FROM: u64 = 1024 * 1024;

/// Checks the sizes a zip entry declares against the limits; the error
/// names the archive and the entry.
pub(crate) fn zip_entry_ok(
    archive: &Path,
    entry: &str,
    size: u64,
    packed: u64,
) -> Result<(), Diagnostic> {
    if size > ZIP_ENTRY_MAX {
        return Err(Diagnostic::in_file(
            archive,
            crate::msg!(
                "import-zip-too-big",
                entry = super::inert::shown(entry),
                size = size,
                limit = ZIP_ENTRY_MAX
            ),
        )
        .help(crate::msg!("import-zip-too-big.help")));
    }
    if size > ZIP_RATIO_FROM && size / packed.max(1) > ZIP_RATIO_MAX {
        return Err(Diagnostic::in_file(
            archive,
            crate::msg!(
                "import-zip-ratio",
                entry = super::inert::shown(entry),
                size = size,
                packed = packed,
                limit = ZIP_RATIO_MAX
            ),
        )
        .help(crate::msg!("import-zip-ratio.help")));
    }
    Ok(())
}

impl Place {
    /// Checks what can be checked before reading: a zip entry's sizes.
    pub(crate) fn check(&self) -> Result<(), Diagnostic> {
        match self {
            Place::File(_) => Ok(()),
            Place::Zip {
                archive,
                entry,
                size,
                packed,
            } => zip_entry_ok(archive, entry, *size, *packed),
        }
    }

    /// Whether a file can be opened (a zip entry is looked at when read).
    pub(crate) fn readable(&self) -> std::io::Result<()> {
        match self {
            Place::File(path) => crate::fs_safe::open_nofollow(path).map(drop),
            Place::Zip { .. } => Ok(()),
        }
    }

    /// Hands the bytes to `write` as a reader, with the most it may give.
    pub(crate) fn read_with<T>(
        &self,
        write: impl FnOnce(&mut dyn Read, Option<u64>) -> std::io::Result<T>,
    ) -> std::io::Result<T> {
        match self {
            Place::File(path) => write(&mut crate::fs_safe::open_nofollow(path)?, None),
            Place::Zip {
                archive,
                entry,
                size,
                ..
            } => {
                let file = std::fs::File::open(archive)?;
                let mut zip = zip::ZipArchive::new(file).map_err(std::io::Error::other)?;
                let mut member = zip.by_name(entry).map_err(std::io::Error::other)?;
                write(&mut member, Some(*size))
            }
        }
    }
}

/// Photos by lower-case file name.
#[derive(Debug, Clone, Default)]
pub(crate) struct Store {
    by_name: HashMap<String, Place>,
}

const PHOTO: &[&str] = &[
    "jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "tif", "tiff",
];

fn is_photo(name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, ext)| PHOTO.contains(&ext.to_ascii_lowercase().as_str()))
}

impl Store {
    /// Every photo under `dir`, by name; the first of two with one name wins.
    pub(crate) fn folder(dir: &Path) -> Result<Store, Diagnostic> {
        if !dir.is_dir() {
            return Err(Diagnostic::new(crate::msg!(
                "import-images-not-folder",
                dir = dir.display()
            ))
            .help(crate::msg!("import-images-not-folder.help")));
        }
        let mut store = Store::default();
        let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| e.into_path())
            .collect();
        files.sort();
        for path in files {
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            if is_photo(name) {
                store
                    .by_name
                    .entry(name.to_lowercase())
                    .or_insert(Place::File(path.clone()));
            }
        }
        Ok(store)
    }

    /// Adds a photo inside a zip archive, with its sizes as declared.
    pub(crate) fn add_zip_entry(&mut self, archive: &Path, entry: &str, size: u64, packed: u64) {
        let name = entry.rsplit('/').next().unwrap_or(entry);
        if is_photo(name) {
            self.by_name
                .entry(name.to_lowercase())
                .or_insert(Place::Zip {
                    archive: archive.to_path_buf(),
                    entry: entry.to_string(),
                    size,
                    packed,
                });
        }
    }

    /// Adds the photos of `other` that this store lacks.
    pub(crate) fn merge(&mut self, other: Store) {
        for (name, place) in other.by_name {
            self.by_name.entry(name).or_insert(place);
        }
    }

    /// The photo for an address in a post, if the store has one of its name.
    pub(crate) fn find(&self, url: &str) -> Option<Photo<'_>> {
        let name = photo_name(url)?;
        self.by_name
            .get(&name.to_lowercase())
            .map(|place| Photo { name, place })
    }
}

/// A photo found for an address.
pub(crate) struct Photo<'a> {
    /// Its file name, decoded, as the post used it.
    pub(crate) name: String,
    place: &'a Place,
}

impl Photo<'_> {
    /// Where its bytes are.
    pub(crate) fn place(&self) -> &Place {
        self.place
    }
}

/// The decoded file name at the end of an address, if it names a file.
pub(crate) fn photo_name(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let last = path.rsplit('/').next()?;
    let name = percent_decode(last);
    (!name.is_empty() && !name.starts_with('.')).then_some(name)
}

/// `%C3%A4` → `ä`; invalid sequences stay as written.
pub(crate) fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((hi * 16 + lo) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// A file name safe in a URL and on every file system: `Bild 1 (2).JPG` → `bild-1-2.jpg`.
pub(crate) fn safe_name(name: &str) -> String {
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, Some(ext)),
        _ => (name, None),
    };
    let stem = crate::transliterate::slugify(stem);
    let stem = if stem.is_empty() {
        "photo".to_string()
    } else {
        stem
    };
    match ext {
        Some(ext) => format!("{stem}.{}", crate::transliterate::slugify(ext)),
        None => stem,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_decoded() {
        assert_eq!(
            photo_name("https://1.bp.blogspot.com/a/s1600/M%C3%B6te%20i%20Astana.JPG?x=1")
                .as_deref(),
            Some("Möte i Astana.JPG")
        );
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(safe_name("Möte i Astana.JPG"), "mote-i-astana.jpg");
    }
}
