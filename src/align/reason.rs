//! [`Reason`]: why two claims were paired.
//!
//! A large run pairs millions of claims and shows the reasons only under
//! `--explain`, so a pair keeps the numbers behind its reason and the text
//! is written when it is shown.

use crate::claims::Claim;

/// Why two claims were paired, as the numbers the aligner measured; the
/// words come from [`Reason::text`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reason {
    /// Copies of one claim (same subject, value and tense) in a hot story.
    SameClaim,
    /// Quotes sharing content words.
    QuoteWords {
        /// Dice similarity of the quotes' stems, 0–1.
        similarity: f64,
        /// Stems they share (32 bits, so that a [`Reason`] is 16 bytes).
        shared: u32,
    },
    /// Short quotes with the same text up to small edits.
    SameQuote {
        /// Normalized edit similarity, 0–1.
        similarity: f64,
    },
    /// Counts or ordinals of one series.
    Series,
    /// A date or place of one event, met through shared participants.
    SharedParticipants {
        /// Participants both claims name.
        shared: usize,
    },
    /// A date or place of one event, met through similar sentences.
    EventContext {
        /// Dice similarity of the sentences' stems, 0–1.
        similarity: f64,
    },
    /// Numbers whose predicates relate (`killed` / `died`), with counted
    /// things and scopes that agree.
    Keyed {
        /// How the keys relate.
        keys: super::KeyMatch,
        /// Dice similarity of the sentences' stems without the unit, 0–1.
        similarity: f64,
    },
    /// Offices or names of one person in one story: the same full name,
    /// or (`same_name` false) the same first name and a surname a few
    /// letters off.
    Person {
        /// Whether the full names are the same (case and accents aside).
        same_name: bool,
    },
    /// Results of one game (the same two sides) or one vote (the same
    /// body, outcome and measure) in one story.
    Contest,
    /// Names of one place or organisation in one story: the same name
    /// (`same`), or two spellings a few letters apart.
    Name {
        /// Whether the names are the same (case and accents aside).
        same: bool,
    },
    /// Ages of one holder: the same named person.
    AgeOfName,
    /// Ages of one holder: the same person noun in similar sentences.
    Age {
        /// Dice similarity of the sentences' stems, 0–1.
        similarity: f64,
    },
    /// Ages of one person told by name in one source and by a person
    /// noun in the other, each its source's one age under related
    /// predicates (`61-year-old Jane Roe was detained` / `detained a
    /// 60-year-old woman`).
    AgeInFrame {
        /// Dice similarity of the sentences' stems, 0–1.
        similarity: f64,
    },
    /// Ages of nobody read, the one difference between two lists of as
    /// many ages (`68 and 48` / `61 and 48`).
    AgeList {
        /// Dice similarity of the sentences' stems, 0–1.
        similarity: f64,
    },
    /// Dates of one predicate whose sentences give the same amount of
    /// money: one sale or deal, however far apart the dates.
    SamePrice,
    /// Places given as each source's one distance and bearing from the
    /// same reference place.
    SameReference,
    /// Figures of time before publication (`two weeks ago`) dating
    /// events whose frames relate (`married` / `wed`), on days that do
    /// not meet.
    Dated {
        /// How the frames' predicates relate.
        frames: crate::lexical::Relation,
        /// Dice similarity of the sentences' stems without the unit, 0–1.
        similarity: f64,
    },
    /// Numbers counting the same thing in similar sentences.
    Counted {
        /// Dice similarity of the sentences' stems without the unit, 0–1.
        similarity: f64,
    },
}

impl Reason {
    /// The reason in words; `a` is the pair's first claim (its class or
    /// series key names what is shared).
    pub fn text(&self, a: &Claim) -> String {
        let percent = |x: f64| format!("{:.0}%", x * 100.0);
        let class = &a.subject.class;
        match *self {
            Reason::SameClaim => "the same claim (same subject and value)".into(),
            Reason::QuoteWords { similarity, shared } => {
                format!(
                    "quote words {} alike ({shared} shared)",
                    percent(similarity)
                )
            }
            Reason::SameQuote { similarity } => {
                format!(
                    "the same quote ({} of characters alike)",
                    percent(similarity)
                )
            }
            Reason::Series => format!("same series: {}", a.subject.key),
            Reason::SamePrice => format!("same {class} for the same amount of money"),
            Reason::SharedParticipants { shared } => {
                format!("same {class} in one story, {shared} shared participants")
            }
            Reason::EventContext { similarity } => {
                format!(
                    "same {class} in one story, context {} alike",
                    percent(similarity)
                )
            }
            Reason::Keyed { keys, similarity } => {
                let relation = |r: Option<crate::lexical::Relation>| match r {
                    Some(r) => relation_words(r),
                    None => "given by one figure only",
                };
                let what = a
                    .subject
                    .counted
                    .as_deref()
                    .map(crate::claims::Counted::describe)
                    .unwrap_or_default();
                let spread = if keys.ranged() {
                    "; one spread, the two ranges share an end"
                } else if keys.listed() {
                    "; one inventory, both sentences list a like count beside it"
                } else if keys.people() {
                    "; the same people named"
                } else if keys.item() {
                    "; prices of one item"
                } else if keys.instalment() {
                    "; instalments of one period and amount"
                } else if keys.object() {
                    "; one object counted, each source's one figure of it"
                } else {
                    ""
                };
                format!(
                    "same count ({what}): predicate {}, counted thing {}; context {} alike{spread}",
                    relation(keys.predicate),
                    relation(keys.thing),
                    percent(similarity)
                )
            }
            Reason::Contest => format!("the same contest in one story: {}", a.subject.key),
            Reason::Person { same_name: true } => {
                format!("the same person in one story: {}", a.subject.key)
            }
            Reason::Name { same: true } => {
                format!("the same name in one story: {}", a.subject.key)
            }
            Reason::Name { same: false } => {
                "a name spelled a few letters apart in one story".into()
            }
            Reason::Person { same_name: false } => {
                "the same first name in one story, the rest spelled a few letters apart".into()
            }
            Reason::AgeOfName => {
                format!(
                    "the age of one person: {}",
                    a.subject.participants.join(", ")
                )
            }
            Reason::Age { similarity } => {
                let noun = a
                    .subject
                    .counted
                    .as_deref()
                    .and_then(|k| k.thing.as_deref())
                    .unwrap_or("person");
                format!(
                    "the age of the {noun} in similar sentences, context {} alike",
                    percent(similarity)
                )
            }
            Reason::AgeInFrame { similarity } => {
                let who = match (&*a.subject.participants, a.subject.counted.as_deref()) {
                    ([], Some(k)) => format!("the {}", k.thing.as_deref().unwrap_or("person")),
                    (names, _) => names.join(", "),
                };
                format!(
                    "the age of {who}, the one person each source ages in this event (once named, once by a noun), context {} alike",
                    percent(similarity)
                )
            }
            Reason::AgeList { similarity } => {
                format!(
                    "ages listed alike in both sentences but this one, context {} alike",
                    percent(similarity)
                )
            }
            Reason::SameReference => {
                "each source's one distance and bearing from this place in one story".into()
            }
            Reason::Dated { frames, similarity } => {
                format!(
                    "times before publication dating one event: events {}, the days named apart; context {} alike",
                    relation_words(frames),
                    percent(similarity)
                )
            }
            Reason::Counted { similarity } => {
                format!(
                    "same {class} counted, context {} alike",
                    percent(similarity)
                )
            }
        }
    }
}

/// A lexical relation in words.
fn relation_words(r: crate::lexical::Relation) -> &'static str {
    use crate::lexical::{Dir, Relation};
    match r {
        Relation::Same => "the same word",
        Relation::Synonym => "synonyms",
        Relation::Curated => "counted alike (curated table)",
        Relation::Derivation => "one derived from the other",
        Relation::AdjectiveNoun => "adjective and noun",
        Relation::Hypernym(Dir::Forward) => "the second broader",
        Relation::Hypernym(Dir::Backward) => "the first broader",
        Relation::Cause(_) => "one causes the other",
        Relation::Entailment(_) => "one entails the other",
    }
}
