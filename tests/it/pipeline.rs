//! `check` and `build` are one pipeline: what one calls an error the other
//! refuses, and one problem is reported once, where it is.

use crate::support::TestSite;

#[test]
fn a_link_to_a_file_that_failed_to_parse_is_that_files_error_alone() {
    let site = TestSite::new()
        .file(
            "content/reports/astana.sv.md",
            "---\ntitle: Möte i Astana\ndate: 2014-05-26\n---\nSe [Oral](oral.sv.md) och ![bild](oral.sv.md).\n",
        )
        .file(
            "content/reports/oral.sv.md",
            "---\ntitle: Möte i Oral\ndate: 2014-06-31\n---\nText.\n",
        );
    let checked = site.run(&["check", "--format", "json"]);
    assert_eq!(checked.status, 1, "{}", checked.stdout);
    let json: serde_json::Value = serde_json::from_str(&checked.stdout).expect("json");
    let errors: Vec<String> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| f["file"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        errors,
        ["content/reports/oral.sv.md"],
        "only the impossible date, not the links to its file: {}",
        checked.stdout
    );
}

/// The modules of `src/`, from the ground floor up: a module may use
/// those on its own floor and below. A stage folder's own modules
/// (`input::yaml`) are named with it; `main.rs` and `lib.rs` stand above
/// them all.
const FLOORS: &[&[&str]] = &[
    // Used by all, using nothing above them.
    &[
        "diagnostics",
        "messages",
        "hash",
        "transliterate",
        "dates",
        "html",
        "search",
        "fs_safe",
    ],
    // Stage 1: the site folder read and parsed.
    &[
        "input",
        "input::yaml",
        "input::config",
        "input::comments",
        "input::brand",
        "input::markdown",
        "input::document",
        "input::terms",
        "input::i18n",
        "input::load",
        "input::paths",
    ],
    // Stage 1b: photos resized, upright, stripped, cached; social images drawn.
    &["photos", "social_image"],
    // Stage 2: the model.
    &["model"],
    // What check reports and build stops on; the rendering; the writing.
    &["findings", "render", "write"],
    // The stages in order.
    &["pipeline"],
    // The commands over the pipeline.
    &[
        "commands",
        "commands::scaffold",
        "commands::freshness",
        "commands::import",
        "commands::serve",
        "commands::check",
        "commands::cms_config",
        "commands::deploy",
    ],
];

/// The folders whose modules are named with them in [`FLOORS`].
const FOLDERS: &[&str] = &["input", "commands"];

/// Imports that still point up a floor, each a known debt of the layout:
/// (from, to). The list may only shrink; a new upward import fails.
const KNOWN_UPWARD: &[(&str, &str)] = &[];

fn floor_of(module: &str) -> Option<usize> {
    FLOORS.iter().position(|floor| floor.contains(&module))
}

/// A module's name as [`FLOORS`] has it, from the parts of its path.
fn unit<'a>(mut parts: impl Iterator<Item = &'a str>) -> String {
    let first = parts.next().unwrap_or_default();
    match parts.next() {
        Some(second) if FOLDERS.contains(&first) && !second.is_empty() => {
            format!("{first}::{second}")
        }
        _ => first.to_string(),
    }
}

fn ident(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The modules a source file names as `crate::…`, outside its tests and
/// comments.
fn crate_imports(text: &str) -> std::collections::BTreeSet<String> {
    let mut found = std::collections::BTreeSet::new();
    for line in text.lines() {
        let code = line.trim_start();
        if code.starts_with("#[cfg(test)]") {
            break;
        }
        if code.starts_with("//") {
            continue;
        }
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            let mut prefix = Vec::new();
            let mut here = rest;
            loop {
                if let Some(list) = here.strip_prefix('{') {
                    let end = list.find('}').unwrap_or(list.len());
                    for item in list[..end].split(',') {
                        let name = ident(item.trim());
                        let parts = prefix.iter().copied().chain([name]);
                        found.insert(unit(parts));
                    }
                    break;
                }
                let name = ident(here);
                prefix.push(name);
                here = &here[name.len()..];
                match here.strip_prefix("::") {
                    Some(more) if prefix.len() < 2 => here = more,
                    _ => {
                        found.insert(unit(prefix.iter().copied()));
                        break;
                    }
                }
            }
        }
    }
    found.remove("msg");
    found.remove("");
    found
}

#[test]
fn imports_run_one_way_down_the_floors() {
    let src = crate::support::repo().join("src");
    let mut upward = std::collections::BTreeSet::new();
    let mut unplaced = Vec::new();
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.expect("readable");
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let rel = path.strip_prefix(&src).expect("inside");
        let parts: Vec<String> = rel
            .components()
            .map(|c| {
                let part = c.as_os_str().to_string_lossy();
                let name = part.trim_end_matches(".rs");
                if name == "mod" {
                    String::new()
                } else {
                    name.to_string()
                }
            })
            .collect();
        let module = unit(parts.iter().map(String::as_str));
        if module == "main" || module == "lib" {
            continue;
        }
        let Some(own) = floor_of(&module) else {
            unplaced.push(module);
            continue;
        };
        let text = std::fs::read_to_string(path).expect("read");
        for used in crate_imports(&text) {
            if used == module {
                continue;
            }
            match floor_of(&used) {
                Some(floor) if floor > own => {
                    upward.insert((module.clone(), used, rel.display().to_string()));
                }
                Some(_) => {}
                None => unplaced.push(used),
            }
        }
    }
    assert!(
        unplaced.is_empty(),
        "modules on no floor (add them to FLOORS): {unplaced:?}"
    );
    let new: Vec<_> = upward
        .iter()
        .filter(|(from, to, _)| !KNOWN_UPWARD.contains(&(from.as_str(), to.as_str())))
        .collect();
    assert!(
        new.is_empty(),
        "imports that point up a floor (move the code to the floor that owns it): {new:?}"
    );
    let stale: Vec<_> = KNOWN_UPWARD
        .iter()
        .filter(|(from, to)| !upward.iter().any(|(f, t, _)| f == from && t == to))
        .collect();
    assert!(
        stale.is_empty(),
        "known upward imports that are gone: take them off KNOWN_UPWARD: {stale:?}"
    );
}

#[test]
fn the_readmes_map_names_every_module_and_only_modules_that_exist() {
    let repo = crate::support::repo();
    let readme = std::fs::read_to_string(repo.join("README.md")).expect("README");
    let start = readme.find("## Working on rapport").expect("the section");
    let block = &readme[start..];
    let block = &block[block.find("```\n").expect("the map") + 4..];
    let block = &block[..block.find("```").expect("its end")];
    // A line that starts with a space goes on from the line above.
    let named: Vec<&str> = block
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for path in &named {
        assert!(
            repo.join(path).exists(),
            "the map names {path}, which is not there"
        );
    }
    // Every module of src/, and of the stage folders named in FLOORS.
    let folders =
        std::iter::once("src".to_string()).chain(FOLDERS.iter().map(|f| format!("src/{f}")));
    for folder in folders {
        for entry in std::fs::read_dir(repo.join(&folder)).expect("src") {
            let entry = entry.expect("entry");
            let name = entry.file_name().to_string_lossy().into_owned();
            let shown = if entry.path().is_dir() {
                format!("{folder}/{name}/")
            } else if name.ends_with(".rs") && name != "mod.rs" {
                format!("{folder}/{name}")
            } else {
                continue;
            };
            // A folder of data beside a module of the same name belongs to it.
            if entry.path().is_dir() && repo.join(format!("{folder}/{name}.rs")).exists() {
                continue;
            }
            assert!(named.contains(&shown.as_str()), "the map lacks {shown}");
        }
    }
}
