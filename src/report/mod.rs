//! Reports: renderers of an [`Analysis`]. Each
//! returns a `String`; the binary decides where it goes.

pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod plain;
pub mod rdjsonl;
pub mod sarif;
pub mod short;

use crate::pipeline::Analysis;
use crate::rules::Severity;

/// Counts for the summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Sources read.
    pub sources: usize,
    /// Claims extracted.
    pub claims: usize,
    /// Error findings.
    pub errors: usize,
    /// Warning findings.
    pub warnings: usize,
    /// Note findings.
    pub notes: usize,
}

impl Summary {
    /// Counts an analysis.
    pub fn of(a: &Analysis) -> Summary {
        let count = |s: Severity| a.findings.iter().filter(|f| f.severity == s).count();
        Summary {
            sources: a.sources.len(),
            claims: a.claims.len(),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            notes: count(Severity::Note),
        }
    }

    /// `5 sources, 57 claims: 1 error, 2 warnings`.
    pub fn line(&self) -> String {
        format!(
            "{}, {}: {}, {}, {}",
            plural(self.sources, "source"),
            plural(self.claims, "claim"),
            plural(self.errors, "error"),
            plural(self.warnings, "warning"),
            plural(self.notes, "note")
        )
    }
}

/// `1 error`, `2 errors`: a count and its noun, pluralised with `s`.
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `s` with terminal control characters made harmless: every control
/// character other than newline and tab (ESC, BEL, the C0 and C1 sets, DEL)
/// becomes `?` repeated to its UTF-8 length, so an article, a file name or
/// a rule file cannot move the cursor, retitle the terminal (OSC) or hide
/// text, and byte offsets into the text stay valid.
pub fn without_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(is_unsafe_control) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_unsafe_control(c) {
            out.extend(std::iter::repeat_n('?', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

fn is_unsafe_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

#[cfg(test)]
mod control_tests {
    use super::without_controls;

    #[test]
    fn control_sequences_are_neutralised_and_lengths_kept() {
        let evil = "a\u{1b}[2J\u{1b}]0;owned\u{7}b\u{9b}c\r\n\td";
        let clean = without_controls(evil);
        assert_eq!(clean.len(), evil.len());
        assert!(!clean
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'));
        assert!(clean.starts_with("a?[2J?]0;owned?b??c?\n\td"), "{clean}");
        assert!(matches!(
            without_controls("plain\ttext\n"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
