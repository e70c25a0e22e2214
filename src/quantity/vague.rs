//! Vague plurals: `hundreds of`, `tens of thousands of`, `dozens`.

use super::context::*;
use super::reading::Reading;
use super::text::*;
use super::words::*;
use super::QuantityExpr;
use crate::lexicon::Hedge;

/// `hundreds of`, `tens of thousands of`, `dozens`: a vague number.
pub(super) fn vague_at(
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
        reading: Reading::Hedged,
    })
}
