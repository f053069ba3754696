//! Kazakh dates in CLDR's order: the year first, with "ж." (жыл, year),
//! then the day and the month, the weekday last (`common/main/kk.xml`:
//! full `y 'ж'. d MMMM, EEEE`, long `y 'ж'. d MMMM`, medium
//! `y 'ж'. dd MMM`, yMMMM `y 'ж'. LLLL`; intervals `y 'ж'. d–d MMMM`,
//! `y 'ж'. d MMMM – d MMMM`). chrono's patterns put the day first.

use chrono::{Datelike, NaiveDate};

use super::localized;

/// Whether `lang` is Kazakh.
pub(super) fn is_kazakh(lang: &str) -> bool {
    lang.split(['-', '_']).next() == Some("kk")
}

/// The chrono pattern of a named style, in Kazakh's order.
pub(super) fn pattern(style: &str) -> Option<&'static str> {
    Some(match style {
        "long" => "%Y ж. %-d %B, %A",
        "medium" => "%Y ж. %-d %B",
        "short" => "%Y ж. %d %b",
        "month" => "%Y ж. %B",
        _ => return None,
    })
}

/// The days from `from` to `to` in Kazakh, what they share written once.
pub(super) fn range(from: NaiveDate, to: NaiveDate, style: &str, lang: &str) -> Option<String> {
    let full = match pattern(style)? {
        "%Y ж. %-d %B, %A" => "%Y ж. %-d %B",
        other => other,
    };
    if to <= from {
        return Some(localized(from, full, lang));
    }
    let month = if style == "short" { "%b" } else { "%B" };
    let day = if style == "short" { "%d" } else { "%-d" };
    Some(if style == "month" {
        if from.year() == to.year() {
            if from.month() == to.month() {
                localized(from, full, lang)
            } else {
                format!(
                    "{}–{}",
                    localized(from, full, lang),
                    localized(to, "%B", lang)
                )
            }
        } else {
            format!(
                "{} – {}",
                localized(from, full, lang),
                localized(to, full, lang)
            )
        }
    } else if from.year() != to.year() {
        format!(
            "{} – {}",
            localized(from, full, lang),
            localized(to, full, lang)
        )
    } else if from.month() != to.month() {
        format!(
            "{} – {}",
            localized(from, full, lang),
            localized(to, &format!("{day} {month}"), lang)
        )
    } else {
        format!(
            "{}–{}",
            localized(from, &format!("%Y ж. {day}"), lang),
            localized(to, &format!("{day} {month}"), lang)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::super::{format_date, format_range};

    #[test]
    fn kazakh_dates_put_the_year_first() {
        assert_eq!(
            format_date("2014-05-26", "medium", "kk").expect("a date"),
            "2014 ж. 26 мамыр"
        );
        assert_eq!(
            format_date("2014-05-26", "long", "kk").expect("a date"),
            "2014 ж. 26 мамыр, дүйсенбі"
        );
        assert_eq!(
            format_range("2014-05-26", "2014-05-28", "medium", "kk").expect("a range"),
            "2014 ж. 26–28 мамыр"
        );
        assert_eq!(
            format_range("2015-05-30", "2015-06-02", "medium", "kk").expect("a range"),
            "2015 ж. 30 мамыр – 2 маусым"
        );
        // Swedish keeps its own order.
        assert_eq!(
            format_date("2014-05-26", "medium", "sv").expect("a date"),
            "26 maj 2014"
        );
    }
}
