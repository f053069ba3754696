//! Metadata out of an original, without touching its pixels. Each format
//! is rebuilt from the parts a picture needs, named one by one (everything
//! else goes, whatever it is called): EXIF (camera, GPS position), XMP,
//! IPTC, comments, makers' notes, thumbnails, and whatever follows the
//! picture's end (the video of a motion photo, a gain map) are dropped. A
//! colour profile stays (colours would be wrong without it), and a JPEG
//! keeps its orientation, so it still shows upright. See docs/decisions.md.

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

/// One part of a JPEG: a marker with its segment, or the entropy-coded
/// data of a scan; `range` is where its bytes are in the file.
struct Part {
    /// The marker; 0 for a scan's data.
    marker: u8,
    range: std::ops::Range<usize>,
}

impl Part {
    /// What the segment holds after its marker and length.
    fn payload<'a>(&self, bytes: &'a [u8]) -> &'a [u8] {
        bytes
            .get(self.range.start + 4..self.range.end)
            .unwrap_or_default()
    }
}

/// The parts of a JPEG from its start to its first end (EOI): what
/// follows is another file (a motion photo's video, a gain map), never
/// part of this picture. A file that ends in a scan's data ends there.
fn jpeg_parts(bytes: &[u8]) -> Option<Vec<Part>> {
    if bytes.get(..2)? != [0xFF, 0xD8] {
        return None;
    }
    let mut parts = Vec::new();
    let mut i = 2;
    loop {
        if i >= bytes.len() && parts.iter().any(|p: &Part| p.marker == 0xDA) {
            return Some(parts);
        }
        if *bytes.get(i)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(i + 1)?;
        if marker == 0xFF {
            i += 1; // a fill byte
            continue;
        }
        if marker == 0xD9 {
            parts.push(Part {
                marker,
                range: i..i + 2,
            });
            return Some(parts);
        }
        if marker == 0x01 || (0xD0..=0xD7).contains(&marker) {
            // Markers without a segment, out of place here: left out.
            i += 2;
            continue;
        }
        let len = usize::from(u16::from_be_bytes([*bytes.get(i + 2)?, *bytes.get(i + 3)?]));
        if len < 2 {
            return None;
        }
        let end = i + 2 + len;
        bytes.get(i..end)?;
        parts.push(Part {
            marker,
            range: i..end,
        });
        i = end;
        if marker == 0xDA {
            // The scan's data runs to the next marker that is not a restart.
            let start = i;
            while i < bytes.len() {
                if bytes[i] == 0xFF {
                    match bytes.get(i + 1) {
                        Some(0x00 | 0xD0..=0xD7) => i += 2,
                        Some(0xFF) => i += 1,
                        Some(_) => break,
                        None => i += 1,
                    }
                } else {
                    i += 1;
                }
            }
            let end = i.min(bytes.len());
            parts.push(Part {
                marker: 0,
                range: start..end,
            });
            i = end;
        }
    }
}

/// A JPEG rebuilt from the segments a picture needs: frames, tables,
/// scans, a plain JFIF header, an Adobe colour-transform mark and a
/// well-formed colour profile. Every APP1 (EXIF, XMP), APP3..APP13, APP15
/// (IPTC and makers' blocks), APP2 other than the profile (MPF, FlashPix),
/// the JFIF thumbnail and its extensions, every comment (before or after a
/// scan) and everything after the end go. An orientation other than
/// upright is written again in a minimal EXIF block.
fn jpeg(bytes: &[u8]) -> Option<Vec<u8>> {
    let parts = jpeg_parts(bytes)?;
    let icc = icc_is_sound(bytes, &parts);
    let orientation = jpeg_orientation(bytes);
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&[0xFF, 0xD8]);
    let mut inserted = false;
    let mut jfif = false;
    for part in &parts {
        if !inserted && part.marker != 0xE0 {
            if let Some(o) = orientation.filter(|o| (2..=8).contains(o)) {
                out.extend_from_slice(&orientation_segment(o));
            }
            inserted = true;
        }
        let payload = part.payload(bytes);
        match part.marker {
            0 | 0xD9 | 0xDA | 0xDB | 0xDC | 0xDD | 0xDE | 0xDF => {
                out.extend_from_slice(&bytes[part.range.clone()]);
            }
            0xC0..=0xCF if part.marker != 0xC8 => {
                out.extend_from_slice(&bytes[part.range.clone()]);
            }
            // JFIF: version, density units and density; no thumbnail.
            0xE0 if !jfif && payload.len() >= 14 && payload.starts_with(b"JFIF\0") => {
                out.extend_from_slice(&[0xFF, 0xE0, 0, 16]);
                out.extend_from_slice(&payload[..12]);
                out.extend_from_slice(&[0, 0]);
                jfif = true;
            }
            0xE2 if icc && payload.starts_with(ICC) => {
                out.extend_from_slice(&bytes[part.range.clone()]);
            }
            // Adobe: version, flags and the colour transform, which a CMYK
            // or YCCK picture needs to be decoded right.
            0xEE if payload.len() >= 12 && payload.starts_with(b"Adobe") => {
                out.extend_from_slice(&[0xFF, 0xEE, 0, 14]);
                out.extend_from_slice(&payload[..12]);
            }
            _ => {}
        }
    }
    if parts.last().is_none_or(|p| p.marker != 0xD9) {
        out.extend_from_slice(&[0xFF, 0xD9]);
    }
    Some(out)
}

/// The start of an APP2 segment holding (a part of) an ICC profile.
const ICC: &[u8] = b"ICC_PROFILE\0";

/// Whether the colour profile of a JPEG, in one or more APP2 segments, is
/// whole and is one: every part there once, in order, the length it
/// declares, and the `acsp` signature of a profile. Anything else in its
/// place is not a colour profile and goes.
fn icc_is_sound(bytes: &[u8], parts: &[Part]) -> bool {
    let chunks: Vec<&[u8]> = parts
        .iter()
        .filter(|p| p.marker == 0xE2)
        .map(|p| p.payload(bytes))
        .filter(|p| p.starts_with(ICC))
        .collect();
    let count = chunks.len();
    let mut profile = Vec::new();
    for (n, chunk) in chunks.iter().enumerate() {
        let (Some(&seq), Some(&total)) = (chunk.get(12), chunk.get(13)) else {
            return false;
        };
        if usize::from(seq) != n + 1 || usize::from(total) != count {
            return false;
        }
        profile.extend_from_slice(&chunk[14..]);
    }
    let declared = profile
        .get(..4)
        .map(|s| u32::from_be_bytes([s[0], s[1], s[2], s[3]]) as usize);
    count > 0
        && profile.len() >= 132
        && declared == Some(profile.len())
        && profile.get(36..40) == Some(b"acsp".as_slice())
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

/// The chunks a PNG keeps: the picture (IHDR, PLTE, IDAT, IEND, and an
/// animation's acTL, fcTL, fdAT) and how to show its colours and size
/// (gAMA, cHRM, sRGB, iCCP, cICP, sBIT, pHYs, tRNS, bKGD). Text (tEXt,
/// zTXt, iTXt: XMP), eXIf, tIME and every other chunk go.
const PNG_KEEP: [&[u8; 4]; 16] = [
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"acTL", b"fcTL", b"fdAT", b"gAMA", b"cHRM", b"sRGB",
    b"iCCP", b"cICP", b"sBIT", b"pHYs", b"tRNS", b"bKGD",
];

/// A PNG of the chunks of [`PNG_KEEP`], to its end (IEND); the name of its
/// colour profile, free text, is replaced by a plain one.
fn png(bytes: &[u8]) -> Option<Vec<u8>> {
    let signature = bytes.get(..8)?;
    if signature != b"\x89PNG\r\n\x1a\n" {
        return None;
    }
    let mut out = signature.to_vec();
    let mut i = 8;
    loop {
        let len = u32::from_be_bytes(bytes.get(i..i + 4)?.try_into().ok()?) as usize;
        let kind: [u8; 4] = bytes.get(i + 4..i + 8)?.try_into().ok()?;
        let end = i.checked_add(12)?.checked_add(len)?;
        let chunk = bytes.get(i..end)?;
        if &kind == b"iCCP" {
            // The name (1 to 79 bytes), a zero, then the compressed profile.
            let data = &chunk[8..8 + len];
            let zero = data.iter().take(80).position(|&b| b == 0)?;
            let mut renamed = b"ICC profile\0".to_vec();
            renamed.extend_from_slice(&data[zero + 1..]);
            out.extend_from_slice(&png_chunk(&kind, &renamed));
        } else if PNG_KEEP.contains(&&kind) {
            out.extend_from_slice(chunk);
        }
        i = end;
        if &kind == b"IEND" {
            return Some(out);
        }
    }
}

/// `data` as a PNG chunk of `kind`, with its CRC.
pub(super) fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 12);
    out.extend_from_slice(&u32::try_from(data.len()).unwrap_or(u32::MAX).to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc = 0xFFFF_FFFFu32;
    for &b in kind.iter().chain(data) {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    out.extend_from_slice(&(!crc).to_be_bytes());
    out
}

/// A WebP of the chunks a picture needs (VP8X, VP8, VP8L, ALPH, ANIM,
/// ANMF with only its picture inside, ICCP), to the end its RIFF header
/// declares: EXIF, XMP and every other chunk go, VP8X's flags say so, and
/// the RIFF size is that of what is left.
fn webp(bytes: &[u8]) -> Option<Vec<u8>> {
    if bytes.get(..4)? != b"RIFF" || bytes.get(8..12)? != b"WEBP" {
        return None;
    }
    let declared = u32::from_le_bytes(bytes.get(4..8)?.try_into().ok()?) as usize;
    let end = declared.saturating_add(8).min(bytes.len());
    let mut out = bytes[..12].to_vec();
    let mut vp8x = None;
    let mut icc = false;
    let chunks = riff_chunks(bytes.get(12..end)?)?;
    for (kind, data) in chunks {
        match &kind {
            b"VP8X" => {
                vp8x = Some(out.len() + 8);
                out.extend_from_slice(&riff_chunk(&kind, data));
            }
            b"ICCP" => {
                icc = true;
                out.extend_from_slice(&riff_chunk(&kind, data));
            }
            b"VP8 " | b"VP8L" | b"ALPH" | b"ANIM" => {
                out.extend_from_slice(&riff_chunk(&kind, data));
            }
            b"ANMF" => {
                // A frame: its position and timing, then its picture.
                let mut frame = data.get(..16)?.to_vec();
                for (kind, data) in riff_chunks(&data[16..])? {
                    if matches!(&kind, b"VP8 " | b"VP8L" | b"ALPH") {
                        frame.extend_from_slice(&riff_chunk(&kind, data));
                    }
                }
                out.extend_from_slice(&riff_chunk(&kind, &frame));
            }
            _ => {}
        }
    }
    if let Some(flags) = vp8x.and_then(|at| out.get_mut(at)) {
        // EXIF (0x08) and XMP (0x04) are gone; ICC (0x20) is there or not.
        *flags &= !(0x08 | 0x04 | 0x20);
        if icc {
            *flags |= 0x20;
        }
    }
    let size = u32::try_from(out.len() - 8).ok()?;
    out[4..8].copy_from_slice(&size.to_le_bytes());
    Some(out)
}

/// The chunks of a RIFF body: (kind, data); a last chunk cut short keeps
/// what is there.
fn riff_chunks(body: &[u8]) -> Option<Vec<([u8; 4], &[u8])>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 8 <= body.len() {
        let kind: [u8; 4] = body[i..i + 4].try_into().ok()?;
        let len = u32::from_le_bytes(body[i + 4..i + 8].try_into().ok()?) as usize;
        let start = i + 8;
        let end = start.saturating_add(len).min(body.len());
        out.push((kind, &body[start..end]));
        i = start.saturating_add(len).saturating_add(len & 1);
    }
    Some(out)
}

/// `data` as a RIFF chunk of `kind`, padded to an even length.
fn riff_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 9);
    out.extend_from_slice(kind);
    out.extend_from_slice(&u32::try_from(data.len()).unwrap_or(u32::MAX).to_le_bytes());
    out.extend_from_slice(data);
    if data.len() % 2 == 1 {
        out.push(0);
    }
    out
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

    /// A JPEG segment.
    fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
        let mut out = vec![0xFF, marker];
        out.extend_from_slice(
            &u16::try_from(payload.len() + 2)
                .expect("short")
                .to_be_bytes(),
        );
        out.extend_from_slice(payload);
        out
    }

    /// The markers of a stripped JPEG, in order (0 for a scan's data).
    fn markers(bytes: &[u8]) -> Vec<u8> {
        jpeg_parts(bytes)
            .expect("a JPEG")
            .iter()
            .map(|p| p.marker)
            .collect()
    }

    fn icc(profile_len: usize, signature: &[u8; 4]) -> Vec<u8> {
        let mut p = vec![0u8; profile_len];
        p[..4].copy_from_slice(&u32::try_from(profile_len).expect("small").to_be_bytes());
        p[36..40].copy_from_slice(signature);
        p
    }

    /// A JPEG-shaped file: a frame, a scan whose data holds stuffed bytes
    /// and a restart, then `tail`.
    fn jpeg_with(head: &[Vec<u8>], after_scan: &[Vec<u8>], tail: &[u8]) -> Vec<u8> {
        let mut out = vec![0xFF, 0xD8];
        for s in head {
            out.extend_from_slice(s);
        }
        out.extend(segment(0xDB, &[0; 65]));
        out.extend(segment(0xC0, &[8, 0, 1, 0, 1, 1, 1, 0x11, 0]));
        out.extend(segment(0xDA, &[1, 1, 0, 0, 0x3F, 0]));
        out.extend_from_slice(&[0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56]);
        for s in after_scan {
            out.extend_from_slice(s);
        }
        out.extend_from_slice(&[0xFF, 0xD9]);
        out.extend_from_slice(tail);
        out
    }

    #[test]
    fn a_jpeg_keeps_its_picture_and_nothing_else() {
        let mut jfif = b"JFIF\0\x01\x02\x01\0\x48\0\x48\x01\x01".to_vec();
        jfif.extend_from_slice(&[1, 2, 3, b'G', b'P', b'S']);
        let mut profile = ICC.to_vec();
        profile.extend_from_slice(&[1, 1]);
        profile.extend(icc(132, b"acsp"));
        let file = jpeg_with(
            &[
                segment(0xE0, &jfif),
                segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>"),
                segment(0xE2, &profile),
                segment(0xE2, b"MPF\0MM\0\x2a"),
                segment(0xED, b"Photoshop 3.0\0"),
                segment(0xEE, b"Adobe\0\x64\0\0\0\0\x01"),
                segment(0xFE, b"a comment"),
                segment(0xF1, b"JPG1"),
            ],
            &[segment(0xFE, b"after the scan")],
            b"\xFF\xD8\xFF\xE1 a second picture, or a video",
        );
        let out = metadata(&file, ImageFormat::Jpeg).expect("stripped");
        assert_eq!(markers(&out), [0xE0, 0xE2, 0xEE, 0xDB, 0xC0, 0xDA, 0, 0xD9]);
        assert!(out.ends_with(&[0x56, 0xFF, 0xD9]), "nothing after the end");
        // The JFIF header without its thumbnail or what followed it.
        assert_eq!(&out[4..6], [0, 16]);
        assert_eq!(&out[18..20], [0, 0]);
        // The scan's data is whole, stuffed bytes and restart included.
        assert!(out
            .windows(7)
            .any(|w| w == [0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56]));
    }

    #[test]
    fn an_orientation_is_written_again_after_the_jfif_header() {
        let mut exif = b"Exif\0\0".to_vec();
        exif.extend_from_slice(&orientation_segment(6)[10..]);
        let file = jpeg_with(
            &[
                segment(0xE0, b"JFIF\0\x01\x02\x01\0\x48\0\x48\0\0"),
                segment(0xE1, &exif),
            ],
            &[],
            b"",
        );
        let out = metadata(&file, ImageFormat::Jpeg).expect("stripped");
        assert_eq!(markers(&out), [0xE0, 0xE1, 0xDB, 0xC0, 0xDA, 0, 0xD9]);
        assert_eq!(jpeg_orientation(&out), Some(6));
    }

    #[test]
    fn a_colour_profile_that_is_not_one_goes() {
        for (parts, sound) in [
            (vec![icc(132, b"acsp")], true),
            (vec![icc(132, b"GPS!")], false),
            (vec![icc(200, b"acsp")[..150].to_vec()], false),
            (
                vec![
                    icc(140, b"acsp")[..70].to_vec(),
                    icc(140, b"acsp")[70..].to_vec(),
                ],
                true,
            ),
        ] {
            let count = u8::try_from(parts.len()).expect("few");
            let segments: Vec<Vec<u8>> = parts
                .iter()
                .zip(1u8..)
                .map(|(p, n)| {
                    let mut payload = ICC.to_vec();
                    payload.extend_from_slice(&[n, count]);
                    payload.extend_from_slice(p);
                    segment(0xE2, &payload)
                })
                .collect();
            let out = metadata(&jpeg_with(&segments, &[], b""), ImageFormat::Jpeg).expect("ok");
            let kept = markers(&out).iter().filter(|&&m| m == 0xE2).count();
            assert_eq!(kept, if sound { parts.len() } else { 0 });
        }
    }

    #[test]
    fn a_png_keeps_its_picture_and_colours_to_its_end() {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        for (kind, data) in [
            (b"IHDR", &b"0123456789abc"[..]),
            (b"gAMA", &[0, 0, 0xB1, 0x8F]),
            (b"iCCP", b"Anna's phone at 59.3N\0\0xyz"),
            (b"prVt", b"private"),
            (b"IDAT", b"pixels"),
            (b"eXIf", b"MM\0\x2a"),
            (b"IEND", b""),
        ] {
            png.extend(png_chunk(kind, data));
        }
        png.extend_from_slice(b"after the end");
        let out = metadata(&png, ImageFormat::Png).expect("a PNG");
        let mut kinds = Vec::new();
        let mut i = 8;
        while i < out.len() {
            let len = u32::from_be_bytes(out[i..i + 4].try_into().expect("4")) as usize;
            kinds.push(out[i + 4..i + 8].to_vec());
            if &out[i + 4..i + 8] == b"iCCP" {
                assert_eq!(&out[i + 8..i + 8 + len], b"ICC profile\0\0xyz");
                // Its checksum is that of the new chunk.
                assert_eq!(
                    out[i..i + 12 + len],
                    png_chunk(b"iCCP", b"ICC profile\0\0xyz")
                );
            }
            i += 12 + len;
        }
        assert_eq!(i, out.len());
        let kinds: Vec<&[u8]> = kinds.iter().map(Vec::as_slice).collect();
        assert_eq!(kinds, [&b"IHDR"[..], b"gAMA", b"iCCP", b"IDAT", b"IEND"]);
    }

    #[test]
    fn a_webp_keeps_its_picture_and_says_so() {
        let mut frame = vec![0u8; 16];
        frame.extend(riff_chunk(b"VP8L", b"pixels"));
        frame.extend(riff_chunk(b"XMP ", b"<x:xmpmeta/>"));
        let mut body = b"WEBP".to_vec();
        body.extend(riff_chunk(
            b"VP8X",
            &[0x02 | 0x04 | 0x08 | 0x20, 0, 0, 0, 1, 0, 0, 1, 0, 0],
        ));
        body.extend(riff_chunk(b"ANIM", &[0; 6]));
        body.extend(riff_chunk(b"ANMF", &frame));
        body.extend(riff_chunk(b"EXIF", b"MM\0\x2a GPS"));
        body.extend(riff_chunk(b"XMP ", b"<x:xmpmeta/>"));
        body.extend(riff_chunk(b"prVt", b"odd"));
        let mut webp = b"RIFF".to_vec();
        webp.extend_from_slice(&u32::try_from(body.len()).expect("small").to_le_bytes());
        webp.extend(body);
        webp.extend_from_slice(b"after the RIFF");
        let out = metadata(&webp, ImageFormat::WebP).expect("a WebP");
        let size = u32::from_le_bytes(out[4..8].try_into().expect("4")) as usize;
        assert_eq!(size, out.len() - 8);
        let chunks = riff_chunks(&out[12..]).expect("chunks");
        let kinds: Vec<&[u8; 4]> = chunks.iter().map(|(k, _)| k).collect();
        assert_eq!(kinds, [b"VP8X", b"ANIM", b"ANMF"]);
        // Animation stays; EXIF, XMP and a profile that is not there go.
        assert_eq!(chunks[0].1[0], 0x02);
        let inner = riff_chunks(&chunks[2].1[16..]).expect("frame");
        assert_eq!(inner.len(), 1);
        assert_eq!(&inner[0].0, b"VP8L");
    }
}
