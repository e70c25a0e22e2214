//! The two patterns that learn an article's people, run over every body:
//! full names (`Dmitry Peskov`) and role-name pairs (`Kremlin spokesman
//! Dmitry Peskov`).
//!
//! Both are regular expressions ([`FULL_NAME`], [`ROLE_NAME`]), and both
//! find exactly what those find, faster:
//! - full names by a hand-written matcher that only looks at capitals at
//!   a word start (the regex engine walked every byte);
//! - role names by the regex itself, run only around the role words, which
//!   an Aho-Corasick automaton finds first (most of a body has none).
//!
//! The regexes stay the definition: the tests check both finders against
//! them.

mod person;
#[cfg(test)]
mod tests;

use crate::word_filter::WordFilter;
pub(super) use person::{name_word, person_names, titled_surnames};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// `Dmitry Peskov`, `Bashar al-Assad`, `Ray McDonald`, `Anne Smith-Jones`:
/// the definition `full_names` follows (the tests hold it to it).
#[allow(dead_code)]
const FULL_NAME: &str =
    r"\b(\p{Lu}\p{Ll}+) ((?:al-|de |van |von |Mc)?\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)\b";

/// The role words of [`ROLE_NAME`], in the order its alternation tries
/// them: a lower-case word may also start each of its parts with a capital
/// (`President`, `Secretary-general`); one with a capital is written so.
const ROLE_WORDS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "president",
    "leader",
    "minister",
    "chancellor",
    "envoy",
    "secretary",
    "secretary-general",
    "ambassador",
    "chief",
    "governor",
    "mayor",
    "director",
    "CEO",
    "commander",
    "prosecutor",
    "senator",
    "judge",
    "official",
    "actress",
    "actor",
    "singer",
    "coach",
];

/// Whether a role word is written only as it is (`CEO`).
fn fixed_case(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_uppercase())
}

/// `Kremlin spokesman Dmitry Peskov`, `Foreign Minister Sergei Lavrov`:
/// group 1 is the role, group 2 the name. Unicode letters and word
/// boundaries (`President José Muñoz`): compiled only for a search whose
/// text holds a character beyond ASCII and [`PLAIN`] (see
/// [`ROLE_NAME_ASCII`]).
static ROLE_NAME: LazyLock<Regex> = LazyLock::new(|| role_name(false));

/// [`ROLE_NAME`] over ASCII letters and word boundaries, several times
/// cheaper to compile (the Unicode pattern was a twelfth of a small run's
/// CPU time). On a text of ASCII and [`PLAIN`] characters it finds exactly
/// what [`ROLE_NAME`] finds: the pattern's literals are ASCII, and such a
/// character is neither a letter nor a word character for either.
static ROLE_NAME_ASCII: LazyLock<Regex> = LazyLock::new(|| role_name(true));

/// Characters beyond ASCII that are no letter, digit, mark or word
/// character: curly quotes, dashes and the ellipsis, which news text is
/// full of.
const PLAIN: &[char] = &['‘', '’', '“', '”', '–', '—', '…'];

/// Builds [`ROLE_NAME`] (`ascii` false) or [`ROLE_NAME_ASCII`].
fn role_name(ascii: bool) -> Regex {
    // `[Ss]ecretary-[Gg]eneral`, `CEO`.
    let part = |p: &str| format!("[{}{}]{}", p[..1].to_ascii_uppercase(), &p[..1], &p[1..]);
    let roles: Vec<String> = ROLE_WORDS
        .iter()
        .map(|w| match fixed_case(w) {
            true => w.to_string(),
            false => w.split('-').map(part).collect::<Vec<_>>().join("-"),
        })
        .collect();
    let roles = roles.join("|");
    let (upper, letter, lower) = match ascii {
        true => ("[A-Z]", "A-Za-z", "[a-z]"),
        false => (r"\p{Lu}", r"\p{L}", r"\p{Ll}"),
    };
    regex::RegexBuilder::new(&format!(
        r"\b((?:{upper}[{letter}.-]+ ){{0,2}}(?:{roles})) ({upper}{lower}+(?:[- ](?:al-|de |van |von )?{upper}{lower}+){{1,2}})\b"
    ))
    .unicode(!ascii)
    .build()
    .expect("built-in pattern")
}

/// The role-name pattern for a search of `body[..limit]` from `start`:
/// [`ROLE_NAME_ASCII`] when the searched text and the character before it
/// (which the first `\b` reads) are ASCII or [`PLAIN`].
fn role_name_for(body: &str, start: usize, limit: usize) -> &'static Regex {
    let before = body[..start].chars().next_back();
    let window = &body[start..limit];
    let plain = |c: char| c.is_ascii() || PLAIN.contains(&c);
    match (window.is_ascii() || window.chars().all(plain)) && before.is_none_or(plain) {
        true => &ROLE_NAME_ASCII,
        false => &ROLE_NAME,
    }
}

/// The role words in every spelling [`ROLE_NAME`] allows.
static ROLE_FORMS: LazyLock<rustc_hash::FxHashSet<Vec<u8>>> = LazyLock::new(|| {
    let mut forms = rustc_hash::FxHashSet::default();
    let title = |s: &str| format!("{}{}", s[..1].to_ascii_uppercase(), &s[1..]);
    for w in ROLE_WORDS {
        forms.insert(w.as_bytes().to_vec());
        if fixed_case(w) {
            continue;
        }
        forms.insert(title(w).into_bytes());
        if let Some((a, b)) = w.split_once('-') {
            forms.insert(format!("{a}-{}", title(b)).into_bytes());
            forms.insert(format!("{}-{}", title(a), title(b)).into_bytes());
        }
    }
    forms
});

/// [`ROLE_FORMS`]' first letters and lengths: most words before a capital
/// are turned away without hashing them.
static ROLE_FILTER: LazyLock<WordFilter> =
    LazyLock::new(|| WordFilter::new(ROLE_FORMS.iter().map(Vec::as_slice)));

/// Compiles the role-name pattern and its word filter now (see
/// [`crate::pipeline::warm_up`]): about a tenth of a small run's start-up,
/// and the people of the first article need it.
pub(super) fn warm_up() {
    LazyLock::force(&ROLE_NAME_ASCII);
    LazyLock::force(&ROLE_FILTER);
}

/// The longest role form, in bytes.
const LONGEST_ROLE: usize = "secretary-general".len();

/// Capitals that start a word (a capital letter, ASCII or not, after no
/// letter, digit or `_`): where full names and the names after role words
/// begin (`Kowalczyk`, `Émile`, `Łukasz`).
pub(super) fn word_capitals(body: &str) -> Vec<usize> {
    let b = body.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    // Eight bytes at a time: most words of eight bytes hold no capital
    // and no byte outside ASCII.
    while i + 8 <= b.len() {
        let chunk: [u8; 8] = b[i..i + 8].try_into().unwrap_or_default();
        let x = u64::from_le_bytes(chunk);
        if !has_capital(x) && x & HIGH_BITS == 0 {
            i += 8;
            continue;
        }
        for k in i..i + 8 {
            if capital_at(body, k) {
                out.push(k);
            }
        }
        i += 8;
    }
    for k in i..b.len() {
        if capital_at(body, k) {
            out.push(k);
        }
    }
    out
}

/// The high bit of each of eight bytes: set in every byte of a character
/// outside ASCII.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Whether a capital letter starts a word at byte `k` of `body`.
fn capital_at(body: &str, k: usize) -> bool {
    let b = body.as_bytes();
    let c = b[k];
    let capital = if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        // Only a character's first byte (never `10xxxxxx`) starts one.
        c >= 0xc0
            && body
                .get(k..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase)
    };
    capital && !word_char_before(body, k)
}

/// Whether the character before byte `k` is a word character (a letter,
/// a digit or `_`, in any script).
fn word_char_before(body: &str, k: usize) -> bool {
    match body.as_bytes().get(k.wrapping_sub(1)) {
        None => false,
        Some(&p) if p.is_ascii() => is_word(p),
        Some(_) => body
            .get(..k)
            .and_then(|r| r.chars().next_back())
            .is_some_and(|c| c.is_alphanumeric() || c == '_'),
    }
}

/// Whether any of the eight bytes of `x` is an ASCII capital (SWAR: a
/// byte in `A..=Z` below 128 sets its high bit in the result).
fn has_capital(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = ONES * 0x7f;
    let low = x & LOW7;
    // Above `@` (0x40) and below `[` (0x5b), each byte on its own.
    let above = low + ONES * (0x7f - 0x40);
    let below = ONES * (0x7f + 0x5b) - low;
    above & below & !x & (ONES * 0x80) != 0
}

/// A role-name match: the whole match, the role (group 1), the name (group 2).
pub(super) struct RoleName {
    pub role: Range<usize>,
    pub name: Range<usize>,
}

/// What `ROLE_NAME.captures_iter(body)` finds; `capitals` are the body's
/// [`word_capitals`].
///
/// A match holds a role word followed by a space and a capital, at most
/// two words after the match start. The regex runs from just before each
/// such role word, over a window that ends well past any match holding it;
/// a match found there that starts after the role word is left for that
/// later role word's own search.
pub(super) fn role_names(body: &str, capitals: &[usize]) -> Vec<RoleName> {
    let b = body.as_bytes();
    let mut out = Vec::new();
    // Matches start at or after `pos`.
    let mut pos = 0;
    for &cap in capitals {
        let Some(t) = role_word_before(b, cap) else {
            continue;
        };
        if t < pos {
            continue;
        }
        let start = back_over_words(b, t, 3).max(pos);
        let limit = forward_over_spaces(b, t, 16);
        let pattern = role_name_for(body, start, limit);
        let found = pattern.captures_at(&body[..limit], start).and_then(|c| {
            let whole = c.get(0)?;
            (whole.start() <= t).then(|| {
                let role = c.get(1).map_or(0..0, |m| m.range());
                let name = c.get(2).map_or(0..0, |m| m.range());
                (whole.end(), RoleName { role, name })
            })
        });
        match found {
            Some((end, m)) => {
                out.push(m);
                pos = end;
            }
            None => pos = pos.max(t + 1),
        }
    }
    out
}

/// The start of the role word that ends right before the space before the
/// capital at `cap` (`spokesman` in `spokesman Dmitry`), if there is one:
/// it starts the run of letters and hyphens there, or follows one of its
/// hyphens (`Vice-President`).
fn role_word_before(b: &[u8], cap: usize) -> Option<usize> {
    let p = cap.checked_sub(1).filter(|&p| b[p] == b' ')?;
    let mut q = p;
    while q > 0 && p - q <= LONGEST_ROLE && (b[q - 1].is_ascii_alphabetic() || b[q - 1] == b'-') {
        q -= 1;
    }
    // Candidate starts, leftmost first: the run's start (unless a word
    // byte sits before it), then after each hyphen.
    let run_start_ok = q == 0 || !is_word(b[q - 1]);
    let starts = std::iter::once(q)
        .filter(move |_| run_start_ok)
        .chain((q..p).filter(|&k| b[k] == b'-').map(|k| k + 1));
    for k in starts {
        if k < p && ROLE_FILTER.may_contain(&b[k..p]) && ROLE_FORMS.contains(&b[k..p]) {
            return Some(k);
        }
    }
    None
}

/// The start of the `n`th whitespace-separated word before `at` (or 0).
fn back_over_words(b: &[u8], at: usize, n: usize) -> usize {
    let mut i = at;
    for _ in 0..n {
        while i > 0 && b[i - 1].is_ascii_whitespace() {
            i -= 1;
        }
        while i > 0 && !b[i - 1].is_ascii_whitespace() {
            i -= 1;
        }
    }
    i
}

/// The offset of the `n`th whitespace byte after `at` (or the end).
fn forward_over_spaces(b: &[u8], at: usize, n: usize) -> usize {
    b[at..]
        .iter()
        .enumerate()
        .filter(|(_, c)| c.is_ascii_whitespace())
        .nth(n - 1)
        .map_or(b.len(), |(k, _)| at + k)
}

#[cfg(test)]
/// What `Regex::new(FULL_NAME).find_iter(body)` finds, as byte ranges;
/// `capitals` are the body's [`word_capitals`].
pub(super) fn full_names(body: &str, capitals: &[usize]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for &s in capitals {
        if s < pos {
            continue;
        }
        if let Some(end) = full_name_at(body, s) {
            out.push(s..end);
            pos = end;
        }
    }
    out
}

/// A `(?-u:\b)` word byte.
fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

#[cfg(test)]
/// The character at byte `i` of `t`, if any.
fn char_at(t: &str, i: usize) -> Option<char> {
    t.get(i..).and_then(|r| r.chars().next())
}

#[cfg(test)]
/// The end of the run of lower-case letters from `i`, and how many.
fn lower_run(t: &str, mut i: usize) -> (usize, usize) {
    let mut n = 0;
    while let Some(c) = char_at(t, i).filter(|c| c.is_lowercase()) {
        i += c.len_utf8();
        n += 1;
    }
    (i, n)
}

#[cfg(test)]
/// The end of the capital at `i` when there is one.
fn capital_end(t: &str, i: usize) -> Option<usize> {
    char_at(t, i)
        .filter(|c| c.is_uppercase())
        .map(|c| i + c.len_utf8())
}

#[cfg(test)]
/// The end of the [`FULL_NAME`] match at `s` (a capital after a word
/// boundary), trying its alternatives in the regex's order of preference.
fn full_name_at(t: &str, s: usize) -> Option<usize> {
    // `\p{Lu}\p{Ll}+ `: the run of lower-case letters can only end at the space.
    let (k, n) = lower_run(t, capital_end(t, s)?);
    if n == 0 || t.as_bytes().get(k) != Some(&b' ') {
        return None;
    }
    let j = k + 1;
    let boundary = |e: usize| !char_at(t, e).is_some_and(|c| c.is_alphanumeric() || c == '_');
    // The prefixes that can start here, in the regex's order, then none.
    let prefixes: &[&str] = match char_at(t, j)? {
        'a' => &["al-", ""],
        'd' => &["de ", ""],
        'v' => &["van ", "von ", ""],
        'M' => &["Mc", ""],
        c if c.is_uppercase() => &[""],
        _ => return None,
    };
    for &p in prefixes {
        if !t[j..].starts_with(p) {
            continue;
        }
        let Some(q) = capital_end(t, j + p.len()) else {
            continue;
        };
        // `\p{Lu}\p{Ll}{2,}`: a shorter run would be followed by a letter.
        let (r, n) = lower_run(t, q);
        if n < 2 {
            continue;
        }
        // `(?:-\p{Lu}\p{Ll}+)?`, taken when it leads to a boundary.
        if t.as_bytes().get(r) == Some(&b'-') {
            if let Some(h) = capital_end(t, r + 1) {
                let (e, n) = lower_run(t, h);
                if n > 0 && boundary(e) {
                    return Some(e);
                }
            }
        }
        if boundary(r) {
            return Some(r);
        }
    }
    None
}
