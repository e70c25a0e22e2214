//! Verbs read from their subject: captors keeping what they hold
//! (`pirates holding 12 ships`) and a verb in the present tense after a
//! plural subject (`robbers steal $2 million`).

use super::predicate::LIGHT_VERBS;
use super::{broken, SentenceView};
use crate::lexical::{Lexical, Lexname, Pos};

/// Subject pronouns a verb in the present tense may follow (`they hold`).
const PLURAL_PRONOUNS: &[&str] = &["they", "we", "you"];

/// `pirates holding 12 ships`, `they still hold 14`, `gunmen who are
/// holding 30`: word `k`, a form of `hold`, keeps what it holds (the
/// curated group `captives`) when its subject stands right before it,
/// across adverbs and auxiliaries: a subject pronoun, `who`, or a noun
/// whose first sense is a person or a group of people. A place or a
/// thing holding something contains it (`the compound held nine rifles`,
/// `the stadium holds 40,000`), which says nothing of what is counted.
pub(super) fn keeping_verb(
    sentence: &str,
    view: &SentenceView,
    k: usize,
    lex: &Lexical,
) -> Option<String> {
    let w = view.word(k);
    if lex.lemmas(w, Pos::Verb).as_slice().first() != Some(&"hold") || k == 0 {
        return None;
    }
    let mut at = k - 1;
    while at > 0
        && (SUBJECT_ADVERBS.contains(&view.word(at)) || KEEPER_AUXILIARIES.contains(&view.word(at)))
    {
        at -= 1;
    }
    if broken(sentence, view.words[at].1, view.words[k].0) {
        return None;
    }
    let subject = view.word(at);
    let people = || {
        let noun = lex.lemma(subject, Pos::Noun);
        lex.knows(&noun, Pos::Noun)
            && lex
                .first_lexname(&noun)
                .is_some_and(|l| l == Lexname::NOUN_PERSON || l == Lexname::NOUN_GROUP)
    };
    (KEEPER_PRONOUNS.contains(&subject) || people()).then(|| KEEP.to_string())
}

/// The predicate of what captors keep (the curated group `captives`).
pub(super) const KEEP: &str = "verb:hold";

/// `12 crewmen are still being held`, `30 tourists held hostage`: word
/// `w` after a figure, `held` or `holding`, keeps the people the figure
/// counts (its last word a noun whose first sense is a person); `nine
/// rifles were held` says nothing of what is counted.
pub(super) fn kept_people(view: &SentenceView, first_after: usize, w: &str, lex: &Lexical) -> bool {
    let counted = first_after
        .checked_sub(1)
        .map(|k| lex.lemma(view.word(k), Pos::Noun));
    matches!(w, "held" | "holding")
        && counted.is_some_and(|n| {
            lex.knows(&n, Pos::Noun) && lex.first_lexname(&n) == Some(Lexname::NOUN_PERSON)
        })
}

/// `12 ships are held captive`, `nine crewmen were held hostage`: word
/// `k`, `held` or `holding` right before `captive` or `hostage`, keeps
/// what it holds (the curated group `captives`) whatever is held; alone,
/// a thing held is mostly an event (`three meetings were held`).
pub(super) fn held_captive(view: &SentenceView, k: usize) -> bool {
    matches!(view.word(k), "held" | "holding")
        && k + 1 < view.words.len()
        && matches!(
            view.word(k + 1),
            "captive" | "captives" | "hostage" | "hostages"
        )
}

/// Pronouns that may be the subject of a keeping `hold`.
const KEEPER_PRONOUNS: &[&str] = &["they", "we", "he", "she", "who"];

/// Auxiliaries between a subject and a keeping `hold` (`are holding`,
/// `have held`).
const KEEPER_AUXILIARIES: &[&str] = &["are", "is", "were", "was", "have", "has", "had", "been"];

/// Adverbs that may stand between a subject and its verb in the present
/// tense (`they still hold`, `robbers also steal`).
const SUBJECT_ADVERBS: &[&str] = &["still", "also", "now", "already", "reportedly", "allegedly"];

/// `Robbers steal $2 million`, `they seize 40 rifles`: word `k`, a verb in
/// its base form, as the present tense of a plural subject right before it
/// (a pronoun, or a plural noun the tables know: `robbers`, `gunmen`),
/// as headlines and quotes write what was done. The base form alone is
/// mostly a noun or an infinitive (`a price of`, `to pay 40`).
pub(super) fn present_verb(
    sentence: &str,
    view: &SentenceView,
    k: usize,
    lex: &Lexical,
) -> Option<String> {
    let w = view.word(k);
    let base = lex.lemmas(w, Pos::Verb).as_slice().first() == Some(&w);
    if !base || LIGHT_VERBS.contains(&w) || k == 0 {
        return None;
    }
    // `they still hold 14`: an adverb of time or report between the
    // subject and its verb.
    let mut at = k - 1;
    while at > 0 && SUBJECT_ADVERBS.contains(&view.word(at)) {
        at -= 1;
    }
    let subject = view.word(at);
    if broken(sentence, view.words[at].1, view.words[k].0) {
        return None;
    }
    let plural_noun = || {
        lex.lemma(subject, Pos::Noun) != subject
            && !lex.knows(subject, Pos::Verb)
            && !crate::claims::text::is_stopword(subject)
    };
    (PLURAL_PRONOUNS.contains(&subject) || plural_noun()).then(|| format!("verb:{w}"))
}
