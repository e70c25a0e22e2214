//! Date claims: an event word (`summit`, `talks`, `met`) with the date
//! expression that says when it happens, resolved against the source's
//! publication date (or the date it borrowed from its story).

use super::frame::{
    class_predicate, frame_of, noun_frame_after, report_before, superlative_before,
};
use super::text::tense_at;
use super::{Claim, ClaimKind, Context, Doc, EventWord, Extractor, SentenceView, Subject, Value};
use crate::source::Provenance;
use crate::temporal::{self, DateValue};

/// Extracts [`ClaimKind::Date`] claims.
pub struct DateExtractor;

/// Words before a date that make it something other than the event's date:
/// `until Tuesday`, `since 2011`, `reported Tuesday`.
const NOT_EVENT_DATE: &[&str] = &[
    "until",
    "till",
    "since",
    "after",
    "before",
    "by",
    "from",
    "through",
    "following",
    "reported",
    "said",
    "says",
    "told",
    "confirmed",
    "added",
    "published",
    "posted",
    "stated",
    "reports",
    "statement",
];

/// Words before a date that make it a bound of its event rather than its
/// date (`suspended since July 2003`, `closed until Friday`, `cut 30,000
/// jobs by 2012`), with the relation they name.
const BOUNDS: &[(&str, &str)] = &[
    ("since", "since"),
    ("until", "until"),
    ("till", "until"),
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

/// The byte window of an event's own clause: from the end of the event
/// word before it (or the sentence start) to the start of the one after it
/// (or the sentence end). Participants are read only there.
pub(crate) fn event_window(
    events: &[EventWord],
    event: &EventWord,
    sentence_len: usize,
) -> std::ops::Range<usize> {
    let start = events
        .iter()
        .filter(|e| e.end <= event.start)
        .map(|e| e.end)
        .max()
        .unwrap_or(0);
    let end = events
        .iter()
        .filter(|e| e.start >= event.end)
        .map(|e| e.start)
        .min()
        .unwrap_or(sentence_len);
    start..end
}

/// The event a date (or place) at `[start, end)` belongs to: the nearest
/// event word before it within `max_gap` bytes, else one right after it
/// (`Monday's meeting`), else the first of the sentence when the expression
/// opens the sentence (`On November 20, Putin held a meeting`).
pub(crate) fn governing_event<'e>(
    view: &SentenceView,
    events: &'e [EventWord],
    sentence: &str,
    start: usize,
    end: usize,
    max_gap: usize,
) -> Option<&'e EventWord> {
    let before = events
        .iter()
        .filter(|e| e.end <= start && start - e.end <= max_gap)
        .filter(|e| !opens_clause(view, e.end..start))
        .max_by_key(|e| e.start);
    if before.is_some() {
        return before;
    }
    let after = events
        .iter()
        .find(|e| e.start >= end && e.start - end <= 16);
    if after.is_some() {
        return after;
    }
    let lead = sentence[..start].trim().to_lowercase();
    if lead.is_empty() || lead == "on" || lead == "in" {
        return events.iter().find(|e| e.start >= end);
    }
    None
}

/// Words that start a new clause between an event and a date: `the visit
/// since the crisis began in March 2011` dates the crisis, not the visit.
const CLAUSE_WORDS: &[&str] = &[
    "since", "after", "before", "when", "while", "which", "that", "who", "because", "until",
    "where",
];

/// Whether the words of `view` inside `gap` open a new clause.
pub(crate) fn opens_clause(view: &SentenceView, gap: std::ops::Range<usize>) -> bool {
    view.words_in(gap).any(|w| CLAUSE_WORDS.contains(&w))
}

/// Whether a date expression at `start` can date an event: not after
/// `since`, `until`, `reported` and the like (a preposition between them
/// is skipped: `reported on Tuesday`).
pub(crate) fn dates_an_event(view: &SentenceView, start: usize) -> bool {
    let mut before = view.words_before(start);
    let previous = match before.next() {
        Some("on" | "in" | "at") => before.next(),
        w => w,
    };
    !previous.is_some_and(|w| NOT_EVENT_DATE.contains(&w))
}

/// The conjunct of a sentence holding `from..to`: between the joins
/// around it (`;`, `, and`, `, but`, `, while`), so that `Wynn was signed
/// on Tuesday, and Bell was signed Wednesday` gives each date its own
/// people.
pub(crate) fn conjunct_window(sentence: &str, from: usize, to: usize) -> std::ops::Range<usize> {
    const JOINS: &[&str] = &["; ", ", and ", ", but ", " but ", ", while ", ", whereas "];
    let lower = sentence.to_ascii_lowercase();
    let start = JOINS
        .iter()
        .filter_map(|j| lower[..from.min(lower.len())].rfind(j).map(|k| k + j.len()))
        .max()
        .unwrap_or(0);
    let end = JOINS
        .iter()
        .filter_map(|j| {
            lower
                .get(to..)
                .and_then(|rest| rest.find(j))
                .map(|k| to + k)
        })
        .min()
        .unwrap_or(sentence.len());
    start..end
}

/// The words naming who made a statement: from the last break before the
/// reporting verb (a comma, a quotation mark, the sentence start) to the
/// verb, so that `“…,” Smith said Tuesday` and `state media reported
/// Tuesday` name the speaker, not the people of what was said.
fn speaker_window(sentence: &str, verb: usize) -> std::ops::Range<usize> {
    let head = &sentence[..verb.min(sentence.len())];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ',' | ';' | ':' | '"' | '“' | '”' | '(' | ')'))
        .map(|(k, c)| k + c.len_utf8())
        .unwrap_or(0);
    start..head.len()
}

/// `he`, `she` and their forms: a person named before.
fn is_he_or_she(w: &str) -> bool {
    matches!(w, "he" | "she" | "him" | "his" | "her")
}

/// Whether a date form counts from the article's date (`Saturday`,
/// `yesterday`, `two weeks ago`) rather than naming a day itself.
fn is_relative(form: &temporal::DateForm) -> bool {
    matches!(
        form,
        temporal::DateForm::Weekday(_)
            | temporal::DateForm::RelativeDay(_)
            | temporal::DateForm::RelativeUnit { .. }
            | temporal::DateForm::Weekend { .. }
    )
}

/// Whether date expression `n` of a sentence dates an event on its own:
/// not one of a list or range (`in 2008 and 2006`, `between May 1 and
/// June 8`: several days, or a span), and not a weekday or `today` that
/// a calendar date beside it spells out (`on Saturday, 8 October 2011`,
/// `today (20 October)`), where the calendar date is the claim.
fn stands_alone(dates: &[temporal::DateExpr], n: usize, sentence: &str) -> bool {
    let beside = |other: &temporal::DateExpr| {
        let gap = if other.start >= dates[n].end {
            sentence.get(dates[n].end..other.start)
        } else {
            sentence.get(other.end..dates[n].start)
        };
        gap.map(|g| g.to_ascii_lowercase())
    };
    let neighbours = [n.checked_sub(1), Some(n + 1)];
    for other in neighbours
        .into_iter()
        .flatten()
        .filter_map(|k| dates.get(k))
    {
        let Some(gap) = beside(other) else { continue };
        let words: Vec<&str> = gap
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let punctuation_only = gap.chars().all(|c| matches!(c, ' ' | ',' | '(' | ')'));
        // `10:00 am (0800 GMT)`: one time in two zones.
        let clock = |f: &temporal::DateForm| matches!(f, temporal::DateForm::Clock { .. });
        if punctuation_only && clock(&dates[n].form) && clock(&other.form) {
            continue;
        }
        // `on November 11, three days later than planned`: an offset
        // beside a date describes it.
        if punctuation_only && matches!(other.form, temporal::DateForm::Anaphoric { .. }) {
            continue;
        }
        if punctuation_only && is_relative(&dates[n].form) && !is_relative(&other.form) {
            return false;
        }
        if punctuation_only && !is_relative(&dates[n].form) && is_relative(&other.form) {
            continue;
        }
        let joined = words
            .iter()
            .all(|w| matches!(*w, "and" | "or" | "to" | "through" | "until"));
        if joined && (punctuation_only || !words.is_empty() || gap.trim() == "-") {
            return false;
        }
    }
    true
}

/// Where a weekday that date `n` spells out starts, when it stands right
/// before it (`said on Monday 12 November`, `Tuesday, May 3`): the words
/// before the pair are the date's. Not after `today (20 October)`: what
/// happened on an article's own day is another event in an article of
/// another day (an update), which the relative word alone tells.
fn spelled_out_day(dates: &[temporal::DateExpr], n: usize, sentence: &str) -> Option<usize> {
    let before = dates.get(n.checked_sub(1)?)?;
    let gap = sentence.get(before.end..dates[n].start)?;
    let weekday = matches!(before.form, temporal::DateForm::Weekday(_));
    (weekday && !is_relative(&dates[n].form) && gap.chars().all(|c| matches!(c, ' ' | ',' | '(')))
        .then_some(before.start)
}

/// A range of two calendar dates opening at date `n` of a sentence (`from
/// 2009 to 2011`, `between April and June`): the opening word's start,
/// the end of the second date and the days covered. A list (`in 2008 and
/// 2006`) and weekdays or relative dates (`from Monday to Friday`) are no
/// range.
struct DateRange {
    opener: usize,
    end: usize,
    value: DateValue,
}

fn range_at(
    view: &SentenceView,
    sentence: &str,
    dates: &[temporal::DateExpr],
    n: usize,
    anchor: Option<jiff::civil::Date>,
) -> Option<DateRange> {
    let (a, b) = (dates.get(n)?, dates.get(n + 1)?);
    if is_relative(&a.form) || is_relative(&b.form) {
        return None;
    }
    let k = view
        .words
        .partition_point(|&(_, e)| e <= a.start)
        .checked_sub(1)?;
    // `between May 1, 2005, and Dec. 8, 2006`: a comma may close the first.
    let gap = sentence.get(a.end..b.start)?.trim().to_ascii_lowercase();
    let gap = gap.trim_start_matches(',').trim_start();
    let joined = match view.word(k) {
        "between" => gap == "and",
        "from" => matches!(gap, "to" | "through" | "until" | "till" | "-" | "–"),
        _ => false,
    };
    if !joined {
        return None;
    }
    let days = |d: &temporal::DateExpr| {
        temporal::resolve(&d.form, anchor, temporal::direction_at(sentence, d.start))?.interval()
    };
    let ((lo, _), (_, hi)) = (days(a)?, days(b)?);
    (lo <= hi).then(|| DateRange {
        opener: view.words[k].0,
        end: b.end,
        value: DateValue::Range(lo, hi),
    })
}

/// Whether a date modifies a noun (`the 2007 Oscars`, `a 2008
/// conviction`, `the June 20 shooting`, `the 1930's`): a date between a
/// determiner and a word, or a decade.
fn modifies_noun(view: &SentenceView, sentence: &str, d: &temporal::DateExpr) -> bool {
    // A decade is read as a period (`founded in the 1930's by`).
    if (is_relative(&d.form) && !matches!(d.form, temporal::DateForm::Weekday(_)))
        || matches!(d.form, temporal::DateForm::Decade(_))
    {
        return false;
    }
    let determined = view.words_before(d.start).next().is_some_and(|w| {
        matches!(
            w,
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this" | "that" | "s"
        )
    });
    let after = sentence[d.end..].trim_start_matches(['\'', '’']);
    let modifies = after.starts_with(|c: char| c.is_alphabetic())
        || after.starts_with(' ') && after[1..].starts_with(|c: char| c.is_alphabetic());
    determined && modifies
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
    let framed = frame_of(view, sentence, start, end);
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
        for (i, s) in doc.seg.sentences.iter().enumerate() {
            let sentence = doc.sentence_text(i);
            let view = &doc.sentences[i];
            let events = &view.events;
            let found = view.dates(sentence);
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
                let bound = bound_at(view, start).filter(|_| !modifies_noun(view, sentence, d));
                let possessive = ["'s", "’s"].iter().any(|p| sentence[end..].starts_with(p));
                let bound = bound.filter(|_| !possessive);
                let opener = range.as_ref().map_or(start, |r| r.opener);
                let opener = spelled_out_day(found, n, sentence).unwrap_or(opener);
                // `Ford said on Tuesday`: the date of the statement.
                let statement = (bound.is_none() && !dates_an_event(view, opener))
                    .then(|| report_before(view, sentence, opener))
                    .flatten();
                if bound.is_none() && statement.is_none() && !dates_an_event(view, opener) {
                    continue;
                }
                let is_statement = statement.is_some();
                let framed;
                // `a 2008 conviction`: the year dates the noun it modifies,
                // if that is an event, and nothing else (`the 2006 movie`).
                let modified = (bound.is_none() && modifies_noun(view, sentence, d))
                    .then(|| noun_frame_after(view, sentence, end));
                let from = bound.map_or(opener, |(_, at)| at);
                let event = match (statement, modified) {
                    (Some(f), _) | (None, Some(Some(f))) => {
                        framed = f;
                        &framed
                    }
                    (None, Some(None)) => continue,
                    // `its lowest level since 1997`: the superlative is
                    // what the bound holds for.
                    (None, None) => match bound
                        .filter(|(relation, _)| *relation == "since")
                        .and_then(|(_, at)| superlative_before(view, sentence, at))
                        .or_else(|| nearest_frame(view, events, sentence, from, end))
                    {
                        Some(f) => {
                            framed = f;
                            &framed
                        }
                        None => continue,
                    },
                };
                if form == temporal::DateForm::Eve {
                    continue;
                }
                let direction = temporal::direction_at(sentence, start);
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
                let window = if is_statement {
                    speaker_window(sentence, event.start)
                } else if event.class.contains(':') {
                    conjunct_window(sentence, event.start.min(start), event.end.max(end))
                } else {
                    event_window(events, event, sentence.len())
                };
                let mut participants =
                    doc.participants(i, s.span.start + window.start..s.span.start + window.end);
                if participants.is_empty() && view.words_in(window.clone()).any(is_he_or_she) {
                    participants = doc.last_person_before(i).into_iter().collect();
                }
                // A statement is told apart by who made it.
                if participants.is_empty() && is_statement {
                    continue;
                }
                participants.extend(super::frame_object::frame_object(view, sentence, event));
                participants.sort();
                let written = sentence[start..end].to_string();
                let (_, lemma) = class_predicate(&event.class);
                let (lemma, class) = match bound {
                    Some((relation, _)) => (
                        format!("{relation} {lemma}"),
                        bound_class(relation, &event.class),
                    ),
                    None => (lemma.to_string(), event.class.clone()),
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
                out.push(Claim {
                    source: doc.source.id,
                    kind: ClaimKind::Date,
                    subject: Subject {
                        key,
                        class,
                        participants,
                        tense: tense_at(sentence, start),
                        event_date: resolved.clone(),
                        context: view.stems(),
                        counted: None,
                    },
                    value: Value::Date { written, resolved },
                    span: s.span.start + start..s.span.start + end,
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

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, ClaimKind, Value};

    fn dates(text: &str, published: Option<&str>) -> Vec<(String, String, String)> {
        claims_of(text, published)
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Date)
            .map(|c| match &c.value {
                Value::Date { .. } => (
                    c.subject.class.clone(),
                    c.value.normalized(),
                    c.subject.key.clone(),
                ),
                _ => unreachable!("date claims carry date values"),
            })
            .collect()
    }

    #[test]
    fn weekdays_resolve_by_tense_around_publication() {
        let d = dates("SANA said the meeting comes ahead of a summit scheduled on Wednesday in Russia between the presidents of Iran, Russia and Turkey.", Some("2017-11-21"));
        assert_eq!(
            d,
            vec![(
                "summit".into(),
                "2017-11-22".into(),
                "summit: Iran, Russia, Turkey".into()
            )]
        );
        let d = dates(
            "The report said the two leaders held bilateral talks on Monday.",
            Some("2017-11-21"),
        );
        assert_eq!(d[0].1, "2017-11-20");
    }

    #[test]
    fn without_a_date_a_weekday_stays_a_weekday() {
        let d = dates("The leaders will hold a summit on Thursday.", None);
        assert_eq!(d[0].1, "Thursday");
    }

    #[test]
    fn dates_of_other_things_are_not_event_dates() {
        // A bound (`until Tuesday`) is a claim of its own class, never an
        // event date.
        let t = "It was his second visit since the crisis began in March 2011. The Kremlin did not confirm the visit until Tuesday. Media reported Tuesday that the meeting took place.";
        let d = dates(t, Some("2017-11-21"));
        assert!(
            d.iter().all(|(class, ..)| class.starts_with("until:")),
            "{d:?}"
        );
    }

    #[test]
    fn a_date_after_a_reporting_verb_dates_the_statement_of_who_made_it() {
        let d = dates(
            "Mayor Jane Kowalczyk said on Tuesday that the bridge would reopen. \
             Officials said Monday the road was shut.",
            Some("2010-03-03"),
        );
        let found: Vec<(&str, &str)> = d.iter().map(|(c, v, _)| (c.as_str(), v.as_str())).collect();
        assert_eq!(found, [("verb:say", "2010-03-02")]);
        // The speaker, not the people of what was said.
        let d = dates(
            "Jane Kowalczyk met Ivan Petrov in Warsaw, state media reported Tuesday.",
            Some("2010-03-03"),
        );
        assert!(d.iter().all(|(_, _, key)| !key.contains("Petrov")), "{d:?}");
    }

    #[test]
    fn a_range_of_dates_is_one_claim_and_a_list_none() {
        let d = dates(
            "The airline will receive the jets from 2009 to 2011. \
             The plant was shut between May 1 and June 8. \
             The games were hosted in 2008 and 2006.",
            Some("2007-05-02"),
        );
        let found: Vec<(&str, &str)> = d.iter().map(|(c, v, _)| (c.as_str(), v.as_str())).collect();
        assert_eq!(
            found,
            [
                ("verb:receive", "2009-01-01..2011-12-31"),
                ("verb:shut", "2007-05-01..2007-06-08")
            ]
        );
    }

    #[test]
    fn a_date_after_since_until_or_by_bounds_its_event() {
        let d = dates(
            "Trading in the shares has been suspended since March 2004. \
             The border will stay closed until Friday. \
             The carmaker will cut 5,000 jobs by 2015.",
            Some("2006-05-02"),
        );
        let found: Vec<(&str, &str)> = d.iter().map(|(c, v, _)| (c.as_str(), v.as_str())).collect();
        assert_eq!(
            found,
            [
                ("since:verb:suspend", "2004-03"),
                ("until:verb:close", "2006-05-05"),
                ("by:verb:cut", "2015")
            ]
        );
        // `after Monday's attack` dates the attack, and no bound.
        let d = dates(
            "Troops were deployed after Monday's attack.",
            Some("2006-05-02"),
        );
        assert!(
            d.iter().all(|(class, ..)| !class.starts_with("after:")),
            "{d:?}"
        );
        assert!(!crate::claims::frame::same_event_class(
            "since:verb:suspend",
            "verb:suspend"
        ));
    }

    #[test]
    fn a_sentence_opening_date_dates_its_event() {
        let d = dates(
            "On November 20, Russian President Vladimir Putin held a meeting with Bashar al-Assad.",
            Some("2017-11-21"),
        );
        assert_eq!(d[0].0, "meeting");
        assert_eq!(d[0].1, "2017-11-20");
    }

    #[test]
    fn a_premodifying_date_dates_the_event_sense_of_its_noun() {
        // `conviction` is first a belief, then a verdict; a dated artifact,
        // a plural and what did not happen are no one event.
        let d = dates(
            "The court threw out his 2009 conviction. The 2006 movie was a hit. \
             The 2005 bombings were deadly. He denied the 2004 attempted robbery.",
            Some("2012-05-02"),
        );
        let found: Vec<(&str, &str)> = d.iter().map(|(c, v, _)| (c.as_str(), v.as_str())).collect();
        assert_eq!(found, [("noun:conviction", "2009")]);
    }

    #[test]
    fn quarters_resolve_with_their_year_and_the_story_day_makes_no_claim() {
        let d = dates(
            "Revenue at the brewer rose in the third quarter of 2011. \
             The index climbed 2% to end the day at 812. \
             The team scored twice in the fourth quarter.",
            Some("2011-11-02"),
        );
        let found: Vec<(&str, &str)> = d.iter().map(|(c, v, _)| (c.as_str(), v.as_str())).collect();
        assert_eq!(found[0], ("verb:rise", "2011-07-01..2011-09-30"));
        // The story's day says no date: no claim (nor the day after).
        assert!(found.iter().all(|(c, _)| *c != "verb:end"), "{found:?}");
        // A quarter without its year may be a game's: no calendar value.
        assert_eq!(found[1].0, "verb:score");
        assert!(
            !found[1].1.contains("..") && !found[1].1.contains('-'),
            "{found:?}"
        );
    }

    #[test]
    fn a_release_an_offset_beside_a_date_and_a_part_of_a_period() {
        let d = dates(
            "The two hostages were released on Tuesday. \
             The liner docked on May 9, two days later than planned. \
             Exports have risen 4% since the start of this year.",
            Some("2011-11-02"),
        );
        let found: Vec<(&str, &str)> = d.iter().map(|(c, v, _)| (c.as_str(), v.as_str())).collect();
        assert_eq!(
            found,
            [
                ("verb:release", "2011-11-01"),
                ("verb:dock", "2011-05-09"),
                ("since:verb:rise", "2011")
            ]
        );
        // Two calendar dates side by side are still a list.
        let d = dates("The liner docked on May 9, May 12.", Some("2011-11-02"));
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn a_spelled_out_weekday_a_comma_range_and_a_decade() {
        let d = dates(
            "Mayor Jane Kowalczyk said on Monday, 12 November that the bridge would reopen. \
             The plant was shut between May 1, 2005, and June 8, 2006. \
             The club was founded in the 1920's by two brothers.",
            Some("2012-11-14"),
        );
        let found: Vec<(&str, &str)> = d.iter().map(|(c, v, _)| (c.as_str(), v.as_str())).collect();
        assert_eq!(
            found,
            [
                ("verb:say", "2012-11-12"),
                ("verb:shut", "2005-05-01..2006-06-08"),
                ("verb:found", "1920-01-01..1929-12-31")
            ]
        );
    }

    #[test]
    fn today_spelled_out_leaves_the_date_to_itself() {
        // What happened on an article's own day is told by `today`; the
        // calendar date in brackets makes no claim of its own.
        let d = dates(
            "The operator announced today (20 October 2011) that service is back.",
            Some("2011-10-20"),
        );
        assert!(d.iter().all(|(_, v, _)| v != "2011-10-20"), "{d:?}");
    }
}
