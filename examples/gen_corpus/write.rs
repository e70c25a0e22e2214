//! Rendering and writing the articles of a story, and the hot story.

#[allow(unused_imports)]
use super::*;
pub(super) fn toml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub(super) fn render(date: Date, outlet: &str, title: &str, paras: &[String]) -> String {
    let mut s = String::with_capacity(4096);
    let _ = write!(
        s,
        "+++\ndate = \"{date}\"\noutlet = {}\ntitle = {}\n+++\n\n{title}\n\n{}\n\n",
        toml_str(outlet),
        toml_str(title),
        date.strftime("%B %d, %Y"),
    );
    for p in paras {
        s.push_str(p);
        s.push_str("\n\n");
    }
    s.pop();
    s
}

pub(super) fn outlet(rng: &mut Rng) -> String {
    if rng.chance(0.7) {
        rng.pick(OUTLETS).to_string()
    } else {
        format!("The {} {}", rng.pick(CITIES), rng.pick(PAPERS))
    }
}

pub(super) fn distinct_outlets(rng: &mut Rng, n: usize) -> Vec<String> {
    let mut v: Vec<String> = Vec::with_capacity(n);
    while v.len() < n {
        let o = outlet(rng);
        if !v.contains(&o) || v.len() >= OUTLETS.len() {
            v.push(o);
        }
    }
    v
}

pub(super) fn file_name(seed: u64, idx: usize) -> String {
    format!("{idx:06}_{:016x}.txt", mix(seed ^ mix(idx as u64 + 1)))
}

pub(super) fn is_our_file(name: &str) -> bool {
    name == "planted.json"
        || (name.len() == 27
            && name.ends_with(".txt")
            && name.as_bytes()[6] == b'_'
            && name[..6].bytes().all(|c| c.is_ascii_digit()))
}

pub(super) struct Written {
    pub(super) bytes: u64,
    pub(super) planted: Vec<Planted>,
}

/// Writes the sources of regular story `story`.
pub(super) fn write_story(
    out: &Path,
    bases: &[Base],
    clusters: &[Vec<usize>],
    seed: u64,
    story: usize,
    files: &[usize],
) -> std::io::Result<Written> {
    let mut rng = Rng::new(mix(seed ^ mix(0x5EED_0000 + story as u64)));
    let target = 2550 + rng.below(1600);
    let ev = make_event(bases, clusters, &mut rng, target);
    let outlets = distinct_outlets(&mut rng, files.len());
    let conflict_in = if rng.chance(0.1) {
        Some(rng.below(files.len()))
    } else {
        None
    };
    let mut w = Written {
        bytes: 0,
        planted: Vec::new(),
    };
    for (k, &idx) in files.iter().enumerate() {
        let date = ev
            .date
            .checked_add(Span::new().days(rng.range(0, 1)))
            .unwrap_or(ev.date);
        let mut paras: Vec<String> = ev
            .paras
            .iter()
            .enumerate()
            .filter(|(i, _)| *i == 0 || !rng.chance(0.06))
            .map(|(_, p)| p.clone())
            .collect();
        let name = file_name(seed, idx);
        if conflict_in == Some(k) {
            if let Some((kind, o, r, ctx)) = plant(&mut paras, &ev.people, &mut rng) {
                w.planted.push(Planted {
                    file: name.clone(),
                    story: format!("s{story:06}"),
                    kind,
                    original: o,
                    replacement: r,
                    context: ctx,
                });
            }
        }
        let text = render(date, &outlets[k], &ev.title, &paras);
        w.bytes += text.len() as u64;
        std::fs::write(out.join(&name), text)?;
    }
    Ok(w)
}

/// Writes the hot story: `n` sources on one event.
pub(super) fn write_hot(
    out: &Path,
    bases: &[Base],
    clusters: &[Vec<usize>],
    seed: u64,
    first_idx: usize,
    n: usize,
) -> std::io::Result<Written> {
    let mut rng = Rng::new(mix(seed ^ 0x0407_5702_1234));
    // A base with quotes and people makes the hot story exercise the aligner.
    let mut ev = make_event(bases, clusters, &mut rng, 3400);
    for _ in 0..50 {
        if ev.people.len() >= 2 && ev.paras.iter().any(|p| p.contains('“') || p.contains('"')) {
            break;
        }
        ev = make_event(bases, clusters, &mut rng, 3400);
    }
    let mut w = Written {
        bytes: 0,
        planted: Vec::new(),
    };
    // Conflicts in a few sources, spread out.
    let n_conflicts = (n / 100).clamp(1, 10).min(n);
    let mut conflict_at: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut conflict_at);
    conflict_at.truncate(n_conflicts);
    for k in 0..n {
        let date = ev
            .date
            .checked_add(Span::new().days(rng.range(0, 1)))
            .unwrap_or(ev.date);
        let mut paras: Vec<String> = if rng.chance(0.35) {
            // Wire copy: verbatim, sometimes cut short.
            let keep = if rng.chance(0.3) {
                (ev.paras.len() * 2 / 3).max(1)
            } else {
                ev.paras.len()
            };
            ev.paras[..keep].to_vec()
        } else {
            // Rewrite: lead kept, rest shuffled and thinned, words swapped.
            let mut rest: Vec<String> = ev.paras[1..]
                .iter()
                .filter(|_| !rng.chance(0.2))
                .cloned()
                .collect();
            rng.shuffle(&mut rest);
            let mut v = vec![ev.paras[0].clone()];
            v.extend(rest);
            let p_swap = 0.2 + 0.4 * rng.unit();
            v.into_iter()
                .map(|p| {
                    swap_re()
                        .replace_all(&p, |c: &Captures| {
                            let m = &c[0];
                            if !rng.chance(p_swap) {
                                return m.to_string();
                            }
                            let lower = m.to_lowercase();
                            let to = SWAPS
                                .iter()
                                .find(|(a, _)| *a == lower)
                                .map_or(m, |(_, b)| b);
                            if m.starts_with(|c: char| c.is_uppercase()) {
                                capitalize(to)
                            } else {
                                to.to_string()
                            }
                        })
                        .into_owned()
                })
                .collect()
        };
        let name = file_name(seed, first_idx + k);
        if conflict_at.contains(&k) {
            if let Some((kind, o, r, ctx)) = plant(&mut paras, &ev.people, &mut rng) {
                w.planted.push(Planted {
                    file: name.clone(),
                    story: "hot".to_string(),
                    kind,
                    original: o,
                    replacement: r,
                    context: ctx,
                });
            }
        }
        let text = render(date, &outlet(&mut rng), &ev.title, &paras);
        w.bytes += text.len() as u64;
        std::fs::write(out.join(&name), text)?;
    }
    Ok(w)
}

// ---------------------------------------------------------------- main
