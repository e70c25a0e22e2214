//! How far each area (a country, a region, a county) reaches from its
//! centre and which towns each county holds, measured over a gazetteer
//! table's towns (format in `tools/geonames.py`). Plain `std`: `build.rs`
//! includes this file to measure the embedded `rules/places/places.tsv` at
//! compile time (a run that needs one area's reach would otherwise read
//! every town of the table: 4 MB of its text and 30 ms), and
//! [`super::extent`] measures other tables with it at run time.

use std::collections::HashMap;

/// The fields of a place record that say where it lies.
struct Fields<'t> {
    kind: u8,
    country: &'t str,
    region: &'t str,
    county: &'t str,
    lat: f32,
    lon: f32,
    population: u64,
}

/// A place record after its tag; `None` when the table's reader would
/// skip it as malformed (see `table::place`).
fn fields(rest: &str) -> Option<Fields<'_>> {
    let mut f = rest.split('\t');
    f.next()?;
    let kind = match f.next()? {
        "c" => b'c',
        "r" => b'r',
        "k" => b'k',
        "p" => b'p',
        _ => return None,
    };
    let (country, region, county) = (f.next()?, f.next()?, f.next()?);
    let lat: f32 = f.next()?.parse().ok()?;
    let lon: f32 = f.next()?.parse().ok()?;
    let population: u64 = f.next()?.parse().ok()?;
    let _zone: usize = f.next()?.parse().ok()?;
    f.next()?;
    Some(Fields {
        kind,
        country,
        region,
        county,
        lat,
        lon,
        population,
    })
}

/// Great-circle distance between two points given in degrees, in km
/// (haversine).
pub fn distance_km(a: (f32, f32), b: (f32, f32)) -> f64 {
    let (la1, lo1) = (f64::from(a.0).to_radians(), f64::from(a.1).to_radians());
    let (la2, lo2) = (f64::from(b.0).to_radians(), f64::from(b.1).to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// How far from its centre a town of `population` reaches, in km: 3 km
/// plus a hundredth of the square root of its population.
pub fn town_radius_km(population: u64) -> f64 {
    3.0 + (population as f64).sqrt() / 100.0
}

/// Each area's reach and each county's towns, by place index: the areas
/// are the table's places before its first town.
#[derive(Debug, Default, PartialEq)]
pub struct Measured {
    /// Each area's reach (km): its farthest town's edge from its centre.
    pub reach_km: Vec<f64>,
    /// How many towns each area's reach was measured on.
    pub towns: Vec<u32>,
    /// Where each area's towns start in `county_towns` (a county's; other
    /// areas hold none), and the end.
    pub starts: Vec<u32>,
    /// The towns of each county, in table order.
    pub county_towns: Vec<u32>,
}

impl Measured {
    /// The towns of area `i` (place indexes); empty unless it is a county.
    pub fn county_towns_of(&self, i: usize) -> &[u32] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&a), Some(&b)) => self.county_towns.get(a as usize..b as usize),
            _ => None,
        }
        .unwrap_or_default()
    }

    /// As little-endian `u32`s: the numbers of areas and county towns,
    /// then each reach's bits (low word first), the town counts, the
    /// starts and the county towns (`build.rs` writes them so).
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = vec![self.reach_km.len() as u32, self.county_towns.len() as u32];
        for km in &self.reach_km {
            let bits = km.to_bits();
            out.extend([bits as u32, (bits >> 32) as u32]);
        }
        out.extend(&self.towns);
        out.extend(&self.starts);
        out.extend(&self.county_towns);
        out.iter().flat_map(|w| w.to_le_bytes()).collect()
    }

    /// The areas [`Measured::to_bytes`] wrote; `None` when the bytes do
    /// not hold them whole.
    pub fn from_bytes(bytes: &[u8]) -> Option<Measured> {
        let words: Vec<u32> = bytes
            .chunks_exact(4)
            .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
            .collect();
        let (n, t) = (*words.first()? as usize, *words.get(1)? as usize);
        if bytes.len() != 4 * (2 + 2 * n + n + (n + 1) + t) {
            return None;
        }
        let mut rest = &words[2..];
        let mut take = |k: usize| {
            let (a, b) = rest.split_at(k);
            rest = b;
            a.to_vec()
        };
        let reach = take(2 * n);
        let reach_km = reach
            .chunks_exact(2)
            .map(|w| f64::from_bits(u64::from(w[0]) | (u64::from(w[1]) << 32)))
            .collect();
        let (towns, starts, county_towns) = (take(n), take(n + 1), take(t));
        let ordered = starts.windows(2).all(|w| w[0] <= w[1]);
        (ordered && starts.last().is_some_and(|&e| e as usize == t)).then_some(Measured {
            reach_km,
            towns,
            starts,
            county_towns,
        })
    }
}

/// Measures the areas of a table: `text` and where each place record
/// starts (after its `P` tag). An area is found by its codes as
/// `Gazetteer` finds a town's country, region and county: the first
/// record of those codes before the first town.
pub fn measure(text: &str, starts: &[u32]) -> Measured {
    let record = |i: usize| {
        let rest = text.get(starts[i] as usize..).unwrap_or("");
        fields(rest.split('\n').next().unwrap_or(""))
    };
    let mut countries = HashMap::new();
    let mut regions = HashMap::new();
    let mut counties = HashMap::new();
    let mut centres = Vec::new();
    for i in 0..starts.len() {
        let Some(p) = record(i) else {
            centres.push((0.0, 0.0));
            continue;
        };
        match p.kind {
            b'c' => {
                countries.entry(p.country).or_insert(i);
            }
            b'r' => {
                regions.entry((p.country, p.region)).or_insert(i);
            }
            b'k' => {
                counties.entry((p.country, p.region, p.county)).or_insert(i);
            }
            _ => break,
        }
        centres.push((p.lat, p.lon));
    }
    let n = centres.len();
    let mut m = Measured {
        reach_km: vec![0.0; n],
        towns: vec![0; n],
        ..Measured::default()
    };
    let mut held: Vec<Vec<u32>> = vec![Vec::new(); n];
    for i in 0..starts.len() {
        let Some(p) = record(i).filter(|p| p.kind == b'p') else {
            continue;
        };
        let country = countries.get(p.country).copied();
        let region = (!p.region.is_empty())
            .then(|| regions.get(&(p.country, p.region)).copied())
            .flatten();
        let county = (!p.county.is_empty())
            .then(|| counties.get(&(p.country, p.region, p.county)).copied())
            .flatten();
        let edge = town_radius_km(p.population);
        for a in [country, region, county].into_iter().flatten() {
            let km = distance_km(centres[a], (p.lat, p.lon)) + edge;
            m.reach_km[a] = m.reach_km[a].max(km);
            m.towns[a] += 1;
        }
        if let Some(c) = county {
            held[c].push(i as u32);
        }
    }
    m.starts.push(0);
    for towns in held {
        m.county_towns.extend(towns);
        m.starts.push(m.county_towns.len() as u32);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_read_back_as_written() {
        let text = "P\t1\tc\tXA\t\t\t10.0\t20.0\t100\t0\tXland\n\
                    P\t2\tk\tXA\t01\t003\t10.5\t20.5\t50\t0\tOne County\n\
                    P\tbad\n\
                    P\t3\tp\tXA\t01\t003\t11.0\t20.0\t40000\t0\tTown\n";
        let starts: Vec<u32> = text
            .match_indices("P\t")
            .map(|(i, _)| i as u32 + 2)
            .collect();
        let m = measure(text, &starts);
        // The country and the county come before the first town; the bad
        // record is no area and no town.
        assert_eq!(m.reach_km.len(), 3);
        assert_eq!(m.towns, [1, 1, 0]);
        assert_eq!(m.county_towns_of(1), [3]);
        assert!(m.county_towns_of(0).is_empty());
        let km = distance_km((10.0, 20.0), (11.0, 20.0)) + town_radius_km(40_000);
        assert_eq!(m.reach_km[0], km);
        assert_eq!(Measured::from_bytes(&m.to_bytes()), Some(m));
        assert_eq!(Measured::from_bytes(&[1, 0, 0]), None);
        assert_eq!(Measured::from_bytes(&[]), None);
    }
}
