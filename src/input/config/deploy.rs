//! `deploy:` of site.yaml as written: the targets `rapport deploy`
//! publishes to (read and checked here, with the rest of site.yaml; the
//! addresses are understood by `deploy::config`).

use serde::{Deserialize, Serialize};

/// `deploy:` as written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DeployConfig {
    /// The targets, the first being the one `rapport deploy` uses by default.
    #[serde(default)]
    pub(crate) targets: Vec<TargetConfig>,
    /// The most files one deploy removes (`--max-deletes` raises it).
    pub(crate) max_deletes: Option<usize>,
}

/// One target.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TargetConfig {
    /// The name given to `rapport deploy NAME`.
    pub(crate) name: String,
    /// `s3://…`, `sftp://…` or `file://…`.
    pub(crate) url: String,
    /// `gzip`: text files are stored compressed (object storage only).
    pub(crate) compress: Option<Compress>,
}

/// How text is stored on object storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Compress {
    /// Stored as built.
    None,
    /// Stored gzip-compressed, served with `Content-Encoding: gzip`.
    Gzip,
}
