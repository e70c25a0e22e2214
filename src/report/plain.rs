//! Claims told in plain words for editors. Extraction records how it read
//! a claim in its own shorthand (`future reading, anchored on 2017-11-21,
//! borrowed from its story`, `Assad (implicit)`); reports, cards and
//! messages say it as a person would: `read as the coming Thursday,
//! counted from 21 Nov 2017, the date taken from the other articles of
//! this story`, `Assad (speaker guessed from the sentence before)`.

use crate::claims::{Attribution, Claim, Value};
use crate::source::{people_date, Source};

/// What an implicit attribution is called in values.
const GUESSED: &str = "speaker guessed from the sentence before";

/// A claim's value for messages: its display, a guessed speaker said so
/// (`Assad (speaker guessed from the sentence before)`).
pub fn value(c: &Claim) -> String {
    match &c.value {
        Value::Quote {
            speaker,
            attribution: Attribution::Implicit,
            ..
        } => format!(
            "{} ({GUESSED})",
            speaker.as_deref().unwrap_or("unknown speaker")
        ),
        v => v.display(),
    }
}

/// A claim's value and how it was read, for labels and cards:
/// `Thursday → 2017-11-23 (read as the coming Thursday, counted from the
/// article's date 21 Nov 2017)`, `Assad (speaker guessed from the person
/// named in the sentence before, "Assad")`.
pub fn reading(c: &Claim, source: &Source) -> String {
    if let Value::Quote {
        speaker,
        attribution,
        ..
    } = &c.value
    {
        let who = speaker.as_deref().unwrap_or("unknown speaker");
        return match (attribution, quote_evidence(&c.evidence)) {
            (Attribution::Implicit, Some(how)) => format!("{who} (speaker {how})"),
            (Attribution::Implicit, None) => format!("{who} ({GUESSED})"),
            (_, Some(how)) => format!("{who} ({how})"),
            (_, None) => c.value.display(),
        };
    }
    let why = evidence(c, source);
    if why.is_empty() {
        c.value.display()
    } else {
        format!("{} ({why})", c.value.display())
    }
}

/// How a claim was read, in plain words (the extraction's evidence, with
/// its shorthand spelled out).
pub fn evidence(c: &Claim, source: &Source) -> String {
    match &c.value {
        Value::Date { written, .. } => date_evidence(&c.evidence, written, source),
        Value::Quote { .. } => {
            quote_evidence(&c.evidence).unwrap_or_else(|| c.evidence.to_string())
        }
        _ => c.evidence.to_string(),
    }
}

/// `explicit, after the quote: "Russian leader"` → `named after the
/// quote: "Russian leader"`; `guessed from the sentence before ("he")` →
/// `guessed from the sentence before, "he"`.
fn quote_evidence(e: &str) -> Option<String> {
    if let Some(rest) = e.strip_prefix("explicit, ") {
        return Some(format!("named {rest}"));
    }
    if let Some(rest) = e.strip_prefix("guessed from ") {
        let rest = match rest.rsplit_once(" (\"") {
            Some((how, phrase)) => format!("{how}, \"{}", phrase.trim_end_matches(')')),
            None => rest.to_string(),
        };
        return Some(format!("guessed from {rest}"));
    }
    (!e.is_empty()).then(|| e.to_string())
}

/// `future reading, anchored on 2017-11-21, borrowed from its story` →
/// `read as the coming Thursday, counted from 21 Nov 2017, the date taken
/// from the other articles of this story`. Text in another shape is kept.
fn date_evidence(e: &str, written: &str, source: &Source) -> String {
    let Some((direction, anchor)) = e.split_once(" reading, ") else {
        return e.to_string();
    };
    let weekday = written
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|ch: char| !ch.is_alphabetic())
                .to_lowercase()
        })
        .find(|w| crate::source::WEEKDAY_NAMES.contains(&w.as_str()))
        .map(|w| {
            let mut ch = w.chars();
            ch.next()
                .map(|f| f.to_uppercase().chain(ch).collect::<String>())
                .unwrap_or_default()
        });
    let has_year = written
        .split(|ch: char| !ch.is_ascii_digit())
        .any(|d| d.len() == 4);
    let read = match (direction, weekday) {
        _ if has_year => None,
        ("future", Some(w)) => Some(format!("read as the coming {w}")),
        ("past", Some(w)) => Some(format!("read as the last {w}")),
        ("nearest", Some(w)) => Some(format!("read as the nearest {w}")),
        ("future", None) => Some("read as still to come".to_string()),
        ("past", None) => Some("read as already past".to_string()),
        _ => None,
    };
    let counted = if anchor == "no anchor date" {
        Some("the article's date is unknown".to_string())
    } else if has_year {
        None
    } else {
        let rest = anchor.strip_prefix("anchored on ").unwrap_or(anchor);
        let (date, borrowed) = match rest.split_once(", borrowed") {
            Some((d, _)) => (d, true),
            None => (rest.split(' ').next().unwrap_or(rest), false),
        };
        let shown = date
            .parse::<jiff::civil::Date>()
            .map_or_else(|_| date.to_string(), people_date);
        let borrowed =
            borrowed || source.meta.published_from == crate::source::Provenance::Borrowed;
        Some(if borrowed {
            format!("counted from {shown}, {}", BORROWED)
        } else {
            format!("counted from the article's date {shown}")
        })
    };
    match (read, counted) {
        (Some(r), Some(c)) => format!("{r}, {c}"),
        (Some(r), None) => r,
        (None, Some(c)) => c,
        (None, None) => "as written".to_string(),
    }
}

/// What a date taken from the story is called.
pub const BORROWED: &str = "the date taken from the other articles of this story";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::{ClaimKind, Subject, Tense};

    fn claim(value: Value, evidence: &str) -> Claim {
        Claim {
            source: 0,
            kind: ClaimKind::Date,
            subject: Subject {
                key: Default::default(),
                class: Default::default(),
                participants: Default::default(),
                tense: Tense::Unknown,
                event_date: None,
                context: Default::default(),
                counted: None,
            },
            value,
            span: 0..1,
            sentence: 0..1,
            confidence: 0.5,
            evidence: evidence.to_string().into(),
        }
    }

    fn source() -> Source {
        Source::from_text(
            0,
            "a.txt",
            "A line.".into(),
            &crate::lexicon::Lexicon::defaults(),
        )
    }

    fn date(written: &str, evidence: &str) -> String {
        let c = claim(
            Value::Date {
                written: written.into(),
                resolved: None,
            },
            evidence,
        );
        evidence_of(&c)
    }

    fn evidence_of(c: &Claim) -> String {
        evidence(c, &source())
    }

    #[test]
    fn dates_say_how_they_were_counted() {
        assert_eq!(
            date(
                "Thursday",
                "future reading, anchored on 2017-11-21, borrowed from its story"
            ),
            "read as the coming Thursday, counted from 21 Nov 2017, the date taken from the other articles of this story"
        );
        assert_eq!(
            date(
                "on Wednesday",
                "future reading, anchored on 2017-11-21 (header)"
            ),
            "read as the coming Wednesday, counted from the article's date 21 Nov 2017"
        );
        assert_eq!(
            date("last week", "past reading, anchored on 2017-11-21 (header)"),
            "read as already past, counted from the article's date 21 Nov 2017"
        );
        assert_eq!(
            date(
                "Nov. 22, 2017",
                "nearest reading, anchored on 2017-11-21 (header)"
            ),
            "as written"
        );
        assert_eq!(
            date("Friday", "nearest reading, no anchor date"),
            "read as the nearest Friday, the article's date is unknown"
        );
        assert_eq!(
            date("x", "user pattern for summit"),
            "user pattern for summit"
        );
    }

    #[test]
    fn quotes_say_who_and_how_without_shorthand() {
        let quote = |attribution, evidence: &str| {
            claim(
                Value::Quote {
                    speaker: Some("Assad".into()),
                    speaker_phrase: Some("he".into()),
                    attribution,
                    person: true,
                    text: Default::default(),
                },
                evidence,
            )
        };
        let guessed = quote(
            Attribution::Implicit,
            "guessed from the person named in the sentence before (\"Assad\")",
        );
        assert_eq!(
            value(&guessed),
            "Assad (speaker guessed from the sentence before)"
        );
        let r = reading(&guessed, &source());
        assert_eq!(
            r,
            "Assad (speaker guessed from the person named in the sentence before, \"Assad\")"
        );
        assert!(!r.contains("implicit"), "{r}");
        let named = quote(Attribution::Explicit, "explicit, after the quote: \"he\"");
        assert_eq!(
            reading(&named, &source()),
            "Assad (named after the quote: \"he\")"
        );
    }
}
