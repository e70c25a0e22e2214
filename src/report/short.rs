//! The short report: `path:line:col: severity[rule] message`, one finding
//! per line, for editors (quickfix lists) and grep.

use crate::pipeline::Analysis;

/// Renders one line per finding, at the primary claim.
pub fn render(a: &Analysis) -> String {
    // Article text, outlet and file names reach the terminal: no controls.
    super::without_controls(&render_lines(a)).into_owned()
}

fn render_lines(a: &Analysis) -> String {
    let mut out = String::new();
    for f in &a.findings {
        let c = &a.claims[f.claims[0]];
        let s = &a.sources[c.source];
        let (line, col) = s.line_col(c.span.start);
        let message = format!("{} ({})", f.message, f.why).replace(['\n', '\r'], " ");
        out.push_str(&format!(
            "{}:{line}:{col}: {}[{}] {message}\n",
            s.path,
            f.severity.as_str(),
            f.rule
        ));
    }
    out
}
