//! What git knows of the content folder, asked in three batched calls
//! (`log`, `status`, `cat-file --batch`) however many reports there are.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// One commit that changed a file: its id and time (seconds since 1970).
#[derive(Debug, Clone)]
pub(super) struct Change {
    /// The commit.
    pub commit: String,
    /// When it was committed.
    pub time: i64,
}

/// The history of every file under content/, newest change first.
#[derive(Debug, Default)]
pub(super) struct History {
    /// Commits that changed each file (path relative to the site root).
    pub changes: HashMap<String, Vec<Change>>,
    /// Files changed in the working tree but not committed, or never committed.
    pub uncommitted: Vec<String>,
}

/// The history of `root`'s content, or `None` when `root` is not in a git
/// repository, git is not installed, or the clone is shallow (its oldest
/// commit would look like the change of every file).
pub(super) fn history(root: &Path) -> Option<History> {
    let shallow = run(root, &["rev-parse", "--is-shallow-repository"], None)?;
    if shallow.trim() != "false" {
        return None;
    }
    let prefix = run(root, &["rev-parse", "--show-prefix"], None)?;
    let prefix = prefix.trim();
    let log = run(
        root,
        &[
            "-c",
            "core.quotepath=off",
            "log",
            "--relative",
            "--no-renames",
            "--format=%x01%H %ct",
            "--name-only",
            "--",
            "content",
        ],
        None,
    )
    .unwrap_or_default();
    let mut history = History::default();
    let mut current: Option<Change> = None;
    for line in log.lines() {
        if let Some(head) = line.strip_prefix('\u{1}') {
            let (commit, time) = head.split_once(' ').unwrap_or((head, "0"));
            current = Some(Change {
                commit: commit.to_string(),
                time: time.trim().parse().unwrap_or(0),
            });
        } else if let (Some(change), false) = (&current, line.is_empty()) {
            history
                .changes
                .entry(line.to_string())
                .or_default()
                .push(change.clone());
        }
    }
    let status = run(
        root,
        &[
            "-c",
            "core.quotepath=off",
            "status",
            "--porcelain",
            "--untracked-files=all",
            "--",
            "content",
        ],
        None,
    )
    .unwrap_or_default();
    for line in status.lines() {
        let Some(path) = line.get(3..) else { continue };
        // A rename is `old -> new`; the new name is the file that exists.
        let path = path.rsplit(" -> ").next().unwrap_or(path);
        let path = path.strip_prefix(prefix).unwrap_or(path);
        history.uncommitted.push(path.to_string());
    }
    Some(history)
}

/// The text of each `(commit, path)` as it was in that commit, asked of
/// git in one call; a file missing from its commit is left out.
pub(super) fn texts(root: &Path, wanted: &[(String, String)]) -> HashMap<(String, String), String> {
    let mut found = HashMap::new();
    if wanted.is_empty() {
        return found;
    }
    let input: String = wanted
        .iter()
        .map(|(commit, path)| format!("{commit}:./{path}\n"))
        .collect();
    let Some(output) = run_bytes(root, &["cat-file", "--batch"], Some(input.as_bytes())) else {
        return found;
    };
    let mut rest: &[u8] = &output;
    for key in wanted {
        let Some(end) = rest.iter().position(|&b| b == b'\n') else {
            break;
        };
        let header = String::from_utf8_lossy(&rest[..end]).to_string();
        rest = &rest[end + 1..];
        let mut parts = header.split(' ');
        let (_, kind, size) = (parts.next(), parts.next(), parts.next());
        let Some(size) = size.and_then(|s| s.parse::<usize>().ok()) else {
            continue; // `… missing`: the file did not exist in that commit
        };
        if kind != Some("blob") || rest.len() < size {
            break;
        }
        found.insert(
            key.clone(),
            String::from_utf8_lossy(&rest[..size]).into_owned(),
        );
        rest = rest.get(size + 1..).unwrap_or_default();
    }
    found
}

fn run(root: &Path, args: &[&str], input: Option<&[u8]>) -> Option<String> {
    run_bytes(root, args, input).map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// Runs `git -C root ARGS`, its output when it succeeds.
fn run_bytes(root: &Path, args: &[&str], input: Option<&[u8]>) -> Option<Vec<u8>> {
    let mut child = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    if let (Some(input), Some(mut stdin)) = (input, child.stdin.take()) {
        let input = input.to_vec();
        // Written from a thread so a large answer cannot block the question.
        std::thread::spawn(move || stdin.write_all(&input));
    }
    let output = child.wait_with_output().ok()?;
    output.status.success().then_some(output.stdout)
}
