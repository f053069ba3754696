//! Problems a user can fix, with the file, line and column they come from.
//!
//! Every stage collects all of its problems as [`Diagnostic`]s and fails once
//! with [`Diagnostics`]; `main` prints them like a compiler would, with the
//! offending line drawn and a caret under the column.

use std::fmt;
use std::path::{Path, PathBuf};

use annotate_snippets::{Level, Renderer, Snippet};
use serde::Serialize;

/// A position in a file: 1-based line and column, and how many characters it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Line in the file, from 1.
    pub line: usize,
    /// Column in the line, in characters, from 1.
    pub column: usize,
    /// Characters covered, at least 1 when drawn.
    pub len: usize,
}

impl Span {
    /// A span at `line`, `column` covering `len` characters.
    pub fn new(line: usize, column: usize, len: usize) -> Span {
        Span { line, column, len }
    }
}

/// One problem found in the site: what is wrong, where, and what to do.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    /// Whether it stops a build (`error`) or only deserves a look (`warning`).
    pub severity: Severity,
    /// The file, relative to the site root when it lies inside it.
    pub file: Option<PathBuf>,
    /// Where in the file, when known.
    pub span: Option<Span>,
    /// What is wrong, in one sentence.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
    /// The text of the line the span points at, to draw under the message.
    #[serde(skip)]
    pub source_line: Option<String>,
    /// What kind of problem it is, for code that must tell problems apart
    /// (never by their words, which are translated).
    #[serde(skip)]
    pub kind: Kind,
}

/// The kinds of problem code looks at; every other is [`Kind::Other`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Kind {
    /// Any problem code does not tell apart.
    #[default]
    Other,
    /// A report with no `date` of its own or from a translation.
    NoDate,
    /// A link or image whose target is not there, as written.
    BrokenLink {
        /// The target as written in the file.
        target: String,
    },
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The site cannot be built as it is.
    Error,
    /// Worth fixing; the site builds.
    Warning,
}

impl Diagnostic {
    /// A problem with the site as a whole, or one no file can be named for.
    pub fn new(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: None,
            span: None,
            message: message.into(),
            help: None,
            source_line: None,
            kind: Kind::Other,
        }
    }

    /// The same problem, of `kind`.
    pub fn kind(mut self, kind: Kind) -> Diagnostic {
        self.kind = kind;
        self
    }

    /// A problem in `file`.
    pub fn in_file(file: impl AsRef<Path>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: Some(file.as_ref().to_path_buf()),
            ..Diagnostic::new(message)
        }
    }

    /// Points the problem at `span` of `source` (the whole file's text).
    pub fn at(mut self, source: &str, span: Span) -> Diagnostic {
        self.source_line = source
            .lines()
            .nth(span.line.saturating_sub(1))
            .map(|l| l.trim_end_matches('\r').to_string());
        self.span = Some(span);
        self
    }

    /// Points the problem at `span`, drawing `line`, the text of its line:
    /// for callers that have it at hand, since finding it in a long source
    /// costs a pass over everything before it.
    pub fn at_line(mut self, line: &str, span: Span) -> Diagnostic {
        self.source_line = Some(line.trim_end_matches(['\r', '\n']).to_string());
        self.span = Some(span);
        self
    }

    /// Points the problem at a line and column without drawing the line.
    pub fn at_position(mut self, span: Span) -> Diagnostic {
        self.span = Some(span);
        self
    }

    /// The same finding as a warning.
    pub fn warning(mut self) -> Diagnostic {
        self.severity = Severity::Warning;
        self
    }

    /// Adds what the user should do.
    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// `file:line:column`, or as much of it as is known.
    pub fn location(&self) -> Option<String> {
        let file = self.file.as_ref()?.display().to_string();
        Some(match self.span {
            Some(s) => format!("{file}:{}:{}", s.line, s.column),
            None => file,
        })
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let origin = self.location();
        let level = match self.severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
        };
        let mut message = level.title(&self.message);
        let annotated;
        if let (Some(line), Some(span), Some(file)) = (&self.source_line, self.span, &self.file) {
            annotated = file.display().to_string();
            let start = char_to_byte(line, span.column.saturating_sub(1));
            let end = char_to_byte(line, span.column.saturating_sub(1) + span.len.max(1));
            let (start, end) = if start >= line.len() {
                (line.len(), line.len())
            } else {
                (start, end.max(start + 1).min(line.len()))
            };
            message = message.snippet(
                Snippet::source(line)
                    .line_start(span.line)
                    .origin(&annotated)
                    .annotation(level.span(start..end)),
            );
            if let Some(help) = &self.help {
                message = message.footer(Level::Help.title(help));
            }
            let drawn = Renderer::plain().render(message).to_string();
            return write!(f, "{}", self.relabel(&drawn));
        }
        write!(f, "{}: {}", self.label(), self.message)?;
        if let Some(origin) = origin {
            write!(f, "\n --> {origin}")?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n  = {}: {help}", crate::msg!("diagnostic-help"))?;
        }
        Ok(())
    }
}

impl Diagnostic {
    /// "error" or "warning" in the user's language.
    fn label(&self) -> String {
        match self.severity {
            Severity::Error => crate::msg!("diagnostic-error"),
            Severity::Warning => crate::msg!("diagnostic-warning"),
        }
    }

    /// annotate-snippets writes its labels in English: the first word of
    /// the title and the `= help:` of the footer are put in the user's
    /// language, the drawing left as it is.
    fn relabel(&self, drawn: &str) -> String {
        let english = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut out = match drawn.strip_prefix(english) {
            Some(rest) => format!("{}{rest}", self.label()),
            None => drawn.to_string(),
        };
        if let Some(help) = &self.help {
            let footer = format!("= help: {help}");
            if let Some(at) = out.rfind(&footer) {
                let localised = format!("= {}: {help}", crate::msg!("diagnostic-help"));
                out.replace_range(at..at + footer.len(), &localised);
            }
        }
        out
    }
}

fn char_to_byte(line: &str, chars: usize) -> usize {
    line.char_indices()
        .nth(chars)
        .map(|(i, _)| i)
        .unwrap_or(line.len())
}

/// All problems of a stage; the error type of every stage.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Fails with `items` when there are any, else succeeds with `value`.
    pub fn or_ok<T>(items: Vec<Diagnostic>, value: T) -> Result<T, Diagnostics> {
        if items.is_empty() {
            Ok(value)
        } else {
            Err(Diagnostics(items))
        }
    }

    /// How many problems there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Diagnostics {
        Diagnostics(vec![d])
    }
}

impl Diagnostics {
    /// The problems with repeats left out: one broken link in a report is
    /// found by every output that shows the report (page, feeds), and is
    /// said once.
    pub fn distinct(&self) -> Vec<&Diagnostic> {
        let mut seen = std::collections::HashSet::new();
        self.0
            .iter()
            .filter(|d| {
                seen.insert((
                    d.file.clone(),
                    d.span.map(|s| (s.line, s.column)),
                    d.message.clone(),
                ))
            })
            .collect()
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let distinct = self.distinct();
        for d in &distinct {
            writeln!(f, "{d}\n")?;
        }
        write!(
            f,
            "{}",
            crate::msg!("diagnostics-summary", count = distinct.len())
        )
    }
}

impl std::error::Error for Diagnostics {}

/// Turns byte offsets of one text into 1-based lines and columns.
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// The last position asked for (byte, its column): a later position on
    /// the same line counts on from there, so the spans of every link on a
    /// line of 100,000 links cost one pass over it, not one each.
    last: std::cell::Cell<(usize, usize)>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the line starts of `text`.
    pub(crate) fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex {
            text,
            starts,
            last: std::cell::Cell::new((0, 1)),
        }
    }

    /// The text of line `line` (from 1), without its line end.
    pub(crate) fn line(&self, line: usize) -> &'a str {
        let Some(&start) = self.starts.get(line.saturating_sub(1)) else {
            return "";
        };
        let end = self
            .starts
            .get(line)
            .map_or(self.text.len(), |&next| next - 1);
        self.text[start..end].trim_end_matches('\r')
    }

    /// The span of the byte range `start..end`.
    pub(crate) fn span(&self, start: usize, end: usize) -> Span {
        let mut start = start.min(self.text.len());
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= start).max(1);
        let line_start = self.starts[line - 1];
        let (last, last_column) = self.last.get();
        let (from, column) = if last >= line_start && last <= start {
            (last, last_column)
        } else {
            (line_start, 1)
        };
        let column = column + self.text[from..start].chars().count();
        self.last.set((start, column));
        let len = self
            .text
            .get(start..end.min(self.text.len()))
            .map_or(1, |s| s.chars().take_while(|c| *c != '\n').count().max(1));
        Span::new(line, column, len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_counts_lines_and_characters() {
        let text = "abc\nåäö x\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.span(0, 1), Span::new(1, 1, 1));
        let x = text.find('x').expect("x is there");
        assert_eq!(idx.span(x, x + 1), Span::new(2, 5, 1));
        // Asked again out of order, and inside a character.
        assert_eq!(idx.span(1, 2), Span::new(1, 2, 1));
        assert_eq!(idx.span(x, x + 1), Span::new(2, 5, 1));
        assert_eq!(idx.span(6, 7), Span::new(2, 2, 1));
        let a = text.find('ä').expect("ä is there");
        assert_eq!(idx.span(a + 1, a + 2), Span::new(2, 2, 1));
    }

    #[test]
    fn display_draws_the_line_with_a_caret() {
        let d = Diagnostic::in_file("content/a.sv.md", "unknown key `titel`")
            .at("---\ntitel: Möte\n---\n", Span::new(2, 1, 5))
            .help("did you mean `title`?");
        let shown = d.to_string();
        assert!(shown.contains("content/a.sv.md:2:1"), "{shown}");
        assert!(shown.contains("2 | titel: Möte"), "{shown}");
        assert!(shown.contains("^^^^^"), "{shown}");
        assert!(shown.contains("help: did you mean `title`?"), "{shown}");
    }
}
