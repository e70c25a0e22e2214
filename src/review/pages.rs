//! The review pages, built from the HTML report's pieces.

use super::Review;
use crate::baseline::Baseline;
use crate::findings::Finding;
use crate::report::html::{self, CardOptions, State};
use crate::source::SourceId;
use maud::{html, Markup};
use serde::{Deserialize, Serialize};

/// The findings page's filters, from the query string (empty: all).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filters {
    /// `error`, `warning` or `note`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub severity: String,
    /// A rule id.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub rule: String,
    /// An outlet (a source's label) involved in the finding.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub outlet: String,
    /// `open`, `baselined`, `confirmed` or `dismissed`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub decision: String,
}

impl Filters {
    /// Refuses values no finding could ever have.
    pub fn validate(&self) -> Result<(), String> {
        if !matches!(self.severity.as_str(), "" | "error" | "warning" | "note") {
            return Err(format!(
                "severity must be error, warning or note, not {:?}",
                self.severity
            ));
        }
        if !self.decision.is_empty() && State::parse(&self.decision).is_none() {
            return Err(format!(
                "decision must be open, baselined, confirmed or dismissed, not {:?}",
                self.decision
            ));
        }
        for (name, v) in [("rule", &self.rule), ("outlet", &self.outlet)] {
            if v.chars().count() > 200 {
                return Err(format!("{name} is too long"));
            }
        }
        Ok(())
    }

    /// `/` with these filters in the query string.
    pub fn href(&self) -> String {
        match serde_urlencoded::to_string(self) {
            Ok(q) if !q.is_empty() => format!("/?{q}"),
            _ => "/".to_string(),
        }
    }

    fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    fn keeps(&self, r: &Review, f: &Finding, state: State) -> bool {
        let a = &r.analysis;
        (self.severity.is_empty() || f.severity.as_str() == self.severity)
            && (self.rule.is_empty() || f.rule == self.rule)
            && (self.decision.is_empty() || state.as_str() == self.decision)
            && (self.outlet.is_empty()
                || f.claims.iter().any(|&c| {
                    a.claims
                        .get(c)
                        .is_some_and(|c| a.sources[c.source].label() == self.outlet)
                }))
    }
}

fn select(name: &str, label: &str, current: &str, options: &[String]) -> Markup {
    html! {
        label {
            (label)
            select name=(name) {
                option value="" { "all" }
                @for o in options {
                    option value=(o) selected[o == current] { (o) }
                }
            }
        }
    }
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v.dedup();
    v
}

/// The two decision forms of a card.
fn actions(r: &Review, f: &Finding, back: &str, reviewer: Option<&str>) -> Markup {
    let reviewer = reviewer.unwrap_or("");
    let hidden = html! {
        input type="hidden" name="csrf" value=(r.token());
        input type="hidden" name="fingerprint" value=(f.fingerprint);
        input type="hidden" name="back" value=(back);
    };
    html! {
        div.actions {
            form.confirm method="post" action="/decide" {
                (hidden)
                input type="hidden" name="decision" value="confirmed";
                input type="text" name="reviewer" placeholder="Your name" aria-label="Reviewer" required value=(reviewer);
                textarea name="note" rows="2" placeholder="Note (optional)" aria-label="Note" {}
                button.confirm type="submit" { "Confirm: a real contradiction" }
            }
            form.dismiss method="post" action="/decide" {
                (hidden)
                input type="hidden" name="decision" value="dismissed";
                input type="text" name="reviewer" placeholder="Your name" aria-label="Reviewer" required value=(reviewer);
                input type="text" name="reason" placeholder="Why it is not a conflict (required)" aria-label="Reason" required;
                textarea name="note" rows="2" placeholder="Note (optional)" aria-label="Note" {}
                button.dismiss type="submit" { "Dismiss" }
            }
        }
    }
}

/// `/`: counts, filters, the corrections list and the cards.
pub fn findings(r: &Review, filters: &Filters, reviewer: Option<&str>) -> Markup {
    let a = &r.analysis;
    let (baseline, problem) = match r.baseline() {
        Ok(b) => (b, None),
        Err(e) => (Baseline::default(), Some(e.to_string())),
    };
    let state = |f: &Finding| State::of(baseline.entry(&f.fingerprint));
    let all: Vec<&Finding> = a.findings.iter().collect();
    let shown: Vec<&Finding> = all
        .iter()
        .copied()
        .filter(|f| filters.keeps(r, f, state(f)))
        .collect();
    let confirmed: Vec<&Finding> = all
        .iter()
        .copied()
        .filter(|f| state(f) == State::Confirmed)
        .collect();
    let back = serde_urlencoded::to_string(filters).unwrap_or_default();
    let href = |s: SourceId, c: usize| format!("/source/{s}#c{c}");
    let rules = sorted(all.iter().map(|f| f.rule.clone()).collect());
    let outlets = sorted(a.sources.iter().map(|s| s.label()).collect());
    let severities: Vec<String> = ["error", "warning", "note"].map(String::from).to_vec();
    let states: Vec<String> = State::ALL.iter().map(|s| s.as_str().to_string()).collect();
    let body = html! {
        header {
            h1 { "factlint review" }
            (html::counts(a, &all, Some(&baseline)))
            p.help { "Decisions are written to " code { (r.baseline_path.display()) } ", which " code { "factlint check" } " reads: dismissed findings stop failing, confirmed ones keep failing." }
            @if let Some(p) = &problem {
                p.corrections { "The baseline file cannot be read: " (p) ". Decisions are refused until it is fixed." }
            }
            form.filters method="get" action="/" {
                (select("severity", "Severity", &filters.severity, &severities))
                (select("rule", "Rule", &filters.rule, &rules))
                (select("outlet", "Outlet", &filters.outlet, &outlets))
                (select("decision", "Decision", &filters.decision, &states))
                button type="submit" { "Filter" }
                @if !filters.is_empty() { a href="/" { "Clear" } }
            }
            @if !filters.is_empty() {
                p { "Showing " (shown.len()) " of " (all.len()) " findings." }
            }
        }
        main {
            @if !confirmed.is_empty() {
                section.corrections {
                    h2 { "Corrections list" }
                    ul {
                        @for f in &confirmed {
                            @let e = baseline.entry(&f.fingerprint);
                            li {
                                a href={ "#f-" (f.fingerprint) } { (f.message) }
                                @if let Some(rv) = e.and_then(|e| e.reviewer.as_ref()) { " (confirmed by " (rv) ")" }
                                @if let Some(n) = e.and_then(|e| e.note.as_ref()) { ": " (n) }
                            }
                        }
                    }
                }
            }
            @if shown.is_empty() { p { "No findings to show." } }
            @for (story, fs) in html::by_story(a, &shown) {
                section.story {
                    (html::story_heading(a, story))
                    @for f in fs {
                        (html::card(a, f, &CardOptions {
                            article_href: &href,
                            state: Some(state(f)),
                            entry: baseline.entry(&f.fingerprint),
                            actions: Some(actions(r, f, &back, reviewer)),
                        }))
                    }
                }
            }
            h2 { "Articles" }
            ul {
                @for s in &a.sources {
                    li {
                        a href={ "/source/" (s.id) } { (s.label()) }
                        " · " (s.path)
                        @if let Some(d) = s.meta.published { " · " (d.to_string()) }
                    }
                }
            }
        }
    };
    html::page("factlint review", body)
}

/// `/source/{id}`: one article with every claim marked, and its findings.
pub fn source(r: &Review, id: SourceId) -> Markup {
    let a = &r.analysis;
    let s = &a.sources[id];
    let involved: Vec<&Finding> = a
        .findings
        .iter()
        .filter(|f| {
            f.claims
                .iter()
                .any(|&c| a.claims.get(c).is_some_and(|c| c.source == id))
        })
        .collect();
    let body = html! {
        header {
            p { a href="/" { "← all findings" } }
            h1 { (s.label()) }
            p.help {
                (s.path)
                @if let Some(d) = s.meta.published { " · published " (d.to_string()) " (from " (s.meta.published_from.as_str()) ")" }
                @if let Some(t) = &s.meta.title { br; "Title: " (t) }
                @if let Some(u) = &s.meta.url { br; "URL: " (u) }
            }
            @if !involved.is_empty() {
                p { "In findings: "
                    @for (i, f) in involved.iter().enumerate() {
                        @if i > 0 { ", " }
                        a href={ "/#f-" (f.fingerprint) } { (f.rule) " (" (f.severity.as_str()) ")" }
                    }
                }
            }
            p.help { "Claims in findings are marked in yellow, the others in blue; hover a mark for its reading." }
        }
        main { (html::article_text(a, id)) }
    };
    html::page(&format!("{} · factlint review", s.label()), body)
}
