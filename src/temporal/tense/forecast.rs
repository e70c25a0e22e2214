//! Forecast cues (`will`, `is set to`, `can expect … to`), read from
//! `rules/lexical/tense.toml` so that a newsroom can add its own.

use serde::Deserialize;
use std::sync::OnceLock;

/// The cue lists, `rules/lexical/tense.toml`.
const TENSE_TOML: &str = include_str!("../../../rules/lexical/tense.toml");

/// Which words mark a forecast (see `rules/lexical/tense.toml`).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct Cues {
    future_words: Vec<String>,
    future_before_to: Vec<String>,
    future_before_for: Vec<String>,
}

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    // A unit test parses the embedded file, so this cannot fail.
    CUES.get_or_init(|| toml::from_str(TENSE_TOML).expect("rules/lexical/tense.toml is valid"))
}

/// Whether word `w`, followed by `next`, marks a forecast: `will`,
/// `slated`, `expects`; `due` or `set` before `to`; `set` before `for`.
pub(super) fn is_forecast_cue(w: &str, next: &str) -> bool {
    let c = cues();
    let listed = |list: &[String]| list.iter().any(|x| x.as_str() == w);
    listed(&c.future_words)
        || (next == "to" && listed(&c.future_before_to))
        || (next == "for" && listed(&c.future_before_for))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cue_table_parses_and_reads_words_in_context() {
        assert!(!cues().future_words.is_empty());
        assert!(is_forecast_cue("will", "open"));
        assert!(is_forecast_cue("expect", "the"));
        assert!(is_forecast_cue("set", "to"));
        assert!(is_forecast_cue("set", "for"));
        assert!(!is_forecast_cue("set", "the"));
        assert!(!is_forecast_cue("due", "process"));
        assert!(!is_forecast_cue("expected", "results"));
    }
}
