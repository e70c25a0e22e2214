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
    let mut key = String::new();
    for (tag, id) in seen {
        f(tagged_id(&mut key, tag, id));
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
    let mut key = String::new();
    for id in seen {
        f(tagged_id(&mut key, 'e', id));
    }
}

/// `tag` and the decimal digits of `id` (`p1042`), written into `key`:
/// the block texts of one claim share one buffer instead of a `format!`
/// each (these are built for every keyed figure and event frame).
fn tagged_id(key: &mut String, tag: char, id: ConceptId) -> &str {
    key.clear();
    key.push(tag);
    let mut n = id.get();
    let mut digits = [0u8; 10];
    let mut i = digits.len();
    loop {
        i -= 1;
        // `n % 10` is a digit: the cast keeps all of it.
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    key.extend(digits[i..].iter().map(|&d| char::from(d)));
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The buffer reads as the `format!` it replaces, for every length of
    /// number.
    #[test]
    fn tagged_ids_read_as_formatted() {
        let mut key = String::from("left over");
        for n in [0, 7, 10, 99, 1042, 65_535, 1 << 30, u32::MAX] {
            let id = ConceptId::for_test(n);
            assert_eq!(tagged_id(&mut key, 'p', id), format!("p{}", id.get()));
        }
    }
}
