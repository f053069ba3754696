//! `deploy:` of site.yaml: the places the site is published to, by name.
//! Credentials never stand here: they come from the environment or the
//! standard credential files (see the README's "Publishing").

pub(crate) use crate::input::config::deploy::{Compress, DeployConfig, TargetConfig};

/// Where a target is, parsed from its URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Location {
    /// `s3://bucket/prefix?region=…&endpoint=…`
    S3 {
        /// The bucket.
        bucket: String,
        /// The folder inside it, without slashes at either end (may be empty).
        prefix: String,
        /// `region=`
        region: Option<String>,
        /// `endpoint=`: another S3-compatible service (MinIO, Garage, another cloud).
        endpoint: Option<String>,
    },
    /// `sftp://user@host:port/path`
    Sftp {
        /// `user@`, if given (else OpenSSH's own choice).
        user: Option<String>,
        /// The host.
        host: String,
        /// `:port`, if given.
        port: Option<u16>,
        /// The folder: absolute, or relative to the home folder when the
        /// URL's path starts with `/~/`.
        path: String,
        /// `?key=FILE`: the private key to use (else the agent's and OpenSSH's own).
        key: Option<String>,
    },
    /// `file:///var/www/site`
    File {
        /// The folder.
        path: std::path::PathBuf,
    },
}

/// Why a target URL was refused, as a message id and its help.
pub(crate) type UrlError = (String, String);

/// Parses a target URL.
pub(crate) fn parse_url(url: &str) -> Result<Location, UrlError> {
    let bad = |why: String| {
        Err((
            crate::msg!("deploy-url-bad", url = url, reason = why),
            crate::msg!("deploy-url-bad.help"),
        ))
    };
    let (scheme, rest) = match url.split_once("://") {
        Some(parts) => parts,
        None => return bad(crate::msg!("deploy-url-no-scheme")),
    };
    let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
    let mut params: Vec<(String, String)> = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let v = percent_encoding::percent_decode_str(v)
            .decode_utf8_lossy()
            .into_owned();
        params.push((k.to_string(), v));
    }
    let take = |known: &[&str]| -> Result<Vec<Option<String>>, UrlError> {
        for (k, _) in &params {
            if !known.contains(&k.as_str()) {
                return Err((
                    crate::msg!(
                        "deploy-url-bad",
                        url = url,
                        reason = crate::msg!("deploy-url-unknown-option", option = k.as_str())
                    ),
                    crate::msg!("deploy-url-options", options = known.join(", ")),
                ));
            }
        }
        Ok(known
            .iter()
            .map(|k| params.iter().find(|(p, _)| p == k).map(|(_, v)| v.clone()))
            .collect())
    };
    match scheme {
        "s3" => {
            let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
            if bucket.is_empty() {
                return bad(crate::msg!("deploy-url-no-bucket"));
            }
            let mut found = take(&["region", "endpoint"])?.into_iter();
            Ok(Location::S3 {
                bucket: bucket.to_string(),
                prefix: prefix.trim_matches('/').to_string(),
                region: found.next().flatten(),
                endpoint: found.next().flatten(),
            })
        }
        "sftp" => {
            let (authority, path) = match rest.find('/') {
                Some(i) => (&rest[..i], &rest[i..]),
                None => (rest, "/~/"),
            };
            let (user, hostport) = match authority.rsplit_once('@') {
                Some((u, h)) => (Some(u.to_string()), h),
                None => (None, authority),
            };
            let (host, port) = match hostport.rsplit_once(':') {
                Some((h, p)) if !h.ends_with(']') || hostport.starts_with('[') => match p.parse() {
                    Ok(p) => (h, Some(p)),
                    Err(_) => return bad(crate::msg!("deploy-url-bad-port", port = p)),
                },
                _ => (hostport, None),
            };
            let host = host.trim_start_matches('[').trim_end_matches(']');
            if host.is_empty()
                || host.starts_with('-')
                || user.as_deref().is_some_and(|u| u.starts_with('-'))
            {
                return bad(crate::msg!("deploy-url-no-host"));
            }
            let path = percent_encoding::percent_decode_str(path)
                .decode_utf8_lossy()
                .into_owned();
            let path = match path.strip_prefix("/~/") {
                Some(relative) => relative.trim_end_matches('/').to_string(),
                None if path == "/~" => String::new(),
                None => path.trim_end_matches('/').to_string(),
            };
            let path = if path.is_empty() {
                ".".to_string()
            } else {
                path
            };
            let mut found = take(&["key"])?.into_iter();
            Ok(Location::Sftp {
                user,
                host: host.to_string(),
                port,
                path,
                key: found.next().flatten(),
            })
        }
        "file" => {
            take(&[])?;
            let path = percent_encoding::percent_decode_str(rest)
                .decode_utf8_lossy()
                .into_owned();
            let path = path.strip_prefix("localhost").unwrap_or(&path).to_string();
            if !path.starts_with('/') {
                return bad(crate::msg!("deploy-url-file-absolute"));
            }
            Ok(Location::File { path: path.into() })
        }
        other => bad(crate::msg!("deploy-url-scheme", scheme = other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn s3_urls_give_bucket_prefix_region_and_endpoint() {
        assert_eq!(
            parse_url("s3://site/www/?region=eu-north-1&endpoint=http%3A%2F%2F127.0.0.1%3A9000"),
            Ok(Location::S3 {
                bucket: "site".into(),
                prefix: "www".into(),
                region: Some("eu-north-1".into()),
                endpoint: Some("http://127.0.0.1:9000".into()),
            })
        );
        assert!(
            matches!(parse_url("s3://b"), Ok(Location::S3 { prefix, .. }) if prefix.is_empty())
        );
        assert!(parse_url("s3:///x").is_err());
        assert!(parse_url("s3://b?regon=x").is_err());
    }

    #[test]
    fn sftp_urls_give_user_host_port_and_folder() {
        assert_eq!(
            parse_url("sftp://web@example.net:2222/var/www/"),
            Ok(Location::Sftp {
                user: Some("web".into()),
                host: "example.net".into(),
                port: Some(2222),
                path: "/var/www".into(),
                key: None,
            })
        );
        assert!(matches!(
            parse_url("sftp://example.net/~/public_html?key=%2Fk"),
            Ok(Location::Sftp { path, user: None, key: Some(k), .. }) if path == "public_html" && k == "/k"
        ));
        assert!(parse_url("sftp://-oProxyCommand=x/").is_err());
        assert!(parse_url("sftp://h:port/").is_err());
    }

    #[test]
    fn file_urls_are_absolute_folders_and_other_schemes_are_refused() {
        assert_eq!(
            parse_url("file:///var/www/site"),
            Ok(Location::File {
                path: "/var/www/site".into()
            })
        );
        assert!(parse_url("file://relative").is_err());
        assert!(parse_url("ftp://x/").is_err());
        assert!(parse_url("/var/www").is_err());
    }
}
