//! Reports: renderers of an [`Analysis`]. Each
//! returns a `String`; the binary decides where it goes.

pub mod github;
pub mod html;
pub mod human;
pub mod json;
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
        let plural = |n: usize, w: &str| {
            if n == 1 {
                format!("{n} {w}")
            } else {
                format!("{n} {w}s")
            }
        };
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
