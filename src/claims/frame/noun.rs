//! Event nouns: which nouns name one event (`his acquittal`, `the blast`),
//! and the event noun a premodifying date dates (`a 2008 conviction`, `the
//! 1991 agreement`).

use super::{breaks, EventWord, SentenceView};
use super::{common_word, frames, word_frame, Word, UNREALISED};
use crate::lexical::{Lexical, Lexname, Pos};

/// The lemma of noun `w` (word `k`) if it names one event: not listed in
/// `not-event-nouns`, singular, not one of a series and not unrealised,
/// with an event sense among its first `senses` (a first sense that is
/// concrete rules out the later ones: `the 2006 movie`) or listed in
/// `change-nouns` (`a drop in March`). A noun that premodifies the noun
/// after it (`a logistics warehouse`) is not the head of its phrase.
pub(super) fn event_noun(
    view: &SentenceView,
    sentence: &str,
    k: usize,
    w: &str,
    senses: usize,
) -> Option<String> {
    let lex = Lexical::embedded();
    let f = frames();
    let noun = lex.lemma(w, Pos::Noun);
    if f.words.not_event_nouns.iter().any(|n| *n == noun) {
        return None;
    }
    // `the semifinals`, `his second trial`: several events, or one of a
    // series, which a date of the series does not date.
    let plural = noun != w;
    let before = k.checked_sub(1).map(|j| view.word(j));
    let ordinal = before.is_some_and(|b| ORDINALS.contains(&b));
    // `the attempted murder`, `a foiled attack`: what did not happen as
    // named is another event than the one named.
    let unrealised = before.is_some_and(|b| UNREALISED.contains(&b));
    if plural || ordinal || unrealised {
        return None;
    }
    // `a 30% drop in March`: a change in a figure, whatever its first sense.
    let event = f.words.change_nouns.iter().any(|n| *n == noun) || {
        let mut names = lex.lexnames(&noun, Pos::Noun).take(senses);
        let first = names.next()?;
        if senses > 1 && f.object_lexnames.contains(&first) {
            return None;
        }
        std::iter::once(first)
            .chain(names)
            .any(|name| f.lexnames.contains(&name))
    };
    // Asked last: most nouns are no event, and this looks up the next word.
    (event && !premodifies_noun(view, sentence, k)).then(|| noun.into_owned())
}

/// The lemma of the noun at word `k` when it names one event by its
/// first sense (`the strike`, `the siege`), as [`event_noun`] reads it.
pub(crate) fn names_one_event(view: &SentenceView, sentence: &str, k: usize) -> Option<String> {
    event_noun(
        view,
        sentence,
        k,
        view.words.get(k).map(|_| view.word(k))?,
        1,
    )
}

/// The event noun a premodifying year dates (`a 2008 conviction`, `the
/// 2007 Oscars ceremony`): the first event noun among the few words after
/// `end`, names skipped.
pub(crate) fn noun_frame_after(
    view: &SentenceView,
    sentence: &str,
    end: usize,
) -> Option<EventWord> {
    let first_after = view.words.partition_point(|&(s, _)| s < end);
    let mut prev_end = end;
    for k in first_after..(first_after + 3).min(view.words.len()) {
        let (s, e) = view.words[k];
        if breaks(sentence, prev_end, s, false) {
            return None;
        }
        if let Some(f) = listed_dated_noun(view, sentence, k) {
            return Some(f);
        }
        match word_frame(view, sentence, k) {
            Word::Frame(f) => return f.class.starts_with("noun:").then_some(f),
            Word::Other => {
                if let Some(f) = dated_event_noun(view, sentence, k) {
                    return Some(f);
                }
            }
            Word::Report(_) => {}
        }
        prev_end = e;
    }
    None
}

/// A noun that a date premodifies, read in its event sense: `a 2008
/// conviction` is a verdict though the first sense of `conviction` is a
/// belief. The noun must have an event sense among its first two, not be
/// concrete first (`the 2006 movie`, `the 2010 building`), and be neither
/// a name nor an exception of the frames table. As for any event noun, a
/// plural (`Saturday's semifinals`), one of a series (`Friday's second
/// semifinal`) and what did not happen (`the June 20 attempted murder`)
/// are no one event.
fn dated_event_noun(view: &SentenceView, sentence: &str, k: usize) -> Option<EventWord> {
    let w = common_word(view, sentence, k)?;
    let start = view.words[k].0;
    let noun = event_noun(view, sentence, k, w, DATED_NOUN_SENSES)?;
    Some(EventWord {
        start,
        end: start + w.len(),
        class: format!("noun:{noun}"),
    })
}

/// A noun of `dated-nouns` in `rules/lexical/frames.toml` at word `k`
/// (`the 1991 agreement`, `a June 3 hearing`): a message or a time set
/// that a date before it dates, singular and not one of a series.
pub(super) fn listed_dated_noun(
    view: &SentenceView,
    sentence: &str,
    k: usize,
) -> Option<EventWord> {
    let w = common_word(view, sentence, k)?;
    let noun = Lexical::embedded().lemma(w, Pos::Noun);
    let listed = frames().words.dated_nouns.iter().any(|n| *n == noun);
    let ordinal = k > 0 && ORDINALS.contains(&view.word(k - 1));
    if !listed || noun != w || ordinal {
        return None;
    }
    let start = view.words[k].0;
    Some(EventWord {
        start,
        end: start + w.len(),
        class: format!("noun:{noun}"),
    })
}

/// The listed dated noun that comes at the date starting at `start`:
/// its subject right before `come` right before the date, an `on`, `in`
/// or `at` aside (`the announcement came on Tuesday`, `the report comes
/// today`).
pub(super) fn message_that_comes(
    view: &SentenceView,
    sentence: &str,
    start: usize,
) -> Option<EventWord> {
    let k = super::word_before_date(view, start)?;
    let subject = k.checked_sub(1)?;
    let comes = matches!(view.word(k), "came" | "comes" | "come");
    let joined = !breaks(sentence, view.words[subject].1, view.words[k].0, false)
        && !breaks(sentence, view.words[k].1, start, false);
    (comes && joined)
        .then(|| listed_dated_noun(view, sentence, subject))
        .flatten()
}

/// Whether word `k` premodifies the common noun right after it, so that
/// the phrase names that noun, not an act (`a logistics warehouse`, `the
/// storage hall`, `the election results`): the next word follows after
/// one space, is written in lower case, and is read as a noun, not a verb
/// (`the strike hit the port`: an inflected form, or more verb senses than
/// noun senses) and not a time, a number, an adjective or an event.
fn premodifies_noun(view: &SentenceView, sentence: &str, k: usize) -> bool {
    let Some(&(start, _)) = view.words.get(k + 1) else {
        return false;
    };
    let next = view.word(k + 1);
    let joined = sentence.get(view.words[k].1..start) == Some(" ");
    let lower = sentence[start..].starts_with(|c: char| c.is_ascii_lowercase());
    if !joined || !lower || next.len() < 3 || !next.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let lex = Lexical::embedded();
    let noun = lex.lemma(next, Pos::Noun);
    if !lex.knows(&noun, Pos::Noun) || crate::claims::text::is_stopword(next) {
        return false;
    }
    // `the meeting today`, `an accident two years ago`, `smoke still
    // rose`: a time, a number or an adjective is no head noun; nor is an
    // event (`the shooting deaths`, `his murder trial`), which names the
    // same event or its sequel.
    let first = lex.first_lexname(&noun);
    let eventive = first.is_some_and(|l| frames().lexnames.contains(&l));
    if first == Some(Lexname::NOUN_TIME) || eventive || lex.knows(next, Pos::Adj) {
        return false;
    }
    let verb_lemmas = lex.lemmas(next, Pos::Verb);
    let verb = verb_lemmas.as_slice().first().copied();
    match verb {
        Some(v) if crate::claims::text::inflected_form(next, v) => false,
        Some(v) => lex.sense_count(&noun, Pos::Noun) >= lex.sense_count(v, Pos::Verb),
        None => true,
    }
}

/// Words before an event noun that make it one of a series (`his second
/// trial`, `the latest raid`), which a date of the series does not date.
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "next", "last", "latest", "previous",
];

/// How many senses of a dated noun are looked at for an event reading
/// (WordNet orders senses by frequency; the second of `conviction` is the
/// verdict).
pub(super) const DATED_NOUN_SENSES: usize = 2;
