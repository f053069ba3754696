//! rapport turns a folder of Markdown meeting reports, in Swedish, English or
//! both, into a bilingual static news site.
//!
//! A build is four stages; each is a function of the previous stage's value.
//! [`Rebuilder::rebuild`] runs them, for `build` and for every save in
//! `serve` alike:
//!
//! ```text
//! load::load_cached(root)        -> Sources  every input read and parsed
//! site::Site::build(..)          -> Site     URLs, translations, listings, outputs
//! findings::analyse(..)          -> findings what `check` calls an error stops here
//! Renderer::view_hashes(outputs) -> [(u64, Reads)]
//!                                            each output's template context, hashed
//!                                            (Markdown by key): those equal to the
//!                                            last build's are not rendered again;
//!                                            with the pages its Reader gave out
//! output::swap(changed, Renderer::render, ..)
//!                                  slices rendered in parallel while the slice
//!                                  before is written into a new tree (the tree
//!                                  the last swap took out, updated, or a new
//!                                  one), the rest hard-linked, swapped in whole
//! ```
//!
//! `serve` writes in place into its own folder (`output::write_some`). After
//! edits to reports' text, titles, summaries, people or places alone
//! ([`Rebuilder::rebuild_showing`]) it reads only the documents again
//! (`load::documents_again`), makes a new `Site` from the last one with
//! their texts (`Site::with_texts`), hashes only the views that read one of
//! them (each view reaches pages only through a `site::Reader`, which
//! records what it read, menus included), and writes the pages before the
//! search indexes and feeds, telling open pages to reload in between.
//!
//! Each stage reports all of its problems as [`diagnostics::Diagnostics`] and
//! the build stops between stages, so nothing is written unless everything
//! before it succeeded. `check` runs the same stages without writing: its
//! photo stage works in memory (`load::load_partial`), it goes on past a
//! broken message file or template to report everything else, and it is
//! told what a plain `build` publishes, so links to drafts and scheduled
//! reports are errors in both. `translated` and the translator's view load
//! the documents without the photo stage. A build holds a lock on its
//! output while it writes (`output::swap`).
//!
//! The modules stand on floors (the README's map, in order): each uses
//! only those on its own floor and below; `tests/it/pipeline.rs` keeps it so.

pub mod check;
pub mod config;
pub mod deploy;
pub mod diagnostics;
pub mod document;
pub mod findings;
pub mod freshness;
pub mod hash;
pub mod i18n;
pub mod import;
pub mod load;
pub mod markdown;
pub mod messages;
pub mod output;
pub mod photos;
pub mod rebuild;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod site;
pub mod terms;
pub mod transliterate;
pub mod yaml;

pub use rebuild::{BuildOptions, Built, Rebuilder, Step};

use diagnostics::Diagnostics;

/// Builds the site: all four stages, every output.
pub fn build(opts: &BuildOptions) -> Result<Built, Diagnostics> {
    Rebuilder::new(opts.clone()).rebuild()
}
