//! One place record of the table (a `P` line after its tag, format in
//! `tools/geonames.py`): parsed in full, or only the kind and the codes
//! that [`super::Gazetteer`] indexes its countries, regions and counties by.

use super::{Place, PlaceKind};

/// A place's kind and its country, region and county codes: what the
/// gazetteer's maps of countries, regions and counties are keyed by.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Keys {
    /// Country, region, county or city.
    pub kind: PlaceKind,
    /// ISO 3166 country code.
    pub country: &'static str,
    /// First-level region code; empty for a country.
    pub region: &'static str,
    /// County code; empty above a county.
    pub county: &'static str,
}

/// The tab-separated fields of a line, as `line.split('\t')` gives them
/// (an empty last field after a final tab included), found by a byte loop:
/// the fields are a few bytes long, shorter than a `memchr` call pays off.
fn fields(line: &'static str) -> impl Iterator<Item = &'static str> {
    let mut rest = Some(line);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == b'\t') {
            Some(k) => {
                rest = r.get(k + 1..);
                r.get(..k)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// The kind field's letter.
fn kind(field: &str) -> Option<PlaceKind> {
    match field {
        "c" => Some(PlaceKind::Country),
        "r" => Some(PlaceKind::Region),
        "k" => Some(PlaceKind::County),
        "p" => Some(PlaceKind::City),
        _ => None,
    }
}

/// The numbers of a record after its codes (latitude, longitude,
/// population, time zone), or `None` when one is missing or malformed.
fn numbers<'a>(f: &mut impl Iterator<Item = &'a str>) -> Option<(f32, f32, u64, usize)> {
    let lat = f.next()?.parse().ok()?;
    let lon = f.next()?.parse().ok()?;
    let population = f.next()?.parse().ok()?;
    let zone = f.next()?.parse().ok()?;
    Some((lat, lon, population, zone))
}

/// Whether `field` parses as a `T` (`parse::<T>().is_ok()`), answered
/// without parsing for the plain decimals every record holds: a sign, up
/// to `digits` digits and, where `point`, a decimal part. Anything else is
/// parsed.
fn parses<T: std::str::FromStr>(field: &str, digits: usize, point: bool) -> bool {
    let bytes = field.as_bytes();
    let unsigned = match bytes {
        [b'-', rest @ ..] if point => rest,
        _ => bytes,
    };
    let whole = unsigned.iter().take_while(|b| b.is_ascii_digit()).count();
    let part = match unsigned.get(whole) {
        None => Some(0),
        Some(b'.') if point => {
            let rest = &unsigned[whole + 1..];
            rest.iter().all(u8::is_ascii_digit).then_some(rest.len())
        }
        Some(_) => None,
    };
    let plain = whole > 0 && whole <= digits && part.is_some_and(|p| p <= digits);
    plain || field.parse::<T>().is_ok()
}

/// Whether [`numbers`] would read the next four fields.
fn numbers_parse<'a>(f: &mut impl Iterator<Item = &'a str>) -> Option<()> {
    // Digits that always fit: any count for a float (a long one rounds),
    // 18 for a `u64`, 9 for a `usize` of 32 bits or more.
    let ok = parses::<f32>(f.next()?, usize::MAX, true)
        && parses::<f32>(f.next()?, usize::MAX, true)
        && parses::<u64>(f.next()?, 18, false)
        && parses::<usize>(f.next()?, 9, false);
    ok.then_some(())
}

/// One `P` line after its tag; `zones` are the table's time zones.
pub(super) fn place(line: &'static str, zones: &[&'static str]) -> Option<Place> {
    let mut f = fields(line);
    let id = f.next()?;
    let kind = kind(f.next()?)?;
    let country = f.next()?;
    let region = f.next()?;
    let county = f.next()?;
    let (lat, lon, population, zone) = numbers(&mut f)?;
    let name = f.next()?;
    Some(Place {
        id,
        name,
        kind,
        country,
        region,
        county,
        lat,
        lon,
        population,
        timezone: zones.get(zone).copied().unwrap_or(""),
    })
}

/// The [`Keys`] of one `P` line after its tag, `None` exactly where
/// [`place`] gives `None` (its numbers are checked, not read), without
/// building the place: the gazetteer reads every country, region and
/// county of the table at start, a few thousand records.
pub(super) fn keys(line: &'static str) -> Option<Keys> {
    let mut f = fields(line);
    f.next()?;
    let kind = kind(f.next()?)?;
    let country = f.next()?;
    let region = f.next()?;
    let county = f.next()?;
    numbers_parse(&mut f)?;
    f.next()?;
    Some(Keys {
        kind,
        country,
        region,
        county,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte loop splits as `split('\t')` does: empty fields, a final
    /// tab, no tab, the empty line, non-ASCII text.
    #[test]
    fn fields_split_as_split_does() {
        for line in [
            "",
            "\t",
            "a",
            "a\t",
            "\ta",
            "a\t\tb",
            "12\tc\tAD\t\t\t42.5\t1.5\t7\t3\tAndorra la Vella",
            "9\tp\tFR\t11\t\t48.8\t2.3\t2\t0\tÎle-de-France\t",
        ] {
            let ours: Vec<&str> = fields(line).collect();
            let split: Vec<&str> = line.split('\t').collect();
            assert_eq!(ours, split, "{line:?}");
        }
    }

    /// The shortcut for plain decimals answers as parsing does: signs,
    /// points, empty parts, long runs of digits, words, exponents.
    #[test]
    fn plain_decimals_parse() {
        let fields = [
            "",
            "-",
            ".",
            "-.",
            "1.",
            ".5",
            "-0.5",
            "+1",
            "1.2.3",
            "1e5",
            "inf",
            "NaN",
            "--1",
            "1-",
            "42.518",
            "-95.4",
            "0",
            "007",
            "9999999999",
            "18446744073709551615",
            "18446744073709551616",
            "123456789012345678901234567890.5",
            "١٢",
            " 1",
            "1 ",
        ];
        for field in fields {
            assert_eq!(
                parses::<f32>(field, usize::MAX, true),
                field.parse::<f32>().is_ok(),
                "{field:?}"
            );
            assert_eq!(
                parses::<u64>(field, 18, false),
                field.parse::<u64>().is_ok(),
                "{field:?}"
            );
            assert_eq!(
                parses::<usize>(field, 9, false),
                field.parse::<usize>().is_ok(),
                "{field:?}"
            );
            assert_eq!(
                parses::<u32>(field, 9, false),
                field.parse::<u32>().is_ok(),
                "{field:?}"
            );
        }
    }

    /// The keys are the full parse's, and missing exactly where it is:
    /// good records of each kind, a bad kind, bad or missing numbers, no
    /// name field.
    #[test]
    fn keys_are_the_full_parses() {
        let zones = ["Europe/Andorra", "Europe/Paris"];
        let lines = [
            "3041565\tc\tAD\t\t\t42.518\t1.541\t77006\t0\tAndorra",
            "FR.11\tr\tFR\t11\t\t48.8\t2.3\t12000000\t1\tÎle-de-France",
            "5\tk\tUS\tTX\t201\t29.8\t-95.4\t4700000\t7\tHarris County",
            "6\tp\tUS\tTX\t201\t29.8\t-95.4\t2300000\t0\tHouston\textra",
            "7\tx\tUS\t\t\t1\t2\t3\t0\tNowhere",
            "8\tc\tZZ\t\t\tnorth\t2\t3\t0\tBad latitude",
            "9\tc\tZZ\t\t\t1\t2\t-3\t0\tNegative population",
            "10\tc\tZZ\t\t\t1\t2\t3\t0",
            "11\tc\tZZ\t\t\t1\t2\t3\t\tNo zone",
            "12\tc",
            "",
        ];
        for line in lines {
            let full = place(line, &zones).map(|p| Keys {
                kind: p.kind,
                country: p.country,
                region: p.region,
                county: p.county,
            });
            assert_eq!(keys(line), full, "{line:?}");
        }
        assert!(keys(lines[0]).is_some() && keys(lines[4]).is_none());
    }
}
