//! Keys of spans and plans that say two figures are one count: how long
//! someone lived at a place both name (`moved to Kerrow three years ago`
//! / `had been living in Kerrow for five years`), and the instalments of
//! one plan (`24 monthly payments of $20` / `20 monthly payments of
//! $20`), and the term a court gave however it is said (`jailed for six
//! years` / `a six-year sentence`, words in `rules/quantity/terms.toml`).
//! See `counted::match_keys`.

use super::counted::scopes_with;
use crate::claims::{text, Claim, Counted, SOFT_PLACE};
use crate::lexical::Relation;
use serde::Deserialize;
use std::sync::LazyLock;

/// The embedded words of custodial terms.
pub const DEFAULT_TERM_CUES: &str = include_str!("../../rules/quantity/terms.toml");

/// The words of `rules/quantity/terms.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct TermCues {
    /// The words of a term a court gave.
    pub custodial: Custodial,
}

/// The words of a custodial term (`jailed for`, `a six-year sentence`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Custodial {
    /// Verbs that give a term (`sentence`, `jail`).
    pub verbs: Vec<String>,
    /// Nouns that name a term (`sentence`).
    pub nouns: Vec<String>,
    /// Verbs that give a term when a cue says so (`send`).
    pub cued_verbs: Vec<String>,
    /// Nouns that name a term when a cue says so (`term`).
    pub cued_nouns: Vec<String>,
    /// Words of the figure's sentence that say a term is a prison's.
    pub cues: Vec<String>,
}

impl TermCues {
    /// Parses and checks the file: lower-case words.
    pub fn parse(text: &str) -> Result<TermCues, String> {
        let c: TermCues = toml::from_str(text).map_err(|e| e.to_string())?;
        let k = &c.custodial;
        crate::claims::text::check_lower_case_words(&[
            &k.verbs,
            &k.nouns,
            &k.cued_verbs,
            &k.cued_nouns,
            &k.cues,
        ])?;
        Ok(c)
    }

    /// The embedded cues.
    pub fn defaults() -> &'static TermCues {
        static DEFAULTS: LazyLock<TermCues> = LazyLock::new(|| {
            TermCues::parse(DEFAULT_TERM_CUES)
                .expect("rules/quantity/terms.toml is checked by a test")
        });
        &DEFAULTS
    }
}

/// How a predicate may name a custodial term: always, or with a cue.
#[derive(Debug, Clone, Copy, PartialEq)]
enum TermWord {
    /// `sentenced`, `jailed`, `a sentence`.
    Always,
    /// `sent`, `a term`: only when the sentence names a prison.
    Cued,
}

/// Whether a figure's predicate is one of the custodial words, and how.
/// A compound noun counts by its head (`prison terms of between three
/// and 30 years`: `term`).
fn term_word(k: &Counted) -> Option<TermWord> {
    let (pos, lemma) = k.predicate_word()?;
    let c = &TermCues::defaults().custodial;
    let (always, cued, head) = match pos {
        crate::lexical::Pos::Verb => (&c.verbs, &c.cued_verbs, lemma),
        crate::lexical::Pos::Noun => (
            &c.nouns,
            &c.cued_nouns,
            lemma.rsplit(' ').next().unwrap_or(lemma),
        ),
        crate::lexical::Pos::Adj => return None,
    };
    let has = |list: &[String]| list.iter().any(|w| w == lemma || w == head);
    if has(always) {
        Some(TermWord::Always)
    } else if has(cued) {
        Some(TermWord::Cued)
    } else {
        None
    }
}

/// Whether a figure's predicate may name a custodial term (a block of
/// its own, so that `jailed` meets `sentence`; [`custodial`] decides).
pub(super) fn custodial_word(k: &Counted) -> bool {
    term_word(k).is_some()
}

/// Whether a figure is a custodial term: a span of time whose predicate
/// gives or names one (`jailed for six years`, `a six-year sentence`),
/// or may (`a six-year term`) and its sentence names a prison.
pub(super) fn custodial(c: &Claim) -> bool {
    let Some(k) = c.subject.counted.as_deref() else {
        return false;
    };
    let duration = crate::quantity::Units::defaults()
        .measure(&c.subject.class)
        .is_some_and(|m| m.dimension == crate::quantity::DURATION);
    let cued = || {
        let cues = &TermCues::defaults().custodial.cues;
        cues.iter()
            .any(|w| c.subject.context.contains(&text::stem(w)))
    };
    duration
        && match term_word(k) {
            Some(TermWord::Always) => true,
            Some(TermWord::Cued) => cued(),
            None => false,
        }
}

/// Both figures are custodial terms (`jailed for six years` / `received a
/// nine-year sentence`): their predicates are one, as a curated group's.
pub(super) fn one_custodial_term(a: &Claim, b: &Claim) -> Option<Relation> {
    (custodial(a) && custodial(b)).then_some(Relation::Curated)
}

/// Whether both figures are how long someone lived somewhere
/// (`verb:live`) and they name one place (a soft place scope in common;
/// two different places never meet, see `counted::scopes_agree`).
pub(super) fn lived_at_one_place(ka: &Counted, kb: &Counted) -> bool {
    let lived = |k: &Counted| k.predicate.as_deref() == Some(LIVED);
    let (pa, pb) = (scopes_with(ka, SOFT_PLACE), scopes_with(kb, SOFT_PLACE));
    lived(ka) && lived(kb) && pa.iter().any(|p| pb.contains(p))
}

/// Whether both figures count instalments of one period (scoped alike,
/// see `claims::quantity::instalments`) and one amount (`of 20`).
pub(super) fn one_plan(ka: &Counted, kb: &Counted) -> bool {
    use crate::claims::quantity::instalments::is_instalment;
    let amount = |k: &'_ Counted| k.scope.iter().find(|s| s.starts_with("of ")).cloned();
    is_instalment(ka) && is_instalment(kb) && amount(ka).is_some() && amount(ka) == amount(kb)
}

/// The predicate of how long someone lived somewhere.
const LIVED: &str = "verb:live";

#[cfg(test)]
mod tests {
    use super::super::counted::tests::meet;
    use super::{TermCues, DEFAULT_TERM_CUES};

    #[test]
    fn the_term_words_parse() {
        assert!(TermCues::parse(DEFAULT_TERM_CUES).is_ok());
        assert!(TermCues::parse("[custodial]\nverbs = [\"Jail\"]").is_err());
    }

    #[test]
    fn a_term_given_is_one_fact_however_said() {
        let jailed = ("Orla Finch was jailed for four years on Monday.", "four");
        for other in [
            ("Orla Finch was sentenced to nine years in prison.", "nine"),
            ("Orla Finch received a nine-year sentence.", "nine"),
            ("Orla Finch was given a nine-year prison term.", "nine"),
            ("Orla Finch was imprisoned for nine years.", "nine"),
        ] {
            let m = meet(jailed, other).expect("one term");
            assert!(m.keyed() && m.people(), "{other:?}");
        }
        // Another person's term.
        assert_eq!(
            meet(jailed, ("Ned Brask was sentenced to nine years.", "nine")),
            None
        );
    }

    #[test]
    fn a_compound_noun_of_a_term_is_one_by_its_head() {
        // One set's extent told twice: the terms' nouns differ.
        let m = meet(
            (
                "The five smugglers got sentences ranging from 4 to 30 years.",
                "4 to 30",
            ),
            (
                "The five smugglers were given prison terms of between three and 30 years.",
                "three and 30",
            ),
        )
        .expect("sentences / prison terms");
        assert!(m.keyed() && m.ranged());
        // An office's terms are no custodial term.
        assert_eq!(
            meet(
                (
                    "The five smugglers got sentences ranging from 4 to 30 years.",
                    "4 to 30",
                ),
                (
                    "The five mayors served office terms of between three and 30 years.",
                    "three and 30",
                ),
            ),
            None
        );
    }

    #[test]
    fn a_term_is_not_time_served_a_maximum_or_an_office() {
        let jailed = ("Orla Finch was jailed for four years on Monday.", "four");
        for other in [
            ("Orla Finch served nine years before parole.", "nine"),
            ("Orla Finch faces up to nine years in prison.", "nine"),
            ("Orla Finch was elected to a nine-year term.", "nine"),
        ] {
            assert_eq!(meet(jailed, other), None, "{other:?}");
        }
    }

    #[test]
    fn how_long_one_lived_at_one_place_is_scoped() {
        let moved = (
            "Her aunt said she moved to Ashford, Kent, three years ago.",
            "three",
        );
        let lived = (
            "Osk had been living in Ashford with her mother for the past five years.",
            "five",
        );
        let m = meet(moved, lived).expect("moved / living, one place");
        assert!(m.keyed() && m.scoped());
        // Another place: another residence.
        let elsewhere = (
            "Osk had been living in Leeds with her mother for the past five years.",
            "five",
        );
        assert_eq!(meet(moved, elsewhere), None);
        // Living somewhere and working there are two spans.
        let worked = ("Osk worked in Ashford for the past five years.", "five");
        assert!(meet(moved, worked).is_none_or(|m| !m.scoped()));
    }

    #[test]
    fn instalments_of_one_period_and_amount_meet() {
        let m = meet(
            (
                "It sells for $49 down and 18 monthly payments of $30.",
                "18",
            ),
            ("Buyers pay $49 down and 24 monthly payments of $30.", "24"),
        )
        .expect("one plan");
        assert!(m.instalment());
        let weekly = ("Buyers pay $49 down and 24 weekly payments of $30.", "24");
        let monthly = (
            "It sells for $49 down and 18 monthly payments of $30.",
            "18",
        );
        assert_eq!(meet(monthly, weekly), None);
        let other_amount = ("Buyers pay $49 down and 24 monthly payments of $25.", "24");
        assert!(meet(monthly, other_amount).is_none_or(|m| !m.instalment()));
    }
}
