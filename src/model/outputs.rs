//! The list of every file the site will have, and what each shows.

use std::collections::HashMap;

use super::{OutputKind, OutputSpec, Site};
use crate::diagnostics::Diagnostic;
use crate::input::load::Sources;

/// Every output of `site`; two outputs at one path are an error.
pub(super) fn make(
    site: &Site,
    sources: &Sources,
    problems: &mut Vec<Diagnostic>,
) -> Vec<OutputSpec> {
    let mut outputs = Vec::new();
    let mut add = |path: String, kind: OutputKind| outputs.push(OutputSpec { path, kind });
    add("index.html".into(), OutputKind::Root);
    add("404.html".into(), OutputKind::NotFound);
    add("sitemap.xml".into(), OutputKind::Sitemap);
    if !sources.assets.iter().any(|a| a.output == "robots.txt") {
        add("robots.txt".into(), OutputKind::Robots);
    }
    for (i, page) in site.pages.iter().enumerate() {
        add(format!("{}index.html", page.url), OutputKind::Page(i));
        if let Some(bundle) = &page.doc.bundle {
            let home = site.photo_homes.get(&bundle.dir) == Some(&page.url);
            for file in &bundle.files {
                if let Some(photo) = site.photos.get(&format!("{}/{file}", bundle.dir)) {
                    // A photo is published once, beside the page of its
                    // first language, and shared by the others.
                    if home {
                        for size in photo.files() {
                            let kind = OutputKind::Copy(size.file.clone());
                            add(format!("{}{}", page.url, size.name), kind);
                        }
                    }
                    continue;
                }
                if crate::photos::is_heic(file) {
                    continue;
                }
                let source = sources.root.join("content").join(&bundle.dir).join(file);
                add(format!("{}{file}", page.url), OutputKind::Copy(source));
            }
        }
    }
    for (i, page) in site.pages.iter().enumerate() {
        for alias in &page.doc.front.aliases {
            if let Some(path) = crate::input::document::front_matter::alias_path(alias) {
                let kind = OutputKind::Redirect {
                    page: i,
                    alias: alias.clone(),
                };
                add(path, kind);
            }
        }
    }
    for (i, listing) in site.listings.iter().enumerate() {
        add(format!("{}index.html", listing.url), OutputKind::Listing(i));
    }
    for (t, taxonomy) in site.taxonomies.iter().enumerate() {
        add(format!("{}index.html", taxonomy.url), OutputKind::Terms(t));
        for (n, term) in taxonomy.terms.iter().enumerate() {
            let kind = OutputKind::Feed {
                lang: taxonomy.lang.clone(),
                term: Some((t, n)),
            };
            add(format!("{}atom.xml", term.url), kind);
        }
    }
    for (a, archive) in site.archives.iter().enumerate() {
        add(
            format!("{}index.html", archive.url),
            OutputKind::Archive {
                archive: a,
                year: None,
            },
        );
        for (y, year) in archive.years.iter().enumerate() {
            add(
                format!("{}index.html", year.url),
                OutputKind::Archive {
                    archive: a,
                    year: Some(y),
                },
            );
        }
    }
    for lang in &site.config.languages {
        if let Some(file) = site.social.by_lang.get(lang) {
            let name = crate::social_image::NAME;
            add(format!("{lang}/{name}"), OutputKind::Copy(file.clone()));
        }
        add(
            format!("{lang}/atom.xml"),
            OutputKind::Feed {
                lang: lang.clone(),
                term: None,
            },
        );
        add(
            format!("{lang}/search-index/meta.js"),
            OutputKind::SearchIndex(lang.clone()),
        );
        if crate::search::Stemmer::of(lang).is_some() {
            add(
                format!("{lang}/search-index/stemmer.js"),
                OutputKind::SearchScript(lang.clone()),
            );
        }
        // The index of a language holds the reports and pages written in it.
        let written = site.listed.get(lang).into_iter().flatten();
        let written = written.filter(|&&id| site.pages[id].lang() == lang).count()
            + site.standalone.get(lang).map_or(0, Vec::len);
        let (terms, docs) = crate::search::index::parts(written);
        for (count, docs, name) in [(terms, false, "t"), (docs, true, "d")] {
            for n in 0..count {
                let kind = OutputKind::SearchPart {
                    lang: lang.clone(),
                    docs,
                    n,
                };
                add(format!("{lang}/search-index/{name}-{n}.js"), kind);
            }
        }
        if let Some(words) = site.segments.get(lang) {
            add(
                format!("{lang}/{}/index.html", words.search),
                OutputKind::Search(lang.clone()),
            );
        }
    }
    let mut first: HashMap<String, usize> = HashMap::new();
    for (i, o) in outputs.iter().enumerate() {
        if o.path.split('/').any(str::is_empty) {
            problems.push(about(
                site,
                o,
                crate::msg!("outputs-empty-part", address = format!("/{}", o.path)),
                crate::msg!("outputs-empty-part.help"),
            ));
            continue;
        }
        if let Some(long) = o.path.split('/').find(|p| p.len() > 255) {
            let shown: String = long.chars().take(40).collect();
            problems.push(about(
                site,
                o,
                crate::msg!("outputs-long-name", name = shown),
                crate::msg!("outputs-long-name.help"),
            ));
            continue;
        }
        if let Some(&j) = first.get(&o.path) {
            problems.push(clash(site, &outputs[j], o));
        } else {
            first.insert(o.path.clone(), i);
        }
    }

    for (path, kind) in moved(site) {
        // An address in use now, or claimed by `aliases` or a static file, wins.
        let taken = first.contains_key(&path) || sources.assets.iter().any(|a| a.output == path);
        if !taken {
            first.insert(path.clone(), outputs.len());
            outputs.push(OutputSpec { path, kind });
        }
    }

    for asset in &sources.assets {
        if first.contains_key(&asset.output) {
            let file = asset
                .source
                .strip_prefix(&sources.root)
                .unwrap_or(&asset.source);
            problems.push(
                Diagnostic::in_file(
                    file,
                    crate::msg!(
                        "outputs-static-replaces",
                        address = format!("/{}", asset.output)
                    ),
                )
                .help(crate::msg!("outputs-static-replaces.help")),
            );
            continue;
        }
        first.insert(asset.output.clone(), outputs.len());
        outputs.push(OutputSpec {
            path: asset.output.clone(),
            kind: OutputKind::Copy(asset.source.clone()),
        });
    }
    // A file where another output needs a folder (`a/b` and `a/b/index.html`).
    for o in &outputs {
        let mut dir = o.path.as_str();
        while let Some((parent, _)) = dir.rsplit_once('/') {
            if let Some(&j) = first.get(parent) {
                problems.push(clash(site, &outputs[j], o));
                break;
            }
            dir = parent;
        }
    }
    outputs
}

/// A problem with one output, naming its page's file where it has one.
fn about(site: &Site, o: &OutputSpec, message: String, help: String) -> Diagnostic {
    match source_file(site, o) {
        Some(file) => Diagnostic::in_file(file, message).help(help),
        None => Diagnostic::new(message).help(help),
    }
}

/// The file an output comes from, when it comes from one.
fn source_file(site: &Site, o: &OutputSpec) -> Option<std::path::PathBuf> {
    match &o.kind {
        OutputKind::Page(id) | OutputKind::Redirect { page: id, .. } => {
            Some(site.pages[*id].doc.file.clone())
        }
        OutputKind::Copy(source) => Some(source.clone()),
        _ => None,
    }
}

/// The error for two outputs at one path (or a file where a folder must
/// be), naming a file where one exists.
fn clash(site: &Site, a: &OutputSpec, b: &OutputSpec) -> Diagnostic {
    let file = source_file(site, b).or_else(|| source_file(site, a));
    if let Some(alias) = [b, a].iter().find_map(|o| match &o.kind {
        OutputKind::Redirect { alias, .. } => Some(alias),
        _ => None,
    }) {
        let message = crate::msg!(
            "outputs-alias-clash",
            alias = alias,
            address = format!("/{}", a.path)
        );
        let help = crate::msg!("outputs-alias-clash.help");
        return match file {
            Some(file) => Diagnostic::in_file(file, message).help(help),
            None => Diagnostic::new(message).help(help),
        };
    }
    let message = if b.path.starts_with(&format!("{}/", a.path)) {
        crate::msg!(
            "outputs-file-and-folder",
            file = format!("/{}", a.path),
            inside = format!("/{}", b.path)
        )
    } else {
        crate::msg!("outputs-clash", address = format!("/{}", a.path))
    };
    let help = crate::msg!("outputs-clash.help");
    match file {
        Some(file) => Diagnostic::in_file(file, message).help(help),
        None => Diagnostic::new(message).help(help),
    }
}

/// The addresses rapport gave before a language could name its sections
/// and listing pages in its own words, for reports and listings that have
/// other addresses now: the section's folder name (`sv/reports/astana/`
/// for `sv/rapporter/astana/`) and `page/` (`sv/page/2/` for `sv/sida/2/`).
fn moved(site: &Site) -> Vec<(String, OutputKind)> {
    let folder_url = |section: &str, lang: &str| {
        let parts: Vec<String> = section
            .split('/')
            .map(crate::transliterate::slugify)
            .collect();
        format!("{lang}/{}/", parts.join("/"))
    };
    let mut out = Vec::new();
    for (id, page) in site.pages.iter().enumerate() {
        if let crate::input::document::DocKind::Report { section } = &page.doc.kind {
            let old = format!("{}{}/", folder_url(section, page.lang()), page.doc.slug);
            if old != page.url {
                let kind = OutputKind::Moved {
                    to: page.url.clone(),
                    lang: page.lang().to_string(),
                    page: Some(id),
                };
                out.push((format!("{old}index.html"), kind));
            }
        }
    }
    for listing in &site.listings {
        let first = match &listing.kind {
            super::ListingKind::Section(section) => folder_url(section, &listing.lang),
            _ => listing.first_url.clone(),
        };
        let old = if listing.number == 1 {
            first
        } else {
            format!(
                "{first}{}/{}/",
                super::words::OLD_PAGE_SEGMENT,
                listing.number
            )
        };
        if old != listing.url {
            let kind = OutputKind::Moved {
                to: listing.url.clone(),
                lang: listing.lang.clone(),
                page: None,
            };
            out.push((format!("{old}index.html"), kind));
        }
    }
    out
}
