//! The translator's view of the preview, at `/__rapport/translations/`:
//! every report with its state in each language, and one report's
//! original and translation side by side, paragraph by paragraph, with
//! what changed in the original since the translation marked. It is made
//! from the site folder on each request and is never part of a build.

use crate::html::escape;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use axum::extract::{Path as UrlPath, State};
use axum::http::StatusCode;
use axum::response::Response;

use crate::commands::freshness::{self, Freshness, State as Fresh};
use crate::model::{PageId, Site};

/// Where the view is served.
pub(crate) const PATH: &str = "/__rapport/translations/";

/// The site folder the view reads: all it needs of the server's state.
#[derive(Clone)]
pub(crate) struct SiteFolder(pub(crate) Arc<Path>);

/// The list of every report and its translations.
pub(crate) async fn index(State(SiteFolder(root)): State<SiteFolder>) -> Response {
    respond(root, None).await
}

/// One report, its original beside each translation.
pub(crate) async fn report(
    State(SiteFolder(root)): State<SiteFolder>,
    UrlPath(key): UrlPath<String>,
) -> Response {
    respond(root, Some(key)).await
}

async fn respond(root: Arc<Path>, key: Option<String>) -> Response {
    let made = tokio::task::spawn_blocking(move || page(&root, key.as_deref())).await;
    let (status, html) = made.unwrap_or_else(|_| {
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            document(
                &crate::msg!("translator-title"),
                &format!("<p>{}</p>", crate::msg!("translator-failed")),
            ),
        )
    });
    super::uncached(status, "text/html; charset=utf-8", html)
}

/// The page for `key` (a report's path without its language), or the list.
fn page(root: &Path, key: Option<&str>) -> (StatusCode, String) {
    let site = match crate::pipeline::documents_site(root) {
        Ok(site) => site,
        Err(problems) => {
            let body = format!(
                "<h1>{}</h1>\n<p>{}</p>\n<pre>{}</pre>",
                crate::msg!("translator-title"),
                crate::msg!("translator-site-errors"),
                escape(&problems.to_string())
            );
            return (
                StatusCode::OK,
                document(&crate::msg!("translator-title"), &body),
            );
        }
    };
    let states = freshness::assess(root, &site);
    match key {
        None => (StatusCode::OK, list(&site, &states)),
        Some(key) => match site
            .groups
            .iter()
            .position(|g| g.iter().any(|&p| site.pages[p].doc.key == key))
        {
            Some(group) => (StatusCode::OK, detail(&site, &states, group)),
            None => (
                StatusCode::NOT_FOUND,
                document(
                    &crate::msg!("translator-title"),
                    &format!(
                        "<h1>{}</h1>\n<p>{}</p>",
                        crate::msg!("translator-no-such-report"),
                        crate::msg!(
                            "translator-no-such-report.text",
                            key = escape(key),
                            list = PATH
                        )
                    ),
                ),
            ),
        },
    }
}

/// What a language's cell says of a group: its state in words and a class.
fn state_of(
    site: &Site,
    states: &[Freshness],
    group: &[PageId],
    lang: &str,
) -> (String, &'static str) {
    let Some(page) = group
        .iter()
        .copied()
        .find(|&p| site.pages[p].lang() == lang)
    else {
        return (crate::msg!("translator-state-missing"), "missing");
    };
    if group.len() > 1 && freshness::original(site, group) == Some(page) {
        return (crate::msg!("translator-state-original"), "original");
    }
    match states
        .iter()
        .find(|f| f.translation == page)
        .map(|f| &f.state)
    {
        Some(Fresh::Outdated {
            original_changed, ..
        }) => (
            match original_changed {
                Some(t) => crate::msg!(
                    "translator-state-outdated-since",
                    date = t.format(crate::dates::DAY)
                ),
                None => crate::msg!("translator-state-outdated"),
            },
            "outdated",
        ),
        Some(Fresh::UpToDate) => (crate::msg!("translator-state-current"), "current"),
        Some(Fresh::Unknown) => (crate::msg!("translator-state-unknown"), "unknown"),
        None => (crate::msg!("translator-state-only"), "original"),
    }
}

fn list(site: &Site, states: &[Freshness]) -> String {
    let languages = &site.config.languages;
    let mut groups: Vec<&Vec<PageId>> = site.groups.iter().collect();
    groups.sort_by_key(|g| {
        let first = &site.pages[g[0]];
        (!first.is_report(), std::cmp::Reverse(first.facts.date))
    });
    let mut rows = String::new();
    for group in groups {
        let main = freshness::original(site, group).unwrap_or(group[0]);
        let page = &site.pages[main];
        let date = page.facts.date.map_or(String::new(), crate::dates::day);
        rows.push_str(&format!(
            "<tr>\n<th scope=\"row\"><a href=\"{PATH}{}\" lang=\"{}\">{}</a></th>\n<td>{date}</td>\n",
            escape(&page.doc.key),
            escape(page.lang()),
            escape(&page.doc.front.title),
        ));
        for lang in languages {
            let (words, class) = state_of(site, states, group, lang);
            rows.push_str(&format!("<td class=\"{class}\">{words}</td>\n"));
        }
        rows.push_str("</tr>\n");
    }
    let heads: String = languages
        .iter()
        .map(|l| format!("<th scope=\"col\">{}</th>", escape(l)))
        .collect();
    let outdated = states
        .iter()
        .filter(|f| matches!(f.state, Fresh::Outdated { .. }))
        .count();
    let body = format!(
        "<h1>{}</h1>\n<p>{}</p>\n\
         <table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>{heads}</tr></thead>\n<tbody>\n{rows}</tbody>\n</table>",
        crate::msg!("translator-title"),
        crate::msg!(
            "translator-list-intro",
            reports = site.groups.len(),
            outdated = outdated
        ),
        crate::msg!("translator-list-caption"),
        crate::msg!("translator-list-report"),
        crate::msg!("translator-list-date"),
    );
    document(&crate::msg!("translator-title"), &body)
}

fn detail(site: &Site, states: &[Freshness], group: usize) -> String {
    let members = &site.groups[group];
    let original = freshness::original(site, members).unwrap_or(members[0]);
    let orig = &site.pages[original];
    let mut body = format!(
        "<p><a href=\"{PATH}\">{}</a></p>\n<h1><span lang=\"{}\">{}</span></h1>\n<p>{}</p>\n",
        crate::msg!("translator-all"),
        escape(orig.lang()),
        escape(&orig.doc.front.title),
        crate::msg!(
            "translator-original-is",
            file = escape(&orig.doc.file.display().to_string())
        ),
    );
    if members.len() < 2 {
        body.push_str(&format!(
            "<p>{}</p>\n",
            crate::msg!("translator-untranslated")
        ));
    }
    for &p in members.iter().filter(|&&p| p != original) {
        let translation = &site.pages[p];
        let state = states.iter().find(|f| f.translation == p);
        let (words, class) = state_of(site, states, members, translation.lang());
        body.push_str(&format!(
            "<section aria-labelledby=\"v-{lang}\">\n<h2 id=\"v-{lang}\">{lang_upper}: <span class=\"{class}\">{words}</span></h2>\n",
            lang = escape(translation.lang()),
            lang_upper = escape(&translation.lang().to_uppercase()),
        ));
        let base = state.and_then(|f| f.base.as_deref());
        let changed = matches!(state.map(|f| &f.state), Some(Fresh::Outdated { .. }));
        let base_list: Option<Vec<String>> = match (changed, base) {
            (true, Some(text)) => Some(paragraphs(body_of(text))),
            _ => None,
        };
        let left = paragraphs(&orig.doc.body);
        let right = paragraphs(&translation.doc.body);
        let changes = base_list.as_deref().map(|base| compare(base, &left));
        match (&changes, changed) {
            (Some(_), _) => body.push_str(&format!(
                "<p>{}</p>\n",
                crate::msg!(
                    "translator-changed-marked",
                    label = format!(
                        "<strong class=\"changed-label\">{}</strong>",
                        crate::msg!("translator-changed")
                    )
                )
            )),
            (None, true) => body.push_str(&format!(
                "<p>{}</p>\n",
                crate::msg!("translator-changes-unknown")
            )),
            _ => {}
        }
        let base = base_list.as_deref().unwrap_or_default();
        let before = |i: usize| {
            changes
                .as_ref()
                .and_then(|c| c.before.get(i).copied().flatten())
                .map(|k| &base[k])
        };
        let (from, to) = (escape(orig.lang()), escape(translation.lang()));
        body.push_str(&format!(
            "<table class=\"side\">\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            crate::msg!("translator-side-caption", original = from, translation = to),
            crate::msg!("translator-side-original", lang = from),
            crate::msg!("translator-side-translation", lang = to),
        ));
        body.push_str(&format!(
            "<tr><td lang=\"{}\"><strong>{}</strong></td><td lang=\"{}\"><strong>{}</strong></td></tr>\n",
            escape(orig.lang()),
            escape(&orig.doc.front.title),
            escape(translation.lang()),
            escape(&translation.doc.front.title),
        ));
        for i in 0..left.len().max(right.len()) {
            let cell = |list: &[String], lang: &str, mark: bool| {
                match list.get(i) {
                Some(text) if mark => format!(
                    "<td lang=\"{}\" class=\"changed\"><span class=\"changed-label\" lang=\"{ui}\">{}</span> {}{}</td>",
                    escape(lang),
                    crate::msg!("translator-changed"),
                    escape(text),
                    before(i).map_or(String::new(), |old| format!(
                        " <span class=\"before\"><span class=\"changed-label\" lang=\"{}\">{}</span> <del>{}</del></span>",
                        crate::messages::current().code(),
                        crate::msg!("translator-before"),
                        escape(old)
                    )),
                    ui = crate::messages::current().code()
                ),
                Some(text) => format!("<td lang=\"{}\">{}</td>", escape(lang), escape(text)),
                None => "<td></td>".to_string(),
            }
            };
            let mark = changes
                .as_ref()
                .is_some_and(|c| c.changed.get(i) == Some(&true));
            body.push_str(&format!(
                "<tr>{}{}</tr>\n",
                cell(&left, orig.lang(), mark),
                cell(&right, translation.lang(), false)
            ));
        }
        body.push_str("</tbody>\n</table>\n");
        {
            let removed = changes.as_ref().map_or(&[][..], |c| &c.removed[..]);
            if !removed.is_empty() {
                body.push_str(&format!("<h3>{}</h3>\n", crate::msg!("translator-removed")));
                for p in removed.iter().map(|&k| &base[k]) {
                    body.push_str(&format!(
                        "<blockquote lang=\"{}\"><del>{}</del></blockquote>\n",
                        escape(orig.lang()),
                        escape(p)
                    ));
                }
            }
        }
        body.push_str("</section>\n");
    }
    document(
        &crate::msg!("translator-title-report", title = orig.doc.front.title),
        &body,
    )
}

/// How the paragraphs of an original now differ from those of the version
/// a translation was made from.
#[derive(Debug, PartialEq, Eq)]
struct Changes {
    /// For each paragraph now: whether it is not among the earlier ones.
    changed: Vec<bool>,
    /// For each paragraph now: the earlier paragraph it was made from, when
    /// one taken out looks like it.
    before: Vec<Option<usize>>,
    /// The earlier paragraphs taken out and not paired with a changed one,
    /// in their order.
    removed: Vec<usize>,
}

/// Removed paragraphs looked at for each changed one, from the place the
/// unchanged paragraphs before it give.
const WINDOW: usize = 8;

/// How alike a paragraph taken out must be to stop looking further.
const CLEARLY: f64 = 0.75;

/// Characters compared for one pair of paragraphs (one's length times the
/// other's), at most: two paragraphs of 3,000 characters each.
const PAIR_COST: usize = 9_000_000;

/// Characters compared for one translation's page, at most (about 0.4 s):
/// beyond, changed paragraphs are not paired any more.
const BUDGET: usize = 200_000_000;

/// Compares the paragraphs of the version translated from (`base`) with
/// those of the original `now`, in time about linear in their number.
/// A paragraph is changed when it is not among the earlier ones (a moved
/// paragraph is not). Each changed paragraph, in order, is paired with the
/// first [`CLEARLY`] alike, else the most alike (more than half, by
/// Levenshtein distance), of the next [`WINDOW`] unpaired paragraphs taken
/// out, counted from the place of the last unchanged paragraph before it
/// (or of the last pair, if later).
fn compare(base: &[String], now: &[String]) -> Changes {
    let in_base: HashSet<&str> = base.iter().map(String::as_str).collect();
    let in_now: HashSet<&str> = now.iter().map(String::as_str).collect();
    let changed: Vec<bool> = now.iter().map(|p| !in_base.contains(p.as_str())).collect();
    // The earlier paragraphs taken out, by their place in `base`.
    let taken: Vec<usize> = (0..base.len())
        .filter(|&k| !in_now.contains(base[k].as_str()))
        .collect();
    let mut places: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, p) in base.iter().enumerate() {
        places.entry(p.as_str()).or_default().push(k);
    }
    let mut before = vec![None; now.len()];
    let mut paired = vec![false; taken.len()];
    // The place reached in `base`, and the first taken-out paragraph after it.
    let mut cursor = 0;
    let mut next = 0;
    let mut budget = BUDGET;
    for (i, p) in now.iter().enumerate() {
        if !changed[i] {
            // An unchanged paragraph: the next one after the cursor of the
            // same text is its place (none when it moved back).
            let list = &places[p.as_str()];
            if let Some(&k) = list.get(list.partition_point(|&k| k < cursor)) {
                cursor = k + 1;
                next = next.max(taken.partition_point(|&t| t < cursor));
            }
            continue;
        }
        let length = p.chars().count();
        let mut best: Option<(f64, usize)> = None;
        for j in (next..taken.len()).filter(|&j| !paired[j]).take(WINDOW) {
            let old = &base[taken[j]];
            let old_length = old.chars().count();
            let (short, long) = (length.min(old_length), length.max(old_length));
            // The distance is at least the difference of the lengths, so
            // texts whose lengths differ by half or more cannot be alike.
            if 2 * short <= long {
                continue;
            }
            // Nor does it change without what both begin and end with.
            let (a, b) = differing(old, p);
            let cost = a.chars().count() * b.chars().count();
            if cost > PAIR_COST || cost > budget {
                continue;
            }
            budget -= cost;
            let score = 1.0 - strsim::levenshtein(a, b) as f64 / long as f64;
            if score > 0.5 && best.is_none_or(|(b, _)| score > b) {
                best = Some((score, j));
            }
            if score >= CLEARLY {
                break;
            }
        }
        if let Some((_, j)) = best {
            paired[j] = true;
            before[i] = Some(taken[j]);
            cursor = cursor.max(taken[j] + 1);
            next = next.max(j + 1);
        }
    }
    let removed = taken
        .iter()
        .zip(&paired)
        .filter(|(_, &p)| !p)
        .map(|(&k, _)| k)
        .collect();
    Changes {
        changed,
        before,
        removed,
    }
}

/// `a` and `b` without the characters both begin with and both end with.
fn differing<'a, 'b>(a: &'a str, b: &'b str) -> (&'a str, &'b str) {
    let same = |x: &mut dyn Iterator<Item = (char, char)>| -> usize {
        x.take_while(|(x, y)| x == y)
            .map(|(x, _)| x.len_utf8())
            .sum()
    };
    let start = same(&mut a.chars().zip(b.chars()));
    let (a, b) = (&a[start..], &b[start..]);
    let end = same(&mut a.chars().rev().zip(b.chars().rev()));
    (&a[..a.len() - end], &b[..b.len() - end])
}

/// The Markdown after a file's front matter.
fn body_of(text: &str) -> &str {
    crate::input::document::front_matter::split(Path::new(""), text).map_or(text, |s| s.body)
}

/// The paragraphs of Markdown text: blocks between blank lines, trimmed.
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.trim().replace("\r\n", "\n"))
        .filter(|p| !p.is_empty())
        .collect()
}

/// A whole page in the preview's plain style.
fn document(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n",
        crate::messages::current().code(),
        escape(&crate::msg!("translator-document-title", title = title))
    )
}

const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d2329;background:#fff}\
main{max-width:72rem;margin:0 auto;padding:1.5rem}\
a{color:#0b57a4}a:focus-visible{outline:3px solid #f5a623;outline-offset:2px}\
table{border-collapse:collapse;width:100%;margin:1rem 0}\
caption{text-align:left;font-weight:600;padding:.5rem 0}\
th,td{border:1px solid #c9d1d9;padding:.5rem .75rem;text-align:left;vertical-align:top}\
thead th{background:#f1f4f7}\
table.side td{width:50%;white-space:pre-wrap}\
.missing{color:#8a1c12;background:#fff1ef}\
.outdated{color:#7a4a00;background:#fff6dc;font-weight:600}\
.current{color:#1a5e2a}\
.unknown,.original{color:#4a5561}\
td.changed{background:#fff6dc;border-left:4px solid #b26b00}\
.changed-label{display:inline-block;font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;color:#7a4a00;margin-right:.4rem}\
del{color:#5b2a20}.before{display:block;margin-top:.5rem;padding-top:.5rem;border-top:1px dashed #b26b00}\
blockquote{margin:.5rem 0;padding:.5rem 1rem;border-left:4px solid #c9d1d9;white-space:pre-wrap}";

#[cfg(test)]
mod tests {
    use super::*;

    fn list(text: &str) -> Vec<String> {
        text.split('|').map(str::to_string).collect()
    }

    /// Each paragraph of `now` with its mark and earlier version, and the
    /// paragraphs listed as taken out.
    fn shown(base: &str, now: &str) -> (Vec<String>, Vec<String>) {
        let (base, now) = (list(base), list(now));
        let c = compare(&base, &now);
        let rows = now
            .iter()
            .enumerate()
            .map(|(i, p)| match (c.changed[i], c.before[i]) {
                (false, _) => p.clone(),
                (true, None) => format!("{p} (new)"),
                (true, Some(k)) => format!("{p} (was {})", base[k]),
            })
            .collect();
        (rows, c.removed.iter().map(|&k| base[k].clone()).collect())
    }

    #[test]
    fn edited_paragraphs_are_paired_in_order_and_new_ones_stand_alone() {
        let (rows, removed) = shown(
            "Mötet började klockan nio.|Vi talade om skolan.|Slut.",
            "Mötet började klockan tio.|Ett helt nytt stycke här.|Vi talade om skolorna.|Slut.",
        );
        assert_eq!(
            rows,
            [
                "Mötet började klockan tio. (was Mötet började klockan nio.)",
                "Ett helt nytt stycke här. (new)",
                "Vi talade om skolorna. (was Vi talade om skolan.)",
                "Slut.",
            ]
        );
        assert!(removed.is_empty(), "{removed:?}");
    }

    #[test]
    fn paragraphs_taken_out_are_listed_and_do_not_hide_a_later_edit() {
        let mut base: Vec<String> = vec!["Inledning.".into()];
        base.extend((0..20).map(|i| format!("Borttaget stycke nummer {i} om något.")));
        base.extend(["Mitten.".into(), "Sista stycket om mötet.".into()]);
        let now = "Inledning.|Mitten.|Sista stycket om mötet i Astana.";
        let (rows, removed) = shown(&base.join("|"), now);
        assert_eq!(
            rows,
            [
                "Inledning.",
                "Mitten.",
                "Sista stycket om mötet i Astana. (was Sista stycket om mötet.)"
            ]
        );
        assert_eq!(removed, base[1..21]);
    }

    #[test]
    fn moved_and_repeated_paragraphs_are_not_changed() {
        let (rows, removed) = shown("A.|* * *|B.|* * *|C.", "C.|* * *|A.|* * *|B.|* * *");
        assert_eq!(rows, ["C.", "* * *", "A.", "* * *", "B.", "* * *"]);
        assert!(removed.is_empty());
    }

    #[test]
    fn texts_alike_by_less_than_half_are_not_paired() {
        let (rows, removed) = shown(
            "Kort.|Gemensamt.",
            "Något helt annat och mycket längre.|Gemensamt.",
        );
        assert_eq!(
            rows,
            ["Något helt annat och mycket längre. (new)", "Gemensamt."]
        );
        assert_eq!(removed, ["Kort."]);
    }

    #[test]
    fn what_both_begin_and_end_with_is_left_out_exactly() {
        assert_eq!(differing("Mötet i Åre.", "Mötet i Umeå."), ("Åre", "Umeå"));
        assert_eq!(differing("aaa", "aa"), ("a", ""));
        assert_eq!(differing("å", "å"), ("", ""));
        for (a, b) in [
            ("Mötet i Åre.", "Mötet i Umeå."),
            ("kitten", "sitting"),
            ("aaa", "aa"),
        ] {
            let (x, y) = differing(a, b);
            assert_eq!(strsim::levenshtein(x, y), strsim::levenshtein(a, b));
        }
    }

    #[test]
    fn every_paragraph_edited_pairs_each_with_its_own() {
        let base: Vec<String> = (0..400)
            .map(|i| format!("Stycke {i}: delegationen besökte sjukhuset och skolan."))
            .collect();
        let now: Vec<String> = (0..400)
            .map(|i| format!("Stycke {i}: delegationen besökte sjukhuset och skolorna."))
            .collect();
        let c = compare(&base, &now);
        assert!(c.changed.iter().all(|&c| c));
        assert_eq!(c.before, (0..400).map(Some).collect::<Vec<_>>());
        assert!(c.removed.is_empty());
    }
}
