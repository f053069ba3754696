//! Slugs: the words of a title or name as a URL part, in ASCII.
//!
//! Most letters are transliterated by the `slug` crate (deunicode's tables:
//! `å ä ö` → `a a o`, Russian `ж` → `zh`). The letters of Kazakh Cyrillic
//! that Russian does not have come out of those tables with apostrophes
//! (`Қазақстан` → `k-azak-stan`), so they are transliterated first, from
//! the table of ISO 9:1995 (GOST 7.79-2000 system A), "Transliteration of
//! Cyrillic characters into Latin characters", with its diacritics left out
//! as every slug leaves them out: ISO 9 writes `қ` as `ķ`, `ә` as `a̋`, and
//! a URL gets `k` and `a`. See docs/decisions.md.

/// Kazakh letters beyond Russian's and their ISO 9:1995 Latin letters
/// without diacritics (ISO 9 in brackets).
const KAZAKH: &[(char, &str)] = &[
    ('ә', "a"), // ӓ̋ (a with double acute: a̋)
    ('Ә', "A"),
    ('ғ', "g"), // ġ
    ('Ғ', "G"),
    ('қ', "k"), // ķ
    ('Қ', "K"),
    ('ң', "n"), // ṇ
    ('Ң', "N"),
    ('ө', "o"), // ô
    ('Ө', "O"),
    ('ұ', "u"), // u̇
    ('Ұ', "U"),
    ('ү', "u"), // ù
    ('Ү', "U"),
    ('һ', "h"), // ḥ
    ('Һ', "H"),
    ('і', "i"), // ì
    ('І', "I"),
];

/// `text` as a URL part: lower-case ASCII letters and digits joined by `-`.
pub(crate) fn slugify(text: &str) -> String {
    if !text.chars().any(|c| KAZAKH.iter().any(|(k, _)| *k == c)) {
        return slug::slugify(text);
    }
    let mut latin = String::with_capacity(text.len());
    for c in text.chars() {
        match KAZAKH.iter().find(|(k, _)| *k == c) {
            Some((_, l)) => latin.push_str(l),
            None => latin.push(c),
        }
    }
    slug::slugify(latin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kazakh_letters_follow_iso_9() {
        assert_eq!(slugify("Қазақстан"), "kazakstan");
        assert_eq!(
            slugify("Әлеуметтік қамсыздандыру"),
            "aleumettik-kamsyzdandyru"
        );
        assert_eq!(slugify("ғ қ ң ө ұ ү һ і ә"), "g-k-n-o-u-u-h-i-a");
        assert_eq!(slugify("Өскемен"), "oskemen");
        assert_eq!(slugify("Ақтөбе облысы"), "aktobe-oblysy");
    }

    #[test]
    fn other_letters_are_as_before() {
        assert_eq!(slugify("Möte i Örebro"), "mote-i-orebro");
        assert_eq!(slugify("Москва"), "moskva");
    }
}
