//! What surrounds a number: currency signs, percent words, the counted
//! noun, hedges, and cue words for identifiers.

use super::reading::{ReadingSettings, Written};
use super::text::*;
use super::words::*;
use super::QuantityExpr;
use crate::lexicon::Hedge;

/// A currency sign or code right before `start`: (where it starts, code).
pub(super) fn currency_before(text: &str, start: usize) -> Option<(usize, &'static str)> {
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
        // `e80 million`, `p74million`: glued letters some feeds write for
        // € and £ (the scanner asks for a scale after them).
        'e' | 'p' if k == start && at_word_start(text, s) => {
            Some((s, if c == 'e' { "eur" } else { "gbp" }))
        }
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
pub(super) fn percent_after(text: &str, p: usize) -> Option<(usize, bool)> {
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

/// The end of a model name written with a space whose code is the word
/// at `s..e` (`AK 47` in `12 AK 47 rifles`): one to three capital
/// letters, one space, at most four digits, then a word that is no stop
/// word (the noun the model names); `carrying an AK 47` has none.
fn spaced_model_end(text: &str, s: usize, e: usize) -> Option<usize> {
    let b = text.as_bytes();
    let code = &b[s..e];
    if !(1..=3).contains(&code.len()) || !code.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    if b.get(e) != Some(&b' ') {
        return None;
    }
    let mut me = e + 1;
    while me < b.len() && b[me].is_ascii_digit() {
        me += 1;
    }
    if !(1..=4).contains(&(me - e - 1)) || b.get(me) != Some(&b' ') {
        return None;
    }
    let (s2, e2) = word_after(text, me)?;
    let mut b2 = [0u8; 32];
    let next = lower(&mut b2, &b[s2..e2]);
    (!next.is_empty() && !is_stop_word(next) && next.iter().all(u8::is_ascii_alphabetic))
        .then_some(me)
}

/// Whether the word at `s..e` is a model code run into its number: one to
/// three capitals right before a digit (`M16`, `A320`, `F16s`).
fn joined_model(b: &[u8], s: usize, e: usize) -> bool {
    (1..=3).contains(&(e - s))
        && b[s..e].iter().all(u8::is_ascii_uppercase)
        && b.get(e).is_some_and(u8::is_ascii_digit)
}

/// Where the conjunction ends when the word from `e` on is `and` or `or`
/// followed by a capitalised word (`Somali| and Yemeni`).
fn coordinated_capital(text: &str, e: usize) -> Option<usize> {
    let b = text.as_bytes();
    let (s2, e2) = word_after(text, e)?;
    if !(b[s2..e2].eq_ignore_ascii_case(b"and") || b[s2..e2].eq_ignore_ascii_case(b"or")) {
        return None;
    }
    let (s3, _) = word_after(text, e2)?;
    b[s3].is_ascii_uppercase().then_some(e2)
}

/// The counted noun after `p`, skipping up to two modifiers: (singular
/// lower-case noun, end of the noun).
pub(super) fn unit_after(text: &str, p: usize, many: bool) -> Option<(String, usize)> {
    let b = text.as_bytes();
    let mut k = p;
    for idx in 0..4 {
        let s = skip_spaces(text, k);
        if s == k {
            return None;
        }
        let e = word_end_hyphen(b, s);
        // `three M16 rifles`, `30 A320s`: a model code run into its number
        // is read like `AK-47`.
        let joined = idx < 3 && joined_model(b, s, e);
        if e == s || (!joined && e < b.len() && (b[e].is_ascii_digit() || b[e] == b'_')) {
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
        if joined
            || idx < 3 && b.get(e) == Some(&b'-') && b.get(e + 1).is_some_and(u8::is_ascii_digit)
        {
            // `AK-47 rifles`: a model name before the noun; `AK-47s`
            // alone counts the model.
            let mut me = e + 1;
            while me < b.len() && (b[me].is_ascii_alphanumeric() || b[me] == b'-') {
                me += 1;
            }
            let noun_next = word_after(text, me).is_some_and(|(s2, e2)| {
                let mut b2 = [0u8; 32];
                let l2 = lower(&mut b2, &b[s2..e2]);
                !l2.is_empty() && !is_stop_word(l2)
            });
            if noun_next {
                k = me;
                continue;
            }
            let model = text.get(s..me)?.to_ascii_lowercase();
            let model = model.strip_suffix('s').unwrap_or(&model).to_string();
            return Some((model, me));
        }
        // `12 AK 47 rifles`: a model name written with a space, a short
        // capitalised code and a number, before the noun it names.
        if idx < 3 {
            if let Some(me) = spaced_model_end(text, s, e) {
                k = me;
                continue;
            }
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
        // `150 nautical miles`, `40 square miles`: the measure is the two
        // words, not the second alone.
        if matches!(lw, b"nautical" | b"square" | b"cubic") {
            if let Some((s2, _)) = word_after(text, e) {
                let e2 = word_end_hyphen(b, s2);
                let mut b2 = [0u8; 32];
                let l2 = lower(&mut b2, &b[s2..e2]);
                if let (Ok(first), Ok(second)) = (std::str::from_utf8(lw), std::str::from_utf8(l2))
                {
                    if !second.is_empty() && !is_stop_word(l2) {
                        return Some((format!("{first} {}", singular(second)), e2));
                    }
                }
            }
        }
        if idx < 3 {
            let mut next_content = false;
            let mut next_plural = false;
            let mut compound = false;
            if let Some((s2, _)) = word_after(text, e) {
                let e2 = word_end_hyphen(b, s2);
                let mut b2 = [0u8; 32];
                let l2 = lower(&mut b2, &b[s2..e2]);
                next_content = !l2.is_empty() && !is_stop_word(l2) && num_word(l2).is_none();
                next_plural = next_content
                    && ((l2.len() > 3 && l2.ends_with(b"s") && !l2.ends_with(b"ss"))
                        || matches!(l2, b"people" | b"men" | b"women" | b"children"));
                // `a rocket propelled grenade`, `a solar powered pump`: a
                // compound adjective written without its hyphen.
                compound = is_compound_participle(l2)
                    && word_after(text, e2).is_some_and(|(s3, e3)| {
                        let mut b3 = [0u8; 32];
                        let l3 = lower(&mut b3, &b[s3..e3]);
                        !l3.is_empty() && !is_stop_word(l3)
                    });
            }
            let singular_form = !lw.ends_with(b"s") || lw.ends_with(b"ss");
            // `23 Somali and Yemeni pirates`, `40 British and French
            // troops`: capitalised modifiers joined by `and`/`or` before
            // one noun.
            if upper && singular_form {
                if let Some(after_and) = coordinated_capital(text, e) {
                    k = after_and;
                    continue;
                }
            }
            let modifier = (compound && (!lw.ends_with(b"s") || lw.ends_with(b"ss")))
                || next_content
                    && (is_modifier_word(lw)
                        || hyphen
                        || upper
                        || (has_modifier_suffix(lw) && singular_form)
                        || (many && singular_form && next_plural));
            // `one grenade launcher`: a singular noun before a noun that
            // ends the phrase is its modifier.
            if modifier || (!many && singular_form && noun_head_after(text, e)) {
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

/// Whether the word after `e` is the head of a noun compound ending the
/// phrase (`one grenade launcher,`): written in lower case, known to the
/// lexical tables as a noun and never as a verb or adjective (`one man
/// died`, `one car park`), and followed by a stop word, punctuation or
/// nothing.
fn noun_head_after(text: &str, e: usize) -> bool {
    use crate::lexical::{Lexical, Pos};
    let b = text.as_bytes();
    let Some((s2, e2)) = word_after(text, e) else {
        return false;
    };
    let w = &text[s2..e2];
    if !b[s2].is_ascii_lowercase() || !w.bytes().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    let ends = match word_after(text, e2) {
        Some((s3, e3)) => {
            let mut b3 = [0u8; 32];
            is_stop_word(lower(&mut b3, &b[s3..e3]))
                || b[e2..s3].iter().any(|c| !c.is_ascii_whitespace())
        }
        None => true,
    };
    let lex = Lexical::embedded();
    ends && !is_stop_word(w.as_bytes())
        && lex.knows(w, Pos::Noun)
        && !lex.knows(w, Pos::Verb)
        && !lex.knows(w, Pos::Adj)
}

/// Participles that make a compound adjective with the noun before them
/// (`rocket propelled`, `state owned`, `Saudi led`).
fn is_compound_participle(w: &[u8]) -> bool {
    matches!(
        w,
        b"propelled"
            | b"powered"
            | b"based"
            | b"led"
            | b"owned"
            | b"backed"
            | b"controlled"
            | b"operated"
            | b"funded"
            | b"sponsored"
            | b"guided"
    )
}

/// Modifiers that are never the counted noun (`2,200 more`, `five new`).
pub(super) fn is_comparative(w: &[u8]) -> bool {
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
pub(super) fn is_id_cue(w: &[u8]) -> bool {
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

/// The quantity at `start..end` whose figure is `lo..=hi` as written
/// (one value unless a range), read with its hedge and how it is written.
pub(super) fn make(
    (start, end): (usize, usize),
    value: f64,
    (lo, hi): (f64, f64),
    written: &Written,
    hedge: Option<&Hedge>,
    unit: Option<String>,
    category: &'static str,
) -> QuantityExpr {
    let (lo, hi, reading) = ReadingSettings::defaults().interval((lo, hi), written, hedge);
    QuantityExpr {
        start,
        end,
        value,
        lo,
        hi,
        hedge: hedge.map(|h| h.phrase.to_ascii_lowercase()),
        unit,
        category,
        reading,
    }
}

pub(super) fn hedge_before<'h>(
    text: &str,
    start: usize,
    hedges: &'h [Hedge],
) -> Option<(usize, &'h Hedge)> {
    let b = text.as_bytes();
    let s = skip_spaces_back(text, start);
    // Nothing but spaces before: no hedge fits.
    if s == start || s == 0 {
        return None;
    }
    let mut best: Option<(usize, &Hedge)> = None;
    // The byte before the spaces: most hedges end in another letter and
    // are passed over without comparing them.
    let last = b[s - 1].to_ascii_lowercase();
    for h in hedges {
        let p = h.phrase.as_bytes();
        if p.is_empty() || p.len() > s || p[p.len() - 1].to_ascii_lowercase() != last {
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
    // `$160 million over eight years`, `5% over a decade`: after a figure,
    // `over` spans the period the figure is over; it hedges nothing.
    if best.is_some_and(|(a, h)| h.phrase.eq_ignore_ascii_case("over") && figure_ends(text, a)) {
        return None;
    }
    best
}

/// Whether a figure ends right before byte `at` (spaces between): a digit,
/// a percent sign or a scale word (`$160 million`).
fn figure_ends(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let token_end = skip_spaces_back(text, at);
    if b[..token_end]
        .last()
        .is_some_and(|c| c.is_ascii_digit() || *c == b'%')
    {
        return true;
    }
    let mut buf = [0u8; 32];
    word_before(text, at).is_some_and(|(s, e)| scale_word(lower(&mut buf, &b[s..e])).is_some())
}
