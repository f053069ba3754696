#![allow(unreachable_pub, missing_docs)]

//! Integration tests: each builds a small site into a temporary folder with
//! the real `rapport` binary and asserts on the parsed output.

mod support;

mod authoring;
mod brand;
mod build;
mod comments;
mod deploy;
mod discovery;
mod editor;
mod errors;
mod example;
mod import;
mod import_again;
mod import_safety;
mod language_names;
mod languages;
mod markdown;
mod messages;
mod one_run;
mod outdated;
mod photos;
mod pipeline;
mod preview_fixes;
mod promises;
mod received;
mod received_git;
mod received_import;
mod received_photos;
mod safety;
mod search;
mod serve;
mod terms;
mod theme;
mod translation;
