//! `brand`: the organisation's logo, favicon, colours and social image, as
//! every template sees them.

use serde::Serialize;

use crate::input::load::Sources;
use crate::model::Frame;

/// `brand`: what the theme shows of the organisation.
#[derive(Debug, Serialize)]
pub(super) struct BrandView {
    /// The logo, as a path of `static/` for `url(path=…)`; none without `brand.logo`.
    logo: Option<String>,
    /// Whether the logo shows the site's name, so the header shows it alone.
    wordmark: bool,
    /// The favicon, as a path of `static/`: the site's own `favicon.svg`,
    /// else the logo, else the theme's.
    favicon: String,
    /// The favicon's media type (`image/svg+xml`, `image/png`).
    favicon_type: &'static str,
    /// A style sheet setting the theme's colour properties; empty without colours.
    css: String,
    /// The header's colour, for `<meta name="theme-color">`; none without `brand.color`.
    color: Option<String>,
    /// The absolute URL of the language's social image (1200 × 630), when made.
    social: Option<String>,
}

impl BrandView {
    /// The brand of `site` for pages in `lang`.
    pub(super) fn new(site: &Frame, sources: &Sources, lang: &str) -> BrandView {
        let brand = &site.config.brand;
        let own_favicon = sources.assets.iter().any(|a| {
            a.output == "favicon.svg" && a.source.starts_with(sources.root.join("static"))
        });
        let favicon = match (&brand.logo, own_favicon) {
            (Some(logo), false) => logo.clone(),
            _ => "favicon.svg".to_string(),
        };
        let social = site
            .social
            .by_lang
            .contains_key(lang)
            .then(|| site.permalink(&format!("{lang}/{}", crate::social_image::NAME)));
        BrandView {
            logo: brand.logo.clone(),
            wordmark: brand.wordmark,
            favicon_type: crate::input::brand::media_type(&favicon),
            favicon,
            css: brand.css(),
            color: brand.color.map(|c| c.to_string()),
            social,
        }
    }
}
