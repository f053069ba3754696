//! S3-compatible object storage as a target, through `object_store`:
//! `s3://bucket/prefix?region=…&endpoint=…`. Credentials come from the
//! environment (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,
//! `AWS_SESSION_TOKEN`, or a web-identity or container setting) or from the
//! standard credential file (`~/.aws/credentials`, profile `AWS_PROFILE`).
//!
//! Each object carries its content type, cache policy and, as metadata,
//! the SHA-256 of its bytes (`x-amz-meta-rapport-sha256`); the state object
//! beside them is what later deploys compare with, so an object sent in
//! parts (whose ETag is not an MD5) compares as unchanged.

use std::collections::HashMap;
use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use futures_util::{StreamExt, TryStreamExt};
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as Key;
use object_store::{
    Attribute, AttributeValue, Attributes, ObjectStore, ObjectStoreExt, PutMultipartOptions,
    PutOptions, PutPayload, RetryConfig, WriteMultipart,
};

use super::config::Location;
use super::{plan, Failure, Target, Upload};
use crate::diagnostics::{Diagnostic, Diagnostics};

/// Files larger than this are sent in parts of [`PART`] bytes.
const MULTIPART_FROM: u64 = 16 * 1024 * 1024;
/// The size of one part (S3's smallest is 5 MiB).
const PART: usize = 8 * 1024 * 1024;
/// Files sent at a time.
const AT_ONCE: usize = 16;

/// A bucket (and a folder in it).
pub(crate) struct S3 {
    store: Arc<AmazonS3>,
    prefix: String,
    bucket: String,
    runtime: tokio::runtime::Runtime,
}

impl S3 {
    pub(crate) fn open(location: &Location) -> Result<S3, Diagnostics> {
        let Location::S3 {
            bucket,
            prefix,
            region,
            endpoint,
        } = location
        else {
            return Err(Diagnostic::new("not an S3 location").into());
        };
        // rustls with ring, chosen once for the process.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = AmazonS3Builder::from_env().with_bucket_name(bucket);
        if let Some(region) = region {
            builder = builder.with_region(region);
        }
        if let Some(endpoint) = endpoint {
            builder = builder
                .with_endpoint(endpoint)
                .with_allow_http(endpoint.starts_with("http://"));
        }
        let from_env = std::env::var_os("AWS_ACCESS_KEY_ID").is_some()
            || std::env::var_os("AWS_WEB_IDENTITY_TOKEN_FILE").is_some()
            || std::env::var_os("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI").is_some()
            || std::env::var_os("AWS_CONTAINER_CREDENTIALS_FULL_URI").is_some();
        if !from_env {
            match credentials_file() {
                Some(keys) => {
                    builder = builder
                        .with_access_key_id(keys.0)
                        .with_secret_access_key(keys.1);
                    if let Some(token) = keys.2 {
                        builder = builder.with_token(token);
                    }
                }
                None => {
                    return Err(Diagnostic::new(crate::msg!("deploy-s3-no-credentials"))
                        .help(crate::msg!("deploy-s3-no-credentials.help"))
                        .into())
                }
            }
        }
        let retry = RetryConfig {
            max_retries: 4,
            retry_timeout: Duration::from_secs(60),
            ..RetryConfig::default()
        };
        let store = builder.with_retry(retry).build().map_err(|e| {
            Diagnostic::new(crate::msg!("deploy-s3-setup", error = e.to_string()))
                .help(crate::msg!("deploy-url-bad.help"))
        })?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| Diagnostic::new(e.to_string()))?;
        Ok(S3 {
            store: Arc::new(store),
            prefix: prefix.clone(),
            bucket: bucket.clone(),
            runtime,
        })
    }

    fn key(&self, path: &str) -> Key {
        if self.prefix.is_empty() {
            Key::from(path)
        } else {
            Key::from(format!("{}/{path}", self.prefix))
        }
    }

    fn failure(&self, e: object_store::Error) -> Failure {
        failure(&self.bucket, e)
    }
}

/// What an error of the store means to the person deploying.
fn failure(bucket: &str, e: object_store::Error) -> Failure {
    let text = e.to_string();
    let has = |w: &str| text.contains(w);
    let (message, help) = if has("NoSuchBucket") {
        (
            crate::msg!("deploy-s3-no-bucket", bucket = bucket),
            crate::msg!("deploy-s3-no-bucket.help"),
        )
    } else if has("InvalidAccessKeyId")
        || has("SignatureDoesNotMatch")
        || has("InvalidToken")
        || has("ExpiredToken")
        || has("InvalidClientTokenId")
        || matches!(e, object_store::Error::Unauthenticated { .. })
    {
        (
            crate::msg!("deploy-s3-credentials"),
            crate::msg!("deploy-s3-credentials.help"),
        )
    } else if has("AccessDenied") || matches!(e, object_store::Error::PermissionDenied { .. }) {
        (
            crate::msg!("deploy-s3-denied", bucket = bucket),
            crate::msg!("deploy-s3-denied.help"),
        )
    } else {
        (
            crate::msg!("deploy-s3-error", error = text),
            crate::msg!("deploy-s3-error.help"),
        )
    };
    Failure::new(message, help)
}

/// The keys of the profile `AWS_PROFILE` (or `default`) in the standard
/// credential file (`AWS_SHARED_CREDENTIALS_FILE` or `~/.aws/credentials`).
fn credentials_file() -> Option<(String, String, Option<String>)> {
    let path = match std::env::var_os("AWS_SHARED_CREDENTIALS_FILE") {
        Some(p) => std::path::PathBuf::from(p),
        None => std::path::PathBuf::from(std::env::var_os("HOME")?).join(".aws/credentials"),
    };
    let text = std::fs::read_to_string(path).ok()?;
    let profile = std::env::var("AWS_PROFILE").unwrap_or_else(|_| "default".into());
    profile_keys(&text, &profile)
}

/// The keys of `profile` in the text of a credential file.
fn profile_keys(text: &str, profile: &str) -> Option<(String, String, Option<String>)> {
    let mut inside = false;
    let (mut id, mut secret, mut token) = (None, None, None);
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') && line.ends_with(']') {
            inside = line[1..line.len() - 1].trim() == profile;
            continue;
        }
        if !inside {
            continue;
        }
        if let Some((k, v)) = line.split_once('=') {
            let v = v.trim().to_string();
            match k.trim() {
                "aws_access_key_id" => id = Some(v),
                "aws_secret_access_key" => secret = Some(v),
                "aws_session_token" => token = Some(v),
                _ => {}
            }
        }
    }
    Some((id?, secret?, token))
}

/// The bytes of `upload` as they are stored, and its attributes.
fn prepared(upload: &Upload) -> Result<(Vec<u8>, Attributes), Failure> {
    let mut bytes = std::fs::read(&upload.source)
        .map_err(|e| super::io_failure(&upload.source.display().to_string(), &e))?;
    let path = &upload.local.path;
    let mut attributes = Attributes::new();
    attributes.insert(
        Attribute::ContentType,
        AttributeValue::from(plan::content_type(path)),
    );
    attributes.insert(
        Attribute::CacheControl,
        AttributeValue::from(plan::cache_control(path)),
    );
    attributes.insert(
        Attribute::Metadata("rapport-sha256".into()),
        AttributeValue::from(upload.local.hash.clone()),
    );
    if upload.gzip() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let zipped = gz.write_all(&bytes).and_then(|()| gz.finish());
        bytes = zipped.map_err(|e| super::io_failure(path, &e))?;
        attributes.insert(Attribute::ContentEncoding, AttributeValue::from("gzip"));
    }
    Ok((bytes, attributes))
}

impl Target for S3 {
    fn read_state(&mut self) -> Result<Option<String>, Failure> {
        let key = self.key(plan::STATE);
        let store = self.store.clone();
        let got = self.runtime.block_on(async move {
            match store.get(&key).await {
                Ok(r) => r.bytes().await.map(Some),
                Err(object_store::Error::NotFound { .. }) => Ok(None),
                Err(e) => Err(e),
            }
        });
        match got {
            Ok(bytes) => Ok(bytes.map(|b| String::from_utf8_lossy(&b).into_owned())),
            Err(e) => Err(self.failure(e)),
        }
    }

    fn present(&mut self, _state: &plan::State) -> Result<Option<HashMap<String, u64>>, Failure> {
        let prefix = (!self.prefix.is_empty()).then(|| Key::from(self.prefix.as_str()));
        let store = self.store.clone();
        let strip = if self.prefix.is_empty() {
            String::new()
        } else {
            format!("{}/", self.prefix)
        };
        let listed = self.runtime.block_on(async move {
            let mut found = HashMap::new();
            let mut list = store.list(prefix.as_ref());
            while let Some(meta) = list.try_next().await? {
                let key = meta.location.to_string();
                if let Some(rel) = key.strip_prefix(&strip) {
                    found.insert(rel.to_string(), meta.size);
                }
            }
            Ok::<_, object_store::Error>(found)
        });
        listed.map(Some).map_err(|e| self.failure(e))
    }

    fn send(&mut self, files: &[Upload], sent: &(dyn Fn(&Upload) + Sync)) -> Result<(), Failure> {
        // Each stage is finished before the next starts: photos and styles
        // are there before the pages that show them.
        let mut start = 0;
        while start < files.len() {
            let stage = plan::stage(&files[start].local.path);
            let end = files[start..]
                .iter()
                .position(|f| plan::stage(&f.local.path) != stage)
                .map_or(files.len(), |n| start + n);
            let batch = &files[start..end];
            let this = &*self;
            let result: Result<(), Failure> = self.runtime.block_on(async {
                futures_util::stream::iter(batch.iter().map(|upload| async move {
                    this.put(upload).await?;
                    sent(upload);
                    Ok::<(), Failure>(())
                }))
                .buffer_unordered(AT_ONCE)
                .try_collect::<()>()
                .await
            });
            result?;
            start = end;
        }
        Ok(())
    }

    fn remove(&mut self, paths: &[String]) -> Result<(), Failure> {
        let keys: Vec<Key> = paths.iter().map(|p| self.key(p)).collect();
        let store = self.store.clone();
        let removed = self.runtime.block_on(async move {
            futures_util::stream::iter(keys.into_iter().map(|key| {
                let store = store.clone();
                async move {
                    match store.delete(&key).await {
                        Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
                        Err(e) => Err(e),
                    }
                }
            }))
            .buffer_unordered(AT_ONCE)
            .try_collect::<()>()
            .await
        });
        removed.map_err(|e| self.failure(e))
    }

    fn write_state(&mut self, text: &str) -> Result<(), Failure> {
        let key = self.key(plan::STATE);
        let mut attributes = Attributes::new();
        attributes.insert(
            Attribute::ContentType,
            AttributeValue::from("text/plain; charset=utf-8"),
        );
        attributes.insert(Attribute::CacheControl, AttributeValue::from("no-store"));
        let opts = PutOptions {
            attributes,
            ..PutOptions::default()
        };
        let payload = PutPayload::from(text.as_bytes().to_vec());
        let store = self.store.clone();
        let put = self
            .runtime
            .block_on(async move { store.put_opts(&key, payload, opts).await });
        put.map(|_| ()).map_err(|e| self.failure(e))
    }
}

impl S3 {
    async fn put(&self, upload: &Upload) -> Result<(), Failure> {
        let (bytes, attributes) = prepared(upload)?;
        let key = self.key(&upload.local.path);
        if bytes.len() as u64 > MULTIPART_FROM {
            let opts = PutMultipartOptions {
                attributes,
                ..PutMultipartOptions::default()
            };
            let parts = self
                .store
                .put_multipart_opts(&key, opts)
                .await
                .map_err(|e| self.failure(e))?;
            let mut writer = WriteMultipart::new_with_chunk_size(parts, PART);
            writer.put(bytes.into());
            writer.finish().await.map_err(|e| self.failure(e))?;
        } else {
            let opts = PutOptions {
                attributes,
                ..PutOptions::default()
            };
            self.store
                .put_opts(&key, PutPayload::from(bytes), opts)
                .await
                .map_err(|e| self.failure(e))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_credential_file_gives_the_profiles_keys() {
        let text = "[default]\naws_access_key_id = A\naws_secret_access_key=B\n\n[other]\naws_access_key_id=C\naws_secret_access_key=D\naws_session_token=T\n";
        assert_eq!(
            profile_keys(text, "default"),
            Some(("A".into(), "B".into(), None))
        );
        assert_eq!(
            profile_keys(text, "other"),
            Some(("C".into(), "D".into(), Some("T".into())))
        );
        assert_eq!(profile_keys(text, "none"), None);
    }
}
