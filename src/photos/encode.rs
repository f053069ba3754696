//! One photo made into its published files: decoded once, turned upright,
//! resized step by step from the widest size down, encoded.

use std::io::Cursor;

use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader};

use super::{sized_name, strip, Failure, Photo, Size, SOCIAL, THUMB_RATIO, THUMB_WIDTHS};
use crate::input::config::{Images, Originals};
use crate::input::document::front_matter::Focus;

/// JPEG quality of the published sizes: see docs/decisions.md.
pub(super) const QUALITY: u8 = 80;

/// A photo's published files, made but not yet stored.
pub(super) struct Made {
    /// What the files are.
    pub(crate) photo: Photo,
    /// Each file's name and bytes; the original's bytes are absent when it
    /// is published as it is (`keep_metadata`).
    pub(crate) files: Vec<(String, Vec<u8>)>,
}

/// The most pixels a photo may declare: more than any phone or camera but
/// a medium-format one makes. A photo that declares more is refused before
/// a pixel is decoded: a few hundred bytes can declare 65,500 × 65,500
/// pixels, which would take 12 GB to decode.
pub(super) const MAX_MEGAPIXELS: u64 = 100;

/// The most memory a photo's decoded pixels may take, in MB (a 100
/// megapixel photo with transparency takes 400 MB).
pub(super) const MAX_DECODED_MB: u64 = 512;

/// Makes every published file of the photo `bytes`, named after `path`
/// (relative to `content/`); `cover` asks for a thumbnail and a social
/// image. Without `pixels` the photo is decoded and checked as for a build
/// but nothing is resized or encoded: the files are named and measured only.
pub(super) fn make(
    bytes: &[u8],
    path: &str,
    settings: &Images,
    cover: Option<Option<Focus>>,
    pixels: bool,
) -> Result<Made, Failure> {
    let name = path.rsplit('/').next().unwrap_or(path);
    let decoded = decode(bytes)?;
    let format = decoded.format;
    let orientation = decoded.orientation;
    let mut image = decoded.image;
    let (width, height) = upright(image.width(), image.height(), orientation);
    // A PNG stays a PNG (drawings, screenshots, transparency); a WebP with
    // transparency becomes a PNG; every other photo is a JPEG.
    let png = format == ImageFormat::Png || image.color().has_alpha();
    let ext = if png { "png" } else { "jpg" };
    let mut photo = plan(name, width, height, ext, settings, cover)
        .ok_or_else(|| crate::msg!("photos-not-an-image"))?;
    photo.gps = decoded.gps;
    // A PNG at its own size, upright already, is its own bytes less
    // metadata: encoding it again would only make it larger.
    let same = |w: u32| {
        w == width
            && format == ImageFormat::Png
            && orientation == image::metadata::Orientation::NoTransforms
    };
    let mut files = Vec::new();
    // A copy made smaller has no metadata to keep.
    let original = photo
        .original
        .as_ref()
        .is_some_and(|o| !settings.keep_metadata || o.width != width);
    if !pixels {
        if original || photo.sizes.iter().any(|s| same(s.width)) {
            strip::metadata(bytes, format)?;
        }
        return Ok(Made { photo, files });
    }
    image.apply_orientation(orientation);
    // A PNG turned by its EXIF orientation: browsers do not all read a
    // PNG's eXIf, and the metadata goes, so its original is the upright
    // pixels (PNG is lossless: nothing of the picture is lost).
    let turned_png = original
        && format == ImageFormat::Png
        && orientation != image::metadata::Orientation::NoTransforms;
    let upright_original = if turned_png {
        Some(encode(&image, true)?)
    } else {
        None
    };
    let mut current = image;
    // `originals: large` of a photo larger than that: the copy is made
    // first, and the smaller sizes from it.
    let capped = photo.original.as_ref().filter(|o| o.width != width);
    if let Some(large) = capped {
        current = shrink(&current, large.width, large.height);
        files.push((name.to_string(), encode(&current, png)?));
    }
    let mut widest: Option<DynamicImage> = None;
    for size in photo.sizes.iter().rev() {
        let (w, h) = (size.width, size.height);
        if (current.width(), current.height()) != (w, h) {
            current = shrink(&current, w, h);
        }
        let encoded = if same(w) {
            strip::metadata(bytes, format)?
        } else {
            encode(&current, png)?
        };
        files.push((size.name.clone(), encoded));
        if widest.is_none() && cover.is_some() {
            widest = Some(current.clone());
        }
    }
    if let (Some(focus), Some(widest)) = (cover, &widest) {
        let framed = crop(widest, THUMB_RATIO, focus);
        for thumb in &photo.thumbs {
            let small = shrink(&framed, thumb.width, thumb.height);
            files.push((thumb.name.clone(), encode(&small, png)?));
        }
        if let Some(social) = &photo.social {
            let framed = crop(widest, SOCIAL, focus);
            let small = shrink(&framed, social.width, social.height);
            files.push((social.name.clone(), encode(&small, png)?));
        }
    }
    // The large copy, when there is one, is the original readers get.
    if let Some(upright) = upright_original.filter(|_| capped.is_none()) {
        files.push((name.to_string(), upright));
    } else if original && capped.is_none() {
        files.push((name.to_string(), strip::metadata(bytes, format)?));
    }
    Ok(Made { photo, files })
}

/// A photo decoded, with what its header says.
struct Decoded {
    image: DynamicImage,
    format: ImageFormat,
    orientation: image::metadata::Orientation,
    gps: bool,
}

/// Decodes `bytes`, refusing a photo whose header declares more than
/// [`MAX_MEGAPIXELS`] or [`MAX_DECODED_MB`] before decoding it.
fn decode(bytes: &[u8]) -> Result<Decoded, Failure> {
    let reader = || {
        ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|e| Failure::from(e.to_string()))
    };
    let mut header = reader()?;
    header.no_limits(); // the header alone: the size is judged below
    let (width, height) = header.into_dimensions().map_err(describe)?;
    let pixels = u64::from(width) * u64::from(height);
    if pixels > MAX_MEGAPIXELS * 1_000_000 {
        return Err(Failure {
            reason: crate::msg!(
                "photos-too-many-pixels",
                width = width.to_string(),
                height = height.to_string(),
                megapixels = (pixels / 1_000_000).to_string(),
                limit = MAX_MEGAPIXELS.to_string()
            ),
            help: Some(crate::msg!(
                "photos-too-many-pixels.help",
                limit = MAX_MEGAPIXELS.to_string()
            )),
        });
    }
    let mut reader = reader()?;
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_DECODED_MB * 1024 * 1024);
    reader.limits(limits);
    let format = reader
        .format()
        .ok_or_else(|| crate::msg!("photos-not-an-image"))?;
    let mut decoder = reader.into_decoder().map_err(describe)?;
    let needed = decoder.total_bytes();
    if needed > MAX_DECODED_MB * 1024 * 1024 {
        return Err(Failure {
            reason: crate::msg!(
                "photos-too-much-memory",
                megabytes = needed.div_ceil(1024 * 1024).to_string(),
                limit = MAX_DECODED_MB.to_string()
            ),
            help: Some(crate::msg!(
                "photos-too-many-pixels.help",
                limit = MAX_MEGAPIXELS.to_string()
            )),
        });
    }
    let orientation = decoder.orientation().map_err(describe)?;
    let gps = decoder
        .exif_metadata()
        .ok()
        .flatten()
        .is_some_and(|exif| strip::has_gps(&exif));
    let image = DynamicImage::from_decoder(decoder).map_err(describe)?;
    Ok(Decoded {
        image,
        format,
        orientation,
        gps,
    })
}

/// The width and height of a `width` × `height` picture turned by `orientation`.
fn upright(width: u32, height: u32, orientation: image::metadata::Orientation) -> (u32, u32) {
    use image::metadata::Orientation::*;
    match orientation {
        Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH => (height, width),
        _ => (width, height),
    }
}

/// What [`make`] makes of a photo of `width` × `height` pixels (upright)
/// named `name`, as files of type `ext`: each file's name and size, without
/// making them. A cached `photo.json` must be exactly this to be used.
/// `None` for a photo without pixels.
pub(super) fn plan(
    name: &str,
    width: u32,
    height: u32,
    ext: &str,
    settings: &Images,
    cover: Option<Option<Focus>>,
) -> Option<Photo> {
    if width == 0 || height == 0 {
        return None;
    }
    let mut widths: Vec<u32> = settings
        .widths
        .iter()
        .copied()
        .filter(|&w| w < width)
        .collect();
    if widths.len() < settings.widths.len() {
        // Narrower than the widest setting: also published at its own width.
        widths.push(width);
    }
    let size = |label: &str, w: u32, h: u32| Size {
        name: sized_name(name, label, ext),
        width: w,
        height: h,
        file: Default::default(),
    };
    let sizes: Vec<Size> = widths
        .iter()
        .map(|&w| size(&w.to_string(), w, scaled(height, w, width)))
        .collect();
    let mut thumbs = Vec::new();
    let mut social = None;
    if let (Some(focus), Some(widest)) = (cover, sizes.last()) {
        let (_, _, cw, ch) = crop_box(widest.width, widest.height, THUMB_RATIO, focus);
        for w in THUMB_WIDTHS {
            let w = w.min(cw);
            thumbs.push(size(&format!("thumb-{w}"), w, scaled(ch, w, cw)));
            if w == cw {
                break;
            }
        }
        // Always the size networks ask for (1200 × 630), a small photo
        // enlarged: a smaller image is shown small or not at all.
        social = Some(size("social", SOCIAL.0, SOCIAL.1));
    }
    let (w, h) = match settings.originals {
        Originals::Large => capped(width, height),
        _ => (width, height),
    };
    let original = match settings.originals {
        Originals::None => None,
        Originals::Link | Originals::Large => Some(Size {
            name: name.to_string(),
            width: w,
            height: h,
            file: Default::default(),
        }),
    };
    Some(Photo {
        width,
        height,
        sizes,
        original,
        thumbs,
        social,
        gps: false,
    })
}

/// A `width` × `height` picture's size once its longest side is at most
/// [`LARGE_ORIGINAL`](crate::input::config::LARGE_ORIGINAL) pixels.
fn capped(width: u32, height: u32) -> (u32, u32) {
    let cap = crate::input::config::LARGE_ORIGINAL;
    if width.max(height) <= cap {
        (width, height)
    } else if width >= height {
        (cap, scaled(height, cap, width))
    } else {
        (scaled(width, cap, height), cap)
    }
}

/// `image` at `w` × `h`: a large step (a camera's 4000 pixels to 1600) by
/// averaging the pixels each new one covers, twice as fast as a filter
/// and as sharp at that ratio; a small step by the Catmull-Rom filter.
fn shrink(image: &DynamicImage, w: u32, h: u32) -> DynamicImage {
    if image.width() >= 2 * w {
        image.thumbnail_exact(w, h)
    } else {
        image.resize_exact(w, h, FilterType::CatmullRom)
    }
}

/// `height` scaled as `width` becomes `to`, at least one pixel.
fn scaled(height: u32, to: u32, width: u32) -> u32 {
    ((u64::from(height) * u64::from(to) + u64::from(width) / 2) / u64::from(width)).max(1) as u32
}

/// The largest part of `image` of the proportions `ratio`, at `focus`.
fn crop(image: &DynamicImage, ratio: (u32, u32), focus: Option<Focus>) -> DynamicImage {
    let (x, y, w, h) = crop_box(image.width(), image.height(), ratio, focus);
    image.crop_imm(x, y, w, h)
}

/// The largest part of a `width` × `height` picture of the proportions
/// `ratio`, at `focus`: its left, top, width and height.
fn crop_box(
    width: u32,
    height: u32,
    ratio: (u32, u32),
    focus: Option<Focus>,
) -> (u32, u32, u32, u32) {
    let (w, h) = (u64::from(width), u64::from(height));
    let (rw, rh) = (u64::from(ratio.0), u64::from(ratio.1));
    let (cw, ch) = if w * rh > h * rw {
        (h * rw / rh, h)
    } else {
        (w, w * rh / rw)
    };
    let (cw, ch) = (cw.max(1), ch.max(1));
    let x = match focus {
        Some(Focus::Left) => 0,
        Some(Focus::Right) => w - cw,
        _ => (w - cw) / 2,
    };
    let y = match focus {
        Some(Focus::Top) => 0,
        Some(Focus::Bottom) => h - ch,
        _ => (h - ch) / 2,
    };
    (x as u32, y as u32, cw as u32, ch as u32)
}

/// `image` as JPEG (at [`QUALITY`]) or PNG, without metadata.
fn encode(image: &DynamicImage, png: bool) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    if png {
        image
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .map_err(describe)?;
    } else {
        let rgb = image.to_rgb8();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, QUALITY)
            .encode_image(&rgb)
            .map_err(describe)?;
    }
    Ok(out)
}

/// An image error in words a reader of the message can act on.
fn describe(e: image::ImageError) -> String {
    match e {
        image::ImageError::Decoding(_) => crate::msg!("photos-damaged", error = e),
        image::ImageError::Unsupported(_) => crate::msg!("photos-unsupported", error = e),
        image::ImageError::Limits(_) => crate::msg!("photos-too-large", error = e),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A grainy 4000 × 3000 photo, as a phone takes indoors.
    fn camera_photo() -> DynamicImage {
        let mut seed: u32 = 0x2545_f491;
        DynamicImage::ImageRgb8(image::RgbImage::from_fn(4000, 3000, |x, y| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let n = (seed & 0x3f) as u8;
            image::Rgb([(x / 20) as u8 / 2 + n, (y / 15) as u8 / 2 + n, 90 + n])
        }))
    }

    #[test]
    fn crops_keep_the_focus_and_the_proportions() {
        let image = DynamicImage::ImageRgb8(image::RgbImage::from_fn(300, 300, |_, y| {
            image::Rgb([if y < 40 { 255 } else { 0 }, 0, 0])
        }));
        let top = crop(&image, (3, 2), Some(Focus::Top));
        assert_eq!((top.width(), top.height()), (300, 200));
        assert_eq!(top.to_rgb8().get_pixel(150, 0)[0], 255);
        let centre = crop(&image, (3, 2), None);
        assert_eq!(centre.to_rgb8().get_pixel(150, 0)[0], 0);
        assert_eq!(scaled(3000, 480, 4000), 360);
    }

    /// `image` as a JPEG with an EXIF block that turns it by `orientation`.
    fn turned_jpeg(image: &DynamicImage, orientation: u16) -> Vec<u8> {
        let mut plain = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut plain, 90)
            .encode_image(&image.to_rgb8())
            .expect("encodes");
        let mut out = plain[..2].to_vec();
        out.extend_from_slice(&strip::orientation_segment(orientation));
        out.extend_from_slice(&plain[2..]);
        out
    }

    #[test]
    fn the_plan_is_what_is_made_with_or_without_pixels() {
        let photo = DynamicImage::ImageRgb8(image::RgbImage::from_fn(1000, 520, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        }));
        let settings = Images::default();
        for (orientation, cover) in [
            (1, None),
            (1, Some(None)),
            (6, Some(Some(Focus::Top))),
            (8, Some(Some(Focus::Right))),
        ] {
            let bytes = turned_jpeg(&photo, orientation);
            let made = make(&bytes, "a/möte 2.jpg", &settings, cover, true).expect("made");
            let checked = make(&bytes, "a/möte 2.jpg", &settings, cover, false).expect("checked");
            assert_eq!(made.photo, checked.photo);
            assert!(checked.files.is_empty());
            let (w, h) = (made.photo.width, made.photo.height);
            let planned = plan("möte 2.jpg", w, h, "jpg", &settings, cover).expect("a plan");
            assert_eq!(made.photo, planned, "orientation {orientation}");
            let mut names: Vec<&str> = made.files.iter().map(|(n, _)| n.as_str()).collect();
            let mut expected: Vec<&str> = planned.files().map(|s| s.name.as_str()).collect();
            names.sort_unstable();
            expected.sort_unstable();
            assert_eq!(names, expected);
            // The original keeps its orientation: it is turned when shown.
            for (name, bytes) in made.files.iter().filter(|(n, _)| n != "möte 2.jpg") {
                let size = planned.files().find(|s| &s.name == name).expect("planned");
                let shown = image::load_from_memory(bytes).expect("decodes");
                assert_eq!(
                    (shown.width(), shown.height()),
                    (size.width, size.height),
                    "{name}"
                );
            }
        }
    }

    #[test]
    fn a_photo_declaring_too_many_pixels_is_not_decoded() {
        let mut png = Vec::new();
        DynamicImage::ImageRgb8(image::RgbImage::new(4, 4))
            .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .expect("encodes");
        // IHDR's width and height, at 10,001 × 10,000: just over the limit.
        let mut ihdr = png[16..29].to_vec();
        ihdr[..4].copy_from_slice(&10_001u32.to_be_bytes());
        ihdr[4..8].copy_from_slice(&10_000u32.to_be_bytes());
        png.splice(8..33, strip::png_chunk(b"IHDR", &ihdr));
        let failure = decode(&png).err().expect("refused");
        assert!(
            failure.reason.contains("10001 × 10000"),
            "{}",
            failure.reason
        );
        assert!(failure.help.is_some());
    }

    /// The measurements behind docs/decisions.md: run with
    /// `cargo test --release --lib measure_photo -- --ignored --nocapture`.
    #[test]
    #[ignore = "a measurement, not a test"]
    fn measure_photo_processing() {
        use std::time::Instant;
        let photo = camera_photo();
        let mut source = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut source, 92)
            .encode_image(&photo)
            .expect("encodes");
        let t = Instant::now();
        let decoded = image::load_from_memory(&source).expect("decodes");
        println!(
            "decode 4000x3000: {:?} ({} KB)",
            t.elapsed(),
            source.len() / 1024
        );
        for filter in [
            FilterType::Triangle,
            FilterType::CatmullRom,
            FilterType::Lanczos3,
        ] {
            let t = Instant::now();
            let big = decoded.resize_exact(1600, 1200, filter);
            let mid = big.resize_exact(960, 720, filter);
            let _small = mid.resize_exact(480, 360, filter);
            println!("resize chain {filter:?}: {:?}", t.elapsed());
        }
        let t = Instant::now();
        let big = image::imageops::thumbnail(&decoded.to_rgb8(), 1600, 1200);
        let mid = DynamicImage::ImageRgb8(big).resize_exact(960, 720, FilterType::CatmullRom);
        let _small = mid.resize_exact(480, 360, FilterType::CatmullRom);
        println!("resize chain, area average first: {:?}", t.elapsed());
        let big = decoded.resize_exact(1600, 1200, FilterType::CatmullRom);
        for quality in [70, 75, 80, 85, 90] {
            let t = Instant::now();
            let mut out = Vec::new();
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
                .encode_image(&big.to_rgb8())
                .expect("encodes");
            println!(
                "JPEG q{quality} 1600x1200: {:?}, {} KB",
                t.elapsed(),
                out.len() / 1024
            );
        }
        let t = Instant::now();
        let mut out = Vec::new();
        big.write_to(&mut Cursor::new(&mut out), ImageFormat::WebP)
            .expect("encodes");
        println!(
            "WebP (lossless, all `image` has) 1600x1200: {:?}, {} KB",
            t.elapsed(),
            out.len() / 1024
        );
    }
}
