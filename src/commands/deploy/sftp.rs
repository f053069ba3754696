//! An SFTP server as a target (`sftp://user@host:port/path`), through the
//! OpenSSH client the machine already has (`sftp` in batch mode). So the
//! SSH agent, key files, `~/.ssh/config` and `known_hosts` work as they do
//! for `ssh`; the host key is checked strictly: an unknown host or a key
//! that changed is refused before anything is sent.
//!
//! Each file is written beside its place and renamed into it (OpenSSH's
//! `posix-rename`), so a reader never gets half a file.

use std::collections::{BTreeSet, HashMap};
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use super::config::Location;
use super::{plan, Failure, Target, Upload};

/// The environment variable naming a `known_hosts` file to use instead of
/// OpenSSH's own (`~/.ssh/known_hosts`).
pub(crate) const KNOWN_HOSTS: &str = "RAPPORT_KNOWN_HOSTS";
/// The environment variable naming a private key file (else the agent's
/// keys and OpenSSH's defaults, or `?key=` of the URL).
pub(crate) const KEY: &str = "RAPPORT_SSH_KEY";

/// How often a dropped connection is tried again.
const TRIES: usize = 3;

/// A folder on an SFTP server.
pub(crate) struct Sftp {
    destination: String,
    port: Option<u16>,
    key: Option<String>,
    dir: String,
    host: String,
}

impl Sftp {
    pub(crate) fn open(location: &Location) -> Sftp {
        let Location::Sftp {
            user,
            host,
            port,
            path,
            key,
        } = location
        else {
            unreachable!("an SFTP location")
        };
        let destination = match user {
            Some(u) => format!("{u}@{host}"),
            None => host.clone(),
        };
        let destination = if host.contains(':') {
            // An IPv6 address.
            match user {
                Some(u) => format!("{u}@[{host}]"),
                None => format!("[{host}]"),
            }
        } else {
            destination
        };
        Sftp {
            destination,
            port: *port,
            key: std::env::var(KEY).ok().or_else(|| key.clone()),
            dir: path.clone(),
            host: host.clone(),
        }
    }

    fn remote(&self, path: &str) -> String {
        if self.dir == "." {
            path.to_string()
        } else {
            format!("{}/{path}", self.dir)
        }
    }

    /// Runs `script` in one `sftp` session, calling `line` with each
    /// command it echoes as it goes; tries again when the connection drops.
    fn run(&self, script: &str, line: &dyn Fn(&str)) -> Result<(), Failure> {
        let mut last = None;
        for attempt in 0..TRIES {
            if attempt > 0 {
                std::thread::sleep(std::time::Duration::from_secs(2 << attempt));
            }
            match self.run_once(script, line) {
                Ok(()) => return Ok(()),
                Err((failure, transient)) => {
                    if !transient {
                        return Err(failure);
                    }
                    last = Some(failure);
                }
            }
        }
        Err(last.unwrap_or_else(|| Failure::new(String::new(), String::new())))
    }

    fn run_once(&self, script: &str, line: &dyn Fn(&str)) -> Result<(), (Failure, bool)> {
        let mut cmd =
            Command::new(std::env::var_os("RAPPORT_SFTP").unwrap_or_else(|| "sftp".into()));
        cmd.args([
            "-b",
            "-",
            "-o",
            "BatchMode=yes",
            "-o",
            "StrictHostKeyChecking=yes",
        ]);
        cmd.args(["-o", "ConnectTimeout=20", "-o", "ServerAliveInterval=15"]);
        if let Some(file) = std::env::var_os(KNOWN_HOSTS) {
            let mut opt = std::ffi::OsString::from("UserKnownHostsFile=");
            opt.push(file);
            cmd.arg("-o").arg(opt);
        }
        if let Some(key) = &self.key {
            cmd.arg("-i").arg(key).args(["-o", "IdentitiesOnly=yes"]);
        }
        if let Some(port) = self.port {
            cmd.arg("-P").arg(port.to_string());
        }
        cmd.arg("--").arg(&self.destination);
        cmd.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().map_err(|e| {
            (
                Failure::new(
                    crate::msg!("deploy-sftp-no-client", error = e.to_string()),
                    crate::msg!("deploy-sftp-no-client.help"),
                ),
                false,
            )
        })?;
        let mut stdin = child.stdin.take();
        let script = script.to_string();
        let writer = std::thread::spawn(move || {
            if let Some(stdin) = stdin.as_mut() {
                let _ = stdin.write_all(script.as_bytes());
            }
        });
        let stderr = child.stderr.take();
        let errors = std::thread::spawn(move || {
            let mut text = String::new();
            if let Some(mut e) = stderr {
                let _ = std::io::Read::read_to_string(&mut e, &mut text);
            }
            text
        });
        if let Some(out) = child.stdout.take() {
            for l in BufReader::new(out).lines().map_while(Result::ok) {
                line(&l);
            }
        }
        let _ = writer.join();
        let status = child.wait().map_err(|e| {
            (
                Failure::new(e.to_string(), crate::msg!("deploy-io.help")),
                false,
            )
        })?;
        let errors = errors.join().unwrap_or_default();
        if status.success() {
            return Ok(());
        }
        Err(self.failure(&errors, status.code()))
    }

    /// What `sftp`'s complaint means to the person deploying, and whether
    /// trying again may help.
    fn failure(&self, errors: &str, code: Option<i32>) -> (Failure, bool) {
        let has = |w: &str| errors.contains(w);
        let last = errors
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim()
            .to_string();
        let host = &self.host;
        let f = |m: String, h: String| Failure::new(m, h);
        if has("REMOTE HOST IDENTIFICATION HAS CHANGED")
            || has("Host key for") && has("has changed")
        {
            return (
                f(
                    crate::msg!("deploy-sftp-host-key-changed", host = host.as_str()),
                    crate::msg!("deploy-sftp-host-key-changed.help", host = host.as_str()),
                ),
                false,
            );
        }
        if has("Host key verification failed") {
            let port = self.port.unwrap_or(22);
            return (
                f(
                    crate::msg!("deploy-sftp-host-unknown", host = host.as_str()),
                    crate::msg!(
                        "deploy-sftp-host-unknown.help",
                        host = host.as_str(),
                        port = port.to_string()
                    ),
                ),
                false,
            );
        }
        if has("Permission denied (") || has("Too many authentication failures") {
            return (
                f(
                    crate::msg!("deploy-sftp-auth", destination = self.destination.as_str()),
                    crate::msg!("deploy-sftp-auth.help"),
                ),
                false,
            );
        }
        if has("No space left") || has("Disk quota") || has("quota exceeded") {
            return (
                f(
                    crate::msg!("deploy-disk-full", path = self.dir.as_str()),
                    crate::msg!("deploy-disk-full.help"),
                ),
                false,
            );
        }
        if has("Permission denied") {
            return (
                f(
                    crate::msg!(
                        "deploy-no-permission",
                        path = self.dir.as_str(),
                        error = last
                    ),
                    crate::msg!("deploy-no-permission.help"),
                ),
                false,
            );
        }
        // ssh's own failures (exit 255) other than the above are the network's.
        let transient = code == Some(255)
            && (has("Connection reset")
                || has("Broken pipe")
                || has("timed out")
                || has("Connection closed"));
        (
            f(
                crate::msg!("deploy-sftp-error", error = last),
                crate::msg!("deploy-sftp-error.help"),
            ),
            transient,
        )
    }
}

/// `text` as one argument of an `sftp` command: quoted, with what the
/// command would read as a quote, an escape or a pattern escaped.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        if matches!(c, '"' | '\\' | '*' | '?' | '[' | ']') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// The folders to make for `paths` below the target's folder, parents first.
fn folders<'a>(paths: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut dirs = BTreeSet::new();
    for p in paths {
        let mut rest = p;
        while let Some((parent, _)) = rest.rsplit_once('/') {
            if !dirs.insert(parent.to_string()) {
                break;
            }
            rest = parent;
        }
    }
    let mut dirs: Vec<String> = dirs.into_iter().collect();
    dirs.sort_by_key(|d| d.matches('/').count());
    dirs
}

impl Target for Sftp {
    fn read_state(&mut self) -> Result<Option<String>, Failure> {
        let tmp = tempfile::tempdir().map_err(|e| super::io_failure("temp", &e))?;
        let local: PathBuf = tmp.path().join("state");
        let script = format!(
            "-get {} {}\n",
            quote(&self.remote(plan::STATE)),
            quote(&local.to_string_lossy())
        );
        self.run(&script, &|_| {})?;
        Ok(std::fs::read_to_string(&local).ok())
    }

    fn present(&mut self, _state: &plan::State) -> Result<Option<HashMap<String, u64>>, Failure> {
        Ok(None)
    }

    fn send(&mut self, files: &[Upload], sent: &(dyn Fn(&Upload) + Sync)) -> Result<(), Failure> {
        let mut script = String::new();
        let mut base = String::new();
        if self.dir != "." {
            for part in self.dir.split('/') {
                if part.is_empty() {
                    base.push('/');
                    continue;
                }
                base.push_str(part);
                script.push_str(&format!("-mkdir {}\n", quote(&base)));
                base.push('/');
            }
        }
        for dir in folders(files.iter().map(|f| f.local.path.as_str())) {
            script.push_str(&format!("-mkdir {}\n", quote(&self.remote(&dir))));
        }
        for f in files {
            let dest = self.remote(&f.local.path);
            let part = match dest.rsplit_once('/') {
                Some((dir, name)) => format!("{dir}/.{name}.rapport-part"),
                None => format!(".{dest}.rapport-part"),
            };
            script.push_str(&format!(
                "put {} {}\nrename {} {}\n",
                quote(&f.source.to_string_lossy()),
                quote(&part),
                quote(&part),
                quote(&dest)
            ));
        }
        // The echo of each `rename` is one file done.
        let done = std::sync::atomic::AtomicUsize::new(0);
        self.run(&script, &|l| {
            if l.starts_with("sftp> rename") {
                let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if let Some(f) = files.get(n) {
                    sent(f);
                }
            }
        })
    }

    fn remove(&mut self, paths: &[String]) -> Result<(), Failure> {
        if paths.is_empty() {
            return Ok(());
        }
        let mut script = String::new();
        for p in paths {
            script.push_str(&format!("-rm {}\n", quote(&self.remote(p))));
        }
        // Folders left empty go, deepest first; one still holding files stays.
        let mut dirs = folders(paths.iter().map(String::as_str));
        dirs.reverse();
        for d in dirs {
            script.push_str(&format!("-rmdir {}\n", quote(&self.remote(&d))));
        }
        self.run(&script, &|_| {})
    }

    fn write_state(&mut self, text: &str) -> Result<(), Failure> {
        let mut tmp = tempfile::NamedTempFile::new().map_err(|e| super::io_failure("temp", &e))?;
        tmp.write_all(text.as_bytes())
            .map_err(|e| super::io_failure("temp", &e))?;
        let dest = self.remote(plan::STATE);
        let part = self.remote(".rapport-deploy.rapport-part");
        let mut script = String::new();
        if self.dir != "." {
            script.push_str(&format!("-mkdir {}\n", quote(&self.dir)));
        }
        script.push_str(&format!(
            "put {} {}\nrename {} {}\n",
            quote(&tmp.path().to_string_lossy()),
            quote(&part),
            quote(&part),
            quote(&dest)
        ));
        self.run(&script, &|_| {})
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_quoted_and_patterns_escaped() {
        assert_eq!(quote("a b/ç.jpg"), "\"a b/ç.jpg\"");
        assert_eq!(quote("x\"*?[1].html"), "\"x\\\"\\*\\?\\[1\\].html\"");
    }

    #[test]
    fn folders_come_parents_first_once_each() {
        assert_eq!(
            folders(["sv/reports/a/index.html", "sv/reports/b/x.jpg", "style.css"].into_iter()),
            ["sv", "sv/reports", "sv/reports/a", "sv/reports/b"]
        );
    }
}
