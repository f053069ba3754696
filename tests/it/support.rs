//! `TestSite`: a minimal bilingual site in a temporary folder, with the
//! default theme and locales of this repository, built by the real binary.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use scraper::{Html, Selector};

/// Runs `code` in Node and returns what it printed; fails the test when
/// Node fails. Tests that call it are `#[ignore]`d and run by tests/web/check.sh.
pub fn node(code: &str) -> Vec<u8> {
    let out = Command::new("node")
        .args(["-e", code])
        .output()
        .expect("node runs (install Node.js)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The repository root, which is also the example site.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub struct TestSite {
    pub dir: tempfile::TempDir,
}

/// What one run of the binary did.
pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    #[track_caller]
    pub fn assert_ok(&self) -> &Run {
        assert_eq!(self.status, 0, "build failed:\n{}", self.stderr);
        self
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("readable");
        let dest = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            fs::create_dir_all(&dest).expect("mkdir");
        } else {
            fs::copy(entry.path(), &dest).expect("copy");
        }
    }
}

impl TestSite {
    /// A site with the default theme, both locales and a small site.yaml.
    pub fn new() -> TestSite {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(&repo().join("themes"), &dir.path().join("themes"));
        copy_dir(&repo().join("locales"), &dir.path().join("locales"));
        let site = TestSite { dir };
        site.file(
            "site.yaml",
            "base_url: https://example.org/\ndefault_language: sv\nlanguages: [sv, en]\npaginate: 10\n",
        )
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `text` to `path` in the site, creating folders.
    pub fn file(self, path: &str, text: &str) -> TestSite {
        self.write(path, text.as_bytes());
        self
    }

    pub fn write(&self, path: &str, bytes: &[u8]) {
        let full = self.root().join(path);
        fs::create_dir_all(full.parent().expect("has parent")).expect("mkdir");
        fs::write(full, bytes).expect("write");
    }

    /// Runs `rapport ARGS --root ROOT`.
    pub fn run(&self, args: &[&str]) -> Run {
        let root = self.root().to_str().expect("utf-8");
        let mut all = args.to_vec();
        all.extend(["--root", root]);
        rapport(&all)
    }

    /// `rapport build`, which must succeed.
    pub fn build(&self) -> &TestSite {
        self.run(&["build"]).assert_ok();
        self
    }

    pub fn output(&self, path: &str) -> PathBuf {
        self.root().join("public").join(path)
    }

    pub fn exists(&self, path: &str) -> bool {
        self.output(path).exists()
    }

    /// The parsed HTML of an output file.
    #[track_caller]
    pub fn html(&self, path: &str) -> Page {
        let text = fs::read_to_string(self.output(path))
            .unwrap_or_else(|e| panic!("no output {path}: {e}"));
        Page(Html::parse_document(&text))
    }
}

/// A parsed page with selector helpers.
pub struct Page(pub Html);

fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css}: {e:?}"))
}

impl Page {
    /// The text of every element matching `css`, whitespace collapsed.
    pub fn texts(&self, css: &str) -> Vec<String> {
        self.0
            .select(&sel(css))
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// The text of the one element matching `css`.
    #[track_caller]
    pub fn text(&self, css: &str) -> String {
        let all = self.texts(css);
        assert_eq!(all.len(), 1, "expected one `{css}`, found {all:?}");
        all.into_iter().next().expect("one")
    }

    /// Attribute `attr` of every element matching `css`.
    pub fn attrs(&self, css: &str, attr: &str) -> Vec<String> {
        self.0
            .select(&sel(css))
            .filter_map(|e| e.value().attr(attr).map(str::to_string))
            .collect()
    }

    /// Attribute `attr` of the one element matching `css`.
    #[track_caller]
    pub fn attr(&self, css: &str, attr: &str) -> String {
        let all = self.attrs(css, attr);
        assert_eq!(
            all.len(),
            1,
            "expected one `{css}` with {attr}, found {all:?}"
        );
        all.into_iter().next().expect("one")
    }

    pub fn count(&self, css: &str) -> usize {
        self.0.select(&sel(css)).count()
    }
}

/// A report's front matter and body as one file's text.
pub fn report(title: &str, date: &str, body: &str) -> String {
    format!("---\ntitle: {title}\ndate: {date}\n---\n{body}\n")
}

/// Runs `rapport ARGS` as written.
pub fn rapport(args: &[&str]) -> Run {
    rapport_with(args, &[("RAPPORT_LANG", "en")])
}

/// Runs `rapport ARGS` with only the locale variables of `vars` set (the
/// test's own `LANG`, `LC_ALL` and `LC_MESSAGES` are taken away).
pub fn rapport_with(args: &[&str], vars: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rapport"));
    for name in ["RAPPORT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    let out = command
        .envs(vars.iter().copied())
        .args(args)
        .output()
        .expect("runs");
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A running `rapport serve` on a free port; killed when dropped.
pub struct Server {
    child: std::process::Child,
    /// `127.0.0.1:PORT`.
    pub addr: String,
    /// The folder it serves from.
    pub dir: PathBuf,
    lines: std::sync::mpsc::Receiver<String>,
}

impl TestSite {
    /// Starts `rapport serve --port 0` on this site, speaking English.
    pub fn serve(&self) -> Server {
        self.serve_in("en")
    }

    /// Starts `rapport serve --port 0` on this site with `RAPPORT_LANG=lang`.
    pub fn serve_in(&self, lang: &str) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_rapport"))
            .env("RAPPORT_LANG", lang)
            .args(["serve", "--port", "0", "--root"])
            .arg(self.root())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("serve starts");
        let (tx, lines) = std::sync::mpsc::channel();
        for stream in [
            Box::new(child.stdout.take().expect("stdout")) as Box<dyn std::io::Read + Send>,
            Box::new(child.stderr.take().expect("stderr")),
        ] {
            let tx = tx.clone();
            std::thread::spawn(move || {
                use std::io::BufRead;
                for line in std::io::BufReader::new(stream)
                    .lines()
                    .map_while(Result::ok)
                {
                    let _ = tx.send(line);
                }
            });
        }
        let mut addr = None;
        let mut dir = None;
        while addr.is_none() || dir.is_none() {
            let line = lines
                .recv_timeout(std::time::Duration::from_secs(30))
                .expect("serve prints its address");
            if let Some(rest) = line.split("http://").nth(1) {
                addr = rest.split('/').next().map(str::to_string);
            }
            if let Some(rest) = line
                .strip_prefix("The files are in ")
                .or_else(|| line.strip_prefix("Filerna finns i "))
            {
                dir = Some(PathBuf::from(rest));
            }
        }
        Server {
            child,
            addr: addr.expect("address"),
            dir: dir.expect("folder"),
            lines,
        }
    }
}

/// An HTTP response, read whole.
pub struct Response {
    pub status: u16,
    pub headers: String,
    pub body: String,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }

    pub fn page(&self) -> Page {
        Page(Html::parse_document(&self.body))
    }
}

impl Server {
    /// Sends a raw request line (the path is sent as written).
    pub fn request(&self, method: &str, path: &str) -> Response {
        self.request_with(method, path, &format!("Host: {}\r\n", self.addr))
    }

    /// Sends SIGTERM (or another signal) and waits for the exit status.
    pub fn signal(mut self, name: &str) -> Option<i32> {
        let _ = Command::new("kill")
            .args([&format!("-{name}"), &self.child.id().to_string()])
            .status();
        let started = std::time::Instant::now();
        while started.elapsed() < std::time::Duration::from_secs(10) {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code().or(Some(-1));
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        None
    }

    /// Sends a request with the header lines `headers` (each ending in CRLF).
    pub fn request_with(&self, method: &str, path: &str, headers: &str) -> Response {
        use std::io::{Read, Write};
        let mut stream = std::net::TcpStream::connect(&self.addr).expect("connects");
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(10)))
            .expect("timeout");
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\n{headers}Connection: close\r\n\r\n"
        )
        .expect("sends");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("reads");
        let text = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        Response {
            status,
            headers: head.to_string(),
            body: body.to_string(),
        }
    }

    pub fn get(&self, path: &str) -> Response {
        self.request("GET", path)
    }

    /// Connects to the reload events and waits until the connection is ready.
    pub fn events(&self) -> Events {
        use std::io::Write;
        let mut stream = std::net::TcpStream::connect(&self.addr).expect("connects");
        write!(
            stream,
            "GET /__rapport/events HTTP/1.1\r\nHost: {}\r\nAccept: text/event-stream\r\n\r\n",
            self.addr
        )
        .expect("sends");
        let mut events = Events {
            reader: std::io::BufReader::new(stream),
        };
        assert_eq!(
            events.next(std::time::Duration::from_secs(10)).as_deref(),
            Some("ready")
        );
        events
    }

    /// The lines the server printed so far.
    pub fn output(&self) -> Vec<String> {
        self.lines.try_iter().collect()
    }

    /// Sends Ctrl-C and waits for the exit status.
    pub fn interrupt(mut self) -> Option<i32> {
        let _ = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status();
        let started = std::time::Instant::now();
        while started.elapsed() < std::time::Duration::from_secs(10) {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Server {
    /// Stops the server as a user would, so it removes its temporary
    /// folder; kills it if it has not stopped within five seconds.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = Command::new("kill")
                .args(["-TERM", &self.child.id().to_string()])
                .status();
            let started = std::time::Instant::now();
            while started.elapsed() < std::time::Duration::from_secs(5) {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return;
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The reload events of a served site.
pub struct Events {
    reader: std::io::BufReader<std::net::TcpStream>,
}

impl Events {
    /// The data of the next event, or `None` after `within`.
    pub fn next(&mut self, within: std::time::Duration) -> Option<String> {
        use std::io::BufRead;
        let deadline = std::time::Instant::now() + within;
        let mut line = String::new();
        loop {
            let left = deadline.checked_duration_since(std::time::Instant::now())?;
            self.reader
                .get_ref()
                .set_read_timeout(Some(left.max(std::time::Duration::from_millis(1))))
                .ok()?;
            line.clear();
            match self.reader.read_line(&mut line) {
                Ok(0) => return None,
                Ok(_) => {
                    if let Some(data) = line.trim_end().strip_prefix("data: ") {
                        return Some(data.to_string());
                    }
                }
                Err(_) => return None,
            }
        }
    }

    /// Waits for a reload after a change, then for quiet: an editor's save
    /// may come as more than one change.
    pub fn settle(&mut self) {
        self.reload();
        while self.next(std::time::Duration::from_millis(400)).is_some() {}
    }

    /// Waits for a reload event after a change; its data (`page` or `css`).
    #[track_caller]
    pub fn reload(&mut self) -> String {
        self.next(std::time::Duration::from_secs(10))
            .expect("a reload event within 10 s")
    }
}

/// A photo-like image: gradients and noise, so it compresses as a photo
/// does, not to nothing as a flat colour would. The left half is reddish,
/// the right half bluish, so a turn shows.
pub fn picture(width: u32, height: u32) -> image::RgbImage {
    let mut seed: u32 = 0x9e37_79b9 ^ width.wrapping_mul(31) ^ height;
    image::RgbImage::from_fn(width, height, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let noise = (seed & 0x3f) as u8;
        let shade = ((x + y) * 96 / (width + height)) as u8;
        if x < width / 2 {
            image::Rgb([130 + noise + shade / 2, 20 + noise / 2, 20 + shade / 3])
        } else {
            image::Rgb([20 + shade / 3, 20 + noise / 2, 130 + noise + shade / 2])
        }
    })
}

/// `picture` as a JPEG.
pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(&picture(width, height))
        .expect("encodes");
    out
}

/// `picture` as a PNG.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::new();
    picture(width, height)
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .expect("encodes");
    out
}

/// `jpeg` with an EXIF block as a camera writes it: an orientation and,
/// with `gps`, the latitude where it was taken (59° 20′ N).
pub fn with_exif(jpeg: &[u8], orientation: u16, gps: bool) -> Vec<u8> {
    let mut tiff: Vec<u8> = b"MM\0\x2a\0\0\0\x08".to_vec();
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: [u8; 4]| {
        t.extend_from_slice(&tag.to_be_bytes());
        t.extend_from_slice(&kind.to_be_bytes());
        t.extend_from_slice(&count.to_be_bytes());
        t.extend_from_slice(&value);
    };
    let o = orientation.to_be_bytes();
    tiff.extend_from_slice(&(if gps { 2u16 } else { 1 }).to_be_bytes());
    entry(&mut tiff, 0x0112, 3, 1, [o[0], o[1], 0, 0]);
    if gps {
        entry(&mut tiff, 0x8825, 4, 1, 38u32.to_be_bytes());
    }
    tiff.extend_from_slice(&[0; 4]);
    if gps {
        tiff.extend_from_slice(&2u16.to_be_bytes());
        entry(&mut tiff, 0x0001, 2, 2, *b"N\0\0\0");
        entry(&mut tiff, 0x0002, 5, 3, 68u32.to_be_bytes());
        tiff.extend_from_slice(&[0; 4]);
        for n in [59u32, 20, 0] {
            tiff.extend_from_slice(&n.to_be_bytes());
            tiff.extend_from_slice(&1u32.to_be_bytes());
        }
    }
    let len = u16::try_from(2 + 6 + tiff.len()).expect("small");
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(b"Exif\0\0");
    out.extend_from_slice(&tiff);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// Runs git in `dir` with fixed names, no signing, no hooks of its own and
/// the commit time `date`.
pub fn git_in(dir: &Path, args: &[&str], date: &str) -> String {
    let out = Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Whether git is installed; tests that need it say so and pass without it.
pub fn has_git() -> bool {
    let found = Command::new("git").arg("--version").output().is_ok();
    if !found {
        eprintln!("SKIPPED: `git` is not on PATH, so git cannot be tested");
    }
    found
}
