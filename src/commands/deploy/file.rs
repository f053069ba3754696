//! A local folder as a target (`file:///var/www/site`): a web server on
//! the same machine serves it. Each file is written beside its place and
//! renamed into it, so a reader never gets half a file.

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{io_failure, plan, Failure, Target, Upload};
use crate::diagnostics::Diagnostics;

/// The folder.
pub(crate) struct Folder {
    dir: PathBuf,
}

impl Folder {
    /// The folder at `dir`, refused when it is the output folder, the site
    /// or one of its own folders.
    pub(crate) fn open(root: &Path, output: &Path, dir: &Path) -> Result<Folder, Diagnostics> {
        let dir = crate::write::check_folder(root, dir).map_err(Diagnostics::from)?;
        let real = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
        let (o, d) = (real(output), real(&dir));
        if d.starts_with(&o) || o.starts_with(&d) {
            return Err(crate::diagnostics::Diagnostic::new(crate::msg!(
                "deploy-file-is-output",
                dir = dir.display()
            ))
            .help(crate::msg!("deploy-file-is-output.help"))
            .into());
        }
        Ok(Folder { dir })
    }

    fn write_atomic(&self, path: &str, bytes: &[u8]) -> Result<(), Failure> {
        let dest = self.dir.join(path);
        let shown = dest.display().to_string();
        if let Some(parent) = dest.parent() {
            // A file where a folder must now be, left by an earlier deploy.
            if let Err(e) = fs::create_dir_all(parent) {
                return Err(io_failure(&shown, &e));
            }
        }
        let name = dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let part = dest.with_file_name(format!(".{name}.rapport-part"));
        let written = fs::File::create(&part).and_then(|mut f| {
            f.write_all(bytes)?;
            f.sync_data()
        });
        if let Err(e) = written {
            let _ = fs::remove_file(&part);
            return Err(io_failure(&shown, &e));
        }
        if fs::symlink_metadata(&dest).is_ok_and(|m| m.is_dir()) {
            let _ = fs::remove_dir_all(&dest);
        }
        fs::rename(&part, &dest).map_err(|e| io_failure(&shown, &e))
    }
}

impl Target for Folder {
    fn read_state(&mut self) -> Result<Option<String>, Failure> {
        let path = self.dir.join(plan::STATE);
        match fs::read_to_string(&path) {
            Ok(text) => Ok(Some(text)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_failure(&path.display().to_string(), &e)),
        }
    }

    fn present(&mut self, state: &plan::State) -> Result<Option<HashMap<String, u64>>, Failure> {
        Ok(Some(
            state
                .keys()
                .filter_map(|p| {
                    let m = fs::symlink_metadata(self.dir.join(p)).ok()?;
                    m.is_file().then(|| (p.clone(), m.len()))
                })
                .collect(),
        ))
    }

    fn send(&mut self, files: &[Upload], sent: &(dyn Fn(&Upload) + Sync)) -> Result<(), Failure> {
        for f in files {
            let bytes =
                fs::read(&f.source).map_err(|e| io_failure(&f.source.display().to_string(), &e))?;
            self.write_atomic(&f.local.path, &bytes)?;
            sent(f);
        }
        Ok(())
    }

    fn remove(&mut self, paths: &[String]) -> Result<(), Failure> {
        for path in paths {
            let file = self.dir.join(path);
            match fs::remove_file(&file) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(io_failure(&file.display().to_string(), &e)),
            }
            let mut parent = file.parent();
            while let Some(p) = parent.filter(|p| *p != self.dir) {
                if fs::remove_dir(p).is_err() {
                    break;
                }
                parent = p.parent();
            }
        }
        Ok(())
    }

    fn write_state(&mut self, text: &str) -> Result<(), Failure> {
        fs::create_dir_all(&self.dir)
            .map_err(|e| io_failure(&self.dir.display().to_string(), &e))?;
        self.write_atomic(plan::STATE, text.as_bytes())
    }
}
