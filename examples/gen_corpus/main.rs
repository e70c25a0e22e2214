//! Synthetic benchmark corpus for factlint, built from the real articles in
//! `../shared/data` (MEANTIME Wikinews and ECB+).
//!
//! ```text
//! cargo run --release --example gen_corpus -- [--articles N] [--stories S]
//!     [--hot-story K] [--seed X] [--data DIR] [--force] OUT
//! ```
//!
//! Writes N articles in S stories (default 10,000 in 2,000 stories of 5
//! sources) into OUT. Every story is one event: a base article (padded with
//! paragraphs of articles of the same topic to ~3.4 KB), with its person names
//! and numbers varied consistently for the whole story, a date of its own, and
//! one file per source (different outlet, publication date within one day, a
//! few paragraphs dropped). About 10% of stories carry one planted conflict in
//! one source: a changed weekday (`on Wednesday` -> `on Thursday`), a changed
//! number, or a quote given to another speaker. `--hot-story K` adds K sources
//! on ONE event (wire copies and rewrites: sentences shuffled, dropped, words
//! swapped). The planted conflicts are listed in `OUT/planted.json`.
//!
//! Output is deterministic for a given `--seed` (splitmix64, one stream per
//! story, so the parallel writer gives the same bytes as a serial one).

use jiff::civil::Date;
use jiff::Span;
use rayon::prelude::*;
use regex::{Captures, Regex};
use serde_json::json;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::OnceLock;

// ---------------------------------------------------------------- PRNG

/// splitmix64: tiny, fast, good enough for test data.
#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed)
    }
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }
    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 11) as u128 * n as u128) >> 53) as usize
    }
    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as usize) as i64
    }
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.below(i + 1);
            xs.swap(i, j);
        }
    }
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Stable hash of a string (FNV-1a, then mixed), for per-story mappings.
fn hash_str(s: &str, key: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ key;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    mix(h)
}

// ---------------------------------------------------------------- word lists

mod names;
mod vary;
mod write;
use names::*;
use vary::*;
use write::*;

fn re(cell: &'static OnceLock<Regex>, pat: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pat).expect("valid regex"))
}

fn name_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    static PAT: OnceLock<String> = OnceLock::new();
    let pat = PAT.get_or_init(|| {
        let mut firsts: Vec<&str> = MALE.iter().chain(FEMALE).copied().collect();
        firsts.sort_by_key(|s| std::cmp::Reverse(s.len()));
        firsts.dedup();
        format!(
            r"\b({}) ((?:[A-Z]\. )?)([A-Z][a-z]*(?:[A-Z][a-z]+)?[a-z])\b",
            firsts.join("|")
        )
    });
    re(&R, pat)
}

fn number_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(&R, r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
}

fn weekday_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"\b[Oo]n (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    )
}

fn dateline_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"^(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})$",
    )
}

fn swap_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    static PAT: OnceLock<String> = OnceLock::new();
    let pat = PAT.get_or_init(|| {
        let words: Vec<String> = SWAPS
            .iter()
            .map(|(a, _)| format!("{a}|{}", capitalize(a)))
            .collect();
        format!(r"\b(?:{})\b", words.join("|"))
    });
    re(&R, pat)
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

// ---------------------------------------------------------------- source data

struct Base {
    /// Topic cluster (`meantime/corpus_gm`, `ecbplus/12/ecb`).
    cluster: usize,
    title: String,
    /// Publication date, when known (front matter or a date line).
    date: Option<Date>,
    /// Body paragraphs, title and date line removed.
    paras: Vec<String>,
    bytes: usize,
}

fn front_matter(text: &str) -> (HashMap<String, String>, &str) {
    let mut map = HashMap::new();
    let Some(rest) = text.strip_prefix("+++\n") else {
        return (map, text);
    };
    let Some(end) = rest.find("\n+++") else {
        return (map, text);
    };
    for line in rest[..end].lines() {
        if let Some((k, v)) = line.split_once('=') {
            let v = v.trim().trim_matches('"').replace("\\\"", "\"");
            map.insert(k.trim().to_string(), v);
        }
    }
    let body = &rest[end + 4..];
    (map, body.strip_prefix('\n').unwrap_or(body))
}

fn parse_base(text: &str, cluster: usize) -> Option<Base> {
    let (fm, body) = front_matter(text);
    let mut paras: Vec<String> = body
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    if paras.len() < 2 {
        return None;
    }
    let mut date = fm.get("date").and_then(|d| d.parse::<Date>().ok());
    let mut title = fm.get("title").cloned();
    // A first paragraph equal to the title, or short and unpunctuated, is a headline.
    let first = paras[0].clone();
    if title.as_deref() == Some(first.as_str())
        || (title.is_none() && first.len() < 140 && !first.ends_with(['.', '"', '”', '?', '!']))
    {
        title.get_or_insert(first);
        paras.remove(0);
    }
    // A date line among the first paragraphs ("March 01, 2008").
    if let Some(i) = paras.iter().take(3).position(|p| dateline_re().is_match(p)) {
        if date.is_none() {
            date = Date::strptime("%B %d, %Y", &paras[i]).ok();
        }
        paras.remove(i);
    }
    let title = title.unwrap_or_else(|| headline_from(&paras[0]));
    if paras.is_empty() {
        return None;
    }
    let bytes = paras.iter().map(|p| p.len() + 2).sum();
    Some(Base {
        cluster,
        title,
        date,
        paras,
        bytes,
    })
}

/// A headline from a lead sentence: its first ~10 words.
fn headline_from(lead: &str) -> String {
    let words: Vec<&str> = lead.split_whitespace().take(10).collect();
    words
        .join(" ")
        .trim_end_matches([',', '.', ';', ':'])
        .to_string()
}

fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn subdirs(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// Loads all base articles; `clusters[i]` lists the articles of cluster i.
fn load(data: &Path) -> (Vec<Base>, Vec<Vec<usize>>) {
    let mut dirs = Vec::new();
    for d in subdirs(&data.join("meantime")) {
        if d.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("corpus_"))
        {
            dirs.push(d);
        }
    }
    for topic in subdirs(&data.join("ecbplus")) {
        for sub in ["ecb", "ecbplus"] {
            dirs.push(topic.join(sub));
        }
    }
    let mut bases = Vec::new();
    let mut clusters = Vec::new();
    for dir in dirs {
        let cluster = clusters.len();
        let mut members = Vec::new();
        for f in txt_files(&dir) {
            let Ok(bytes) = std::fs::read(&f) else {
                continue;
            };
            let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
            if let Some(b) = parse_base(&text, cluster) {
                members.push(bases.len());
                bases.push(b);
            }
        }
        if !members.is_empty() {
            clusters.push(members);
        }
    }
    (bases, clusters)
}

// ---------------------------------------------------------------- one event

/// A story's text after names and numbers were varied, shared by its sources.
struct Event {
    title: String,
    paras: Vec<String>,
    date: Date,
    /// New full names and surnames of the story's people (for quote conflicts).
    people: Vec<(String, String)>,
}

fn gender_female(first: &str) -> bool {
    FEMALE.contains(&first)
}

/// Builds the event of one story: picks a base article, pads it to the
/// target size with paragraphs of its cluster, varies names, numbers, dates.
fn make_event(bases: &[Base], clusters: &[Vec<usize>], rng: &mut Rng, target: usize) -> Event {
    let bi = rng.below(bases.len());
    let base = &bases[bi];
    let mut paras: Vec<String> = base.paras.clone();
    let mut size = base.bytes;
    if size < target {
        let mut others: Vec<usize> = clusters[base.cluster]
            .iter()
            .copied()
            .filter(|&o| o != bi)
            .collect();
        rng.shuffle(&mut others);
        'fill: for o in others {
            for p in &bases[o].paras {
                if size >= target {
                    break 'fill;
                }
                size += p.len() + 2;
                paras.push(p.clone());
            }
        }
    }
    // Trim the tail beyond the target (keep at least 3 paragraphs).
    while paras.len() > 3 && size - (paras.last().map_or(0, |p| p.len() + 2)) >= target {
        size -= paras.pop().map_or(0, |p| p.len() + 2);
    }

    // Date: same weekday as the original when it is known, so "on Tuesday" stays sane.
    let (date, year_delta) = match base.date {
        Some(d) => {
            let mut nd = d;
            for _ in 0..8 {
                let weeks = rng.range(-400, 900);
                if let Ok(x) = d.checked_add(Span::new().days(weeks * 7)) {
                    if (2000..=2025).contains(&x.year()) {
                        nd = x;
                        break;
                    }
                }
            }
            (nd, (nd.year() - d.year()) as i64)
        }
        None => {
            let d0 = Date::new(2000, 1, 1).unwrap();
            let d = d0
                .checked_add(Span::new().days(rng.range(0, 9400)))
                .unwrap_or(d0);
            (d, 0)
        }
    };

    // People: "First [M.] Last" with a known first name; surnames alone too.
    let mut by_last: BTreeMap<String, (String, String)> = BTreeMap::new(); // last -> (new first, new last)
    let mut fulls: Vec<(String, String)> = Vec::new(); // (original full, new full)
    let mut used: HashSet<&str> = HashSet::new();
    let all_text = std::iter::once(&base.title).chain(paras.iter());
    for t in all_text {
        for c in name_re().captures_iter(t) {
            let first = &c[1];
            let last = &c[3];
            if NOT_SURNAMES.contains(&last) || MALE.contains(&last) || FEMALE.contains(&last) {
                continue;
            }
            let entry = by_last.entry(last.to_string()).or_insert_with(|| {
                let nf = if gender_female(first) {
                    *rng.pick(NEW_FEMALE)
                } else {
                    *rng.pick(NEW_MALE)
                };
                let mut nl = *rng.pick(NEW_SURNAMES);
                for _ in 0..10 {
                    if !used.contains(nl) {
                        break;
                    }
                    nl = *rng.pick(NEW_SURNAMES);
                }
                used.insert(nl);
                (nf.to_string(), nl.to_string())
            });
            let new_full = format!("{} {}{}", entry.0, &c[2], entry.1);
            if !fulls.iter().any(|(o, _)| o == &c[0]) {
                fulls.push((c[0].to_string(), new_full));
            }
        }
    }
    let mut repl: HashMap<String, String> = HashMap::new();
    for (o, n) in &fulls {
        repl.insert(o.clone(), n.clone());
    }
    for (last, (_, nl)) in &by_last {
        repl.insert(last.clone(), nl.clone());
    }
    let name_sub = if repl.is_empty() {
        None
    } else {
        let mut keys: Vec<&String> = repl.keys().collect();
        keys.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let alt: Vec<String> = keys.iter().map(|k| regex::escape(k)).collect();
        Some(Regex::new(&format!(r"\b(?:{})\b", alt.join("|"))).expect("names regex"))
    };
    let story_key = rng.next_u64();
    let vary = |t: &str| -> String {
        let t = match &name_sub {
            Some(r) => r
                .replace_all(t, |c: &Captures| repl[&c[0]].clone())
                .into_owned(),
            None => t.to_string(),
        };
        vary_numbers(&t, story_key, year_delta)
    };
    let title = vary(&base.title);
    let paras = paras.iter().map(|p| vary(p)).collect();
    let people = by_last
        .values()
        .map(|(f, l)| (format!("{f} {l}"), l.clone()))
        .collect();
    Event {
        title,
        paras,
        date,
        people,
    }
}

struct Args {
    articles: usize,
    stories: Option<usize>,
    hot: usize,
    seed: u64,
    data: PathBuf,
    force: bool,
    out: PathBuf,
}

const USAGE: &str = "usage: gen_corpus [--articles N] [--stories S] [--hot-story K] [--seed X] [--data DIR] [--force] OUT";

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let mut a = Args {
        articles: 10_000,
        stories: None,
        hot: 0,
        seed: 42,
        data: Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"),
        force: false,
        out: PathBuf::new(),
    };
    let mut out = None;
    fn num<T: std::str::FromStr>(flag: &str, v: Option<String>) -> Result<T, String> {
        let v = v.ok_or(format!("{flag} needs a value"))?;
        v.replace('_', "")
            .parse()
            .map_err(|_| format!("{flag}: not a number: {v}"))
    }
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--articles" => a.articles = num(&arg, it.next())?,
            "--stories" => a.stories = Some(num(&arg, it.next())?),
            "--hot-story" => a.hot = num(&arg, it.next())?,
            "--seed" => a.seed = num(&arg, it.next())?,
            "--data" => a.data = it.next().ok_or("--data needs a value")?.into(),
            "--force" => a.force = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            _ if out.is_none() => out = Some(PathBuf::from(arg)),
            _ => return Err(format!("unexpected argument {arg}")),
        }
    }
    a.out = out.ok_or("missing OUT folder")?;
    Ok(a)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("gen_corpus: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let stories = args.stories.unwrap_or(args.articles.div_ceil(5));
    if args.articles > 0 && (stories == 0 || stories > args.articles) {
        eprintln!("gen_corpus: need 1 <= stories <= articles");
        return ExitCode::from(2);
    }

    let (bases, clusters) = load(&args.data);
    if bases.is_empty() {
        println!(
            "gen_corpus: no articles found in {} (meantime/corpus_*/*.txt, ecbplus/*/{{ecb,ecbplus}}/*.txt); nothing generated",
            args.data.display()
        );
        return ExitCode::SUCCESS;
    }

    if let Err(e) = std::fs::create_dir_all(&args.out) {
        eprintln!("gen_corpus: cannot create {}: {e}", args.out.display());
        return ExitCode::from(1);
    }
    let existing: Vec<PathBuf> = std::fs::read_dir(&args.out)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    if !existing.is_empty() {
        if !args.force {
            eprintln!(
                "gen_corpus: {} is not empty (use --force to overwrite)",
                args.out.display()
            );
            return ExitCode::from(1);
        }
        // Remove our own earlier output so a smaller run leaves no stale files.
        for p in existing {
            if p.file_name()
                .is_some_and(|n| is_our_file(&n.to_string_lossy()))
            {
                let _ = std::fs::remove_file(p);
            }
        }
    }

    // Sources per story, and a shuffled file numbering so that a sorted
    // listing interleaves the stories.
    let n = args.articles;
    let mut perm: Vec<usize> = (0..n).collect();
    Rng::new(mix(args.seed ^ 0xF11E)).shuffle(&mut perm);
    let mut assign: Vec<Vec<usize>> = Vec::with_capacity(stories);
    let mut at = 0;
    for s in 0..stories {
        let k = n / stories + usize::from(s < n % stories);
        assign.push(perm[at..at + k].to_vec());
        at += k;
    }

    let results: Vec<std::io::Result<Written>> = assign
        .par_iter()
        .enumerate()
        .map(|(s, files)| write_story(&args.out, &bases, &clusters, args.seed, s, files))
        .collect();
    let mut bytes = 0u64;
    let mut planted = Vec::new();
    for r in results {
        match r {
            Ok(w) => {
                bytes += w.bytes;
                planted.extend(w.planted);
            }
            Err(e) => {
                eprintln!("gen_corpus: write failed: {e}");
                return ExitCode::from(1);
            }
        }
    }
    if args.hot > 0 {
        match write_hot(&args.out, &bases, &clusters, args.seed, n, args.hot) {
            Ok(w) => {
                bytes += w.bytes;
                planted.extend(w.planted);
            }
            Err(e) => {
                eprintln!("gen_corpus: write failed: {e}");
                return ExitCode::from(1);
            }
        }
    }
    planted.sort_by(|a, b| a.file.cmp(&b.file));
    let list: Vec<serde_json::Value> = planted
        .iter()
        .map(|p| {
            json!({
                "file": p.file,
                "story": p.story,
                "kind": p.kind,
                "original": p.original,
                "replacement": p.replacement,
                "context": p.context,
            })
        })
        .collect();
    let text = serde_json::to_string_pretty(&list).expect("json") + "\n";
    if let Err(e) = std::fs::write(args.out.join("planted.json"), text) {
        eprintln!("gen_corpus: cannot write planted.json: {e}");
        return ExitCode::from(1);
    }
    let total = n + args.hot;
    println!(
        "gen_corpus: {total} articles ({n} in {} stories + {} hot-story sources), {bytes} bytes ({:.1} MB, avg {} B), {} planted conflicts -> {}",
        if n > 0 { stories } else { 0 },
        args.hot,
        bytes as f64 / 1e6,
        if total > 0 { bytes / total as u64 } else { 0 },
        planted.len(),
        args.out.display()
    );
    ExitCode::SUCCESS
}
