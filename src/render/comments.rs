//! What a report's template gets for readers' comments (Isso) and view
//! counts (GoatCounter) when site.yaml turns them on: `comments`, `views`
//! and `plural_samples`. Nothing is added for a site without them, so its
//! pages stay as they were.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde::Serialize;
use tera::Context;

use crate::model::{Frame, Page};

/// `comments`: the report's thread on the Isso server.
#[derive(Serialize)]
struct CommentsView<'a> {
    /// The Isso server's address, ending in `/`.
    isso: &'a str,
    /// The report's thread in its language: stable across slugs and aliases.
    thread: String,
}

/// `views`: where the report's views are counted.
#[derive(Serialize)]
struct ViewsView<'a> {
    /// The GoatCounter site's address, ending in `/`.
    goatcounter: &'a str,
    /// The path counted: the report's URL path.
    path: String,
}

/// A number of each plural category of a language, for counts a script
/// fills in: the theme renders its message once per sample, and the script
/// picks the one of the count's category (`Intl.PluralRules`) and puts the
/// count in place of the sample.
#[derive(Serialize, PartialEq, Debug)]
pub(super) struct Sample {
    /// CLDR's name of the category: `zero`, `one`, `two`, `few`, `many`, `other`.
    category: &'static str,
    /// The smallest whole number of that category, 1 and up (0 last).
    number: u32,
}

/// Adds `comments`, `views` and `plural_samples` for `page`, a report, when
/// the site has them.
pub(super) fn insert(ctx: &mut Context, site: &Frame, page: &Page) {
    let config = &site.config;
    if config.comments.is_none() && config.views.is_none() {
        return;
    }
    if let Some(comments) = &config.comments {
        let key = page
            .doc
            .front
            .translation
            .as_deref()
            .unwrap_or(&page.doc.key);
        ctx.insert(
            "comments",
            &CommentsView {
                isso: &comments.isso,
                thread: crate::input::comments::thread_id(key, page.lang()),
            },
        );
    }
    if let Some(views) = &config.views {
        ctx.insert(
            "views",
            &ViewsView {
                goatcounter: &views.goatcounter,
                path: site.path_url(&page.url),
            },
        );
    }
    ctx.insert("plural_samples", &samples(page.lang()));
}

/// A sample number for each plural category of `lang`'s whole numbers.
pub(super) fn samples(lang: &str) -> Vec<Sample> {
    let rules = lang
        .parse::<unic_langid::LanguageIdentifier>()
        .ok()
        .and_then(|id| PluralRules::create(id, PluralRuleType::CARDINAL).ok());
    let Some(rules) = rules else {
        return vec![
            Sample {
                category: "one",
                number: 1,
            },
            Sample {
                category: "other",
                number: 2,
            },
        ];
    };
    let mut found: Vec<Sample> = Vec::new();
    for n in (1..=1000).chain([0]) {
        let Ok(category) = rules.select(n) else {
            continue;
        };
        let name = match category {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        };
        if !found.iter().any(|s| s.category == name) {
            found.push(Sample {
                category: name,
                number: n,
            });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_category_has_its_smallest_number() {
        let names = |lang: &str| {
            samples(lang)
                .into_iter()
                .map(|s| (s.category, s.number))
                .collect::<Vec<_>>()
        };
        assert_eq!(names("sv"), [("one", 1), ("other", 2)]);
        assert_eq!(names("en"), [("one", 1), ("other", 2)]);
        assert_eq!(names("ru"), [("one", 1), ("few", 2), ("many", 5)]);
        assert_eq!(names("kk"), [("one", 1), ("other", 2)]);
    }
}
