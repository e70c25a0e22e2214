//! Inline suppression in Markdown sources:
//! `<!-- factlint-disable RULE -->` … `<!-- factlint-enable -->` and
//! `<!-- factlint-ignore RULE -->` for the next paragraph. Without a rule
//! id, every rule is suppressed. A finding is dropped when one of its
//! claims lies in a region of its source suppressing the finding's rule;
//! suppressions that dropped nothing are reported as unused.

use crate::pipeline::Analysis;
use crate::source::Source;
use std::ops::Range;

/// One suppressed region of a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// Source id.
    pub source: usize,
    /// Rule ids (empty: all rules).
    pub rules: Vec<String>,
    /// Bytes covered.
    pub span: Range<usize>,
    /// Where the comment is, for reports.
    pub comment: Range<usize>,
    /// `disable` or `ignore`.
    pub directive: &'static str,
}

/// The regions of a Markdown source (other sources have none).
pub fn regions(source: &Source) -> Vec<Region> {
    if !source.is_markdown() {
        return Vec::new();
    }
    let text = &source.text;
    let mut out = Vec::new();
    let mut open: Vec<Region> = Vec::new();
    let mut pos = 0;
    while let Some(i) = text[pos..].find("<!--") {
        let start = pos + i;
        let Some(j) = text[start..].find("-->") else {
            break;
        };
        let end = start + j + 3;
        pos = end;
        let body = text[start + 4..end - 3].trim();
        let mut words = body.split(|c: char| c.is_whitespace() || c == ',');
        let directive = words.next().unwrap_or("");
        let rules: Vec<String> = words.filter(|w| !w.is_empty()).map(String::from).collect();
        match directive {
            "factlint-disable" => open.push(Region {
                source: source.id,
                rules,
                span: end..text.len(),
                comment: start..end,
                directive: "disable",
            }),
            "factlint-enable" => {
                // Closes the named rules' regions, or all of them.
                let (close, keep): (Vec<Region>, Vec<Region>) = open
                    .drain(..)
                    .partition(|r| rules.is_empty() || r.rules.iter().any(|x| rules.contains(x)));
                open = keep;
                out.extend(close.into_iter().map(|mut r| {
                    r.span.end = start;
                    r
                }));
            }
            "factlint-ignore" => {
                let after = &text[end..];
                let skip = after.len() - after.trim_start().len();
                let para_start = end + skip;
                let para_end = text[para_start..]
                    .find("\n\n")
                    .or_else(|| text[para_start..].find("\r\n\r\n"))
                    .map_or(text.len(), |k| para_start + k);
                out.push(Region {
                    source: source.id,
                    rules,
                    span: para_start..para_end,
                    comment: start..end,
                    directive: "ignore",
                });
            }
            _ => {}
        }
    }
    out.extend(open);
    out
}

/// Drops suppressed findings; returns notes about unused suppressions.
pub fn apply(analysis: &mut Analysis) -> Vec<String> {
    let regions: Vec<Region> = analysis.sources.iter().flat_map(regions).collect();
    let mut used = vec![false; regions.len()];
    let claims = &analysis.claims;
    analysis.findings.retain(|f| {
        let hit = regions.iter().position(|r| {
            (r.rules.is_empty() || r.rules.contains(&f.rule))
                && f.claims.iter().any(|&c| {
                    claims[c].source == r.source
                        && claims[c].span.start >= r.span.start
                        && claims[c].span.end <= r.span.end
                })
        });
        if let Some(i) = hit {
            used[i] = true;
        }
        hit.is_none()
    });
    regions
        .iter()
        .zip(used)
        .filter(|(_, u)| !u)
        .map(|(r, _)| {
            let s = &analysis.sources[r.source];
            let (line, col) = s.line_col(r.comment.start);
            let what = if r.rules.is_empty() {
                "every rule".to_string()
            } else {
                r.rules.join(", ")
            };
            format!(
                "note: {}:{line}:{col}: unused suppression: factlint-{} {what} suppressed nothing",
                s.path, r.directive
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn src(text: &str) -> Source {
        Source::from_text(0, "a.md", text.to_string(), &Lexicon::defaults())
    }

    #[test]
    fn disable_enable_and_ignore_make_regions() {
        let t = "one\n\n<!-- factlint-disable event-date -->\ntwo\n<!-- factlint-enable -->\nthree\n\n<!-- factlint-ignore -->\nfour\nfour b\n\nfive";
        let rs = regions(&src(t));
        assert_eq!(rs.len(), 2);
        let ignore = rs.iter().find(|r| r.directive == "ignore").unwrap();
        assert_eq!(&t[ignore.span.clone()], "four\nfour b");
        assert!(ignore.rules.is_empty());
        let disable = rs.iter().find(|r| r.directive == "disable").unwrap();
        assert_eq!(t[disable.span.clone()].trim(), "two");
        assert_eq!(disable.rules, vec!["event-date"]);
        assert!(regions(&Source::from_text(
            0,
            "a.txt",
            t.into(),
            &Lexicon::defaults()
        ))
        .is_empty());
    }
}
