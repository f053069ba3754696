//! The photos the organisation has (a folder, or those in a Takeout
//! archive), found by file name for the addresses in old posts.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;

/// Where one photo's bytes are.
#[derive(Debug, Clone)]
enum Place {
    File(PathBuf),
    Zip { archive: PathBuf, entry: String },
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

    /// Adds the photos inside a zip archive.
    pub(crate) fn add_zip_entry(&mut self, archive: &Path, entry: &str) {
        let name = entry.rsplit('/').next().unwrap_or(entry);
        if is_photo(name) {
            self.by_name
                .entry(name.to_lowercase())
                .or_insert(Place::Zip {
                    archive: archive.to_path_buf(),
                    entry: entry.to_string(),
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
    pub name: String,
    place: &'a Place,
}

impl Photo<'_> {
    /// Its bytes.
    pub(crate) fn bytes(&self) -> std::io::Result<Vec<u8>> {
        match self.place {
            Place::File(path) => std::fs::read(path),
            Place::Zip { archive, entry } => {
                let file = std::fs::File::open(archive)?;
                let mut zip = zip::ZipArchive::new(file).map_err(std::io::Error::other)?;
                let mut member = zip.by_name(entry).map_err(std::io::Error::other)?;
                let mut bytes = Vec::new();
                member.read_to_end(&mut bytes)?;
                Ok(bytes)
            }
        }
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
