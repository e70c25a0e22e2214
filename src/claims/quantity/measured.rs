//! Measures an agency or instrument gives (`the survey said it had a
//! magnitude of 5.4`, `the institute put the magnitude at 5.8, but the
//! survey said it was 6.1`): such a figure is keyed by the agency its
//! clause names ([`MEASURED_BY`] and the agency's key), so two agencies'
//! estimates never meet and one agency's two values do; and a bare value
//! after `said it was` measures the measure named before it. The words
//! are in `rules/quantity/measured.toml`, embedded and checked when
//! loaded.

use crate::claims::{Doc, SentenceView};
use crate::quantity::QuantityExpr;
use serde::Deserialize;
use std::sync::LazyLock;

/// The embedded measure words.
pub const DEFAULT_MEASURED_CUES: &str = include_str!("../../../rules/quantity/measured.toml");

/// The scope prefix of a measure's agency (`measured by usgs`).
pub const MEASURED_BY: &str = "measured by ";

/// One agency: its key and the phrases that name it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    /// The key in the scope (`usgs`).
    pub key: String,
    /// Lower-case phrases naming it (`geological survey`).
    pub names: Vec<String>,
}

/// The words of `rules/quantity/measured.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct MeasuredCues {
    /// Measures keyed by their agency (`magnitude`).
    pub measures: Vec<String>,
    /// Verbs between `it` and a bare value (`was`).
    pub pronoun_verbs: Vec<String>,
    /// Reporting verbs before `it` (`said`).
    pub report_verbs: Vec<String>,
    /// Words that open a second estimate's clause (`but`).
    pub clause_breaks: Vec<String>,
    /// The agencies.
    pub agency: Vec<Agency>,
}

impl MeasuredCues {
    /// Parses and checks the file: lower-case trimmed words.
    pub fn parse(text: &str) -> Result<MeasuredCues, String> {
        let c: MeasuredCues = toml::from_str(text).map_err(|e| e.to_string())?;
        crate::claims::text::check_lower_case_words(&[
            &c.measures,
            &c.pronoun_verbs,
            &c.report_verbs,
            &c.clause_breaks,
        ])?;
        for a in &c.agency {
            let lower = |w: &String| !w.is_empty() && w.trim() == w && w.to_lowercase() == *w;
            if !lower(&a.key) || !a.names.iter().all(lower) || a.names.is_empty() {
                return Err(format!("agency {:?}: lower-case key and names", a.key));
            }
        }
        Ok(c)
    }

    /// The embedded cues.
    pub fn defaults() -> &'static MeasuredCues {
        static DEFAULTS: LazyLock<MeasuredCues> = LazyLock::new(|| {
            MeasuredCues::parse(DEFAULT_MEASURED_CUES)
                .expect("rules/quantity/measured.toml is checked by a test")
        });
        &DEFAULTS
    }

    /// Whether `unit` is a measure keyed by its agency.
    pub fn is_measure(&self, unit: &str) -> bool {
        self.measures.iter().any(|m| m == unit)
    }
}

/// The measure a figure with no unit gives when it follows `said it was`
/// (a reporting verb, `it`, a verb of `pronoun-verbs`, nothing between):
/// the last measure word of its sentence before it, else of the sentence
/// before.
pub(super) fn pronoun_measure(doc: &Doc, i: usize, q: &QuantityExpr) -> Option<&'static str> {
    let cues = MeasuredCues::defaults();
    let view = &doc.sentences[i];
    let fb = view.words.partition_point(|&(_, e)| e <= q.start);
    if fb < 3 || q.unit.is_some() || q.hedge.is_some() {
        return None;
    }
    let has = |list: &[String], w: &str| list.iter().any(|x| x == w);
    let form = has(&cues.pronoun_verbs, view.word(fb - 1))
        && view.word(fb - 2) == "it"
        && has(&cues.report_verbs, view.word(fb - 3));
    let tight = (fb - 3..fb).all(|k| {
        let next = view.words.get(k + 1).map_or(q.start, |w| w.0.min(q.start));
        view.lower()
            .get(view.words[k].1..next)
            .is_some_and(|gap| gap.chars().all(char::is_whitespace))
    });
    if !form || !tight {
        return None;
    }
    let named = |v: &SentenceView, upto: usize| {
        (0..upto)
            .rev()
            .find_map(|k| cues.measures.iter().find(|m| *m == v.word(k)))
    };
    let measure = named(view, fb - 3).or_else(|| {
        let before = doc.sentences.get(i.checked_sub(1)?)?;
        named(before, before.words.len())
    })?;
    Some(measure.as_str())
}

/// The agency the clause of the figure at `start..end` names (`measured
/// by usgs`), the clause ending at a `clause-breaks` word or a semicolon.
pub(super) fn agency_scope(view: &SentenceView, (start, end): (usize, usize)) -> Option<String> {
    let cues = MeasuredCues::defaults();
    let lower = view.lower();
    let is_break = |k: usize| {
        cues.clause_breaks.iter().any(|b| b == view.word(k))
            || lower[..view.words[k].0].trim_end().ends_with(';')
    };
    let first = view.words.partition_point(|&(s, _)| s < start);
    let from = (0..first)
        .rev()
        .find(|&k| is_break(k))
        .map_or(0, |k| view.words[k].0);
    let to = (first..view.words.len())
        .find(|&k| view.words[k].0 >= end && is_break(k))
        .map_or(lower.len(), |k| view.words[k].0);
    let clause = lower.get(from..to)?;
    cues.agency
        .iter()
        .find(|a| a.names.iter().any(|n| names_phrase(clause, n)))
        .map(|a| format!("{MEASURED_BY}{}", a.key))
}

/// Whether `clause` holds `phrase` as whole words.
fn names_phrase(clause: &str, phrase: &str) -> bool {
    clause.match_indices(phrase).any(|(at, _)| {
        let before = clause[..at].chars().next_back();
        let after = clause[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::{claims_of, ClaimKind, Value};

    #[test]
    fn the_embedded_cues_parse() {
        let c = MeasuredCues::parse(DEFAULT_MEASURED_CUES).unwrap();
        assert!(c.is_measure("magnitude"));
        assert!(MeasuredCues::parse("measures = [\"Magnitude\"]").is_err());
    }

    /// (value, class, scopes) of each magnitude claim.
    fn magnitudes(text: &str) -> Vec<(f64, String, Vec<String>)> {
        claims_of(text, Some("2024-03-14"))
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Quantity)
            .filter_map(|c| match c.value {
                Value::Quantity { value, .. } => Some((
                    value,
                    c.subject.class.to_string(),
                    c.subject
                        .counted
                        .as_ref()
                        .map(|k| k.scope.clone())
                        .unwrap_or_default(),
                )),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_bare_value_after_said_it_was_measures_the_measure_named_before() {
        let got = magnitudes(
            "The Hent institute said the quake had a magnitude of 5.2, but the Japan Meteorological Agency said it was 6.3.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, 5.2);
        assert!(got[0].2.is_empty(), "{got:?}");
        assert_eq!((got[1].0, got[1].1.as_str()), (6.3, "magnitude"));
        assert_eq!(got[1].2, vec!["measured by jma".to_string()]);
        let got = magnitudes("A quake shook Velmar. The survey said it had a magnitude of 5.4.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_bare_value_without_a_measure_or_report_is_no_claim() {
        for text in [
            "Officials said it was 6.3 in the morning.",
            "The quake had a magnitude of 5.2. It was 6.3 miles away.",
        ] {
            let got = magnitudes(text);
            assert!(
                got.iter().all(|m| m.0 != 6.3 || m.1 != "magnitude"),
                "{text}: {got:?}"
            );
        }
    }
}
