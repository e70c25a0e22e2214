//! Tense cues around a date expression.

use crate::claims::text::WordSet;

use super::Direction;

mod forecast;
mod reported;

pub(super) use reported::event_direction_reported;

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
    // Short forms the `-ed` rule skips.
    "died",
    "fled",
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
    // `died`, `lied`: four letters are enough after a consonant.
    let long_enough = w.len() >= 5 || (w.len() == 4 && w.ends_with("ied"));
    long_enough && w.ends_with("ed") && !w.ends_with("eed") && !ED_NOT_PAST_SET.contains(w)
}

fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "this" | "that" | "these"
    )
}

/// The longest text [`Toks::new`] reads: the windows of [`direction_at`]
/// (their ends moved to char boundaries), with room to spare.
const TOKS_CAP: usize = 128;
// Windows fit, and token offsets fit in a byte.
const _: () = assert!(TOKS_CAP >= LOOK_BACK + 4 && TOKS_CAP >= LOOK_AHEAD + 4 && TOKS_CAP <= 255);

/// Tokens as `[A-Za-z]+(?:['’][A-Za-z]+)*|[;:]` would find them, lower
/// case, with `’` as `'`, and whether each was capitalized. A byte scanner
/// writing into fixed buffers: this runs for every claim, and allocates
/// nothing.
struct Toks {
    /// The tokens' lower-case text, one after the other (ASCII).
    buf: [u8; TOKS_CAP],
    /// Each token's span in `buf` and whether it was capitalized.
    spans: [(u8, u8, bool); TOKS_CAP],
    n: usize,
    /// Bytes of `buf` written.
    used: usize,
}

/// The tokens of a [`Toks`], read as text (checked to be UTF-8 once).
struct ToksView<'a> {
    text: &'a str,
    spans: &'a [(u8, u8, bool)],
}

impl Toks {
    /// The tokens of `text` (at most [`TOKS_CAP`] bytes of it are read).
    fn new(text: &str) -> Toks {
        Toks::first(text, TOKS_CAP)
    }

    /// The first `most` tokens of `text`.
    fn first(text: &str, most: usize) -> Toks {
        let b = &text.as_bytes()[..text.len().min(TOKS_CAP)];
        let mut t = Toks {
            buf: [0; TOKS_CAP],
            spans: [(0, 0, false); TOKS_CAP],
            n: 0,
            used: 0,
        };
        // Tokens never take more bytes than they had in `text`.
        let mut len = 0usize;
        let mut i = 0;
        while i < b.len() && t.n < most {
            let c = b[i];
            if c == b';' || c == b':' {
                t.buf[len] = c;
                t.spans[t.n] = (len as u8, len as u8 + 1, false);
                t.n += 1;
                len += 1;
                i += 1;
                continue;
            }
            if !c.is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let start = len;
            loop {
                while i < b.len() && b[i].is_ascii_alphabetic() {
                    t.buf[len] = b[i].to_ascii_lowercase();
                    len += 1;
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
                    t.buf[len] = b'\'';
                    len += 1;
                    i += quote_len;
                    continue;
                }
                break;
            }
            t.spans[t.n] = (start as u8, len as u8, c.is_ascii_uppercase());
            t.n += 1;
        }
        t.used = len;
        t
    }

    /// The tokens as text.
    fn view(&self) -> ToksView<'_> {
        ToksView {
            // ASCII by construction.
            text: std::str::from_utf8(&self.buf[..self.used]).unwrap_or_default(),
            spans: &self.spans[..self.n],
        }
    }
}

impl ToksView<'_> {
    fn len(&self) -> usize {
        self.spans.len()
    }

    /// Token `i`, or `""` past the end.
    fn word(&self, i: usize) -> &str {
        self.spans.get(i).map_or("", |&(s, e, _)| {
            self.text.get(usize::from(s)..usize::from(e)).unwrap_or("")
        })
    }

    fn capitalized(&self, i: usize) -> bool {
        self.spans.get(i).is_some_and(|t| t.2)
    }
}

/// The cue given by token `i`, if any.
fn classify(toks: &ToksView<'_>, i: usize) -> Option<Direction> {
    if i >= toks.len() {
        return None;
    }
    let w = toks.word(i);
    let next = toks.word(i + 1);
    let prev = i.checked_sub(1).map_or("", |j| toks.word(j));
    if forecast::is_forecast_cue(w, next) {
        return Some(Direction::Future);
    }
    match w {
        "ahead" if next == "of" => return Some(Direction::Future),
        "next" if i + 1 < toks.len() => return Some(Direction::Future),
        "last" | "past" | "previous" if i + 1 < toks.len() => return Some(Direction::Past),
        _ => {}
    }
    if w.ends_with("'ll") {
        return Some(Direction::Future);
    }
    if !toks.capitalized(i) && is_past_word(w) && !is_determiner(prev) {
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
    direction_from(sentence, at, 1)
}

/// The tense of the event word at byte `at` (`seized`, `will meet`, `the
/// talks were held`): the words before it, then the word itself and the
/// ones after it.
pub(super) fn event_direction_at(sentence: &str, at: usize) -> Direction {
    direction_from(sentence, at, 0)
}

/// [`direction_at`], reading the words after `at` from word `first_ahead`
/// on (1 skips a date expression's own first word).
fn direction_from(sentence: &str, at: usize, first_ahead: usize) -> Direction {
    let at = floor_boundary(sentence, at);
    let after = ceil_boundary(sentence, at.saturating_add(LOOK_AHEAD));
    let ahead_text = sentence.get(at..after).unwrap_or_default();
    // A modifier that is part of the expression: `last Monday`, `next March`.
    match Toks::first(ahead_text, 1).view().word(0) {
        "last" | "past" | "previous" => return Direction::Past,
        "next" | "coming" => return Direction::Future,
        _ => {}
    }
    let before = floor_boundary(sentence, at.saturating_sub(LOOK_BACK));
    let behind = Toks::new(sentence.get(before..at).unwrap_or_default());
    let behind = behind.view();
    for i in (0..behind.len()).rev() {
        if matches!(behind.word(i), ";" | ":") {
            break;
        }
        if let Some(d) = classify(&behind, i) {
            return d;
        }
    }
    // Nothing before: the verb after decides (`On Monday, talks were held`).
    let ahead = Toks::new(ahead_text);
    let ahead = ahead.view();
    for i in first_ahead..ahead.len() {
        let w = ahead.word(i);
        if matches!(w, ";" | ":") {
            break;
        }
        if matches!(w, "last" | "next" | "past" | "previous") {
            continue;
        }
        if let Some(d) = classify(&ahead, i) {
            return d;
        }
    }
    Direction::Nearest
}
