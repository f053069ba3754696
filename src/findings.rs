//! What `check` reports and `build` stops on: one function, [`analyse`],
//! over the loaded sources and the finished model. `build` fails on its
//! errors and counts its warnings; `rapport check` prints them all.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, LineIndex, Span};
use crate::input::document::Document;
use crate::input::load::Sources;
use crate::model::{ModelOptions, OutputKind, Page, PageId, Site};
use crate::render;

/// What `build` and `check` find besides the errors of the stages
/// themselves: images and covers that lead nowhere, links to addresses the
/// site does not have, a title still marked for translation, the text
/// `rapport new` wrote, future dates, translations that disagree, unused
/// messages, and what parsing noticed. `build` fails on its errors and
/// counts its warnings; `check` prints them all.
///
/// `publish` says what the build publishes: a published report that links
/// to a draft or to a report scheduled for later is an error, as the build
/// that leaves the target out finds it (`check` builds its model with
/// both, to check them too).
pub(crate) fn analyse(
    sources: &Sources,
    site: &Site,
    today: NaiveDate,
    publish: ModelOptions,
) -> Vec<Diagnostic> {
    let root = sources.root.as_path();
    let mut list: Vec<Diagnostic> = sources
        .documents
        .iter()
        .flat_map(|d| d.warnings.iter().cloned())
        .collect();
    list.extend(sources.misnamed.iter().cloned());
    list.extend(unused_messages(sources));
    // What the build publishes: `check`'s model also has the drafts and
    // reports scheduled for later, whose pages the build leaves out.
    let left_out = |kind: &OutputKind| match kind {
        OutputKind::Page(id) | OutputKind::Redirect { page: id, .. } => {
            !published(site.page_head(*id), publish)
        }
        OutputKind::Moved { page: Some(id), .. } => !published(site.page_head(*id), publish),
        _ => false,
    };
    // Links to those are `links_to_unpublished`'s, which names them.
    let owned: BTreeSet<&str> = site.outputs.iter().map(|o| o.path.as_str()).collect();
    let unpublished: HashMap<&str, PageId> = site
        .outputs
        .iter()
        .filter_map(|o| match o.kind {
            OutputKind::Page(id)
            | OutputKind::Redirect { page: id, .. }
            | OutputKind::Moved { page: Some(id), .. }
                if left_out(&o.kind) =>
            {
                Some((o.path.as_str(), id))
            }
            _ => None,
        })
        .collect();
    let per_page: Vec<Vec<Diagnostic>> = site
        .pages
        .par_iter()
        .map(|page| {
            let refs = crate::input::markdown::references(&page.doc.body);
            let mut out = links_and_images(root, site, &owned, &page.doc, &page.url, &refs);
            out.extend(leftovers(sources, root, page, today));
            out.extend(shortcodes_left(&page.doc));
            out.extend(links_to_unpublished(
                site,
                page,
                publish,
                &refs,
                &unpublished,
            ));
            if sources.config.raw_html {
                out.extend(scripts_left(&page.doc));
            }
            out
        })
        .collect();
    list.extend(per_page.into_iter().flatten());
    list.extend(photo_findings(sources, site));
    list.extend(disagreeing_translations(root, site));
    list.extend(emptied_facts(root, site));
    list.extend(term_suggestions(site));
    list
}

/// Whether `page` is published by a build with `publish`.
fn published(page: &crate::model::Page, publish: ModelOptions) -> bool {
    (publish.drafts || !page.doc.front.draft)
        && match (publish.today, page.facts.embargo) {
            (Some(now), Some(embargo)) => embargo.lifted(now),
            _ => true,
        }
}

/// Links from a published page to reports the build leaves out: drafts
/// and reports scheduled for later, which the published page would lead
/// to as a dead link.
fn links_to_unpublished(
    site: &Site,
    page: &crate::model::Page,
    publish: ModelOptions,
    refs: &[crate::input::markdown::Reference],
    unpublished: &HashMap<&str, PageId>,
) -> Vec<Diagnostic> {
    if !published(page, publish) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut lines: Option<LineIndex<'_>> = None;
    for r in refs.iter().filter(|r| !r.image) {
        let (target, candidates) = match crate::input::markdown::internal_link(&r.src) {
            Some((target, _)) => (target, site.link_candidates(&page.doc, target)),
            // An address of the site, as the draft's page would have.
            None => match site_path(site, &page.url, &r.src).and_then(|rel| {
                let index = format!("{}/index.html", rel.trim_end_matches('/'));
                unpublished
                    .get(rel.as_str())
                    .or_else(|| unpublished.get(index.trim_start_matches('/')))
                    .copied()
            }) {
                Some(id) => (r.src.as_str(), vec![id]),
                None => continue,
            },
        };
        let Some(&first) = candidates.first() else {
            continue;
        };
        if candidates
            .iter()
            .any(|&p| published(site.page_head(p), publish))
        {
            continue;
        }
        let linked = site.page_head(first);
        let (message, help) = match linked.facts.embargo {
            Some(embargo) if !linked.doc.front.draft => (
                crate::msg!(
                    "check-link-to-scheduled",
                    target = target,
                    date = crate::dates::day(embargo.day)
                ),
                crate::msg!("check-link-to-scheduled.help"),
            ),
            _ => (
                crate::msg!("check-link-to-draft", target = target),
                crate::msg!("check-link-to-draft.help"),
            ),
        };
        let lines = lines.get_or_insert_with(|| LineIndex::new(&page.doc.body));
        let in_body = lines.span(r.offset, r.offset + r.len.max(1));
        let mut span = in_body;
        span.line += page.doc.body_line - 1;
        out.push(
            Diagnostic::in_file(&page.doc.file, message)
                .at_line(lines.line(in_body.line), in_body)
                .at_position(span)
                .help(help),
        );
    }
    out
}

/// Raw HTML in a document that can run a script, at its place: whoever
/// wrote it (an old blog's readers, a received site, a pasted embed), it
/// would run on the published page.
fn scripts_left(doc: &Document) -> Vec<Diagnostic> {
    let found = crate::input::markdown::scripts_in_html(&doc.body);
    if found.is_empty() {
        return Vec::new();
    }
    let lines = LineIndex::new(&doc.body);
    found
        .into_iter()
        .map(|(at, len, what)| {
            let in_body = lines.span(at, at + len);
            let mut span = in_body;
            span.line += doc.body_line - 1;
            Diagnostic::in_file(&doc.file, crate::msg!("check-script-in-html", what = what))
                .at_line(lines.line(in_body.line), in_body)
                .at_position(span)
                .warning()
                .help(crate::msg!("check-script-in-html.help"))
        })
        .collect()
}

/// Hugo or Jekyll shortcodes left in a document's Markdown, outside code blocks.
pub(crate) fn shortcodes_left(doc: &Document) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut fence: Option<&str> = None;
    for (i, line) in doc.body.lines().enumerate() {
        let trimmed = line.trim_start();
        if let Some(open) = fence {
            if trimmed.starts_with(open) {
                fence = None;
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = Some(&trimmed[..3]);
            continue;
        }
        let at = ["{{<", "{{%", "{%"]
            .iter()
            .filter_map(|open| line.find(open))
            .min();
        if let Some(at) = at {
            let column = line[..at].chars().count() + 1;
            let len = line[at..]
                .find("}}")
                .map_or(3, |end| line[at..at + end + 2].chars().count());
            let mut d = Diagnostic::in_file(&doc.file, crate::msg!("check-shortcode"))
                .at_line(line, Span::new(i + 1, column, len))
                .warning()
                .help(crate::msg!("check-shortcode.help"));
            if let Some(span) = d.span.as_mut() {
                span.line = doc.body_line + i;
            }
            found.push(d);
        }
    }
    found
}

/// A title still marked for translation, the text `rapport new` wrote, and
/// a date in the future.
fn leftovers(
    sources: &Sources,
    root: &Path,
    page: &crate::model::Page,
    today: NaiveDate,
) -> Vec<Diagnostic> {
    let mut list = Vec::new();
    let message = |lang: &str, id: &str| {
        sources
            .locales
            .get(lang)
            .and_then(|l| l.format(id, None).ok())
            .filter(|m| !m.is_empty())
    };
    let markers: BTreeSet<String> = sources
        .config
        .languages
        .iter()
        .filter_map(|l| message(l, "new-translate-marker"))
        .collect();
    if let Some(marker) = markers
        .iter()
        .find(|m| page.doc.front.title.starts_with(&format!("{m}:")))
    {
        list.push(
            at_key(
                root,
                &page.doc,
                "title",
                crate::msg!("check-untranslated", marker = marker),
            )
            .warning()
            .help(crate::msg!("check-untranslated.help")),
        );
    }
    let prompts: BTreeSet<String> = sources
        .config
        .languages
        .iter()
        .filter_map(|l| message(l, "new-summary-prompt"))
        .collect();
    for prompt in &prompts {
        if let Some(offset) = page.doc.body.find(prompt.as_str()) {
            let mut span = LineIndex::new(&page.doc.body).span(offset, offset + prompt.len());
            let d = Diagnostic::in_file(&page.doc.file, crate::msg!("check-prompt-left"))
                .at(&page.doc.body, span)
                .warning()
                .help(crate::msg!("check-prompt-left.help"));
            span.line += page.doc.body_line - 1;
            list.push(d.at_position(span));
        }
    }
    if let Some(date) = page.doc.front.date.filter(|d| *d > today) {
        list.push(
            at_key(
                root,
                &page.doc,
                "date",
                crate::msg!("check-future-date", date = date),
            )
            .warning()
            .help(crate::msg!("check-future-date.help")),
        );
    }
    list
}

fn at_key(root: &Path, doc: &Document, key: &str, message: String) -> Diagnostic {
    let text = std::fs::read_to_string(root.join(&doc.file)).unwrap_or_default();
    let line = text
        .lines()
        .position(|l| l.starts_with(&format!("{key}:")))
        .map_or(1, |i| i + 1);
    Diagnostic::in_file(&doc.file, message).at(&text, Span::new(line, 1, key.len()))
}

/// Messages no template uses and rapport does not need.
fn unused_messages(sources: &Sources) -> Vec<Diagnostic> {
    let used: BTreeSet<String> = render::used_messages(sources)
        .into_iter()
        .map(|(id, _, _)| id)
        .collect();
    let dynamic: Vec<String> = sources
        .config
        .taxonomies
        .iter()
        .flat_map(|t| [format!("taxonomy-{t}"), format!("taxonomy-{t}-slug")])
        .collect();
    let mut out = Vec::new();
    for lang in &sources.config.languages {
        let Some(locale) = sources.locales.get(lang) else {
            continue;
        };
        for (id, (file, line)) in &locale.messages {
            if used.contains(id)
                || render::OWN_MESSAGES.contains(&id.as_str())
                || dynamic.contains(id)
            {
                continue;
            }
            let text = std::fs::read_to_string(sources.root.join(file)).unwrap_or_default();
            out.push(
                Diagnostic::in_file(file, crate::msg!("check-unused-message", id = id))
                    .at(&text, Span::new(*line, 1, id.chars().count()))
                    .warning()
                    .help(crate::msg!("check-unused-message.help")),
            );
        }
    }
    out
}

/// Images, covers and links to addresses of the site that lead nowhere,
/// in Markdown and in raw HTML, and images without alt text, each at its
/// line. (Links to `.md` files are checked when the page is rendered.)
fn links_and_images(
    root: &Path,
    site: &Site,
    owned: &BTreeSet<&str>,
    doc: &Document,
    url: &str,
    refs: &[crate::input::markdown::Reference],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let lines = LineIndex::new(&doc.body);
    let dir = doc.path.rsplit_once('/').map_or("", |(d, _)| d);
    let target = |src: &str| site_path(site, url, src);
    let exists = |rel: &str| {
        rel.is_empty()
            || owned.contains(rel)
            || owned.contains(
                format!("{}/index.html", rel.trim_end_matches('/')).trim_start_matches('/'),
            )
    };
    let on_disk = |src: &str| {
        let path =
            percent_encoding::percent_decode_str(src.split(['?', '#']).next().unwrap_or(src))
                .decode_utf8_lossy()
                .into_owned();
        !path.starts_with('/') && root.join("content").join(dir).join(&path).is_file()
    };
    let suggestion = |src: &str| -> Option<String> {
        let name = src.rsplit('/').next().unwrap_or(src).to_lowercase();
        let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
        doc.bundle
            .as_ref()?
            .files
            .iter()
            .find(|f| {
                let f = f.to_lowercase();
                f == name || f.rsplit_once('.').is_some_and(|(s, _)| s == stem)
            })
            .cloned()
    };
    // A bundle photo written in raw HTML on a page where it is not published.
    let home = doc
        .bundle
        .as_ref()
        .and_then(|b| site.photo_homes.get(&b.dir));
    let shared_elsewhere = |src: &str| {
        doc.bundle.as_ref().is_some_and(|b| {
            crate::photos::bundle_file(&b.files, src).is_some_and(crate::photos::is_photo)
        }) && home.is_some_and(|h| h != url)
    };
    let home_lang = home.and_then(|h| h.split('/').next()).unwrap_or_default();
    for r in refs {
        let in_body = lines.span(r.offset, r.offset + r.len.max(1));
        let mut span = in_body;
        span.line += doc.body_line - 1;
        // The line is drawn from the body; its number is the file's.
        let located = |message: String| {
            Diagnostic::in_file(&doc.file, message)
                .at_line(lines.line(in_body.line), in_body)
                .at_position(span)
        };
        let Some(rel) = target(&r.src) else {
            continue;
        };
        if r.alt.is_none() && !exists(&rel) && shared_elsewhere(&r.src) {
            out.push(
                located(crate::msg!(
                    "check-photo-elsewhere",
                    src = r.src,
                    lang = home_lang
                ))
                .help(crate::msg!("check-photo-elsewhere.help")),
            );
        } else if r.src.ends_with(".md")
            || r.src.contains(".md#")
            || exists(&rel)
            || on_disk(&r.src)
        {
            // found
        } else if r.image {
            let help = match suggestion(&r.src) {
                Some(s) => crate::msg!("check-file-suggestion", suggestion = s),
                None => crate::msg!("check-image-nowhere.help"),
            };
            out.push(
                located(crate::msg!("check-image-nowhere", src = r.src))
                    .help(help)
                    .kind(crate::diagnostics::Kind::BrokenLink {
                        target: r.src.clone(),
                    }),
            );
        } else {
            out.push(
                located(crate::msg!("check-link-nowhere", target = r.src))
                    .help(crate::msg!("check-link-nowhere.help"))
                    .kind(crate::diagnostics::Kind::BrokenLink {
                        target: r.src.clone(),
                    }),
            );
        }
        if r.image && r.alt.as_deref().is_some_and(|a| a.trim().is_empty()) {
            out.push(
                located(crate::msg!("check-no-alt", src = r.src))
                    .warning()
                    .help(crate::msg!("check-no-alt.help")),
            );
        }
    }
    // An image Markdown did not read (a name with a space) is published as
    // text: an error when its address leads nowhere, as any image's is.
    for unread in &doc.unread_images {
        let Some(src) = unread.src.as_deref() else {
            continue;
        };
        let in_body = lines.span(unread.offset, unread.offset + 2);
        let mut span = in_body;
        span.line += doc.body_line - 1;
        let nowhere = target(src).is_some_and(|rel| !exists(&rel) && !on_disk(src));
        let d = if nowhere {
            let help = match suggestion(src) {
                Some(s) => crate::msg!("check-file-suggestion", suggestion = s),
                None => crate::msg!("check-image-nowhere.help"),
            };
            Diagnostic::in_file(&doc.file, crate::msg!("check-image-nowhere", src = src))
                .help(help)
                .kind(crate::diagnostics::Kind::BrokenLink {
                    target: src.to_string(),
                })
        } else {
            Diagnostic::in_file(&doc.file, crate::msg!("document-unread-image"))
                .warning()
                .help(crate::msg!("document-unread-image.help"))
        };
        out.push(
            d.at_line(lines.line(in_body.line), in_body)
                .at_position(span),
        );
    }
    if let Some(cover) = &doc.front.cover {
        let found = target(&cover.src).is_none_or(|rel| exists(&rel)) || on_disk(&cover.src);
        if !found {
            let help = match suggestion(&cover.src) {
                Some(s) => crate::msg!("check-file-suggestion", suggestion = s),
                None => crate::msg!("check-cover-nowhere.help"),
            };
            out.push(
                at_key(
                    root,
                    doc,
                    "cover",
                    crate::msg!("check-cover-nowhere", src = cover.src),
                )
                .help(help)
                .kind(crate::diagnostics::Kind::BrokenLink {
                    target: cover.src.clone(),
                }),
            );
        }
    }
    out
}

/// Photos that cannot be read, photos that give away where they were
/// taken, and HEIC photos, which browsers other than Safari cannot show.
fn photo_findings(sources: &Sources, site: &Site) -> Vec<Diagnostic> {
    let mut out = site.photos.problems.clone();
    let help = if sources.config.images.keep_metadata {
        crate::msg!("check-gps.help-kept")
    } else {
        crate::msg!("check-gps.help")
    };
    for path in &site.photos.with_gps {
        out.push(
            Diagnostic::in_file(Path::new("content").join(path), crate::msg!("check-gps"))
                .warning()
                .help(help.clone()),
        );
    }
    let mut bundles: BTreeMap<&crate::input::document::Bundle, Vec<&Document>> = BTreeMap::new();
    for doc in &sources.documents {
        if let Some(bundle) = &doc.bundle {
            bundles.entry(bundle).or_default().push(doc);
        }
    }
    for (bundle, docs) in bundles {
        // An HEIC photo a report shows is an error; one no report shows
        // is not published, and a warning.
        let shown = crate::photos::shown(&bundle.files, &docs);
        for file in bundle.files.iter().filter(|f| crate::photos::is_heic(f)) {
            let path = Path::new("content").join(&bundle.dir).join(file);
            out.push(if shown.contains(file.as_str()) {
                Diagnostic::in_file(path, crate::msg!("check-heic"))
                    .help(crate::msg!("check-heic.help"))
            } else {
                Diagnostic::in_file(path, crate::msg!("check-heic-unused"))
                    .warning()
                    .help(crate::msg!("check-heic-unused.help"))
            });
        }
    }
    out
}

/// Whether `src` starts with a URL scheme (`https:`, `mailto:`).
/// The site-relative output path an address written on the page at `url`
/// leads to, if it is one of the site's.
fn site_path(site: &Site, url: &str, src: &str) -> Option<String> {
    if src.is_empty() || src.starts_with('#') || src.starts_with("//") || has_scheme(src) {
        return None;
    }
    let base = site.config.base_path.trim_start_matches('/');
    let path = src.split(['?', '#']).next().unwrap_or(src);
    let path = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    let joined = match path.strip_prefix('/') {
        Some(rooted) => rooted.strip_prefix(base).unwrap_or(rooted).to_string(),
        None => format!("{url}{path}"),
    };
    Some(normalize_url_path(&joined))
}

fn has_scheme(src: &str) -> bool {
    match src.find(':') {
        Some(i) => {
            i > 0
                && src[..i]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
                && !src[..i].contains('/')
        }
        None => false,
    }
}

/// A site-relative path with `.`, `..` and repeated `/` resolved.
fn normalize_url_path(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    let mut out = parts.join("/");
    if path.ends_with('/') && !out.is_empty() {
        out.push('/');
    }
    out
}

/// Translations whose dates differ, or whose tags differ in number.
fn disagreeing_translations(root: &Path, site: &Site) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for group in &site.groups {
        let dated: BTreeMap<NaiveDate, &Document> = group
            .iter()
            .filter_map(|&p| {
                site.pages[p]
                    .doc
                    .front
                    .date
                    .map(|d| (d, site.pages[p].doc.as_ref()))
            })
            .collect();
        if dated.len() > 1 {
            let mut iter = dated.values();
            if let (Some(a), Some(b)) = (iter.next(), iter.next()) {
                out.push(
                    at_key(
                        root,
                        b,
                        "date",
                        crate::msg!("check-date-differs", file = a.file.display()),
                    )
                    .warning()
                    .help(crate::msg!("check-date-differs.help")),
                );
            }
        }
        let counts: BTreeSet<usize> = group
            .iter()
            .map(|&p| site.pages[p].doc.front.tags.len())
            .collect();
        if counts.len() > 1 {
            let doc = &site.pages[group[group.len() - 1]].doc;
            out.push(
                at_key(root, doc, "tags", crate::msg!("check-tag-counts"))
                    .warning()
                    .help(crate::msg!("check-tag-counts.help")),
            );
        }
    }
    out
}

/// Translations whose empty list (`organizations: []`, `participants: []`,
/// `author: []`) hides the meeting's facts that another language's file
/// gives: a translation inherits only what it does not set, so the empty
/// list wins and its page shows none.
fn emptied_facts(root: &Path, site: &Site) -> Vec<Diagnostic> {
    type Count = fn(&crate::input::document::front_matter::FrontMatter) -> Option<usize>;
    let facts: [(&str, Count); 3] = [
        ("organizations", |f| {
            f.organizations.as_ref().map(|l| l.len())
        }),
        ("participants", |f| f.participants.as_ref().map(|l| l.len())),
        ("author", |f| f.author.as_ref().map(|l| l.len())),
    ];
    let mut out = Vec::new();
    for group in &site.groups {
        for &p in group {
            let doc = &site.pages[p].doc;
            for (key, count) in facts {
                if count(&doc.front) != Some(0) {
                    continue;
                }
                let Some(other) = group
                    .iter()
                    .map(|&o| &site.pages[o].doc)
                    .find(|o| count(&o.front).is_some_and(|n| n > 0))
                else {
                    continue;
                };
                out.push(
                    at_key(
                        root,
                        doc,
                        key,
                        crate::msg!("check-emptied-fact", key = key, file = other.file.display()),
                    )
                    .warning()
                    .help(crate::msg!(
                        "check-emptied-fact.help",
                        key = key,
                        file = other.file.display()
                    )),
                );
            }
        }
    }
    out
}

/// `check`'s suggestions: terms that look like one term in two languages,
/// because both language versions of a report use them in the same place
/// of the same list (the third tag of each, say), and terms.yaml does not
/// link them yet. One suggestion for each pair, at the first report.
pub(crate) fn term_suggestions(site: &Site) -> Vec<Diagnostic> {
    let mut pairs: BTreeSet<(String, String, String, String, String)> = BTreeSet::new();
    let mut out = Vec::new();
    for group in &site.groups {
        for (i, &a) in group.iter().enumerate() {
            for &b in &group[i + 1..] {
                let (pa, pb) = (&site.pages[a], &site.pages[b]);
                for taxonomy in &site.config.taxonomies {
                    let (Some(la), Some(lb)) = (own_terms(pa, taxonomy), own_terms(pb, taxonomy))
                    else {
                        continue;
                    };
                    if la.len() != lb.len() {
                        continue;
                    }
                    for (na, nb) in la.iter().zip(lb) {
                        let (na, nb) = (na.trim(), nb.trim());
                        if crate::transliterate::slugify(na) == crate::transliterate::slugify(nb)
                            || site.terms.find(taxonomy, na).is_some()
                            || site.terms.find(taxonomy, nb).is_some()
                        {
                            continue;
                        }
                        let key = (
                            taxonomy.clone(),
                            pa.lang().to_string(),
                            na.to_string(),
                            pb.lang().to_string(),
                            nb.to_string(),
                        );
                        if !pairs.insert(key) {
                            continue;
                        }
                        out.push(
                            Diagnostic::in_file(
                                &pb.doc.file,
                                crate::msg!(
                                    "terms-look-alike",
                                    taxonomy = taxonomy,
                                    a = na,
                                    a_lang = pa.lang(),
                                    b = nb,
                                    b_lang = pb.lang()
                                ),
                            )
                            .warning()
                            .help(crate::msg!(
                                "terms-look-alike.help",
                                file = crate::input::terms::FILE,
                                snippet = format!(
                                    "{taxonomy}:\n  - {}: {na}\n    {}: {nb}",
                                    pa.lang(),
                                    pb.lang()
                                )
                            )),
                        );
                    }
                }
            }
        }
    }
    out
}

/// The terms a page itself writes in `taxonomy`, not those it inherits.
fn own_terms<'a>(page: &'a Page, taxonomy: &str) -> Option<&'a [String]> {
    let front = &page.doc.front;
    match taxonomy {
        "tags" => (!front.tags.is_empty()).then_some(front.tags.as_slice()),
        "organizations" => front.organizations.as_deref(),
        other => front.terms.get(other).map(Vec::as_slice),
    }
}

/// Whether `d` says that a report has no `date` while a translation of it
/// (the same name in another language) failed to load: its date may well
/// be written there, and that file has its own errors.
pub(crate) fn is_dateless_beside_failed(
    d: &Diagnostic,
    failed: &BTreeSet<std::path::PathBuf>,
) -> bool {
    let Some(file) = d.file.as_deref() else {
        return false;
    };
    fn stem(path: &Path) -> Option<(Option<&Path>, &str)> {
        let name = path.file_name()?.to_str()?;
        Some((path.parent(), crate::input::document::file_name(name).stem))
    }
    d.kind == crate::diagnostics::Kind::NoDate
        && stem(file).is_some_and(|own| {
            failed
                .iter()
                .any(|f| f.as_path() != file && stem(f).as_ref() == Some(&own))
        })
}

/// Whether `d` is a broken-link error whose target is a file that exists
/// but failed to load (and has its own error).
pub(crate) fn is_link_to_failed(
    root: &Path,
    d: &Diagnostic,
    failed: &BTreeSet<std::path::PathBuf>,
) -> bool {
    let (Some(file), crate::diagnostics::Kind::BrokenLink { target }) = (&d.file, &d.kind) else {
        return false;
    };
    let dir = file.parent().unwrap_or(Path::new(""));
    let joined = dir.join(target);
    let normal: std::path::PathBuf =
        joined
            .components()
            .fold(std::path::PathBuf::new(), |mut acc, c| {
                match c {
                    std::path::Component::ParentDir => {
                        acc.pop();
                    }
                    std::path::Component::CurDir => {}
                    other => acc.push(other),
                }
                acc
            });
    failed.contains(&normal) && root.join(&normal).is_file()
}
