//! Quote claims: quoted speech and who said it.
//!
//! Explicit attribution comes from a speech verb next to the quote, looked
//! for in this order: after it (`"…," said Jane Roe`, also when the quote
//! ends its sentence and the next one attributes it: `"…." Roe said.`),
//! before it (`Roe said: "…"`, `Roe said that "…"`), in the colon sentence
//! that ends the paragraph before (`Roe was quick to reply:`), or in the
//! paragraph before when this one continues its open quote. `according to
//! Roe`, `SANA quoted Putin as saying`, `Roe's spokesman said` (the
//! spokesman speaks) and joint speakers (`Hale and Ortiz said`) are read
//! too. Otherwise the speaker is guessed: the previous quote's speaker for
//! a paragraph that is only a quote, or the speaker or subject of the
//! sentence just before. A claim's evidence says which.

mod attribute;
mod find;
mod nearby;
mod speaks_for;
#[cfg(test)]
mod tests;

use super::text::content_stems_of;
use super::{Attribution, Claim, ClaimKind, Context, Doc, Extractor, Subject, Tense, Value};
use attribute::{parse_attribution, parse_head, Speaker};
use find::{
    find_quotes_from, left_open, mark_after, mark_before, outside_word_count, sentence_end,
};
use nearby::{colon_before, implicit_speaker};
use std::ops::Range;

/// Extracts [`ClaimKind::Quote`] claims.
pub struct QuoteExtractor;

/// Quotes shorter than this many words are scare quotes, not speech.
const MIN_WORDS: usize = 6;

/// A sentence of at most this many words right after a quote that ends
/// its own sentence may attribute it (`"…." Roe said.`).
const NEXT_SENTENCE_WORDS: usize = 12;

/// A speaker with how it was found: the attribution and, in words, where.
type Resolved = (Speaker, Attribution, &'static str);

impl Extractor for QuoteExtractor {
    fn kind(&self) -> ClaimKind {
        ClaimKind::Quote
    }

    fn extract(&self, doc: &Doc, ctx: &Context, out: &mut Vec<Claim>) {
        let text = &doc.source.text;
        let mut last_speaker: Option<Speaker> = None;
        // The last quote of the paragraph before was left open, and who
        // said it when that was explicit.
        let mut open_before: Option<Option<Speaker>> = None;
        // Claims (indices in `out`) of a quote left open without an explicit
        // speaker: the paragraph that ends the quote may name it.
        let mut pending: Vec<usize> = Vec::new();
        for (p, para) in doc.seg.paragraphs.iter().enumerate() {
            let quotes = find_quotes_from(text, para.clone(), open_before.is_some());
            if quotes.is_empty() {
                open_before = None;
                pending.clear();
                continue;
            }
            let outside_words = outside_word_count(text, para.clone(), &quotes);
            // The first quote carries on the quote the paragraph before left open.
            let continues_open = open_before.is_some() && quotes[0].start <= para.start + 3;
            let mut para_speaker: Option<Speaker> = None;
            let mut resolved: Vec<Option<Resolved>> = Vec::new();
            for qi in 0..quotes.len() {
                let found =
                    own_attribution(doc, ctx, para, &quotes, qi, &para_speaker, &last_speaker);
                if let Some((s, _)) = &found {
                    if s.name.is_some() {
                        para_speaker = Some(s.clone());
                    }
                }
                resolved.push(found.map(|(s, how)| (s, Attribution::Explicit, how)));
            }
            // A fragment without its own verb shares the attribution of the
            // next fragment in the same sentence, else of the one before
            // (`Roe said the plan was "…" and would "…"`).
            let same_sentence = |a: usize, b: usize| {
                doc.seg.sentence_at(quotes[a].start) == doc.seg.sentence_at(quotes[b].start)
            };
            for qi in (0..quotes.len().saturating_sub(1)).rev() {
                if resolved[qi].is_none() && same_sentence(qi, qi + 1) {
                    resolved[qi] = resolved[qi + 1].clone();
                }
            }
            for qi in 1..quotes.len() {
                if resolved[qi].is_none() && same_sentence(qi - 1, qi) {
                    resolved[qi] = resolved[qi - 1].clone();
                }
            }
            for (qi, slot) in resolved.iter_mut().enumerate() {
                if slot.is_some() {
                    continue;
                }
                let found = nearby_attribution(
                    doc,
                    ctx,
                    p,
                    &quotes,
                    qi,
                    &open_before,
                    &para_speaker,
                    &last_speaker,
                );
                if let Some((s, how)) = found {
                    if s.name.is_some() && para_speaker.is_none() {
                        para_speaker = Some(s.clone());
                    }
                    *slot = Some((s, Attribution::Explicit, how));
                }
            }
            for (qi, q) in quotes.iter().enumerate() {
                let speaker = match resolved[qi].clone() {
                    Some(s) => s,
                    None => match implicit_speaker(doc, ctx, p, q, outside_words, &last_speaker) {
                        Some((s, how)) => (s, Attribution::Implicit, how),
                        None => (
                            Speaker {
                                name: None,
                                phrase: None,
                                person: false,
                                according: false,
                            },
                            Attribution::Unknown,
                            "no attribution found",
                        ),
                    },
                };
                if speaker.0.name.is_some() {
                    last_speaker = Some(speaker.0.clone());
                }
                let words = crate::segment::words(&text[q.clone()])
                    .take(MIN_WORDS)
                    .count();
                if words < MIN_WORDS || title_of_a_work(&text[q.clone()]) {
                    continue;
                }
                if qi == 0 && continues_open && speaker.1 == Attribution::Explicit {
                    for &k in &pending {
                        backfill(&mut out[k], &speaker.0, doc);
                    }
                }
                let explicit = speaker.1 == Attribution::Explicit;
                out.push(make_claim(doc, para.clone(), q.clone(), speaker));
                if qi + 1 == quotes.len() && left_open(para, q) && !explicit {
                    pending.push(out.len() - 1);
                }
            }
            if !quotes.last().is_some_and(|q| left_open(para, q)) {
                pending.clear();
            }
            if let Some(s) = para_speaker {
                last_speaker = Some(s);
            }
            open_before = quotes.last().filter(|q| left_open(para, q)).map(|_| {
                let explicit = resolved.last().cloned().flatten();
                explicit.map(|(s, _, _)| s).filter(|s| s.name.is_some())
            });
        }
    }
}

/// The attribution quote `qi` of the paragraph carries itself: after it,
/// then before it.
fn own_attribution(
    doc: &Doc,
    ctx: &Context,
    para: &Range<usize>,
    quotes: &[Range<usize>],
    qi: usize,
    para_speaker: &Option<Speaker>,
    last_speaker: &Option<Speaker>,
) -> Option<(Speaker, &'static str)> {
    let text = &doc.source.text;
    let q = &quotes[qi];
    let (tail, _) = tail_of(doc, para.end, quotes, qi);
    let head_start = if qi == 0 {
        para.start
    } else {
        mark_after(text, quotes[qi - 1].end)
    };
    let head = head_start.min(q.start)..mark_before(text, q.start).max(head_start);
    let after = |s: Speaker| {
        let how = match s.according {
            true => "according to, after the quote",
            false => "after the quote",
        };
        (s, how)
    };
    if let Some(s) = parse_attribution(doc, ctx, tail.clone(), false, para_speaker, last_speaker) {
        return Some(after(s));
    }
    let t = text[head.clone()].trim_end();
    let how = if t.ends_with(':') {
        "colon: before the quote"
    } else {
        "before the quote"
    };
    parse_head(doc, ctx, head, para_speaker, last_speaker).map(|s| match s.according {
        true => (s, "according to, before the quote"),
        false => (s, how),
    })
}

/// The text after quote `qi` up to the end of its sentence (where an
/// attribution after it stands), and where that text may run at most: the
/// next quote's mark, else `para_end`. Quote marks may be several bytes
/// long (`“`, `”`, `«`).
fn tail_of(
    doc: &Doc,
    para_end: usize,
    quotes: &[Range<usize>],
    qi: usize,
) -> (Range<usize>, usize) {
    let text = &doc.source.text;
    let q = &quotes[qi];
    let cap = quotes
        .get(qi + 1)
        .map_or(para_end, |n| mark_before(text, n.start));
    let end = sentence_end(doc, q.end, cap);
    (mark_after(text, q.end).min(end)..end, cap)
}

/// An attribution next to quote `qi` of paragraph `p` outside its own
/// sentence: the sentence right after a quote that ends its sentence
/// (`"…." Roe said.`), the colon sentence that ends the paragraph before
/// (`Roe was quick to reply:`), the paragraph before whose open quote this
/// one continues.
#[allow(clippy::too_many_arguments)]
fn nearby_attribution(
    doc: &Doc,
    ctx: &Context,
    p: usize,
    quotes: &[Range<usize>],
    qi: usize,
    open_before: &Option<Option<Speaker>>,
    para_speaker: &Option<Speaker>,
    last_speaker: &Option<Speaker>,
) -> Option<(Speaker, &'static str)> {
    let text = &doc.source.text;
    let para = &doc.seg.paragraphs[p];
    let q = &quotes[qi];
    let (tail, tail_cap) = tail_of(doc, para.end, quotes, qi);
    if !text[tail.clone()].contains(|c: char| c.is_alphanumeric()) {
        if let Some(span) = next_sentence_lead(doc, tail.end, tail_cap) {
            if let Some(s) = parse_attribution(doc, ctx, span, false, para_speaker, last_speaker) {
                return Some((s, "after the quote, in the next sentence"));
            }
        }
    }
    // The paragraph opens with the quote: the paragraph before may
    // introduce it (`Roe replied:`) or hold its beginning.
    let opens = qi == 0 && text[para.start..q.start].trim().len() <= 3;
    if !opens {
        return None;
    }
    if let Some(s) = colon_before(doc, ctx, p, last_speaker) {
        return Some((s, "colon: the paragraph before ends with a colon"));
    }
    open_before
        .clone()
        .flatten()
        .map(|s| (s, "continued: the paragraph before opened this quote"))
}

/// The sentence that starts at `from` (after spaces), up to `cap`, when it
/// is short enough to be an attribution clause.
fn next_sentence_lead(doc: &Doc, from: usize, cap: usize) -> Option<Range<usize>> {
    let text = &doc.source.text;
    let start =
        from + (text[from..cap.max(from)].len() - text[from..cap.max(from)].trim_start().len());
    if start >= cap {
        return None;
    }
    let si = doc.seg.sentence_at(start)?;
    let s = &doc.seg.sentences[si];
    if s.span.start != start {
        return None;
    }
    let end = s.span.end.min(cap);
    // `Roe said.`, `said Jane Roe, the mayor.`: a short sentence; a long
    // one says something of its own.
    let words = doc.words_in(start..end);
    (words.len() <= NEXT_SENTENCE_WORDS).then_some(start..end)
}

fn make_claim(
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
    let evidence: std::borrow::Cow<'static, str> = match (&speaker.phrase, attribution) {
        (Some(ph), Attribution::Explicit) => format!("explicit, {how}: \"{ph}\"").into(),
        (Some(ph), Attribution::Implicit) => format!("guessed from {how} (\"{ph}\")").into(),
        _ => how.into(),
    };
    // The article's full name for the speaker (`Mendes` → `Carla Mendes`).
    let name = speaker
        .name
        .map(|n| doc.people.full_name(&n).map_or(n, str::to_string));
    Claim {
        source: doc.source.id,
        kind: ClaimKind::Quote,
        subject: Subject {
            key,
            class: "quote".into(),
            participants: Vec::new(),
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
            speaker: name,
            speaker_phrase: speaker.phrase,
            attribution,
            person: speaker.person,
            text: quote.to_string(),
        },
        span: q,
        sentence: para,
        confidence,
        evidence,
    }
}

/// Whether quoted words are a title (`The Secret Life of Lakes: A
/// History`): most of their longer words are capitalised.
fn title_of_a_work(quote: &str) -> bool {
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
/// that paragraph names when the quote ends (`…the charm," Roe said.`).
fn backfill(claim: &mut Claim, speaker: &Speaker, doc: &Doc) {
    if let Value::Quote {
        speaker: name,
        speaker_phrase,
        attribution,
        person,
        ..
    } = &mut claim.value
    {
        *name = speaker
            .name
            .clone()
            .map(|n| doc.people.full_name(&n).map_or(n, str::to_string));
        speaker_phrase.clone_from(&speaker.phrase);
        *attribution = Attribution::Explicit;
        *person = speaker.person;
        claim.confidence = 0.9;
        claim.evidence = format!(
            "explicit, continued: named where the quote ends, in the next paragraph (\"{}\")",
            speaker.phrase.as_deref().unwrap_or("")
        )
        .into();
    }
}
