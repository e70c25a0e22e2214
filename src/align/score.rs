//! Scoring a candidate pair: whether two claims of one block are about
//! the same event, series or quote, and how sure that is.

use super::{AlignConfig, QuoteSlots, Reason};
use crate::claims::{home, text, Attribution, Claim, ClaimKind, Tense, Value};
use crate::source::SourceId;
use crate::temporal::DateValue;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// What scoring a pair needs: the claims, the thresholds, and each quote's
/// normalized text, written once however many pairs it is in.
pub(super) struct Scorer<'c> {
    claims: &'c [Claim],
    cfg: &'c AlignConfig,
    slots: &'c QuoteSlots,
    /// Which claims are ambiguous: a quantity whose source gives another
    /// value for its key, an offset whose source gives another from its
    /// place (see `ambiguous_quantities`).
    ambiguous: &'c [bool],
    /// The figures each sentence lists together (see `lists`).
    lists: super::lists::Lists,
    /// The date claims of figures of time before publication (see `ago`).
    ago: super::ago::Ago,
    /// Normalized quotes, by quote slot.
    quotes: Vec<OnceLock<String>>,
    /// The amounts of money of each sentence that has a date claim (by
    /// source and sentence start), as `currency value`.
    prices: HashMap<(SourceId, usize), Vec<String>>,
    /// Which sources give one value only of each counted thing (see
    /// `objects`).
    once: super::objects::OnceCounted<'c>,
    /// The ages that say what was done to their holder (see `holders`).
    age_frames: super::holders::AgeFrames,
}

impl<'c> Scorer<'c> {
    pub(super) fn new(
        claims: &'c [Claim],
        cfg: &'c AlignConfig,
        slots: &'c QuoteSlots,
        ambiguous: &'c [bool],
    ) -> Scorer<'c> {
        Scorer {
            claims,
            cfg,
            slots,
            ambiguous,
            quotes: (0..slots.len()).map(|_| OnceLock::new()).collect(),
            lists: super::lists::Lists::new(claims),
            ago: super::ago::Ago::new(claims),
            prices: prices_of_dated_sentences(claims),
            once: super::objects::OnceCounted::new(claims),
            age_frames: super::holders::AgeFrames::new(claims),
        }
    }

    /// Whether two date claims' sentences give the same amount of money
    /// (`sold for $30 million in 1957` / `sold for $30 million in 1967`):
    /// with the same predicate, one sale told twice, however far apart
    /// the years.
    fn same_price(&self, a: &Claim, b: &Claim) -> bool {
        let prices = |c: &Claim| self.prices.get(&(c.source, c.sentence.start));
        match (prices(a), prices(b)) {
            (Some(pa), Some(pb)) => pa.iter().any(|p| pb.contains(p)),
            _ => false,
        }
    }

    /// Claim `i`'s quote, normalized ([`text::normalize_quote`]).
    fn normalized_quote(&self, i: usize) -> Option<&str> {
        let Value::Quote { text: t, .. } = &self.claims[i].value else {
            return None;
        };
        let slot = self.slots.of(i)?;
        Some(self.quotes[slot].get_or_init(|| text::normalize_quote(t)))
    }
}

/// The amounts of money in the sentences that hold a date claim.
fn prices_of_dated_sentences(claims: &[Claim]) -> HashMap<(SourceId, usize), Vec<String>> {
    let dated: HashSet<(SourceId, usize)> = claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Date)
        .map(|c| (c.source, c.sentence.start))
        .collect();
    let mut prices: HashMap<(SourceId, usize), Vec<String>> = HashMap::new();
    for c in claims.iter().filter(|c| super::is_money(c)) {
        let at = (c.source, c.sentence.start);
        if dated.contains(&at) {
            let price = format!("{} {}", c.subject.class, c.value.normalized());
            prices.entry(at).or_default().push(price);
        }
    }
    prices
}

/// Whether `a` and `b` may be within `share` edits per character of the
/// longer (the test `normalized_levenshtein >= 1 - share` passes only
/// then): the characters one has more of than the other each need an
/// edit, so too many of them settle it without the edit distance.
fn within_edits(a: &str, b: &str, share: f64) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    let allowed = share * la.max(lb) as f64;
    // Counts of ASCII bytes, and of everything else together (a lower
    // bound still: merging characters only hides differences).
    let mut counts = [0i32; 129];
    for c in a.chars() {
        counts[(c as usize).min(128)] += 1;
    }
    for c in b.chars() {
        counts[(c as usize).min(128)] -= 1;
    }
    let (more_a, more_b) = counts.iter().fold((0i64, 0i64), |(x, y), &n| {
        if n > 0 {
            (x + i64::from(n), y)
        } else {
            (x, y - i64::from(n))
        }
    });
    // A hair of margin: this only has to never reject a pair that passes.
    more_a.max(more_b) as f64 <= allowed + 1e-9
}

fn tenses_compatible(a: Tense, b: Tense) -> bool {
    a == b || a == Tense::Unknown || b == Tense::Unknown
}

/// Whether two resolved dates can be the same event's: their gap is at
/// most `days`, or at most the length of the coarser value (`April 2007`
/// and `March 20, 2007`; `1969` and `1970`): a value is only known to its
/// precision, and a writer off by one unit of it still means one event.
pub(super) fn dates_close(a: &Option<DateValue>, b: &Option<DateValue>, days: i64) -> bool {
    match (
        a.as_ref().and_then(DateValue::interval),
        b.as_ref().and_then(DateValue::interval),
    ) {
        (Some((a0, a1)), Some((b0, b1))) => {
            let length = |x: jiff::civil::Date, y: jiff::civil::Date| {
                y.since(x).map_or(0, |s| i64::from(s.get_days()))
            };
            let days = days.max(length(a0, a1)).max(length(b0, b1));
            let gap = if a1 < b0 {
                b0.since(a1)
            } else if b1 < a0 {
                a0.since(b1)
            } else {
                return true;
            };
            gap.is_ok_and(|s| i64::from(s.get_days()) <= days)
        }
        _ => true,
    }
}

impl<'c> Scorer<'c> {
    /// The same-event (or same-quote, same-series) test for claims `i` and
    /// `j` (of one kind; `i`'s source first).
    pub(super) fn same_subject(&self, i: usize, j: usize) -> Option<(f64, Reason)> {
        let (a, b) = (&self.claims[i], &self.claims[j]);
        let cfg = self.cfg;
        let (sa, sb) = (&a.subject, &b.subject);
        match a.kind {
            ClaimKind::Quote => {
                // Two implicit attributions are two guesses: their disagreeing
                // says nothing about the sources.
                let implicit = |c: &Claim| {
                    matches!(
                        c.value,
                        Value::Quote {
                            attribution: Attribution::Implicit,
                            ..
                        }
                    )
                };
                if implicit(a) && implicit(b) {
                    return None;
                }
                let shared = text::shared(&sa.context, &sb.context);
                let sim = text::dice_of(shared, &sa.context, &sb.context);
                if sim >= cfg.quote_similarity && shared >= 4 {
                    return Some((
                        sim,
                        Reason::QuoteWords {
                            similarity: sim,
                            shared: u32::try_from(shared).unwrap_or(u32::MAX),
                        },
                    ));
                }
                // A short quote has too few content words to compare: it must
                // then be the same text, up to punctuation and small edits.
                let (na, nb) = (self.normalized_quote(i)?, self.normalized_quote(j)?);
                let (la, lb) = (na.len().max(1) as f64, nb.len().max(1) as f64);
                if la.min(lb) / la.max(lb) < 0.85 {
                    return None;
                }
                if !within_edits(na, nb, 0.1) {
                    return None;
                }
                let same = strsim::normalized_levenshtein(na, nb);
                (same >= 0.9).then_some((same, Reason::SameQuote { similarity: same }))
            }
            ClaimKind::Ordinal => Some((1.0, Reason::Series)),
            ClaimKind::Result => {
                crate::claims::result::compare::same_contest(a, b).then_some((1.0, Reason::Contest))
            }
            ClaimKind::Role => {
                use crate::claims::role::compare::{misspelled, same_name};
                use crate::claims::role::entity;
                if let (Some(fa), Some(fb)) = (entity::family(&sa.class), entity::family(&sb.class))
                {
                    let spelling = &crate::claims::role::vocab::ROLE_WORDS.spelling;
                    return if fa != fb {
                        None
                    } else if entity::folded(&sa.key) == entity::folded(&sb.key) {
                        Some((1.0, Reason::Name { same: true }))
                    } else {
                        entity::entity_misspelled(&sa.key, &sb.key, spelling)
                            .then_some((0.9, Reason::Name { same: false }))
                    };
                }
                if sa.class != sb.class {
                    return None;
                }
                if same_name(&sa.key, &sb.key) {
                    return Some((1.0, Reason::Person { same_name: true }));
                }
                // Spellings a few letters apart meet only as names: an
                // office is compared for one clearly identified person.
                let spelling = &crate::claims::role::vocab::ROLE_WORDS.spelling;
                let name = sa.class == crate::claims::role::NAME_CLASS;
                let one_person = misspelled(&sa.key, &sb.key, spelling)
                    || crate::claims::role::compare::first_name_misspelled(a, b, spelling);
                (name && one_person).then_some((0.9, Reason::Person { same_name: false }))
            }
            // A home (`Jane Roe, of Dayton`) meets another of one holder
            // only, whatever the sentences' events.
            ClaimKind::Location if home::is_home(a) || home::is_home(b) => {
                home::same_holder(a, b).then_some((1.0, Reason::Person { same_name: true }))
            }
            // Each source's one offset from one place (see `offsets`).
            ClaimKind::Location
                if !self.ambiguous[i]
                    && !self.ambiguous[j]
                    && super::offsets::same_reference(a, b)
                    && dates_close(&sa.event_date, &sb.event_date, cfg.same_event_days) =>
            {
                Some((0.5, Reason::SameReference))
            }
            ClaimKind::Date | ClaimKind::Location => {
                let one_kind = if a.kind == ClaimKind::Location {
                    crate::claims::same_place_class(&sa.class, &sb.class)
                } else {
                    crate::claims::same_event_class(&sa.class, &sb.class)
                };
                if !one_kind || !tenses_compatible(sa.tense, sb.tense) {
                    return None;
                }
                // A place is only compared between clauses that both clearly
                // report the event (or both announce it): `met in Sochi` and
                // `ahead of ... talks in Geneva` are different events.
                if a.kind == ClaimKind::Location
                    && (sa.tense != sb.tense || sa.tense == Tense::Unknown)
                {
                    return None;
                }
                // A tour's stops (see `stops`) are no one place of the event.
                let stop = |k: usize, c: &Claim| self.ambiguous[k] && super::stops::is_stop_kind(c);
                if stop(i, a) || stop(j, b) {
                    return None;
                }
                let (shared, _) = text::overlap(&sa.participants, &sb.participants);
                let both_empty = sa.participants.is_empty() && sb.participants.is_empty();
                let ctx = text::dice(&sa.context, &sb.context);
                // A frame read from the lexical tables (`verb:detain`) is
                // any event: related predicates make one event when the
                // people one clause names are all named by the other
                // (`Felt died` and `Mark Felt, Deep Throat, died`), as do
                // similar sentences naming nobody.
                let framed = sa.class.contains(':') || sb.class.contains(':');
                let (fewer, more) = if sa.participants.len() <= sb.participants.len() {
                    (&sa.participants, &sb.participants)
                } else {
                    (&sb.participants, &sa.participants)
                };
                let contained = fewer.iter().all(|p| more.contains(p));
                // The same predicate (`arrested` / `arrested`) with one
                // person in common is one event even when each clause names
                // someone else too (the officer who announced it).
                let same_predicate = sa.class == sb.class;
                // A clause that names nobody (`the suspect was convicted`,
                // `it sank a trawler`) is compared by its sentence's
                // likeness, as two clauses naming nobody are.
                let participants_ok = shared >= 2
                    || (framed && shared >= 1 && (contained || same_predicate))
                    || ((both_empty || same_predicate && fewer.is_empty())
                        && ctx >= cfg.context_similarity)
                    || (both_empty
                        && same_act(a, b)
                        && ctx >= crate::claims::acted_context_similarity());
                let priced = a.kind == ClaimKind::Date && same_predicate && self.same_price(a, b);
                if !participants_ok && !priced {
                    return None;
                }
                if a.kind == ClaimKind::Location
                    && !dates_close(&sa.event_date, &sb.event_date, cfg.same_event_days)
                {
                    return None;
                }
                if a.kind == ClaimKind::Date && !priced {
                    if let (Value::Date { resolved: ra, .. }, Value::Date { resolved: rb, .. }) =
                        (&a.value, &b.value)
                    {
                        // `built in 1994` / `built in 1988`: an act done
                        // once compares however far apart its dates lie.
                        let once = crate::claims::once_act_window(a, b)
                            .is_some_and(|within| within.is_none_or(|d| dates_close(ra, rb, d)))
                            // A state since a date meets its holder's
                            // beginning however far apart they lie.
                            || crate::claims::is_existence_pair(&sa.class, &sb.class);
                        if !once && !dates_close(ra, rb, cfg.same_event_days) {
                            return None;
                        }
                    }
                }
                let why = if shared >= 2 {
                    Reason::SharedParticipants { shared }
                } else if priced && !participants_ok {
                    Reason::SamePrice
                } else {
                    Reason::EventContext { similarity: ctx }
                };
                Some(((shared as f64 / 4.0).min(1.0).max(ctx), why))
            }
            ClaimKind::Quantity if is_age(a) || is_age(b) => self.same_holder(i, j),
            ClaimKind::Quantity => {
                let money = super::is_money(a) && super::is_money(b);
                // A plan's terms (`24 monthly payments`) hold whatever the
                // tense of the sentence telling them.
                let plan = |c: &Claim| {
                    c.subject
                        .counted
                        .as_deref()
                        .is_some_and(crate::claims::quantity::instalments::is_instalment)
                };
                let plans = plan(a) && plan(b);
                if !(tenses_compatible(sa.tense, sb.tense) || plans) {
                    return None;
                }
                // What is counted is known to match; the similarity is of the
                // rest of the context, without the unit word itself.
                let unit = |v: &'c Value| match v {
                    Value::Quantity { unit: Some(u), .. } => Some(u.as_str()),
                    _ => None,
                };
                let mut skip = vec![unit(&a.value), unit(&b.value)];
                // `44.2 per cent` / `42.4 pct`: the unit however written.
                if skip.contains(&Some("percent")) {
                    skip.extend(PERCENT_WORDS.iter().map(|w| Some(*w)));
                }
                let ctx = text::dice_without(&sa.context, &sb.context, &skip);
                // `married two weeks ago` / `wed three weeks ago`: the
                // events the figures date say which count it is.
                if ctx >= cfg.scoped_context_similarity {
                    if let Some(frames) = self.ago.same_event(self.claims, a, b) {
                        return Some((
                            ctx.max(0.5),
                            Reason::Dated {
                                frames,
                                similarity: ctx,
                            },
                        ));
                    }
                }
                if self.ago.name_same_days(self.claims, a, b) {
                    return None;
                }
                let same_class = sa.class == sb.class || money || super::both_durations(a, b);
                let keys = if sa.counted.is_some() && sb.counted.is_some() {
                    Some(super::counted::match_keys(a, b, same_class)?)
                } else if same_class {
                    None
                } else {
                    return None;
                };
                let Some(mut keys) = keys else {
                    return (ctx >= cfg.context_similarity)
                        .then_some((ctx, Reason::Counted { similarity: ctx }));
                };
                let object =
                    super::objects::ObjectCounts::defaults().needed(&keys, (a, b), &self.once);
                let described = |c: &Claim| {
                    c.subject
                        .counted
                        .as_deref()
                        .is_some_and(crate::claims::quantity::body::is_described)
                };
                let needed = if described(a) && described(b) {
                    crate::claims::quantity::body::BodyCues::defaults().context_similarity
                } else if keys.item() || keys.instalment() {
                    cfg.scoped_context_similarity
                } else if let Some(object) = object {
                    keys.set(super::counted::Flag::Object);
                    object
                } else if !keys.keyed() {
                    cfg.context_similarity
                } else if keys.outcome() || keys.people_scoped() || keys.reported() {
                    cfg.outcome_context_similarity
                } else if keys.scoped() {
                    cfg.scoped_context_similarity
                } else {
                    cfg.keyed_context_similarity
                };
                if ctx < needed {
                    // One inventory told twice scopes its counts (see
                    // `lists`); looked up only when the sentences alone
                    // fall short.
                    let listed = keys.thing.is_some()
                        && ctx >= cfg.scoped_context_similarity
                        && self.lists.listed_alike(self.claims, i, j);
                    if !listed {
                        return None;
                    }
                    keys.set(super::counted::Flag::Listed);
                }
                Some(
                    if keys.keyed()
                        || keys.listed()
                        || keys.item()
                        || keys.instalment()
                        || keys.object()
                    {
                        (
                            ctx.max(0.5),
                            Reason::Keyed {
                                keys,
                                similarity: ctx,
                            },
                        )
                    } else {
                        (ctx, Reason::Counted { similarity: ctx })
                    },
                )
            }
        }
    }
}

/// The words a percentage's unit is written in (`per cent`, `pct`), no
/// context of the figure's own.
const PERCENT_WORDS: &[&str] = &["per", "cent", "pct"];

/// Whether a claim is an age ([`crate::claims::age`]).
fn is_age(c: &Claim) -> bool {
    c.subject.class == crate::claims::age::AGE_CLASS
}

/// Most days apart two articles may be for their ages of one person to be
/// compared: a birthday between them is an update, not a conflict.
const AGE_SAME_DAYS: i64 = 31;

impl Scorer<'_> {
    /// Whether two ages are one holder's at one time: the same named
    /// person, or the same person noun in similar sentences (`a 9-year-old
    /// boy saw the shooting`), in articles at most a month apart.
    fn same_holder(&self, i: usize, j: usize) -> Option<(f64, Reason)> {
        let (a, b) = (&self.claims[i], &self.claims[j]);
        if !(is_age(a) && is_age(b)) {
            return None;
        }
        let (sa, sb) = (&a.subject, &b.subject);
        let thing = |c: &Claim| c.subject.counted.as_deref().and_then(|k| k.thing.clone());
        if !dates_close(&sa.event_date, &sb.event_date, AGE_SAME_DAYS) {
            return None;
        }
        // Ages of nobody read meet only as the one difference of two
        // lists (`two women, 68 and 48` / `the women, 61 and 48`).
        if super::lists::unheld_age(a) || super::lists::unheld_age(b) {
            let ctx = text::dice(&sa.context, &sb.context);
            let listed = ctx >= self.cfg.scoped_context_similarity
                && self.lists.ages_differ_once(self.claims, i, j);
            return listed.then_some((ctx, Reason::AgeList { similarity: ctx }));
        }
        // `61-year-old Jane Roe was detained` / `detained a 60-year-old
        // woman`: one person in the frame, told two ways.
        if self.age_frames.name_meets_noun(self.claims, i, j) {
            let ctx = text::dice(&sa.context, &sb.context);
            return (ctx >= self.cfg.scoped_context_similarity)
                .then_some((ctx, Reason::AgeInFrame { similarity: ctx }));
        }
        if !sa.participants.is_empty() || !sb.participants.is_empty() {
            let same = match (&*sa.participants, &*sb.participants) {
                ([x], [y]) => crate::claims::role::compare::same_name(x, y),
                _ => false,
            };
            return same.then_some((1.0, Reason::AgeOfName));
        }
        let (ta, tb) = (thing(a)?, thing(b)?);
        if ta != tb {
            return None;
        }
        let ctx = text::dice(&sa.context, &sb.context);
        // `assaulting the 11-year-old girl` / `assaulting a 12-year-old
        // girl`: one thing done to the holder says which one it is.
        let done_alike = match (sa.counted.as_deref(), sb.counted.as_deref()) {
            (Some(x), Some(y)) => super::counted::same_predicate(x, y),
            _ => false,
        };
        // `the driver, 38,` / `the 41-year-old driver`: the story's one
        // driver.
        let needed = if done_alike || self.age_frames.one_of_a_role(self.claims, i, j) {
            self.cfg.scoped_context_similarity
        } else {
            self.cfg.context_similarity
        };
        (ctx >= needed).then_some((ctx, Reason::Age { similarity: ctx }))
    }
}

/// Whether two date claims' events are acted on by verbs of one act
/// (`foiled` / `thwarted an attack`): the verbs their claims carry as
/// predicate are one, synonyms or of one curated group (see
/// `acted-context-similarity` in `rules/lexical/frames.toml`).
fn same_act(a: &Claim, b: &Claim) -> bool {
    let verb = |c: &Claim| {
        (c.kind == ClaimKind::Date)
            .then(|| c.subject.counted.as_deref()?.predicate.clone())
            .flatten()
    };
    match (verb(a), verb(b)) {
        (Some(va), Some(vb)) => crate::claims::same_event_class(&va, &vb),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::within_edits;

    #[test]
    fn the_edit_prefilter_never_rejects_a_close_pair() {
        let texts = [
            "we will not allow it",
            "we will not allow this",
            "we shall not allow it",
            "it is a great day for russia",
            "it is a great day for syria",
            "völlig anders",
            "vollig anders",
            "",
            "a",
        ];
        for a in texts {
            for b in texts {
                let close = strsim::normalized_levenshtein(a, b) >= 0.9;
                if close {
                    assert!(within_edits(a, b, 0.1), "{a:?} / {b:?}");
                }
            }
        }
        assert!(!within_edits(
            "we will not allow it",
            "the talks end on friday",
            0.1
        ));
    }
}
