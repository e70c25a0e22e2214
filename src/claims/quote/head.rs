//! The attribution before a quote: `Roe said:`, `Roe said that`, a
//! speech verb earlier in the quote's sentence, or a colon sentence that
//! names one person.

use super::super::entities::{EntityKind, Mention};
use super::super::people_words::PEOPLE_WORDS;
use super::super::{Context, Doc};
use super::attribute::{parse_attribution, Speaker};
use super::phrase::mentions_in;
use std::ops::Range;

/// Bytes after a full stop that still end its sentence (closing quote
/// marks and brackets).
const SENTENCE_END_SLACK: usize = 4;

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
    // (The quote's sentence may be any of the paragraph's: `Roe spoke
    // first. Hale called it "…"`.)
    let before_mark = doc.seg.sentence_at(span.end.saturating_sub(1));
    let head_sentence = span.end > span.start && doc.seg.sentence_at(span.start) == before_mark;
    let later_sentence = span.end > span.start
        && before_mark.is_some()
        && before_mark == doc.seg.sentence_at(span.end);
    if !marked && !head_sentence && !later_sentence {
        return None;
    }
    // A later sentence's verb must name its speaker: a sentence the
    // splitter cut off its subject (`Rahall (D-W. Va.), who …, called`)
    // leaves the guess to the sentences before.
    let named_only = !marked && !head_sentence;
    // Only the clause right before the quote, in its sentence when no
    // mark ends it.
    // A full stop inside a sentence (`Mohave County, Az. said`, `U.S.`)
    // ends no clause.
    let ends_sentence = |i: usize| {
        let at = span.start + i;
        doc.seg
            .sentence_at(at)
            .is_none_or(|si| doc.seg.sentences[si].span.end <= at + SENTENCE_END_SLACK)
    };
    let mut clause_start = t
        .trim_end_matches([':', ','])
        .rmatch_indices(['.', ';', '!', '?'])
        .find(|&(i, m)| m != "." || ends_sentence(i))
        .map_or(0, |(i, _)| i + 1);
    if !marked {
        let si = doc.seg.sentence_at(span.end.saturating_sub(1))?;
        let s_start = doc.seg.sentences[si].span.start;
        clause_start = clause_start.max(s_start.saturating_sub(span.start));
    }
    let clause = span.start + clause_start..span.start + t.len();
    if let Some(owner) = claim_owner(doc, ctx, clause.clone()) {
        return Some(owner);
    }
    let found = parse_attribution(doc, ctx, clause.clone(), true, para, last);
    if named_only {
        return found.filter(|s| s.name.is_some());
    }
    found.or_else(|| {
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
        let Some(m) = mentions_in(doc, clause.clone())
            .into_iter()
            .rfind(|m| m.kind == EntityKind::Person && !about(m))
        else {
            return speaker_label(doc, clause);
        };
        Some(Speaker {
            name: Some(m.name.clone()),
            phrase: Some(doc.source.text[m.start..m.end].to_string()),
            person: true,
            according: false,
            referred: false,
        })
    })
}

/// Most words between a noun of saying's `that` and the quote.
const CLAIM_WORDS: usize = 12;

/// The owner of a noun of saying that introduces the quote (`Hale
/// rejected Roe's claim that the plan "…"`, `Roe's warning: "…"`): a
/// person or an organisation named right before `'s`, when no speech
/// verb comes between the noun and the quote (`Roe's claim that Hale
/// said "…"` is Hale's).
fn claim_owner(doc: &Doc, ctx: &Context, clause: Range<usize>) -> Option<Speaker> {
    let text = doc.source.text.get(clause.clone())?;
    let (k, mark) = text
        .rmatch_indices("'s ")
        .chain(text.rmatch_indices("’s "))
        .max_by_key(|&(k, _)| k)?;
    let after = &text[k + mark.len()..];
    let mut words = after.split_whitespace();
    let noun_written = words.next()?;
    let noun = noun_written.trim_end_matches([',', ':']);
    if !PEOPLE_WORDS.is_speech_noun(&noun.to_lowercase()) {
        return None;
    }
    let rest: Vec<&str> = words.collect();
    let opens = match rest.first() {
        None => noun_written.len() > noun.len(),
        Some(w) => *w == "that",
    };
    let verb = rest
        .iter()
        .any(|w| ctx.vocab.is_speech_verb(&w.to_lowercase()));
    if !opens || verb || rest.len() > CLAIM_WORDS {
        return None;
    }
    let at = clause.start + k;
    let m = mentions_in(doc, clause)
        .into_iter()
        .find(|m| m.end == at && matches!(m.kind, EntityKind::Person | EntityKind::Organization))?;
    let end = at + mark.len() + noun.len();
    Some(Speaker {
        name: Some(m.name.clone()),
        phrase: doc.source.text.get(m.start..end).map(str::to_string),
        person: m.kind == EntityKind::Person,
        according: false,
        referred: false,
    })
}

/// Words of a speaker's label in a transcript (`Ann Hale: "…"`).
const LABEL_WORDS: usize = 3;

/// The speaker a transcript's label names when it is all the text before
/// the quote (`Siri: "…"` after `Roe: "…?"`: the answer is the label's,
/// not the asker's): one to three capitalised words, not a common word
/// (`Update:`) nor a lone letter (`Q:`).
fn speaker_label(doc: &Doc, clause: Range<usize>) -> Option<Speaker> {
    let text = &doc.source.text;
    // The label opens the quote's own paragraph.
    let opens = doc.seg.paragraphs.iter().any(|p| p.start == clause.start);
    let next = text.get(clause.end..)?.trim_start_matches([' ', '\t']);
    if !opens || !next.starts_with(['"', '“', '«']) {
        return None;
    }
    let label = text.get(clause)?.trim().strip_suffix(':')?;
    let words: Vec<&str> = label.split_whitespace().collect();
    let name_like = |w: &&str| {
        w.len() >= 2
            && w.starts_with(|c: char| c.is_uppercase())
            && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
            && w.chars().skip(1).any(char::is_lowercase)
            && !PEOPLE_WORDS.never_a_name(w)
    };
    if words.is_empty() || words.len() > LABEL_WORDS || !words.iter().all(name_like) {
        return None;
    }
    let name = doc.people.resolve(label);
    Some(Speaker {
        person: name.is_some(),
        name: Some(name.unwrap_or_else(|| label.to_string())),
        phrase: Some(label.to_string()),
        according: false,
        referred: false,
    })
}
