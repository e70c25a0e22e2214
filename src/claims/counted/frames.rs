//! The frame a figure's sentence puts it in, as scopes: a running total
//! (`600 killed so far`), the named place of one incident (`shelling in
//! the Bureij refugee camp left 16 injured`), a separate incident (`In a
//! separate attack, three were killed`), a part (`30 seriously injured`,
//! `two blocks during a 15-2 run`), and the period the sentence before
//! opens (`In April last year a quake struck. Five people died.`).
//! Scopes are compared by alignment: figures in different frames, or one
//! framed and one whose sentence does not name the frame, never meet.
//! The cue words are in `rules/quantity/scope.toml`.

use super::cue_hits::{CueHits, CueList};
use super::frame_cues::ScopeCues;
use super::{broken, is_figure, sentence_periods, starts_with_pronoun};
use crate::claims::{Counted, Doc, SentenceView};

/// A sentence's lower-case words and each word's clause (clauses are cut
/// at commas, dashes, brackets...), read once for all its figures.
pub(in crate::claims) struct SentenceClauses<'a> {
    sentence: &'a str,
    view: &'a SentenceView,
    words: Vec<&'a str>,
    clause: Vec<usize>,
    /// The cue phrases the sentence holds, found once for all its figures.
    hits: CueHits,
}

impl<'a> SentenceClauses<'a> {
    /// The words and clauses of `sentence`, whose lower-case view is `view`.
    pub(in crate::claims) fn new(sentence: &'a str, view: &'a SentenceView) -> Self {
        let n = view.words.len();
        let words: Vec<&str> = (0..n).map(|k| view.word(k)).collect();
        let mut clause = vec![0; n];
        for k in 1..n {
            let cut = broken(sentence, view.words[k - 1].1, view.words[k].0);
            clause[k] = clause[k - 1] + usize::from(cut);
        }
        let hits = CueHits::of(&words);
        SentenceClauses {
            sentence,
            view,
            words,
            clause,
            hits,
        }
    }
}

/// A sentence's words, clauses and the figure's place among them.
struct Frame<'a> {
    sentence: &'a str,
    view: &'a SentenceView,
    words: &'a [&'a str],
    /// Each word's clause.
    clause: &'a [usize],
    /// The cue phrases of the sentence (see [`SentenceClauses`]).
    hits: &'a CueHits,
    /// The figure's first word and the first word after it.
    figure: (usize, usize),
}

impl Frame<'_> {
    /// The phrases of `list` the sentence holds: (place in the list,
    /// first word), in the list's order, each phrase's in the sentence's.
    fn hits(&self, list: CueList) -> &[(usize, usize)] {
        self.hits.of_list(list)
    }

    fn clause_of_figure(&self) -> usize {
        self.clause
            .get(self.figure.0.min(self.words.len().saturating_sub(1)))
            .copied()
            .unwrap_or(0)
    }

    /// The first clause frames the whole sentence when it opens with a
    /// preposition or is a short aside (`During the run,`, `Overall,`).
    fn opening_frame(&self) -> bool {
        let len = self.clause.iter().filter(|&&c| c == 0).count();
        self.clause_of_figure() != 0
            && len < self.words.len()
            && (len <= 3
                || matches!(
                    self.words.first().copied(),
                    Some("in" | "during" | "on" | "at" | "after" | "throughout" | "over" | "since")
                ))
    }

    /// Whether a cue at word `k` speaks of the figure: in its clause or
    /// in the sentence's opening frame; with `coordinated`, also in the
    /// clause right before one that starts `and` (`600 killed so far,
    /// and around 3,000 wounded`).
    fn applies(&self, k: usize, coordinated: bool) -> bool {
        let (c, f) = (self.clause[k], self.clause_of_figure());
        // `, and around 3,000 wounded`, `, killing four`: the clause
        // goes on with the one before.
        let starts_and = (0..self.words.len())
            .find(|&j| self.clause[j] == f)
            .is_some_and(|j| self.words[j] == "and" || participle(self.words[j]));
        c == f || (c == 0 && self.opening_frame()) || (coordinated && c + 1 == f && starts_and)
    }

    /// Whether word `k` is written with a capital.
    fn capitalized(&self, k: usize) -> bool {
        let (s, _) = self.view.words[k];
        self.sentence[s..].starts_with(|c: char| c.is_uppercase())
    }
}

/// Whether a word opening a clause is a participle going on from the
/// clause before (`killing four`), not a preposition or noun in `-ing`.
fn participle(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ing")
        && !matches!(
            w,
            "during"
                | "according"
                | "including"
                | "following"
                | "morning"
                | "evening"
                | "nothing"
                | "something"
                | "everything"
                | "building"
                | "spring"
        )
}

/// The frames of the figure at `span` (byte offsets into the sentence of
/// `clauses`), as scopes to add to `counted`.
pub(in crate::claims) fn frame_scopes(
    clauses: &SentenceClauses,
    span: (usize, usize),
    counted: &Counted,
    anchor: Option<jiff::civil::Date>,
) -> Vec<String> {
    let view = clauses.view;
    if view.words.is_empty() {
        return Vec::new();
    }
    let figure = (
        view.words.partition_point(|&(_, e)| e <= span.0),
        view.words.partition_point(|&(s, _)| s < span.1),
    );
    let frame = Frame {
        sentence: clauses.sentence,
        view,
        words: &clauses.words,
        clause: &clauses.clause,
        hits: &clauses.hits,
        figure,
    };
    let cues = ScopeCues::defaults();
    let mut out = Vec::new();
    if running_total(&frame, cues) && !has_period(counted) {
        out.push("total".to_string());
    }
    if let Some(place) = incident_place(&frame, cues) {
        out.push(place);
    }
    let separate = frame
        .hits(CueList::Separate)
        .iter()
        .any(|&(_, k)| frame.applies(k, false));
    if separate {
        out.push("separate".to_string());
    }
    if severe(&frame, cues) {
        out.push("serious".to_string());
    }
    out.extend(event_part(&frame, cues));
    if let Some(target) = incident_target(&frame, cues) {
        out.push(target);
    }
    // `had two relatives killed`: someone's kin are a part of the dead.
    // Only of what happened to them: `his 7-year-old daughter` is an age.
    let kin = counted.predicate.is_some()
        && counted
            .thing
            .as_deref()
            .is_some_and(|t| cues.part.kin.iter().any(|k| k == t));
    if kin {
        out.push("kin".to_string());
    }
    out.extend(session_day(&frame, counted, anchor));
    out
}

/// `lost 54 points, closing at 1,299`: a market's move in one trading
/// session is of the day the article reports (`session 2009-03-05`):
/// sessions of different days never meet, nor does a session's move
/// meet a figure told without one. A sentence naming its own day keeps
/// it.
fn session_day(f: &Frame, counted: &Counted, anchor: Option<jiff::civil::Date>) -> Option<String> {
    let day = anchor?;
    let dated = counted.scope.iter().any(|s| s.starts_with("day "));
    let session = !f.hits(CueList::Session).is_empty();
    (session && !dated).then(|| format!("session {day}"))
}

/// What an attack told around the figure was aimed at (`a tank firing on
/// a building, killing four` → `building`): figures of attacks on
/// different targets are different incidents.
fn incident_target(f: &Frame, cues: &ScopeCues) -> Option<String> {
    let w = &f.words;
    let strikes = f.hits(CueList::Strike).iter().map(|&(i, k)| {
        let len = cues.incident.strikes[i].split_whitespace().count();
        k + len
    });
    let mut found = strikes.filter_map(|after| {
        let within = (after..(after + cues.incident.target_window).min(w.len()))
            .take_while(|&j| f.clause[j] == f.clause[after.min(w.len() - 1)]);
        within
            .filter(|&j| f.applies(j, true))
            .find_map(|j| {
                let t = w[j];
                cues.incident
                    .targets
                    .iter()
                    .find(|x| *x == t || t.strip_suffix('s') == Some(x.as_str()))
            })
            .cloned()
    });
    found.next()
}

/// Whether the figure already names a period (`this season`, `2009`,
/// `per year`): it is that period's total.
fn has_period(counted: &Counted) -> bool {
    counted.scope.iter().any(|s| {
        ["this ", "last ", "next ", "per "]
            .iter()
            .any(|p| s.starts_with(p))
            || (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// `so far`, `since the offensive began`, `in the 12 days of`: the
/// figure is a running total. A cue that ranks an event (`the deadliest
/// strike so far`) is none.
fn running_total(f: &Frame, cues: &ScopeCues) -> bool {
    let w = &f.words;
    let ranked = |k: usize| {
        (k.saturating_sub(cues.total.superlative_window)..k).any(|j| {
            f.clause[j] == f.clause[k] && cues.total.superlatives.iter().any(|s| s == w[j])
        })
    };
    // `the total US market`, `overall market share`: a cue that
    // modifies a noun is no total, nor one nearer another figure
    // (`a 72.4 percent stake for $57 million overall`).
    let modifies = |k: usize, m: &str| {
        let next = k + m.split_whitespace().count();
        cues.total.adjectival.iter().any(|a| a == m)
            && next < w.len()
            && f.clause[next] == f.clause[k]
            && !cues.total.after_adjectival.iter().any(|a| a == w[next])
    };
    let nearer_other = |k: usize| {
        let (first, after) = f.figure;
        f.clause[k] == f.clause_of_figure()
            && if k >= after {
                (after..k).any(|j| is_figure(w[j]))
            } else {
                (k + 1..first).any(|j| is_figure(w[j]))
            }
    };
    let marked = f.hits(CueList::Total).iter().any(|&(i, k)| {
        let m = cues.total.markers[i].as_str();
        f.applies(k, true) && !ranked(k) && !modifies(k, m) && !nearer_other(k)
    });
    let since = (0..w.len().saturating_sub(2)).any(|k| {
        w[k] == "since"
            && w[k + 1] == "the"
            && (k + 2..(k + 2 + cues.total.since_window).min(w.len()))
                .any(|j| matches!(w[j], "began" | "started" | "begun" | "begin"))
            && f.applies(k, true)
    });
    let span_of = (0..w.len().saturating_sub(4)).any(|k| {
        w[k] == "in"
            && w[k + 1] == "the"
            && is_figure(w[k + 2])
            && matches!(w[k + 3], "days" | "weeks" | "months" | "years")
            && w[k + 4] == "of"
            && f.applies(k, true)
    });
    marked || since || span_of
}

/// The name of the incident place the sentence names around the figure
/// (`the Bureij refugee camp` → `bureij`): the one place the sentence
/// names outside relative clauses the figure is not in, else the first
/// one in the figure's own clause.
fn incident_place(f: &Frame, cues: &ScopeCues) -> Option<String> {
    let mut taken = vec![false; f.words.len()];
    let mut found: Vec<(usize, String)> = Vec::new();
    for &(i, k) in f.hits(CueList::Place) {
        let len = cues.place.nouns[i].split_whitespace().count();
        if taken[k..k + len].iter().any(|&t| t) {
            continue;
        }
        taken[k..k + len].iter_mut().for_each(|t| *t = true);
        if let Some(name) = place_name(f, cues, k, len) {
            found.push((f.clause[k], name));
        }
    }
    let own = f.clause_of_figure();
    let relative = |c: usize| {
        (0..f.words.len())
            .find(|&j| f.clause[j] == c)
            .is_some_and(|j| matches!(f.words[j], "which" | "who" | "where" | "whom" | "whose"))
    };
    let mut visible: Vec<&(usize, String)> = found
        .iter()
        .filter(|(c, _)| *c == own || !relative(*c))
        .collect();
    let first = visible.first().map(|(_, n)| n.clone());
    visible.dedup_by(|a, b| a.1 == b.1);
    let distinct: std::collections::BTreeSet<&str> =
        visible.iter().map(|(_, n)| n.as_str()).collect();
    if distinct.len() == 1 {
        return first;
    }
    found.into_iter().find(|(c, _)| *c == own).map(|(_, n)| n)
}

/// The name of the place noun at words `k..k + len`: the capitalised
/// words after `of` (`the neighbourhood of Zeitun`), else right before
/// it (`the Fakhora school`), else after `in` (`a UN school in Gaza`).
fn place_name(f: &Frame, cues: &ScopeCues, k: usize, len: usize) -> Option<String> {
    let after = k + len;
    let of = f.words.get(after) == Some(&"of");
    if of {
        if let Some(name) = capitals_from(f, cues, after + 1) {
            return Some(name);
        }
    }
    let mut names = Vec::new();
    let mut j = k;
    while j > 1 && names.len() < 3 {
        j -= 1;
        if !f.capitalized(j) || f.clause[j] != f.clause[k] || !names_place(f, cues, j) {
            break;
        }
        names.push(f.words[j]);
    }
    if !names.is_empty() {
        names.reverse();
        return Some(names.join(" ").trim_end_matches("'s").to_string());
    }
    if f.words.get(after) == Some(&"in") {
        // `in the southern city of Khan Younis`.
        let mut from = after + 1;
        while f.words.get(from).is_some_and(|w| {
            matches!(
                *w,
                "the" | "northern" | "southern" | "eastern" | "western" | "central"
            )
        }) {
            from += 1;
        }
        let kind = |w: &str| matches!(w, "city" | "town" | "village" | "province" | "region");
        if f.words.get(from).is_some_and(|w| kind(w)) && f.words.get(from + 1) == Some(&"of") {
            from += 2;
        }
        return capitals_from(f, cues, from);
    }
    None
}

/// The capitalised words from word `k` on, in one clause (at most three).
fn capitals_from(f: &Frame, cues: &ScopeCues, k: usize) -> Option<String> {
    let names: Vec<&str> = (k..(k + 3).min(f.words.len()))
        .take_while(|&j| f.capitalized(j) && f.clause[j] == f.clause[k] && names_place(f, cues, j))
        .map(|j| f.words[j])
        .collect();
    (!names.is_empty()).then(|| names.join(" "))
}

/// Whether capitalised word `j` may be part of a place's name: not an
/// acronym (`UN`), not an owner or kind (`Catholic`), not a time name.
fn names_place(f: &Frame, cues: &ScopeCues, j: usize) -> bool {
    let (s, e) = f.view.words[j];
    let original = &f.sentence[s..e];
    let acronym = original.chars().filter(|c| c.is_alphabetic()).count() > 1
        && !original.chars().any(char::is_lowercase);
    let w = f.words[j];
    !acronym && !cues.place.not_names.iter().any(|n| n == w) && !super::scope::is_time_name(w)
}

/// `30 people seriously injured`, `seriously injuring 30`: a severity
/// word next to the figure (in its clause, not across `and` or another
/// figure) counts only the worst hurt.
fn severe(f: &Frame, cues: &ScopeCues) -> bool {
    let window = cues.part.severity_window;
    let severity = |j: usize| cues.part.severity.iter().any(|s| s == f.words[j]);
    let stops = |j: usize| matches!(f.words[j], "and" | "or") || is_figure(f.words[j]);
    let (first, after) = f.figure;
    if closes_the_count(f) {
        return false;
    }
    let own = f.clause_of_figure();
    let forward = (after..(after + window).min(f.words.len()))
        .take_while(|&j| f.clause[j] == own && !stops(j))
        .any(severity);
    let backward = (first.saturating_sub(window)..first.min(f.words.len()))
        .rev()
        .take_while(|&j| f.clause[j] == own && !stops(j))
        .any(severity);
    forward || backward
}

/// `killing two and critically injuring a third`: an ordinal after its
/// article counts the last of the victims (see `quantity::one_more`), so
/// the one it counts is all its verb did, and a severity word beside it
/// describes them all rather than a part of them.
fn closes_the_count(f: &Frame) -> bool {
    let (first, after) = f.figure;
    first + 1 < after
        && f.words[first] == "a"
        && matches!(f.words[first + 1], "second" | "third" | "fourth" | "fifth")
}

/// `in the first half`, `during the game's deciding 15-2 run`: the part
/// of an event the figure is counted in.
fn event_part(f: &Frame, cues: &ScopeCues) -> Option<String> {
    let named = f
        .hits(CueList::EventPart)
        .iter()
        .find(|&&(_, k)| f.applies(k, false));
    if let Some(&(i, _)) = named {
        return Some(cues.part.event_parts[i].clone());
    }
    // A score and `run`: `a 15-2 run`.
    let w = &f.words;
    let run = (0..w.len().saturating_sub(2)).any(|k| {
        let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
        let dash = f
            .sentence
            .get(f.view.words[k].1..f.view.words[k + 1].0)
            .is_some_and(|g| matches!(g, "-" | "–"));
        digits(w[k]) && dash && digits(w[k + 1]) && w[k + 2] == "run" && f.applies(k + 2, false)
    });
    run.then(|| "run".to_string())
}

/// The periods sentence `i` takes from the sentence before: what any
/// year or month named there when it starts with `It` or `They`; and,
/// when it has no time of its own, the years, months and `last year`
/// of the sentence before when it starts with `He` or `She` or when the
/// sentence before opens with a period (`In April last year, ...`,
/// `A year later, ...` after a sentence naming one year: see
/// [`super::later`]). A sentence opening `A year later` takes that year.
pub(in crate::claims) fn carried_periods<'a>(doc: &'a Doc, i: usize) -> Vec<String> {
    let Some(p) = i.checked_sub(1) else {
        return Vec::new();
    };
    if let Some(year) = super::later::opening_year(doc, i) {
        return vec![year];
    }
    let (view, before) = (&doc.sentences[i], &doc.sentences[p]);
    let before_text = doc.sentence_text(p);
    // `A year later, ...` before: the year it opens with.
    let later = super::later::opening_year(doc, p);
    if starts_with_pronoun(view) {
        let mut out = sentence_periods(before_text, before, doc.anchor);
        out.extend(later);
        return out;
    }
    let cues = &ScopeCues::defaults().previous;
    let words = |v: &'a SentenceView| (0..v.words.len()).map(|k| v.word(k)).collect::<Vec<_>>();
    let (now, prev) = (words(view), words(before));
    let listed = |list: &[String], w: &str| list.iter().any(|x| x == w);
    let continuing = now.first().is_some_and(|w| listed(&cues.continuing, w));
    let year = |w: &str| {
        w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit())
    };
    let opens = prev.first().is_some_and(|&w| w == "in")
        && prev
            .get(1)
            .is_some_and(|w| year(w) || super::scope::is_time_name(w))
        || prev.len() > 1 && prev[0] == "last" && matches!(prev[1], "year" | "season")
        || later.is_some();
    let own_time = now
        .iter()
        .any(|w| listed(&cues.own_time, w) || year(w) || super::scope::is_time_name(w));
    if !(continuing || opens) || own_time {
        return Vec::new();
    }
    let mut out = sentence_periods(before_text, before, doc.anchor);
    out.extend(later);
    for k in 0..prev.len().saturating_sub(1) {
        if prev[k] == "last" && matches!(prev[k + 1], "year" | "season") {
            out.push(format!("last {}", prev[k + 1]));
        }
    }
    out
}

#[cfg(test)]
#[path = "frames_tests.rs"]
mod tests;
