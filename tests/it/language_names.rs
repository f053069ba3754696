//! `$language`: the name CLDR gives the language a text is in, so a site
//! adds a language with its own .ftl files and no edit to the others'.

use crate::support::{repo, report, TestSite};

/// The theme's English texts as a Kazakh locale: its own name, and its
/// `written-in` selecting on `$lang`, as Kazakh puts the name in the
/// locative case.
fn kazakh_locale() -> String {
    let english =
        std::fs::read_to_string(repo().join("locales/en/main.ftl")).expect("English locale");
    let kazakh = english
        .replace("language-name = English", "language-name = Қазақша")
        .replace(
            "written-in = in { $language }",
            "written-in = { $lang ->\n    [sv] швед тілінде\n    [en] ағылшын тілінде\n   *[other] басқа тілде\n}",
        );
    assert_ne!(
        kazakh, english,
        "the English locale has the messages to edit"
    );
    kazakh
}

/// Swedish and English with the repository's locales untouched, and Kazakh;
/// one report in Swedish only, one in Kazakh only.
fn trilingual() -> TestSite {
    TestSite::new()
        .file(
            "site.yaml",
            "base_url: https://example.org/\ndefault_language: sv\nlanguages: [sv, en, kk]\n",
        )
        .file("locales/kk/main.ftl", &kazakh_locale())
        .file(
            "content/reports/astana.sv.md",
            &report("Möte i Astana", "2014-05-26", "Text."),
        )
        .file(
            "content/reports/almaty.kk.md",
            &report("Алматыдағы кездесу", "2019-03-12", "Мәтін."),
        )
}

#[test]
fn a_report_in_a_new_language_is_marked_with_its_cldr_name_in_each_listing() {
    let site = trilingual();
    site.build();
    let sv = site.html("sv/index.html");
    assert_eq!(
        sv.attrs(".card h2 a", "href"),
        ["/kk/reports/almaty/", "/sv/reports/astana/"]
    );
    assert_eq!(sv.attr(".card h2 a[hreflang=kk]", "lang"), "kk");
    assert_eq!(sv.text(".card .badge.foreign"), "på kazakiska");
    let en = site.html("en/index.html");
    assert_eq!(en.attrs(".card h2 a", "hreflang"), ["kk", "sv"]);
    assert_eq!(
        en.texts(".card .badge.foreign"),
        ["in Kazakh", "in Swedish"]
    );
}

#[test]
fn the_one_language_notice_names_the_new_language_for_each_reader() {
    let site = trilingual();
    site.build();
    let page = site.html("kk/reports/almaty/index.html");
    assert_eq!(page.attrs(".only-in[lang]", "lang"), ["sv", "en"]);
    assert_eq!(
        page.text(".only-in[lang=sv]"),
        "Rapporten finns bara på kazakiska."
    );
    assert_eq!(
        page.text(".only-in[lang=en]"),
        "This report is only available in Kazakh."
    );
}

#[test]
fn a_locale_selecting_on_lang_keeps_its_own_words() {
    let site = trilingual();
    site.build();
    let kk = site.html("kk/index.html");
    assert_eq!(kk.attr(".card h2 a[hreflang=sv]", "lang"), "sv");
    assert_eq!(kk.text(".card .badge.foreign"), "швед тілінде");
}

#[test]
fn a_language_cldr_does_not_name_is_called_by_its_code() {
    let site = TestSite::new()
        .file(
            "site.yaml",
            "base_url: https://example.org/\ndefault_language: sv\nlanguages: [sv, se]\n",
        )
        .file("locales/se/main.ftl", &kazakh_locale())
        .file(
            "content/reports/karasjok.se.md",
            &report("Čoahkkin Kárášjogas", "2020-02-06", "Teaksta."),
        );
    site.build();
    assert_eq!(
        site.html("sv/index.html").text(".card .badge.foreign"),
        "på se"
    );
}
