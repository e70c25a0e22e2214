//! Bounded fuzzing of factlint's inputs, on stable Rust.
//!
//! Mutates the repository's own inputs (the articles of `seeds/` and
//! `tests/fixtures/`, the rule files of `rules/` and the fixtures, the
//! default lexicon, a claims file of the seeds, factlint.toml samples) and
//! feeds each mutant to the library entry point that reads it, then runs
//! the pipeline and every report on what was read. A panic is a crash: its
//! input is written to `target/fuzz-crashes/` and the run fails. A case
//! running over 20 s is a hang: its input is written and the process
//! aborts.
//!
//! usage: cargo run --release --example fuzz -- [--seconds N] [--seed S]
//!
//! Without `--seed` the seed is random (printed first); `.ci/run` gives a
//! fixed seed, so CI runs the same cases every time. The same seed and
//! inputs give the same cases on any machine.

mod mutate;

use factlint::config::{Config, ConfigFile};
use factlint::lexicon::Lexicon;
use factlint::pipeline::{analyze, Analysis, Options};
use factlint::report;
use factlint::rules::RuleSet;
use factlint::source::Source;
use mutate::{mutate, Rng};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The largest mutant, in bytes.
const MAX_INPUT: usize = 64 * 1024;

/// What a mutant is fed to.
#[derive(Debug, Clone, Copy)]
enum Target {
    Article,
    Claims,
    Rule,
    Lexicon,
    Config,
}

const TARGETS: [Target; 5] = [
    Target::Article,
    Target::Claims,
    Target::Rule,
    Target::Lexicon,
    Target::Config,
];

/// The seed inputs of each target, and what every case shares.
struct Corpus {
    articles: Vec<String>,
    claims: Vec<String>,
    rules: Vec<String>,
    lexicons: Vec<String>,
    configs: Vec<String>,
    lexicon: Lexicon,
    ruleset: RuleSet,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse::<u64>().ok())
    };
    let seconds = flag("--seconds").unwrap_or(60);
    let seed = flag("--seed").unwrap_or_else(|| getrandom::u64().unwrap_or(23));
    eprintln!("fuzz: seed {seed}, {seconds} s (repeat with --seed {seed})");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpus = Corpus::load(&root);
    let crashes = root.join("target/fuzz-crashes");
    // Panics are caught and counted; their messages go to the summary.
    std::panic::set_hook(Box::new(|_| {}));
    let current = Arc::new(Mutex::new((String::new(), String::new())));
    let started = Arc::new(AtomicU64::new(u64::MAX));
    watchdog(current.clone(), started.clone(), crashes.clone());
    let clock = Instant::now();
    let mut rng = Rng::new(seed);
    let (mut cases, mut found) = (0u64, 0u64);
    while clock.elapsed() < Duration::from_secs(seconds) {
        let target = TARGETS[(cases % TARGETS.len() as u64) as usize];
        let seeds = corpus.inputs(target);
        let base = rng.pick(seeds).clone();
        let other = rng.pick(seeds).clone();
        let input = mutate(&mut rng, &base, &other, MAX_INPUT);
        let name = format!("{target:?}-{seed}-{cases}").to_lowercase();
        *current.lock().unwrap_or_else(|e| e.into_inner()) = (name.clone(), input.clone());
        started.store(clock.elapsed().as_secs(), Ordering::Relaxed);
        let result = std::panic::catch_unwind(|| run(&corpus, target, &input));
        started.store(u64::MAX, Ordering::Relaxed);
        if let Err(e) = result {
            found += 1;
            let why = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            let path = save(&crashes, &name, &input);
            eprintln!("fuzz: CRASH ({why}) on {}", path.display());
        }
        cases += 1;
    }
    eprintln!("fuzz: {cases} cases, {found} crashes");
    if found > 0 {
        std::process::exit(1);
    }
}

/// Writes a crash input where it can be made a regression test.
fn save(dir: &Path, name: &str, input: &str) -> PathBuf {
    let _ = std::fs::create_dir_all(dir);
    let path = dir.join(format!("{name}.txt"));
    let _ = std::fs::write(&path, input);
    path
}

/// Aborts when one case runs over 20 s, saving its input first.
fn watchdog(current: Arc<Mutex<(String, String)>>, started: Arc<AtomicU64>, dir: PathBuf) {
    let clock = Instant::now();
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_secs(1));
        let at = started.load(Ordering::Relaxed);
        if at != u64::MAX && clock.elapsed().as_secs().saturating_sub(at) > 20 {
            let (name, input) = current.lock().unwrap_or_else(|e| e.into_inner()).clone();
            let path = save(&dir, &format!("{name}-hang"), &input);
            eprintln!("fuzz: HANG (over 20 s) on {}", path.display());
            std::process::abort();
        }
    });
}

/// One case: the mutant read by its entry point, then everything after.
fn run(c: &Corpus, target: Target, input: &str) {
    let opts = Options::default();
    match target {
        Target::Article => {
            let other = c.articles[0].clone();
            let sources = vec![
                Source::from_text(0, "fuzz/a.md", input.to_string(), &c.lexicon),
                Source::from_text(1, "fuzz/b.txt", other, &c.lexicon),
            ];
            let a = analyze(sources, &c.lexicon, &c.ruleset, &opts);
            render_all(&a, &c.ruleset);
            // And back through a claims file.
            let jsonl = factlint::exchange::write(&a);
            let texts: Vec<(String, String)> = a
                .sources
                .iter()
                .map(|s| (s.path.clone(), s.text.clone()))
                .collect();
            let back = factlint::exchange::read(&[("fuzz.jsonl".into(), jsonl)], 1 << 20, |p| {
                texts.iter().find(|t| t.0 == p).map(|t| t.1.clone())
            })
            .expect("a claims file factlint wrote reads back");
            render_all(
                &factlint::exchange::judge(back, &c.ruleset, &opts),
                &c.ruleset,
            );
        }
        Target::Claims => {
            let files = [("fuzz.jsonl".to_string(), input.to_string())];
            if let Ok(r) = factlint::exchange::read(&files, 1 << 20, |_| None) {
                render_all(&factlint::exchange::judge(r, &c.ruleset, &opts), &c.ruleset);
            }
        }
        Target::Rule => match factlint::rules::parse_rule(input, "fuzz.toml") {
            Ok(rule) => {
                let mut rules = c.ruleset.clone();
                rules.rules.retain(|r| r.id != rule.id);
                rules.rules.push(rule);
                let _ = factlint::rules::doc::list(&rules);
                let a = analyze(c.sources(), &c.lexicon, &rules, &opts);
                render_all(&a, &rules);
            }
            Err(e) => drop(report::human::render_rule_error(
                &e,
                report::human::Style::plain(),
            )),
        },
        Target::Lexicon => {
            if let Ok(user) = Lexicon::parse(input, "lexicon.toml") {
                let mut lexicon = c.lexicon.clone();
                lexicon.merge(user);
                let a = analyze(c.sources(), &lexicon, &c.ruleset, &opts);
                render_all(&a, &c.ruleset);
            }
        }
        Target::Config => match Config::parse(input, "factlint.toml") {
            Ok(file) => config_case(c, file),
            Err(e) => drop(report::human::render_rule_error(
                &e,
                report::human::Style::plain(),
            )),
        },
    }
}

/// A configuration that parsed: described, applied to the rules and used.
fn config_case(c: &Corpus, file: ConfigFile) {
    let config = Config { path: None, file };
    let _ = config.describe(&[], &[]);
    let mut rules = c.ruleset.clone();
    if config.apply_rules(&mut rules).is_ok() {
        let mut sources = c.sources();
        config.apply_sources(&mut sources);
        let a = analyze(sources, &c.lexicon, &rules, &config.options());
        render_all(&a, &rules);
    }
}

/// Every report of an analysis (their text is dropped: only panics count).
fn render_all(a: &Analysis, rules: &RuleSet) {
    let style = report::human::Style::plain();
    let _ = report::human::render(a, true, style);
    let _ = report::human::render_explain(a);
    let _ = report::json::render(a, true);
    let _ = report::json::render_sources(a);
    let _ = report::json::render_claims(a);
    let _ = report::short::render(a);
    let _ = report::sarif::render(a, rules);
    let _ = report::github::render(a, &[]);
    let _ = report::rdjsonl::render(a);
    let _ = report::html::render(a, &[]);
}

impl Corpus {
    fn load(root: &Path) -> Corpus {
        let read = |dir: &str, ext: &[&str]| -> Vec<String> {
            let mut files = Vec::new();
            walk(&root.join(dir), &mut files);
            files.sort();
            files
                .iter()
                .filter(|f| f.extension().is_some_and(|e| ext.iter().any(|x| e == *x)))
                .filter_map(|f| std::fs::read_to_string(f).ok())
                .collect()
        };
        let mut articles = read("seeds", &["txt", "md"]);
        articles.extend(read("tests/fixtures", &["txt", "md"]));
        let mut rules: Vec<String> = read("rules", &["toml"])
            .into_iter()
            .filter(|t| t.contains("check ="))
            .collect();
        rules.extend(read("tests/fixtures", &["toml"]));
        let lexicon = Lexicon::defaults();
        let ruleset = RuleSet::defaults();
        let seeds: Vec<Source> = articles
            .iter()
            .take(5)
            .enumerate()
            .map(|(i, t)| Source::from_text(i, format!("seed{i}.txt"), t.clone(), &lexicon))
            .collect();
        let claims =
            factlint::exchange::write(&analyze(seeds, &lexicon, &ruleset, &Options::default()));
        let configs = vec![
            include_str!("config.toml").to_string(),
            "sources = [\"wires\"]\n[thresholds]\nsame-event-days = 3\n".to_string(),
        ];
        Corpus {
            lexicons: vec![
                std::fs::read_to_string(root.join("rules/lexicon.toml")).unwrap_or_default(),
                "extend = true\nhedges = [{ phrase = \"give or take\", below = 0.1, above = 0.1 }]\n".into(),
            ],
            claims: vec![claims],
            articles,
            rules,
            configs,
            lexicon,
            ruleset,
        }
    }

    fn inputs(&self, t: Target) -> &[String] {
        match t {
            Target::Article => &self.articles,
            Target::Claims => &self.claims,
            Target::Rule => &self.rules,
            Target::Lexicon => &self.lexicons,
            Target::Config => &self.configs,
        }
    }

    /// Two seed articles, the pair every rule, lexicon and configuration
    /// case is run on.
    fn sources(&self) -> Vec<Source> {
        self.articles
            .iter()
            .take(2)
            .enumerate()
            .map(|(i, t)| Source::from_text(i, format!("s{i}.txt"), t.clone(), &self.lexicon))
            .collect()
    }
}

/// Every file under `dir`.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}
