//! What git knows of the content folder, asked in a few batched calls
//! (`log`, `ls-tree`, `cat-file`) however many reports there are.
//!
//! The repository may be someone else's (a clone, a zip, a synced folder),
//! and its `.git/config`, its attributes and its hooks can name programs
//! for git to run. So rapport runs only commands that read objects, never
//! one that reads the working tree or the index through git (`git status`
//! runs `core.fsmonitor`, the clean filters of `.gitattributes` and the
//! `post-index-change` hook): whether a file changed since the last commit
//! is decided here by comparing its bytes with the committed ones. Each
//! command runs with settings on its command line, which win over every
//! configuration file, and an environment that turn off whatever else could
//! start a program (see [`git`]). Every list is read NUL-separated (`-z`),
//! so no file name is quoted or split.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// One commit that changed a file.
#[derive(Debug, Clone)]
pub(super) struct Change {
    /// When it was committed (seconds since 1970).
    pub(crate) time: i64,
    /// The file's contents as that commit left it (a blob id); `None` when
    /// the commit removed it.
    pub(crate) blob: Option<String>,
}

/// The history of the files asked about, newest change first.
#[derive(Debug, Default)]
pub(super) struct History {
    /// Commits that changed each file (path relative to the site root).
    pub(crate) changes: HashMap<String, Vec<Change>>,
    /// Files whose bytes differ from the last commit's, or never committed.
    pub(crate) uncommitted: HashSet<String>,
    /// Texts of blobs already read, by blob id.
    pub(crate) texts: HashMap<String, String>,
}

/// Settings given on git's command line, which win over the repository's
/// configuration. None of the commands below would run these programs as
/// they are asked; the settings keep it so whatever a later git or a
/// configuration file does.
const LOCKED: &[&str] = &[
    // Run whenever the index is read.
    "core.fsmonitor=false",
    // The repository's hooks (`.git/hooks` or elsewhere).
    "core.hooksPath=/dev/null",
    // `log` would hand signed commits to `gpg.program` (or the SSH or
    // X.509 one).
    "log.showSignature=false",
    // A bare repository found by looking up from the site folder (its
    // `config` would be read like `.git/config`) is not used.
    "safe.bareRepository=explicit",
    // No transport: a partial clone fetches missing objects through
    // `core.sshCommand`, `remote.*.uploadpack` or a remote helper.
    "protocol.allow=never",
    // Not about safety: the first commit's files count as changed by it,
    // whatever the configuration says.
    "log.showRoot=true",
];

/// `git -C root` with [`LOCKED`] settings and an environment that allows
/// no prompt, no fetch and no external program.
fn git(root: &Path) -> Command {
    let mut command = Command::new("git");
    command.arg("--no-pager").arg("-C").arg(root);
    for setting in LOCKED {
        command.args(["-c", setting]);
    }
    command
        // Missing objects of a partial clone are not fetched (git 2.44+)…
        .env("GIT_NO_LAZY_FETCH", "1")
        // …and no transport may be used: an empty list allows none, and
        // wins over `protocol.*.allow`.
        .env("GIT_ALLOW_PROTOCOL", "")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .env_remove("GIT_EXTERNAL_DIFF");
    command
}

/// The history of `files` (paths relative to `root`, all under
/// `content/`), or `None` when `root` is not in a git repository, git is
/// not installed, or the clone is shallow (its oldest commit would look
/// like the change of every file).
pub(super) fn history(root: &Path, files: &[String]) -> Option<History> {
    let shallow = run(root, &["rev-parse", "--is-shallow-repository"], None)?;
    if String::from_utf8_lossy(&shallow).trim() != "false" {
        return None;
    }
    let mut history = History::default();
    let log = run(
        root,
        &[
            "log",
            "-z",
            "--raw",
            "--no-abbrev",
            "--no-renames",
            "--no-color",
            "--no-show-signature",
            "--no-textconv",
            "--no-ext-diff",
            "--relative",
            "--format=%x01%ct",
            "--",
            "content",
        ],
        None,
    )
    .unwrap_or_default();
    for (path, change) in parse_log(&log) {
        history.changes.entry(path).or_default().push(change);
    }

    // The committed blob of each file, compared with its bytes now. No
    // commit yet: every file is uncommitted.
    let tree = run(
        root,
        &["ls-tree", "-r", "-z", "HEAD", "--", "content"],
        None,
    )
    .map(|out| parse_tree(&out))
    .unwrap_or_default();
    let committed: Vec<String> = files.iter().filter_map(|f| tree.get(f).cloned()).collect();
    texts(root, &committed, &mut history.texts);
    for file in files {
        let same = tree.get(file).is_some_and(|blob| {
            let now =
                std::fs::read(root.join(file)).map(|b| String::from_utf8_lossy(&b).into_owned());
            match (now, history.texts.get(blob)) {
                (Ok(now), Some(then)) => same_text(&now, then),
                // Unreadable now: nothing says it changed.
                (Err(_), _) => true,
                (Ok(_), None) => false,
            }
        });
        if !same {
            history.uncommitted.insert(file.clone());
        }
    }
    Some(history)
}

/// Whether two texts are the same but for line endings (`core.autocrlf`
/// and `eol` make a checked-out file's differ from the committed bytes).
fn same_text(a: &str, b: &str) -> bool {
    a == b || a.replace("\r\n", "\n") == b.replace("\r\n", "\n")
}

/// The changes listed by `git log -z --raw --format=%x01%ct`: for each
/// commit a header (its time), then per file `:MODE MODE OLD NEW STATUS`
/// and the path, each field ending in NUL (a blank line before the first
/// file).
fn parse_log(out: &[u8]) -> Vec<(String, Change)> {
    let mut found = Vec::new();
    let mut time: Option<i64> = None;
    let mut fields = out.split(|&b| b == 0);
    while let Some(field) = fields.next() {
        let field = String::from_utf8_lossy(field);
        let field = field.trim_start_matches('\n');
        if let Some(head) = field.strip_prefix('\u{1}') {
            time = Some(head.trim().parse().unwrap_or(0));
        } else if let (Some(raw), Some(time)) = (field.strip_prefix(':'), time) {
            // The path is the next field, taken as it is.
            let Some(path) = fields.next() else { break };
            let blob = raw
                .split(' ')
                .nth(3)
                .filter(|id| id.bytes().any(|b| b != b'0'))
                .map(str::to_string);
            found.push((
                String::from_utf8_lossy(path).into_owned(),
                Change { time, blob },
            ));
        }
    }
    found
}

/// The blob of each file in `git ls-tree -r -z` output
/// (`MODE TYPE ID<TAB>PATH`, each ending in NUL).
fn parse_tree(out: &[u8]) -> HashMap<String, String> {
    out.split(|&b| b == 0)
        .filter_map(|entry| {
            let tab = entry.iter().position(|&b| b == b'\t')?;
            let info = String::from_utf8_lossy(&entry[..tab]);
            let mut parts = info.split(' ');
            let (_, kind, id) = (parts.next(), parts.next()?, parts.next()?);
            (kind == "blob").then(|| {
                (
                    String::from_utf8_lossy(&entry[tab + 1..]).into_owned(),
                    id.to_string(),
                )
            })
        })
        .collect()
}

/// Blobs larger than this are not read: no report is that long, and a
/// received repository could hold one of gigabytes.
const MAX_TEXT: u64 = 16 * 1024 * 1024;

/// Reads the text of each blob of `wanted` not in `known` into it, asking
/// git in two calls (sizes, then contents); a blob git lacks, or that is
/// larger than [`MAX_TEXT`], is left out.
pub(super) fn texts(root: &Path, wanted: &[String], known: &mut HashMap<String, String>) {
    let mut ids: Vec<&String> = wanted
        .iter()
        .filter(|id| !known.contains_key(*id))
        .collect();
    ids.sort();
    ids.dedup();
    if ids.is_empty() {
        return;
    }
    let input: String = ids.iter().map(|id| format!("{id}\n")).collect();
    let Some(sizes) = run(root, &["cat-file", "--batch-check"], Some(input.as_bytes())) else {
        return;
    };
    let small: Vec<&str> = String::from_utf8_lossy(&sizes)
        .lines()
        .filter_map(|line| {
            let mut parts = line.split(' ');
            let (id, kind, size) = (parts.next()?, parts.next()?, parts.next()?);
            let fits = kind == "blob" && size.parse::<u64>().is_ok_and(|s| s <= MAX_TEXT);
            fits.then(|| ids.iter().find(|w| w.as_str() == id).map(|w| w.as_str()))
                .flatten()
        })
        .collect();
    if small.is_empty() {
        return;
    }
    let input: String = small.iter().map(|id| format!("{id}\n")).collect();
    let Some(output) = run(root, &["cat-file", "--batch"], Some(input.as_bytes())) else {
        return;
    };
    let mut rest: &[u8] = &output;
    for id in small {
        let Some(end) = rest.iter().position(|&b| b == b'\n') else {
            break;
        };
        let header = String::from_utf8_lossy(&rest[..end]).to_string();
        rest = &rest[end + 1..];
        let mut parts = header.split(' ');
        let (_, kind, size) = (parts.next(), parts.next(), parts.next());
        let Some(size) = size.and_then(|s| s.parse::<usize>().ok()) else {
            continue; // `… missing`
        };
        if kind != Some("blob") || rest.len() < size {
            break;
        }
        known.insert(
            id.to_string(),
            String::from_utf8_lossy(&rest[..size]).into_owned(),
        );
        rest = rest.get(size + 1..).unwrap_or_default();
    }
}

/// Runs `git -C root ARGS` as [`git`] sets it up, its output when it
/// succeeds.
fn run(root: &Path, args: &[&str], input: Option<&[u8]>) -> Option<Vec<u8>> {
    let mut child = git(root)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_fields_are_read_whatever_the_file_names_hold() {
        let out = b"\x01200\0\n:100644 100644 1111 2222 M\0content/a \"b\"\nc.md\0\
:100644 000000 3333 0000 D\0content/:gone.md\0\x01100\0\x0150\0\n\
:000000 100644 0000 4444 A\0content/a \"b\"\nc.md\0";
        let found = parse_log(out);
        let seen: Vec<(&str, i64, Option<&str>)> = found
            .iter()
            .map(|(p, c)| (p.as_str(), c.time, c.blob.as_deref()))
            .collect();
        assert_eq!(
            seen,
            [
                ("content/a \"b\"\nc.md", 200, Some("2222")),
                ("content/:gone.md", 200, None),
                ("content/a \"b\"\nc.md", 50, Some("4444")),
            ]
        );
    }

    #[test]
    fn tree_entries_keep_tabs_and_newlines_in_names() {
        let out = b"100644 blob 1111\tcontent/a\tb\nc.md\x00160000 commit 2222\tcontent/sub\0";
        let tree = parse_tree(out);
        assert_eq!(tree.len(), 1);
        assert_eq!(tree["content/a\tb\nc.md"], "1111");
    }

    #[test]
    fn line_endings_alone_are_no_change() {
        assert!(same_text("a\r\nb\r\n", "a\nb\n"));
        assert!(!same_text("a\nb\n", "a\nc\n"));
    }
}
