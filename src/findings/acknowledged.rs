//! A figure whose own sentence gives the other source's figure as the one
//! it replaces (`the 5.1-magnitude quake, which the survey had first
//! rated 5.3`; `the toll was revised to 12 from 15`): its writer knew the
//! other figure and reports a revision, so the two are an update, however
//! close their publication days.

use crate::claims::{Claim, Value};
use crate::quantity::Revision;
use crate::source::Source;
use std::ops::Range;

/// Whether `a`'s sentence marks its figure as revised (`[update] markers`)
/// or names an earlier one (`[update] replaced`: `initially`, `from`) and
/// writes `b`'s figure too (its numeral as written, outside `a`'s own
/// words, not part of a longer number).
pub(super) fn acknowledges(a: &Claim, b: &Claim, sources: &[Source]) -> bool {
    let Value::Quantity { revised, .. } = a.value else {
        return false;
    };
    let (Some(a_src), Some(b_src)) = (sources.get(a.source), sources.get(b.source)) else {
        return false;
    };
    let Some(sentence) = a_src.text.get(a.sentence.clone()) else {
        return false;
    };
    let update = &crate::quantity::ReadingSettings::defaults().update;
    if revised != Revision::Revised && !update.names_replaced(sentence) {
        return false;
    }
    let Some(numeral) = numeral(&b_src.text, &b.span) else {
        return false;
    };
    sentence.match_indices(numeral).any(|(i, m)| {
        let at = a.sentence.start + i..a.sentence.start + i + m.len();
        let outside = at.end <= a.span.start || at.start >= a.span.end;
        outside && whole_number(sentence.as_bytes(), i..i + m.len())
    })
}

/// The first number written in digits in `text[span]` (`5.3` of
/// `5.3-magnitude`, `1,200` of `1,200 homes`); `None` for a number in words.
fn numeral<'t>(text: &'t str, span: &Range<usize>) -> Option<&'t str> {
    let words = text.get(span.clone())?;
    let start = words.find(|c: char| c.is_ascii_digit())?;
    let rest = &words[start..];
    let len = rest
        .char_indices()
        .take_while(|&(i, c)| {
            c.is_ascii_digit()
                || ((c == '.' || c == ',')
                    && rest[i + 1..].starts_with(|n: char| n.is_ascii_digit()))
        })
        .count();
    Some(&rest[..len])
}

/// Whether `bytes[at]` is a whole number: no digit, nor a separator
/// joined to a digit, on either side (`14` is not in `140` or `1.4`).
fn whole_number(bytes: &[u8], at: Range<usize>) -> bool {
    let digit = |i: Option<usize>| i.and_then(|i| bytes.get(i)).is_some_and(u8::is_ascii_digit);
    let separator = |i: Option<usize>| {
        i.and_then(|i| bytes.get(i))
            .is_some_and(|c| *c == b'.' || *c == b',')
    };
    let before = at.start.checked_sub(1);
    let joined_before = digit(before) || (separator(before) && digit(at.start.checked_sub(2)));
    let joined_after = digit(Some(at.end)) || (separator(Some(at.end)) && digit(Some(at.end + 1)));
    !joined_before && !joined_after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_numeral_as_written() {
        let t = "A 5.3-magnitude quake and 1,200 homes; six people.";
        assert_eq!(numeral(t, &(2..15)), Some("5.3"));
        assert_eq!(numeral(t, &(26..37)), Some("1,200"));
        assert_eq!(numeral(t, &(39..49)), None);
    }

    #[test]
    fn only_whole_numbers_count() {
        let s = b"rated 5.3, then 15.3 and 140";
        assert!(whole_number(s, 6..9), "5.3 followed by a comma and a space");
        assert!(!whole_number(s, 17..20), "5.3 inside 15.3");
        assert!(!whole_number(s, 25..27), "14 inside 140");
    }
}
