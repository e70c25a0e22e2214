//! Numbers varied per story, and conflicts planted in one source.

#[allow(unused_imports)]
use super::*;
/// Spans of the numbers worth varying: not glued to letters (`A330`, `KC-45`),
/// not times (`02:20`), not days after a month name (`June 8`).
pub(super) fn number_spans(t: &str) -> Vec<(usize, usize)> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    for m in number_re().find_iter(t) {
        let (s, e) = (m.start(), m.end());
        let before = if s > 0 { b[s - 1] } else { b' ' };
        let after = if e < b.len() { b[e] } else { b' ' };
        if before.is_ascii_alphanumeric() || matches!(before, b'-' | b':' | b'.' | b'/' | b'_') {
            continue;
        }
        if after.is_ascii_alphabetic() || matches!(after, b'-' | b':' | b'/' | b'_') {
            continue;
        }
        if after == b'.' && e + 1 < b.len() && b[e + 1].is_ascii_digit() {
            continue;
        }
        // Tokenised times and decimals of the source data: "09: 10", "3. 11".
        let pre = &b[..s];
        if pre.len() >= 3
            && pre.ends_with(b" ")
            && matches!(pre[pre.len() - 2], b':' | b'.' | b',')
            && pre[pre.len() - 3].is_ascii_digit()
        {
            continue;
        }
        if e + 2 < b.len()
            && matches!(after, b':' | b'.' | b',')
            && b[e + 1] == b' '
            && b[e + 2].is_ascii_digit()
        {
            continue;
        }
        // Days of dates: "June 8", "8 June".
        let prev_word = t[..s].trim_end().rsplit(' ').next().unwrap_or("");
        let prev_word = prev_word.trim_end_matches('.');
        let next_word = t[e..]
            .trim_start()
            .split([' ', ',', '.'])
            .next()
            .unwrap_or("");
        if MONTHS.contains(&prev_word) || MONTHS.contains(&next_word) {
            continue;
        }
        out.push((s, e));
    }
    out
}

pub(super) fn is_year(s: &str) -> Option<i64> {
    if s.len() == 4 && !s.contains([',', '.']) {
        let y: i64 = s.parse().ok()?;
        if (1950..=2030).contains(&y) {
            return Some(y);
        }
    }
    None
}

/// Formats `v` like `like` (thousands separators, decimals).
pub(super) fn format_like(v: f64, like: &str) -> String {
    let decimals = like.split_once('.').map_or(0, |(_, d)| d.len());
    let s = format!("{v:.decimals$}");
    if !like.contains(',') {
        return s;
    }
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), format!(".{f}")),
        None => (s.clone(), String::new()),
    };
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out + &frac
}

/// The story's value for a number: the same in every source of the story.
pub(super) fn varied_number(orig: &str, key: u64, year_delta: i64) -> String {
    if let Some(y) = is_year(orig) {
        return (y + year_delta).to_string();
    }
    let v: f64 = orig.replace(',', "").parse().unwrap_or(0.0);
    if v < 2.0 {
        return orig.to_string();
    }
    let mut r = Rng::new(hash_str(orig, key));
    let f = 0.6 + 0.8 * r.unit();
    let mut nv = v * f;
    if !orig.contains('.') {
        nv = nv.round().max(2.0);
    }
    format_like(nv, orig)
}

pub(super) fn vary_numbers(t: &str, key: u64, year_delta: i64) -> String {
    let spans = number_spans(t);
    if spans.is_empty() {
        return t.to_string();
    }
    let mut out = String::with_capacity(t.len() + 16);
    let mut last = 0;
    for (s, e) in spans {
        out.push_str(&t[last..s]);
        out.push_str(&varied_number(&t[s..e], key, year_delta));
        last = e;
    }
    out.push_str(&t[last..]);
    out
}

// ---------------------------------------------------------------- conflicts

pub(super) struct Planted {
    pub(super) file: String,
    pub(super) story: String,
    pub(super) kind: &'static str,
    pub(super) original: String,
    pub(super) replacement: String,
    pub(super) context: String,
}

pub(super) fn snippet(p: &str, at: usize) -> String {
    let mut s = at.saturating_sub(60);
    while !p.is_char_boundary(s) {
        s -= 1;
    }
    let mut e = (at + 80).min(p.len());
    while !p.is_char_boundary(e) {
        e += 1;
    }
    p[s..e].to_string()
}

/// Plants one conflict into `paras` (a source's paragraphs, lead excluded
/// from nothing). Returns (kind, original, replacement, context).
pub(super) fn plant(
    paras: &mut [String],
    people: &[(String, String)],
    rng: &mut Rng,
) -> Option<(&'static str, String, String, String)> {
    let mut kinds: Vec<&'static str> = Vec::new();
    let weekday_hits: Vec<(usize, usize, usize)> = paras
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            weekday_re()
                .find_iter(p)
                .map(move |m| (i, m.start(), m.end()))
        })
        .collect();
    let number_hits: Vec<(usize, usize, usize)> = paras
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            number_spans(p)
                .into_iter()
                .filter(|&(s, e)| is_year(&p[s..e]).is_none())
                .map(move |(s, e)| (i, s, e))
        })
        .collect();
    let quote_hits: Vec<(usize, usize, usize, usize)> = paras
        .iter()
        .enumerate()
        .filter(|(_, p)| p.contains(['“', '"']))
        .flat_map(|(i, p)| {
            people
                .iter()
                .enumerate()
                .filter_map(move |(k, (full, last))| {
                    p.find(full.as_str())
                        .map(|s| (i, s, s + full.len(), k))
                        .or_else(|| p.find(last.as_str()).map(|s| (i, s, s + last.len(), k)))
                })
        })
        .collect();
    if !weekday_hits.is_empty() {
        kinds.push("weekday");
    }
    if !number_hits.is_empty() {
        kinds.push("number");
    }
    if !quote_hits.is_empty() {
        kinds.push("quote");
    }
    if kinds.is_empty() {
        return None;
    }
    let kind = *rng.pick(&kinds);
    let (i, s, e, new) = match kind {
        "weekday" => {
            let &(i, s, e) = rng.pick(&weekday_hits);
            let old = &paras[i][s..e];
            let (on, day) = old.split_at(3);
            let k = WEEKDAYS.iter().position(|w| *w == day).unwrap_or(0);
            let step = 1 + rng.below(3);
            (i, s, e, format!("{on}{}", WEEKDAYS[(k + step) % 7]))
        }
        "number" => {
            let &(i, s, e) = rng.pick(&number_hits);
            let old = &paras[i][s..e];
            let v: f64 = old.replace(',', "").parse().unwrap_or(1.0);
            let f = if rng.chance(0.5) {
                1.5 + rng.unit()
            } else {
                0.3 + 0.3 * rng.unit()
            };
            let mut nv = v * f;
            if !old.contains('.') {
                nv = nv.round();
                if (nv - v).abs() < 1.0 {
                    nv = v + 1.0 + rng.below(5) as f64;
                }
            }
            (i, s, e, format_like(nv, old))
        }
        _ => {
            let &(i, s, e, k) = rng.pick(&quote_hits);
            let others: Vec<&(String, String)> = people
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != k)
                .map(|(_, p)| p)
                .collect();
            let full = e - s == people[k].0.len();
            let new = if let Some(o) = others.first().map(|_| *rng.pick(&others)) {
                if full {
                    o.0.clone()
                } else {
                    o.1.clone()
                }
            } else {
                let nl = *rng.pick(NEW_SURNAMES);
                if full {
                    format!("{} {nl}", rng.pick(NEW_MALE))
                } else {
                    nl.to_string()
                }
            };
            (i, s, e, new)
        }
    };
    let old = paras[i][s..e].to_string();
    if old == new {
        return None;
    }
    paras[i].replace_range(s..e, &new);
    let ctx = snippet(&paras[i], s);
    Some((kind, old, new, ctx))
}

// ---------------------------------------------------------------- writing
