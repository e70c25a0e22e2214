//! Votes: a tally after a vote word, keyed by the body that voted, what
//! the vote did and what it was on.
//!
//! Read only in fixed constructions: `BODY voted 71-27 to pass the bill`,
//! `BODY passed the bill 71 to 27`, `the measure passed 52-47`, `the court
//! ruled 5-4`, `... by a vote of 218 to 210`, `a 5-4 ruling`. A vote whose
//! subject is no voting body (`bodies` in the words) and whose object is a
//! name is a game, not a vote (`Creighton defeated Drake 65-53`); a tally
//! with nothing voted on is kept only for a ruling (one court decides one
//! case in a story; a chamber votes several times on one bill).

use super::tokens::{score_of, small_number, Tok};
use super::words::ResultWords;
use super::Found;

/// Determiners skipped before what a vote was on.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "this", "that",
];
/// Words that end what a vote was on.
const OBJECT_ENDS: &[&str] = &[
    "to", "on", "by", "in", "at", "for", "with", "and", "but", "after", "before", "that", "which",
    "of", "from", "against", "as", "late", "early",
];
/// Nouns of a vote right after its tally (`a 5-4 ruling`).
const VOTE_NOUNS: &[(&str, &str)] = &[
    ("vote", "vote"),
    ("decision", "rule"),
    ("ruling", "rule"),
    ("verdict", "rule"),
    ("majority", "rule"),
];

/// The votes of one sentence.
pub(super) fn votes(toks: &[Tok], w: &ResultWords) -> Vec<Found> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let Some((tally, last)) = tally_at(toks, k) else {
            k += 1;
            continue;
        };
        if toks[k].depth == 0 && tally[0] != tally[1] {
            if let Some((body, action, object)) = read_vote(toks, k, last, w) {
                let key = format!(
                    "{}, {action}: {}",
                    body.as_deref().unwrap_or("-"),
                    object.as_deref().unwrap_or("-")
                );
                out.push(Found {
                    game: false,
                    winner: String::new(),
                    loser: String::new(),
                    score: [tally[0].max(tally[1]), tally[0].min(tally[1])],
                    span: toks[k].start..toks[last].end,
                    inferred: false,
                    key,
                });
            }
        }
        k = last + 1;
    }
    out
}

/// A tally at token `k`: `71-27` or `71 to 27`, with its last token.
fn tally_at(toks: &[Tok], k: usize) -> Option<([u16; 2], usize)> {
    if let Some(s) = score_of(toks[k].text) {
        return Some((s, k));
    }
    let a = small_number(toks[k].text)?;
    let b = small_number(toks.get(k + 2)?.text)?;
    toks[k + 1].is("to").then_some(([a, b], k + 2))
}

type Vote = (Option<String>, String, Option<String>);

fn read_vote(toks: &[Tok], k: usize, last: usize, w: &ResultWords) -> Option<Vote> {
    // `by a vote of`, `by`.
    let mut j = k;
    if j >= 4
        && ["by", "a", "vote", "of"]
            .iter()
            .enumerate()
            .all(|(i, x)| toks[j - 4 + i].is(x))
    {
        j -= 4;
    } else if j >= 1 && toks[j - 1].is("by") {
        j -= 1;
    }
    if let Some(v) = noun_vote(toks, k, last, w) {
        return Some(v);
    }
    let v = j.checked_sub(1)?;
    let verb = toks[v].lower();
    if verb == "voted" {
        let body = body_before(toks, v, w)?;
        let (action, object) = after_voted(toks, last + 1, w);
        return Some((Some(body), action, object)).filter(|(_, a, o)| o.is_some() || a == "rule");
    }
    verb_vote(toks, v, w)
}

/// `BODY passed the bill 71 to 27`, `the measure passed 52-47`, `the
/// court ruled 5-4`: the verb at or before token `v`.
fn verb_vote(toks: &[Tok], v: usize, w: &ResultWords) -> Option<Vote> {
    // What was voted on, between the verb and the tally.
    let mut verb = v;
    let mut steps = 0;
    while !w.outcomes.contains_key(&toks[verb].lower()) || toks[verb].is("voted") {
        if toks[verb].punct() || steps == 6 {
            return None;
        }
        verb = verb.checked_sub(1)?;
        steps += 1;
    }
    let action = w.outcomes.get(&toks[verb].lower())?.clone();
    let object = object_in(toks, verb + 1, v + 1);
    let body = body_before(toks, verb, w);
    match (body, object) {
        (Some(b), o) if o.is_some() || action == "rule" => Some((Some(b), action, o)),
        // `the measure passed 52-47`: the subject is what was voted on,
        // a common noun (a name there is a side of a game).
        (None, None) => {
            let s = verb.checked_sub(1)?;
            let t = &toks[s];
            let common = t.text.chars().all(char::is_lowercase) && !t.punct();
            let det = s >= 1 && DETERMINERS.contains(&toks[s - 1].lower().as_str());
            (common && det && action != "rule").then(|| (None, action, Some(t.lower())))
        }
        _ => None,
    }
}

/// `a 5-4 ruling`, `in a 52-47 vote on the measure`: the body is the
/// nearest one named before.
fn noun_vote(toks: &[Tok], k: usize, last: usize, w: &ResultWords) -> Option<Vote> {
    let noun = toks.get(last + 1)?.lower();
    let &(_, action) = VOTE_NOUNS.iter().find(|(n, _)| *n == noun)?;
    if !(k >= 1 && matches!(toks[k - 1].lower().as_str(), "a" | "the")) {
        return None;
    }
    let body = (0..k).rev().find_map(|j| {
        let l = toks[j].lower();
        w.bodies.contains(&l).then_some(l)
    })?;
    let object = match toks.get(last + 2).map(Tok::lower).as_deref() {
        Some("on") | Some("against") | Some("for") => object_in(toks, last + 3, toks.len()),
        Some("to") => after_voted(toks, last + 2, w).1,
        _ => None,
    };
    (object.is_some() || action == "rule").then(|| (Some(body), action.to_string(), object))
}

/// After `voted 71-27`: `to pass the bill` (the outcome and its object),
/// `for the bill`, `against the bill`.
fn after_voted(toks: &[Tok], at: usize, w: &ResultWords) -> (String, Option<String>) {
    match toks.get(at).map(Tok::lower).as_deref() {
        Some("to") => {
            let Some(v) = toks.get(at + 1) else {
                return ("vote".into(), None);
            };
            let verb = v.lower();
            let action = w.outcomes.get(&verb).cloned().unwrap_or(verb);
            (action, object_in(toks, at + 2, toks.len()))
        }
        Some("for") | Some("against") => ("vote".into(), object_in(toks, at + 1, toks.len())),
        _ => ("vote".into(), None),
    }
}

/// The head of what was voted on in tokens `from..to`: determiners
/// skipped, up to a preposition, punctuation or a tally; its last word.
fn object_in(toks: &[Tok], from: usize, to: usize) -> Option<String> {
    let mut j = from;
    while j < to && DETERMINERS.contains(&toks[j].lower().as_str()) {
        j += 1;
    }
    let start = j;
    while j < to && j < start + 5 {
        let t = &toks[j];
        let l = t.lower();
        if t.punct() || OBJECT_ENDS.contains(&l.as_str()) || tally_at(toks, j).is_some() {
            break;
        }
        j += 1;
    }
    (j > start).then(|| {
        let head = toks[j - 1].lower();
        head.strip_suffix("'s").map(str::to_string).unwrap_or(head)
    })
}

/// The voting body right before token `v` (`the Senate`, `the Supreme
/// Court`, `lawmakers`): its last word, lower case.
fn body_before(toks: &[Tok], v: usize, w: &ResultWords) -> Option<String> {
    let mut j = v.checked_sub(1)?;
    while j > 0 && toks[j].lower().ends_with("ly") && !toks[j].capitalised() {
        j -= 1;
    }
    let l = toks[j].lower();
    w.bodies.contains(&l).then_some(l)
}
