//! Compares the ASCII fast path of `segment::words` with unicode-segmentation
//! on every `.txt` file under the given folders (a check for developers).
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

fn main() {
    let mut files = Vec::new();
    for d in std::env::args().skip(1) {
        visit(std::path::Path::new(&d), &mut files);
    }
    let mut differ = 0;
    for f in &files {
        let Ok(t) = std::fs::read_to_string(f) else {
            continue;
        };
        let fast: Vec<(usize, &str)> = factlint::segment::words(&t).collect();
        let slow: Vec<(usize, &str)> = t
            .split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .collect();
        if fast != slow {
            differ += 1;
            let k = fast
                .iter()
                .zip(&slow)
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            println!("{}: {:?} vs {:?}", f.display(), fast.get(k), slow.get(k));
        }
    }
    println!("{} files, {differ} differ", files.len());
}
