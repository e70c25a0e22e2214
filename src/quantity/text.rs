//! Byte-level text helpers for the scanner: char-boundary-safe steps,
//! ASCII words, spaces (including no-break and thin spaces).

pub(super) fn prev_char(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

pub(super) fn next_char(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

pub(super) fn is_wordish(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[inline]
pub(super) fn at_word_start(text: &str, i: usize) -> bool {
    // After an ASCII byte, `i` is a char boundary (valid UTF-8): the byte
    // decides without decoding (the scanner asks this at every word).
    match i.checked_sub(1).map(|p| text.as_bytes()[p]) {
        None => true,
        Some(p) if p.is_ascii() => !(p.is_ascii_alphanumeric() || p == b'_'),
        Some(_) => !prev_char(text, i).is_some_and(is_wordish),
    }
}

pub(super) fn token_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && !b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// End of the run of ASCII letters starting at `i`.
pub(super) fn word_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// End of a word that may hold inner hyphens and apostrophes (`so-called`).
pub(super) fn word_end_hyphen(b: &[u8], i: usize) -> usize {
    let mut j = word_end(b, i);
    while j + 1 < b.len() && matches!(b[j], b'-' | b'\'') && b[j + 1].is_ascii_alphabetic() {
        j = word_end(b, j + 1);
    }
    j
}

pub(super) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

/// Skips spaces (not line breaks) forward.
pub(super) fn skip_spaces(text: &str, mut i: usize) -> usize {
    while let Some(c) = next_char(text, i) {
        if !is_space(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Skips spaces (not line breaks) backward.
pub(super) fn skip_spaces_back(text: &str, mut i: usize) -> usize {
    while let Some(c) = prev_char(text, i) {
        if !is_space(c) {
            break;
        }
        i -= c.len_utf8();
    }
    i
}

/// Lower-cases an ASCII word into `buf`; empty when it does not fit.
pub(super) fn lower<'a>(buf: &'a mut [u8; 32], w: &[u8]) -> &'a [u8] {
    if w.len() > buf.len() {
        return &[];
    }
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    &buf[..w.len()]
}

/// The ASCII word that ends right before `i` (after spaces), as byte range.
pub(super) fn word_before(text: &str, i: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let e = skip_spaces_back(text, i);
    if e == i {
        return None;
    }
    let mut s = e;
    while s > 0 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    (s < e && at_word_start(text, s)).then_some((s, e))
}

/// The ASCII word that starts after the spaces at `i`, as byte range.
pub(super) fn word_after(text: &str, i: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let s = skip_spaces(text, i);
    if s == i {
        return None;
    }
    let e = word_end(b, s);
    (e > s && (e == b.len() || !(b[e].is_ascii_digit() || b[e] == b'_'))).then_some((s, e))
}

pub(super) fn lower_eq(b: &[u8], r: Option<(usize, usize)>, w: &[u8]) -> bool {
    r.is_some_and(|(s, e)| b[s..e].eq_ignore_ascii_case(w))
}

/// True when a word starting at `s` begins a sentence (or the text).
pub(super) fn sentence_initial(text: &str, s: usize) -> bool {
    match prev_char(text, skip_spaces_back(text, s)) {
        None => true,
        Some(c) => matches!(
            c,
            '.' | '!' | '?' | '\n' | '\r' | '"' | '\u{201c}' | '(' | '[' | ':' | ';' | '\u{2014}'
        ),
    }
}
