//! GitHub Actions workflow commands: `::error file=…,line=…::message`.
//!
//! GitHub shows at most 10 error and 10 warning annotations per step (and
//! as many notices); findings beyond that are summarised in one `::notice`.

use super::sarif::{repo_path, span_region};
use crate::pipeline::Analysis;
use crate::rules::Severity;

/// Annotations of each level GitHub displays per step.
pub const LIMIT: usize = 10;

/// Escapes a command's message (`%`, `\r`, `\n`).
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command property (also `:` and `,`).
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Renders the findings as annotations, then `notes` as plain notices.
pub fn render(a: &Analysis, notes: &[String]) -> String {
    // Article text, outlet and file names reach the log: no controls.
    super::without_controls(&render_commands(a, notes)).into_owned()
}

fn render_commands(a: &Analysis, notes: &[String]) -> String {
    let mut out = String::new();
    let mut shown = [0usize; 3];
    let mut hidden = [0usize; 3];
    for f in &a.findings {
        let (level, i) = match f.severity {
            Severity::Error => ("error", 0),
            Severity::Warning => ("warning", 1),
            Severity::Note => ("notice", 2),
        };
        // Keep one notice slot for the summary.
        let cap = if i == 2 { LIMIT - 1 } else { LIMIT };
        if shown[i] >= cap {
            hidden[i] += 1;
            continue;
        }
        shown[i] += 1;
        let c = &a.claims[f.claims[0]];
        let s = &a.sources[c.source];
        let (line, col, end_line, end_col) = span_region(s, c.span.clone());
        let mut message = format!("{} ({})", f.message, f.why);
        for &ci in &f.claims[1..] {
            let o = &a.claims[ci];
            let os = &a.sources[o.source];
            let (l, c) = os.line_col(o.span.start);
            message.push_str(&format!(
                "\n{} says {} ({}:{l}:{c})",
                os.name(),
                super::plain::value(o),
                repo_path(&os.path)
            ));
        }
        out.push_str(&format!(
            "::{level} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}\n",
            escape_property(&repo_path(&s.path)),
            escape_property(&format!("factlint {}: {}", f.rule, f.subject)),
            escape_data(&message)
        ));
    }
    let mut lines: Vec<String> = notes.to_vec();
    if hidden.iter().sum::<usize>() > 0 {
        lines.insert(
            0,
            format!(
                "{} more findings not annotated (GitHub shows {LIMIT} errors and {LIMIT} warnings per step): {} errors, {} warnings, {} notes; run factlint with --format short or sarif for all of them",
                hidden.iter().sum::<usize>(),
                hidden[0],
                hidden[1],
                hidden[2]
            ),
        );
    }
    if !lines.is_empty() {
        out.push_str(&format!(
            "::notice title=factlint::{}\n",
            escape_data(&lines.join("\n"))
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_github_requires() {
        assert_eq!(escape_data("50% a\r\nb: c,d"), "50%25 a%0D%0Ab: c,d");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }

    fn summit() -> Analysis {
        let lexicon = crate::lexicon::Lexicon::defaults();
        let text = |outlet: &str, day: &str| {
            format!("+++\ndate = \"2017-11-21\"\noutlet = \"{outlet}\"\n+++\nRussian President Vladimir Putin will host a summit with the presidents of Iran and Turkey on {day}.\n")
        };
        let sources = vec![
            crate::source::Source::from_text(0, "a.md", text("A", "Wednesday"), &lexicon),
            crate::source::Source::from_text(1, "b.md", text("B", "Thursday"), &lexicon),
        ];
        crate::pipeline::analyze(
            sources,
            &lexicon,
            &crate::rules::RuleSet::defaults(),
            &crate::pipeline::Options::default(),
        )
    }

    #[test]
    fn keeps_within_the_annotation_limits() {
        let mut a = summit();
        assert_eq!(a.findings.len(), 1);
        let f = a.findings[0].clone();
        a.findings.clear();
        for (severity, n) in [
            (Severity::Error, 13),
            (Severity::Warning, 11),
            (Severity::Note, 4),
        ] {
            for _ in 0..n {
                let mut g = f.clone();
                g.severity = severity;
                a.findings.push(g);
            }
        }
        let out = render(&a, &["1 finding suppressed by the baseline".into()]);
        let count = |p: &str| out.lines().filter(|l| l.starts_with(p)).count();
        assert_eq!(count("::error "), LIMIT);
        assert_eq!(count("::warning "), LIMIT);
        assert_eq!(count("::notice "), 5, "4 notes and the summary");
        let last = out.lines().last().unwrap();
        assert!(
            last.starts_with("::notice title=factlint::4 more findings not annotated"),
            "{last}"
        );
        assert!(last.contains("3 errors, 1 warnings, 0 notes"), "{last}");
        assert!(last.contains("%0A1 finding suppressed"), "{last}");
        // Every command is one line, properties escaped.
        assert_eq!(out.lines().count(), 25);
        assert!(out
            .contains("title=factlint event-date%3A summit (Iran%2C Putin%2C Russia%2C Turkey)::"));
    }
}
