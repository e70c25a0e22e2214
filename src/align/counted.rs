//! Quantities keyed by what they count: blocks on the lexical keys of a
//! figure's predicate and counted thing, which figures of one source are
//! several values of one thing, and whether two figures count the same
//! thing ([`Counted`] holds the keys the extractor read).

use crate::claims::{text, Claim, Counted, SOFT_PLACE};
use crate::lexical::{ConceptId, Lexical, Pos, Relation};

/// Most blocks a keyed quantity falls in (its class, then its predicate's
/// and its thing's concept keys).
pub(super) const MAX_KEYED_BLOCKS: usize = 8;

/// The block texts of a keyed quantity besides its class: `p` and `t`
/// with the concept keys (and the keys one relation away) of its
/// predicate and thing, so that `killed` meets `died` and `ships` meets
/// `vessels` in a block of their own.
pub(super) fn key_blocks(counted: &Counted, mut f: impl FnMut(&str)) {
    let lex = Lexical::embedded();
    let mut seen: Vec<(char, ConceptId)> = Vec::new();
    let mut push = |tag: char, id: ConceptId| {
        if !seen.contains(&(tag, id)) && seen.len() + 1 < MAX_KEYED_BLOCKS {
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
        .filter(|t| super::objects::is_model(t))
    {
        f(&format!("model {model}"));
    }
}

/// The block texts of an event frame's predicate (`verb:detain`,
/// `noun:acquittal`): its concept keys and those one relation away, so
/// that `acquitted` meets `acquittal` and `arrested` meets `detained`.
pub(super) fn frame_blocks(class: &str, mut f: impl FnMut(&str)) {
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

/// What groups the figures of one source as values of one thing: the
/// class, the predicate's concept key and the scope. Two different
/// values under one such key make both ambiguous (which one another
/// source's figure answers is a guess); figures of different predicates
/// or scopes are not.
///
/// A figure with no predicate is compared by its class and sentence only,
/// as before keys: any other value of its class in its source makes it
/// ambiguous.
pub(super) fn ambiguity_key(c: &Claim) -> String {
    let s = &c.subject;
    // Ages are several values of one thing only for one holder; a holder
    // named by a noun is told apart by what was done to it (`assaulting
    // a 12-year-old girl`, `marrying a 15-year-old girl`).
    if s.class == crate::claims::age::AGE_CLASS {
        let predicate = s
            .counted
            .as_deref()
            .and_then(|k| k.predicate.as_deref())
            .filter(|_| s.participants.is_empty());
        return format!("{}|{}", age_holder_key(c), predicate.unwrap_or(""));
    }
    // A price keyed by its item (`$799 for the 12-inch model`) is one
    // value of that item's price.
    let keyed = |k: &&Counted| k.predicate.is_some() || crate::claims::item_of(&k.scope).is_some();
    let Some(counted) = s.counted.as_deref().filter(keyed) else {
        return s.class.to_string();
    };
    let lex = Lexical::embedded();
    let predicate = counted
        .predicate_word()
        .map(|(pos, lemma)| match lex.concept_key(lemma, pos) {
            Some(id) => id.get().to_string(),
            None => lemma.to_string(),
        })
        .unwrap_or_default();
    // A day does not split a source's figures: `six on Monday` and `14 by
    // Tuesday` are one count told twice. Nor does a place named before
    // a figure (`In Velk, 10 were killed` beside `12 were killed` in a
    // district the sentence names too far from its figure to scope it).
    // A crowd's place, though, is which crowd it is (`In Velk, 8,000
    // marched` beside `tens of thousands took to the streets`).
    let crowd = counted.predicate_word().is_some_and(is_crowd);
    let scope: Vec<&str> = counted
        .scope
        .iter()
        .map(String::as_str)
        .filter(|s| {
            !is_soft(s)
                || crowd && (s.starts_with(SOFT_PLACE) || s.starts_with(crate::claims::ESTIMATOR))
        })
        .collect();
    // `Vell served six years`, `Brand served 12 years`: spans of time
    // told of different named people are no rival values of one span.
    let whose = if is_duration_class(&s.class) {
        s.participants.join(",")
    } else {
        String::new()
    };
    format!("{}|{predicate}|{}|{whose}", s.class, scope.join(","))
}

/// Whether a quantity's class is a unit of time (`year`, `month`).
fn is_duration_class(class: &str) -> bool {
    crate::quantity::Units::defaults()
        .measure(class)
        .is_some_and(|m| m.dimension == crate::quantity::DURATION)
}

/// An age's holder: the person named, else the person noun.
pub(super) fn age_holder_key(c: &Claim) -> String {
    let s = &c.subject;
    let thing = s.counted.as_deref().and_then(|k| k.thing.as_deref());
    format!(
        "{}|{}|{}",
        s.class,
        s.participants.join(","),
        thing.unwrap_or("")
    )
}

/// How two figures' keys relate, when they may count the same thing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KeyMatch {
    /// How the predicates relate (both present).
    pub predicate: Option<Relation>,
    /// How the counted things relate (both present).
    pub thing: Option<Relation>,
    /// Both predicates are of one curated group: an outcome news counts
    /// (`killed` / `died`).
    pub outcome: bool,
    /// Both figures name the same place, period or qualifier
    /// (`for his role in Watergate`, `in Salonika`): one count, told
    /// in sentences that may otherwise differ.
    pub scoped: bool,
    /// Both figures are ranges sharing one end (`from 7 to 40 years`,
    /// `between 6 and 40 years`): one spread told twice, which scopes
    /// them too.
    pub ranged: bool,
    /// Both sentences name the same people, and the predicates relate
    /// (`Vell was sentenced to seven years` / `Vell received a five-year
    /// sentence`): what those people did or underwent is one count.
    pub people: bool,
    /// Those people's figures also name the same period or qualifier
    /// (`in 1971 … Vell was sentenced to six years` / `Vell, in 1971,
    /// received a four-year sentence`): who, what and when say it is one
    /// count, however the sentences differ.
    pub people_scoped: bool,
    /// Both figures count the instalments of one period and amount (`24
    /// monthly payments of $20` / `20 monthly payments of $20`): one
    /// plan's terms.
    pub instalment: bool,
    /// Both sentences list three or more counts of the very same things
    /// (`14 rifles, 31 magazines and 900 rounds` / `six rifles, 12
    /// magazines and 300 rounds`): one inventory told twice (see `lists`;
    /// set when scoring).
    pub listed: bool,
    /// Both figures are prices of one item (`$1,099 for the 13-inch
    /// model` / `starts at $1,199 for the 13-inch option`): the item
    /// says which price it is.
    pub item: bool,
    /// Neither figure has a predicate, and both count one man-made
    /// object (`three boats` / `two boats`; see `objects`; set when
    /// scoring): the object says which count it is.
    pub object: bool,
}

impl KeyMatch {
    /// Both figures say what was done, and it is the same: with the
    /// counted thing compatible, this is strong evidence of one count.
    pub fn keyed(&self) -> bool {
        self.predicate.is_some()
    }
}

/// Whether two lemmas relate: the same lemma, or a relation the lexical
/// tables know.
pub(super) fn relate(a: (Pos, &str), b: (Pos, &str)) -> Option<Relation> {
    if a.1 == b.1 {
        return Some(Relation::Same);
    }
    Lexical::embedded().same_meaning(a.1, a.0, b.1, b.0)
}

/// Whether both figures have a predicate and the two relate (`killed` /
/// `killed`, `killed` / `died`).
pub(super) fn same_predicate(a: &Counted, b: &Counted) -> bool {
    match (a.predicate_word(), b.predicate_word()) {
        (Some(x), Some(y)) => relate(x, y).is_some(),
        _ => false,
    }
}

/// Whether two keyed figures may count the same thing: predicates that
/// both figures give must relate, counted things that both give must
/// relate (else their classes must be equal), and scopes must agree (a
/// scope only one figure gives must be named in the other's sentence).
/// `same_class`: the claims' classes (unit or dimension) are equal.
pub(super) fn match_keys(a: &Claim, b: &Claim, same_class: bool) -> Option<KeyMatch> {
    let (ka, kb) = (a.subject.counted.as_deref()?, b.subject.counted.as_deref()?);
    // A sum over parts is compared with sums only.
    let combined = |c: &Claim| c.subject.class.starts_with("combined ");
    if combined(a) != combined(b) {
        return None;
    }
    // Figures about different people or countries (`Gotti won two`,
    // `Gigante won 21`; `the Red Sox offered Teixeira eight years`, `the
    // Orioles offered Teixeira seven`) are about different things: the
    // participants one sentence names must all be named by the other.
    let (pa, pb) = (&a.subject.participants, &b.subject.participants);
    let (fewer, more) = if pa.len() <= pb.len() {
        (pa, pb)
    } else {
        (pb, pa)
    };
    if !fewer.is_empty() && !fewer.iter().all(|p| more.contains(p)) {
        return None;
    }
    let predicate = match (ka.predicate_word(), kb.predicate_word()) {
        (Some(x), Some(y)) => Some(relate(x, y)?),
        // `a depth of 12 miles` and `12 miles west of the town`: a noun
        // the figure measures says which measure it is.
        (Some((Pos::Noun, _)), None) | (None, Some((Pos::Noun, _))) => return None,
        _ => None,
    };
    let lex = Lexical::embedded();
    let outcome = match (ka.predicate_word(), kb.predicate_word()) {
        (Some((px, x)), Some((py, y))) => {
            lex.same_curated_group(x, px, y, py)
                && (!is_crowd((px, x)) || one_estimator(ka, kb))
                && !timed(a)
                && !timed(b)
        }
        _ => false,
    };
    let thing = match (&ka.thing, &kb.thing) {
        (Some(x), Some(y)) => {
            Some(relate((Pos::Noun, x), (Pos::Noun, y)).or_else(|| any_person(ka, kb, outcome))?)
        }
        _ if same_class => None,
        // Counts of different classes (`50 were injured` and `80 people
        // were wounded`): only the predicates can say they are one count.
        // Measures of different dimensions never are.
        _ if is_count(a) && is_count(b) => {
            predicate?;
            // `arrested 23` / `seized two boats`: under the words of a
            // group of people (`any_person`), a thing that is no person
            // is another count.
            let people_group = outcome
                && ka
                    .predicate_word()
                    .is_some_and(|(pos, lemma)| lex.curated_any_person(lemma, pos));
            // Nor does a bare count meet a count of some people (`arrested
            // 23` / `detaining 12 Greeks and 11 Turks`): only `people`.
            let other = |k: &Counted| k.thing.as_deref().is_some_and(|t| t != "person");
            if people_group && (other(ka) || other(kb)) {
                return None;
            }
            None
        }
        _ => return None,
    };
    if !scopes_agree(ka, a, kb, b) {
        return None;
    }
    // A day one figure is dated by and the other is not (see
    // `scopes_agree`) neither names nor breaks the scope.
    let named = |k: &Counted| {
        k.scope
            .iter()
            .filter(|s| *s != "part" && !s.starts_with("day "))
            .cloned()
            .collect::<Vec<_>>()
    };
    // `married twice` / `married three times`: how often the people both
    // sentences name did one thing is one count, however the sentences
    // around it differ.
    let frequency = |c: &Claim| c.subject.class == FREQUENCY_CLASS;
    let often = frequency(a) && frequency(b) && predicate.is_some() && !fewer.is_empty();
    // Two ranges sharing an end (`from 7 to 75 years`, `between six and
    // 75 years`) are one spread told twice (see `ranges`).
    let ranged = predicate.is_some() && super::ranges::share_an_end(a, b);
    // `Vell was sentenced to seven years` / `Vell received a five-year
    // sentence`: related predicates of the very people both sentences
    // name say which count it is.
    let people = predicate.is_some()
        && !pa.is_empty()
        && pa.iter().all(|p| pb.contains(p))
        && pb.iter().all(|p| pa.contains(p));
    // `moved to Ashford, Kent, three years ago` / `had been living in
    // Ashford for the past five years`: how long one has lived at a place
    // both name is one span.
    let resided = predicate.is_some() && super::terms::lived_at_one_place(ka, kb);
    let named_alike = !named(ka).is_empty() && named(ka) == named(kb);
    let scoped = often || ranged || people || resided || named_alike;
    // People are counted in many roles in one story (killed, injured,
    // arrested, evacuated): a count of people is compared only when both
    // figures say what happened to them.
    if predicate.is_none() && (counts_people(ka) || counts_people(kb)) {
        return None;
    }
    // Sums of money are many in one story too (a loss, a debt, an offer):
    // one that says what was done with it (`lost $6 billion`) is not one
    // that does not (`its $27 billion`).
    let said = |k: &Counted| k.predicate_word().is_some();
    if (is_money(a) || is_money(b)) && said(ka) != said(kb) {
        return None;
    }
    let item = crate::claims::item_of(&ka.scope)
        .is_some_and(|x| crate::claims::item_of(&kb.scope) == Some(x));
    Some(KeyMatch {
        predicate,
        thing,
        outcome,
        scoped,
        ranged,
        people,
        people_scoped: people && named_alike,
        instalment: super::terms::one_plan(ka, kb),
        listed: false,
        item,
        object: false,
    })
}

/// The curated group of crowds (`rules/lexical/curated.toml`): a story
/// tells of many gatherings (a march, a sit-down, a rally days apart), so
/// two crowd figures are no toll told twice: they compare as keyed
/// figures do, by their sentences or a place both name, never by their
/// predicates alone.
const CROWDS: &str = "crowds";

/// Both crowd figures are one estimator's (`Police said 20,000 marched`
/// / `police put the march at 30,000`): one crowd, as an outcome is.
fn one_estimator(ka: &Counted, kb: &Counted) -> bool {
    let by = |k: &Counted| -> Option<String> {
        k.scope
            .iter()
            .find(|s| s.starts_with(crate::claims::ESTIMATOR))
            .cloned()
    };
    by(ka).is_some_and(|a| by(kb) == Some(a))
}

/// Whether a predicate is a crowd's (`marched`, `took to the streets`).
fn is_crowd((pos, lemma): (Pos, &str)) -> bool {
    Lexical::embedded().curated_group_name(lemma, pos) == Some(CROWDS)
}

/// The class of a count of occasions (`twice`, `three times`).
pub(crate) const FREQUENCY_CLASS: &str = "time";

/// Whether a quantity counts things (a bare number or a count noun), as
/// opposed to measuring (miles, dollars, years, percent).
fn is_count(c: &Claim) -> bool {
    let thing = c
        .subject
        .counted
        .as_deref()
        .is_some_and(|k| k.thing.is_some());
    thing || matches!(c.value, crate::claims::Value::Quantity { unit: None, .. })
}

/// Whether the figure is a sum of money (its unit a currency code).
fn is_money(c: &Claim) -> bool {
    matches!(&c.value, crate::claims::Value::Quantity { unit: Some(u), .. } if crate::quantity::is_currency_code(u))
}

/// Whether a figure counts occasions or time (`married twice`, `wed three
/// weeks ago`, `detained for two days`): not the outcome itself, so its
/// curated predicate does not spare the likeness of the sentences (two
/// people's marriages or detentions are told alike).
fn timed(c: &Claim) -> bool {
    matches!(&c.value, crate::claims::Value::Quantity { unit: Some(u), .. }
        if u.as_ref() == "time" || crate::quantity::Units::defaults()
            .measure(u)
            .is_some_and(|m| m.dimension == crate::quantity::DURATION))
}

/// `89 people were arrested` / `99 suspected members detained`: under
/// predicates of one curated group that says so (`any_person`), a count
/// of people meets a count of any person noun, `people` the broader.
fn any_person(ka: &Counted, kb: &Counted, outcome: bool) -> Option<Relation> {
    let lex = Lexical::embedded();
    let (pos, lemma) = ka.predicate_word()?;
    if !outcome || !lex.curated_any_person(lemma, pos) || !counts_people(ka) || !counts_people(kb) {
        return None;
    }
    match (ka.thing.as_deref()?, kb.thing.as_deref()?) {
        ("person", _) => Some(Relation::Hypernym(crate::lexical::Dir::Backward)),
        (_, "person") => Some(Relation::Hypernym(crate::lexical::Dir::Forward)),
        _ => None,
    }
}

/// Whether the figure counts people (`people`, `workers`, `victims`).
fn counts_people(k: &Counted) -> bool {
    k.thing.as_deref().is_some_and(|t| {
        t == "person"
            || Lexical::embedded().first_lexname(t) == Some(crate::lexical::Lexname::NOUN_PERSON)
    })
}

/// Whether a scope restricts softly: a day (`day sunday`) or a place
/// named just before the figure (`at lyon`).
fn is_soft(scope: &str) -> bool {
    scope.starts_with("day ")
        || scope.starts_with(SOFT_PLACE)
        || scope.starts_with(crate::claims::ESTIMATOR)
}

/// The scope entries of a figure that start with `prefix` (`at lyon`).
pub(super) fn scopes_with<'k>(k: &'k Counted, prefix: &str) -> Vec<&'k String> {
    k.scope.iter().filter(|s| s.starts_with(prefix)).collect()
}

/// Scopes agree when both figures give the same ones, or the scopes only
/// one gives are named in the other's sentence. A day (`day sunday`)
/// restricts softly: two different days disagree, a day only one figure
/// names does not (articles of one story name the day or not).
fn scopes_agree(ka: &Counted, a: &Claim, kb: &Counted, b: &Claim) -> bool {
    let named_in = |scope: &str, c: &Claim| {
        scope
            .split(' ')
            .filter(|w| !matches!(*w, "among" | "per" | "last" | "this" | "next" | "of"))
            .all(|w| c.subject.context.contains(&text::stem(w)))
    };
    // Days, and places named just before a figure (`at lyon`), restrict
    // softly: two different ones disagree, one only one figure names
    // does not.
    for prefix in ["day ", SOFT_PLACE, crate::claims::ESTIMATOR] {
        let (da, db) = (scopes_with(ka, prefix), scopes_with(kb, prefix));
        if !da.is_empty() && !db.is_empty() && !da.iter().any(|d| db.contains(d)) {
            return false;
        }
    }
    let soft = |s: &&String| is_soft(s);
    let (ha, hb): (Vec<&String>, Vec<&String>) = (
        ka.scope.iter().filter(|s| !soft(s)).collect(),
        kb.scope.iter().filter(|s| !soft(s)).collect(),
    );
    if !ha.is_empty() && !hb.is_empty() {
        return ha == hb;
    }
    ha.iter().all(|s| named_in(s, b)) && hb.iter().all(|s| named_in(s, a))
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::claims::{claims_of, ClaimKind};

    use crate::claims::quantity_at as quantity;

    /// How the figures at `a.1` in sentence `a.0` and `b.1` in `b.0`
    /// meet, if they do.
    pub(in crate::align) fn meet(a: (&str, &str), b: (&str, &str)) -> Option<KeyMatch> {
        let (x, y) = (quantity(a.0, a.1), quantity(b.0, b.1));
        let same_class = x.subject.class == y.subject.class || super::super::both_durations(&x, &y);
        match_keys(&x, &y, same_class)
    }

    #[test]
    fn synonyms_and_curated_predicates_meet() {
        let m = meet(
            ("The storm killed 6 people and destroyed 40 homes.", "6"),
            ("Six people died when the storm hit.", "Six"),
        )
        .expect("killed / died");
        assert!(m.keyed());
        assert!(meet(
            ("Officials said 40 people were wounded.", "40"),
            ("Some 55 were injured in the blasts.", "55"),
        )
        .is_some_and(|m| m.keyed()));
    }

    #[test]
    fn arrested_people_meet_seized_members() {
        let m = meet(
            ("Officers said 52 people were arrested in the raids.", "52"),
            ("She was among 61 suspected gang members detained.", "61"),
        )
        .expect("people / members under arrest");
        assert!(m.keyed() && m.outcome);
        assert!(meet(
            ("Troops rounded up 40 people in the raid.", "40"),
            ("Some 45 militants were apprehended in the raid.", "45"),
        )
        .is_some());
        // The dead may be soldiers or civilians: no curated `any_person`.
        assert!(meet(
            ("The blast killed 6 people in the market.", "6"),
            ("Four soldiers were killed in the blast.", "Four"),
        )
        .is_none());
        // Seized rifles are no arrests; detained boats are no people.
        assert!(meet(
            ("Police said 12 people were arrested.", "12"),
            ("Police seized 14 rifles.", "14"),
        )
        .is_none());
        assert!(meet(
            ("The navy arrested 23 in the gulf.", "23"),
            ("The navy detained two boats in the gulf.", "two"),
        )
        .is_none());
        assert!(meet(
            ("The navy arrested 23 in the gulf.", "23"),
            ("The navy detained 12 Greeks in the gulf.", "12"),
        )
        .is_none());
    }

    #[test]
    fn a_scope_both_name_is_marked() {
        let m = meet(
            (
                "He served three years for his part in the Harwell affair.",
                "three",
            ),
            (
                "Dunmore served eight months in prison for his part in the Harwell case.",
                "eight",
            ),
        )
        .expect("serve / serve, one scope");
        assert!(m.keyed() && m.scoped);
        let m = meet(
            ("He served three years.", "three"),
            ("Dunmore served eight months in prison.", "eight"),
        )
        .expect("serve / serve");
        assert!(!m.scoped);
    }

    #[test]
    fn how_often_one_named_person_did_one_thing_is_scoped() {
        let twice = (
            "Ada Lorne married twice; her first marriage lasted a decade.",
            "twice",
        );
        let thrice = (
            "Ada Lorne, who had no children, was married three times.",
            "three",
        );
        assert!(meet(twice, thrice).is_some_and(|m| m.scoped));
        // Nobody named: no scope of its own.
        let m = meet(
            ("The bridge flooded twice.", "twice"),
            ("It had flooded three times, the council said.", "three"),
        );
        assert!(m.is_none_or(|m| !m.scoped));
    }

    #[test]
    fn different_predicates_never_meet() {
        assert_eq!(
            meet(
                ("The storm killed 6 people and destroyed 40 homes.", "6"),
                ("The storm injured 9 people overnight.", "9"),
            ),
            None
        );
        assert_eq!(
            meet(
                ("The storm killed 6 people and destroyed 40 homes.", "40"),
                ("The storm killed 9 people overnight.", "9"),
            ),
            None
        );
    }

    #[test]
    fn a_hypernym_thing_meets() {
        let m = meet(
            ("Rebels seized 12 ships off the coast.", "12"),
            ("Rebels seized 14 vessels off the coast.", "14"),
        )
        .expect("ships / vessels");
        assert!(matches!(m.thing, Some(Relation::Hypernym(_))));
    }

    #[test]
    fn different_scopes_never_meet() {
        assert_eq!(
            meet(
                ("About 20,000 people marched in Lyon on Friday.", "20,000"),
                ("About 30,000 people marched in Nantes on Friday.", "30,000"),
            ),
            None
        );
        // A scope only one figure gives, not named in the other sentence.
        assert_eq!(
            meet(
                ("The flood killed 14 people in Tarvos province.", "14"),
                ("The flood killed 30 people.", "30"),
            ),
            None
        );
        assert!(meet(
            ("The flood killed 14 people in Tarvos province.", "14"),
            ("In Tarvos, the flood killed 30 people.", "30"),
        )
        .is_some());
    }

    #[test]
    fn places_named_before_figures_scope_them_softly() {
        let m = meet(
            ("In Lyon, about 8,000 people marched on Friday.", "8,000"),
            (
                "Clashes broke out in Lyon, where 20,000 people marched.",
                "20,000",
            ),
        )
        .expect("one place");
        assert!(m.scoped);
        assert_eq!(
            meet(
                ("In Lyon, about 8,000 people marched.", "8,000"),
                ("In Nantes, about 20,000 people marched.", "20,000"),
            ),
            None
        );
        // A place only one figure names neither scopes nor blocks.
        assert!(meet(
            ("In Lyon, about 8,000 people marched.", "8,000"),
            ("About 20,000 people marched, police said.", "20,000"),
        )
        .is_some_and(|m| !m.scoped));
    }

    /// Asserts that `text` gives two figures that are not rival values
    /// of one count (their ambiguity keys differ).
    fn two_figures_not_rivals(text: &str) {
        let claims: Vec<Claim> = claims_of(text, Some("2024-05-02"))
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Quantity)
            .collect();
        assert_eq!(claims.len(), 2, "{text}");
        assert_ne!(
            ambiguity_key(&claims[0]),
            ambiguity_key(&claims[1]),
            "{text}"
        );
    }

    #[test]
    fn one_source_gives_several_things_without_ambiguity() {
        two_figures_not_rivals("The storm killed 6 people and injured 40 people.");
    }

    #[test]
    fn crowds_meet_by_their_idioms_but_not_as_tolls() {
        let m = meet(
            (
                "In Lyon, as many as 8,000 people took to the streets.",
                "8,000",
            ),
            (
                "Clashes broke out in Lyon, where 20,000 people marched.",
                "20,000",
            ),
        )
        .expect("took to the streets / marched, one place");
        assert!(m.keyed() && m.scoped && !m.outcome);
        // Two places: two crowds.
        assert_eq!(
            meet(
                ("About 8,000 people took to the streets of Lyon.", "8,000"),
                ("In Nantes, 20,000 people marched.", "20,000"),
            ),
            None
        );
    }

    #[test]
    fn crowds_of_two_places_in_one_source_are_not_ambiguous() {
        two_figures_not_rivals(
            "Tens of thousands of people took to the streets on Monday. \
             In Nantes, another 9,000 people marched.",
        );
    }

    #[test]
    fn prison_terms_of_one_named_person_meet_but_not_a_maximum() {
        // The most he could be given is no term given.
        assert_eq!(
            meet(
                (
                    "Dario Pelle faces up to 20 years in prison for the fraud.",
                    "20"
                ),
                (
                    "Dario Pelle was sentenced to six years in prison for the fraud.",
                    "six"
                ),
            ),
            None
        );
        // Who, what and when: no likeness of the sentences asked.
        let m = meet(
            ("In 1971 Dario Pelle was sentenced to six years.", "six"),
            (
                "Dario Pelle, in 1971, received a four-year sentence.",
                "four",
            ),
        )
        .expect("one person, one year");
        assert!(m.people_scoped);
        let m = meet(
            ("Dario Pelle was sentenced to six years in prison.", "six"),
            ("Dario Pelle received a four-year sentence.", "four"),
        )
        .expect("sentenced / sentence, one person");
        assert!(m.people && m.scoped);
        // Another person's term.
        assert_eq!(
            meet(
                ("Dario Pelle was sentenced to six years in prison.", "six"),
                ("Ivo Brand received a four-year sentence.", "four"),
            ),
            None
        );
    }

    #[test]
    fn related_predicates_of_the_same_named_people_are_scoped() {
        let m = meet(
            ("Tomas Vell was sentenced to nine years in prison.", "nine"),
            ("The judge gave Tomas Vell a six-year sentence.", "six"),
        )
        .expect("sentenced / sentence, one person");
        assert!(m.people && m.scoped);
        // Nobody named: no scope of its own.
        let m = meet(
            ("He was sentenced to nine years in prison.", "nine"),
            ("The judge gave him a six-year sentence.", "six"),
        );
        assert!(m.is_none_or(|m| !m.people && !m.scoped));
    }
}
