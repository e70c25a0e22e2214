//! How far a region or a country reaches from its centre, measured by its
//! own towns: the farthest of them (centre to the town's edge). A region's
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

/// Every area's reach, keyed by (country code, region code); a country's
/// region code is empty.
pub(super) type Extents = HashMap<(&'static str, &'static str), Reach>;

impl Gazetteer {
    /// The reaches of all regions and countries, measured once over the
    /// table's towns (on the first comparison that needs one).
    fn extents(&self) -> &Extents {
        self.extents.get_or_init(|| {
            let mut out = Extents::default();
            for i in 0..self.table.len() {
                let Some(p) = self.table.place(i) else {
                    continue;
                };
                if p.kind != PlaceKind::City {
                    continue;
                }
                let areas = [self.country_of(p), self.region_of(p)];
                for area in areas.into_iter().flatten() {
                    let r = out.entry((area.country, area.region)).or_default();
                    r.km = r.km.max(distance_km(area, p) + city_radius_km(p));
                    r.towns += 1;
                }
            }
            out
        })
    }

    /// How far a place reaches from its centre (km): a town its radius
    /// ([`city_radius_km`]); a region or a country its farthest town's
    /// edge, when it has at least `min_towns` towns in the table (fewer say
    /// too little of where its land ends); else `None`.
    pub(super) fn reach_km(&self, p: &Place, min_towns: u32) -> Option<f64> {
        if p.kind == PlaceKind::City {
            return Some(city_radius_km(p));
        }
        let r = self.extents().get(&(p.country, p.region))?;
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
}
