//! The head of a speaker's phrase: the person an appositive, a
//! possessive or an organisation's title leads to, and the subject a
//! participle (`…, adding:`) speaks for.

use super::super::entities::{EntityKind, Mention};
use super::super::Doc;
use std::borrow::Cow;
use std::ops::Range;

/// The head of the phrase mention `m` starts: `Interoute's Wright` is
/// Wright, `ABC Entertainment Group prexy Paul Lee` is Lee (a person after an
/// organisation with only a few lower-case role words between), up to `end`.
pub(super) fn head_of<'m>(
    text: &str,
    mentions: &'m [Mention],
    m: &'m Mention,
    end: usize,
) -> &'m Mention {
    let next = mentions
        .iter()
        .find(|x| x.start > m.end && x.end <= end && x.kind == EntityKind::Person);
    let Some(p) = next else {
        return m;
    };
    let gap = text.get(m.end..p.start).unwrap_or(",");
    if gap == "'s " || gap == "’s " {
        return p;
    }
    let words: Vec<&str> = gap.split_whitespace().filter(|w| *w != "-").collect();
    let role_words = words.len() <= 4
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        && !words.iter().any(|w| {
            matches!(
                *w,
                "and" | "or" | "to" | "as" | "that" | "in" | "on" | "at" | "with" | "for" | "of"
            )
        });
    if m.kind == EntityKind::Organization && role_words && !gap.contains([',', ';', ':', '.']) {
        return p;
    }
    m
}

/// The subject of the sentence holding `at`: its first person or
/// organisation, outside quotes, before `at`.
pub(super) fn clause_subject(doc: &Doc, at: usize) -> Option<Mention> {
    let si = doc.seg.sentence_at(at)?;
    let start = doc.seg.sentences[si].span.start;
    let text = &doc.source.text;
    doc.mentions[si]
        .iter()
        .filter(|m| m.start >= start && m.end <= at)
        .filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization))
        .find(|m| {
            let marks = text[start..m.start].matches(['"', '“', '”']).count();
            marks.is_multiple_of(2)
        })
        .cloned()
}

/// The person a clause ending in an appositive names (`Roe, the county's
/// lawyer,` in `Roe, the county's lawyer, said`): the mention right before
/// the comma that opens it, when `clause` ends with the comma that closes it.
pub(super) fn appositive_subject<'m>(
    doc: &Doc,
    mentions: &'m [Mention],
    clause: Range<usize>,
) -> Option<&'m Mention> {
    let text = doc.source.text.get(clause.clone())?;
    let t = text.trim_end().strip_suffix(',')?;
    let open = t.rfind(',')?;
    // An appositive is short and holds no clause of its own.
    let inner = &t[open + 1..];
    if inner.split_whitespace().count() > 12 || inner.contains(['"', '“', '”']) {
        return None;
    }
    let at = clause.start + t[..open].trim_end().len();
    mentions
        .iter()
        .find(|m| m.end == at && m.kind == EntityKind::Person)
}

/// The words of `s` (at `spans`, as `Doc::words_in` gives them)
/// lower-cased, with their offsets; most are lower-case ASCII already and
/// are borrowed.
pub(super) fn lower_words(s: &str, spans: Vec<(usize, usize)>) -> Vec<(usize, Cow<'_, str>)> {
    spans
        .into_iter()
        .map(|(i, e)| (i, &s[i..e]))
        .map(|(i, w)| {
            let lower = if w.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
                Cow::Owned(w.to_lowercase())
            } else {
                Cow::Borrowed(w)
            };
            (i, lower)
        })
        .collect()
}

/// The mentions inside `span`, from the sentences it touches.
pub(super) fn mentions_in(doc: &Doc, span: Range<usize>) -> Vec<Mention> {
    // Only the sentences the span touches.
    let first = doc
        .seg
        .sentences
        .partition_point(|s| s.span.end <= span.start);
    let last = doc
        .seg
        .sentences
        .partition_point(|s| s.span.start < span.end);
    doc.mentions[first..last.max(first)]
        .iter()
        .flatten()
        .filter(|m| m.start >= span.start && m.end <= span.end)
        .cloned()
        .collect()
}
