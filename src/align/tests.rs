//! Tests of the alignment's grouping helpers.

use super::{ambiguous_quantities, cross_source_pairs, two_sources};
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
    let marks = ambiguous_quantities(&in_order, 7);
    for (c, &m) in in_order.iter().zip(&marks) {
        let expected = c.source == 0 && c.kind == ClaimKind::Quantity && c.subject.class == "rifle";
        assert_eq!(m, expected, "{c:?}");
    }
    // Claims read back in another order: the same marks, claim by claim.
    let reversed: Vec<Claim> = one.iter().chain(&two).cloned().collect();
    let marks_reversed = ambiguous_quantities(&reversed, 7);
    let mut expected = marks[two.len()..].to_vec();
    expected.extend_from_slice(&marks[..two.len()]);
    assert_eq!(marks_reversed, expected);
}

/// Exactly the pairs of claims from two sources, each once as (earlier,
/// later), whatever the order of the group: the claims of one source are
/// skipped as runs, not pair by pair (one big article's block was
/// quadratic).
#[test]
fn cross_source_pairs_are_every_pair_of_two_sources_once() {
    let mut claims: Vec<Claim> = source("Putin met Assad in Sochi on Monday.", 0);
    let template = claims[0].clone();
    claims.clear();
    for s in [0, 0, 1, 0, 2, 2, 1] {
        let mut c = template.clone();
        c.source = s;
        claims.push(c);
    }
    let mut expected = Vec::new();
    for i in 0..claims.len() {
        for j in i + 1..claims.len() {
            if claims[i].source != claims[j].source {
                expected.push((i, j));
            }
        }
    }
    for group in [vec![0, 1, 2, 3, 4, 5, 6], vec![6, 5, 4, 3, 2, 1, 0]] {
        let mut got = Vec::new();
        cross_source_pairs(&claims, group.iter().copied(), |i, j| got.push((i, j)));
        got.sort();
        assert_eq!(got, expected, "{group:?}");
    }
    let mut none = Vec::new();
    cross_source_pairs(&claims, [0, 1, 3], |i, j| none.push((i, j)));
    assert!(none.is_empty());
}

/// A block of one source's claims is dropped before scoring: it makes no
/// pair, in whatever order its claims come.
#[test]
fn only_blocks_of_two_sources_are_kept() {
    let template = source("Putin met Assad in Sochi on Monday.", 0)[0].clone();
    let claims: Vec<Claim> = [0, 0, 1, 0]
        .into_iter()
        .map(|s| Claim {
            source: s,
            ..template.clone()
        })
        .collect();
    for (block, kept) in [
        (&[][..], false),
        (&[2][..], false),
        (&[0, 1, 3][..], false),
        (&[0, 1, 2][..], true),
        (&[2, 3][..], true),
        (&[3, 0, 2][..], true),
    ] {
        assert_eq!(two_sources(&claims, block), kept, "{block:?}");
        let mut pairs = 0;
        cross_source_pairs(&claims, block.iter().copied(), |_, _| pairs += 1);
        assert_eq!(pairs > 0, kept, "{block:?}");
    }
}

/// The prices the alignment pairs across two sources, by their words.
fn paired_prices(a: &str, b: &str) -> Vec<(String, String)> {
    let mut claims = source(a, 0);
    claims.extend(source(b, 1));
    let texts = [a, b];
    let words = |c: &Claim| texts[c.source][c.span.clone()].to_string();
    super::align(&claims, &[0, 0], &super::AlignConfig::default())
        .iter()
        .filter(|p| super::is_money(&claims[p.a()]))
        .map(|p| (words(&claims[p.a()]), words(&claims[p.b()])))
        .collect()
}

/// A sentence giving several prices of several items keys each by its
/// item: a price meets the other source's price of that item only.
#[test]
fn prices_meet_the_price_of_their_own_item_only() {
    let listed =
        "Lumo will charge $499 for the base 10-inch Lumo Tab and $799 for a 12-inch model.";
    assert_eq!(
        paired_prices(
            listed,
            "The new Lumo Tab line starts at $549 for the 10-inch option, but can go much higher."
        ),
        vec![("$499".to_string(), "$549".to_string())]
    );
    assert_eq!(
        paired_prices(listed, "The 12-inch Lumo Tab starts off at $849."),
        vec![("$799".to_string(), "$849".to_string())]
    );
    // A price of no item, and an item priced twice by one source, are
    // not compared.
    assert!(paired_prices(listed, "The new Lumo Tab line starts at $549.").is_empty());
    assert!(paired_prices(
        "The 12-inch Lumo Tab costs $799, and the 12-inch Lumo Pro costs $999.",
        "The 12-inch Lumo Tab starts off at $849."
    )
    .is_empty());
}

/// Whether `align` pairs the quantity `a` of source 0 with the quantity
/// `b` of source 1 (by value).
fn quantities_pair(first: &str, second: &str, a: f64, b: f64) -> bool {
    let claims: Vec<Claim> = source(first, 0)
        .into_iter()
        .chain(source(second, 1))
        .collect();
    let find = |s: usize, v: f64| {
        claims
            .iter()
            .position(|c| {
                c.source == s
                    && matches!(c.value, crate::claims::Value::Quantity { value, .. } if value == v)
            })
            .unwrap_or_else(|| panic!("no {v:?} in source {s}: {claims:#?}"))
    };
    let (i, j) = (find(0, a), find(1, b));
    let stories = vec![0; claims.len()];
    super::align(&claims, &stories, &super::AlignConfig::default())
        .iter()
        .any(|p| (p.a as usize, p.b as usize) == (i.min(j), i.max(j)))
}

#[test]
fn one_object_counted_once_by_each_source_compares_in_unlike_sentences() {
    assert!(quantities_pair(
        "The smugglers, in three boats, fled north before dawn.",
        "Coastguards chased smugglers in two boats off the cape.",
        3.0,
        2.0,
    ));
    // A synonym counts the same object (`cars` / `automobiles`).
    assert!(quantities_pair(
        "The thieves' haul of 14 cars sat in a barn near Dunmore.",
        "A barn near Dunmore held their haul of 12 automobiles, the sheriff said.",
        14.0,
        12.0,
    ));
}

#[test]
fn counts_of_acts_or_of_an_object_told_twice_do_not_compare_in_unlike_sentences() {
    // A season's catches and one game's are not one count.
    assert!(!quantities_pair(
        "Moreno made nine catches for 120 yards.",
        "The rookie led the league with 71 catches this season.",
        9.0,
        71.0,
    ));
    // A common object one figure says was damaged and the other says
    // nothing of: counted in too many roles in one story.
    assert!(!quantities_pair(
        "The storm damaged 40 houses, officials said.",
        "About 70 houses and a school lay in ruins after the storm.",
        40.0,
        70.0,
    ));
    // A source giving two counts of boats: which one is meant is a guess.
    assert!(!quantities_pair(
        "The smugglers, in three boats, fled north. Two boats were found later.",
        "Coastguards chased smugglers in two boats off the cape.",
        3.0,
        2.0,
    ));
}

#[test]
fn counts_of_one_model_meet_whatever_noun_follows_the_code() {
    // `12 M16 guns` and `nine M16s` count the same model: they share a
    // block though their classes differ, and compare as one object.
    assert!(quantities_pair(
        "Marines also recovered 12 M16 guns from the gang's compound.",
        "The gang's compound held nine M16s, police said.",
        12.0,
        9.0,
    ));
}
