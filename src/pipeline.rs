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
use crate::segment::{self, Abbreviations, Segmented};
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
    /// Every aligned pair with its judgement.
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

/// Runs the pipeline.
pub fn analyze(
    mut sources: Vec<Source>,
    lexicon: &Lexicon,
    rules: &RuleSet,
    opts: &Options,
) -> Analysis {
    let mut watch = Stopwatch::new();
    let index = EntityIndex::new(lexicon);
    watch.lap("lexicon");
    let abbreviations = Abbreviations::new(&lexicon.abbreviations);
    // One pass per source: sentences, and the small profile story
    // clustering needs (the words and mentions it is built from are dropped).
    let ((segmented, profiles), ()): ((Vec<Segmented>, Vec<Profile>), ()) = rayon::join(
        || segment_and_profile(&sources, &abbreviations, &index, opts.progress.as_ref()),
        crate::temporal::warm_up,
    );
    watch.lap("segmentation");
    let ticker = Ticker::new(opts.progress.as_ref(), "stories", 1);
    let stories = align::cluster(&sources, &profiles, &opts.stories);
    ticker.tick();
    drop(profiles);
    watch.lap("stories");
    // An undated source borrows its story's date.
    for s in &mut sources {
        if s.meta.published.is_none() {
            if let Some(d) = stories.date[stories.of_source[s.id]] {
                s.meta.published = Some(d);
                s.meta.published_from = Provenance::Borrowed;
                s.meta.published_evidence = Some("the story it aligns with".into());
            }
        }
    }
    let ctx = Context::new(lexicon, &index);
    let mut extractors = claims::default_extractors();
    extractors.extend(rules.extractors());
    // A bug in an extractor must not stop the run: the source is reported
    // and the others are checked.
    let ticker = Ticker::new(opts.progress.as_ref(), "claims", sources.len());
    let per_source: Vec<Result<Vec<Claim>, LoadIssue>> = sources
        .par_iter()
        // Segmentations and mentions are consumed here, source by source, so
        // memory is released as the stage goes.
        .zip(segmented.into_par_iter())
        .map(|(s, seg)| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let known = index.find(&s.text[s.body_start..]);
                let doc = Doc::new(s, &seg, s.meta.published, &ctx, known);
                let c = claims::extract(&doc, &ctx, &extractors);
                ticker.tick();
                c
            }))
            .map_err(|_| LoadIssue {
                path: s.path.clone(),
                level: IssueLevel::Error,
                message: "internal error while extracting claims; the source was skipped (please report this file)".into(),
            })
        })
        .collect();
    let mut issues = Vec::new();
    let mut claims: Vec<Claim> = Vec::new();
    for r in per_source {
        match r {
            Ok(c) => claims.extend(c),
            Err(issue) => issues.push(issue),
        }
    }
    watch.lap("claims");
    let mut a = judge_timed(sources, stories, claims, rules, opts, watch);
    a.issues = issues;
    a
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
    sources: Vec<Source>,
    stories: Stories,
    claims: Vec<Claim>,
    rules: &RuleSet,
    opts: &Options,
    mut watch: Stopwatch,
) -> Analysis {
    let ticker = Ticker::new(opts.progress.as_ref(), "alignment", claims.len());
    let pairs = align::align(&claims, &stories.of_source, &opts.align);
    ticker.finish();
    watch.lap("alignment");
    let ticker = Ticker::new(opts.progress.as_ref(), "rules", pairs.len());
    let (findings, checked) = findings::evaluate(rules, &claims, &pairs, &sources);
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

/// Sentences of each source, and the small profile story clustering needs
/// (the words and mentions it is built from are dropped).
fn segment_and_profile(
    sources: &[Source],
    abbreviations: &Abbreviations,
    index: &EntityIndex,
    progress: Option<&crate::progress::ProgressFn>,
) -> (Vec<Segmented>, Vec<Profile>) {
    let ticker = Ticker::new(progress, "segmentation", sources.len());
    sources
        .par_iter()
        .map(|s| {
            let seg = segment::segment(&s.text, s.body_start, abbreviations);
            let body = &s.text[s.body_start..];
            let words: Vec<(usize, usize)> = segment::word_spans(body)
                .into_iter()
                .map(|(a, b)| (s.body_start + a, s.body_start + b))
                .collect();
            let profile = Profile::new(s, &words, &index.find(body));
            ticker.tick();
            (seg, profile)
        })
        .unzip()
}
