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
mod claim;
mod fallback;
mod find;
mod head;
mod nearby;
mod phrase;
mod refer;
mod speaks_for;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_fallback;
#[cfg(test)]
mod tests_guess;
#[cfg(test)]
mod tests_refer;
#[cfg(test)]
mod tests_reported;
#[cfg(test)]
mod tests_runon;
#[cfg(test)]
mod tests_shape;

use super::{Attribution, Claim, ClaimKind, Context, Doc, Extractor};
use attribute::{parse_attribution, Speaker};
use claim::{backfill, make_claim, title_of_a_work};
use find::{
    ends_open_quote, find_quotes_from, has_mark, left_open, mark_after, mark_before,
    outside_word_count, sentence_end,
};
use head::parse_head;
use nearby::{colon_before, implicit_speaker};
use refer::referable;
use std::ops::Range;

/// Extracts [`ClaimKind::Quote`] claims.
pub struct QuoteExtractor;

/// Quotes shorter than this many words are scare quotes, not speech.
const MIN_WORDS: usize = 6;

/// Words that open a clause of its own after a quote: a speech verb
/// there is not the quote's attribution (`"…" while Roe said`).
const CLAUSE_OPENERS: &[&str] = &[
    "while", "whereas", "but", "although", "though", "because", "since", "after", "before", "when",
    "and", "if", "unless",
];

/// A quote left open runs on over at most this many paragraphs without
/// any quote mark (its own words, `Roe said: "…` then plain paragraphs).
const MAX_MARKLESS: usize = 3;

/// A piece of a quote that runs across paragraphs needs only this many.
const MIN_PIECE_WORDS: usize = 2;

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
        // The speaker of the last quote of the paragraph before, however it
        // was found (and whether that quote was left open): a quote that
        // carries it on, or a paragraph that is only a quote, is the same
        // speaker's, named or not, not a new guess.
        let mut before: Option<(Resolved, bool)> = None;
        // Paragraphs without a quote mark passed since a quote was left open.
        let mut markless = 0;
        for (p, para) in doc.seg.paragraphs.iter().enumerate() {
            // A quote may run on over paragraphs that carry no mark at all,
            // to one that reopens it or closes it (`…less,” Roe said.`).
            if open_before.is_some() && markless < MAX_MARKLESS && !has_mark(&text[para.clone()]) {
                markless += 1;
                continue;
            }
            if markless > 0 && !ends_open_quote(text, para) {
                open_before = None;
                before = None;
                pending.clear();
            }
            markless = 0;
            let quotes = find_quotes_from(text, para.clone(), open_before.is_some());
            if quotes.is_empty() {
                open_before = None;
                before = None;
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
                    if referable(s) {
                        para_speaker = Some(s.clone());
                    }
                }
                resolved.push(found.map(explicit_or_referred));
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
                    if referable(&s) && para_speaker.is_none() {
                        para_speaker = Some(s.clone());
                    }
                    *slot = Some(explicit_or_referred((s, how)));
                }
            }
            let mut finals: Vec<Resolved> = Vec::with_capacity(quotes.len());
            for (qi, q) in quotes.iter().enumerate() {
                let carried_on = (qi == 0 && continues_open)
                    .then(|| before.clone().filter(|(_, open)| *open))
                    .flatten();
                let speaker = match (resolved[qi].clone(), carried_on) {
                    (Some(s), _) => s,
                    (None, Some(((s, a, _), _))) => {
                        (s, a, "continued: the paragraph before opened this quote")
                    }
                    (None, None) => match implicit_speaker(
                        doc,
                        ctx,
                        p,
                        q,
                        outside_words,
                        &last_speaker,
                        before.as_ref().map(|(r, _)| &r.0),
                    ) {
                        Some((s, how)) if s.name.is_none() && s.phrase.is_none() => {
                            (s, Attribution::Unknown, how)
                        }
                        Some((s, how)) => (s, Attribution::Implicit, how),
                        None => (
                            Speaker {
                                name: None,
                                phrase: None,
                                person: false,
                                according: false,
                                referred: false,
                            },
                            Attribution::Unknown,
                            "no attribution found",
                        ),
                    },
                };
                if referable(&speaker.0) {
                    last_speaker = Some(speaker.0.clone());
                }
                finals.push(speaker.clone());
                // A pronoun resolved further back (`…,” he said.`) names the
                // whole quote too, as a guess.
                let own_verb = resolved[qi].is_some() && speaker.1 != Attribution::Unknown;
                if qi == 0 && continues_open && (speaker.1 == Attribution::Explicit || own_verb) {
                    for &k in &pending {
                        backfill(&mut out[k], &speaker, doc);
                    }
                }
                let words = crate::segment::words(&text[q.clone()])
                    .take(MIN_WORDS)
                    .count();
                // A piece of a quote that runs across paragraphs is speech
                // however short (`It's over.` then the next paragraph).
                let runs_on = left_open(para, q) || (qi == 0 && continues_open);
                let min = if runs_on { MIN_PIECE_WORDS } else { MIN_WORDS };
                if words < min || title_of_a_work(&text[q.clone()]) {
                    continue;
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
            let last_open = quotes.last().is_some_and(|q| left_open(para, q));
            before = finals.pop().map(|r| (r, last_open));
            open_before = quotes.last().filter(|q| left_open(para, q)).map(|_| {
                let explicit = resolved.last().cloned().flatten();
                explicit.map(|(s, _, _)| s).filter(referable)
            });
        }
    }
}

/// An attribution found next to the quote: explicit, unless its speaker
/// is a pronoun resolved outside the paragraph (a guess).
fn explicit_or_referred((s, how): (Speaker, &'static str)) -> Resolved {
    if s.referred {
        let how = "a pronoun referring back to the person named before";
        (s, Attribution::Implicit, how)
    } else {
        (s, Attribution::Explicit, how)
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
    // `X told Y there was "…" while Z said …`: a clause of its own after
    // the quote attributes something else.
    let own_clause = text[tail.clone()]
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| CLAUSE_OPENERS.contains(&w));
    if !own_clause {
        if let Some(s) =
            parse_attribution(doc, ctx, tail.clone(), false, para_speaker, last_speaker)
        {
            // `… and told her, "…," the paper reported`: the person whose
            // speech verb introduces the quote said it; the source after
            // it only reports it.
            let reported = !s.person && introduced_by_verb(doc, ctx, head.clone());
            let speaker = reported
                .then(|| parse_head(doc, ctx, head.clone(), para_speaker, last_speaker))
                .flatten()
                .filter(|h| h.person && named_in_sentence(doc, head.end, h));
            return Some(match speaker {
                Some(h) => (h, "before the quote (the source after it reports it)"),
                None => after(s),
            });
        }
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

/// Whether speaker `s` is a person named in the sentence holding `at`
/// (not a pronoun that had to look further back).
fn named_in_sentence(doc: &Doc, at: usize, s: &Speaker) -> bool {
    let Some(name) = s.name.as_deref() else {
        return false;
    };
    if s.phrase.as_deref().and_then(refer::pronoun_kind)
        == Some(super::entities::EntityKind::Person)
    {
        return false;
    }
    doc.seg.sentence_at(at.saturating_sub(1)).is_some_and(|si| {
        doc.mentions[si]
            .iter()
            .any(|m| m.name == name && m.end <= at)
    })
}

/// Words at the end of the text before a quote among which a speech verb
/// introduces it (`told her,`, `said:`).
const INTRODUCING_WORDS: usize = 3;

/// Whether the text `head` before a quote ends with a speech verb that
/// introduces it (`… and told her,`, `Roe said:`).
fn introduced_by_verb(doc: &Doc, ctx: &Context, head: Range<usize>) -> bool {
    let Some(t) = doc.source.text.get(head) else {
        return false;
    };
    let t = t.trim_end();
    if !t.ends_with([',', ':']) {
        return false;
    }
    let words: Vec<&str> = crate::segment::words(t).map(|(_, w)| w).collect();
    words
        .iter()
        .rev()
        .take(INTRODUCING_WORDS)
        .any(|w| ctx.vocab.is_speech_verb(&w.to_lowercase()))
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
        // `…route,”` ends the paragraph and `Roe said in an e-mail …`
        // opens the next: a comma inside the mark says the sentence goes on.
        let broken = tail.end >= para.end && text[q.clone()].trim_end().ends_with(',');
        if let Some(span) = doc.seg.paragraphs.get(p + 1).filter(|_| broken) {
            if let Some(s) = paragraph_lead(doc, span.clone())
                .and_then(|r| parse_attribution(doc, ctx, r, false, para_speaker, last_speaker))
            {
                return Some((s, "after the quote, in the next paragraph"));
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

/// The first words of paragraph `para`, up to [`NEXT_SENTENCE_WORDS`] and
/// within its first sentence, when it opens with no quote mark (the end
/// of a sentence a quote before it broke off).
fn paragraph_lead(doc: &Doc, para: Range<usize>) -> Option<Range<usize>> {
    let text = &doc.source.text;
    if text.get(para.clone())?.starts_with(['"', '“', '”', '«']) {
        return None;
    }
    let si = doc.seg.sentence_at(para.start)?;
    let end = doc.seg.sentences[si].span.end.min(para.end);
    let words = doc.words_in(para.start..end);
    let end = words
        .get(NEXT_SENTENCE_WORDS)
        .map_or(end, |&(o, _)| para.start + o);
    Some(para.start..end)
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
