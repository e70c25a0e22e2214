//! Quantity claims: a number with what it counts (`some 400,000` killed,
//! `2.3 million people`, `four hours`), hedges kept as intervals.
//!
//! `verbs` reads what a bare figure counts, `filters` drops figures
//! that are no count of their own, `ages` tells ages.

mod ages;
pub mod body;
mod doers;
pub(crate) use doers::DOER;
mod filters;
pub mod instalments;
pub mod measured;
mod people;
pub mod rivals;
mod verbs;

use super::age::AGE_CLASS;
use super::text::figure_tense_at;
use super::{Claim, ClaimKind, Context, Doc, Extractor, SentenceView, Subject, Value};
use crate::quantity::{find_quantities, QuantityExpr};
use filters::TIME_UNITS;
use std::sync::Arc;
pub(in crate::claims) use verbs::clause_word;

/// The scope of a count of others than those named (`three other
/// rifles`): `than` is never a context word, so no sentence names it and
/// such a figure meets only figures of the same scope.
const OTHERS_SCOPE: &str = "other than";

/// Extracts [`ClaimKind::Quantity`] claims.
pub struct QuantityExtractor;

/// Scopes the quantity claims of sentence `i` (those from `first` on)
/// get from their sentence as a whole: a part when the sentence lists
/// other figures of their unit, and the period of the sentence before
/// when this one starts with a pronoun.
fn scope_sentence(doc: &Doc, i: usize, partial_units: &[String], claims: &mut [Claim]) {
    if claims.is_empty() {
        return;
    }
    let view = &doc.sentences[i];
    let inherited = super::counted::carried_periods(doc, i);
    let (sentence, offset) = (doc.sentence_text(i), doc.seg.sentences[i].span.start);
    let clauses = super::counted::SentenceClauses::new(sentence, view);
    for c in claims {
        let partial = matches!(&c.value, Value::Quantity { unit: Some(u), .. } if partial_units.iter().any(|p| p == u));
        let Some(counted) = c.subject.counted.as_mut().map(Arc::make_mut) else {
            continue;
        };
        if partial {
            super::counted::add_scopes(counted, &["part".to_string()]);
        }
        super::counted::add_scopes(counted, &inherited);
        // The sentence's frame: a running total, an incident's place, a part.
        let span = (
            c.span.start.saturating_sub(offset),
            c.span.end.saturating_sub(offset),
        );
        let framed = super::counted::frame_scopes(&clauses, span, counted, doc.anchor);
        super::counted::add_scopes(counted, &framed);
        // A report's figure: its period, read once all scopes are in.
        let report = matches!(&c.value, Value::Quantity { unit: Some(u), .. } if u == "percent" || crate::quantity::is_currency_code(u));
        super::counted::report_periods(view, span, report, counted);
    }
}

impl Extractor for QuantityExtractor {
    fn kind(&self) -> ClaimKind {
        ClaimKind::Quantity
    }

    fn extract(&self, doc: &Doc, ctx: &Context, out: &mut Vec<Claim>) {
        for i in 0..doc.seg.sentences.len() {
            sentence_claims(doc, ctx, i, out);
        }
    }
}

/// The quantity claims of sentence `i`, pushed to `out`.
fn sentence_claims(doc: &Doc, ctx: &Context, i: usize, out: &mut Vec<Claim>) {
    let sentence = doc.sentence_text(i);
    let mut previous_end = None;
    let found = find_quantities(sentence, &ctx.lexicon.hedges);
    let compound = filters::compound_measures(sentence, &found);
    let partial_units = filters::partial_units(sentence, &found);
    // `the 4300 block of Elm Street`, `at 1220 Elm St.`: the number
    // is the place's (a location claim), no figure.
    let streets = if found.is_empty() {
        Vec::new()
    } else {
        crate::gazetteer::find_streets(sentence)
    };
    let first_claim = out.len();
    for (n, q) in found.iter().enumerate() {
        // `4 minutes 48 seconds`, `5 feet 8 inches`: one measure in two
        // figures; neither alone is the figure.
        let skipped = streets.iter().any(|s| s.span.contains(&q.start)) || compound[n];
        // `1,150 kilometers (700 miles)`: a conversion of the figure
        // before, no claim of its own.
        let conversion = previous_end
            .and_then(|e| sentence.get(e..q.start))
            .is_some_and(|between| between.trim() == "(");
        previous_end = Some(q.end);
        if skipped || conversion {
            continue;
        }
        out.extend(figure_claim(doc, ctx, i, q));
    }
    // `Ruiz won 14,212 votes to Pelham's 13,431`: the rival's count.
    if found.len() > 1 {
        rivals::held_by_rivals(doc, i, &found, first_claim, out);
    }
    // `Lund is charged with marrying 14 women`: whose count it is.
    doers::held_by_doers(doc, i, first_claim, out);
    scope_sentence(doc, i, &partial_units, &mut out[first_claim..]);
}

/// The claim a figure of sentence `i` makes, if it is a count of
/// something read.
fn figure_claim(doc: &Doc, ctx: &Context, i: usize, q: &QuantityExpr) -> Option<Claim> {
    let sentence = doc.sentence_text(i);
    let view = &doc.sentences[i];
    let next = crate::segment::words(&sentence[q.end..])
        .next()
        .map(|(_, w)| w.to_ascii_lowercase());
    let offset = match q.unit.as_deref() {
        Some(u) if TIME_UNITS.contains(&u) => {
            filters::offset_of(next.as_deref(), view.words_before(q.start))
        }
        _ => None,
    };
    // `a week ago`: one unit with an article is a round offset.
    let widened;
    let q = match offset.and_then(|_| filters::one_unit_offset(sentence, q)) {
        Some(w) => {
            widened = w;
            &widened
        }
        None => q,
    };
    // An offset, a duration followed by a clause (`for nine hours before
    // ...`), or a measure (`100 mph before ...`).
    let read_after = offset.is_some()
        || (q.unit.is_some() && matches!(next.as_deref(), Some("before" | "after")));
    let dropped = filters::not_a_count(sentence, q.start, q.end, q.hedge.as_deref(), read_after);
    if filters::split_number(sentence, q.start, q.end) || dropped {
        return None;
    }
    // `three other rifles`: others than those named, of a thing named.
    let others = filters::counts_others(sentence, q);
    if others && q.unit.is_none() {
        return None;
    }
    // `the survey said it was 6.1`: the measure named before.
    let told;
    let pronoun = measured::pronoun_measure(doc, i, q);
    let q = match pronoun {
        Some(m) => {
            told = QuantityExpr {
                unit: Some(m.into()),
                ..q.clone()
            };
            &told
        }
        None => q,
    };
    let verb = verbs::verb_of(sentence, view, q);
    // An offset whose clause says what happened then is keyed by it and
    // classed by its unit, so that `nine days earlier` and `three weeks
    // ago` are compared after conversion; others keep their side in
    // their class.
    let offset_keys =
        offset.and_then(|side| super::counted::offset_keys(sentence, view, q.start, side));
    let unkeyed_offset = offset.filter(|_| offset_keys.is_none());
    let class = figure_class(sentence, view, q, verb.as_deref(), unkeyed_offset, others)?;
    if filters::fractional_count(sentence, view, q, next.as_deref()) {
        return None;
    }
    // Ages and offsets keep their class as their key: what they date or
    // age is not a counted thing.
    let age = class == AGE_CLASS;
    let (counted, participants, event_date) = if age {
        ages::age_keys(doc, i, q)
    } else {
        let mut counted = figure_keys(sentence, view, doc, q, offset, offset_keys, others);
        // `said it was 6.1` measures what `a magnitude of` does.
        if let (Some(m), Some(c)) = (pronoun, counted.as_mut()) {
            Arc::make_mut(c)
                .predicate
                .get_or_insert_with(|| format!("noun:{m}"));
        }
        let people = people::figure_participants(doc, i);
        (counted, people, None)
    };
    let subject = Subject {
        key: match &verb {
            Some(v) if q.unit.is_some() => format!("{class} {v}").into(),
            _ => class.as_str().into(),
        },
        class: class.into(),
        participants: participants.into(),
        tense: figure_tense_at(sentence, q.start, &|w| ctx.vocab.is_speech_verb(w)),
        event_date,
        // The unit word is left out of the similarity when two quantities
        // are compared (see `align`), so the sentence's stems can be
        // shared as they are.
        context: view.stems(),
        counted,
    };
    Some(claim_of(doc, i, q, subject, age))
}

/// The keys of a figure that is no age: an offset's keys when its clause
/// has them (see `counted::offset_keys`), none for another offset, else
/// what the words around it say it counts.
fn figure_keys(
    sentence: &str,
    view: &SentenceView,
    doc: &Doc,
    q: &QuantityExpr,
    offset: Option<&str>,
    offset_keys: Option<super::Counted>,
    others: bool,
) -> Option<Arc<super::Counted>> {
    if offset.is_some() {
        return offset_keys.map(Arc::new);
    }
    // `he is 5 feet 8 inches tall, weighing 130 pounds`: a description
    // of one person.
    if let Some(described) = body::body_keys(sentence, view, q) {
        return Some(Arc::new(described));
    }
    let unit = q.unit.as_deref();
    let measure = q.category != "quantity" || unit.is_some_and(filters::is_measure_unit);
    let mut counted =
        super::counted::counted(sentence, view, (q.start, q.end), unit, measure, doc.anchor);
    // `the survey said it had a magnitude of 5.4`: whose measure it is.
    if unit.is_some_and(|u| measured::MeasuredCues::defaults().is_measure(u)) {
        let agency = measured::agency_scope(view, (q.start, q.end));
        super::counted::add_scopes(&mut counted, agency.as_slice());
    }
    if others {
        // A scope no sentence names: others meet others only.
        super::counted::add_scopes(&mut counted, &[OTHERS_SCOPE.to_string()]);
    }
    // `24 monthly payments of $20`: a plan's instalments, by period.
    let words = sentence.get(q.start..q.end).unwrap_or("");
    if let Some(plan) = counted
        .thing
        .as_ref()
        .and_then(|_| instalments::instalment_scope(words))
    {
        super::counted::add_scopes(&mut counted, &[plan]);
    }
    Some(Arc::new(counted))
}

/// What a figure counts (its class): an age, a unit (with its offset
/// side), a counting verb or noun; `None` for a bare number nothing
/// says the count of. A sum over parts is marked `combined`.
fn figure_class(
    sentence: &str,
    view: &SentenceView,
    q: &QuantityExpr,
    verb: Option<&str>,
    offset: Option<&str>,
    others: bool,
) -> Option<String> {
    let class = match (&q.unit, verb) {
        (Some(_), _) if ages::is_age(sentence, q.end) => AGE_CLASS.to_string(),
        (Some(u), _) => match offset {
            Some(side) => format!("{u} {side}"),
            None => u.clone(),
        },
        (None, _)
            if ages::is_bare_age(sentence, q.start, q.end, view.words_before(q.start))
                || super::age::heads_an_age_set(sentence, q.end) =>
        {
            AGE_CLASS.to_string()
        }
        (None, Some(v)) => v.to_string(),
        (None, None) => verbs::counted_by(sentence, view, q.start)?,
    };
    // A sum over parts counts another thing than any one part: it is
    // compared with other sums only. Others than those named are no
    // values of the thing's own count either.
    Some(
        if filters::is_combined(view.words_before(q.start), &sentence[q.end..]) {
            format!("combined {class}")
        } else if others {
            format!("other {class}")
        } else {
            class
        },
    )
}

/// The claim of figure `q` of sentence `i` about `subject`.
fn claim_of(doc: &Doc, i: usize, q: &QuantityExpr, subject: Subject, age: bool) -> Claim {
    let s = &doc.seg.sentences[i];
    Claim {
        source: doc.source.id,
        kind: ClaimKind::Quantity,
        subject,
        value: Value::Quantity {
            value: q.value,
            lo: q.lo,
            hi: q.hi,
            // `Roe, 41,` and `41-year-old Roe` are both years.
            unit: if age {
                Some("year".into())
            } else {
                q.unit.as_deref().map(super::Sym::from)
            },
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
    }
}
