//! An event noun heading the subject of a verb frame (`a fire tore through
//! the depot on Friday`, `the blaze broke out on Thursday`): the noun names
//! the event, whichever verb tells it (`event-subjects` in
//! `rules/lexical/frames.toml`).

use super::{breaks, frames, stops, EventWord, SentenceView};
use crate::lexical::{Lexical, Pos};

/// Words scanned back from a verb for the head of its subject, at most.
const MAX_SUBJECT: usize = 7;

/// Prepositions that may follow a subject's head before its verb (`a fire
/// at a warehouse killed`), and that, before a noun, make it no subject
/// (`killed in the fire`).
const PREPOSITIONS: &[&str] = &[
    "at", "in", "on", "near", "of", "outside", "inside", "across", "along", "from", "by", "with",
    "into", "through", "over", "during", "for", "to",
];

/// The event an event noun heading the subject of the verb frame `verb`
/// names (`noun:fire` for `a fire tore through`), if any: the noun is one
/// of `event-subjects`, right before the verb or before a prepositional
/// phrase that ends at it, in the same clause, and no preposition comes
/// right before it or its modifier.
pub(crate) fn event_subject(
    view: &SentenceView,
    sentence: &str,
    verb: &EventWord,
) -> Option<EventWord> {
    if !verb.class.starts_with("verb:") {
        return None;
    }
    let k = view.words.partition_point(|&(s, _)| s < verb.start);
    if k >= view.words.len() || view.words[k].0 != verb.start {
        return None;
    }
    let subjects = &frames().words.event_subjects;
    let lex = Lexical::embedded();
    let lowest = k.saturating_sub(MAX_SUBJECT);
    let mut j = k;
    while j > lowest {
        j -= 1;
        let w = view.word(j);
        if stops(w) || breaks(sentence, view.words[j].1, view.words[j + 1].0, false) {
            return None;
        }
        let lemmas = lex.lemmas(w, Pos::Noun);
        let event = std::iter::once(w)
            .chain(lemmas.as_slice().iter().copied())
            .find_map(|l| subjects.get(l));
        let Some(event) = event else { continue };
        let heads = j + 1 == k || PREPOSITIONS.contains(&view.word(j + 1));
        if heads && !after_preposition(view, j) {
            return Some(EventWord {
                start: verb.start,
                end: verb.end,
                class: format!("noun:{event}"),
            });
        }
    }
    None
}

/// Whether a preposition comes before word `j`, with at most a determiner
/// and one modifier between (`in the fire`, `from a massive blaze`):
/// the object of a preposition heads no subject.
fn after_preposition(view: &SentenceView, j: usize) -> bool {
    (1..=3.min(j)).any(|d| PREPOSITIONS.contains(&view.word(j - d)))
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, ClaimKind};

    /// The class of the first date claim of `text`.
    fn class(text: &str) -> String {
        claims_of(text, Some("2019-03-15"))
            .into_iter()
            .find(|c| c.kind == ClaimKind::Date)
            .map(|c| c.subject.class.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn event_noun_subjects_name_the_event() {
        let cases = [
            "A fire ripped through the old mill on Sunday.",
            "The blaze erupted on Monday night.",
            "A fire at the paper mill killed two men on Sunday.",
            "Flames engulfed the chapel on Tuesday.",
        ];
        for text in cases {
            assert_eq!(class(text), "noun:fire", "{text}");
        }
        let twister = class("A twister flattened the town on Monday.");
        assert_eq!(twister, "noun:tornado");
    }

    #[test]
    fn other_subjects_keep_the_verb() {
        let cases = [
            "Two men injured in the fire died on Sunday.",
            "Firefighters battled the blaze on Sunday.",
            "The mayor toured the site on Sunday.",
        ];
        for text in cases {
            assert!(class(text).starts_with("verb:"), "{text}: {}", class(text));
        }
    }
}
