//! `rapport deploy`: publishes the output folder a build made to a target
//! named in site.yaml: S3-compatible object storage, an SFTP server, or a
//! local folder. It builds nothing: it refuses an output folder that a build
//! did not finish or whose files are not those its manifest lists.
//!
//! Every target is reached through one [`Target`]; what is sent, removed and
//! in what order is decided in [`plan`] without touching it. A deploy
//! writes the target's state twice: before sending, claiming the files
//! about to be sent, and after, with their hashes; so a deploy stopped at
//! any moment is finished by the next one, and nothing rapport did not put
//! there is ever removed.

pub(crate) mod config;
mod file;
pub(crate) mod plan;
mod s3;
mod sftp;
pub(crate) mod workflow;

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics};
pub(crate) use config::{DeployConfig, Location, TargetConfig};
pub(crate) use plan::{Local, Plan};

/// What `rapport deploy` is asked to do.
#[derive(Debug, Clone)]
pub struct DeployOptions {
    /// The site folder.
    pub root: PathBuf,
    /// The output folder [default: ROOT/public].
    pub output: Option<PathBuf>,
    /// The target's name in site.yaml [default: the first].
    pub target: Option<String>,
    /// Print what would be sent and removed, and change nothing.
    pub dry_run: bool,
    /// The most files this deploy may remove.
    pub max_deletes: Option<usize>,
}

/// What a deploy tells while it works.
#[derive(Debug, Clone)]
pub enum Event {
    /// Decided: this many files and bytes to send.
    Planned {
        /// Files to send.
        files: usize,
        /// Their bytes.
        bytes: u64,
    },
    /// One file sent, of this many bytes.
    Sent(u64),
}

/// What a deploy did (or, with `--dry-run`, would do).
#[derive(Debug, Clone)]
pub struct Deployed {
    /// The target's name.
    pub target: String,
    /// Where it is.
    pub url: String,
    /// What was (or would be) sent and removed.
    pub plan: Plan,
}

/// Why a target failed: what happened and what to do.
#[derive(Debug, Clone)]
pub(crate) struct Failure {
    message: String,
    help: String,
}

impl Failure {
    pub(crate) fn new(message: String, help: String) -> Failure {
        Failure { message, help }
    }
}

/// One file to send.
#[derive(Debug, Clone)]
pub(crate) struct Upload {
    /// Its path and hash.
    pub(crate) local: Local,
    /// The built file.
    pub(crate) source: PathBuf,
}

impl Upload {
    /// Whether it goes gzip-compressed.
    pub(crate) fn gzip(&self) -> bool {
        self.local.hash.ends_with("+gzip")
    }
}

/// A place the site is published to.
pub(crate) trait Target {
    /// The text of the state (see [`plan::STATE`]), if the target has one.
    fn read_state(&mut self) -> Result<Option<String>, Failure>;
    /// The size of each file the target holds under its folder, where it
    /// can list them cheaply; `None` where it cannot.
    fn present(&mut self, state: &plan::State) -> Result<Option<HashMap<String, u64>>, Failure>;
    /// Sends the files, in order, calling `sent` after each.
    fn send(&mut self, files: &[Upload], sent: &(dyn Fn(&Upload) + Sync)) -> Result<(), Failure>;
    /// Removes the files (and folders they leave empty, where there are folders).
    fn remove(&mut self, paths: &[String]) -> Result<(), Failure>;
    /// Writes the state.
    fn write_state(&mut self, text: &str) -> Result<(), Failure>;
}

/// The environment variable that stops a deploy after sending this many
/// files, as if it were killed: for the tests of a deploy run again.
pub(crate) const STOP_AFTER: &str = "RAPPORT_DEPLOY_STOP_AFTER";

/// Publishes the output folder to the target; `on` hears of the progress.
pub fn deploy(opts: &DeployOptions, on: &(dyn Fn(Event) + Sync)) -> Result<Deployed, Diagnostics> {
    let config = crate::input::config::Config::load(&opts.root)?;
    let settings = config.deploy.clone().unwrap_or_default();
    let target = choose(&settings, opts.target.as_deref())?;
    let location = config::parse_url(&target.url).map_err(|(message, help)| {
        Diagnostic::in_file(crate::input::config::FILE, message).help(help)
    })?;
    let output = opts
        .output
        .clone()
        .unwrap_or_else(|| opts.root.join("public"));
    let output = crate::write::check_folder(&opts.root, &output).map_err(Diagnostics::from)?;
    // No build writes into the folder while it is read.
    let _lock = crate::write::lock(&output)?;
    let gzip =
        target.compress == Some(config::Compress::Gzip) && matches!(location, Location::S3 { .. });
    let local = built_files(&output, gzip)?;

    let mut place: Box<dyn Target> = match &location {
        Location::S3 { .. } => Box::new(s3::S3::open(&location)?),
        Location::Sftp { .. } => Box::new(sftp::Sftp::open(&location)),
        Location::File { path } => Box::new(file::Folder::open(&opts.root, &output, path)?),
    };
    let fail = |f: Failure| -> Diagnostics {
        Diagnostic::new(crate::msg!(
            "deploy-failed",
            target = target.name.as_str(),
            error = f.message
        ))
        .help(f.help)
        .into()
    };
    let state = match place.read_state().map_err(fail)? {
        Some(text) => plan::parse_state(&text),
        None => plan::State::new(),
    };
    let present = place.present(&state).map_err(fail)?;
    let plan = plan::plan(&local, &state, present.as_ref());
    let done = Deployed {
        target: target.name.clone(),
        url: target.url.clone(),
        plan,
    };
    let cap = opts
        .max_deletes
        .or(settings.max_deletes)
        .unwrap_or(plan::MAX_DELETES);
    if opts.dry_run {
        return Ok(done);
    }
    if done.plan.remove.len() > cap {
        return Err(Diagnostic::new(crate::msg!(
            "deploy-too-many-deletes",
            count = done.plan.remove.len(),
            max = cap,
            target = target.name.as_str()
        ))
        .help(crate::msg!(
            "deploy-too-many-deletes.help",
            count = done.plan.remove.len()
        ))
        .into());
    }
    if done.plan.send.is_empty() && done.plan.remove.is_empty() {
        return Ok(done);
    }
    on(Event::Planned {
        files: done.plan.send.len(),
        bytes: done.plan.bytes,
    });
    let mut uploads: Vec<Upload> = done
        .plan
        .send
        .iter()
        .map(|l| Upload {
            local: l.clone(),
            source: output.join(&l.path),
        })
        .collect();
    let stop_after: Option<usize> = std::env::var(STOP_AFTER).ok().and_then(|v| v.parse().ok());
    if !uploads.is_empty() {
        place
            .write_state(&plan::state_text(&plan::pending(&state, &done.plan)))
            .map_err(fail)?;
        if let Some(n) = stop_after {
            uploads.truncate(n);
        }
        place
            .send(&uploads, &|u: &Upload| on(Event::Sent(u.local.size)))
            .map_err(fail)?;
        if stop_after.is_some() {
            // As if killed: nothing after this point happens.
            std::process::abort();
        }
    }
    place.remove(&done.plan.remove).map_err(fail)?;
    place
        .write_state(&plan::state_text(&plan::after(&state, &done.plan)))
        .map_err(fail)?;
    Ok(done)
}

/// The target named `name`, or the first.
fn choose<'c>(
    settings: &'c DeployConfig,
    name: Option<&str>,
) -> Result<&'c TargetConfig, Diagnostics> {
    let names: Vec<&str> = settings.targets.iter().map(|t| t.name.as_str()).collect();
    let found = match name {
        Some(name) => settings.targets.iter().find(|t| t.name == name),
        None => settings.targets.first(),
    };
    found.ok_or_else(|| {
        let d = match name {
            Some(name) => Diagnostic::in_file(
                crate::input::config::FILE,
                crate::msg!("deploy-no-such-target", name = name),
            )
            .help(if names.is_empty() {
                crate::msg!("deploy-no-targets.help")
            } else {
                crate::msg!("deploy-no-such-target.help", names = names.join(", "))
            }),
            None => {
                Diagnostic::in_file(crate::input::config::FILE, crate::msg!("deploy-no-targets"))
                    .help(crate::msg!("deploy-no-targets.help"))
            }
        };
        d.into()
    })
}

/// Every file of the build in `output` that is published, with its hash;
/// refuses a folder without a finished build, or whose files are not the
/// ones its manifest lists (changed by hand, or a build cut short).
fn built_files(output: &Path, gzip: bool) -> Result<Vec<Local>, Diagnostics> {
    let not_built = |why: String| -> Diagnostics {
        Diagnostic::in_file(output, crate::msg!("deploy-not-built", reason = why))
            .help(crate::msg!("deploy-not-built.help"))
            .into()
    };
    if !output.is_dir() {
        return Err(not_built(crate::msg!("deploy-not-built-missing")));
    }
    let Some(manifest) = crate::write::manifest(output) else {
        return Err(not_built(crate::msg!("deploy-not-built-no-manifest")));
    };
    if output.join(crate::write::STAGING).exists() {
        return Err(not_built(crate::msg!("deploy-not-built-unfinished")));
    }
    let mut paths: Vec<(&String, &u64)> = manifest
        .iter()
        .filter(|(p, _)| !plan::never_sent(p))
        .collect();
    paths.sort();
    let read: Vec<Result<Local, String>> = paths
        .par_iter()
        .map(|(path, &expected)| {
            let file = output.join(path);
            let is_file = fs::symlink_metadata(&file).is_ok_and(|m| m.is_file());
            let bytes = if is_file { fs::read(&file).ok() } else { None };
            match bytes {
                Some(bytes) if crate::hash::bytes(&bytes) == expected => {
                    let mut hash = plan::sha256(&bytes);
                    if gzip && plan::compressible(path) {
                        hash.push_str("+gzip");
                    }
                    Ok(Local {
                        path: (*path).clone(),
                        hash,
                        size: bytes.len() as u64,
                    })
                }
                _ => Err((*path).clone()),
            }
        })
        .collect();
    let mut files = Vec::with_capacity(read.len());
    let mut wrong = Vec::new();
    for r in read {
        match r {
            Ok(l) => files.push(l),
            Err(p) => wrong.push(p),
        }
    }
    if !wrong.is_empty() {
        let shown: Vec<String> = wrong.iter().take(5).map(|p| format!("`{p}`")).collect();
        return Err(not_built(crate::msg!(
            "deploy-not-built-changed",
            files = shown.join(", "),
            more = wrong.len().saturating_sub(5)
        )));
    }
    Ok(files)
}

/// The message for an error the system reported while reading or writing
/// `what`, with what to do.
pub(crate) fn io_failure(what: &str, e: &std::io::Error) -> Failure {
    use std::io::ErrorKind;
    let (message, help) = match e.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => (
            crate::msg!("deploy-disk-full", path = what),
            crate::msg!("deploy-disk-full.help"),
        ),
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => (
            crate::msg!("deploy-no-permission", path = what, error = e.to_string()),
            crate::msg!("deploy-no-permission.help"),
        ),
        _ => (
            crate::msg!("deploy-io", path = what, error = e.to_string()),
            crate::msg!("deploy-io.help"),
        ),
    };
    Failure::new(message, help)
}

impl Deployed {
    /// What was done, for people: with `dry_run`, each file that would be
    /// sent or removed, then the summary.
    pub fn report(&self, dry_run: bool, took: std::time::Duration) -> String {
        let mut out = String::new();
        let p = &self.plan;
        if dry_run {
            for f in &p.send {
                out.push_str(&crate::msg!(
                    "deploy-would-send",
                    path = f.path.as_str(),
                    size = plan::human_bytes(f.size)
                ));
                out.push('\n');
            }
            for path in &p.remove {
                out.push_str(&crate::msg!("deploy-would-remove", path = path.as_str()));
                out.push('\n');
            }
            out.push_str(&crate::msg!(
                "deploy-dry-run-summary",
                target = self.target.as_str(),
                sent = p.send.len(),
                bytes = plan::human_bytes(p.bytes),
                removed = p.remove.len(),
                unchanged = p.unchanged
            ));
        } else {
            out.push_str(&crate::msg!(
                "deploy-summary",
                target = self.target.as_str(),
                url = self.url.as_str(),
                sent = p.send.len(),
                bytes = plan::human_bytes(p.bytes),
                removed = p.remove.len(),
                unchanged = p.unchanged,
                ms = took.as_millis() as u64
            ));
        }
        out.push('\n');
        out
    }
}
