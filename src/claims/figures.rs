//! What every quantity claim gets once the extractor is done: a unit that
//! converts counts its dimension (`12 miles` and `19 km` are one count),
//! and a figure whose sentence marks it as revised or provisional (`rose
//! to`, `so far`) is flagged so a later figure can update it.

use super::{Claim, ClaimKind, Value};
use crate::quantity::{Reading, ReadingSettings, Revision, Units};

/// Finishes the quantity claims of one text (`text` is the source's text).
pub(super) fn finish_quantities(text: &str, claims: &mut [Claim]) {
    let units = Units::defaults();
    let update = &ReadingSettings::defaults().update;
    // Sentences are shared by the quantities they hold: each is read once.
    let mut last: Option<(std::ops::Range<usize>, Revision)> = None;
    for c in claims.iter_mut().filter(|c| c.kind == ClaimKind::Quantity) {
        let Value::Quantity {
            unit,
            revised,
            reading,
            lo,
            hi,
            ..
        } = &mut c.value
        else {
            continue;
        };
        // Say how the figure was read, unless a hedge already says it.
        match reading {
            Reading::Exact => c.evidence = "exact figure".into(),
            Reading::Round => {
                c.evidence = format!(
                    "round figure: {}–{}",
                    super::text::format_number(*lo),
                    super::text::format_number(*hi)
                )
                .into()
            }
            Reading::Range => c.evidence = "a range".into(),
            Reading::Hedged => {}
        }
        // A duration keeps its unit as its class (`year`, `month`), as
        // before durations converted: fingerprints of findings recorded in
        // baselines then still match. Alignment meets two durations
        // through their predicate (`align::both_durations`).
        if let Some(m) = unit
            .as_deref()
            .and_then(|u| units.measure(u))
            .filter(|m| m.dimension != crate::quantity::DURATION)
        {
            let u = unit.as_deref().unwrap_or_default();
            let s = &mut c.subject;
            if let Some(rest) = s.class.strip_suffix(u).map(str::to_string) {
                let class = format!("{rest}{}", m.dimension);
                if let Some(tail) = s.key.strip_prefix(s.class.as_str()) {
                    s.key = format!("{class}{tail}").into();
                }
                s.class = class.into();
            }
        }
        *revised = match &last {
            Some((r, marked)) if *r == c.sentence => *marked,
            _ => {
                let marked = text
                    .get(c.sentence.clone())
                    .map_or(Revision::None, |s| update.marks(s));
                last = Some((c.sentence.clone(), marked));
                marked
            }
        };
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, ClaimKind, Value};

    fn quantities(text: &str) -> Vec<(String, bool)> {
        claims_of(text, Some("2024-05-02"))
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Quantity)
            .map(|c| {
                let revised = matches!(
                    c.value,
                    Value::Quantity {
                        revised: crate::quantity::Revision::Revised,
                        ..
                    }
                );
                (c.subject.class.to_string(), revised)
            })
            .collect()
    }

    #[test]
    fn units_that_convert_count_their_dimension() {
        let q = quantities("The quake struck 940 miles south of the capital.");
        assert_eq!(q, [("distance".to_string(), false)]);
        let q = quantities("The storm left 12 people dead.");
        assert_eq!(q[0].0, "person");
    }

    #[test]
    fn revised_figures_are_marked() {
        let q = quantities("The death toll rose to 41 people on Tuesday.");
        assert_eq!(q, [("person".to_string(), true)]);
        let q = quantities("The blast killed 41 people on Tuesday.");
        assert_eq!(q, [("person".to_string(), false)]);
    }
}
