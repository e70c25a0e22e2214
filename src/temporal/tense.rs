//! Tense cues around a date expression.

use crate::claims::text::WordSet;
use std::borrow::Cow;

use super::Direction;

/// How far before the expression cues are looked for, in bytes.
const LOOK_BACK: usize = 80;
/// How far after the expression cues are looked for, in bytes.
const LOOK_AHEAD: usize = 80;

/// Irregular past-tense forms (and `was`, `were`, `had`, `did`).
const IRREGULAR_PAST: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "held",
    "met",
    "said",
    "told",
    "took",
    "went",
    "came",
    "saw",
    "made",
    "gave",
    "began",
    "spoke",
    "won",
    "lost",
    "left",
    "sent",
    "found",
    "brought",
    "thought",
    "kept",
    "led",
    "ran",
    "rose",
    "fell",
    "paid",
    "sold",
    "struck",
    "wrote",
    "became",
    "got",
    "flew",
    "drove",
    "chose",
    "broke",
    "grew",
    "knew",
    "threw",
    "wore",
    "stood",
    "sat",
    "fought",
    "caught",
    "taught",
    "bought",
    "sought",
    "meant",
    "felt",
    "heard",
    "spent",
    "built",
    "dealt",
    "overtook",
    "undertook",
    "withdrew",
    "arose",
    "forgot",
    "hid",
    "shook",
    "swore",
    "tore",
    "woke",
    "froze",
    "slid",
    "sank",
    "sang",
    "rang",
    "swam",
    "ate",
    "drew",
    "beat",
    "bore",
    "oversaw",
    "underwent",
    "gotten",
    "been",
    "ago",
    "earlier",
    "previously",
    "wasn't",
    "weren't",
    "didn't",
    "hadn't",
];

/// Words in `-ed` that are rarely past-tense verbs.
const ED_NOT_PAST: &[&str] = &[
    "hundred",
    "based",
    "related",
    "limited",
    "united",
    "advanced",
    "armed",
    "alleged",
    "proposed",
    "detailed",
    "so-called",
    "called",
    "red",
    "bed",
    "need",
    "speed",
    "feed",
    "seed",
    "indeed",
    "embattled",
    "unexpected",
    "unprecedented",
    "sacred",
    "naked",
    "wicked",
    "kindred",
    "beloved",
    "aged",
    "skilled",
    "talented",
    "interested",
    "concerned",
    "involved",
    "supposed",
    "used",
    "dedicated",
    "devoted",
    "expected",
    "scheduled",
    "planned",
];

static IRREGULAR_PAST_SET: WordSet = WordSet::new(IRREGULAR_PAST);
static ED_NOT_PAST_SET: WordSet = WordSet::new(ED_NOT_PAST);

fn is_past_word(w: &str) -> bool {
    if IRREGULAR_PAST_SET.contains(w) {
        return true;
    }
    w.len() >= 5 && w.ends_with("ed") && !w.ends_with("eed") && !ED_NOT_PAST_SET.contains(w)
}

fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "this" | "that" | "these"
    )
}

/// One lowercased word with whether it was capitalized.
struct Tok<'a> {
    word: Cow<'a, str>,
    capitalized: bool,
}

/// Tokens as `[A-Za-z]+(?:['’][A-Za-z]+)*|[;:]` would find them, lower
/// case, with `’` as `'`. A byte scanner: this runs for every claim, and
/// a token only allocates when it needs lowering or a quote replaced.
fn tokens(text: &str) -> Vec<Tok<'_>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b';' || c == b':' {
            out.push(Tok {
                word: Cow::Borrowed(&text[i..i + 1]),
                capitalized: false,
            });
            i += 1;
            continue;
        }
        if !c.is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        loop {
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            // An apostrophe joins letters: `don't`, `Assad’s`.
            let quote_len = if b[i..].starts_with(b"'") {
                1
            } else if b[i..].starts_with("’".as_bytes()) {
                3
            } else {
                0
            };
            if quote_len > 0 && b.get(i + quote_len).is_some_and(u8::is_ascii_alphabetic) {
                i += quote_len;
                continue;
            }
            break;
        }
        let raw = &text[start..i];
        let word = if raw.bytes().any(|x| x.is_ascii_uppercase() || x >= 0x80) {
            Cow::Owned(raw.replace('’', "'").to_ascii_lowercase())
        } else {
            Cow::Borrowed(raw)
        };
        out.push(Tok {
            word,
            capitalized: c.is_ascii_uppercase(),
        });
    }
    out
}

/// The cue given by token `i`, if any.
fn classify(toks: &[Tok<'_>], i: usize) -> Option<Direction> {
    let tok = toks.get(i)?;
    let w = tok.word.as_ref();
    let next = toks.get(i + 1).map_or("", |t| t.word.as_ref());
    let prev = i
        .checked_sub(1)
        .and_then(|j| toks.get(j))
        .map_or("", |t| t.word.as_ref());
    match w {
        "will" | "shall" | "won't" | "upcoming" | "scheduled" | "planned" | "slated" | "would"
        | "plans" | "plan" | "intends" | "forthcoming" | "tomorrow" => {
            return Some(Direction::Future)
        }
        "due" | "expected" | "set" | "going" | "is" | "are" | "am" | "aims" | "hopes"
            if next == "to" =>
        {
            return Some(Direction::Future)
        }
        "ahead" if next == "of" => return Some(Direction::Future),
        "next" if i + 1 < toks.len() => return Some(Direction::Future),
        "last" | "past" | "previous" if i + 1 < toks.len() => return Some(Direction::Past),
        _ => {}
    }
    if w.ends_with("'ll") {
        return Some(Direction::Future);
    }
    if !tok.capitalized && is_past_word(w) && !is_determiner(prev) {
        return Some(match prev {
            // `will be held`, `to be announced`.
            "be" | "being" => Direction::Future,
            // `is held every year`.
            "is" | "are" | "am" => Direction::Nearest,
            _ => Direction::Past,
        });
    }
    match w {
        // `closed until Friday`: the state may still hold at the anchor.
        "is" | "are" | "am" | "says" | "say" | "until" | "till" => Some(Direction::Nearest),
        _ => None,
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// See [`super::direction_at`].
pub(super) fn direction_at(sentence: &str, at: usize) -> Direction {
    let at = floor_boundary(sentence, at);
    let after = ceil_boundary(sentence, at.saturating_add(LOOK_AHEAD));
    let ahead = tokens(sentence.get(at..after).unwrap_or_default());
    // A modifier that is part of the expression: `last Monday`, `next March`.
    match ahead.first().map(|t| t.word.as_ref()) {
        Some("last" | "past" | "previous") => return Direction::Past,
        Some("next" | "coming") => return Direction::Future,
        _ => {}
    }
    let before = floor_boundary(sentence, at.saturating_sub(LOOK_BACK));
    let behind = tokens(sentence.get(before..at).unwrap_or_default());
    for i in (0..behind.len()).rev() {
        if matches!(behind.get(i).map(|t| t.word.as_ref()), Some(";" | ":")) {
            break;
        }
        if let Some(d) = classify(&behind, i) {
            return d;
        }
    }
    // Nothing before: the verb after decides (`On Monday, talks were held`).
    for i in 1..ahead.len() {
        let w = ahead.get(i).map(|t| t.word.as_ref());
        if matches!(w, Some(";" | ":")) {
            break;
        }
        if matches!(w, Some("last" | "next" | "past" | "previous")) {
            continue;
        }
        if let Some(d) = classify(&ahead, i) {
            return d;
        }
    }
    Direction::Nearest
}
