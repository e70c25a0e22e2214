//! Instalment plans: `$49 down and 20 additional monthly payments of
//! $30`. The payments are additional to the first payment, which is no
//! instalment of the period, so `additional` does not make the figure a
//! count of others (see `filters::counts_others`). The words are in
//! `rules/quantity/instalments.toml`, embedded and checked when loaded.

use serde::Deserialize;
use std::sync::LazyLock;

/// The embedded instalment words.
pub const DEFAULT_INSTALMENT_CUES: &str = include_str!("../../../rules/quantity/instalments.toml");

/// The words of `rules/quantity/instalments.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct InstalmentCues {
    /// Adjectives of an instalment's period (`monthly`).
    pub periods: Vec<String>,
    /// Words naming a payment made first (`down`, `deposit`).
    pub first_payment: Vec<String>,
}

impl InstalmentCues {
    /// Parses and checks the file: one lower-case word per entry.
    pub fn parse(text: &str) -> Result<InstalmentCues, String> {
        let c: InstalmentCues = toml::from_str(text).map_err(|e| e.to_string())?;
        crate::claims::text::check_lower_case_words(&[&c.periods, &c.first_payment])?;
        Ok(c)
    }

    /// The embedded cues.
    pub fn defaults() -> &'static InstalmentCues {
        static DEFAULTS: LazyLock<InstalmentCues> = LazyLock::new(|| {
            InstalmentCues::parse(DEFAULT_INSTALMENT_CUES)
                .expect("rules/quantity/instalments.toml is checked by a test")
        });
        &DEFAULTS
    }
}

/// Whether a figure's words (`span`, its hedge left out) count the
/// instalments of a plan whose sentence names a first payment: a period
/// adjective in the span (`20 additional monthly payments`) and a
/// first-payment word in the sentence (`$49 down`).
pub(super) fn plan_after_first_payment(sentence: &str, span: &str) -> bool {
    let cues = InstalmentCues::defaults();
    let has = |text: &str, words: &[String]| {
        crate::segment::words(text).any(|(_, w)| words.iter().any(|c| w.eq_ignore_ascii_case(c)))
    };
    has(span, &cues.periods) && has(sentence, &cues.first_payment)
}

/// The prefix of an instalment count's scope (`instalment monthly`).
pub const INSTALMENT: &str = "instalment ";

/// The scope of a count of instalments (`24 monthly payments`: `instalment
/// monthly`), from the period adjective in its words; `None` for another
/// figure.
pub(super) fn instalment_scope(span: &str) -> Option<String> {
    let cues = InstalmentCues::defaults();
    crate::segment::words(span)
        .find_map(|(_, w)| cues.periods.iter().find(|p| w.eq_ignore_ascii_case(p)))
        .map(|p| format!("{INSTALMENT}{p}"))
}

/// Whether a figure's keys count instalments of a plan.
pub fn is_instalment(c: &crate::claims::Counted) -> bool {
    c.scope.iter().any(|s| s.starts_with(INSTALMENT))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_cues_parse() {
        let c = InstalmentCues::parse(DEFAULT_INSTALMENT_CUES).expect("instalments.toml");
        assert!(c.periods.iter().any(|p| p == "monthly"));
        assert!(InstalmentCues::parse("periods = [\"Monthly\"]\nfirst-payment = []").is_err());
    }

    #[test]
    fn a_count_of_instalments_is_scoped_by_its_period() {
        assert_eq!(
            instalment_scope("24 equal monthly payments").as_deref(),
            Some("instalment monthly")
        );
        assert_eq!(instalment_scope("24 payments"), None);
    }

    #[test]
    fn a_plan_after_a_down_payment_is_read() {
        let s = "It costs $49 down and 18 additional monthly payments of $45.";
        assert!(plan_after_first_payment(
            s,
            "18 additional monthly payments"
        ));
        // No first payment: additional to something else.
        let s = "Late payers owe three additional monthly payments.";
        assert!(!plan_after_first_payment(
            s,
            "three additional monthly payments"
        ));
        // No period: not an instalment.
        let s = "It costs $49 down and 20 additional payments.";
        assert!(!plan_after_first_payment(s, "20 additional payments"));
    }
}
