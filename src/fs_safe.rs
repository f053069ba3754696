//! Writing into a site without ever going through a symbolic link, and
//! without leaving half a job behind.
//!
//! `init`, `new` and `import` create files whose paths come partly from
//! data (an archive's slugs and file names). Every such path must be a
//! plain relative path (`a/b/c`, no `..`, no absolute part), and no part of
//! it inside the site may be a symbolic link, dangling or not: a link is
//! reported by name instead of written through. Files are created with
//! `create_new` (which never follows a link at the last part) and folders
//! one at a time; a job that fails half-way removes what it created.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::diagnostics::Diagnostic;

/// What is at a path inside the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum State {
    /// Nothing: the file can be created.
    Absent,
    /// A regular file.
    File,
}

/// Why a path cannot be written.
#[derive(Debug)]
pub(crate) enum Blocked {
    /// Not a plain relative path.
    NotPlain(String),
    /// This part of the path is a symbolic link (to where it leads, as written).
    Link(String, PathBuf),
    /// This part is a file where a folder must be.
    NotFolder(String),
    /// The path is a folder where a file must be.
    Folder(String),
    /// This part could not be looked at.
    Unreadable(String, io::Error),
}

impl Blocked {
    /// The problem, naming the path relative to the site (or `shown` prefix).
    pub(crate) fn diagnostic(&self, base: &Path) -> Diagnostic {
        match self {
            Blocked::NotPlain(rel) => {
                Diagnostic::in_file(base.join(rel), crate::msg!("safe-write-not-plain"))
                    .help(crate::msg!("safe-write-not-plain.help"))
            }
            Blocked::Link(rel, target) => Diagnostic::in_file(
                base.join(rel),
                crate::msg!("safe-write-link", target = target.display()),
            )
            .help(crate::msg!("safe-write-link.help")),
            Blocked::NotFolder(rel) => {
                Diagnostic::in_file(base.join(rel), crate::msg!("safe-write-not-folder"))
                    .help(crate::msg!("safe-write-not-folder.help"))
            }
            Blocked::Folder(rel) => {
                Diagnostic::in_file(base.join(rel), crate::msg!("safe-write-folder"))
                    .help(crate::msg!("safe-write-folder.help"))
            }
            Blocked::Unreadable(rel, e) => Diagnostic::in_file(
                base.join(rel),
                crate::msg!("safe-write-unreadable", error = e),
            )
            .help(crate::msg!("safe-write-unreadable.help")),
        }
    }
}

/// Whether `rel` is a plain relative path: parts separated by `/`, none of
/// them empty, `.` or `..`, no backslash, no NUL, not absolute.
pub(crate) fn is_plain(rel: &str) -> bool {
    !rel.is_empty()
        && !rel.contains(['\\', '\0'])
        && rel
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
        && Path::new(rel)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
}

/// What is at `root/rel`, looking at every part of `rel` without following
/// a link. An error names the first part that stands in the way.
pub(crate) fn state(root: &Path, rel: &str) -> Result<State, Blocked> {
    if !is_plain(rel) {
        return Err(Blocked::NotPlain(rel.to_string()));
    }
    let parts: Vec<&str> = rel.split('/').collect();
    let mut path = root.to_path_buf();
    for (i, part) in parts.iter().enumerate() {
        path.push(part);
        let shown = parts[..=i].join("/");
        let last = i + 1 == parts.len();
        match fs::symlink_metadata(&path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(State::Absent),
            Err(e) => return Err(Blocked::Unreadable(shown, e)),
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&path).unwrap_or_default();
                return Err(Blocked::Link(shown, target));
            }
            Ok(meta) if last => {
                return if meta.is_file() {
                    Ok(State::File)
                } else {
                    Err(Blocked::Folder(shown))
                };
            }
            Ok(meta) if !meta.is_dir() => return Err(Blocked::NotFolder(shown)),
            Ok(_) => {}
        }
    }
    Ok(State::Absent)
}

/// Reads `root/rel` when it is a regular file reached without a link.
pub(crate) fn read(root: &Path, rel: &str) -> Result<Option<Vec<u8>>, Blocked> {
    match state(root, rel)? {
        State::Absent => Ok(None),
        State::File => {
            let path = root.join(rel);
            let mut file = open_nofollow(&path).map_err(|e| Blocked::Unreadable(rel.into(), e))?;
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes)
                .map_err(|e| Blocked::Unreadable(rel.into(), e))?;
            Ok(Some(bytes))
        }
    }
}

/// Opens a file for reading, refusing a link at its last part.
pub(crate) fn open_nofollow(path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW);
    }
    options.open(path)
}

/// Files and folders created by one job, so that a failure can take them back.
#[derive(Debug)]
pub(crate) struct Job {
    root: PathBuf,
    files: Vec<String>,
    dirs: Vec<PathBuf>,
}

/// A write that failed: which file, and why.
#[derive(Debug)]
pub(crate) struct Failed {
    /// The file, relative to the root.
    pub(crate) rel: String,
    /// Why.
    pub(crate) error: io::Error,
}

impl Job {
    /// A job that creates files under `root`.
    pub(crate) fn new(root: &Path) -> Job {
        Job {
            root: root.to_path_buf(),
            files: Vec::new(),
            dirs: Vec::new(),
        }
    }

    /// The files created so far, relative to the root.
    pub(crate) fn created(&self) -> &[String] {
        &self.files
    }

    /// Creates `root/rel` (and its folders) with what `from` gives, never
    /// through a link and never over a file; at most `limit` bytes are
    /// written, more is an error.
    pub(crate) fn create(
        &mut self,
        rel: &str,
        from: &mut dyn Read,
        limit: Option<u64>,
    ) -> Result<(), Failed> {
        let fail = |error: io::Error| Failed {
            rel: rel.to_string(),
            error,
        };
        if !is_plain(rel) {
            return Err(fail(io::Error::new(
                io::ErrorKind::InvalidInput,
                crate::msg!("safe-write-not-plain"),
            )));
        }
        let parts: Vec<&str> = rel.split('/').collect();
        let mut dir = self.root.clone();
        for part in &parts[..parts.len() - 1] {
            dir.push(part);
            match fs::create_dir(&dir) {
                Ok(()) => self.dirs.push(dir.clone()),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    let meta = fs::symlink_metadata(&dir).map_err(fail)?;
                    if meta.file_type().is_symlink() || !meta.is_dir() {
                        return Err(fail(io::Error::new(
                            io::ErrorKind::AlreadyExists,
                            crate::msg!(
                                "safe-write-link",
                                target = fs::read_link(&dir).unwrap_or_default().display()
                            ),
                        )));
                    }
                }
                Err(e) => return Err(fail(e)),
            }
        }
        let path = self.root.join(rel);
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.custom_flags(libc::O_NOFOLLOW);
        }
        let file = options.open(&path).map_err(fail)?;
        self.files.push(rel.to_string());
        let mut out = io::BufWriter::new(file);
        let copied = match limit {
            Some(limit) => io::copy(&mut from.take(limit.saturating_add(1)), &mut out),
            None => io::copy(from, &mut out),
        }
        .map_err(fail)?;
        if limit.is_some_and(|limit| copied > limit) {
            return Err(fail(io::Error::new(
                io::ErrorKind::InvalidData,
                crate::msg!("safe-write-too-long", limit = limit.unwrap_or_default()),
            )));
        }
        out.flush().map_err(fail)?;
        Ok(())
    }

    /// Removes every file and folder this job created; returns what could
    /// not be removed.
    pub(crate) fn undo(self) -> Vec<String> {
        let mut left = Vec::new();
        for rel in self.files.iter().rev() {
            let path = self.root.join(rel);
            // Only a regular file this job made is removed, never a link put there since.
            let ours = fs::symlink_metadata(&path).is_ok_and(|m| m.is_file());
            if !ours || fs::remove_file(&path).is_err() {
                left.push(rel.clone());
            }
        }
        for dir in self.dirs.iter().rev() {
            // A folder someone else put files into stays.
            let _ = fs::remove_dir(dir);
        }
        left
    }
}

static TEMP: AtomicU64 = AtomicU64::new(0);

/// Writes `bytes` to `root/rel` without following a link and without ever
/// leaving half a file: into a new temporary file beside it, then renamed
/// over it. Missing folders are made one at a time.
pub(crate) fn replace_file(root: &Path, rel: &str, bytes: &[u8]) -> Result<(), Box<Diagnostic>> {
    let blocked = |b: Blocked| Box::new(b.diagnostic(Path::new("")));
    state(root, rel).map_err(blocked)?;
    let parts: Vec<&str> = rel.split('/').collect();
    let mut dir = root.to_path_buf();
    for (i, part) in parts[..parts.len() - 1].iter().enumerate() {
        dir.push(part);
        if let State::Absent = state(root, &parts[..=i].join("/"))
            .or_else(|e| match e {
                Blocked::Folder(_) => Ok(State::File),
                other => Err(other),
            })
            .map_err(blocked)?
        {
            std::fs::create_dir(&dir).map_err(|e| io_error(rel, &e))?;
        }
    }
    let temp = dir.join(format!(
        ".rapport-edit-{}-{}.tmp",
        std::process::id(),
        TEMP.fetch_add(1, Ordering::Relaxed)
    ));
    let written = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, root.join(rel))
    })();
    written.map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        io_error(rel, &e)
    })
}

fn io_error(rel: &str, e: &std::io::Error) -> Box<Diagnostic> {
    Box::new(Diagnostic::in_file(
        rel,
        crate::msg!("editor-cannot-write", error = e),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths_only() {
        assert!(is_plain("content/reports/a/index.sv.md"));
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "a/../b",
            "a//b",
            "a/./b",
            "a\\b",
            "a/",
            ".",
        ] {
            assert!(!is_plain(bad), "{bad}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn links_on_the_way_are_named_and_never_written_through() {
        let site = tempfile::tempdir().expect("temp");
        let outside = tempfile::tempdir().expect("temp");
        let root = site.path();
        std::os::unix::fs::symlink(outside.path(), root.join("content")).expect("link");
        match state(root, "content/a/index.sv.md") {
            Err(Blocked::Link(at, _)) => assert_eq!(at, "content"),
            other => panic!("{other:?}"),
        }
        let mut job = Job::new(root);
        assert!(job
            .create("content/a/index.sv.md", &mut &b"x"[..], None)
            .is_err());
        assert_eq!(fs::read_dir(outside.path()).expect("dir").count(), 0);
        // A dangling link where the file goes.
        fs::create_dir(root.join("c")).expect("dir");
        std::os::unix::fs::symlink(outside.path().join("new"), root.join("c/f.md")).expect("link");
        assert!(matches!(state(root, "c/f.md"), Err(Blocked::Link(..))));
        assert!(job.create("c/f.md", &mut &b"x"[..], None).is_err());
        assert!(!outside.path().join("new").exists());
    }

    #[test]
    fn a_job_takes_back_what_it_made() {
        let site = tempfile::tempdir().expect("temp");
        let root = site.path();
        fs::create_dir(root.join("kept")).expect("dir");
        let mut job = Job::new(root);
        job.create("kept/a.md", &mut &b"a"[..], None).expect("a");
        job.create("new/deep/b.md", &mut &b"b"[..], None)
            .expect("b");
        assert!(job.create("new/c.md", &mut &b"cccc"[..], Some(2)).is_err());
        assert!(job.undo().is_empty());
        assert!(root.join("kept").is_dir());
        assert!(!root.join("kept/a.md").exists());
        assert!(!root.join("new").exists());
    }
}
