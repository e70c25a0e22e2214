//! Location claims: where an event took place (`met ... in the Black Sea
//! resort of Sochi`, `the meeting in Moscow`).

use super::date::{event_window, governing_event};
use super::entities::EntityKind;
use super::text::tense_at;
use super::{Claim, ClaimKind, Context, Doc, Extractor, Subject, Value};
use crate::temporal;

/// Extracts [`ClaimKind::Location`] claims.
pub struct LocationExtractor;

impl Extractor for LocationExtractor {
    fn kind(&self) -> ClaimKind {
        ClaimKind::Location
    }

    fn extract(&self, doc: &Doc, _ctx: &Context, out: &mut Vec<Claim>) {
        for (i, s) in doc.seg.sentences.iter().enumerate() {
            let sentence = doc.sentence_text(i);
            let view = &doc.sentences[i];
            let events = &view.events;
            if events.is_empty() {
                continue;
            }
            let base = s.span.start;
            for m in &doc.mentions[i] {
                if !matches!(m.kind, EntityKind::Place | EntityKind::Country) || m.indirect {
                    continue;
                }
                let (start, end) = (m.start - base, m.end - base);
                let previous: Vec<&str> = view.words_before(start).take(8).collect();
                if !introduced_by_in(&previous) {
                    continue;
                }
                let Some(event) = governing_event(view, events, sentence, start, end, 70) else {
                    continue;
                };
                // A date in the sentence pins the event (`visited Moscow in October 2015`).
                // Without one, the mention is about the story's event, around publication.
                let event_date = view
                    .dates(sentence)
                    .iter()
                    .find_map(|d| {
                        temporal::resolve(
                            &d.form,
                            doc.anchor,
                            temporal::direction_at(sentence, d.start),
                        )
                    })
                    .or(doc.anchor.map(temporal::DateValue::Day));
                let window = event_window(events, event, sentence.len());
                let participants =
                    doc.participants(i, s.span.start + window.start..s.span.start + window.end);
                let key = if participants.is_empty() {
                    event.class.clone()
                } else {
                    format!("{}: {}", event.class, participants.join(", "))
                };
                out.push(Claim {
                    source: doc.source.id,
                    kind: ClaimKind::Location,
                    subject: Subject {
                        key,
                        class: event.class.clone(),
                        participants,
                        tense: tense_at(sentence, event.start),
                        event_date,
                        context: view.stems(),
                        counted: None,
                    },
                    value: Value::Location {
                        place: m.name.clone(),
                        country: m.country.clone(),
                    },
                    span: m.start..m.end,
                    sentence: s.span.clone(),
                    confidence: 0.75,
                    evidence: format!(
                        "\"{}\" … \"{}\"",
                        &sentence[event.start..event.end],
                        &sentence[start..end]
                    )
                    .into(),
                });
            }
        }
    }
}

/// Nouns that describe a place before its name: `the resort of Sochi`.
const PLACE_NOUNS: &[&str] = &[
    "resort",
    "city",
    "town",
    "village",
    "capital",
    "region",
    "province",
    "state",
    "island",
    "port",
    "district",
    "county",
    "suburb",
    "enclave",
    "outskirts",
    "centre",
    "center",
    "area",
];

/// Whether the words before a place (lower case, nearest first) end with
/// `in`/`at`, possibly through a description: `in the Black Sea resort of`,
/// `in the southern Russian city of`.
fn introduced_by_in(previous: &[&str]) -> bool {
    let words: Vec<&str> = previous.iter().rev().copied().collect();
    let n = words.len();
    if n == 0 {
        return false;
    }
    if matches!(words[n - 1], "in" | "at") {
        return true;
    }
    if words[n - 1] == "of" && n >= 2 && PLACE_NOUNS.contains(&words[n - 2]) {
        // `in the <up to four words> resort of`
        let window = &words[n.saturating_sub(7)..n - 1];
        return window.iter().any(|w| *w == "in" || *w == "at") && window.contains(&"the");
    }
    false
}

#[cfg(test)]
mod tests {
    /// The check on the words of a string, as the extractor sees them.
    fn introduced_by_in(before: &str) -> bool {
        let lower = before.to_ascii_lowercase();
        let words: Vec<&str> = crate::segment::words(&lower).map(|(_, w)| w).collect();
        let previous: Vec<&str> = words.iter().rev().take(8).copied().collect();
        super::introduced_by_in(&previous)
    }

    #[test]
    fn place_introductions() {
        assert!(introduced_by_in("met in the Black Sea resort of "));
        assert!(introduced_by_in(
            "the leaders met in the southern Russian city of "
        ));
        assert!(introduced_by_in("The meeting in "));
        assert!(!introduced_by_in("the rebel-held area of "));
        assert!(!introduced_by_in("a visit to "));
        assert!(!introduced_by_in(
            "a summit in Russia between the presidents of "
        ));
    }
}
