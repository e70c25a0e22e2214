//! How far a county, a region or a country reaches from its centre,
//! measured by its own towns: the farthest of them (centre to the town's edge). A region's
//! centre is an average of its places, so nearness to it says nothing
//! alone; its outermost towns say where its land at least ends, which is
//! enough to tell that a point off or near one area cannot lie by a place
//! far beyond them (`off the coast of` an island vs `just off` a port on
//! another sea).

use super::{city_radius_km, distance_km, Gazetteer, Place, PlaceKind};
use rustc_hash::FxHashMap as HashMap;

/// The reach of one area: the farthest town's edge from its centre (km)
/// and how many towns it was measured on.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Reach {
    km: f64,
    towns: u32,
}

/// An area: (country code, region code, county code); a country's region
/// and county codes are empty, a region's county code.
type Area = (&'static str, &'static str, &'static str);

/// Every area's reach, and each county's towns (place indexes).
#[derive(Debug, Default)]
pub(super) struct Extents {
    reach: HashMap<Area, Reach>,
    towns: HashMap<Area, Vec<u32>>,
}

/// The area key of a country, region or county.
fn area(p: &Place) -> Area {
    (p.country, p.region, p.county)
}

impl Gazetteer {
    /// The reaches of all counties, regions and countries and the towns
    /// of each county, measured once over the table's towns (on the first
    /// comparison that needs one).
    fn extents(&self) -> &Extents {
        self.extents.get_or_init(|| {
            let mut out = Extents::default();
            for i in 0..self.table.len() {
                // Parsed and dropped: the few places a run compares are
                // kept by `Table::place`, not all 75,000.
                let Some(p) = self.table.place_unkept(i) else {
                    continue;
                };
                if p.kind != PlaceKind::City {
                    continue;
                }
                let p = &p;
                let areas = [self.country_of(p), self.region_of(p), self.county_of(p)];
                for a in areas.into_iter().flatten() {
                    let r = out.reach.entry(area(a)).or_default();
                    r.km = r.km.max(distance_km(a, p) + city_radius_km(p));
                    r.towns += 1;
                }
                if let Some(c) = self.county_of(p) {
                    out.towns.entry(area(c)).or_default().push(i as u32);
                }
            }
            out
        })
    }

    /// Whether a town reaches into a county it does not lie in: its edge
    /// touches the edge of one of the county's towns. A city that spans
    /// counties (the table gives each town one) or a town on a county line
    /// is then not placed outside the county.
    pub(super) fn reaches_into(&self, town: &Place, county: &Place) -> bool {
        if town.kind != PlaceKind::City || county.kind != PlaceKind::County {
            return false;
        }
        let Some(towns) = self.extents().towns.get(&area(county)) else {
            return false;
        };
        towns
            .iter()
            .filter_map(|&i| self.table.place(i as usize))
            .any(|t| distance_km(town, t) <= city_radius_km(town) + city_radius_km(t))
    }

    /// How far a place reaches from its centre (km): a town its radius
    /// ([`city_radius_km`]); a region or a country its farthest town's
    /// edge, when it has at least `min_towns` towns in the table (fewer say
    /// too little of where its land ends); else `None`.
    /// The gap between two places' edges (km): their distance less each
    /// one's reach (a town's radius, an area's outermost town, measured on at least
    /// `area-min-towns` towns, rules/places/near.toml); `None` when an
    /// area's reach is unmeasured. Negative when they overlap.
    pub fn edge_gap_km(&self, a: &Place, b: &Place) -> Option<f64> {
        let min = super::NEAR_REACH.area_min_towns;
        Some(distance_km(a, b) - self.reach_km(a, min)? - self.reach_km(b, min)?)
    }

    pub(super) fn reach_km(&self, p: &Place, min_towns: u32) -> Option<f64> {
        if p.kind == PlaceKind::City {
            return Some(city_radius_km(p));
        }
        let r = self.extents().reach.get(&area(p))?;
        (r.towns >= min_towns).then_some(r.km)
    }
}

#[cfg(test)]
mod tests {
    use crate::gazetteer::Gazetteer;

    #[test]
    fn an_area_reaches_its_outermost_towns() {
        let g = Gazetteer::embedded();
        let texas = g.resolve("Texas", None).unwrap();
        let reach = g.reach_km(texas, 3).unwrap();
        // El Paso lies some 900 km from the state's populous centre.
        assert!((500.0..1500.0).contains(&reach), "{reach}");
        let town = g.resolve("Fresno", None).unwrap();
        assert!(g.reach_km(town, 3).unwrap() < 30.0);
        // A demand of more towns than an area has is no reach at all.
        assert_eq!(g.reach_km(texas, u32::MAX), None);
    }

    #[test]
    fn measuring_the_reaches_keeps_no_towns() {
        // A gazetteer of its own: the shared one keeps what other tests read.
        let g = Gazetteer::parse(crate::gazetteer::TABLE);
        let texas = g.resolve("Texas", None).unwrap();
        assert!(g.reach_km(texas, 3).is_some());
        // The areas come first in the table and are kept; the towns every
        // reach is measured on are parsed and dropped.
        let all = g.len().div_ceil(64);
        let kept = g.table.chunks_kept();
        assert!(kept < all / 4, "{kept} of {all} chunks kept");
    }
}
