//! A day as rapport writes and reads it everywhere a machine reads it:
//! `2024-05-02` (ISO 8601), in front matter, feeds, the sitemap, the search
//! index, JSON-LD and the command line. Dates for readers are written by
//! `input::i18n` in the page's language.

use chrono::NaiveDate;

/// The `chrono` format of a day.
pub(crate) const DAY: &str = "%Y-%m-%d";

/// `date` as `2024-05-02`.
pub(crate) fn day(date: NaiveDate) -> String {
    date.format(DAY).to_string()
}

/// A day written as `2024-05-02`; `None` for anything else.
pub(crate) fn parse_day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, DAY).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_is_written_and_read_back_the_same() {
        let date = NaiveDate::from_ymd_opt(2024, 5, 2).expect("a day");
        assert_eq!(day(date), "2024-05-02");
        assert_eq!(parse_day("2024-05-02"), Some(date));
        assert_eq!(parse_day("2024-5-2x"), None);
        assert_eq!(parse_day("2024-02-30"), None);
    }
}
