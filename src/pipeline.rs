//! The pipeline, in one direction: sources → stories → segmentation →
//! claims → alignment → rules → findings.

use crate::align::{self, AlignConfig, Pair, Profile, Stories, StoryConfig};
use crate::claims::entities::EntityIndex;
use crate::claims::{self, Claim, Context, Doc};
use crate::findings::{self, Checked, Finding};
use crate::lexicon::Lexicon;
use crate::progress::Ticker;
pub use crate::progress::{Progress, ProgressFn};
use crate::rules::RuleSet;
use crate::segment::{self, Abbreviations};
use crate::source::{IssueLevel, LoadIssue, Provenance, Source};
use rayon::prelude::*;

/// Thresholds of every stage.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Story clustering.
    pub stories: StoryConfig,
    /// Claim alignment.
    pub align: AlignConfig,
    /// Told how far the long stages are (the library itself never prints).
    pub progress: Option<ProgressFn>,
    /// Keep every judged pair in [`Analysis::checked`] (what `--explain`
    /// shows). Without it only the pairs inside findings are kept: on a big
    /// run the consistent pairs would be a large part of the memory.
    pub explain: bool,
    /// Drop each source's text once its claims are extracted
    /// ([`Source::release_text`]): the texts are a big run's largest part.
    /// A caller showing findings reads back the texts it needs with
    /// [`crate::source::restore_texts`].
    pub release_texts: bool,
    /// Drafts (`check --draft`): written now, after the sources they are
    /// checked against, so an undated draft takes the latest date of its
    /// story's other sources, not the earliest as other undated sources do.
    pub drafts: Vec<std::path::PathBuf>,
}

/// Everything the pipeline produced.
#[derive(Debug, Default, Clone)]
pub struct Analysis {
    /// The sources, with borrowed dates filled in.
    pub sources: Vec<Source>,
    /// Stories.
    pub stories: Stories,
    /// All claims, grouped by source in source order.
    pub claims: Vec<Claim>,
    /// Aligned pairs.
    pub pairs: Vec<Pair>,
    /// Contradictions.
    pub findings: Vec<Finding>,
    /// The aligned pairs with their judgement: every one with
    /// [`Options::explain`], else those inside findings.
    pub checked: Vec<Checked>,
    /// Problems met while analysing (a source whose claims could not be read).
    pub issues: Vec<LoadIssue>,
    /// Wall time of each stage, in order (for `check --timings` and benchmarks).
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

/// Wall time of each stage, in order (`Analysis::timings`).
struct Stopwatch {
    clock: std::time::Instant,
    timings: Vec<(&'static str, std::time::Duration)>,
}

impl Stopwatch {
    fn new() -> Stopwatch {
        Stopwatch {
            clock: std::time::Instant::now(),
            timings: Vec::new(),
        }
    }

    /// Records the time since the last lap under `stage`.
    fn lap(&mut self, stage: &'static str) {
        self.timings.push((stage, self.clock.elapsed()));
        self.clock = std::time::Instant::now();
    }
}

/// Builds now the tables and patterns that extraction builds on first use
/// (about half of the CPU time of checking a few articles). The CLI runs
/// it on a thread of its own while it reads the configuration, rules and
/// lexicon on another, so that a small run uses both cores from the start;
/// each is built once whichever thread comes first.
pub fn warm_up() {
    crate::source::warm_up();
    align::stories::terms::warm_up();
    // In the order a first pass needs them: the profile dates, the doc
    // learns its people, then the extractors.
    crate::temporal::warm_up();
    claims::warm_up_people();
    crate::gazetteer::Gazetteer::warm_up();
    claims::warm_up();
}

/// Runs the pipeline.
pub fn analyze(
    mut sources: Vec<Source>,
    lexicon: &Lexicon,
    rules: &RuleSet,
    opts: &Options,
) -> Analysis {
    let mut watch = Stopwatch::new();
    let input_bytes = sources.iter().map(|s| s.text.len()).sum();
    let index = EntityIndex::for_input(lexicon, input_bytes);
    watch.lap("lexicon");
    let abbreviations = Abbreviations::new(&lexicon.abbreviations);
    let ctx = Context::new(lexicon, &index);
    let mut extractors = claims::default_extractors();
    extractors.extend(rules.extractors());
    let prep = Prep {
        abbreviations: &abbreviations,
        index: &index,
        ctx: &ctx,
        extractors: &extractors,
        stories: &opts.stories,
    };
    // One pass per source: sentences, words and mentions are computed once
    // and serve both the story profile and the claims. A source without a
    // date of its own waits for its story's (below). Sources go in chunks,
    // each chunk's claims moved into the one vector as soon as it is done:
    // collecting every source's claims first and copying them after would
    // hold all claims twice at once (the peak of a large run).
    let ticker = Ticker::new(opts.progress.as_ref(), "extraction", sources.len());
    let mut profiles: Vec<Profile> = Vec::with_capacity(sources.len());
    let mut firms: Vec<Vec<String>> = Vec::with_capacity(sources.len());
    let mut claims: Vec<Claim> = Vec::new();
    let mut undated: Vec<usize> = Vec::new();
    let mut issues: Vec<(usize, LoadIssue)> = Vec::new();
    let mut warm = Some(crate::temporal::warm_up as fn());
    let all_bytes: f64 = sources.iter().map(|s| s.text.len() as f64).sum();
    let n_sources = sources.len();
    // A chunk's results are merged while the next chunk is extracted.
    let mut pending: Option<(usize, Vec<FirstPass>)> = None;
    let release_texts = opts.release_texts;
    let mut merge = |done: &mut [Source], start: usize, first: Vec<FirstPass>| {
        // A run of one source (one big article) needs no estimate: its
        // claims are moved in below.
        if start == 0 && n_sources > 1 {
            reserve_estimate(&mut claims, &first, &done[..first.len()], all_bytes);
        }
        for (k, f) in first.into_iter().enumerate() {
            profiles.push(f.profile);
            firms.push(f.firms);
            let id = start + k;
            match f.claims {
                Some(Ok(c)) => {
                    take_or_extend(&mut claims, c);
                    if release_texts {
                        done[id].release_text();
                    }
                }
                Some(Err(issue)) => issues.push((id, issue)),
                None => undated.push(id),
            }
        }
    };
    for chunk_index in 0..sources.len().div_ceil(CHUNK) {
        let range = chunk_index * CHUNK..((chunk_index + 1) * CHUNK).min(sources.len());
        let (done, rest) = sources.split_at_mut(range.start);
        let chunk = &rest[..range.len()];
        let run_chunk = || {
            chunk
                .par_iter()
                .map(|s| {
                    let r = prep.first_pass(s);
                    ticker.tick();
                    r
                })
                .collect::<Vec<FirstPass>>()
        };
        let first: Vec<FirstPass> = match warm.take() {
            // The first chunk runs beside the compilation of the date patterns.
            Some(w) => rayon::join(run_chunk, w).0,
            None => {
                let previous = pending.take();
                let merge = &mut merge;
                rayon::join(run_chunk, move || {
                    if let Some((start, first)) = previous {
                        merge(done, start, first);
                    }
                })
                .0
            }
        };
        pending = Some((range.start, first));
    }
    if let Some((start, first)) = pending.take() {
        merge(&mut sources, start, first);
    }
    watch.lap("extraction");
    let ticker = Ticker::new(opts.progress.as_ref(), "stories", 1);
    let stories = align::cluster(&sources, profiles, &opts.stories);
    ticker.tick();
    watch.lap("stories");
    // An undated source borrows the day its story lends it (the earliest
    // of the epoch it reads like); an undated draft, the latest date of
    // its story (it is written now).
    let drafts = crate::source::named(&sources, &opts.drafts);
    let latest = latest_dates(&sources, &stories, &drafts);
    for s in &mut sources {
        if s.meta.published.is_none() {
            let story = stories.of_source[s.id];
            let borrowed = if drafts.contains(&s.id) {
                latest[story]
            } else {
                stories.borrowed(s.id)
            };
            if let Some(d) = borrowed {
                s.meta.published = Some(d);
                s.meta.published_from = Provenance::Borrowed;
                s.meta.published_evidence = Some("the story it aligns with".into());
            }
        }
    }
    let ticker = Ticker::new(opts.progress.as_ref(), "undated", undated.len());
    let late: Vec<Extracted> = undated
        .par_iter()
        .map(|&i| {
            let r = prep.claims_only(&sources[i]);
            ticker.tick();
            r
        })
        .collect();
    if !late.is_empty() {
        for (&i, r) in undated.iter().zip(late) {
            match r {
                Ok(c) => take_or_extend(&mut claims, c),
                Err(issue) => issues.push((i, issue)),
            }
        }
        // Claims stay grouped by source in source order (stable: each
        // source's claims keep their text order).
        claims.sort_by_key(|c| c.source);
        issues.sort_by_key(|(i, _)| *i);
    }
    // No `shrink_to_fit`: it would copy every claim, and the spare capacity
    // was never written, so it holds address space but no memory.
    watch.lap("undated");
    // A speaker one source quotes and another names as a firm is a firm
    // in every source of the story.
    claims::firms::mark_firm_speakers(&mut claims, &firms, &stories.of_source);
    drop(firms);
    // Equal strings and stems made on different threads, or apart in
    // time, become one: a fifth of the claims' live heap (19 MB on 10,000
    // articles) freed before alignment, whose allocations may reuse it.
    claims::dedup::share_equal_parts(&mut claims);
    let issues = issues.into_iter().map(|(_, issue)| issue).collect();
    let mut a = judge_timed(sources, stories, claims, rules, opts, watch);
    a.issues = issues;
    a
}

/// Each story's latest publication date among its dated sources that are
/// not drafts.
fn latest_dates(
    sources: &[Source],
    stories: &Stories,
    drafts: &[crate::source::SourceId],
) -> Vec<Option<jiff::civil::Date>> {
    let mut latest = vec![None; stories.date.len()];
    for s in sources.iter().filter(|s| !drafts.contains(&s.id)) {
        let story = &mut latest[stories.of_source[s.id]];
        if let Some(d) = s.meta.published {
            *story = Some(story.map_or(d, |l: jiff::civil::Date| l.max(d)));
        }
    }
    latest
}

/// The end of the pipeline: alignment, rules and findings over claims
/// already extracted (here, or elsewhere and read back with
/// [`crate::exchange`]).
pub fn judge(
    sources: Vec<Source>,
    stories: Stories,
    claims: Vec<Claim>,
    rules: &RuleSet,
    opts: &Options,
) -> Analysis {
    judge_timed(sources, stories, claims, rules, opts, Stopwatch::new())
}

fn judge_timed(
    mut sources: Vec<Source>,
    stories: Stories,
    claims: Vec<Claim>,
    rules: &RuleSet,
    opts: &Options,
    mut watch: Stopwatch,
) -> Analysis {
    // Messages name sources; two alike carry their paths.
    crate::source::mark_shared_labels(&mut sources);
    let ticker = Ticker::new(opts.progress.as_ref(), "alignment", claims.len());
    let pairs = align::align(&claims, &stories.of_source, &opts.align);
    ticker.finish();
    watch.lap("alignment");
    let ticker = Ticker::new(opts.progress.as_ref(), "rules", pairs.len());
    let (findings, checked) =
        findings::evaluate(rules, &claims, &pairs, &sources, &stories, opts.explain);
    ticker.finish();
    watch.lap("rules");
    Analysis {
        sources,
        stories,
        claims,
        pairs,
        findings,
        checked,
        issues: Vec::new(),
        timings: watch.timings,
    }
}

/// The claims of one source, or why it has none.
type Extracted = Result<Vec<Claim>, LoadIssue>;

/// Appends a source's claims to `all`; when `all` has no room for them
/// and holds none yet (the first source of a run of one big article),
/// takes their vector instead of copying them: a copy would hold a big
/// article's claims twice, its peak.
fn take_or_extend(all: &mut Vec<Claim>, claims: Vec<Claim>) {
    if all.is_empty() && all.capacity() < claims.len() {
        *all = claims;
    } else {
        all.extend(claims);
    }
}

/// Reserves room for the claims of all sources, estimated from the first
/// chunk's claims per byte of text (a quarter more, for a margin). Room
/// never written costs address space, not memory; growing by doubling
/// instead would copy every claim so far, holding them twice meanwhile.
fn reserve_estimate(
    claims: &mut Vec<Claim>,
    first: &[FirstPass],
    chunk: &[Source],
    all_bytes: f64,
) {
    let bytes = chunk.iter().map(|s| s.text.len() as f64).sum::<f64>();
    let found: usize = first
        .iter()
        .filter_map(|f| f.claims.as_ref()?.as_ref().ok())
        .map(Vec::len)
        .sum();
    let per_byte = found as f64 / bytes.max(1.0);
    let estimate = (per_byte * all_bytes * 1.25) as usize;
    // A failed reservation only means growing as usual.
    let _ = claims.try_reserve_exact(estimate);
}

/// Sources per chunk of the first pass: big enough to keep both cores busy,
/// small enough that a chunk's claims are a small part of the run's (at
/// the end of the pass two chunks' claims are held twice: 2,048 sources
/// held about 20 MB more at the peak of the 10k corpus).
const CHUNK: usize = 256;

/// What the first pass keeps of a source.
struct FirstPass {
    profile: Profile,
    /// The names the source uses for a firm ([`claims::firms::firm_names`]).
    firms: Vec<String>,
    /// `None` for a source without a date of its own: its relative dates
    /// resolve against its story's, known only after clustering.
    claims: Option<Extracted>,
}

/// What the per-source passes share.
struct Prep<'a> {
    abbreviations: &'a Abbreviations,
    index: &'a EntityIndex,
    ctx: &'a Context<'a>,
    extractors: &'a [Box<dyn claims::Extractor>],
    stories: &'a StoryConfig,
}

impl Prep<'_> {
    /// Segments a source, profiles it for story clustering and, if it is
    /// dated, extracts its claims.
    fn first_pass(&self, s: &Source) -> FirstPass {
        // A bug in an extractor must not stop the run: the source is
        // reported and the others are checked.
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let seg = segment::segment(&s.text, s.body_start, self.abbreviations);
            let body = &s.text[s.body_start..];
            let words: Vec<(usize, usize)> = segment::word_spans(body)
                .into_iter()
                .map(|(a, b)| (s.body_start + a, s.body_start + b))
                .collect();
            let known = self.index.find(body);
            let profile = Profile::new(s, &words, self.stories);
            let firms = claims::firms::firm_names(&s.text, &words);
            let claims = s.meta.published.is_some().then(|| {
                let doc = Doc::with_words(s, &seg, s.meta.published, self.ctx, known, words);
                claims::extract_from(doc, self.ctx, self.extractors)
            });
            (profile, firms, claims)
        }));
        match r {
            Ok((profile, firms, claims)) => FirstPass {
                profile,
                firms,
                claims: claims.map(Ok),
            },
            Err(_) => FirstPass {
                profile: Profile::default(),
                firms: Vec::new(),
                claims: Some(Err(internal_error(s))),
            },
        }
    }

    /// The claims of a source whose date was settled after the first pass.
    fn claims_only(&self, s: &Source) -> Extracted {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let seg = segment::segment(&s.text, s.body_start, self.abbreviations);
            let known = self.index.find(&s.text[s.body_start..]);
            let doc = Doc::new(s, &seg, s.meta.published, self.ctx, known);
            claims::extract_from(doc, self.ctx, self.extractors)
        }))
        .map_err(|_| internal_error(s))
    }
}

fn internal_error(s: &Source) -> LoadIssue {
    LoadIssue {
        path: s.path.clone(),
        level: IssueLevel::Error,
        message: "internal error while extracting claims; the source was skipped (please report this file)".into(),
    }
}
