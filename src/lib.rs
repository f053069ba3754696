//! rapport turns a folder of Markdown meeting reports, in Swedish, English or
//! both, into a bilingual static news site.
//!
//! A build is four stages; each is a function of the previous stage's value
//! and lives in its own folder. `pipeline.rs` runs them, and nothing else
//! does: [`Rebuilder::rebuild`] for `build` and every save in `serve`,
//! `pipeline::check` for `rapport check`, `pipeline::documents_site` for
//! `translated` and the translator's view:
//!
//! ```text
//! input::load::load_cached(root)  -> Sources  every input read and parsed
//! photos::of(&sources, write)     -> Photos   resized, upright, stripped, cached
//! social_image::of(&sources)     -> Images   each language's og:image, cached
//! model::Site::build(..)          -> Site     URLs, translations, listings, outputs
//! findings::analyse(..)           -> findings what `check` calls an error stops here
//! Renderer::view_hashes(outputs)  -> [(u64, Reads)]
//!                                             each output's template context, hashed
//!                                             (Markdown by key): those equal to the
//!                                             last build's are not rendered again;
//!                                             with the pages its Reader gave out
//! write::swap(changed, Renderer::render, ..)
//!                                   slices rendered in parallel while the slice
//!                                   before is written into a new tree (the tree
//!                                   the last swap took out, updated, or a new
//!                                   one), the rest hard-linked, swapped in whole
//! ```
//!
//! How the output is written is a [`Target`]: `Swap` for `build`, `InPlace`
//! for the preview's own folder (`write::write_some`). After edits to
//! reports' text, titles, summaries, people or places alone
//! ([`Rebuilder::rebuild_showing`]) the preview reads only the documents
//! again (`input::load::documents_again`), makes a new `Site` from the last
//! one with their texts (`Site::with_texts`), hashes only the views that
//! read one of them (each view reaches pages only through a
//! `model::Reader`, which records what it read, menus included), and writes
//! the pages before the search indexes and feeds, telling open pages to
//! reload in between.
//!
//! Each stage reports all of its problems as [`Diagnostics`] and the build
//! stops between stages, so nothing is written unless everything before it
//! succeeded. `check` runs the same stages without writing: its photo stage
//! works in memory (`input::load::load_partial`), it goes on past a broken
//! message file or template to report everything else, and it is told what
//! a plain `build` publishes, so links to drafts and scheduled reports are
//! errors in both. `translated` and the translator's view load the
//! documents without the photo stage. A build holds a lock on its output
//! while it writes (`write::swap`).
//!
//! The modules are private; what `main.rs` and the tests use is re-exported
//! here. They stand on floors (the README's map, in order): each uses only
//! those on its own floor and below; `tests/it/pipeline.rs` keeps it so.

mod commands;
mod dates;
mod diagnostics;
mod findings;
mod fs_safe;
mod hash;
mod html;
mod input;
pub mod messages;
mod model;
mod photos;
mod pipeline;
mod render;
mod search;
mod social_image;
mod transliterate;
mod write;

pub use commands::check::{check, Findings, Missing, Scheduled};
pub use commands::cms_config::{write as write_editor_config, Backend as EditorBackend};
pub use commands::freshness::translated;
pub use commands::import::{import, Comments, ImportOptions, Source};
pub use commands::scaffold::{init, new_report, NewReport};
pub use commands::serve::{run as serve, ServeOptions};
pub use diagnostics::{Diagnostic, Diagnostics, Kind, Severity, Span};
pub use input::config::Config;
pub use pipeline::{BuildOptions, Built, Rebuilder, Step, Target};
pub use write::Written;

/// `rapport deploy`: the command and what its progress bar is told.
pub mod deploy {
    pub use crate::commands::deploy::plan::human_bytes;
    pub use crate::commands::deploy::workflow::GITHUB_PAGES_PATH;
    pub use crate::commands::deploy::{deploy, DeployOptions, Event};
}

/// What the property tests in `tests/fuzz.rs` try with any input: the
/// parsers of front matter and Markdown. Not a stable interface.
#[doc(hidden)]
pub mod fuzzing {
    pub use crate::input::document::parse;
    pub use crate::input::markdown::Picture;
    pub use crate::input::markdown::{
        md_links, references, render, script_url, scripts_in_html, unread_images, Absolute, Context,
    };
    pub use crate::photos::url_name;
}

/// Builds the site: all four stages, every output.
pub fn build(opts: &BuildOptions) -> Result<Built, Diagnostics> {
    Rebuilder::new(opts.clone()).rebuild()
}
