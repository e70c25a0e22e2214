//! Whether two places named for one event agree: the same place, one inside
//! the other, or near each other agree; far apart they conflict; two
//! readings of one name are never compared.

use super::{Gazetteer, Place, PlaceKind, Relation};

/// Two cities farther apart than this (km) are different places; closer
/// than this but not near ([`super::NEAR_KM`]), say a metropolitan area's
/// suburbs, the pair is undecided. A place only `near` another doubles it.
pub const FAR_KM: f64 = 100.0;

impl Gazetteer {
    /// Judges two places named for one event, each with the name it was
    /// found by: `Some(true)` a conflict, `Some(false)` agreement, `None`
    /// undecided; with the reason. `near` says one source placed the event
    /// only near its place (`near Kandahar`).
    pub fn judge(
        &self,
        (na, x): (&str, &Place),
        (nb, y): (&str, &Place),
        near: bool,
    ) -> (Option<bool>, String) {
        let reads_as = |name: &str, p: &Place| self.lookup(name).iter().any(|r| r.id == p.id);
        if x.id != y.id && (x.name == y.name || reads_as(na, y) || reads_as(nb, x)) {
            return (None, format!("{na} / {nb}: two readings of one name"));
        }
        let far = if near { 2.0 * FAR_KM } else { FAR_KM };
        match self.relation(x, y) {
            Relation::Same => (Some(false), format!("{na} and {nb} are one place")),
            Relation::Contains => (Some(false), format!("{nb} lies in {na}")),
            Relation::Within => (Some(false), format!("{na} lies in {nb}")),
            Relation::Near(d) => (Some(false), format!("{na} and {nb} are {d:.0} km apart")),
            Relation::Apart(d)
                if x.kind == PlaceKind::City && y.kind == PlaceKind::City && d < far =>
            {
                (
                    None,
                    format!("{na} and {nb} are {d:.0} km apart: maybe one area"),
                )
            }
            Relation::Apart(_) if near => (None, format!("{na} / {nb}: one is only near a place")),
            Relation::Apart(d) => (
                Some(true),
                format!("{na} is not {nb}: neither lies in the other ({d:.0} km apart)"),
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
        g.judge((a, x), (b, y), false).0
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
        assert_eq!(g.judge(("Paris", fr), ("Paris", tx), false).0, None);
        let ge = g.resolve("Georgia", Some("GE")).unwrap();
        let ga = g.resolve("Georgia", Some("US")).unwrap();
        assert_ne!(ge.id, ga.id);
        assert_eq!(
            g.judge(
                ("Georgia", ge),
                ("Atlanta", g.resolve("Atlanta", None).unwrap()),
                false
            )
            .0,
            Some(true)
        );
        assert_eq!(g.judge(("Georgia", ge), ("Georgia", ga), false).0, None);
    }
}
