//! The pipeline, in one direction: sources → stories → segmentation →
//! claims → alignment → rules → findings.

use crate::align::{self, AlignConfig, Pair, Stories, StoryConfig};
use crate::claims::entities::EntityIndex;
use crate::claims::{self, Claim, Context, Doc};
use crate::findings::{self, Checked, Finding};
use crate::lexicon::Lexicon;
use crate::rules::RuleSet;
use crate::segment::{self, Abbreviations, Segmented};
use crate::source::{Provenance, Source};
use rayon::prelude::*;

/// Thresholds of every stage.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Story clustering.
    pub stories: StoryConfig,
    /// Claim alignment.
    pub align: AlignConfig,
}

/// Everything the pipeline produced.
#[derive(Debug, Default)]
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
}

/// Runs the pipeline.
pub fn analyze(
    mut sources: Vec<Source>,
    lexicon: &Lexicon,
    rules: &RuleSet,
    opts: &Options,
) -> Analysis {
    let index = EntityIndex::new(lexicon);
    let stories = align::cluster(&sources, &index, &opts.stories);
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
    let abbreviations = Abbreviations::new(&lexicon.abbreviations);
    let segmented: Vec<Segmented> = sources
        .par_iter()
        .map(|s| segment::segment(&s.text, s.body_start, &abbreviations))
        .collect();
    let ctx = Context {
        lexicon,
        entities: &index,
    };
    let mut extractors = claims::default_extractors();
    extractors.extend(rules.extractors());
    let per_source: Vec<Vec<Claim>> = sources
        .par_iter()
        .zip(segmented.par_iter())
        .map(|(s, seg)| {
            let doc = Doc::new(s, seg, s.meta.published, &index);
            claims::extract(&doc, &ctx, &extractors)
        })
        .collect();
    let claims: Vec<Claim> = per_source.into_iter().flatten().collect();
    let pairs = align::align(&claims, &stories.of_source, &opts.align);
    let (findings, checked) = findings::evaluate(rules, &claims, &pairs, &sources);
    Analysis {
        sources,
        stories,
        claims,
        pairs,
        findings,
        checked,
    }
}
