//! Criterion benchmarks of each pipeline stage: segmentation, each built-in
//! extractor, alignment, rules, rendering, and `pipeline::analyze` end to end.
//!
//! Inputs: the seed articles (`seeds/`) always, and a slice of real articles
//! from `../shared/data/meantime` when that folder exists (skipped quietly
//! otherwise; `FACTLINT_BENCH_DATA=DIR` points elsewhere). Throughput is in
//! bytes of source text. Measurement is kept short so `cargo bench` finishes
//! in a few minutes; `cargo bench --bench stages -- segmentation` runs one
//! group, and `cargo test --bench stages` runs every benchmark once as a test.

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use factlint::claims::entities::{EntityIndex, Mention};
use factlint::claims::{default_extractors, Context, Doc};
use factlint::lexicon::Lexicon;
use factlint::pipeline::{self, Analysis, Options};
use factlint::report::{self, human::Style};
use factlint::rules::RuleSet;
use factlint::segment::{segment, Abbreviations, Segmented};
use factlint::source::{self, Source};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How many MEANTIME articles the `meantime` input takes (sorted by path).
const MEANTIME_ARTICLES: usize = 60;

/// One input: its sources and everything the stages after reading need.
struct Input {
    name: &'static str,
    sources: Vec<Source>,
    bytes: u64,
    /// The pipeline's result (sources with borrowed dates, claims, pairs).
    analysis: Analysis,
}

fn inputs(lexicon: &Lexicon, rules: &RuleSet, opts: &Options) -> Vec<Input> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sets: Vec<(&'static str, Vec<PathBuf>)> = vec![("seeds", vec![root.join("seeds")])];
    let data = std::env::var_os("FACTLINT_BENCH_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/data/meantime"));
    let mut files = Vec::new();
    collect_txt(&data, &mut files);
    files.sort();
    files.truncate(MEANTIME_ARTICLES);
    if !files.is_empty() {
        sets.push(("meantime", files));
    }
    sets.into_iter()
        .filter_map(|(name, paths)| {
            let sources = source::load_paths(&paths, lexicon).sources;
            if sources.is_empty() {
                return None;
            }
            let bytes = sources.iter().map(|s| s.text.len() as u64).sum();
            let analysis = pipeline::analyze(sources.clone(), lexicon, rules, opts);
            eprintln!(
                "input {name}: {} sources, {bytes} bytes, {} claims, {} aligned pairs, {} findings",
                sources.len(),
                analysis.claims.len(),
                analysis.pairs.len(),
                analysis.findings.len()
            );
            Some(Input {
                name,
                sources,
                bytes,
                analysis,
            })
        })
        .collect()
}

fn collect_txt(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_txt(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
}

fn stages(c: &mut Criterion) {
    let lexicon = Lexicon::defaults();
    let rules = RuleSet::defaults();
    let opts = Options::default();
    let inputs = inputs(&lexicon, &rules, &opts);
    let index = EntityIndex::new(&lexicon);
    let ctx = Context::new(&lexicon, &index);
    let abbreviations = Abbreviations::new(&lexicon.abbreviations);

    let mut g = c.benchmark_group("segmentation");
    for i in &inputs {
        g.throughput(Throughput::Bytes(i.bytes));
        g.bench_function(i.name, |b| {
            b.iter(|| {
                for s in &i.sources {
                    black_box(segment(&s.text, s.body_start, &abbreviations));
                }
            })
        });
    }
    g.finish();

    // Documents prepared as the pipeline prepares them (dates borrowed from
    // the story), so each extractor is timed alone.
    let prepared: Vec<(Vec<Segmented>, Vec<Vec<Mention>>)> = inputs
        .iter()
        .map(|i| {
            let sources = &i.analysis.sources;
            let seg = sources
                .iter()
                .map(|s| segment(&s.text, s.body_start, &abbreviations))
                .collect();
            let known = sources
                .iter()
                .map(|s| index.find(&s.text[s.body_start..]))
                .collect();
            (seg, known)
        })
        .collect();
    let docs: Vec<Vec<Doc>> = inputs
        .iter()
        .zip(&prepared)
        .map(|(i, (seg, known))| {
            i.analysis
                .sources
                .iter()
                .zip(seg)
                .zip(known)
                .map(|((s, seg), known)| Doc::new(s, seg, s.meta.published, &ctx, known.clone()))
                .collect()
        })
        .collect();

    let mut g = c.benchmark_group("doc");
    for (i, (seg, known)) in inputs.iter().zip(&prepared) {
        g.throughput(Throughput::Bytes(i.bytes));
        g.bench_function(i.name, |b| {
            b.iter(|| {
                for ((s, seg), known) in i.analysis.sources.iter().zip(seg).zip(known) {
                    black_box(Doc::new(s, seg, s.meta.published, &ctx, known.clone()));
                }
            })
        });
    }
    g.finish();

    for e in default_extractors() {
        let mut g = c.benchmark_group(format!("extract/{}", e.kind().as_str()));
        for (i, docs) in inputs.iter().zip(&docs) {
            g.throughput(Throughput::Bytes(i.bytes));
            g.bench_function(i.name, |b| {
                let mut out = Vec::new();
                b.iter(|| {
                    out.clear();
                    for d in docs {
                        e.extract(d, &ctx, &mut out);
                    }
                    black_box(out.len())
                })
            });
        }
        g.finish();
    }

    let mut g = c.benchmark_group("alignment");
    for i in &inputs {
        let a = &i.analysis;
        g.throughput(Throughput::Bytes(i.bytes));
        g.bench_function(i.name, |b| {
            b.iter(|| {
                black_box(factlint::align::align(
                    &a.claims,
                    &a.stories.of_source,
                    &opts.align,
                ))
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("rules");
    for i in &inputs {
        let a = &i.analysis;
        g.throughput(Throughput::Bytes(i.bytes));
        g.bench_function(i.name, |b| {
            b.iter(|| {
                black_box(factlint::findings::evaluate(
                    &rules, &a.claims, &a.pairs, &a.sources, true,
                ))
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("render");
    for i in &inputs {
        let a = &i.analysis;
        g.throughput(Throughput::Bytes(i.bytes));
        g.bench_function(BenchmarkId::new("json", i.name), |b| {
            b.iter(|| black_box(report::json::render(a, false)))
        });
        g.bench_function(BenchmarkId::new("human", i.name), |b| {
            b.iter(|| black_box(report::human::render(a, false, Style::plain())))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("analyze");
    for i in &inputs {
        g.throughput(Throughput::Bytes(i.bytes));
        g.bench_function(i.name, |b| {
            b.iter_batched(
                || i.sources.clone(),
                |sources| black_box(pipeline::analyze(sources, &lexicon, &rules, &opts)),
                BatchSize::LargeInput,
            )
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = config();
    targets = stages
}
criterion_main!(benches);
