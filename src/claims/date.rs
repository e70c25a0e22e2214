//! Date claims: an event word (`summit`, `talks`, `met`) with the date
//! expression that says when it happens, resolved against the source's
//! publication date (or the date it borrowed from its story).

use super::frame::{
    acting_verb, acts_on_event, announces, class_predicate, dated_work, event_subject, frame_of,
    named_event_after, noun_frame_after, report_after, report_before, superlative_before,
    when_clause_frame,
};
use super::text::tense_at;
use super::{Claim, ClaimKind, Context, Doc, EventWord, Extractor, SentenceView, Subject, Value};
use crate::source::Provenance;
use crate::temporal::{self, DateValue};

mod day_part;
mod existence;
mod gapping;
mod neighbours;
mod owner;
mod report;
mod same_day;
mod scheduled;
#[cfg(test)]
mod tests;
mod window;
mod zone_next;
mod zone_place;

pub(crate) use existence::{
    existence_conflict, is_existence_class, is_existence_pair, ExistenceExtractor,
};
use neighbours::*;
pub(crate) use window::{
    conjunct_window, dates_an_event, event_window, governing_event, opens_clause,
};
use window::{is_he_or_she, named_speaker, speaker_end, speaker_window};

/// The towns and regions the gazetteer finds in `text`, by their own
/// names (a country is a participant already).
fn places_in(text: &str) -> Vec<String> {
    use crate::gazetteer::{find_places, Gazetteer, PlaceKind};
    let g = Gazetteer::embedded();
    find_places(text, g)
        .iter()
        .filter_map(|f| f.readings.first())
        .filter(|p| p.kind != PlaceKind::Country)
        .map(|p| p.name.to_string())
        .collect()
}

/// Extracts [`ClaimKind::Date`] claims.
pub struct DateExtractor;

/// Words before a date that make it a bound of its event rather than its
/// date (`suspended since July 2003`, `closed until Friday`, `funded
/// through January 30`, `cut 30,000 jobs by 2012`), with the relation
/// they name.
const BOUNDS: &[(&str, &str)] = &[
    ("since", "since"),
    ("until", "until"),
    ("till", "until"),
    // `funded through January 30`: the last day it holds.
    ("through", "until"),
    ("by", "by"),
    ("after", "after"),
    ("before", "before"),
];

/// Parts of a period named before it (`the start of this year`).
const PARTS: &[&str] = &["start", "beginning", "end", "middle"];

/// The bound a date at `start` sets its event (see [`BOUNDS`]) and where
/// the word naming it starts: the word right before the date.
fn bound_at(view: &SentenceView, start: usize) -> Option<(&'static str, usize)> {
    let mut k = view
        .words
        .partition_point(|&(_, e)| e <= start)
        .checked_sub(1)?;
    // `since the start of this year`: the bound of a part of the period.
    if k >= 3 && view.word(k) == "of" && PARTS.contains(&view.word(k - 1)) {
        k -= 2;
        if view.word(k) == "very" {
            k = k.checked_sub(1)?;
        }
        if view.word(k) != "the" {
            return None;
        }
        k = k.checked_sub(1)?;
    }
    let relation = BOUNDS
        .iter()
        .find(|(w, _)| *w == view.word(k))
        .map(|&(_, r)| r)?;
    Some((relation, view.words[k].0))
}

/// The class of a bound's claim: the relation before the event's class
/// (`since:verb:suspend`), so that it meets only claims of the same bound
/// on the same predicate, never an event date (see
/// [`super::frame::same_event_class`]).
fn bound_class(relation: &str, class: &str) -> String {
    debug_assert!(super::frame::BOUND_RELATIONS.contains(&relation));
    format!("{relation}:{class}")
}

/// The frame of the date at `start..end`: a lexicon event that governs
/// it, unless a frame read from the tables is nearer on the same side
/// (`In August 1996, a judge ruled that he could stand trial` dates the
/// ruling, not the trial).
fn nearest_frame(
    view: &SentenceView,
    events: &[EventWord],
    sentence: &str,
    start: usize,
    end: usize,
) -> Option<EventWord> {
    let listed = governing_event(view, events, sentence, start, end, 90);
    // `the Navy on Thursday thwarted an attack`: the attack.
    let framed = frame_of(view, sentence, start, end).map(|f| {
        let acted_on = events.iter().find(|e| acts_on_event(view, &f, e));
        acted_on.cloned().unwrap_or(f)
    });
    match (listed, framed) {
        (Some(e), Some(f)) if e.start >= end && f.start >= end && f.start < e.start => Some(f),
        (Some(e), _) => Some(e.clone()),
        (None, f) => f,
    }
}

impl Extractor for DateExtractor {
    fn kind(&self) -> ClaimKind {
        ClaimKind::Date
    }

    fn extract(&self, doc: &Doc, _ctx: &Context, out: &mut Vec<Claim>) {
        let first = out.len();
        self.extract_sentences(doc, out);
        if let Some(claims) = out.get_mut(first..) {
            zone_next::times_after(doc, claims);
        }
    }
}

impl DateExtractor {
    /// The date claims of each sentence of `doc`, in text order.
    fn extract_sentences(&self, doc: &Doc, out: &mut Vec<Claim>) {
        for (i, s) in doc.seg.sentences.iter().enumerate() {
            let sentence = doc.sentence_text(i);
            let view = &doc.sentences[i];
            let events = &view.events;
            let found = view.dates(sentence);
            // `the same day`, `the next day`: the day dated before them.
            let referred = same_day::with_referred_days(doc, i, found);
            let found = referred.as_ref().map_or(found, |r| &r.dates[..]);
            for (n, d) in found.iter().enumerate() {
                // `from 2009 to 2011` is one claim, made at its first date.
                let range = range_at(view, sentence, found, n, doc.anchor);
                let second = n > 0 && range_at(view, sentence, found, n - 1, doc.anchor).is_some();
                let (start, end, form) = (
                    d.start,
                    range.as_ref().map_or(d.end, |r| r.end),
                    d.form.clone(),
                );
                if second || (range.is_none() && !stands_alone(found, n, sentence)) {
                    continue;
                }
                // `since 2004`: a bound, framed by the predicate before
                // the bound's word. `after Monday's attack` dates the
                // attack and is left alone.
                // `shortly after 9:15 p.m.`: a hedged time, no bound.
                let hedge = day_part::clock_hedge_start(view, &form, start);
                let bound = bound_at(view, start)
                    .filter(|_| hedge.is_none() && !modifies_noun(view, sentence, d));
                let possessive = ["'s", "’s"].iter().any(|p| sentence[end..].starts_with(p));
                let bound = bound.filter(|_| !possessive);
                let opener = range.as_ref().map_or(start, |r| r.opener);
                let opener = spelled_out_day(found, n, sentence).unwrap_or(opener);
                let opener = hedge.unwrap_or(opener);
                // `Ford said on Tuesday`: the date of the statement.
                let statement = (bound.is_none() && !dates_an_event(view, opener))
                    .then(|| report_before(view, sentence, opener))
                    .flatten()
                    // `Ford on Tuesday said`: the same statement.
                    .or_else(|| {
                        bound
                            .is_none()
                            .then(|| report_after(view, sentence, opener, end))?
                    })
                    .filter(|f| !announces(&f.class));
                // `from 2008, when the firm posted a loss`: the clause
                // tells what happened then, where nothing else does.
                let when = when_clause_frame(view, sentence, end);
                let dated = bound.is_some() || statement.is_some() || dates_an_event(view, opener);
                if !dated && when.is_none() {
                    continue;
                }
                let is_statement = statement.is_some();
                let framed;
                // `a 2008 conviction`: the year dates the noun it modifies,
                // if that is an event, and nothing else (`the 2006 movie`).
                // `the 2011 Cricket World Cup`: a named event of that year.
                // `the 2006 HBO movie, The Notorious Bettie Page`: a work's
                // release, told apart by its title.
                let mut title = None;
                let modified = (bound.is_none() && modifies_noun(view, sentence, d)).then(|| {
                    noun_frame_after(view, sentence, end)
                        .or_else(|| {
                            let (frame, span) = dated_work(view, sentence, end)?;
                            title = Some(span);
                            Some(frame)
                        })
                        .or_else(|| named_event_after(view, sentence, &sentence[start..end], end))
                });
                let from = bound.map_or(opener, |(_, at)| at);
                let mut acting = false;
                let mut when_start = None;
                let event = match (statement, modified) {
                    (Some(f), _) | (None, Some(Some(f))) => {
                        framed = f;
                        &framed
                    }
                    (None, Some(None)) => continue,
                    // `its lowest level since 1997`: the superlative is
                    // what the bound holds for.
                    (None, None) => match dated
                        .then(|| {
                            bound
                                .filter(|(relation, _)| *relation == "since")
                                .and_then(|(_, at)| superlative_before(view, sentence, at))
                                .or_else(|| nearest_frame(view, events, sentence, from, end))
                        })
                        .flatten()
                        .or_else(|| {
                            let (f, at) = when.clone()?;
                            when_start = Some((at, f.end));
                            Some(f)
                        }) {
                        // `a fire tore through the depot on Friday`: the
                        // fire, however told.
                        Some(f) => {
                            let subject = event_subject(view, sentence, &f);
                            acting = subject.is_some();
                            framed = subject.unwrap_or(f);
                            &framed
                        }
                        None => continue,
                    },
                };
                // A `when` clause's event is dated, not bounded, and its
                // people are the clause's.
                let bound = bound.filter(|_| when_start.is_none());
                if form == temporal::DateForm::Eve {
                    continue;
                }
                // `date 2026-11-20` under a headline is when the article
                // was published, not when anything in it happened. Asked
                // last: most dates are dropped above, and the line is read
                // with a tokeniser.
                if crate::source::on_date_line(&doc.source.text, s.span.start + start) {
                    continue;
                }
                // `takes office on January 12`: the next January 12.
                let scheduled = scheduled::scheduled_direction(view, event, &form, start);
                // A `when` clause's tense is its verb's, read back from
                // its end (`until March, when workers repaired it` is a
                // past March).
                let direction = scheduled.unwrap_or_else(|| match when_start {
                    Some((_, verb)) => temporal::event_direction_at(sentence, verb),
                    None => temporal::direction_at(sentence, start),
                });
                // A borrowed anchor is the story's first date, not this
                // article's: close enough for the nearest weekday, not for
                // `this morning` or `last week`.
                let borrowed = doc.source.meta.published_from == Provenance::Borrowed;
                let relative = matches!(
                    form,
                    temporal::DateForm::RelativeDay(_)
                        | temporal::DateForm::RelativeUnit { .. }
                        | temporal::DateForm::Weekend { .. }
                );
                let resolved = if let Some(r) = &range {
                    Some(r.value.clone())
                } else if borrowed && relative {
                    None
                } else {
                    temporal::resolve(&form, doc.anchor, direction)
                };
                // `8:15 a.m. local time`: the zone of the event's place.
                let resolved = zone_place::settle(doc, i, found, resolved);
                // `on Monday at 3:40 a.m. local time`: the day's event
                // date is the zoned time told beside it (its day is
                // judged on the instant, in UTC).
                let event_date = match &resolved {
                    Some(DateValue::Day(day)) => zone_place::time_beside(doc, i, found, n, *day),
                    _ => None,
                }
                .or_else(|| resolved.clone());
                let window = if is_statement {
                    speaker_window(sentence, speaker_end(view, event.start, opener))
                } else if event.class.contains(':') {
                    conjunct_window(sentence, event.start.min(start), event.end.max(end))
                } else {
                    event_window(events, event, sentence.len())
                };
                let window = match when_start {
                    Some((at, _)) => at.clamp(window.start, window.end)..window.end,
                    None => window,
                };
                // `signed Wynn on Tuesday and Bell today`: each date its
                // own side of the `and`.
                let gapped = (!is_statement && event.class.contains(':'))
                    .then(|| {
                        gapping::gapped_windows(
                            view,
                            found,
                            n,
                            event.start..event.end,
                            &window,
                            |k| {
                                nearest_frame(view, events, sentence, found[k].start, found[k].end)
                                    .is_some_and(|f| f.start == event.start)
                            },
                        )
                    })
                    .flatten();
                let (window, subject) = gapped.unwrap_or((window, None));
                let at = |r: std::ops::Range<usize>| s.span.start + r.start..s.span.start + r.end;
                let mut participants = doc.participants(i, at(window.clone()));
                if let Some(subject) = subject {
                    participants.extend(doc.participants(i, at(subject)));
                    participants.sort();
                    participants.dedup();
                }
                // An acting event (`the blaze`) is told apart by where it
                // happened as well.
                if acting {
                    participants.extend(places_in(&sentence[window.clone()]));
                    participants.sort();
                    participants.dedup();
                }
                if participants.is_empty() && view.words_in(window.clone()).any(is_he_or_she) {
                    participants = doc.last_person_before(i).into_iter().collect();
                }
                // `Ford Motor Company said on Tuesday`: a company or body
                // speaks as a person does.
                if participants.is_empty() && is_statement {
                    participants.extend(named_speaker(sentence, window.clone()));
                }
                // A statement is told apart by who made it.
                if participants.is_empty() && is_statement {
                    continue;
                }
                // `HP announced on Tuesday that it will buy Acme`: the
                // statement of that act, told apart by its act and name.
                let report = bound
                    .is_none()
                    .then(|| {
                        report::keyed_report(
                            doc,
                            i,
                            view,
                            sentence,
                            event,
                            is_statement,
                            (opener, end),
                        )
                    })
                    .flatten();
                if let Some(r) = &report {
                    participants = r.speakers.clone();
                }
                match &title {
                    _ if report.is_some() => {}
                    // The work's people and the work itself, whoever else
                    // the sentence names.
                    Some(t) => {
                        participants = doc.participants(i, at(t.clone()));
                        participants.push(sentence[t.clone()].to_string());
                    }
                    // `founded the clinic`: what an act done once was
                    // done to, whatever the noun.
                    None if super::frame::is_once_act(&event.class) => {
                        participants.extend(super::frame_object::once_object(view, sentence, event))
                    }
                    None => participants
                        .extend(super::frame_object::frame_object(view, sentence, event)),
                }
                // `the House vote`: a listed event noun's owner, unless a
                // person or country (already a participant) or a date
                // (`the Monday meeting`).
                if !event.class.contains(':') {
                    if let Some(owner) = owner::owner_before(view, sentence, event.start) {
                        let dated = found
                            .iter()
                            .any(|d| d.start < owner.end && owner.start < d.end);
                        if !dated && doc.participants(i, at(owner.clone())).is_empty() {
                            participants.push(sentence[owner].to_string());
                        }
                    }
                }
                participants.sort();
                participants.dedup();
                // `Friday night`, `early Saturday`: the part of the day too.
                let (shown_from, shown_to) = match range {
                    Some(_) => (start, end),
                    None => day_part::with_part_of_day(view, sentence, &form, start, end),
                };
                let mut written = sentence[shown_from..shown_to].to_string();
                // `the next day (Tuesday)`: the date it counts from.
                if let Some(words) = referred.as_ref().and_then(|r| r.words_at(start)) {
                    written = format!("{written} ({words})");
                }
                let (_, lemma) = class_predicate(&event.class);
                let (lemma, class) = match (&report, bound) {
                    (Some(r), _) => (format!("statement on {}", r.what), r.class.clone()),
                    (None, bound) => match bound {
                        Some((relation, _)) => (
                            format!("{relation} {lemma}"),
                            bound_class(relation, &event.class),
                        ),
                        None => (lemma.to_string(), event.class.clone()),
                    },
                };
                let key = if participants.is_empty() {
                    lemma
                } else {
                    format!("{lemma}: {}", participants.join(", "))
                };
                let anchor = match (doc.anchor, doc.source.meta.published_from.as_str()) {
                    (Some(a), "borrowed") => format!("anchored on {a}, borrowed from its story"),
                    (Some(a), from) => format!("anchored on {a} ({from})"),
                    (None, _) => "no anchor date".to_string(),
                };
                let confidence = match &resolved {
                    Some(DateValue::Weekday(_)) | None => 0.6,
                    Some(_) => 0.85,
                };
                // `foiled an attack`: the verb acting on the event, as
                // the claim's predicate.
                let counted = (!event.class.contains(':') && report.is_none())
                    .then(|| acting_verb(view, sentence, event))
                    .flatten()
                    .map(|verb| {
                        std::sync::Arc::new(super::Counted {
                            predicate: Some(verb),
                            ..Default::default()
                        })
                    });
                out.push(Claim {
                    source: doc.source.id,
                    kind: ClaimKind::Date,
                    subject: Subject {
                        key: key.into(),
                        class: class.into(),
                        participants: participants.into(),
                        tense: match scheduled {
                            Some(_) => super::Tense::Future,
                            None => tense_at(sentence, start),
                        },
                        event_date,
                        context: view.stems(),
                        counted,
                    },
                    value: Value::Date { written, resolved },
                    span: s.span.start + shown_from..s.span.start + shown_to,
                    sentence: s.span.clone(),
                    confidence,
                    evidence: format!("{:?} reading, {anchor}", direction)
                        .to_lowercase()
                        .into(),
                });
            }
        }
    }
}
