//! The `rapport` command: parses the command line and turns each command
//! into one library call. Exit status: 0 success, 1 site errors, 2 usage.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

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
        /// Replace `base_url` of site.yaml, e.g. for a preview deployment.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve {
            root,
            bind,
            port,
            open,
        } => {
            let opts = rapport::serve::ServeOptions {
                root,
                bind,
                port,
                open,
            };
            match rapport::serve::run(opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(problems) => {
                    eprintln!("{problems}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Build {
            root,
            output,
            drafts,
            base_url,
        } => {
            let started = Instant::now();
            let opts = rapport::BuildOptions {
                root,
                output,
                drafts,
                base_url,
            };
            match rapport::build(&opts) {
                Ok(built) => {
                    let w = built.written;
                    println!(
                        "Built {} pages, {} files ({} written, {} unchanged, {} removed) in {} ms",
                        built.pages,
                        built.files,
                        w.written,
                        w.unchanged,
                        w.removed,
                        started.elapsed().as_millis()
                    );
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
