//! Quote claims: quoted speech and who said it.
//!
//! Explicit attribution comes from a speech verb next to the quote
//! (`Putin said`, `the Russian leader added`, `SANA quoted Putin as saying`,
//! `Assad told Putin`, `according to Peskov`). Otherwise the speaker is
//! implicit: the previous quote's speaker for a paragraph that is only a
//! quote, or the speaker or subject of the sentence just before.

use super::entities::{EntityKind, Mention};
use super::text::content_stems_of;
use super::{Attribution, Claim, ClaimKind, Context, Doc, Extractor, Subject, Tense, Value};
use std::borrow::Cow;
use std::ops::Range;

/// Extracts [`ClaimKind::Quote`] claims.
pub struct QuoteExtractor;

/// Quotes shorter than this many words are scare quotes, not speech.
const MIN_WORDS: usize = 6;

#[derive(Debug, Clone)]
struct Speaker {
    name: Option<String>,
    phrase: Option<String>,
    person: bool,
}

impl Extractor for QuoteExtractor {
    fn kind(&self) -> ClaimKind {
        ClaimKind::Quote
    }

    fn extract(&self, doc: &Doc, ctx: &Context, out: &mut Vec<Claim>) {
        let text = &doc.source.text;
        let mut last_speaker: Option<Speaker> = None;
        for (p, para) in doc.seg.paragraphs.iter().enumerate() {
            let quotes = find_quotes(text, para.clone());
            if quotes.is_empty() {
                continue;
            }
            let outside_words = outside_word_count(text, para.clone(), &quotes);
            let mut para_speaker: Option<Speaker> = None;
            let mut resolved: Vec<Option<(Speaker, Attribution, &'static str)>> = Vec::new();
            for (qi, q) in quotes.iter().enumerate() {
                // Quote marks may be several bytes long (`“`, `”`, `«`).
                let tail_end = quotes
                    .get(qi + 1)
                    .map_or(para.end, |n| mark_before(text, n.start));
                let tail_end = sentence_end(doc, q.end, tail_end);
                let tail = mark_after(text, q.end).min(tail_end)..tail_end;
                let head_start = if qi == 0 {
                    para.start
                } else {
                    mark_after(text, quotes[qi - 1].end)
                };
                let head = head_start.min(q.start)..mark_before(text, q.start).max(head_start);
                let found =
                    parse_attribution(doc, ctx, tail.clone(), false, &para_speaker, &last_speaker)
                        .or_else(|| parse_head(doc, ctx, head, &para_speaker, &last_speaker));
                if let Some(s) = &found {
                    if s.name.is_some() {
                        para_speaker = Some(s.clone());
                    }
                }
                resolved.push(found.map(|s| (s, Attribution::Explicit, "speech verb")));
            }
            // A fragment without its own verb shares the attribution of the
            // next fragment in the same sentence.
            for qi in (0..quotes.len()).rev() {
                if resolved[qi].is_none() {
                    let same_sentence = quotes.get(qi + 1).is_some_and(|n| {
                        doc.seg.sentence_at(n.start) == doc.seg.sentence_at(quotes[qi].start)
                    });
                    if same_sentence {
                        resolved[qi] = resolved[qi + 1].clone();
                    }
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
                if words < MIN_WORDS {
                    continue;
                }
                out.push(make_claim(doc, para.clone(), q.clone(), speaker));
            }
            if let Some(s) = para_speaker {
                last_speaker = Some(s);
            }
        }
    }
}

fn make_claim(
    doc: &Doc,
    para: Range<usize>,
    q: Range<usize>,
    (speaker, attribution, how): (Speaker, Attribution, &'static str),
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
        (Some(ph), Attribution::Explicit) => format!("attributed by \"{ph}\"").into(),
        (Some(ph), Attribution::Implicit) => format!("implicit: {how} (\"{ph}\")").into(),
        _ => how.into(),
    };
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
        },
        value: Value::Quote {
            speaker: speaker.name,
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

/// Content spans of the quotes in a paragraph (inside the quote marks). A
/// quote left open runs to the paragraph end (a continued quote).
fn find_quotes(text: &str, para: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let body = &text[para.clone()];
    // Only `"` and characters led by 0xC2 (`«` `»`) or 0xE2 (`“` `”`)
    // can be quote marks: the rest of the paragraph is skipped.
    for i in memchr::memchr3_iter(b'"', 0xC2, 0xE2, body.as_bytes()) {
        let Some(c) = body.get(i..).and_then(|t| t.chars().next()) else {
            continue;
        };
        let at = para.start + i;
        match (c, open) {
            ('"', None) | ('“', None) | ('«', None) => open = Some(at + c.len_utf8()),
            ('"', Some(s)) | ('”', Some(s)) | ('»', Some(s)) => {
                out.push(s..at);
                open = None;
            }
            _ => {}
        }
    }
    if let Some(s) = open {
        if s < para.end {
            out.push(s..para.end);
        }
    }
    out.retain(|q| !text[q.clone()].trim().is_empty());
    out
}

/// The offset after the character at `i` (the closing mark of a quote
/// ending at `i`).
fn mark_after(text: &str, i: usize) -> usize {
    text.get(i..)
        .and_then(|t| t.chars().next())
        .map_or(i, |c| i + c.len_utf8())
}

/// The offset of the character before `i` (the opening mark of a quote
/// starting at `i`).
fn mark_before(text: &str, i: usize) -> usize {
    text.get(..i)
        .and_then(|t| t.chars().next_back())
        .map_or(i, |c| i - c.len_utf8())
}

/// Words of the paragraph outside its quotes, counted up to
/// [`OUTSIDE_WORDS_CAP`] (all that the attribution needs to know).
fn outside_word_count(text: &str, para: Range<usize>, quotes: &[Range<usize>]) -> usize {
    let mut count = 0;
    let mut pos = para.start;
    let pieces = quotes
        .iter()
        .map(|q| {
            let piece = pos..q.start.max(pos);
            pos = q.end.min(para.end);
            piece
        })
        .collect::<Vec<_>>();
    for piece in pieces.into_iter().chain(std::iter::once(pos..para.end)) {
        count += crate::segment::words(&text[piece])
            .take(OUTSIDE_WORDS_CAP - count)
            .count();
        if count >= OUTSIDE_WORDS_CAP {
            break;
        }
    }
    count
}

/// A paragraph with more words than this outside its quotes is not a
/// quote alone (see `implicit_speaker`).
const OUTSIDE_WORDS_CAP: usize = 3;

/// The end of the sentence holding `from`, capped at `cap`.
fn sentence_end(doc: &Doc, from: usize, cap: usize) -> usize {
    match doc.seg.sentence_at(from) {
        Some(i) => doc.seg.sentences[i].span.end.min(cap).max(from.min(cap)),
        None => cap,
    }
}

/// The words of `s` (at `spans`, as `Doc::words_in` gives them)
/// lower-cased, with their offsets; most are lower-case ASCII already and
/// are borrowed.
fn lower_words(s: &str, spans: Vec<(usize, usize)>) -> Vec<(usize, Cow<'_, str>)> {
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

/// Finds a speech verb in `span` and the speaker it names.
fn parse_attribution(
    doc: &Doc,
    ctx: &Context,
    span: Range<usize>,
    head: bool,
    para_speaker: &Option<Speaker>,
    last_speaker: &Option<Speaker>,
) -> Option<Speaker> {
    if span.start >= span.end {
        return None;
    }
    let text = doc.source.text.get(span.clone())?;
    let words = lower_words(text, doc.words_in(span.clone()));
    // Found when a speech verb is (most spans have none).
    let mentions_cell = std::cell::OnceCell::new();
    let mentions = || mentions_cell.get_or_init(|| mentions_in(doc, span.clone()));
    for (wi, (off, w)) in words.iter().enumerate() {
        let next = words.get(wi + 1).map(|(_, n)| n.as_ref());
        let verb_len = if next.is_some_and(|n| ctx.vocab.is_speech_verb_pair(w, n)) {
            2
        } else if ctx.vocab.is_speech_verb(w) {
            1
        } else {
            continue;
        };
        let verb_start = span.start + off;
        let after_idx = wi + verb_len;
        let after_start = words
            .get(after_idx)
            .map_or(span.end, |(o, _)| span.start + o);
        let is = |i: usize, s: &str| words.get(i).is_some_and(|(_, x)| x == s);
        // `quoted X as saying`, `cited X as saying`: X is the speaker.
        if (w == "quoted" || w == "cited") && !is(wi.wrapping_sub(1), "was") && !is(after_idx, "as")
        {
            let as_idx = (after_idx..words.len()).find(|&i| is(i, "as") && is(i + 1, "saying"));
            if let Some(ai) = as_idx {
                let end = span.start + words[ai].0;
                if let Some(s) = pick(
                    doc,
                    mentions(),
                    after_start..end,
                    true,
                    para_speaker,
                    last_speaker,
                ) {
                    return Some(s);
                }
            }
        }
        // `according to X`, `said X`, `added the Russian leader`.
        let after_end = words
            .get(after_idx + 4)
            .map_or(span.end, |(o, _)| span.start + o);
        // After a quote, the whole phrase up to the verb names the speaker
        // (`," the Rev. Jane Doe of the Wasilla Bible Church said`); before
        // a quote, only the few words ahead of the verb do.
        let before_start = if head {
            words
                .get(wi.saturating_sub(5))
                .map_or(span.start, |(o, _)| span.start + o)
        } else {
            words
                .get(wi.saturating_sub(12))
                .map_or(span.start, |(o, _)| span.start + o)
        };
        let before = before_start..verb_start;
        let after = after_start..after_end;
        let found = if w == "according" && next == Some("to") {
            pick(doc, mentions(), after, false, para_speaker, last_speaker)
        } else if head {
            // `Putin said:` — the speaker comes before the verb.
            pick(doc, mentions(), before, false, para_speaker, last_speaker)
        } else {
            // After a quote the speaker's phrase starts the clause: the
            // first name in it is the head (`the Rev. Jane Doe of the
            // Wasilla Bible Church said`).
            pick(doc, mentions(), before, true, para_speaker, last_speaker)
                .or_else(|| pick(doc, mentions(), after, true, para_speaker, last_speaker))
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The text before a quote attributes it when it ends with `X said:` or `X said that`.
fn parse_head(
    doc: &Doc,
    ctx: &Context,
    span: Range<usize>,
    para: &Option<Speaker>,
    last: &Option<Speaker>,
) -> Option<Speaker> {
    let t = doc.source.text.get(span.clone())?.trim_end();
    if !(t.ends_with(':') || t.ends_with(',') || t.ends_with(" that") || t.ends_with("saying")) {
        return None;
    }
    // Only the clause right before the quote.
    let clause_start = t
        .trim_end_matches([':', ','])
        .rfind(['.', ';', '!', '?'])
        .map_or(0, |i| i + 1);
    parse_attribution(
        doc,
        ctx,
        span.start + clause_start..span.start + t.len(),
        true,
        para,
        last,
    )
}

fn mentions_in(doc: &Doc, span: Range<usize>) -> Vec<Mention> {
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

/// Picks the speaker in `span`: the closest person or organization mention
/// (last one before a verb, first one after it), a role the article
/// introduced, or a pronoun referring back.
fn pick(
    doc: &Doc,
    mentions: &[Mention],
    span: Range<usize>,
    first: bool,
    para_speaker: &Option<Speaker>,
    last_speaker: &Option<Speaker>,
) -> Option<Speaker> {
    if span.start >= span.end {
        return None;
    }
    let inside = mentions
        .iter()
        .filter(|m| m.start >= span.start && m.end <= span.end)
        .filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization));
    let chosen = if first {
        inside.min_by_key(|m| m.start)
    } else {
        inside.max_by_key(|m| m.start)
    };
    if let Some(m) = chosen {
        // `Zadan and Meron said`, `said Laurence Mark and Bill Condon`: a
        // joint statement has no single speaker to compare.
        let text = &doc.source.text;
        let joint_after = text[m.end..]
            .strip_prefix(" and ")
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
        let joint_before = text[..m.start].strip_suffix(" and ").is_some_and(|r| {
            r.rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
        });
        if m.kind == EntityKind::Person && (joint_after || joint_before) {
            return Some(Speaker {
                name: None,
                phrase: Some(text[m.start..m.end].to_string()),
                person: true,
            });
        }
        // A role phrase is shown with its article (`the Russian leader`).
        return Some(Speaker {
            name: Some(m.name.clone()),
            phrase: Some(doc.source.text[m.start..m.end].to_string()),
            person: m.kind == EntityKind::Person,
        });
    }
    let phrase = doc.source.text[span.clone()]
        .trim()
        .trim_matches(|c: char| c == ',' || c == '"');
    if let Some(name) = doc.people.resolve(phrase) {
        return Some(Speaker {
            name: Some(name),
            phrase: Some(phrase.to_string()),
            person: true,
        });
    }
    let lower = phrase.to_lowercase();
    let pronoun = lower.split_whitespace().any(|w| matches!(w, "he" | "she"));
    if pronoun {
        // The subject of the sentence, outside any quote, comes first:
        // `Putin asked for ..., which, he said, "..."`.
        if let Some(si) = doc.seg.sentence_at(span.start) {
            let s_start = doc.seg.sentences[si].span.start;
            let lead = &doc.source.text[s_start..span.start];
            let cut = s_start + lead.find(['"', '“']).unwrap_or(lead.len());
            if let Some(m) = doc.mentions[si]
                .iter()
                .find(|m| m.kind == EntityKind::Person && m.end <= cut)
            {
                return Some(Speaker {
                    name: Some(m.name.clone()),
                    phrase: Some(phrase.to_string()),
                    person: true,
                });
            }
        }
        // Only a speaker of the same paragraph is a safe referent: the
        // last speaker of an earlier paragraph is a guess.
        let _ = last_speaker;
        let Some(back) = para_speaker.as_ref() else {
            return Some(Speaker {
                name: None,
                phrase: Some(phrase.to_string()),
                person: true,
            });
        };
        return Some(Speaker {
            name: back.name.clone(),
            phrase: Some(phrase.to_string()),
            person: back.person,
        });
    }
    // An unresolved noun phrase (`the statement reads`): attributed, but to
    // no one we can name.
    let short = lower.split_whitespace().count() <= 4 && !phrase.is_empty();
    short.then(|| Speaker {
        name: None,
        phrase: Some(phrase.to_string()),
        person: false,
    })
}

/// The implicit speaker of quote `q` in paragraph `p`.
fn implicit_speaker(
    doc: &Doc,
    ctx: &Context,
    p: usize,
    q: &Range<usize>,
    outside_words: usize,
    last_speaker: &Option<Speaker>,
) -> Option<(Speaker, &'static str)> {
    // A paragraph that is nothing but a quote continues the previous speaker.
    if outside_words < OUTSIDE_WORDS_CAP {
        let prev_para_had_quote =
            p > 0 && !find_quotes(&doc.source.text, doc.seg.paragraphs[p - 1].clone()).is_empty();
        if prev_para_had_quote {
            if let Some(s) = last_speaker.clone() {
                return Some((s, "continues the previous paragraph's quote"));
            }
        }
    }
    // Otherwise the sentence just before the quote's sentence.
    let si = doc.seg.sentence_at(q.start)?;
    let prev = si.checked_sub(1)?;
    let span = doc.seg.sentences[prev].span.clone();
    if let Some(s) = parse_attribution(doc, ctx, span.clone(), false, &None, last_speaker) {
        if s.name.is_some() {
            return Some((s, "speaker of the sentence before"));
        }
    }
    let subject = doc.mentions[prev]
        .iter()
        .find(|m| m.kind == EntityKind::Person)?;
    Some((
        Speaker {
            name: Some(subject.name.clone()),
            phrase: Some(doc.source.text[subject.start..subject.end].to_string()),
            person: true,
        },
        "subject of the sentence before",
    ))
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, Attribution, ClaimKind, Value};

    fn speakers(text: &str) -> Vec<(Option<String>, Attribution)> {
        claims_of(text, Some("2017-11-21"))
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Quote)
            .map(|c| match c.value {
                Value::Quote {
                    speaker,
                    attribution,
                    ..
                } => (speaker, attribution),
                _ => unreachable!("quote claims carry quote values"),
            })
            .collect()
    }

    #[test]
    fn explicit_verbs_roles_and_pronouns() {
        let text = "Russian President Vladimir Putin met Bashar al-Assad.\n\n\"The military operation is really coming to an end now,\" Putin said. \"I think now the main thing is to move to political processes,\" the Russian leader added.\n\n\"Many areas in Syria have been liberated from the terrorists,\" Assad pointed out. \"We must admit that the operation made it possible,\" he added.";
        let s = speakers(text);
        let names: Vec<&str> = s.iter().map(|(n, _)| n.as_deref().unwrap_or("?")).collect();
        assert_eq!(names, vec!["Putin", "Putin", "Assad", "Assad"]);
        assert!(s.iter().all(|(_, a)| *a == Attribution::Explicit));
    }

    #[test]
    fn quoted_as_saying_names_the_object_not_the_agency() {
        let s = speakers("\"What is important now is the move into the political process,\" Syria's state news agency SANA quoted Putin as saying.");
        assert_eq!(s, vec![(Some("Putin".into()), Attribution::Explicit)]);
        let s = speakers("\"The terrorists have laid down their arms in key locations,\" Putin was cited as saying.");
        assert_eq!(s, vec![(Some("Putin".into()), Attribution::Explicit)]);
        let s = speakers("\"Stability is improving, and all that opens the doors,\" Assad told Putin, according to a transcript.");
        assert_eq!(s, vec![(Some("Assad".into()), Attribution::Explicit)]);
    }

    #[test]
    fn implicit_from_the_sentence_before_and_continued_paragraphs() {
        let text = "Four hours later, RIA news agency quoted Kremlin spokesman Dmitry Peskov as saying. \"It must be admitted that this operation allowed us to advance\".\n\n\"Stability is improving, and all that opens the doors,\" Assad said.\n\n\"I have always said, and I repeat it again, that we support it.\"";
        let s = speakers(text);
        assert_eq!(s[0], (Some("Peskov".into()), Attribution::Implicit));
        assert_eq!(s[1], (Some("Assad".into()), Attribution::Explicit));
        assert_eq!(s[2], (Some("Assad".into()), Attribution::Implicit));
    }

    #[test]
    fn scare_quotes_are_not_claims_and_unnamed_speakers_stay_unknown() {
        assert!(speakers("Putin asked for Assad's \"view of the process\" on Monday.").is_empty());
        let s = speakers(
            "\"On November 20, talks took place between the two presidents,\" the statement reads.",
        );
        assert_eq!(s, vec![(None, Attribution::Explicit)]);
    }
}
