//! One photo made into its published files: decoded once, turned upright,
//! resized step by step from the widest size down, encoded.

use std::io::Cursor;

use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader};

use super::{sized_name, strip, Photo, Size, SOCIAL, THUMB_RATIO, THUMB_WIDTHS};
use crate::config::{Images, Originals};
use crate::document::front_matter::Focus;

/// JPEG quality of the published sizes: see docs/decisions.md.
pub(super) const QUALITY: u8 = 80;

/// A photo's published files, made but not yet stored.
pub(super) struct Made {
    /// What the files are.
    pub photo: Photo,
    /// Each file's name and bytes; the original's bytes are absent when it
    /// is published as it is (`keep_metadata`).
    pub files: Vec<(String, Vec<u8>)>,
}

/// Makes every published file of the photo `bytes`, named after `path`
/// (relative to `content/`); `cover` asks for a thumbnail and a social image.
pub(super) fn make(
    bytes: &[u8],
    path: &str,
    settings: &Images,
    cover: Option<Option<Focus>>,
) -> Result<Made, String> {
    let name = path.rsplit('/').next().unwrap_or(path);
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())?;
    let format = reader
        .format()
        .ok_or_else(|| crate::msg!("photos-not-an-image"))?;
    let mut decoder = reader.into_decoder().map_err(describe)?;
    let orientation = decoder.orientation().map_err(describe)?;
    let gps = decoder
        .exif_metadata()
        .ok()
        .flatten()
        .is_some_and(|exif| strip::has_gps(&exif));
    let mut image = DynamicImage::from_decoder(decoder).map_err(describe)?;
    image.apply_orientation(orientation);
    let (width, height) = (image.width(), image.height());
    // A PNG stays a PNG (drawings, screenshots, transparency); a WebP with
    // transparency becomes a PNG; every other photo is a JPEG.
    let png = format == ImageFormat::Png || image.color().has_alpha();
    let ext = if png { "png" } else { "jpg" };
    let mut files = Vec::new();
    let mut sizes = Vec::new();
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
    let mut current = image;
    let mut widest: Option<DynamicImage> = None;
    for &w in widths.iter().rev() {
        let h = scaled(height, w, width);
        if (current.width(), current.height()) != (w, h) {
            current = shrink(&current, w, h);
        }
        let file = sized_name(name, &w.to_string(), ext);
        // A PNG at its own size, upright already, is its own bytes less
        // metadata: encoding it again would only make it larger.
        let same = w == width
            && format == ImageFormat::Png
            && orientation == image::metadata::Orientation::NoTransforms;
        let encoded = if same {
            strip::metadata(bytes, format)?
        } else {
            encode(&current, png)?
        };
        files.push((file.clone(), encoded));
        sizes.push(Size {
            name: file,
            width: w,
            height: h,
            file: Default::default(),
        });
        if widest.is_none() && cover.is_some() {
            widest = Some(current.clone());
        }
    }
    sizes.reverse();
    let (thumbs, social) = match (cover, &widest) {
        (Some(focus), Some(widest)) => crops(widest, name, ext, png, focus, &mut files)?,
        _ => (Vec::new(), None),
    };
    let original = match settings.originals {
        Originals::None => None,
        Originals::Link => {
            if !settings.keep_metadata {
                files.push((name.to_string(), strip::metadata(bytes, format)?));
            }
            Some(Size {
                name: name.to_string(),
                width,
                height,
                file: Default::default(),
            })
        }
    };
    Ok(Made {
        photo: Photo {
            width,
            height,
            sizes,
            original,
            thumbs,
            social,
            gps,
        },
        files,
    })
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

/// The thumbnails and social image of a cover, cut from `image` at `focus`.
fn crops(
    image: &DynamicImage,
    name: &str,
    ext: &str,
    png: bool,
    focus: Option<Focus>,
    files: &mut Vec<(String, Vec<u8>)>,
) -> Result<(Vec<Size>, Option<Size>), String> {
    let mut thumbs = Vec::new();
    let framed = crop(image, THUMB_RATIO, focus);
    for w in THUMB_WIDTHS {
        let w = w.min(framed.width());
        let h = scaled(framed.height(), w, framed.width());
        let thumb = shrink(&framed, w, h);
        let file = sized_name(name, &format!("thumb-{w}"), ext);
        files.push((file.clone(), encode(&thumb, png)?));
        thumbs.push(Size {
            name: file,
            width: w,
            height: h,
            file: Default::default(),
        });
        if w == framed.width() {
            break;
        }
    }
    let framed = crop(image, SOCIAL, focus);
    let w = SOCIAL.0.min(framed.width());
    let h = scaled(framed.height(), w, framed.width());
    let social = shrink(&framed, w, h);
    let file = sized_name(name, "social", ext);
    files.push((file.clone(), encode(&social, png)?));
    Ok((
        thumbs,
        Some(Size {
            name: file,
            width: w,
            height: h,
            file: Default::default(),
        }),
    ))
}

/// The largest part of `image` of the proportions `ratio`, at `focus`.
fn crop(image: &DynamicImage, ratio: (u32, u32), focus: Option<Focus>) -> DynamicImage {
    let (w, h) = (u64::from(image.width()), u64::from(image.height()));
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
    image.crop_imm(x as u32, y as u32, cw as u32, ch as u32)
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
