//! Lemmatisation: WordNet's "morphy" algorithm over the embedded tables.
//!
//! For a word and a part of speech, in this order (as WordNet's `morphy`,
//! and NLTK's rendering of it, return them):
//! 1. if the word is in the part of speech's exception list (`noun.exc`,
//!    `verb.exc`, `adj.exc`): the word itself if it is a lemma too, then its
//!    listed bases (`geese` → `goose`; `wound` → `wound`, `wind`); no rule
//!    is tried;
//! 2. else the word itself if it is a lemma, then each detachment rule's
//!    output that is a lemma, in the rules' order (`ships` → `ship`,
//!    `wounded` → `wound`, `injuries` → `injury`, `making` → `make`).
//!
//! Nouns ending in `ss` or of two letters or fewer take no rule (as in
//! WordNet). Outputs borrow from the word when they are a prefix of it and
//! from the embedded table otherwise, so nothing allocates.

use super::table::{Record, KEY_BUF};
use super::{Lexical, Pos};

/// Detachment rules: (suffix, ending), from WordNet's `morph.c`.
const NOUN_RULES: &[(&str, &str)] = &[
    ("s", ""),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("ies", "y"),
];
const VERB_RULES: &[(&str, &str)] = &[
    ("s", ""),
    ("ies", "y"),
    ("es", "e"),
    ("es", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
];
const ADJ_RULES: &[(&str, &str)] = &[("er", ""), ("est", ""), ("er", "e"), ("est", "e")];

/// Most analyses a word gets (the exception lists give at most a few).
const MAX: usize = 6;

/// A word's lemmas under one part of speech, most likely first; borrowed
/// from the word or from the embedded table.
#[derive(Debug, Clone, Copy, Default)]
pub struct Lemmas<'a> {
    items: [&'a str; MAX],
    len: usize,
}

impl<'a> Lemmas<'a> {
    fn push(&mut self, lemma: &'a str) {
        if self.len < MAX && !self.items[..self.len].contains(&lemma) {
            self.items[self.len] = lemma;
            self.len += 1;
        }
    }

    /// The lemmas, most likely first.
    pub fn as_slice(&self) -> &[&'a str] {
        &self.items[..self.len]
    }

    /// The first lemma, if any.
    pub fn first(&self) -> Option<&'a str> {
        self.as_slice().first().copied()
    }

    /// No analysis: the word is no lemma of the part of speech, and no
    /// exception or rule makes it one.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Lexical {
    /// Lemmas of an already lower-cased word (see the module docs).
    pub(crate) fn analyses<'a>(&self, word: &'a str, pos: Pos) -> Lemmas<'a> {
        let mut out = Lemmas::default();
        let record = self.words.find(word.as_bytes());
        if let Some(r) = record {
            let mut bases = r.exceptions(pos).peekable();
            if bases.peek().is_some() {
                if r.is_lemma(pos) {
                    out.push(word);
                }
                bases.for_each(|b| out.push(b));
                return out;
            }
            if r.is_lemma(pos) {
                out.push(word);
            }
        }
        let rules = match pos {
            Pos::Noun if word.ends_with("ss") || word.len() <= 2 => &[][..],
            Pos::Noun => NOUN_RULES,
            Pos::Verb => VERB_RULES,
            Pos::Adj => ADJ_RULES,
        };
        for &(suffix, ending) in rules {
            if let Some(lemma) = self.detach(word, suffix, ending, pos) {
                out.push(lemma);
            }
        }
        out
    }

    /// The lemma one rule makes of `word`, if it is a lemma of `pos`.
    fn detach<'a>(&self, word: &'a str, suffix: &str, ending: &str, pos: Pos) -> Option<&'a str> {
        let stem_len = word.len().checked_sub(suffix.len()).filter(|&n| n > 0)?;
        // The last letter first: most words end in none of the suffixes,
        // and this comparison is inline where `ends_with` calls `memcmp`.
        if word.as_bytes().last() != suffix.as_bytes().last() || !word.ends_with(suffix) {
            return None;
        }
        if suffix.starts_with(ending) {
            // The output is a prefix of the word: `boxes` → `box`, `hoped` → `hope`.
            let lemma = &word[..stem_len + ending.len()];
            let r = self.words.find(lemma.as_bytes())?;
            return r.is_lemma(pos).then_some(lemma);
        }
        // Letters are added (`flies` → `fly`, `men` → `man`, `making` →
        // `make`): the candidate is built on the stack, the result is the
        // table's spelling.
        let len = stem_len + ending.len();
        if len > KEY_BUF {
            return None;
        }
        let mut buf = [0u8; KEY_BUF];
        buf[..stem_len].copy_from_slice(&word.as_bytes()[..stem_len]);
        buf[stem_len..len].copy_from_slice(ending.as_bytes());
        let r: Record = self.words.find(&buf[..len])?;
        if !r.is_lemma(pos) {
            return None;
        }
        r.spelling
    }
}
