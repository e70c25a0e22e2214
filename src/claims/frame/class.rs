//! Frame classes: a class's predicate, its bound (`since:verb:suspend`)
//! and whether two classes name one kind of event.

use crate::lexical::{Lexical, Pos, Relation};

/// The predicate of a frame class: part of speech and lemma
/// (`verb:detain` → verb `detain`); a lexicon event class (`summit`) is
/// read as a noun.
pub(crate) fn class_predicate(class: &str) -> (Pos, &str) {
    match class.split_once(':') {
        Some(("verb", lemma)) => (Pos::Verb, lemma),
        Some(("adj", lemma)) => (Pos::Adj, lemma),
        Some((_, lemma)) => (Pos::Noun, lemma),
        None => (Pos::Noun, class),
    }
}

/// The relations a date may bound an event by (`since 2004`, `until
/// Friday`, `by 2012`), written before the class of a bound's claim:
/// `since:verb:suspend`.
pub(crate) const BOUND_RELATIONS: &[&str] = &["since", "until", "by", "after", "before"];

/// The bound relation of a class, if any, and the event class it bounds.
fn split_bound(class: &str) -> (Option<&str>, &str) {
    BOUND_RELATIONS
        .iter()
        .find_map(|r| {
            let rest = class.strip_prefix(r)?.strip_prefix(':')?;
            Some((Some(*r), rest))
        })
        .unwrap_or((None, class))
}

/// Whether two frame classes name one kind of event: equal, or predicates
/// the lexical tables relate (`verb:acquit` / `noun:acquittal`,
/// `verb:arrest` / `verb:detain`, `meeting` / `verb:meet`), or verbs with
/// one nominalisation (`verb:eject` / `verb:oust`:
/// [`Lexical::share_nominal`]); not through an entailment (`verb:sentence`
/// / `verb:convict`: two acts in turn). A bound
/// (`since:verb:suspend`) is one only with the same bound of such an
/// event, never with the event's date.
pub fn same_event_class(a: &str, b: &str) -> bool {
    if a == b || crate::claims::is_existence_pair(a, b) {
        return true;
    }
    let ((ra, a), (rb, b)) = (split_bound(a), split_bound(b));
    if ra != rb {
        return false;
    }
    let ((pa, la), (pb, lb)) = (class_predicate(a), class_predicate(b));
    let lex = Lexical::embedded();
    // An entailment is no one act: `sentence` entails `convict`, which
    // comes weeks before it.
    let related = lex
        .same_meaning(la, pa, lb, pb)
        .is_some_and(|r| !matches!(r, Relation::Entailment(_)));
    la == lb
        || related
        || lex.same_curated_group(la, pa, lb, pb)
        // `ejected` / `ousted`: one act, named by one noun (`expulsion`).
        || (pa == Pos::Verb && pb == Pos::Verb && lex.share_nominal(la, lb))
        // `admitted` / `confessed`: one act of `one-acts` in the table.
        || (pa == Pos::Verb && pb == Pos::Verb && super::one_act(la).is_some_and(|g| super::one_act(lb) == Some(g)))
}

/// The block a verb frame of a `one-acts` group meets the group's other
/// verbs in (`act:admit` for `verb:confess`; a bound keeps its relation:
/// `since:act:admit`), if it is in one.
pub(crate) fn one_act_block(class: &str) -> Option<String> {
    let (bound, rest) = split_bound(class);
    let (pos, lemma) = class_predicate(rest);
    let group = (pos == Pos::Verb)
        .then(|| super::one_act(lemma))
        .flatten()?;
    Some(match bound {
        Some(r) => format!("{r}:act:{group}"),
        None => format!("act:{group}"),
    })
}

/// Whether two frame classes of location claims name one event's place:
/// one kind of event ([`same_event_class`]), or verbs of one `place-acts`
/// group (`verb:barricade` / `verb:arrest`: the arrest ends the standoff
/// where it happened). Dates never meet this way.
pub(crate) fn same_place_class(a: &str, b: &str) -> bool {
    let group = |class: &str| match split_bound(class) {
        (None, rest) => match class_predicate(rest) {
            (Pos::Verb, lemma) => super::place_act(lemma),
            _ => None,
        },
        _ => None,
    };
    same_event_class(a, b) || group(a).is_some_and(|g| group(b) == Some(g))
}

/// The block a verb frame of a `place-acts` group other than its first
/// meets the first in, for location claims: the first verb's own class
/// (`verb:arrest` for `verb:barricade`); none for the first verb, a bound
/// (`since:verb:barricade`) or any other class.
pub(crate) fn place_act_block(class: &str) -> Option<String> {
    let (None, rest) = split_bound(class) else {
        return None;
    };
    let (pos, lemma) = class_predicate(rest);
    let head = (pos == Pos::Verb)
        .then(|| super::place_act(lemma))
        .flatten()?;
    (head != lemma).then(|| format!("verb:{head}"))
}
