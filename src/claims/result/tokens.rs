//! Tokens of a sentence for reading results: words, numbers, scores and
//! punctuation, with byte spans, and the names of sides read from them.

/// One token: its byte span in the sentence and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok<'a> {
    /// Start, relative to the sentence.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// The text as written.
    pub text: &'a str,
    /// Parentheses open around it.
    pub depth: u8,
}

impl Tok<'_> {
    /// The text, ASCII-lowercased.
    pub fn lower(&self) -> String {
        self.text.to_ascii_lowercase()
    }

    /// Whether the text is `w` (ASCII case aside).
    pub fn is(&self, w: &str) -> bool {
        self.text.eq_ignore_ascii_case(w)
    }

    /// Whether it starts with a capital letter, or is a name written
    /// with digits first (`49ers`).
    pub fn capitalised(&self) -> bool {
        let mut cs = self.text.chars();
        match cs.next() {
            Some(c) if c.is_uppercase() => true,
            Some(c) if c.is_ascii_digit() => {
                let rest = self.text.trim_start_matches(|c: char| c.is_ascii_digit());
                rest.len() >= 2 && rest.chars().all(|c| c.is_ascii_lowercase())
            }
            _ => false,
        }
    }

    /// Whether it is punctuation.
    pub fn punct(&self) -> bool {
        !self.text.chars().any(char::is_alphanumeric)
    }
}

/// Abbreviations that keep their full stop as part of the word.
const KEEP_DOT: &[&str] = &["no", "st", "mt", "jr", "sr", "ft", "u.s", "dr"];

/// Splits a sentence into tokens: runs of letters, digits and inner
/// `-`, `–`, `'`, `’`, `&`, `.`; every other non-space character alone.
pub fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut depth: u8 = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            let end = i + c.len_utf8();
            if c == ')' || c == ']' {
                depth = depth.saturating_sub(1);
            }
            out.push(Tok {
                start: i,
                end,
                text: &text[i..end],
                depth,
            });
            if c == '(' || c == '[' {
                depth = depth.saturating_add(1);
            }
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            let joiner = matches!(d, '-' | '–' | '\'' | '’' | '&' | '.');
            if d.is_alphanumeric() || joiner && next_is_alnum(text, j + d.len_utf8()) {
                end = j + d.len_utf8();
                it.next();
            } else {
                break;
            }
        }
        // `No.` and `St.` keep their stop.
        if text[end..].starts_with('.')
            && KEEP_DOT.contains(&text[i..end].to_ascii_lowercase().as_str())
        {
            it.next();
            end += 1;
        }
        out.push(Tok {
            start: i,
            end,
            text: &text[i..end],
            depth,
        });
    }
    out
}

fn next_is_alnum(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(char::is_alphanumeric)
}

/// A score written as one token: `31-24`, `3–1` (one to three digits a
/// side; `4-2-1` and `2012-12` are none).
pub fn score_of(t: &str) -> Option<[u16; 2]> {
    let (a, b) = t.split_once(['-', '–'])?;
    let num = |s: &str| {
        (!s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u16>().ok())
            .flatten()
    };
    Some([num(a)?, num(b)?])
}

/// A number of one to three digits.
pub fn small_number(t: &str) -> Option<u16> {
    (!t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

/// Capitalised words that never name a side (or never start one); the
/// months and weekdays are [`crate::source::is_calendar_name`].
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "after",
    "before",
    "when",
    "while",
    "but",
    "and",
    "they",
    "he",
    "she",
    "it",
    "we",
    "his",
    "her",
    "their",
    "its",
    "this",
    "that",
    "with",
    "for",
    "by",
    "as",
    "still",
    "meanwhile",
    "then",
    "so",
    "if",
    "though",
    "although",
    "i",
    "you",
    "our",
    "there",
    "here",
    "now",
    "no.",
    "today",
    "tonight",
    "yesterday",
];

fn is_name_word(t: &Tok) -> bool {
    t.capitalised() && !not_a_name(t.text)
}

/// Whether a word never names a side: a function word, a weekday or a
/// month (`On`, `Sunday`, `December`), whatever its case.
pub(super) fn not_a_name(w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    NOT_NAMES.contains(&lower.as_str()) || crate::source::is_calendar_name(&lower)
}

/// The name ending at token `end` (inclusive), read backwards: capitalised
/// words, with `of` between two of them; `(first, last)` token indices.
pub fn name_ending(toks: &[Tok], end: usize) -> Option<(usize, usize)> {
    let t = toks.get(end)?;
    if !is_name_word(t) || t.depth > 0 {
        return None;
    }
    let mut first = end;
    while first > 0 {
        let p = &toks[first - 1];
        if is_name_word(p) {
            first -= 1;
        } else if p.is("of") && first >= 2 && is_name_word(&toks[first - 2]) {
            first -= 2;
        } else {
            break;
        }
    }
    Some((first, end))
}

/// The name starting at token `start`, read forwards.
pub fn name_starting(toks: &[Tok], start: usize) -> Option<(usize, usize)> {
    let t = toks.get(start)?;
    if !is_name_word(t) || t.depth > 0 {
        return None;
    }
    let mut last = start;
    while let Some(n) = toks.get(last + 1) {
        if is_name_word(n) {
            last += 1;
        } else if n.is("of") && toks.get(last + 2).is_some_and(is_name_word) {
            last += 2;
        } else {
            break;
        }
    }
    Some((start, last))
}

/// The text of tokens `first..=last` as written in `sentence`, a
/// possessive `'s` dropped.
pub fn span_text<'a>(sentence: &'a str, toks: &[Tok], (first, last): (usize, usize)) -> &'a str {
    let t = &sentence[toks[first].start..toks[last].end];
    crate::claims::text::strip_possessive(t).unwrap_or(t)
}

/// Index just past a parenthesised group ending right before `at`
/// (`Rovers (7-2)`): the group's opening bracket's index, or `at`.
pub fn skip_parens_back(toks: &[Tok], at: usize) -> usize {
    if at == 0 || !toks[at - 1].is(")") {
        return at;
    }
    let depth = toks[at - 1].depth;
    (0..at - 1)
        .rev()
        .find(|&k| toks[k].is("(") && toks[k].depth == depth)
        .unwrap_or(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_and_names() {
        let s = "Tar Heels (10-0) beat No. 5 Ohio State, 91-73, on Sunday.";
        let t = tokenize(s);
        let texts: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            [
                "Tar", "Heels", "(", "10-0", ")", "beat", "No.", "5", "Ohio", "State", ",",
                "91-73", ",", "on", "Sunday", "."
            ]
        );
        assert_eq!(t[3].depth, 1);
        assert_eq!(score_of("91-73"), Some([91, 73]));
        assert_eq!(score_of("4-2-1"), None);
        assert_eq!(score_of("2012-12"), None);
        assert_eq!(name_ending(&t, 9), Some((8, 9)));
        assert_eq!(name_starting(&t, 0), Some((0, 1)));
        assert_eq!(skip_parens_back(&t, 5), 2);
        assert_eq!(name_ending(&t, 14), None);
    }
}
