//! Building again after a change: every output's view (what its template is
//! given, see `render::View`) is hashed, and only outputs whose view hash
//! changed since the last build are rendered and written. The hashes are
//! kept in memory by `serve` and in the output's manifest between builds.
//!
//! `rapport build` is a [`Rebuilder`] with nothing kept, so `build` and
//! `serve` run the same four stages and cannot drift apart.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use crate::diagnostics::Diagnostics;
use crate::document::{DocKind, Document};
use crate::render::Reads;
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
    /// Whether the preview took its last model, the edits since being to
    /// the text of reports and pages alone.
    pub kept_model: bool,
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
    /// The documents it was made from.
    documents: Vec<Arc<Document>>,
    /// The photos it knew.
    photos: BTreeSet<String>,
    /// The day it was made for (`publish_date` in the future is left out).
    today: Option<NaiveDate>,
    site: site::Site,
    /// What each output's view read, in the order of `site.outputs`.
    reads: Vec<Reads>,
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
        let today = (!opts.future).then(|| chrono::Local::now().date_naive());
        // After edits to the text of reports and pages only, the preview
        // takes its last model with the new documents in it: nothing else
        // of the model can have changed.
        let kept = match self.last.take() {
            Some(last) if self.only_markdown => last.with_texts_of(&sources, today),
            _ => None,
        };
        let kept_model = kept.is_some();
        let (site, kept) = match kept {
            Some((site, reads, changed)) => (site, Some((reads, changed))),
            None => (
                site::Site::build(
                    &sources,
                    site::ModelOptions {
                        drafts: opts.drafts,
                        today,
                    },
                )?,
                None,
            ),
        };
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
        // The outputs whose view hash was made again; `None` for all of them.
        let mut touched: Option<Vec<usize>> = None;
        let (views, reads): (Vec<u64>, Vec<Reads>) = match kept {
            // Only the views that read a changed page can have changed.
            Some((mut reads, changed)) => {
                let some: Vec<usize> = (0..site.outputs.len())
                    .filter(|&i| reads[i].any_of(&changed))
                    .collect();
                let specs: Vec<&site::OutputSpec> =
                    some.iter().map(|&i| &site.outputs[i]).collect();
                let mut views: Vec<u64> = site
                    .outputs
                    .iter()
                    .map(|o| self.views.get(&o.path).copied().unwrap_or(0))
                    .collect();
                for (&i, (view, read)) in some.iter().zip(renderer.view_hashes(&specs)) {
                    views[i] = view;
                    reads[i] = read;
                }
                touched = Some(some);
                (views, reads)
            }
            None => {
                let all = renderer.view_hashes(&site.outputs.iter().collect::<Vec<_>>());
                renderer.forget_unused();
                all.into_iter().unzip()
            }
        };
        let from_disk;
        let before = if self.views.is_empty() {
            from_disk = output::read_views(&out);
            &from_disk
        } else {
            &self.views
        };
        let dirty: Vec<site::OutputSpec> = match &touched {
            Some(some) => some
                .iter()
                .filter(|&&i| before.get(&site.outputs[i].path) != Some(&views[i]))
                .map(|&i| site.outputs[i].clone())
                .collect(),
            None => site
                .outputs
                .iter()
                .zip(&views)
                .filter(|(o, view)| before.get(&o.path) != Some(view))
                .map(|(o, _)| o.clone())
                .collect(),
        };
        let (written, rendered) = if opts.in_place {
            let all: Vec<&str> = site.outputs.iter().map(|o| o.path.as_str()).collect();
            let by_path: HashMap<&str, u64> =
                all.iter().copied().zip(views.iter().copied()).collect();
            let outputs = renderer.render(&dirty)?;
            let rendered = clock.elapsed();
            (
                output::write_some(&outputs, &all, &by_path, &out, &mut self.manifest)?,
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
        drop(renderer);
        let done = clock.elapsed();
        let mut changed: Vec<String> = dirty.iter().map(|o| o.path.clone()).collect();
        if touched.is_none() {
            let now: std::collections::HashSet<&str> =
                site.outputs.iter().map(|o| o.path.as_str()).collect();
            changed.extend(before.keys().filter(|p| !now.contains(p.as_str())).cloned());
        }
        let built = Built {
            pages: site.pages.len(),
            files: site.outputs.len(),
            rendered: dirty.len(),
            kept_model,
            // The preview does not tell them, and counting reads every text.
            shortcodes: if self.opts.in_place {
                0
            } else {
                site.pages
                    .iter()
                    .map(|p| crate::check::shortcodes_left(&p.doc).len())
                    .sum()
            },
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
        };
        match touched {
            Some(some) => {
                for i in some {
                    self.views.insert(site.outputs[i].path.clone(), views[i]);
                }
            }
            None => {
                self.views = site
                    .outputs
                    .iter()
                    .zip(views)
                    .map(|(o, view)| (o.path.clone(), view))
                    .collect();
            }
        }
        if self.opts.in_place {
            self.last = Some(Last {
                documents: sources.documents.clone(),
                photos: sources.photos.by_path.keys().cloned().collect(),
                today,
                site,
                reads,
            });
            self.only_markdown = true;
        }
        Ok(built)
    }
}

impl Last {
    /// The last model with the documents of `sources` in it, what each
    /// output read, and the pages whose documents changed; `None` unless
    /// every changed document differs only in its text below the front
    /// matter, which no part of the model is made from.
    fn with_texts_of(
        mut self,
        sources: &load::Sources,
        today: Option<NaiveDate>,
    ) -> Option<(site::Site, Vec<Reads>, Vec<site::PageId>)> {
        let same_photos = sources.photos.by_path.len() == self.photos.len()
            && sources
                .photos
                .by_path
                .keys()
                .all(|p| self.photos.contains(p));
        if today != self.today || !same_photos || sources.documents.len() != self.documents.len() {
            return None;
        }
        let mut changed: HashMap<&str, &Arc<Document>> = HashMap::new();
        for (old, new) in self.documents.iter().zip(&sources.documents) {
            if !Arc::ptr_eq(old, new) {
                if !same_but_text(old, new) {
                    return None;
                }
                changed.insert(new.path.as_str(), new);
            }
        }
        let mut pages = Vec::new();
        for (id, page) in self.site.pages.iter_mut().enumerate() {
            if let Some(new) = changed.get(page.doc.path.as_str()) {
                page.doc = Arc::clone(new);
                pages.push(id);
            }
        }
        Some((self.site, self.reads, pages))
    }
}

/// Whether `new` is `old` with only the text below its front matter changed
/// (a section's intro counts as more: the navigation shows its title).
fn same_but_text(old: &Document, new: &Document) -> bool {
    !matches!(new.kind, DocKind::SectionIndex { .. })
        && old.path == new.path
        && old.file == new.file
        && old.lang == new.lang
        && old.kind == new.kind
        && old.key == new.key
        && old.name == new.name
        && old.slug == new.slug
        && old.bundle == new.bundle
        && old.front == new.front
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

    #[test]
    fn the_preview_keeps_its_model_when_only_text_changed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().canonicalize().expect("path").join("site");
        std::fs::create_dir(&root).expect("mkdir");
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
        crate::scaffold::init(&root, false, today, None).expect("init");
        let mut preview = Rebuilder::new(BuildOptions {
            root: root.clone(),
            output: Some(dir.path().join("out")),
            drafts: true,
            in_place: true,
            ..BuildOptions::default()
        });
        let first = preview.rebuild().expect("first build");
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
        std::fs::write(&report, retitled).expect("write");
        preview.note_changes(std::slice::from_ref(&report));
        assert!(!preview.rebuild().expect("title edited").kept_model);

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
