//! Lexicons: the vocabulary the extractors use (event nouns, speech verbs,
//! hedges, aliases, demonyms, roles, outlets, places), loaded from TOML.
//!
//! The defaults live in `rules/lexicon.toml` and are embedded in the binary;
//! a user file either extends them (`extend = true`) or replaces them.

use serde::Deserialize;
use std::collections::HashMap;

/// The default lexicon shipped in `rules/lexicon.toml`.
pub const DEFAULT_LEXICON: &str = include_str!("../rules/lexicon.toml");

/// A hedge word and how it widens a number into an interval.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Hedge {
    /// The phrase, lower case (`"some"`, `"at least"`).
    pub phrase: String,
    /// What the phrase says about the figure (`around`, `just-below`,
    /// `at-most`, `below`, `above`, `at-least`, `just-above`); the shares
    /// are in `rules/quantity/reading.toml`. Without it, `below` and
    /// `above` give the interval.
    #[serde(default)]
    pub reads_as: Option<crate::quantity::HedgeReading>,
    /// Relative width below the number (0.1 = 10% below), when the
    /// phrase has no `reads-as`.
    #[serde(default)]
    pub below: f64,
    /// Relative width above the number; `inf` for open-ended hedges.
    #[serde(default)]
    pub above: f64,
}

impl Hedge {
    /// What is wrong with this hedge, if anything: an empty phrase, or
    /// `below` / `above` out of range (`below` is a share in 0–1, `above`
    /// a share from 0, `inf` for open-ended; never NaN).
    fn problem(&self) -> Option<String> {
        if self.phrase.trim().is_empty() {
            return Some("the phrase is empty".into());
        }
        if !(0.0..=1.0).contains(&self.below) {
            return Some(format!("below = {} is outside 0-1", self.below));
        }
        if self.above.is_nan() || self.above < 0.0 {
            return Some(format!(
                "above = {} must be 0 or more (inf: no upper end)",
                self.above
            ));
        }
        None
    }
}

/// A named entity and the other names it goes by.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Entity {
    /// Canonical name (`"Putin"`).
    pub name: String,
    /// `person`, `country`, `organization`, `place`.
    pub kind: String,
    /// Other surface forms, matched case-sensitively as whole words.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Country a person represents, or a place lies in.
    #[serde(default)]
    pub country: Option<String>,
    /// Roles that name this entity (`"Russian President"`, `"Russian leader"`).
    #[serde(default)]
    pub roles: Vec<String>,
}

/// An outlet and the ways it is named in a byline or header.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Outlet {
    /// Canonical name (`"The Associated Press"`).
    pub name: String,
    /// Other forms (`"AP"`, `"/TASS/"`).
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// An event noun and the class it belongs to (`talks` → `meeting`).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct EventNoun {
    /// The noun as written, lower case; plural forms are listed separately.
    pub word: String,
    /// The class: nouns of different classes never describe the same event.
    pub class: String,
}

/// The full vocabulary.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Lexicon {
    /// When a user file sets this, its lists are added to the defaults.
    #[serde(default)]
    pub extend: bool,
    /// Nouns that name events.
    #[serde(default)]
    pub event_nouns: Vec<EventNoun>,
    /// Verbs that attribute speech (`said`, `told`, `added`, `quoted`).
    #[serde(default)]
    pub speech_verbs: Vec<String>,
    /// Number hedges.
    #[serde(default)]
    pub hedges: Vec<Hedge>,
    /// People, countries, organizations and places.
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// Adjective → country (`Iranian` → `Iran`).
    #[serde(default)]
    pub demonyms: HashMap<String, String>,
    /// News outlets.
    #[serde(default)]
    pub outlets: Vec<Outlet>,
    /// Abbreviations that end with a period but do not end a sentence.
    #[serde(default)]
    pub abbreviations: Vec<String>,
}

/// Error while reading a lexicon file.
#[derive(Debug, thiserror::Error)]
#[error("invalid lexicon {path}: {message}")]
pub struct LexiconError {
    /// File the lexicon came from.
    pub path: String,
    /// What went wrong, with the TOML parser's location.
    pub message: String,
    /// Byte span in the file, when the parser knows it.
    pub span: Option<std::ops::Range<usize>>,
}

impl Lexicon {
    /// The embedded default lexicon.
    pub fn defaults() -> Lexicon {
        // The embedded file is checked by a unit test, so this cannot fail at runtime.
        Lexicon::parse(DEFAULT_LEXICON, "rules/lexicon.toml").expect("embedded lexicon is valid")
    }

    /// Parses a lexicon from TOML text.
    pub fn parse(text: &str, path: &str) -> Result<Lexicon, LexiconError> {
        let lex: Lexicon = toml::from_str(text).map_err(|e| LexiconError {
            path: path.to_string(),
            message: e.message().to_string(),
            span: e.span(),
        })?;
        for h in &lex.hedges {
            if let Some(message) = h.problem() {
                // Point at the hedge's phrase in the file.
                let quoted = format!("\"{}\"", h.phrase);
                let span = text.find(&quoted).map(|i| i..i + quoted.len());
                return Err(LexiconError {
                    path: path.to_string(),
                    message: format!("hedge \"{}\": {message}", h.phrase),
                    span,
                });
            }
        }
        Ok(lex)
    }

    /// Adds a user lexicon: extends when it says `extend = true`, otherwise replaces.
    pub fn merge(&mut self, other: Lexicon) {
        if !other.extend {
            *self = other;
            return;
        }
        self.event_nouns.extend(other.event_nouns);
        self.speech_verbs.extend(other.speech_verbs);
        self.hedges.extend(other.hedges);
        self.entities.extend(other.entities);
        self.demonyms.extend(other.demonyms);
        self.outlets.extend(other.outlets);
        self.abbreviations.extend(other.abbreviations);
    }

    /// The class of an event noun, if `word` (lower case) is one.
    pub fn event_class(&self, word: &str) -> Option<&str> {
        self.event_nouns
            .iter()
            .find(|n| n.word == word)
            .map(|n| n.class.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicon_parses_and_has_every_list() {
        let lex = Lexicon::defaults();
        assert!(lex.event_class("summit").is_some());
        assert_eq!(lex.event_class("talks"), Some("meeting"));
        assert!(!lex.speech_verbs.is_empty());
        assert!(lex.hedges.iter().any(|h| h.phrase == "at least"));
        assert_eq!(
            lex.demonyms.get("Iranian").map(String::as_str),
            Some("Iran")
        );
        assert!(lex.outlets.iter().any(|o| o.name == "TASS"));
    }

    #[test]
    fn extend_adds_and_replace_replaces() {
        let mut lex = Lexicon::defaults();
        let n = lex.speech_verbs.len();
        lex.merge(Lexicon::parse("extend = true\nspeech-verbs = [\"quipped\"]", "x").unwrap());
        assert_eq!(lex.speech_verbs.len(), n + 1);
        lex.merge(Lexicon::parse("speech-verbs = [\"said\"]", "x").unwrap());
        assert_eq!(lex.speech_verbs, vec!["said".to_string()]);
        assert!(lex.event_nouns.is_empty());
    }

    #[test]
    fn hedges_out_of_range_are_errors_naming_the_phrase() {
        for bad in [
            "below = nan",
            "below = -0.1",
            "below = 1.5",
            "above = -1.0",
            "above = nan",
        ] {
            let text = format!("hedges = [{{ phrase = \"give or take\", {bad} }}]");
            let err = Lexicon::parse(&text, "lex.toml").unwrap_err();
            assert!(
                err.message.contains("give or take"),
                "{bad}: {}",
                err.message
            );
            assert!(err.span.is_some(), "{bad}");
        }
        let ok = "hedges = [{ phrase = \"upwards of\", below = 0.0, above = inf }]";
        assert!(Lexicon::parse(ok, "lex.toml").is_ok());
        let read = "hedges = [{ phrase = \"a shade under\", reads-as = \"just-below\" }]";
        assert!(Lexicon::parse(read, "lex.toml").is_ok());
        let unknown = "hedges = [{ phrase = \"x\", reads-as = \"sideways\" }]";
        assert!(Lexicon::parse(unknown, "lex.toml").is_err());
    }

    #[test]
    fn unknown_key_is_an_error_with_a_span() {
        let err = Lexicon::parse("speach-verbs = []", "user.toml").unwrap_err();
        assert!(err.message.contains("unknown field"), "{}", err.message);
        assert!(err.span.is_some());
    }
}
