//! The last stage: rendered outputs → files in the output folder.
//!
//! Only runs once every earlier stage succeeded, so a failed build never
//! touches the output. Two ways to write, one promise: a build killed at any
//! moment leaves the previous output or the new one, never a mix, and no
//! file rapport did not write is ever deleted or replaced.
//!
//! - [`swap`], for `rapport build`: the new site is written into a sibling
//!   folder `.NAME.rapport-new` beside the output. Files whose bytes are
//!   unchanged are hard-linked from the old tree (their bytes and
//!   modification time stay), files rapport did not write are linked or
//!   moved across, and the two folders are exchanged with one
//!   `renameat2(RENAME_EXCHANGE)` (two renames where that is missing). The
//!   old tree is then kept as `.NAME.rapport-old`, and the next build that
//!   changes something starts from it, doing only what differs from it. A
//!   build that changes nothing swaps nothing.
//! - [`write_some`], for the preview's private folder: changed files are
//!   staged inside the output and renamed into place one by one, which
//!   costs nothing for the files that did not change.
//!
//! Which files rapport wrote is kept in `.rapport-manifest`, with a hash of
//! each, so unchanged files are found without reading them.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::OutputSpec;
use crate::render::{Body, Output};

/// The list of files rapport wrote, kept in the output folder.
pub(crate) const MANIFEST: &str = ".rapport-manifest";

/// Where the preview writes its new files before moving them into place.
pub(crate) const STAGING: &str = ".rapport-staging";

/// What a write did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Written {
    /// Files written because they are new or changed.
    pub written: usize,
    /// Files left alone because their bytes are the same.
    pub unchanged: usize,
    /// Files of an earlier build removed because the site no longer has them.
    pub removed: usize,
}

/// Refuses an output folder that would overwrite the site's own files, and
/// returns the folder to write to, with `..` resolved.
///
/// `..` is resolved lexically (`public/../content` is `content`, whether or
/// not `public` exists) and again through the links of the parts that
/// exist; both must be safe.
pub(crate) fn check_folder(root: &Path, output: &Path) -> Result<PathBuf, Diagnostic> {
    let refuse = |why: String| {
        Err(Diagnostic::new(crate::msg!(
            "output-refused",
            dir = output.display(),
            reason = why
        ))
        .help(crate::msg!("output-refused.help")))
    };
    let lexical_root = lexical(root);
    let lexical_out = lexical(output);
    let real_root = resolved(root);
    let real_out = resolved(output);
    for (root, out) in [(&lexical_root, &lexical_out), (&real_root, &real_out)] {
        if out == root {
            return refuse(crate::msg!("output-refused-site-folder"));
        }
        if root.starts_with(out) {
            return refuse(crate::msg!("output-refused-contains-site"));
        }
        // The photo cache too: its clean-up would delete the output.
        for own in [
            "content",
            "themes",
            "locales",
            "static",
            crate::photos::CACHE_DIR,
        ] {
            if out.starts_with(root.join(own)) {
                return refuse(crate::msg!("output-refused-inside", folder = own));
            }
        }
        if out.file_name().and_then(|n| n.to_str()) == Some(".git")
            || out.components().any(|c| c.as_os_str() == ".git")
        {
            return refuse(crate::msg!("output-refused-git"));
        }
    }
    if real_out.is_file() {
        return refuse(crate::msg!("output-refused-file"));
    }
    Ok(real_out)
}

/// `path` made absolute, with `.` and `..` resolved as written.
fn lexical(path: &Path) -> PathBuf {
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// `path` made absolute, through the links of the parts that exist, with
/// the rest resolved as written.
fn resolved(path: &Path) -> PathBuf {
    let path = lexical(path);
    let mut existing = path.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            let joined = rest
                .iter()
                .rev()
                .fold(real, |acc: PathBuf, part| acc.join(part));
            return lexical(&joined);
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return path,
        }
    }
}

/// The manifest of `dir`: path → hash of the bytes rapport wrote there.
/// An older manifest without hashes gives hash 0, which matches nothing.
fn read_manifest(dir: &Path) -> Option<HashMap<String, u64>> {
    manifest_column(dir, 1)
}

/// The manifest of the build in `dir` (path → hash of its bytes), or
/// `None` when no build finished there: for `deploy`, which publishes only
/// what a build wrote.
pub(crate) fn manifest(dir: &Path) -> Option<HashMap<String, u64>> {
    read_manifest(dir)
}

/// Takes the lock builds hold on the output folder `dir`, so that no build
/// writes into it while `deploy` reads it; held until dropped.
pub(crate) fn lock(dir: &Path) -> Result<OutputLock, Diagnostic> {
    OutputLock::take(dir)
}

/// The view hash of every file of the last build in `dir` (see
/// `Renderer::view_hashes`); empty when there was none.
pub(crate) fn read_views(dir: &Path) -> HashMap<String, u64> {
    manifest_column(dir, 2).unwrap_or_default()
}

/// One column of the manifest's lines `path TAB hash TAB view`, by path; 0
/// where a line lacks it (a manifest of an older rapport).
fn manifest_column(dir: &Path, column: usize) -> Option<HashMap<String, u64>> {
    let text = fs::read_to_string(dir.join(MANIFEST)).ok()?;
    Some(
        text.lines()
            .filter(|l| !l.is_empty())
            .filter_map(|l| {
                let mut fields = l.split('\t');
                let path = fields.next()?;
                let value = fields
                    .nth(column - 1)
                    .and_then(|v| u64::from_str_radix(v, 16).ok())
                    .unwrap_or(0);
                safe_relative(path).then(|| (path.to_string(), value))
            })
            .collect(),
    )
}

fn manifest_text<'p>(
    hashes: impl IntoIterator<Item = (&'p str, u64)>,
    views: &HashMap<&str, u64>,
) -> String {
    use std::fmt::Write;
    let mut list: Vec<(&str, u64)> = hashes.into_iter().collect();
    list.sort_unstable();
    let mut text = String::with_capacity(list.len() * 80);
    for (path, hash) in list {
        let view = views.get(path).copied().unwrap_or(0);
        let _ = writeln!(text, "{path}\t{hash:016x}\t{view:016x}");
    }
    text
}

/// A manifest line rapport could have written: relative, no `..`.
fn safe_relative(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && path
            .split('/')
            .all(|p| !p.is_empty() && p != ".." && p != ".")
}

/// Files in `dir` that rapport did not write and that the site would
/// replace: paths of `all` that exist there but are not in the manifest.
fn foreign_in_the_way(
    dir: &Path,
    manifest: Option<&HashMap<String, u64>>,
    all: &[&str],
) -> Vec<String> {
    let empty = fs::read_dir(dir).map_or(true, |mut d| d.next().is_none());
    if empty {
        return Vec::new();
    }
    all.iter()
        .filter(|p| manifest.is_none_or(|m| !m.contains_key(**p)))
        .filter(|p| fs::symlink_metadata(dir.join(p)).is_ok())
        .map(|p| p.to_string())
        .collect()
}

fn refuse_foreign(dir: &Path, foreign: &[String]) -> Diagnostics {
    let shown: Vec<String> = foreign.iter().take(5).map(|p| format!("`{p}`")).collect();
    Diagnostics(vec![Diagnostic::in_file(
        dir,
        crate::msg!(
            "output-foreign",
            files = shown.join(", "),
            more = foreign.len().saturating_sub(5)
        ),
    )
    .help(crate::msg!("output-foreign.help"))])
}

fn io_error(path: &Path, e: io::Error) -> Diagnostic {
    Diagnostic::in_file(path, crate::msg!("output-unwritable", error = e))
        .help(crate::msg!("output-unwritable.help"))
}

/// The hash the manifest keeps for an output's bytes.
fn hash_of(bytes: &[u8]) -> u64 {
    crate::hash::bytes(bytes)
}

/// The sibling folder a new tree is written into.
fn new_tree(dir: &Path) -> PathBuf {
    beside(dir, "new")
}

/// The sibling folder that keeps the tree a swap took out, for the next
/// build to start from.
fn spare_tree(dir: &Path) -> PathBuf {
    beside(dir, "old")
}

/// `.NAME.rapport-WHAT` beside the output folder `dir`.
fn beside(dir: &Path, what: &str) -> PathBuf {
    let name = dir
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    dir.with_file_name(format!(".{name}.rapport-{what}"))
}

/// The list, in a spare tree, of what in it rapport did not write: `d PATH`
/// for a folder, `f PATH` for a file.
const FOREIGN: &str = ".rapport-foreign";

/// What a spare tree holds: its files by its manifest, and the folders and
/// files rapport did not write, by its list of them.
type Spare = (HashMap<String, u64>, Vec<String>, Vec<String>);

/// What the spare tree at `spare` holds, when it can be trusted: only a
/// tree rapport kept itself, known by the folder's identity on the disk
/// (device and inode), which its list records and which a copied, cloned
/// or unpacked folder cannot carry. Anything else beside the output is
/// removed, never written into.
fn read_spare(spare: &Path) -> Option<Spare> {
    if !fs::symlink_metadata(spare).is_ok_and(|m| m.is_dir()) {
        return None;
    }
    let list = fs::read_to_string(spare.join(FOREIGN)).ok()?;
    let mut lines = list.lines();
    if lines.next()? != identity_line(spare)? {
        return None;
    }
    let manifest = read_manifest(spare)?;
    let (mut dirs, mut files) = (Vec::new(), Vec::new());
    for line in lines {
        match line.split_once(' ') {
            Some(("d", path)) if safe_relative(path) => dirs.push(path.to_string()),
            Some(("f", path)) if safe_relative(path) => files.push(path.to_string()),
            _ => return None,
        }
    }
    Some((manifest, dirs, files))
}

/// Keeps the tree a swap took out (at `old`) as the spare beside `dir`,
/// with the list of what in it rapport did not write; removes it when that
/// cannot be done.
fn keep_spare(dir: &Path, old: &Path, foreign_dirs: &[String], foreign_files: &[String]) {
    // The folder keeps its identity through the rename below.
    let Some(mut list) = identity_line(old) else {
        let _ = fs::remove_dir_all(old);
        return;
    };
    list.push('\n');
    for d in foreign_dirs {
        list.push_str(&format!("d {d}\n"));
    }
    for f in foreign_files {
        list.push_str(&format!("f {f}\n"));
    }
    let spare = spare_tree(dir);
    // A spare that was there is one the build could not trust.
    if fs::symlink_metadata(&spare).is_ok() {
        let _ = fs::remove_dir_all(&spare);
    }
    // A file of that name there is the site owner's, linked: not written through.
    let kept =
        write_new(&old.join(FOREIGN), list.as_bytes()).is_ok() && fs::rename(old, &spare).is_ok();
    if !kept {
        // The next build's `recover` finishes this if it is interrupted.
        let _ = fs::remove_dir_all(old);
    }
}

/// The first line of a spare tree's list: the folder's device and inode.
fn identity_line(tree: &Path) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let m = fs::symlink_metadata(tree).ok()?;
        Some(format!("i {} {}", m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        // Without an identity to check, no spare tree is trusted.
        let _ = tree;
        None
    }
}

/// The lock a build holds on its output folder while it writes, so that two
/// builds into one output never meet: `.NAME.rapport-lock` beside it, held
/// with `flock` (released by the system when the build ends, however it
/// ends). The second build fails at once with a clear message.
pub(crate) struct OutputLock(#[allow(dead_code)] fs::File);

impl OutputLock {
    fn take(dir: &Path) -> Result<Self, Diagnostic> {
        let path = beside(dir, "lock");
        let failed = |e: io::Error| {
            Diagnostic::new(crate::msg!(
                "output-lock-failed",
                lock = path.display(),
                error = e
            ))
            .help(crate::msg!(
                "output-lock-failed.help",
                lock = path.display()
            ))
        };
        let mut options = fs::OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            // Never through a link: a received folder may hold one here.
            options.custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC);
        }
        let file = options.open(&path).map_err(failed)?;
        #[cfg(unix)]
        {
            use std::os::unix::io::AsRawFd;
            // SAFETY: the descriptor is open and owned by `file`.
            if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } != 0 {
                let e = io::Error::last_os_error();
                if e.raw_os_error() == Some(libc::EWOULDBLOCK) {
                    return Err(
                        Diagnostic::new(crate::msg!("output-locked", dir = dir.display()))
                            .help(crate::msg!("output-locked.help", lock = path.display())),
                    );
                }
                return Err(failed(e));
            }
        }
        Ok(Self(file))
    }
}

/// Removes what a killed build left beside `dir`: a new tree never swapped
/// in, or an old one swapped out. Either holds only rapport's files and
/// links to files that are also in `dir`, so nothing is lost.
fn recover(dir: &Path) -> Result<(), Diagnostic> {
    let side = new_tree(dir);
    match fs::symlink_metadata(&side) {
        Ok(_) => fs::remove_dir_all(&side).map_err(|e| io_error(&side, e)),
        Err(_) => Ok(()),
    }
}

/// What in `tree` rapport did not write, by its manifest, as relative
/// paths: the folders (`.git/`, to be made again) and the files (`CNAME`,
/// `.git/config`, to be linked). A folder that cannot be read is an error:
/// what is in it would be lost. So is a symbolic link where the manifest
/// has a file or a folder of rapport's (a received output folder's): the
/// build would read or write through it.
fn foreign_entries(
    tree: &Path,
    manifest: &HashMap<String, u64>,
) -> Result<(Vec<String>, Vec<String>), Diagnostic> {
    let mut owned_dirs: HashSet<&str> = HashSet::new();
    for path in manifest.keys() {
        let mut p = path.as_str();
        while let Some((parent, _)) = p.rsplit_once('/') {
            if !owned_dirs.insert(parent) {
                break;
            }
            p = parent;
        }
    }
    let mut dirs = Vec::new();
    let mut files = Vec::new();
    let mut walk = walkdir::WalkDir::new(tree).min_depth(1).into_iter();
    while let Some(entry) = walk.next() {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(tree).to_path_buf();
            io_error(&path, e.into())
        })?;
        let rel = entry
            .path()
            .strip_prefix(tree)
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        if rel == MANIFEST || rel == STAGING {
            if entry.file_type().is_dir() {
                walk.skip_current_dir();
            }
            continue;
        }
        if entry.file_type().is_symlink()
            && (owned_dirs.contains(rel.as_str()) || manifest.contains_key(&rel))
        {
            return Err(Diagnostic::new(crate::msg!(
                "output-link-in-the-way",
                path = entry.path().display()
            ))
            .help(crate::msg!("output-link-in-the-way.help")));
        }
        if entry.file_type().is_dir() {
            if !owned_dirs.contains(rel.as_str()) {
                dirs.push(rel);
            }
        } else if !manifest.contains_key(&rel) {
            files.push(rel);
        }
    }
    Ok((dirs, files))
}

/// Exchanges the folders `a` and `b` in one step where the system can.
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use std::ffi::CString;
        use std::os::unix::ffi::OsStrExt;
        let ca = CString::new(a.as_os_str().as_bytes())?;
        let cb = CString::new(b.as_os_str().as_bytes())?;
        // SAFETY: both are valid NUL-terminated paths that outlive the call.
        let rc = unsafe {
            libc::renameat2(
                libc::AT_FDCWD,
                ca.as_ptr(),
                libc::AT_FDCWD,
                cb.as_ptr(),
                libc::RENAME_EXCHANGE,
            )
        };
        if rc == 0 {
            return Ok(());
        }
        let e = io::Error::last_os_error();
        if !matches!(e.raw_os_error(), Some(libc::EINVAL | libc::ENOSYS)) {
            return Err(e);
        }
    }
    // Elsewhere: two renames, with a moment in which `a` does not exist.
    let parked = a.with_extension("rapport-old");
    fs::rename(a, &parked)?;
    fs::rename(b, a)?;
    fs::rename(&parked, b)
}

/// How a build writes its output folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A new tree, made beside the output folder and swapped in whole
    /// ([`swap`]): `rapport build`. With `force`, files in the output
    /// folder that rapport did not write may be replaced.
    Swap {
        /// Replace files rapport did not write.
        force: bool,
    },
    /// Changed files written in place, one rename each ([`write_some`]):
    /// the preview's private folder, where a rebuild must cost only what
    /// changed. The preview also keeps its last model and leaves the
    /// findings to `check`.
    InPlace,
}

impl Default for Target {
    fn default() -> Target {
        Target::Swap { force: false }
    }
}

/// How many outputs are rendered at a time while the previous slice is
/// written: enough to keep both cores busy, few enough that memory holds
/// the model and a slice, not the site.
pub(crate) const SLICE: usize = 256;

/// Writes the whole site as a new tree beside `dir` and swaps it in, unless
/// nothing changed. `specs` (the outputs whose view changed) are rendered by
/// `render`, a slice at a time, while the slice before is written; the rest
/// of `site`, every file the site has, are linked from the old tree (or
/// rendered, if they are missing there). `views` are the view hashes of
/// `site`, for the manifest; with `force`, files rapport did not write may
/// be replaced.
pub(crate) fn swap<F>(
    specs: &[OutputSpec],
    render: F,
    site: &[OutputSpec],
    views: &[u64],
    dir: &Path,
    force: bool,
) -> Result<Written, Diagnostics>
where
    F: Fn(&[OutputSpec]) -> Result<Vec<Output>, Diagnostics> + Sync,
{
    let all: Vec<&str> = site.iter().map(|o| o.path.as_str()).collect();
    let all = all.as_slice();
    let views: HashMap<&str, u64> = all.iter().copied().zip(views.iter().copied()).collect();
    let _lock = OutputLock::take(dir)?;
    recover(dir)?;
    let manifest = read_manifest(dir);
    if !force {
        let foreign = foreign_in_the_way(dir, manifest.as_ref(), all);
        if !foreign.is_empty() {
            return Err(refuse_foreign(dir, &foreign));
        }
    }
    let old = manifest.unwrap_or_default();
    let exists = dir.is_dir();
    let new = new_tree(dir);
    // The tree the last swap took out, if it can be trusted, is where the
    // new one starts: only what differs from it is written, linked or
    // removed. It becomes the new tree when the first file is written.
    let tree = NewTree {
        root: new.clone(),
        made: Folders::default(),
        started: std::sync::OnceLock::new(),
        spare: exists.then(|| spare_tree(dir)),
        now: all,
    };

    // 1. Render and write at once: each slice is rendered while the one
    //    before is written, so the disk and the processors work together.
    //    A file whose hash the manifest already has is not written (it is
    //    linked below, if anything changed at all).
    let mut hashes: HashMap<String, u64> = HashMap::new();
    let mut wrote: HashSet<String> = HashSet::new();
    let mut written = Written::default();
    let mut problems: Vec<Diagnostic> = Vec::new();
    let mut slices = specs.chunks(SLICE);
    let mut pending = slices.next().map(&render);
    while let Some(result) = pending.take() {
        let next = slices.next();
        let (rendered, done) = rayon::join(
            || next.map(&render),
            || match result {
                Ok(outputs) if problems.is_empty() => tree.write(&outputs, &old, dir),
                Ok(_) => Vec::new(),
                Err(Diagnostics(list)) => list.into_iter().map(Err).collect(),
            },
        );
        for r in done {
            match r {
                Ok((path, hash, true)) => {
                    written.written += 1;
                    hashes.insert(path.clone(), hash);
                    wrote.insert(path);
                }
                Ok((path, hash, false)) => {
                    hashes.insert(path, hash);
                }
                Err(d) => problems.push(d),
            }
        }
        pending = rendered;
    }
    let cleanup = |problems: Vec<Diagnostic>| {
        if tree.started.get().is_some() {
            let _ = fs::remove_dir_all(&new);
        }
        Diagnostics(problems)
    };
    if !problems.is_empty() {
        return Err(cleanup(problems));
    }
    let now: BTreeSet<&str> = all.iter().copied().collect();
    written.removed = old.keys().filter(|p| !now.contains(p.as_str())).count();
    // Nothing to write: the build is done, unless a file of the last build
    // was removed by hand since (it is made again below).
    let intact = || {
        all.par_iter()
            .all(|p| fs::symlink_metadata(dir.join(p)).is_ok())
    };
    if exists && written.written == 0 && written.removed == 0 && old.len() == now.len() && intact()
    {
        written.unchanged = all.len();
        // The same files; only what they were made from may be new to the
        // manifest (an older rapport's, or a view that gave the same bytes).
        if read_views(dir) != views.iter().map(|(p, v)| (p.to_string(), *v)).collect() {
            let hashes: HashMap<&str, u64> = old.iter().map(|(p, h)| (p.as_str(), *h)).collect();
            write_manifest(dir, hashes.iter().map(|(p, h)| (*p, *h)), &views)?;
        }
        return Ok(written);
    }
    if let Err(e) = tree.start() {
        return Err(cleanup(vec![io_error(dir, e)]));
    }

    // 2. Every file not written (unchanged, or not rendered this time) is a
    //    hard link to the old one: same bytes, same modification time.
    let rest: Vec<&str> = all
        .iter()
        .copied()
        .filter(|p| !wrote.contains(*p))
        .collect();
    // The spare tree's files, when the new tree is it.
    let held = tree.held();
    let linked: Vec<Result<&str, (&str, io::Error)>> = rest
        .par_iter()
        .map(|path| {
            let dest = new.join(path);
            // The spare's file is the live one (a link to it, by the
            // manifests and by the file itself): it is kept.
            let same = old.get(*path).filter(|&&h| h != 0);
            if same.is_some()
                && held.and_then(|h| h.get(*path)) == same
                && same_file(&dest, &dir.join(path))
            {
                return Ok(*path);
            }
            tree.made
                .parent_of(&dest)
                .and_then(|()| replace_with_link(&dir.join(path), &dest))
                .map(|()| *path)
                .map_err(|e| (*path, e))
        })
        .collect();
    // Files the last build made but someone removed since are made again.
    let missing: HashSet<&str> = linked
        .iter()
        .filter_map(|r| match r {
            Err((path, e)) if e.kind() == io::ErrorKind::NotFound => Some(*path),
            _ => None,
        })
        .collect();
    if !missing.is_empty() {
        let specs: Vec<OutputSpec> = site
            .iter()
            .filter(|o| missing.contains(o.path.as_str()))
            .cloned()
            .collect();
        match render(&specs) {
            Ok(outputs) => {
                for r in tree.write(&outputs, &HashMap::new(), dir) {
                    match r {
                        Ok((path, hash, _)) => {
                            written.written += 1;
                            hashes.insert(path, hash);
                        }
                        Err(d) => problems.push(d),
                    }
                }
            }
            Err(Diagnostics(list)) => problems.extend(list),
        }
    }
    for r in linked {
        match r {
            Err((path, _)) if missing.contains(path) => {}
            Err((path, e)) => problems.push(io_error(&dir.join(path), e)),
            Ok(path) => {
                written.unchanged += 1;
                let hash = hashes
                    .get(path)
                    .copied()
                    .or_else(|| old.get(path).copied())
                    .unwrap_or(0);
                hashes.insert(path.to_string(), hash);
            }
        }
    }

    // 3. Files rapport did not write come along as hard links, folders
    //    (`.git/`) made again around them: both trees hold them until the
    //    swap, so no moment exists in which they are missing.
    let (foreign_dirs, foreign_files) = if exists {
        match foreign_entries(dir, &old) {
            Ok(found) => found,
            Err(d) => return Err(cleanup(vec![d])),
        }
    } else {
        (Vec::new(), Vec::new())
    };
    for rel in &foreign_dirs {
        if let Err(e) = fs::create_dir_all(new.join(rel)) {
            problems.push(io_error(&dir.join(rel), e));
        }
    }
    for rel in &foreign_files {
        if hashes.contains_key(rel.as_str()) {
            continue; // replaced on purpose, with --force
        }
        let dest = new.join(rel);
        if let Err(e) = tree
            .made
            .parent_of(&dest)
            .and_then(|()| fs::hard_link(dir.join(rel), &dest))
        {
            problems.push(io_error(&dir.join(rel), e));
        }
    }
    if !problems.is_empty() {
        return Err(cleanup(problems));
    }
    let list: HashMap<&str, u64> = hashes.iter().map(|(p, h)| (p.as_str(), *h)).collect();
    let manifest = manifest_text(list.iter().map(|(p, h)| (*p, *h)), &views);
    if let Err(e) = write_new(&new.join(MANIFEST), manifest.as_bytes()) {
        return Err(cleanup(vec![io_error(dir, e)]));
    }

    // 4. The swap: one step. Before it the old site is in place, after it the new.
    if exists {
        if let Err(e) = exchange(dir, &new) {
            return Err(cleanup(vec![io_error(dir, e)]));
        }
        // The old tree, now at `new`, is kept for the next build to start
        // from; if this is interrupted, the next build's `recover` removes it.
        keep_spare(dir, &new, &foreign_dirs, &foreign_files);
    } else if let Err(e) = fs::rename(&new, dir) {
        return Err(cleanup(vec![io_error(dir, e)]));
    }
    Ok(written)
}

/// The tree a build writes into, made when the first changed file needs it:
/// the spare tree moved into place, or a new folder.
struct NewTree<'a> {
    root: PathBuf,
    made: Folders,
    /// Once started: what the spare tree held, when the tree is it.
    started: std::sync::OnceLock<Result<Option<Spare>, String>>,
    /// The spare tree to start from, if there is one and it can be trusted.
    spare: Option<PathBuf>,
    /// The paths of the files the site now has.
    now: &'a [&'a str],
}

impl NewTree<'_> {
    fn start(&self) -> io::Result<()> {
        self.started
            .get_or_init(|| {
                if let Some(spare) = &self.spare {
                    if let Some(held) = read_spare(spare) {
                        if fs::rename(spare, &self.root).is_ok() {
                            self.clear_spare(&held);
                            return Ok(Some(held));
                        }
                    }
                }
                fs::create_dir_all(&self.root)
                    .map(|()| None)
                    .map_err(|e| e.to_string())
            })
            .as_ref()
            .map(|_| ())
            .map_err(|e| io::Error::other(e.clone()))
    }

    /// Removes from the spare tree, before anything is written into it,
    /// what rapport did not write (symbolic links among it: nothing is
    /// ever written through them; it is all linked again from the live
    /// tree before the swap) and the files the site no longer has.
    fn clear_spare(&self, (held, dirs, files): &Spare) {
        let now: HashSet<&str> = self.now.iter().copied().collect();
        for path in files {
            remove_with_empty_parents(&self.root, path);
        }
        for path in dirs.iter().rev() {
            let _ = fs::remove_dir(self.root.join(path));
        }
        for path in held.keys().filter(|p| !now.contains(p.as_str())) {
            remove_with_empty_parents(&self.root, path);
        }
        let _ = fs::remove_file(self.root.join(FOREIGN));
    }

    /// The files of the spare tree by its manifest, when the tree is it.
    fn held(&self) -> Option<&HashMap<String, u64>> {
        match self.started.get() {
            Some(Ok(Some((held, _, _)))) => Some(held),
            _ => None,
        }
    }

    /// Writes the outputs whose bytes differ from the manifest's record;
    /// each result is (path, hash, whether written).
    fn write(
        &self,
        outputs: &[Output],
        old: &HashMap<String, u64>,
        dir: &Path,
    ) -> Vec<Result<(String, u64, bool), Diagnostic>> {
        outputs
            .par_iter()
            .map(|o| {
                let fail = |e: io::Error| io_error(&dir.join(&o.path), e);
                let bytes = match &o.body {
                    Body::Bytes(b) => std::borrow::Cow::Borrowed(b.as_slice()),
                    Body::Copy(source) => std::borrow::Cow::Owned(fs::read(source).map_err(fail)?),
                };
                let hash = hash_of(&bytes);
                if old.get(&o.path) == Some(&hash) {
                    return Ok((o.path.clone(), hash, false));
                }
                self.start().map_err(fail)?;
                let dest = self.root.join(&o.path);
                self.made.parent_of(&dest).map_err(fail)?;
                write_new(&dest, &bytes).map_err(fail)?;
                Ok((o.path.clone(), hash, true))
            })
            .collect()
    }
}

/// Writes `bytes` to a new file at `path`, never into a file that is there:
/// in a tree started from the spare one, that may be a hard link to a file
/// of the site being served.
fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let open = || {
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
    };
    let mut file = match open() {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            remove_any(path)?;
            open()?
        }
        other => other?,
    };
    file.write_all(bytes)
}

/// Whether `a` and `b` are the same file (hard links to one another).
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (fs::symlink_metadata(a), fs::symlink_metadata(b)) {
            (Ok(a), Ok(b)) => a.is_file() && a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        false
    }
}

/// Makes `dest` a hard link to `source`, replacing what is at `dest`.
fn replace_with_link(source: &Path, dest: &Path) -> io::Result<()> {
    match fs::hard_link(source, dest) {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            remove_any(dest)?;
            fs::hard_link(source, dest)
        }
        other => other,
    }
}

/// Removes the file or folder at `path` of a new tree (a spare tree's
/// folder where a file now goes holds only links and copies).
fn remove_any(path: &Path) -> io::Result<()> {
    if fs::symlink_metadata(path)?.is_dir() {
        fs::remove_dir_all(path)
    } else {
        fs::remove_file(path)
    }
}

/// Removes the file `path` of `tree` and the folders above it that it
/// leaves empty.
fn remove_with_empty_parents(tree: &Path, path: &str) {
    let file = tree.join(path);
    if fs::remove_file(&file).is_err() {
        return;
    }
    let mut parent = file.parent();
    while let Some(p) = parent.filter(|p| *p != tree) {
        if fs::remove_dir(p).is_err() {
            break;
        }
        parent = p.parent();
    }
}

/// The folders made so far in a new tree, so each is made once.
#[derive(Default)]
struct Folders(std::sync::Mutex<HashSet<PathBuf>>);

impl Folders {
    fn parent_of(&self, file: &Path) -> io::Result<()> {
        let Some(parent) = file.parent() else {
            return Ok(());
        };
        if self.0.lock().is_ok_and(|m| m.contains(parent)) {
            return Ok(());
        }
        if fs::create_dir_all(parent).is_err() {
            // In a tree started from the spare one, a file may stand where
            // a folder now goes: it is removed (another thread may have
            // removed it already).
            let blocking = parent
                .ancestors()
                .find(|p| fs::symlink_metadata(p).is_ok_and(|m| !m.is_dir()));
            if let Some(file) = blocking {
                match fs::remove_file(file) {
                    Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                    _ => {}
                }
            }
            fs::create_dir_all(parent)?;
        }
        if let Ok(mut m) = self.0.lock() {
            let mut p = Some(parent);
            while let Some(dir) = p {
                if !m.insert(dir.to_path_buf()) {
                    break;
                }
                p = dir.parent();
            }
        }
        Ok(())
    }
}

/// When [`write_some`] writes the manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Manifest {
    /// With the files.
    Now,
    /// With a later write, when the files are the same as before and only
    /// some changed: the preview writes its pages, tells them to reload,
    /// then writes the feeds and search indexes and the manifest.
    Later,
}

/// One file staged in place: its path when it changed, its path, its hash.
type Staged<'a> = (Option<&'a str>, &'a str, u64);

/// Writes `outputs`, some of the site's files, in place; `all` are the paths
/// of every file the site now has, so files of an earlier build not among
/// them are removed, and `views` their view hashes, for the manifest. Each
/// file is staged, then renamed into place. `manifest` is the manifest this
/// process last wrote there, kept by the caller so that it is not read
/// again; `None` reads it from `dir`. `when` may put off writing it.
pub(crate) fn write_some(
    outputs: &[Output],
    all: &[&str],
    views: &HashMap<&str, u64>,
    dir: &Path,
    manifest: &mut Option<HashMap<String, u64>>,
    when: Manifest,
) -> Result<Written, Diagnostics> {
    fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    let before = match manifest.take() {
        // What this process wrote last: nobody else writes there.
        Some(kept) => kept,
        None => {
            let before = read_manifest(dir);
            let foreign = foreign_in_the_way(dir, before.as_ref(), all);
            if !foreign.is_empty() {
                return Err(refuse_foreign(dir, &foreign));
            }
            before.unwrap_or_default()
        }
    };
    let staging = dir.join(STAGING);
    // A build that was killed may have left its staging folder behind.
    let _ = fs::remove_dir_all(&staging);
    fs::create_dir_all(&staging).map_err(|e| io_error(dir, e))?;

    // 1. Every new or changed file is written into the staging folder; the
    //    output is not touched, so a build stopped here changes nothing.
    let results: Vec<Result<Staged<'_>, Diagnostic>> = outputs
        .par_iter()
        .map(|o| {
            let staged = staging.join(&o.path);
            stage(&dir.join(&o.path), &staged, &o.body)
                .map(|(changed, hash)| (changed.then_some(o.path.as_str()), o.path.as_str(), hash))
                .map_err(|e| io_error(&dir.join(&o.path), e))
        })
        .collect();
    let mut written = Written::default();
    let mut changed = Vec::new();
    let mut problems = Vec::new();
    let mut hashes: HashMap<&str, u64> = HashMap::new();
    for r in results {
        match r {
            Ok((Some(path), p, hash)) => {
                changed.push(path);
                hashes.insert(p, hash);
            }
            Ok((None, p, hash)) => {
                written.unchanged += 1;
                hashes.insert(p, hash);
            }
            Err(d) => problems.push(d),
        }
    }
    if !problems.is_empty() {
        let _ = fs::remove_dir_all(&staging);
        return Err(Diagnostics(problems));
    }
    // The same files as before, some changed (the preview after an edit):
    // the manifest is the old one with new hashes, and nothing goes.
    if all.len() == before.len() && all.iter().all(|p| before.contains_key(*p)) {
        let mut after = before;
        for (path, hash) in hashes {
            if let Some(old) = after.get_mut(path) {
                *old = hash;
            }
        }
        if when == Manifest::Now {
            write_manifest(dir, after.iter().map(|(p, h)| (p.as_str(), *h)), views)?;
        }
        written.written += move_into_place(&changed, &staging, dir)?;
        *manifest = Some(after);
        return Ok(written);
    }
    for path in all {
        if !hashes.contains_key(path) {
            hashes.insert(path, before.get(*path).copied().unwrap_or(0));
        }
    }

    // 2. The manifest lists old and new files before anything moves, so a
    //    build stopped from here on never loses track of a file.
    let mut union = hashes.clone();
    for (path, hash) in &before {
        union.entry(path.as_str()).or_insert(*hash);
    }
    write_manifest(dir, union.iter().map(|(p, h)| (*p, *h)), views)?;

    // 3. Only renames: the new files move into place in one quick pass.
    written.written += move_into_place(&changed, &staging, dir)?;

    // 4. Files this build no longer makes go.
    for old in before.keys().filter(|l| !hashes.contains_key(l.as_str())) {
        let path = dir.join(old);
        if fs::remove_file(&path).is_ok() {
            written.removed += 1;
            let mut parent = path.parent();
            while let Some(p) = parent.filter(|p| *p != dir) {
                if fs::remove_dir(p).is_err() {
                    break;
                }
                parent = p.parent();
            }
        }
    }
    if union.len() != hashes.len() {
        write_manifest(dir, hashes.iter().map(|(p, h)| (*p, *h)), views)?;
    }
    *manifest = Some(
        hashes
            .into_iter()
            .map(|(path, hash)| (path.to_string(), hash))
            .collect(),
    );
    Ok(written)
}

/// Renames the staged files `changed` from `staging` into `dir`, then
/// removes `staging`; how many moved.
fn move_into_place(changed: &[&str], staging: &Path, dir: &Path) -> Result<usize, Diagnostics> {
    for path in changed {
        let dest = dir.join(path);
        if let Some(parent) = dest.parent() {
            fs::create_dir_all(parent).map_err(|e| io_error(parent, e))?;
        }
        fs::rename(staging.join(path), &dest).map_err(|e| io_error(&dest, e))?;
    }
    let _ = fs::remove_dir_all(staging);
    Ok(changed.len())
}

fn write_manifest<'p>(
    dir: &Path,
    hashes: impl IntoIterator<Item = (&'p str, u64)>,
    views: &HashMap<&str, u64>,
) -> Result<(), Diagnostics> {
    let manifest = dir.join(MANIFEST);
    let tmp = dir.join(format!("{MANIFEST}.tmp"));
    fs::write(&tmp, manifest_text(hashes, views))
        .map_err(|e| Diagnostics(vec![io_error(&manifest, e)]))?;
    fs::rename(&tmp, &manifest).map_err(|e| Diagnostics(vec![io_error(&manifest, e)]))
}

/// Writes `body` to `staged` unless `dest` already holds the same bytes;
/// true when staged, with the hash of the bytes.
fn stage(dest: &Path, staged: &Path, body: &Body) -> io::Result<(bool, u64)> {
    let bytes = match body {
        Body::Bytes(b) => std::borrow::Cow::Borrowed(b.as_slice()),
        Body::Copy(source) => std::borrow::Cow::Owned(fs::read(source)?),
    };
    let hash = hash_of(&bytes);
    if let Ok(meta) = fs::metadata(dest) {
        if meta.len() == bytes.len() as u64 && fs::read(dest).is_ok_and(|old| old == *bytes) {
            return Ok((false, hash));
        }
    }
    if let Some(parent) = staged.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(staged, &bytes)?;
    Ok((true, hash))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_the_site_and_its_source_folders() {
        let root = tempfile::tempdir().expect("temp dir");
        assert!(check_folder(root.path(), root.path()).is_err());
        assert!(check_folder(root.path(), &root.path().join("content")).is_err());
        assert!(check_folder(root.path(), &root.path().join("static/x")).is_err());
        assert!(check_folder(&root.path().join("site"), root.path()).is_err());
        assert!(check_folder(root.path(), &root.path().join("public")).is_ok());
    }

    /// Writes `outputs` in place into `dir` (the preview's private folder),
    /// leaving unchanged files alone and removing files of an earlier build
    /// that are no longer produced.
    fn write(outputs: &[Output], dir: &Path) -> Result<Written, Diagnostics> {
        let all: Vec<&str> = outputs.iter().map(|o| o.path.as_str()).collect();
        write_some(
            outputs,
            &all,
            &HashMap::new(),
            dir,
            &mut None,
            Manifest::Now,
        )
    }

    #[test]
    fn unchanged_files_are_left_alone_and_stale_ones_removed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = |path: &str, text: &str| Output {
            path: path.into(),
            body: Body::Bytes(text.as_bytes().to_vec()),
        };
        fs::write(dir.path().join("CNAME"), "example.org").expect("write");
        let first = write(
            &[out("a/index.html", "A"), out("b/index.html", "B")],
            dir.path(),
        )
        .expect("write");
        assert_eq!(first.written, 2);
        let second = write(&[out("a/index.html", "A")], dir.path()).expect("write");
        assert_eq!(
            second,
            Written {
                written: 0,
                unchanged: 1,
                removed: 1
            }
        );
        assert!(!dir.path().join("b").exists());
        assert!(dir.path().join("CNAME").exists());
    }
}
