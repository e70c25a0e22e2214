//! Progress reports of the pipeline's long stages, for a caller that wants
//! to show them (the CLI's progress bar); the library never prints.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// How far a stage is: `done` of `total` items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// The stage, named as in `Analysis::timings` (`read`, `extraction`,
    /// `stories`: sources; `undated`: sources without a date of their own,
    /// extracted once their story's is known; `alignment`: claims; `rules`:
    /// aligned pairs).
    pub stage: &'static str,
    /// Items done.
    pub done: usize,
    /// Items in the stage.
    pub total: usize,
}

/// A progress callback. It is called from the worker threads, at the start
/// of a stage, every [`EVERY`] items and at its end.
#[derive(Clone)]
pub struct ProgressFn(pub Arc<dyn Fn(Progress) + Send + Sync>);

impl ProgressFn {
    /// Wraps a closure.
    pub fn new(f: impl Fn(Progress) + Send + Sync + 'static) -> ProgressFn {
        ProgressFn(Arc::new(f))
    }
}

impl std::fmt::Debug for ProgressFn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ProgressFn")
    }
}

/// How many items pass between two reports in a parallel stage.
pub const EVERY: usize = 256;

/// Counts the items of one stage across threads and reports coarsely.
pub(crate) struct Ticker<'a> {
    f: Option<&'a ProgressFn>,
    stage: &'static str,
    total: usize,
    done: AtomicUsize,
}

impl<'a> Ticker<'a> {
    /// Starts a stage of `total` items (reported as 0 of `total`).
    pub(crate) fn new(f: Option<&'a ProgressFn>, stage: &'static str, total: usize) -> Ticker<'a> {
        let t = Ticker {
            f,
            stage,
            total,
            done: AtomicUsize::new(0),
        };
        t.report(0);
        t
    }

    fn report(&self, done: usize) {
        if let Some(f) = self.f {
            (f.0)(Progress {
                stage: self.stage,
                done,
                total: self.total,
            });
        }
    }

    /// One item done; reported every [`EVERY`] items and at the last.
    pub(crate) fn tick(&self) {
        if self.f.is_some() {
            let n = self.done.fetch_add(1, Ordering::Relaxed) + 1;
            if n.is_multiple_of(EVERY) || n == self.total {
                self.report(n);
            }
        }
    }

    /// The whole stage done (for a stage that is not counted item by item).
    pub(crate) fn finish(&self) {
        self.report(self.total);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn reports_start_every_block_and_end() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s = seen.clone();
        let f = ProgressFn::new(move |p| s.lock().unwrap().push(p.done));
        let t = Ticker::new(Some(&f), "claims", 600);
        for _ in 0..600 {
            t.tick();
        }
        assert_eq!(*seen.lock().unwrap(), vec![0, 256, 512, 600]);
    }

    #[test]
    fn the_pipeline_reports_every_stage_to_its_end() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s = seen.clone();
        let f = ProgressFn::new(move |p| s.lock().unwrap().push(p));
        let lexicon = crate::lexicon::Lexicon::defaults();
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let loaded = crate::source::load_paths_with(&[seeds], &lexicon, Some(&f));
        let opts = crate::pipeline::Options {
            progress: Some(f),
            ..Default::default()
        };
        let a = crate::pipeline::analyze(
            loaded.sources,
            &lexicon,
            &crate::rules::RuleSet::defaults(),
            &opts,
        );
        let seen = seen.lock().unwrap();
        let stages: Vec<&str> = seen.iter().map(|p| p.stage).collect();
        let mut distinct = stages.clone();
        distinct.dedup();
        assert_eq!(
            distinct,
            [
                "read",
                "extraction",
                "stories",
                "undated",
                "alignment",
                "rules"
            ]
        );
        let last = |stage: &str| *seen.iter().rev().find(|p| p.stage == stage).unwrap();
        assert_eq!(last("extraction").done, a.sources.len());
        assert_eq!(last("alignment").total, a.claims.len());
        assert_eq!(last("rules").done, a.pairs.len());
    }
}
