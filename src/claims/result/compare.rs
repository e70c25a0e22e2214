//! When two result claims are of one game or one vote.

use super::{side_words, GAME_CLASS};
use crate::claims::{Claim, Value};
use crate::temporal::DateValue;

/// Whether two sides are one: every word one source writes for it is
/// among the words the other gives it (its name as written, widened by the
/// longer name its article writes elsewhere: `Colts` and `Indianapolis
/// Colts`).
pub fn same_side(written_a: &str, alias_a: &str, written_b: &str, alias_b: &str) -> bool {
    let within = |words: &str, of: &str| {
        let of: Vec<&str> = of.split(' ').collect();
        !words.is_empty() && words.split(' ').all(|w| of.contains(&w))
    };
    let (wa, wb) = (side_words(written_a), side_words(written_b));
    within(&wa, alias_b) || within(&wb, alias_a)
}

/// The sides of a game claim: (winner as written, its alias), (loser, alias).
fn sides(c: &Claim) -> Option<[(&str, &str); 2]> {
    let Value::Result {
        winner: Some(w),
        loser: Some(l),
        ..
    } = &c.value
    else {
        return None;
    };
    let p = &c.subject.participants;
    Some([(w, p.first()?.as_str()), (l, p.get(1)?.as_str())])
}

/// How the sides of two game claims meet: `Some(true)` when both name one
/// winner, `Some(false)` when one's winner is the other's loser, `None`
/// when they are not one pairing of sides (or could be either).
pub fn pairing(a: &Claim, b: &Claim) -> Option<bool> {
    let ([aw, al], [bw, bl]) = (sides(a)?, sides(b)?);
    let same = |x: (&str, &str), y: (&str, &str)| same_side(x.0, x.1, y.0, y.1);
    let straight = same(aw, bw) && same(al, bl);
    let crossed = same(aw, bl) && same(al, bw);
    match (straight, crossed) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Whether the days two results give can be one game's: both a day, the
/// same; a weekday against a day, that day's weekday; else nothing says
/// otherwise.
pub fn days_agree(a: &Option<DateValue>, b: &Option<DateValue>) -> bool {
    use jiff::civil::Weekday;
    let weekday = |v: &DateValue| -> Option<Weekday> {
        match v {
            DateValue::Day(d) => Some(d.weekday()),
            DateValue::Weekday(w) => Some(*w),
            _ => None,
        }
    };
    match (a, b) {
        (Some(DateValue::Day(x)), Some(DateValue::Day(y))) => x == y,
        (Some(x), Some(y)) => weekday(x) == weekday(y),
        _ => true,
    }
}

/// Whether two result claims are of one contest: a game of the same two
/// sides, or a vote of the same key, on days that agree.
pub fn same_contest(a: &Claim, b: &Claim) -> bool {
    let (sa, sb) = (&a.subject, &b.subject);
    if sa.class != sb.class || !days_agree(&sa.event_date, &sb.event_date) {
        return false;
    }
    if &*sa.class == GAME_CLASS {
        pairing(a, b).is_some()
    } else {
        sa.key == sb.key
    }
}
