//! The thing a verb frame acts on (`sank a fishing trawler`, `the tanker
//! was seized`): a participant of the event beside the people and
//! countries its clause names, so that `the destroyer sank a trawler on
//! March 3` and `the navy had sunk a Danish trawler on March 2` are one sinking
//! although neither names a person.
//!
//! Only concrete things count (the `object-lexnames` of
//! `rules/lexical/frames.toml`): `killed a man` or `made a statement`
//! name nothing that tells one event from another.

use super::frame::object_lexnames;
use super::text::{is_stopword, PASSIVE_AUXILIARIES};
use super::{EventWord, SentenceView};
use crate::lexical::{Lexical, Pos};

/// Words of a noun phrase before its head, skipped (`a fishing trawler`).
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "its", "their", "our", "this", "that", "these", "those",
    "another", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// Most words of the noun phrase after the verb that are read.
const MAX_PHRASE: usize = 4;

/// The head noun of the verb frame `event`'s object (the last noun of the
/// phrase right after the verb) or, for a passive, of its subject (the
/// noun right before the auxiliary); only a concrete thing, as its lemma.
pub(super) fn frame_object(
    view: &SentenceView,
    sentence: &str,
    event: &EventWord,
) -> Option<String> {
    let k = object_word(view, sentence, event, false)?;
    concrete(view, sentence, k)
}

/// What an act done once (`once-acts` in `rules/lexical/frames.toml`) was
/// done to, told apart more finely than [`frame_object`]: any noun (`the
/// clinic`, `a charity`; not one for people), as its lemma, or a name (`the Sildberg was
/// built`), as written.
pub(super) fn once_object(
    view: &SentenceView,
    sentence: &str,
    event: &EventWord,
) -> Option<String> {
    let k = object_word(view, sentence, event, true)?;
    let (s, e) = view.words[k];
    if is_stopword(view.word(k)) {
        return None;
    }
    if sentence[s..].starts_with(|c: char| c.is_uppercase()) {
        return Some(sentence[s..e].to_string());
    }
    // `Whitcombe, the former treasurer, was convicted`: a person is told
    // apart by name, not by a noun for people.
    let lex = Lexical::embedded();
    let noun = lex.lemma(view.word(k), Pos::Noun);
    let person = Some(crate::lexical::Lexname::NOUN_PERSON);
    (lex.knows(&noun, Pos::Noun) && lex.first_lexname(&noun) != person).then(|| noun.into_owned())
}

/// The word heading the verb frame `event`'s object or passive subject;
/// with `names`, a name ends an object phrase that has no noun after it
/// (`built the Sildberg`).
fn object_word(
    view: &SentenceView,
    sentence: &str,
    event: &EventWord,
    names: bool,
) -> Option<usize> {
    if !event.class.starts_with("verb:") {
        return None;
    }
    let verb = view.words.iter().position(|&(s, _)| s >= event.start)?;
    let last = view.words.iter().rposition(|&(_, e)| e <= event.end)?;
    let passive = verb > 0 && PASSIVE_AUXILIARIES.contains(&view.word(verb - 1));
    if passive {
        // `the ferry, which was built in 1994`: the noun before the relative.
        let mut subject = verb.checked_sub(2)?;
        if RELATIVES.contains(&view.word(subject)) {
            subject = subject.checked_sub(1)?;
        }
        return Some(subject);
    }
    // `The ferry, built in 1994, sank`: a participle set off by a comma
    // says what was done to the noun before it.
    if verb > 0 && after_comma(view, sentence, verb) && participle(view.word(verb)) {
        return Some(verb - 1);
    }
    let mut head = None;
    let mut name = None;
    let mut prev_end = view.words[last].1;
    for k in last + 1..(last + 1 + MAX_PHRASE).min(view.words.len()) {
        let (s, e) = view.words[k];
        let gap = &sentence[prev_end..s];
        if gap.chars().any(|c| !c.is_whitespace() && c != '-') {
            break;
        }
        prev_end = e;
        let w = view.word(k);
        if DETERMINERS.contains(&w) || w.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        // `broke out in the roof`, `won it in 2004`: a particle, preposition
        // or pronoun ends the phrase (`in`, `out` and `he` are nouns too).
        if is_stopword(w) {
            break;
        }
        // A capitalised word is a name or a nationality (`Thai trawler`).
        if sentence[s..].starts_with(|c: char| c.is_uppercase()) {
            name = Some(k);
            continue;
        }
        if !Lexical::embedded().knows(w, Pos::Noun) {
            break;
        }
        head = Some(k);
    }
    head.or(name.filter(|_| names))
}

/// Relative pronouns between a noun and the passive that tells of it.
const RELATIVES: &[&str] = &["which", "that"];

/// Whether only a comma (and spaces) stands between word `k` and the one
/// before it.
fn after_comma(view: &SentenceView, sentence: &str, k: usize) -> bool {
    let gap = &sentence[view.words[k - 1].1..view.words[k].0];
    gap.trim() == ","
}

/// Whether a lower-case word reads as a past participle: an `-ed` form or
/// an irregular form of a verb the tables know (`built`, `sunk`), not the
/// verb's base (`build`) or another inflection (`builds`, `building`).
fn participle(word: &str) -> bool {
    if word.ends_with("ing") || word.ends_with('s') {
        return false;
    }
    let lex = Lexical::embedded();
    let lemmas = lex.lemmas(word, Pos::Verb);
    !lemmas.is_empty() && !lemmas.as_slice().contains(&word)
}

/// Senses of a noun read for a concrete thing (`trawler` is first a
/// fisherman, then a boat).
const SENSES: usize = 2;

/// The lemma of word `k` when it is a lower-case noun naming a concrete
/// thing by one of its first senses.
fn concrete(view: &SentenceView, sentence: &str, k: usize) -> Option<String> {
    let (s, _) = view.words[k];
    if sentence[s..].starts_with(|c: char| c.is_uppercase()) || is_stopword(view.word(k)) {
        return None;
    }
    let lex = Lexical::embedded();
    let noun = lex.lemma(view.word(k), Pos::Noun);
    (0..SENSES)
        .filter_map(|n| lex.lexname(&noun, n))
        .any(|name| object_lexnames().contains(&name))
        .then(|| noun.into_owned())
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, ClaimKind};

    fn participants(text: &str) -> Vec<Vec<String>> {
        claims_of(text, Some("2024-11-20"))
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Date)
            .map(|c| c.subject.participants.to_vec())
            .collect()
    }

    #[test]
    fn the_object_of_a_verb_is_a_participant() {
        assert_eq!(
            participants("On March 3, the destroyer sank a fishing trawler off the coast."),
            vec![vec!["trawler".to_string()]]
        );
        assert_eq!(
            participants("On March 2 the navy had sunk a Danish trawler, the Sea Star."),
            vec![vec!["trawler".to_string()]]
        );
    }

    #[test]
    fn a_passive_subject_is_a_participant() {
        assert_eq!(
            participants("The tanker was seized on June 3 off the coast."),
            vec![vec!["tanker".to_string()]]
        );
    }

    #[test]
    fn the_noun_before_a_set_off_participle_is_a_participant() {
        assert_eq!(
            participants("The barge, built in 1987, ran aground on Friday."),
            vec![vec!["barge".to_string()], vec![]]
        );
        assert_eq!(
            participants("The barge, which was built in 1987, ran aground."),
            vec![vec!["barge".to_string()]]
        );
        // A clause after a comma is no participle of the noun before it.
        assert_eq!(
            participants("In 1987, builders laid the keel of the barge."),
            vec![Vec::<String>::new()]
        );
    }

    #[test]
    fn people_and_abstractions_are_not() {
        assert_eq!(
            participants("Gunmen killed a man on Friday."),
            vec![Vec::<String>::new()]
        );
        // Prepositions, particles and pronouns are nouns too in WordNet.
        assert_eq!(
            participants("The fire broke out in the roof at 9pm on Friday."),
            vec![Vec::<String>::new(), Vec::<String>::new()]
        );
        assert_eq!(
            participants("The council made a decision on Friday."),
            Vec::<Vec<String>>::new()
        );
    }
}
