//! The attribution before a quote: `Roe said:`, `Roe said that`, a
//! speech verb earlier in the quote's sentence, or a colon sentence that
//! names one person.

use super::super::entities::{EntityKind, Mention};
use super::super::{Context, Doc};
use super::attribute::{parse_attribution, Speaker};
use super::phrase::mentions_in;
use std::ops::Range;

/// The text before a quote attributes it when it ends with `X said:` or `X said that`.
pub(super) fn parse_head(
    doc: &Doc,
    ctx: &Context,
    span: Range<usize>,
    para: &Option<Speaker>,
    last: &Option<Speaker>,
) -> Option<Speaker> {
    let t = doc.source.text.get(span.clone())?.trim_end();
    let marked =
        t.ends_with(':') || t.ends_with(',') || t.ends_with(" that") || t.ends_with("saying");
    // `Roe said the plan would "…"`: a speech verb earlier in the quote's
    // own sentence attributes it too.
    let same_sentence = span.end > span.start
        && doc.seg.sentence_at(span.start) == doc.seg.sentence_at(span.end.saturating_sub(1));
    if !marked && !same_sentence {
        return None;
    }
    // Only the clause right before the quote, in its sentence when no
    // mark ends it.
    let mut clause_start = t
        .trim_end_matches([':', ','])
        .rfind(['.', ';', '!', '?'])
        .map_or(0, |i| i + 1);
    if !marked {
        let si = doc.seg.sentence_at(span.end.saturating_sub(1))?;
        let s_start = doc.seg.sentences[si].span.start;
        clause_start = clause_start.max(s_start.saturating_sub(span.start));
    }
    let clause = span.start + clause_start..span.start + t.len();
    parse_attribution(doc, ctx, clause.clone(), true, para, last).or_else(|| {
        // `Roe went on:` — no speech verb, but a person introduces the quote.
        if !t.ends_with(':') {
            return None;
        }
        // Not a person the statement is about (`issued this statement on
        // Jackson's arrest:`): a possessive, or the object of a preposition.
        let text = &doc.source.text;
        let about = |m: &Mention| {
            let after = &text[m.end..];
            let lead = text[..m.start].trim_end();
            let before = lead.rsplit(' ').next().unwrap_or("");
            after.starts_with("'s")
                || after.starts_with("’s")
                || matches!(
                    before,
                    "on" | "about" | "of" | "for" | "against" | "with" | "to" | "over"
                )
        };
        let m = mentions_in(doc, clause)
            .into_iter()
            .rfind(|m| m.kind == EntityKind::Person && !about(m))?;
        Some(Speaker {
            name: Some(m.name.clone()),
            phrase: Some(doc.source.text[m.start..m.end].to_string()),
            person: true,
            according: false,
            referred: false,
        })
    })
}
