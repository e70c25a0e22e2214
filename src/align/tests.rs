//! Tests of the alignment's grouping helpers.

use super::ambiguous_quantities;
use crate::claims::{claims_of, Claim, ClaimKind};

fn source(text: &str, id: usize) -> Vec<Claim> {
    let mut claims = claims_of(text, Some("2017-11-22"));
    for c in &mut claims {
        c.source = id;
    }
    claims
}

#[test]
fn a_source_giving_two_numbers_for_one_thing_is_ambiguous_in_any_claim_order() {
    let two = source(
        "Police seized six rifles in the raid on Monday. By Tuesday they had seized 14 rifles.",
        0,
    );
    let one = source("Police seized six rifles in the raid on Monday.", 1);
    let rifles = |claims: &[Claim]| {
        claims
            .iter()
            .filter(|c| c.kind == ClaimKind::Quantity && c.subject.class == "rifle")
            .count()
    };
    assert_eq!((rifles(&two), rifles(&one)), (2, 1), "{two:#?}");
    let in_order: Vec<Claim> = two.iter().chain(&one).cloned().collect();
    let marks = ambiguous_quantities(&in_order);
    for (c, &m) in in_order.iter().zip(&marks) {
        let expected = c.source == 0 && c.kind == ClaimKind::Quantity && c.subject.class == "rifle";
        assert_eq!(m, expected, "{c:?}");
    }
    // Claims read back in another order: the same marks, claim by claim.
    let reversed: Vec<Claim> = one.iter().chain(&two).cloned().collect();
    let marks_reversed = ambiguous_quantities(&reversed);
    let mut expected = marks[two.len()..].to_vec();
    expected.extend_from_slice(&marks[..two.len()]);
    assert_eq!(marks_reversed, expected);
}
