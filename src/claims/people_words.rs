//! The words that tell people from organisations and places, titles, and
//! how speech is attributed: `rules/people/words.toml`, embedded.

use rustc_hash::FxHashSet;
use serde::Deserialize;
use std::sync::LazyLock;

const PEOPLE_TOML: &str = include_str!("../../rules/people/words.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct PeopleFile {
    org_heads: Vec<String>,
    place_heads: Vec<String>,
    demonyms: Vec<String>,
    titles: Vec<String>,
    not_names: Vec<String>,
    speech_verbs: Vec<String>,
    spokespeople: Vec<String>,
    relatives: Vec<String>,
    place_prefixes: Vec<String>,
    documents: Vec<String>,
    speech_nouns: Vec<String>,
    unnamed_speakers: Vec<String>,
    many_holders: Vec<String>,
}

/// The lists of `rules/people/words.toml`, hashed.
#[derive(Debug)]
pub struct PeopleWords {
    org_heads: FxHashSet<String>,
    place_heads: FxHashSet<String>,
    demonyms: FxHashSet<String>,
    titles: FxHashSet<String>,
    not_names: FxHashSet<String>,
    /// The words of `not_names`, `titles`, `demonyms` and `org_heads` in
    /// one set: [`PeopleWords::never_a_name`], asked of every capitalised
    /// word, hashes a word once instead of four times.
    never: FxHashSet<String>,
    /// Speech verbs added to the lexicon's (lower case).
    pub speech_verbs: Vec<String>,
    spokespeople: FxHashSet<String>,
    relatives: FxHashSet<String>,
    place_prefixes: FxHashSet<String>,
    documents: FxHashSet<String>,
    speech_nouns: FxHashSet<String>,
    unnamed_speakers: FxHashSet<String>,
    many_holders: FxHashSet<String>,
}

/// The embedded people words.
pub static PEOPLE_WORDS: LazyLock<PeopleWords> = LazyLock::new(|| {
    PeopleWords::parse(PEOPLE_TOML)
        .expect("rules/people/words.toml is valid (checked by a unit test)")
});

impl PeopleWords {
    /// Parses a people file.
    pub fn parse(text: &str) -> Result<PeopleWords, toml::de::Error> {
        let f: PeopleFile = toml::from_str(text)?;
        let set = |v: Vec<String>| v.into_iter().collect::<FxHashSet<String>>();
        let org_heads = set(f.org_heads);
        let demonyms = set(f.demonyms);
        // `Sgt.` is also written `Sgt`.
        let titles: FxHashSet<String> = f
            .titles
            .iter()
            .flat_map(|t| [t.clone(), t.trim_end_matches('.').to_string()])
            .collect();
        let not_names = set(f.not_names);
        let never = [&org_heads, &demonyms, &titles, &not_names]
            .into_iter()
            .flatten()
            .cloned()
            .collect();
        Ok(PeopleWords {
            org_heads,
            place_heads: set(f.place_heads),
            demonyms,
            titles,
            not_names,
            never,
            speech_verbs: f.speech_verbs,
            spokespeople: set(f.spokespeople),
            relatives: set(f.relatives),
            place_prefixes: set(f.place_prefixes),
            documents: set(f.documents),
            speech_nouns: set(f.speech_nouns),
            unnamed_speakers: set(f.unnamed_speakers),
            many_holders: set(f.many_holders),
        })
    }

    /// `Board`, `Ledger`, `County`: ends an organisation's or place's name.
    pub fn is_org_head(&self, w: &str) -> bool {
        self.org_heads.contains(w.trim_end_matches('.'))
    }

    /// `man`, `victim`, `passenger`: a person noun an event often has
    /// several of (lemma, lower case).
    pub fn is_many_holder(&self, noun: &str) -> bool {
        self.many_holders.contains(noun)
    }

    /// `district`, `county`: after a capitalised phrase, makes it a place.
    pub fn is_place_head(&self, w: &str) -> bool {
        self.place_heads.contains(w)
    }

    /// `Chilean`, `Texan`.
    pub fn is_demonym(&self, w: &str) -> bool {
        self.demonyms.contains(w)
    }

    /// `Sergeant`, `Sgt.`, `Senator`.
    pub fn is_title(&self, w: &str) -> bool {
        self.titles.contains(w)
    }

    /// A capitalised word that is never part of a person's name: a title, a
    /// demonym, an organisation head or a common sentence opener.
    pub fn never_a_name(&self, w: &str) -> bool {
        // An organisation head is also known by its full stops trimmed
        // (`Inc.` as `Inc`); the other lists by the word as written.
        if w.ends_with('.') {
            return self.not_names.contains(w)
                || self.titles.contains(w)
                || self.is_demonym(w)
                || self.is_org_head(w);
        }
        self.never.contains(w)
    }

    /// A capitalised word of `not-names` (`The`, `When`, `Monday`): a
    /// sentence opener or a common word, never an affiliation.
    pub fn is_opener(&self, w: &str) -> bool {
        self.not_names.contains(w)
    }

    /// `spokesman`, `lawyer` (lower case): speaks for someone else.
    pub fn is_spokesperson(&self, w: &str) -> bool {
        self.spokespeople.contains(w)
    }

    /// `San`, `Fort`: starts a place's name.
    pub fn is_place_prefix(&self, w: &str) -> bool {
        self.place_prefixes.contains(w.trim_end_matches('.'))
    }

    /// `son`, `neighbor` (lower case): speaks of someone in their own name.
    pub fn is_relative(&self, w: &str) -> bool {
        self.relatives.contains(w)
    }

    /// `source`, `witness` (lower case, singular): people an article quotes
    /// without naming them (`one` of the sources).
    pub fn is_unnamed_speaker(&self, w: &str) -> bool {
        self.unnamed_speakers.contains(w)
    }

    /// `statement`, `website` (lower case): a text that speaks for whoever
    /// issued it.
    pub fn is_document(&self, w: &str) -> bool {
        self.documents.contains(w)
    }

    /// `claim`, `remark` (lower case): a noun of saying; its owner said
    /// the quote it introduces.
    pub fn is_speech_noun(&self, w: &str) -> bool {
        self.speech_nouns.contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_people_words_parse() {
        let p = PeopleWords::parse(PEOPLE_TOML).expect("valid");
        assert!(p.is_org_head("Board") && p.is_org_head("Ledger"));
        assert!(p.is_title("Sgt.") && p.is_title("Sergeant"));
        assert!(p.is_demonym("Chilean") && p.is_place_prefix("San"));
        assert!(p.is_place_head("district"));
        assert!(p.is_spokesperson("spokesman") && p.is_relative("son"));
        assert!(p.is_document("statement") && p.is_document("web site"));
        assert!(
            !p.never_a_name("Carla") && p.never_a_name("Fisheries") == p.is_org_head("Fisheries")
        );
    }

    /// The one-set answer is the four lists' answer, for every word of
    /// the lists, with a full stop added or taken off, and for others.
    #[test]
    fn never_a_name_answers_as_its_four_lists() {
        let p = PeopleWords::parse(PEOPLE_TOML).expect("valid");
        let four = |w: &str| {
            p.not_names.contains(w) || p.titles.contains(w) || p.is_demonym(w) || p.is_org_head(w)
        };
        let lists = [
            &p.not_names,
            &p.titles,
            &p.demonyms,
            &p.org_heads,
            &p.place_heads,
        ];
        let words = lists.into_iter().flatten().flat_map(|w| {
            [
                w.clone(),
                format!("{w}."),
                w.trim_end_matches('.').to_string(),
            ]
        });
        for w in words.chain(["Carla", "", ".", "Smith.", "Inc.."].map(String::from)) {
            assert_eq!(p.never_a_name(&w), four(&w), "{w:?}");
        }
    }
}
