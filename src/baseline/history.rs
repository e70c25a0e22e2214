//! The decisions recorded on a baseline entry: who did what and when, as a
//! short history (`[[finding.history]]` tables, the last [`HISTORY`]
//! kept), and how two versions of one entry are merged without losing a
//! decision either recorded.

use super::{Decision, Entry};
use serde::{Deserialize, Serialize};

/// How many decisions an entry's history keeps (the latest ones).
pub const HISTORY: usize = 5;

/// What a reviewer did to a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// A real contradiction; the wrong source(s) named.
    Confirmed,
    /// After a confirmation: the wrong source was fixed or a correction published.
    Corrected,
    /// Not a contradiction, with a reason.
    Dismissed,
    /// Any decision undone: the finding is undecided again.
    Reopened,
}

impl Action {
    /// The word used in the baseline, forms and pages.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Confirmed => "confirmed",
            Action::Corrected => "corrected",
            Action::Dismissed => "dismissed",
            Action::Reopened => "reopened",
        }
    }

    /// Parses a form value (`confirm` or `confirmed`, and so on).
    pub fn parse(s: &str) -> Option<Action> {
        match s {
            "confirmed" | "confirm" => Some(Action::Confirmed),
            "corrected" | "correct" => Some(Action::Corrected),
            "dismissed" | "dismiss" => Some(Action::Dismissed),
            "reopened" | "reopen" => Some(Action::Reopened),
            _ => None,
        }
    }

    /// The decision an entry holds after this action (`None`: undecided).
    pub fn decision(self) -> Option<Decision> {
        match self {
            Action::Confirmed => Some(Decision::Confirmed),
            Action::Corrected => Some(Decision::Corrected),
            Action::Dismissed => Some(Decision::Dismissed),
            Action::Reopened => None,
        }
    }
}

/// One decision in an entry's history (keys factlint does not own are
/// accepted, and kept in the file).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// What was decided.
    pub decision: Action,
    /// Who decided.
    pub reviewer: String,
    /// When, in RFC 3339 UTC (`2026-12-04T23:20:05.123Z`).
    pub time: String,
    /// Why it was dismissed (or the reason given with another decision).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Confirmed: the sources (paths) that are wrong.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wrong: Vec<String>,
    /// Corrected: what was corrected, where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction: Option<String>,
    /// A free note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Event {
    /// An event of `decision` by `reviewer` now (other fields empty).
    pub fn now(decision: Action, reviewer: &str) -> Event {
        Event {
            decision,
            reviewer: reviewer.to_string(),
            time: format_time(now()),
            reason: None,
            wrong: Vec::new(),
            correction: None,
            note: None,
        }
    }

    /// The time as a timestamp (`None` when it is not RFC 3339).
    pub fn timestamp(&self) -> Option<jiff::Timestamp> {
        parse_time(&self.time)
    }

    /// What identifies an event across writers: time, reviewer, decision.
    fn key(&self) -> (&str, &str, Action) {
        (&self.time, &self.reviewer, self.decision)
    }
}

/// Now, to the millisecond.
fn now() -> jiff::Timestamp {
    let t = jiff::Timestamp::now();
    t.round(jiff::Unit::Millisecond).unwrap_or(t)
}

/// RFC 3339 in UTC: `2026-12-04T23:20:05.123Z` (fractions only when not zero).
pub fn format_time(t: jiff::Timestamp) -> String {
    t.to_string()
}

/// Parses an RFC 3339 time with an offset (`None` when it is not one).
pub fn parse_time(s: &str) -> Option<jiff::Timestamp> {
    s.parse().ok()
}

/// The date of an RFC 3339 time, in UTC (`2026-12-04`), else the text as is.
pub fn date_of(time: &str) -> String {
    parse_time(time).map_or_else(
        || time.to_string(),
        |t| t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string(),
    )
}

/// Sorts by time (events whose time does not parse first, in their order),
/// drops repeats of one (time, reviewer, decision) and keeps the last
/// [`HISTORY`].
fn normalise(events: &mut Vec<Event>) {
    events.sort_by_key(|e| e.timestamp());
    let mut seen: Vec<Event> = Vec::with_capacity(events.len());
    for e in events.drain(..) {
        if !seen.iter().any(|s| s.key() == e.key()) {
            seen.push(e);
        }
    }
    let extra = seen.len().saturating_sub(HISTORY);
    seen.drain(..extra);
    *events = seen;
}

/// The time of an entry's latest decision.
fn latest(e: &Entry) -> Option<jiff::Timestamp> {
    e.history
        .last()
        .and_then(Event::timestamp)
        .or_else(|| e.decided.as_deref().and_then(parse_time))
}

impl Entry {
    /// Records a decision: appends `event` to the history (its time moved
    /// just after the last one's when the clock says otherwise, so the
    /// order of decisions is kept), keeps the last [`HISTORY`], and sets
    /// the entry's current fields. Fields the event leaves empty keep
    /// their value, except those that no longer apply (`wrong` and
    /// `correction` after a dismissal; everything but the note after a
    /// reopening).
    pub fn record(&mut self, mut event: Event) {
        if let (Some(last), Some(t)) = (latest(self), event.timestamp()) {
            if t <= last {
                let next = last
                    .checked_add(jiff::SignedDuration::from_millis(1))
                    .unwrap_or(last);
                event.time = format_time(next);
            }
        }
        self.decision = event.decision.decision();
        self.reviewer = Some(event.reviewer.clone());
        self.decided = Some(event.time.clone());
        match event.decision {
            Action::Confirmed => {
                self.wrong.clone_from(&event.wrong);
                self.correction = None;
            }
            Action::Corrected => {
                if !event.wrong.is_empty() {
                    self.wrong.clone_from(&event.wrong);
                }
                self.correction.clone_from(&event.correction);
            }
            Action::Dismissed => {
                self.wrong.clear();
                self.correction = None;
            }
            Action::Reopened => {
                self.wrong.clear();
                self.correction = None;
                self.reason = None;
            }
        }
        if event.reason.is_some() {
            self.reason.clone_from(&event.reason);
        }
        if event.note.is_some() {
            self.note.clone_from(&event.note);
        }
        self.history.push(event);
        normalise(&mut self.history);
    }

    /// Undecided after a reopening: the entry suppresses nothing, as if
    /// the finding were not in the baseline.
    pub fn is_reopened(&self) -> bool {
        self.decision.is_none()
            && self
                .history
                .last()
                .is_some_and(|e| e.decision == Action::Reopened)
    }

    /// Merges another version of this entry in (a second writer's): the
    /// histories are united (by time, reviewer and decision, sorted by
    /// time, the last [`HISTORY`] kept) and the current fields are those
    /// of the version with the latest decision (`other`'s on a tie).
    pub fn absorb(&mut self, other: Entry) {
        let mut history = std::mem::take(&mut self.history);
        history.extend(other.history.iter().cloned());
        normalise(&mut history);
        if latest(&other) >= latest(self) {
            *self = other;
        }
        self.history = history;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(d: Action, who: &str, time: &str) -> Event {
        Event {
            time: time.into(),
            ..Event::now(d, who)
        }
    }

    #[test]
    fn actions_parse_and_name() {
        for a in [
            Action::Confirmed,
            Action::Corrected,
            Action::Dismissed,
            Action::Reopened,
        ] {
            assert_eq!(Action::parse(a.as_str()), Some(a));
        }
        assert_eq!(Action::parse("confirm"), Some(Action::Confirmed));
        assert_eq!(Action::parse("maybe"), None);
    }

    #[test]
    fn times_are_rfc3339_utc() {
        let e = Event::now(Action::Confirmed, "jdoe");
        assert!(e.time.ends_with('Z'), "{}", e.time);
        assert!(e.timestamp().is_some());
        assert_eq!(date_of("2026-12-04T23:20:05Z"), "2026-12-04");
        assert_eq!(date_of("2026-12-05T01:00:00+02:00"), "2026-12-04");
        assert_eq!(date_of("soon"), "soon");
    }

    #[test]
    fn record_keeps_order_and_the_last_five() {
        let mut e = Entry::default();
        let t = "2026-12-04T10:00:00Z";
        e.record(event(Action::Confirmed, "a", t));
        // The same instant again: moved just after, not merged away.
        e.record(event(Action::Reopened, "a", t));
        assert_eq!(e.history.len(), 2);
        assert!(e.history[1].timestamp() > e.history[0].timestamp());
        assert!(e.is_reopened());
        for _ in 0..6 {
            e.record(Event::now(Action::Dismissed, "b"));
        }
        assert_eq!(e.history.len(), HISTORY);
        assert_eq!(e.decision, Some(Decision::Dismissed));
        assert!(!e.is_reopened());
    }

    #[test]
    fn absorbing_unites_histories() {
        let mut base = Entry::default();
        base.record(event(Action::Confirmed, "a", "2026-12-04T10:00:00Z"));
        let (mut one, mut two) = (base.clone(), base.clone());
        one.record(event(Action::Corrected, "a", "2026-12-04T11:00:00Z"));
        two.record(event(Action::Reopened, "b", "2026-12-04T12:00:00Z"));
        let mut merged = one.clone();
        merged.absorb(two.clone());
        let mut other_way = two;
        other_way.absorb(one);
        assert_eq!(merged, other_way);
        let names: Vec<&str> = merged.history.iter().map(|e| e.decision.as_str()).collect();
        assert_eq!(names, ["confirmed", "corrected", "reopened"]);
        assert!(merged.is_reopened(), "the latest decision is current");
    }
}
