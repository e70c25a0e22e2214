//! Events that move (`rules/places/routes.toml`): a chase or a march runs
//! from one place to another, and two sources may each name a different
//! point of it. Two places of such an event a short way apart are no
//! conflict (see [`crate::rules`]'s `same-place` check).

use crate::claims::Claim;
use crate::gazetteer::{Gazetteer, Place};
use serde::Deserialize;
use std::sync::LazyLock;

/// The routes table: how far apart two points of one route may lie, and
/// which events move.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Routes {
    /// Gap between the two places' edges (km) within which two points of
    /// one route do not conflict.
    pub reach_km: f64,
    /// Event lemmas that move (`chase`).
    pub movements: Vec<String>,
    /// Verbs of a phase of an event (`end`), a route's when their sentence
    /// names a movement.
    pub phases: Vec<String>,
}

/// The routes table, parsed on first use.
pub static ROUTES: LazyLock<Routes> = LazyLock::new(|| {
    toml::from_str(include_str!("../../rules/places/routes.toml"))
        .expect("rules/places/routes.toml is valid (checked by a unit test)")
});

/// The lemma an event class ends with (`noun:chase` → `chase`).
fn lemma(class: &str) -> &str {
    class.rsplit(':').next().unwrap_or(class)
}

/// Whether a claim places a point of a route: its event moves (`the chase
/// in Pomona`), or is a phase of one its sentence names (`the pursuit
/// ended in Chino`).
pub fn on_route(c: &Claim) -> bool {
    let r = &*ROUTES;
    let l = lemma(&c.subject.class);
    let moves = |w: &str| r.movements.iter().any(|m| m == w);
    moves(l)
        || r.phases.iter().any(|p| p == l)
            && r.movements
                .iter()
                .any(|m| c.subject.context.contains(&crate::claims::text::stem(m)))
}

/// Whether two places of one event, one of them a point of a route, lie
/// within the route's reach of each other.
pub fn within_route(g: &Gazetteer, x: &Place, y: &Place) -> bool {
    g.edge_gap_km(x, y)
        .is_some_and(|gap| gap <= ROUTES.reach_km)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_routes_table_is_read() {
        let r = &*ROUTES;
        assert!(r.reach_km > 0.0);
        assert!(r.movements.iter().any(|m| m == "chase"));
        assert_eq!(lemma("noun:chase"), "chase");
        assert_eq!(lemma("meeting"), "meeting");
    }

    #[test]
    fn points_of_a_route_a_few_km_apart_are_within_reach() {
        let g = Gazetteer::embedded();
        let town = |n: &str| g.resolve(n, Some("US")).unwrap();
        assert!(within_route(g, town("Pomona"), town("Ontario")));
        assert!(!within_route(g, town("Pomona"), town("Fresno")));
    }
}
