//! Shares written as word fractions: `half of the votes`, `more than
//! half of its sales`, `a third of the staff`, `a quarter of the homes`
//! are percents (50, 33.3, 25), read round: a writer says `half` of 48
//! or 52 percent alike.

use super::context::make;
use super::reading::Written;
use super::text::{lower, word_after, word_before};
use super::QuantityExpr;
use crate::lexicon::Hedge;

/// Words before `half` or `a quarter` that make it a part of a period or
/// a thing rather than a share: `the first half of the year`, `the other
/// half of the city`, `two and a half`.
const NO_SHARE_BEFORE: &[&[u8]] = &[
    b"first",
    b"second",
    b"latter",
    b"other",
    b"the",
    b"a",
    b"an",
    b"and",
    b"one",
    b"back",
    b"front",
    b"top",
    b"bottom",
    b"upper",
    b"lower",
    b"northern",
    b"southern",
    b"eastern",
    b"western",
    b"final",
    b"opening",
    b"this",
    b"that",
    b"each",
    b"every",
    b"by",
];

/// The last place a word fraction is read to: `half` is 45 to 55 percent.
const SHARE_PLACE: f64 = 10.0;

/// The share that starts with the word at `i..we` (`half`, or `a` of `a
/// third`), with the hedge before it, if the words make one: the
/// fraction, then `of` and no `a`/`an` (`a quarter of an hour` is a
/// time).
pub(super) fn share_at(
    text: &str,
    (i, we): (usize, usize),
    hedge: Option<(usize, &Hedge)>,
) -> Option<QuantityExpr> {
    let b = text.as_bytes();
    let mut buf = [0u8; 32];
    let (value, end) = match lower(&mut buf, &b[i..we]) {
        b"half" => (50.0, we),
        b"a" => {
            let (s, e) = word_after(text, we)?;
            let mut b2 = [0u8; 32];
            match lower(&mut b2, &b[s..e]) {
                b"third" => (100.0 / 3.0, e),
                b"quarter" => (25.0, e),
                _ => return None,
            }
        }
        _ => return None,
    };
    let (os, oe) = word_after(text, end)?;
    if !b[os..oe].eq_ignore_ascii_case(b"of") {
        return None;
    }
    let after_of = word_after(text, oe).map(|(s, e)| &b[s..e]);
    if after_of.is_some_and(|w| w.eq_ignore_ascii_case(b"a") || w.eq_ignore_ascii_case(b"an")) {
        return None;
    }
    if let Some((s, e)) = word_before(text, i) {
        let mut b3 = [0u8; 32];
        if NO_SHARE_BEFORE.contains(&lower(&mut b3, &b[s..e])) {
            return None;
        }
    }
    let (start, h) = match hedge {
        Some((hs, h)) => (hs, Some(h)),
        None => (i, None),
    };
    Some(make(
        (start, end),
        value,
        (value, value),
        // Round, as a scaled figure is: half a unit of its last place.
        &Written {
            last_place: SHARE_PLACE,
            trailing_zeros: 0,
            scaled: true,
        },
        h,
        Some("percent".into()),
        "percent",
    ))
}

#[cfg(test)]
mod tests {
    use crate::quantity::find_quantities;

    fn shares(text: &str) -> Vec<(String, f64, f64, f64)> {
        find_quantities(text, &crate::lexicon::Lexicon::defaults().hedges)
            .into_iter()
            .filter(|q| q.unit.as_deref() == Some("percent"))
            .map(|q| (text[q.start..q.end].to_string(), q.value, q.lo, q.hi))
            .collect()
    }

    #[test]
    fn word_fractions_of_a_whole_are_percents() {
        let s = shares("Exports made up half of the country's trade.");
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].0, "half");
        assert!(s[0].2 < 50.0 && s[0].3 > 50.0, "{s:?}");
        let s = shares("More than half of the voters stayed home.");
        assert_eq!(s[0].0, "More than half");
        assert!(s[0].3 > 50.0, "{s:?}");
        let s = shares("A third of the staff were laid off.");
        assert!((s[0].1 - 33.3).abs() < 0.1, "{s:?}");
        let s = shares("Police say a quarter of the homes were damaged.");
        assert_eq!(s[0].1, 25.0);
    }

    #[test]
    fn halves_of_periods_and_times_are_no_shares() {
        for text in [
            "Sales rose in the first half of the year.",
            "The other half of the town was spared.",
            "He waited a quarter of an hour.",
            "They walked a third of a mile.",
            "The price fell by half.",
            "Half the size of the old one.",
            "It took two and a half hours.",
        ] {
            assert!(shares(text).is_empty(), "{text}: {:?}", shares(text));
        }
    }
}
