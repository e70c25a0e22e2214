//! A lexical resource compiled into the binary: lemmas, synonyms,
//! derivations, one noun hypernym level, verb causes and entailments,
//! adjective–noun links and lexicographer files from WordNet 3.0, plus a
//! small curated table of words news counts the same (docs/lexical.md).
//!
//! The WordNet tables (`rules/lexical/words.bin`, `synsets.bin`, built by
//! `tools/wordnet.py`, licence in `rules/lexical/LICENSE-wordnet.txt`) are
//! embedded and read in place: loading checks their headers and parses the
//! curated TOML, nothing else, and a lookup decodes only the bytes it
//! needs. Every relation counts a word's first [`Lexical::senses`] senses
//! (by frequency, WordNet's sense order) only.
//!
//! Every query takes a word as written (`wounded`, `Ships`, `death tolls`):
//! it is lower-cased (allocating only if it is not already lower-case
//! ASCII) and lemmatised ([`Lexical::lemmas`]). Plain data in, plain data
//! out; nothing prints.

mod curated;
mod inflect;
mod keys;
mod morph;
mod relate;
mod synsets;
mod table;

pub use curated::Group;
pub use morph::Lemmas;

use curated::Curated;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::LazyLock;
use synsets::Synsets;
use table::Words;

/// The embedded WordNet word table.
pub const WORDS_TABLE: &[u8] = include_bytes!("../../rules/lexical/words.bin");
/// The embedded WordNet synset table.
pub const SYNSETS_TABLE: &[u8] = include_bytes!("../../rules/lexical/synsets.bin");
/// The embedded curated table.
pub const CURATED_TABLE: &str = include_str!("../../rules/lexical/curated.toml");

/// A part of speech (adverbs are not kept).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pos {
    /// `ship`, `death`, `acquittal`.
    Noun,
    /// `kill`, `wound`, `flee`.
    Verb,
    /// `dead`, `wounded` (participial adjectives are adjectives too).
    Adj,
}

impl Pos {
    /// All parts of speech, in table order.
    pub const ALL: [Pos; 3] = [Pos::Noun, Pos::Verb, Pos::Adj];

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    pub(crate) fn bit(self) -> u8 {
        1 << self as u8
    }

    /// `noun`, `verb`, `adj`.
    pub fn name(self) -> &'static str {
        ["noun", "verb", "adj"][self.index()]
    }
}

/// Which way a directed relation points between the two words compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dir {
    /// From the first word to the second: `ship` → `vessel`, `kill` → `die`.
    Forward,
    /// From the second word to the first.
    Backward,
}

/// Why two words mean the same thing, strongest first (the order of the
/// variants is the order [`Lexical::same_meaning`] tries them in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Relation {
    /// One lemma, one part of speech (`ships` / `ship`).
    Same,
    /// A shared synset among both words' first senses (`injure` / `wound`).
    Synonym,
    /// One group of the curated table (`arrested` / `detained`).
    Curated,
    /// A derivational link (`+`) between first senses, neither of them a
    /// person (`convict` / `conviction`, the verb `arrest` / the noun
    /// `arrest`; not `murder` / `murderer`: the doer is not the deed).
    Derivation,
    /// An adjective and a noun linked by attribute (`=`), pertainym (`\`)
    /// or derivation (`wide` / `width`).
    AdjectiveNoun,
    /// One noun is the other's direct hypernym (`Forward`: the second word
    /// is the broader, `ship` / `vessel`).
    Hypernym(Dir),
    /// One verb causes the other (`Forward`: the first causes the second,
    /// `kill` / `die`).
    Cause(Dir),
    /// One verb entails the other (`Forward`: the first entails the second,
    /// `snore` / `sleep`).
    Entailment(Dir),
}

/// A key for blocking: words that align share one ([`Lexical::concept_key`]
/// says which, and what it misses; [`Lexical::concept_keys`] and
/// [`Lexical::related_keys`] miss nothing). Stable within one build of
/// factlint; do not store it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConceptId(u32);

impl ConceptId {
    const CURATED: u32 = 1 << 31;

    /// The key's number (curated groups have the top bit set).
    pub fn get(self) -> u32 {
        self.0
    }

    /// A key of any number, for tests of what reads keys.
    #[cfg(test)]
    pub(crate) fn for_test(n: u32) -> ConceptId {
        ConceptId(n)
    }
}

/// A lexicographer file: the broad class WordNet files a sense under
/// (`noun.act`, `noun.event`, `noun.person`, `verb.motion`…).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lexname(u8);

/// lexnames(5WN): lexicographer file numbers 0–44.
const LEXNAMES: [&str; 45] = [
    "adj.all",
    "adj.pert",
    "adv.all",
    "noun.Tops",
    "noun.act",
    "noun.animal",
    "noun.artifact",
    "noun.attribute",
    "noun.body",
    "noun.cognition",
    "noun.communication",
    "noun.event",
    "noun.feeling",
    "noun.food",
    "noun.group",
    "noun.location",
    "noun.motive",
    "noun.object",
    "noun.person",
    "noun.phenomenon",
    "noun.plant",
    "noun.possession",
    "noun.process",
    "noun.quantity",
    "noun.relation",
    "noun.shape",
    "noun.state",
    "noun.substance",
    "noun.time",
    "verb.body",
    "verb.change",
    "verb.cognition",
    "verb.communication",
    "verb.competition",
    "verb.consumption",
    "verb.contact",
    "verb.creation",
    "verb.emotion",
    "verb.motion",
    "verb.perception",
    "verb.possession",
    "verb.social",
    "verb.stative",
    "verb.weather",
    "adj.ppl",
];

impl Lexname {
    /// `noun.act`: acts or actions (`acquittal`, `arrest`, `attack`).
    pub const NOUN_ACT: Lexname = Lexname(4);
    /// `noun.artifact`: man-made objects (`building`, `ship`, `rifle`).
    pub const NOUN_ARTIFACT: Lexname = Lexname(6);
    /// `noun.attribute`: properties of things (`depth`, `magnitude`).
    pub const NOUN_ATTRIBUTE: Lexname = Lexname(7);
    /// `noun.event`: natural events (`death`, `earthquake`, `explosion`).
    pub const NOUN_EVENT: Lexname = Lexname(11);
    /// `noun.group`: groupings of people or objects (`population`).
    pub const NOUN_GROUP: Lexname = Lexname(14);
    /// `noun.location`: spatial position (`capital`).
    pub const NOUN_LOCATION: Lexname = Lexname(15);
    /// `noun.object`: natural objects and landforms (`island`, `valley`).
    pub const NOUN_OBJECT: Lexname = Lexname(17);
    /// `noun.person`: people (`resident`, `killer`).
    pub const NOUN_PERSON: Lexname = Lexname(18);
    /// `noun.phenomenon`: natural phenomena (`storm`, `flood`).
    pub const NOUN_PHENOMENON: Lexname = Lexname(19);
    /// `noun.process`: natural processes.
    pub const NOUN_PROCESS: Lexname = Lexname(22);
    /// `noun.state`: stable states of affairs (`injury`).
    pub const NOUN_STATE: Lexname = Lexname(26);
    /// `noun.time`: time and temporal relations (`today`, `morning`).
    pub const NOUN_TIME: Lexname = Lexname(28);

    pub(crate) fn from_number(n: u8) -> Option<Lexname> {
        (usize::from(n) < LEXNAMES.len()).then_some(Lexname(n))
    }

    /// The file's name, as WordNet spells it (`noun.act`).
    pub fn name(self) -> &'static str {
        LEXNAMES[usize::from(self.0)]
    }

    /// The lexicographer file called `name`.
    pub fn from_name(name: &str) -> Option<Lexname> {
        LEXNAMES
            .iter()
            .position(|&n| n == name)
            .map(|i| Lexname(i as u8))
    }
}

/// Table sizes, for documentation and statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableSizes {
    /// Bytes of `words.bin`.
    pub words_bytes: usize,
    /// Words in it (lemmas and irregular forms).
    pub words: usize,
    /// Bytes of `synsets.bin`.
    pub synsets_bytes: usize,
    /// Synsets in it.
    pub synsets: usize,
    /// Curated groups.
    pub curated_groups: usize,
}

/// The lexical resource: the WordNet tables and the curated groups.
#[derive(Debug)]
pub struct Lexical {
    words: Words,
    synsets: Synsets,
    curated: Curated,
    /// Curated group of each WordNet concept class a member's first sense
    /// belongs to.
    curated_classes: FxHashMap<u32, u16>,
    bytes: (usize, usize),
}

static EMBEDDED: LazyLock<Lexical> = LazyLock::new(|| {
    Lexical::parse(WORDS_TABLE, SYNSETS_TABLE, CURATED_TABLE)
        .expect("embedded lexical tables parse")
});

impl Lexical {
    /// The embedded tables, loaded on first use.
    pub fn embedded() -> &'static Lexical {
        &EMBEDDED
    }

    /// Reads tables: WordNet's as `tools/wordnet.py` writes them, the
    /// curated one as TOML. Checks their structure and that no WordNet
    /// concept class falls in two curated groups.
    pub fn parse(
        words: &'static [u8],
        synsets: &'static [u8],
        curated: &str,
    ) -> Result<Lexical, String> {
        let mut lex = Lexical {
            words: Words::parse(words)?,
            synsets: Synsets::parse(synsets)?,
            curated: Curated::parse(curated).map_err(|e| format!("curated.toml: {e}"))?,
            curated_classes: FxHashMap::default(),
            bytes: (words.len(), synsets.len()),
        };
        let mut classes = FxHashMap::default();
        for (index, group) in lex.curated.groups.iter().enumerate() {
            for (word, pos) in &group.words {
                let Some(key) = lex.wordnet_key(word, *pos) else {
                    continue;
                };
                if let Some(&other) = classes.get(&key) {
                    if other != index as u16 {
                        return Err(format!(
                            "curated.toml: `{word}` ({}) joins groups {} and {} (one WordNet concept)",
                            pos.name(),
                            lex.curated.groups[other as usize].name,
                            group.name
                        ));
                    }
                }
                classes.insert(key, index as u16);
            }
        }
        lex.curated_classes = classes;
        Ok(lex)
    }

    /// How many senses of a word count for every relation (the first ones,
    /// by frequency).
    pub fn senses(&self) -> usize {
        self.words.senses
    }

    /// The tables' sizes.
    pub fn sizes(&self) -> TableSizes {
        TableSizes {
            words_bytes: self.bytes.0,
            words: self.words.count,
            synsets_bytes: self.bytes.1,
            synsets: self.synsets.count as usize,
            curated_groups: self.curated.groups.len(),
        }
    }

    /// The WordNet tables' headers (their provenance).
    pub fn headers(&self) -> [&'static str; 2] {
        [self.words.header, self.synsets.header]
    }

    /// The curated groups, in table order.
    pub fn curated_groups(&self) -> &[Group] {
        &self.curated.groups
    }

    /// A word's lemma under `pos`: the first of [`Lexical::lemmas`], else
    /// the word itself (lower-cased). `wounded` → `wound` (verb), `ships` →
    /// `ship`, `geese` → `goose`, `fled` → `flee`. Borrowed (no allocation)
    /// when the word is lower-case ASCII.
    pub fn lemma<'a>(&self, word: &'a str, pos: Pos) -> Cow<'a, str> {
        match lower(word) {
            Cow::Borrowed(w) => Cow::Borrowed(self.analyses(w, pos).first().unwrap_or(w)),
            Cow::Owned(w) => {
                let lemma = self.analyses(&w, pos).first().map(str::to_string);
                Cow::Owned(lemma.unwrap_or(w))
            }
        }
    }

    /// All of a word's lemmas under `pos`, most likely first (WordNet's
    /// morphy: exceptions, else the word and its detachment rules; see
    /// `src/lexical/morph.rs`); empty if it has none. The word must be
    /// lower-case already (see [`Lexical::lemma`] otherwise).
    pub fn lemmas<'a>(&self, lower_case_word: &'a str, pos: Pos) -> Lemmas<'a> {
        self.analyses(lower_case_word, pos)
    }

    /// Whether a lower-case word is an adjective of a curated group
    /// (`dead`, `wounded`): news uses it as what happened to a count
    /// (`12 people dead`).
    pub fn curated_adjective(&self, word: &str) -> bool {
        self.in_curated_group(word, Pos::Adj)
    }

    /// Whether two lower-case words (lemmatised as their parts of speech)
    /// are in one curated group: `killed` / `died`, `injured` / `wounded`.
    pub fn same_curated_group(&self, a: &str, a_pos: Pos, b: &str, b_pos: Pos) -> bool {
        let groups = |w: &str, pos: Pos| -> Vec<u16> {
            std::iter::once(w)
                .chain(self.analyses(w, pos).as_slice().iter().copied())
                .filter_map(|l| self.curated.group(l, pos))
                .collect()
        };
        let ga = groups(a, a_pos);
        !ga.is_empty() && groups(b, b_pos).iter().any(|g| ga.contains(g))
    }

    /// The name of the curated group a lower-case word, lemmatised as
    /// `pos`, is in (`killed` → `deaths`).
    pub fn curated_group_name(&self, word: &str, pos: Pos) -> Option<&str> {
        self.curated_group_of(word, pos).map(|g| g.name.as_str())
    }

    /// How a finding names a count under `word`'s curated group (`number
    /// of deaths`, `crowd size`), if it has one.
    pub fn curated_group_label(&self, word: &str, pos: Pos) -> Option<&str> {
        self.curated_group_of(word, pos).map(|g| g.label.as_str())
    }

    fn curated_group_of(&self, word: &str, pos: Pos) -> Option<&Group> {
        let g = std::iter::once(word)
            .chain(self.analyses(word, pos).as_slice().iter().copied())
            .find_map(|l| self.curated.group(l, pos))?;
        self.curated.groups.get(usize::from(g))
    }

    /// Whether the nouns `a` and `b` are of one curated group whose nouns
    /// are one count of a story (`one_count`: `engines` / `appliances`).
    pub fn curated_one_count(&self, a: &str, b: &str) -> bool {
        let group = |w: &str| {
            std::iter::once(w)
                .chain(self.analyses(w, Pos::Noun).as_slice().iter().copied())
                .find_map(|l| self.curated.group(l, Pos::Noun))
        };
        match (group(a), group(b)) {
            (Some(x), Some(y)) => {
                x == y
                    && self
                        .curated
                        .groups
                        .get(usize::from(x))
                        .is_some_and(|g| g.one_count)
            }
            _ => false,
        }
    }

    /// Whether `word`, lemmatised as `pos`, is in a curated group whose
    /// people are one count whatever person noun counts them
    /// (`any_person`: arrested people, suspects and members).
    pub fn curated_any_person(&self, word: &str, pos: Pos) -> bool {
        std::iter::once(word)
            .chain(self.analyses(word, pos).as_slice().iter().copied())
            .find_map(|l| self.curated.group(l, pos))
            .and_then(|g| self.curated.groups.get(usize::from(g)))
            .is_some_and(|g| g.any_person)
    }

    /// Whether a lower-case word, lemmatised as `pos`, is in a curated
    /// group (`die` the verb; `died` too).
    pub fn in_curated_group(&self, word: &str, pos: Pos) -> bool {
        self.curated.group(word, pos).is_some()
            || self
                .analyses(word, pos)
                .as_slice()
                .iter()
                .any(|l| self.curated.group(l, pos).is_some())
    }

    /// Whether the word (as written) has a lemma under `pos`.
    pub fn knows(&self, word: &str, pos: Pos) -> bool {
        !self.analyses(&lower(word), pos).is_empty()
    }

    /// How many senses WordNet gives the word's first lemma under `pos`
    /// (0 if it has none): how ambiguous it is.
    pub fn sense_count(&self, word: &str, pos: Pos) -> usize {
        self.lemma_senses(&lower(word), pos).map_or(0, |s| s.count)
    }

    /// The lexicographer file of the noun's sense `sense` (0: the most
    /// frequent), over all its senses: is the first sense of `acquittal`
    /// an act (`noun.act`)? Is `building` first an artifact?
    pub fn lexname(&self, noun: &str, sense: usize) -> Option<Lexname> {
        self.lexnames(noun, Pos::Noun).nth(sense)
    }

    /// The lexicographer file of the noun's first sense.
    pub fn first_lexname(&self, noun: &str) -> Option<Lexname> {
        self.lexname(noun, 0)
    }

    /// The lexicographer files of all senses of a noun or verb, in sense
    /// order (empty for adjectives and unknown words).
    pub fn lexnames(&self, word: &str, pos: Pos) -> impl Iterator<Item = Lexname> {
        let files = self
            .lemma_senses(&lower(word), pos)
            .map(|s| s.lexnames)
            .unwrap_or(&[]);
        files.iter().filter_map(|&n| Lexname::from_number(n))
    }
}

/// The word lower-cased, borrowed when it already is lower-case ASCII.
fn lower(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| !b.is_ascii_uppercase() && b.is_ascii())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

#[cfg(test)]
mod tests;
