//! A speaker found outside the quote's sentence: the colon sentence that
//! ends the paragraph before (explicit), or a guess from the sentences
//! around it.

use super::super::entities::EntityKind;
use super::super::{Context, Doc};
use super::attribute::{parse_attribution, Speaker};
use super::find::{find_quotes, OUTSIDE_WORDS_CAP};
use super::head::parse_head;
use std::ops::Range;

/// The speaker a paragraph that opens with quote `q` takes from paragraph
/// `p - 1`: the colon sentence that ends it (`Roe was quick to reply:`),
/// explicit.
pub(super) fn colon_before(
    doc: &Doc,
    ctx: &Context,
    p: usize,
    last_speaker: &Option<Speaker>,
) -> Option<Speaker> {
    let prev = doc.seg.paragraphs.get(p.checked_sub(1)?)?.clone();
    let text = &doc.source.text;
    if !text[prev.clone()].trim_end().ends_with(':') {
        return None;
    }
    let si = doc.seg.sentence_at(prev.end.checked_sub(1)?)?;
    let span = doc.seg.sentences[si].span.clone();
    if let Some(s) = parse_head(doc, ctx, span.clone(), &None, last_speaker) {
        return Some(s);
    }
    // `Roe had this answer:` — no speech verb, but one person; `His exact
    // words:` — the person of the sentence before.
    let person = |i: usize| {
        doc.mentions[i]
            .iter()
            .find(|m| m.kind == EntityKind::Person)
    };
    let pronoun = |r: Range<usize>| {
        text[r].split(|c: char| !c.is_alphabetic()).any(|w| {
            matches!(
                w,
                "He" | "She" | "His" | "Her" | "he" | "she" | "his" | "her"
            )
        })
    };
    let m = match person(si) {
        Some(m) => m,
        // The subject of the sentence before, unless a pronoun comes first
        // there too (then who `he` is lies further back).
        None if pronoun(span.clone()) => {
            let prev = si.checked_sub(1)?;
            let m = person(prev)?;
            if pronoun(doc.seg.sentences[prev].span.start..m.start) {
                return None;
            }
            m
        }
        None => return None,
    };
    Some(Speaker {
        name: Some(m.name.clone()),
        phrase: Some(text[m.start..m.end].to_string()),
        person: true,
        according: false,
        referred: false,
    })
}

/// A guess at the speaker of quote `q` in paragraph `p` (the quote has no
/// attribution of its own), and where it was taken from. `before` is the
/// speaker of the last quote of the paragraph before, when it had one.
pub(super) fn implicit_speaker(
    doc: &Doc,
    ctx: &Context,
    p: usize,
    q: &Range<usize>,
    outside_words: usize,
    last_speaker: &Option<Speaker>,
    before: Option<&Speaker>,
) -> Option<(Speaker, &'static str)> {
    // A paragraph that is nothing but a quote continues the previous
    // quote's speaker, even one we cannot name (`her rep told …`): not a
    // person merely named near it.
    if outside_words < OUTSIDE_WORDS_CAP {
        // (`before` also knows a paragraph that only closes a quote.)
        let prev_para_had_quote = before.is_some()
            || (p > 0
                && !find_quotes(&doc.source.text, doc.seg.paragraphs[p - 1].clone()).is_empty());
        if prev_para_had_quote {
            if let Some(s) = before.cloned().or_else(|| last_speaker.clone()) {
                return Some((s, "the speaker of the quote in the paragraph before"));
            }
        }
    }
    // Otherwise the sentence just before the quote's sentence.
    let si = doc.seg.sentence_at(q.start)?;
    let prev = si.checked_sub(1)?;
    let span = doc.seg.sentences[prev].span.clone();
    // A person named inside a quote there is spoken of, not speaking
    // (`"We gave up a good man in DeShawn," Langford said.`): the
    // speaker is read outside the sentence's quotes.
    let para = doc.seg.sentences[prev].paragraph;
    let quoted: Vec<Range<usize>> = doc
        .seg
        .paragraphs
        .get(para)
        .map(|r| find_quotes(&doc.source.text, r.clone()))
        .unwrap_or_default();
    let parts = outside_quotes(&span, &quoted);
    let outside = |phrase: &str| {
        parts.iter().any(|r| {
            doc.source
                .text
                .get(r.clone())
                .is_some_and(|t| t.contains(phrase))
        })
    };
    let speaks = |s: &Speaker| s.name.is_some() && s.phrase.as_deref().is_none_or(outside);
    let spoken = parse_attribution(doc, ctx, span.clone(), false, &None, last_speaker);
    let from_inside = spoken
        .as_ref()
        .is_some_and(|s| s.name.is_some() && !speaks(s));
    let spoken = match from_inside {
        // Read again outside the quotes.
        true => parts.iter().find_map(|r| {
            parse_attribution(doc, ctx, r.clone(), false, &None, last_speaker).filter(speaks)
        }),
        false => spoken.filter(|s| s.name.is_some()),
    };
    if let Some(s) = spoken {
        return Some((s, "the speaker of the sentence before"));
    }
    // A person merely named there speaks only in the quote's own
    // paragraph: a paragraph that opens with a quote is not attributed by
    // a sentence about something else.
    if para != doc.seg.sentences[si].paragraph {
        return None;
    }
    let subject = doc.mentions[prev].iter().find(|m| {
        m.kind == EntityKind::Person && !quoted.iter().any(|r| r.start <= m.start && m.end <= r.end)
    })?;
    Some((
        Speaker {
            name: Some(subject.name.clone()),
            phrase: Some(doc.source.text[subject.start..subject.end].to_string()),
            person: true,
            according: false,
            referred: false,
        },
        "the person named in the sentence before",
    ))
}

/// The parts of sentence `span` outside its quotes: the whole of it when
/// no quote of `quoted` meets it, else the text after its last quote
/// (`…," Roe said.`) and before its first (`Roe said: "…`).
fn outside_quotes(span: &Range<usize>, quoted: &[Range<usize>]) -> Vec<Range<usize>> {
    let inside: Vec<&Range<usize>> = quoted
        .iter()
        .filter(|r| r.start < span.end && span.start < r.end)
        .collect();
    let (Some(first), Some(last)) = (inside.first(), inside.last()) else {
        return vec![span.clone()];
    };
    vec![
        last.end.min(span.end)..span.end,
        span.start..first.start.max(span.start),
    ]
}
