//! The photos of page bundles: each JPEG, PNG or WebP is decoded once,
//! turned upright by its EXIF orientation, resized to the widths of
//! site.yaml (never wider than it is), cropped to a thumbnail and a social
//! image when it is a report's cover, and encoded without metadata. The
//! results are kept in `.rapport-cache/photos/` at the site root, keyed by
//! the photo's bytes and the settings, so a build after the first does no
//! image work. SVG and GIF files pass through as they are.

mod cache;
mod encode;
mod strip;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::diagnostics::Diagnostic;
use crate::input::config::Images;
use crate::input::document::front_matter::Focus;

/// The cache folder at the site root.
pub(crate) const CACHE_DIR: &str = ".rapport-cache";

/// The width and height of thumbnails: the theme's cards are 3:2.
pub(crate) const THUMB_RATIO: (u32, u32) = (3, 2);
/// Thumbnail widths: a phone's small card, a wide featured card.
pub(crate) const THUMB_WIDTHS: [u32; 2] = [480, 960];
/// The social image (`og:image`): the size Facebook, LinkedIn and X recommend.
pub(crate) const SOCIAL: (u32, u32) = (1200, 630);

/// Whether a bundle file is a photo rapport processes, by its extension.
pub(crate) fn is_photo(name: &str) -> bool {
    matches!(extension(name).as_str(), "jpg" | "jpeg" | "png" | "webp")
}

/// Whether a file is an HEIC/HEIF photo, which browsers but Safari cannot show.
pub(crate) fn is_heic(name: &str) -> bool {
    matches!(extension(name).as_str(), "heic" | "heif")
}

fn extension(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

/// One published file made from a photo.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub(crate) struct Size {
    /// The file name it is published under, beside the report's page.
    pub(crate) name: String,
    /// Width in pixels.
    pub(crate) width: u32,
    /// Height in pixels.
    pub(crate) height: u32,
    /// Where its bytes are: in the cache, or the source itself.
    #[serde(skip)]
    pub(crate) file: PathBuf,
}

/// A processed photo.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub(crate) struct Photo {
    /// Upright width of the original.
    pub(crate) width: u32,
    /// Upright height of the original.
    pub(crate) height: u32,
    /// The resized copies, narrowest first.
    pub(crate) sizes: Vec<Size>,
    /// The full-size original, when published.
    pub(crate) original: Option<Size>,
    /// Cropped thumbnails, for a cover: narrowest first.
    pub(crate) thumbs: Vec<Size>,
    /// The social image, for a cover.
    pub(crate) social: Option<Size>,
    /// Whether the source carries a GPS position.
    pub(crate) gps: bool,
}

impl Photo {
    /// Every file it publishes.
    pub(crate) fn files(&self) -> impl Iterator<Item = &Size> {
        self.sizes
            .iter()
            .chain(&self.original)
            .chain(&self.thumbs)
            .chain(&self.social)
    }

    /// The size a page shows by default (`src`): the one nearest 960 pixels.
    pub(crate) fn default_size(&self) -> Option<&Size> {
        self.sizes
            .iter()
            .find(|s| s.width >= 960)
            .or(self.sizes.last())
    }
}

/// A photo the site needs, as `load` finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Wanted {
    /// The file, relative to `content/`, with `/` separators.
    pub(crate) path: String,
    /// The file on disk.
    pub(crate) full: PathBuf,
    /// `Some` when it is a report's cover (or first photo), with its focus.
    pub(crate) cover: Option<Option<Focus>>,
}

/// Every processed photo of the site, by its path relative to `content/`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Photos {
    /// The photos.
    pub(crate) by_path: HashMap<String, Photo>,
    /// Photos decoded and encoded in this build.
    pub(crate) processed: usize,
    /// Photos found in the cache.
    pub(crate) reused: usize,
    /// Photos that carry a GPS position, relative to `content/`.
    pub(crate) with_gps: Vec<String>,
    /// The photos that cannot be read: errors `check` and `build` report
    /// with the site's other problems.
    pub(crate) problems: Vec<Diagnostic>,
}

impl Photos {
    /// The photo at `path` (relative to `content/`).
    pub(crate) fn get(&self, path: &str) -> Option<&Photo> {
        self.by_path.get(path)
    }
}

/// Why a photo cannot be used, and what to do when it is not the usual
/// (open it in a photo editor and save it again).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Failure {
    /// What is wrong.
    pub(crate) reason: String,
    /// What to do, when it is not the usual.
    pub(crate) help: Option<String>,
}

impl From<String> for Failure {
    fn from(reason: String) -> Failure {
        Failure { reason, help: None }
    }
}

/// Stage 1b: the photos the documents of `sources` show, processed. With
/// `write`, the cache in `.rapport-cache/` is used and kept up to date;
/// without (`check`), they are processed in memory and nothing is written.
pub(crate) fn of(sources: &crate::input::load::Sources, write: bool) -> Photos {
    let wanted = wanted(&sources.root, &sources.documents);
    prepare(&sources.root, &sources.config.images, &wanted, write)
}

/// Processes every wanted photo of the site at `root`, in parallel, using
/// and refreshing the cache; each photo that cannot be read is a problem.
/// Without `write` (for `check`) nothing is written: a photo the cache
/// does not have is decoded and checked in memory, not resized.
pub(crate) fn prepare(root: &Path, settings: &Images, wanted: &[Wanted], write: bool) -> Photos {
    let cache = cache::Cache::open(root, write);
    let keep = cache.writable();
    let processed = AtomicUsize::new(0);
    type Keyed = Result<(String, Photo), Diagnostic>;
    let results: Vec<(String, Keyed)> = wanted
        .par_iter()
        .map(|w| {
            let result = cache
                .key(w, settings)
                .map_err(Failure::from)
                .and_then(|key| {
                    if let Some(photo) = cache.find(&key, w, settings) {
                        return Ok((key, photo));
                    }
                    processed.fetch_add(1, Ordering::Relaxed);
                    let bytes = std::fs::read(&w.full).map_err(|e| e.to_string())?;
                    let made = encode::make(&bytes, &w.path, settings, w.cover, keep)?;
                    if keep {
                        Ok((key.clone(), cache.store(&key, made, w, settings)?))
                    } else {
                        Ok((key.clone(), cache.unstored(&key, made, w, settings)))
                    }
                });
            let result = result.map_err(|failure| {
                Diagnostic::in_file(
                    Path::new("content").join(&w.path),
                    crate::msg!("photos-unreadable", reason = failure.reason),
                )
                .help(
                    failure
                        .help
                        .unwrap_or_else(|| crate::msg!("photos-unreadable.help")),
                )
            });
            (w.path.clone(), result)
        })
        .collect();
    let mut photos = Photos::default();
    if let Some(refused) = cache.refused().filter(|_| !wanted.is_empty()) {
        photos.problems.push(refused.clone());
    }
    let mut keys = Vec::new();
    for (path, result) in results {
        match result {
            Ok((key, photo)) => {
                if photo.gps {
                    photos.with_gps.push(path.clone());
                }
                keys.push(key);
                photos.by_path.insert(path, photo);
            }
            Err(d) => photos.problems.push(d),
        }
    }
    photos.processed = processed.into_inner();
    photos.reused = photos.by_path.len() - photos.processed.min(photos.by_path.len());
    photos.with_gps.sort();
    if photos.problems.is_empty() {
        cache.finish(&keys, wanted);
    }
    photos
}

/// The bundle file an image address written in a report names: `./` is
/// dropped and `%20` read as a space, so `möte%202.jpg` finds `möte 2.jpg`.
pub(crate) fn bundle_file<'a>(files: &'a [String], src: &str) -> Option<&'a str> {
    if src.contains("://") || src.starts_with('/') {
        return None;
    }
    let src = src.trim_start_matches("./");
    let src = src.split(['#', '?']).next().unwrap_or(src);
    let decoded = percent_encoding::percent_decode_str(src).decode_utf8_lossy();
    files
        .iter()
        .find(|f| f.as_str() == src || **f == decoded)
        .map(String::as_str)
}

/// The files of a bundle that its documents show or link to: images,
/// links and covers that name one of `files`.
pub(crate) fn shown<'a>(
    files: &'a [String],
    docs: &[&crate::input::document::Document],
) -> std::collections::BTreeSet<&'a str> {
    let mut out = std::collections::BTreeSet::new();
    for doc in docs {
        let refs = crate::input::markdown::references(&doc.body);
        let srcs = refs
            .iter()
            .map(|r| r.src.as_str())
            .chain(doc.front.cover.as_ref().map(|c| c.src.as_str()));
        out.extend(srcs.filter_map(|src| bundle_file(files, src)));
    }
    out
}

/// The photos of the site's bundles, each once, with the cover of each
/// bundle (or its first photo) marked for a thumbnail and a social image.
pub(crate) fn wanted(
    root: &Path,
    documents: &[std::sync::Arc<crate::input::document::Document>],
) -> Vec<Wanted> {
    let mut bundles: std::collections::BTreeMap<&str, Vec<&crate::input::document::Document>> =
        Default::default();
    for doc in documents {
        if let Some(b) = &doc.bundle {
            bundles.entry(b.dir.as_str()).or_default().push(doc);
        }
    }
    let mut out = Vec::new();
    for (dir, docs) in bundles {
        let files = &docs[0]
            .bundle
            .as_ref()
            .map(|b| b.files.clone())
            .unwrap_or_default();
        let cover = docs.iter().find_map(|d| {
            let c = d.front.cover.as_ref()?;
            bundle_file(files, &c.src).map(|f| (f.to_string(), c.focus))
        });
        let cover = cover.or_else(|| {
            docs.iter().find_map(|d| {
                crate::input::markdown::references(&d.body)
                    .into_iter()
                    .filter(|r| r.image)
                    .find_map(|r| {
                        bundle_file(files, &r.src)
                            .filter(|f| is_photo(f))
                            .map(|f| (f.to_string(), None))
                    })
            })
        });
        for file in files.iter().filter(|f| is_photo(f)) {
            out.push(Wanted {
                path: format!("{dir}/{file}"),
                full: root.join("content").join(dir).join(file),
                cover: cover
                    .as_ref()
                    .filter(|(c, _)| c == file)
                    .map(|(_, focus)| *focus),
            });
        }
    }
    out
}

/// A photo as a page shows it; the text's own type, which this stage makes.
pub(crate) use crate::input::markdown::Picture;

/// What may stand in a URL path unescaped: a file name with a space, a
/// comma (which ends a `srcset` entry) or `ö` is written with `%`.
const PATH: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b',')
    .add(b'\'')
    .add(b'\\');

/// `name` made safe to put into a URL path.
pub fn url_name(name: &str) -> String {
    percent_encoding::utf8_percent_encode(name, PATH).to_string()
}

impl Photo {
    /// The photo as shown from `base` (the URL path of the folder its files are in).
    pub(crate) fn picture(&self, base: &str) -> Option<Picture> {
        let original = self
            .original
            .as_ref()
            .map(|s| format!("{base}{}", url_name(&s.name)));
        picture(&self.sizes, self.default_size()?, base, original)
    }

    /// The thumbnail of a cover, when it was made as one.
    pub(crate) fn thumbnail(&self, base: &str) -> Option<Picture> {
        picture(&self.thumbs, self.thumbs.first()?, base, None)
    }
}

/// `sizes` showing `shown` by default, from `base`.
fn picture(sizes: &[Size], shown: &Size, base: &str, original: Option<String>) -> Option<Picture> {
    let url = |s: &Size| format!("{base}{}", url_name(&s.name));
    Some(Picture {
        src: url(shown),
        srcset: sizes.iter().map(|s| (url(s), s.width)).collect(),
        width: shown.width,
        height: shown.height,
        original,
    })
}

/// The name a published size of `source` gets: `möte 2.jpg` at 480 pixels
/// is `möte 2-480.jpg`.
pub(crate) fn sized_name(source: &str, label: &str, ext: &str) -> String {
    let stem = source.rsplit_once('.').map_or(source, |(s, _)| s);
    format!("{stem}-{label}.{ext}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photos_are_known_by_their_extension() {
        assert!(is_photo("möte 2.JPG"));
        assert!(is_photo("a.webp"));
        assert!(!is_photo("a.gif"));
        assert!(!is_photo("a.svg"));
        assert!(is_heic("IMG_0001.HEIC"));
    }

    #[test]
    fn sized_names_keep_the_stem() {
        assert_eq!(sized_name("möte 2.jpg", "480", "jpg"), "möte 2-480.jpg");
        assert_eq!(
            sized_name("a.b.png", "thumb-480", "png"),
            "a.b-thumb-480.png"
        );
    }
}
