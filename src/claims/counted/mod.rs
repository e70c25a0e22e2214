//! What a number counts: the predicate (what was done: `killed`,
//! `injured`, `a population of`), the counted thing (`people`, `ships`)
//! and the scope (`in Athens`, `among the crew`, `last year`), read from
//! the words around a quantity. Alignment compares quantities by these
//! keys, through the lexical tables, so `the storm killed 6 people and
//! destroyed 40 homes` holds two figures that never meet, while `6 people
//! died` meets the first.
//!
//! No part-of-speech tagger: a predicate is a word the lexical tables know
//! as a verb, in an inflected form (`killed`, `killing`, `stole`), next to
//! the figure across a few function words; or a noun the figure measures
//! (`a death toll of 6`, `a depth of 12 miles`, `a five-year sentence`).

mod business;
mod crowd;
mod cue_hits;
mod frame_cues;
mod frames;
mod holder;
mod item;
mod keeping;
mod later;
mod length;
mod part;
mod particles;
mod predicate;
mod scope;
mod share;
mod span;

use super::{Counted, SentenceView};
use crate::lexical::{Lexical, Pos};
pub(super) use business::report_periods;
pub(crate) use business::{FISCAL, PERIOD, REPORTED};
pub(super) use frames::{carried_periods, frame_scopes, SentenceClauses};
pub(crate) use holder::HELD_BY;
pub(crate) use item::item_of;
use predicate::{
    after_value_word, hyphenated_noun, inflected_verb, noun_measured, offset_verb, predicate_after,
    value_of, verb_before,
};
pub(super) use scope::sentence_periods;
use scope::{
    dated_scope, included_part, ordered_part, partitive, period_scope, place_scope,
    qualifier_scope, season_scope,
};
pub(crate) use share::SHARE_OWNER;

/// The keys of the quantity at `start..end` of a sentence (byte offsets
/// into `sentence`, the original text; `view` is its lower-case view).
/// `unit` is the unit the scanner read, `measure` whether it is a unit of
/// measure or money (no counted thing then).
pub(super) fn counted(
    sentence: &str,
    view: &SentenceView,
    span: (usize, usize),
    unit: Option<&str>,
    measure: bool,
    anchor: Option<jiff::civil::Date>,
) -> Counted {
    let lex = Lexical::embedded();
    let (start, end) = span;
    let first_after = view.words.partition_point(|&(s, _)| s < end);
    let first_before = view.words.partition_point(|&(_, e)| e <= start);
    // `Three die in blast`: a unit word that is a counting verb of the
    // curated table (and no curated noun) is what happened, not a thing.
    let verb_unit =
        unit.filter(|u| lex.in_curated_group(u, Pos::Verb) && !lex.in_curated_group(u, Pos::Noun));
    let thing = match unit {
        _ if verb_unit.is_some() => None,
        // `17 of the hijacked ships` (unit `ship (part)`): a part of the
        // ships counts ships.
        Some(u) if !measure => u
            .strip_suffix(crate::quantity::PART_SUFFIX)
            .or(Some(u))
            .filter(|u| !u.contains(' ') && lex.knows(u, Pos::Noun))
            .map(|u| lex.lemma(u, Pos::Noun).into_owned()),
        _ => None,
    };
    // `12 AK-47 rifles`, `seven AK-47s`, `three M16s`: the model is what
    // is counted, whatever noun follows it.
    let thing = match measure {
        true => thing,
        false => model_thing(&sentence[start..end]).or(thing),
    };
    // `buildings in seven villages were destroyed`, `two of the three
    // victims died`: a figure after a preposition is no subject or object
    // of the verbs around it.
    // `12 guns, three rifles`, `two women and one man`: a listed figure
    // is a part of what the list counts.
    let listed = listed_after_another(sentence, view, first_before);
    // `made off with $4 million`: `with` after a phrasal verb's particle
    // is the verb's, no preposition of its own.
    let phrasal = first_before
        .checked_sub(1)
        .is_some_and(|k| predicate::phrasal_verb(sentence, view, k, lex).is_some());
    let governed = (phrasal || !after_preposition(sentence, view, first_before)) && !listed;
    // `$60 million worth of paintings`: an amount is the value of goods.
    let money = unit.is_some_and(crate::quantity::is_currency_code);
    // `he was one of 45 suspects detained`: the whole set's predicate.
    let whole = whole_set(sentence, view, first_before);
    // `net profit rose 12 percent to $1.84 billion`: a report's figure
    // measures its clause's subject.
    let report = unit == Some("percent") || money;
    let measured = report
        .then(|| business::measured_subject(sentence, view, first_before, lex))
        .flatten();
    // `17 of the hijacked ships are still held`: a part with a verb of
    // its own after its whole counts what that verb is said of.
    let is_part = partitive(view, first_after);
    let own_part = (is_part && governed && !listed)
        .then_some(thing.as_deref())
        .flatten()
        .filter(|_| !inside_aside(sentence, view, (first_before, end), lex))
        .and_then(|t| part::part_predicate(sentence, view, (first_before, first_after), t, lex));
    // `received a five-year sentence`: the noun a hyphenated figure
    // modifies is what it measures, whatever verb governs the phrase.
    let predicate = verb_unit
        .map(|u| format!("verb:{}", lex.lemma(u, Pos::Verb)))
        // `20,000 people took to the streets`, `put the march at 30,000`.
        .or_else(|| crowd::crowd_predicate(sentence, view, (first_before, first_after)))
        .or_else(|| {
            (!listed)
                .then(|| hyphenated_noun(sentence, view, span, first_after, lex))
                .flatten()
        })
        // `the strike ended after 12 days`: how long the event lasted.
        .or_else(|| {
            unit.filter(|u| is_duration(u)).and_then(|_| {
                length::event_length(sentence, view, (first_before, first_after), lex)
            })
        })
        .or_else(|| {
            money
                .then(|| value_of(sentence, view, (end, first_after), lex))
                .flatten()
        })
        // `a share deal worth $7.4bn, betting on …`, `diamonds valued at
        // €85 million`: the value idiom names what the sum is the value
        // of, whatever verb stands around it.
        .or_else(|| {
            (money && after_value_word(view, first_before))
                .then(|| noun_measured(sentence, view, first_before, lex))
                .flatten()
        })
        .or_else(|| measured.as_ref().map(|(noun, _, _)| noun.clone()))
        .or_else(|| {
            governed
                .then(|| verb_before(sentence, view, first_before, lex))
                .flatten()
                // `earned $640 million`: the sum is the earnings.
                .map(|p| {
                    money
                        .then(|| business::reported_noun(&p))
                        .flatten()
                        .unwrap_or(p)
                })
        })
        // `which employs about 38,000 people`.
        .or_else(|| business::count_verb(view, first_before))
        .or_else(|| {
            ((governed || whole) && !inside_aside(sentence, view, (first_before, end), lex))
                .then(|| predicate_after(sentence, view, first_after, lex))
                .flatten()
        })
        .or_else(|| own_part.clone())
        .or_else(|| {
            // `banned for two years`: how long the verb before `for` lasted.
            unit.filter(|u| is_duration(u))
                .and_then(|_| span::span_verb(sentence, view, first_before, lex))
        })
        .or_else(|| noun_measured(sentence, view, first_before, lex))
        .or_else(|| {
            // `1,000 residents had taken shelter`: residents who did
            // something are counted by what they did, not as a population.
            let acts = view.words.get(first_after).is_some_and(|&(s, _)| {
                let w = view.word(first_after);
                !broken(sentence, end, s)
                    && (AUXILIARIES.contains(&w) || inflected_verb(w, lex).is_some())
            });
            (!acts)
                .then(|| thing.as_deref().and_then(|t| role_noun(t, lex)))
                .flatten()
        });
    // `80 percent of its services`, `half of the company's sales`: what
    // a share is a share of, and whose.
    let base = (unit == Some("percent") && thing.is_none())
        .then(|| share::share_base(sentence, view, (end, first_after), lex))
        .flatten();
    let mut scope = Vec::new();
    // `faces up to 20 years`: the most that could be given.
    if faced_maximum(sentence, view, (start, first_before), lex) {
        scope.push(MAXIMUM_FACED.to_string());
    }
    // `had been living in Ashford for the past five years`: where.
    if predicate.as_deref() == Some(span::lived().as_str()) && unit.is_some_and(is_duration) {
        scope.extend(span::lived_places(sentence, view, first_before));
    }
    // `21 of 25 fights`, `two of the three victims`, `his first 17
    // passes`: a part of a whole.
    // `killing 10 and wounding other 70`: others than the killed, all
    // the wounded; `two other rifles` is a part of the rifles.
    let other_after_verb = first_before >= 2
        && view.word(first_before - 1) == "other"
        && inflected_verb(view.word(first_before - 2), lex).is_some();
    let ordered = ordered_part(view, first_before) && !other_after_verb;
    // A part keyed by its own verb is all that verb is said of.
    let counted_whole = own_part.is_some() && predicate == own_part && !ordered;
    // `killed two women and a man`: the women are a part of the dead.
    let listed_first = thing
        .as_deref()
        .is_some_and(|t| part::people_listed_first(sentence, view, first_after, t, lex));
    if listed || listed_first || (is_part && !counted_whole) || ordered {
        scope.push("part".to_string());
    } else if included_part(sentence, view, first_before) {
        scope.push(crate::claims::INCLUDED.to_string());
    }
    place_scope(sentence, view, (end, first_after), &mut scope);
    if let Some(place) = crowd::crowd_place(sentence, view, (first_before, first_after)) {
        scope.push(place);
    }
    // `Police said 20,000 marched`: who estimated a crowd.
    let crowd = predicate.as_deref().is_some_and(|p| {
        let (pos, lemma) = crate::claims::class_predicate(p);
        lex.curated_group_name(lemma, pos) == Some("crowds")
    });
    if let Some(by) = crowd.then(|| crowd::crowd_estimator(view)).flatten() {
        scope.push(by);
    }
    // `of the fishing trawlers` after a part counted whole names the
    // whole, no qualifier of the count.
    if thing.is_some() && !counted_whole {
        qualifier_scope(sentence, view, (end, first_after), lex, &mut scope);
    }
    period_scope(sentence, view, first_before, first_after, &mut scope);
    // `Lund, alleged to have smuggled 14 cars, is charged with fraud
    // between 2005 and 2006`: the aside's count is not dated by the charge.
    let aside = inside_aside(sentence, view, (first_before, end), lex);
    dated_scope(
        sentence,
        view,
        (first_before, first_after),
        anchor,
        aside,
        &mut scope,
    );
    season_scope(view, &mut scope);
    // `the Liberals won 19 seats`, `the Harbour Party took 44.2 per cent
    // of the vote`: whose figure it is; a party's share of the vote is
    // no part of another count.
    if let Some(held) = holder::holder_scope(sentence, view, first_before) {
        if unit == Some("percent") {
            scope.retain(|s| s != "part");
        }
        scope.push(held);
    }
    // A report's figure measured by a noun (`revenue of`, `net profit
    // rose to`): its period, whether it is forecast or a change.
    if report && predicate.as_deref().is_some_and(|p| p.starts_with("noun:")) {
        business::report_scopes(sentence, view, first_before, &mut scope);
        // `Honda sales dropped 34%`: the change, and whose sales.
        if let Some((_, change, owner)) = measured
            .as_ref()
            .filter(|m| predicate.as_deref() == Some(m.0.as_str()))
        {
            if *change {
                scope.push(business::CHANGE.to_string());
            }
            scope.extend(owner.clone());
        }
    }
    // `$1,099 for the 13-inch model and $1,799 for the 15-inch`: a price
    // keyed by its item; a list of prices of several items is no list of
    // parts of one whole.
    if let Some(item) = money
        .then(|| item::item_scope(sentence, view, (end, first_before, first_after)))
        .flatten()
    {
        if listed {
            scope.retain(|s| s != "part");
        }
        scope.push(item);
    }
    // A share keyed by its base is all of that share, no part of a count.
    let thing = match base {
        Some((noun, owner)) => {
            scope.retain(|s| s != "part");
            scope.extend(owner.map(|o| format!("{SHARE_OWNER}{o}")));
            Some(noun)
        }
        None => thing,
    };
    scope.sort();
    scope.dedup();
    Counted {
        predicate,
        thing,
        scope,
    }
}

/// Whether a unit is one of time (`year`, `month`, `day`).
fn is_duration(unit: &str) -> bool {
    crate::quantity::Units::defaults()
        .measure(unit)
        .is_some_and(|m| m.dimension == crate::quantity::DURATION)
}

/// The model a figure's words name (`12 AK-47 rifles`, `seven AK-47s`,
/// `three M16s`, `12 AK 47 guns`), lower case without hyphen, space or
/// plural `s`: `ak47`, `m16`. A model is a code of one to three capitals
/// and a number of one to four digits, run together, hyphenated or spaced.
fn model_thing(words: &str) -> Option<String> {
    let tokens: Vec<&str> = words
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-'))
        .collect();
    let code = |t: &str| (1..=3).contains(&t.len()) && t.bytes().all(|c| c.is_ascii_uppercase());
    let number = |t: &str| {
        let t = t.strip_suffix('s').unwrap_or(t);
        (1..=4).contains(&t.len()) && t.bytes().all(|c| c.is_ascii_digit())
    };
    let model = |c: &str, n: &str| {
        let n = n.strip_suffix('s').unwrap_or(n);
        format!("{}{n}", c.to_ascii_lowercase())
    };
    for (k, t) in tokens.iter().enumerate() {
        let split = t.find(|c: char| c.is_ascii_digit()).unwrap_or(t.len());
        let (c, n) = t.split_at(split);
        let c = c.strip_suffix('-').unwrap_or(c);
        if code(c) && number(n) {
            return Some(model(c, n));
        }
        if code(t) {
            if let Some(n) = tokens.get(k + 1).filter(|n| number(n)) {
                return Some(model(t, n));
            }
        }
    }
    None
}

/// The keys of an offset (`nine days earlier`, `three weeks ago`) whose
/// clause says what happened then: the verb as predicate and the side as
/// scope, `earlier than` or `later than` (`than` is never a context word,
/// so no sentence names the scope: offsets meet offsets of their side
/// only, never durations). `None` when no verb says it.
pub(super) fn offset_keys(
    sentence: &str,
    view: &SentenceView,
    start: usize,
    side: &str,
) -> Option<Counted> {
    let first_before = view.words.partition_point(|&(_, e)| e <= start);
    let lex = Lexical::embedded();
    // `moved to Kerrow four years ago`: how long one has lived there
    // (also past a place set off by commas: `moved to Ashford, Kent,
    // three years ago`), at the places named.
    let lived = || {
        (side != "after" && span::moved_there(sentence, view, first_before, lex)).then(|| Counted {
            predicate: Some(span::lived()),
            thing: None,
            scope: span::lived_places(sentence, view, first_before),
        })
    };
    let past_place = span::before_appositive_place(sentence, view, first_before) < first_before;
    if past_place {
        if let Some(keys) = lived() {
            return Some(keys);
        }
    }
    let predicate = offset_verb(sentence, view, first_before, lex)?;
    if let Some(keys) = lived() {
        return Some(keys);
    }
    let scope = if side == "after" {
        "later than"
    } else {
        "earlier than"
    };
    Some(Counted {
        predicate: Some(predicate),
        thing: None,
        scope: vec![scope.to_string()],
    })
}

/// The scope of a maximum faced (`faces up to 20 years`): no sentence
/// names both words, so it meets maximums only.
const MAXIMUM_FACED: &str = "maximum faced";

/// Whether a figure written as a bound (`up to`, `as many as`) follows a
/// verb of facing it (`faces`, `risks`; `[maximum]` in
/// `rules/quantity/scope.toml`): the most that could be given.
fn faced_maximum(
    sentence: &str,
    view: &SentenceView,
    (start, first_before): (usize, usize),
    lex: &Lexical,
) -> bool {
    let head: String = sentence
        .get(start..)
        .unwrap_or("")
        .chars()
        .take(14)
        .collect();
    let written = head.to_lowercase();
    let bound = ["up to ", "as many as ", "a maximum of "]
        .iter()
        .any(|b| written.starts_with(b));
    let Some(k) = first_before.checked_sub(1).filter(|_| bound) else {
        return false;
    };
    let verbs = &frame_cues::ScopeCues::defaults().maximum.verbs;
    lex.lemmas(view.word(k), Pos::Verb)
        .as_slice()
        .first()
        .is_some_and(|l| verbs.iter().any(|v| v == l))
}

/// Auxiliaries after a counted phrase: the figure is the subject of a verb.
const AUXILIARIES: &[&str] = &[
    "had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "can", "may",
];

/// `200,000 residents`, `40 detainees`: a person noun of a curated group
/// names what the count is by itself (a population, the arrested), as
/// its predicate would; `people` and `person` name nobody in particular.
fn role_noun(thing: &str, lex: &Lexical) -> Option<String> {
    let role = thing != "person"
        && lex.in_curated_group(thing, Pos::Noun)
        && lex.first_lexname(thing) == Some(crate::lexical::Lexname::NOUN_PERSON);
    role.then(|| format!("noun:{thing}"))
}

/// Prepositions whose object a figure can be (`in seven villages`).
const PREPOSITIONS: &[&str] = &[
    "in",
    "of",
    "at",
    "from",
    "with",
    "for",
    "on",
    "by",
    "among",
    "into",
    "between",
    "across",
    "throughout",
    "within",
    "per",
];

/// Whether the figure is the object of a preposition (`in seven
/// villages`, `two of the three victims`), across `the` and hedge words.
fn after_preposition(sentence: &str, view: &SentenceView, first_before: usize) -> bool {
    let mut next_start = view.words.get(first_before).map_or(sentence.len(), |w| w.0);
    for k in (first_before.saturating_sub(3)..first_before).rev() {
        let (s, e) = view.words[k];
        if broken(sentence, e, next_start) {
            return false;
        }
        let w = view.word(k);
        if matches!(
            w,
            "the" | "a" | "an" | "some" | "about" | "around" | "nearly" | "almost"
        ) {
            next_start = s;
            continue;
        }
        return PREPOSITIONS.contains(&w);
    }
    false
}

/// `he was one of 45 suspects detained`, `Roe, one of 12 people hurt`,
/// `she is among 30 people arrested`: the figure counts a whole set, and
/// a verb after its noun says what was done to all of it. Only after a
/// copula or an apposition's comma: in `one of the three victims died`
/// the verb is the one's.
fn whole_set(sentence: &str, view: &SentenceView, first_before: usize) -> bool {
    let mut k = first_before;
    while k > 0
        && matches!(
            view.word(k - 1),
            "the" | "some" | "about" | "around" | "nearly"
        )
    {
        k -= 1;
    }
    let at = match k.checked_sub(1).map(|j| view.word(j)) {
        Some("among") => k - 1,
        Some("of") if k >= 2 && view.word(k - 2) == "one" => k - 2,
        _ => return false,
    };
    let start = view.words[at].0;
    let tight = (at..first_before.min(view.words.len())).all(|j| {
        j + 1 >= view.words.len() || !broken(sentence, view.words[j].1, view.words[j + 1].0)
    });
    let copula = at.checked_sub(1).is_some_and(|j| {
        matches!(
            view.word(j),
            "is" | "was" | "are" | "were" | "been" | "be" | "being" | "as"
        ) && !broken(sentence, view.words[j].1, start)
    });
    let apposed = sentence[..start].trim_end().ends_with(',');
    tight && (copula || apposed)
}

/// `Roe, alleged to have 19 wives, is charged`, `Vell, who has three
/// children, was arrested`: a figure in an aside set off by commas, after
/// a verb of the aside, is no subject of the verb after the aside, which
/// is the main clause's. A comma right after the figure's words closes
/// the aside; the comma before it opens one when a verb (no reporting
/// verb: `police said 12 people, two of them children, died`) or `who`
/// stands between it and the figure.
fn inside_aside(
    sentence: &str,
    view: &SentenceView,
    (first_before, end): (usize, usize),
    lex: &Lexical,
) -> bool {
    let closed = sentence[end..].trim_start().starts_with(',');
    if !closed {
        return false;
    }
    let mut k = first_before;
    while k > 0 {
        let w = view.word(k - 1);
        let verb = matches!(w, "who" | "which" | "whose")
            || lex
                .lemmas(w, Pos::Verb)
                .as_slice()
                .first()
                .is_some_and(|l| {
                    crate::claims::text::inflected_form(w, l) && !super::frame::is_reporting_verb(l)
                        || matches!(w, "have" | "has" | "having" | "had")
                });
        if broken(
            sentence,
            view.words[k - 1].1,
            view.words.get(k).map_or(end, |x| x.0),
        ) {
            return false;
        }
        if verb {
            return opened_by_comma(sentence, view, k - 1);
        }
        k -= 1;
    }
    false
}

/// Whether a comma comes before word `k` in its clause with no other
/// clause break between (the aside's opening comma).
fn opened_by_comma(sentence: &str, view: &SentenceView, k: usize) -> bool {
    let gap = |j: usize| &sentence[view.words[j].1..view.words[j + 1].0];
    (0..k)
        .rev()
        .find(|&j| gap(j).contains(','))
        .is_some_and(|j| {
            (j + 1..k).all(|m| !broken(sentence, view.words[m].1, view.words[m + 1].0))
        })
}

/// Whether a lower-case word is a figure (digits, or a number word).
pub(super) fn is_figure(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            w,
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "dozen"
                | "hundred"
                | "thousand"
        )
}

/// `two women and one man died`, `seven rifles, two other rifles`: a
/// figure listed after another figure of its clause shares its verb with
/// the list, not with its own words.
fn listed_after_another(sentence: &str, view: &SentenceView, first_before: usize) -> bool {
    let Some(k) = first_before.checked_sub(1) else {
        return false;
    };
    let joined = view.word(k) == "and"
        || view.word(k) == "or"
        || sentence
            .get(view.words[k].1..view.words.get(first_before).map_or(sentence.len(), |w| w.0))
            .is_some_and(|gap| gap.trim() == ",");
    if !joined {
        return false;
    }
    // `a man and two women`: `a` is a figure in a list too.
    let Some(j) = (k.saturating_sub(4)..k).rev().find(|&j| {
        let w = view.word(j);
        (is_figure(w) && !w.contains(':')) || matches!(w, "a" | "an")
    }) else {
        return false;
    };
    // `10 killed and 80 injured`: the figure before has a verb of its
    // own, so these are two clauses, not a list.
    let lex = Lexical::embedded();
    !(j + 1..k).any(|m| {
        let w = view.word(m);
        lex.curated_adjective(w) || inflected_verb(w, lex).is_some()
    })
}

/// Whether the text between two words holds a clause break (a comma,
/// semicolon, colon, dash, bracket or quotation mark).
pub(super) fn broken(sentence: &str, from: usize, to: usize) -> bool {
    sentence.get(from..to).is_none_or(|gap| {
        gap.chars()
            .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '—' | '–'))
            || gap.contains(" - ")
    })
}

/// Pronouns that carry a sentence's event over from the one before.
pub(super) fn starts_with_pronoun(view: &SentenceView) -> bool {
    !view.words.is_empty() && matches!(view.word(0), "it" | "that" | "this" | "they" | "these")
}

/// Adds scopes to a figure's keys, kept sorted and once each.
pub(super) fn add_scopes(counted: &mut Counted, scopes: &[String]) {
    counted.scope.extend(scopes.iter().cloned());
    counted.scope.sort();
    counted.scope.dedup();
}

#[cfg(test)]
mod tests;
