//! A zoned time told in the sentence after its day (`A blast tore
//! through the depot on Monday. The blast, at 3:40 a.m. local time,
//! injured four.`): the day of the event's frame takes that time as a
//! day beside it does (`zone_place::time_beside`), so that it is judged
//! on the instant, in UTC (`rules::zoned_days`).

use super::{Doc, SentenceView};
use crate::claims::frame::{class_predicate, subject_event};
use crate::claims::{same_event_class, Claim, Value};
use crate::lexical::{Lexical, Pos, Relation};
use crate::temporal::DateValue;
use std::collections::HashMap;
use std::ops::Range;

/// Gives each day claim among `claims` (one article's date claims) that
/// has no zoned time beside it the zoned time of day of the sentence
/// right after its own, when that sentence names no day of its own and
/// its one zoned time dates an event of the day's class (`blast` /
/// `explosion`: [`same_event_class`]).
pub(super) fn times_after(doc: &Doc, claims: &mut [Claim]) {
    // Claims by the start of their sentence, so that a long article's
    // days do not each scan all its claims.
    let mut by_sentence: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, c) in claims.iter().enumerate() {
        by_sentence.entry(c.sentence.start).or_default().push(k);
    }
    for k in 0..claims.len() {
        if !bare_day(&claims[k]) {
            continue;
        }
        let Some(next) = next_sentence(doc, &claims[k].sentence) else {
            continue;
        };
        let in_next = || {
            by_sentence
                .get(&next.start)
                .into_iter()
                .flatten()
                .map(|&j| &claims[j])
                .filter(|c| c.sentence == next)
        };
        if in_next().any(|c| matches!(resolved(c), Some(DateValue::Day(_)))) {
            continue;
        }
        let day = &claims[k];
        let mut times = in_next()
            .filter(|c| one_event(doc, day, c))
            .filter_map(zoned_time);
        if let (Some(time), None) = (times.next(), times.next()) {
            claims[k].subject.event_date = Some(time);
        }
    }
}

/// Whether the day claim `day` and the time claim `time` date one event:
/// their classes are one kind of event ([`same_event_class`]), or the
/// word that named one's lexicon class (`explosion`, of `attack`) and the
/// other's noun (`blast`) name one event in `event-subjects`
/// (`rules/lexical/frames.toml`), or are one word, synonyms or of one
/// curated group in the lexical tables. An entailment, a derivation or a broader word
/// is no match: `the attack` after `a bombing` may be another event.
fn one_event(doc: &Doc, day: &Claim, time: &Claim) -> bool {
    let (a, b) = (&day.subject.class, &time.subject.class);
    same_event_class(a, b) || named_as(doc, day, b) || named_as(doc, time, a)
}

/// Whether the sentence of `claim` names its lexicon event class with a
/// word that means what the noun of `other` (a class such as
/// `noun:blast`) does.
fn named_as(doc: &Doc, claim: &Claim, other: &str) -> bool {
    let (pos, lemma) = class_predicate(other);
    if pos != Pos::Noun || other.contains(':') && !other.starts_with("noun:") {
        return false;
    }
    let Some(view) = sentence_view(doc, &claim.sentence) else {
        return false;
    };
    let lex = Lexical::embedded();
    let lower = view.lower();
    view.events
        .iter()
        .filter(|e| e.class.as_str() == &*claim.subject.class)
        .filter_map(|e| lower.get(e.start..e.end))
        .any(|word| one_event_noun(lex, word, lemma))
}

/// Whether the noun `word` (as written) and the noun lemma `lemma` name
/// one event: one event of `event-subjects` in `rules/lexical/frames.toml`
/// (`explosion` / `blast`), or one lemma, synonyms or of one curated group.
fn one_event_noun(lex: &Lexical, word: &str, lemma: &str) -> bool {
    let lemmas = lex.lemmas(word, Pos::Noun);
    let event = |l: &str| subject_event(l);
    let named = std::iter::once(word)
        .chain(lemmas.as_slice().iter().copied())
        .find_map(event);
    named.is_some_and(|e| event(lemma) == Some(e))
        || matches!(
            lex.same_meaning(word, Pos::Noun, lemma, Pos::Noun),
            Some(Relation::Same | Relation::Synonym | Relation::Curated)
        )
}

/// The view of the sentence whose span is `sentence`.
fn sentence_view<'d>(doc: &'d Doc, sentence: &Range<usize>) -> Option<&'d SentenceView> {
    doc.sentences.get(sentence_index(doc, sentence)?)
}

/// The index of the sentence whose span is `sentence` (sentences are in
/// text order).
fn sentence_index(doc: &Doc, sentence: &Range<usize>) -> Option<usize> {
    let sentences = &doc.seg.sentences;
    let k = sentences
        .binary_search_by_key(&sentence.start, |s| s.span.start)
        .ok()?;
    (sentences[k].span == *sentence).then_some(k)
}

/// The resolved value of a date claim.
fn resolved(c: &Claim) -> Option<&DateValue> {
    match &c.value {
        Value::Date { resolved, .. } => resolved.as_ref(),
        _ => None,
    }
}

/// Whether a claim dates a day with no time of day beside it.
fn bare_day(c: &Claim) -> bool {
    matches!(resolved(c), Some(DateValue::Day(_)))
        && matches!(c.subject.event_date, Some(DateValue::Day(_)))
}

/// A time of day whose zone is written (`1840 GMT`, `3:40 a.m. local
/// time`).
fn zoned_time(c: &Claim) -> Option<DateValue> {
    match resolved(c)? {
        t @ DateValue::Time { zone: Some(_), .. } => Some(t.clone()),
        _ => None,
    }
}

/// The span of the sentence after the one at `sentence`.
fn next_sentence(doc: &Doc, sentence: &Range<usize>) -> Option<Range<usize>> {
    let k = sentence_index(doc, sentence)?;
    doc.seg.sentences.get(k + 1).map(|s| s.span.clone())
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, ClaimKind};
    use crate::temporal::DateValue;

    /// The event date of the day claim written `day` in `text`.
    fn event_date(text: &str, day: &str) -> Option<DateValue> {
        claims_of(text, Some("2023-07-04"))
            .into_iter()
            .find(|c| c.kind == ClaimKind::Date && &text[c.span.clone()] == day)
            .and_then(|c| c.subject.event_date)
    }

    #[test]
    fn a_zoned_time_in_the_next_sentence_dates_the_day_of_its_event() {
        let text = "A gas explosion tore through a warehouse in Osaka on Monday, \
                    firefighters said. The explosion, at 1840 GMT, injured four workers.";
        let got = event_date(text, "Monday");
        assert!(
            matches!(got, Some(DateValue::Time { minutes: 1120, .. })),
            "{got:?}"
        );
    }

    #[test]
    fn a_synonym_of_the_word_that_named_the_day_s_event_takes_its_time() {
        for (text, day) in [
            (
                "A gas explosion tore through a depot in Kerrow on Monday. \
                 The blast, at 1840 GMT, injured four workers.",
                "Monday",
            ),
            (
                "A blast tore through a depot in Kerrow on Monday. \
                 The explosion, at 1840 GMT, injured four workers.",
                "Monday",
            ),
        ] {
            let got = event_date(text, day);
            assert!(
                matches!(got, Some(DateValue::Time { minutes: 1120, .. })),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_time_of_an_unrelated_event_is_not_the_day_s() {
        let text = "Rebels attacked a depot in Kerrow on Monday. \
             The vote, at 1840 GMT, was postponed.";
        let got = event_date(text, "Monday");
        assert!(matches!(got, Some(DateValue::Day(_))), "{text}: {got:?}");
    }

    #[test]
    fn a_time_of_another_day_or_event_is_not_the_day_s() {
        for text in [
            // The next sentence has a day of its own.
            "A gas explosion tore through a warehouse in Osaka on Monday. \
             The explosion, at 1840 GMT on Sunday, injured four workers.",
            // Two sentences on: not the next one.
            "A gas explosion tore through a warehouse in Osaka on Monday. \
             Four workers were hurt. The explosion, at 1840 GMT, shook the port.",
        ] {
            let got = event_date(text, "Monday");
            assert!(matches!(got, Some(DateValue::Day(_))), "{text}: {got:?}");
        }
    }
}
