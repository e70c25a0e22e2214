//! Particle verbs keyed as their bare verb (`called in six engines` is
//! `verb:call`), read from `rules/lexical/particles.toml` so that a
//! newsroom can add its own.

use serde::Deserialize;
use std::sync::OnceLock;

/// The table, `rules/lexical/particles.toml`.
const PARTICLES_TOML: &str = include_str!("../../../rules/lexical/particles.toml");

/// Which particle verbs key as their bare verb.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct Particles {
    directional: Vec<String>,
}

fn table() -> &'static Particles {
    static TABLE: OnceLock<Particles> = OnceLock::new();
    // A unit test parses the embedded file, so this cannot fail.
    TABLE.get_or_init(|| {
        toml::from_str(PARTICLES_TOML).expect("rules/lexical/particles.toml is valid")
    })
}

/// The verb a figure after the particle verb `phrase` (`call in`) is
/// keyed by: its bare verb (`call`) when the particle only says the thing
/// was brought to the scene, else the phrase itself.
pub(super) fn keyed_verb(phrase: &str) -> &str {
    match phrase.split_once(' ') {
        Some((verb, _)) if table().directional.iter().any(|d| d == phrase) => verb,
        _ => phrase,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses_and_keys_directional_particles_only() {
        assert!(!table().directional.is_empty());
        assert_eq!(keyed_verb("call in"), "call");
        assert_eq!(keyed_verb("send in"), "send");
        // A particle that changes what is done stays.
        assert_eq!(keyed_verb("call off"), "call off");
        assert_eq!(keyed_verb("round up"), "round up");
        assert_eq!(keyed_verb("make off"), "make off");
        assert_eq!(keyed_verb("call"), "call");
    }

    #[test]
    fn a_figure_after_called_in_meets_one_after_called() {
        use crate::claims::{claims_of, ClaimKind};
        let predicate = |text: &str| {
            claims_of(text, Some("2024-05-02"))
                .into_iter()
                .find(|c| c.kind == ClaimKind::Quantity)
                .and_then(|c| c.subject.counted.and_then(|k| k.predicate.clone()))
        };
        let called_in = predicate("The first crews called in an extra six engines.");
        let called = predicate("The first crews called a further four appliances.");
        assert_eq!(called_in.as_deref(), Some("verb:call"));
        assert_eq!(called, called_in);
        let off = predicate("The union called off three strikes in May.");
        assert_eq!(off.as_deref(), Some("verb:call off"));
    }
}
