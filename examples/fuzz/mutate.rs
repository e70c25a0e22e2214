//! The fuzzer's random numbers and mutations.
//!
//! A xorshift64* generator: small, on stable Rust, and the same sequence
//! for the same seed on every machine, so a CI run is repeatable and a
//! crash found with a seed is found again with it.

/// xorshift64* (Vigna): 64 bits of state, never zero.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (zero is moved off zero).
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15 | 1)
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// Pieces that break parsers and extractors: numbers out of range,
/// punctuation of TOML and JSON, control characters, dates, names,
/// figures, quotes.
const TOKENS: &[&str] = &[
    "9e15",
    "-1",
    "nan",
    "inf",
    "-inf",
    "1e308",
    "1e309",
    "18446744073709551615",
    "9223372036854775807",
    "-9223372036854775808",
    "0",
    "0.0",
    "4294967296",
    "\"",
    "'",
    "{",
    "}",
    "[",
    "]",
    "[[",
    "]]",
    "=",
    ",",
    ":",
    "\\",
    "\\u0000",
    "\n",
    "\n\n",
    "\r\n",
    "+++\n",
    "---\n",
    "\u{0}",
    "\u{1b}[31m",
    "\u{1b}]8;;x\u{7}",
    "\u{7f}",
    "\u{85}",
    "é",
    "—",
    "\u{202e}",
    "\u{feff}",
    "𝟘",
    "Monday",
    "Thursday",
    "2017-11-22",
    "February 30",
    "Dec. 7, 2009",
    "31/12/99",
    "12:00 p.m.",
    "000000000000000000000000",
    "Putin",
    "Assad",
    "Vladimir Putin said",
    " said. \"",
    "\"We must",
    "killed",
    "hundreds",
    "at least",
    "more than",
    "about",
    "1,000,000,000,000,000",
    "$14 million",
    "3.5 km north of",
    "at least 100 km south of",
    "the second visit",
    "third",
    "100th",
    "Sochi",
    "Moscow",
    " in ",
    ".",
    ". ",
    "?",
    "Mr.",
    "U.S.",
    "date = 2017-11-22\n",
    "outlet = \"TASS\"\n",
    "{\"type\":\"claim\"",
    "\"start\":",
    "\"sentence_end\":",
    "severity = \"error\"",
    "check = \"same-date\"",
    "tolerance = ",
    "hedges = [{ phrase = \"x\", below = ",
    "[thresholds]\n",
    "quote-similarity = ",
    "same-event-days = ",
    "(?:",
    "(a+)+",
    ".*",
    "\\b",
];

/// A mutated copy of `input` (1 to 4 mutations; `other` is spliced in by
/// some), cut to `max` bytes, as valid UTF-8.
pub fn mutate(rng: &mut Rng, input: &str, other: &str, max: usize) -> String {
    let mut b = input.as_bytes().to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(b.len() + 1);
        match rng.below(7) {
            0 => {
                let t = rng.pick(TOKENS).as_bytes();
                b.splice(at..at, t.iter().copied());
            }
            1 => {
                let end = (at + 1 + rng.below(64)).min(b.len());
                b.drain(at.min(end)..end);
            }
            2 => {
                // A run repeated: long words, long lines, many claims.
                let end = (at + 1 + rng.below(200)).min(b.len());
                let piece = b[at.min(end)..end].to_vec();
                for _ in 0..1 + rng.below(8) {
                    b.splice(at..at, piece.iter().copied());
                }
            }
            3 => {
                if let Some(x) = b.get_mut(at) {
                    *x ^= 1 << rng.below(8);
                }
            }
            4 => {
                // The first digit after `at` becomes a number of many digits.
                if let Some(i) = b[at..].iter().position(u8::is_ascii_digit) {
                    let n = format!("{}", rng.next() >> rng.below(64));
                    b.splice(at + i..at + i + 1, n.bytes());
                }
            }
            5 => {
                let o = other.as_bytes();
                let from = rng.below(o.len() + 1);
                b.truncate(at);
                b.extend_from_slice(&o[from..]);
            }
            _ => {
                let t = rng.pick(TOKENS).as_bytes();
                let end = (at + t.len()).min(b.len());
                b.splice(at..end, t.iter().copied());
            }
        }
        b.truncate(max);
    }
    String::from_utf8_lossy(&b).into_owned()
}
