//! Story grouping's settings, read from `rules/stories/stories.toml`
//! (embedded): each is named and documented there once, with its range,
//! checked when loaded.

use serde::Deserialize;
use std::sync::LazyLock;

/// The embedded settings file.
pub const DEFAULT_STORY_SETTINGS: &str = include_str!("../../../rules/stories/stories.toml");

/// How sources are put into stories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StoryMode {
    /// From the evidence: shared names, words and numbers, and dates.
    #[default]
    Auto,
    /// Everything given is one story.
    One,
    /// Each folder is a story.
    Folder,
}

impl StoryMode {
    /// Parses `auto`, `one` or `folder`.
    pub fn parse(s: &str) -> Option<StoryMode> {
        match s {
            "auto" => Some(StoryMode::Auto),
            "one" => Some(StoryMode::One),
            "folder" => Some(StoryMode::Folder),
            _ => None,
        }
    }

    /// The name used in options and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            StoryMode::Auto => "auto",
            StoryMode::One => "one",
            StoryMode::Folder => "folder",
        }
    }
}

/// Weights of term occurrences (`[terms]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct TermWeights {
    /// A capitalised word inside a sentence.
    pub name: f32,
    /// A number.
    pub number: f32,
    /// Any other content word.
    pub word: f32,
    /// Factor for the lead's occurrences.
    pub lead: f32,
    /// Sentences in the lead.
    pub lead_sentences: usize,
    /// Shortest term, in letters.
    pub min_letters: usize,
    /// Zipf × 10 from which a word is a stop word.
    pub stop_zipf: u8,
    /// Most terms a source keeps.
    pub kept: usize,
}

/// Where rarity comes from (`[rarity]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Rarity {
    /// Sources from which the run measures rarity itself.
    pub min_run_sources: usize,
    /// Power of the run's rarity `ln((n + 1) / df)`.
    pub power: f32,
    /// Background rarity is `reference_zipf - zipf`.
    pub reference_zipf: f32,
    /// Zipf of a word the table lacks.
    pub unknown_zipf: f32,
}

/// Average-linkage thresholds (`[linkage]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Linkage {
    /// k of the k-th nearest source that rescales similarity.
    pub neighbours: usize,
    /// Mean rescaled similarity that joins two groups.
    pub min_scaled_similarity: f32,
    /// Rescaled similarity with which a source left alone joins its
    /// nearest source's story.
    pub attach_scaled_similarity: f32,
    /// Factor on the join and attach thresholds for a join that would date
    /// a group none of whose sources is dated.
    pub dating_join_factor: f32,
    /// The factor applies only when the undated group has at least this
    /// many sources per source of the dated one.
    pub dating_join_share: f32,
    /// Mean cosine that two groups must also reach.
    pub min_similarity: f32,
    /// Mean cosine that joins two groups in a small run.
    pub small_run_similarity: f32,
    /// Cosine of the names and numbers alone from which two sources of a
    /// small run are as alike as `small_run_similarity`.
    pub small_run_name_similarity: f32,
    /// Greatest spread of publication dates inside a story, in days.
    pub window_days: i64,
    /// Two dated sources this many days apart or closer count fully.
    pub same_days: i64,
    /// A date written in full in a later source this many days or fewer
    /// from an earlier source's publication brings the two together (a
    /// follow-up naming the day of the event).
    pub reference_days: i64,
    /// Beyond `same_days`, a pair's similarity halves every this many days.
    pub half_life_days: f32,
    /// Runs up to this size score every pair.
    pub all_pairs_up_to: usize,
    /// Terms of each source that make candidate pairs.
    pub candidate_terms: usize,
    /// Most similar sources each source keeps edges to in a large run.
    pub nearest: usize,
    /// Longest posting list paired in full.
    pub max_postings: usize,
}

/// Copy detection (`[copies]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Copies {
    /// Shingle containment from which two sources are copies.
    pub min_containment: f64,
}

/// All story settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StorySettings {
    /// `[terms]`.
    pub terms: TermWeights,
    /// `[rarity]`.
    pub rarity: Rarity,
    /// `[linkage]`.
    pub linkage: Linkage,
    /// `[copies]`.
    pub copies: Copies,
}

impl StorySettings {
    /// Parses and checks a settings file.
    pub fn parse(text: &str) -> Result<StorySettings, String> {
        let s: StorySettings = toml::from_str(text).map_err(|e| e.to_string())?;
        s.check()?;
        Ok(s)
    }

    /// Checks every value against its documented range.
    pub fn check(&self) -> Result<(), String> {
        let (t, r, l) = (&self.terms, &self.rarity, &self.linkage);
        let ranges: Vec<(&str, f64, f64, f64)> = vec![
            ("terms.name", t.name.into(), 0.0, 10.0),
            ("terms.number", t.number.into(), 0.0, 10.0),
            ("terms.word", t.word.into(), 0.0, 10.0),
            ("terms.lead", t.lead.into(), 1.0, 20.0),
            ("terms.lead-sentences", t.lead_sentences as f64, 0.0, 20.0),
            ("terms.min-letters", t.min_letters as f64, 1.0, 10.0),
            ("terms.stop-zipf", t.stop_zipf.into(), 30.0, 80.0),
            ("terms.kept", t.kept as f64, 16.0, 10_000.0),
            (
                "rarity.min-run-sources",
                r.min_run_sources as f64,
                3.0,
                1000.0,
            ),
            ("rarity.power", r.power.into(), 0.25, 2.0),
            ("rarity.reference-zipf", r.reference_zipf.into(), 0.0, 8.0),
            ("rarity.unknown-zipf", r.unknown_zipf.into(), 0.0, 8.0),
            ("linkage.neighbours", l.neighbours as f64, 1.0, 20.0),
            (
                "linkage.min-scaled-similarity",
                l.min_scaled_similarity.into(),
                0.0,
                5.0,
            ),
            (
                "linkage.attach-scaled-similarity",
                l.attach_scaled_similarity.into(),
                0.0,
                5.0,
            ),
            ("linkage.min-similarity", l.min_similarity.into(), 0.0, 1.0),
            (
                "linkage.dating-join-factor",
                l.dating_join_factor.into(),
                1.0,
                100.0,
            ),
            (
                "linkage.dating-join-share",
                l.dating_join_share.into(),
                0.0,
                100.0,
            ),
            (
                "linkage.small-run-similarity",
                l.small_run_similarity.into(),
                0.0,
                1.0,
            ),
            (
                "linkage.small-run-name-similarity",
                l.small_run_name_similarity.into(),
                0.01,
                1.0,
            ),
            ("linkage.window-days", l.window_days as f64, 0.0, 3650.0),
            ("linkage.nearest", l.nearest as f64, 1.0, 1000.0),
            ("linkage.same-days", l.same_days as f64, 0.0, 365.0),
            (
                "linkage.reference-days",
                l.reference_days as f64,
                0.0,
                365.0,
            ),
            (
                "linkage.half-life-days",
                l.half_life_days.into(),
                1.0,
                3650.0,
            ),
            (
                "linkage.all-pairs-up-to",
                l.all_pairs_up_to as f64,
                2.0,
                5000.0,
            ),
            (
                "linkage.candidate-terms",
                l.candidate_terms as f64,
                1.0,
                1000.0,
            ),
            (
                "linkage.max-postings",
                l.max_postings as f64,
                2.0,
                100_000.0,
            ),
        ];
        for (name, v, lo, hi) in ranges {
            if !(lo..=hi).contains(&v) {
                return Err(format!("{name} = {v} is outside {lo}..={hi}"));
            }
        }
        if !(0.5..=1.0).contains(&self.copies.min_containment) {
            return Err(format!(
                "copies.min-containment = {} is outside 0.5..=1",
                self.copies.min_containment
            ));
        }
        Ok(())
    }
}

/// Names a settings file read instead of the embedded one, for tuning
/// (a file that does not load is ignored: the embedded settings apply).
pub const SETTINGS_ENV: &str = "FACTLINT_STORY_SETTINGS";

static DEFAULTS: LazyLock<StorySettings> = LazyLock::new(|| {
    std::env::var_os(SETTINGS_ENV)
        .and_then(|p| std::fs::read_to_string(p).ok())
        .and_then(|t| StorySettings::parse(&t).ok())
        .unwrap_or_else(|| {
            StorySettings::parse(DEFAULT_STORY_SETTINGS)
                .expect("rules/stories/stories.toml is valid")
        })
});

impl Default for StorySettings {
    fn default() -> Self {
        DEFAULTS.clone()
    }
}

impl Default for TermWeights {
    fn default() -> Self {
        DEFAULTS.terms.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_settings_load() {
        let s = StorySettings::default();
        assert!(s.linkage.window_days >= 1);
    }

    #[test]
    fn out_of_range_and_unknown_settings_are_refused() {
        let bad = DEFAULT_STORY_SETTINGS.replace("neighbours = 4", "neighbours = 0");
        assert!(StorySettings::parse(&bad)
            .unwrap_err()
            .contains("linkage.neighbours"));
        let unknown = format!("{DEFAULT_STORY_SETTINGS}\n[extra]\nx = 1\n");
        assert!(StorySettings::parse(&unknown).is_err());
    }

    #[test]
    fn modes_parse() {
        for m in [StoryMode::Auto, StoryMode::One, StoryMode::Folder] {
            assert_eq!(StoryMode::parse(m.as_str()), Some(m));
        }
        assert_eq!(StoryMode::parse("x"), None);
    }
}
