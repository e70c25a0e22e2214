//! Existence: a thing that has held a state since a date (`the clinic has
//! served the town since 1992`, `Acme Freight has run the route since
//! 1990`) existed by then; the date it was founded or built (`founded the
//! clinic in 1995`, `the bridge was built in 1998`) is when it began. A
//! state held before its holder began is a contradiction; one held since
//! after it began is not. Each side is a claim of its own ([`HELD_SINCE`],
//! [`BEGAN`]) keyed by the thing, its name as written or its noun's lemma,
//! so that only one thing told the same way on both sides meets.

use super::super::text::{is_stopword, tense_at};
use super::super::{
    Claim, ClaimKind, Context, Doc, Extractor, SentenceView, Subject, Tense, Value,
};
use crate::gazetteer::PlaceKind;
use crate::lexical::{Lexical, Lexname, Pos};
use crate::temporal;

/// The class of a state held since a date.
pub const HELD_SINCE: &str = "since:exist";
/// The class of a thing's beginning (its founding, its building).
pub const BEGAN: &str = "began:exist";

/// Words that may open the phrase naming a thing, skipped.
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our"];
/// Auxiliaries of a state held up to now or to then (`has served`).
const PERFECT: &[&str] = &["has", "have", "had"];
/// Most words between the auxiliary and `since`, and in a thing's phrase.
const SPAN: usize = 8;

/// Extracts existence claims (see the module documentation).
pub struct ExistenceExtractor;

impl Extractor for ExistenceExtractor {
    fn kind(&self) -> ClaimKind {
        ClaimKind::Date
    }

    fn extract(&self, doc: &Doc, _ctx: &Context, out: &mut Vec<Claim>) {
        for (i, s) in doc.seg.sentences.iter().enumerate() {
            let sentence = doc.sentence_text(i);
            let view = &doc.sentences[i];
            for d in view.dates(sentence) {
                let Some((class, thing, from)) = held_since(view, sentence, d.start)
                    .map(|(t, at)| (HELD_SINCE, t, at))
                    .or_else(|| began(view, sentence, d.start, d.end).map(|t| (BEGAN, t, d.start)))
                else {
                    continue;
                };
                if person_or_country(doc, &thing) {
                    continue;
                }
                let direction = temporal::direction_at(sentence, d.start);
                let Some(resolved) = temporal::resolve(&d.form, doc.anchor, direction)
                    .filter(|r| r.interval().is_some())
                else {
                    continue;
                };
                let at = s.span.start;
                out.push(Claim {
                    source: doc.source.id,
                    kind: ClaimKind::Date,
                    subject: Subject {
                        key: format!("existence: {thing}").into(),
                        class: class.into(),
                        participants: vec![thing].into(),
                        tense: Tense::Past,
                        event_date: Some(resolved.clone()),
                        context: view.stems(),
                        counted: None,
                    },
                    value: Value::Date {
                        written: sentence[from..d.end].to_string(),
                        resolved: Some(resolved),
                    },
                    span: at + from..at + d.end,
                    sentence: s.span.clone(),
                    confidence: 0.7,
                    evidence: "existence: a state held since a date, or a beginning".into(),
                });
            }
        }
    }
}

/// The word index of the first word starting at or after byte `at`.
fn word_at(view: &SentenceView, at: usize) -> usize {
    view.words.partition_point(|&(s, _)| s < at)
}

/// `The clinic has served the town since 1992`: the thing that holds a
/// state since the date at `start` (the subject before a perfect
/// auxiliary, in the date's clause) and where `since` starts.
fn held_since(view: &SentenceView, sentence: &str, start: usize) -> Option<(String, usize)> {
    let k = word_at(view, start).checked_sub(1)?;
    if view.word(k) != "since" || k == 0 {
        return None;
    }
    let since = view.words[k].0;
    // The auxiliary, with no clause break between it and `since`.
    let aux = (k.saturating_sub(SPAN)..k)
        .rev()
        .find(|&j| PERFECT.contains(&view.word(j)))?;
    if sentence[view.words[aux].1..since].contains([',', ';', ':']) {
        return None;
    }
    // The subject: the words before it back to the clause's start.
    let first = (aux.saturating_sub(SPAN)..aux)
        .rev()
        .take_while(|&j| {
            let gap = &sentence[view.words[j].1..view.words[j + 1].0];
            !gap.contains([',', ';', ':', '(', '"', '“'])
        })
        .last()?;
    let before = sentence[..view.words[first].0].trim_end();
    (before.is_empty() || before.ends_with([',', ';']))
        .then(|| thing(view, sentence, first, aux, true))
        .flatten()
        .map(|t| (t, since))
}

/// `founded the clinic in 1995`, `In 1995, two nurses founded the
/// clinic`, `the bridge was built in 1998`: the thing a beginning act
/// (`beginning-acts` in `rules/lexical/frames.toml`) dated by the date at
/// `start..end` began. The date must be adverbial (after `in` or `on`:
/// `built for the 1996 Games` dates the Games), the verb told in a past
/// form (`founded`, `built`) within a few words of it, and the act told,
/// not expected.
fn began(view: &SentenceView, sentence: &str, start: usize, end: usize) -> Option<String> {
    let at = word_at(view, start);
    if !matches!(view.word(at.checked_sub(1)?), "in" | "on")
        || tense_at(sentence, start) != Tense::Past
    {
        return None;
    }
    let lex = Lexical::embedded();
    let beginning = |j: usize| {
        let w = view.word(j);
        let lemma = lex.lemma(w, Pos::Verb);
        lemma != w
            && !w.ends_with("ing")
            && !w.ends_with('s')
            && super::super::frame::is_beginning_act(&lemma)
    };
    let after = word_at(view, end);
    let verb = (1..=SPAN).find_map(|n| {
        [at.checked_sub(n + 1), Some(after + n - 1)]
            .into_iter()
            .flatten()
            .find(|&j| j < view.words.len() && beginning(j))
    })?;
    if own_date_across_and(view, sentence, at, after, verb) {
        return None;
    }
    let last = verb;
    let passive = verb > 0 && matches!(view.word(verb - 1), "was" | "were");
    if passive {
        // `The Harbor Clinic was founded in 1995`: the subject before `was`.
        let aux = verb - 1;
        let first = (aux.saturating_sub(SPAN)..aux)
            .rev()
            .take_while(|&j| !sentence[view.words[j].1..view.words[j + 1].0].contains([',', ';']))
            .last()?;
        return thing(view, sentence, first, aux, true);
    }
    let stop = (last + 1 + SPAN).min(view.words.len());
    thing(view, sentence, last + 1, stop, false)
}

/// Coordinators that join two verb phrases (`was born in 1975 and
/// founded the dairy in 1998`).
const COORDINATORS: &[&str] = &["and", "but", "or"];

/// Whether the beginning verb at word `verb` lies across a coordinator
/// from the date (words `at..after`) and its own conjunct holds another
/// date: a date belongs to the verb of its own conjunct, so `born in 1975
/// and founded the dairy in 1998` dates the founding 1998 only, while
/// `was founded and built in 1990` (no date of its own) still takes it.
/// The verb's conjunct runs from the coordinator nearest the date away
/// from it, to a clause break or [`SPAN`] words past the verb.
fn own_date_across_and(
    view: &SentenceView,
    sentence: &str,
    at: usize,
    after: usize,
    verb: usize,
) -> bool {
    let coordinator = |j: &usize| COORDINATORS.contains(&view.word(*j));
    let breaks =
        |j: usize| sentence[view.words[j].1..view.words[j + 1].0].contains([',', ';', ':']);
    let (from, to) = if verb >= after {
        let Some(c) = (after..verb).find(coordinator) else {
            return false;
        };
        let end = (verb..(verb + SPAN).min(view.words.len() - 1))
            .find(|&j| breaks(j))
            .unwrap_or((verb + SPAN).min(view.words.len() - 1));
        (c + 1, end)
    } else {
        let Some(c) = (verb + 1..at).rev().find(coordinator) else {
            return false;
        };
        let start = (verb.saturating_sub(SPAN)..verb)
            .rev()
            .find(|&j| breaks(j))
            .map_or(verb.saturating_sub(SPAN), |j| j + 1);
        (start, c.saturating_sub(1))
    };
    view.dates(sentence).iter().any(|d| {
        let k = word_at(view, d.start);
        k != at && (from..=to).contains(&k)
    })
}

/// Whether a thing's name is a person the article names or a country or
/// first-level region of the gazetteer: neither is founded or built as a
/// clinic is, so neither holds an existence claim (`Croatia has exported
/// timber since 1950` meets no `established as an independent state in
/// 1991`).
fn person_or_country(doc: &Doc, thing: &str) -> bool {
    let named = thing.starts_with(char::is_uppercase);
    named
        && (person(doc, thing)
            || crate::gazetteer::Gazetteer::embedded()
                .lookup(thing)
                .iter()
                .any(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::Region)))
}

/// Whether a name is a person the article names: one it resolves to a
/// person, whose first word, when it has more than one, is no common noun
/// of several senses (the people finder may take `Apple Corps` for a
/// person; `Steve Jobs`, `Anna Kovac` and a surname alone stay people, a
/// first name that is such a noun, `Mark`, is left unguarded).
fn person(doc: &Doc, name: &str) -> bool {
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or_default().to_lowercase();
    let one_word = words.next().is_none();
    doc.people.resolve(name).is_some()
        && (one_word || Lexical::embedded().sense_count(&first, Pos::Noun) < 2)
}

/// The thing a phrase of words `from..to` names: a name (a run of
/// capitalised words, `of` or `and` between them) as written, else its
/// head noun's lemma, never a person's noun or a pronoun. `whole`: the
/// phrase must end where the name or noun ends (a subject before its
/// auxiliary); else the thing is the phrase's start (an object).
fn thing(
    view: &SentenceView,
    sentence: &str,
    from: usize,
    to: usize,
    whole: bool,
) -> Option<String> {
    let mut k = from;
    while k < to && DETERMINERS.contains(&view.word(k)) {
        k += 1;
    }
    if k >= to {
        return None;
    }
    let capital = |j: usize| sentence[view.words[j].0..].starts_with(char::is_uppercase);
    let joined = |j: usize| {
        j > k
            && sentence[view.words[j - 1].1..view.words[j].0]
                .chars()
                .all(|c| c == ' ')
    };
    if capital(k) && !is_stopword(view.word(k)) {
        let mut end = k;
        let mut j = k + 1;
        while j < to && joined(j) {
            if capital(j) {
                end = j;
            } else if !matches!(view.word(j), "of" | "and" | "for") {
                break;
            }
            j += 1;
        }
        if whole && end + 1 != to {
            return None;
        }
        // `the Tidewater clinic`: a name modifying a noun may be a town's
        // or an owner's; which thing it names is a guess.
        let next = end + 1;
        let noun = |w: &str| !is_stopword(w) && Lexical::embedded().knows(w, Pos::Noun);
        if next < to && joined(next) && noun(view.word(next)) {
            return None;
        }
        return Some(sentence[view.words[k].0..view.words[end].1].to_string());
    }
    // A common noun phrase: its last noun before a function word.
    let lex = Lexical::embedded();
    let mut head = None;
    for j in k..to {
        let w = view.word(j);
        if (j > k && !joined(j)) || is_stopword(w) || capital(j) {
            break;
        }
        if !lex.knows(w, Pos::Noun) {
            break;
        }
        head = Some(j);
    }
    let h = head?;
    if whole && h + 1 != to {
        return None;
    }
    let noun = lex.lemma(view.word(h), Pos::Noun);
    (lex.first_lexname(&noun) != Some(Lexname::NOUN_PERSON)).then(|| noun.into_owned())
}

/// The verdict of `event-date` on two claims when either is an existence
/// claim: a state held since before its holder began conflicts (a
/// warning: which thing a name or noun means is read, not known); a
/// state held since after it began agrees; two states (each a bound) and
/// two beginnings (compared as their acts' dates) are not compared here.
/// `None` when neither is an existence claim.
pub(crate) fn existence_conflict(a: &Claim, b: &Claim) -> Option<(Option<bool>, String)> {
    let (ca, cb) = (&*a.subject.class, &*b.subject.class);
    let (held, began) = match (ca, cb) {
        (HELD_SINCE, BEGAN) => (a, b),
        (BEGAN, HELD_SINCE) => (b, a),
        _ if is_existence_class(ca) || is_existence_class(cb) => {
            return Some((None, "two bounds or two beginnings of one thing".into()))
        }
        _ => return None,
    };
    let interval = |c: &Claim| match &c.value {
        Value::Date {
            resolved: Some(r), ..
        } => r.interval().map(|i| (i, r.display())),
        _ => None,
    };
    let (((_, held_hi), h), ((began_lo, _), g)) = (interval(held)?, interval(began)?);
    Some(if held_hi < began_lo {
        (
            Some(true),
            format!("held since {h}, before it began in {g}"),
        )
    } else {
        (
            Some(false),
            format!("held since {h}, after it began in {g}"),
        )
    })
}

/// Whether a class is an existence claim's ([`HELD_SINCE`], [`BEGAN`]).
pub(crate) fn is_existence_class(class: &str) -> bool {
    class == HELD_SINCE || class == BEGAN
}

/// Whether two classes are a state held since a date and a beginning.
pub(crate) fn is_existence_pair(a: &str, b: &str) -> bool {
    matches!((a, b), (HELD_SINCE, BEGAN) | (BEGAN, HELD_SINCE))
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, ClaimKind};

    /// The existence claims of a text: class, thing and date as written.
    fn existence(text: &str) -> Vec<(String, String, String)> {
        claims_of(text, Some("2011-05-03"))
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Date && c.subject.class.ends_with(":exist"))
            .map(|c| {
                let written = match &c.value {
                    crate::claims::Value::Date { written, .. } => written.clone(),
                    _ => String::new(),
                };
                (
                    c.subject.class.to_string(),
                    c.subject.participants.join(", "),
                    written,
                )
            })
            .collect()
    }

    fn one(class: &str, thing: &str, written: &str) -> Vec<(String, String, String)> {
        vec![(class.into(), thing.into(), written.into())]
    }

    #[test]
    fn a_state_since_a_date_names_its_holder() {
        assert_eq!(
            existence("The Marrow Creek Food Bank has fed the valley since 1994."),
            one(super::HELD_SINCE, "Marrow Creek Food Bank", "since 1994")
        );
        assert_eq!(
            existence("The ferry has carried cars across the sound since 1988, officials said."),
            one(super::HELD_SINCE, "ferry", "since 1988")
        );
        // A person holds no founded thing's state; a pronoun names nothing.
        assert!(existence("The nurse has worked there since 1994.").is_empty());
        assert!(existence("She has lived in the town since 1994.").is_empty());
        // `since` not bounding the perfect's clause.
        assert!(existence("Ticket sales, flat since 1994, have risen.").is_empty());
    }

    #[test]
    fn a_founding_names_what_began() {
        assert_eq!(
            existence("In 1996, two nurses founded the Marrow Creek Food Bank with a grant."),
            one(super::BEGAN, "Marrow Creek Food Bank", "1996")
        );
        assert_eq!(
            existence("The ferry was built in 1990 in Norway."),
            one(super::BEGAN, "ferry", "1990")
        );
        // A date belongs to the verb of its own conjunct.
        assert_eq!(
            existence("Piet Lamberts was born in 1975 and founded the goat dairy in 1998."),
            one(super::BEGAN, "dairy", "1998")
        );
        assert_eq!(
            existence("Piet Lamberts founded the dairy in 1998 and married in 2001."),
            one(super::BEGAN, "dairy", "1998")
        );
        // Two coordinated verbs with one date share it.
        assert_eq!(
            existence("The couple designed and built the footbridge in 1998."),
            one(super::BEGAN, "footbridge", "1998")
        );
        assert_eq!(
            existence("In 1998 the couple designed and built the footbridge."),
            one(super::BEGAN, "footbridge", "1998")
        );
        assert_eq!(
            existence("Piet Lamberts moved west and founded the goat dairy in 1998."),
            one(super::BEGAN, "dairy", "1998")
        );
        // A founding still to come begins nothing yet.
        assert!(existence("The town will build a ferry in 2030.").is_empty());
    }
}
