//! Existence: a thing that has held a state since a date (`the clinic has
//! served the town since 1992`, `Acme Freight has run the route since
//! 1990`) existed by then; the date it was founded or built (`founded the
//! clinic in 1995`, `the bridge was built in 1998`) is when it began. A
//! state held before its holder began is a contradiction; one held since
//! after it began is not. Each side is a claim of its own ([`HELD_SINCE`],
//! [`BEGAN`]) keyed by the thing, its name as written or its noun's lemma,
//! so that only one thing told the same way on both sides meets.

mod began;
mod held;
mod thing;

use super::super::{
    Claim, ClaimKind, Context, Doc, Extractor, SentenceView, Subject, Tense, Value,
};
use crate::temporal;
use began::began;
use held::held_since;
use thing::person_or_country;

/// The class of a state held since a date.
pub const HELD_SINCE: &str = "since:exist";
/// The class of a thing's beginning (its founding, its building).
pub const BEGAN: &str = "began:exist";

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
