//! Criterion benchmarks of each pipeline stage: segmentation, each built-in
//! extractor, alignment, rules, rendering, and `pipeline::analyze` end to end.
//!
//! Inputs: the seed articles (`seeds/`) always, and a slice of real articles
//! from `../shared/data/meantime` when that folder exists (skipped quietly
//! otherwise; `FACTLINT_BENCH_DATA=DIR` points elsewhere). Throughput is in
//! bytes of source text. Measurement is kept short so `cargo bench` finishes
//! in a few minutes; `cargo bench --bench stages -- segmentation` runs one
//! group, and `cargo test --bench stages` runs every benchmark once as a test.
//!
//! The `ecbplus` group is the real workload of the later stages: every ECB+
//! topic (`../shared/data/ecbplus/clusters.jsonl`; `FACTLINT_DATA=DIR` names
//! another data folder holding `ecbplus/`) as one run of its two event
//! folders together, the way `factlint check 1/ecb 1/ecbplus` gets them, and
//! all topics as one run, the way `factlint check ecbplus/` gets them.
//! Stories, alignment and rules are timed over those runs, where articles do
//! share events and claims do align. Without the data the group is skipped
//! with a message; with `CI=true` the missing data is an error.

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use factlint::align::{self, Profile};
use factlint::claims::entities::{EntityIndex, Mention};
use factlint::claims::{default_extractors, Context, Doc};
use factlint::lexical::{self, Lexical, Pos};
use factlint::lexicon::Lexicon;
use factlint::pipeline::{self, Analysis, Options};
use factlint::report::{self, human::Style};
use factlint::rules::RuleSet;
use factlint::segment::{segment, word_spans, Abbreviations, Segmented};
use factlint::source::{self, Source};
use std::collections::BTreeMap;
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

/// One multi-source run over ECB+ articles, as `factlint check` gets it.
struct Run {
    /// The sources as read (their own dates only): what clustering sees.
    sources: Vec<Source>,
    /// Each source's story profile, built as the pipeline builds it.
    profiles: Vec<Profile>,
    /// The pipeline's result (stories, claims, aligned pairs).
    analysis: Analysis,
}

/// The ECB+ runs of one shape (`topics`: one run per topic; `all`: one run
/// of every topic) and their sizes summed over the runs.
struct RunSet {
    name: &'static str,
    runs: Vec<Run>,
    sources: u64,
    bytes: u64,
    claims: u64,
    pairs: u64,
}

/// How many ECB+ topics `cargo test --bench stages` takes.
const ECBPLUS_TEST_TOPICS: usize = 3;

/// Whether criterion runs each benchmark once as a test: `cargo test
/// --bench stages` (no `--bench` argument) or `cargo bench -- --test`.
fn test_mode() -> bool {
    let has = |flag: &str| std::env::args().skip(1).any(|a| a == flag);
    !has("--bench") || has("--test")
}

/// Whether the missing benchmark data must fail the run (`CI` set and not
/// `false` or `0`).
fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// Reports why the ECB+ benchmarks cannot run: a message, or in CI a panic.
fn ecbplus_skipped(why: &str) {
    if in_ci() {
        panic!("ecbplus benchmarks: {why} (CI is set: the data is required)");
    }
    eprintln!("skipping the ecbplus benchmarks: {why}");
}

/// The ECB+ folder: `$FACTLINT_DATA/ecbplus`, else `../shared/data/ecbplus`.
fn ecbplus_dir() -> PathBuf {
    std::env::var_os("FACTLINT_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"))
        .join("ecbplus")
}

/// The file list of each topic from `clusters.jsonl` (lines `{"topic",
/// "event", "files"}`, files relative to the folder), both events of a
/// topic together, topics in numeric order.
fn ecbplus_topics(dir: &Path) -> Result<BTreeMap<(u32, String), Vec<PathBuf>>, String> {
    let list = dir.join("clusters.jsonl");
    let text = std::fs::read_to_string(&list)
        .map_err(|e| format!("cannot read {}: {e}", list.display()))?;
    let mut topics: BTreeMap<(u32, String), Vec<PathBuf>> = BTreeMap::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let bad = || {
            format!(
                "{}:{}: not a {{topic, event, files}} line",
                list.display(),
                n + 1
            )
        };
        let v: serde_json::Value = serde_json::from_str(line).map_err(|_| bad())?;
        let topic = v["topic"].as_str().ok_or_else(bad)?;
        let files = v["files"].as_array().ok_or_else(bad)?;
        let key = (topic.parse().unwrap_or(u32::MAX), topic.to_string());
        let paths = topics.entry(key).or_default();
        for f in files {
            paths.push(dir.join(f.as_str().ok_or_else(bad)?));
        }
    }
    if topics.is_empty() {
        return Err(format!("{} lists no groups", list.display()));
    }
    Ok(topics)
}

/// Reads `paths` as one run and prepares what each stage needs.
fn ecbplus_run(
    paths: &[PathBuf],
    lexicon: &Lexicon,
    rules: &RuleSet,
    opts: &Options,
) -> Result<Run, String> {
    let loaded = source::load_paths(paths, lexicon);
    if let Some(issue) = loaded.issues.first() {
        return Err(format!(
            "{} of {} files not read, the first: {issue:?}",
            loaded.issues.len(),
            paths.len()
        ));
    }
    let sources = loaded.sources;
    // Profiles as `pipeline::analyze` builds them in its first pass.
    let profiles: Vec<Profile> = sources
        .iter()
        .map(|s| {
            let words: Vec<(usize, usize)> = word_spans(&s.text[s.body_start..])
                .into_iter()
                .map(|(a, b)| (s.body_start + a, s.body_start + b))
                .collect();
            Profile::new(s, &words, &opts.stories)
        })
        .collect();
    let analysis = pipeline::analyze(sources.clone(), lexicon, rules, opts);
    let stories = align::cluster(&sources, profiles.clone(), &opts.stories);
    if stories.of_source != analysis.stories.of_source {
        // The bench would time clustering on other profiles than the
        // pipeline's: worth knowing, not worth failing a build over.
        eprintln!(
            "warning: the ecbplus bench's profiles no longer give the pipeline's stories \
             ({} stories against {}); update `ecbplus_run` to build them as `pipeline::analyze` does",
            stories.len(),
            analysis.stories.len()
        );
    }
    Ok(Run {
        sources,
        profiles,
        analysis,
    })
}

/// The ECB+ run sets, or why there are none.
fn ecbplus_inputs(
    lexicon: &Lexicon,
    rules: &RuleSet,
    opts: &Options,
) -> Result<Vec<RunSet>, String> {
    let dir = ecbplus_dir();
    let mut topics = ecbplus_topics(&dir)?;
    if test_mode() {
        // Unoptimized, every topic would take about 20 s of set-up and of
        // `analyze`; a few topics show that the benchmarks run.
        let all = topics.len();
        topics = topics.into_iter().take(ECBPLUS_TEST_TOPICS).collect();
        eprintln!(
            "test mode: the ecbplus benchmarks take the first {} of {all} topics",
            topics.len()
        );
    }
    let per_topic = topics
        .values()
        .map(|paths| ecbplus_run(paths, lexicon, rules, opts))
        .collect::<Result<Vec<Run>, String>>()?;
    let every: Vec<PathBuf> = topics.values().flatten().cloned().collect();
    let one = ecbplus_run(&every, lexicon, rules, opts)?;
    let sets = [("topics", per_topic), ("all", vec![one])]
        .into_iter()
        .map(|(name, runs)| {
            let sum = |f: &dyn Fn(&Run) -> usize| runs.iter().map(|r| f(r) as u64).sum::<u64>();
            let stories = sum(&|r| r.analysis.stories.len());
            let findings = sum(&|r| r.analysis.findings.len());
            let set = RunSet {
                name,
                sources: sum(&|r| r.sources.len()),
                bytes: sum(&|r| r.sources.iter().map(|s| s.text.len()).sum()),
                claims: sum(&|r| r.analysis.claims.len()),
                pairs: sum(&|r| r.analysis.pairs.len()),
                runs,
            };
            eprintln!(
                "input ecbplus/{name}: {} run{}, {} sources, {} bytes, {stories} stories, \
                 {} claims, {} aligned pairs, {findings} findings",
                set.runs.len(),
                if set.runs.len() == 1 { "" } else { "s" },
                set.sources,
                set.bytes,
                set.claims,
                set.pairs,
            );
            set
        })
        .collect();
    Ok(sets)
}

/// Stories, alignment and rules (and the whole pipeline) over the ECB+
/// runs. Throughput: sources for stories, claims for alignment, aligned
/// pairs for rules, bytes for `analyze`.
fn ecbplus(c: &mut Criterion) {
    let lexicon = Lexicon::defaults();
    let rules = RuleSet::defaults();
    // As `factlint check` without `--explain`: only the pairs inside findings
    // are kept.
    let opts = Options::default();
    let sets = match ecbplus_inputs(&lexicon, &rules, &opts) {
        Ok(sets) => sets,
        Err(why) => return ecbplus_skipped(&why),
    };
    let mut g = c.benchmark_group("ecbplus");
    for set in &sets {
        let runs = &set.runs;
        g.throughput(Throughput::Elements(set.sources));
        g.bench_function(BenchmarkId::new("stories", set.name), |b| {
            b.iter(|| {
                // Clustering consumes its profiles: the clone is timed too.
                for r in runs {
                    black_box(align::cluster(
                        &r.sources,
                        r.profiles.clone(),
                        &opts.stories,
                    ));
                }
            })
        });
        g.throughput(Throughput::Elements(set.claims));
        g.bench_function(BenchmarkId::new("alignment", set.name), |b| {
            b.iter(|| {
                for r in runs {
                    let a = &r.analysis;
                    black_box(align::align(&a.claims, &a.stories.of_source, &opts.align));
                }
            })
        });
        g.throughput(Throughput::Elements(set.pairs));
        g.bench_function(BenchmarkId::new("rules", set.name), |b| {
            b.iter(|| {
                for r in runs {
                    let a = &r.analysis;
                    black_box(factlint::findings::evaluate(
                        &rules,
                        &a.claims,
                        &a.pairs,
                        &a.sources,
                        &a.stories,
                        opts.explain,
                    ));
                }
            })
        });
        g.throughput(Throughput::Bytes(set.bytes));
        g.bench_function(BenchmarkId::new("analyze", set.name), |b| {
            b.iter_batched(
                || runs.iter().map(|r| r.sources.clone()).collect::<Vec<_>>(),
                |all| {
                    for sources in all {
                        black_box(pipeline::analyze(sources, &lexicon, &rules, &opts));
                    }
                },
                BatchSize::LargeInput,
            )
        });
    }
    g.finish();
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
                    &rules, &a.claims, &a.pairs, &a.sources, &a.stories, true,
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

/// The lexical resource (`src/lexical/`): loading the embedded tables (what
/// the first use costs a run) and the lookups alignment makes per word pair.
fn lexical(c: &mut Criterion) {
    let mut g = c.benchmark_group("lexical");
    g.bench_function("load", |b| {
        b.iter(|| {
            black_box(
                Lexical::parse(
                    lexical::WORDS_TABLE,
                    lexical::SYNSETS_TABLE,
                    lexical::CURATED_TABLE,
                )
                .unwrap(),
            )
        })
    });
    let lex = Lexical::embedded();
    let pairs = [
        ("wounded", Pos::Verb, "injured", Pos::Adj),
        ("ships", Pos::Noun, "vessels", Pos::Noun),
        ("convicted", Pos::Verb, "conviction", Pos::Noun),
        ("arrested", Pos::Verb, "fled", Pos::Verb),
    ];
    g.bench_function("same_meaning", |b| {
        b.iter(|| {
            for (a, pa, w, pw) in pairs {
                black_box(lex.same_meaning(a, pa, w, pw));
            }
        })
    });
    g.bench_function("keys", |b| {
        b.iter(|| {
            for (a, pa, _, _) in pairs {
                black_box(lex.concept_key(a, pa));
                lex.concept_keys(a, pa, |k| {
                    black_box(k);
                });
                lex.related_keys(a, pa, |k| {
                    black_box(k);
                });
            }
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = config();
    targets = stages, ecbplus, lexical
}
criterion_main!(benches);
