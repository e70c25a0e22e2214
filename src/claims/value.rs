//! The normalized value of a claim, and the offset of a place from
//! another (`about 940 miles south of`).

use super::{role, text, Attribution, Sym};
use crate::temporal::DateValue;
use serde::Serialize;

/// The normalized value of a claim. The strings of quotes and places are
/// [`Sym`]s (16 bytes, equal ones shared): as `String`s they made every
/// claim's value 88 bytes wide instead of 64.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A date expression and what it resolves to.
    Date {
        /// The expression as written (`Wednesday`).
        written: String,
        /// The resolved value, when an anchor date allowed it.
        resolved: Option<DateValue>,
    },
    /// The n-th occurrence (`second visit`) or a count so far (`three visits`).
    Ordinal {
        /// The number.
        n: u32,
        /// True for a count (`three visits`), false for an ordinal (`second visit`).
        count: bool,
    },
    /// A number, as an interval after hedges.
    Quantity {
        /// The number as written.
        value: f64,
        /// Lower bound.
        lo: f64,
        /// Upper bound.
        hi: f64,
        /// What is counted.
        unit: Option<Sym>,
        /// How the figure is meant (exact, round, hedged, a range).
        reading: crate::quantity::Reading,
        /// How the sentence marks the figure as changing (`rose to`, `so
        /// far`, `closed`): another figure may update it.
        revised: crate::quantity::Revision,
    },
    /// Quoted speech.
    Quote {
        /// Canonical speaker, when resolved.
        speaker: Option<Sym>,
        /// The words that named the speaker (`the Russian leader`).
        speaker_phrase: Option<Sym>,
        /// How the speaker was found.
        attribution: Attribution,
        /// Whether the speaker is a person (organizations are weak speakers:
        /// a Kremlin statement may well quote Putin).
        person: bool,
        /// The quoted words.
        text: Sym,
    },
    /// A place.
    Location {
        /// Canonical place name.
        place: Sym,
        /// Country it lies in, when known.
        country: Option<Sym>,
        /// The gazetteer's place ([`crate::gazetteer::Place::id`]), when the
        /// name was resolved there: checks compare places by containment
        /// and distance through it.
        geo: Option<Sym>,
        /// Where the event lies from the place (`150 nautical miles east
        /// of`), when a bearing introduces it. Boxed, as is a role's
        /// office: rare and large, they would widen every claim.
        offset: Option<Box<Offset>>,
    },
    /// A person and, for a role claim, the office a source gives them.
    Role {
        /// The person's full name as written (`Jane Roe`).
        person: String,
        /// The office; none for a claim that only names the person.
        role: Option<Box<role::Role>>,
    },
    /// A game's result (winner, loser, score) or a vote's tally.
    Result {
        /// The winner as written (games only).
        winner: Option<Sym>,
        /// The loser as written (games only).
        loser: Option<Sym>,
        /// The winner's score, then the loser's; a vote's larger count,
        /// then its smaller.
        score: [u16; 2],
    },
}

/// Where an event lies from a place: `about 940 miles south of`.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Offset {
    /// Degrees clockwise from north (`east`: 90, `north-northeast`: 22.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bearing: Option<f32>,
    /// The distance in kilometres, low and high (a hedge or roundness
    /// read as for any figure; the high end may be infinite, written
    /// `null` in JSON, and read back as infinite).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "open_ended_km"
    )]
    pub km: Option<[f64; 2]>,
    /// The words as written (`about 940 miles south`).
    pub written: String,
    /// Whether a verb governs the offset (`struck 20 miles north of`, `is
    /// 940 miles south of`): it then places the clause's event, not a
    /// noun beside it (`a motorist 50 miles north of`, `the building,
    /// 24km north of`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub after_verb: bool,
}

impl Offset {
    /// The offset from `place` as a writer puts it: `about 20 miles north
    /// of Santa Rosa`, `10 miles outside Dayton` (the words of a distance
    /// with no bearing end with their own preposition).
    pub fn from_place(&self, place: &str) -> String {
        let place = place.strip_prefix("near ").unwrap_or(place);
        match self.bearing {
            Some(_) => format!("{} of {place}", self.written),
            None => format!("{} {place}", self.written),
        }
    }
}

/// Reads `km` as JSON writes it: an infinite high end (`at least 100 km
/// south`) is `null` there, and must read back as infinite, or a claims
/// file factlint wrote could not be read (`invalid type: null`).
fn open_ended_km<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<[f64; 2]>, D::Error> {
    let km: Option<[Option<f64>; 2]> = serde::Deserialize::deserialize(d)?;
    Ok(km.map(|[lo, hi]| [lo.unwrap_or(f64::NAN), hi.unwrap_or(f64::INFINITY)]))
}

impl Value {
    /// A short display of the value: `Wednesday → 2017-11-22`, `Putin`, `~400,000`.
    pub fn display(&self) -> String {
        match self {
            Value::Date { written, resolved } => match resolved {
                Some(DateValue::Weekday(_)) | None => written.clone(),
                Some(v) if v.display().eq_ignore_ascii_case(written) => written.clone(),
                Some(v) => format!("{written} → {}", v.display()),
            },
            Value::Ordinal { n, count } => {
                if *count {
                    format!("{n} so far")
                } else {
                    format!("#{n}")
                }
            }
            Value::Quantity {
                value,
                lo,
                hi,
                unit,
                reading,
                ..
            } => {
                let u = unit
                    .as_deref()
                    .map(|u| {
                        // Currency codes are not nouns: `1 million USD`.
                        if text::is_currency(u) {
                            format!(" {}", u.to_ascii_uppercase())
                        } else {
                            format!(" {}", text::plural(u, *hi))
                        }
                    })
                    .unwrap_or_default();
                use crate::quantity::Reading;
                let n = text::format_number;
                // A hedge shows which side of the figure it points to.
                match reading {
                    _ if lo == hi => format!("{}{u}", n(*value)),
                    Reading::Exact | Reading::Round => format!("{}{u}", n(*value)),
                    Reading::Hedged if hi.is_infinite() => format!("≥ {}{u}", n(*lo)),
                    Reading::Hedged if hi < value => format!("< {}{u}", n(*value)),
                    Reading::Hedged if hi == value => format!("≤ {}{u}", n(*value)),
                    Reading::Hedged if lo > value => format!("> {}{u}", n(*value)),
                    Reading::Hedged if lo < value && value < hi => format!("~{}{u}", n(*value)),
                    _ => format!("{}–{}{u}", n(*lo), n(*hi)),
                }
            }
            Value::Quote {
                speaker,
                speaker_phrase,
                attribution,
                ..
            } => {
                let who = speaker.as_deref().unwrap_or("unknown speaker");
                match (attribution, speaker_phrase) {
                    (Attribution::Implicit, _) => format!("{who} (implicit)"),
                    (_, Some(p)) if p != who => format!("{who} (\"{p}\")"),
                    _ => who.to_string(),
                }
            }
            // `about 20 miles north of Santa Rosa`, not `near Santa Rosa`.
            Value::Location {
                place,
                offset: Some(o),
                ..
            } => o.from_place(place),
            Value::Location { place, .. } => place.to_string(),
            Value::Role { person, role: None } => person.clone(),
            Value::Role { role: Some(r), .. } => r.written.clone(),
            Value::Result {
                winner: Some(w),
                loser: Some(l),
                score: [a, b],
            } => format!("{w} beat {l} {a}-{b}"),
            Value::Result { score: [a, b], .. } => format!("{a}-{b}"),
        }
    }

    /// The value in machine form for JSON: `2017-11-22`, `Putin`, `400000`.
    pub fn normalized(&self) -> String {
        match self {
            Value::Date { written, resolved } => resolved
                .as_ref()
                .map_or_else(|| written.clone(), DateValue::display),
            Value::Ordinal { n, .. } => n.to_string(),
            Value::Quantity {
                lo,
                hi,
                value,
                reading,
                ..
            } => {
                if lo == hi || *reading == crate::quantity::Reading::Round {
                    text::format_plain(*value)
                } else {
                    format!(
                        "{}..{}",
                        text::format_plain(*lo),
                        if hi.is_infinite() {
                            String::new()
                        } else {
                            text::format_plain(*hi)
                        }
                    )
                }
            }
            Value::Quote { speaker, .. } => speaker.as_deref().unwrap_or_default().to_string(),
            Value::Location {
                offset: Some(_), ..
            } => self.display(),
            Value::Location { place, .. } => place.to_string(),
            Value::Role { person, role: None } => person.clone(),
            Value::Role { role: Some(r), .. } => r.canonical(),
            Value::Result {
                winner: Some(w),
                loser: Some(l),
                score: [a, b],
            } => format!("{w} {a}-{b} {l}"),
            Value::Result { score: [a, b], .. } => format!("{a}-{b}"),
        }
    }
}
