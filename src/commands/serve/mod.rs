//! `rapport serve`: builds the site into a temporary folder, serves it, and
//! rebuilds what changed whenever a file of the site is saved, telling open
//! pages to reload.
//!
//! The rebuild loop runs on the calling thread (rayon inside); the HTTP
//! server runs on its own thread with a single-threaded tokio runtime. They
//! share only the last error and a broadcast channel of reload events.

/// Prints a line; a closed terminal or pipe is no reason to stop serving.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

/// Prints a line to standard error, ignoring a closed pipe.
macro_rules! warn {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

pub(crate) mod editor;
mod http;
mod translator;
mod watch;

use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, RwLock};
use std::time::{Duration, Instant};

use notify_debouncer_full::notify::event::{AccessKind, AccessMode};
use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult};
use tokio::sync::broadcast;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::pipeline::{BuildOptions, Built, Rebuilder};
use http::{Reload, Shared};

/// What `rapport serve` was asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site folder.
    pub root: PathBuf,
    /// The address to listen on.
    pub bind: IpAddr,
    /// The port; 0 picks a free one.
    pub port: u16,
    /// Open the site in the browser once it is served.
    pub open: bool,
}

/// Serves the site until Ctrl-C. Fails only when the server cannot start;
/// errors in the site are shown in the browser and the terminal.
pub fn run(opts: ServeOptions) -> Result<(), Diagnostics> {
    let listener = TcpListener::bind(SocketAddr::new(opts.bind, opts.port)).map_err(|e| {
        let port = opts.port.to_string();
        if e.kind() == std::io::ErrorKind::AddrInUse {
            Diagnostic::new(crate::msg!(
                "serve-port-in-use",
                address = opts.bind,
                port = port.as_str()
            ))
            .help(crate::msg!("serve-port-in-use.help", port = port.as_str()))
        } else {
            Diagnostic::new(crate::msg!(
                "serve-cannot-listen-on",
                address = opts.bind,
                port = port.as_str(),
                error = e
            ))
            .help(crate::msg!("serve-cannot-listen-on.help"))
        }
    })?;
    let address = listener
        .local_addr()
        .map_err(|e| Diagnostic::new(crate::msg!("serve-cannot-listen", error = e)))?;
    let host = if opts.bind.is_unspecified() {
        "127.0.0.1".to_string()
    } else {
        address.ip().to_string()
    };
    let host = if host.contains(':') {
        format!("[{host}]")
    } else {
        host
    };
    let url = format!("http://{host}:{}/", address.port());
    let temp = tempfile::Builder::new()
        .prefix("rapport-serve-")
        .tempdir()
        .map_err(|e| Diagnostic::new(crate::msg!("serve-no-temporary-folder", error = e)))?;
    let out = temp.path().join("site");
    let mut rebuilder = Rebuilder::new(BuildOptions {
        root: opts.root.clone(),
        output: Some(out.clone()),
        drafts: true,
        future: true,
        base_url: Some(url.clone()),
        target: crate::pipeline::Target::InPlace,
    });
    let (reload, _) = broadcast::channel(16);
    let shared = Arc::new(Shared {
        dir: out,
        root: opts.root.clone(),
        error: RwLock::new(None),
        reload,
        bind: opts.bind,
    });
    let mut watch = Watch::start(&opts.root)?;
    let started = Instant::now();
    report(&shared, rebuilder.rebuild(), started, true, &[]);

    let stop = Arc::new(AtomicBool::new(false));
    let (ready, listening) = mpsc::channel();
    let server = {
        let (shared, stop) = (Arc::clone(&shared), Arc::clone(&stop));
        std::thread::spawn(move || serve_http(listener, shared, stop, ready))
    };
    // Ctrl-C is ours only once the server listens for it.
    let _ = listening.recv_timeout(Duration::from_secs(10));
    say!("{}", crate::msg!("serve-serving", url = url));
    say!(
        "{}",
        crate::msg!("serve-files-in", dir = shared.dir.display())
    );
    say!(
        "{}",
        crate::msg!(
            "serve-translations",
            url = format!("{url}__rapport/translations/")
        )
    );
    if opts.bind.is_loopback() {
        say!(
            "{}",
            crate::msg!("serve-editor", url = format!("{url}{}", &editor::PATH[1..]))
        );
    }
    if !opts.bind.is_loopback() {
        warn!(
            "{}",
            crate::msg!("serve-network-warning", address = opts.bind)
        );
    }
    if opts.open {
        open_browser(&url);
    }
    watch_and_rebuild(&mut watch, &mut rebuilder, &shared, &stop)?;
    let _ = server.join();
    drop(temp);
    say!("{}", crate::msg!("serve-stopped"));
    Ok(())
}

/// What open pages are told after `changed` files were written.
fn reload_for(changed: &[String], was_broken: bool) -> Reload {
    if watch::only_css(changed) && !was_broken {
        Reload::Css
    } else {
        Reload::Page
    }
}

/// Prints the outcome of a build and tells the pages, unless they were
/// told of the `early` files already; true when it succeeded.
fn report(
    shared: &Shared,
    result: Result<Built, Diagnostics>,
    started: Instant,
    first: bool,
    early: &[String],
) -> bool {
    let took = started.elapsed().as_millis();
    match result {
        Ok(built) => {
            let was_broken = shared
                .error
                .write()
                .map(|mut e| e.take().is_some())
                .unwrap_or(false);
            if first {
                say!(
                    "{}",
                    crate::msg!(
                        "serve-built",
                        pages = built.pages,
                        files = built.files,
                        ms = took as u64
                    )
                );
            } else if !built.changed.is_empty() || was_broken {
                say!(
                    "{}",
                    crate::msg!(
                        "serve-rebuilt",
                        ms = took as u64,
                        count = built.changed.len()
                    )
                );
                if std::env::var_os("RAPPORT_TIMINGS").is_some() {
                    for (stage, time) in built.timings {
                        say!("  {stage:<7}{:>8.1} ms", time.as_secs_f64() * 1000.0);
                    }
                    say!("  {} outputs rendered", built.rendered);
                }
                if early.is_empty() {
                    let _ = shared.reload.send(reload_for(&built.changed, was_broken));
                } else {
                    // Pages that fetched one of these reload again.
                    let late: Vec<String> = built
                        .changed
                        .iter()
                        .filter(|p| !early.contains(p))
                        .map(|p| format!("/{p}"))
                        .collect();
                    if !late.is_empty() {
                        let _ = shared.reload.send(Reload::Data(late.into()));
                    }
                }
            }
            true
        }
        Err(problems) => {
            let text = problems.to_string();
            let same = shared
                .error
                .write()
                .map(|mut e| e.replace(text.clone()) == Some(text.clone()));
            // Pages reload to show an error once, not again for the same error.
            if !same.unwrap_or(false) {
                warn!("{text}");
                let _ = shared.reload.send(Reload::Page);
            }
            false
        }
    }
}

fn serve_http(
    listener: TcpListener,
    shared: Arc<Shared>,
    stop: Arc<AtomicBool>,
    ready: mpsc::Sender<()>,
) {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            warn!("{}", crate::msg!("serve-cannot-start", error = e));
            stop.store(true, Ordering::SeqCst);
            return;
        }
    };
    runtime.block_on(async move {
        let _ = listener.set_nonblocking(true);
        let listener = match tokio::net::TcpListener::from_std(listener) {
            Ok(l) => l,
            Err(e) => {
                warn!("{}", crate::msg!("serve-cannot-start", error = e));
                stop.store(true, Ordering::SeqCst);
                return;
            }
        };
        let reload = shared.reload.clone();
        let app = http::app(shared);
        // Polling the signal once installs its handler, before anyone is told the address.
        let mut ctrl_c = Box::pin(tokio::signal::ctrl_c());
        let _ = futures_util::future::poll_immediate(&mut ctrl_c).await;
        // SIGTERM (a service manager, `kill`) and SIGHUP (the terminal
        // closed) stop the preview as Ctrl-C does, so its folder is removed.
        use tokio::signal::unix::{signal, SignalKind};
        let mut term = signal(SignalKind::terminate()).ok();
        let mut hangup = signal(SignalKind::hangup()).ok();
        let _ = ready.send(());
        let shutdown = {
            let stop = Arc::clone(&stop);
            async move {
                let term = async {
                    match term.as_mut() {
                        Some(s) => {
                            s.recv().await;
                        }
                        None => std::future::pending::<()>().await,
                    }
                };
                let hangup = async {
                    match hangup.as_mut() {
                        Some(s) => {
                            s.recv().await;
                        }
                        None => std::future::pending::<()>().await,
                    }
                };
                tokio::select! {
                    _ = ctrl_c => {}
                    () = term => {}
                    () = hangup => {}
                }
                stop.store(true, Ordering::SeqCst);
                // Open pages hold their event streams open: end them, or
                // the graceful shutdown waits for the readers forever.
                let _ = reload.send(Reload::Stop);
            }
        };
        if let Err(e) = axum::serve(listener, app)
            .with_graceful_shutdown(shutdown)
            .await
        {
            warn!("{}", crate::msg!("serve-server-stopped", error = e));
        }
        stop.store(true, Ordering::SeqCst);
    });
}

/// The watcher of a site's folders, with the folders it watches.
struct Watch {
    debouncer: notify_debouncer_full::Debouncer<
        notify_debouncer_full::notify::RecommendedWatcher,
        notify_debouncer_full::RecommendedCache,
    >,
    events: mpsc::Receiver<DebounceEventResult>,
    root: PathBuf,
    watched: Vec<PathBuf>,
}

impl Watch {
    /// Starts watching `root`; set up before the first build, so no save is missed.
    fn start(root: &Path) -> Result<Watch, Diagnostics> {
        let (tx, events) = mpsc::channel::<DebounceEventResult>();
        let debouncer = new_debouncer(Duration::from_millis(20), None, tx)
            .map_err(|e| Diagnostic::new(crate::msg!("serve-cannot-watch", error = e)))?;
        let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        let mut watch = Watch {
            debouncer,
            events,
            root,
            watched: Vec::new(),
        };
        watch.watch_new();
        Ok(watch)
    }

    /// Stops watching `dir`, which was moved or removed, so `watch_new`
    /// watches whatever folder now has its name.
    fn forget(&mut self, dir: &Path) {
        if let Some(i) = self.watched.iter().position(|w| w == dir) {
            let _ = self.debouncer.unwatch(dir);
            self.watched.remove(i);
        }
    }

    /// Watches the site root and those of its folders that exist and are not watched yet.
    fn watch_new(&mut self) {
        if !self.watched.contains(&self.root)
            && self
                .debouncer
                .watch(&self.root, RecursiveMode::NonRecursive)
                .is_ok()
        {
            self.watched.push(self.root.clone());
        }
        for dir in crate::input::paths::FOLDERS
            .iter()
            .map(|d| self.root.join(d))
        {
            if dir.is_dir()
                && !self.watched.contains(&dir)
                && self.debouncer.watch(&dir, RecursiveMode::Recursive).is_ok()
            {
                self.watched.push(dir);
            }
        }
    }
}

/// Rebuilds after each (debounced) change, until `stop` is set.
fn watch_and_rebuild(
    watch: &mut Watch,
    rebuilder: &mut Rebuilder,
    shared: &Shared,
    stop: &AtomicBool,
) -> Result<(), Diagnostics> {
    let root = watch.root.clone();
    while !stop.load(Ordering::SeqCst) {
        let events = match watch.events.recv_timeout(Duration::from_millis(100)) {
            Ok(Ok(events)) => events,
            Ok(Err(errors)) => {
                // Changes may have been missed: look at every file next time.
                for e in errors {
                    warn!("{}", crate::msg!("serve-watch-warning", error = e));
                }
                rebuilder.forget_files();
                continue;
            }
            Err(mpsc::RecvTimeoutError::Timeout) => continue,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        };
        // Reading a file is no change: rapport's own reads would rebuild
        // forever. Closing a file written to is one.
        let paths: Vec<PathBuf> = events
            .iter()
            .filter(|e| match e.kind {
                EventKind::Access(access) => access == AccessKind::Close(AccessMode::Write),
                _ => true,
            })
            .flat_map(|e| e.paths.iter().cloned())
            .filter(|p| crate::input::paths::belongs(&root, p))
            .collect();
        if paths.is_empty() {
            continue;
        }
        // A top-level folder replaced as a whole (`git checkout`, `git stash`,
        // rsync, `mv content old && cp -a old content`) is a new folder: the
        // watch on the old one follows it away, so it is watched anew.
        let replaced: Vec<PathBuf> = paths
            .iter()
            .filter(|p| p.parent() == Some(root.as_path()))
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| crate::input::paths::FOLDERS.iter().any(|w| n == *w))
            })
            .cloned()
            .collect();
        for dir in &replaced {
            watch.forget(dir);
        }
        // A folder created since (static/, a new bundle) is watched from now on.
        watch.watch_new();
        if replaced.is_empty() {
            rebuilder.note_changes(&paths);
        } else {
            rebuilder.forget_files();
        }
        let started = Instant::now();
        // Pages reload as soon as they are written; the feeds and search
        // indexes follow, and `report` tells the pages that fetched them.
        let mut early: Vec<String> = Vec::new();
        let result = rebuilder.rebuild_showing(&mut |pages, pending| {
            if !pages.is_empty() {
                if std::env::var_os("RAPPORT_TIMINGS").is_some() {
                    say!(
                        "  pages on disk after {:.1} ms",
                        started.elapsed().as_secs_f64() * 1000.0
                    );
                }
                let reload = match reload_for(pages, false) {
                    Reload::Page => {
                        Reload::PageAfter(pending.iter().map(|p| format!("/{p}")).collect())
                    }
                    css => css,
                };
                let _ = shared.reload.send(reload);
                early.extend(pages.iter().cloned());
            }
        });
        report(shared, result, started, false, &early);
    }
    Ok(())
}

fn open_browser(url: &str) {
    let result = if cfg!(target_os = "macos") {
        std::process::Command::new("open").arg(url).spawn()
    } else if cfg!(windows) {
        std::process::Command::new("cmd")
            .args(["/C", "start", "", url])
            .spawn()
    } else {
        std::process::Command::new("xdg-open").arg(url).spawn()
    };
    if let Err(e) = result {
        warn!("{}", crate::msg!("serve-no-browser", error = e, url = url));
    }
}
/// A response of the preview's own (the translator's view, the editor's
/// API) that no browser keeps: its status, type and body.
fn uncached(
    status: axum::http::StatusCode,
    content_type: &'static str,
    body: impl Into<axum::body::Body>,
) -> axum::response::Response {
    use axum::http::{header, HeaderValue};
    use axum::response::IntoResponse;
    let mut response = (status, body.into()).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
