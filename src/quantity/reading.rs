//! A figure read as its writer meant it: exact, round, hedged or a range,
//! and the interval each reading stands for. The shares are named once in
//! `rules/quantity/reading.toml` (embedded, checked when loaded); what each
//! hedge phrase reads as is in the lexicon.

use crate::lexicon::Hedge;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// The embedded settings file.
pub const DEFAULT_READING_SETTINGS: &str = include_str!("../../rules/quantity/reading.toml");

/// How a figure is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reading {
    /// No hedge, no roundness: `112 pages`.
    #[default]
    Exact,
    /// Trailing zeros or a scale word: `20,000`, `$14 million`.
    Round,
    /// A hedge says how far the figure may be: `nearly 600`.
    Hedged,
    /// Two ends: `$2,000 to $2,500`.
    Range,
}

impl Reading {
    /// The name used in reports and claims files.
    pub fn as_str(self) -> &'static str {
        match self {
            Reading::Exact => "exact",
            Reading::Round => "round",
            Reading::Hedged => "hedged",
            Reading::Range => "range",
        }
    }
}

/// What a hedge phrase says about the figure after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HedgeReading {
    /// `about`, `some`, `roughly`: near the figure, either side.
    Around,
    /// `nearly`, `almost`, `just under`: just below it.
    JustBelow,
    /// `just over`, `a little more than`: just above it.
    JustAbove,
    /// `as many as`, `up to`, `at most`: at most the figure, and near it.
    AtMost,
    /// `less than`, `fewer than`, `under`: below the figure, and near it.
    Below,
    /// `more than`, `over`: above the figure, and near it.
    Above,
    /// `at least`, `no fewer than`: the figure or more.
    AtLeast,
}

/// How precisely a figure is written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Written {
    /// The place value of the last digit written, scale included:
    /// 1 for `112` and `20,000`, 0.01 for `$2,450.50`, 100,000 for
    /// `2.3 million`, 1,000,000 for `$14 million`.
    pub last_place: f64,
    /// Zeros ending the whole-number digits when no decimals are written:
    /// 4 for `20,000`, 2 for `1,500` and `two hundred`, 0 for `112`.
    pub trailing_zeros: u8,
    /// Written with a scale word or abbreviation (`million`, `bn`, `m`).
    pub scaled: bool,
}

impl Written {
    /// How the number written as `number` (digits with separators and
    /// decimals, or number words), of value `value`, is written.
    pub fn of(number: &str, value: f64) -> Written {
        // Called for every number read: no allocation.
        const SCALES: [&str; 13] = [
            "thousand", "million", "billion", "trillion", "mln", "bln", "bn", "mn", "tn", "trn",
            "m", "b", "k",
        ];
        let scaled = number
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| SCALES.iter().any(|s| w.eq_ignore_ascii_case(s)));
        if !number.bytes().any(|b| b.is_ascii_digit()) {
            // Number words: `two hundred`, `a dozen`, `half a million`.
            return Written {
                last_place: 1.0,
                trailing_zeros: integer_zeros(value),
                scaled,
            };
        }
        // The digits as written: whole part (separators skipped), decimals.
        let (mut whole, mut whole_digits, mut zeros) = (0.0f64, 0usize, 0u8);
        let (mut decimals, mut fraction, mut in_fraction) = (0i32, 0.0f64, false);
        for c in number.chars() {
            match c {
                '0'..='9' => {
                    let d = f64::from(c as u8 - b'0');
                    if in_fraction {
                        decimals += 1;
                        fraction += d / 10f64.powi(decimals);
                    } else {
                        whole = whole * 10.0 + d;
                        whole_digits += 1;
                        zeros = if d == 0.0 { zeros.saturating_add(1) } else { 0 };
                    }
                }
                '.' if !in_fraction => in_fraction = true,
                ',' | ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}' if !in_fraction => {}
                _ => break,
            }
        }
        let written = whole + fraction;
        let scale = if written > 0.0 && scaled {
            (value / written).max(1.0)
        } else {
            1.0
        };
        let trailing_zeros = if decimals == 0 {
            zeros.min(whole_digits.saturating_sub(1) as u8)
        } else {
            0
        };
        Written {
            last_place: scale / 10f64.powi(decimals),
            trailing_zeros,
            scaled,
        }
    }

    /// The unit of the last non-zero digit: 10,000 for `20,000`.
    pub fn step(&self) -> f64 {
        self.last_place * 10f64.powi(i32::from(self.trailing_zeros))
    }
}

/// Zeros ending a whole number (0 for fractions and zero).
fn integer_zeros(v: f64) -> u8 {
    if v.fract() != 0.0 || v == 0.0 || !v.is_finite() || v.abs() >= 1e18 {
        return 0;
    }
    let mut n = v.abs() as u64;
    let mut z = 0;
    while n.is_multiple_of(10) {
        n /= 10;
        z += 1;
    }
    z
}

/// Whether the figure `x`, written to `step`, is one unit of it: a
/// power of ten as written (`1,000`, `100`, `$1 million`, `10 million`).
fn power_of_ten(x: f64, step: f64) -> bool {
    x > 0.0 && step > 0.0 && (x / step - 1.0).abs() < 1e-9
}

/// How far past a figure `more than` and `less than` start, relative to
/// it: the figure itself is excluded, the next value is not.
const STRICT: f64 = 1e-9;

/// Round figures (`[round]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct RoundSettings {
    /// Trailing zeros from which a whole number is round.
    pub min_zeros: u8,
    /// Share of the last non-zero digit's unit either side.
    pub width: f64,
    /// The widest a round interval gets either side, as a share of the
    /// figure itself.
    pub max_share: f64,
}

/// Hedges (`[hedge]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct HedgeSettings {
    /// `about X`: X give or take this share.
    pub around: f64,
    /// `nearly X`, `just over X`: within this share below or above X.
    pub just: f64,
    /// `as many as X`, `less than X`: within this share below X.
    pub bound: f64,
    /// `more than X`: up to this share above X.
    pub above: f64,
}

/// How figures are read (`rules/quantity/reading.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ReadingSettings {
    /// Round figures.
    pub round: RoundSettings,
    /// Hedges.
    pub hedge: HedgeSettings,
    /// Conversions between units.
    pub convert: ConvertSettings,
    /// Revisions.
    pub update: UpdateSettings,
}

/// Conversions between units (`[convert]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ConvertSettings {
    /// Share of slack either side of two figures in different units.
    pub slack: f64,
}

/// How a sentence marks its figures as changing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Revision {
    /// Not marked.
    #[default]
    None,
    /// Revised or provisional (`rose to`, `so far`): a figure of another
    /// day may update it.
    Revised,
    /// Held at a time of day (`closed`, `at one point`): a figure of the
    /// same day or another may update it.
    WithinDay,
}

/// Revisions (`[update]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct UpdateSettings {
    /// Phrases that mark a figure as revised or provisional, lower case.
    pub markers: Vec<String>,
    /// Phrases that say when in the day a figure held, lower case.
    pub within_day: Vec<String>,
    /// Curated groups whose counts only grow while a story is reported
    /// (`deaths`): a larger figure of a later day is an update.
    pub tolls: Vec<String>,
    /// Words that give a figure as the one a sentence's figure replaced
    /// (`initially`, `from`), lower case: with the other source's figure
    /// in that sentence, the two are an update on any day.
    #[serde(default)]
    pub replaced: Vec<String>,
    /// Both lists as one automaton, built on first use.
    #[serde(skip)]
    finder: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>>,
}

impl UpdateSettings {
    /// Whether `sentence` holds one of the `replaced` words, as a whole
    /// word, in any case.
    pub fn names_replaced(&self, sentence: &str) -> bool {
        let lower = sentence.to_lowercase();
        let b = lower.as_bytes();
        let word_byte = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
        self.replaced.iter().any(|w| {
            lower.match_indices(w.as_str()).any(|(i, m)| {
                let joined_before = i > 0 && word_byte(i - 1);
                !joined_before && !word_byte(i + m.len())
            })
        })
    }

    /// How `sentence` marks its figures: as revised or provisional
    /// (`markers`), and as holding at a time of day (`within-day`).
    pub fn marks(&self, sentence: &str) -> Revision {
        // One pass over the sentence for every phrase, case-insensitively.
        let finder = self.finder.get_or_init(|| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(self.within_day.iter().chain(&self.markers))
                .ok()
        });
        let Some(finder) = finder else {
            return Revision::None;
        };
        let b = sentence.as_bytes();
        let word_byte = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
        let mut found = Revision::None;
        for m in finder.find_overlapping_iter(sentence) {
            if (m.start() > 0 && word_byte(m.start() - 1)) || word_byte(m.end()) {
                continue;
            }
            if m.pattern().as_usize() < self.within_day.len() {
                return Revision::WithinDay;
            }
            found = Revision::Revised;
        }
        found
    }
}

impl ReadingSettings {
    /// Parses and checks settings: every value inside its documented range.
    pub fn parse(text: &str) -> Result<ReadingSettings, String> {
        let s: ReadingSettings = toml::from_str(text).map_err(|e| e.to_string())?;
        let checks: [(&str, f64, f64, f64); 8] = [
            ("convert.slack", s.convert.slack, 0.0, 0.2),
            ("round.min-zeros", f64::from(s.round.min_zeros), 1.0, 9.0),
            ("round.width", s.round.width, 0.0, 1.0),
            ("round.max-share", s.round.max_share, 0.0, 1.0),
            ("hedge.around", s.hedge.around, 0.0, 0.5),
            ("hedge.just", s.hedge.just, 0.0, 0.5),
            ("hedge.bound", s.hedge.bound, 0.0, 1.0),
            ("hedge.above", s.hedge.above, 0.0, 10.0),
        ];
        if let Some(m) = s
            .update
            .markers
            .iter()
            .chain(&s.update.within_day)
            .chain(&s.update.replaced)
            .find(|m| m.trim().is_empty() || m.to_lowercase() != **m)
        {
            return Err(format!(
                "update.markers: `{m}` must be lower case and not empty"
            ));
        }
        for (name, v, lo, hi) in checks {
            if !(lo..=hi).contains(&v) {
                return Err(format!("{name} = {v} is outside {lo}-{hi}"));
            }
        }
        Ok(s)
    }

    /// The embedded settings.
    pub fn defaults() -> &'static ReadingSettings {
        static DEFAULTS: LazyLock<ReadingSettings> = LazyLock::new(|| {
            ReadingSettings::parse(DEFAULT_READING_SETTINGS)
                .expect("rules/quantity/reading.toml is checked by a test")
        });
        &DEFAULTS
    }

    /// Whether a figure written so is round.
    pub fn is_round(&self, written: &Written) -> bool {
        written.scaled || written.trailing_zeros >= self.round.min_zeros
    }

    /// The interval a figure stands for, and how it is meant. `lo..=hi`
    /// is the figure as written (two ends for a range); `hedge` the
    /// phrase before it.
    pub fn interval(
        &self,
        (lo, hi): (f64, f64),
        written: &Written,
        hedge: Option<&Hedge>,
    ) -> (f64, f64, Reading) {
        let ranged = lo != hi;
        let round = !ranged && self.is_round(written);
        // `1,000` has the step of `9,000`: without a cap it would stand
        // for 500-1,500, a spread nobody means by a round thousand.
        let cap = self.round.max_share * lo.abs().max(hi.abs());
        let round_half = (self.round.width * written.step()).min(cap);
        // Below a power of ten figures are written one digit finer: a
        // writer rounds 800 to `800`, not to `1,000`, so `1,000` stands
        // for 950-1,250 (and `$1 million` for $950,000-1.25 million).
        let round_below = if power_of_ten(lo, written.step()) {
            (self.round.width * written.step() / 10.0).min(cap)
        } else {
            round_half
        };
        let Some(h) = hedge else {
            return if ranged {
                (lo, hi, Reading::Range)
            } else if round {
                (
                    (lo - round_below).max(0.0_f64.min(lo)),
                    hi + round_half,
                    Reading::Round,
                )
            } else {
                (lo, hi, Reading::Exact)
            };
        };
        let (l, u) = match h.reads_as {
            Some(r) => {
                let halves = round.then_some((round_below, round_half));
                let (l, _) = self.hedged(lo, r, halves);
                let (_, u) = self.hedged(hi, r, halves);
                (l, u)
            }
            None => (
                (lo * (1.0 - h.below)).max(0.0_f64.min(lo)),
                if h.above.is_infinite() {
                    f64::INFINITY
                } else {
                    hi * (1.0 + h.above)
                },
            ),
        };
        (l, u, Reading::Hedged)
    }

    /// The interval `reading` makes of the figure `x`; `round_half` is
    /// how far its round interval reaches below and above it when it is
    /// round.
    fn hedged(&self, x: f64, reading: HedgeReading, round_half: Option<(f64, f64)>) -> (f64, f64) {
        let h = &self.hedge;
        let below = |share: f64| (x * (1.0 - share)).max(0.0_f64.min(x));
        match reading {
            HedgeReading::Around => {
                let (l, u) = (below(h.around), x * (1.0 + h.around));
                match round_half {
                    Some((below, above)) => {
                        (l.min(x - below).max(0.0_f64.min(x)), u.max(x + above))
                    }
                    None => (l, u),
                }
            }
            HedgeReading::JustBelow => (below(h.just), x),
            HedgeReading::JustAbove => (x, x * (1.0 + h.just)),
            HedgeReading::AtMost => (below(h.bound), x),
            // Strictly below or above: the figure itself is excluded.
            HedgeReading::Below => {
                let l = below(h.bound);
                (l, (x - STRICT * x.abs().max(1.0)).max(l))
            }
            HedgeReading::Above => {
                let u = x * (1.0 + h.above);
                ((x + STRICT * x.abs().max(1.0)).min(u), u)
            }
            HedgeReading::AtLeast => (x, f64::INFINITY),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hedge(phrase: &str, r: HedgeReading) -> Hedge {
        Hedge {
            phrase: phrase.into(),
            reads_as: Some(r),
            below: 0.0,
            above: 0.0,
        }
    }

    fn read(number: &str, value: f64, h: Option<HedgeReading>) -> (f64, f64, Reading) {
        let s = ReadingSettings::defaults();
        let h = h.map(|r| hedge("h", r));
        s.interval((value, value), &Written::of(number, value), h.as_ref())
    }

    #[test]
    fn the_embedded_settings_load_and_out_of_range_values_are_refused() {
        let s = ReadingSettings::parse(DEFAULT_READING_SETTINGS).unwrap();
        assert_eq!(s.round.min_zeros, 2);
        let bad = DEFAULT_READING_SETTINGS.replace("around = 0.1", "around = 0.9");
        let err = ReadingSettings::parse(&bad).unwrap_err();
        assert!(err.contains("hedge.around"), "{err}");
        let unknown = format!("{DEFAULT_READING_SETTINGS}\n[extra]\nx = 1\n");
        assert!(ReadingSettings::parse(&unknown).is_err());
    }

    #[test]
    fn words_naming_a_replaced_figure_match_whole_words() {
        let u = &ReadingSettings::defaults().update;
        assert!(u.names_replaced("The survey had Initially rated it 5.3."));
        assert!(!u.names_replaced("The firstborn son was 12."));
    }

    #[test]
    fn revision_markers_match_whole_words() {
        let u = &ReadingSettings::defaults().update;
        let revised = |s: &str| u.marks(s) == Revision::Revised;
        assert!(revised("The death toll rose to 41 on Tuesday."));
        assert!(revised("Preliminary figures put the loss at $3 million."));
        assert!(revised("Twelve people have been arrested so far."));
        assert!(!revised("Twelve people were arrested on Tuesday."));
        // `initially` is not `initial`, `prose to` is not `rose to`.
        assert_eq!(
            u.marks("He initially refused; the prose to be read was long."),
            Revision::None
        );
        assert_eq!(
            u.marks("Shares closed down 4 percent."),
            Revision::WithinDay
        );
    }

    #[test]
    fn tolls_name_curated_groups() {
        let lex = crate::lexical::Lexical::embedded();
        let groups: Vec<&str> = lex
            .curated_groups()
            .iter()
            .map(|g| g.name.as_str())
            .collect();
        let tolls = &ReadingSettings::defaults().update.tolls;
        assert!(tolls.iter().any(|t| t == "deaths"), "{tolls:?}");
        for t in tolls {
            assert!(groups.contains(&t.as_str()), "{t} is no curated group");
        }
    }

    #[test]
    fn how_a_figure_is_written() {
        let w = Written::of("20,000", 20000.0);
        assert_eq!((w.last_place, w.trailing_zeros, w.scaled), (1.0, 4, false));
        assert_eq!(w.step(), 10000.0);
        let w = Written::of("2,450.50", 2450.5);
        assert_eq!((w.last_place, w.trailing_zeros), (0.01, 0));
        let w = Written::of("2.3 million", 2.3e6);
        assert!(w.scaled);
        assert!((w.last_place - 1e5).abs() < 1e-6, "{w:?}");
        let w = Written::of("14m", 14e6);
        assert!(w.scaled && w.last_place == 1e6, "{w:?}");
        let w = Written::of("two hundred", 200.0);
        assert_eq!((w.trailing_zeros, w.scaled), (2, false));
        assert_eq!(Written::of("100", 100.0).trailing_zeros, 2);
        assert_eq!(Written::of("0", 0.0).trailing_zeros, 0);
    }

    #[test]
    fn exact_figures_compare_exactly() {
        assert_eq!(read("112", 112.0, None), (112.0, 112.0, Reading::Exact));
        assert_eq!(read("40", 40.0, None).2, Reading::Exact);
        assert_eq!(read("2,450.50", 2450.5, None).2, Reading::Exact);
    }

    #[test]
    fn round_figures_stand_for_an_interval() {
        assert_eq!(
            read("20,000", 2e4, None),
            (15000.0, 25000.0, Reading::Round)
        );
        let (lo, hi, r) = read("14 million", 14e6, None);
        assert_eq!((lo, hi, r), (13.5e6, 14.5e6, Reading::Round));
        assert_eq!(
            read("1,500", 1500.0, None),
            (1450.0, 1550.0, Reading::Round)
        );
        // A round figure led by a 1 is capped above: not 500-1,500; and
        // a power of ten reaches below by the finer step written there
        // (800 is written `800`, not `1,000`).
        assert_eq!(read("1,000", 1000.0, None), (950.0, 1250.0, Reading::Round));
        assert_eq!(
            read("100,000", 1e5, None),
            (95000.0, 125_000.0, Reading::Round)
        );
        let (lo, hi, _) = read("1 million", 1e6, None);
        assert_eq!((lo, hi), (950_000.0, 1.25e6));
        // Not a power of ten: the same step either side.
        assert_eq!(
            read("10,500", 10500.0, None),
            (10450.0, 10550.0, Reading::Round)
        );
        assert_eq!(
            read("2,000", 2000.0, None),
            (1500.0, 2500.0, Reading::Round)
        );
    }

    #[test]
    fn hedges_read_as_their_words_say() {
        use HedgeReading::*;
        let (lo, hi, _) = read("600", 600.0, Some(JustBelow));
        assert!(lo <= 594.0 && (594.0..=600.0).contains(&hi));
        let (lo, hi, _) = read("20", 20.0, Some(AtMost));
        assert!(lo > 12.0 && hi == 20.0);
        let (lo, hi, _) = read("200", 200.0, Some(Above));
        assert!(lo > 200.0 && lo < 200.001 && hi >= 230.0);
        assert!(lo > 190.0);
        let (lo, hi, _) = read("40", 40.0, Some(JustBelow));
        assert!(lo > 30.0 && hi == 40.0);
        let (lo, hi, _) = read("184", 184.0, Some(Below));
        assert!(hi < 184.0 && lo < hi);
        let (lo, hi, _) = read("7", 7.0, Some(AtLeast));
        assert!(lo == 7.0 && hi.is_infinite());
        // A round figure keeps its round interval under `about`.
        let (lo, hi, _) = read("20,000", 2e4, Some(Around));
        assert_eq!((lo, hi), (15000.0, 25000.0));
        let (lo, hi, _) = read("400", 400.0, Some(Around));
        assert_eq!((lo, hi), (350.0, 450.0));
        // `about 1,000` is 900-1,250: it meets `about 900`, not `about 800`
        // (720-880).
        let (lo, hi, _) = read("1,000", 1000.0, Some(Around));
        assert!((lo - 900.0).abs() < 1e-9 && hi == 1250.0, "{lo}-{hi}");
        let (_, hi, _) = read("800", 800.0, Some(Around));
        assert!(hi < 900.0);
        let (lo, hi, _) = read("43", 43.0, Some(Around));
        assert!((lo - 38.7).abs() < 1e-9 && (hi - 47.3).abs() < 1e-9);
    }
}
