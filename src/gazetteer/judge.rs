//! Whether two places named for one event agree: the same place, one inside
//! the other, or near each other agree; far apart they conflict; two
//! readings of one name are never compared. A place only `near` a town is
//! judged by how far `near` reaches (`rules/places/near.toml`).

use super::{city_radius_km, Gazetteer, Place, PlaceKind, Relation};
use serde::Deserialize;
use std::sync::LazyLock;

/// Two cities farther apart than this (km) are different places; closer
/// than this but not near ([`super::NEAR_KM`]), say a metropolitan area's
/// suburbs, the pair is undecided.
pub const FAR_KM: f64 = 100.0;

/// How far `near X` reaches, from `rules/places/near.toml` (its comments
/// say what each figure means).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct NearReach {
    /// Gap between two towns' edges (km) within which a point near one
    /// may lie in the other.
    pub agree_km: f64,
    /// Gap beyond which no point near one lies in the other.
    pub conflict_km: f64,
    /// Gap beyond which that conflict is an error, not a warning.
    pub strong_km: f64,
    /// How far either side of its bearing an offset reaches (degrees).
    pub bearing_slack_degrees: f64,
    /// How far beyond its outermost towns a point near or off a region or
    /// a country may lie (km): its coast's waters, its empty edges.
    pub area_reach_km: f64,
    /// Towns a region or a country needs in the table before its reach is
    /// measured on them.
    pub area_min_towns: u32,
}

/// The reach of `near`, parsed on first use.
pub static NEAR_REACH: LazyLock<NearReach> = LazyLock::new(|| {
    toml::from_str(include_str!("../../rules/places/near.toml"))
        .expect("rules/places/near.toml is valid (checked by a unit test)")
});

/// The verdict on two places: a conflict (`Some(true)`, weak when it rests
/// on how far a writer's `near` reaches), agreement (`Some(false)`) or
/// undecided (`None`), with the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Judged {
    /// `Some(true)` a conflict, `Some(false)` agreement, `None` undecided.
    pub conflict: Option<bool>,
    /// Whether a conflict is weak (a warning).
    pub weak: bool,
    /// Why.
    pub why: String,
}

impl Judged {
    fn of(conflict: Option<bool>, why: String) -> Judged {
        Judged {
            conflict,
            weak: false,
            why,
        }
    }
}

impl Gazetteer {
    /// Judges two places named for one event, each with the name it was
    /// found by and whether its source placed the event only near it
    /// (`near Kandahar`). `measured`: one of them is a bearing's place
    /// (`40 miles north of Fresno`), whose event is anywhere the offset
    /// reaches, not a point near it.
    pub fn judge(
        &self,
        (na, x, near_a): (&str, &Place, bool),
        (nb, y, near_b): (&str, &Place, bool),
        measured: bool,
    ) -> Judged {
        let reads_as = |name: &str, p: &Place| self.lookup(name).iter().any(|r| r.id == p.id);
        if x.id != y.id && (x.name == y.name || reads_as(na, y) || reads_as(nb, x)) {
            return Judged::of(None, format!("{na} / {nb}: two readings of one name"));
        }
        let near = near_a || near_b;
        let relation = self.relation(x, y);
        // `Lake County` names a dozen counties: when a county is one side,
        // another reading of either name that holds the other place leaves
        // the pair undecided (each source read its name alone).
        if matches!(relation, Relation::Apart(_))
            && (x.kind == PlaceKind::County || y.kind == PlaceKind::County)
            && self.another_reading_holds((na, x), (nb, y))
        {
            return Judged::of(
                None,
                format!("{na} / {nb}: another reading of one holds the other"),
            );
        }
        match relation {
            Relation::Same => Judged::of(Some(false), format!("{na} and {nb} are one place")),
            Relation::Contains => Judged::of(Some(false), format!("{nb} lies in {na}")),
            Relation::Within => Judged::of(Some(false), format!("{na} lies in {nb}")),
            Relation::Near(d) => {
                Judged::of(Some(false), format!("{na} and {nb} are {d:.0} km apart"))
            }
            Relation::Apart(d)
                if x.kind == PlaceKind::City && y.kind == PlaceKind::City && near && !measured =>
            {
                self.near_towns((na, x), (nb, y), d, near_a && near_b)
            }
            Relation::Apart(d)
                if x.kind == PlaceKind::City && y.kind == PlaceKind::City && d < FAR_KM =>
            {
                Judged::of(
                    None,
                    format!("{na} and {nb} are {d:.0} km apart: maybe one area"),
                )
            }
            Relation::Apart(_) if near && !measured => {
                self.near_areas((na, x, near_a), (nb, y, near_b))
            }
            Relation::Apart(_) if near => {
                Judged::of(None, format!("{na} / {nb}: one is only near a place"))
            }
            Relation::Apart(d) => Judged::of(
                Some(true),
                format!("{na} is not {nb}: neither lies in the other ({d:.0} km apart)"),
            ),
        }
    }
}

impl Gazetteer {
    /// Whether another reading of `na` contains `y` or lies in it, or
    /// another reading of `nb` contains `x` or lies in it.
    fn another_reading_holds(&self, (na, x): (&str, &Place), (nb, y): (&str, &Place)) -> bool {
        let holds = |p: &Place, q: &Place| self.contains(p, q) || self.contains(q, p);
        self.lookup(na).iter().any(|r| r.id != x.id && holds(r, y))
            || self.lookup(nb).iter().any(|r| r.id != y.id && holds(x, r))
    }

    /// Two towns `d` km apart (centre to centre), one source (or `both`)
    /// placing the event only near its town: judged by the gap between the
    /// towns' edges and the reach of `near` ([`NEAR_REACH`]). A conflict
    /// holds only when no other reading of either name (`Medford`,
    /// Massachusetts or Oregon) would lie within reach of the other town:
    /// each source read its name alone.
    fn near_towns(
        &self,
        (na, x): (&str, &Place),
        (nb, y): (&str, &Place),
        d: f64,
        both: bool,
    ) -> Judged {
        let reach = &*NEAR_REACH;
        let conflict_km = if both {
            2.0 * reach.conflict_km
        } else {
            reach.conflict_km
        };
        let gap = d - city_radius_km(x) - city_radius_km(y);
        if gap <= reach.agree_km {
            return Judged::of(
                Some(false),
                format!("{na} and {nb}: a point near one may lie in the other ({gap:.0} km between them)"),
            );
        }
        if gap <= conflict_km {
            return Judged::of(
                None,
                format!("{na} / {nb}: {gap:.0} km apart, within a loose reading of near"),
            );
        }
        let within = |p: &Place, q: &Place| {
            p.kind == PlaceKind::City
                && q.kind == PlaceKind::City
                && super::distance_km(p, q) - city_radius_km(p) - city_radius_km(q) <= conflict_km
        };
        let (ra, rb) = (self.lookup(na), self.lookup(nb));
        if ra.iter().any(|r| within(r, y)) || rb.iter().any(|r| within(x, r)) {
            return Judged::of(
                None,
                format!("{na} / {nb}: another reading of one lies near the other"),
            );
        }
        Judged {
            conflict: Some(true),
            weak: gap <= reach.strong_km,
            why: format!(
                "{na} and {nb} are {gap:.0} km apart: no point near one lies in the other"
            ),
        }
    }
}

impl Gazetteer {
    /// A region or a country and another place apart, one source (or both)
    /// placing the event only near or off its place (`off the coast of
    /// Crete`): judged by the gap between the two places' reaches ([`Gazetteer::reach_km`]), each near side
    /// allowed [`NearReach::area_reach_km`] beyond its own. An area's
    /// reach is measured on its towns, not its coast, so a conflict is
    /// only a warning, and none holds when another reading of either name
    /// would lie within reach of the other.
    fn near_areas(
        &self,
        (na, x, near_a): (&str, &Place, bool),
        (nb, y, near_b): (&str, &Place, bool),
    ) -> Judged {
        let reach = &*NEAR_REACH;
        let slack = reach.area_reach_km * f64::from(u8::from(near_a) + u8::from(near_b));
        let gap = |p: &Place, q: &Place| {
            let (rp, rq) = (
                self.reach_km(p, reach.area_min_towns)?,
                self.reach_km(q, reach.area_min_towns)?,
            );
            Some(super::distance_km(p, q) - rp - rq)
        };
        let Some(between) = gap(x, y) else {
            return Judged::of(None, format!("{na} / {nb}: one is only near a place"));
        };
        let within = |p: &Place, q: &Place| gap(p, q).is_some_and(|g| g <= slack);
        let (ra, rb) = (self.lookup(na), self.lookup(nb));
        if within(x, y) || ra.iter().any(|r| within(r, y)) || rb.iter().any(|r| within(x, r)) {
            return Judged::of(
                None,
                format!("{na} / {nb}: {between:.0} km between their outermost towns, within reach of near or off"),
            );
        }
        Judged {
            conflict: Some(true),
            weak: true,
            why: format!(
                "{na} and {nb}: {between:.0} km between their outermost towns, beyond where a point near or off either lies"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::gazetteer::Gazetteer;

    fn judge(a: &str, b: &str, country: Option<&str>) -> Option<bool> {
        let g = Gazetteer::embedded();
        let (x, y) = (
            g.resolve(a, country).unwrap(),
            g.resolve(b, country).unwrap(),
        );
        g.judge((a, x, false), (b, y, false), false).conflict
    }

    #[test]
    fn containment_and_nearness_agree() {
        assert_eq!(judge("Hollywood", "Los Angeles", Some("US")), Some(false));
        assert_eq!(judge("Sochi", "Russia", None), Some(false));
        assert_eq!(judge("Los Angeles", "California", None), Some(false));
        assert_eq!(judge("Bombay", "Mumbai", None), Some(false));
        assert_eq!(
            judge("Santa Monica", "Los Angeles", Some("US")),
            Some(false)
        );
    }

    #[test]
    fn far_apart_conflicts() {
        assert_eq!(judge("Sochi", "Moscow", None), Some(true));
        assert_eq!(judge("Sochi", "Syria", None), Some(true));
        assert_eq!(judge("Los Angeles", "Nevada", None), Some(true));
        assert_eq!(judge("Herat", "Kandahar", None), Some(true));
    }

    #[test]
    fn two_readings_of_one_name_are_never_compared() {
        let g = Gazetteer::embedded();
        let fr = g.resolve("Paris", None).unwrap();
        let tx = g.resolve("Paris", Some("US")).unwrap();
        assert_eq!(
            g.judge(("Paris", fr, false), ("Paris", tx, false), false)
                .conflict,
            None
        );
        let ge = g.resolve("Georgia", Some("GE")).unwrap();
        let ga = g.resolve("Georgia", Some("US")).unwrap();
        assert_ne!(ge.id, ga.id);
        assert_eq!(
            g.judge(
                ("Georgia", ge, false),
                ("Atlanta", g.resolve("Atlanta", None).unwrap(), false),
                false,
            )
            .conflict,
            Some(true)
        );
        assert_eq!(
            g.judge(("Georgia", ge, false), ("Georgia", ga, false), false)
                .conflict,
            None
        );
    }

    /// The verdict on a point near `a` (its reading in `country`) against
    /// `b` there.
    fn near(a: &str, b: &str, country: &str) -> (Option<bool>, bool) {
        let g = Gazetteer::embedded();
        let (x, y) = (
            g.resolve(a, Some(country)).unwrap(),
            g.resolve(b, Some(country)).unwrap(),
        );
        let j = g.judge((a, x, true), (b, y, false), false);
        (j.conflict, j.weak)
    }

    #[test]
    fn a_point_near_a_town_reaches_a_few_km() {
        // Two towns whose edges are a few km apart: a point near one.
        assert_eq!(near("Bozeman", "Belgrade", "US").0, Some(false));
        assert_eq!(near("Modesto", "Turlock", "US").0, Some(false));
        // 45 km between the edges: a warning; across a state: an error.
        assert_eq!(near("Modesto", "Merced", "US"), (Some(true), true));
        assert_eq!(near("Modesto", "Sacramento", "US"), (Some(true), true));
        assert_eq!(near("Modesto", "Fresno", "US"), (Some(true), false));
        // A town with a reading near the other is not guessed at: the
        // Ashland of Oregon lies beside Medford, Oregon.
        let g = Gazetteer::embedded();
        let medford = g.resolve("Medford", Some("US")).unwrap();
        let far_ashland = g
            .lookup("Ashland")
            .into_iter()
            .find(|p| p.country == "US" && crate::gazetteer::distance_km(p, medford) > 500.0)
            .unwrap();
        let j = g.judge(
            ("Medford", medford, true),
            ("Ashland", far_ashland, false),
            false,
        );
        assert_eq!(j.conflict, None);
        // An offset's place is no point near it.
        let fresno = g.resolve("Fresno", Some("US")).unwrap();
        let merced = g.resolve("Merced", Some("US")).unwrap();
        assert_eq!(
            g.judge(("Fresno", fresno, true), ("Merced", merced, false), true)
                .conflict,
            None
        );
    }

    /// The verdict on `a` and `b` (their most likely readings), each near
    /// its place or not.
    fn areas(a: (&str, bool), b: (&str, bool)) -> (Option<bool>, bool) {
        let g = Gazetteer::embedded();
        let (x, y) = (g.resolve(a.0, None).unwrap(), g.resolve(b.0, None).unwrap());
        let j = g.judge((a.0, x, a.1), (b.0, y, b.1), false);
        (j.conflict, j.weak)
    }

    #[test]
    fn a_point_off_an_area_reaches_beyond_its_towns() {
        // Off an island vs off a port across the sea: a warning.
        assert_eq!(
            areas(("Crete", true), ("Marseille", true)),
            (Some(true), true)
        );
        assert_eq!(
            areas(("Cyprus", true), ("Lisbon", false)),
            (Some(true), true)
        );
        // Two shores of one gulf, a state and a city beyond its border,
        // an island and a port across its strait: within reach.
        assert_eq!(areas(("Somalia", true), ("Yemen", true)).0, None);
        assert_eq!(areas(("Texas", true), ("Oklahoma City", false)).0, None);
        assert_eq!(areas(("Sicily", true), ("Naples", false)).0, None);
        assert_eq!(areas(("Sicily", true), ("Tunis", false)).0, None);
    }

    #[test]
    fn the_reach_of_near_is_read() {
        let r = &*super::NEAR_REACH;
        assert!(0.0 < r.agree_km && r.agree_km < r.conflict_km && r.conflict_km < r.strong_km);
        assert!((0.0..90.0).contains(&r.bearing_slack_degrees));
    }
}
