//! The reviewers' decisions on the cards and pages: the state of a finding,
//! the one-line summary of a decided card, its history, and the
//! corrections list.

use crate::baseline::{date_of, parse_time, Decision, Entry, Event};
use crate::pipeline::Analysis;
use maud::{html, Markup};

/// What an editor decided about a finding, as shown on a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Not in the baseline, or reopened: undecided, it fails (or warns) as usual.
    Open,
    /// In the baseline without a decision: suppressed, not yet reviewed.
    Baselined,
    /// A real contradiction: stays failing, on the list to correct.
    Confirmed,
    /// Confirmed, then corrected: no longer failing, on the corrections list.
    Corrected,
    /// Not a conflict: suppressed.
    Dismissed,
}

impl State {
    /// Every state, in filter order.
    pub const ALL: [State; 5] = [
        State::Open,
        State::Baselined,
        State::Confirmed,
        State::Corrected,
        State::Dismissed,
    ];

    /// The state of a finding given its baseline entry.
    pub fn of(entry: Option<&Entry>) -> State {
        match entry {
            None => State::Open,
            Some(e) if e.is_reopened() => State::Open,
            Some(e) => match e.decision {
                None => State::Baselined,
                Some(Decision::Confirmed) => State::Confirmed,
                Some(Decision::Corrected) => State::Corrected,
                Some(Decision::Dismissed) => State::Dismissed,
            },
        }
    }

    /// Whether a reviewer decided (the card collapses to one line).
    pub fn is_decided(self) -> bool {
        matches!(self, State::Confirmed | State::Corrected | State::Dismissed)
    }

    /// The name used in filters and classes.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Open => "open",
            State::Baselined => "baselined",
            State::Confirmed => "confirmed",
            State::Corrected => "corrected",
            State::Dismissed => "dismissed",
        }
    }

    /// Parses a filter value.
    pub fn parse(s: &str) -> Option<State> {
        State::ALL.into_iter().find(|st| st.as_str() == s)
    }
}

/// A source named by its path: `TASS (seeds/003.txt)`, or the path alone
/// when no source read has it.
pub fn source_name(a: &Analysis, path: &str) -> String {
    match a.sources.iter().find(|s| s.path == path) {
        Some(s) => format!("{} ({path})", s.label()),
        None => path.to_string(),
    }
}

/// `by Jane Doe on 2026-12-04`, from what is known.
fn by_on(reviewer: Option<&str>, time: Option<&str>) -> String {
    let mut s = String::new();
    if let Some(r) = reviewer {
        s.push_str(" by ");
        s.push_str(r);
    }
    if let Some(t) = time {
        s.push_str(" on ");
        s.push_str(&date_of(t));
    }
    s
}

/// What a decision says, after its verb: the reason, the wrong sources or
/// the correction.
fn details(a: &Analysis, d: Option<Decision>, e: &Entry) -> String {
    let wrong = || {
        e.wrong
            .iter()
            .map(|w| source_name(a, w))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match d {
        Some(Decision::Confirmed) if !e.wrong.is_empty() => format!(": wrong: {}", wrong()),
        Some(Decision::Corrected) => match &e.correction {
            Some(c) => format!(": {c}"),
            None => String::new(),
        },
        _ => match &e.reason {
            Some(r) => format!(": {r}"),
            None => String::new(),
        },
    }
}

/// The one line of a decided card: `dismissed by Jane Doe on 2026-12-04: reason`.
pub fn decision_line(a: &Analysis, e: &Entry) -> String {
    let verb = e.decision.map_or("undecided", Decision::as_str);
    format!(
        "{verb}{}{}",
        by_on(e.reviewer.as_deref(), e.decided.as_deref()),
        details(a, e.decision, e)
    )
}

/// An event's time for people: `2026-12-04 23:20 UTC`.
fn when(ev: &Event) -> String {
    match parse_time(&ev.time) {
        Some(t) => t
            .to_zoned(jiff::tz::TimeZone::UTC)
            .strftime("%Y-%m-%d %H:%M UTC")
            .to_string(),
        None => ev.time.clone(),
    }
}

/// The entry's decisions, oldest first.
pub fn history(a: &Analysis, e: &Entry) -> Markup {
    html! {
        @if !e.history.is_empty() {
            details.history {
                summary { "History (" (e.history.len()) ")" }
                ol {
                    @for ev in &e.history {
                        li {
                            time datetime=(ev.time) { (when(ev)) }
                            " · " b { (ev.decision.as_str()) } " by " (ev.reviewer)
                            @if !ev.wrong.is_empty() {
                                ". Wrong: " (ev.wrong.iter().map(|w| source_name(a, w)).collect::<Vec<_>>().join(", "))
                            }
                            @if let Some(c) = &ev.correction { ". Corrected: " (c) }
                            @if let Some(r) = &ev.reason { ". Reason: " (r) }
                            @if let Some(n) = &ev.note { ". Note: " (n) }
                        }
                    }
                }
            }
        }
    }
}

/// The corrections list: every entry marked corrected, with what was
/// corrected where, who and when; those still produced are flagged (they
/// are reported as notes). `link` gives a card's address for a fingerprint
/// still produced.
pub fn corrections(
    a: &Analysis,
    entries: &[(&Entry, bool)],
    link: &dyn Fn(&str) -> String,
) -> Markup {
    html! {
        @if !entries.is_empty() {
            section.corrections.done {
                h2 { "Corrections" }
                ul {
                    @for (e, still) in entries {
                        li {
                            @if *still {
                                a href=(link(&e.fingerprint)) { (e.summary) }
                            } @else {
                                (e.summary)
                            }
                            @if let Some(c) = &e.correction { br; "Corrected: " (c) }
                            br;
                            span.help {
                                "Marked corrected" (by_on(e.reviewer.as_deref(), e.decided.as_deref()))
                                @if !e.wrong.is_empty() {
                                    "; wrong: " (e.wrong.iter().map(|w| source_name(a, w)).collect::<Vec<_>>().join(", "))
                                }
                                "."
                            }
                            @if *still {
                                " " strong { "Still produced: reported as a note." }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::baseline::Action;

    #[test]
    fn states_parse() {
        for s in State::ALL {
            assert_eq!(State::parse(s.as_str()), Some(s));
        }
        assert_eq!(State::parse("maybe"), None);
    }

    #[test]
    fn reopened_is_open_and_lines_say_who_and_when() {
        let a = Analysis::default();
        let mut e = Entry::default();
        assert_eq!(State::of(Some(&e)), State::Baselined);
        let mut ev = Event::now(Action::Confirmed, "Jane <Doe>");
        ev.time = "2026-12-04T23:20:05Z".into();
        ev.wrong = vec!["a.txt".into()];
        e.record(ev);
        assert_eq!(State::of(Some(&e)), State::Confirmed);
        assert_eq!(
            decision_line(&a, &e),
            "confirmed by Jane <Doe> on 2026-12-04: wrong: a.txt"
        );
        let html = history(&a, &e).into_string();
        assert!(html.contains("2026-12-04 23:20 UTC"), "{html}");
        assert!(html.contains("Jane &lt;Doe&gt;"), "{html}");
        e.record(Event::now(Action::Reopened, "kim"));
        assert_eq!(State::of(Some(&e)), State::Open);
        assert!(!State::Open.is_decided());
    }
}
