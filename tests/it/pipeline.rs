//! `check` and `build` are one pipeline: what one calls an error the other
//! refuses, and one problem is reported once, where it is.

use crate::support::TestSite;

#[test]
fn a_link_to_a_file_that_failed_to_parse_is_that_files_error_alone() {
    let site = TestSite::new()
        .file(
            "content/reports/astana.sv.md",
            "---\ntitle: Möte i Astana\ndate: 2014-05-26\n---\nSe [Oral](oral.sv.md) och ![bild](oral.sv.md).\n",
        )
        .file(
            "content/reports/oral.sv.md",
            "---\ntitle: Möte i Oral\ndate: 2014-06-31\n---\nText.\n",
        );
    let checked = site.run(&["check", "--format", "json"]);
    assert_eq!(checked.status, 1, "{}", checked.stdout);
    let json: serde_json::Value = serde_json::from_str(&checked.stdout).expect("json");
    let errors: Vec<String> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| f["file"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        errors,
        ["content/reports/oral.sv.md"],
        "only the impossible date, not the links to its file: {}",
        checked.stdout
    );
}
