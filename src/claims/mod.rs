//! Claims: what each source asserts, one extractor per kind.
//!
//! A [`Claim`] is plain data: its kind, the subject it is about (event,
//! series, quote), its normalized value, the byte span of the words that
//! carry it, and a confidence. Extractors see one [`Doc`] at a time, so
//! extraction runs in parallel over sources.

pub mod age;
mod counted;
pub mod custom;
pub mod date;
pub mod dedup;
mod doc;
pub mod entities;
mod figures;
pub mod firms;
mod frame;
mod frame_object;
pub mod home;
pub mod location;
mod location_counties;
mod location_misspelt;
mod location_offsets;
mod names;
mod offset;
pub mod ordinal;
mod own_place;
pub(crate) mod people_words;
mod place_scope;
pub(crate) use counted::{item_of, FISCAL, HELD_BY, PERIOD, REPORTED, SHARE_OWNER};
pub(crate) use place_scope::{ESTIMATOR, INCLUDED, SOFT_PLACE};
pub(crate) use quantity::DOER;
pub mod quantity;
pub mod quote;
pub mod result;
pub mod role;
mod series;
pub mod stems;
mod sym;
pub mod text;
mod thin;
mod value;
pub use value::{Offset, Value};

use crate::lexicon::Lexicon;
use crate::source::SourceId;
use crate::temporal::DateValue;
pub(crate) use date::{existence_conflict, is_existence_class, is_existence_pair};
pub use doc::{Doc, EventWord, SentenceView, Vocab};
use entities::EntityIndex;
pub use frame::{acted_context_similarity, same_event_class};
pub(crate) use frame::{
    class_predicate, once_act_window, one_act_block, place_act_block, same_place_class,
};
pub use offset::{bearing_of, bearings_apart};
use serde::Serialize;
use std::ops::Range;
use std::sync::Arc;
pub use sym::Sym;

/// The kinds of claims.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// When an event happens.
    Date,
    /// Which occurrence of a recurring event, or how many so far.
    Ordinal,
    /// A number with what it counts.
    Quantity,
    /// Quoted speech and its speaker.
    Quote,
    /// Where an event takes place.
    Location,
    /// The office a person holds, or a person's name as spelled.
    Role,
    /// A game's final score or a vote's tally.
    Result,
}

impl ClaimKind {
    /// All kinds, in report order.
    pub const ALL: [ClaimKind; 7] = [
        ClaimKind::Date,
        ClaimKind::Ordinal,
        ClaimKind::Quantity,
        ClaimKind::Quote,
        ClaimKind::Location,
        ClaimKind::Role,
        ClaimKind::Result,
    ];

    /// The name used in rules and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Date => "date",
            ClaimKind::Ordinal => "ordinal",
            ClaimKind::Quantity => "quantity",
            ClaimKind::Quote => "quote",
            ClaimKind::Location => "location",
            ClaimKind::Role => "role",
            ClaimKind::Result => "result",
        }
    }
}

/// Tense of the clause a claim sits in: past events and upcoming ones are
/// never the same event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tense {
    /// Reported as having happened.
    Past,
    /// Scheduled or expected.
    Future,
    /// No cue.
    Unknown,
}

/// How a quote's speaker was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Attribution {
    /// A speech verb next to the quote names the speaker.
    Explicit,
    /// Taken from the sentence or paragraph before.
    Implicit,
    /// No speaker found.
    Unknown,
}

/// What a claim is about.
#[derive(Debug, Clone, PartialEq)]
pub struct Subject {
    /// Human-readable normalized key: `summit: Iran, Russia, Turkey`.
    pub key: Sym,
    /// Event class (`summit`, `meeting`, `visit`), unit, or `quote`.
    pub class: Sym,
    /// People and countries involved, canonical, sorted, deduplicated;
    /// equal lists of one thread's claims share one allocation (see
    /// [`extract`]).
    pub participants: Arc<[String]>,
    /// Tense of the clause.
    pub tense: Tense,
    /// A date the sentence gives for the event (location and ordinal
    /// claims); for a date claim, its value, or for a day told beside a
    /// zoned time of day (`Monday at 3:40 a.m. local time`), that time.
    pub event_date: Option<DateValue>,
    /// Content stems of the claim's context (quote words, the sentence
    /// around a date, place or number); shared by the claims of a sentence.
    pub context: stems::Stems,
    /// What a quantity counts; for a date claim, only the verb acting on
    /// its event as predicate (`foiled an attack`: `verb:foil`); equal
    /// keys of one thread's claims share one value (see [`extract`]).
    pub counted: Option<Arc<Counted>>,
}

/// What a quantity counts, as keys alignment compares through the
/// lexical tables (see `src/claims/counted.rs`): `killed 6 people` is
/// predicate `verb:kill`, thing `person`; `a depth of 12 miles` is
/// predicate `noun:depth`, no thing; `20,000 people marched in Athens`
/// has scope `athens`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, serde::Deserialize)]
pub struct Counted {
    /// What was done or measured: `verb:kill`, `adj:dead`, `noun:death
    /// toll`, `noun:population` (part of speech, a colon, the lemma).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predicate: Option<String>,
    /// The counted noun's lemma (`person`, `ship`); none for a bare number,
    /// a measure or money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thing: Option<String>,
    /// What part the figure is restricted to, sorted: places (`athens`),
    /// groups (`among crew`), periods (`2003`, `last year`, `per year`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scope: Vec<String>,
}

impl Counted {
    /// The predicate's part of speech and lemma.
    pub fn predicate_word(&self) -> Option<(crate::lexical::Pos, &str)> {
        use crate::lexical::Pos;
        let (pos, lemma) = self.predicate.as_deref()?.split_once(':')?;
        let pos = match pos {
            "verb" => Pos::Verb,
            "adj" => Pos::Adj,
            _ => Pos::Noun,
        };
        Some((pos, lemma))
    }

    /// The keys in words: `kill person in athens`.
    pub fn describe(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        if let Some((_, p)) = self.predicate_word() {
            parts.push(p);
        }
        if let Some(t) = &self.thing {
            parts.push(t);
        }
        let mut out = parts.join(" ");
        for s in &self.scope {
            if !out.is_empty() {
                out.push_str(", ");
            }
            out.push_str(s);
        }
        out
    }
}

/// One claim made by one source.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// The source making it.
    pub source: SourceId,
    /// Kind.
    pub kind: ClaimKind,
    /// What it is about.
    pub subject: Subject,
    /// What it says.
    pub value: Value,
    /// Byte span of the words carrying the value.
    pub span: Range<usize>,
    /// Byte span of the sentence (or quote paragraph) around it.
    pub sentence: Range<usize>,
    /// 0–1: how sure the extractor is.
    pub confidence: f32,
    /// How the value was read (`weekday, future tense: "scheduled"`);
    /// equal texts (most are) share one allocation.
    pub evidence: Sym,
}

/// Everything an extractor may consult besides the document.
pub struct Context<'a> {
    /// The vocabulary.
    pub lexicon: &'a Lexicon,
    /// The entity finder built from it.
    pub entities: &'a EntityIndex,
    /// Hashed lookups into the lexicon.
    pub vocab: Vocab,
}

impl<'a> Context<'a> {
    /// Builds the context (and the lexicon's lookup tables) once per run.
    pub fn new(lexicon: &'a Lexicon, entities: &'a EntityIndex) -> Context<'a> {
        Context {
            lexicon,
            entities,
            vocab: Vocab::new(lexicon),
        }
    }
}

/// An extractor of one claim kind.
pub trait Extractor: Sync + Send {
    /// The kind it extracts.
    fn kind(&self) -> ClaimKind;
    /// Appends the claims of `doc` to `out`.
    fn extract(&self, doc: &Doc, ctx: &Context, out: &mut Vec<Claim>);
    /// Whether the extractor gathers a list over the whole article before
    /// it makes claims (every place, every person named): such extractors
    /// run before the others (see [`extract`]), so that this scratch is
    /// not held beside the other extractors' claims.
    fn holds_article_scratch(&self) -> bool {
        false
    }
}

/// Compiles the series pattern every sentence meets now (see
/// [`crate::pipeline::warm_up`]). The ordinal extractor's two patterns
/// wait for the first sentence holding a visit, meeting or summit.
pub fn warm_up() {
    series::warm_up();
}

/// Compiles the patterns that learn an article's people now (see
/// [`crate::pipeline::warm_up`]): every article's first pass needs them.
pub fn warm_up_people() {
    names::warm_up();
}

/// The built-in extractors.
pub fn default_extractors() -> Vec<Box<dyn Extractor>> {
    vec![
        Box::new(date::DateExtractor),
        Box::new(date::ExistenceExtractor),
        Box::new(ordinal::OrdinalExtractor),
        Box::new(quantity::QuantityExtractor),
        Box::new(quote::QuoteExtractor),
        Box::new(location::LocationExtractor),
        Box::new(role::RoleExtractor),
        Box::new(result::ResultExtractor),
    ]
}

/// Runs every extractor over one document; claims come out in text order.
pub fn extract(doc: &Doc, ctx: &Context, extractors: &[Box<dyn Extractor>]) -> Vec<Claim> {
    finish(&doc.source.text, run_extractors(doc, ctx, extractors))
}

/// [`extract`], dropping the document as soon as the extractors are done:
/// the claims are then sorted and shared without the document's words,
/// mentions and sentence views held beside them (a big article's peak).
pub fn extract_from(doc: Doc, ctx: &Context, extractors: &[Box<dyn Extractor>]) -> Vec<Claim> {
    let out = run_extractors(&doc, ctx, extractors);
    let source = doc.source;
    drop(doc);
    finish(&source.text, out)
}

/// Every extractor's claims, in extractor order: each extractor writes a
/// vector of its own, so that no vector of all claims is grown by
/// copying (which holds its claims twice at the moment of growth).
/// Those that hold a whole article's scratch run first (a big article's
/// peak was the last one's scratch beside all earlier claims); each part
/// keeps its extractor's place, so the order they run in changes nothing.
fn run_extractors(doc: &Doc, ctx: &Context, extractors: &[Box<dyn Extractor>]) -> Vec<Vec<Claim>> {
    let mut parts: Vec<Vec<Claim>> = extractors.iter().map(|_| Vec::new()).collect();
    for k in scratch_first(extractors) {
        extractors[k].extract(doc, ctx, &mut parts[k]);
        share_participants(&mut parts[k]);
    }
    parts
}

/// Makes equal participant lists of one extractor's claims one allocation
/// as soon as it has made them, so later extractors do not run beside
/// the copies (later steps never change a list).
fn share_participants(claims: &mut [Claim]) {
    for c in claims {
        c.subject.participants = sym::share_participants(&c.subject.participants);
    }
}

/// The indices of `extractors`, those that hold a whole article's scratch
/// first, each group in its given order.
fn scratch_first(extractors: &[Box<dyn Extractor>]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..extractors.len()).collect();
    // A stable sort: `false` (scratch first) before `true`.
    order.sort_by_key(|&k| !extractors[k].holds_article_scratch());
    order
}

/// The claims of a source's `text` (each extractor's `parts`) in one
/// vector without spare room, made complete (figures, place and unit
/// scopes), put in text order and readied to be kept.
fn finish(text: &str, parts: Vec<Vec<Claim>>) -> Vec<Claim> {
    let mut out = Vec::with_capacity(parts.iter().map(Vec::len).sum());
    for part in parts {
        out.extend(part);
    }
    figures::finish_quantities(text, &mut out);
    place_scope::scope_by_named_parts(text, &mut out);
    place_scope::scope_by_places(text, &mut out);
    place_scope::scope_by_units(text, &mut out);
    own_place::soften_own_places(text, &mut out);
    sort_in_text_order(&mut out);
    // Kept until the end of the run: equal counted keys shared (the
    // participant lists were as they were made).
    for c in &mut out {
        if let Some(k) = c.subject.counted.take() {
            c.subject.counted = Some(sym::share_counted(k));
        }
    }
    out
}

/// Sorts claims by start and kind, keeping the order of equal ones (as a
/// stable sort), through a permutation of their indices: a stable sort of
/// the claims themselves would take a scratch buffer of half of them.
fn sort_in_text_order(claims: &mut [Claim]) {
    let Ok(n) = u32::try_from(claims.len()) else {
        claims.sort_by_key(|a| (a.span.start, a.kind));
        return;
    };
    let mut order: Vec<u32> = (0..n).collect();
    order.sort_unstable_by_key(|&i| {
        let c = &claims[i as usize];
        (c.span.start, c.kind, i)
    });
    // Position k takes the claim at order[k]: each cycle of the
    // permutation is walked once, a done position marked by itself.
    for start in 0..claims.len() {
        let mut at = start;
        loop {
            let from = order[at] as usize;
            order[at] = at as u32;
            if from == start {
                break;
            }
            claims.swap(at, from);
            at = from;
        }
    }
}

/// Claims of one in-memory article, for the extractors' unit tests.
#[cfg(test)]
pub(crate) fn claims_of(text: &str, published: Option<&str>) -> Vec<Claim> {
    let lexicon = Lexicon::defaults();
    let index = EntityIndex::new(&lexicon);
    let mut source = crate::source::Source::from_text(0, "test.md", text.to_string(), &lexicon);
    if let Some(d) = published {
        source.meta.published = Some(d.parse().expect("test date"));
    }
    let seg = crate::segment::segment(
        &source.text,
        source.body_start,
        &crate::segment::Abbreviations::new(&lexicon.abbreviations),
    );
    let ctx = Context::new(&lexicon, &index);
    let known = index.find(&source.text[source.body_start..]);
    let doc = Doc::new(&source, &seg, source.meta.published, &ctx, known);
    extract(&doc, &ctx, &default_extractors())
}

/// The figure claim of a one-article text whose words hold `figure`
/// (published 2 May 2024), for unit tests of figures and their keys.
#[cfg(test)]
pub(crate) fn quantity_at(text: &str, figure: &str) -> Claim {
    claims_of(text, Some("2024-05-02"))
        .into_iter()
        .find(|c| c.kind == ClaimKind::Quantity && text[c.span.clone()].contains(figure))
        .unwrap_or_else(|| panic!("no figure {figure:?} in {text:?}"))
}

/// The scopes of the figure of `text` whose words hold `figure` (none
/// when it has no keys).
#[cfg(test)]
pub(crate) fn scope_at(text: &str, figure: &str) -> Vec<String> {
    quantity_at(text, figure)
        .subject
        .counted
        .map(|k| k.scope.clone())
        .unwrap_or_default()
}

/// The predicate of the figure of `text` whose words hold `figure`
/// (none when there is no such figure or it has no predicate).
#[cfg(test)]
pub(crate) fn predicate_at(text: &str, figure: &str) -> Option<String> {
    claims_of(text, Some("2024-05-02"))
        .into_iter()
        .find(|c| c.kind == ClaimKind::Quantity && text[c.span.clone()].contains(figure))
        .and_then(|c| c.subject.counted.and_then(|k| k.predicate.clone()))
}

#[cfg(test)]
mod robustness {
    use super::{
        claims_of, default_extractors, Claim, ClaimKind, Context, Doc, EntityIndex, Lexicon,
    };

    /// The extractors that gather a whole article's places or people run
    /// first, the others after them, each group in the given order.
    #[test]
    fn scratch_holders_run_first() {
        let extractors = default_extractors();
        let order: Vec<ClaimKind> = super::scratch_first(&extractors)
            .into_iter()
            .map(|k| extractors[k].kind())
            .collect();
        use ClaimKind::*;
        assert_eq!(
            order,
            [Location, Role, Date, Date, Ordinal, Quantity, Quote, Result]
        );
    }

    /// The claims of `text` (published 2 May 2024) as
    /// [`super::run_extractors`] gives them, and as each extractor alone
    /// does when the extractors run in order.
    fn parts_both_ways(text: &str) -> (Vec<Vec<Claim>>, Vec<Vec<Claim>>) {
        let lexicon = Lexicon::defaults();
        let index = EntityIndex::new(&lexicon);
        let mut source = crate::source::Source::from_text(0, "t.md", text.into(), &lexicon);
        source.meta.published = Some("2024-05-02".parse().expect("date"));
        let abbreviations = crate::segment::Abbreviations::new(&lexicon.abbreviations);
        let seg = crate::segment::segment(&source.text, source.body_start, &abbreviations);
        let ctx = Context::new(&lexicon, &index);
        let known = index.find(&source.text[source.body_start..]);
        let doc = Doc::new(&source, &seg, source.meta.published, &ctx, known);
        let extractors = default_extractors();
        let in_order: Vec<Vec<Claim>> = extractors
            .iter()
            .map(|e| {
                let mut part = Vec::new();
                e.extract(&doc, &ctx, &mut part);
                part
            })
            .collect();
        (super::run_extractors(&doc, &ctx, &extractors), in_order)
    }

    /// Running the scratch holders first leaves each part in its
    /// extractor's place: the parts are those of running them in order.
    #[test]
    fn parts_keep_their_extractors_places() {
        let (parts, in_order) = parts_both_ways(
            "On Monday 3 people died in Paris, said Jane Roe, the mayor of Paris. \
             \"We grieve,\" said Mayor Jane Roe on Tuesday. It was the second attack.",
        );
        assert_eq!(parts, in_order);
        let kinds = |k: usize| parts[k].iter().map(|c| c.kind).collect::<Vec<_>>();
        assert!(kinds(5).contains(&ClaimKind::Location));
        assert!(kinds(6).contains(&ClaimKind::Role));
        assert!(kinds(0).contains(&ClaimKind::Date));
    }

    /// Equal participant lists of the claims are one allocation as soon
    /// as the extractors have made them (before the claims are finished).
    #[test]
    fn participant_lists_shared_as_made() {
        let (parts, _) = parts_both_ways(
            "Jane Roe of France said 3 people died in Paris on Monday. \
             Jane Roe of France said 40 people were hurt in Paris on Monday.",
        );
        let named: Vec<&Claim> = parts
            .iter()
            .flatten()
            .filter(|c| !c.subject.participants.is_empty())
            .collect();
        let mut pairs = 0;
        for (k, a) in named.iter().enumerate() {
            for b in &named[k + 1..] {
                let (pa, pb) = (&a.subject.participants, &b.subject.participants);
                if pa == pb {
                    pairs += 1;
                    assert!(std::sync::Arc::ptr_eq(pa, pb), "{pa:?} made twice");
                }
            }
        }
        assert!(pairs > 0, "no two claims name the same people: {named:?}");
    }

    /// The permutation sort orders as a stable sort by start and kind.
    #[test]
    fn sort_in_text_order_is_stable() {
        let mut claims = claims_of(
            "On Monday 3 people died in Paris. On Tuesday, 400 people marched, said Jane Roe, the mayor.",
            Some("2017-11-21"),
        );
        assert!(claims.len() > 4);
        claims.reverse();
        let mut expected = claims.clone();
        expected.sort_by_key(|a| (a.span.start, a.kind));
        super::sort_in_text_order(&mut claims);
        assert_eq!(claims, expected);
    }

    /// Every extractor on every cut of a text full of multi-byte characters
    /// and half-open constructs: no panic, spans on char boundaries.
    #[test]
    fn no_panic_on_any_cut() {
        let text = "“Putin said,” «Assad» told — ’the Russian leader‘ on Wednesday… \"We must admit\" said he.\n\n„Café“ 2.3 million 🙂 people, some 400 000 killed; the summit in Sochi on Thursday. \"Unclosed quote by Peskov\n\nSOCHI, November 21. /TASS/. It was Assad’s second visit to Russia. The first was in October 2015.";
        for (i, _) in text.char_indices() {
            for t in [&text[..i], &text[i..]] {
                for c in claims_of(t, Some("2017-11-21")) {
                    assert!(t.is_char_boundary(c.span.start) && t.is_char_boundary(c.span.end));
                    assert!(c.span.start <= c.span.end && c.span.end <= t.len());
                }
            }
        }
    }
}
