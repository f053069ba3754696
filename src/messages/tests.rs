use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Message id (with `.attribute` for attributes) → the variables it uses.
fn entries(name: &str, source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{name} does not parse: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            if let Some(value) = &m.value {
                out.insert(m.id.name.to_string(), variables(value));
            }
            for a in &m.attributes {
                out.insert(format!("{}.{}", m.id.name, a.id.name), variables(&a.value));
            }
        }
    }
    out
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, &mut found);
        }
    }
    found
}

fn expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for v in variants {
                found.extend(variables(&v.value));
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, found),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_variables() {
    let english = entries("en.ftl", ENGLISH);
    let swedish = entries("sv.ftl", SWEDISH);
    assert!(english.len() > 10, "en.ftl has messages");
    let only_english: Vec<_> = english
        .keys()
        .filter(|k| !swedish.contains_key(*k))
        .collect();
    let only_swedish: Vec<_> = swedish
        .keys()
        .filter(|k| !english.contains_key(*k))
        .collect();
    assert!(
        only_english.is_empty(),
        "missing in sv.ftl: {only_english:?}"
    );
    assert!(
        only_swedish.is_empty(),
        "missing in en.ftl: {only_swedish:?}"
    );
    for (id, vars) in &english {
        assert_eq!(vars, &swedish[id], "`{id}` uses other variables in sv.ftl");
    }
}

/// One `msg!` call in the source: its id, the names of its arguments and
/// the file it is in.
struct Call {
    id: String,
    args: BTreeSet<String>,
    file: String,
}

/// Every `msg!` call in `src/`, read from the text (comments left out).
fn calls_in_source() -> Vec<Call> {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut calls = Vec::new();
    for entry in walkdir::WalkDir::new(&src)
        .into_iter()
        .filter_map(Result::ok)
    {
        if entry.path().extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("readable source");
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for (at, _) in code.match_indices("msg!(\"") {
            let rest = &code[at + 6..];
            let Some(end) = rest.find('"') else { continue };
            calls.push(Call {
                id: rest[..end].to_string(),
                args: argument_names(&rest[end + 1..]),
                file: entry.path().display().to_string(),
            });
        }
    }
    calls
}

/// The names before `=` of the top-level arguments up to the closing `)`.
fn argument_names(after_id: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut part = String::new();
    for c in after_id.chars() {
        if in_string {
            part.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                part.push(c);
            }
            '(' | '[' | '{' => {
                depth += 1;
                part.push(c);
            }
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => {
                depth -= 1;
                part.push(c);
            }
            ',' if depth == 0 => {
                if let Some((name, _)) = part.split_once('=') {
                    names.insert(name.trim().to_string());
                }
                part.clear();
            }
            _ => part.push(c),
        }
    }
    if let Some((name, _)) = part.split_once('=') {
        names.insert(name.trim().to_string());
    }
    names.retain(|n| !n.is_empty() && n.chars().all(|c| c.is_alphanumeric() || c == '_'));
    names
}

#[test]
fn every_message_the_code_asks_for_exists_and_gets_its_variables() {
    let english = entries("en.ftl", ENGLISH);
    let calls = calls_in_source();
    assert!(calls.len() > 100, "the scan finds the msg! calls");
    let missing: Vec<_> = calls
        .iter()
        .filter(|c| !english.contains_key(&c.id))
        .map(|c| (&c.id, &c.file))
        .collect();
    assert!(missing.is_empty(), "no such message: {missing:?}");
    let unfilled: Vec<_> = calls
        .iter()
        .filter_map(|c| {
            let lacking: Vec<&String> = english[&c.id].difference(&c.args).collect();
            (!lacking.is_empty()).then(|| format!("{} in {} lacks {lacking:?}", c.id, c.file))
        })
        .collect();
    assert!(unfilled.is_empty(), "{unfilled:#?}");
}

#[test]
fn argument_names_are_read_across_nested_calls() {
    let names = argument_names(r#", a = f(x, "y,)"), b = [1, 2], c_d = z) + 1"#);
    assert_eq!(
        names.into_iter().collect::<Vec<_>>(),
        ["a", "b", "c_d"].map(String::from)
    );
}

#[test]
fn the_language_comes_from_the_environment_in_posix_order() {
    let with = |vars: &[(&str, &str)]| {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Lang::from_vars(|name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
    };
    assert_eq!(with(&[]), Lang::English);
    assert_eq!(with(&[("LANG", "sv_SE.UTF-8")]), Lang::Swedish);
    assert_eq!(with(&[("LANG", "sv")]), Lang::Swedish);
    assert_eq!(with(&[("LANG", "sv-FI")]), Lang::Swedish);
    assert_eq!(with(&[("LANG", "C")]), Lang::English);
    assert_eq!(with(&[("LANG", "POSIX")]), Lang::English);
    assert_eq!(with(&[("LANG", "de_DE.UTF-8")]), Lang::English);
    assert_eq!(
        with(&[("LANG", "sv_SE.UTF-8"), ("LC_ALL", "C")]),
        Lang::English
    );
    assert_eq!(
        with(&[("LANG", "en_US"), ("LC_MESSAGES", "sv_SE")]),
        Lang::Swedish
    );
    assert_eq!(with(&[("LC_ALL", ""), ("LANG", "sv_SE")]), Lang::Swedish);
    assert_eq!(
        with(&[("LANG", "sv_SE"), ("RAPPORT_LANG", "en")]),
        Lang::English
    );
    assert_eq!(
        with(&[("LC_ALL", "C"), ("RAPPORT_LANG", "sv")]),
        Lang::Swedish
    );
}

#[test]
fn plurals_follow_the_count_and_no_isolation_marks_are_added() {
    let warnings = |lang, count: usize| {
        let mut args = FluentArgs::new();
        args.set("count", count);
        text_in(lang, "build-warnings", Some(&args))
    };
    let starts = |lang, count, start: &str| {
        let text = warnings(lang, count);
        assert!(text.starts_with(start), "{text}");
        assert!(!text.contains('\u{2068}'), "{text}");
    };
    starts(Lang::English, 1, "1 warning:");
    starts(Lang::English, 2, "2 warnings:");
    starts(Lang::Swedish, 1, "1 varning:");
    starts(Lang::Swedish, 2, "2 varningar:");
}
