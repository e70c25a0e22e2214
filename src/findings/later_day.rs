//! A figure tied to a day (`46 were arrested Wednesday night`, scope `day
//! wednesday`) counts what happened that day. A source published before
//! that day cannot have counted it: its figure, whatever it says, is of
//! another day, so the two are no conflict (`one person was arrested`
//! in an article of the Tuesday before).

use crate::claims::{Claim, Tense};
use crate::source::Source;
use crate::temporal::{self, DateForm, DateValue, Direction};
use jiff::civil::Date;

/// Why a pair is left undecided by [`told_before`].
pub(super) const WHY: &str =
    "one figure is of a day after the other source was published: counts of different days";

/// Whether either figure is tied to a day after the other's source was
/// published.
pub(super) fn told_before(a: &Claim, b: &Claim, sources: &[Source]) -> bool {
    let published = |c: &Claim| sources.get(c.source).and_then(|s| s.meta.published);
    let after = |x: &Claim, y: &Claim| match (day_of(x, published(x)), published(y)) {
        (Some(day), Some(other)) => other < day,
        _ => false,
    };
    after(a, b) || after(b, a)
}

/// The date of the weekday a past figure is tied to, the latest such day
/// on or before its source's date.
fn day_of(c: &Claim, published: Option<Date>) -> Option<Date> {
    if c.subject.tense == Tense::Future {
        return None;
    }
    let anchor = published?;
    let name = c
        .subject
        .counted
        .as_deref()?
        .scope
        .iter()
        .find_map(|s| s.strip_prefix("day "))?;
    let mut chars = name.chars();
    let capitalised: String = chars.next()?.to_uppercase().chain(chars).collect();
    let weekday = temporal::weekday_named(&capitalised)?;
    match temporal::resolve(&DateForm::Weekday(weekday), Some(anchor), Direction::Past)? {
        DateValue::Day(day) => Some(day),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::{claims_of, ClaimKind};

    fn figure(text: &str, date: &str) -> Claim {
        claims_of(text, Some(date))
            .into_iter()
            .find(|c| c.kind == ClaimKind::Quantity)
            .unwrap_or_else(|| panic!("no quantity in {text:?}"))
    }

    fn day(text: &str, date: &str) -> Option<Date> {
        let published: Option<Date> = date.parse().ok();
        day_of(&figure(text, date), published)
    }

    #[test]
    fn a_weekday_is_the_latest_on_or_before_the_article() {
        // 2024-05-08 is a Wednesday.
        let d = |s: &str| s.parse::<Date>().ok();
        let s = "Police said 46 protesters were arrested on Wednesday night.";
        assert_eq!(day(s, "2024-05-08"), d("2024-05-08"));
        assert_eq!(day(s, "2024-05-09"), d("2024-05-08"));
        let s = "Police said 46 protesters were arrested on Monday night.";
        assert_eq!(day(s, "2024-05-08"), d("2024-05-06"));
        assert_eq!(
            day("Police said 46 protesters were arrested.", "2024-05-08"),
            None
        );
    }
}
