//! How far a county, a region or a country reaches from its centre,
//! measured by its own towns: the farthest of them (centre to the town's edge). A region's
//! centre is an average of its places, so nearness to it says nothing
//! alone; its outermost towns say where its land at least ends, which is
//! enough to tell that a point off or near one area cannot lie by a place
//! far beyond them (`off the coast of` an island vs `just off` a port on
//! another sea). The embedded table's areas are measured by `build.rs`
//! (see [`super::areas`]); other tables' on the first comparison that
//! needs one.

use super::areas::Measured;
use super::{city_radius_km, distance_km, Gazetteer, Place, PlaceKind};

/// Every area's reach and each county's towns, by the area's place index.
pub(super) type Extents = Measured;

/// The areas `build.rs` measured in the embedded table.
pub(super) const EMBEDDED_AREAS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/places.areas"));

impl Gazetteer {
    /// The reaches of all counties, regions and countries and the towns
    /// of each county: the embedded table's as `build.rs` measured them,
    /// another table's measured now.
    fn extents(&self) -> &Extents {
        self.extents.get_or_init(|| {
            self.packed_areas
                .and_then(Measured::from_bytes)
                .filter(|m| m.reach_km.len() <= self.table.len())
                .unwrap_or_else(|| self.table.areas())
        })
    }

    /// The place index of the area a country, region or county is (the
    /// first record of its codes); `None` for a town.
    fn area_index(&self, p: &Place) -> Option<usize> {
        let i = match p.kind {
            PlaceKind::Country => self.countries.get(p.country),
            PlaceKind::Region => self.regions.get(&(p.country, p.region)),
            PlaceKind::County => self.counties.get(&(p.country, p.region, p.county)),
            PlaceKind::City => None,
        };
        i.map(|&i| i as usize)
    }

    /// Whether a town reaches into a county it does not lie in: its edge
    /// touches the edge of one of the county's towns. A city that spans
    /// counties (the table gives each town one) or a town on a county line
    /// is then not placed outside the county.
    pub(super) fn reaches_into(&self, town: &Place, county: &Place) -> bool {
        if town.kind != PlaceKind::City || county.kind != PlaceKind::County {
            return false;
        }
        let Some(i) = self.area_index(county) else {
            return false;
        };
        self.extents()
            .county_towns_of(i)
            .iter()
            .filter_map(|&i| self.table.place(i as usize))
            .any(|t| distance_km(town, t) <= city_radius_km(town) + city_radius_km(t))
    }

    /// The gap between two places' edges (km): their distance less each
    /// one's reach (a town's radius, an area's outermost town, measured on at least
    /// `area-min-towns` towns, rules/places/near.toml); `None` when an
    /// area's reach is unmeasured. Negative when they overlap.
    pub fn edge_gap_km(&self, a: &Place, b: &Place) -> Option<f64> {
        let min = super::NEAR_REACH.area_min_towns;
        Some(distance_km(a, b) - self.reach_km(a, min)? - self.reach_km(b, min)?)
    }

    /// How far a place reaches from its centre (km): a town its radius
    /// ([`city_radius_km`]); a county, a region or a country its farthest
    /// town's edge, when it has at least `min_towns` towns in the table
    /// (and one at least: fewer say too little of where its land ends);
    /// else `None`.
    pub(super) fn reach_km(&self, p: &Place, min_towns: u32) -> Option<f64> {
        if p.kind == PlaceKind::City {
            return Some(city_radius_km(p));
        }
        let e = self.extents();
        let i = self.area_index(p)?;
        let towns = *e.towns.get(i)?;
        (towns > 0 && towns >= min_towns)
            .then(|| e.reach_km.get(i).copied())
            .flatten()
    }
}

#[cfg(test)]
mod tests {
    use crate::gazetteer::{Gazetteer, PlaceKind};

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
        // reach is measured on are not parsed.
        let all = g.len().div_ceil(64);
        let kept = g.table.chunks_kept();
        assert!(kept < all / 4, "{kept} of {all} chunks kept");
    }

    #[test]
    fn the_build_measures_the_areas_as_a_run_would() {
        let g = Gazetteer::embedded();
        let built =
            super::Measured::from_bytes(super::EMBEDDED_AREAS).expect("build.rs wrote them");
        assert_eq!(built, g.table.areas());
        // Every area's reach, from the places themselves: each town's edge
        // from the centres of its country, region and county.
        let mut reach = vec![0.0_f64; built.reach_km.len()];
        let mut towns = vec![0_u32; built.reach_km.len()];
        for i in 0..g.len() {
            let Some(p) = g
                .table
                .place_unkept(i)
                .filter(|p| p.kind == PlaceKind::City)
            else {
                continue;
            };
            for a in [g.country_of(&p), g.region_of(&p), g.county_of(&p)]
                .into_iter()
                .flatten()
            {
                let k = g.area_index(a).unwrap();
                reach[k] = reach[k].max(super::distance_km(a, &p) + super::city_radius_km(&p));
                towns[k] += 1;
            }
        }
        assert_eq!((&built.reach_km, &built.towns), (&reach, &towns));
        let lake = g.lookup("Lake County");
        assert!(lake.len() > 1, "{}", lake.len());
        for county in lake {
            let i = g.area_index(county).unwrap();
            assert!(!built.county_towns.is_empty());
            for &t in built.county_towns_of(i) {
                let t = g.table.place(t as usize).unwrap();
                assert_eq!(g.county_of(t).map(|c| c.id), Some(county.id));
            }
        }
    }
}
