//! Stories: groups of sources that report the same event.
//!
//! Each source is described by weighted terms ([`terms`]): the names it
//! gives, its content words and numbers, the lead counting more. Terms are
//! weighted by rarity, measured in the run when it has enough sources and
//! taken from a background frequency table when it does not, and two
//! sources are alike by the cosine of their vectors. Sources are grouped by
//! average linkage (`linkage`); dated sources of one story lie within a
//! window. A user who knows the story says so instead ([`StoryMode`]).
//! Copies of one text (an agency story run by several outlets) are found
//! by shared word 4-grams (`shingles`) and count once in tallies.

mod background;
mod candidates;
pub mod dating;
mod linkage;
mod settings;
mod shingles;
mod slots;
pub mod terms;

use crate::source::Source;
use jiff::civil::Date;
use std::collections::HashMap;

use dating::Dating;
pub use settings::{StoryMode, StorySettings, DEFAULT_STORY_SETTINGS};
use shingles::Shingles;
use terms::Term;

/// How stories are formed.
#[derive(Debug, Clone, Default)]
pub struct StoryConfig {
    /// Auto, one story, or one per folder.
    pub mode: StoryMode,
    /// Weights and thresholds (`rules/stories/stories.toml`).
    pub settings: StorySettings,
}

/// Why a source is in its story: the member of the story most like it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StoryEvidence {
    /// The most similar source of the same story.
    pub partner: usize,
    /// Their cosine similarity (0 to 1).
    pub similarity: f32,
}

/// The stories found.
#[derive(Debug, Clone, Default)]
pub struct Stories {
    /// Story id of each source, indexed by source id.
    pub of_source: Vec<usize>,
    /// Date of each story (the earliest publication date among its dated sources).
    pub date: Vec<Option<Date>>,
    /// The source each source is a copy of: the first of its copies (itself
    /// when it is the only one).
    pub origin: Vec<usize>,
    /// Why each source is in its story (`None` alone in its story).
    pub evidence: Vec<Option<StoryEvidence>>,
    /// The day each undated source borrows (see `lent_dates`; empty: each
    /// borrows its story's date).
    pub lent: Vec<Option<Date>>,
    /// How the stories were formed.
    pub mode: StoryMode,
}

impl Stories {
    /// Number of stories.
    pub fn len(&self) -> usize {
        self.date.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.date.is_empty()
    }

    /// Source ids of story `s`.
    pub fn members(&self, s: usize) -> Vec<usize> {
        (0..self.of_source.len())
            .filter(|&i| self.of_source[i] == s)
            .collect()
    }

    /// The day an undated source borrows: the one lent to it, else its
    /// story's date.
    pub fn borrowed(&self, source: usize) -> Option<Date> {
        let own = self.lent.get(source).copied().flatten();
        own.or_else(|| self.date.get(*self.of_source.get(source)?).copied()?)
    }

    /// The source whose text `source` copies (itself when original).
    pub fn origin_of(&self, source: usize) -> usize {
        self.origin.get(source).copied().unwrap_or(source)
    }
}

/// What story grouping needs of one source, small enough to keep for every
/// source of a large run.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// The source's terms, sorted by hash.
    terms: Vec<Term>,
    /// Its word 4-grams, for copies.
    shingles: Shingles,
    /// When it was published, and the earlier days it names.
    dating: Dating,
}

impl Profile {
    /// Builds the profile from the body's word spans (offsets in the text).
    pub fn new(source: &Source, words: &[(usize, usize)], cfg: &StoryConfig) -> Profile {
        let w = &cfg.settings.terms;
        let mut all = terms::terms(&source.text, source.body_start, words, w);
        if all.len() > w.kept {
            // Keep the rarest and most used terms, by the background table.
            let r = &cfg.settings.rarity;
            let value = |t: &Term| t.count.ln_1p() * background_rarity(t.zipf, r);
            all.sort_unstable_by(|a, b| value(b).total_cmp(&value(a)).then(a.hash.cmp(&b.hash)));
            all.truncate(w.kept);
            all.sort_unstable_by_key(|t| t.hash);
        }
        all.shrink_to_fit();
        let same_days = cfg.settings.linkage.same_days;
        Profile {
            terms: all,
            shingles: Shingles::new(source.text.as_bytes(), words),
            dating: Dating::of(
                &source.text[source.body_start..],
                source.meta.published,
                same_days,
            )
            .in_month(source.meta.published_month),
        }
    }
}

/// Background rarity of a word of Zipf × 10 `zipf` (0: not in the table).
fn background_rarity(zipf: u8, r: &settings::Rarity) -> f32 {
    let z = if zipf == 0 {
        r.unknown_zipf
    } else {
        f32::from(zipf) / 10.0
    };
    (r.reference_zipf - z).max(0.0) * std::f32::consts::LN_10
}

/// Groups sources into stories; `profiles` are indexed like `sources`.
/// They are consumed: each one's terms are dropped as soon as its weighted
/// vector is made, which lowers the peak memory of a large run.
pub fn cluster(sources: &[Source], mut profiles: Vec<Profile>, cfg: &StoryConfig) -> Stories {
    let n = sources.len();
    let s = &cfg.settings;
    let (vectors, named) = candidates::weigh(&mut profiles, s);
    let profiles = &profiles[..];
    let dating: Vec<&Dating> = profiles.iter().map(|p| &p.dating).collect();
    let edges = candidates::edges(&vectors, &named, &dating, s);
    // The weighted vectors (about as large as the profiles) are done with:
    // freed before the linkage's own tables are built.
    drop(vectors);
    drop(named);
    let group: Vec<u32> = match cfg.mode {
        StoryMode::One => vec![0; n],
        StoryMode::Folder => by_folder(sources),
        StoryMode::Auto => {
            let big = n >= s.rarity.min_run_sources;
            let (scored, t) = candidates::keyed(&edges, n, big, s);
            linkage::average_linkage(n, &scored, &dating, t)
        }
    };
    let of_source = number_in_order(&group);
    let stories = of_source.iter().max().map_or(0, |m| m + 1);
    let mut date: Vec<Option<Date>> = vec![None; stories];
    for (i, src) in sources.iter().enumerate() {
        if let Some(d) = src.meta.published {
            let e = &mut date[of_source[i]];
            *e = Some(e.map_or(d, |e: Date| e.min(d)));
        }
    }
    let origin = copies(profiles, &edges, &of_source, s.copies.min_containment);
    let evidence = evidence(n, &edges, &of_source);
    let lent = lent_dates(sources, &edges, &of_source, s.linkage.reference_days);
    Stories {
        of_source,
        date,
        origin,
        evidence,
        lent,
        mode: cfg.mode,
    }
}

/// The day each undated source borrows: the earliest publication day of
/// its story's dated sources within `reach` days of the dated source most
/// like it. A story may hold epochs far apart (a follow-up months after
/// the event): an undated source takes the days of the epoch it reads
/// like, not the first epoch's. In a story whose dated sources lie within
/// `reach` days of each other, that is the story's earliest day. `None`
/// for a dated source, or one like no dated source of its story.
fn lent_dates(
    sources: &[Source],
    edges: &[linkage::Edge],
    story: &[usize],
    reach: i64,
) -> Vec<Option<Date>> {
    let day = |i: usize| sources[i].meta.published;
    let mut partner: Vec<Option<(f32, usize)>> = vec![None; sources.len()];
    for e in edges {
        let (a, b) = (e.a as usize, e.b as usize);
        if story[a] != story[b] {
            continue;
        }
        for (x, y) in [(a, b), (b, a)] {
            let fits = day(x).is_none() && day(y).is_some();
            let better = partner[x].is_none_or(|(c, p)| e.cosine > c || (e.cosine == c && y < p));
            if fits && better {
                partner[x] = Some((e.cosine, y));
            }
        }
    }
    // Each story's dated days, in order.
    let mut days: HashMap<usize, Vec<(i64, Date)>> = HashMap::new();
    for (i, s) in sources.iter().enumerate() {
        if let Some((d, n)) = s
            .meta
            .published
            .and_then(|d| Some((d, dating::day_number(d)?)))
        {
            days.entry(story[i]).or_default().push((n, d));
        }
    }
    days.values_mut().for_each(|v| v.sort_unstable());
    partner
        .iter()
        .enumerate()
        .map(|(x, p)| {
            let near = dating::day_number(day(p.as_ref()?.1)?)?;
            let v = days.get(&story[x])?;
            let first = v.partition_point(|(n, _)| *n < near - reach);
            v.get(first).map(|(_, d)| *d)
        })
        .collect()
}

/// One group per parent folder.
fn by_folder(sources: &[Source]) -> Vec<u32> {
    let mut ids: HashMap<&std::path::Path, u32> = HashMap::new();
    sources
        .iter()
        .map(|s| {
            let folder = std::path::Path::new(&s.path)
                .parent()
                .unwrap_or(std::path::Path::new(""));
            let next = ids.len() as u32;
            *ids.entry(folder).or_insert(next)
        })
        .collect()
}

/// Stories numbered in order of their first source.
fn number_in_order(group: &[u32]) -> Vec<usize> {
    let mut ids: HashMap<u32, usize> = HashMap::new();
    group
        .iter()
        .map(|g| {
            let next = ids.len();
            *ids.entry(*g).or_insert(next)
        })
        .collect()
}

/// The first copy of each source's text: sources of one story whose
/// 4-grams overlap at least `min` are copies.
fn copies(profiles: &[Profile], edges: &[linkage::Edge], story: &[usize], min: f64) -> Vec<usize> {
    let mut parent: Vec<u32> = (0..profiles.len() as u32).collect();
    for e in edges {
        let (a, b) = (e.a as usize, e.b as usize);
        // Copies share most of their words: a cheap test first.
        if story[a] != story[b] || e.cosine < candidates::COPY_COSINE {
            continue;
        }
        if profiles[a].shingles.containment(&profiles[b].shingles) >= min {
            let (ra, rb) = (
                linkage::root(&mut parent, e.a),
                linkage::root(&mut parent, e.b),
            );
            parent[ra.max(rb) as usize] = ra.min(rb);
        }
    }
    (0..profiles.len() as u32)
        .map(|i| linkage::root(&mut parent, i) as usize)
        .collect()
}

/// Each source's most similar source in its story.
fn evidence(n: usize, edges: &[linkage::Edge], story: &[usize]) -> Vec<Option<StoryEvidence>> {
    let mut best: Vec<Option<StoryEvidence>> = vec![None; n];
    for e in edges {
        let (a, b) = (e.a as usize, e.b as usize);
        if story[a] != story[b] {
            continue;
        }
        for (x, y) in [(a, b), (b, a)] {
            let better = best[x].is_none_or(|old| {
                e.cosine > old.similarity || (e.cosine == old.similarity && y < old.partner)
            });
            if better {
                best[x] = Some(StoryEvidence {
                    partner: y,
                    similarity: e.cosine,
                });
            }
        }
    }
    best
}

/// The terms two sources share that weigh most (rarest and most used, by
/// the background table), for explanations; at most `max`.
pub fn shared_terms(a: &Source, b: &Source, settings: &StorySettings, max: usize) -> Vec<String> {
    let named = |s: &Source| {
        let body = &s.text[s.body_start..];
        let words: Vec<(usize, usize)> = crate::segment::word_spans(body)
            .into_iter()
            .map(|(x, y)| (s.body_start + x, s.body_start + y))
            .collect();
        terms::named_terms(&s.text, s.body_start, &words, &settings.terms)
    };
    let (ta, tb) = (named(a), named(b));
    let mut shared: Vec<(f32, String)> = ta
        .iter()
        .filter_map(|(h, x)| {
            let y = tb.get(h)?;
            let weight = x.term.count.min(y.term.count).ln_1p()
                * background_rarity(x.term.zipf, &settings.rarity);
            Some((weight, x.text.clone()))
        })
        .collect();
    shared.sort_by(|x, y| y.0.total_cmp(&x.0).then_with(|| x.1.cmp(&y.1)));
    shared.into_iter().take(max).map(|(_, t)| t).collect()
}

#[cfg(test)]
mod tests;
