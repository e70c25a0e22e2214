//! Live heap by pipeline stage (a developer tool for the memory work): a
//! counting allocator around mimalloc reports the bytes held and the peak
//! of each stage of `check` over a folder, then what the analysis holds.
//! With `MEM_SAMPLE=1` it also prints the live heap and `VmRSS` every 25 ms.
use factlint::lexicon::Lexicon;
use factlint::pipeline::{self, Options, ProgressFn};
use factlint::rules::RuleSet;
use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicIsize, Ordering::Relaxed};
use std::sync::Mutex;

struct Counting;
static LIVE: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);
static INNER: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn grow(n: isize) {
    let now = LIVE.fetch_add(n, Relaxed) + n;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: forwards to mimalloc unchanged; only counts the sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        grow(l.size() as isize);
        INNER.alloc(l)
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        grow(-(l.size() as isize));
        INNER.dealloc(p, l)
    }
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        grow(l.size() as isize);
        INNER.alloc_zeroed(l)
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        grow(n as isize - l.size() as isize);
        INNER.realloc(p, l, n)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn mb(n: isize) -> f64 {
    n as f64 / 1e6
}

fn rss() -> String {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .filter(|l| l.starts_with("VmRSS") || l.starts_with("VmHWM"))
        .map(|l| l.split_whitespace().take(2).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reports live bytes and the peak since the last mark.
fn mark(what: &str) {
    let peak = PEAK.swap(LIVE.load(Relaxed), Relaxed);
    eprintln!(
        "{what:<28} live {:7.1} MB  peak before {:7.1} MB  {}",
        mb(LIVE.load(Relaxed)),
        mb(peak),
        rss()
    );
}

fn main() {
    let dir = std::env::args().nth(1).expect("folder");
    if dir == "--article" {
        article(&std::env::args().nth(2).expect("file"));
        return;
    }
    mark("start");
    let lex = Lexicon::defaults();
    let rules = RuleSet::defaults_untested();
    mark("lexicon and rules");
    let loaded = factlint::source::load_paths(&[dir.into()], &lex);
    mark("read");
    let last = Mutex::new("");
    let progress = ProgressFn::new(move |p| {
        let mut l = last.lock().unwrap();
        if *l != p.stage {
            *l = p.stage;
            mark(&format!("-> {}", p.stage));
        }
    });
    let opts = Options {
        release_texts: true,
        progress: Some(progress),
        ..Options::default()
    };
    if std::env::var_os("MEM_SAMPLE").is_some() {
        std::thread::spawn(|| loop {
            std::thread::sleep(std::time::Duration::from_millis(25));
            eprintln!("  live {:7.1} MB {}", mb(LIVE.load(Relaxed)), rss());
        });
    }
    let mut a = pipeline::analyze(loaded.sources, &lex, &rules, &opts);
    mark("end of analyze");
    let n = a.claims.len();
    eprintln!(
        "claims {n} x {} B = {:.1} MB inline (capacity {}); Subject {} Value {} \
         pairs {} x {} B; sources {} x {} B",
        size_of::<factlint::claims::Claim>(),
        mb((n * size_of::<factlint::claims::Claim>()) as isize),
        a.claims.capacity(),
        size_of::<factlint::claims::Subject>(),
        size_of::<factlint::claims::Value>(),
        a.pairs.len(),
        size_of::<factlint::align::Pair>(),
        a.sources.len(),
        size_of::<factlint::source::Source>(),
    );
    if std::env::var_os("MEM_FIELDS").is_some() {
        fields(&mut a.claims);
    }
    let before = LIVE.load(Relaxed);
    drop(std::mem::take(&mut a.claims));
    eprintln!("claims held {:.1} MB", mb(before - LIVE.load(Relaxed)));
    let before = LIVE.load(Relaxed);
    drop(std::mem::take(&mut a.sources));
    eprintln!("sources held {:.1} MB", mb(before - LIVE.load(Relaxed)));
    let before = LIVE.load(Relaxed);
    drop(std::mem::take(&mut a.pairs));
    drop(std::mem::take(&mut a.checked));
    eprintln!(
        "pairs, checked held {:.1} MB",
        mb(before - LIVE.load(Relaxed))
    );
    let before = LIVE.load(Relaxed);
    drop(std::mem::take(&mut a.stories));
    eprintln!("stories held {:.1} MB", mb(before - LIVE.load(Relaxed)));
    mark("after drops");
}

/// The heap of each step of one article's first pass (segmentation,
/// words, mentions, profile, the document, each extractor): where a big
/// article's peak lies.
fn article(path: &str) {
    use factlint::claims::{self, entities::EntityIndex, Context, Doc};
    mark("start");
    let lex = Lexicon::defaults();
    let index = EntityIndex::new(&lex);
    let ctx = Context::new(&lex, &index);
    let abbreviations = factlint::segment::Abbreviations::new(&lex.abbreviations);
    let extractors = claims::default_extractors();
    mark("lexicon, index, context");
    let text = std::fs::read_to_string(path).expect("article");
    let s = factlint::source::Source::from_text(0, path, text, &lex);
    mark("read");
    let seg = factlint::segment::segment(&s.text, s.body_start, &abbreviations);
    mark("segment");
    let body = &s.text[s.body_start..];
    let words: Vec<(usize, usize)> = factlint::segment::word_spans(body)
        .into_iter()
        .map(|(a, b)| (s.body_start + a, s.body_start + b))
        .collect();
    mark("words");
    let known = index.find(body);
    mark("known mentions");
    let profile = factlint::align::Profile::new(&s, &words, &Default::default());
    mark("profile");
    let doc = Doc::with_words(&s, &seg, s.meta.published, &ctx, known, words);
    mark("doc");
    doc_parts(&doc);
    let mut all = Vec::new();
    for e in &extractors {
        let mut out = Vec::new();
        e.extract(&doc, &ctx, &mut out);
        mark(&format!("{:?} {} claims", e.kind(), out.len()));
        all.push(out);
    }
    drop(all);
    mark("dropped");
    let c = claims::extract_from(doc, &ctx, &extractors);
    mark(&format!("extract: {} claims", c.len()));

    drop((profile, seg, c));
    mark("all dropped");
}

/// The heap each field of the claims holds: freed field by field (shared
/// parts count where their last holder is freed).
fn fields(claims: &mut [factlint::claims::Claim]) {
    use factlint::claims::{ClaimKind, Value};
    let counts = ClaimKind::ALL.map(|k| claims.iter().filter(|c| c.kind == k).count());
    let mut step = |what: &str, f: &mut dyn FnMut(&mut factlint::claims::Claim)| {
        let before = LIVE.load(Relaxed);
        claims.iter_mut().for_each(&mut *f);
        eprintln!("  {what:<24} {:6.1} MB", mb(before - LIVE.load(Relaxed)));
    };
    step("context stems", &mut |c| {
        c.subject.context = Default::default()
    });
    step("participants", &mut |c| {
        c.subject.participants = Default::default()
    });
    step("counted", &mut |c| c.subject.counted = None);
    step("key, class", &mut |c| {
        c.subject.key = Default::default();
        c.subject.class = Default::default();
    });
    step("evidence", &mut |c| c.evidence = Default::default());
    for (kind, n) in ClaimKind::ALL.into_iter().zip(counts) {
        step(&format!("value {} ({n})", kind.as_str()), &mut |c| {
            if c.kind == kind {
                c.value = Value::Ordinal { n: 0, count: false };
            }
        });
    }
}

/// Estimated heap of a document's parts (capacities and string lengths,
/// before the allocator's rounding).
fn doc_parts(doc: &factlint::claims::Doc) {
    use factlint::claims::entities::Mention;
    use factlint::claims::{EventWord, SentenceView};
    let sv = &doc.sentences;
    let words: usize = sv.iter().map(|v| v.words.capacity() * 16).sum();
    let n_events: usize = sv.iter().map(|v| v.events.len()).sum();
    let events: usize = sv
        .iter()
        .map(|v| {
            v.events.capacity() * size_of::<EventWord>()
                + v.events.iter().map(|e| e.class.capacity()).sum::<usize>()
        })
        .sum();
    let n_mentions: usize = doc.mentions.iter().map(Vec::len).sum();
    let mentions: usize = doc
        .mentions
        .iter()
        .map(|ms| {
            ms.capacity() * size_of::<Mention>()
                + ms.iter()
                    .map(|m| m.name.capacity() + m.country.as_ref().map_or(0, String::capacity))
                    .sum::<usize>()
        })
        .sum();
    eprintln!(
        "  sentences {} x {} B = {:.1} MB; words {:.1} MB; events {n_events}: {:.1} MB; \
         mentions {n_mentions} x {} B: {:.1} MB",
        sv.len(),
        size_of::<SentenceView>(),
        mb((sv.len() * size_of::<SentenceView>()) as isize),
        mb(words as isize),
        mb(events as isize),
        size_of::<Mention>(),
        mb(mentions as isize),
    );
}
