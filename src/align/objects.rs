//! Counts of objects: two figures with no predicate that count one
//! man-made thing (`three boats` / `two boats`, `a dozen ships` / `14
//! vessels`) are compared at a lower likeness of their sentences than
//! other unkeyed figures. The lexicographer files and the likeness are in
//! `rules/quantity/objects.toml`, embedded and checked when loaded.

use super::KeyMatch;
use crate::claims::{Claim, ClaimKind, Value};
use crate::lexical::{Lexical, Lexname, Relation};
use crate::source::SourceId;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The embedded settings.
pub const DEFAULT_OBJECT_COUNTS: &str = include_str!("../../rules/quantity/objects.toml");

/// The settings of `rules/quantity/objects.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct ObjectFile {
    lexnames: Vec<String>,
    context_similarity: f64,
}

/// Which counted nouns are objects, and how alike two sentences counting
/// one must be.
#[derive(Debug, Clone)]
pub struct ObjectCounts {
    /// The lexicographer files of object nouns (their first sense's).
    pub lexnames: Vec<Lexname>,
    /// The least likeness of two sentences counting one object.
    pub context_similarity: f64,
}

impl ObjectCounts {
    /// Parses and checks the file: known lexicographer files of nouns, a
    /// likeness within 0-1.
    pub fn parse(text: &str) -> Result<ObjectCounts, String> {
        let f: ObjectFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut lexnames = Vec::new();
        for name in &f.lexnames {
            match Lexname::from_name(name).filter(|_| name.starts_with("noun.")) {
                Some(l) => lexnames.push(l),
                None => return Err(format!("`{name}` is no noun lexicographer file")),
            }
        }
        if !(0.0..=1.0).contains(&f.context_similarity) {
            return Err(format!(
                "context-similarity = {} is outside 0-1",
                f.context_similarity
            ));
        }
        Ok(ObjectCounts {
            lexnames,
            context_similarity: f.context_similarity,
        })
    }

    /// The embedded settings.
    pub fn defaults() -> &'static ObjectCounts {
        static DEFAULTS: LazyLock<ObjectCounts> = LazyLock::new(|| {
            ObjectCounts::parse(DEFAULT_OBJECT_COUNTS)
                .expect("rules/quantity/objects.toml is checked by a test")
        });
        &DEFAULTS
    }

    /// Whether the noun's first sense is an object's, or the counted
    /// thing is a model (`ak47`, `m16`: made things by their code).
    fn is_object(&self, noun: &str) -> bool {
        is_model(noun)
            || Lexical::embedded()
                .first_lexname(noun)
                .is_some_and(|l| self.lexnames.contains(&l))
    }

    /// The likeness two figures' sentences need when both count one
    /// object, neither says what was done (a predicate; one may when both
    /// count a model), and each is
    /// the one figure its source gives of that object (`once`): `None`
    /// for other figures.
    pub(super) fn needed(
        &self,
        keys: &KeyMatch,
        (a, b): (&Claim, &Claim),
        once: &OnceCounted<'_>,
    ) -> Option<f64> {
        if keys.predicate.is_some() || keys.thing.is_none() {
            return None;
        }
        let (ka, kb) = (a.subject.counted.as_deref()?, b.subject.counted.as_deref()?);
        // One figure saying what was done and the other not: a common
        // object is counted in many roles in one story (houses damaged,
        // destroyed), a model rarely (`recovered 12 AK 47 guns` /
        // `seven AK-47s`).
        let said = ka.predicate.is_some() || kb.predicate.is_some();
        let models =
            ka.thing.as_deref().is_some_and(is_model) && kb.thing.as_deref().is_some_and(is_model);
        if said && !models {
            return None;
        }
        let (ta, tb) = (ka.thing.as_deref()?, kb.thing.as_deref()?);
        // `12 ships` / `14 vessels`: a noun whose first sense is no object
        // (`vessel`'s is the blood vessel) is one in the sense the lexical
        // link to an object noun goes through (a direct hypernym or a
        // shared synset).
        let linked = matches!(keys.thing, Some(Relation::Hypernym(_) | Relation::Synonym));
        let objects = match (self.is_object(ta), self.is_object(tb)) {
            (true, true) => true,
            (true, false) | (false, true) => linked,
            (false, false) => false,
        };
        (objects && once.only(a) && once.only(b)).then_some(self.context_similarity)
    }
}

/// For each source and counted thing, whether the source gives one value
/// of it only, in whatever class (`three of the seven bullets` gives two:
/// the part and the whole).
#[derive(Debug, Default)]
pub(super) struct OnceCounted<'c> {
    values: HashMap<(SourceId, &'c str), Option<f64>>,
}

impl<'c> OnceCounted<'c> {
    /// The tally of the counted things of quantity claims.
    pub(super) fn new(claims: &'c [Claim]) -> OnceCounted<'c> {
        let mut values: HashMap<(SourceId, &'c str), Option<f64>> = HashMap::new();
        for c in claims.iter().filter(|c| c.kind == ClaimKind::Quantity) {
            let (Some(thing), Value::Quantity { value, .. }) = (thing_of(c), &c.value) else {
                continue;
            };
            values
                .entry((c.source, thing))
                .and_modify(|v| {
                    if *v != Some(*value) {
                        *v = None;
                    }
                })
                .or_insert(Some(*value));
        }
        OnceCounted { values }
    }

    /// Whether the claim's source gives one value of its counted thing.
    fn only(&self, c: &Claim) -> bool {
        thing_of(c).is_some_and(|t| self.values.get(&(c.source, t)).is_some_and(Option::is_some))
    }
}

/// Whether a counted thing is a model code as the extractor writes it:
/// one to three lower-case letters and a number (`ak47`, `m16`).
pub(super) fn is_model(thing: &str) -> bool {
    let letters = thing.bytes().take_while(u8::is_ascii_lowercase).count();
    let digits = &thing.as_bytes()[letters..];
    (1..=3).contains(&letters) && !digits.is_empty() && digits.iter().all(u8::is_ascii_digit)
}

fn thing_of(c: &Claim) -> Option<&str> {
    c.subject
        .counted
        .as_deref()
        .and_then(|k| k.thing.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_settings_parse() {
        let o = ObjectCounts::parse(DEFAULT_OBJECT_COUNTS).expect("objects.toml");
        assert!(o.lexnames.contains(&Lexname::NOUN_ARTIFACT));
        assert!(o.context_similarity < 0.45);
    }

    #[test]
    fn bad_settings_are_refused() {
        for bad in [
            "lexnames = [\"verb.motion\"]\ncontext-similarity = 0.1",
            "lexnames = [\"noun.things\"]\ncontext-similarity = 0.1",
            "lexnames = [\"noun.artifact\"]\ncontext-similarity = 1.5",
            "lexnames = [\"noun.artifact\"]",
        ] {
            assert!(ObjectCounts::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn objects_are_artifacts_not_acts() {
        let o = ObjectCounts::defaults();
        for noun in ["boat", "ship", "car", "rifle"] {
            assert!(o.is_object(noun), "{noun}");
        }
        for noun in ["catch", "game", "people", "wife", "m", "16"] {
            assert!(!o.is_object(noun), "{noun}");
        }
        assert!(o.is_object("ak47") && o.is_object("m16"));
    }
}
