//! Word starts for the number scanner, found 64 bytes at a time from the
//! blocks' bit masks ([`ByteMasks`]) instead of a branch per byte.

use super::forms;
use super::text::*;
use super::words::*;
use crate::segment::masks::{run_from, ByteMasks};
use crate::word_filter::WordFilter;

/// The word starts and letters of up to 64 bytes: bit `k` stands for byte
/// `base + k`.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Block {
    /// ASCII letters.
    pub letters: u64,
    /// ASCII letters and digits that start a word: the byte before is no
    /// ASCII letter, digit or `_`. (After a non-ASCII byte the caller
    /// decides, with [`super::text::at_word_start`].)
    pub starts: u64,
}

impl Block {
    /// The block of `b[base..base + 64]` (fewer bytes at the end of `b`).
    pub fn at(b: &[u8], base: usize) -> Block {
        let m = ByteMasks::at(b, base);
        let before = base
            .checked_sub(1)
            .and_then(|p| b.get(p))
            .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_');
        Block {
            letters: m.letters,
            starts: m.alnum & !((m.word << 1) | u64::from(before)),
        }
    }

    /// The length of the run of ASCII letters from bit `k`, up to the end
    /// of the block.
    pub fn letters_from(&self, k: usize) -> usize {
        run_from(self.letters, k)
    }
}

/// Whether a word can start a number expression: a number word that can
/// come first (`five`, `twenty`), `a` (`a dozen`), `half` (`half a
/// million`) or a vague plural (`hundreds`).
pub(super) fn may_start_number(word: &[u8]) -> bool {
    // Most words are rejected by their first two letters and length alone.
    fits_start_words(word) && is_start_word(word)
}

/// Whether a word has the first two letters and the length of one of
/// [`START_WORDS`] (`the` and `that` do not fit: no start word begins
/// with `th` and has three or four letters).
fn fits_start_words(w: &[u8]) -> bool {
    w.len() < 16 && START_FILTER.may_contain(w)
}

/// The full test behind [`may_start_number`].
fn is_start_word(word: &[u8]) -> bool {
    let mut buf = [0u8; 32];
    let w = lower(&mut buf, word);
    w == b"a"
        || w == b"an"
        || w == b"half"
        || w == b"twice"
        || w == b"thrice"
        || plural_scale(w).is_some()
        || matches!(
            num_word(w),
            Some(NumWord::Unit(_) | NumWord::Teen(_) | NumWord::Ten(_))
        )
}

/// Whether the word at `start..end` is the article `a` without a number
/// word after it that it can stand for one of (`a hundred`, `a dozen`):
/// then it starts no expression (as `expr_at` would find, more slowly,
/// for one word in fifty).
pub(super) fn article_alone(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let an = b[start..end].eq_ignore_ascii_case(b"an");
    if !an && !b[start..end].eq_ignore_ascii_case(b"a") {
        return false;
    }
    let Some((s, _)) = word_after(text, end) else {
        return true;
    };
    let e = word_end_hyphen(b, s);
    let mut buf = [0u8; 32];
    let w = lower(&mut buf, &b[s..e]);
    if an {
        return !forms::article_form_word(w);
    }
    // `a third of`, `a quarter of`: a share (see `shares`); `and
    // wounding a third`, `a fourth`: one more victim (see `one_more`).
    !(matches!(
        num_word(w),
        Some(NumWord::Hundred | NumWord::Scale(_) | NumWord::Dozen)
    ) || forms::article_form_word(w)
        || matches!(w, b"third" | b"quarter" | b"fourth" | b"fifth"))
}

/// Every word [`may_start_number`] accepts, for its quick filter.
const START_WORDS: &[&str] = &[
    "a",
    "an",
    "half",
    "twice",
    "thrice",
    "tens",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
];

/// The first two letters and lengths of [`START_WORDS`].
static START_FILTER: WordFilter = WordFilter::of(START_WORDS);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_follow_no_word_byte() {
        let b = b"ab 12_x -y z9 \xc3\xa9q";
        let m = Block::at(b, 0);
        let starts: Vec<usize> = (0..b.len()).filter(|&k| m.starts >> k & 1 == 1).collect();
        // `q` after a non-ASCII byte is left to the caller.
        assert_eq!(starts, [0, 3, 9, 11, 16]);
        // A block that starts inside a word does not start one there.
        assert_eq!(Block::at(b, 1).starts & 1, 0);
        assert_eq!(Block::at(b, 3).starts & 1, 1);
    }

    #[test]
    fn the_quick_filter_never_rejects_a_start_word() {
        for w in START_WORDS {
            let upper = w.to_ascii_uppercase();
            let title = format!("{}{}", &upper[..1], &w[1..]);
            for form in [w.to_string(), upper, title] {
                assert!(is_start_word(form.as_bytes()), "{form}");
                assert!(may_start_number(form.as_bytes()), "{form}");
            }
        }
        // Every word of the default lexicons and a seed article: whatever
        // the full test accepts, the filter lets through.
        let texts = [
            include_str!("../../rules/lexicon.toml"),
            include_str!("../../seeds/000_e42991b236d3736c.txt"),
        ];
        for text in texts {
            for w in text.split(|c: char| !c.is_ascii_alphabetic()) {
                if is_start_word(w.as_bytes()) {
                    assert!(fits_start_words(w.as_bytes()), "{w}");
                }
            }
        }
        for w in ["the", "seventeenth", "Twentyfive", "hundredth", ""] {
            assert!(!may_start_number(w.as_bytes()), "{w}");
        }
        // The most common words are turned away by the filter alone.
        for w in [
            "the", "The", "that", "this", "of", "and", "to", "in", "is", "said",
        ] {
            assert!(!fits_start_words(w.as_bytes()), "{w}");
        }
    }
}
