//! Time zones of clock times as written: an abbreviation (`GMT`, `EST`),
//! an offset (`+05:30`, `GMT+3`), `local time`, or a place's time
//! (`Beijing time`, `Eastern time`); and their offsets from UTC on a
//! given day, read from the IANA database bundled in the binary (jiff's
//! `tzdb-bundle-always`), loaded only when a written zone needs it.

use std::sync::Mutex;

use jiff::civil::Date;

/// Zone abbreviations written after a clock time, with their offsets from
/// UTC in minutes. Only abbreviations with one common meaning in English
/// news: `IST` (India or Ireland) and `CST` (US or China) are not read.
pub(super) const ABBREVIATIONS: &[(&str, i16)] = &[
    ("GMT", 0),
    ("UTC", 0),
    ("Coordinated Universal Time", 0),
    ("Z", 0),
    ("BST", 60),
    ("CET", 60),
    ("CEST", 120),
    ("EET", 120),
    ("EEST", 180),
    ("EST", -300),
    ("EDT", -240),
    ("CDT", -300),
    ("MST", -420),
    ("MDT", -360),
    ("PST", -480),
    ("PDT", -420),
    ("JST", 540),
    ("AEST", 600),
    ("AEDT", 660),
];

/// US zones written out (`Eastern time`): standard or daylight time by
/// the date, as their IANA zones say.
const US_ZONES: &[(&str, &str)] = &[
    ("Eastern", "America/New_York"),
    ("Central", "America/Chicago"),
    ("Mountain", "America/Denver"),
    ("Pacific", "America/Los_Angeles"),
];

/// The zone a clock time is told in. Small (a claim's event date and a
/// date claim's value hold one): an IANA zone is an index into the
/// gazetteer's table of zones ([`crate::gazetteer::Gazetteer::zone_name`]).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub enum Zone {
    /// An abbreviation of the table in `src/temporal/zone.rs`, by its
    /// place there (`GMT` and `Z` are read as `UTC`).
    Abbreviation(u8),
    /// An offset written with the time (`+05:30`, `GMT+3`), minutes east of UTC.
    Offset(i16),
    /// `local time` where the place, and so its zone, is not known.
    Local,
    /// An IANA zone (`Beijing time`, or `local time` at a place the
    /// gazetteer knows) with its offset on the event's day.
    Iana {
        /// The gazetteer's zone index.
        zone: u16,
        /// Minutes east of UTC on the event's day.
        offset: i16,
        /// Written `local time` (the zone is the place's).
        local: bool,
    },
    /// An IANA zone whose offset is not known: no day to read it on, and
    /// the zone changes with the seasons.
    Undated {
        /// The gazetteer's zone index.
        zone: u16,
        /// Written `local time`.
        local: bool,
    },
}

impl Zone {
    /// The abbreviation `name`, as [`ABBREVIATIONS`] spells it (`GMT`,
    /// `UTC` and `Z` all read as `UTC`).
    pub(super) fn abbreviation(name: &str) -> Option<Zone> {
        let (_, offset) = ABBREVIATIONS.iter().find(|(n, _)| *n == name)?;
        let name = if *offset == 0 { "UTC" } else { name };
        let i = ABBREVIATIONS.iter().position(|(n, _)| *n == name)?;
        u8::try_from(i).ok().map(Zone::Abbreviation)
    }

    /// The zone of a place's time (`Beijing time`, `Eastern time`): a US
    /// zone written out, or a town, region or country of the gazetteer
    /// with a million people or more (a smaller place rarely names a
    /// time).
    pub(super) fn of_place(name: &str) -> Option<Zone> {
        use crate::gazetteer::{is_calendar_word, Gazetteer, PlaceKind, WELL_KNOWN_POPULATION};
        let g = Gazetteer::embedded();
        let iana = match US_ZONES.iter().find(|(n, _)| *n == name) {
            Some((_, iana)) => *iana,
            None if is_calendar_word(name) => return None,
            None => {
                let p = g.resolve(name, None)?;
                let kind = p.kind != PlaceKind::County;
                if !kind || p.population < WELL_KNOWN_POPULATION || p.timezone.is_empty() {
                    return None;
                }
                p.timezone
            }
        };
        let zone = g.zone_index(iana)?;
        Some(Zone::Undated { zone, local: false })
    }

    /// Minutes east of UTC, when known.
    pub fn utc_offset(self) -> Option<i16> {
        match self {
            Zone::Abbreviation(i) => ABBREVIATIONS.get(usize::from(i)).map(|&(_, o)| o),
            Zone::Offset(o) | Zone::Iana { offset: o, .. } => Some(o),
            Zone::Local | Zone::Undated { .. } => None,
        }
    }

    /// Whether it was written `local time` (its place known or not): the
    /// clock of the event's place, as a time with no zone is read.
    pub fn is_local(self) -> bool {
        matches!(
            self,
            Zone::Local | Zone::Iana { local: true, .. } | Zone::Undated { local: true, .. }
        )
    }

    /// The zone once the event's place and day are known: `local time`
    /// takes the place's zone (`place_zone`, the gazetteer's index), and
    /// an IANA zone its offset at `minutes` after midnight on `day` (DST
    /// matters); without a day, only a zone whose offset is the same all
    /// year gets one.
    pub fn settle(self, place_zone: Option<u16>, day: Option<Date>, minutes: u16) -> Zone {
        let (zone, local) = match (self, place_zone) {
            (Zone::Local, Some(zone)) => (zone, true),
            (Zone::Undated { zone, local }, _) => (zone, local),
            _ => return self,
        };
        match offset_on(zone, day, minutes) {
            Some(offset) => Zone::Iana {
                zone,
                offset,
                local,
            },
            None => Zone::Undated { zone, local },
        }
    }

    /// Reads what [`Zone`]'s `Display` writes.
    pub(super) fn parse(s: &str) -> Option<Zone> {
        if let Some(z) = Zone::abbreviation(s) {
            return Some(z);
        }
        if let Some(o) = s.strip_prefix("UTC") {
            return parse_offset(o).map(Zone::Offset);
        }
        let (local, rest) = match s.strip_prefix("local time") {
            Some(r) => (true, r.trim().trim_start_matches('(').trim_end_matches(')')),
            None => (false, s),
        };
        if local && rest.is_empty() {
            return Some(Zone::Local);
        }
        let (name, offset) = match rest.split_once([',', ' ']) {
            Some((n, o)) => {
                let o = o.trim().trim_start_matches('(').trim_end_matches(')');
                (n, Some(parse_offset(o.strip_prefix("UTC")?)?))
            }
            None => (rest, None),
        };
        let zone = crate::gazetteer::Gazetteer::embedded().zone_index(name)?;
        Some(match offset {
            Some(offset) => Zone::Iana {
                zone,
                offset,
                local,
            },
            None => Zone::Undated { zone, local },
        })
    }
}

/// `+05:30`, `-5`, `+0530`, `+ 3` as minutes east of UTC (at most 14 hours).
pub(super) fn parse_offset(s: &str) -> Option<i16> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let (sign, digits) = match s.as_bytes().first()? {
        b'+' => (1, &s[1..]),
        b'-' => (-1, &s[1..]),
        _ => return None,
    };
    let (h, m) = match digits.split_once(':') {
        Some((h, m)) => (h, m),
        None if digits.len() > 2 => digits.split_at(digits.len() - 2),
        None => (digits, "0"),
    };
    let (h, m): (i16, i16) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 14 && m < 60).then_some(sign * (h * 60 + m))
}

/// `UTC+05:30`, `UTC-05:00`.
fn offset_text(o: i16) -> String {
    let sign = if o < 0 { '-' } else { '+' };
    format!("UTC{sign}{:02}:{:02}", o.abs() / 60, o.abs() % 60)
}

/// IANA zones read so far, by the gazetteer's index: a run reads a few.
static ZONES_READ: Mutex<Vec<(u16, jiff::tz::TimeZone)>> = Mutex::new(Vec::new());

/// The IANA zone of the gazetteer's index `zone`, from the bundled database.
fn time_zone(zone: u16) -> Option<jiff::tz::TimeZone> {
    let mut read = ZONES_READ.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, tz)) = read.iter().find(|(z, _)| *z == zone) {
        return Some(tz.clone());
    }
    let name = crate::gazetteer::Gazetteer::embedded().zone_name(zone)?;
    let tz = jiff::tz::TimeZoneDatabase::bundled().get(name).ok()?;
    read.push((zone, tz.clone()));
    Some(tz)
}

/// The offset of zone `zone` at `minutes` after midnight on `day`; with
/// no day, the offset it has all year, if it has one (read on the 15th of
/// January and of July of 2024).
fn offset_on(zone: u16, day: Option<Date>, minutes: u16) -> Option<i16> {
    let tz = time_zone(zone)?;
    let at = |d: Date| -> Option<i16> {
        let h = i8::try_from(minutes / 60).ok()?;
        let m = i8::try_from(minutes % 60).ok()?;
        let zoned = d.at(h, m, 0, 0).to_zoned(tz.clone()).ok()?;
        i16::try_from(zoned.offset().seconds() / 60).ok()
    };
    match day {
        Some(d) => at(d),
        None => {
            let winter = at(jiff::civil::date(2024, 1, 15))?;
            (at(jiff::civil::date(2024, 7, 15))? == winter).then_some(winter)
        }
    }
}

impl std::fmt::Display for Zone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = |zone: u16| {
            crate::gazetteer::Gazetteer::embedded()
                .zone_name(zone)
                .unwrap_or("?")
        };
        match *self {
            Zone::Abbreviation(i) => {
                f.write_str(ABBREVIATIONS.get(usize::from(i)).map_or("?", |z| z.0))
            }
            Zone::Offset(o) => f.write_str(&offset_text(o)),
            Zone::Local => f.write_str("local time"),
            Zone::Iana {
                zone,
                offset,
                local: true,
            } => write!(f, "local time ({}, {})", name(zone), offset_text(offset)),
            Zone::Iana { zone, offset, .. } => {
                write!(f, "{} ({})", name(zone), offset_text(offset))
            }
            Zone::Undated { zone, local: true } => write!(f, "local time ({})", name(zone)),
            Zone::Undated { zone, .. } => f.write_str(name(zone)),
        }
    }
}

impl std::fmt::Debug for Zone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&self.to_string(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::Zone;

    fn zone(name: &str) -> u16 {
        crate::gazetteer::Gazetteer::embedded()
            .zone_index(name)
            .expect("a zone of the table")
    }

    #[test]
    fn local_time_takes_the_places_zone_on_the_day_dst_included() {
        let moscow = Zone::Local.settle(Some(zone("Europe/Moscow")), None, 8 * 60);
        assert_eq!(moscow.utc_offset(), Some(180));
        let london = zone("Europe/London");
        let summer = Zone::Local.settle(Some(london), Some(jiff::civil::date(2024, 7, 1)), 600);
        let winter = Zone::Local.settle(Some(london), Some(jiff::civil::date(2024, 1, 1)), 600);
        assert_eq!(
            (summer.utc_offset(), winter.utc_offset()),
            (Some(60), Some(0))
        );
        // No day and a zone that changes: no offset.
        assert_eq!(
            Zone::Local.settle(Some(london), None, 600).utc_offset(),
            None
        );
        // No place: still local.
        assert_eq!(Zone::Local.settle(None, None, 600), Zone::Local);
    }

    #[test]
    fn zones_print_and_read_back() {
        let ny = zone("America/New_York");
        let zones = [
            Zone::abbreviation("GMT").expect("GMT"),
            Zone::abbreviation("EST").expect("EST"),
            Zone::Offset(330),
            Zone::Offset(-300),
            Zone::Local,
            Zone::Iana {
                zone: ny,
                offset: -240,
                local: true,
            },
            Zone::Iana {
                zone: ny,
                offset: -300,
                local: false,
            },
            Zone::Undated {
                zone: ny,
                local: true,
            },
            Zone::Undated {
                zone: ny,
                local: false,
            },
        ];
        for z in zones {
            assert_eq!(Zone::parse(&z.to_string()), Some(z), "{z}");
        }
        assert_eq!(zones[0].to_string(), "UTC");
        assert_eq!(zones[2].to_string(), "UTC+05:30");
        assert_eq!(
            zones[5].to_string(),
            "local time (America/New_York, UTC-04:00)"
        );
    }

    #[test]
    fn places_name_times_only_when_well_known() {
        let beijing = Zone::of_place("Beijing").expect("Beijing time");
        assert_eq!(beijing.settle(None, None, 0).utc_offset(), Some(480));
        assert!(Zone::of_place("Eastern").is_some());
        assert_eq!(Zone::of_place("Friday"), None);
        assert_eq!(Zone::of_place("Summer"), None);
    }

    #[test]
    fn offsets_as_written() {
        assert_eq!(super::parse_offset("+05:30"), Some(330));
        assert_eq!(super::parse_offset("-5"), Some(-300));
        assert_eq!(super::parse_offset("+0530"), Some(330));
        assert_eq!(super::parse_offset("+ 3"), Some(180));
        assert_eq!(super::parse_offset("+25"), None);
        assert_eq!(super::parse_offset("5"), None);
    }
}
