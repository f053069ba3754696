//! The last stage: rendered outputs → files in the output folder.
//!
//! Only runs once every earlier stage succeeded, so a failed build never
//! touches the output. New and changed files are first written into a
//! staging folder inside the output; only when all are written are they
//! renamed into place, so a build killed while writing leaves the previous
//! output as it was. A file whose bytes are unchanged is left alone (its
//! modification time too). Files rapport wrote before and no longer produces
//! are removed, using the list it keeps in `.rapport-manifest`; files it did
//! not write (`.git/`, `CNAME`) are never touched.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::render::{Body, Output};

/// The list of files rapport wrote, kept in the output folder.
pub const MANIFEST: &str = ".rapport-manifest";

/// Where a build writes its new files before moving them into place.
pub const STAGING: &str = ".rapport-staging";

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

/// Refuses an output folder that would overwrite the site's own files.
pub fn check_folder(root: &Path, output: &Path) -> Result<(), Diagnostic> {
    let root = absolute(root);
    let out = absolute(output);
    let refuse = |why: &str| {
        Err(Diagnostic::new(format!(
            "refusing to write the site into {}: {why}",
            output.display()
        ))
        .help("choose an empty folder or one rapport wrote before, such as `--output public`"))
    };
    if out == root {
        return refuse("it is the site folder itself");
    }
    if root.starts_with(&out) {
        return refuse("it contains the site folder");
    }
    for own in ["content", "themes", "locales", "static"] {
        if out.starts_with(root.join(own)) {
            return refuse(&format!("it is inside the site's {own}/ folder"));
        }
    }
    Ok(())
}

/// The absolute, resolved form of `path`, even when its end does not exist yet.
fn absolute(path: &Path) -> PathBuf {
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut existing = path.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            return rest
                .iter()
                .rev()
                .fold(real, |acc: PathBuf, part| acc.join(part));
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

/// Writes `outputs` into `dir`, leaving unchanged files alone and removing
/// files of an earlier build that are no longer produced.
pub fn write(outputs: &[Output], dir: &Path) -> Result<Written, Diagnostics> {
    let all: Vec<&str> = outputs.iter().map(|o| o.path.as_str()).collect();
    write_some(outputs, &all, dir)
}

/// Writes `outputs`, some of the site's files; `all` are the paths of every
/// file the site now has, so files of an earlier build not among them are removed.
pub fn write_some(outputs: &[Output], all: &[&str], dir: &Path) -> Result<Written, Diagnostics> {
    let io_error = |path: &Path, e: io::Error| {
        Diagnostic::in_file(path, format!("cannot write the output: {e}"))
            .help("check that the output folder is writable and the disk has room")
    };
    fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    let staging = dir.join(STAGING);
    // A build that was killed may have left its staging folder behind.
    let _ = fs::remove_dir_all(&staging);
    fs::create_dir_all(&staging).map_err(|e| io_error(&staging, e))?;

    // 1. Every new or changed file is written into the staging folder; the
    //    output is not touched, so a build stopped here changes nothing.
    let results: Vec<Result<Option<&str>, Diagnostic>> = outputs
        .par_iter()
        .map(|o| {
            let staged = staging.join(&o.path);
            stage(&dir.join(&o.path), &staged, &o.body)
                .map(|changed| changed.then_some(o.path.as_str()))
                .map_err(|e| io_error(&staged, e))
        })
        .collect();
    let mut written = Written::default();
    let mut changed = Vec::new();
    let mut problems = Vec::new();
    for r in results {
        match r {
            Ok(Some(path)) => changed.push(path),
            Ok(None) => written.unchanged += 1,
            Err(d) => problems.push(d),
        }
    }
    if !problems.is_empty() {
        let _ = fs::remove_dir_all(&staging);
        return Err(Diagnostics(problems));
    }

    // 2. Only renames: the new files move into place in one quick pass.
    for path in &changed {
        let dest = dir.join(path);
        if let Some(parent) = dest.parent() {
            fs::create_dir_all(parent).map_err(|e| io_error(parent, e))?;
        }
        fs::rename(staging.join(path), &dest).map_err(|e| io_error(&dest, e))?;
        written.written += 1;
    }
    let _ = fs::remove_dir_all(&staging);

    // 3. Files this build no longer makes go, if rapport wrote them.
    let now: HashSet<&str> = all.iter().copied().collect();
    let manifest = dir.join(MANIFEST);
    let before = fs::read_to_string(&manifest).unwrap_or_default();
    for old in before.lines().filter(|l| !l.is_empty() && !now.contains(l)) {
        if old.split('/').any(|p| p == ".." || p.is_empty()) {
            continue;
        }
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
    let mut list: Vec<&str> = now.into_iter().collect();
    list.sort_unstable();
    let text = list.join("\n") + "\n";
    if before != text {
        let tmp = dir.join(format!("{MANIFEST}.tmp"));
        fs::write(&tmp, text).map_err(|e| io_error(&tmp, e))?;
        fs::rename(&tmp, &manifest).map_err(|e| io_error(&manifest, e))?;
    }
    Ok(written)
}

/// Writes `body` to `staged` unless `dest` already holds the same bytes;
/// true when staged.
fn stage(dest: &Path, staged: &Path, body: &Body) -> io::Result<bool> {
    let bytes = match body {
        Body::Bytes(b) => std::borrow::Cow::Borrowed(b.as_slice()),
        Body::Copy(source) => std::borrow::Cow::Owned(fs::read(source)?),
    };
    if let Ok(meta) = fs::metadata(dest) {
        if meta.len() == bytes.len() as u64 && fs::read(dest).is_ok_and(|old| old == *bytes) {
            return Ok(false);
        }
    }
    if let Some(parent) = staged.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(staged, &bytes)?;
    Ok(true)
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
