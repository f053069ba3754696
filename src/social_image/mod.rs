//! The social image (`og:image`, 1200 × 630) of every page without a photo
//! of its own: the site's logo, name and tagline on its brand colour, one
//! per language. Drawn by resvg from an SVG made here, with the theme's
//! Source Sans 3 (as "Social Sans", in `fonts/`, built into rapport so
//! every theme has it); never by a network service. Kept in
//! `.rapport-cache/social/`, named by a hash of everything drawn, so a
//! build after the first draws nothing.
//!
//! Why one per language and not one per report: see docs/decisions.md
//! ("Social images"): drawing one costs some 11 ms of processor time in
//! a release build, 110 s for 10,000 reports, five times the processor
//! time of rapport's whole build of them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use resvg::tiny_skia;
use resvg::usvg;

use crate::input::brand::{Brand, Rgb};
use crate::photos::{CACHE_DIR, SOCIAL};

/// Changes when the drawing changes, so old images are not used.
const VERSION: u32 = 1;
/// The font family of the fonts built in.
const FAMILY: &str = "Social Sans";
/// Margin around everything, in pixels.
const MARGIN: f32 = 80.0;
/// The logo's box, in pixels.
const LOGO: f32 = 120.0;

/// The fonts, loaded once.
fn fonts() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            db.load_font_data(include_bytes!("fonts/social-sans-400.ttf").to_vec());
            db.load_font_data(include_bytes!("fonts/social-sans-700.ttf").to_vec());
            db.set_sans_serif_family(FAMILY);
            Arc::new(db)
        })
        .clone()
}

fn options() -> usvg::Options<'static> {
    usvg::Options {
        font_family: FAMILY.into(),
        fontdb: fonts(),
        ..usvg::Options::default()
    }
}

/// A logo, read once.
#[derive(Clone)]
pub(crate) enum Logo {
    /// An SVG logo, drawn as vectors.
    Svg(Arc<usvg::Tree>),
    /// A PNG logo.
    Raster(Arc<image::RgbaImage>),
}

impl Logo {
    /// Reads the logo file `bytes`, named `name`.
    pub(crate) fn read(name: &str, bytes: &[u8]) -> Result<Logo, String> {
        if crate::input::brand::media_type(name) == "image/png" {
            let image = image::load_from_memory(bytes).map_err(|e| e.to_string())?;
            Ok(Logo::Raster(Arc::new(image.to_rgba8())))
        } else {
            let tree = usvg::Tree::from_data(bytes, &options()).map_err(|e| e.to_string())?;
            Ok(Logo::Svg(Arc::new(tree)))
        }
    }

    fn size(&self) -> (f32, f32) {
        match self {
            Logo::Svg(tree) => (tree.size().width(), tree.size().height()),
            Logo::Raster(image) => (image.width() as f32, image.height() as f32),
        }
    }

    /// Draws the logo into `pixmap`, fitted into a box of `size` at `x`, `y`.
    fn draw(&self, pixmap: &mut tiny_skia::Pixmap, x: f32, y: f32, size: f32) {
        let (w, h) = self.size();
        if w <= 0.0 || h <= 0.0 {
            return;
        }
        let scale = (size / w).min(size / h);
        let (dw, dh) = (w * scale, h * scale);
        let (x, y) = (x, y + (size - dh) / 2.0);
        match self {
            Logo::Svg(tree) => {
                let t = tiny_skia::Transform::from_row(scale, 0.0, 0.0, scale, x, y);
                resvg::render(tree, t, &mut pixmap.as_mut());
            }
            Logo::Raster(image) => {
                let (tw, th) = ((dw.round() as u32).max(1), (dh.round() as u32).max(1));
                let small = image::imageops::resize(
                    &**image,
                    tw,
                    th,
                    image::imageops::FilterType::Lanczos3,
                );
                let mut data = small.into_raw();
                for px in data.chunks_exact_mut(4) {
                    let a = u16::from(px[3]);
                    for c in &mut px[..3] {
                        *c = ((u16::from(*c) * a + 127) / 255) as u8;
                    }
                }
                let Some(size) = tiny_skia::IntSize::from_wh(tw, th) else {
                    return;
                };
                if let Some(logo) = tiny_skia::Pixmap::from_vec(data, size) {
                    pixmap.draw_pixmap(
                        x.round() as i32,
                        y.round() as i32,
                        logo.as_ref(),
                        &tiny_skia::PixmapPaint::default(),
                        tiny_skia::Transform::identity(),
                        None,
                    );
                }
            }
        }
    }
}

/// How an image looks: its colours and logo.
#[derive(Clone)]
pub(crate) struct Look {
    /// The background.
    pub(crate) background: Rgb,
    /// The text.
    pub(crate) text: Rgb,
    /// The quieter text.
    pub(crate) muted: Rgb,
    /// The logo, when the site has one.
    pub(crate) logo: Option<Logo>,
    /// A hash of the logo's bytes, for the cache key.
    pub(crate) logo_hash: u64,
}

impl Look {
    /// The look of the site at `root` with `brand`: its colours, or the
    /// theme's blue; its logo, or else `mark`, the header's (the favicon).
    pub(crate) fn of(root: &Path, brand: &Brand, mark: Option<&Path>) -> Look {
        let background = brand.color.unwrap_or(Rgb(0x0c, 0x3a, 0x57));
        let palette = Brand {
            color: Some(background),
            ..brand.clone()
        }
        .palette();
        let (text, muted) = palette.map_or((Rgb(255, 255, 255), Rgb(0xc9, 0xd9, 0xe6)), |p| {
            (p.on_brand, p.on_brand_muted)
        });
        let file = match &brand.logo {
            Some(name) => Some(root.join("static").join(name)),
            None => mark.map(Path::to_path_buf),
        };
        let (logo, logo_hash) = file
            .and_then(|file| {
                let bytes = std::fs::read(&file).ok()?;
                let hash = crate::hash::bytes(&bytes);
                let name = file.to_string_lossy();
                Logo::read(&name, &bytes).ok().map(|l| (Some(l), hash))
            })
            .unwrap_or((None, 0));
        Look {
            background,
            text,
            muted,
            logo,
            logo_hash,
        }
    }
}

/// What an image says: a heading in large type and lines under it.
#[derive(Debug, Clone, Hash)]
pub(crate) struct Words {
    /// The heading: the site's name.
    pub(crate) heading: String,
    /// Smaller lines under it: the tagline.
    pub(crate) lines: Vec<String>,
}

/// `text` as XML text, control characters (which XML refuses) as spaces.
fn escape(text: &str) -> String {
    let plain: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut out = String::with_capacity(plain.len());
    let _ = pulldown_cmark_escape::escape_html(&mut out, &plain);
    out
}

/// One line of text at `y`, as an SVG `<text>`.
fn text(line: &str, y: f32, size: f32, weight: u16, fill: Rgb) -> String {
    format!(
        r#"<text x="{MARGIN}" y="{y}" font-family="{FAMILY}" font-size="{size}" font-weight="{weight}" fill="{fill}">{}</text>"#,
        escape(line)
    )
}

/// The width of `text` set in `size` pixels and `weight`.
fn width(text: &str, size: f32, weight: u16) -> f32 {
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="400"><text x="0" y="200" font-family="{FAMILY}" font-size="{size}" font-weight="{weight}">{}</text></svg>"#,
        escape(text)
    );
    usvg::Tree::from_str(&svg, &options())
        .map(|t| t.root().abs_bounding_box().width())
        .unwrap_or(0.0)
}

/// `text` broken into lines no wider than `max`, at most `most` of them,
/// the last ending in an ellipsis when the text goes on.
fn wrap(text: &str, size: f32, weight: u16, max: f32, most: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, word) in words.iter().enumerate() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if line.is_empty() || width(&candidate, size, weight) <= max {
            line = candidate;
            continue;
        }
        lines.push(std::mem::take(&mut line));
        if lines.len() == most {
            let last = lines.last_mut().expect("a line was pushed");
            if i < words.len() {
                while !last.is_empty() && width(&format!("{last}…"), size, weight) > max {
                    let cut = last.rfind(' ').unwrap_or(0);
                    last.truncate(cut);
                }
                last.push('…');
            }
            return lines;
        }
        line = word.to_string();
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The SVG of an image without its logo.
fn svg(words: &Words, look: &Look) -> String {
    let (w, h) = (SOCIAL.0 as f32, SOCIAL.1 as f32);
    let max = w - 2.0 * MARGIN;
    let mut heading_size = 84.0;
    let mut heading = wrap(&words.heading, heading_size, 700, max, 2);
    if heading.len() > 1 {
        heading_size = 68.0;
        heading = wrap(&words.heading, heading_size, 700, max, 3);
    }
    let line_size = 38.0;
    let lines: Vec<String> = words
        .lines
        .iter()
        .flat_map(|l| wrap(l, line_size, 400, max, 2))
        .take(3)
        .collect();
    let heading_step = heading_size * 1.15;
    let line_step = line_size * 1.35;
    // Text sits at the bottom; the logo at the top.
    let block = heading.len() as f32 * heading_step + lines.len() as f32 * line_step;
    let mut y = h - MARGIN - block + heading_size;
    let mut out = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}"><rect width="{w}" height="{h}" fill="{}"/><rect y="{}" width="{w}" height="16" fill="{}" fill-opacity=".35"/>"#,
        look.background,
        h - 16.0,
        look.text
    );
    for line in &heading {
        out.push_str(&text(line, y, heading_size, 700, look.text));
        y += heading_step;
    }
    y += line_step - heading_step + 8.0;
    for line in &lines {
        out.push_str(&text(line, y, line_size, 400, look.muted));
        y += line_step;
    }
    out.push_str("</svg>");
    out
}

/// Draws the image `words` say with `look`, as PNG bytes.
pub(crate) fn draw(words: &Words, look: &Look) -> Result<Vec<u8>, String> {
    let tree = usvg::Tree::from_str(&svg(words, look), &options()).map_err(|e| e.to_string())?;
    let mut pixmap =
        tiny_skia::Pixmap::new(SOCIAL.0, SOCIAL.1).ok_or_else(|| "no pixmap".to_string())?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    if let Some(logo) = &look.logo {
        logo.draw(&mut pixmap, MARGIN, MARGIN - 16.0, LOGO);
    }
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// The key an image is kept under.
fn key(words: &Words, look: &Look) -> String {
    let hash = crate::hash::hash_of((
        VERSION,
        words,
        look.background,
        look.text,
        look.muted,
        look.logo_hash,
    ));
    format!("{hash:016x}")
}

/// The social images of a site: language → the file to publish as `LANG/social.png`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Images {
    /// The file of each language's image, in the cache.
    pub(crate) by_lang: BTreeMap<String, PathBuf>,
}

/// The name each language's image is published under, in its folder.
pub(crate) const NAME: &str = "social.png";

/// Makes, or finds in `.rapport-cache/social/`, the image of each of
/// `words` (language → words) for the site at `root`. Nothing is made when
/// the cache cannot be written (a link, a file in its place): pages then
/// have no site-wide image.
pub(crate) fn prepare(root: &Path, look: &Look, words: &BTreeMap<String, Words>) -> Images {
    let mut images = Images::default();
    let top = root.join(CACHE_DIR);
    let dir = top.join("social");
    for d in [&top, &dir] {
        match std::fs::symlink_metadata(d) {
            Ok(m) if m.is_dir() => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if std::fs::create_dir(d).is_err() {
                    return images;
                }
            }
            _ => return images,
        }
    }
    let mut keep = Vec::new();
    for (lang, words) in words {
        let file = dir.join(format!("{}.png", key(words, look)));
        let usable = std::fs::symlink_metadata(&file).is_ok_and(|m| m.is_file())
            && image::image_dimensions(&file).ok() == Some(SOCIAL);
        if !usable {
            let Ok(png) = draw(words, look) else { continue };
            let tmp = dir.join(format!(".{}.tmp", key(words, look)));
            if std::fs::write(&tmp, png).is_err() || std::fs::rename(&tmp, &file).is_err() {
                let _ = std::fs::remove_file(&tmp);
                continue;
            }
        }
        keep.push(file.clone());
        images.by_lang.insert(lang.clone(), file);
    }
    // Images no page uses any more go: only files named like rapport's.
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            let ours = name.len() == 20
                && name.ends_with(".png")
                && name[..16].bytes().all(|b| b.is_ascii_hexdigit());
            if ours && !keep.contains(&entry.path()) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    images
}

/// Stage 1b, beside the photos: the site-wide social image of each
/// language (the site's name and tagline from its Fluent strings, its logo
/// or the theme's mark, its brand colour), drawn or taken from the cache.
pub(crate) fn of(sources: &crate::input::load::Sources) -> Images {
    let config = &sources.config;
    let words = config
        .languages
        .iter()
        .filter_map(|lang| {
            let locale = sources.locales.get(lang)?;
            let words = Words {
                heading: locale.format("site-title", None).ok()?,
                lines: locale
                    .format("site-tagline", None)
                    .ok()
                    .into_iter()
                    .collect(),
            };
            Some((lang.clone(), words))
        })
        .collect();
    let mark = sources.assets.iter().find(|a| a.output == "favicon.svg");
    let mark = mark.map(|a| a.source.as_path());
    let look = Look::of(&sources.root, &config.brand, mark);
    prepare(&sources.root, &look, &words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn look() -> Look {
        Look {
            background: Rgb(0xf2, 0xb7, 0x05),
            text: Rgb(0, 0, 0),
            muted: Rgb(0x20, 0x20, 0x20),
            logo: None,
            logo_hash: 0,
        }
    }

    #[test]
    fn an_image_is_1200_by_630_in_the_brand_colour() {
        let words = Words {
            heading: "Svensk-kazakiska hälsonätverket".into(),
            lines: vec!["Қазақстан – Sverige: rapporter från våra möten".into()],
        };
        let png = draw(&words, &look()).expect("drawn");
        let image = image::load_from_memory(&png).expect("a PNG").to_rgba8();
        assert_eq!(image.dimensions(), SOCIAL);
        assert_eq!(image.get_pixel(5, 5).0, [0xf2, 0xb7, 0x05, 255]);
        // Text was drawn: some pixels are the text's colour.
        assert!(image.pixels().any(|p| p.0 == [0, 0, 0, 255]));
    }

    #[test]
    fn long_text_is_wrapped_and_cut_with_an_ellipsis() {
        let long = "ord ".repeat(200);
        let lines = wrap(&long, 68.0, 700, 1040.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'));
        assert!(lines.iter().all(|l| width(l, 68.0, 700) <= 1040.0));
    }
}
