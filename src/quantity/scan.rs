//! The scanner: walks the text once, byte by byte, and reads a number
//! expression at each word start that begins with a digit or a number word.
//!
//! All positions handed around are byte offsets on char boundaries: the
//! scanner only stops on ASCII bytes, and every step back or forward over
//! non-ASCII text goes through `char` iteration or `str::get`.

use super::words::*;
use super::QuantityExpr;
use crate::lexicon::Hedge;

/// Tokens longer than this (in bytes, either side of a number) are taken
/// for URLs, paths or identifiers.
const MAX_TOKEN: usize = 64;

/// Finds all quantities in `text` (see [`super::find_quantities`]).
pub(crate) fn scan(text: &str, hedges: &[Hedge]) -> Vec<QuantityExpr> {
    let b = text.as_bytes();
    let mut out: Vec<QuantityExpr> = Vec::new();
    // Digit strings used as names (`Boeing 787`), and for each quantity the
    // plain integer it starts with, if any: a name seen once is a name
    // everywhere in the text (`the 787`).
    let mut ids: Vec<&str> = Vec::new();
    let mut plain: Vec<Option<&str>> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        if !at_word_start(text, i) {
            i = alnum_end(b, i);
            continue;
        }
        let mut cx = Cx::default();
        match expr_at(text, i, hedges, &mut cx) {
            Ok(mut q) => {
                if let Some(last) = out.last() {
                    if q.start < last.end {
                        q.start = i.max(last.end);
                    }
                }
                i = q.end.max(i + 1);
                out.push(q);
                plain.push(cx.plain.and_then(|(s, e)| text.get(s..e)));
            }
            Err(next) => {
                if let Some(id) = cx.id.and_then(|(s, e)| text.get(s..e)) {
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                i = next.max(i + 1);
            }
        }
    }
    if !ids.is_empty() {
        let mut k = 0;
        out.retain(|_| {
            let keep = !plain[k].is_some_and(|p| ids.contains(&p));
            k += 1;
            keep
        });
    }
    out
}

/// What [`expr_at`] tells the scanner besides its result.
#[derive(Default)]
struct Cx {
    /// A digit string rejected as a name (`Boeing 787`).
    id: Option<(usize, usize)>,
    /// The plain integer a found quantity is made of, when that is all it is.
    plain: Option<(usize, usize)>,
}

// ---------------------------------------------------------------------------
// Small text helpers.

fn prev_char(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

fn next_char(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

fn is_wordish(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn at_word_start(text: &str, i: usize) -> bool {
    !prev_char(text, i).is_some_and(is_wordish)
}

fn alnum_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
        i += 1;
    }
    i
}

fn token_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && !b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// End of the run of ASCII letters starting at `i`.
fn word_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// End of a word that may hold inner hyphens and apostrophes (`so-called`).
fn word_end_hyphen(b: &[u8], i: usize) -> usize {
    let mut j = word_end(b, i);
    while j + 1 < b.len() && matches!(b[j], b'-' | b'\'') && b[j + 1].is_ascii_alphabetic() {
        j = word_end(b, j + 1);
    }
    j
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

/// Skips spaces (not line breaks) forward.
fn skip_spaces(text: &str, mut i: usize) -> usize {
    while let Some(c) = next_char(text, i) {
        if !is_space(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Skips spaces (not line breaks) backward.
fn skip_spaces_back(text: &str, mut i: usize) -> usize {
    while let Some(c) = prev_char(text, i) {
        if !is_space(c) {
            break;
        }
        i -= c.len_utf8();
    }
    i
}

/// Lower-cases an ASCII word into `buf`; empty when it does not fit.
fn lower<'a>(buf: &'a mut [u8; 32], w: &[u8]) -> &'a [u8] {
    if w.len() > buf.len() {
        return &[];
    }
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    &buf[..w.len()]
}

/// The ASCII word that ends right before `i` (after spaces), as byte range.
fn word_before(text: &str, i: usize) -> Option<(usize, usize)> {
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
fn word_after(text: &str, i: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let s = skip_spaces(text, i);
    if s == i {
        return None;
    }
    let e = word_end(b, s);
    (e > s && (e == b.len() || !(b[e].is_ascii_digit() || b[e] == b'_'))).then_some((s, e))
}

fn lower_eq(b: &[u8], r: Option<(usize, usize)>, w: &[u8]) -> bool {
    r.is_some_and(|(s, e)| b[s..e].eq_ignore_ascii_case(w))
}

/// True when a word starting at `s` begins a sentence (or the text).
fn sentence_initial(text: &str, s: usize) -> bool {
    match prev_char(text, skip_spaces_back(text, s)) {
        None => true,
        Some(c) => matches!(
            c,
            '.' | '!' | '?' | '\n' | '\r' | '"' | '\u{201c}' | '(' | '[' | ':' | ';' | '\u{2014}'
        ),
    }
}

// ---------------------------------------------------------------------------
// Numbers.

/// A number as read, before context is considered.
#[derive(Clone, Copy, Debug)]
struct Num {
    end: usize,
    value: f64,
    /// Digits only, no separators, decimals or scale.
    plain_int: bool,
    /// Count of integer digits (for digit numbers).
    int_digits: usize,
    /// Written with thousands separators.
    grouped: bool,
    /// Starts with `0` and has more digits (`01`, `007`).
    leading_zero: bool,
    /// Written in words.
    words: bool,
    /// The single word `one`.
    bare_one: bool,
    /// Multiplier applied by a scale word or abbreviation (1 when none).
    scale: f64,
    /// A unit glued to the digits (`500km`).
    glued_unit: Option<&'static str>,
}

/// Length of a thousands separator at `j`, if one is there.
fn sep_len(b: &[u8], j: usize) -> usize {
    match b.get(j..) {
        Some([b',' | b' ', ..]) => 1,
        Some([0xC2, 0xA0, ..]) => 2,
        Some([0xE2, 0x80, 0x89 | 0xAF, ..]) => 3,
        _ => 0,
    }
}

/// Reads digits at `i`. `Err` carries where to resume scanning.
fn parse_digits(text: &str, i: usize, money: bool) -> Result<Num, usize> {
    let b = text.as_bytes();
    let n = b.len();
    let mut j = i;
    let mut mant = 0.0f64;
    while j < n && b[j].is_ascii_digit() {
        mant = mant * 10.0 + f64::from(b[j] - b'0');
        j += 1;
    }
    let n1 = j - i;
    let mut int_digits = n1;
    let mut grouped = false;
    if n1 <= 3 {
        let mut sep: Option<&[u8]> = None;
        loop {
            let sl = sep_len(b, j);
            if sl == 0 {
                break;
            }
            if sep.is_some_and(|s| s != &b[j..j + sl]) {
                break;
            }
            let k = j + sl;
            let ok = k + 3 <= n
                && b[k..k + 3].iter().all(u8::is_ascii_digit)
                && (k + 3 == n || !b[k + 3].is_ascii_digit())
                && (sl == 1 && b[j] == b',' || k + 3 == n || !b[k + 3].is_ascii_alphabetic());
            if !ok {
                break;
            }
            sep = Some(&b[j..j + sl]);
            for &d in &b[k..k + 3] {
                mant = mant * 10.0 + f64::from(d - b'0');
            }
            j = k + 3;
            int_digits += 3;
            grouped = true;
        }
    }
    let mut decimals = 0i32;
    if j + 1 < n && b[j] == b'.' && b[j + 1].is_ascii_digit() {
        j += 1;
        while j < n && b[j].is_ascii_digit() {
            mant = mant * 10.0 + f64::from(b[j] - b'0');
            decimals += 1;
            j += 1;
        }
    }
    let skip = token_end(b, j);
    if j + 1 < n && b[j + 1].is_ascii_digit() && matches!(b[j], b':' | b'/' | b'.' | b',') {
        // Times, dates, versions, odd grouping.
        return Err(skip);
    }
    let mut num = Num {
        end: j,
        value: mant / 10f64.powi(decimals),
        plain_int: !grouped && decimals == 0,
        int_digits,
        grouped,
        leading_zero: n1 >= 2 && b[i] == b'0',
        words: false,
        bare_one: false,
        scale: 1.0,
        glued_unit: None,
    };
    // Letters glued to the digits: a scale, a unit, or something else
    // (`3rd`, `1990s`, `a61487`-like IDs) that is not a count.
    if j < n && b[j].is_ascii_alphabetic() {
        let we = word_end(b, j);
        if we < n && (b[we].is_ascii_digit() || b[we] == b'_') {
            return Err(skip);
        }
        let mut buf = [0u8; 32];
        let lw = lower(&mut buf, &b[j..we]);
        if let Some((s, needs_money)) = scale_abbrev(lw) {
            if needs_money && !money {
                return Err(skip);
            }
            num.scale = s;
        } else if let Some(u) = glued_unit(lw) {
            num.glued_unit = Some(u);
        } else {
            return Err(skip);
        }
        num.end = we;
        num.plain_int = false;
    } else if let Some((s, e)) = word_after(text, j) {
        let mut buf = [0u8; 32];
        let lw = lower(&mut buf, &b[s..e]);
        let scale = scale_word(lw).or_else(|| match scale_abbrev(lw) {
            Some((v, needs_money)) if money && (!needs_money || lw != b"m") => Some(v),
            Some((v, false)) => Some(v),
            _ => None,
        });
        if let Some(v) = scale {
            num.scale = v;
            num.end = e;
            num.plain_int = false;
        }
    }
    num.value *= num.scale;
    Ok(num)
}

/// Reads number words at `i` (`twenty-five`, `one hundred and six`,
/// `a dozen`, `half a million`).
fn parse_words(text: &str, i: usize) -> Result<Num, usize> {
    use NumWord::*;
    let b = text.as_bytes();
    let n = b.len();
    let first_end = word_end(b, i);
    let mut buf = [0u8; 32];
    let first = lower(&mut buf, &b[i..first_end]);
    let mut total = 0.0;
    let mut cur = 0.0;
    let mut last: Option<NumWord> = None;
    let mut last_scale = f64::INFINITY;
    let mut pos = i;
    let mut end = i;
    let mut count = 0;
    let mut needs_more = false;
    let mut half = false;
    if first == b"a" || first == b"half" {
        // `a hundred`, `a dozen`, `half a million`: the article stands for 1.
        let mut p = first_end;
        if first == b"half" {
            let Some((s, e)) = word_after(text, p) else {
                return Err(first_end);
            };
            if !b[s..e].eq_ignore_ascii_case(b"a") {
                return Err(first_end);
            }
            p = e;
            half = true;
        }
        let Some((s, e)) = word_after(text, p) else {
            return Err(first_end);
        };
        let mut buf2 = [0u8; 32];
        let w = lower(&mut buf2, &b[s..e]);
        let percent_next = half && (w == b"percent" || w == b"per");
        if !matches!(num_word(w), Some(Hundred | Scale(_) | Dozen)) && !percent_next {
            return Err(first_end);
        }
        if percent_next {
            end = p;
            cur = 0.5;
            count = 1;
        } else {
            cur = 1.0;
            last = Some(Unit(1.0));
            pos = s;
            needs_more = true;
        }
    }
    while end == i || needs_more || last.is_some() {
        if half && count > 0 && last.is_none() {
            break;
        }
        let we = word_end(b, pos);
        if we == pos || (we < n && (b[we].is_ascii_digit() || b[we] == b'_')) {
            break;
        }
        let mut wb = [0u8; 32];
        let Some(nw) = num_word(lower(&mut wb, &b[pos..we])) else {
            break;
        };
        let ok = match (last, nw) {
            (None, Unit(_) | Teen(_) | Ten(_)) => true,
            (Some(Ten(_)), Unit(v)) => v > 0.0,
            (Some(Unit(_) | Teen(_)), Hundred) => cur < 100.0,
            (Some(Unit(_) | Teen(_) | Ten(_) | Hundred), Scale(s)) => s < last_scale,
            (Some(Unit(_) | Teen(_)), Dozen) => cur < 100.0,
            (Some(Hundred | Scale(_)), Unit(_) | Teen(_) | Ten(_)) => true,
            _ => false,
        };
        if !ok {
            break;
        }
        match nw {
            Unit(v) | Teen(v) | Ten(v) => cur += v,
            Hundred => cur = cur.max(1.0) * 100.0,
            Scale(s) => {
                total += cur.max(1.0) * s;
                cur = 0.0;
                last_scale = s;
            }
            Dozen => cur *= 12.0,
        }
        needs_more = false;
        end = we;
        count += 1;
        last = Some(nw);
        if nw == Dozen {
            break;
        }
        // Separator to the next number word.
        let mut p = we;
        if p + 1 < n && b[p] == b'-' && matches!(nw, Ten(_)) && b[p + 1].is_ascii_alphabetic() {
            p += 1;
        } else if p < n && b[p] == b' ' {
            p += 1;
            if matches!(nw, Hundred | Scale(_)) && b.get(p..p + 4) == Some(b"and ") {
                // `one hundred and six`: only when a number word follows.
                let q = p + 4;
                let qe = word_end(b, q);
                let mut qb = [0u8; 32];
                if !matches!(
                    num_word(lower(&mut qb, &b[q..qe])),
                    Some(Unit(_) | Teen(_) | Ten(_))
                ) {
                    break;
                }
                p = q;
            }
        } else {
            break;
        }
        pos = p;
        if half {
            // `half a million`: one scale word only.
            break;
        }
    }
    if needs_more || end == i {
        return Err(first_end.max(i + 1));
    }
    let mut value = total + cur;
    if half && count > 0 && last.is_some() {
        value *= 0.5;
    }
    if !half
        && b.get(end..end + 11)
            .is_some_and(|r| r.eq_ignore_ascii_case(b" and a half"))
        && b.get(end + 11).is_none_or(|c| !c.is_ascii_alphanumeric())
    {
        // `two and a half years`, `one and a half million`.
        let mut v = cur + 0.5;
        end += 11;
        if let Some((s2, e2)) = word_after(text, end) {
            let mut wb = [0u8; 32];
            if let Some(Scale(sc)) = num_word(lower(&mut wb, &b[s2..e2])) {
                v *= sc;
                end = e2;
            }
        }
        value = total + v;
    }
    Ok(Num {
        end,
        value,
        plain_int: false,
        int_digits: 0,
        grouped: false,
        leading_zero: false,
        words: true,
        bare_one: count == 1 && first == b"one",
        scale: 1.0,
        glued_unit: None,
    })
}

fn parse_number(text: &str, i: usize, money: bool) -> Result<Num, usize> {
    if text.as_bytes()[i].is_ascii_digit() {
        parse_digits(text, i, money)
    } else {
        parse_words(text, i)
    }
}

// ---------------------------------------------------------------------------
// Context.

/// A currency sign or code right before `start`: (where it starts, code).
fn currency_before(text: &str, start: usize) -> Option<(usize, &'static str)> {
    let b = text.as_bytes();
    let c = prev_char(text, start)?;
    let (k, c) = if is_space(c) {
        let k = start - c.len_utf8();
        (k, prev_char(text, k)?)
    } else {
        (start, c)
    };
    let s = k - c.len_utf8();
    match c {
        '$' => {
            let mut ws = s;
            while ws > 0 && (b[ws - 1].is_ascii_alphabetic() || b[ws - 1] == b'.') {
                ws -= 1;
            }
            if ws < s {
                if let Some(code) = dollar_prefix(&b[ws..s]) {
                    if at_word_start(text, ws) {
                        return Some((ws, code));
                    }
                }
            }
            Some((s, "usd"))
        }
        '€' => Some((s, "eur")),
        '£' => Some((s, "gbp")),
        '¥' => Some((s, "jpy")),
        '₹' => Some((s, "inr")),
        '₽' => Some((s, "rub")),
        'A'..='Z' if k < start => {
            let mut ws = k;
            while ws > 0 && b[ws - 1].is_ascii_uppercase() {
                ws -= 1;
            }
            let code = currency_code(&b[ws..k])?;
            at_word_start(text, ws).then_some((ws, code))
        }
        _ => None,
    }
}

/// A percent sign or word at `p`: where it ends, and whether it says
/// `percentage point`.
fn percent_after(text: &str, p: usize) -> Option<(usize, bool)> {
    let b = text.as_bytes();
    if b.get(p) == Some(&b'%') {
        return Some((p + 1, false));
    }
    let s = skip_spaces(text, p);
    if s > p && b.get(s) == Some(&b'%') {
        return Some((s + 1, false));
    }
    let (s, e) = word_after(text, p).or_else(|| {
        // `5-percent`
        (b.get(p) == Some(&b'-')).then(|| (p + 1, word_end(b, p + 1)))
    })?;
    let mut buf = [0u8; 32];
    match lower(&mut buf, &b[s..e]) {
        b"percent" | b"pct" => Some((e, false)),
        b"per" => {
            let (s2, e2) = word_after(text, e)?;
            b[s2..e2]
                .eq_ignore_ascii_case(b"cent")
                .then_some((e2, false))
        }
        b"percentage" => {
            let (s2, e2) = word_after(text, e)?;
            let mut buf2 = [0u8; 32];
            matches!(lower(&mut buf2, &b[s2..e2]), b"point" | b"points").then_some((e2, true))
        }
        _ => None,
    }
}

/// The counted noun after `p`, skipping up to two modifiers: (singular
/// lower-case noun, end of the noun).
fn unit_after(text: &str, p: usize, many: bool) -> Option<(String, usize)> {
    let b = text.as_bytes();
    let mut k = p;
    for idx in 0..4 {
        let s = skip_spaces(text, k);
        if s == k {
            return None;
        }
        let e = word_end_hyphen(b, s);
        if e == s || (e < b.len() && (b[e].is_ascii_digit() || b[e] == b'_')) {
            return None;
        }
        if e < b.len() && !b[e].is_ascii() && prev_char(text, e).is_some() {
            // A word running on into non-ASCII letters (`café`): not ours.
            if next_char(text, e).is_some_and(char::is_alphabetic) {
                return None;
            }
        }
        if idx < 3 && b.get(e) == Some(&b'.') && b.get(e + 1).is_some_and(u8::is_ascii_alphabetic) {
            // `U.S.`, `U.N.`: an abbreviation used as a modifier.
            let mut j = e;
            while j < b.len() && (b[j].is_ascii_alphabetic() || b[j] == b'.') {
                j += 1;
            }
            k = j;
            continue;
        }
        let w = &b[s..e];
        let mut buf = [0u8; 32];
        let lw = lower(&mut buf, w);
        if lw.is_empty() {
            return None;
        }
        let hyphen = lw.contains(&b'-');
        let upper = w[0].is_ascii_uppercase();
        if !hyphen && is_stop_word(lw) {
            return None;
        }
        if idx < 3 {
            let mut next_content = false;
            let mut next_plural = false;
            if let Some((s2, _)) = word_after(text, e) {
                let e2 = word_end_hyphen(b, s2);
                let mut b2 = [0u8; 32];
                let l2 = lower(&mut b2, &b[s2..e2]);
                next_content = !l2.is_empty() && !is_stop_word(l2) && num_word(l2).is_none();
                next_plural = next_content
                    && ((l2.len() > 3 && l2.ends_with(b"s") && !l2.ends_with(b"ss"))
                        || matches!(l2, b"people" | b"men" | b"women" | b"children"));
            }
            let singular_form = !lw.ends_with(b"s") || lw.ends_with(b"ss");
            let modifier = next_content
                && (is_modifier_word(lw)
                    || hyphen
                    || upper
                    || (has_modifier_suffix(lw) && singular_form)
                    || (many && singular_form && next_plural));
            if modifier {
                k = e;
                continue;
            }
        }
        if is_comparative(lw) {
            return None;
        }
        if !hyphen
            && lw.len() >= 4
            && ((lw.ends_with(b"ed") && !lw.ends_with(b"eed")) || lw.ends_with(b"ly"))
        {
            return None;
        }
        // ASCII checked above, so this cannot fail.
        let lw = std::str::from_utf8(lw).ok()?;
        return Some((singular(lw), e));
    }
    None
}

/// Modifiers that are never the counted noun (`2,200 more`, `five new`).
fn is_comparative(w: &[u8]) -> bool {
    matches!(
        w,
        b"more"
            | b"other"
            | b"additional"
            | b"extra"
            | b"new"
            | b"old"
            | b"fewer"
            | b"less"
            | b"further"
            | b"straight"
            | b"consecutive"
            | b"separate"
            | b"different"
            | b"similar"
            | b"total"
            | b"big"
            | b"small"
            | b"large"
            | b"major"
            | b"top"
    )
}

/// Words before a number that make it an identifier (`No. 5`, `Flight 370`).
fn is_id_cue(w: &[u8]) -> bool {
    matches!(
        w,
        b"no"
            | b"nos"
            | b"number"
            | b"num"
            | b"vol"
            | b"page"
            | b"pp"
            | b"chapter"
            | b"section"
            | b"article"
            | b"flight"
            | b"route"
            | b"room"
            | b"rule"
            | b"resolution"
            | b"model"
            | b"version"
            | b"level"
            | b"grade"
            | b"phase"
            | b"stage"
            | b"round"
            | b"game"
            | b"week"
            | b"day"
            | b"season"
            | b"episode"
            | b"part"
            | b"item"
            | b"lot"
            | b"gate"
            | b"platform"
            | b"channel"
            | b"highway"
            | b"interstate"
            | b"tier"
            | b"category"
            | b"type"
            | b"class"
            | b"code"
            | b"id"
            | b"ward"
            | b"district"
            | b"precinct"
            | b"unit"
            | b"bus"
            | b"line"
            | b"track"
            | b"top"
    )
}

fn make(
    (start, end): (usize, usize),
    value: f64,
    (lo, hi): (f64, f64),
    hedge: Option<(&str, f64, f64)>,
    unit: Option<String>,
    category: &'static str,
) -> QuantityExpr {
    let (mut lo, mut hi) = (lo, hi);
    let mut phrase = None;
    if let Some((p, below, above)) = hedge {
        lo = (lo * (1.0 - below)).max(0.0_f64.min(lo));
        hi = if above.is_infinite() {
            f64::INFINITY
        } else {
            hi * (1.0 + above)
        };
        phrase = Some(p.to_ascii_lowercase());
    }
    QuantityExpr {
        start,
        end,
        value,
        lo,
        hi,
        hedge: phrase,
        unit,
        category,
    }
}

fn hedge_before<'h>(text: &str, start: usize, hedges: &'h [Hedge]) -> Option<(usize, &'h Hedge)> {
    let b = text.as_bytes();
    let s = skip_spaces_back(text, start);
    if s == start {
        return None;
    }
    let mut best: Option<(usize, &Hedge)> = None;
    for h in hedges {
        let p = h.phrase.as_bytes();
        if p.is_empty() || p.len() > s {
            continue;
        }
        let a = s - p.len();
        if !text.is_char_boundary(a) || !b[a..s].eq_ignore_ascii_case(p) || !at_word_start(text, a)
        {
            continue;
        }
        if best.is_none_or(|(_, bh)| p.len() > bh.phrase.len()) {
            best = Some((a, h));
        }
    }
    best
}

/// Reads the expression whose number starts at `i`. `Err` says where to
/// resume scanning.
fn expr_at(text: &str, i: usize, hedges: &[Hedge], cx: &mut Cx) -> Result<QuantityExpr, usize> {
    let b = text.as_bytes();
    let n = b.len();
    let digit = b[i].is_ascii_digit();
    let skip = if digit {
        token_end(b, i)
    } else {
        word_end(b, i)
    };

    // What sits right before the number.
    if let Some(p) = prev_char(text, i) {
        let pp = prev_char(text, i - p.len_utf8());
        let pp_alnum = pp.is_some_and(char::is_alphanumeric);
        match p {
            '/' | ':' | '.' | '\\' | '@' | '&' if digit => return Err(skip),
            '-' | '+' | '/' if pp_alnum => return Err(skip),
            '-' | '+' | '\u{2212}' if digit => {
                // `GMT +8`, `UTC -5`
                if let Some((s, e)) = word_before(text, i - p.len_utf8()) {
                    if matches!(&b[s..e], b"GMT" | b"UTC" | b"gmt" | b"utc") {
                        return Err(skip);
                    }
                }
            }
            // `'82`: a year.
            '\'' | '\u{2019}'
                if digit && !pp_alnum && b.get(i + 2).is_none_or(|c| !c.is_ascii_digit()) =>
            {
                return Err(skip)
            }
            _ => {}
        }
    }
    if digit {
        // URLs, paths, file names, e-mail addresses, key=value pairs.
        let mut s = i;
        while s > 0 && !b[s - 1].is_ascii_whitespace() {
            s -= 1;
            if i - s > MAX_TOKEN {
                return Err(skip);
            }
        }
        if skip - i > MAX_TOKEN
            || b[s..skip]
                .iter()
                .any(|c| matches!(c, b'/' | b'_' | b'@' | b'=' | b'\\' | b'|'))
        {
            return Err(skip);
        }
    }
    let hash = prev_char(text, i) == Some('#');
    let money_before = if digit {
        currency_before(text, i)
    } else {
        None
    };

    // Vague plurals: `hundreds of`, `tens of thousands`, `dozens`.
    if !digit {
        let we = word_end(b, i);
        let mut buf = [0u8; 32];
        let lw = lower(&mut buf, &b[i..we]);
        if let Some(v0) = plural_scale(lw) {
            return vague_at(text, i, we, v0, hedges);
        }
    }

    let first = parse_number(text, i, money_before.is_some())?;
    let mut end = first.end;
    let mut lo = first.value;
    let mut hi = first.value;
    let mut unit: Option<String> = first.glued_unit.map(str::to_string);
    let mut percent = false;
    let mut point = false;
    let mut currency = money_before.map(|m| m.1);
    let mut start = money_before.map_or(i, |m| m.0);
    let mut ranged = false;
    let before = word_before(text, start);

    // Hyphenated word after the number: ordinal, scale, percent or unit.
    if end + 1 < n && b[end] == b'-' && b[end + 1].is_ascii_alphabetic() {
        let ws = end + 1;
        let we = word_end(b, ws);
        let mut buf = [0u8; 32];
        let lw = lower(&mut buf, &b[ws..we]);
        if is_ordinal_word(lw) || (is_stop_word(lw) && lw != b"percent" && lw != b"pct") {
            return Err(token_end(b, we));
        }
        if first.bare_one && !is_measure_noun(lw) {
            return Err(we);
        }
        if let (Some(s), 1.0) = (scale_word(lw), first.scale) {
            lo *= s;
            hi *= s;
            end = we;
        } else if lw == b"percent" {
            percent = true;
            end = we;
        } else if !lw.is_empty() && unit.is_none() {
            if let Ok(w) = std::str::from_utf8(lw) {
                unit = Some(singular(w));
            }
            end = we;
        }
    }

    // Ranges: `10-20`, `10 to 20`, `between 10 and 20`.
    let between = lower_eq(b, before, b"between");
    let from = lower_eq(b, before, b"from");
    if unit.is_none() && !percent {
        let mut dash_tight = false;
        let mut second_at = None;
        if b.get(end) == Some(&b'-') && b.get(end + 1).is_some_and(|c| c.is_ascii_alphanumeric()) {
            dash_tight = true;
            second_at = Some(end + 1);
        } else {
            let s = skip_spaces(text, end);
            let rest = &b[s..];
            if rest.starts_with("–".as_bytes()) || rest.starts_with("—".as_bytes()) {
                second_at = Some(skip_spaces(text, s + 3));
                dash_tight = s == end;
            } else if s > end && rest.starts_with(b"- ") {
                second_at = Some(skip_spaces(text, s + 1));
            } else if rest.starts_with(b"--")
                || (s > end && !from && (rest.starts_with(b"to ") || rest.starts_with(b"To ")))
            {
                second_at = Some(skip_spaces(text, s + 2));
            } else if s > end && between && rest.starts_with(b"and ") {
                second_at = Some(skip_spaces(text, s + 3));
            }
        }
        if let Some(mut q) = second_at {
            // A currency sign may repeat: `$5 to $10 million`.
            if currency.is_some() {
                if let Some(c) = next_char(text, q) {
                    if matches!(c, '$' | '€' | '£' | '¥') {
                        q = skip_spaces(text, q + c.len_utf8());
                    }
                }
            }
            let same_kind = b
                .get(q)
                .is_some_and(|c| c.is_ascii_digit() == digit && c.is_ascii_alphanumeric());
            let second = if same_kind {
                parse_number(text, q, currency.is_some()).ok()
            } else {
                None
            };
            match second {
                Some(s2) => {
                    let year_like = first.plain_int
                        && first.int_digits == 4
                        && (1000.0..=2100.0).contains(&first.value);
                    let compound = dash_tight
                        && s2.end + 1 < n
                        && matches!(b[s2.end], b'-' | b'/' | b'.')
                        && b[s2.end + 1].is_ascii_digit();
                    if compound || s2.leading_zero || (year_like && s2.plain_int) {
                        return Err(token_end(b, s2.end));
                    }
                    let mut l = first.value;
                    if first.scale == 1.0 && s2.scale > 1.0 && first.value < s2.value / s2.scale {
                        l *= s2.scale;
                    }
                    if s2.value > l {
                        lo = l;
                        hi = s2.value;
                        end = s2.end;
                        unit = s2.glued_unit.map(str::to_string);
                        ranged = true;
                        if between {
                            if let Some((ws, _)) = before {
                                start = ws;
                            }
                        }
                    } else if dash_tight {
                        // `787-8`, `A320-200`: a model and its variant.
                        if first.plain_int && s2.plain_int && first.int_digits >= 3 {
                            cx.id = Some((i, i + first.int_digits));
                        }
                        return Err(token_end(b, s2.end));
                    }
                }
                None if dash_tight && digit => {
                    if first.plain_int && first.int_digits >= 3 {
                        cx.id = Some((i, i + first.int_digits));
                    }
                    return Err(token_end(b, end));
                }
                None => {}
            }
        }
    }

    // Percent.
    if unit.is_none() && currency.is_none() {
        if let Some((e, pp)) = percent_after(text, end) {
            percent = true;
            point = pp;
            end = e;
        }
    }

    // The counted noun, or a currency after the number.
    let after = word_after(text, end);
    if !percent && unit.is_none() {
        if let Some((s, e)) = after {
            if currency.is_none() {
                if let Some(code) = currency_code(&b[s..e]) {
                    currency = Some(code);
                    end = e;
                }
            }
        }
        if let Some((u, e)) = unit_after(text, end, lo != 1.0 || hi != 1.0) {
            match currency_noun(&u) {
                Some(code) if currency.is_none() || currency == Some(code) || u == "dollar" => {
                    if u == "cent" {
                        lo /= 100.0;
                        hi /= 100.0;
                    }
                    currency = Some(currency.unwrap_or(code));
                    end = e;
                }
                Some(_) => {}
                None if currency.is_none() => {
                    unit = Some(u);
                    end = e;
                }
                None => {}
            }
        }
    }

    // --- Rejections: years, days, times, identifiers, pronoun `one`.
    let plain = first.plain_int && !ranged && currency.is_none() && !percent;
    let hedge = hedge_before(text, start, hedges);
    let bw = before.map(|(s, e)| &b[s..e]);
    let mut bbuf = [0u8; 32];
    let blw = bw.map(|w| lower(&mut bbuf, w));
    if plain && first.int_digits == 4 && (1000.0..=2100.0).contains(&first.value) {
        let cue = blw.is_some_and(is_year_cue);
        let in_range = (1900.0..=2100.0).contains(&first.value);
        if cue || (in_range && !(hedge.is_some() && unit.is_some())) {
            return Err(skip);
        }
    }
    if first.plain_int
        && !ranged
        && (1.0..=31.0).contains(&first.value)
        && currency.is_none()
        && !percent
    {
        // `November 20`, `Nov. 20`, `20 November`.
        let mut mb = i;
        if prev_char(text, skip_spaces_back(text, i)) == Some('.') {
            mb = skip_spaces_back(text, i) - 1;
        }
        let month_before = word_before(text, mb)
            .or_else(|| (mb < i).then(|| word_before(text, mb + 1)).flatten())
            .is_some_and(|(s, e)| is_month(&b[s..e]));
        let month_before = month_before
            || (mb < i && {
                let mut s = mb;
                while s > 0 && b[s - 1].is_ascii_alphabetic() {
                    s -= 1;
                }
                is_month(&b[s..mb])
            });
        let month_after = word_after(text, first.end).is_some_and(|(s, e)| is_month(&b[s..e]));
        if month_before || month_after {
            return Err(skip);
        }
    }
    if !ranged && currency.is_none() && !percent {
        // `8 a.m.`, `10 pm`, `9 o'clock`.
        let s = skip_spaces(text, first.end);
        let rest = &b[s..];
        let starts = |p: &[u8]| {
            rest.len() >= p.len()
                && rest[..p.len()].eq_ignore_ascii_case(p)
                && rest.get(p.len()).is_none_or(|c| !c.is_ascii_alphanumeric())
        };
        if first.value <= 24.0
            && (starts(b"a.m") || starts(b"p.m") || starts(b"am") || starts(b"pm"))
            && !lower_eq(b, after, b"am")
            || starts(b"o'clock")
            || starts(b"GMT")
            || starts(b"UTC")
            || starts(b"hrs")
        {
            return Err(skip);
        }
        // `I am`: only skip `am` when it cannot be the verb.
        if first.value <= 12.0 && lower_eq(b, after, b"am") && b[after.map_or(0, |a| a.0)] == b'a' {
            let next = after.and_then(|(_, e)| word_after(text, e));
            if next.is_none() {
                return Err(skip);
            }
        }
    }
    if !first.words && first.leading_zero {
        return Err(skip);
    }
    if first.plain_int && first.int_digits >= 7 {
        return Err(skip);
    }
    if hash && first.scale == 1.0 {
        return Err(skip);
    }
    if digit && !ranged {
        // Digit groups in a row: phone numbers, codes, scores.
        let s = skip_spaces(text, first.end);
        let pure = |k: usize| k >= b.len() || !(b[k].is_ascii_alphanumeric() || b[k] == b'_');
        let tight_after = s == first.end + 1 && b.get(s).is_some_and(u8::is_ascii_digit) && {
            let mut e = s;
            while e < b.len() && b[e].is_ascii_digit() {
                e += 1;
            }
            pure(e)
        };
        let tight_before = i >= 2 && b[i - 1] == b' ' && b[i - 2].is_ascii_digit() && {
            let mut k = i - 2;
            while k > 0 && b[k - 1].is_ascii_digit() {
                k -= 1;
            }
            k == 0 || !(b[k - 1].is_ascii_alphabetic() || b[k - 1] == b'_')
        };
        if tight_after || tight_before {
            return Err(token_end(b, s));
        }
    }
    let simple = !first.words
        && !first.grouped
        && first.scale == 1.0
        && first.glued_unit.is_none()
        && !first.leading_zero;
    if simple && currency.is_none() && !percent && hedge.is_none() {
        let dotted = before.is_none() && {
            let e = skip_spaces_back(text, start);
            e < start && e > 0 && b[e - 1] == b'.'
        };
        if dotted {
            let e = skip_spaces_back(text, start) - 1;
            let mut s = e;
            while s > 0 && b[s - 1].is_ascii_alphabetic() {
                s -= 1;
            }
            let mut buf = [0u8; 32];
            if s < e && is_id_cue(lower(&mut buf, &b[s..e])) {
                return Err(skip);
            }
        }
        if let Some((ws, we)) = before {
            let w = &b[ws..we];
            let mut buf = [0u8; 32];
            let lw = lower(&mut buf, w);
            let function_word = is_stop_word(lw) || is_modifier_word(lw) || lw.ends_with(b"ly");
            let capital = w.iter().any(u8::is_ascii_uppercase)
                && !is_month(w)
                && !(sentence_initial(text, ws) && function_word)
                && w.len() > 1;
            if is_id_cue(lw) || capital {
                if first.plain_int {
                    cx.id = Some((i, i + first.int_digits));
                }
                return Err(skip);
            }
        }
    }
    if first.plain_int && !ranged && unit.is_none() && currency.is_none() && !percent {
        // `the 787 would`, `Boeing's 747.`, `the first 787`: a name.
        let poss = i >= 3 && b[i - 1] == b' ' && b[i - 2] == b's' && {
            let a = &b[..i - 2];
            a.ends_with(b"'") || a.ends_with("\u{2019}".as_bytes())
        };
        if poss || blw.is_some_and(|w| matches!(w, b"first" | b"final" | b"last")) {
            cx.id = Some((i, i + first.int_digits));
            return Err(skip);
        }
    }
    if first.plain_int && currency.is_none() && !percent && hedge.is_none() {
        cx.plain = Some((i, i + first.int_digits));
    }
    if first.words && b[i].is_ascii_uppercase() && !sentence_initial(text, i) {
        // `the Big Three`, `our One Ford plan`, `Formula One`: a name.
        return Err(skip);
    }
    if first.bare_one {
        if blw.is_some_and(is_one_pronoun_cue) || unit.is_none() {
            return Err(skip);
        }
        if let Some((s, e)) = after {
            let mut buf = [0u8; 32];
            if matches!(
                lower(&mut buf, &b[s..e]),
                b"of" | b"another" | b"way" | b"side" | b"thing" | b"point" | b"stage"
            ) {
                return Err(skip);
            }
        }
    }

    let category = if percent {
        if point {
            unit = Some("percentage point".to_string());
        } else {
            unit = Some("percent".to_string());
        }
        "percent"
    } else if let Some(c) = currency {
        unit = Some(c.to_string());
        "money"
    } else {
        "quantity"
    };
    let value = if ranged { (lo + hi) / 2.0 } else { lo };
    let (start, h) = match hedge {
        Some((hs, h)) => (hs, Some((h.phrase.as_str(), h.below, h.above))),
        None => (start, None),
    };
    Ok(make((start, end), value, (lo, hi), h, unit, category))
}

/// `hundreds of`, `tens of thousands of`, `dozens`: a vague number.
fn vague_at(
    text: &str,
    i: usize,
    we: usize,
    v0: f64,
    hedges: &[Hedge],
) -> Result<QuantityExpr, usize> {
    let b = text.as_bytes();
    let mut value = v0;
    let mut end = we;
    let mut of_end = None;
    while let Some((s, e)) = word_after(text, end) {
        if !b[s..e].eq_ignore_ascii_case(b"of") {
            break;
        }
        of_end = Some(e);
        let Some((s2, e2)) = word_after(text, e) else {
            break;
        };
        let mut buf = [0u8; 32];
        match plural_scale(lower(&mut buf, &b[s2..e2])) {
            Some(v) if v > 12.0 => {
                value *= v;
                end = e2;
                of_end = None;
            }
            _ => break,
        }
    }
    let first_lower = {
        let mut buf = [0u8; 32];
        let lw = lower(&mut buf, &b[i..we]);
        std::str::from_utf8(lw).unwrap_or("").to_string()
    };
    if first_lower == "tens" && value == v0 {
        return Err(we);
    }
    let phrase = format!("{first_lower} of");
    let (lo, hi) = match hedges.iter().find(|h| h.phrase == phrase) {
        Some(h) => (
            value * (1.0 - h.below),
            if h.above.is_infinite() {
                f64::INFINITY
            } else {
                value * (1.0 + h.above)
            },
        ),
        None if first_lower == "dozens" => (value * 2.0, value * 12.0),
        None => (value, value * 10.0),
    };
    let mut unit = None;
    let mut category = "quantity";
    let (mut lo, mut hi) = (lo, hi);
    if let Some(oe) = of_end {
        if let Some((u, e)) = unit_after(text, oe, true) {
            end = e;
            if let Some(code) = currency_noun(&u) {
                category = "money";
                if u == "cent" {
                    lo /= 100.0;
                    hi /= 100.0;
                    value /= 100.0;
                }
                unit = Some(code.to_string());
            } else {
                unit = Some(u);
            }
        }
    }
    let (start, hedge) = match hedge_before(text, i, hedges) {
        Some((hs, h)) => {
            lo = (lo * (1.0 - h.below)).max(0.0);
            hi = if h.above.is_infinite() {
                f64::INFINITY
            } else {
                hi * (1.0 + h.above)
            };
            (hs, format!("{} {phrase}", h.phrase.to_ascii_lowercase()))
        }
        None => (i, phrase),
    };
    Ok(QuantityExpr {
        start,
        end,
        value,
        lo,
        hi,
        hedge: Some(hedge),
        unit,
        category,
    })
}
