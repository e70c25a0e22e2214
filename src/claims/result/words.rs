//! The words of results: `rules/results/words.toml`, embedded.

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::LazyLock;

const WORDS_TOML: &str = include_str!("../../../rules/results/words.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct WordsFile {
    game: GameFile,
    vote: VoteFile,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct GameFile {
    win_verbs: Vec<String>,
    passive_verbs: Vec<String>,
    lose_verbs: Vec<String>,
    lose_to: Vec<String>,
    won_verbs: Vec<String>,
    win_nouns: Vec<String>,
    win_preps: Vec<String>,
    loss_nouns: Vec<String>,
    loss_preps: Vec<String>,
    side_modifiers: Vec<String>,
    other_game: Vec<String>,
    near_score: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct VoteFile {
    bodies: Vec<String>,
    outcomes: BTreeMap<String, String>,
}

/// The result words, as sets.
#[derive(Debug)]
pub struct ResultWords {
    /// Verbs whose subject won (`beat`).
    pub win_verbs: FxHashSet<String>,
    /// Their passive participles (`beaten`).
    pub passive_verbs: FxHashSet<String>,
    /// Verbs whose subject lost (`lost`).
    pub lose_verbs: FxHashSet<String>,
    /// The preposition naming the winner after a lose verb (`to`).
    pub lose_to: FxHashSet<String>,
    /// Verbs with the score right after them (`won 3-1 over`).
    pub won_verbs: FxHashSet<String>,
    /// Nouns of a won game (`victory`).
    pub win_nouns: FxHashSet<String>,
    /// Prepositions naming the loser after them (`over`).
    pub win_preps: FxHashSet<String>,
    /// Nouns of a lost game (`loss`).
    pub loss_nouns: FxHashSet<String>,
    /// Prepositions naming the winner after them (`to`).
    pub loss_preps: FxHashSet<String>,
    /// Words skipped before a side's name (`visiting`).
    pub side_modifiers: FxHashSet<String>,
    /// Words or phrases of another game (`also`, `last season`).
    pub other_game: Vec<String>,
    /// Words near a score that make it a part or a record (`halftime`).
    pub near_score: FxHashSet<String>,
    /// Last words of voting bodies (`senate`, `court`).
    pub bodies: FxHashSet<String>,
    /// Vote verbs and the outcome each names (`approved` → `pass`).
    pub outcomes: FxHashMap<String, String>,
}

fn set(v: Vec<String>) -> FxHashSet<String> {
    v.into_iter().map(|w| w.to_lowercase()).collect()
}

impl ResultWords {
    /// Parses a words file.
    pub fn parse(text: &str) -> Result<ResultWords, toml::de::Error> {
        let f: WordsFile = toml::from_str(text)?;
        let g = f.game;
        Ok(ResultWords {
            win_verbs: set(g.win_verbs),
            passive_verbs: set(g.passive_verbs),
            lose_verbs: set(g.lose_verbs),
            lose_to: set(g.lose_to),
            won_verbs: set(g.won_verbs),
            win_nouns: set(g.win_nouns),
            win_preps: set(g.win_preps),
            loss_nouns: set(g.loss_nouns),
            loss_preps: set(g.loss_preps),
            side_modifiers: set(g.side_modifiers),
            other_game: g.other_game.into_iter().map(|w| w.to_lowercase()).collect(),
            near_score: set(g.near_score),
            bodies: set(f.vote.bodies),
            outcomes: f
                .vote
                .outcomes
                .into_iter()
                .map(|(k, v)| (k.to_lowercase(), v))
                .collect(),
        })
    }
}

/// The embedded words.
pub static RESULT_WORDS: LazyLock<ResultWords> = LazyLock::new(|| {
    ResultWords::parse(WORDS_TOML)
        .expect("rules/results/words.toml is valid (checked by a unit test)")
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_words_parse() {
        let w = ResultWords::parse(WORDS_TOML).expect("words parse");
        assert!(w.win_verbs.contains("beat"));
        assert!(w.lose_verbs.contains("lost"));
        assert_eq!(w.outcomes.get("approved").map(String::as_str), Some("pass"));
        assert!(w.bodies.contains("senate"));
    }
}
