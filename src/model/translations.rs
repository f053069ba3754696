//! Pairing translations: files with the same path once the language suffix
//! is removed, or with the same `translation:` key, are one report.

use std::collections::HashMap;
use std::sync::Arc;

use crate::diagnostics::Diagnostic;
use crate::input::config::Config;
use crate::input::document::Document;

/// Groups `docs` into translation groups of indices into `docs`, each in the
/// site's language order; two files in one language of a group are an error.
pub(super) fn pair(
    docs: &[&Arc<Document>],
    config: &Config,
    problems: &mut Vec<Diagnostic>,
) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..docs.len()).collect();
    // Keyed by (is a `translation:` key, the key): no text is copied.
    let mut first_with: HashMap<(bool, &str), usize> = HashMap::with_capacity(docs.len());
    for (i, doc) in docs.iter().enumerate() {
        let by_path = Some((false, doc.key.as_str()));
        let by_key = doc.front.translation.as_deref().map(|t| (true, t));
        for key in [by_path, by_key].into_iter().flatten() {
            match first_with.get(&key) {
                Some(&j) => union(&mut parent, i, j),
                None => {
                    first_with.insert(key, i);
                }
            }
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..docs.len() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(i);
    }
    let order = |lang: &str| {
        config
            .languages
            .iter()
            .position(|l| l == lang)
            .unwrap_or(usize::MAX)
    };
    let mut result: Vec<Vec<usize>> = Vec::with_capacity(groups.len());
    for (_, mut members) in groups {
        members.sort_by(|&a, &b| {
            order(&docs[a].lang)
                .cmp(&order(&docs[b].lang))
                .then(docs[a].path.cmp(&docs[b].path))
        });
        let mut kept: Vec<usize> = Vec::with_capacity(members.len());
        for m in members {
            match kept.iter().find(|&&k| docs[k].lang == docs[m].lang) {
                Some(&k) => problems.push(
                    Diagnostic::in_file(
                        &docs[m].file,
                        crate::msg!(
                            "translations-same-language",
                            file = docs[k].file.display(),
                            lang = docs[m].lang
                        ),
                    )
                    .help(crate::msg!("translations-same-language.help")),
                ),
                None => kept.push(m),
            }
        }
        result.push(kept);
    }
    result.sort_by(|a, b| docs[a[0]].path.cmp(&docs[b[0]].path));
    result
}

fn find(parent: &mut [usize], i: usize) -> usize {
    let mut root = i;
    while parent[root] != root {
        root = parent[root];
    }
    let mut node = i;
    while parent[node] != root {
        let next = parent[node];
        parent[node] = root;
        node = next;
    }
    root
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}
