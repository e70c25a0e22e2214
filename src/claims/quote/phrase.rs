//! The head of a speaker's phrase: the person an appositive, a
//! possessive or an organisation's title leads to, and the subject a
//! participle (`…, adding:`) speaks for.

use super::super::entities::{EntityKind, Mention};
use super::super::{Context, Doc};
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
    // `Trend Micro researcher Paul Ferguson`, `Colts interim coach Bruce
    // Arians`: whatever the first name is, a role noun right before the
    // second makes the first its affiliation.
    let before_role = words.last().is_some_and(|w| is_role_noun(w));
    // A title is capitalised before a name (`Acme Chief Executive Ana
    // Ruiz`, `Acme Senior Vice President Ana Ruiz`).
    let title_word = |w: &str| {
        w.chars().all(|c| c.is_lowercase() || c == '-')
            || (before_role && w.starts_with(char::is_uppercase) && !w.ends_with(['.', ',']))
    };
    let role_words = words.len() <= 4
        && words.iter().all(|w| title_word(w))
        && !words.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "and" | "or" | "to" | "as" | "that" | "in" | "on" | "at" | "with" | "for" | "of"
            )
        });
    if (m.kind == EntityKind::Organization || before_role)
        && role_words
        && !gap.contains([',', ';', ':', '.'])
    {
        return p;
    }
    m
}

/// Whether `word` names what a person is or does (`researcher`, `coach`,
/// `Controller`): a title of the people words, or a noun whose first
/// WordNet sense is a person.
pub(super) fn is_role_noun(word: &str) -> bool {
    let lower = word.to_lowercase();
    super::super::people_words::PEOPLE_WORDS.is_title(word)
        || crate::lexical::Lexical::embedded().first_lexname(&lower)
            == Some(crate::lexical::Lexname::NOUN_PERSON)
}

/// The person whose affiliation mention `m` is, when the words before it
/// in `span` say so (`Ben Stephenson, Controller, BBC Drama`, `Paul
/// Ferguson, a researcher with Trend Micro`): a role noun then a comma or
/// `of`/`at`/`with`/`for`/`from` (and `the`) right before `m`, and a
/// person named right before the role's phrase.
pub(super) fn affiliation_holder<'m>(
    text: &str,
    mentions: &'m [Mention],
    m: &Mention,
    span_start: usize,
) -> Option<&'m Mention> {
    let mut lead = text.get(span_start..m.start)?.trim_end();
    // The rest of the organisation's name (`BBC` of `BBC Drama`).
    for _ in 0..3 {
        match lead.rsplit_once(' ') {
            Some((rest, w)) if w.starts_with(|c: char| c.is_uppercase()) && !w.ends_with(',') => {
                lead = rest.trim_end();
            }
            _ => break,
        }
    }
    let lead = lead.strip_suffix(" the").unwrap_or(lead);
    let role_end = [",", " of", " at", " with", " for", " from"]
        .iter()
        .find_map(|p| lead.strip_suffix(p))?
        .trim_end();
    // The role's phrase: its noun and up to three words before it, back
    // to the comma after the person (`, a senior researcher`).
    let noun = role_end.rsplit(' ').next()?;
    if !is_role_noun(noun.trim_start_matches(',')) {
        return None;
    }
    let phrase_start = role_end.rfind(',')?;
    if role_end[phrase_start + 1..].split_whitespace().count() > 4 {
        return None;
    }
    let holder_end = span_start + role_end[..phrase_start].trim_end().len();
    mentions
        .iter()
        .find(|x| x.end == holder_end && x.kind == EntityKind::Person)
}

/// The subject of a `that` clause holding `at`, named right after the last
/// `that` before it (`Lee told reporters that Hale called, saying "…"`:
/// Hale), so a participle speaks for its own clause, not the sentence's.
pub(super) fn complement_subject(doc: &Doc, at: usize) -> Option<Mention> {
    let si = doc.seg.sentence_at(at)?;
    let start = doc.seg.sentences[si].span.start;
    let text = &doc.source.text;
    let lead = text.get(start..at)?;
    if lead.contains(['"', '“', '”']) {
        return None;
    }
    let from = start + lead.rfind(" that ")? + " that ".len();
    doc.mentions[si]
        .iter()
        .filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization))
        .find(|m| m.start == from && m.end <= at)
        .cloned()
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

/// The speaker of an attribution clause that ends right before `at`
/// with a comma (`Hale said,` or `said Hale,` in `Roe said nothing, Hale
/// said, describing him as "…"`): a participle after it speaks for that
/// speaker, not for the subject that opens the sentence.
pub(super) fn attribution_before<'m>(
    doc: &Doc,
    ctx: &Context,
    mentions: &'m [Mention],
    at: usize,
) -> Option<&'m Mention> {
    let si = doc.seg.sentence_at(at)?;
    let start = doc.seg.sentences[si].span.start;
    let text = &doc.source.text;
    let lead = text.get(start..at)?.trim_end().strip_suffix(',')?;
    let speaker = |m: &&Mention| matches!(m.kind, EntityKind::Person | EntityKind::Organization);
    // `Hale said,`: the verb ends the clause and the name is right before it.
    let (rest, last) = lead.rsplit_once(' ')?;
    if ctx.vocab.is_speech_verb(&last.to_lowercase()) {
        let end = start + rest.trim_end().len();
        return mentions.iter().filter(speaker).find(|m| m.end == end);
    }
    // `said Hale,`: the name ends the clause and the verb is right before it.
    let m = mentions
        .iter()
        .filter(speaker)
        .find(|m| m.end == start + lead.len())?;
    let before = text.get(start..m.start)?.trim_end();
    let verb = before.rsplit(' ').next()?;
    ctx.vocab.is_speech_verb(&verb.to_lowercase()).then_some(m)
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
    let t = text.trim_end();
    // `Roe, the county attorney in Mohave County, Ariz. said`: a state's
    // abbreviation may end the appositive without its comma.
    let t = t.strip_suffix(',').or_else(|| closing_abbreviation(t))?;
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

/// `t` without the abbreviation that ends it after a comma (`…County,
/// Ariz.`, `…, Az.`): a capital, at most four more letters, a full stop.
fn closing_abbreviation(t: &str) -> Option<&str> {
    let (lead, last) = t.rsplit_once(' ')?;
    let word = last.strip_suffix('.')?;
    let n = word.chars().count();
    let abbreviation = (2..=5).contains(&n)
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.chars().skip(1).all(|c| c.is_ascii_lowercase());
    (abbreviation && lead.ends_with(',')).then(|| lead.trim_end_matches(','))
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

/// The role phrase opening the sentence that holds `at`, before it (`A
/// government official` in `A government official downplayed it saying
/// that …`): a determiner, up to two lower-case words, then a noun naming
/// a person.
pub(super) fn subject_role(doc: &Doc, at: usize) -> Option<Range<usize>> {
    let si = doc.seg.sentence_at(at)?;
    let start = doc.seg.sentences[si].span.start;
    let lead = doc.source.text.get(start..at)?;
    let words = crate::segment::word_spans(lead);
    let first = lead.get(words.first()?.0..words.first()?.1)?.to_lowercase();
    if !matches!(first.as_str(), "a" | "an" | "the" | "another" | "one") {
        return None;
    }
    for &(s, e) in words.iter().skip(1).take(3) {
        let w = &lead[s..e];
        if !w.chars().all(|c| c.is_lowercase() || c == '-') {
            return None;
        }
        if is_role_noun(w) {
            return Some(start..start + e);
        }
    }
    None
}
