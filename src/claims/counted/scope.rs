//! The scope of a figure: the place, part, qualifier or period it is
//! restricted to (`in Lyon`, `18 of 20`, `two counts of fraud`, `last
//! year`, `In February, ...`).

use super::{broken, is_figure, SentenceView};
use crate::lexical::{Lexical, Pos};

/// Words that introduce a place scope after the figure (`in Athens`).
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "across",
    "throughout",
    "near",
    "outside",
    "inside",
    "within",
    "from",
    "off",
];

/// Bearings: `12 miles north of Fresno` is scoped by Fresno.
fn is_bearing(w: &str) -> bool {
    let parts = w.split('-');
    let mut any = false;
    for p in parts {
        if !matches!(
            p,
            "north"
                | "south"
                | "east"
                | "west"
                | "northeast"
                | "northwest"
                | "southeast"
                | "southwest"
        ) {
            return false;
        }
        any = true;
    }
    any
}

/// Place nouns of `in the city of X`: the scope is X.
const PLACE_NOUNS: &[&str] = &[
    "city", "town", "village", "province", "state", "region", "capital", "district", "county",
    "island", "port", "area", "streets",
];

/// `21 of 25`, `two of the three`, `seven of them`: the figure is a part.
pub(super) fn partitive(view: &SentenceView, first_after: usize) -> bool {
    let word = |k: usize| (k < view.words.len()).then(|| view.word(k));
    word(first_after) == Some("of")
        && word(first_after + 1).is_some_and(|w| {
            matches!(
                w,
                "the" | "them" | "those" | "these" | "their" | "its" | "his" | "her"
            ) || is_figure(w)
        })
}

/// `The works taken include a portrait and two landscapes`, `five
/// paintings, including two landscapes,`: a figure after a form of
/// `include` in its clause counts some of a whole (scope
/// [`crate::claims::INCLUDED`]): all of its own thing, but a part of a
/// broader one.
pub(super) fn included_part(sentence: &str, view: &SentenceView, first_before: usize) -> bool {
    super::predicate::words_back_in_clause(sentence, view, first_before, 8).any(|k| {
        matches!(
            view.word(k),
            "include" | "includes" | "included" | "including"
        )
    })
}

/// `the first 17 passes`, `the remaining 12`, `the last five games`.
pub(super) fn ordered_part(view: &SentenceView, first_before: usize) -> bool {
    first_before.checked_sub(1).is_some_and(|k| {
        matches!(
            view.word(k),
            "first" | "last" | "next" | "top" | "remaining" | "final" | "initial" | "other"
        )
    })
}

/// `two counts of murder`, `300 rounds of ammunition`: what the counted
/// thing is of, as a scope (`of murder`).
pub(super) fn qualifier_scope(
    sentence: &str,
    view: &SentenceView,
    (end, first_after): (usize, usize),
    lex: &Lexical,
    out: &mut Vec<String>,
) {
    let Some(&(s, _)) = view.words.get(first_after) else {
        return;
    };
    if view.word(first_after) != "of" || broken(sentence, end, s) {
        return;
    }
    let mut j = first_after + 1;
    while j < view.words.len() && matches!(view.word(j), "the" | "a" | "an" | "his" | "her") {
        j += 1;
    }
    if j >= view.words.len() {
        return;
    }
    let w = view.word(j);
    if lex.knows(w, Pos::Noun) && !crate::claims::text::is_stopword(w) {
        out.push(format!("of {}", lex.lemma(w, Pos::Noun)));
    }
}

/// What a payment is made in (`$281 million in cash`).
fn is_payment_part(w: &str) -> bool {
    matches!(
        w,
        "cash" | "stock" | "shares" | "equity" | "debt" | "bonds" | "loans" | "grants" | "aid"
    )
}

/// Capitalised words that name a time, not a place (`in September`).
pub(super) fn is_time_name(w: &str) -> bool {
    crate::source::is_calendar_name(w) || matches!(w, "christmas" | "easter")
}

/// `in Athens`, `in the city of Thessaloniki`, `among the crew`: what
/// place or group after the figure, in its clause, restricts it. `end`
/// is where the figure's words end: a comma right after them ends its
/// clause (`down by 80 percent, in India by 65 percent`: the place is
/// the next figure's, in a list of parallel figures).
pub(super) fn place_scope(
    sentence: &str,
    view: &SentenceView,
    (end, first_after): (usize, usize),
    out: &mut Vec<String>,
) {
    let mut prev_end = end;
    let last = next_figure(view, first_after, (first_after + 8).min(view.words.len()));
    let mut k = first_after;
    while k < last {
        let (s, e) = view.words[k];
        if broken(sentence, prev_end, s) {
            return;
        }
        prev_end = e;
        let w = view.word(k);
        if w == "among" {
            let mut j = k + 1;
            while j < view.words.len() && matches!(view.word(j), "the" | "its" | "their" | "his") {
                j += 1;
            }
            if j < view.words.len() {
                out.push(format!("among {}", view.word(j)));
            }
            return;
        }
        // `17 goals in all competitions`: a total over the named set,
        // against which a figure of one part of it (`14 league goals`)
        // is no rival. A bare `in all` (`In all, 38 were found`) is no
        // set.
        if let Some(set) = all_of_set(sentence, view, k) {
            out.push(set);
            return;
        }
        let bearing_of = is_bearing(w) && k + 1 < view.words.len() && view.word(k + 1) == "of";
        if PLACE_PREPOSITIONS.contains(&w) || bearing_of {
            let mut j = k + 1 + usize::from(bearing_of);
            while j < view.words.len()
                && matches!(
                    view.word(j),
                    "the" | "northern" | "southern" | "eastern" | "western" | "central"
                )
            {
                j += 1;
            }
            if j + 1 < view.words.len()
                && (PLACE_NOUNS.contains(&view.word(j)) || view.word(j) == "coast")
                && view.word(j + 1) == "of"
            {
                j += 2;
            }
            if let Some(name) = capitalized_name(sentence, view, j) {
                out.push(name);
                return;
            }
            // `170,000 people in the province`: a part named by its kind.
            let subdivision = |n: &str| matches!(n, "province" | "state" | "district" | "county");
            if j < view.words.len() && w == "in" && subdivision(view.word(j)) {
                out.push(view.word(j).to_string());
                return;
            }
            // `$281 million in cash`: what part of a payment.
            if j < view.words.len() && w == "in" && is_payment_part(view.word(j)) {
                out.push(format!("in {}", view.word(j)));
                return;
            }
        }
        k += 1;
    }
}

/// `in all competitions`, `across all formats`: the scope `all
/// competitions` when word `k` is `in`/`across` and a plural word follows
/// `all` in the same clause.
fn all_of_set(sentence: &str, view: &SentenceView, k: usize) -> Option<String> {
    if !matches!(view.word(k), "in" | "across") || k + 2 >= view.words.len() {
        return None;
    }
    if view.word(k + 1) != "all" || broken(sentence, view.words[k].1, view.words[k + 2].0) {
        return None;
    }
    let set = view.word(k + 2);
    let plural = set.len() > 3 && set.ends_with('s') && !set.ends_with("ss");
    let alphabetic = set.bytes().all(|b| b.is_ascii_lowercase());
    (plural && alphabetic).then(|| format!("all {set}"))
}

/// The capitalised words from word `k` on (`New Delhi`), lower-cased.
pub(super) fn capitalized_name(sentence: &str, view: &SentenceView, k: usize) -> Option<String> {
    let mut words = Vec::new();
    for j in k..(k + 4).min(view.words.len()) {
        let (s, e) = view.words[j];
        let original = &sentence[s..e];
        if !original.chars().next().is_some_and(char::is_uppercase) || is_time_name(view.word(j)) {
            break;
        }
        if j > k && broken(sentence, view.words[j - 1].1, s) {
            break;
        }
        words.push(view.word(j));
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// `last year`, `per season`, `in 2003`: the period a figure is
/// restricted to: a relative period or rate in the clause around it, or
/// a year anywhere in the sentence (`In June 2012, a quake struck`).
pub(super) fn period_scope(
    sentence: &str,
    view: &SentenceView,
    first_before: usize,
    first_after: usize,
    out: &mut Vec<String>,
) {
    let from = first_before.saturating_sub(6);
    let to = next_figure(view, first_after, (first_after + 8).min(view.words.len()));
    let clause = |k: usize| {
        if k < first_before {
            !(k..first_before).any(|j| {
                let next = view.words.get(j + 1).map_or(sentence.len(), |w| w.0);
                broken(sentence, view.words[j].1, next)
            })
        } else {
            // From the figure's last word: `7 to 75 years; another goes
            // on trial this month` dates no sentence.
            !(first_after.saturating_sub(1)..k)
                .any(|j| broken(sentence, view.words[j].1, view.words[j + 1].0))
        }
    };
    for k in (from..first_before).chain(first_after..to) {
        let w = view.word(k);
        let next = (k + 1 < view.words.len()).then(|| {
            let n = view.word(k + 1);
            n.strip_suffix("'s").unwrap_or(n)
        });
        let period = match (w, next) {
            ("last" | "this" | "next", Some(p @ ("month" | "week"))) => Some(format!("{w} {p}")),
            (
                "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday",
                _,
            ) => Some(format!("day {w}")),
            // `a` is a rate only after the figure (`$5 a share`): before
            // it, an article (`a share deal worth $7bn`, `a year later`).
            ("a", Some(_)) if k < first_before => None,
            ("per" | "a" | "each" | "every", Some(p)) if is_rate_unit(p) => {
                Some(format!("per {p}"))
            }
            // `in each of the past five seasons`.
            ("each", Some("of")) => (k + 4..(k + 6).min(view.words.len()))
                .map(|j| view.word(j))
                .find(|w| is_rate_unit(w.strip_suffix('s').unwrap_or(w)))
                .map(|w| format!("per {}", w.strip_suffix('s').unwrap_or(w))),
            ("annually" | "yearly", _) => Some("per year".to_string()),
            ("monthly", _) => Some("per month".to_string()),
            _ => None,
        };
        if let Some(p) = period.filter(|_| clause(k)) {
            out.push(p);
        }
    }
}

/// `this season`, `last year`: a season or year named anywhere in the
/// sentence restricts every figure of it (`caught 52 passes ... this
/// season`).
pub(super) fn season_scope(view: &SentenceView, out: &mut Vec<String>) {
    for k in 0..view.words.len().saturating_sub(1) {
        let w = view.word(k);
        let next = view.word(k + 1);
        let next = next.strip_suffix("'s").unwrap_or(next);
        if matches!(w, "last" | "this" | "next") && matches!(next, "year" | "season") {
            out.push(format!("{w} {next}"));
        }
    }
}

/// The first word from `from` to `to` that is another figure (its scope
/// is its own): `worth $184 million or $23 million per season`.
fn next_figure(view: &SentenceView, from: usize, to: usize) -> usize {
    (from..to).find(|&k| is_figure(view.word(k))).unwrap_or(to)
}

/// `In February, a quake killed 612`, `the 2003 quake`: a year or month
/// named anywhere in the sentence (but in the figure itself) that is not
/// the article's own puts the figure in another period (any named year or
/// month, when the article has no date). A figure closing an aside
/// (`aside`: `Lund, alleged to have smuggled 14 cars, is charged with
/// fraud between 2005 and 2006`) is not dated by the main clause after it.
pub(super) fn dated_scope(
    sentence: &str,
    view: &SentenceView,
    (first_before, first_after): (usize, usize),
    anchor: Option<jiff::civil::Date>,
    aside: bool,
    out: &mut Vec<String>,
) {
    for k in clause_words(sentence, view, first_before, first_after)
        .filter(|k| !(first_before..first_after).contains(k))
        .filter(|&k| !aside || k < first_before)
    {
        let w = view.word(k);
        let year = w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit());
        if year {
            let own = anchor.is_some_and(|d| d.year().to_string() == w);
            if !own {
                out.push(w.to_string());
            }
            continue;
        }
        let Some(month) = month_number(w) else {
            continue;
        };
        let (s, _) = view.words[k];
        let capitalized = sentence[s..].starts_with(|c: char| c.is_uppercase());
        let own = anchor.is_some_and(|d| d.month() == month);
        if capitalized && k > 0 && !own {
            out.push(w.to_string());
        }
    }
}

/// The words of the clause around words `first_before..first_after`,
/// bounded by semicolons: `married twice; the first marriage lasted from
/// 1943 to 1947` does not date the count by the years of the next clause.
fn clause_words(
    sentence: &str,
    view: &SentenceView,
    first_before: usize,
    first_after: usize,
) -> std::ops::Range<usize> {
    let gap_breaks = |k: usize| {
        sentence
            .get(view.words[k - 1].1..view.words[k].0)
            .is_some_and(|g| g.contains(';'))
    };
    let n = view.words.len();
    if first_before >= n {
        return 0..n;
    }
    let start = (1..first_before + 1)
        .rev()
        .find(|&k| gap_breaks(k))
        .unwrap_or(0);
    let end = (first_after.max(1)..n)
        .find(|&k| gap_breaks(k))
        .unwrap_or(n);
    start..end
}

/// The years and months a whole sentence names that are not the
/// article's (see [`dated_scope`]): a sentence after it that
/// starts with a pronoun (`It killed 612 people`) speaks of that period.
pub(in crate::claims) fn sentence_periods(
    sentence: &str,
    view: &SentenceView,
    anchor: Option<jiff::civil::Date>,
) -> Vec<String> {
    let mut out = Vec::new();
    let none = view.words.len();
    dated_scope(sentence, view, (none, none), anchor, false, &mut out);
    out
}

/// A month's number, for the month names that are no common word (`may`
/// and `march` are left out).
fn month_number(w: &str) -> Option<i8> {
    if matches!(w, "may" | "march") {
        return None;
    }
    let i = crate::source::MONTH_NAMES.iter().position(|m| *m == w)?;
    i8::try_from(i + 1).ok()
}

/// What a rate is per (`per season`, `a year`, `each game`).
fn is_rate_unit(w: &str) -> bool {
    matches!(
        w,
        "year"
            | "month"
            | "week"
            | "day"
            | "hour"
            | "season"
            | "game"
            | "night"
            | "person"
            | "head"
            | "capita"
            | "share"
            | "episode"
            | "match"
    )
}
