//! The cue words of a figure's frame (`rules/quantity/scope.toml`,
//! embedded and checked when loaded): running totals, named incident
//! places, separate incidents, parts, and what carries a period over from
//! the sentence before.

use serde::Deserialize;
use std::sync::LazyLock;

/// The embedded cue file.
pub const DEFAULT_SCOPE_CUES: &str = include_str!("../../../rules/quantity/scope.toml");

/// Cues of a running total (`so far`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct TotalCues {
    /// Phrases marking a figure as a running total.
    pub markers: Vec<String>,
    /// Words that rank an event, so a cue after them is no total.
    pub superlatives: Vec<String>,
    /// How many words before a cue a superlative ranks it.
    pub superlative_window: usize,
    /// How many words may stand between `since the` and `began`.
    pub since_window: usize,
    /// Markers that may also modify a noun (`the total market`).
    pub adjectival: Vec<String>,
    /// Words after an adjectival marker that keep it a total.
    pub after_adjectival: Vec<String>,
}

/// Cues of a named incident place (`the Bureij refugee camp`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct PlaceCues {
    /// Place nouns, longest first.
    pub nouns: Vec<String>,
    /// Capitalised words that name no place before a place noun.
    pub not_names: Vec<String>,
}

/// Cues of a separate incident (`in a separate attack`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SeparateCues {
    /// Phrases marking another incident.
    pub markers: Vec<String>,
}

/// Cues of a part (`seriously`, `in the first half`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct PartCues {
    /// Words restricting the people counted to the worst hurt.
    pub severity: Vec<String>,
    /// How many words from the figure a severity word qualifies it.
    pub severity_window: usize,
    /// Parts of a game or event.
    pub event_parts: Vec<String>,
    /// Kin nouns (lemmas): someone's relatives are a part of a toll.
    pub kin: Vec<String>,
}

/// Cues of one trading session (`closing at`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SessionCues {
    /// Phrases of a session's close.
    pub markers: Vec<String>,
}

/// Cues of what an attack was aimed at (`firing on a building`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct IncidentCues {
    /// Words of an attack, with the preposition before its target.
    pub strikes: Vec<String>,
    /// Targets (singular).
    pub targets: Vec<String>,
    /// How many words after the attack words its target may stand.
    pub target_window: usize,
}

/// What carries the period of the sentence before.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct PreviousCues {
    /// First words that continue the sentence before.
    pub continuing: Vec<String>,
    /// Words that give a sentence a time of its own.
    pub own_time: Vec<String>,
    /// Openings a year after the one year the sentence before names.
    pub year_after: Vec<String>,
    /// What follows `n` in an opening `n` years after (`years later`).
    pub years_later: Vec<String>,
}

/// Maximums faced (`faces up to 20 years`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct MaximumCues {
    /// Verb lemmas before a bound that make it a maximum (`face`).
    pub verbs: Vec<String>,
}

/// All frame cues.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScopeCues {
    /// Running totals.
    pub total: TotalCues,
    /// Named incident places.
    pub place: PlaceCues,
    /// Separate incidents.
    pub separate: SeparateCues,
    /// Parts.
    pub part: PartCues,
    /// What attacks were aimed at.
    pub incident: IncidentCues,
    /// One trading session.
    pub session: SessionCues,
    /// Periods carried from the sentence before.
    pub previous: PreviousCues,
    /// Maximums faced.
    pub maximum: MaximumCues,
}

impl ScopeCues {
    /// Parses and checks the cues: lower case, not empty, windows in range.
    pub fn parse(text: &str) -> Result<ScopeCues, String> {
        let s: ScopeCues = toml::from_str(text).map_err(|e| e.to_string())?;
        let lists = [
            &s.total.markers,
            &s.total.superlatives,
            &s.total.adjectival,
            &s.total.after_adjectival,
            &s.place.nouns,
            &s.place.not_names,
            &s.separate.markers,
            &s.part.severity,
            &s.part.event_parts,
            &s.part.kin,
            &s.incident.strikes,
            &s.incident.targets,
            &s.session.markers,
            &s.previous.continuing,
            &s.previous.own_time,
            &s.previous.year_after,
            &s.previous.years_later,
            &s.maximum.verbs,
        ];
        if let Some(m) = lists
            .iter()
            .flat_map(|l| l.iter())
            .find(|m| m.trim().is_empty() || m.to_lowercase() != **m)
        {
            return Err(format!("`{m}` must be lower case and not empty"));
        }
        let windows = [
            (
                "total.superlative-window",
                s.total.superlative_window,
                0,
                10,
            ),
            ("total.since-window", s.total.since_window, 1, 8),
            ("part.severity-window", s.part.severity_window, 0, 6),
            ("incident.target-window", s.incident.target_window, 1, 8),
        ];
        for (name, v, lo, hi) in windows {
            if !(lo..=hi).contains(&v) {
                return Err(format!("{name} = {v} is outside {lo}-{hi}"));
            }
        }
        Ok(s)
    }

    /// The embedded cues.
    pub fn defaults() -> &'static ScopeCues {
        static DEFAULTS: LazyLock<ScopeCues> = LazyLock::new(|| {
            ScopeCues::parse(DEFAULT_SCOPE_CUES)
                .expect("rules/quantity/scope.toml is checked by a test")
        });
        &DEFAULTS
    }
}

/// Where a phrase of lower-case words starts among `words` (each start):
/// the plain reading the frames' sorted lookup is tested against.
#[cfg(test)]
pub fn phrase_starts<'a>(
    words: &'a [&'a str],
    phrase: &'a str,
) -> impl Iterator<Item = usize> + 'a {
    let parts: Vec<&str> = phrase.split_whitespace().collect();
    let n = parts.len();
    (0..words.len().saturating_sub(n.saturating_sub(1)))
        .filter(move |&k| n > 0 && words[k..k + n] == parts[..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_cues_load() {
        let c = ScopeCues::defaults();
        assert!(c.total.markers.iter().any(|m| m == "so far"));
        assert!(c.place.nouns.iter().any(|m| m == "refugee camp"));
    }

    #[test]
    fn upper_case_cues_and_windows_out_of_range_are_refused() {
        let bad = DEFAULT_SCOPE_CUES.replace("\"so far\"", "\"So far\"");
        assert!(ScopeCues::parse(&bad).is_err());
        let bad = DEFAULT_SCOPE_CUES.replace("severity-window = 3", "severity-window = 60");
        assert!(ScopeCues::parse(&bad).is_err());
    }

    #[test]
    fn phrases_are_found_as_whole_words() {
        let words = ["killed", "so", "far", "in", "all"];
        assert_eq!(phrase_starts(&words, "so far").collect::<Vec<_>>(), [1]);
        assert_eq!(phrase_starts(&words, "far in all").count(), 1);
        assert_eq!(phrase_starts(&words, "so farther").count(), 0);
    }
}
