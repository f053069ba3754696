//! The HTTP side of `serve`: files from the output folder (tower-http's
//! `ServeDir`, which refuses paths that leave it), the theme's 404 page, a
//! Server-Sent Events endpoint that tells pages to reload, and a middleware
//! that adds the reload script to HTML and shows the last build error.
//! Served files stay byte-identical to what `build` writes.

use std::convert::Infallible;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use futures_util::stream::{self, Stream, StreamExt};
use tokio::sync::broadcast;
use tower_http::services::{ServeDir, ServeFile};

/// The path of the reload events.
pub(crate) const EVENTS: &str = "/__rapport/events";

/// What open pages are told after a rebuild.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reload {
    /// Reload the page.
    Page,
    /// Only stylesheets changed: swap them.
    Css,
    /// Reload the page, unless it fetched one of these files (URL paths),
    /// which are being made again: a `Data` event follows for them.
    PageAfter(Arc<[String]>),
    /// Files that pages fetch (search indexes) or no page shows (feeds)
    /// changed, by their URL paths: pages that fetched one reload.
    Data(Arc<[String]>),
    /// The preview is stopping: every event stream ends, so that no open
    /// page keeps the server waiting.
    Stop,
}

/// What the server shares with the rebuild loop.
pub(crate) struct Shared {
    /// The output folder being served.
    pub(crate) dir: PathBuf,
    /// The site folder, for the translator's view.
    pub(crate) root: PathBuf,
    /// The last build's errors, as text, while the site is broken.
    pub(crate) error: RwLock<Option<String>>,
    /// Reload events for every open page.
    pub(crate) reload: broadcast::Sender<Reload>,
    /// The address listened on: on loopback, only loopback host names are answered.
    pub(crate) bind: std::net::IpAddr,
}

impl axum::extract::FromRef<Arc<Shared>> for super::translator::SiteFolder {
    fn from_ref(shared: &Arc<Shared>) -> Self {
        super::translator::SiteFolder(Arc::from(shared.root.as_path()))
    }
}

const SCRIPT: &str = r#"<script>(function(){var s=new EventSource("/__rapport/events");s.addEventListener("reload",function(e){var w=e.data.split(" "),c=w.slice(1),f=performance.getEntriesByType("resource").some(function(r){return c.indexOf(decodeURIComponent(new URL(r.name).pathname))>=0;});if(w[0]==="css"){document.querySelectorAll('link[rel="stylesheet"]').forEach(function(l){var u=new URL(l.href);u.searchParams.set("rapport",Date.now());l.href=u.href;});}else if(w[0]==="data"?f:!f){location.reload();}});})();</script>"#;

/// The application: files, events and the middleware.
pub(crate) fn app(shared: Arc<Shared>) -> Router {
    let files = ServeDir::new(&shared.dir)
        .append_index_html_on_directories(true)
        .not_found_service(ServeFile::new(shared.dir.join("404.html")));
    Router::new()
        .route(EVENTS, get(events))
        .route(super::translator::PATH, get(super::translator::index))
        .route(
            &format!("{}{{*report}}", super::translator::PATH),
            get(super::translator::report),
        )
        .route(super::editor::PATH, get(super::editor::page))
        .route(
            &format!("{}config.yml", super::editor::PATH),
            get(super::editor::config),
        )
        .route(
            &format!("{}api/v1", super::editor::PATH),
            post(super::editor::api).layer(axum::extract::DefaultBodyLimit::max(
                super::editor::MAX_REQUEST,
            )),
        )
        .fallback_service(files)
        .layer(middleware::from_fn_with_state(Arc::clone(&shared), inject))
        .layer(middleware::from_fn_with_state(Arc::clone(&shared), guard))
        .with_state(shared)
}

/// The longest path answered; longer ones get 414.
const MAX_PATH: usize = 2048;

/// Refuses what a preview has no business answering: a `Host` that is not
/// this machine while listening on loopback (a page elsewhere reading the
/// preview through DNS rebinding), over-long paths; and turns `//sv` into
/// `/sv`, so no redirect leads to another host.
async fn guard(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    if shared.bind.is_loopback() {
        let host = request
            .headers()
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("");
        if !is_local_host(host, shared.bind) {
            return (
                StatusCode::MISDIRECTED_REQUEST,
                format!("{}\n", crate::msg!("serve-not-local")),
            )
                .into_response();
        }
    }
    let path = request.uri().path();
    if path.len() > MAX_PATH {
        return (
            StatusCode::URI_TOO_LONG,
            format!("{}\n", crate::msg!("serve-address-too-long")),
        )
            .into_response();
    }
    // rapport's own files in the folder (its list of what it wrote, the
    // files being staged) are not part of the site.
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    if decoded
        .split(['/', '\\'])
        .any(|part| part.starts_with(".rapport-"))
    {
        return StatusCode::NOT_FOUND.into_response();
    }
    if path.contains("//") {
        let mut clean = String::with_capacity(path.len());
        for c in path.chars() {
            if !(c == '/' && clean.ends_with('/')) {
                clean.push(c);
            }
        }
        if let Some(q) = request.uri().query() {
            clean.push('?');
            clean.push_str(q);
        }
        let mut response = StatusCode::PERMANENT_REDIRECT.into_response();
        if let Ok(value) = HeaderValue::from_str(&clean) {
            response.headers_mut().insert(header::LOCATION, value);
        }
        return response;
    }
    next.run(request).await
}

/// Whether `host` (a Host header, with or without port) names this machine.
fn is_local_host(host: &str, bind: std::net::IpAddr) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.rsplit_once(':').map_or(host, |(h, _)| h)
    };
    let name = name.to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback() || ip == bind)
}

async fn events(
    State(shared): State<Arc<Shared>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let ready = stream::once(async { Ok(Event::default().event("ready").data("ready")) });
    let reloads = stream::unfold(shared.reload.subscribe(), |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(Reload::Stop) => return None,
                Ok(reload) => {
                    let data = match reload {
                        Reload::Css => "css".to_string(),
                        Reload::Data(paths) => format!("data {}", paths.join(" ")),
                        Reload::PageAfter(paths) => {
                            format!("page {}", paths.join(" ")).trim_end().to_string()
                        }
                        _ => "page".to_string(),
                    };
                    return Some((Ok(Event::default().event("reload").data(data)), rx));
                }
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    Sse::new(ready.chain(reloads)).keep_alive(KeepAlive::default())
}

/// Adds the reload script to HTML, names text as UTF-8, and while the
/// last build failed answers page requests with its errors.
async fn inject(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    // The editor is no page of the site: no reload script, and it stays
    // usable while the site has errors.
    if request.uri().path() == EVENTS || super::editor::is_editor_path(request.uri().path()) {
        return next.run(request).await;
    }
    let head = request.method() == axum::http::Method::HEAD;
    // A page gets the reload script, so a byte range of the file on disk is
    // not a range of what is sent: pages are always sent whole.
    let mut request = request;
    let path = request.uri().path();
    let page_like = path.ends_with('/')
        || path.ends_with(".html")
        || !path.rsplit('/').next().unwrap_or("").contains('.');
    if page_like {
        request.headers_mut().remove(header::RANGE);
    }
    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    let error = shared.error.read().ok().and_then(|e| e.clone());
    // A site broken from the start has no pages: a page asked for is
    // answered with the errors all the same, not with an empty 404.
    if let Some(error) = error.filter(|_| is_html || page_like) {
        return error_page(&error);
    }
    let (mut parts, body) = response.into_parts();
    // A rebuild within the same second keeps Last-Modified; never let a
    // browser reuse an old copy of a page it is told to reload.
    parts
        .headers
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Some(kind) = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    {
        if (kind.starts_with("text/") || kind.starts_with("application/javascript"))
            && !kind.contains("charset")
        {
            if let Ok(value) = HeaderValue::from_str(&format!("{kind}; charset=utf-8")) {
                parts.headers.insert(header::CONTENT_TYPE, value);
            }
        }
    }
    if !is_html {
        return Response::from_parts(parts, body);
    }
    if head {
        // No body to add the script to; say the length a GET would send.
        let length = parts
            .headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok());
        if let Some(length) = length {
            parts.headers.insert(
                header::CONTENT_LENGTH,
                HeaderValue::from(length + SCRIPT.len()),
            );
        }
        parts.headers.remove(header::ACCEPT_RANGES);
        return Response::from_parts(parts, body);
    }
    parts.headers.remove(header::ACCEPT_RANGES);
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let html = String::from_utf8_lossy(&bytes);
    let with_script = match html.rfind("</body>") {
        Some(i) => format!("{}{SCRIPT}{}", &html[..i], &html[i..]),
        None => format!("{html}{SCRIPT}"),
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(with_script))
}

/// The page shown instead of the site while it has errors.
fn error_page(error: &str) -> Response {
    let escaped = crate::html::escape(error);
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n\
         <style>body{{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#1d2329}}pre{{background:#fff4f2;border-left:4px solid #b42318;padding:1rem;overflow:auto;white-space:pre-wrap}}</style>\n\
         </head>\n<body>\n<main>\n<h1>{heading}</h1>\n<p>{advice}</p>\n\
         <pre class=\"rapport-error\">{escaped}</pre>\n</main>\n{SCRIPT}\n</body>\n</html>\n",
        lang = crate::messages::current().code(),
        title = crate::msg!("error-page.title"),
        heading = crate::msg!("error-page"),
        advice = crate::msg!("error-page.advice"),
    );
    let mut response = (StatusCode::INTERNAL_SERVER_ERROR, html).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_machine_is_answered_on_loopback() {
        let bind: std::net::IpAddr = "127.0.0.1".parse().expect("ip");
        for host in [
            "localhost:1111",
            "127.0.0.1:1111",
            "[::1]:1111",
            "127.0.0.2",
            "app.localhost:1111",
            "LOCALHOST",
        ] {
            assert!(is_local_host(host, bind), "{host}");
        }
        for host in [
            "evil.example:1111",
            "",
            "localhost.evil.example",
            "10.0.0.1:1111",
            "[::2]",
        ] {
            assert!(!is_local_host(host, bind), "{host}");
        }
    }
}
