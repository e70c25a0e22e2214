//! Result claims: the final score of a game and the tally of a vote.
//!
//! `the Hawks beat the visiting Rovers 31-24` is a claim of class `game`
//! whose sides are the Hawks (winner) and the Rovers (loser) and whose
//! score is 31-24; `the Senate passed the bill 71 to 27` is a claim of
//! class `vote` keyed by the body, what the vote did and what it was on
//! (`senate vote (pass bill)`), whose tally is 71-27. A result is read only
//! in the fixed constructions of `game` and `vote`, from the words of
//! `rules/results/words.toml` ([`words`]): season records, fighters'
//! records, dates, clock times, statistics and part scores never are.
//!
//! A result is its own kind, not a quantity: a score is two numbers and a
//! winner, and a game is named by its two sides (order-free, winner and
//! loser kept), not by a predicate, a counted thing and a scope; two
//! articles disagree on a game when they give it another score or another
//! winner, which no numeric tolerance says.

pub mod compare;
mod game;
mod tokens;
mod vote;
pub mod words;

#[cfg(test)]
mod tests;

use super::{Claim, ClaimKind, Context, Doc, Extractor, Subject, Tense, Value};
use crate::temporal::{self, DateValue, Direction};
use std::collections::HashMap;
use std::ops::Range;

/// The subject class of a game's result.
pub const GAME_CLASS: &str = "game";
/// The subject class of a vote's tally.
pub const VOTE_CLASS: &str = "vote";

/// A result found in a sentence (spans relative to it).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    /// A game (else a vote).
    pub game: bool,
    /// The winner as written (games).
    pub winner: String,
    /// The loser as written (games).
    pub loser: String,
    /// The winner's score and the loser's; a vote's larger and smaller count.
    pub score: [u16; 2],
    /// The score's bytes.
    pub span: Range<usize>,
    /// One side was taken from the clause, not from the construction.
    pub inferred: bool,
    /// A vote's key: `senate, pass: bill`.
    pub key: String,
}

/// Finds result claims.
pub struct ResultExtractor;

impl Extractor for ResultExtractor {
    fn kind(&self) -> ClaimKind {
        ClaimKind::Result
    }

    fn extract(&self, doc: &Doc, _ctx: &Context, out: &mut Vec<Claim>) {
        // A side named by several results is looked up in the body once.
        let mut aliases = HashMap::new();
        for (i, s) in doc.seg.sentences.iter().enumerate() {
            let text = doc.sentence_text(i);
            if !may_hold_score(text) {
                continue;
            }
            let base = s.span.start;
            let is_person = |r: Range<usize>| {
                doc.mentions[i].iter().any(|m| {
                    m.kind == crate::claims::entities::EntityKind::Person
                        && m.start < base + r.end
                        && base + r.start < m.end
                })
            };
            for f in read(text, &is_person) {
                out.push(claim(doc, i, s.span.clone(), f, &mut aliases));
            }
        }
    }
}

/// The results of one sentence: games, then votes where no game was read.
/// `is_person` says whether a span of the sentence names a person.
pub(crate) fn read(text: &str, is_person: &dyn Fn(Range<usize>) -> bool) -> Vec<Found> {
    let w = &*words::RESULT_WORDS;
    let toks = tokens::tokenize(text);
    let mut found = game::games(text, &toks, w, is_person);
    for v in vote::votes(&toks, w) {
        if !found
            .iter()
            .any(|g| g.span.start < v.span.end && v.span.start < g.span.end)
        {
            found.push(v);
        }
    }
    found.sort_by_key(|f| f.span.start);
    found
}

/// Whether a sentence may hold a score: two digits joined by a hyphen, a
/// dash or ` to `. Most sentences hold none and are not read further.
pub fn may_hold_score(text: &str) -> bool {
    let b = text.as_bytes();
    let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    b.iter().enumerate().any(|(k, &c)| {
        k > 0
            && digit(k - 1)
            && match c {
                b'-' => digit(k + 1),
                0xE2 => b.get(k + 1..k + 3) == Some(&[0x80, 0x93]) && digit(k + 3),
                b' ' => b.get(k + 1..k + 4) == Some(b"to ") && digit(k + 4),
                _ => false,
            }
    })
}

fn claim(
    doc: &Doc,
    i: usize,
    sentence: Range<usize>,
    f: Found,
    aliases: &mut HashMap<String, String>,
) -> Claim {
    let text = doc.sentence_text(i);
    let event_date = day_of(doc, i, text);
    let (key, class, participants, winner, loser) = if f.game {
        let mut alias_of = |side: &str| {
            aliases
                .entry(side.to_string())
                .or_insert_with(|| alias(doc, side))
                .clone()
        };
        let (wa, la) = (alias_of(&f.winner), alias_of(&f.loser));
        let mut sides = [f.winner.as_str(), f.loser.as_str()];
        sides.sort_unstable_by_key(|s| s.to_lowercase());
        (
            format!("{}–{} game", sides[0], sides[1]),
            GAME_CLASS,
            vec![wa, la],
            Some(f.winner.as_str().into()),
            Some(f.loser.as_str().into()),
        )
    } else {
        let (body, what) = f.key.split_once(", ").unwrap_or(("-", &f.key));
        let what = what.replace(": -", "").replace(": ", " ");
        let key = match body {
            "-" => format!("vote ({what})"),
            b => format!("{b} vote ({what})"),
        };
        (key, VOTE_CLASS, Vec::new(), None, None)
    };
    Claim {
        source: doc.source.id,
        kind: ClaimKind::Result,
        subject: Subject {
            key: key.as_str().into(),
            class: class.into(),
            participants: participants.into(),
            tense: Tense::Past,
            event_date,
            context: doc.sentences[i].stems(),
            counted: None,
        },
        value: Value::Result {
            winner,
            loser,
            score: f.score,
        },
        span: sentence.start + f.span.start..sentence.start + f.span.end,
        sentence,
        confidence: if f.inferred { 0.6 } else { 0.9 },
        evidence: if f.inferred {
            "a score before a result noun; the other side is the name opening the clause"
        } else if f.game {
            "a score after a result word and the two sides it names"
        } else {
            "a tally after a vote word"
        }
        .into(),
    }
}

/// The day the sentence gives (`on Sunday`, `Dec. 23`), a past one.
fn day_of(doc: &Doc, i: usize, text: &str) -> Option<DateValue> {
    doc.sentences[i].dates(text).iter().find_map(|d| {
        match temporal::resolve(&d.form, doc.anchor, Direction::Past)? {
            v @ (DateValue::Day(_) | DateValue::Weekday(_)) => Some(v),
            _ => None,
        }
    })
}

/// A side's name with the words the article writes next to it elsewhere
/// (`Colts` → `indianapolis colts`), lower case: the one longer name it
/// is part of, when there is exactly one.
fn alias(doc: &Doc, side: &str) -> String {
    let own = side_words(side);
    let body = &doc.source.text[doc.source.body_start..];
    let mut longer: Option<String> = None;
    for (at, _) in body.match_indices(side) {
        let Some(full) = extended(body, at, at + side.len()) else {
            continue;
        };
        let words = side_words(&full);
        if words.len() <= own.split(' ').count() {
            continue;
        }
        match &longer {
            None => longer = Some(words),
            Some(l) if *l == words => {}
            Some(_) => return own,
        }
    }
    longer.unwrap_or(own)
}

/// Lower-case words of a side's name, `the` dropped.
pub(crate) fn side_words(name: &str) -> String {
    name.split_whitespace()
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("’s")
                .to_lowercase()
        })
        .filter(|w| w != "the")
        .collect::<Vec<_>>()
        .join(" ")
}

/// The name around `start..end`, widened over capitalised words on either
/// side (at most three each), when it begins and ends on word edges.
fn extended(body: &str, start: usize, end: usize) -> Option<String> {
    let edge = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
    if !edge(body[..start].chars().next_back()) || !edge(body[end..].chars().next()) {
        return None;
    }
    let (mut s, mut e) = (start, end);
    for _ in 0..3 {
        match word_before(body, s) {
            Some(w0) if capital_word(&body[w0..s]) => s = w0,
            _ => break,
        }
    }
    for _ in 0..3 {
        match word_after(body, e) {
            Some(w1) if capital_word(&body[e..w1]) => e = w1,
            _ => break,
        }
    }
    Some(body[s..e].to_string())
}

/// The start of the word right before `at`, one space between.
fn word_before(body: &str, at: usize) -> Option<usize> {
    let head = body[..at].strip_suffix(' ')?;
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '-')
        .last()?
        .0;
    Some(start)
}

/// The end of the word right after `at`, one space between.
fn word_after(body: &str, at: usize) -> Option<usize> {
    let tail = body[at..].strip_prefix(' ')?;
    let len: usize = tail
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some(at + 1 + len)
}

/// ` Word` (a space, then a capitalised word that may name a side).
fn capital_word(w: &str) -> bool {
    let w = w.trim();
    w.chars().next().is_some_and(char::is_uppercase) && !tokens::not_a_name(w)
}
