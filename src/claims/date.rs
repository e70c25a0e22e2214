//! Date claims: an event word (`summit`, `talks`, `met`) with the date
//! expression that says when it happens, resolved against the source's
//! publication date (or the date it borrowed from its story).

use super::text::{content_stems, tense_at};
use super::{Claim, ClaimKind, Context, Doc, Extractor, Subject, Value};
use crate::temporal::{self, DateExpr, DateValue};

/// Extracts [`ClaimKind::Date`] claims.
pub struct DateExtractor;

/// Words before a date that make it something other than the event's date:
/// `until Tuesday`, `since 2011`, `reported Tuesday`.
const NOT_EVENT_DATE: &[&str] = &[
    "until", "till", "since", "after", "before", "by", "from", "through", "following", "reported",
    "said", "says", "announced", "told", "confirmed", "added", "released", "published", "posted",
    "stated", "reports", "announces", "statement",
];

/// An event word in a sentence: byte offset (sentence-relative), end, class.
pub(crate) struct EventWord {
    pub start: usize,
    pub end: usize,
    pub class: String,
}

/// Event words of a sentence, from the lexicon.
pub(crate) fn event_words(sentence: &str, ctx: &Context) -> Vec<EventWord> {
    crate::segment::words(sentence)
        .filter_map(|(i, w)| {
            let lower = w.to_lowercase();
            let lower = lower.trim_end_matches("'s");
            ctx.lexicon.event_class(lower).map(|c| EventWord {
                start: i,
                end: i + w.len(),
                class: c.to_string(),
            })
        })
        .collect()
}

/// The event a date (or place) at `[start, end)` belongs to: the nearest
/// event word before it within `max_gap` bytes, else one right after it
/// (`Monday's meeting`), else the first of the sentence when the expression
/// opens the sentence (`On November 20, Putin held a meeting`).
pub(crate) fn governing_event<'e>(events: &'e [EventWord], sentence: &str, start: usize, end: usize, max_gap: usize) -> Option<&'e EventWord> {
    let before = events
        .iter()
        .filter(|e| e.end <= start && start - e.end <= max_gap)
        .max_by_key(|e| e.start);
    if before.is_some() {
        return before;
    }
    let after = events.iter().find(|e| e.start >= end && e.start - end <= 16);
    if after.is_some() {
        return after;
    }
    let lead = sentence[..start].trim().to_lowercase();
    if lead.is_empty() || lead == "on" || lead == "in" {
        return events.iter().find(|e| e.start >= end);
    }
    None
}

fn previous_word(sentence: &str, at: usize) -> Option<String> {
    let words: Vec<(usize, &str)> = crate::segment::words(&sentence[..at]).collect();
    let mut it = words.iter().rev().map(|(_, w)| w.to_lowercase());
    let w = it.next()?;
    if w == "on" || w == "in" || w == "at" {
        return it.next();
    }
    Some(w)
}

impl Extractor for DateExtractor {
    fn kind(&self) -> ClaimKind {
        ClaimKind::Date
    }

    fn extract(&self, doc: &Doc, ctx: &Context, out: &mut Vec<Claim>) {
        for (i, s) in doc.seg.sentences.iter().enumerate() {
            let sentence = doc.sentence_text(i);
            let events = event_words(sentence, ctx);
            if events.is_empty() {
                continue;
            }
            for DateExpr { start, end, form } in temporal::find_date_expressions(sentence) {
                if previous_word(sentence, start).is_some_and(|w| NOT_EVENT_DATE.contains(&w.as_str())) {
                    continue;
                }
                let Some(event) = governing_event(&events, sentence, start, end, 90) else {
                    continue;
                };
                if form == temporal::DateForm::Eve {
                    continue;
                }
                let direction = temporal::direction_at(sentence, start);
                let resolved = temporal::resolve(&form, doc.anchor, direction);
                let participants = doc.participants(i, s.span.clone());
                let written = sentence[start..end].to_string();
                let key = if participants.is_empty() {
                    event.class.clone()
                } else {
                    format!("{}: {}", event.class, participants.join(", "))
                };
                let anchor = match (doc.anchor, doc.source.meta.published_from.as_str()) {
                    (Some(a), from) => format!("anchored on {a} ({from})"),
                    (None, _) => "no anchor date".to_string(),
                };
                let confidence = match &resolved {
                    Some(DateValue::Weekday(_)) | None => 0.6,
                    Some(_) => 0.85,
                };
                out.push(Claim {
                    source: doc.source.id,
                    kind: ClaimKind::Date,
                    subject: Subject {
                        key,
                        class: event.class.clone(),
                        participants,
                        tense: tense_at(sentence, start),
                        event_date: resolved.clone(),
                        context: content_stems(sentence),
                    },
                    value: Value::Date { written, resolved },
                    span: s.span.start + start..s.span.start + end,
                    sentence: s.span.clone(),
                    confidence,
                    evidence: format!("{:?} reading, {anchor}", direction).to_lowercase(),
                });
            }
        }
    }
}
