//! Compares `segment::sentence_bound_indices` with unicode-segmentation on
//! every `.txt` file under the given folders, as files and as the
//! line-joined text `segment` feeds it, then times both (a check for
//! developers; build with `--release`).
use std::hint::black_box;
use std::time::Instant;
use unicode_segmentation::UnicodeSegmentation;

fn visit(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            visit(&p, files);
        } else if p.extension().is_some_and(|x| x == "txt") {
            files.push(p);
        }
    }
}

/// Best-of-three throughput of `split` over `texts`, in MB/s.
fn throughput(texts: &[String], split: impl Fn(&str) -> usize) -> f64 {
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let n: usize = texts.iter().map(|t| split(black_box(t))).sum();
        black_box(n);
        best = best.min(t.elapsed().as_secs_f64());
    }
    bytes as f64 / best / 1e6
}

fn main() {
    let mut files = Vec::new();
    for d in std::env::args().skip(1) {
        visit(std::path::Path::new(&d), &mut files);
    }
    let texts: Vec<String> = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    let (mut differ, mut fast) = (0, 0);
    for (f, t) in files.iter().zip(&texts) {
        fast += usize::from(factlint::segment::sentence_bound_indices(t).is_fast());
        for t in [t.clone(), t.replace(['\n', '\r'], " ")] {
            let ours: Vec<(usize, &str)> = factlint::segment::sentence_bound_indices(&t).collect();
            let theirs: Vec<(usize, &str)> = t.split_sentence_bound_indices().collect();
            if ours != theirs {
                differ += 1;
                let k = ours
                    .iter()
                    .zip(&theirs)
                    .position(|(a, b)| a != b)
                    .unwrap_or(0);
                println!("{}: {:?} vs {:?}", f.display(), ours.get(k), theirs.get(k));
                break;
            }
        }
    }
    println!(
        "{} files, {differ} differ, {fast} ({:.1}%) on the fast path",
        texts.len(),
        100.0 * fast as f64 / texts.len().max(1) as f64
    );
    let joined: Vec<String> = texts.iter().map(|t| t.replace(['\n', '\r'], " ")).collect();
    let old = throughput(&joined, |t| t.split_sentence_bound_indices().count());
    let new = throughput(&joined, |t| {
        factlint::segment::sentence_bound_indices(t).count()
    });
    println!("unicode-segmentation {old:.0} MB/s, sentence_bound_indices {new:.0} MB/s");
}
