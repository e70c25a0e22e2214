//! Heights and weights in a description of one person (`He is 5 feet 8
//! inches tall, weighing 130 pounds`, `Roe is 5-foot-8, 135 pounds`):
//! the figure is keyed by what it measures (`verb:weigh`, `verb:stand`)
//! and the scope [`DESCRIBED`], so that one source's description of the
//! person meets another's. The words are in `rules/quantity/body.toml`,
//! embedded and checked when loaded.

use crate::claims::{Counted, SentenceView};
use crate::lexical::{Lexical, Lexname, Pos};
use crate::quantity::QuantityExpr;
use serde::Deserialize;
use std::sync::LazyLock;

/// The embedded description words.
pub const DEFAULT_BODY_CUES: &str = include_str!("../../../rules/quantity/body.toml");

/// The scope of a height or weight describing a person.
pub const DESCRIBED: &str = "described person";

/// The words of `rules/quantity/body.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct BodyCues {
    /// Verbs linking the person to the measures (`is`, `weighs`).
    pub verbs: Vec<String>,
    /// Words allowed between the verb and the figure (`tall`, `and`).
    pub fillers: Vec<String>,
    /// Pronouns of one person (`he`, `she`).
    pub pronouns: Vec<String>,
    /// Most words from the figure back to the verb.
    pub reach: usize,
    /// How alike two descriptions' sentences must be (Dice, 0-1).
    pub context_similarity: f64,
}

impl BodyCues {
    /// Parses and checks the file: lower-case trimmed words, the reach
    /// within its range.
    pub fn parse(text: &str) -> Result<BodyCues, String> {
        let c: BodyCues = toml::from_str(text).map_err(|e| e.to_string())?;
        crate::claims::text::check_lower_case_words(&[&c.verbs, &c.fillers, &c.pronouns])?;
        if !(0.0..=1.0).contains(&c.context_similarity) {
            return Err(format!(
                "context-similarity = {} is outside 0-1",
                c.context_similarity
            ));
        }
        if !(2..=16).contains(&c.reach) {
            return Err(format!("reach = {} is outside 2-16", c.reach));
        }
        Ok(c)
    }

    /// The embedded cues.
    pub fn defaults() -> &'static BodyCues {
        static DEFAULTS: LazyLock<BodyCues> = LazyLock::new(|| {
            BodyCues::parse(DEFAULT_BODY_CUES)
                .expect("rules/quantity/body.toml is checked by a test")
        });
        &DEFAULTS
    }
}

/// Whether a figure's keys say it describes a person.
pub fn is_described(c: &Counted) -> bool {
    c.scope.iter().any(|s| s == DESCRIBED)
}

/// The keys of figure `q` when it is a height or weight describing a
/// person (see the module's documentation).
pub(super) fn body_keys(sentence: &str, view: &SentenceView, q: &QuantityExpr) -> Option<Counted> {
    let units = crate::quantity::Units::defaults();
    let predicate = match units.measure(q.unit.as_deref()?)?.dimension {
        "weight" => "verb:weigh",
        "distance" => "verb:stand",
        _ => return None,
    };
    let cues = BodyCues::defaults();
    let has = |list: &[String], w: &str| list.iter().any(|x| x == w);
    let first_before = view.words.partition_point(|&(_, e)| e <= q.start);
    if predicate == "verb:stand" && !height(sentence, q) {
        return None;
    }
    let mut k = first_before;
    loop {
        k = k.checked_sub(1)?;
        if first_before - k > cues.reach {
            return None;
        }
        let w = view.word(k);
        let linked = has(&cues.verbs, w)
            && k.checked_sub(1)
                .is_some_and(|who| person(sentence, view, who, &cues.pronouns));
        if linked {
            return Some(Counted {
                predicate: Some(predicate.to_string()),
                thing: None,
                scope: vec![DESCRIBED.to_string()],
            });
        }
        let number = w.bytes().next().is_some_and(|b| b.is_ascii_digit());
        if !(number || has(&cues.fillers, w)) {
            return None;
        }
    }
}

/// Whether a length is a height: written in feet and inches (`5 feet 8
/// inches`, `5-foot-8`) or followed by `tall`.
fn height(sentence: &str, q: &QuantityExpr) -> bool {
    let written = sentence.get(q.start..q.end).unwrap_or("").to_lowercase();
    let numbers = written
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .count();
    let feet = written.contains("foot") || written.contains("feet");
    let tall = sentence
        .get(q.end..)
        .unwrap_or("")
        .trim_start()
        .to_lowercase()
        .starts_with("tall");
    tall || feet && (numbers >= 2 || written.contains("inch"))
}

/// Whether word `k` names one person: a pronoun of the list, a
/// capitalised word inside the sentence (a name), or a noun whose first
/// sense is a person (`suspect`).
fn person(sentence: &str, view: &SentenceView, k: usize, pronouns: &[String]) -> bool {
    let w = view.word(k);
    if pronouns.iter().any(|p| p == w) {
        return true;
    }
    let written = &sentence[view.words[k].0..view.words[k].1];
    if k > 0 && written.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    let lex = Lexical::embedded();
    !super::super::text::is_stopword(w)
        && lex.knows(w, Pos::Noun)
        && lex.first_lexname(&lex.lemma(w, Pos::Noun)) == Some(Lexname::NOUN_PERSON)
        && !w.ends_with('s')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn described(sentence: &str) -> Vec<(String, bool)> {
        crate::claims::claims_of(sentence, Some("2024-05-02"))
            .into_iter()
            .filter(|c| c.kind == crate::claims::ClaimKind::Quantity)
            .map(|c| {
                let keyed = c
                    .subject
                    .counted
                    .as_deref()
                    .is_some_and(|k| k.scope.iter().any(|s| s == DESCRIBED));
                (c.value.normalized(), keyed)
            })
            .collect()
    }

    #[test]
    fn heights_and_weights_of_a_person_are_descriptions() {
        for sentence in [
            "He is 5 feet 10 inches tall, weighing 170 pounds, deputies said.",
            "Deputies said that Vell is 5-foot-10, 185 pounds, with a tattoo.",
            "The suspect weighs about 160 pounds, the sheriff said.",
        ] {
            let found = described(sentence);
            assert!(!found.is_empty(), "{sentence}");
            assert!(
                found.iter().all(|(_, keyed)| *keyed),
                "{sentence}: {found:?}"
            );
        }
    }

    #[test]
    fn other_weights_and_lengths_are_no_descriptions() {
        for sentence in [
            "The largest crate weighed 170 pounds, officers said.",
            "Vell was 5 feet from the door when the shot was fired.",
            "Officers seized 170 pounds of cocaine from the boat.",
        ] {
            let found = described(sentence);
            assert!(
                found.iter().all(|(_, keyed)| !*keyed),
                "{sentence}: {found:?}"
            );
        }
    }

    #[test]
    fn the_embedded_words_parse() {
        assert!(BodyCues::parse(DEFAULT_BODY_CUES).is_ok());
        assert!(BodyCues::parse(&DEFAULT_BODY_CUES.replace("reach = 10", "reach = 40")).is_err());
        assert!(BodyCues::parse(&DEFAULT_BODY_CUES.replace("\"tall\"", "\"Tall\"")).is_err());
    }
}
