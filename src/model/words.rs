//! URL segments that come from a language's Fluent strings, so Swedish
//! readers see Swedish words in addresses (`/sv/amnen/`, `/sv/sok/`,
//! `/sv/sida/2/`).

use std::collections::HashMap;

use super::Segments;
use crate::diagnostics::Diagnostic;
use crate::input::load::Sources;

/// The segment of further listing pages when a language does not name its
/// own with `page-slug`, and the one rapport used before it could
/// (`/sv/page/2/`): old addresses with it are sent on to the new ones.
pub(super) const OLD_PAGE_SEGMENT: &str = "page";

/// The message `id` of `lang` as a URL segment, or a problem when it is missing.
fn segment(sources: &Sources, lang: &str, id: &str, problems: &mut Vec<Diagnostic>) -> String {
    let text = sources
        .locales
        .get(lang)
        .and_then(|l| l.format(id, None).ok());
    match text.map(|t| crate::transliterate::slugify(&t)) {
        Some(s) if !s.is_empty() => s,
        _ => {
            problems.push(
                Diagnostic::in_file(
                    std::path::Path::new("locales").join(lang),
                    crate::msg!("words-missing", id = id, lang = lang),
                )
                .help(crate::msg!("words-missing.help", id = id, lang = lang)),
            );
            id.to_string()
        }
    }
}

/// The archive, search and listing-page segments of every language.
pub(super) fn segments(
    sources: &Sources,
    problems: &mut Vec<Diagnostic>,
) -> HashMap<String, Segments> {
    sources
        .config
        .languages
        .iter()
        .map(|lang| {
            // Sites made before `page-slug` existed keep `page/`.
            let page = sources
                .locales
                .get(lang)
                .filter(|l| l.has("page-slug"))
                .map_or_else(
                    || OLD_PAGE_SEGMENT.to_string(),
                    |_| segment(sources, lang, "page-slug", problems),
                );
            let words = Segments {
                archive: segment(sources, lang, "archive-slug", problems),
                search: segment(sources, lang, "search-slug", problems),
                page,
            };
            (lang.clone(), words)
        })
        .collect()
}

/// The URL segment of taxonomy `name` in `lang`, from `taxonomy-NAME-slug`.
/// Its display name, `taxonomy-NAME`, must exist too.
pub(super) fn taxonomy_segment(
    sources: &Sources,
    lang: &str,
    name: &str,
    problems: &mut Vec<Diagnostic>,
) -> String {
    let title = format!("taxonomy-{name}");
    if !sources.locales.get(lang).is_some_and(|l| l.has(&title)) {
        problems.push(
            Diagnostic::in_file(
                std::path::Path::new("locales").join(lang),
                crate::msg!("words-taxonomy-missing", id = title, lang = lang),
            )
            .help(crate::msg!(
                "words-taxonomy-missing.help",
                taxonomy = name,
                id = title,
                lang = lang
            )),
        );
    }
    segment(sources, lang, &format!("taxonomy-{name}-slug"), problems)
}
