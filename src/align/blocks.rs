//! Blocking: the keys that put claims which may be about one thing in one
//! block, the only candidates [`align`](super::align) scores as pairs.

use super::{ambiguous::ambiguous_quantities, counted, is_money, lists, offsets};
use super::{AlignConfig, MAX_BLOCKS};
use crate::claims::{Claim, ClaimKind};

/// The blocks a claim falls in (without its kind), each given to `f` as a
/// story (none for a series) and a text: the series key for an ordinal,
/// the story and each of the three longest stems of a quote, nothing for
/// an ambiguous quantity, else the story and the class.
pub(super) fn for_each_block(
    c: &Claim,
    story: usize,
    ambiguous: bool,
    mut f: impl FnMut(Option<usize>, &str),
) {
    match c.kind {
        // A series spans stories: counts grow over time. A series nobody
        // owns (`the third strike this year`) is compared within a story.
        ClaimKind::Ordinal if c.subject.participants.is_empty() => f(Some(story), &c.subject.key),
        ClaimKind::Ordinal => f(None, &c.subject.key),
        ClaimKind::Quote => {
            // Block on the rarest-looking words: the three longest stems
            // (ties in text order), picked without sorting them all.
            let mut top: [&str; 3] = [""; 3];
            for s in c.subject.context.iter() {
                let better = |t: &str| s.len() > t.len() || (s.len() == t.len() && s < t);
                if let Some(k) = top.iter().position(|t| t.is_empty() || better(t)) {
                    top.copy_within(k..2, k + 1);
                    top[k] = s;
                }
            }
            for s in top.into_iter().filter(|s| !s.is_empty()) {
                f(Some(story), s);
            }
        }
        // Ages of nobody read meet as lists only (see `lists`), in one
        // block per story.
        ClaimKind::Quantity if lists::unheld_age(c) => f(Some(story), "listed ages"),
        // A source giving several numbers for one thing counts several
        // things (`six rifles in the raid`, `14 rifles so far`): which
        // of them another source's number matches is a guess.
        ClaimKind::Quantity if ambiguous => {}
        // An age meets ages only, and only with its holder read.
        ClaimKind::Quantity if c.subject.class == crate::claims::age::AGE_CLASS => {
            if c.subject.counted.is_some() {
                f(Some(story), &c.subject.class);
            }
        }
        // Amounts in any currency meet, so that a pair in two currencies
        // is judged (and left undecided) rather than never seen.
        ClaimKind::Quantity => {
            f(
                Some(story),
                if is_money(c) {
                    "money"
                } else {
                    &c.subject.class
                },
            );
            // Figures of time before an event in different units (`nine
            // days ago`, `three weeks ago`) meet (see `ago`).
            if c.subject.counted.is_none() && c.subject.class.ends_with(" before") {
                f(Some(story), "time before");
            }
            // Figures keyed by what they count also meet through their
            // predicate and counted thing (`killed` / `died`, `ships` /
            // `vessels`), whatever their class.
            if let Some(counted) = c.subject.counted.as_deref() {
                counted::key_blocks(counted, |key| f(Some(story), key));
            }
        }
        // Event frames meet through their predicates (`detained` /
        // `arrested`, `acquitted` / `acquittal`), whatever their class.
        ClaimKind::Date | ClaimKind::Location => {
            f(Some(story), &c.subject.class);
            // A source's one offset from a place meets the others' (see
            // `offsets`), whatever its frame.
            if let Some(place) = offsets::reference(c).filter(|_| !ambiguous) {
                f(Some(story), &format!("offset from {place}"));
            }
            // A state held since a date meets its holder's beginning.
            if crate::claims::is_existence_class(&c.subject.class) {
                f(Some(story), "existence");
            }
            // `admitted` / `confessed`: one act of the frames table.
            if let Some(key) = crate::claims::one_act_block(&c.subject.class) {
                f(Some(story), &key);
            }
            // `barricaded` / `arrested`: one place (`place-acts`).
            if c.kind == ClaimKind::Location {
                if let Some(key) = crate::claims::place_act_block(&c.subject.class) {
                    f(Some(story), &key);
                }
            }
            counted::frame_blocks(&c.subject.class, |key| f(Some(story), key));
        }
        // A person's offices and spellings meet through the first name:
        // `Jane Kowalczyk` and `Jane Kowalczik` are one block.
        // Names of places and organisations by their first letter.
        // Games meet by story (their sides are compared word by word:
        // `Colts` and `Indianapolis Colts`), votes by their key.
        ClaimKind::Result => f(Some(story), &c.subject.class),
        ClaimKind::Role => {
            use crate::claims::role::{compare::name_parts, entity, NAME_CLASS};
            if let Some(key) = entity::block_key(&c.subject.class, &c.subject.key) {
                f(Some(story), &key);
                return;
            }
            let (first, rest) = name_parts(&c.subject.key);
            f(Some(story), &format!("{}: {first}", c.subject.class));
            // `Carolos Roe` and `Karolos Roe`, given one office, meet
            // through the surname.
            if c.subject.class == NAME_CLASS && !c.subject.participants.is_empty() {
                f(Some(story), &format!("surname: {rest}"));
            }
        }
    }
}

/// The blocks of a claim as `story:text` strings (for export).
fn blocks_of(c: &Claim, story: usize, ambiguous: bool) -> Vec<String> {
    let mut out = Vec::new();
    for_each_block(c, story, ambiguous, |story, text| {
        out.push(match story {
            Some(s) => format!("{s}:{text}"),
            None => text.to_string(),
        });
    });
    out
}

/// The blocks of a claim as hashes of what [`blocks_of`] writes: aligning
/// sorts one (kind, hash, claim) triple per block, with no string built.
/// Two blocks whose hashes collide (about one chance in 2^64 per pair of
/// keys) would only add candidate pairs, each still scored.
pub(super) fn block_hashes(c: &Claim, story: usize, ambiguous: bool) -> ([u64; MAX_BLOCKS], usize) {
    use std::hash::{Hash, Hasher};
    let mut out = ([0u64; MAX_BLOCKS], 0);
    for_each_block(c, story, ambiguous, |story, text| {
        let mut h = rustc_hash::FxHasher::default();
        story.hash(&mut h);
        text.hash(&mut h);
        if out.1 < MAX_BLOCKS {
            out.0[out.1] = h.finish();
            out.1 += 1;
        }
    });
    out
}

/// The blocking keys [`align`](super::align) puts each claim under, as `kind:key`
/// strings (`date:3:summit`, `ordinal:visit: Assad, Russia`,
/// `quote:0:sovereignti`); empty for a claim never aligned. Claims sharing
/// a key are the only candidates for a pair, so a distributed run can
/// group by these keys. Story ids are those of `story_of`.
pub fn block_keys(claims: &[Claim], story_of: &[usize]) -> Vec<Vec<String>> {
    // The default window: claims files carry no configuration.
    let days = AlignConfig::default().same_event_days;
    let ambiguous = ambiguous_quantities(claims, days);
    claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let story = story_of.get(c.source).copied().unwrap_or(usize::MAX);
            blocks_of(c, story, ambiguous[i])
                .into_iter()
                .map(|k| format!("{}:{k}", c.kind.as_str()))
                .collect()
        })
        .collect()
}
