//! `brand:` of site.yaml: the organisation's logo and colours.
//!
//! The logo is a file of the site's `static/` folder (SVG or PNG); it is the
//! header's mark and, when the site has no `favicon.svg` of its own, the
//! favicon. `color` is a surface: the header band and the card of a report
//! without a photo. The text on it is chosen here, white or black, whichever
//! contrasts more (never below 4.5:1, WCAG AA). `accent` is text: the colour
//! of links on the page. It must reach 4.5:1 against the light page, or the
//! site is refused with a darker shade to use; in the dark scheme a lighter
//! shade of it is used, or `accent_dark` when given, which must reach 4.5:1
//! against the dark page.

use std::fmt;
use std::path::Path;

use serde::Serialize;

use crate::diagnostics::{Diagnostic, Span};
use crate::input::yaml;

/// WCAG AA for normal text.
pub(crate) const AA: f64 = 4.5;

/// The theme's page and tinted backgrounds in the light scheme: links sit on both.
const LIGHT_BACKGROUNDS: [Rgb; 2] = [Rgb(0xff, 0xff, 0xff), Rgb(0xf1, 0xf4, 0xf7)];
/// The theme's page and tinted backgrounds in the dark scheme.
const DARK_BACKGROUNDS: [Rgb; 2] = [Rgb(0x0f, 0x16, 0x1d), Rgb(0x18, 0x22, 0x2c)];
const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
const BLACK: Rgb = Rgb(0, 0, 0);

/// A colour in sRGB.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub(crate) struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Reads `#rgb` or `#rrggbb`.
    pub(crate) fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize, n: usize| u8::from_str_radix(&hex[i..i + n], 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17)),
            6 => Some(Rgb(digit(0, 2)?, digit(2, 2)?, digit(4, 2)?)),
            _ => None,
        }
    }

    /// The relative luminance of WCAG 2.
    pub(crate) fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// This colour mixed with `other`: `amount` 0 is this one, 1 is `other`.
    pub(crate) fn mix(self, other: Rgb, amount: f64) -> Rgb {
        let m =
            |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * amount).round() as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The contrast ratio of WCAG 2 between two colours, from 1 to 21.
pub(crate) fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The lowest contrast of `colour` against any of `backgrounds`.
fn worst(colour: Rgb, backgrounds: &[Rgb]) -> f64 {
    backgrounds
        .iter()
        .map(|&b| contrast(colour, b))
        .fold(f64::INFINITY, f64::min)
}

/// The text colour for a surface of `colour`: white or black, whichever
/// contrasts more (at least 4.58:1 whatever the colour).
pub(crate) fn text_on(colour: Rgb) -> Rgb {
    if contrast(WHITE, colour) >= contrast(BLACK, colour) {
        WHITE
    } else {
        BLACK
    }
}

/// The shade of `colour` nearest to it, towards `towards`, that reaches AA
/// against every one of `backgrounds`.
fn nearest_readable(colour: Rgb, towards: Rgb, backgrounds: &[Rgb]) -> Rgb {
    (0..=100)
        .map(|step| colour.mix(towards, f64::from(step) / 100.0))
        .find(|c| worst(*c, backgrounds) >= AA)
        .unwrap_or(towards)
}

/// `brand:` of site.yaml.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
pub(crate) struct Brand {
    /// The logo: a file of `static/`, as its path there (`logo.svg`).
    pub(crate) logo: Option<String>,
    /// Whether the logo shows the site's name: then the header shows it
    /// alone, with the name (`site-title`) as its alternative text.
    pub(crate) wordmark: bool,
    /// The surface colour: header band, cards without a photo.
    pub(crate) color: Option<Rgb>,
    /// The colour of links in the light scheme.
    pub(crate) accent: Option<Rgb>,
    /// The colour of links in the dark scheme.
    pub(crate) accent_dark: Option<Rgb>,
}

/// `brand:` as written.
#[derive(Debug, Default)]
pub(crate) struct RawBrand {
    logo: Option<String>,
    color: Option<String>,
    accent: Option<String>,
    accent_dark: Option<String>,
}

/// The keys `brand:` takes.
pub(crate) const KEYS: &[&str] = &["logo", "wordmark", "color", "accent", "accent_dark"];

/// Reads `value`, `brand:` of the site.yaml `text`; each mistake is a
/// problem at its line.
pub(crate) fn read(
    value: Option<&yaml::Value>,
    text: &str,
    problems: &mut Vec<Diagnostic>,
) -> Brand {
    let Some(value) = value else {
        return Brand::default();
    };
    let shape = || crate::msg!("brand-shape");
    let file = Path::new(crate::input::paths::SETTINGS);
    let unknown = yaml::unknown_nested_keys(value, "brand", KEYS, &shape, text, 0, file, text);
    if !unknown.is_empty() || !value.is_mapping() {
        if unknown.is_empty() {
            let line = yaml::key_line(text, 0, "brand").unwrap_or(1);
            problems.push(
                Diagnostic::in_file(file, crate::msg!("brand-not-mapping"))
                    .at(text, Span::new(line, 1, 5))
                    .help(shape()),
            );
        }
        problems.extend(unknown);
        return Brand::default();
    }
    let mut raw = RawBrand::default();
    let mut wordmark = false;
    for key in KEYS {
        let Some(v) = value.get(*key) else { continue };
        let (line, column) = yaml::nested_key_line(text, "brand", key).unwrap_or((1, 1));
        if *key == "wordmark" {
            match v.as_bool() {
                Some(b) => wordmark = b,
                None => problems.push(
                    Diagnostic::in_file(file, crate::msg!("brand-wordmark"))
                        .at(text, Span::new(line, column, key.len()))
                        .help(crate::msg!("brand-wordmark.help")),
                ),
            }
            continue;
        }
        let found = match v {
            yaml::Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
            _ => {
                // `color: #0c3a57` is a key without a value: `#` starts a comment.
                let (message, help) = if *key == "logo" {
                    (
                        crate::msg!("brand-empty-logo"),
                        crate::msg!("brand-empty-logo.help"),
                    )
                } else {
                    (
                        crate::msg!("brand-empty", key = *key),
                        crate::msg!("brand-empty.help", key = *key),
                    )
                };
                problems.push(
                    Diagnostic::in_file(file, message)
                        .at(text, Span::new(line, column, key.len()))
                        .help(help),
                );
                None
            }
        };
        match *key {
            "logo" => raw.logo = found,
            "color" => raw.color = found,
            "accent" => raw.accent = found,
            _ => raw.accent_dark = found,
        }
    }
    Brand {
        wordmark,
        ..Brand::from_raw(raw, text, problems)
    }
}

/// The colours the theme gets, every pair of text and background checked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Palette {
    /// The surface colour.
    pub(crate) brand: Rgb,
    /// The menu band under the header: the surface a step away from its text.
    pub(crate) brand_nav: Rgb,
    /// Text on the surface.
    pub(crate) on_brand: Rgb,
    /// Quieter text on the surface (the tagline, menu items).
    pub(crate) on_brand_muted: Rgb,
    /// Links, light scheme.
    pub(crate) accent: Option<Rgb>,
    /// Links when hovered, light scheme.
    pub(crate) accent_hover: Option<Rgb>,
    /// Links, dark scheme.
    pub(crate) accent_dark: Option<Rgb>,
    /// Links when hovered, dark scheme.
    pub(crate) accent_dark_hover: Option<Rgb>,
}

impl Brand {
    /// Reads `brand:` of the site.yaml `text`; each colour that cannot be
    /// read or would not be readable is a problem at its line.
    pub(crate) fn from_raw(raw: RawBrand, text: &str, problems: &mut Vec<Diagnostic>) -> Brand {
        let mut colour = |key: &str, value: Option<String>| -> Option<Rgb> {
            let value = value?;
            let (line, column) = yaml::nested_key_line(text, "brand", key).unwrap_or((1, 1));
            let at = |d: Diagnostic| d.at(text, Span::new(line, column, key.len()));
            let Some(rgb) = Rgb::parse(&value) else {
                problems.push(
                    at(Diagnostic::in_file(
                        crate::input::paths::SETTINGS,
                        crate::msg!("brand-colour-unread", key = key, value = value.clone()),
                    ))
                    .help(crate::msg!("brand-colour-unread.help", key = key)),
                );
                return None;
            };
            let (backgrounds, towards, scheme) = match key {
                "accent" => (&LIGHT_BACKGROUNDS, BLACK, "light"),
                "accent_dark" => (&DARK_BACKGROUNDS, WHITE, "dark"),
                _ => return Some(rgb),
            };
            let ratio = worst(rgb, backgrounds);
            if ratio < AA {
                problems.push(
                    at(Diagnostic::in_file(
                        crate::input::paths::SETTINGS,
                        crate::msg!(
                            "brand-contrast",
                            key = key,
                            value = rgb.to_string(),
                            ratio = format!("{ratio:.1}"),
                            scheme = scheme
                        ),
                    ))
                    .help(crate::msg!(
                        "brand-contrast.help",
                        key = key,
                        suggestion = nearest_readable(rgb, towards, backgrounds).to_string()
                    )),
                );
                return None;
            }
            Some(rgb)
        };
        let color = colour("color", raw.color);
        let accent = colour("accent", raw.accent);
        let accent_dark = colour("accent_dark", raw.accent_dark);
        let logo = raw.logo.map(|l| l.trim_start_matches('/').to_string());
        if let Some(logo) = &logo {
            if !is_logo(logo) {
                let (line, column) = yaml::nested_key_line(text, "brand", "logo").unwrap_or((1, 1));
                problems.push(
                    Diagnostic::in_file(
                        crate::input::paths::SETTINGS,
                        crate::msg!("brand-logo-kind", logo = logo.clone()),
                    )
                    .at(text, Span::new(line, column, 4))
                    .help(crate::msg!("brand-logo-kind.help")),
                );
            }
        }
        Brand {
            logo,
            wordmark: false,
            color,
            accent,
            accent_dark,
        }
    }

    /// A problem when the logo is not in the site's `static/` folder.
    pub(crate) fn check_files(&self, root: &Path, text: &str) -> Option<Diagnostic> {
        let logo = self.logo.as_ref()?;
        if root.join("static").join(logo).is_file() {
            return None;
        }
        let (line, column) = yaml::nested_key_line(text, "brand", "logo").unwrap_or((1, 1));
        Some(
            Diagnostic::in_file(
                crate::input::paths::SETTINGS,
                crate::msg!("brand-logo-missing", logo = logo.clone()),
            )
            .at(text, Span::new(line, column, 4))
            .help(crate::msg!("brand-logo-missing.help", logo = logo.clone())),
        )
    }

    /// The colours for the theme, when any is set.
    pub(crate) fn palette(&self) -> Option<Palette> {
        if self.color.is_none() && self.accent.is_none() && self.accent_dark.is_none() {
            return None;
        }
        let brand = self.color.unwrap_or(Rgb(0x0c, 0x3a, 0x57));
        let on_brand = text_on(brand);
        // The menu band is the surface a step further from its text, so the
        // text keeps its contrast.
        let away = if on_brand == WHITE { BLACK } else { WHITE };
        let brand_nav = brand.mix(away, 0.15);
        let on_brand_muted = (0..=10)
            .rev()
            .map(|step| on_brand.mix(brand, f64::from(step) / 40.0))
            .find(|c| worst(*c, &[brand, brand_nav]) >= AA)
            .unwrap_or(on_brand);
        let accent_dark = self.accent_dark.or_else(|| {
            self.accent
                .map(|a| nearest_readable(a, WHITE, &DARK_BACKGROUNDS))
        });
        Some(Palette {
            brand,
            brand_nav,
            on_brand,
            on_brand_muted,
            accent: self.accent,
            accent_hover: self.accent.map(|a| a.mix(BLACK, 0.3)),
            accent_dark,
            accent_dark_hover: accent_dark.map(|a| a.mix(WHITE, 0.4)),
        })
    }

    /// The custom properties of the theme's `style.css` this brand sets,
    /// as a style sheet to put after it; empty when no colour is set.
    pub(crate) fn css(&self) -> String {
        let Some(p) = self.palette() else {
            return String::new();
        };
        let mut light = format!(
            "--brand:{};--brand-nav:{};--on-brand:{};--on-brand-muted:{};",
            p.brand, p.brand_nav, p.on_brand, p.on_brand_muted
        );
        if let (Some(a), Some(h)) = (p.accent, p.accent_hover) {
            light.push_str(&format!("--accent:{a};--accent-hover:{h};--rule:{a};"));
        }
        let mut dark = format!(
            "--brand:{};--brand-nav:{};--on-brand-muted:{};",
            p.brand, p.brand_nav, p.on_brand_muted
        );
        if let (Some(a), Some(h)) = (p.accent_dark, p.accent_dark_hover) {
            dark.push_str(&format!("--accent:{a};--accent-hover:{h};--rule:{a};"));
        }
        // The header's marks (the current page, focus) in its text colour:
        // the theme's yellow would vanish on a yellow header.
        let header = format!(".site-header{{--highlight:{}}}", p.on_brand);
        format!(":root{{{light}}}@media (prefers-color-scheme: dark){{:root{{{dark}}}}}{header}")
    }
}

/// Whether `name` is a logo the theme can show: SVG or PNG.
fn is_logo(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".svg") || lower.ends_with(".png")
}

/// The media type of a logo or favicon file, by its extension.
pub(crate) fn media_type(name: &str) -> &'static str {
    if name.to_ascii_lowercase().ends_with(".png") {
        "image/png"
    } else {
        "image/svg+xml"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_wcag() {
        assert!((contrast(WHITE, BLACK) - 21.0).abs() < 1e-9);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 1e-9);
        // The WCAG example: #767676 on white is just above 4.5:1.
        let grey = Rgb::parse("#767676").expect("a colour");
        assert!((contrast(grey, WHITE) - 4.54).abs() < 0.01);
        assert_eq!(Rgb::parse("#fc0"), Some(Rgb(0xff, 0xcc, 0)));
        assert_eq!(Rgb::parse("0c3a57"), None);
        assert_eq!(Rgb::parse("#0c3a5"), None);
    }

    #[test]
    fn the_text_on_a_surface_always_reaches_aa() {
        for r in (0..=255).step_by(15) {
            for g in (0..=255).step_by(15) {
                for b in (0..=255).step_by(15) {
                    let c = Rgb(r as u8, g as u8, b as u8);
                    assert!(contrast(text_on(c), c) >= AA, "{c}");
                }
            }
        }
        assert_eq!(text_on(Rgb::parse("#f2b705").expect("yellow")), BLACK);
        assert_eq!(text_on(Rgb::parse("#0c3a57").expect("blue")), WHITE);
    }

    #[test]
    fn every_pair_of_a_palette_reaches_aa() {
        for colour in [
            "#f2b705", "#0c3a57", "#7a7a7a", "#e30613", "#ffffff", "#00a19a",
        ] {
            let brand = Brand {
                color: Rgb::parse(colour),
                accent: Some(Rgb(0x0a, 0x5a, 0x8c)),
                ..Brand::default()
            };
            let p = brand.palette().expect("a palette");
            assert!(contrast(p.on_brand, p.brand_nav) >= AA, "{colour}");
            assert!(contrast(p.on_brand_muted, p.brand) >= AA, "{colour}");
            assert!(contrast(p.on_brand_muted, p.brand_nav) >= AA, "{colour}");
            let dark = p.accent_dark.expect("derived");
            assert!(worst(dark, &DARK_BACKGROUNDS) >= AA);
        }
    }

    #[test]
    fn an_accent_too_light_for_links_is_refused_with_a_shade_that_is_not() {
        let text = "brand:\n  color: \"#f2b705\"\n  accent: \"#f2b705\"\n";
        let raw = RawBrand {
            logo: None,
            color: Some("#f2b705".into()),
            accent: Some("#f2b705".into()),
            accent_dark: None,
        };
        let mut problems = Vec::new();
        let brand = Brand::from_raw(raw, text, &mut problems);
        assert_eq!(brand.accent, None);
        assert_eq!(brand.color, Rgb::parse("#f2b705"));
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].span.map(|s| s.line), Some(3));
        let help = problems[0].help.clone().unwrap_or_default();
        let shade = help
            .split_whitespace()
            .find_map(|w| Rgb::parse(w.trim_matches(|c: char| !c.is_ascii_hexdigit() && c != '#')))
            .expect("a suggested shade");
        assert!(worst(shade, &LIGHT_BACKGROUNDS) >= AA, "{shade}");
    }
}
