//! A quote claim built from a quote and its speaker, and the speaker a
//! quote that ran on into the next paragraph gets from it.

use super::super::text::content_stems_of;
use super::super::{Attribution, Claim, ClaimKind, Doc, Subject, Sym, Tense, Value};
use super::Resolved;
use std::ops::Range;

/// The quote claim of quote `q` in paragraph `para`, with its speaker.
pub(super) fn make_claim(
    doc: &Doc,
    para: Range<usize>,
    q: Range<usize>,
    (speaker, attribution, how): Resolved,
) -> Claim {
    let untrimmed = &doc.source.text[q.clone()];
    let quote = untrimmed.trim();
    let quote_start = q.start + (untrimmed.len() - untrimmed.trim_start().len());
    let short: Vec<&str> = quote.split_whitespace().take(8).collect();
    let key = format!(
        "quote: \"{}…\"",
        short.join(" ").trim_end_matches([',', '.'])
    );
    let confidence = match attribution {
        Attribution::Explicit => 0.9,
        Attribution::Implicit => 0.6,
        Attribution::Unknown => 0.3,
    };
    let evidence: super::super::Sym = match (&speaker.phrase, attribution) {
        (Some(ph), Attribution::Explicit) => format!("explicit, {how}: \"{ph}\"").into(),
        (Some(ph), Attribution::Implicit) => format!("guessed from {how} (\"{ph}\")").into(),
        _ => how.into(),
    };
    // The article's full name for the speaker (`Mendes` → `Carla Mendes`).
    let name = speaker
        .name
        .map(|n| doc.people.full_name(&n).map_or(n, str::to_string));
    let person = speaker.person && !name.as_deref().is_some_and(names_a_place);
    Claim {
        source: doc.source.id,
        kind: ClaimKind::Quote,
        subject: Subject {
            key: key.into(),
            class: "quote".into(),
            participants: Default::default(),
            tense: Tense::Unknown,
            event_date: None,
            context: content_stems_of(
                quote,
                doc.words_in(quote_start..quote_start + quote.len())
                    .into_iter(),
            ),
            counted: None,
        },
        value: Value::Quote {
            speaker: name.map(Sym::from),
            speaker_phrase: speaker.phrase.map(Sym::from),
            attribution,
            person,
            text: quote.into(),
        },
        span: q,
        sentence: para,
        confidence,
        evidence,
    }
}

/// Whether quoted words are a title (`The Secret Life of Lakes: A
/// History`): most of their longer words are capitalised.
pub(super) fn title_of_a_work(quote: &str) -> bool {
    let (mut long, mut capital) = (0, 0);
    for (_, w) in crate::segment::words(quote) {
        if w.chars().count() >= 4 {
            long += 1;
            capital += usize::from(w.starts_with(|c: char| c.is_uppercase()));
        }
    }
    long >= 3 && capital * 10 >= long * 7
}

/// Gives a claim whose quote ran on into the next paragraph the speaker
/// that paragraph names when the quote ends (`…the charm," Roe said.`),
/// as sure as it is there (`…," he said.` after another paragraph: a
/// guess, given only to a claim without one).
pub(super) fn backfill(claim: &mut Claim, (speaker, found, how): &Resolved, doc: &Doc) {
    if let Value::Quote {
        speaker: name,
        speaker_phrase,
        attribution,
        person,
        ..
    } = &mut claim.value
    {
        // A guess replaces no other guess.
        if *found != Attribution::Explicit && *attribution != Attribution::Unknown {
            return;
        }
        *name = speaker
            .name
            .clone()
            .map(|n| doc.people.full_name(&n).map_or(n, str::to_string).into());
        *speaker_phrase = speaker.phrase.as_ref().map(Sym::from);
        *attribution = *found;
        *person = speaker.person;
        let phrase = speaker.phrase.as_deref().unwrap_or("");
        (claim.confidence, claim.evidence) = match found {
            Attribution::Explicit => (
                0.9,
                format!(
                    "explicit, continued: named where the quote ends, in the next paragraph (\"{phrase}\")"
                )
                .into(),
            ),
            _ => (
                0.6,
                format!("guessed from {how}, where the quote ends in the next paragraph (\"{phrase}\")")
                    .into(),
            ),
        };
    }
}

/// Whether a speaker's name of two words or more is a place the gazetteer
/// knows (`Banda Aceh` read from `a Banda Aceh resident said`): a place
/// never speaks, so it is compared with nobody.
fn names_a_place(name: &str) -> bool {
    name.contains(' ')
        && !crate::gazetteer::Gazetteer::embedded()
            .lookup(name)
            .is_empty()
}
