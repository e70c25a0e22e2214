//! The human report: miette graphical diagnostics. The primary claim's
//! source carries the main diagnostic; every other source involved is a
//! nested related diagnostic with its own named source, since miette labels
//! one file per diagnostic.

use super::Summary;
use crate::pipeline::Analysis;
use crate::rules::{RuleError, Severity};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};
use std::fmt;
use std::sync::Arc;

/// At most this many other sources are shown under one finding.
const MAX_RELATED: usize = 10;

/// Rendering choices.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Colors and unicode art (a terminal without `NO_COLOR`).
    pub color: bool,
    /// Line width.
    pub width: usize,
}

impl Style {
    /// Plain output for files, pipes, tests.
    pub fn plain() -> Style {
        Style {
            color: false,
            width: 100,
        }
    }
}

/// A diagnostic built from report data.
#[derive(Debug, Clone)]
struct Diag {
    message: String,
    code: Option<String>,
    severity: miette::Severity,
    help: Option<String>,
    url: Option<String>,
    source: Option<Snippet>,
    labels: Vec<LabeledSpan>,
    related: Vec<Diag>,
}

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diag {}

impl Diagnostic for Diag {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.code
            .as_ref()
            .map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }
    fn url<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.url
            .as_ref()
            .map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        (!self.labels.is_empty())
            .then(|| Box::new(self.labels.iter().cloned()) as Box<dyn Iterator<Item = LabeledSpan>>)
    }
    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        (!self.related.is_empty()).then(|| {
            Box::new(self.related.iter().map(|d| d as &dyn Diagnostic))
                as Box<dyn Iterator<Item = &dyn Diagnostic>>
        })
    }
}

fn miette_severity(s: Severity) -> miette::Severity {
    match s {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Note => miette::Severity::Advice,
    }
}

fn handler(style: Style) -> GraphicalReportHandler {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false)
        .with_show_related_as_nested(true)
        .with_wrap_lines(false)
}

fn render_diag(d: &Diag, style: Style) -> String {
    let mut out = String::new();
    let d = wrapped(harmless(d.clone()), style.width, MESSAGE_INDENT);
    // Writing into a String cannot fail.
    let _ = handler(style).render_report(&mut out, &d);
    out
}

/// Columns before a diagnostic's message (`  × `), its help (`  help: `)
/// and a nested diagnostic's message (`  ╰─▶   ☞ `).
const MESSAGE_INDENT: usize = 4;
const HELP_INDENT: usize = 8;
const NESTED_INDENT: usize = 10;

/// The diagnostic with its message and help filled to `width` columns.
/// miette's own wrapping would also break the nested diagnostics' source
/// lines (it wraps them as one block), so the prose is filled here and
/// snippets stay one line per source line.
fn wrapped(mut d: Diag, width: usize, indent: usize) -> Diag {
    d.message = fill(&d.message, width.saturating_sub(indent));
    d.help = d.help.map(|h| fill(&h, width.saturating_sub(HELP_INDENT)));
    d.related = d
        .related
        .into_iter()
        .map(|r| wrapped(r, width, NESTED_INDENT))
        .collect();
    d
}

/// Each line of `text` filled to `width` columns (at least 20), breaking
/// only at spaces: a rule name, path or URL (`same-spelling`) stays whole.
fn fill(text: &str, width: usize) -> String {
    let options = textwrap::Options::new(width.max(20))
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    text.split('\n')
        .map(|line| textwrap::fill(line, &options))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The diagnostic with every string that came from an article, a file name
/// or a rule file stripped of terminal controls (the texts themselves are
/// cleaned where they are shared: [`clean_text`]).
fn harmless(mut d: Diag) -> Diag {
    let clean = |s: &mut String| {
        if let std::borrow::Cow::Owned(c) = super::without_controls(s) {
            *s = c;
        }
    };
    clean(&mut d.message);
    if let Some(h) = d.help.as_mut() {
        clean(h);
    }
    if let Some(c) = d.code.as_mut() {
        clean(c);
    }
    d.labels = d
        .labels
        .into_iter()
        .map(|l| {
            let label = l.label().map(|t| super::without_controls(t).into_owned());
            if l.primary() {
                LabeledSpan::new_primary_with_span(label, *l.inner())
            } else {
                LabeledSpan::new_with_span(label, *l.inner())
            }
        })
        .collect();
    d.related = d.related.into_iter().map(harmless).collect();
    d
}

/// A source text to show in a snippet, stripped of terminal controls
/// (same length, so spans stay valid), and its name.
fn clean_text(path: &str, text: &str) -> Snippet {
    Snippet::new(path, Arc::new(super::without_controls(text).into_owned()))
}

/// A source text shown in snippets, under its name. miette counts the
/// header's column (`[path:line:col]`) in bytes; a snippet counts it in
/// characters, with the one conversion the short, JSON and GitHub reports
/// use ([`crate::source::line_col`]), so every format names the same place.
#[derive(Debug, Clone)]
struct Snippet {
    name: String,
    text: Arc<String>,
}

impl Snippet {
    /// The text (already stripped of controls) under `path`, stripped too.
    fn new(path: &str, text: Arc<String>) -> Snippet {
        Snippet {
            name: super::without_controls(path).into_owned(),
            text,
        }
    }
}

impl SourceCode for Snippet {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self.text.read_span(span, before, after)?;
        // miette gives a column only when no line before is asked for.
        let column = if before == 0 {
            crate::source::line_col(&self.text, span.offset()).1 - 1
        } else {
            inner.column()
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line(),
            column,
            inner.line_count(),
        )))
    }
}

/// Renders the findings, then (with `explain`) the consistent pairs, then the summary line.
pub fn render(a: &Analysis, explain: bool, style: Style) -> String {
    let texts: Vec<Arc<String>> = a
        .sources
        .iter()
        .map(|s| Arc::new(super::without_controls(&s.text).into_owned()))
        .collect();
    let mut out = String::new();
    for f in &a.findings {
        let primary = &a.claims[f.claims[0]];
        let src = &a.sources[primary.source];
        let label_for = |c: &crate::claims::Claim| {
            let s = &a.sources[c.source];
            format!("{}: {}", s.name(), super::plain::reading(c, s))
        };
        let mut labels = vec![LabeledSpan::new_primary_with_span(
            Some(label_for(primary)),
            primary.span.clone(),
        )];
        let mut related = Vec::new();
        let mut hidden = 0;
        for &ci in &f.claims[1..] {
            let c = &a.claims[ci];
            // A story copied by hundreds of outlets: show a few sources,
            // count the rest (the JSON report lists them all).
            if related.len() >= MAX_RELATED && c.source != primary.source {
                hidden += 1;
                continue;
            }
            if c.source == primary.source {
                labels.push(LabeledSpan::new_with_span(
                    Some(label_for(c)),
                    c.span.clone(),
                ));
                continue;
            }
            let s = &a.sources[c.source];
            let (line, col) = s.line_col(c.span.start);
            let copy = f
                .copy_of(c.source)
                .map(|o| format!(", a copy of {}", a.sources[o].name()))
                .unwrap_or_default();
            related.push(Diag {
                message: format!(
                    "{} says {} ({}:{line}:{col}{copy})",
                    s.name(),
                    super::plain::value(c),
                    s.path
                ),
                code: None,
                severity: miette::Severity::Advice,
                help: None,
                url: None,
                source: Some(Snippet::new(&s.path, texts[c.source].clone())),
                labels: vec![LabeledSpan::new_primary_with_span(
                    Some(label_for(c)),
                    c.span.clone(),
                )],
                related: Vec::new(),
            });
        }
        let mut help = f.help.clone();
        if !f.copies.is_empty() {
            help.push_str(&format!("\ncopies: {}", copies_line(a, &f.copies)));
        }
        if hidden > 0 {
            help.push_str(&format!(
                "\n{} from other sources {} not shown here (see --format json)",
                super::plural(hidden, "more claim"),
                if hidden == 1 { "is" } else { "are" }
            ));
        }
        let diag = Diag {
            message: format!("{} ({})", f.message, f.why),
            code: Some(f.rule.clone()),
            severity: miette_severity(f.severity),
            help: Some(help),
            url: None,
            source: Some(Snippet::new(&src.path, texts[primary.source].clone())),
            labels,
            related,
        };
        out.push_str(&render_diag(&diag, style));
        out.push('\n');
    }
    if explain {
        out.push_str(&render_explain(a));
    }
    let summary = Summary::of(a);
    out.push_str(&summary.line());
    out.push('\n');
    out
}

/// `Wire 1 (wire-001.md) and Wire 2 (wire-002.md) run the text of Wire 0
/// (wire-000.md)`: the copies among a finding's sources, by the text they
/// copy, a few named.
fn copies_line(a: &Analysis, copies: &[(usize, usize)]) -> String {
    let named = |s: usize| {
        let s = &a.sources[s];
        match &s.meta.outlet {
            Some(outlet) => format!("{outlet} ({})", s.path),
            None => s.path.clone(),
        }
    };
    let mut by_origin: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for &(c, o) in copies {
        by_origin.entry(o).or_default().push(c);
    }
    by_origin
        .iter()
        .map(|(&o, cs)| {
            let mut names: Vec<String> = cs.iter().take(MAX_RELATED).map(|&c| named(c)).collect();
            if cs.len() > MAX_RELATED {
                names.push(format!("{} more", cs.len() - MAX_RELATED));
            }
            let last = names.pop().unwrap_or_default();
            let who = if names.is_empty() {
                last
            } else {
                format!("{} and {last}", names.join(", "))
            };
            let verb = if cs.len() == 1 { "runs" } else { "run" };
            format!("{who} {verb} the text of {}", named(o))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The aligned pairs judged consistent or undecided, and why.
pub fn render_explain(a: &Analysis) -> String {
    let mut out = String::new();
    let mut shown = 0;
    for c in a
        .checked
        .iter()
        .filter(|c| c.verdict.conflict != Some(true))
    {
        let (x, y) = (&a.claims[c.pair.a()], &a.claims[c.pair.b()]);
        let place = |cl: &crate::claims::Claim| {
            let s = &a.sources[cl.source];
            let (l, col) = s.line_col(cl.span.start);
            format!(
                "{}:{l}:{col} \"{}\" ({})",
                s.path,
                &s.text[cl.span.clone()].chars().take(60).collect::<String>(),
                cl.value.display()
            )
        };
        let verdict = if c.verdict.conflict == Some(false) {
            "consistent"
        } else {
            "undecided"
        };
        out.push_str(&format!(
            "{verdict} [{}] {}\n  {}\n  {}\n  aligned: {}\n",
            c.rule,
            c.verdict.why,
            place(x),
            place(y),
            c.pair.reason.text(x)
        ));
        shown += 1;
    }
    if shown == 0 {
        out.push_str("no aligned pairs were judged consistent\n");
    }
    out.push('\n');
    out
}

/// A rule file error as a diagnostic pointing into the TOML.
pub fn render_rule_error(e: &RuleError, style: Style) -> String {
    // A setting of factlint.toml or of a flag is no rule file.
    let config = e.path == crate::config::COMMAND_LINE
        || e.path.starts_with("--")
        || e.path.ends_with(crate::config::FILE_NAME);
    let diag = Diag {
        message: if config {
            format!("{}: {}", e.path, e.message.trim())
        } else {
            format!("invalid rule file {}: {}", e.path, e.message.trim())
        },
        code: Some(if config { "config" } else { "rule-file" }.into()),
        severity: miette::Severity::Error,
        help: e.help.clone(),
        url: None,
        source: (!e.text.is_empty()).then(|| clean_text(&e.path, &e.text)),
        labels: e
            .span
            .clone()
            .filter(|_| !e.text.is_empty())
            .map(|s| vec![LabeledSpan::new_primary_with_span(Some("here".into()), s)])
            .unwrap_or_default(),
        related: Vec::new(),
    };
    render_diag(&diag, style)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair() -> Analysis {
        // Accented words before the figure: bytes and characters differ.
        let a = "Café owners in Zürich said the fire killed 12 people on Monday, José Ruiz said.";
        let b = "Café owners in Zürich said the fire killed 15 people on Monday, José Ruiz said.";
        crate::eval::analyze_files(&[("a.txt".into(), a.into()), ("b.txt".into(), b.into())])
    }

    #[test]
    fn header_column_counts_characters_as_the_short_report_does() {
        let a = pair();
        let human = render(&a, false, Style::plain());
        let short = crate::report::short::render(&a);
        // `15` starts at character 44 (byte 46) of line 1.
        assert!(human.contains("[b.txt:1:44]"), "{human}");
        assert!(human.contains("(a.txt:1:44)"), "{human}");
        assert!(short.contains("b.txt:1:44:"), "{short}");
    }

    #[test]
    fn prose_is_filled_to_the_width_and_source_lines_are_not() {
        let a = pair();
        let narrow = render(
            &a,
            false,
            Style {
                color: false,
                width: 60,
            },
        );
        let wide = render(
            &a,
            false,
            Style {
                color: false,
                width: 200,
            },
        );
        assert!(narrow.lines().count() > wide.lines().count(), "{narrow}");
        for line in narrow.lines() {
            // Quoted source lines and their underlines keep their length.
            let snippet = line.contains(" │ Café") || line.contains(" · ");
            assert!(
                snippet || line.chars().count() <= 60,
                "{line:?} in\n{narrow}"
            );
        }
        // The source line is shown whole, once per source, never broken.
        assert_eq!(
            narrow.matches("Monday, José Ruiz said.").count(),
            2,
            "{narrow}"
        );
    }
}
