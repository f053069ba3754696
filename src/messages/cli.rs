//! The command line's own words: `--help` and the complaints about a
//! mistyped command, in the user's language.
//!
//! clap's derive macros take their help from English doc comments; the
//! binary hands its `Command` to [`localise`] and parses with it, and hands
//! a parse error to [`usage_error`].

/// The message id of `name` (a command or an argument) under `path`:
/// `id("cli-build", "base_url")` is `cli-build-base-url`.
pub fn id(path: &str, name: &str) -> String {
    format!("{path}-{}", name.replace('_', "-"))
}

/// A placeholder of `--help` such as `DIR` in the user's language, from the
/// message `cli-value-dir`; as written when there is none.
fn value_name(name: &str) -> String {
    let id = format!("cli-value-{}", name.to_lowercase().replace(['_', ','], "-"));
    if crate::messages::has(&id) {
        crate::messages::text(&id, None)
    } else {
        name.to_string()
    }
}

/// `cmd` (clap's command line, made from English doc comments) with every
/// description, placeholder and heading of `--help` in the user's language,
/// from the `cli-…` messages: `cli` for the program, `cli-build` for
/// `build`, `cli-build-root` for its `--root`, and so on.
pub fn localise(mut cmd: clap::Command) -> clap::Command {
    cmd.build();
    localise_under(cmd, "cli")
}

fn localise_under(cmd: clap::Command, path: &str) -> clap::Command {
    let text = |id: &str| crate::messages::text(id, None);
    let mut cmd = cmd
        .about(text(path))
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            crate::msg!("cli-heading-usage")
        ))
        .subcommand_help_heading(crate::msg!("cli-heading-commands"))
        .subcommand_value_name(crate::msg!("cli-value-command"));
    let args: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (name, positional) in args {
        let help = match name.as_str() {
            "help" => text("cli-flag-help"),
            "version" => text("cli-flag-version"),
            _ => text(&id(path, &name)),
        };
        cmd = cmd.mut_arg(&name, |arg| {
            let mut help = help;
            let defaults: Vec<String> = arg
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            let takes_values = arg.get_action().takes_values();
            if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
                help = format!(
                    "{help} [{}: {}]",
                    crate::msg!("cli-default"),
                    defaults.join(", ")
                );
            }
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect();
            if !values.is_empty() && !arg.is_hide_possible_values_set() {
                help = format!(
                    "{help} [{}: {}]",
                    crate::msg!("cli-possible"),
                    values.join(", ")
                );
            }
            let heading = if positional {
                crate::msg!("cli-heading-arguments")
            } else {
                crate::msg!("cli-heading-options")
            };
            let value_names: Vec<String> = match arg.get_value_names() {
                Some(names) => names.iter().map(|n| n.to_string()).collect(),
                None if positional => vec![name.to_uppercase()],
                None => Vec::new(),
            };
            let arg = if value_names.is_empty() {
                arg
            } else {
                arg.value_names(value_names.iter().map(|n| value_name(n)))
            };
            arg.help(help)
                .hide_default_value(true)
                .hide_possible_values(true)
                .help_heading(heading)
        });
    }
    // The usage line as clap writes it, with its `[OPTIONS]` in words of the language.
    let usage = cmd.render_usage().to_string();
    let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, u)| u);
    let usage = usage.replace(
        "[OPTIONS]",
        &format!("[{}]", crate::msg!("cli-value-options")),
    );
    let mut cmd = cmd.override_usage(usage);
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in subcommands {
        if name == "help" {
            cmd = cmd.mut_subcommand("help", |c| c.about(crate::msg!("cli-help-command")));
        } else {
            let sub_path = id(path, &name);
            cmd = cmd.mut_subcommand(&name, |c| localise_under(c, &sub_path));
        }
    }
    cmd
}

/// Ends the process for a wrong command line. clap writes its complaints
/// in English; for the most common ones, in another language, rapport
/// writes its own words from clap's details and the localised usage line.
pub fn usage_error(e: clap::Error) -> ! {
    use clap::error::{ContextKind, ErrorKind};
    if crate::messages::current() == crate::messages::Lang::English {
        e.exit()
    }
    let get = |kind| e.get(kind).map(|v| v.to_string());
    let message = match e.kind() {
        ErrorKind::UnknownArgument => get(ContextKind::InvalidArg)
            .map(|arg| crate::msg!("cli-error-unknown-argument", arg = arg)),
        ErrorKind::InvalidSubcommand => get(ContextKind::InvalidSubcommand)
            .map(|command| crate::msg!("cli-error-unknown-command", command = command)),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            match (get(ContextKind::InvalidArg), get(ContextKind::InvalidValue)) {
                (Some(arg), Some(value)) if value.is_empty() => {
                    Some(crate::msg!("cli-error-value-missing", arg = arg))
                }
                (Some(arg), Some(value)) => Some(crate::msg!(
                    "cli-error-invalid-value",
                    arg = arg,
                    value = value
                )),
                _ => None,
            }
        }
        ErrorKind::MissingRequiredArgument => {
            get(ContextKind::InvalidArg).map(|args| crate::msg!("cli-error-missing", args = args))
        }
        _ => None,
    };
    let Some(message) = message else { e.exit() };
    let mut out = format!("{}: {message}\n", crate::msg!("diagnostic-error"));
    if let Some(values) = get(ContextKind::ValidValue).filter(|v| !v.is_empty()) {
        out.push_str(&format!("  [{}: {values}]\n", crate::msg!("cli-possible")));
    }
    let suggestion = get(ContextKind::SuggestedArg)
        .or_else(|| get(ContextKind::SuggestedSubcommand))
        .or_else(|| get(ContextKind::SuggestedValue));
    if let Some(suggestion) = suggestion {
        out.push_str(&format!(
            "\n  {}\n",
            crate::msg!("cli-error-suggestion", suggestion = suggestion)
        ));
    }
    let rendered = e.render().to_string();
    if let Some(usage) = rendered.lines().find_map(|l| l.strip_prefix("Usage: ")) {
        out.push_str(&format!("\n{} {usage}\n", crate::msg!("cli-heading-usage")));
    }
    out.push_str(&format!("\n{}\n", crate::msg!("cli-error-more")));
    eprint!("{out}");
    std::process::exit(2)
}
