//! The stages in order, once. Every command that reads the site goes
//! through here: `build` and every save in `serve` ([`Rebuilder`]),
//! `check` ([`check`]: every stage but writing), `translated` and the
//! translator's view ([`documents_site`]: the reports without their
//! photos).
//!
//! Building again after a change: every output's view (what its template
//! is given, see `render::View`) is hashed, and only outputs whose view
//! hash changed since the last build are rendered and written. The hashes
//! are kept in memory by `serve` and in the output's manifest between
//! builds. `rapport build` is a [`Rebuilder`] with nothing kept, so `build`
//! and `serve` run the same four stages and cannot drift apart.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::input::document::{DocKind, Document};
use crate::input::{config, load};
use crate::model;
use crate::model::{Changed, Reads};
use crate::render;
use crate::write;
pub use crate::write::Target;

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
    /// How the output is written: a whole new tree swapped in, or changed
    /// files in place (the preview).
    pub target: Target,
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
    /// Whether the preview took its last model, the edits since being to
    /// the text of reports and pages or to front matter that changes only
    /// their own views (see `same_frame`).
    pub kept_model: bool,
    /// What the write did.
    pub written: write::Written,
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

/// The site at `root`, drafts included, read for its documents alone: the
/// photos are not processed (their cache is not touched), as telling which
/// translations are outdated needs only the texts and git.
pub(crate) fn documents_site(root: &Path) -> Result<model::Site, Diagnostics> {
    let config = crate::input::config::Config::load(root)?;
    let sources = load::load(root, config)?;
    let options = crate::model::ModelOptions {
        drafts: true,
        today: None,
    };
    model::Site::build(&sources, model::Made::default(), options)
}

/// What [`check`] found.
#[derive(Debug)]
pub(crate) struct Checked {
    /// Every problem of every stage.
    pub(crate) problems: Vec<Diagnostic>,
    /// The model, when the site got that far.
    pub(crate) site: Option<model::Site>,
}

/// Every stage a build runs but writing, for `rapport check`, as of
/// `today`: the photo stage in memory, past a broken message file or
/// template to everything else, each problem reported once, where it is;
/// what a plain `build` publishes decides which links are broken.
pub(crate) fn check(root: &Path, today: NaiveDate) -> Checked {
    let config = match config::Config::load(root) {
        Ok(c) => c,
        Err(Diagnostics(list)) => {
            return Checked {
                problems: list,
                site: None,
            }
        }
    };
    let (sources, mut list) = load::load_partial(root, config);
    let Some(sources) = sources else {
        return Checked {
            problems: list,
            site: None,
        };
    };
    let failed: BTreeSet<&Path> = list.iter().filter_map(|d| d.file.as_deref()).collect();
    let failed: BTreeSet<PathBuf> = failed.into_iter().map(Path::to_path_buf).collect();
    let options = model::ModelOptions {
        drafts: true,
        today: None,
    };
    // Processed in memory, nothing written; the social images, which
    // cannot be wrong, are left out.
    let made = model::Made {
        photos: Arc::new(crate::photos::of(&sources, false)),
        social: Arc::default(),
    };
    let site = match model::Site::build(&sources, made, options) {
        Ok(site) => site,
        Err(Diagnostics(mut problems)) => {
            problems.retain(|d| !crate::findings::is_dateless_beside_failed(d, &failed));
            list.append(&mut problems);
            return Checked {
                problems: list,
                site: None,
            };
        }
    };
    match render::Renderer::new(&site, &sources, &render::Cache::default()) {
        Ok(renderer) => {
            // Everything is rendered, a slice at a time, and thrown away:
            // template errors at run time show only when a page is made.
            for chunk in site.outputs.chunks(512) {
                if let Err(Diagnostics(mut problems)) = renderer.render(chunk) {
                    // A link to a file that did not parse is that file's error, not the link's.
                    problems.retain(|d| !crate::findings::is_link_to_failed(root, d, &failed));
                    list.append(&mut problems);
                }
            }
        }
        Err(Diagnostics(mut problems)) => {
            list.append(&mut problems);
            // Without a theme to render with, the pages' own problems are
            // still found.
            let mut found = render::markdown_problems(&site);
            found.retain(|d| !crate::findings::is_link_to_failed(root, d, &failed));
            list.append(&mut found);
        }
    }
    // What a build without `--drafts` and `--future` publishes now.
    let publish = model::ModelOptions {
        drafts: false,
        today: Some(chrono::Local::now().fixed_offset()),
    };
    let mut found = crate::findings::analyse(&sources, &site, today, publish);
    found.retain(|d| !crate::findings::is_link_to_failed(root, d, &failed));
    list.append(&mut found);
    Checked {
        problems: list,
        site: Some(site),
    }
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
    /// The preview's last good build, to start the next one from.
    last: Option<Last>,
    /// The manifest the preview last wrote into its folder.
    manifest: Option<HashMap<String, u64>>,
    /// Whether every change noted since the last good build is to a
    /// report's or page's Markdown file, so the last build's model may do.
    only_markdown: bool,
}

/// What the preview keeps of its last good build.
#[derive(Debug)]
struct Last {
    /// What it was made from: settings, theme, strings and documents.
    sources: load::Sources,
    /// The photos its documents asked for.
    wanted: Vec<crate::photos::Wanted>,
    /// The day it was made for (`publish_date` in the future is left out).
    today: Option<NaiveDate>,
    site: model::Site,
    /// What each output's view read, in the order of `site.outputs`.
    reads: Vec<Reads>,
}

impl Rebuilder {
    /// A rebuilder that has built nothing yet.
    pub fn new(opts: BuildOptions) -> Rebuilder {
        Rebuilder {
            cache: load::Cache::default(),
            views: HashMap::new(),
            render: match opts.target {
                Target::InPlace => render::Cache::keeping_markdown(),
                Target::Swap { .. } => render::Cache::default(),
            },
            opts,
            last: None,
            manifest: None,
            only_markdown: false,
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
        let content = self
            .opts
            .root
            .canonicalize()
            .unwrap_or_else(|_| self.opts.root.clone())
            .join("content");
        self.only_markdown &= paths.iter().all(|p| is_text_of_a_page(&content, p));
    }

    /// Makes the next rebuild walk the site's folders again.
    pub fn forget_files(&mut self) {
        self.cache.forget_files();
        self.only_markdown = false;
    }

    /// Builds the site; after the first time, only what changed is rendered.
    /// A failed build writes nothing and keeps the last good state.
    pub fn rebuild(&mut self) -> Result<Built, Diagnostics> {
        self.rebuild_with(&|_| {})
    }

    /// Like [`Rebuilder::rebuild`], telling `progress` how far it is.
    pub fn rebuild_with(&mut self, progress: &(dyn Fn(Step) + Sync)) -> Result<Built, Diagnostics> {
        self.run(progress, &mut |_, _| {})
    }

    /// Like [`Rebuilder::rebuild`], for the preview: when only the text of
    /// reports and pages changed (or their titles, summaries, people and
    /// places), `shown` is given the paths of the changed
    /// pages as soon as they are on disk, before the feeds, search indexes
    /// and sitemap that no page shows are made and written, with the paths
    /// of those that may change. Otherwise it is not called, and the
    /// build's [`Built::changed`] tells it all.
    pub fn rebuild_showing(
        &mut self,
        shown: &mut dyn FnMut(&[String], &[String]),
    ) -> Result<Built, Diagnostics> {
        self.run(&|_| {}, shown)
    }

    fn run(
        &mut self,
        progress: &(dyn Fn(Step) + Sync),
        shown: &mut dyn FnMut(&[String], &[String]),
    ) -> Result<Built, Diagnostics> {
        progress(Step::Stage("load"));
        let out = write::check_folder(&self.opts.root, &self.opts.output_dir())?;
        let clock = Instant::now();
        // After edits to the text of reports and pages only (or to front
        // matter the model makes nothing of), the preview takes its last
        // model with the new documents in it.
        if let Some(last) = self.last.take().filter(|_| self.only_markdown) {
            if let Some(built) = self.rebuild_text(last, &out, clock, shown) {
                return built;
            }
        }
        let (sources, made) = self.read()?;
        let loaded = clock.elapsed();
        progress(Step::Stage("model"));
        let now = chrono::Local::now().fixed_offset();
        let (site, warnings) = self.model(&sources, made, now)?;
        let modelled = clock.elapsed();
        progress(Step::Stage("render"));
        let renderer = render::Renderer::new(&site, &sources, &self.render)?;
        let (views, reads): (Vec<u64>, Vec<Reads>) = {
            let all = renderer.view_hashes(&site.outputs.iter().collect::<Vec<_>>());
            renderer.forget_unused();
            all.into_iter().unzip()
        };
        let before = if self.views.is_empty() {
            write::read_views(&out)
        } else {
            std::mem::take(&mut self.views)
        };
        let dirty: Vec<model::OutputSpec> = site
            .outputs
            .iter()
            .zip(&views)
            .filter(|(o, view)| before.get(&o.path) != Some(view))
            .map(|(o, _)| o.clone())
            .collect();
        let written = match write_out(
            self.opts.target,
            &mut self.manifest,
            &renderer,
            &site,
            &views,
            &dirty,
            &out,
        ) {
            Ok(written) => written,
            Err(problems) => {
                self.views = before;
                return Err(problems);
            }
        };
        let rendered = clock.elapsed();
        drop(renderer);
        let mut changed: Vec<String> = dirty.iter().map(|o| o.path.clone()).collect();
        let now_there: std::collections::HashSet<&str> =
            site.outputs.iter().map(|o| o.path.as_str()).collect();
        changed.extend(
            before
                .into_keys()
                .filter(|p| !now_there.contains(p.as_str())),
        );
        let built = Built {
            pages: site.pages.len(),
            files: site.outputs.len(),
            rendered: dirty.len(),
            kept_model: false,
            // The preview does not tell them, and counting reads every text.
            shortcodes: match self.opts.target {
                Target::InPlace => 0,
                Target::Swap { .. } => site
                    .pages
                    .iter()
                    .map(|p| crate::findings::shortcodes_left(&p.doc).len())
                    .sum(),
            },
            written,
            changed,
            warnings,
            photos_made: site.photos.processed,
            photos_cached: site.photos.reused,
            // Rendering and writing overlap in a swap: the two are timed together.
            timings: [
                ("load", loaded),
                ("model", modelled - loaded),
                ("render", rendered - modelled),
                ("write", clock.elapsed() - rendered),
            ],
        };
        self.views = site
            .outputs
            .iter()
            .zip(views)
            .map(|(o, view)| (o.path.clone(), view))
            .collect();
        if self.opts.target == Target::InPlace {
            self.last = Some(Last {
                wanted: crate::photos::wanted(&self.opts.root, &sources.documents),
                sources,
                today: (!self.opts.future).then(|| now.date_naive()),
                site,
                reads,
            });
            self.only_markdown = true;
        }
        Ok(built)
    }

    /// Stage 1 and 1b: the settings and the site folder, and the photos
    /// and social images made from them.
    fn read(&mut self) -> Result<(load::Sources, model::Made), Diagnostics> {
        let opts = &self.opts;
        let mut config = config::Config::load(&opts.root)?;
        if let Some(url) = &opts.base_url {
            config = config.with_base_url(url)?;
        }
        let mut sources = load::load_cached(&opts.root, config, &mut self.cache)?;
        // Builds name styles and scripts by their hash; the preview keeps
        // their plain names, so a style edit reloads without a rebuild.
        if let Target::Swap { .. } = opts.target {
            sources.fingerprint();
        }
        // A build reports them with the rest of `findings::analyse`; the
        // preview, which skips that, stops on them here.
        let photos = crate::photos::of(&sources, true);
        if opts.target == Target::InPlace && !photos.problems.is_empty() {
            return Err(Diagnostics(photos.problems));
        }
        let social = crate::social_image::of(&sources);
        let made = model::Made {
            photos: Arc::new(photos),
            social: Arc::new(social),
        };
        Ok((sources, made))
    }

    /// Stage 2, and what `check` calls an error, which stops a build (its
    /// warnings are counted). The preview leaves the findings to `check`,
    /// to stay quick on every save.
    fn model(
        &self,
        sources: &load::Sources,
        made: model::Made,
        now: chrono::DateTime<chrono::FixedOffset>,
    ) -> Result<(model::Site, usize), Diagnostics> {
        let options = model::ModelOptions {
            drafts: self.opts.drafts,
            today: (!self.opts.future).then_some(now),
        };
        let site = model::Site::build(sources, made, options)?;
        if self.opts.target == Target::InPlace {
            return Ok((site, 0));
        }
        let (errors, rest): (Vec<_>, Vec<_>) =
            crate::findings::analyse(sources, &site, now.date_naive(), options)
                .into_iter()
                .partition(|d| d.severity == crate::diagnostics::Severity::Error);
        if !errors.is_empty() {
            return Err(Diagnostics(errors));
        }
        Ok((site, rest.len()))
    }

    /// The preview after edits to the text of reports and pages alone, or
    /// to front matter that only their own views show (see `same_frame`):
    /// their documents go into the last model, and only the outputs that
    /// read them are looked at again; the pages first, then (after `shown`
    /// is told) the feeds, search indexes and sitemap. `None` when the
    /// edits changed more than text, for a whole build.
    fn rebuild_text(
        &mut self,
        last: Last,
        out: &Path,
        clock: Instant,
        shown: &mut dyn FnMut(&[String], &[String]),
    ) -> Option<Result<Built, Diagnostics>> {
        let Last {
            mut sources,
            wanted,
            today,
            site,
            reads,
        } = last;
        let documents =
            match load::documents_again(&self.opts.root, &sources.config, &mut self.cache) {
                Ok(d) => d,
                Err(e) => return Some(Err(e)),
            };
        // A photo newly shown in the text is processed by a whole build.
        if crate::photos::wanted(&self.opts.root, &documents) != wanted {
            return None;
        }
        let old = std::mem::replace(&mut sources.documents, documents);
        let now = (!self.opts.future).then(|| chrono::Local::now().date_naive());
        if now != today {
            return None;
        }
        let (site, changed) = with_texts_of(site, &old, &sources.documents)?;
        let mut reads = reads;
        let loaded = clock.elapsed();
        let built = self.rewrite(&site, &sources, &mut reads, &changed, out, shown);
        let built = built.map(|(rendered, written, changed)| Built {
            pages: site.pages.len(),
            files: site.outputs.len(),
            rendered,
            kept_model: true,
            written,
            changed,
            warnings: 0,
            shortcodes: 0,
            photos_made: 0,
            photos_cached: 0,
            timings: [
                ("load", loaded),
                ("model", Duration::ZERO),
                ("render", clock.elapsed() - loaded),
                ("write", Duration::ZERO),
            ],
        });
        if built.is_ok() {
            self.last = Some(Last {
                sources,
                wanted,
                today,
                site,
                reads,
            });
        }
        Some(built)
    }

    /// Renders and writes again the outputs of `site` that read what
    /// `changed` and whose view changed, pages first: how many were
    /// rendered, what the writes did, and their paths.
    fn rewrite(
        &mut self,
        site: &model::Site,
        sources: &load::Sources,
        reads: &mut [Reads],
        changed: &Changed,
        out: &Path,
        shown: &mut dyn FnMut(&[String], &[String]),
    ) -> Result<(usize, write::Written, Vec<String>), Diagnostics> {
        let renderer = render::Renderer::new(site, sources, &self.render)?;
        let (data, pages): (Vec<usize>, Vec<usize>) = (0..site.outputs.len())
            .filter(|&i| reads[i].touched_by(changed))
            .partition(|&i| is_data(&site.outputs[i].kind));
        let pending: Vec<String> = data.iter().map(|&i| site.outputs[i].path.clone()).collect();
        let all: Vec<&str> = site.outputs.iter().map(|o| o.path.as_str()).collect();
        let mut written = write::Written::default();
        let mut paths = Vec::new();
        let mut rendered = 0;
        for (some, manifest) in [
            (pages, write::Manifest::Later),
            (data, write::Manifest::Now),
        ] {
            let specs: Vec<&model::OutputSpec> = some.iter().map(|&i| &site.outputs[i]).collect();
            let mut dirty = Vec::new();
            for (&i, (view, read)) in some.iter().zip(renderer.view_hashes(&specs)) {
                reads[i] = read;
                let path = &site.outputs[i].path;
                if self.views.get(path) != Some(&view) {
                    self.views.insert(path.clone(), view);
                    dirty.push(site.outputs[i].clone());
                }
            }
            // Nothing to write, and no manifest put off before.
            if dirty.is_empty() && (manifest == write::Manifest::Later || written.written == 0) {
                continue;
            }
            let outputs = renderer.render(&dirty)?;
            let views: HashMap<&str, u64> = match manifest {
                write::Manifest::Later => HashMap::new(),
                write::Manifest::Now => all
                    .iter()
                    .map(|p| (*p, self.views.get(*p).copied().unwrap_or(0)))
                    .collect(),
            };
            let w = write::write_some(&outputs, &all, &views, out, &mut self.manifest, manifest)?;
            written.written += w.written;
            written.unchanged += w.unchanged;
            written.removed += w.removed;
            rendered += dirty.len();
            let these: Vec<String> = dirty.into_iter().map(|o| o.path).collect();
            if manifest == write::Manifest::Later {
                shown(&these, &pending);
            }
            paths.extend(these);
        }
        Ok((rendered, written, paths))
    }
}

/// Stages 3 and 4 for the outputs whose view changed: rendered and
/// written into the target, the whole tree swapped in (rendering a slice
/// while the slice before is written) or changed files in place.
fn write_out(
    target: Target,
    manifest: &mut Option<HashMap<String, u64>>,
    renderer: &render::Renderer,
    site: &model::Site,
    views: &[u64],
    dirty: &[model::OutputSpec],
    out: &Path,
) -> Result<write::Written, Diagnostics> {
    match target {
        Target::Swap { force } => write::swap(
            dirty,
            |slice| renderer.render(slice),
            &site.outputs,
            views,
            out,
            force,
        ),
        Target::InPlace => {
            let all: Vec<&str> = site.outputs.iter().map(|o| o.path.as_str()).collect();
            let by_path: HashMap<&str, u64> =
                all.iter().copied().zip(views.iter().copied()).collect();
            let outputs = renderer.render(dirty)?;
            write::write_some(
                &outputs,
                &all,
                &by_path,
                out,
                manifest,
                write::Manifest::Now,
            )
        }
    }
}

/// Whether an output is data that pages fetch or readers subscribe to
/// (feeds, search indexes, the sitemap), which no open page shows.
fn is_data(kind: &model::OutputKind) -> bool {
    use model::OutputKind as K;
    matches!(
        kind,
        K::Feed { .. } | K::SearchIndex(_) | K::SearchScript(_) | K::SearchPart { .. } | K::Sitemap
    )
}

/// The last model with the `new` documents in it, and what changed;
/// `None` unless every changed document differs from its `old` self only
/// in what no part of the model but its pages' own title and facts is
/// made from (see [`same_frame`]).
fn with_texts_of(
    site: model::Site,
    old: &[Arc<Document>],
    new: &[Arc<Document>],
) -> Option<(model::Site, Changed)> {
    if old.len() != new.len() {
        return None;
    }
    let mut changed: HashMap<&str, &Arc<Document>> = HashMap::new();
    for (old, new) in old.iter().zip(new) {
        if !Arc::ptr_eq(old, new) {
            if !same_frame(old, new) {
                return None;
            }
            changed.insert(new.path.as_str(), new);
        }
    }
    site.with_texts(&changed)
}

/// Whether `new` is `old` with only its text or front matter that the
/// model makes nothing of but a page's own views changed: the title, the
/// summary, people and place, `extra`. Its address, date, terms, language,
/// translations and photos stay. A section's intro counts as more: the
/// navigation shows its title.
fn same_frame(old: &Document, new: &Document) -> bool {
    // Every field named, so that a new one is placed on one side or the other.
    let crate::input::document::front_matter::FrontMatter {
        title: _,
        summary: _,
        author: _,
        location: _,
        participants: _,
        extra: _,
        translated_from: _,
        original: _,
        date,
        end_date,
        datetime,
        tags,
        organizations,
        cover,
        translation,
        slug,
        draft,
        lang,
        aliases,
        publish_date,
        terms,
    } = &old.front;
    let front = &new.front;
    !matches!(new.kind, DocKind::SectionIndex { .. })
        && old.path == new.path
        && old.file == new.file
        && old.lang == new.lang
        && old.kind == new.kind
        && old.key == new.key
        && old.name == new.name
        && old.slug == new.slug
        && old.bundle == new.bundle
        && *date == front.date
        && *end_date == front.end_date
        && *datetime == front.datetime
        && *tags == front.tags
        && *organizations == front.organizations
        && *cover == front.cover
        && *translation == front.translation
        && *slug == front.slug
        && *draft == front.draft
        && *lang == front.lang
        && *aliases == front.aliases
        && *publish_date == front.publish_date
        && *terms == front.terms
}

/// Whether `path` (as the watcher gives it) is the Markdown file of a
/// report or page under `content`.
fn is_text_of_a_page(content: &Path, path: &Path) -> bool {
    path.starts_with(content)
        && path.extension().is_some_and(|e| e == "md")
        && !path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("_index"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first report's Markdown file of the site at `root`.
    fn a_report(root: &Path) -> PathBuf {
        walkdir::WalkDir::new(root.join("content/reports"))
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .map(walkdir::DirEntry::into_path)
            .find(|p| {
                p.extension().is_some_and(|e| e == "md") && !p.to_string_lossy().contains("_index")
            })
            .expect("init makes a report")
    }

    /// The preview of a fresh `init` site, built once.
    fn preview_of_init() -> (tempfile::TempDir, PathBuf, Rebuilder, Built) {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().canonicalize().expect("path").join("site");
        std::fs::create_dir(&root).expect("mkdir");
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
        crate::commands::scaffold::init(&root, false, today, None).expect("init");
        let mut preview = Rebuilder::new(BuildOptions {
            root: root.clone(),
            output: Some(dir.path().join("out")),
            drafts: true,
            target: Target::InPlace,
            ..BuildOptions::default()
        });
        let first = preview.rebuild().expect("first build");
        (dir, root, preview, first)
    }

    #[test]
    fn a_standalone_page_retitled_is_remade_in_every_menu_and_its_text_in_its_page_alone() {
        let (_dir, root, mut preview, first) = preview_of_init();
        let about = root.join("content/about.sv.md");
        let text = std::fs::read_to_string(&about).expect("read");

        std::fs::write(&about, format!("{text}\nEn mening till.\n")).expect("write");
        preview.note_changes(std::slice::from_ref(&about));
        let edited = preview.rebuild().expect("text edited");
        assert!(edited.kept_model);
        let pages: Vec<&String> = edited
            .changed
            .iter()
            .filter(|p| p.ends_with(".html"))
            .collect();
        assert_eq!(
            pages,
            ["sv/about/index.html"],
            "the menu shows the title, not the text: of the pages, only its own is made again"
        );

        std::fs::write(&about, text.replacen("Om oss", "Om föreningen", 1)).expect("write");
        preview.note_changes(std::slice::from_ref(&about));
        let retitled = preview.rebuild().expect("title edited");
        assert!(retitled.kept_model, "a new title keeps the model");
        for page in ["sv/index.html", "sv/rapporter/index.html", "404.html"] {
            assert!(
                retitled.changed.iter().any(|p| p == page),
                "{page}'s menu shows the title: {:?}",
                retitled.changed
            );
        }
        let english: Vec<&String> = retitled
            .changed
            .iter()
            .filter(|p| p.starts_with("en/"))
            .collect();
        assert_eq!(
            english,
            ["en/about/index.html"],
            "of the English pages, the translation names the Swedish title; the menu shows the English page"
        );
        assert!(retitled.rendered < first.files);
    }

    #[test]
    fn the_preview_keeps_its_model_when_only_text_changed() {
        let (_dir, root, mut preview, first) = preview_of_init();
        assert!(!first.kept_model);

        let report = a_report(&root);
        let text = std::fs::read_to_string(&report).expect("read");
        std::fs::write(&report, format!("{text}\nEn mening till.\n")).expect("write");
        preview.note_changes(std::slice::from_ref(&report));
        let edited = preview.rebuild().expect("text edited");
        assert!(edited.kept_model, "an edit to the text keeps the model");
        assert!(edited.rendered >= 1, "the report is rendered again");
        assert!(
            edited.rendered * 4 < first.files,
            "{} of {} files rendered again",
            edited.rendered,
            first.files
        );

        let retitled = text.replacen("title:", "title: Ny titel.", 1);
        std::fs::write(&report, &retitled).expect("write");
        preview.note_changes(std::slice::from_ref(&report));
        let built = preview.rebuild().expect("title edited");
        assert!(built.kept_model, "a new title keeps the model");
        assert!(
            built
                .changed
                .iter()
                .any(|p| p.ends_with("index.html") && p.contains("reports")),
            "the listings showing it are made again: {:?}",
            built.changed
        );

        let retagged = retitled.replacen("tags: [", "tags: [hälsa, ", 1);
        assert_ne!(retagged, retitled, "the report has tags");
        std::fs::write(&report, &retagged).expect("write");
        preview.note_changes(std::slice::from_ref(&report));
        assert!(
            !preview.rebuild().expect("tags edited").kept_model,
            "a new tag makes a term page: the model is made anew"
        );

        std::fs::write(
            root.join("site.yaml"),
            std::fs::read(root.join("site.yaml")).expect("read"),
        )
        .expect("write");
        std::fs::write(&report, format!("{text}\nTredje versionen.\n")).expect("write");
        preview.note_changes(&[root.join("site.yaml"), report]);
        assert!(
            !preview.rebuild().expect("settings touched").kept_model,
            "a change outside the text of pages builds the model anew"
        );
    }
}
