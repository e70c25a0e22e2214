//! The HTML report: findings as cards grouped by story, most severe first,
//! each claim with its outlet, date and sentence, the conflicting words in
//! `<mark>`. [`render`] writes one self-contained file (inline CSS, no
//! JavaScript); `factlint review` builds its pages from the same pieces.
//!
//! Everything from the sources, the rules and the baseline goes through
//! maud, which escapes it: article text is shown as text, never markup.

use crate::baseline::{Baseline, Entry};
use crate::claims::Claim;
use crate::findings::Finding;
use crate::pipeline::Analysis;
use crate::rules::Severity;
use crate::source::{floor_char_boundary, SourceId};
use maud::{html, Markup, PreEscaped, DOCTYPE};

use super::Summary;

mod decisions;
pub use decisions::{corrections, decision_line, history, source_name, State};

/// The style sheet, inlined in every page. Cards stack on a phone and the
/// claims of a card sit side by side on a wider screen.
pub const CSS: &str = r#"
:root { --err: #b3261e; --warn: #8a5a00; --note: #35607f; --ok: #2e6b30; --line: #d9d9de; }
* { box-sizing: border-box; }
body { font: 16px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1c1c1f; background: #f6f6f8; }
header, main { max-width: 72rem; margin: 0 auto; padding: 0.75rem 1rem; }
header h1 { font-size: 1.35rem; margin: 0.25rem 0; }
a { color: #1f4fa3; }
.counts { display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0; margin: 0.5rem 0; list-style: none; }
.counts li { background: #fff; border: 1px solid var(--line); border-radius: 0.4rem; padding: 0.2rem 0.6rem; }
.counts b { font-variant-numeric: tabular-nums; }
.story > h2 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
.story > h2 small { font-weight: normal; color: #555; }
.card { overflow-wrap: anywhere; background: #fff; border: 1px solid var(--line); border-left: 0.35rem solid var(--note); border-radius: 0.4rem; padding: 0.75rem 1rem; margin: 0 0 1rem; }
.card.error { border-left-color: var(--err); }
.card.warning { border-left-color: var(--warn); }
.card.dismissed { opacity: 0.75; }
.card h3 { font-size: 1rem; margin: 0 0 0.35rem; display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: baseline; }
.badge { display: inline-block; font-size: 0.78rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; border-radius: 0.3rem; padding: 0.05rem 0.4rem; color: #fff; background: var(--note); }
.badge.error { background: var(--err); }
.badge.warning { background: var(--warn); }
.badge.state { background: #666; }
.badge.confirmed { background: var(--err); }
.badge.dismissed { background: var(--ok); }
.badge.corrected { background: #1f4fa3; }
.badge.still-produced { background: var(--err); }
p.still-produced { color: var(--err); margin: 0.25rem 0; }
.card > details > summary { cursor: pointer; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.card > details > summary h3 { display: inline-flex; margin: 0 0.3rem 0 0; }
.card > details > summary .line { color: #333; }
.card > details[open] > summary { white-space: normal; margin-bottom: 0.35rem; }
details.history { font-size: 0.9rem; color: #444; margin: 0.25rem 0; }
details.history ol { margin: 0.25rem 0; padding-left: 1.4rem; }
.who-box { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.5rem 0; }
.who-box input { font: inherit; padding: 0.3rem; border: 1px solid #b9b9c0; border-radius: 0.3rem; min-width: 12rem; }
.actions label { display: flex; flex-direction: column; font-size: 0.9rem; gap: 0.15rem; }
.actions fieldset { border: 1px solid var(--line); border-radius: 0.3rem; margin: 0; padding: 0.3rem 0.5rem; font-size: 0.9rem; }
.actions fieldset label { flex-direction: row; gap: 0.4rem; align-items: baseline; }
button.correct { border-color: #1f4fa3; color: #1f4fa3; }
.rule { font-family: ui-monospace, monospace; }
.message { margin: 0.25rem 0; }
.help, .why, .decision-info { color: #444; font-size: 0.92rem; margin: 0.25rem 0; }
.claims { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 0.6rem; margin: 0.6rem 0; }
.claim { border: 1px solid var(--line); border-radius: 0.35rem; padding: 0.5rem 0.6rem; background: #fcfcfd; }
.claim .who { font-weight: 600; }
.claim .meta { color: #555; font-size: 0.85rem; }
.claim .value { font-family: ui-monospace, monospace; font-size: 0.9rem; }
.claim blockquote { margin: 0.35rem 0 0; }
mark { background: #ffe066; padding: 0 0.1em; }
mark.other { background: #e4ecf7; }
.claim .how { color: #555; font-size: 0.85rem; }
.reading { font-size: 0.75rem; color: #444; background: #f1f1f4; border: 1px solid var(--line); border-radius: 0.25rem; padding: 0 0.25rem; margin: 0 0.2rem; white-space: normal; }
.reading.other { color: #666; }
mark:target, span.reading:target { outline: 3px solid var(--err); outline-offset: 1px; background: #ffd23f; }
mark:target + .reading, span.reading:target { color: #1c1c1f; border-color: var(--err); font-weight: 600; }
[id] { scroll-margin-top: 4rem; }
.actions { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 0.6rem; border-top: 1px solid var(--line); padding-top: 0.6rem; }
.actions form { display: flex; flex-direction: column; gap: 0.3rem; }
.actions input[type=text], .actions textarea, .filters select { font: inherit; padding: 0.3rem; border: 1px solid #b9b9c0; border-radius: 0.3rem; width: 100%; }
button { font: inherit; padding: 0.35rem 0.8rem; border-radius: 0.3rem; border: 1px solid #888; background: #fff; cursor: pointer; }
button.confirm { border-color: var(--err); color: var(--err); }
button.dismiss { border-color: var(--ok); color: var(--ok); }
.filters { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; background: #fff; border: 1px solid var(--line); border-radius: 0.4rem; padding: 0.5rem; }
.filters label { display: flex; flex-direction: column; font-size: 0.85rem; min-width: 9rem; flex: 1; }
.article { background: #fff; border: 1px solid var(--line); border-radius: 0.4rem; padding: 1rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.corrections { background: #fff; border: 1px solid var(--err); border-radius: 0.4rem; padding: 0.5rem 1rem; margin-bottom: 0.75rem; }
.corrections.done { border-color: #1f4fa3; }
details.source { background: #fff; border: 1px solid var(--line); border-radius: 0.4rem; padding: 0.5rem 1rem; margin-bottom: 0.5rem; }
details.source .article { border: 0; padding: 0.5rem 0 0; }
footer { color: #666; font-size: 0.85rem; max-width: 72rem; margin: 0 auto; padding: 1rem; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  header, main { padding: 0.5rem; }
  .card { padding: 0.6rem; }
}
"#;

/// How a card links to the whole article and what it carries besides the finding.
pub struct CardOptions<'a> {
    /// The link to a source's text at one of its claims.
    pub article_href: &'a dyn Fn(SourceId, usize) -> String,
    /// The finding's decision state, when known (shown as a badge).
    pub state: Option<State>,
    /// The finding's baseline entry, when there is one.
    pub entry: Option<&'a Entry>,
    /// Forms or other controls at the bottom of the card.
    pub actions: Option<Markup>,
}

/// A full page around `body`, with the inline style sheet.
pub fn page(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="same-origin";
                title { (title) }
                style { (PreEscaped(CSS)) }
            }
            body { (body) }
        }
    }
}

/// The story a finding belongs to: its primary claim's source's story.
pub fn story_of(a: &Analysis, f: &Finding) -> usize {
    f.claims
        .first()
        .and_then(|&c| a.claims.get(c))
        .and_then(|c| a.stories.of_source.get(c.source).copied())
        .unwrap_or(0)
}

/// Findings grouped by story, the story with the most severe finding first
/// (ties: the order of the findings, which are sorted by severity).
pub fn by_story<'f>(a: &Analysis, findings: &[&'f Finding]) -> Vec<(usize, Vec<&'f Finding>)> {
    let mut groups: Vec<(usize, Vec<&Finding>)> = Vec::new();
    for f in findings {
        let s = story_of(a, f);
        match groups.iter_mut().find(|(id, _)| *id == s) {
            Some((_, v)) => v.push(f),
            None => groups.push((s, vec![f])),
        }
    }
    let worst = |v: &Vec<&Finding>| v.iter().map(|f| f.severity).max();
    groups.sort_by_key(|(_, v)| std::cmp::Reverse(worst(v)));
    groups
}

/// The heading of a story: its number, date and outlets.
pub fn story_heading(a: &Analysis, story: usize) -> Markup {
    let mut outlets: Vec<String> = a
        .sources
        .iter()
        .filter(|s| a.stories.of_source.get(s.id) == Some(&story))
        .map(|s| s.label())
        .collect();
    outlets.dedup();
    let date = a.stories.date.get(story).copied().flatten();
    html! {
        h2 {
            "Story " (story + 1)
            @if let Some(d) = date { " · " (d.to_string()) }
            " " small { "(" (outlets.join(", ")) ")" }
        }
    }
}

/// Counts: sources, claims, findings by severity and, with a baseline, by decision.
pub fn counts(a: &Analysis, findings: &[&Finding], baseline: Option<&Baseline>) -> Markup {
    let sev = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let states: Vec<(State, usize)> = match baseline {
        Some(b) => State::ALL
            .iter()
            .map(|&st| {
                let n = findings
                    .iter()
                    .filter(|f| State::of(b.entry(&f.fingerprint)) == st)
                    .count();
                (st, n)
            })
            .collect(),
        None => Vec::new(),
    };
    // `<b>1</b> error`, `<b>2</b> errors`.
    let count = |n: usize, noun: &str| {
        let words = super::plural(n, noun);
        let noun = words.split_once(' ').map_or("", |(_, w)| w).to_string();
        html! { li { b { (n) } " " (noun) } }
    };
    html! {
        ul.counts {
            (count(a.sources.len(), "source"))
            (count(a.claims.len(), "claim"))
            (count(findings.len(), "finding"))
            (count(sev(Severity::Error), "error"))
            (count(sev(Severity::Warning), "warning"))
            (count(sev(Severity::Note), "note"))
            @for (st, n) in &states {
                li { b { (n) } " " (st.as_str()) }
            }
        }
    }
}

/// The text of `range` in `text`, clamped to char boundaries (never panics).
fn slice(text: &str, start: usize, end: usize) -> &str {
    let end = floor_char_boundary(text, end.min(text.len()));
    let start = floor_char_boundary(text, start.min(end));
    &text[start..end]
}

/// The claim's sentence with the claim's words in `<mark>`.
pub fn sentence(a: &Analysis, c: &Claim) -> Markup {
    let text = &a.sources[c.source].text;
    let (ss, se) = (c.sentence.start, c.sentence.end.max(c.sentence.start));
    let (ms, me) = (c.span.start, c.span.end.max(c.span.start));
    if ms >= ss && me <= se {
        html! {
            (slice(text, ss, ms)) mark { (slice(text, ms, me)) } (slice(text, me, se))
        }
    } else {
        html! { (slice(text, ss, se)) " " mark { (slice(text, ms, me)) } }
    }
}

/// One claim inside a card: outlet, date, where, value and sentence.
fn claim_block(a: &Analysis, ci: usize, opts: &CardOptions) -> Markup {
    let c = &a.claims[ci];
    let s = &a.sources[c.source];
    let (line, col) = s.line_col(c.span.start);
    let date = s
        .meta
        .published
        .map_or_else(|| "date unknown".to_string(), |d| d.to_string());
    let how = super::plain::evidence(c, s);
    html! {
        div.claim {
            div.who { (s.label()) }
            div.meta {
                (date)
                @if s.meta.published_from == crate::source::Provenance::Borrowed { " (" (super::plain::BORROWED) ")" }
                " · " a href=((opts.article_href)(s.id, ci)) { (s.path) ":" (line) ":" (col) }
            }
            div.value { (super::plain::value(c)) }
            @if !how.is_empty() { div.how { (how) } }
            blockquote { (sentence(a, c)) }
        }
    }
}

/// What a card marked corrected says: the finding is still produced.
pub const STILL_PRODUCED: &str = "Marked corrected, but the sources checked still produce this finding: the correction did not reach the text checked. Check that the corrected text is the one checked, or reopen the finding.";

/// A finding as a card. A decided one (confirmed, corrected, dismissed)
/// collapses to one line with its decision, opened on a click. A card
/// marked corrected is a finding still produced (every card is one): it
/// is flagged, on its collapsed line too.
pub fn card(a: &Analysis, f: &Finding, opts: &CardOptions) -> Markup {
    let state = opts.state;
    let sev = f.severity.as_str();
    let still_produced = state == Some(State::Corrected);
    let heading = html! {
        h3 {
            span.badge.(sev) { (sev) }
            span.rule { (f.rule) }
            @if let Some(st) = state {
                span.badge.state.(st.as_str()) { (st.as_str()) }
            }
            @if still_produced { span.badge.still-produced { "still produced" } }
        }
    };
    let body = html! {
        @if still_produced { p.still-produced { strong { (STILL_PRODUCED) } } }
        p.message { (f.message) }
        div.claims {
            @for &ci in &f.claims {
                @if ci < a.claims.len() { (claim_block(a, ci, opts)) }
            }
        }
        p.why { "Why: " (f.why) }
        p.help { (f.help) }
        @if let Some(e) = opts.entry {
            @if e.decision.is_some() || e.reason.is_some() || e.note.is_some() {
                p.decision-info {
                    (decision_line(a, e))
                    @if let Some(n) = &e.note { ". Note: " (n) }
                }
            }
            (history(a, e))
        }
        @if let Some(actions) = &opts.actions { (actions) }
    };
    let decided = state.is_some_and(State::is_decided);
    html! {
        article.card.(sev).(state.map_or("", State::as_str)) id={ "f-" (f.fingerprint) } data-rule=(f.rule) data-fingerprint=(f.fingerprint) {
            @if decided {
                details {
                    summary {
                        (heading)
                        @if let Some(e) = opts.entry { " " span.line { (decision_line(a, e)) } }
                    }
                    (body)
                }
            } @else {
                (heading)
                (body)
            }
        }
    }
}

/// A source's whole text with every claim it makes in `<mark>` (anchored
/// `c{index}`); claims involved in a finding are highlighted, the others
/// shaded, and each is followed by its reading in small print (visible
/// without hovering, for touch screens). The claim a link points to
/// (`#c12`) stands out (`:target`).
pub fn article_text(a: &Analysis, source: SourceId) -> Markup {
    let text = &a.sources[source].text;
    let involved: std::collections::HashSet<usize> =
        a.findings.iter().flat_map(|f| f.claims.clone()).collect();
    let mut claims: Vec<(usize, &Claim)> = a
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.source == source)
        .collect();
    claims.sort_by_key(|(_, c)| (c.span.start, std::cmp::Reverse(c.span.end)));
    let mut pos = 0;
    let mut parts: Vec<Markup> = Vec::new();
    let src = &a.sources[source];
    for (i, c) in claims {
        let found = involved.contains(&i);
        let reading = if found {
            super::plain::reading(c, src)
        } else {
            super::plain::value(c)
        };
        let reading = format!("{}: {reading}", c.kind.as_str());
        if c.span.start < pos || c.span.end <= c.span.start {
            // Overlaps the previous mark: its reading right after it, as
            // the anchor.
            parts.push(html! { span.reading.other[!found] id={ "c" (i) } { (reading) } });
            continue;
        }
        parts.push(html! { (slice(text, pos, c.span.start)) });
        parts.push(html! {
            mark.other[!found] id={ "c" (i) } title=(reading) { (slice(text, c.span.start, c.span.end)) }
            span.reading.other[!found] { (reading) }
        });
        pos = c.span.end;
    }
    parts.push(html! { (slice(text, pos, text.len())) });
    html! { div.article { @for p in &parts { (p) } } }
}

/// The static report: one self-contained page (inline CSS, no scripts);
/// cards link to the articles, included at the bottom. `corrections` (from
/// the gate) are listed first: what was corrected where, and whether the
/// finding is still produced.
pub fn render(a: &Analysis, corrections: &[crate::gate::Correction]) -> String {
    let corrected: Vec<(&Entry, bool)> = corrections
        .iter()
        .map(|c| (&c.entry, c.still_produced))
        .collect();
    let findings: Vec<&Finding> = a.findings.iter().collect();
    let href = |_, c| format!("#c{c}");
    // A corrected finding still produced is flagged on its card.
    let opts = |f: &Finding| {
        let correction = corrections
            .iter()
            .find(|c| c.still_produced && c.entry.fingerprint == f.fingerprint);
        CardOptions {
            article_href: &href,
            state: correction.map(|_| State::Corrected),
            entry: correction.map(|c| &c.entry),
            actions: None,
        }
    };
    let summary = Summary::of(a);
    let body = html! {
        header {
            h1 { "factlint report" }
            p { (summary.line()) }
            (counts(a, &findings, None))
        }
        main {
            (decisions::corrections(a, &corrected, &|fp| format!("#f-{fp}")))
            @if findings.is_empty() { p { "No contradictions found." } }
            @for (story, fs) in by_story(a, &findings) {
                section.story {
                    (story_heading(a, story))
                    @for f in fs { (card(a, f, &opts(f))) }
                }
            }
            h2 { "Articles" }
            @for s in &a.sources {
                details.source id={ "s" (s.id) } {
                    summary {
                        b { (s.label()) } " · " (s.path)
                        @if let Some(d) = s.meta.published { " · " (d.to_string()) }
                        @if let Some(t) = &s.meta.title { " · " (t) }
                    }
                    (article_text(a, s.id))
                }
            }
        }
        footer { "Generated by factlint " (env!("CARGO_PKG_VERSION")) "." }
    };
    page("factlint report", body).into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_never_panics() {
        let t = "né<b>";
        assert_eq!(slice(t, 0, 2), "n");
        assert_eq!(slice(t, 2, 100), "é<b>");
        assert_eq!(slice(t, 3, 100), "<b>");
        assert_eq!(slice(t, 9, 3), "");
    }
}
