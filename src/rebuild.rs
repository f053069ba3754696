//! Building again after a change: every output's view (what its template is
//! given, see `render::View`) is hashed, and only outputs whose view hash
//! changed since the last build are rendered and written. The hashes are
//! kept in memory by `serve` and in the output's manifest between builds.
//!
//! `rapport build` is a [`Rebuilder`] with nothing kept, so `build` and
//! `serve` run the same four stages and cannot drift apart.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::diagnostics::Diagnostics;
use crate::{config, load, output, render, site};

/// What a build is asked to do.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site folder.
    pub root: PathBuf,
    /// The output folder; `ROOT/public` when not given.
    pub output: Option<PathBuf>,
    /// Include drafts.
    pub drafts: bool,
    /// Include reports whose `publish_date` is still to come.
    pub future: bool,
    /// Replaces `base_url` of site.yaml.
    pub base_url: Option<String>,
    /// Lets the build replace files in the output folder that rapport did not write.
    pub force: bool,
    /// Writes changed files in place, one rename each, instead of swapping
    /// the whole tree: for the preview's private folder, where a rebuild
    /// must cost only what changed.
    pub in_place: bool,
}

impl BuildOptions {
    /// The output folder.
    pub fn output_dir(&self) -> PathBuf {
        self.output
            .clone()
            .unwrap_or_else(|| self.root.join("public"))
    }
}

/// What one build made.
#[derive(Debug, Clone)]
pub struct Built {
    /// Reports and pages in all languages.
    pub pages: usize,
    /// Files the site has, rendered or copied.
    pub files: usize,
    /// Outputs rendered this time (the others were unchanged).
    pub rendered: usize,
    /// What the write did.
    pub written: output::Written,
    /// Paths of the files written or removed.
    pub changed: Vec<String>,
    /// Warnings `rapport check` would print (the build went ahead).
    pub warnings: usize,
    /// Shortcodes of other site generators left in published pages' text.
    pub shortcodes: usize,
    /// Photos decoded, resized and encoded by this build.
    pub photos_made: usize,
    /// Photos taken as they were from `.rapport-cache/`.
    pub photos_cached: usize,
    /// How long each stage took, in order.
    pub timings: [(&'static str, Duration); 4],
}

/// What a long build reports as it goes, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A stage begins: `load`, `model`, `render`.
    Stage(&'static str),
    /// Of `total` outputs to render and write, `done` are.
    Rendered {
        /// Outputs done so far.
        done: usize,
        /// Outputs to do.
        total: usize,
    },
}

/// Builds a site again and again, rendering only what changed.
#[derive(Debug)]
pub struct Rebuilder {
    opts: BuildOptions,
    cache: load::Cache,
    /// View hash of every output of the last good build; empty before the
    /// first, when the output's manifest has them.
    views: HashMap<String, u64>,
    /// Search index entries and, for the preview, Markdown HTML.
    render: render::Cache,
}

impl Rebuilder {
    /// A rebuilder that has built nothing yet.
    pub fn new(opts: BuildOptions) -> Rebuilder {
        Rebuilder {
            cache: load::Cache::default(),
            views: HashMap::new(),
            render: if opts.in_place {
                render::Cache::keeping_markdown()
            } else {
                render::Cache::default()
            },
            opts,
        }
    }

    /// The options it builds with.
    pub fn options(&self) -> &BuildOptions {
        &self.opts
    }

    /// Tells the rebuilder which files changed (the watcher's paths), so the
    /// next rebuild need not walk `content/` to find them.
    pub fn note_changes(&mut self, paths: &[PathBuf]) {
        self.cache.note_changes(&self.opts.root, paths);
    }

    /// Makes the next rebuild walk the site's folders again.
    pub fn forget_files(&mut self) {
        self.cache.forget_files();
    }

    /// Builds the site; after the first time, only what changed is rendered.
    /// A failed build writes nothing and keeps the last good state.
    pub fn rebuild(&mut self) -> Result<Built, Diagnostics> {
        self.rebuild_with(&|_| {})
    }

    /// Like [`Rebuilder::rebuild`], telling `progress` how far it is.
    pub fn rebuild_with(&mut self, progress: &(dyn Fn(Step) + Sync)) -> Result<Built, Diagnostics> {
        let opts = &self.opts;
        progress(Step::Stage("load"));
        let out = output::check_folder(&opts.root, &opts.output_dir())?;
        let clock = Instant::now();
        let mut config = config::Config::load(&opts.root)?;
        if let Some(url) = &opts.base_url {
            config = config.with_base_url(url)?;
        }
        let sources = load::load_cached(&opts.root, config, &mut self.cache)?;
        // `check::analyse` reports them with the rest; the preview skips it.
        if opts.in_place && !sources.photos.problems.is_empty() {
            return Err(Diagnostics(sources.photos.problems.clone()));
        }
        let loaded = clock.elapsed();
        progress(Step::Stage("model"));
        let site = site::Site::build(
            &sources,
            site::ModelOptions {
                drafts: opts.drafts,
                today: (!opts.future).then(|| chrono::Local::now().date_naive()),
            },
        )?;
        // What `check` calls an error stops the build; its warnings are counted.
        // The preview leaves this to `check`, to stay quick on every save.
        let mut warnings = 0;
        if !opts.in_place {
            let today = chrono::Local::now().date_naive();
            let (errors, rest): (Vec<_>, Vec<_>) = crate::check::analyse(&sources, &site, today)
                .into_iter()
                .partition(|d| d.severity == crate::diagnostics::Severity::Error);
            if !errors.is_empty() {
                return Err(Diagnostics(errors));
            }
            warnings = rest.len();
        }
        let modelled = clock.elapsed();
        progress(Step::Stage("render"));
        let renderer = render::Renderer::new(&site, &sources, &self.render)?;
        let views = renderer.view_hashes(&site.outputs);
        let from_disk;
        let before = if self.views.is_empty() {
            from_disk = output::read_views(&out);
            &from_disk
        } else {
            &self.views
        };
        let dirty: Vec<site::OutputSpec> = site
            .outputs
            .iter()
            .zip(&views)
            .filter(|(o, view)| before.get(&o.path) != Some(view))
            .map(|(o, _)| o.clone())
            .collect();
        let (written, rendered) = if opts.in_place {
            let all: Vec<&str> = site.outputs.iter().map(|o| o.path.as_str()).collect();
            let by_path: HashMap<&str, u64> =
                all.iter().copied().zip(views.iter().copied()).collect();
            let outputs = renderer.render(&dirty)?;
            let rendered = clock.elapsed();
            (
                output::write_some(&outputs, &all, &by_path, &out)?,
                rendered,
            )
        } else {
            // Rendering and writing overlap: the two are timed together.
            let written = output::swap(
                &dirty,
                |slice| renderer.render(slice),
                &site.outputs,
                &views,
                &out,
                opts.force,
            )?;
            (written, clock.elapsed())
        };
        let done = clock.elapsed();
        let now: std::collections::HashSet<&str> =
            site.outputs.iter().map(|o| o.path.as_str()).collect();
        let mut changed: Vec<String> = dirty.iter().map(|o| o.path.clone()).collect();
        changed.extend(before.keys().filter(|p| !now.contains(p.as_str())).cloned());
        self.views = site
            .outputs
            .iter()
            .zip(views)
            .map(|(o, view)| (o.path.clone(), view))
            .collect();
        Ok(Built {
            pages: site.pages.len(),
            files: site.outputs.len(),
            rendered: dirty.len(),
            shortcodes: site
                .pages
                .iter()
                .map(|p| crate::check::shortcodes_left(&p.doc).len())
                .sum(),
            written,
            changed,
            warnings,
            photos_made: sources.photos.processed,
            photos_cached: sources.photos.reused,
            timings: [
                ("load", loaded),
                ("model", modelled - loaded),
                ("render", rendered - modelled),
                ("write", done - rendered),
            ],
        })
    }
}
