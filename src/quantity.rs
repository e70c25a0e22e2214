//! Numbers in text: digits and words, scales (`2.3 million`), hedges kept as
//! intervals, and the noun they count.
//!
//! SKELETON: the finder is being written (see issue 2).

use crate::lexicon::Hedge;

/// A number found in a text, with what it counts.
#[derive(Clone, Debug, PartialEq)]
pub struct QuantityExpr {
    /// Byte offset of the start (the hedge included), in the text given.
    pub start: usize,
    /// Byte offset of the end (exclusive; the unit included when there is one).
    pub end: usize,
    /// The number as written, normalized (`400000.0`).
    pub value: f64,
    /// Lower bound after the hedge.
    pub lo: f64,
    /// Upper bound after the hedge (may be infinite).
    pub hi: f64,
    /// The hedge phrase, lower case, if any.
    pub hedge: Option<String>,
    /// The counted noun, lower case and singular (`hour`, `person`), if any.
    pub unit: Option<String>,
    /// `quantity`, `money` or `percent`.
    pub category: &'static str,
}

/// Finds the quantities in `text`.
pub fn find_quantities(_text: &str, _hedges: &[Hedge]) -> Vec<QuantityExpr> {
    Vec::new()
}
