//! A source prepared for extraction. Everything several extractors need
//! about a sentence (its words, event words, date expressions, entity
//! mentions, content stems) is computed once here, not once per extractor.

use super::entities::{ArticlePeople, EntityKind, Mention};
use super::stems::Stems;
use super::Context;
use crate::lexicon::Lexicon;
use crate::segment::Segmented;
use crate::source::Source;
use crate::temporal::{self, DateExpr};
use crate::word_filter::WordFilter;
use jiff::civil::Date;
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::OnceCell;
use std::ops::Range;

/// Hashed lookups into the lexicon, built once per run.
#[derive(Debug, Clone, Default)]
pub struct Vocab {
    event_classes: FxHashMap<String, String>,
    /// First words of multi-word event phrases (`peace` of `peace talks`).
    event_first_words: FxHashSet<String>,
    longest_event: usize,
    /// The first letters and lengths of the event phrases' first words:
    /// most words start no event phrase, and are passed over without
    /// hashing.
    event_starts: WordFilter,
    speech_verbs: FxHashSet<String>,
    /// First words of two-word speech verbs (`according` of `according to`).
    speech_first_words: FxHashSet<String>,
}

impl Vocab {
    /// Builds the tables.
    pub fn new(lexicon: &Lexicon) -> Vocab {
        let event_classes: FxHashMap<String, String> = lexicon
            .event_nouns
            .iter()
            .map(|n| (n.word.to_ascii_lowercase(), n.class.clone()))
            .collect();
        let longest_event = event_classes
            .keys()
            .map(|k| k.split_whitespace().count())
            .max()
            .unwrap_or(1);
        let event_first_words = event_classes
            .keys()
            .filter_map(|k| k.split_once(' ').map(|(first, _)| first.to_string()))
            .collect();
        let event_starts = WordFilter::new(
            event_classes
                .keys()
                .map(|k| k.split(' ').next().unwrap_or(k).as_bytes()),
        );
        // The lexicon's speech verbs and those of `rules/people/words.toml`.
        let speech_verbs: FxHashSet<String> = lexicon
            .speech_verbs
            .iter()
            .chain(&super::people_words::PEOPLE_WORDS.speech_verbs)
            .map(|v| v.to_ascii_lowercase())
            .collect();
        let speech_first_words = speech_verbs
            .iter()
            .filter_map(|k| k.split_once(' ').map(|(first, _)| first.to_string()))
            .collect();
        Vocab {
            event_classes,
            event_first_words,
            longest_event,
            event_starts,
            speech_verbs,
            speech_first_words,
        }
    }

    /// Whether a lower-case word may start an event phrase (a quick test
    /// that lets through every word that does, and few others).
    fn may_start_event(&self, word: &str) -> bool {
        // `summit's` is read as `summit`.
        let bare = word.strip_suffix("'s").unwrap_or(word);
        !word.is_empty()
            && (self.event_starts.may_contain(word.as_bytes())
                || self.event_starts.may_contain(bare.as_bytes()))
    }

    /// The class of an event noun or phrase (lower case).
    pub fn event_class(&self, phrase: &str) -> Option<&str> {
        self.event_classes.get(phrase).map(String::as_str)
    }

    /// Whether a lower-case word or two-word phrase attributes speech.
    pub fn is_speech_verb(&self, phrase: &str) -> bool {
        self.speech_verbs.contains(phrase)
    }

    /// Whether two lower-case words make a speech verb (`according to`);
    /// most first words start none, and are answered without building the pair.
    pub fn is_speech_verb_pair(&self, first: &str, second: &str) -> bool {
        self.speech_first_words.contains(first)
            && self.speech_verbs.contains(&format!("{first} {second}"))
    }
}

/// An event word in a sentence: byte span (sentence-relative) and class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventWord {
    /// Start, relative to the sentence.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// The lexicon class (`summit`, `meeting`).
    pub class: String,
}

/// What the extractors share about one sentence.
#[derive(Debug)]
pub struct SentenceView {
    /// The source's text ASCII-lowercased (same byte offsets), shared by
    /// the document's sentences: one copy per source, not per sentence.
    lowered: std::sync::Arc<str>,
    /// Where the sentence lies in it.
    span: Range<usize>,
    /// Word spans, relative to the sentence.
    pub words: Vec<(usize, usize)>,
    /// Event words, longest lexicon phrase first.
    pub events: Vec<EventWord>,
    /// Date expressions, found on first use ([`SentenceView::dates`]):
    /// only sentences with an event word are read for dates, and most
    /// sentences have none.
    dates: OnceCell<Vec<DateExpr>>,
    stems: OnceCell<Stems>,
}

impl SentenceView {
    fn new(
        lowered: &std::sync::Arc<str>,
        span: Range<usize>,
        words: Vec<(usize, usize)>,
        ctx: &Context,
    ) -> SentenceView {
        let events = event_words(&lowered[span.clone()], &words, &ctx.vocab);
        SentenceView {
            dates: OnceCell::new(),
            lowered: lowered.clone(),
            span,
            words,
            events,
            stems: OnceCell::new(),
        }
    }

    /// The date expressions of the sentence, whose text is `sentence`
    /// (found on the first call).
    pub fn dates(&self, sentence: &str) -> &[DateExpr] {
        self.dates.get_or_init(|| {
            let mut dates = temporal::find_date_expressions(sentence);
            // Held with the document: no spare room (most sentences hold
            // one date, in room for four).
            dates.shrink_to_fit();
            dates
        })
    }

    /// The sentence, ASCII-lowercased (same byte offsets as the original).
    pub fn lower(&self) -> &str {
        &self.lowered[self.span.clone()]
    }

    /// Word `k`, lower case.
    pub fn word(&self, k: usize) -> &str {
        let (s, e) = self.words[k];
        &self.lower()[s..e]
    }

    /// Lower-case words that end at or before byte `at`, nearest first.
    pub fn words_before(&self, at: usize) -> impl Iterator<Item = &str> + '_ {
        let n = self.words.partition_point(|&(_, e)| e <= at);
        (0..n).rev().map(move |k| self.word(k))
    }

    /// Lower-case words inside a byte range of the sentence.
    pub fn words_in(&self, range: Range<usize>) -> impl Iterator<Item = &str> + '_ {
        self.words
            .iter()
            .filter(move |&&(s, e)| s >= range.start && e <= range.end)
            .map(move |&(s, e)| &self.lower()[s..e])
    }

    /// Content stems of the sentence, computed on first use; claims share them.
    /// Read from the ASCII-lowercased copy: only non-ASCII words still need
    /// a lower-cased string of their own.
    pub fn stems(&self) -> Stems {
        self.stems
            .get_or_init(|| super::text::content_stems_of(self.lower(), self.words.iter().copied()))
            .clone()
    }
}

/// Event words of a sentence: the longest lexicon phrase at each word
/// (`peace talks` before `talks`).
fn event_words(lower: &str, words: &[(usize, usize)], vocab: &Vocab) -> Vec<EventWord> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let mut matched = None;
        let (first_start, first_end) = words[k];
        let first = &lower[first_start..first_end];
        if !vocab.may_start_event(first) {
            k += 1;
            continue;
        }
        let longest = if vocab.event_first_words.contains(first) {
            vocab.longest_event
        } else {
            1
        };
        for len in (1..=longest.min(words.len() - k)).rev() {
            let (start, _) = words[k];
            let (_, end) = words[k + len - 1];
            let phrase = &lower[start..end];
            let phrase = phrase.strip_suffix("'s").unwrap_or(phrase);
            // A phrase must be the words themselves, single-spaced.
            if len > 1 && phrase.split(' ').count() != len {
                continue;
            }
            if let Some(c) = vocab.event_class(phrase) {
                matched = Some((
                    len,
                    EventWord {
                        start,
                        end,
                        class: c.to_string(),
                    },
                ));
                break;
            }
        }
        match matched {
            Some((len, e)) => {
                out.push(e);
                k += len;
            }
            None => k += 1,
        }
    }
    // Held with the document: no spare room (most sentences hold one
    // event word, in room for four).
    out.shrink_to_fit();
    out
}

/// The body's word spans (offsets in the text), kept by a [`Doc`] for
/// [`Doc::words_in`]: as `u32` pairs when the text is under 4 GB (half
/// the memory: a big article's words are held through its extraction).
enum BodyWords {
    /// Offsets that fit in a `u32`.
    Narrow(Vec<(u32, u32)>),
    /// Offsets of a text of 4 GB or more.
    Wide(Vec<(usize, usize)>),
}

impl BodyWords {
    /// Keeps `words`, narrowed when every offset fits.
    fn new(words: Vec<(usize, usize)>) -> BodyWords {
        let fits = words.last().is_none_or(|&(_, e)| u32::try_from(e).is_ok());
        if !fits {
            return BodyWords::Wide(words);
        }
        // `as` is exact: every offset is at most the last end.
        BodyWords::Narrow(words.iter().map(|&(s, e)| (s as u32, e as u32)).collect())
    }

    /// See [`body_words_in`].
    fn words_in(&self, span: Range<usize>) -> Option<Vec<(usize, usize)>> {
        match self {
            BodyWords::Narrow(w) => body_words_in(w, span, |&(s, e)| (s as usize, e as usize)),
            BodyWords::Wide(w) => body_words_in(w, span, |&p| p),
        }
    }
}

/// The words of the text at `span` (a sentence, a quote), relative to it,
/// taken from the body's words (each read by `at` as a pair of offsets);
/// `None` when a body word straddles an edge (then that text alone splits
/// differently and must be split itself).
fn body_words_in<W>(
    body_words: &[W],
    span: Range<usize>,
    at: impl Fn(&W) -> (usize, usize),
) -> Option<Vec<(usize, usize)>> {
    let first = body_words.partition_point(|w| at(w).0 < span.start);
    if first > 0 && at(&body_words[first - 1]).1 > span.start {
        return None;
    }
    let last = first + body_words[first..].partition_point(|w| at(w).0 < span.end);
    let inside = &body_words[first..last];
    if inside.last().is_some_and(|w| at(w).1 > span.end) {
        return None;
    }
    Some(
        inside
            .iter()
            .map(|w| {
                let (s, e) = at(w);
                (s - span.start, e - span.start)
            })
            .collect(),
    )
}

/// One source prepared for extraction.
pub struct Doc<'a> {
    /// The source.
    pub source: &'a Source,
    /// Its segmentation.
    pub seg: &'a Segmented,
    /// The date relative expressions resolve against (publication or borrowed).
    pub anchor: Option<Date>,
    /// People introduced in this article.
    pub people: ArticlePeople,
    /// Entity mentions per sentence, with absolute byte offsets.
    pub mentions: Vec<Vec<Mention>>,
    /// Per-sentence words, event words, dates, stems.
    pub sentences: Vec<SentenceView>,
    /// The body's word spans (offsets in the text).
    body_words: BodyWords,
    /// The article's full names by folded surname, read on first use
    /// (see [`super::age`]): `None` for a surname two people share.
    pub(super) full_names_by_surname: std::sync::OnceLock<FullNames>,
}

/// Full names by folded surname: the first full name with that surname,
/// or `None` when a later one is another person's.
pub(super) type FullNames = rustc_hash::FxHashMap<String, Option<String>>;

impl<'a> Doc<'a> {
    /// Prepares a source: finds lexicon mentions once over the body,
    /// learns the article's people, and builds each sentence's view.
    ///
    /// `known` are the lexicon mentions of the body (offsets relative to the
    /// body), as [`EntityIndex::find`](super::entities::EntityIndex::find) gives them.
    pub fn new(
        source: &'a Source,
        seg: &'a Segmented,
        anchor: Option<Date>,
        ctx: &Context,
        known: Vec<Mention>,
    ) -> Doc<'a> {
        let base = source.body_start;
        let words: Vec<(usize, usize)> = crate::segment::word_spans(&source.text[base..])
            .into_iter()
            .map(|(s, e)| (base + s, base + e))
            .collect();
        Doc::build(source, seg, anchor, ctx, known, words)
    }

    /// [`Doc::new`] with the body's word spans (offsets in the text, as
    /// [`crate::segment::word_spans`] gives them for the body) already
    /// computed, so a caller that needed them too does not split twice.
    /// They are kept narrowed (`u32` pairs): `body_words` is freed here.
    pub fn with_words(
        source: &'a Source,
        seg: &'a Segmented,
        anchor: Option<Date>,
        ctx: &Context,
        known: Vec<Mention>,
        body_words: Vec<(usize, usize)>,
    ) -> Doc<'a> {
        Doc::build(source, seg, anchor, ctx, known, body_words)
    }

    fn build(
        source: &'a Source,
        seg: &'a Segmented,
        anchor: Option<Date>,
        ctx: &Context,
        known: Vec<Mention>,
        body_words: Vec<(usize, usize)>,
    ) -> Doc<'a> {
        let body_words = BodyWords::new(body_words);
        let base = source.body_start;
        let body = &source.text[base..];
        let people = ArticlePeople::learn_with(body, &known);
        let lowered: std::sync::Arc<str> = source.text.to_ascii_lowercase().into();
        let mut known = known.into_iter().peekable();
        let mut sentences = Vec::with_capacity(seg.sentences.len());
        let mut mentions = Vec::with_capacity(seg.sentences.len());
        for s in &seg.sentences {
            let text = &source.text[s.span.clone()];
            let words = body_words
                .words_in(s.span.clone())
                .unwrap_or_else(|| crate::segment::word_spans(text));
            let view = SentenceView::new(&lowered, s.span.clone(), words, ctx);
            // Lexicon mentions of this sentence (both lists are in text
            // order); each mention is moved into its sentence.
            while known.next_if(|m| m.start + base < s.span.start).is_some() {}
            let mut ms: Vec<Mention> = Vec::new();
            while let Some(mut m) = known.next_if(|m| m.end + base <= s.span.end) {
                m.start += base;
                m.end += base;
                ms.push(m);
            }
            for mut m in people.find_in(text, &view.words) {
                m.start += s.span.start;
                m.end += s.span.start;
                if !ms.iter().any(|x| x.start < m.end && m.start < x.end) {
                    ms.push(m);
                }
            }
            ms.sort_by_key(|m| m.start);
            // Held with the document: no spare room (a big article's
            // mentions held about 5 MB of it).
            ms.shrink_to_fit();
            mentions.push(ms);
            sentences.push(view);
        }
        Doc {
            source,
            seg,
            anchor,
            people,
            mentions,
            sentences,
            body_words,
            full_names_by_surname: std::sync::OnceLock::new(),
        }
    }

    /// The words of `range` of the text, relative to its start, as
    /// [`crate::segment::word_spans`] splits that text alone: taken from the
    /// body's words when none straddles an edge of the range.
    pub fn words_in(&self, range: Range<usize>) -> Vec<(usize, usize)> {
        let in_body = range.start >= self.source.body_start;
        in_body
            .then(|| self.body_words.words_in(range.clone()))
            .flatten()
            .unwrap_or_else(|| crate::segment::word_spans(&self.source.text[range]))
    }

    /// Text of sentence `i`.
    pub fn sentence_text(&self, i: usize) -> &'a str {
        &self.source.text[self.seg.sentences[i].span.clone()]
    }

    /// Whom a `he` or `she` in sentence `i` most likely is: the subject
    /// of the nearest sentence before it (up to three back) that names a
    /// person, read as the first person it names (`Mr Felt was outraged
    /// by President Nixon` gives Felt). A sentence whose own subject is
    /// `he` or `she` (the pronoun before any person it names: `A master
    /// of his trade, he helped Woodward`) goes on telling of the earlier
    /// one, so the people it names are others and it is passed over.
    pub fn last_person_before(&self, i: usize) -> Option<String> {
        (i.saturating_sub(3)..i).rev().find_map(|j| {
            let first = self.mentions[j]
                .iter()
                .find(|m| m.kind == EntityKind::Person && !m.indirect)?;
            let at = first.start.checked_sub(self.seg.sentences[j].span.start)?;
            let view = &self.sentences[j];
            let pronoun_first = view.words_before(at).any(|w| matches!(w, "he" | "she"));
            (!pronoun_first).then(|| first.name.clone())
        })
    }

    /// Participants named in sentence `i` within byte range `within`:
    /// people and countries (a person also brings their country).
    pub fn participants(&self, i: usize, within: Range<usize>) -> Vec<String> {
        self.participants_of(i, |m| m.start >= within.start && m.end <= within.end)
    }

    /// Participants named by the mentions of sentence `i` that `keep`
    /// accepts: people and countries (a person also brings their country).
    pub fn participants_of(&self, i: usize, keep: impl Fn(&Mention) -> bool) -> Vec<String> {
        let mut out = Vec::new();
        for m in &self.mentions[i] {
            if !keep(m) {
                continue;
            }
            match m.kind {
                EntityKind::Person | EntityKind::Country => {
                    out.push(m.name.clone());
                    if let Some(c) = &m.country {
                        out.push(c.clone());
                    }
                }
                EntityKind::Organization | EntityKind::Place => {}
            }
        }
        out.sort();
        out.dedup();
        // Kept with every claim of the sentence: no spare capacity.
        out.shrink_to_fit();
        out
    }
}
