//! Blocking keys: which words to compare at all. Comparing every pair of
//! claims' words with [`Lexical::same_meaning`] is quadratic; bucketing
//! them by key first is not.
//!
//! * [`Lexical::concept_key`]: one key per word, its first sense's concept
//!   class (or curated group). Cheap and coarse-grained enough for most
//!   pairs, with documented misses.
//! * [`Lexical::concept_keys`] and [`Lexical::related_keys`]: the complete
//!   scheme. Index every word under its concept keys; look each word up
//!   under its concept keys and its related keys. Two words that
//!   `same_meaning` relates through WordNet or the curated table then meet
//!   in at least one bucket (one of them finds the other), whatever the
//!   relation and sense.

use super::synsets::List;
use super::{lower, ConceptId, Lexical, Lexname, Pos};

impl Lexical {
    /// The WordNet concept class of a lower-case word's first lemma's first
    /// sense.
    pub(crate) fn wordnet_key(&self, word: &str, pos: Pos) -> Option<u32> {
        let first = self.lemma_senses(word, pos)?.first().next()?;
        Some(self.synsets.get(first)?.key)
    }

    /// A concept class's key: its curated group's when a group member's
    /// first sense is in it.
    fn class_key(&self, class: u32) -> ConceptId {
        match self.curated_classes.get(&class) {
            Some(&g) => curated_key(g),
            None => ConceptId(class),
        }
    }

    /// One key per word: words that align usually share it. It is the
    /// concept class of the word's first lemma's first sense, where classes
    /// join synsets linked by derivation between the first senses of both
    /// words, never through a person (`arrest` the verb and the noun, and
    /// `acquit` / `acquittal`, share one; `murder` / `murderer` do not). A
    /// curated word has its group's key, and so does every word whose first
    /// sense is in the class of a member's first sense (`perish` shares
    /// `killed`'s key through `die`). `None` for words neither table knows.
    ///
    /// Limits: only first senses make it, so relations through a later
    /// sense (`convict` / `conviction`: conviction's second sense;
    /// `vessel`'s watercraft sense is its second), hypernyms (`ship` /
    /// `vessel`), causes and entailments (`slay` / `die`) and
    /// adjective–noun links (`wide` / `width`) do not share it. Equal keys
    /// are for blocking, not meaning: confirm with
    /// [`Lexical::same_meaning`]. For complete blocking use
    /// [`Lexical::concept_keys`] with [`Lexical::related_keys`].
    pub fn concept_key(&self, word: &str, pos: Pos) -> Option<ConceptId> {
        let w = lower(word);
        let lemmas = self.analyses(&w, pos);
        let lemma = lemmas.first().unwrap_or(w.as_ref());
        if let Some(g) = self.curated.group(lemma, pos) {
            return Some(curated_key(g));
        }
        Some(self.class_key(self.wordnet_key(lemma, pos)?))
    }

    /// Every key to index a word under: the curated group of each of its
    /// lemmas and the concept class of each of their first
    /// [`Lexical::senses`] senses (the first is [`Lexical::concept_key`]'s
    /// unless a later lemma is curated). Keys may repeat. Nothing for words
    /// neither table knows (compare those by spelling).
    pub fn concept_keys(&self, word: &str, pos: Pos, mut key: impl FnMut(ConceptId)) {
        let w = lower(word);
        let lemmas = self.analyses(&w, pos);
        let list = if lemmas.is_empty() {
            &[w.as_ref()][..]
        } else {
            lemmas.as_slice()
        };
        for lemma in list {
            if let Some(g) = self.curated.group(lemma, pos) {
                key(curated_key(g));
            }
            let Some(senses) = self.senses_of(lemma, pos) else {
                continue;
            };
            for id in senses.first() {
                if let Some(s) = self.synsets.get(id) {
                    key(self.class_key(s.key));
                }
            }
        }
    }

    /// The senses of `lemma` as `pos`, when the table knows it.
    fn senses_of(&self, lemma: &str, pos: Pos) -> Option<super::table::Senses> {
        self.words
            .find(lemma.as_bytes())
            .and_then(|r| r.senses(pos))
    }

    /// The keys to look a word up under besides its
    /// [`Lexical::concept_keys`]: the concept classes one relation away
    /// from its lemmas' first senses (derivation not through a person,
    /// adjective–noun, the noun hypernym, cause, entailment): `ship` finds
    /// `vessel`, `convict` finds `conviction`, `slay` finds `die`. Keys may
    /// repeat.
    pub fn related_keys(&self, word: &str, pos: Pos, mut key: impl FnMut(ConceptId)) {
        let w = lower(word);
        let lemmas = self.analyses(&w, pos);
        for lemma in lemmas.as_slice() {
            let Some(senses) = self.senses_of(lemma, pos) else {
                continue;
            };
            for id in senses.first() {
                let Some(s) = self.synsets.get(id) else {
                    continue;
                };
                for list in List::ALL {
                    for target in s.list(list) {
                        let Some(t) = self.synsets.get(target) else {
                            continue;
                        };
                        let person = |l| l == Lexname::NOUN_PERSON;
                        if list == List::Derivation && (person(s.lexname) || person(t.lexname)) {
                            continue;
                        }
                        key(self.class_key(t.key));
                    }
                }
            }
        }
    }
}

fn curated_key(group: u16) -> ConceptId {
    ConceptId(ConceptId::CURATED | u32::from(group))
}
