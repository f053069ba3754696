//! The search index, and the search page's own script run in Node on it.

use crate::support::{repo, TestSite};

fn site() -> TestSite {
    TestSite::new()
        .file(
            "content/reports/astana.sv.md",
            "---\ntitle: Delegationen i Astana\ndate: 2014-05-26\nend_date: 2014-05-28\nlocation: Astana\n\
             organizations: [Mälardalens Högskola]\nparticipants: [Aigerim Sadykova]\ntags: [delegation]\n---\n\
             Mötet hölls på ministeriet. Sjuksköterskan berättade om kvinnan.\n",
        )
        .file("content/reports/astana.en.md", "---\ntitle: Delegation in Astana\n---\nThe meeting was held at the ministry.\n")
        .file("content/reports/uppsala.sv.md", "---\ntitle: Äldreomsorg i Uppsala\ndate: 2018-11-20\n---\nStudiebesök om hemtjänst. Sjuksköterskor och kvinnor.\n")
        .file("content/reports/london.en.md", "---\ntitle: Conference in London\ndate: 2019-01-01\n---\nTalks on budgets.\n")
}

/// The data a file of the search index hands to `RapportSearch.receive`.
pub fn index_data(site: &TestSite, path: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(site.output(path)).expect(path);
    let args = text
        .trim()
        .strip_prefix("RapportSearch.receive(")
        .and_then(|s| s.strip_suffix(");"))
        .unwrap_or_else(|| panic!("{path} calls RapportSearch.receive"));
    let args: serde_json::Value = serde_json::from_str(&format!("[{args}]")).expect("JSON");
    args[3].clone()
}

#[test]
fn index_holds_what_a_reader_searches_for() {
    let site = site();
    site.build();
    let meta = index_data(&site, "sv/search-index/meta.js");
    assert_eq!(meta["lang"], "sv");
    assert_eq!(meta["stemmer"], "swedish");
    // The Swedish index holds what is written in Swedish: the English-only
    // report is in the English one.
    assert_eq!(meta["docs"], 2);
    // Newest first, as the listings.
    let docs = index_data(&site, "sv/search-index/d-0.js");
    assert_eq!(docs[0]["t"], "Äldreomsorg i Uppsala");
    let astana = &docs[1];
    assert_eq!(astana["t"], "Delegationen i Astana");
    assert_eq!(astana["u"], "/sv/reports/astana/");
    assert_eq!(astana["d"], "2014-05-26");
    assert_eq!(astana["e"], "2014-05-28");
    assert_eq!(astana["m"], "Astana");
    assert_eq!(astana["l"], "sv");
    assert_eq!(
        astana["x"],
        "Mötet hölls på ministeriet. Sjuksköterskan berättade om kvinnan."
    );
    // Keys are Snowball stems without accents, made at build time.
    let terms = index_data(&site, "sv/search-index/t-0.js");
    for key in [
        "delegation",
        "mot",
        "malardal",
        "sadykov",
        "sjukskoterskan",
        "sjukskotersk",
    ] {
        assert!(terms.get(key).is_some(), "{key} in {terms}");
    }
    let en = index_data(&site, "en/search-index/meta.js");
    assert_eq!(
        (en["docs"].as_u64(), &en["stemmer"]),
        (Some(2), &"english".into())
    );
    let stemmer =
        std::fs::read_to_string(site.output("sv/search-index/stemmer.js")).expect("stemmer");
    assert!(stemmer.contains("BSD") && stemmer.contains("RapportSearch.receive(\"sv\", \"s\""));
    let page = site.html("sv/sok/index.html");
    assert_eq!(
        page.attr("form[data-search]", "data-indexes"),
        r#"[["sv","/sv/search-index/"],["en","/en/search-index/"]]"#
    );
    assert!(site.exists("en/search/index.html"));
    assert!(!site.exists("sv/search.json"));
}

#[test]
fn a_language_without_a_stemmer_has_none_and_a_large_index_is_split() {
    let mut site = TestSite::new()
        .file(
            "site.yaml",
            "base_url: https://example.org/\ndefault_language: sv\nlanguages: [sv, kk]\n",
        )
        .file("locales/kk/main.ftl", &kazakh_locale());
    for i in 0..45 {
        site = site.file(
            &format!("content/reports/r{i}.sv.md"),
            &format!("---\ntitle: Rapport {i}\ndate: 2020-01-01\n---\nOrd{i} och möten.\n"),
        );
    }
    site = site.file(
        "content/reports/almaty.kk.md",
        "---\ntitle: Алматыдағы кездесу\ndate: 2020-02-05\n---\nДелегация келді.\n",
    );
    site.build();
    assert!(!site.exists("kk/search-index/stemmer.js"));
    assert_eq!(
        index_data(&site, "kk/search-index/meta.js")["stemmer"],
        serde_json::Value::Null
    );
    let meta = index_data(&site, "sv/search-index/meta.js");
    assert_eq!(meta["first"].as_array().map(Vec::len), Some(2));
    assert_eq!(meta["tv"].as_array().map(Vec::len), Some(2));
    for f in ["t-0", "t-1", "d-0", "d-4"] {
        assert!(site.exists(&format!("sv/search-index/{f}.js")), "{f}");
    }
    assert!(!site.exists("sv/search-index/d-5.js"));
}

/// The English locale as Kazakh's, with its own name: a language that
/// Snowball has no stemmer for.
fn kazakh_locale() -> String {
    std::fs::read_to_string(repo().join("locales/en/main.ftl"))
        .expect("English locale")
        .replace("language-name = English", "language-name = Қазақша")
}

/// Runs the theme's search.js in Node on the built index of `langs` and
/// returns the URLs each query finds, best first, with search's `options`
/// (`{"prefix": false}`: the last word does not match the start of longer
/// words; `{"filters": [key, …]}`).
fn node_search(
    site: &TestSite,
    langs: &[&str],
    queries: &[&str],
    options: serde_json::Value,
) -> Vec<Vec<String>> {
    let script = repo().join("themes/default/static/search.js");
    let code = format!(
        "const S = require({script:?}); const fs = require('fs'), vm = require('vm');\n\
         const root = {root:?};\n\
         S.loader = (url) => {{ vm.runInThisContext(fs.readFileSync(root + url.replace(/\\?.*$/, ''), 'utf8')); return Promise.resolve(); }};\n\
         (async () => {{\n\
           const ixs = await Promise.all({langs}.map(l => S.open('/' + l + '/search-index/', l)));\n\
           const out = [];\n\
           for (const q of {queries}) {{\n\
             const hits = await S.searchAll(ixs, q, {options});\n\
             out.push(await Promise.all(hits.map(h => S.card(h).then(c => c.u))));\n\
           }}\n\
           console.log(JSON.stringify(out));\n\
         }})().catch(e => {{ console.error(e); process.exit(1); }});",
        script = script.display().to_string(),
        root = site.output("").display().to_string().trim_end_matches('/'),
        langs = serde_json::to_string(langs).expect("JSON"),
        queries = serde_json::to_string(queries).expect("JSON"),
    );
    let code = code.replace("{options}", &options.to_string());
    serde_json::from_slice(&crate::support::node(&code)).expect("a JSON list")
}

fn found(site: &TestSite, lang: &str, query: &str) -> Vec<String> {
    node_search(site, &[lang], &[query], serde_json::json!({})).remove(0)
}

#[test]
#[ignore = "needs Node.js; tests/web/check.sh runs it"]
fn swedish_search_matches_word_forms() {
    let site = site();
    site.build();
    assert_eq!(found(&site, "sv", "möten"), ["/sv/reports/astana/"]);
    assert_eq!(found(&site, "sv", "ministeriets"), ["/sv/reports/astana/"]);
}

#[test]
#[ignore = "needs Node.js; tests/web/check.sh runs it"]
fn swedish_definite_forms_in_an_find_their_nouns() {
    let site = site();
    site.build();
    let both = ["/sv/reports/astana/", "/sv/reports/uppsala/"];
    for query in [
        "sjuksköterskan",
        "sjuksköterska",
        "sjuksköterskor",
        "kvinnan",
        "kvinna",
    ] {
        let mut urls = found(&site, "sv", query);
        urls.sort();
        assert_eq!(urls, both, "{query}");
    }
}

#[test]
#[ignore = "needs Node.js; tests/web/check.sh runs it"]
fn english_search_matches_word_forms() {
    let site = site();
    site.build();
    assert_eq!(found(&site, "en", "meetings"), ["/en/reports/astana/"]);
    assert_eq!(found(&site, "en", "conferences"), ["/en/reports/london/"]);
}

#[test]
#[ignore = "needs Node.js; tests/web/check.sh runs it"]
fn search_ignores_accents_and_case() {
    let site = site();
    site.build();
    assert_eq!(found(&site, "sv", "malardalens"), ["/sv/reports/astana/"]);
    assert_eq!(found(&site, "sv", "ALDREOMSORG"), ["/sv/reports/uppsala/"]);
    assert_eq!(
        found(&site, "sv", "sadykova astana"),
        ["/sv/reports/astana/"]
    );
    assert!(found(&site, "sv", "sadykova uppsala").is_empty());
}

#[test]
#[ignore = "needs Node.js; tests/web/check.sh runs it"]
fn last_word_matches_as_a_prefix_while_typing() {
    let site = site();
    site.build();
    assert_eq!(found(&site, "sv", "hemtj"), ["/sv/reports/uppsala/"]);
}

#[test]
#[ignore = "needs Node.js; tests/web/check.sh runs it"]
fn all_languages_search_every_index() {
    let site = site();
    site.build();
    let urls = node_search(&site, &["sv", "en"], &["astana"], serde_json::json!({})).remove(0);
    assert_eq!(urls.len(), 2, "{urls:?}");
    assert!(urls.contains(&"/en/reports/astana/".to_string()));
    assert_eq!(found(&site, "sv", "london"), Vec::<String>::new());
    assert_eq!(found(&site, "en", "london"), ["/en/reports/london/"]);
}

#[test]
#[ignore = "needs Node.js; tests/web/check.sh runs it"]
fn russian_is_stemmed_and_kazakh_finds_words_and_prefixes() {
    let site = TestSite::new()
        .file(
            "site.yaml",
            "base_url: https://example.org/\ndefault_language: ru\nlanguages: [ru, kk]\n",
        )
        .file(
            "locales/ru/main.ftl",
            &kazakh_locale().replace("language-name = Қазақша", "language-name = Русский"),
        )
        .file("locales/kk/main.ftl", &kazakh_locale())
        .file(
            "content/reports/astana.ru.md",
            "---\ntitle: Встреча в Астане\ndate: 2014-05-26\n---\nДелегация министерства приехала.\n",
        )
        .file(
            "content/reports/almaty.kk.md",
            "---\ntitle: Алматыдағы кездесу\ndate: 2020-02-05\n---\nДелегация келді.\n",
        );
    site.build();
    assert_eq!(found(&site, "ru", "делегации"), ["/ru/reports/astana/"]);
    assert_eq!(found(&site, "ru", "министерству"), ["/ru/reports/astana/"]);
    assert_eq!(found(&site, "kk", "делегация"), ["/kk/reports/almaty/"]);
    assert_eq!(found(&site, "kk", "алматыд"), ["/kk/reports/almaty/"]);
}

/// A site with one report per pair of `file` (tests/data/snowball), holding
/// the first form; every query of the second form must find it, with no
/// help from matching the start of a longer word.
fn vocabulary_pairs_find_each_other(lang: &str, file: &str) {
    let text =
        std::fs::read_to_string(repo().join("tests/data/snowball").join(file)).expect("pairs");
    let pairs: Vec<(&str, &str)> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            (cols.next().expect("report"), cols.next().expect("query"))
        })
        .collect();
    assert!(pairs.len() >= 300, "{file}: {}", pairs.len());
    let mut site = TestSite::new().file(
        "site.yaml",
        &format!("base_url: https://example.org/\ndefault_language: {lang}\nlanguages: [{lang}]\n"),
    );
    if lang == "ru" {
        site = site.file(
            "locales/ru/main.ftl",
            &kazakh_locale().replace("language-name = Қазақша", "language-name = Русский"),
        );
    }
    for (i, (in_report, _)) in pairs.iter().enumerate() {
        site = site.file(
            &format!("content/reports/p{i}.{lang}.md"),
            &format!("---\ntitle: P{i}\ndate: 2020-01-01\n---\n{in_report}\n"),
        );
    }
    site.build();
    let queries: Vec<&str> = pairs.iter().map(|(_, q)| *q).collect();
    let results = node_search(
        &site,
        &[lang],
        &queries,
        serde_json::json!({"prefix": false}),
    );
    let missed: Vec<String> = pairs
        .iter()
        .enumerate()
        .filter(|(i, _)| !results[*i].contains(&format!("/{lang}/reports/p{i}/")))
        .map(|(_, (a, b))| format!("{b} → {a}"))
        .collect();
    assert!(
        missed.is_empty(),
        "{} of {} missed: {missed:?}",
        missed.len(),
        pairs.len()
    );
}

#[test]
#[ignore = "needs Node.js; tests/web/check.sh runs it"]
fn swedish_vocabulary_forms_find_each_other() {
    vocabulary_pairs_find_each_other("sv", "swedish.tsv");
}

#[test]
#[ignore = "needs Node.js; tests/web/check.sh runs it"]
fn english_vocabulary_forms_find_each_other() {
    vocabulary_pairs_find_each_other("en", "english.tsv");
}

#[test]
#[ignore = "needs Node.js; tests/web/check.sh runs it"]
fn russian_vocabulary_forms_find_each_other() {
    vocabulary_pairs_find_each_other("ru", "russian.tsv");
}

/// Three Swedish reports: two tags, two organisations, two years.
fn filter_site() -> TestSite {
    let report = |title: &str, date: &str, tags: &str, orgs: &str| {
        format!("---\ntitle: {title}\ndate: {date}\ntags: [{tags}]\norganizations: [{orgs}]\n---\nMöte om vården.\n")
    };
    TestSite::new()
        .file(
            "content/reports/a.sv.md",
            &report("Möte A", "2014-05-26", "vård", "Region Uppsala"),
        )
        .file(
            "content/reports/b.sv.md",
            &report(
                "Möte B",
                "2015-03-01",
                "vård, forskning",
                "Hälsoministeriet",
            ),
        )
        .file(
            "content/reports/c.sv.md",
            &report("Möte C", "2015-09-01", "forskning", "Region Uppsala"),
        )
}

#[test]
fn the_search_page_offers_filters_the_index_holds() {
    let site = filter_site();
    site.build();
    let page = site.html("sv/sok/index.html");
    // One choice per taxonomy and the year, "all" first, then every value.
    assert_eq!(
        page.attrs("select[data-filter]", "name"),
        ["tags", "organizations", "year"]
    );
    assert_eq!(
        page.texts("#search-filter-year option"),
        ["Alla", "2015", "2014"]
    );
    assert_eq!(
        page.texts("#search-filter-tags option"),
        ["Alla", "forskning", "vård"]
    );
    let label = page.text("label[for=search-filter-organizations]");
    assert_eq!(label, "Organisationer");
    // Each value's documents are in the index under its key; documents
    // are newest first (c, b, a), as deltas.
    let terms = index_data(&site, "sv/search-index/t-0.js");
    assert_eq!(terms["#year:2015"], serde_json::json!([0, 1, 1, 1]));
    assert_eq!(terms["#year:2014"], serde_json::json!([2, 1]));
    let values = page.attrs("#search-filter-tags option", "value");
    assert_eq!(
        terms[format!("#tags:{}", values[1])],
        serde_json::json!([0, 1, 1, 1])
    );
    assert_eq!(
        terms[format!("#tags:{}", values[2])],
        serde_json::json!([1, 1, 1, 1])
    );
}

#[test]
#[ignore = "needs Node.js; tests/web/check.sh runs it"]
fn filters_narrow_the_results_and_work_without_words() {
    let site = filter_site();
    site.build();
    let page = site.html("sv/sok/index.html");
    let org = page.attrs("#search-filter-organizations option", "value");
    let uppsala = org
        .iter()
        .zip(page.texts("#search-filter-organizations option"))
        .find(|(_, name)| name == "Region Uppsala")
        .map(|(v, _)| format!("#organizations:{v}"))
        .expect("Region Uppsala");
    // Ranked by score, so compared as sets where words are searched.
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    let run = |query: &str, filters: &[&str]| {
        node_search(
            &site,
            &["sv"],
            &[query],
            serde_json::json!({ "filters": filters }),
        )
        .remove(0)
    };
    assert_eq!(run("vården", &[]).len(), 3);
    assert_eq!(
        sorted(run("vården", &["#year:2015"])),
        ["/sv/reports/b/", "/sv/reports/c/"]
    );
    assert_eq!(run("vården", &["#year:2015", &uppsala]), ["/sv/reports/c/"]);
    // No words: the filter's reports, newest first.
    assert_eq!(run("", &[&uppsala]), ["/sv/reports/c/", "/sv/reports/a/"]);
    assert_eq!(run("vården", &["#year:1999"]), Vec::<String>::new());
}
