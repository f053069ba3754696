//! Metadata out of an original, without touching its pixels: EXIF (camera,
//! GPS position), XMP, IPTC and comments are dropped; colour profiles stay,
//! and a JPEG keeps only its orientation, so it still shows upright.

use image::ImageFormat;

/// Whether the EXIF block `exif` (a TIFF structure) has a GPS position.
pub(super) fn has_gps(exif: &[u8]) -> bool {
    exif::Reader::new()
        .read_raw(exif.to_vec())
        .is_ok_and(|e| e.fields().any(|f| f.tag.context() == exif::Context::Gps))
}

/// `bytes` of the given format without their metadata.
pub(super) fn metadata(bytes: &[u8], format: ImageFormat) -> Result<Vec<u8>, String> {
    let stripped = match format {
        ImageFormat::Jpeg => jpeg(bytes),
        ImageFormat::Png => png(bytes),
        ImageFormat::WebP => webp(bytes),
        _ => None,
    };
    stripped.ok_or_else(|| crate::msg!("photos-metadata-damaged"))
}

/// A JPEG's segments but EXIF, XMP, IPTC, comments and makers' notes; an
/// orientation other than upright is written again in a minimal EXIF block.
fn jpeg(bytes: &[u8]) -> Option<Vec<u8>> {
    let orientation = jpeg_orientation(bytes);
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(bytes.get(..2).filter(|s| *s == [0xFF, 0xD8])?);
    let mut i = 2;
    let mut inserted = false;
    loop {
        let marker = *bytes.get(i + 1)?;
        if *bytes.get(i)? != 0xFF {
            return None;
        }
        if marker == 0xFF {
            i += 1; // fill byte
            continue;
        }
        if !inserted && marker != 0xE0 {
            if let Some(o) = orientation.filter(|&o| o != 1) {
                out.extend_from_slice(&orientation_segment(o));
            }
            inserted = true;
        }
        if marker == 0xDA || marker == 0xD9 {
            // Start of scan: the pixels follow, to the end of the file.
            out.extend_from_slice(&bytes[i..]);
            return Some(out);
        }
        let len = usize::from(u16::from_be_bytes([*bytes.get(i + 2)?, *bytes.get(i + 3)?]));
        let end = i + 2 + len;
        let segment = bytes.get(i..end)?;
        let keep = matches!(marker, 0xE0 | 0xE2 | 0xEE)
            || !(0xE0..=0xEF).contains(&marker) && marker != 0xFE;
        if keep {
            out.extend_from_slice(segment);
        }
        i = end;
    }
}

/// The orientation of a JPEG's EXIF block, when it has one.
fn jpeg_orientation(bytes: &[u8]) -> Option<u16> {
    let exif = exif::Reader::new()
        .read_from_container(&mut std::io::Cursor::new(bytes))
        .ok()?;
    let field = exif.get_field(exif::Tag::Orientation, exif::In::PRIMARY)?;
    field.value.get_uint(0).and_then(|v| u16::try_from(v).ok())
}

/// An APP1 segment whose EXIF holds the orientation and nothing else.
pub(crate) fn orientation_segment(orientation: u16) -> Vec<u8> {
    let mut s = vec![0xFF, 0xE1, 0, 34];
    s.extend_from_slice(b"Exif\0\0MM\0\x2a\0\0\0\x08");
    s.extend_from_slice(&[0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1]);
    s.extend_from_slice(&orientation.to_be_bytes());
    s.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    s
}

/// A PNG's chunks but its text, EXIF and time chunks.
fn png(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = bytes.get(..8)?.to_vec();
    let mut i = 8;
    while i < bytes.len() {
        let len = u32::from_be_bytes(bytes.get(i..i + 4)?.try_into().ok()?) as usize;
        let kind = bytes.get(i + 4..i + 8)?;
        let end = i + 12 + len;
        let chunk = bytes.get(i..end)?;
        if !matches!(kind, b"eXIf" | b"tEXt" | b"zTXt" | b"iTXt" | b"tIME") {
            out.extend_from_slice(chunk);
        }
        i = end;
    }
    Some(out)
}

/// A WebP's chunks but EXIF and XMP, its header's flags for them cleared.
fn webp(bytes: &[u8]) -> Option<Vec<u8>> {
    if bytes.get(..4)? != b"RIFF" || bytes.get(8..12)? != b"WEBP" {
        return None;
    }
    let mut out = bytes[..12].to_vec();
    let mut i = 12;
    while i < bytes.len() {
        let kind = bytes.get(i..i + 4)?;
        let len = u32::from_le_bytes(bytes.get(i + 4..i + 8)?.try_into().ok()?) as usize;
        let end = (i + 8 + len + (len & 1)).min(bytes.len());
        let chunk = bytes.get(i..end)?;
        match kind {
            b"EXIF" | b"XMP " => {}
            b"VP8X" => {
                let start = out.len();
                out.extend_from_slice(chunk);
                if let Some(flags) = out.get_mut(start + 8) {
                    *flags &= !0x0C;
                }
            }
            _ => out.extend_from_slice(chunk),
        }
        i = end;
    }
    let size = u32::try_from(out.len() - 8).ok()?;
    out[4..8].copy_from_slice(&size.to_le_bytes());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_orientation_segment_reads_back() {
        let mut jpeg = vec![0xFF, 0xD8];
        jpeg.extend_from_slice(&orientation_segment(6));
        jpeg.extend_from_slice(&[0xFF, 0xD9]);
        assert_eq!(jpeg_orientation(&jpeg), Some(6));
    }

    #[test]
    fn png_text_chunks_go() {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        for (kind, data) in [
            (b"IHDR", &b"0123456789abc"[..]),
            (b"tEXt", b"Author\0me"),
            (b"IEND", b""),
        ] {
            png.extend_from_slice(&(data.len() as u32).to_be_bytes());
            png.extend_from_slice(kind);
            png.extend_from_slice(data);
            png.extend_from_slice(&[0; 4]);
        }
        let out = metadata(&png, ImageFormat::Png).expect("a PNG");
        assert_eq!(out.len(), png.len() - (12 + 9));
        assert!(!out.windows(4).any(|w| w == b"tEXt"));
    }
}
