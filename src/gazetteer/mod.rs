//! A gazetteer compiled into the binary: countries, first-level regions, US
//! counties and places of at least 5,000 people from GeoNames (CC BY 4.0; the notice is
//! `rules/places/LICENSE`), built by `tools/geonames.py` into
//! `rules/places/places.tsv`. See docs/places.md.
//!
//! ```
//! use factlint::gazetteer::Gazetteer;
//! let g = Gazetteer::embedded();
//! let mumbai = g.resolve("Bombay", None).unwrap();
//! assert_eq!(mumbai.name, "Mumbai");
//! let paris = g.resolve("Paris", Some("US")).unwrap();
//! assert_eq!((paris.country, paris.region), ("US", "TX"));
//! ```

mod areas;
mod extent;
mod find;
mod index;
mod judge;
mod named_venue;
mod offset_point;
mod policy;
mod record;
mod spelling;
mod street;
mod table;
mod venue;

pub use find::{find_places, find_places_in, Found, Introduced};
pub use judge::{Judged, NearReach, FAR_KM, NEAR_REACH};
pub use named_venue::{find_named_venues, one_venue_name};
pub use offset_point::{Other, Sector};
pub use policy::{
    is_calendar_word, is_common_word, needs_context, well_known, WELL_KNOWN_POPULATION,
};
pub use spelling::{find_misspelt, MIN_MISSPELT_LETTERS};
pub(crate) use street::single_spaced;
pub use street::{find_streets, street_parts, Street, StreetParts};
pub use venue::{find_venues, venue_kind, venue_of, Venue};

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::sync::OnceLock;

/// What a place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaceKind {
    /// A country (`Russia`).
    Country,
    /// A first-level region: a US state, a province, a federal subject.
    Region,
    /// A second-level region: a US county, parish or borough.
    County,
    /// A populated place: a city, town or district.
    City,
}

/// One place of the gazetteer. Its strings are borrowed from the embedded table.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// GeoNames id, or for a region outside the US its code (`DE.02`).
    pub id: &'static str,
    /// The place's own name (`Mumbai`, not `Bombay`).
    pub name: &'static str,
    /// Country, region or city.
    pub kind: PlaceKind,
    /// ISO 3166 country code (`RU`).
    pub country: &'static str,
    /// First-level region code within the country (`TX`, `38`); empty for a country.
    pub region: &'static str,
    /// County code within the region (`037`): a county's own, a US town's
    /// county; empty elsewhere.
    pub county: &'static str,
    /// Latitude, degrees (a region's and a country's: the population-weighted
    /// centre of their places).
    pub lat: f32,
    /// Longitude, degrees.
    pub lon: f32,
    /// Population (a region's: the sum over its places of 1,000 people or more).
    pub population: u64,
    /// IANA time zone (`Europe/Moscow`); empty when unknown.
    pub timezone: &'static str,
}

/// How two places relate, from [`Gazetteer::relation`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Relation {
    /// The same place.
    Same,
    /// The first contains the second (`Russia`, `Sochi`).
    Contains,
    /// The first lies in the second (`Hollywood`, `Los Angeles`).
    Within,
    /// Different places within [`NEAR_KM`] of each other.
    Near(f64),
    /// Different places farther apart, in km (centre to centre).
    Apart(f64),
}

/// Two places this close (km, centre to centre) are near each other: a
/// venue named by its district in one source and its city in another.
pub const NEAR_KM: f64 = 25.0;

/// The gazetteer: places and their names.
#[derive(Debug)]
pub struct Gazetteer {
    table: table::Table,
    /// Country code → the country's place index.
    countries: HashMap<&'static str, u32>,
    /// (country code, region code) → the region's place index.
    regions: HashMap<(&'static str, &'static str), u32>,
    /// (country code, region code, county code) → the county's place index.
    counties: HashMap<(&'static str, &'static str, &'static str), u32>,
    /// Place id → place index, built on the first [`Gazetteer::get`]:
    /// checks look places up by id once per compared pair.
    ids: OnceLock<HashMap<&'static str, u32>>,
    /// How far each region and country reaches, measured on the first
    /// comparison that needs it (see [`extent`]).
    extents: OnceLock<extent::Extents>,
    /// The areas `build.rs` measured in the embedded table (see
    /// [`extent`]); `None` for another table.
    packed_areas: Option<&'static [u8]>,
    /// Whether name lookups go through [`FOUND`] (the embedded table only:
    /// the memo does not say which table it answers for).
    memo: bool,
}

/// Keys the memo holds before it starts again (a few MB at most).
const MEMO_KEYS: usize = 20_000;

thread_local! {
    /// The embedded table's name record of each key looked up lately on
    /// this thread (`None`: no record). Articles name the same places and
    /// people again and again, and a hit here costs one hash lookup where
    /// a bisection of the name index misses the cache a dozen times.
    static FOUND: RefCell<crate::memo::ShortKeyMemo> =
        RefCell::new(crate::memo::ShortKeyMemo::new(MEMO_KEYS));
}

static EMBEDDED: OnceLock<Gazetteer> = OnceLock::new();
const TABLE: &str = include_str!("../../rules/places/places.tsv");

impl Gazetteer {
    /// The embedded gazetteer, parsed on first use (a few milliseconds) and
    /// shared by every thread afterwards.
    pub fn embedded() -> &'static Gazetteer {
        EMBEDDED.get_or_init(|| Gazetteer {
            memo: true,
            packed_areas: Some(extent::EMBEDDED_AREAS),
            ..Gazetteer::of(table::embedded(TABLE))
        })
    }

    /// Builds the embedded gazetteer and compiles the street and venue
    /// patterns now (see [`crate::pipeline::warm_up`]).
    pub fn warm_up() {
        Gazetteer::embedded();
        street::warm_up();
        venue::warm_up();
    }

    /// A gazetteer from a table in the generator's format.
    pub fn parse(text: &'static str) -> Gazetteer {
        Gazetteer::of(table::parse(text))
    }

    /// A gazetteer of an indexed table.
    fn of(table: table::Table) -> Gazetteer {
        let mut countries = HashMap::default();
        let mut regions = HashMap::default();
        let mut counties = HashMap::default();
        // Countries, regions and counties come first in the table: only their
        // kinds and codes are read here, up to the first city (the places are
        // parsed when a lookup needs them).
        for i in 0..table.len() {
            let Some(p) = table.keys(i) else {
                continue;
            };
            let i = i as u32;
            match p.kind {
                PlaceKind::Country => {
                    countries.entry(p.country).or_insert(i);
                }
                PlaceKind::Region => {
                    regions.entry((p.country, p.region)).or_insert(i);
                }
                PlaceKind::County => {
                    counties.entry((p.country, p.region, p.county)).or_insert(i);
                }
                PlaceKind::City => break,
            }
        }
        Gazetteer {
            table,
            countries,
            regions,
            counties,
            ids: OnceLock::new(),
            extents: OnceLock::new(),
            packed_areas: None,
            memo: false,
        }
    }

    /// How many places the table holds.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.table.len() == 0
    }

    /// Every reading of a name as written (`Paris`, `paris`, `St. Louis`,
    /// `Bombay`), most likely first: by population, a reading through an
    /// alternate name counting a tenth. Empty when the name is no place.
    pub fn lookup(&self, name: &str) -> Vec<&Place> {
        self.readings(&table::key(name))
    }

    /// The readings of a name that qualifies another (`Paris, Tex.`,
    /// `Springfield, IL`): its own readings, or a US state abbreviation's.
    pub fn lookup_qualifier(&self, name: &str) -> Vec<&Place> {
        let key = table::key(name);
        let mut found = self.readings(&format!("@{key}"));
        found.extend(self.readings(&key));
        found
    }

    /// Whether a name is a US state abbreviation (`Ala.`, `TX`).
    fn is_abbreviation(&self, name: &str) -> bool {
        !self.readings(&format!("@{}", table::key(name))).is_empty()
    }

    fn readings(&self, key: &str) -> Vec<&Place> {
        let t = &self.table;
        let Some(at) = self.find_name(key) else {
            return Vec::new();
        };
        let (_, readings) = t.name(at);
        readings
            .split(',')
            .filter_map(|i| t.place(i.parse::<usize>().ok()?))
            .collect()
    }

    /// The name record of `key`, through the memo when there is one.
    fn find_name(&self, key: &str) -> Option<usize> {
        if !self.memo {
            return self.table.find_name(key);
        }
        FOUND.with(|memo| {
            memo.borrow_mut()
                .get_or(0, key.as_bytes(), || self.table.find_name(key))
        })
    }

    /// The place of a name: the reading in `story_country` (an ISO code,
    /// `US`) when the name has one there, else the most likely reading.
    pub fn resolve(&self, name: &str, story_country: Option<&str>) -> Option<&Place> {
        pick(self.lookup(name), story_country)
    }

    /// The place of id `id` that a claim wrote as `name`: found among the
    /// readings of its name, which needs no map of every id (building it
    /// touches the whole table: several MB for a run that compares a
    /// handful of places); by [`Gazetteer::get`] when the name was written
    /// in another form.
    pub fn place_named(&self, name: &str, id: &str) -> Option<&Place> {
        let by_name = self.lookup(name).into_iter().find(|p| p.id == id);
        by_name.or_else(|| self.get(id))
    }

    /// The place of the table's time zones that `name` (IANA: `Europe/Moscow`)
    /// is, if the table holds it.
    pub fn zone_index(&self, name: &str) -> Option<u16> {
        let zones = self.table.zones();
        let i = zones.iter().position(|z| *z == name)?;
        u16::try_from(i).ok()
    }

    /// The IANA name of the table's time zone `i` ([`Gazetteer::zone_index`]).
    pub fn zone_name(&self, i: u16) -> Option<&'static str> {
        self.table.zones().get(usize::from(i)).copied()
    }

    /// A place by its [`Place::id`].
    pub fn get(&self, id: &str) -> Option<&Place> {
        // Ids are only looked up to compare claims: the map is built then,
        // not at load.
        let ids = self.ids.get_or_init(|| {
            (0..self.table.len())
                .map(|i| (self.table.id(i), i as u32))
                .collect()
        });
        ids.get(id).and_then(|&i| self.table.place(i as usize))
    }

    /// The country a place lies in (a country is its own).
    pub fn country_of(&self, p: &Place) -> Option<&Place> {
        let i = *self.countries.get(p.country)?;
        self.table.place(i as usize)
    }

    /// The first-level region a place lies in, when the table has it.
    pub fn region_of(&self, p: &Place) -> Option<&Place> {
        if p.kind == PlaceKind::Country || p.region.is_empty() {
            return None;
        }
        let i = *self.regions.get(&(p.country, p.region))?;
        self.table.place(i as usize)
    }

    /// The county a place lies in, when the table has it (US towns).
    pub fn county_of(&self, p: &Place) -> Option<&Place> {
        if p.kind != PlaceKind::City || p.county.is_empty() {
            return None;
        }
        let i = *self.counties.get(&(p.country, p.region, p.county))?;
        self.table.place(i as usize)
    }

    /// Whether `a` contains `b` (or is `b`): a country its regions,
    /// counties and cities, a region its counties and cities, a county its
    /// cities (and a town whose edge touches one of the county's towns),
    /// a city the places within its radius ([`city_radius_km`]).
    pub fn contains(&self, a: &Place, b: &Place) -> bool {
        if a.id == b.id {
            return true;
        }
        let same_region = a.country == b.country && a.region == b.region;
        match (a.kind, b.kind) {
            (PlaceKind::Country, PlaceKind::Region | PlaceKind::County | PlaceKind::City) => {
                a.country == b.country
            }
            (PlaceKind::Region, PlaceKind::County | PlaceKind::City) => same_region,
            (PlaceKind::County, PlaceKind::City) => {
                same_region && a.county == b.county || self.reaches_into(b, a)
            }
            (PlaceKind::City, PlaceKind::City) => {
                b.population <= a.population && distance_km(a, b) <= city_radius_km(a)
            }
            _ => false,
        }
    }

    /// How `a` relates to `b`: the same, one inside the other, near or apart.
    pub fn relation(&self, a: &Place, b: &Place) -> Relation {
        if a.id == b.id {
            return Relation::Same;
        }
        if self.contains(a, b) {
            return Relation::Contains;
        }
        if self.contains(b, a) {
            return Relation::Within;
        }
        // Nearness between a country or region and anything else says
        // nothing: their centres are only averages.
        let d = distance_km(a, b);
        match (a.kind, b.kind) {
            (PlaceKind::City, PlaceKind::City) if d <= NEAR_KM => Relation::Near(d),
            _ => Relation::Apart(d),
        }
    }
}

/// The reading in the story's country, else the first (most likely) one.
fn pick<'a>(readings: Vec<&'a Place>, story_country: Option<&str>) -> Option<&'a Place> {
    let first = readings.first().copied();
    story_country
        .and_then(|c| readings.iter().copied().find(|p| p.country == c))
        .or(first)
}

/// Great-circle distance between two places, in km (haversine).
pub fn distance_km(a: &Place, b: &Place) -> f64 {
    areas::distance_km((a.lat, a.lon), (b.lat, b.lon))
}

/// How far from its centre a city reaches, in km: 3 km plus a hundredth of
/// the square root of its population (a town of 10,000: 4 km; Los Angeles:
/// 23 km).
pub fn city_radius_km(p: &Place) -> f64 {
    areas::town_radius_km(p.population)
}

#[cfg(test)]
mod tests;
