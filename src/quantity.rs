//! Numbers in text: digits and words, scales (`2.3 million`), hedges kept as
//! intervals, and the noun they count.
//!
//! [`find_quantities`] walks a text once and returns every count, amount of
//! money and percentage it can read with confidence, each with its byte span,
//! its value, how it is meant (exact, round, hedged, a range: see
//! [`ReadingSettings`]) with the interval that stands for, and its unit. It stays quiet on years, calendar days,
//! clock times, ordinals, identifiers and numbers inside words or URLs.
//! [`same_quantity`] then says whether two such readings can describe the
//! same figure.

mod context;
mod forms;
mod number;
mod one_more;
mod reading;
mod scan;
mod shares;
mod starts;
mod text;
mod units;
mod vague;
mod words;

use crate::lexicon::Hedge;
pub use forms::PART_SUFFIX;
pub use reading::{
    HedgeReading, Reading, ReadingSettings, Revision, Written, DEFAULT_READING_SETTINGS,
};
pub use units::{Measure, Units, DEFAULT_UNITS, DURATION};

/// A number found in a text, with what it counts.
#[derive(Clone, Debug, PartialEq)]
pub struct QuantityExpr {
    /// Byte offset of the start (the hedge included), in the text given.
    pub start: usize,
    /// Byte offset of the end (exclusive; the unit included when there is one).
    pub end: usize,
    /// The number as written, normalized (`400000.0`); the midpoint for a range.
    pub value: f64,
    /// Lower bound after the hedge.
    pub lo: f64,
    /// Upper bound after the hedge (may be infinite).
    pub hi: f64,
    /// The hedge phrase, lower case, if any.
    pub hedge: Option<String>,
    /// The counted noun, lower case and singular (`hour`, `person`), if any;
    /// the currency code (`usd`) for money, `percent` for percentages.
    pub unit: Option<String>,
    /// `quantity`, `money` or `percent`.
    pub category: &'static str,
    /// How the figure is meant: exact, round, hedged or a range.
    pub reading: Reading,
}

impl QuantityExpr {
    /// A short human-readable form: `~400,000`, `400,000–440,000`,
    /// `≥ 400,000`, `4 hours`, `$2.3 million`, `12%`.
    pub fn display(&self) -> String {
        let num = |v: f64| -> String {
            if self.category == "money" {
                money(v, self.unit.as_deref().unwrap_or(""))
            } else {
                format_number(v)
            }
        };
        // Exact and round figures show as written; a hedge shows which
        // side of the figure it points to.
        let body = match self.reading {
            Reading::Exact | Reading::Round => num(self.value),
            Reading::Range => format!("{}–{}", num(self.lo), num(self.hi)),
            Reading::Hedged if self.hi.is_infinite() => format!("≥ {}", num(self.lo)),
            Reading::Hedged if self.hi < self.value => format!("< {}", num(self.value)),
            Reading::Hedged if self.hi == self.value => format!("≤ {}", num(self.value)),
            Reading::Hedged if self.lo > self.value => format!("> {}", num(self.value)),
            Reading::Hedged if self.lo < self.value && self.value < self.hi => {
                format!("~{}", num(self.value))
            }
            Reading::Hedged => format!("{}–{}", num(self.lo), num(self.hi)),
        };
        match (self.category, self.unit.as_deref()) {
            ("percent", Some("percentage point")) => {
                let s = if self.hi == 1.0 { "" } else { "s" };
                format!("{body} percentage point{s}")
            }
            ("percent", _) => format!("{body}%"),
            ("money", _) | (_, None) => body,
            (_, Some(u)) => {
                if self.lo == 1.0 && self.hi == 1.0 {
                    format!("{body} {u}")
                } else {
                    format!("{body} {}", words::plural(u))
                }
            }
        }
    }
}

/// Formats a number with thousands separators, or with a scale word when it
/// is a round number of millions or more (`2.3 million`).
fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return if v > 0.0 { "∞".into() } else { "-∞".into() };
    }
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        let m = v / scale;
        if v.abs() >= scale && (m * 1000.0 - (m * 1000.0).round()).abs() < 1e-6 {
            let s = format!("{:.3}", m);
            let s = s.trim_end_matches('0').trim_end_matches('.');
            return format!("{s} {word}");
        }
    }
    let neg = v < 0.0;
    let a = v.abs();
    let int = a.trunc();
    let frac = a - int;
    let digits = format!("{int:.0}");
    let mut out = String::with_capacity(digits.len() + 8);
    if neg {
        out.push('-');
    }
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if frac > 1e-9 {
        let f = format!("{frac:.4}");
        let f = f.trim_end_matches('0');
        out.push_str(f.trim_start_matches('0'));
    }
    out
}

fn money(v: f64, code: &str) -> String {
    let n = format_number(v);
    match code {
        "usd" => format!("${n}"),
        "eur" => format!("€{n}"),
        "gbp" => format!("£{n}"),
        "jpy" => format!("¥{n}"),
        "" => n,
        c => format!("{} {n}", c.to_ascii_uppercase()),
    }
}

/// Whether two quantities can describe the same figure: same category, no
/// conflicting units (a missing unit conflicts with nothing), and either the
/// intervals overlap or the gap between them is within `tolerance` relative
/// to the larger value (`0.1` = 10%).
pub fn same_quantity(a: &QuantityExpr, b: &QuantityExpr, tolerance: f64) -> bool {
    if a.category != b.category {
        return false;
    }
    if let (Some(ua), Some(ub)) = (&a.unit, &b.unit) {
        if ua != ub {
            return false;
        }
    }
    if a.lo <= b.hi && b.lo <= a.hi {
        return true;
    }
    let gap = (a.lo - b.hi).max(b.lo - a.hi);
    let scale = a.value.abs().max(b.value.abs());
    gap <= tolerance.max(0.0) * scale
}

/// Whether `code` is a currency code as quantities report it (`usd`, `eur`).
pub fn is_currency_code(code: &str) -> bool {
    code.len() == 3 && words::currency_code(code.to_ascii_uppercase().as_bytes()).is_some()
}

/// Finds the quantities in `text`, in order, without overlaps.
///
/// `hedges` are the phrases that widen a number into an interval (usually
/// [`crate::lexicon::Lexicon::hedges`]); the longest one written right
/// before a number is taken and included in the span.
pub fn find_quantities(text: &str, hedges: &[Hedge]) -> Vec<QuantityExpr> {
    scan::scan(text, hedges)
}

#[cfg(test)]
mod tests;
