//! Comparing words: [`Lexical::same_meaning`].

use super::synsets::List;
use super::table::Senses;
use super::{lower, Dir, Lemmas, Lexical, Lexname, Pos, Relation};

/// At most this many first senses are compared per lemma (the tables keep
/// `SENSES` of them; 4 bounds the stack arrays whatever the tables say).
const MAX_SENSES: usize = 4;

/// A lemma's first synsets, on the stack.
#[derive(Clone, Copy, Default)]
struct First {
    ids: [u32; MAX_SENSES],
    len: usize,
}

impl First {
    fn of(senses: Option<Senses>) -> First {
        let mut out = First::default();
        for id in senses.into_iter().flat_map(|s| s.first()).take(MAX_SENSES) {
            out.ids[out.len] = id;
            out.len += 1;
        }
        out
    }

    fn ids(&self) -> &[u32] {
        &self.ids[..self.len]
    }
}

/// One side of a comparison: its lemmas and their first synsets.
struct Side<'a> {
    pos: Pos,
    /// The lemmas, or the word itself when it has none.
    lemmas: Lemmas<'a>,
    word: &'a str,
    first: [First; 6],
}

impl<'a> Side<'a> {
    /// The lemmas, or the word itself when it has none, and how many.
    fn names(&self) -> ([&'a str; 6], usize) {
        let mut out = [self.word; 6];
        let list = self.lemmas.as_slice();
        out[..list.len()].copy_from_slice(list);
        (out, list.len().max(1))
    }
}

impl Lexical {
    /// The senses of a lower-case word's first lemma under `pos`.
    pub(crate) fn lemma_senses(&self, word: &str, pos: Pos) -> Option<Senses> {
        let lemma = self.analyses(word, pos).first()?;
        self.words.find(lemma.as_bytes())?.senses(pos)
    }

    fn side<'a>(&self, word: &'a str, pos: Pos) -> Side<'a> {
        let lemmas = self.analyses(word, pos);
        let mut first = [First::default(); 6];
        for (slot, lemma) in first.iter_mut().zip(lemmas.as_slice()) {
            *slot = First::of(
                self.words
                    .find(lemma.as_bytes())
                    .and_then(|r| r.senses(pos)),
            );
        }
        Side {
            pos,
            lemmas,
            word,
            first,
        }
    }

    fn sides<'a>(&self, word: &'a str) -> [Side<'a>; 3] {
        Pos::ALL.map(|p| self.side(word, p))
    }

    /// Whether two words, each with its part of speech, denote the same
    /// thing, and by which relation (the strongest, in [`Relation`]'s
    /// order); `None` if no relation holds between their first senses.
    /// Every lemma of each word is tried (`found` is `found` and `find`).
    ///
    /// `same_meaning("wounded", Verb, "injured", Verb)` is `Synonym`;
    /// `("convict", Verb, "conviction", Noun)` is `Derivation`;
    /// `("ships", Noun, "vessels", Noun)` is `Hypernym(Forward)`;
    /// `("killed", Verb, "died", Verb)` is `Curated` (WordNet says
    /// `Cause(Forward)`).
    pub fn same_meaning(&self, a: &str, a_pos: Pos, b: &str, b_pos: Pos) -> Option<Relation> {
        let (la, lb) = (lower(a), lower(b));
        let (sa, sb) = (self.side(&la, a_pos), self.side(&lb, b_pos));
        self.relate(&sa, &sb)
    }

    /// [`Lexical::same_meaning`] over every part of speech of both words,
    /// for words whose part of speech is unknown: the strongest relation.
    pub fn same_meaning_any(&self, a: &str, b: &str) -> Option<Relation> {
        let (la, lb) = (lower(a), lower(b));
        let (sa, sb) = (self.sides(&la), self.sides(&lb));
        let mut best = None;
        for x in &sa {
            for y in &sb {
                if let Some(r) = self.relate(x, y) {
                    best = Some(best.map_or(r, |b: Relation| b.min(r)));
                }
            }
        }
        best
    }

    fn relate(&self, a: &Side, b: &Side) -> Option<Relation> {
        let ((la, na), (lb, nb)) = (a.names(), b.names());
        if a.pos == b.pos && la[..na].iter().any(|x| lb[..nb].contains(x)) {
            return Some(Relation::Same);
        }
        let pairs = || {
            a.first[..a.lemmas.as_slice().len()]
                .iter()
                .flat_map(move |fa| {
                    b.first[..b.lemmas.as_slice().len()]
                        .iter()
                        .flat_map(move |fb| {
                            fa.ids()
                                .iter()
                                .flat_map(move |&x| fb.ids().iter().map(move |&y| (x, y)))
                        })
                })
        };
        if a.pos == b.pos && pairs().any(|(x, y)| x == y) {
            return Some(Relation::Synonym);
        }
        let group = |l: &[&str], pos| l.iter().find_map(|w| self.curated.group(w, pos));
        if let (Some(ga), Some(gb)) = (group(&la[..na], a.pos), group(&lb[..nb], b.pos)) {
            if ga == gb {
                return Some(Relation::Curated);
            }
        }
        let linked = |list: List, x: u32, y: u32| -> Option<Dir> {
            if self.synsets.get(x)?.has(list, y) {
                Some(Dir::Forward)
            } else if self.synsets.get(y)?.has(list, x) {
                Some(Dir::Backward)
            } else {
                None
            }
        };
        let person = |x: u32| {
            self.synsets
                .get(x)
                .is_some_and(|s| s.lexname == Lexname::NOUN_PERSON)
        };
        let found = |list: List, skip_people: bool| {
            pairs().find_map(|(x, y)| {
                if skip_people && (person(x) || person(y)) {
                    return None;
                }
                linked(list, x, y)
            })
        };
        if found(List::Derivation, true).is_some() {
            return Some(Relation::Derivation);
        }
        if found(List::AdjectiveNoun, false).is_some() {
            return Some(Relation::AdjectiveNoun);
        }
        if let Some(dir) = found(List::Hypernym, false) {
            return Some(Relation::Hypernym(dir));
        }
        if let Some(dir) = found(List::Cause, false) {
            return Some(Relation::Cause(dir));
        }
        found(List::Entailment, false).map(Relation::Entailment)
    }
}

/// At most this many nominalisations are remembered per verb.
const MAX_NOMINALS: usize = 32;

/// Most senses a verb may have to meet another through a nominalisation
/// (`eject` has 4, `oust` 2; `find` 16, `meet` 13).
const MAX_NOMINAL_VERB_SENSES: usize = 4;

impl Lexical {
    /// Whether two verbs name one act through a shared nominalisation: a
    /// first sense of each is derivationally related to one noun synset
    /// (`eject` and `oust` both to `expulsion, ejection`), and WordNet does
    /// not relate them otherwise (it files them apart, one under the
    /// other, and keeps verb hypernyms out of these tables). The noun may
    /// be neither verb as a noun (`hit`, `sentence`: a derivation pointer
    /// is the synset's, and `convicted` and `sentenced` are two acts that
    /// a `conviction, sentence` synset would join) nor a person (`ouster`
    /// as the one ousted). Both verbs must have few senses: a pointer is
    /// the synset's, not the verb's, and a common verb's synsets hold many
    /// words (`find` shares a synset with `encounter`, whose noun
    /// `encounter, meeting` would join `found dead` to `met`). For event
    /// frames only: [`Lexical::same_meaning`] is unchanged.
    pub fn share_nominal(&self, a: &str, b: &str) -> bool {
        let (la, lb) = (lower(a), lower(b));
        let few = |w: &str| (1..=MAX_NOMINAL_VERB_SENSES).contains(&self.sense_count(w, Pos::Verb));
        if !few(&la) || !few(&lb) {
            return false;
        }
        let (xa, na) = self.nominals(&la);
        let (xb, nb) = self.nominals(&lb);
        // The verb as a noun: its lemma's (`sentenced` → `sentence`).
        let own = |word: &str, id: u32| {
            let verb = self.lemma(word, Pos::Verb);
            self.lemma_senses(&verb, Pos::Noun)
                .is_some_and(|s| s.first().any(|x| x == id))
        };
        xa[..na]
            .iter()
            .any(|&x| xb[..nb].contains(&x) && !own(&la, x) && !own(&lb, x))
    }

    /// The noun synsets (not people) a lower-case verb's first senses are
    /// derivationally related to.
    fn nominals(&self, word: &str) -> ([u32; MAX_NOMINALS], usize) {
        let side = self.side(word, Pos::Verb);
        let mut out = ([0u32; MAX_NOMINALS], 0);
        let lemmas = side.lemmas.as_slice().len();
        let targets = side.first[..lemmas]
            .iter()
            .flat_map(|f| f.ids().iter().copied())
            .filter_map(|id| self.synsets.get(id))
            .flat_map(|s| s.list(List::Derivation));
        for target in targets {
            let noun = self.synsets.get(target).is_some_and(|s| {
                s.lexname.name().starts_with("noun.") && s.lexname != Lexname::NOUN_PERSON
            });
            if noun && out.1 < MAX_NOMINALS {
                out.0[out.1] = target;
                out.1 += 1;
            }
        }
        out
    }
}
