//! The blocks of a keyed quantity or event frame: the concept keys of its
//! predicate and counted thing, so that related words meet.

use crate::claims::Counted;
use crate::lexical::{ConceptId, Lexical, Pos};

/// Most blocks a keyed quantity falls in (its class, then its predicate's
/// and its thing's concept keys).
pub(in crate::align) const MAX_KEYED_BLOCKS: usize = 8;

/// The block, and the predicate key of one source's values, of the terms
/// a court gave (`jailed`, `sentenced`, `a sentence`).
pub(in crate::align) const CUSTODIAL_TERM: &str = "custodial term";

/// The block texts of a keyed quantity besides its class: `p` and `t`
/// with the concept keys (and the keys one relation away) of its
/// predicate and thing, so that `killed` meets `died` and `ships` meets
/// `vessels` in a block of their own.
pub(in crate::align) fn key_blocks(counted: &Counted, mut f: impl FnMut(&str)) {
    let lex = Lexical::embedded();
    // `jailed for six years` meets `a nine-year sentence` (see `terms`):
    // a block kept before the concept keys.
    let custodial = super::super::terms::custodial_word(counted);
    if custodial {
        f(CUSTODIAL_TERM);
    }
    let room = MAX_KEYED_BLOCKS - usize::from(custodial);
    let mut seen: Vec<(char, ConceptId)> = Vec::new();
    let mut push = |tag: char, id: ConceptId| {
        if !seen.contains(&(tag, id)) && seen.len() + 1 < room {
            seen.push((tag, id));
        }
    };
    if let Some((pos, lemma)) = counted.predicate_word() {
        lex.concept_keys(lemma, pos, |id| push('p', id));
        lex.related_keys(lemma, pos, |id| push('p', id));
    }
    if let Some(thing) = &counted.thing {
        lex.concept_keys(thing, Pos::Noun, |id| push('t', id));
        lex.related_keys(thing, Pos::Noun, |id| push('t', id));
    }
    for (tag, id) in seen {
        f(&format!("{tag}{}", id.get()));
    }
    // A model (`12 AK-47 rifles`, `seven AK-47s`) is in no table: its
    // code is its key.
    if let Some(model) = counted
        .thing
        .as_deref()
        .filter(|t| super::super::objects::is_model(t))
    {
        f(&format!("model {model}"));
    }
}

/// The block texts of an event frame's predicate (`verb:detain`,
/// `noun:acquittal`): its concept keys and those one relation away, so
/// that `acquitted` meets `acquittal` and `arrested` meets `detained`.
pub(in crate::align) fn frame_blocks(class: &str, mut f: impl FnMut(&str)) {
    let lex = Lexical::embedded();
    let (pos, lemma) = crate::claims::class_predicate(class);
    let mut seen: Vec<ConceptId> = Vec::new();
    let mut push = |id: ConceptId| {
        if !seen.contains(&id) && seen.len() < MAX_KEYED_BLOCKS {
            seen.push(id);
        }
    };
    lex.concept_keys(lemma, pos, &mut push);
    lex.related_keys(lemma, pos, &mut push);
    for id in seen {
        f(&format!("e{}", id.get()));
    }
}
