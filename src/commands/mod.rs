//! The commands over the pipeline, other than `build`: each is a thin layer
//! that calls the stages through [`crate::pipeline`] or works on the site
//! folder's files (`init`, `new`, `import`).

pub mod check;
pub mod freshness;
pub mod import;
pub mod scaffold;
pub mod serve;
