//! Keys of spans and plans that say two figures are one count: how long
//! someone lived at a place both name (`moved to Kerrow three years ago`
//! / `had been living in Kerrow for five years`), and the instalments of
//! one plan (`24 monthly payments of $20` / `20 monthly payments of
//! $20`). See `counted::match_keys`.

use super::counted::scopes_with;
use crate::claims::{Counted, SOFT_PLACE};

/// Whether both figures are how long someone lived somewhere
/// (`verb:live`) and they name one place (a soft place scope in common;
/// two different places never meet, see `counted::scopes_agree`).
pub(super) fn lived_at_one_place(ka: &Counted, kb: &Counted) -> bool {
    let lived = |k: &Counted| k.predicate.as_deref() == Some(LIVED);
    let (pa, pb) = (scopes_with(ka, SOFT_PLACE), scopes_with(kb, SOFT_PLACE));
    lived(ka) && lived(kb) && pa.iter().any(|p| pb.contains(p))
}

/// Whether both figures count instalments of one period (scoped alike,
/// see `claims::quantity::instalments`) and one amount (`of 20`).
pub(super) fn one_plan(ka: &Counted, kb: &Counted) -> bool {
    use crate::claims::quantity::instalments::is_instalment;
    let amount = |k: &'_ Counted| k.scope.iter().find(|s| s.starts_with("of ")).cloned();
    is_instalment(ka) && is_instalment(kb) && amount(ka).is_some() && amount(ka) == amount(kb)
}

/// The predicate of how long someone lived somewhere.
const LIVED: &str = "verb:live";

#[cfg(test)]
mod tests {
    use super::super::counted::tests::meet;

    #[test]
    fn how_long_one_lived_at_one_place_is_scoped() {
        let moved = (
            "Her aunt said she moved to Ashford, Kent, three years ago.",
            "three",
        );
        let lived = (
            "Osk had been living in Ashford with her mother for the past five years.",
            "five",
        );
        let m = meet(moved, lived).expect("moved / living, one place");
        assert!(m.keyed() && m.scoped);
        // Another place: another residence.
        let elsewhere = (
            "Osk had been living in Leeds with her mother for the past five years.",
            "five",
        );
        assert_eq!(meet(moved, elsewhere), None);
        // Living somewhere and working there are two spans.
        let worked = ("Osk worked in Ashford for the past five years.", "five");
        assert!(meet(moved, worked).is_none_or(|m| !m.scoped));
    }

    #[test]
    fn instalments_of_one_period_and_amount_meet() {
        let m = meet(
            (
                "It sells for $49 down and 18 monthly payments of $30.",
                "18",
            ),
            ("Buyers pay $49 down and 24 monthly payments of $30.", "24"),
        )
        .expect("one plan");
        assert!(m.instalment);
        let weekly = ("Buyers pay $49 down and 24 weekly payments of $30.", "24");
        let monthly = (
            "It sells for $49 down and 18 monthly payments of $30.",
            "18",
        );
        assert_eq!(meet(monthly, weekly), None);
        let other_amount = ("Buyers pay $49 down and 24 monthly payments of $25.", "24");
        assert!(meet(monthly, other_amount).is_none_or(|m| !m.instalment));
    }
}
