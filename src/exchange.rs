//! Claims as JSON lines, for checking beyond one machine.
//!
//! `factlint claims --format jsonl` writes one object per line: first one
//! `{"type":"source", ...}` line per source, then one `{"type":"claim", ...}`
//! line per claim carrying everything needed to rebuild the [`Claim`]
//! exactly, plus the blocking keys alignment files it under (`block`).
//! [`read`] rebuilds sources, stories and claims from one or more such
//! files (one per shard), and [`judge`] runs alignment and the rules on
//! them, so extraction can run on many machines and judging where the
//! claims of a block meet.

use crate::align::{self, Stories};
use crate::claims::{Attribution, Claim, ClaimKind, Subject, Sym, Tense, Value};
use crate::pipeline::{Analysis, Options};
use crate::rules::RuleSet;
use crate::source::{Metadata, Provenance, Source};
use crate::temporal::DateValue;
use jiff::civil::{Date, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

mod validate;

/// One line of a claims file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Line {
    /// A source and its metadata.
    Source(SourceLine),
    /// A claim.
    Claim(Box<ClaimLine>),
}

/// A source: its path and metadata, and its story (an id local to the file).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceLine {
    /// Path as read.
    pub path: String,
    /// Outlet.
    pub outlet: Option<String>,
    /// Publication date (`2017-11-21`).
    pub published: Option<String>,
    /// Where the date came from (`header`, `borrowed`, ...).
    pub published_from: Provenance,
    /// Title.
    pub title: Option<String>,
    /// Story id, local to the file.
    pub story: usize,
}

/// A claim, with every field of [`Claim`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimLine {
    /// Path of the source making it.
    pub source: String,
    /// Kind.
    pub kind: ClaimKind,
    /// Subject key.
    pub key: String,
    /// Event class, unit or `quote`.
    pub class: String,
    /// Participants.
    pub participants: Vec<String>,
    /// Tense of the clause.
    pub tense: Tense,
    /// The event date of the sentence, as [`DateValue::display`] writes it.
    pub event_date: Option<String>,
    /// Context stems.
    pub context: Vec<String>,
    /// What a quantity counts (absent for other kinds, and in files
    /// written before factlint kept it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<crate::claims::Counted>,
    /// The value.
    pub value: ValueLine,
    /// Byte span of the value's words.
    pub start: usize,
    /// End of the span.
    pub end: usize,
    /// Byte span of the sentence.
    pub sentence_start: usize,
    /// End of the sentence.
    pub sentence_end: usize,
    /// Confidence.
    pub confidence: f32,
    /// How the value was read.
    pub evidence: String,
    /// The words of the span (for reports without the article text).
    pub text: String,
    /// Blocking keys (`date:3:summit`): claims sharing none are never paired.
    pub block: Vec<String>,
}

/// A claim's value, tagged by kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum ValueLine {
    /// A date.
    Date {
        /// As written.
        written: String,
        /// Resolved, as [`DateValue::display`] writes it.
        resolved: Option<String>,
    },
    /// An ordinal or a count.
    Ordinal {
        /// The number.
        n: u32,
        /// A count so far.
        count: bool,
    },
    /// A quantity.
    Quantity {
        /// As written.
        value: f64,
        /// Lower bound.
        lo: f64,
        /// Upper bound (`null`: unbounded).
        hi: Option<f64>,
        /// What is counted.
        unit: Option<String>,
        /// How the figure is meant: `exact`, `round`, `hedged`, `range`.
        #[serde(default)]
        reading: crate::quantity::Reading,
        /// How its sentence marks it as changing: `revised` (`rose to`, `so
        /// far`) or `within-day` (`closed`); absent when not marked.
        #[serde(default, skip_serializing_if = "is_unmarked")]
        revised: crate::quantity::Revision,
    },
    /// A quote.
    Quote {
        /// Canonical speaker.
        speaker: Option<String>,
        /// The words naming the speaker.
        speaker_phrase: Option<String>,
        /// How the speaker was found.
        attribution: Attribution,
        /// A person.
        person: bool,
        /// The quoted words.
        text: String,
    },
    /// A place.
    Location {
        /// Place.
        place: String,
        /// Country.
        country: Option<String>,
        /// Gazetteer place id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        geo: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        offset: Option<Box<crate::claims::Offset>>,
    },
    /// A person and the office a source gives them.
    Role {
        /// The full name as written.
        person: String,
        /// The office; absent for a claim that only names the person.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<Box<crate::claims::role::Role>>,
    },
    /// A game's result or a vote's tally.
    Result {
        /// The winner (games).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        winner: Option<String>,
        /// The loser (games).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        loser: Option<String>,
        /// The winner's score and the loser's (a vote's larger and smaller count).
        score: [u16; 2],
    },
}

impl ValueLine {
    fn of(v: &Value) -> ValueLine {
        match v.clone() {
            Value::Date { written, resolved } => ValueLine::Date {
                written,
                resolved: resolved.as_ref().map(DateValue::display),
            },
            Value::Ordinal { n, count } => ValueLine::Ordinal { n, count },
            Value::Quantity {
                value,
                lo,
                hi,
                unit,
                reading,
                revised,
            } => ValueLine::Quantity {
                value,
                lo,
                hi: hi.is_finite().then_some(hi),
                unit: unit.map(String::from),
                reading,
                revised,
            },
            Value::Quote {
                speaker,
                speaker_phrase,
                attribution,
                person,
                text,
            } => ValueLine::Quote {
                speaker: speaker.map(String::from),
                speaker_phrase: speaker_phrase.map(String::from),
                attribution,
                person,
                text: text.into(),
            },
            Value::Location {
                place,
                country,
                geo,
                offset,
            } => ValueLine::Location {
                place: place.into(),
                country: country.map(String::from),
                geo: geo.map(String::from),
                offset,
            },
            Value::Role { person, role } => ValueLine::Role { person, role },
            Value::Result {
                winner,
                loser,
                score,
            } => ValueLine::Result {
                winner: winner.map(String::from),
                loser: loser.map(String::from),
                score,
            },
        }
    }

    fn value(self) -> Result<Value, String> {
        Ok(match self {
            ValueLine::Date { written, resolved } => Value::Date {
                written,
                resolved: resolved.as_deref().map(parse_date_value).transpose()?,
            },
            ValueLine::Ordinal { n, count } => Value::Ordinal { n, count },
            ValueLine::Quantity {
                value,
                lo,
                hi,
                unit,
                reading,
                revised,
            } => Value::Quantity {
                value,
                lo,
                hi: hi.unwrap_or(f64::INFINITY),
                unit: unit.map(Sym::from),
                reading,
                revised,
            },
            ValueLine::Quote {
                speaker,
                speaker_phrase,
                attribution,
                person,
                text,
            } => Value::Quote {
                speaker: speaker.map(Sym::from),
                speaker_phrase: speaker_phrase.map(Sym::from),
                attribution,
                person,
                text: text.into(),
            },
            ValueLine::Location {
                place,
                country,
                geo,
                offset,
            } => Value::Location {
                place: place.into(),
                country: country.map(Sym::from),
                geo: geo.map(Sym::from),
                offset,
            },
            ValueLine::Role { person, role } => Value::Role { person, role },
            ValueLine::Result {
                winner,
                loser,
                score,
            } => Value::Result {
                winner: winner.map(Sym::from),
                loser: loser.map(Sym::from),
                score,
            },
        })
    }
}

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("Monday", Weekday::Monday),
    ("Tuesday", Weekday::Tuesday),
    ("Wednesday", Weekday::Wednesday),
    ("Thursday", Weekday::Thursday),
    ("Friday", Weekday::Friday),
    ("Saturday", Weekday::Saturday),
    ("Sunday", Weekday::Sunday),
];

/// Parses what [`DateValue::display`] writes: `2017-11-22`, `2017-11`,
/// `2017`, `Wednesday`, `2017-11-13..2017-11-19`.
pub fn parse_date_value(s: &str) -> Result<DateValue, String> {
    let bad = || format!("not a date value: {s:?}");
    let day = |t: &str| t.parse::<Date>().map_err(|_| bad());
    if let Some((a, b)) = s.split_once("..") {
        return Ok(DateValue::Range(day(a)?, day(b)?));
    }
    if let Some(&(_, w)) = WEEKDAYS.iter().find(|(n, _)| *n == s) {
        return Ok(DateValue::Weekday(w));
    }
    if s.contains(':') {
        return DateValue::parse_time(s).ok_or_else(bad);
    }
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    match s.split('-').collect::<Vec<_>>()[..] {
        [y] if digits(y) => Ok(DateValue::Year(y.parse().map_err(|_| bad())?)),
        [y, m] if digits(y) && digits(m) => {
            let month: i8 = m.parse().map_err(|_| bad())?;
            if !(1..=12).contains(&month) {
                return Err(bad());
            }
            Ok(DateValue::Month {
                year: y.parse().map_err(|_| bad())?,
                month,
            })
        }
        [_, _, _] => Ok(DateValue::Day(day(s)?)),
        _ => Err(bad()),
    }
}

/// Writes the sources and claims of an analysis as JSON lines.
pub fn write(a: &Analysis) -> String {
    let mut out = String::new();
    let mut push = |line: &Line| {
        out.push_str(&serde_json::to_string(line).expect("claims serialize"));
        out.push('\n');
    };
    for s in &a.sources {
        push(&Line::Source(SourceLine {
            path: s.path.clone(),
            outlet: s.meta.outlet.clone(),
            published: s.meta.published.map(|d| d.to_string()),
            published_from: s.meta.published_from,
            title: s.meta.title.clone(),
            story: a.stories.of_source.get(s.id).copied().unwrap_or(0),
        }));
    }
    let blocks = align::block_keys(&a.claims, &a.stories.of_source);
    for (c, block) in a.claims.iter().zip(blocks) {
        let s = &a.sources[c.source];
        push(&Line::Claim(Box::new(ClaimLine {
            source: s.path.clone(),
            kind: c.kind,
            key: c.subject.key.to_string(),
            class: c.subject.class.to_string(),
            participants: c.subject.participants.to_vec(),
            tense: c.subject.tense,
            event_date: c.subject.event_date.as_ref().map(DateValue::display),
            context: c.subject.context.to_vec(),
            counted: c.subject.counted.as_deref().cloned(),
            value: ValueLine::of(&c.value),
            start: c.span.start,
            end: c.span.end,
            sentence_start: c.sentence.start,
            sentence_end: c.sentence.end,
            confidence: c.confidence,
            evidence: c.evidence.to_string(),
            text: s.text.get(c.span.clone()).unwrap_or_default().to_string(),
            block,
        })));
    }
    out
}

/// Sources, stories and claims rebuilt from claims files.
#[derive(Debug, Default)]
pub struct Rebuilt {
    /// The sources (text read from disk when the path exists, else a
    /// placeholder holding the claims' words at their offsets).
    pub sources: Vec<Source>,
    /// Stories: each file's story ids are kept apart from the other files'.
    pub stories: Stories,
    /// The claims, grouped by source in source order.
    pub claims: Vec<Claim>,
}

/// Rebuilds sources, stories and claims from claims files given as
/// `(name, content)`; `read_text` returns a source's text when available.
///
/// Every field is checked before it is trusted (spans inside their
/// sentence and the text, finite numbers in their ranges, no offset beyond
/// `max_text` bytes, the longest article read): a bad line is an error
/// naming the file and line, never a panic or a huge allocation.
pub fn read(
    files: &[(String, String)],
    max_text: u64,
    read_text: impl Fn(&str) -> Option<String>,
) -> Result<Rebuilt, String> {
    let mut out = Rebuilt::default();
    let mut ids: HashMap<String, usize> = HashMap::new();
    // Per source, each claim's words at their offset and where its line is.
    let mut words: Vec<Vec<Words>> = Vec::new();
    let mut per_source: Vec<Vec<Claim>> = Vec::new();
    let mut story_base = 0;
    for (name, content) in files {
        let mut stories: HashMap<usize, usize> = HashMap::new();
        for (n, line) in content.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let at = |e: String| format!("{name}:{}: {e}", n + 1);
            let line: Line = serde_json::from_str(line).map_err(|e| at(e.to_string()))?;
            match line {
                Line::Source(s) => {
                    if ids.contains_key(&s.path) {
                        return Err(at(format!("source {} given twice", s.path)));
                    }
                    let id = out.sources.len();
                    ids.insert(s.path.clone(), id);
                    let next = story_base + stories.len();
                    let story = *stories.entry(s.story).or_insert(next);
                    out.stories.of_source.push(story);
                    let published = s
                        .published
                        .as_deref()
                        .map(|d| d.parse::<Date>().map_err(|e| at(e.to_string())))
                        .transpose()?;
                    out.sources.push(Source {
                        id,
                        key: s.path.clone(),
                        stdin: false,
                        path: s.path,
                        text: String::new(),
                        body_start: 0,
                        meta: Metadata {
                            published,
                            published_from: s.published_from,
                            published_evidence: None,
                            published_month: None,
                            outlet: s.outlet,
                            outlet_from: Provenance::None,
                            title: s.title,
                            title_from: Provenance::None,
                            url: None,
                            first_line: None,
                        },
                        released: None,
                        label_shared: false,
                    });
                    words.push(Vec::new());
                    per_source.push(Vec::new());
                }
                Line::Claim(c) => {
                    let c = *c;
                    let Some(&source) = ids.get(&c.source) else {
                        return Err(at(format!("claim of unknown source {}", c.source)));
                    };
                    validate::claim(&c, max_text).map_err(at)?;
                    let event_date = c
                        .event_date
                        .as_deref()
                        .map(parse_date_value)
                        .transpose()
                        .map_err(at)?;
                    words[source].push(Words {
                        start: c.start,
                        text: c.text,
                        line: format!("{name}:{}", n + 1),
                    });
                    per_source[source].push(Claim {
                        source,
                        kind: c.kind,
                        subject: Subject {
                            key: c.key.into(),
                            class: c.class.into(),
                            participants: c.participants.into(),
                            tense: c.tense,
                            event_date,
                            context: c.context.into_iter().collect(),
                            counted: c.counted.map(std::sync::Arc::new),
                        },
                        value: c.value.value().map_err(at)?,
                        span: c.start..c.end,
                        sentence: c.sentence_start..c.sentence_end,
                        confidence: c.confidence,
                        evidence: c.evidence.into(),
                    });
                }
            }
        }
        story_base += stories.len();
    }
    // Each story's date: the earliest publication date of its members not
    // borrowed from it (else any).
    let mut dates: Vec<(Option<Date>, Option<Date>)> = vec![(None, None); story_base];
    for (s, &story) in out.sources.iter().zip(&out.stories.of_source) {
        if let Some(d) = s.meta.published {
            let slot = if s.meta.published_from == Provenance::Borrowed {
                &mut dates[story].1
            } else {
                &mut dates[story].0
            };
            *slot = Some(slot.map_or(d, |x: Date| x.min(d)));
        }
    }
    out.stories.date = dates.into_iter().map(|(a, b)| a.or(b)).collect();
    for ((s, w), claims) in out.sources.iter_mut().zip(words).zip(per_source) {
        s.text = match read_text(&s.path) {
            // The text on disk serves only if it still holds every claim's
            // words where the claim says (it may have changed since).
            Some(t)
                if claims.iter().zip(&w).all(|(c, w)| {
                    fits(&t, c) && t.get(c.span.clone()) == Some(w.text.as_str())
                }) =>
            {
                if s.meta.title.is_none() {
                    // Named by its first line, as when read directly.
                    s.meta.first_line = crate::source::first_line(&t);
                }
                t
            }
            _ => {
                let text = placeholder(&w, &claims);
                // Claims of one text agree where they overlap; when two do
                // not, or a sentence ends inside another claim's character,
                // the stand-in cannot serve both.
                for (c, w) in claims.iter().zip(&w) {
                    if !fits(&text, c) || text.get(c.span.clone()) != Some(w.text.as_str()) {
                        return Err(format!(
                            "{}: its words and offsets disagree with another claim of {}",
                            w.line, s.path
                        ));
                    }
                }
                text
            }
        };
        out.claims.extend(claims);
    }
    Ok(out)
}

/// A claim's words, where they start, and the claims file line giving them.
struct Words {
    start: usize,
    text: String,
    line: String,
}

/// Whether a claim's spans lie on character boundaries of `text`.
fn fits(text: &str, c: &Claim) -> bool {
    [c.span.start, c.span.end, c.sentence.start, c.sentence.end]
        .iter()
        .all(|&i| text.is_char_boundary(i))
}

/// A stand-in text: spaces, with each claim's words at their offsets.
fn placeholder(words: &[Words], claims: &[Claim]) -> String {
    let len = claims
        .iter()
        .map(|c| c.span.end.max(c.sentence.end))
        .max()
        .unwrap_or(0);
    let mut bytes = vec![b' '; len];
    for w in words {
        // In bounds: each span was checked to hold its words and to lie
        // within its sentence, and `len` reaches every sentence's end.
        if let Some(slot) = bytes.get_mut(w.start..w.start + w.text.len()) {
            slot.copy_from_slice(w.text.as_bytes());
        }
    }
    // Overlapping spans come from one text, so they agree; should they not,
    // the text is still made valid.
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// Alignment, rules and findings over rebuilt claims: the rest of
/// [`crate::pipeline::analyze`] after extraction.
pub fn judge(rebuilt: Rebuilt, rules: &RuleSet, opts: &Options) -> Analysis {
    let Rebuilt {
        sources,
        stories,
        claims,
    } = rebuilt;
    crate::pipeline::judge(sources, stories, claims, rules, opts)
}

/// Whether a figure is not marked as changing (left out of claims files).
fn is_unmarked(r: &crate::quantity::Revision) -> bool {
    *r == crate::quantity::Revision::None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_values_round_trip() {
        for s in [
            "2017-11-22",
            "2017-11",
            "2017",
            "Wednesday",
            "Sunday",
            "2017-11-13..2017-11-19",
        ] {
            assert_eq!(parse_date_value(s).unwrap().display(), s);
        }
        for s in ["", "Wed", "2017-13", "2017-11-31", "x..y", "20a7"] {
            assert!(parse_date_value(s).is_err(), "{s}");
        }
    }

    #[test]
    fn claims_round_trip() {
        let text = "SOCHI, November 21. /TASS/. Putin met Assad in Sochi on Monday, his second visit to Russia. Some 400,000 people have been killed. \"We must admit the operation is ending,\" Putin said.";
        let lexicon = crate::lexicon::Lexicon::defaults();
        let mut sources: Vec<Source> = ["a.txt", "b.txt"]
            .iter()
            .enumerate()
            .map(|(i, p)| Source::from_text(i, *p, text.to_string(), &lexicon))
            .collect();
        sources[1].meta.published = Some(jiff::civil::date(2017, 11, 21));
        let a =
            crate::pipeline::analyze(sources, &lexicon, &RuleSet::defaults(), &Options::default());
        assert!(!a.claims.is_empty());
        let jsonl = write(&a);
        let texts: HashMap<String, String> = a
            .sources
            .iter()
            .map(|s| (s.path.clone(), s.text.clone()))
            .collect();
        let back = read(&[("x.jsonl".into(), jsonl.clone())], 1 << 20, |p| {
            texts.get(p).cloned()
        })
        .unwrap();
        assert_eq!(back.claims, a.claims);
        assert_eq!(back.stories.of_source, a.stories.of_source);
        // Without the texts, the claims' words are still in place.
        let bare = read(&[("x.jsonl".into(), jsonl)], 1 << 20, |_| None).unwrap();
        assert_eq!(bare.claims, a.claims);
        for c in &bare.claims {
            assert_eq!(
                &bare.sources[c.source].text[c.span.clone()],
                &a.sources[c.source].text[c.span.clone()]
            );
        }
    }
}
