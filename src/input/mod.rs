//! Stage 1: the site folder read and parsed into [`load::Sources`]: the
//! settings, the terms, the theme and its messages, every document. Nothing
//! here derives a URL or pairs a translation; that is the model's work.

pub(crate) mod brand;
pub(crate) mod comments;
pub(crate) mod config;
pub(crate) mod document;
pub(crate) mod i18n;
pub(crate) mod load;
pub(crate) mod markdown;
pub(crate) mod paths;
pub(crate) mod terms;
pub(crate) mod yaml;
