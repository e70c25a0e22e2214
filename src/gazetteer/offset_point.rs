//! Where an offset from a town puts an event (`struck about 30 miles north
//! of Fresno`), judged against another source's town (`near Bakersfield`,
//! `in Merced`) or another offset from another town: the offset reaches a
//! sector (its bearing give or take [`super::NearReach::bearing_slack_degrees`],
//! its distance's low to high reading), and the gap between the sector and
//! the other town's edge is judged like a point near a town
//! (`rules/places/near.toml`).

use super::judge::{Judged, NEAR_REACH};
use super::{city_radius_km, Gazetteer, Place, PlaceKind, Relation};

/// An offset as a source wrote it: degrees clockwise from north (`None`:
/// any direction, `30 miles from Fresno`) and kilometres, low and high.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sector {
    /// The bearing in degrees, `None` when the source gave none.
    pub bearing: Option<f32>,
    /// The distance in km, low and high (both finite).
    pub km: [f64; 2],
}

/// Mean radius of the earth, km.
const EARTH_KM: f64 = 6371.0;

/// Bearings and distances sampled across a sector.
const BEARING_STEPS: usize = 8;
const DISTANCE_STEPS: usize = 6;

impl Sector {
    /// A sector of a bearing and a distance range, `None` when the range
    /// is open or upside down (`more than 30 miles`).
    pub fn of(bearing: Option<f32>, [lo, hi]: [f64; 2]) -> Option<Sector> {
        (lo.is_finite() && hi.is_finite() && 0.0 <= lo && lo <= hi).then_some(Sector {
            bearing,
            km: [lo, hi],
        })
    }

    /// Points the sector reaches from `from`, as (lat, lon) in degrees:
    /// a grid over its bearings and distances.
    fn points(&self, from: &Place) -> Vec<(f64, f64)> {
        let slack = NEAR_REACH.bearing_slack_degrees;
        let (b0, b1, steps) = match self.bearing {
            Some(b) => (f64::from(b) - slack, f64::from(b) + slack, BEARING_STEPS),
            None => (0.0, 360.0, 4 * BEARING_STEPS),
        };
        let [k0, k1] = self.km;
        let mut out = Vec::with_capacity((steps + 1) * (DISTANCE_STEPS + 1));
        for i in 0..=steps {
            let bearing = b0 + (b1 - b0) * i as f64 / steps as f64;
            for j in 0..=DISTANCE_STEPS {
                let km = k0 + (k1 - k0) * j as f64 / DISTANCE_STEPS as f64;
                out.push(destination(from, bearing, km));
            }
        }
        out
    }
}

/// The point `km` from `from` at `bearing` degrees (great circle).
fn destination(from: &Place, bearing: f64, km: f64) -> (f64, f64) {
    let (la, lo) = (
        f64::from(from.lat).to_radians(),
        f64::from(from.lon).to_radians(),
    );
    let (d, t) = (km / EARTH_KM, bearing.to_radians());
    let la2 = (la.sin() * d.cos() + la.cos() * d.sin() * t.cos()).asin();
    let lo2 = lo + (t.sin() * d.sin() * la.cos()).atan2(d.cos() - la.sin() * la2.sin());
    (la2.to_degrees(), lo2.to_degrees())
}

/// Great-circle distance between two points in degrees, km.
fn km_between((la1, lo1): (f64, f64), (la2, lo2): (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        la1.to_radians(),
        lo1.to_radians(),
        la2.to_radians(),
        lo2.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * EARTH_KM * h.sqrt().min(1.0).asin()
}

/// The gap (km) between the points of a sector and a town's edge.
fn gap_to_town(points: &[(f64, f64)], town: &Place) -> f64 {
    let centre = (f64::from(town.lat), f64::from(town.lon));
    let nearest = points
        .iter()
        .map(|&p| km_between(p, centre))
        .fold(f64::INFINITY, f64::min);
    nearest - city_radius_km(town)
}

/// The gap (km) between the points of two sectors.
fn gap_between(a: &[(f64, f64)], b: &[(f64, f64)]) -> f64 {
    a.iter()
        .flat_map(|&p| b.iter().map(move |&q| km_between(p, q)))
        .fold(f64::INFINITY, f64::min)
}

/// The other source's place: a town, named `name`, or another offset
/// from it.
#[derive(Debug, Clone, Copy)]
pub enum Other<'a> {
    /// A town the event is in, or only near (`true`).
    Town(&'a str, &'a Place, bool),
    /// An offset from a town.
    Offset(&'a str, &'a Place, Sector),
}

impl Gazetteer {
    /// Judges an event an offset places (`about 30 miles north of Fresno`:
    /// `reference` named `name`, and the `sector` it reaches) against the
    /// other source's place. `None` when the gazetteer cannot say: a place
    /// that is no town, a town the offset is measured from or one that holds
    /// it (`in Fresno`: a writer's loose word for its area), two readings of
    /// one name. A gap up to `agree-km` agrees, beyond `conflict-km` conflicts
    /// (an error beyond `strong-km`), between is undecided; a conflict holds
    /// only when no other reading of either name lies within reach.
    pub fn judge_offset(
        &self,
        (name, reference, sector): (&str, &Place, Sector),
        other: Other<'_>,
    ) -> Option<Judged> {
        let (other_name, other_place) = match other {
            Other::Town(n, p, _) | Other::Offset(n, p, _) => (n, p),
        };
        if reference.kind != PlaceKind::City || other_place.kind != PlaceKind::City {
            return None;
        }
        if let Other::Town(..) = other {
            if !matches!(
                self.relation(reference, other_place),
                Relation::Near(_) | Relation::Apart(_)
            ) {
                return None;
            }
        }
        if reference.name == other_place.name && reference.id != other_place.id {
            return None;
        }
        let gap = |r: &Place, o: &Place| {
            let points = sector.points(r);
            match other {
                Other::Town(..) => gap_to_town(&points, o),
                Other::Offset(_, _, s) => gap_between(&points, &s.points(o)),
            }
        };
        let reach = &*NEAR_REACH;
        let d = gap(reference, other_place);
        let label = match other {
            Other::Town(..) => other_name.to_string(),
            Other::Offset(..) => format!("the offset from {other_name}"),
        };
        let why = |verdict: &str| format!("{label} {verdict} the offset from {name} ({d:.0} km)");
        if d <= reach.agree_km {
            return Some(judged(Some(false), false, why("lies within reach of")));
        }
        if d <= reach.conflict_km {
            return Some(judged(
                None,
                false,
                why("lies just beyond a strict reading of"),
            ));
        }
        // Each source read its name alone: another reading of either
        // within reach leaves the pair undecided.
        let cities = |n: &str| -> Vec<&Place> {
            self.lookup(n)
                .into_iter()
                .filter(|p| p.kind == PlaceKind::City)
                .collect()
        };
        let (rs, os) = (cities(name), cities(other_name));
        let reachable = rs.iter().any(|r| gap(r, other_place) <= reach.conflict_km)
            || os.iter().any(|o| gap(reference, o) <= reach.conflict_km);
        if reachable {
            return Some(judged(
                None,
                false,
                format!("{other_name} / {name}: another reading of one lies within reach"),
            ));
        }
        Some(judged(
            Some(true),
            d <= reach.strong_km,
            why("lies beyond the reach of"),
        ))
    }
}

impl Gazetteer {
    /// Whether any of a sentence's towns lies beyond the reach of any of
    /// its offsets (each with the place it is measured from): the
    /// sentence's places then play different parts.
    pub fn beyond_offsets(&self, towns: &[&Place], offsets: &[(&Place, Sector)]) -> bool {
        offsets.iter().any(|(r, s)| {
            towns.iter().any(|t| {
                self.judge_offset((r.name, r, *s), Other::Town(t.name, t, false))
                    .is_some_and(|j| j.conflict == Some(true))
            })
        })
    }
}

fn judged(conflict: Option<bool>, weak: bool, why: String) -> Judged {
    Judged {
        conflict,
        weak,
        why,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn town(name: &str) -> &'static Place {
        Gazetteer::embedded().resolve(name, Some("US")).unwrap()
    }

    const MILE: f64 = 1.609_344;

    /// The verdict on `miles` at `bearing` from `from` against a town.
    fn against(from: &str, bearing: f32, miles: [f64; 2], to: &str, near: bool) -> Judged {
        let g = Gazetteer::embedded();
        let sector = Sector {
            bearing: Some(bearing),
            km: [miles[0] * MILE, miles[1] * MILE],
        };
        g.judge_offset((from, town(from), sector), Other::Town(to, town(to), near))
            .unwrap()
    }

    #[test]
    fn a_destination_is_where_the_bearing_reaches() {
        let fresno = town("Fresno");
        let (la, lo) = destination(fresno, 0.0, 111.2);
        assert!((la - f64::from(fresno.lat) - 1.0).abs() < 0.01);
        assert!((lo - f64::from(fresno.lon)).abs() < 0.01);
        let (_, lo) = destination(fresno, 90.0, 50.0);
        assert!(lo > f64::from(fresno.lon));
    }

    #[test]
    fn an_offset_the_other_town_lies_on_agrees() {
        // Madera lies about 20 miles north-west of Fresno.
        let j = against("Fresno", 315.0, [18.0, 22.0], "Madera", false);
        assert_eq!(j.conflict, Some(false), "{}", j.why);
        let j = against("Fresno", 315.0, [18.0, 22.0], "Madera", true);
        assert_eq!(j.conflict, Some(false), "{}", j.why);
    }

    #[test]
    fn an_offset_away_from_the_other_town_conflicts() {
        // North of Fresno is far from Bakersfield, to its south.
        let j = against("Fresno", 0.0, [27.0, 33.0], "Bakersfield", true);
        assert_eq!((j.conflict, j.weak), (Some(true), false), "{}", j.why);
        // Visalia lies some 40 miles south-east of Fresno: not north.
        let j = against("Fresno", 0.0, [27.0, 33.0], "Visalia", false);
        assert_eq!((j.conflict, j.weak), (Some(true), true), "{}", j.why);
    }

    #[test]
    fn the_reference_itself_and_other_places_are_left_alone() {
        let g = Gazetteer::embedded();
        let sector = Sector {
            bearing: Some(0.0),
            km: [48.0, 48.0],
        };
        let fresno = town("Fresno");
        assert!(g
            .judge_offset(
                ("Fresno", fresno, sector),
                Other::Town("Fresno", fresno, false)
            )
            .is_none());
        let california = g.resolve("California", None).unwrap();
        assert!(g
            .judge_offset(
                ("Fresno", fresno, sector),
                Other::Town("California", california, false)
            )
            .is_none());
    }

    #[test]
    fn a_town_beyond_a_sentences_offset_plays_another_part() {
        let g = Gazetteer::embedded();
        let north = Sector {
            bearing: Some(0.0),
            km: [43.0, 53.0],
        };
        let offsets = [(town("Fresno"), north)];
        assert!(g.beyond_offsets(&[town("Bakersfield")], &offsets));
        assert!(!g.beyond_offsets(&[town("Fresno")], &offsets));
        assert!(!g.beyond_offsets(&[], &offsets));
    }

    #[test]
    fn two_offsets_from_two_towns() {
        let g = Gazetteer::embedded();
        let toward = |bearing: f32, miles: f64| Sector {
            bearing: Some(bearing),
            km: [miles * MILE * 0.9, miles * MILE * 1.1],
        };
        // Fresno lies some 55 miles south-east of Merced.
        let j = g
            .judge_offset(
                ("Fresno", town("Fresno"), toward(0.0, 10.0)),
                Other::Offset("Merced", town("Merced"), toward(135.0, 50.0)),
            )
            .unwrap();
        assert_eq!(j.conflict, Some(false), "{}", j.why);
        let j = g
            .judge_offset(
                ("Fresno", town("Fresno"), toward(180.0, 10.0)),
                Other::Offset("Merced", town("Merced"), toward(0.0, 40.0)),
            )
            .unwrap();
        assert_eq!(j.conflict, Some(true), "{}", j.why);
    }
}
