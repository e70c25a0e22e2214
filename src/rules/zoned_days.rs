//! Days told beside zoned times of day (`at 3:40 a.m. local time on
//! Monday`, `at 1840 GMT on Sunday`): one instant may fall on two days in
//! two zones, so such days are judged on the instant, in UTC.

use super::checks::{Explain, Verdict};
use crate::claims::{Claim, Value};
use crate::temporal::{DateValue, Zone};
use jiff::civil::Date;

/// A day claim's day, and the time of day told beside it with the
/// minutes its zone is east of UTC, when known.
struct Zoned {
    day: Date,
    time: Option<(u16, Zone, Option<i16>)>,
}

impl Zoned {
    fn of(c: &Claim) -> Option<Zoned> {
        let Value::Date {
            resolved: Some(DateValue::Day(day)),
            ..
        } = &c.value
        else {
            return None;
        };
        let time = match c.subject.event_date {
            Some(DateValue::Time {
                minutes,
                zone: Some(z),
            }) => Some((minutes, z, z.utc_offset())),
            _ => None,
        };
        Some(Zoned { day: *day, time })
    }

    /// Minutes since 2000-01-01 00:00 UTC of the instant, when its zone's
    /// offset is known.
    fn instant(&self) -> Option<i64> {
        let (minutes, _, offset) = self.time?;
        let days = i64::from(
            self.day
                .since(jiff::civil::date(2000, 1, 1))
                .ok()?
                .get_days(),
        );
        Some(days * 1440 + i64::from(minutes) - i64::from(offset?))
    }

    /// The UTC day of the instant, when known.
    fn utc_day(&self) -> Option<Date> {
        let days = self.instant()?.div_euclid(1440);
        jiff::civil::date(2000, 1, 1)
            .checked_add(jiff::Span::new().days(days))
            .ok()
    }

    /// `Monday 03:40 local time (Asia/Tokyo, UTC+09:00)`.
    fn shown(&self) -> String {
        match self.time {
            Some((minutes, zone, _)) => format!(
                "{} {}",
                self.day,
                DateValue::Time {
                    minutes,
                    zone: Some(zone)
                }
                .display()
            ),
            None => self.day.to_string(),
        }
    }
}

/// `2023-07-02 18:40 UTC`.
fn utc_text(instant: i64) -> String {
    let (day, m) = (instant.div_euclid(1440), instant.rem_euclid(1440));
    let date = jiff::civil::date(2000, 1, 1)
        .checked_add(jiff::Span::new().days(day))
        .map_or_else(|_| "?".to_string(), |d| d.to_string());
    format!("{date} {:02}:{:02} UTC", m / 60, m % 60)
}

/// The verdict on two day claims when a zoned time beside either decides
/// it, else `None` (the days compare as written):
/// - both zones known: the instants, within `slack` minutes and the
///   times' precision, agree, or fall on one UTC day (the times
///   themselves are judged as times); one day as written whose instants
///   fall on two UTC days conflicts; two days as written that differ
///   compare as written (`None`), so that the checks on days as written
///   still apply (`today` read against two publication dates is loose);
/// - one zone known: a day a day away from the other's, which the
///   instant falls on in UTC, may be the same instant told in another
///   zone (undecided).
pub(super) fn judge(a: &Claim, b: &Claim, slack: f64, ex: Explain) -> Option<Verdict> {
    let (za, zb) = (Zoned::of(a)?, Zoned::of(b)?);
    match (za.instant(), zb.instant()) {
        (Some(ia), Some(ib)) => both_zoned((&za, ia), (&zb, ib), slack, ex),
        (Some(_), None) => one_zoned(&za, &zb, ex),
        (None, Some(_)) => one_zoned(&zb, &za, ex),
        (None, None) => None,
    }
}

fn both_zoned(
    (za, ia): (&Zoned, i64),
    (zb, ib): (&Zoned, i64),
    slack: f64,
    ex: Explain,
) -> Option<Verdict> {
    let reach = |z: &Zoned| {
        let m = z.time.map_or(0, |t| t.0);
        i64::from(crate::temporal::precision(m))
    };
    // Whole minutes: the rule's slack is at most 720 (rules/load.rs).
    let slack = slack.round() as i64;
    let gap = ((ia - ib).abs() - reach(za) - reach(zb)).max(0);
    // A zone other than UTC is shown with the UTC instant it gives.
    let with_utc = |z: &Zoned, i: i64| match z.time.and_then(|t| t.2) {
        Some(0) => z.shown(),
        _ => format!("{} ({})", z.shown(), utc_text(i)),
    };
    let told = || format!("{} and {}", with_utc(za, ia), with_utc(zb, ib));
    if gap <= slack {
        Some(Verdict::consistent(
            ex.why(|| format!("{}: one instant", told())),
        ))
    } else if za.utc_day() == zb.utc_day() {
        Some(Verdict::consistent(
            ex.why(|| format!("{}: one day in UTC", told())),
        ))
    } else if za.day == zb.day {
        Some(Verdict::conflict(
            false,
            ex.why(|| format!("{}: days apart in UTC", told())),
        ))
    } else {
        None
    }
}

/// `zoned` has a known instant, `other` a day told in a zone unknown.
fn one_zoned(zoned: &Zoned, other: &Zoned, ex: Explain) -> Option<Verdict> {
    let utc = zoned.utc_day()?;
    (utc != zoned.day && other.day == utc).then(|| {
        Verdict::undecided(ex.why(|| {
            format!(
                "{} falls on {utc} in UTC: {} may be that instant told in another zone",
                zoned.shown(),
                other.day
            )
        }))
    })
}
