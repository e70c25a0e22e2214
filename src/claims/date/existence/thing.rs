//! The thing an existence claim is about: a name as written or a common
//! noun's lemma, never a person the article names, a country or a region.

use crate::claims::text::is_stopword;
use crate::claims::{Doc, SentenceView};
use crate::gazetteer::PlaceKind;
use crate::lexical::{Lexical, Lexname, Pos};

/// Words that may open the phrase naming a thing, skipped.
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our"];

/// Whether a thing's name is a person the article names or a country or
/// first-level region of the gazetteer: neither is founded or built as a
/// clinic is, so neither holds an existence claim (`Croatia has exported
/// timber since 1950` meets no `established as an independent state in
/// 1991`).
pub(super) fn person_or_country(doc: &Doc, thing: &str) -> bool {
    let named = thing.starts_with(char::is_uppercase);
    named
        && (person(doc, thing)
            || crate::gazetteer::Gazetteer::embedded()
                .lookup(thing)
                .iter()
                .any(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::Region)))
}

/// Whether a name is a person the article names: one it resolves to a
/// person, whose first word, when it has more than one, is no common noun
/// of several senses (the people finder may take `Apple Corps` for a
/// person; `Steve Jobs`, `Anna Kovac` and a surname alone stay people, a
/// first name that is such a noun, `Mark`, is left unguarded).
fn person(doc: &Doc, name: &str) -> bool {
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or_default().to_lowercase();
    let one_word = words.next().is_none();
    doc.people.resolve(name).is_some()
        && (one_word || Lexical::embedded().sense_count(&first, Pos::Noun) < 2)
}

/// The thing a phrase of words `from..to` names: a name (a run of
/// capitalised words, `of` or `and` between them) as written, else its
/// head noun's lemma, never a person's noun or a pronoun. `whole`: the
/// phrase must end where the name or noun ends (a subject before its
/// auxiliary); else the thing is the phrase's start (an object).
pub(super) fn thing(
    view: &SentenceView,
    sentence: &str,
    from: usize,
    to: usize,
    whole: bool,
) -> Option<String> {
    let mut k = from;
    while k < to && DETERMINERS.contains(&view.word(k)) {
        k += 1;
    }
    if k >= to {
        return None;
    }
    let capital = |j: usize| sentence[view.words[j].0..].starts_with(char::is_uppercase);
    let joined = |j: usize| {
        j > k
            && sentence[view.words[j - 1].1..view.words[j].0]
                .chars()
                .all(|c| c == ' ')
    };
    if capital(k) && !is_stopword(view.word(k)) {
        let mut end = k;
        let mut j = k + 1;
        while j < to && joined(j) {
            if capital(j) {
                end = j;
            } else if !matches!(view.word(j), "of" | "and" | "for") {
                break;
            }
            j += 1;
        }
        if whole && end + 1 != to {
            return None;
        }
        // `the Tidewater clinic`: a name modifying a noun may be a town's
        // or an owner's; which thing it names is a guess.
        let next = end + 1;
        let noun = |w: &str| !is_stopword(w) && Lexical::embedded().knows(w, Pos::Noun);
        if next < to && joined(next) && noun(view.word(next)) {
            return None;
        }
        return Some(sentence[view.words[k].0..view.words[end].1].to_string());
    }
    // A common noun phrase: its last noun before a function word.
    let lex = Lexical::embedded();
    let mut head = None;
    for j in k..to {
        let w = view.word(j);
        if (j > k && !joined(j)) || is_stopword(w) || capital(j) {
            break;
        }
        if !lex.knows(w, Pos::Noun) {
            break;
        }
        head = Some(j);
    }
    let h = head?;
    if whole && h + 1 != to {
        return None;
    }
    let noun = lex.lemma(view.word(h), Pos::Noun);
    (lex.first_lexname(&noun) != Some(Lexname::NOUN_PERSON)).then(|| noun.into_owned())
}
