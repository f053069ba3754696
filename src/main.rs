//! The `rapport` command: parses the command line and turns each command
//! into one library call. Exit status: 0 success, 1 site errors, 2 usage.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use rapport::msg;

/// Static site generator for bilingual meeting reports.
#[derive(Parser)]
#[command(name = "rapport", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder.
    Build {
        /// The site folder.
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// Where to write the site [default: ROOT/public].
        #[arg(long, value_name = "DIR")]
        output: Option<PathBuf>,
        /// Include reports and pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Include reports whose `publish_date` is still to come.
        #[arg(long)]
        future: bool,
        /// Replace `base_url` of site.yaml, e.g. for a preview deployment.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Take over an output folder that holds files rapport did not write, replacing those the site has too.
        #[arg(long)]
        force: bool,
        /// Print nothing but problems: no progress, no summary.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Read the whole site and report what is missing or wrong, writing nothing.
    Check {
        /// The site folder.
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
        /// `text` for people, `json` for editors and CI.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Start a report: a page bundle with a file for each language.
    New {
        /// The report's title, in the first language of --lang.
        title: String,
        /// The site folder.
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// The meeting's date [default: today].
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<chrono::NaiveDate>,
        /// The languages to write, the title's first [default: the site's languages].
        #[arg(long, value_delimiter = ',', value_name = "sv,en")]
        lang: Vec<String>,
        /// The section folder under content/.
        #[arg(long, default_value = "reports", value_name = "SECTION")]
        section: String,
    },
    /// Mark a translation as up to date with its original (writes `translated_from:` into it).
    Translated {
        /// The translation's Markdown file.
        file: PathBuf,
        /// The site folder.
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
    },
    /// Write the browser editor (Decap CMS) into static/admin/: its configuration, made from the site, and its page.
    Editor {
        /// The site folder.
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// The git host the published editor saves to: github or gitlab [default: from the origin remote].
        #[arg(long, value_name = "HOST")]
        backend: Option<String>,
        /// The repository on it, OWNER/NAME [default: from the origin remote].
        #[arg(long, value_name = "OWNER/NAME")]
        repo: Option<String>,
        /// The branch the site is built from.
        #[arg(long, default_value = "main", value_name = "BRANCH")]
        branch: String,
    },
    /// Create a new site that builds at once.
    Init {
        /// The folder to create it in.
        dir: PathBuf,
        /// Add the missing files to a folder that is not empty (no file is overwritten).
        #[arg(long)]
        force: bool,
        /// The site's name in every language (else a placeholder to replace in locales/*/main.ftl).
        #[arg(long, value_name = "NAME")]
        title: Option<String>,
    },
    /// Bring an archive home: posts, pages and photos from Blogger, WordPress or Hugo.
    Import {
        #[command(subcommand)]
        from: ImportFrom,
    },
    /// Publish the built site to a target named in site.yaml: S3, SFTP or a folder.
    Deploy {
        /// The target's name under `deploy.targets` in site.yaml [default: the first].
        target: Option<String>,
        /// The site folder.
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// The folder `rapport build` wrote [default: ROOT/public].
        #[arg(long, value_name = "DIR")]
        output: Option<PathBuf>,
        /// Print what would be sent and removed, and change nothing.
        #[arg(long)]
        dry_run: bool,
        /// The most files this deploy may remove [default: deploy.max_deletes, else 256].
        #[arg(long, value_name = "N")]
        max_deletes: Option<usize>,
        /// Print nothing but problems: no progress, no summary.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Build the site with drafts, serve it, and rebuild and reload on every change.
    Serve {
        /// The site folder.
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// The address to listen on; anything but loopback shows the site to the network.
        #[arg(long, default_value = "127.0.0.1", value_name = "ADDRESS")]
        bind: std::net::IpAddr,
        /// The port; 0 picks a free one.
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Open the site in the browser.
        #[arg(long)]
        open: bool,
    },
}

/// Where `import` reads from.
#[derive(Subcommand)]
enum ImportFrom {
    /// A Blogger backup (Settings → Back up content), Takeout's feed.atom, or the Takeout .zip.
    Blogger {
        /// The export file.
        export: PathBuf,
        #[command(flatten)]
        common: ImportArgs,
    },
    /// A WordPress export (Tools → Export → All content).
    Wordpress {
        /// The export file (.xml).
        export: PathBuf,
        #[command(flatten)]
        common: ImportArgs,
    },
    /// A Hugo site: its content (TOML, YAML or JSON front matter), bundles and static/.
    Hugo {
        /// The Hugo site's folder (with config.toml or hugo.toml and content/).
        dir: PathBuf,
        /// The site folder to import into.
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// The language of files without a suffix, when the Hugo settings name none [default: the site's default language].
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
    },
}

/// The options every importer takes.
#[derive(clap::Args)]
struct ImportArgs {
    /// The site folder to import into.
    #[arg(long, default_value = ".", value_name = "DIR")]
    root: PathBuf,
    /// The posts' language, where the export does not say [default: the site's default language].
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,
    /// The section folder under content/ that posts go into.
    #[arg(long, default_value = "reports", value_name = "SECTION")]
    section: String,
    /// A folder with the old site's photos, matched to the posts by file name and copied beside them.
    #[arg(long, value_name = "DIR")]
    images: Option<PathBuf>,
    /// Readers' comments: left out, appended to their post, or written for an Isso comment server (isso-comments.xml).
    #[arg(long, value_enum, default_value_t = CommentsArg::Drop)]
    comments: CommentsArg,
}

/// What `import` does with comments.
#[derive(Clone, Copy, clap::ValueEnum)]
enum CommentsArg {
    Drop,
    Append,
    Isso,
}

/// How `check` prints its findings.
#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

/// The command line as clap sees it, with every description and heading of
/// `--help` in the user's language: the doc comments above are English and
/// are replaced by the `cli-…` messages of `src/messages/*.ftl`.
fn localised_command() -> clap::Command {
    rapport::messages::cli::localise(Cli::command())
}

fn failed(problems: rapport::Diagnostics) -> ExitCode {
    eprintln!("{problems}");
    ExitCode::from(1)
}

/// Why the preview did not start (a port in use, no temporary folder): the
/// problems alone, without a build's closing line, since no site was read
/// or written; errors in the site itself are shown while it runs.
fn not_started(problems: &rapport::Diagnostics) -> ExitCode {
    for problem in problems.distinct() {
        eprintln!("{problem}\n");
    }
    ExitCode::from(1)
}

/// A progress bar on stderr for builds that take more than a second, when
/// stderr is a terminal and `--quiet` is not given.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
}

impl Progress {
    fn new(quiet: bool) -> Progress {
        use std::io::IsTerminal;
        let show = !quiet && std::io::stderr().is_terminal();
        Progress {
            bar: show.then(|| {
                let bar = indicatif::ProgressBar::hidden();
                bar.set_style(
                    indicatif::ProgressStyle::with_template(&format!(
                        "{{prefix:>7}} {{bar:30}} {{pos}}/{{len}} {}",
                        msg!("progress-files")
                    ))
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
                );
                bar
            }),
        }
    }

    fn step(&self, step: rapport::Step, started: Instant) {
        let Some(bar) = &self.bar else { return };
        if bar.is_hidden() && started.elapsed() > std::time::Duration::from_secs(1) {
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
        match step {
            rapport::Step::Stage(name) => bar.set_prefix(match name {
                "load" => msg!("progress-load"),
                "model" => msg!("progress-model"),
                "render" => msg!("progress-render"),
                other => other.to_string(),
            }),
            rapport::Step::Rendered { done, total } => {
                bar.set_length(total as u64);
                bar.set_position(done as u64);
            }
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Runs an import, prints its summary, then checks the site as `check` does.
fn import(
    source: rapport::Source,
    export: PathBuf,
    args: ImportArgs,
    today: chrono::NaiveDate,
) -> ExitCode {
    let opts = rapport::ImportOptions {
        export,
        root: args.root,
        lang: args.lang,
        section: args.section,
        images: args.images,
        comments: match args.comments {
            CommentsArg::Drop => rapport::Comments::Drop,
            CommentsArg::Append => rapport::Comments::Append,
            CommentsArg::Isso => rapport::Comments::Isso,
        },
    };
    match rapport::import(source, &opts) {
        Ok(summary) => {
            println!("{summary}");
            println!("{}\n", msg!("import-checking"));
            let findings = rapport::check(&opts.root, today);
            print!("{}", findings.to_text());
            if findings.failed(false) {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(problems) => failed(problems),
    }
}

/// Publishes the built site, with a progress bar (files and bytes) on a
/// terminal, and prints what was sent and removed.
fn deploy(opts: &rapport::deploy::DeployOptions, quiet: bool) -> ExitCode {
    use std::io::IsTerminal;
    let started = Instant::now();
    let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template(&format!(
                "{{bar:30}} {{pos}}/{{len}} {} {{msg}}",
                msg!("progress-files")
            ))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let bytes = std::sync::atomic::AtomicU64::new(0);
    let result = rapport::deploy::deploy(opts, &|event| {
        let Some(bar) = &bar else { return };
        match event {
            rapport::deploy::Event::Planned { files, .. } => bar.set_length(files as u64),
            rapport::deploy::Event::Sent(size) => {
                let total = bytes.fetch_add(size, std::sync::atomic::Ordering::Relaxed) + size;
                bar.inc(1);
                bar.set_message(rapport::deploy::human_bytes(total));
            }
        }
    });
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    match result {
        Ok(done) if quiet => {
            let _ = done;
            ExitCode::SUCCESS
        }
        Ok(done) => {
            print!("{}", done.report(opts.dry_run, started.elapsed()));
            ExitCode::SUCCESS
        }
        // What went wrong alone: a build's closing line would not fit.
        Err(problems) => not_started(&problems),
    }
}

fn main() -> ExitCode {
    let matches = localised_command()
        .try_get_matches()
        .unwrap_or_else(|e| rapport::messages::cli::usage_error(e));
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let today = chrono::Local::now().date_naive();
    match cli.command {
        Command::Check {
            root,
            strict,
            format,
        } => {
            let findings = rapport::check(&root, today);
            match format {
                Format::Text => print!("{}", findings.to_text()),
                Format::Json => println!(
                    "{}",
                    serde_json::to_string_pretty(&findings).unwrap_or_default()
                ),
            }
            if findings.failed(strict) {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::New {
            title,
            root,
            date,
            lang,
            section,
        } => {
            let langs = if lang.is_empty() {
                match rapport::Config::load(&root) {
                    Ok(config) => config.languages,
                    Err(problems) => return failed(problems),
                }
            } else {
                lang
            };
            let request = rapport::NewReport {
                root,
                title,
                date: date.unwrap_or(today),
                langs,
                section,
            };
            match rapport::new_report(&request) {
                Ok(files) => {
                    for file in files {
                        println!("{}", msg!("created", file = file.display()));
                    }
                    ExitCode::SUCCESS
                }
                Err(problems) => failed(problems),
            }
        }
        Command::Translated { file, root } => match rapport::translated(&root, &file) {
            Ok((translation, original)) => {
                println!(
                    "{}",
                    msg!(
                        "translated-marked",
                        translation = translation.display(),
                        original = original.display()
                    )
                );
                ExitCode::SUCCESS
            }
            Err(problems) => failed(problems),
        },
        Command::Editor {
            root,
            backend,
            repo,
            branch,
        } => {
            let chosen = match (backend, repo) {
                (None, None) => None,
                (backend, repo) => {
                    let known = rapport::EditorBackend::of_site(&root);
                    Some(rapport::EditorBackend {
                        name: backend.unwrap_or(known.name),
                        repo: repo.unwrap_or(known.repo),
                        branch,
                    })
                }
            };
            match rapport::write_editor_config(&root, chosen) {
                Ok(written) => {
                    for file in &written {
                        println!("{}", msg!("created", file = file));
                    }
                    println!("\n{}", msg!("editor-written"));
                    ExitCode::SUCCESS
                }
                Err(problems) => failed(problems),
            }
        }
        Command::Init { dir, force, title } => {
            match rapport::init(&dir, force, today, title.as_deref()) {
                Ok(done) => {
                    for file in &done.created {
                        println!("{}", msg!("created", file = file.display()));
                    }
                    for file in &done.kept {
                        println!("{}", msg!("init-kept", file = file.display()));
                    }
                    println!("\n{}", msg!("init-ready", dir = dir.display()));
                    println!("{}", msg!("init-name"));
                    println!(
                        "{}",
                        msg!("init-pages", file = rapport::deploy::GITHUB_PAGES_PATH)
                    );
                    ExitCode::SUCCESS
                }
                Err(problems) => failed(problems),
            }
        }
        Command::Import { from } => {
            let (source, export, args) = match from {
                ImportFrom::Blogger { export, common } => {
                    (rapport::Source::Blogger, export, common)
                }
                ImportFrom::Wordpress { export, common } => {
                    (rapport::Source::WordPress, export, common)
                }
                ImportFrom::Hugo { dir, root, lang } => {
                    let args = ImportArgs {
                        root,
                        lang,
                        section: "reports".into(),
                        images: None,
                        comments: CommentsArg::Drop,
                    };
                    (rapport::Source::Hugo, dir, args)
                }
            };
            import(source, export, args, today)
        }
        Command::Deploy {
            target,
            root,
            output,
            dry_run,
            max_deletes,
            quiet,
        } => deploy(
            &rapport::deploy::DeployOptions {
                root,
                output,
                target,
                dry_run,
                max_deletes,
            },
            quiet,
        ),
        Command::Serve {
            root,
            bind,
            port,
            open,
        } => {
            let opts = rapport::ServeOptions {
                root,
                bind,
                port,
                open,
            };
            match rapport::serve(opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(problems) => not_started(&problems),
            }
        }
        Command::Build {
            root,
            output,
            drafts,
            future,
            base_url,
            force,
            quiet,
        } => {
            let started = Instant::now();
            let opts = rapport::BuildOptions {
                root,
                output,
                drafts,
                future,
                base_url,
                target: rapport::Target::Swap { force },
            };
            let bar = Progress::new(quiet);
            let result =
                rapport::Rebuilder::new(opts).rebuild_with(&|step| bar.step(step, started));
            bar.finish();
            match result {
                Ok(built) if quiet => {
                    let _ = built;
                    ExitCode::SUCCESS
                }
                Ok(built) => {
                    let w = built.written;
                    println!(
                        "{}",
                        msg!(
                            "build-summary",
                            pages = built.pages,
                            files = built.files,
                            written = w.written,
                            unchanged = w.unchanged,
                            removed = w.removed,
                            ms = started.elapsed().as_millis() as u64
                        )
                    );
                    if built.photos_made + built.photos_cached > 0 {
                        println!(
                            "{}",
                            msg!(
                                "build-photos",
                                made = built.photos_made,
                                cached = built.photos_cached
                            )
                        );
                    }
                    if built.warnings > 0 {
                        eprintln!("{}", msg!("build-warnings", count = built.warnings));
                    }
                    if built.shortcodes > 0 {
                        eprintln!("{}", msg!("build-shortcodes", count = built.shortcodes));
                    }
                    if std::env::var_os("RAPPORT_TIMINGS").is_some() {
                        for (stage, took) in built.timings {
                            println!("  {stage:<7}{:>8.1} ms", took.as_secs_f64() * 1000.0);
                        }
                    }
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    eprintln!("{problems}");
                    ExitCode::from(1)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument has its `cli-…` messages in both languages.
    #[test]
    fn every_help_line_is_a_message() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            let english = fluent_syntax::parser::parse(rapport::messages::ENGLISH)
                .map(|r| r.body)
                .unwrap_or_default();
            let has = |id: &str| {
                english
                    .iter()
                    .any(|e| matches!(e, fluent_syntax::ast::Entry::Message(m) if m.id.name == id))
            };
            if !has(path) {
                missing.push(path.to_string());
            }
            for arg in cmd.get_arguments() {
                let name = arg.get_id().as_str();
                if name != "help"
                    && name != "version"
                    && !has(&rapport::messages::cli::id(path, name))
                {
                    missing.push(rapport::messages::cli::id(path, name));
                }
            }
            for sub in cmd.get_subcommands().filter(|c| c.get_name() != "help") {
                walk(
                    sub,
                    &rapport::messages::cli::id(path, sub.get_name()),
                    missing,
                );
            }
        }
        let mut cmd = Cli::command();
        cmd.build();
        let mut missing = Vec::new();
        walk(&cmd, "cli", &mut missing);
        assert!(missing.is_empty(), "no message for: {missing:?}");
        localised_command().debug_assert();
    }
}
