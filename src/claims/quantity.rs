//! Quantity claims: a number with what it counts (`some 400,000` killed,
//! `2.3 million people`, `four hours`), hedges kept as intervals.

use super::text::{content_stems, tense_at};
use super::{Claim, ClaimKind, Context, Doc, Extractor, Subject, Value};
use crate::quantity::find_quantities;

/// Extracts [`ClaimKind::Quantity`] claims.
pub struct QuantityExtractor;

/// Verbs that say what a bare number counts (`has killed some 400,000`).
const COUNTING_VERBS: &[&str] = &[
    "killed",
    "injured",
    "wounded",
    "dead",
    "died",
    "displaced",
    "evacuated",
    "arrested",
    "missing",
    "affected",
    "employed",
    "sold",
    "lost",
    "raised",
    "won",
    "earned",
    "cost",
    "fired",
    "hired",
];

impl Extractor for QuantityExtractor {
    fn kind(&self) -> ClaimKind {
        ClaimKind::Quantity
    }

    fn extract(&self, doc: &Doc, ctx: &Context, out: &mut Vec<Claim>) {
        for (i, s) in doc.seg.sentences.iter().enumerate() {
            let sentence = doc.sentence_text(i);
            for q in find_quantities(sentence, &ctx.lexicon.hedges) {
                let verb = crate::segment::words(&sentence[..q.start])
                    .map(|(_, w)| w.to_lowercase())
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .take(3)
                    .find(|w| COUNTING_VERBS.contains(&w.as_str()));
                let class = match (&q.unit, &verb) {
                    (Some(u), _) => u.clone(),
                    (None, Some(v)) => v.clone(),
                    (None, None) => continue,
                };
                let participants = doc.participants(i, s.span.clone());
                let mut context = content_stems(sentence);
                context.retain(|w| q.unit.as_deref().is_none_or(|u| w != u));
                out.push(Claim {
                    source: doc.source.id,
                    kind: ClaimKind::Quantity,
                    subject: Subject {
                        key: match &verb {
                            Some(v) if q.unit.is_some() => format!("{class} {v}"),
                            _ => class.clone(),
                        },
                        class,
                        participants,
                        tense: tense_at(sentence, q.start),
                        event_date: None,
                        context,
                    },
                    value: Value::Quantity {
                        value: q.value,
                        lo: q.lo,
                        hi: q.hi,
                        unit: q.unit.clone(),
                    },
                    span: s.span.start + q.start..s.span.start + q.end,
                    sentence: s.span.clone(),
                    confidence: if q.hedge.is_some() { 0.7 } else { 0.8 },
                    evidence: match &q.hedge {
                        Some(h) => format!("hedged by \"{h}\""),
                        None => "exact number".into(),
                    },
                });
            }
        }
    }
}
