//! Number forms written with words around them: `twice`, `three times`,
//! `a decade`, `half a century`, `a pair of`, `an hour` after a hedge,
//! fractions (`3 1/2`, `2 ½`), parts (`9 of the 40 miners`), and the
//! records and scores that are two numbers, not one (`a 23-7 record`).

use super::context::{hedge_before, make, unit_after};
use super::reading::Written;
use super::text::*;
use super::words::*;
use super::QuantityExpr;
use crate::lexicon::Hedge;

/// Whether a word after `a`/`an` can make a number form with it: a
/// period of time (`a decade`, `a week` when hedged or an offset) or
/// `pair`.
pub(super) fn article_form_word(w: &[u8]) -> bool {
    period_years(w).is_some() || time_noun(w).is_some() || measure_noun(w).is_some() || w == b"pair"
}

/// Years in a decade or century word (`decades` → 10).
pub(super) fn period_years(w: &[u8]) -> Option<f64> {
    match w {
        b"decade" | b"decades" => Some(10.0),
        b"century" | b"centuries" => Some(100.0),
        b"quarter-century" => Some(25.0),
        b"half-century" => Some(50.0),
        _ => None,
    }
}

/// A time noun, singular (`weeks` → `week`).
pub(super) fn time_noun(w: &[u8]) -> Option<&'static str> {
    Some(match w {
        b"second" | b"seconds" => "second",
        b"minute" | b"minutes" => "minute",
        b"hour" | b"hours" => "hour",
        b"day" | b"days" => "day",
        b"week" | b"weeks" => "week",
        b"month" | b"months" => "month",
        b"year" | b"years" => "year",
        _ => return None,
    })
}

/// A measure noun after a hedged `a`/`an` (`less than an inch`).
fn measure_noun(w: &[u8]) -> Option<&'static str> {
    Some(match w {
        b"inch" => "inch",
        b"foot" => "foot",
        b"mile" => "mile",
        b"metre" | b"meter" => "metre",
        b"kilometre" | b"kilometer" => "kilometre",
        b"pound" => "pound",
        b"ton" | b"tonne" => "ton",
        _ => return None,
    })
}

/// Words after a period of time that make it an offset (`a week ago`).
fn is_offset_word(w: &[u8]) -> bool {
    matches!(w, b"ago" | b"later" | b"earlier" | b"after" | b"before")
}

/// An exact figure whose last written place is `place`.
pub(super) fn exact(place: f64) -> Written {
    Written {
        last_place: place,
        trailing_zeros: 0,
        scaled: false,
    }
}

/// The lower-case word at `s..e` (empty when longer than 32 bytes).
fn lw<'a>(buf: &'a mut [u8; 32], text: &str, (s, e): (usize, usize)) -> &'a [u8] {
    lower(buf, &text.as_bytes()[s..e])
}

/// Forms that start with a word no number parser reads: `twice`,
/// `thrice`, `a|an` + a period or `pair of`, `half a century`. `None`
/// when the word at `i` starts none of them.
pub(super) fn word_form_at(
    text: &str,
    i: usize,
    hedges: &[Hedge],
) -> Option<Result<QuantityExpr, usize>> {
    let b = text.as_bytes();
    let we = word_end(b, i);
    let mut buf = [0u8; 32];
    let first = lw(&mut buf, text, (i, we));
    let hedge = hedge_before(text, i, hedges);
    let h = hedge.map(|(_, h)| h);
    let start = hedge.map_or(i, |(s, _)| s);
    match first {
        b"twice" | b"thrice" => {
            let v = if first == b"twice" { 2.0 } else { 3.0 };
            if multiplier_after(text, we) {
                return Some(Err(we));
            }
            let q = make(
                (start, we),
                v,
                (v, v),
                &exact(1.0),
                h,
                Some("time".into()),
                "quantity",
            );
            Some(Ok(q))
        }
        b"a" | b"an" | b"half" => {
            // `killing two and wounding a third`: one more victim.
            if first == b"a" && hedge.is_none() {
                if let Some(q) = super::one_more::one_more_at(text, (i, we)) {
                    return Some(Ok(q));
                }
            }
            // `half of the votes`, `a third of the staff`: a share.
            if let Some(q) = super::shares::share_at(text, (i, we), hedge) {
                return Some(Ok(q));
            }
            let mut p = we;
            let mut factor = 1.0;
            if first == b"half" {
                let (s, e) = word_after(text, p)?;
                if !b[s..e].eq_ignore_ascii_case(b"a") {
                    return None;
                }
                p = e;
                factor = 0.5;
            }
            let (s, _) = word_after(text, p)?;
            let e = word_end_hyphen(b, s);
            let mut buf2 = [0u8; 32];
            let w = lw(&mut buf2, text, (s, e));
            if let Some(y) = period_years(w) {
                let v = y * factor;
                let place = if factor < 1.0 { 1.0 } else { y };
                return Some(Ok(make(
                    (start, e),
                    v,
                    (v, v),
                    &exact(place),
                    h,
                    Some("year".into()),
                    "quantity",
                )));
            }
            if first == b"half" {
                return None;
            }
            if w == b"pair" {
                let (os, oe) = word_after(text, e)?;
                if !b[os..oe].eq_ignore_ascii_case(b"of") {
                    return None;
                }
                let (unit, end) = match unit_after(text, oe, true) {
                    Some((u, ue)) => (Some(u), ue),
                    None => (None, e),
                };
                return Some(Ok(make(
                    (start, end),
                    2.0,
                    (2.0, 2.0),
                    &exact(1.0),
                    h,
                    unit,
                    "quantity",
                )));
            }
            let unit = match time_noun(w) {
                Some(u) => u,
                // `less than an inch`, `nearly a mile`: hedged only.
                None if hedge.is_some() => measure_noun(w)?,
                None => return None,
            };
            let offset = word_after(text, e).is_some_and(|r| {
                let mut b3 = [0u8; 32];
                is_offset_word(lw(&mut b3, text, r))
            });
            if w.ends_with(b"s") || !(offset || hedge.is_some()) {
                return None;
            }
            Some(Ok(make(
                (start, e),
                1.0,
                (1.0, 1.0),
                &exact(1.0),
                h,
                Some(unit.into()),
                "quantity",
            )))
        }
        _ => None,
    }
}

/// Whether `twice`/`N times` ending at `end` multiplies rather than
/// counts occasions: `twice as many`, `three times larger`, `five times
/// the size`, `twice a week` (a rate).
pub(super) fn multiplier_after(text: &str, end: usize) -> bool {
    let b = text.as_bytes();
    if b.get(end) == Some(&b'-') {
        // `three times-larger`
        return true;
    }
    let Some(r) = word_after(text, end) else {
        return false;
    };
    let mut buf = [0u8; 32];
    let w = lw(&mut buf, text, r);
    matches!(
        w,
        b"as"
            | b"the"
            | b"that"
            | b"than"
            | b"more"
            | b"less"
            | b"fewer"
            | b"over"
            | b"a"
            | b"an"
            | b"per"
            | b"each"
            | b"every"
            | b"daily"
            | b"weekly"
            | b"monthly"
            | b"yearly"
            | b"annually"
            | b"its"
            | b"their"
            | b"his"
            | b"her"
            | b"what"
    ) || (w.len() > 4 && w.ends_with(b"er") && !w.ends_with(b"ever"))
}

/// Whether `times` after a number is a count of occasions, not a factor:
/// `married three times` but not `five times as many`, `grew 1.5
/// times`, `three times larger`. `words_before` is the lower-case word
/// before the number.
pub(super) fn times_is_count(text: &str, value: f64, end: usize, before: Option<&[u8]>) -> bool {
    if value.fract() != 0.0 || value < 1.0 || multiplier_after(text, end) {
        return false;
    }
    !before.is_some_and(|w| {
        matches!(
            w,
            b"grew"
                | b"grow"
                | b"grown"
                | b"rose"
                | b"risen"
                | b"increased"
                | b"jumped"
                | b"multiplied"
                | b"fell"
                | b"dropped"
                | b"by"
                | b"some"
        )
    })
}

/// A fraction after a whole number at `p`: ` 1/2`, `-1/2`, ` ½`, `½`,
/// or tokenized ` 1 / 2`. Returns its value, its end and its written
/// place (1/denominator).
pub(super) fn fraction_after(text: &str, p: usize) -> Option<(f64, usize, f64)> {
    let b = text.as_bytes();
    let s = if b.get(p) == Some(&b'-') {
        p + 1
    } else {
        skip_spaces(text, p)
    };
    if let Some(c) = next_char(text, s) {
        let v = match c {
            '½' => Some((0.5, 2.0)),
            '¼' => Some((0.25, 4.0)),
            '¾' => Some((0.75, 4.0)),
            '⅓' => Some((1.0 / 3.0, 3.0)),
            '⅔' => Some((2.0 / 3.0, 3.0)),
            _ => None,
        };
        if let Some((v, d)) = v {
            let e = s + c.len_utf8();
            if b.get(e).is_some_and(u8::is_ascii_alphanumeric) {
                return None;
            }
            return Some((v, e, 1.0 / d));
        }
    }
    if s == p && b.get(p) != Some(&b'-') {
        return None;
    }
    let digit = |k: usize| b.get(k).copied().filter(u8::is_ascii_digit);
    let num = f64::from(digit(s)? - b'0');
    let mut k = s + 1;
    let spaced = b.get(k) == Some(&b' ');
    if spaced {
        k += 1;
    }
    if b.get(k) != Some(&b'/') {
        return None;
    }
    k += 1;
    if spaced {
        if b.get(k) != Some(&b' ') {
            return None;
        }
        k += 1;
    }
    let den = f64::from(digit(k)? - b'0');
    k += 1;
    if b.get(k).is_some_and(|c| c.is_ascii_digit() || *c == b'/') || num >= den || den < 2.0 {
        return None;
    }
    Some((num / den, k, 1.0 / den))
}

/// Whether a number pair written `23-7` is a record, a score or a vote
/// (two numbers, not a range): by the word after it (`record`, `win`,
/// `vote`) or before it (`won`, `beat`, `lost`).
pub(super) fn is_score(text: &str, start: usize, end: usize) -> bool {
    let mut buf = [0u8; 32];
    let after = word_after(text, end).is_some_and(|r| {
        matches!(
            lw(&mut buf, text, r),
            b"record"
                | b"records"
                | b"win"
                | b"wins"
                | b"victory"
                | b"defeat"
                | b"loss"
                | b"lead"
                | b"score"
                | b"scoreline"
                | b"margin"
                | b"vote"
                | b"votes"
                | b"decision"
                | b"ruling"
                | b"majority"
                | b"draw"
                | b"tie"
                | b"season"
                | b"mark"
                | b"count"
                | b"split"
                | b"aggregate"
        )
    });
    let mut buf2 = [0u8; 32];
    let before = word_before(text, start).is_some_and(|r| {
        matches!(
            lw(&mut buf2, text, r),
            b"won"
                | b"win"
                | b"wins"
                | b"beat"
                | b"beats"
                | b"lost"
                | b"lose"
                | b"loses"
                | b"led"
                | b"leads"
                | b"trail"
                | b"trailed"
                | b"trails"
                | b"defeated"
                | b"drew"
                | b"tied"
                | b"score"
                | b"scored"
                | b"record"
                | b"them"
                | b"him"
                | b"us"
                | b"it"
                | b"finished"
                | b"ended"
                | b"went"
                | b"voted"
                | b"vote"
        )
    });
    after || before
}

/// What the scanner appends to the unit of a part of a whole (`part_unit`).
pub const PART_SUFFIX: &str = " (part)";

/// A part of a whole after a number with no noun of its own: `9 of the
/// 40 miners` → `miner (part)`, `17 of the hijacked ships` → `ship
/// (part)`. `end` is where the number ends.
pub(super) fn part_unit(text: &str, end: usize) -> Option<String> {
    let b = text.as_bytes();
    let (os, oe) = word_after(text, end)?;
    if !b[os..oe].eq_ignore_ascii_case(b"of") {
        return None;
    }
    let (ds, de) = word_after(text, oe)?;
    let mut buf = [0u8; 32];
    if !matches!(
        lw(&mut buf, text, (ds, de)),
        b"the" | b"those" | b"these" | b"its" | b"their" | b"our" | b"his" | b"her"
    ) {
        return None;
    }
    // An inner total (`the 40 miners`) is read on its own afterwards.
    let mut p = skip_spaces(text, de);
    let q = p;
    while p < b.len() && (b[p].is_ascii_digit() || (b[p] == b',' && p > q)) {
        p += 1;
    }
    if p > q && b.get(p).is_some_and(|c| !c.is_ascii_whitespace()) {
        return None;
    }
    let (u, _) = unit_after(text, if p > q { p } else { de }, true)?;
    Some(format!("{u}{PART_SUFFIX}"))
}

/// Whether the word before `pos` (or before `of` there) is
/// `magnitude`: `magnitude 5.9`, `magnitude-5.9`, `a magnitude of 6.1`.
pub(super) fn magnitude_before(text: &str, pos: usize) -> bool {
    let b = text.as_bytes();
    let mut e = skip_spaces_back(text, pos);
    if e > 0 && b[e - 1] == b'-' {
        e -= 1;
    }
    for _ in 0..2 {
        let mut s = e;
        while s > 0 && b[s - 1].is_ascii_alphabetic() {
            s -= 1;
        }
        let w = &b[s..e];
        if w.eq_ignore_ascii_case(b"magnitude") {
            return true;
        }
        if !w.eq_ignore_ascii_case(b"of") {
            return false;
        }
        e = skip_spaces_back(text, s);
    }
    false
}

/// Whether the word after `end` names a product (`MacBook`, `iPad`): a
/// letter in upper case after the first or a capital first letter.
pub(super) fn names_a_product(text: &str, end: usize) -> bool {
    let b = text.as_bytes();
    word_after(text, end).is_some_and(|(s, e)| b[s..e].iter().any(u8::is_ascii_uppercase))
}

/// The inches of a height after its feet (`6-foot-2`, `5 ft 8 in`,
/// `5-feet-8 inches`, `6 feet 2 inches`), from `p` where the feet
/// figure ends: (inches, end).
pub(super) fn height_after(text: &str, p: usize) -> Option<(f64, usize)> {
    let b = text.as_bytes();
    let s = if b.get(p) == Some(&b'-') {
        p + 1
    } else {
        let s = skip_spaces(text, p);
        (s > p).then_some(s)?
    };
    let e = word_end(b, s);
    let mut buf = [0u8; 32];
    if !matches!(lw(&mut buf, text, (s, e)), b"foot" | b"feet" | b"ft") {
        return None;
    }
    let mut k = e;
    if b.get(k) == Some(&b'.') {
        k += 1;
    }
    let hyphen = b.get(k) == Some(&b'-');
    let ds = if hyphen { k + 1 } else { skip_spaces(text, k) };
    if ds == k {
        return None;
    }
    let mut de = ds;
    while de < b.len() && b[de].is_ascii_digit() && de - ds < 2 {
        de += 1;
    }
    let digit_at = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    if de == ds || digit_at(de) || (matches!(b.get(de), Some(b'.' | b',')) && digit_at(de + 1)) {
        return None;
    }
    let inches: f64 = text[ds..de].parse().ok()?;
    if inches >= 12.0 {
        return None;
    }
    // The inches word, when written.
    let mut end = de;
    let after = if b.get(de) == Some(&b'-') {
        Some((de + 1, word_end(b, de + 1)))
    } else {
        word_after(text, de)
    };
    let mut buf2 = [0u8; 32];
    match after.map(|r| (r, lw(&mut buf2, text, r))) {
        Some(((_, we), b"inch" | b"inches" | b"in")) => end = we,
        Some((_, w)) if !hyphen && !is_stop_word(w) => {
            // `6 feet 2 men`: no height.
            return None;
        }
        _ => {
            if matches!(next_char(text, de), Some('"' | '”' | '″')) {
                end = de + next_char(text, de).map_or(0, char::len_utf8);
            }
        }
    }
    Some((inches, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions_after_a_whole_number() {
        assert_eq!(fraction_after("3 1/2 months", 1), Some((0.5, 5, 0.5)));
        assert_eq!(
            fraction_after("2 ½ years", 1).map(|f| f.0),
            Some(0.5),
            "half sign"
        );
        assert_eq!(fraction_after("4-1 / 2-month", 1).map(|f| f.0), Some(0.5));
        assert_eq!(fraction_after("3 3/4 miles", 1).map(|f| f.0), Some(0.75));
        assert_eq!(fraction_after("3 12/24", 1), None);
        assert_eq!(fraction_after("3 1/2/2020", 1), None);
        assert_eq!(fraction_after("3 4/2", 1), None);
        assert_eq!(fraction_after("31/2", 2), None);
    }

    #[test]
    fn multipliers_and_occasions() {
        assert!(multiplier_after("twice as many", 5));
        assert!(multiplier_after("times larger", 5));
        assert!(multiplier_after("twice a week", 5));
        assert!(!multiplier_after("twice in 2010", 5));
        assert!(!multiplier_after("twice.", 5));
        assert!(times_is_count(" times since", 3.0, 6, None));
        assert!(!times_is_count(" times since", 1.5, 6, None));
        assert!(!times_is_count(" times since", 3.0, 6, Some(b"grew")));
    }
}
