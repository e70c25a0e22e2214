//! The scanner: walks the text once, a block of bytes at a time, and reads
//! a number expression at each word start that begins with a digit or a
//! number word.
//!
//! All positions handed around are byte offsets on char boundaries: the
//! scanner only stops on ASCII bytes, and every step back or forward over
//! non-ASCII text goes through `char` iteration or `str::get`.

use super::context::*;
use super::forms;
use super::number::*;
use super::reading::Written;
use super::starts::{article_alone, may_start_number, Block};
use super::text::*;
use super::vague::vague_at;
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
    // Where to go on reading: expressions do not overlap.
    let mut resume = 0;
    let mut base = 0;
    while base < b.len() {
        let block = Block::at(b, base);
        let mut starts = block.starts;
        while starts != 0 {
            let k = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let i = base + k;
            if i < resume || (i > 0 && !b[i - 1].is_ascii() && !at_word_start(text, i)) {
                continue;
            }
            let mut at = i;
            if !b[i].is_ascii_digit() {
                let run = block.letters_from(k);
                let end = if k + run == 64 {
                    word_end(b, base + 64)
                } else {
                    i + run
                };
                if run == 1
                    && matches!(b[i], b'e' | b'p')
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                {
                    // `e80 million`, `p74million`: a currency sign some
                    // feeds write as a letter.
                    at = i + 1;
                } else if !may_start_number(&b[i..end]) || article_alone(text, i, end) {
                    // Most words are no number: skip them without reading
                    // an expression (which would end at the word's end too).
                    continue;
                }
            }
            let mut cx = Cx::default();
            match expr_at(text, at, hedges, &mut cx) {
                Ok(mut q) => {
                    if let Some(last) = out.last() {
                        if q.start < last.end {
                            q.start = i.max(last.end);
                        }
                    }
                    resume = q.end.max(i + 1);
                    out.push(q);
                    plain.push(cx.plain.and_then(|(s, e)| text.get(s..e)));
                }
                Err(next) => {
                    if let Some(id) = cx.id.and_then(|(s, e)| text.get(s..e)) {
                        if !ids.contains(&id) {
                            ids.push(id);
                        }
                    }
                    resume = next.max(i + 1);
                }
            }
            if resume >= base + 64 {
                break;
            }
        }
        // The next block starts where reading goes on.
        base = (base + 64).max(resume);
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
            '-' if pp_alnum && digit && forms::magnitude_before(text, i - 1) => {}
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
        // `4-1/2-month`: a fraction, no path.
        let fraction = s == i && {
            let mut d = i;
            while d < n && b[d].is_ascii_digit() {
                d += 1;
            }
            forms::fraction_after(text, d).is_some()
        };
        if skip - i > MAX_TOKEN
            || b[s..skip].iter().any(|c| {
                matches!(c, b'_' | b'@' | b'=' | b'\\' | b'|') || (*c == b'/' && !fraction)
            })
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

    if !digit {
        // `twice`, `a decade`, `half a century`, `a pair of`.
        if let Some(r) = forms::word_form_at(text, i, hedges) {
            return r;
        }
    }
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
    if money_before.is_some_and(|(s, _)| b[s].is_ascii_lowercase()) && first.scale == 1.0 {
        // `e80` without a scale: no amount.
        return Err(skip);
    }
    let mut end = first.end;
    let mut lo = first.value;
    let mut hi = first.value;
    // `3 1/2 months`, `2 ½ years`: a whole number and a fraction.
    let mut place = None;
    if first.plain_int && first.int_digits <= 3 {
        if let Some((f, e, p)) = forms::fraction_after(text, first.end) {
            lo += f;
            hi += f;
            end = e;
            place = Some(p);
        }
    }
    if digit && first.plain_int && (1.0..=8.0).contains(&first.value) {
        // `6-foot-2`, `5 ft 8 in`: a height, in inches.
        if let Some((inches, e)) = forms::height_after(text, first.end) {
            let v = first.value * 12.0 + inches;
            let hedge = hedge_before(text, i, hedges);
            return Ok(make(
                (hedge.map_or(i, |h| h.0), e),
                v,
                (v, v),
                &forms::exact(1.0),
                hedge.map(|h| h.1),
                Some("inch".into()),
                "quantity",
            ));
        }
    }
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
        if lw == b"inch" && forms::names_a_product(text, we) {
            // `the 13-inch MacBook`: a model's size, not a measure.
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
            // `15,800-square-metre`, `a 12-cubic-foot tank`: the measure is
            // the two words.
            if matches!(lw, b"square" | b"cubic")
                && b.get(we) == Some(&b'-')
                && b.get(we + 1).is_some_and(u8::is_ascii_alphabetic)
            {
                let we2 = word_end(b, we + 1);
                let mut buf2 = [0u8; 32];
                if let Ok(w2) = std::str::from_utf8(lower(&mut buf2, &b[we + 1..we2])) {
                    if !w2.is_empty() {
                        unit = unit.map(|u| format!("{u} {}", singular(w2)));
                        end = we2;
                    }
                }
            }
        }
    }

    // Ranges: `10-20`, `10 to 20`, `between 10 and 20`.
    let between = lower_eq(b, before, b"between");
    // `ranging from 7 to 75`, not `rose from 7 to 9` (a change).
    let from = lower_eq(b, before, b"from")
        && !before
            .and_then(|(s, _)| word_before(text, s))
            .is_some_and(|(s, e)| {
                let mut buf = [0u8; 32];
                matches!(
                    lower(&mut buf, &b[s..e]),
                    b"ranging" | b"ranged" | b"range" | b"ranges" | b"varying" | b"aged"
                )
            });
    if unit.is_none() && !percent {
        let mut dash_tight = false;
        let mut second_at = None;
        let mut to_cue = false;
        let mut sign_repeated = false;
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
            } else if rest.starts_with(b"--") {
                second_at = Some(skip_spaces(text, s + 2));
            } else if s > end && !from && (rest.starts_with(b"to ") || rest.starts_with(b"To ")) {
                to_cue = true;
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
                        sign_repeated = true;
                        q = skip_spaces(text, q + c.len_utf8());
                    }
                }
            }
            // `between six and 75 years`, `ranging from seven to 75`:
            // after an explicit range cue a number word and digits pair.
            let cued = between || (!from && lower_eq(b, before, b"from"));
            let same_kind = b.get(q).is_some_and(|c| {
                c.is_ascii_alphanumeric() && (cued || c.is_ascii_digit() == digit)
            });
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
                    let score = first.plain_int
                        && s2.plain_int
                        && !between
                        && !from
                        && (dash_tight || !b[end..q].iter().any(u8::is_ascii_alphabetic))
                        && forms::is_score(text, start, s2.end);
                    if compound
                        || score
                        || s2.leading_zero
                        || (year_like && s2.plain_int && currency.is_none())
                    {
                        return Err(token_end(b, s2.end));
                    }
                    let mut l = first.value;
                    if first.scale == 1.0 && s2.scale > 1.0 && first.value < s2.value / s2.scale {
                        l *= s2.scale;
                    }
                    // `dropped $100 to $1,199`: a change by the first
                    // amount to the second, not a range.
                    let change = to_cue
                        && sign_repeated
                        && s2.value >= CHANGE_RATIO * l
                        && before.is_some_and(|(s, e)| is_change_verb(&b[s..e]));
                    if !change && s2.value > l {
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

    // `magnitude 5.9`, `a magnitude of 6.1`.
    if unit.is_none() && currency.is_none() && forms::magnitude_before(text, start) {
        unit = Some("magnitude".into());
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
    if unit.is_none() && currency.is_none() && !percent && !ranged {
        let mut bb = [0u8; 32];
        let bl = word_before(text, start).map(|(s, e)| lower(&mut bb, &b[s..e]));
        if let Some((s, e)) = after.filter(|&(s, e)| b[s..e].eq_ignore_ascii_case(b"times")) {
            // `married three times`, not `three times larger`.
            if s == skip_spaces(text, end) && forms::times_is_count(text, lo, e, bl) {
                unit = Some("time".into());
                end = e;
            }
        } else if let Some(u) = forms::part_unit(text, end) {
            // `9 of the 40 miners`: a part, kept apart from totals.
            unit = Some(u);
        }
    }
    if let Some(y) = unit
        .as_deref()
        .and_then(|u| forms::period_years(u.as_bytes()))
    {
        // `two decades`: 20 years.
        lo *= y;
        hi *= y;
        unit = Some("year".into());
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
            || (first.int_digits == 4
                && first.value <= 2359.0
                && first.value % 100.0 < 60.0
                && starts(b"hours")
                && blw.is_some_and(|w| {
                    matches!(
                        w,
                        b"at"
                            | b"by"
                            | b"from"
                            | b"until"
                            | b"around"
                            | b"about"
                            | b"before"
                            | b"after"
                    )
                }))
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
    if digit && !ranged && place.is_none() {
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
            // `with John 12 weeks ago`: a name, then an offset.
            let offset = unit
                .as_deref()
                .is_some_and(|u| forms::time_noun(u.as_bytes()).is_some())
                && word_after(text, end).is_some_and(|(s, e)| {
                    let mut buf = [0u8; 32];
                    matches!(lower(&mut buf, &b[s..e]), b"ago" | b"later" | b"earlier")
                });
            if is_id_cue(lw) || (capital && !offset) {
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
    let written = match place {
        Some(p) => forms::exact(p),
        None => Written::of(&text[i..first.end], first.value),
    };
    let (start, h) = match hedge {
        Some((hs, h)) => (hs, Some(h)),
        None => (start, None),
    };
    Ok(make(
        (start, end),
        value,
        (lo, hi),
        &written,
        h,
        unit,
        category,
    ))
}

/// How many times the first amount the second of `dropped $100 to $1,199`
/// must be for the two to be a change (by the first, to the second) rather
/// than a range (`rose $2 to $3`).
const CHANGE_RATIO: f64 = 3.0;

/// Verbs of change before an amount: `dropped $100 to $1,199` is a change
/// by $100 to $1,199, not a range.
fn is_change_verb(word: &[u8]) -> bool {
    let mut buf = [0u8; 32];
    matches!(
        lower(&mut buf, word),
        b"dropped"
            | b"drops"
            | b"fell"
            | b"falls"
            | b"fallen"
            | b"rose"
            | b"rises"
            | b"risen"
            | b"climbed"
            | b"jumped"
            | b"slipped"
            | b"declined"
            | b"increased"
            | b"decreased"
            | b"cut"
            | b"raised"
            | b"lowered"
            | b"reduced"
            | b"slashed"
            | b"plunged"
            | b"soared"
            | b"surged"
            | b"tumbled"
    )
}
