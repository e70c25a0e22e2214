//! Taking up a role (`who became treasurer in 2011`, `became the
//! council's first chair`): a verb of `role-verbs` in
//! `rules/lexical/frames.toml` with a noun naming a person after it is an
//! act of its own, told apart by the role (`verb:become treasurer`).

use super::{frames, SentenceView, Word};
use crate::claims::EventWord;
use crate::lexical::{Lexical, Lexname, Pos};

/// Words skipped between the verb and the role.
const ARTICLES: &[&str] = &["a", "an", "the"];

/// The frame of the role verb `lemma` at word `k` and the role noun after
/// it, if the verb is one of `role-verbs` and the noun names a person by
/// its first sense.
pub(super) fn role_frame(view: &SentenceView, k: usize, lemma: &str) -> Option<Word> {
    if !frames().words.role_verbs.iter().any(|v| v == lemma) {
        return None;
    }
    let mut j = k + 1;
    while j < view.words.len() && ARTICLES.contains(&view.word(j)) {
        j += 1;
    }
    if j >= view.words.len() {
        return None;
    }
    let word = view.word(j);
    let lex = Lexical::embedded();
    let noun = lex.lemma(word, Pos::Noun);
    if lex.first_lexname(&noun) != Some(Lexname::NOUN_PERSON) {
        return None;
    }
    Some(Word::Frame(EventWord {
        start: view.words[k].0,
        end: view.words[j].1,
        class: format!("verb:{lemma} {noun}"),
    }))
}
