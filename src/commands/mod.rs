//! The commands over the pipeline, other than `build`: each is a thin layer
//! that calls the stages through [`crate::pipeline`] or works on the site
//! folder's files (`init`, `new`, `import`).

pub(crate) mod check;
pub(crate) mod cms_config;
pub(crate) mod deploy;
pub(crate) mod freshness;
pub(crate) mod import;
pub(crate) mod scaffold;
pub(crate) mod serve;
