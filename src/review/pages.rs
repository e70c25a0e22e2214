//! The review pages, built from the HTML report's pieces.

use super::Review;
use crate::baseline::{Baseline, Decision, Entry};
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
    /// `open`, `baselined`, `confirmed`, `corrected` or `dismissed`.
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
                "decision must be open, baselined, confirmed, corrected or dismissed, not {:?}",
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

/// One decision form: the token, the finding, where to go back, the
/// reviewer (from the page's header, set by its script on submit; the
/// name the server knows otherwise) and the decision.
fn form(
    r: &Review,
    f: &Finding,
    back: &str,
    reviewer: &str,
    decision: &str,
    fields: Markup,
) -> Markup {
    html! {
        form.decide.(class_of(decision)) method="post" action="/decide" {
            input type="hidden" name="csrf" value=(r.token());
            input type="hidden" name="fingerprint" value=(f.fingerprint);
            input type="hidden" name="back" value=(back);
            input type="hidden" name="reviewer" value=(reviewer);
            input type="hidden" name="decision" value=(decision);
            (fields)
        }
    }
}

/// The form's class: `confirm`, `correct`, `dismiss` or `reopen`.
fn class_of(decision: &str) -> &'static str {
    match decision {
        "confirmed" => "confirm",
        "corrected" => "correct",
        "dismissed" => "dismiss",
        _ => "reopen",
    }
}

fn note() -> Markup {
    html! { label { "Note (optional)" textarea name="note" rows="2" {} } }
}

/// The forms a card offers in its state: undecided, confirm or dismiss;
/// confirmed, mark corrected or reopen; corrected or dismissed, reopen.
fn actions(
    r: &Review,
    f: &Finding,
    entry: Option<&Entry>,
    back: &str,
    reviewer: Option<&str>,
) -> Markup {
    let a = &r.analysis;
    let reviewer = reviewer.unwrap_or("");
    let mut sources: Vec<usize> = f
        .claims
        .iter()
        .filter_map(|&c| a.claims.get(c).map(|c| c.source))
        .collect();
    sources.sort_unstable();
    sources.dedup();
    let confirm = html! {
        fieldset {
            legend { "Which source is wrong? (one or more)" }
            @for &s in &sources {
                @let src = &a.sources[s];
                label {
                    input type="checkbox" name="wrong" value=(src.path);
                    span { (src.label()) @if let Some(d) = src.meta.published { " · " (d.to_string()) } " · " (src.path) }
                }
            }
        }
        (note())
        button.confirm type="submit" { "Confirm: a real contradiction" }
    };
    let dismiss = html! {
        label { "Why it is not a contradiction (required)" input type="text" name="reason" required; }
        (note())
        button.dismiss type="submit" { "Dismiss" }
    };
    let correct = html! {
        label { "What was corrected, where (required)" textarea name="correction" rows="2" required {} }
        (note())
        button.correct type="submit" { "Mark corrected" }
    };
    let reopen = html! {
        p.help { "Reopening undoes the decision: the finding is undecided again." }
        button type="submit" { "Reopen" }
    };
    let form = |decision: &str, fields: Markup| form(r, f, back, reviewer, decision, fields);
    html! {
        div.actions {
            @match State::of(entry) {
                State::Open | State::Baselined => {
                    (form("confirmed", confirm))
                    (form("dismissed", dismiss))
                }
                State::Confirmed => {
                    (form("corrected", correct))
                    (form("reopened", reopen))
                }
                State::Corrected | State::Dismissed => {
                    (form("reopened", reopen))
                }
            }
        }
    }
}

/// The confirmed findings, with the sources to correct.
fn to_correct(r: &Review, baseline: &Baseline, confirmed: &[&Finding]) -> Markup {
    let a = &r.analysis;
    html! {
        @if !confirmed.is_empty() {
            section.corrections {
                h2 { "To correct (confirmed)" }
                ul {
                    @for f in confirmed {
                        @let e = baseline.entry(&f.fingerprint);
                        li {
                            a href={ "#f-" (f.fingerprint) } { (f.message) }
                            @if let Some(e) = e { br; span.help { (html::decision_line(a, e)) } }
                            @if let Some(n) = e.and_then(|e| e.note.as_ref()) { " Note: " (n) }
                        }
                    }
                }
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
    let corrected: Vec<(&Entry, bool)> = baseline
        .entries
        .iter()
        .filter(|e| e.decision == Some(Decision::Corrected))
        .map(|e| (e, r.finding(&e.fingerprint).is_some()))
        .collect();
    // Undecided cards first in each story, decided ones (one line each) after.
    let mut groups = html::by_story(a, &shown);
    for (_, fs) in &mut groups {
        fs.sort_by_key(|f| state(f).is_decided());
    }
    let back = serde_urlencoded::to_string(filters).unwrap_or_default();
    let href = |s: SourceId, c: usize| format!("/source/{s}#c{c}");
    let rules = sorted(all.iter().map(|f| f.rule.clone()).collect());
    let outlets = sorted(a.sources.iter().map(|s| s.label()).collect());
    let severities: Vec<String> = ["error", "warning", "note"].map(String::from).to_vec();
    let states: Vec<String> = State::ALL.iter().map(|s| s.as_str().to_string()).collect();
    let body = html! {
        header {
            h1 { "factlint review" }
            div.who-box {
                label for="reviewer" { "Your name, recorded with each decision:" }
                input #reviewer type="text" autocomplete="name" maxlength="200" value=(reviewer.unwrap_or(""));
            }
            (html::counts(a, &all, Some(&baseline)))
            p.help { "Decisions are written to " code { (r.baseline_path.display()) } ", which " code { "factlint check" } " reads: confirmed findings keep failing until marked corrected; dismissed and corrected ones stop failing." }
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
            (to_correct(r, &baseline, &confirmed))
            (html::corrections(a, &corrected, &|fp| format!("#f-{fp}")))
            @if shown.is_empty() { p { "No findings to show." } }
            @for (story, fs) in &groups {
                section.story {
                    (html::story_heading(a, *story))
                    @for f in fs {
                        @let entry = baseline.entry(&f.fingerprint);
                        (html::card(a, f, &CardOptions {
                            article_href: &href,
                            state: Some(state(f)),
                            entry,
                            actions: Some(actions(r, f, entry, &back, reviewer)),
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
        script src="/review.js" {}
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
                @if let Some(d) = s.meta.published {
                    " · published " (d.to_string())
                    @if s.meta.published_from == crate::source::Provenance::Borrowed {
                        " (" (crate::report::plain::BORROWED) ")"
                    } @else {
                        " (from " (s.meta.published_from.as_str()) ")"
                    }
                }
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
            p.help { "Claims in findings are marked in yellow, the others in blue; each is followed by how factlint read it. The claim a link points to is outlined in red." }
        }
        main { (html::article_text(a, id)) }
    };
    html::page(&format!("{} · factlint review", s.label()), body)
}
