//! The vocabulary of offices and name spellings: `rules/people/roles.toml`,
//! embedded.

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::LazyLock;

const ROLES_TOML: &str = include_str!("../../../rules/people/roles.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RolesFile {
    exclusive: Vec<Vec<String>>,
    deputies: Vec<String>,
    chiefs: Vec<String>,
    fillers: Vec<String>,
    portfolio_heads: Vec<String>,
    heads: BTreeMap<String, Vec<String>>,
    portfolios: BTreeMap<String, Vec<String>>,
    time: TimeWords,
    parties: BTreeMap<String, String>,
    party_words: BTreeMap<String, String>,
    party_word_not_after: Vec<String>,
    party_word_not_before: Vec<String>,
    spelling: Spelling,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct TimeWords {
    former: Vec<String>,
    then: Vec<String>,
    current: Vec<String>,
    transition: Vec<String>,
    not_now: Vec<String>,
    now_phrases: Vec<String>,
}

/// When two spellings of a name are one name misspelled (`[spelling]`).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Spelling {
    /// Most letters two spellings may differ by (default 2).
    pub max_edits: usize,
    /// Most share of the longer spelling's letters they may differ by
    /// (default 0.2).
    pub max_share: f64,
    /// Names shorter than this (letters) are never compared (default 5).
    pub min_length: usize,
    /// Suffixes that tell two people of one name apart (`jr`, `sr`).
    pub suffixes: Vec<String>,
    /// Last words of the organisations' names compared (`Clinic`,
    /// `Department`), any case.
    pub organisation_heads: Vec<String>,
}

/// A time marker's reading (see [`super::RoleTime`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Marker {
    Former,
    Then,
    Current,
    Transition,
}

/// The lists of `rules/people/roles.toml`, hashed.
#[derive(Debug)]
pub struct RoleWords {
    /// Written form (lower case, one or more words) → canonical head.
    heads: FxHashMap<String, String>,
    /// Most words in a head's written form.
    pub(crate) longest_head: usize,
    exclusive: Vec<Vec<String>>,
    deputies: FxHashSet<String>,
    chiefs: FxHashSet<String>,
    fillers: FxHashSet<String>,
    portfolio_heads: FxHashSet<String>,
    portfolios: FxHashMap<String, String>,
    markers: FxHashMap<String, Marker>,
    not_now: FxHashSet<String>,
    /// Phrases of `now-phrases`, as lower-case words joined by one space.
    now_phrases: Vec<String>,
    parties: FxHashMap<String, String>,
    party_words: FxHashMap<String, String>,
    party_word_not_after: FxHashSet<String>,
    party_word_not_before: FxHashSet<String>,
    /// The spelling threshold.
    pub spelling: Spelling,
}

/// The embedded office words.
pub static ROLE_WORDS: LazyLock<RoleWords> = LazyLock::new(|| {
    RoleWords::parse(ROLES_TOML).expect("rules/people/roles.toml is valid (checked by a unit test)")
});

impl RoleWords {
    /// Parses a roles file.
    pub fn parse(text: &str) -> Result<RoleWords, toml::de::Error> {
        let f: RolesFile = toml::from_str(text)?;
        let set = |v: Vec<String>| v.into_iter().collect::<FxHashSet<String>>();
        let invert = |m: BTreeMap<String, Vec<String>>| {
            m.into_iter()
                .flat_map(|(k, forms)| forms.into_iter().map(move |w| (w, k.clone())))
                .collect::<FxHashMap<String, String>>()
        };
        let heads = invert(f.heads);
        let longest_head = heads
            .keys()
            .map(|h| h.split(' ').count())
            .max()
            .unwrap_or(1);
        let mut markers = FxHashMap::default();
        for (list, m) in [
            (f.time.former, Marker::Former),
            (f.time.then, Marker::Then),
            (f.time.current, Marker::Current),
            (f.time.transition, Marker::Transition),
        ] {
            markers.extend(list.into_iter().map(|w| (w, m)));
        }
        Ok(RoleWords {
            heads,
            longest_head,
            exclusive: f.exclusive,
            deputies: set(f.deputies),
            chiefs: set(f.chiefs),
            fillers: set(f.fillers),
            portfolio_heads: set(f.portfolio_heads),
            portfolios: invert(f.portfolios),
            markers,
            not_now: set(f.time.not_now),
            now_phrases: f
                .time
                .now_phrases
                .iter()
                .map(|p| words_of(&p.to_lowercase()).join(" "))
                .collect(),
            parties: f.parties.into_iter().collect(),
            party_words: f.party_words.into_iter().collect(),
            party_word_not_after: set(f.party_word_not_after),
            party_word_not_before: set(f.party_word_not_before),
            spelling: f.spelling,
        })
    }

    /// The canonical head a lower-case phrase writes (`ceo` → `chief executive`).
    pub fn head(&self, phrase: &str) -> Option<&str> {
        self.heads.get(phrase).map(String::as_str)
    }

    /// Whether two different heads are offices of one slot.
    pub fn exclusive(&self, a: &str, b: &str) -> bool {
        self.exclusive
            .iter()
            .any(|s| s.iter().any(|x| x == a) && s.iter().any(|x| x == b))
    }

    /// Whether a lower-case word makes the office a deputy's.
    pub fn is_deputy(&self, w: &str) -> bool {
        self.deputies.contains(w)
    }

    /// Whether a lower-case word names the chief of the office.
    pub fn is_chief(&self, w: &str) -> bool {
        self.chiefs.contains(w)
    }

    /// Whether a lower-case word says nothing about the office.
    pub fn is_filler(&self, w: &str) -> bool {
        self.fillers.contains(w)
    }

    /// Whether a canonical head takes a portfolio.
    pub fn takes_portfolio(&self, head: &str) -> bool {
        self.portfolio_heads.contains(head)
    }

    /// The canonical portfolio a lower-case word names.
    pub fn portfolio(&self, w: &str) -> Option<&str> {
        self.portfolios.get(w).map(String::as_str)
    }

    /// The time marker a lower-case word is.
    pub(crate) fn marker(&self, w: &str) -> Option<Marker> {
        self.markers.get(w).copied()
    }

    /// Whether a lower-case word puts an unmarked role out of the present.
    pub fn not_now(&self, w: &str) -> bool {
        self.not_now.contains(w)
    }

    /// The phrases that tell of a job held now despite a `not-now` word
    /// in them (`running the business`), as lower-case words joined by
    /// one space.
    pub fn now_phrases(&self) -> &[String] {
        &self.now_phrases
    }

    /// The party a label's letter names (`D` → `Democrat`).
    pub fn party(&self, letter: &str) -> Option<&str> {
        self.parties.get(letter).map(String::as_str)
    }

    /// The label letter a party word as written names (`Republican` →
    /// `R`), unless a neighbour makes it part of another name: `before`
    /// and `after` are the lower-case words around it (`Social
    /// Democratic`, `Democratic Republic`).
    pub fn party_word(&self, w: &str, before: &str, after: &str) -> Option<&str> {
        let letter = self.party_words.get(w)?;
        let apart = self.party_word_not_after.contains(before)
            || self.party_word_not_before.contains(after);
        (!apart).then_some(letter.as_str())
    }
}

/// The words of a lower-case text (runs of letters and digits).
pub(crate) fn words_of(lower: &str) -> Vec<&str> {
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}
