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

pub mod config;
pub mod diagnostics;
pub mod document;
pub mod i18n;
pub mod load;
pub mod markdown;
pub mod output;
pub mod render;
pub mod site;
pub mod yaml;

use std::path::PathBuf;

use diagnostics::Diagnostics;

/// What `rapport build` was asked to do.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site folder.
    pub root: PathBuf,
    /// The output folder; `ROOT/public` when not given.
    pub output: Option<PathBuf>,
    /// Include drafts.
    pub drafts: bool,
    /// Replaces `base_url` of site.yaml.
    pub base_url: Option<String>,
}

/// What a build made.
#[derive(Debug, Clone, Copy)]
pub struct Built {
    /// Reports and pages rendered, in all languages.
    pub pages: usize,
    /// Files in the output, rendered or copied.
    pub files: usize,
    /// What the write did.
    pub written: output::Written,
    /// How long each stage took, in order.
    pub timings: [(&'static str, std::time::Duration); 4],
}

/// Builds the site: all four stages.
pub fn build(opts: &BuildOptions) -> Result<Built, Diagnostics> {
    let out = opts
        .output
        .clone()
        .unwrap_or_else(|| opts.root.join("public"));
    output::check_folder(&opts.root, &out)?;
    let mut config = config::Config::load(&opts.root)?;
    if let Some(url) = &opts.base_url {
        config = config.with_base_url(url)?;
    }
    let clock = std::time::Instant::now();
    let sources = load::load(&opts.root, config)?;
    let loaded = clock.elapsed();
    let model = site::ModelOptions {
        drafts: opts.drafts,
    };
    let site = site::Site::build(&sources, model)?;
    let modelled = clock.elapsed();
    let outputs = render::render(&site, &sources)?;
    let rendered = clock.elapsed();
    let written = output::write(&outputs, &out)?;
    let done = clock.elapsed();
    Ok(Built {
        pages: site.pages.len(),
        files: outputs.len(),
        written,
        timings: [
            ("load", loaded),
            ("model", modelled - loaded),
            ("render", rendered - modelled),
            ("write", done - rendered),
        ],
    })
}
