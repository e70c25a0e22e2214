//! Ranges told twice. A range (`sentences ranging from 7 to 40 years`,
//! `sentences of between 6 and 40 years`) is a spread given by its two
//! ends; two ranges of related predicates that share one end exactly are
//! one spread told twice, as two figures naming one place are one count:
//! the other end is then compared however the sentences around them
//! differ.

use crate::claims::{Claim, Value};
use crate::quantity::Reading;

/// Whether both figures are ranges in one unit that share one end
/// exactly (the lower or the upper one).
pub(super) fn share_an_end(a: &Claim, b: &Claim) -> bool {
    let ends = |c: &Claim| match &c.value {
        Value::Quantity {
            lo,
            hi,
            unit,
            reading: Reading::Range,
            ..
        } => Some((*lo, *hi, unit.clone())),
        _ => None,
    };
    match (ends(a), ends(b)) {
        (Some((la, ha, ua)), Some((lb, hb, ub))) => {
            ua == ub && (same_end(la, lb) || same_end(ha, hb))
        }
        _ => false,
    }
}

/// Whether two ends are one number (as read, not within a tolerance).
fn same_end(x: f64, y: f64) -> bool {
    (x - y).abs() <= f64::EPSILON * x.abs().max(y.abs()).max(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::claims::quantity_at as quantity;

    const SEVEN_TO_40: &str = "A judge gave the smugglers sentences ranging from 7 to 40 years.";
    const SIX_TO_40: &str =
        "The smugglers got sentences of between 6 and 40 years, the court said.";
    const TWO_TO_12: &str = "A judge gave the smugglers sentences ranging from 2 to 12 years.";

    #[test]
    fn ranges_sharing_an_end_are_one_spread() {
        assert!(share_an_end(
            &quantity(SEVEN_TO_40, "7 to 40"),
            &quantity(SIX_TO_40, "6 and 40")
        ));
        let m = super::super::counted::match_keys(
            &quantity(SEVEN_TO_40, "7 to 40"),
            &quantity(SIX_TO_40, "6 and 40"),
            true,
        )
        .expect("sentence / sentence");
        assert!(m.keyed() && m.scoped() && m.ranged());
    }

    #[test]
    fn ranges_apart_at_both_ends_are_not_scoped() {
        assert!(!share_an_end(
            &quantity(TWO_TO_12, "2 to 12"),
            &quantity(SIX_TO_40, "6 and 40")
        ));
        let m = super::super::counted::match_keys(
            &quantity(TWO_TO_12, "2 to 12"),
            &quantity(SIX_TO_40, "6 and 40"),
            true,
        );
        assert!(m.is_none_or(|m| !m.scoped() && !m.ranged()));
        // A single figure is no range.
        assert!(!share_an_end(
            &quantity("He was sentenced to 40 years in prison.", "40"),
            &quantity(SIX_TO_40, "6 and 40")
        ));
    }
}
