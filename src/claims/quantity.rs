//! Quantity claims: a number with what it counts (`some 400,000` killed,
//! `2.3 million people`, `four hours`), hedges kept as intervals.

use super::text::tense_at;
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

/// Whether the number at `start..end` looks cut out of a larger one by
/// tokenized text: `3. 9 percent` (3.9), `$143 - billion` ($143 billion),
/// `170, 000 people` (170,000), `4 1 / 2 months` (4½). Such a number is
/// left out rather than misread.
fn split_number(sentence: &str, start: usize, end: usize) -> bool {
    let before = &sentence.as_bytes()[..start];
    let after = sentence[end..].trim_start();
    let ends_with = |pat: &[u8]| {
        before.len() > pat.len()
            && before.ends_with(pat)
            && before[before.len() - pat.len() - 1].is_ascii_digit()
    };
    let spaced_magnitude = after.strip_prefix("- ").is_some_and(|rest| {
        let w = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        matches!(
            w.to_lowercase().as_str(),
            "million" | "billion" | "trillion" | "thousand" | "hundred"
        )
    });
    let spaced_thousands = after.strip_prefix(", ").is_some_and(|rest| {
        let b = rest.as_bytes();
        b.len() >= 3
            && b[..3].iter().all(u8::is_ascii_digit)
            && b.get(3).is_none_or(|c| !c.is_ascii_digit())
    });
    ends_with(b". ") || ends_with(b" / ") || ends_with(b"/") || spaced_magnitude || spaced_thousands
}

/// Whether a quantity counts only a part or is no count at all: `two
/// other rifles`, `three more`, `41 years later`, `($1.52 million)` after
/// another amount (a currency conversion).
fn not_a_count(sentence: &str, start: usize, end: usize) -> bool {
    // Only the few words around the number matter: look at a bounded window.
    let span = sentence[start..end].to_lowercase();
    let partial = span.split_whitespace().any(|w| {
        matches!(
            w,
            "other" | "more" | "additional" | "further" | "extra" | "another"
        )
    });
    let next = crate::segment::words(&sentence[end..])
        .next()
        .map(|(_, w)| w.to_lowercase());
    let offset = next
        .as_deref()
        .is_some_and(|w| matches!(w, "later" | "ago" | "earlier" | "after" | "before" | "more"));
    let head = sentence[..start].trim_end();
    let conversion = head.strip_suffix('(').is_some_and(|h| {
        let h = h.trim_end().as_bytes();
        let tail = h[h.len().saturating_sub(8)..].to_ascii_lowercase();
        h.last().is_some_and(u8::is_ascii_digit)
            || [&b"million"[..], b"billion", b"trillion"]
                .iter()
                .any(|m| tail.ends_with(m))
    });
    partial || offset || conversion
}

/// Words that make a number a sum over parts: `a combined 157 games with
/// the Angels and Braves` is no count of the games with the Angels.
const COMBINED: &[&str] = &["combined", "cumulative", "aggregate"];

/// Whether the quantity is a sum over parts: `a combined 157 games`, `a
/// cumulative 300 hours`, `157 games combined`. `before` are the lower-case words
/// before the number, nearest first; `after` the text after the quantity.
fn is_combined<'a>(mut before: impl Iterator<Item = &'a str>, after: &str) -> bool {
    let marked_before = before.next().is_some_and(|w| COMBINED.contains(&w));
    let marked_after = crate::segment::words(after)
        .next()
        .is_some_and(|(_, w)| COMBINED.iter().any(|c| w.eq_ignore_ascii_case(c)));
    marked_before || marked_after
}

/// Whether the quantity is an age (`Sixty-year-old`, `61 years old`).
fn is_age(sentence: &str, end: usize) -> bool {
    let rest = sentence.as_bytes()[end..]
        .iter()
        .take(9)
        .map(u8::to_ascii_lowercase)
        .collect::<Vec<u8>>();
    rest.starts_with(b"-old") || rest.starts_with(b" old") || rest.starts_with(b"-year-old")
}

impl Extractor for QuantityExtractor {
    fn kind(&self) -> ClaimKind {
        ClaimKind::Quantity
    }

    fn extract(&self, doc: &Doc, ctx: &Context, out: &mut Vec<Claim>) {
        for (i, s) in doc.seg.sentences.iter().enumerate() {
            let sentence = doc.sentence_text(i);
            for q in find_quantities(sentence, &ctx.lexicon.hedges) {
                if split_number(sentence, q.start, q.end) || not_a_count(sentence, q.start, q.end) {
                    continue;
                }
                let view = &doc.sentences[i];
                let verb = view
                    .words_before(q.start)
                    .take(3)
                    .find(|w| COUNTING_VERBS.contains(w))
                    .map(str::to_string);
                let class = match (&q.unit, &verb) {
                    (Some(_), _) if is_age(sentence, q.end) => "years old".to_string(),
                    (Some(u), _) => u.clone(),
                    (None, Some(v)) => v.clone(),
                    (None, None) => continue,
                };
                // A sum over parts counts another thing than any one part:
                // it is compared with other sums only.
                let class = if is_combined(view.words_before(q.start), &sentence[q.end..]) {
                    format!("combined {class}")
                } else {
                    class
                };
                let participants = doc.participants(i, s.span.clone());
                // The unit word is left out of the similarity when two
                // quantities are compared (see `align`), so the sentence's
                // stems can be shared as they are.
                let context = view.stems();
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
                        reading: q.reading,
                        revised: crate::quantity::Revision::None,
                    },
                    span: s.span.start + q.start..s.span.start + q.end,
                    sentence: s.span.clone(),
                    confidence: if q.hedge.is_some() { 0.7 } else { 0.8 },
                    evidence: match &q.hedge {
                        Some(h) => format!("hedged by \"{h}\"").into(),
                        None => "exact number".into(),
                    },
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{is_combined, not_a_count, split_number};

    #[test]
    fn numbers_split_by_tokenization_are_recognized() {
        let s = "Greek stocks closed down 3. 9 percent.";
        let at = s.find("9 percent").unwrap();
        assert!(split_number(s, at, at + 1));
        let s = "a ($143 - billion) bailout";
        let at = s.find("$143").unwrap();
        assert!(split_number(s, at, at + 4));
        let s = "In 2005, 9 percent fell.";
        let at = s.find("9 percent").unwrap();
        assert!(!split_number(s, at, at + 1));
        let s = "a tsunami that killed 170, 000 people";
        let at = s.find("170").unwrap();
        assert!(split_number(s, at, at + 3));
    }

    #[test]
    fn sums_over_parts_are_marked() {
        let words = |s: &'static str| s.split(' ').rev();
        assert!(is_combined(
            words("Playing in a combined"),
            " with the Angels"
        ));
        assert!(is_combined(words("a cumulative"), "."));
        assert!(is_combined(words("in"), " combined, he hit"));
        assert!(!is_combined(words("in"), " with the Angels"));
        assert!(!is_combined(words("combined with"), " in 2008"));
    }

    #[test]
    fn parts_offsets_and_conversions_are_not_counts() {
        let s = "seized seven rifles, two other rifles and a launcher";
        let at = s.find("two other rifles").unwrap();
        assert!(not_a_count(s, at, at + "two other rifles".len()));
        let s = "This morning, 41 years later, police arrested her.";
        let at = s.find("41 years").unwrap();
        assert!(not_a_count(s, at, at + "41 years".len()));
        let s = "Damage was estimated at $US1 million ($1.52 million).";
        let at = s.find("$1.52 million").unwrap();
        assert!(not_a_count(s, at, at + "$1.52 million".len()));
        let s = "It killed 230 people.";
        let at = s.find("230 people").unwrap();
        assert!(!not_a_count(s, at, at + "230 people".len()));
    }
}
