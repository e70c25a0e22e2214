//! Reading the embedded table `rules/places/places.tsv` (format in
//! `tools/geonames.py`): time zones, places and the sorted name index, all
//! borrowed from the table's text.

use super::{Place, PlaceKind};

/// The table as parsed: places in table order, and the name index.
#[derive(Debug, Default)]
pub(super) struct Table {
    /// Places, in table order (a place's index is its position).
    pub places: Vec<Place>,
    /// Keys, sorted bytewise, each with its readings as written
    /// (`12,7,40`: place indexes, most likely first).
    pub names: Vec<(&'static str, &'static str)>,
}

/// Parses the table. Malformed lines are skipped (the table is generated
/// and tested; a bad line must not take the program down).
pub(super) fn parse(text: &'static str) -> Table {
    let mut zones: Vec<&'static str> = Vec::with_capacity(400);
    let mut table = Table {
        places: Vec::with_capacity(text.len() / 80),
        names: Vec::with_capacity(text.len() / 50),
    };
    for line in text.split('\n') {
        let Some((tag, rest)) = line.split_once('\t') else {
            continue;
        };
        match tag {
            "Z" => zones.push(rest),
            "P" => {
                if let Some(p) = place(rest, &zones) {
                    table.places.push(p);
                }
            }
            "N" => {
                if let Some((key, readings)) = rest.split_once('\t') {
                    table.names.push((key, readings));
                }
            }
            _ => {}
        }
    }
    // The generator sorts the keys; sorting again costs nothing when they
    // are, and keeps the binary search right if they ever are not.
    if !table.names.is_sorted_by(|a, b| a.0 <= b.0) {
        table.names.sort_unstable_by(|a, b| a.0.cmp(b.0));
    }
    table
}

/// One `P` line after its tag.
fn place(rest: &'static str, zones: &[&'static str]) -> Option<Place> {
    let mut f = rest.split('\t');
    let id = f.next()?;
    let kind = match f.next()? {
        "c" => PlaceKind::Country,
        "r" => PlaceKind::Region,
        "p" => PlaceKind::City,
        _ => return None,
    };
    let country = f.next()?;
    let region = f.next()?;
    let lat: f32 = f.next()?.parse().ok()?;
    let lon: f32 = f.next()?.parse().ok()?;
    let population: u64 = f.next()?.parse().ok()?;
    let zone: usize = f.next()?.parse().ok()?;
    let name = f.next()?;
    Some(Place {
        id,
        name,
        kind,
        country,
        region,
        lat,
        lon,
        population,
        timezone: zones.get(zone).copied().unwrap_or(""),
    })
}

/// The lookup key of a name as written: lower case, full stops dropped,
/// runs of spaces one space (the generator's `keys`, for the written form).
pub(super) fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in name.trim().chars() {
        match c {
            '.' => {}
            c if c.is_whitespace() => space = !out.is_empty(),
            // Typographic apostrophes are written `'` in the table.
            '\u{2019}' | '\u{2018}' => {
                push_space(&mut out, &mut space);
                out.push('\'');
            }
            c => {
                push_space(&mut out, &mut space);
                out.extend(c.to_lowercase());
            }
        }
    }
    out
}

fn push_space(out: &mut String, space: &mut bool) {
    if *space {
        out.push(' ');
        *space = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_as_the_generator_writes_them() {
        assert_eq!(key("U.S."), "us");
        assert_eq!(key(" St.  Louis "), "st louis");
        assert_eq!(key("Zürich"), "zürich");
        assert_eq!(key("Cote d\u{2019}Ivoire"), "cote d'ivoire");
    }

    #[test]
    fn malformed_lines_are_skipped() {
        let t = parse("# header\nZ\tEurope/Paris\nP\t1\tp\tFR\t11\t48.8\t2.3\t100\t0\tParis\nP\tbad\nN\tparis\t0\nX\n");
        assert_eq!(t.places.len(), 1);
        assert_eq!(t.places[0].timezone, "Europe/Paris");
        assert_eq!(t.names, vec![("paris", "0")]);
    }
}
