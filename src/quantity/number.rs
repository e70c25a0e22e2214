//! Reading a number at a position: digits with separators, decimals,
//! glued or spelled-out scales, and number words.

use super::text::*;
use super::words::*;

/// A number as read, before context is considered.
#[derive(Clone, Copy, Debug)]
pub(super) struct Num {
    pub(super) end: usize,
    pub(super) value: f64,
    /// Digits only, no separators, decimals or scale.
    pub(super) plain_int: bool,
    /// Count of integer digits (for digit numbers).
    pub(super) int_digits: usize,
    /// Written with thousands separators.
    pub(super) grouped: bool,
    /// Starts with `0` and has more digits (`01`, `007`).
    pub(super) leading_zero: bool,
    /// Written in words.
    pub(super) words: bool,
    /// The single word `one`.
    pub(super) bare_one: bool,
    /// Multiplier applied by a scale word or abbreviation (1 when none).
    pub(super) scale: f64,
    /// A unit glued to the digits (`500km`).
    pub(super) glued_unit: Option<&'static str>,
}

/// Length of a thousands separator at `j`, if one is there.
pub(super) fn sep_len(b: &[u8], j: usize) -> usize {
    match b.get(j..) {
        Some([b',' | b' ', ..]) => 1,
        Some([0xC2, 0xA0, ..]) => 2,
        Some([0xE2, 0x80, 0x89 | 0xAF, ..]) => 3,
        _ => 0,
    }
}

/// Reads digits at `i`. `Err` carries where to resume scanning.
pub(super) fn parse_digits(text: &str, i: usize, money: bool) -> Result<Num, usize> {
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
        } else if let Some(s) = scale_word(lw) {
            // `74million`: a scale word run on.
            num.scale = s;
        } else if let Some(u) = glued_unit(lw) {
            num.glued_unit = Some(u);
        } else {
            return Err(skip);
        }
        num.end = we;
        num.plain_int = false;
    } else if let Some((s, e)) = word_after(text, closing_quote(text, j)) {
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

/// Past a closing quote mark right at `j` when a scale word follows it
/// (`“$2.1” billion`); `j` otherwise.
fn closing_quote(text: &str, j: usize) -> usize {
    match next_char(text, j) {
        Some(c @ ('"' | '\u{201d}')) => {
            let k = j + c.len_utf8();
            let scaled = word_after(text, k).is_some_and(|(s, e)| {
                let mut buf = [0u8; 32];
                scale_word(lower(&mut buf, &text.as_bytes()[s..e])).is_some()
            });
            if scaled {
                k
            } else {
                j
            }
        }
        _ => j,
    }
}

/// Reads number words at `i` (`twenty-five`, `one hundred and six`,
/// `a dozen`, `half a million`).
pub(super) fn parse_words(text: &str, i: usize) -> Result<Num, usize> {
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

pub(super) fn parse_number(text: &str, i: usize, money: bool) -> Result<Num, usize> {
    if text.as_bytes()[i].is_ascii_digit() {
        parse_digits(text, i, money)
    } else {
        parse_words(text, i)
    }
}
