//! rapport turns a folder of Markdown meeting reports, in Swedish, English or
//! both, into a bilingual static news site.
//!
//! A build is four stages; each is a function of the previous stage's value:
//!
//! ```text
//! load::load(root)        -> Sources   every input read and parsed
//! site::Site::build(..)   -> Site      URLs, translations, listings, outputs
//! render::render(..)      -> Outputs   every file's bytes, in parallel
//! output::write(..)       -> Written   written in place, unchanged files kept
//! ```
//!
//! Each stage reports all of its problems as [`diagnostics::Diagnostics`] and
//! the build stops between stages, so nothing is written unless everything
//! before it succeeded.

pub mod check;
pub mod config;
pub mod diagnostics;
pub mod document;
pub mod i18n;
pub mod import;
pub mod load;
pub mod markdown;
pub mod output;
pub mod rebuild;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod site;
pub mod yaml;

pub use rebuild::{BuildOptions, Built, Rebuilder, Step};

use diagnostics::Diagnostics;

/// Builds the site: all four stages, every output.
pub fn build(opts: &BuildOptions) -> Result<Built, Diagnostics> {
    Rebuilder::new(opts.clone()).rebuild()
}
