//! Stage 1: the site folder read and parsed into [`load::Sources`]: the
//! settings, the terms, the theme and its messages, every document. Nothing
//! here derives a URL or pairs a translation; that is the model's work.

pub mod config;
pub mod document;
pub mod i18n;
pub mod load;
pub mod markdown;
pub mod terms;
pub mod yaml;
