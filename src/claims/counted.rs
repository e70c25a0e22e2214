//! What a number counts: the predicate (what was done: `killed`,
//! `injured`, `a population of`), the counted thing (`people`, `ships`)
//! and the scope (`in Athens`, `among the crew`, `last year`), read from
//! the words around a quantity. Alignment compares quantities by these
//! keys, through the lexical tables, so `the storm killed 6 people and
//! destroyed 40 homes` holds two figures that never meet, while `6 people
//! died` meets the first.
//!
//! No part-of-speech tagger: a predicate is a word the lexical tables know
//! as a verb, in an inflected form (`killed`, `killing`, `stole`), next to
//! the figure across a few function words; or a noun the figure measures
//! (`a death toll of 6`, `a depth of 12 miles`, `a five-year sentence`).

use super::{Counted, SentenceView};
use crate::lexical::{Lexical, Pos};

/// Words skipped between a verb and the figure it governs (`killed at
/// least`, `captured some`, `sentenced to`).
const FILLER_BEFORE: &[&str] = &[
    "a",
    "an",
    "the",
    "some",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "over",
    "more",
    "than",
    "at",
    "least",
    "up",
    "to",
    "as",
    "many",
    "just",
    "only",
    "estimated",
    "total",
    "of",
    "all",
    "fewer",
    "less",
    "under",
    "another",
    "his",
    "her",
    "their",
    "its",
    "reportedly",
    "allegedly",
];

/// Words skipped between the figure and a verb after it (`12 people were
/// critically injured`, `50 had also been arrested`).
const FILLER_AFTER: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "being",
    "be",
    "also",
    "all",
    "reportedly",
    "allegedly",
    "later",
    "still",
    "now",
    "then",
    "who",
    "that",
    "which",
    "were",
    "since",
    "already",
    "each",
    "people",
    "of",
    "them",
    "whom",
];

/// Verbs that say nothing about what is counted: speech, being, having,
/// including (`said 12 people were hurt` is counted by `hurt`).
const LIGHT_VERBS: &[&str] = &[
    "say", "tell", "report", "be", "have", "do", "include", "make", "get", "go", "come", "become",
    "remain", "see", "put", "give", "take", "estimate", "add", "note", "confirm", "state",
    "announce", "claim", "show", "leave", "bring", "number", "total", "reach", "rise", "climb",
    "stand", "hit", "put", "count", "list", "involve", "contain", "hold", "keep", "find", "know",
    "believe", "think", "expect", "accord", "base", "cite", "quote",
];

/// Nouns before `of` that quantify rather than name what is measured
/// (`a group of 20`, `a total of 40`, `one of 99`).
const QUANTIFIER_NOUNS: &[&str] = &[
    "group",
    "number",
    "total",
    "set",
    "series",
    "couple",
    "pair",
    "lot",
    "lots",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "part",
    "percent",
    "out",
    "top",
    "end",
    "one",
    "some",
    "many",
    "most",
    "all",
    "each",
    "any",
    "none",
    "both",
    "sum",
    "amount",
    "figure",
    "tally",
    "maximum",
    "minimum",
    "average",
    "range",
    "rate",
    "ratio",
    "share",
    "majority",
    "minority",
    "half",
    "third",
    "quarter",
    "score",
    "handful",
    "list",
    "count",
];

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

/// The keys of the quantity at `start..end` of a sentence (byte offsets
/// into `sentence`, the original text; `view` is its lower-case view).
/// `unit` is the unit the scanner read, `measure` whether it is a unit of
/// measure or money (no counted thing then).
pub(super) fn counted(
    sentence: &str,
    view: &SentenceView,
    span: (usize, usize),
    unit: Option<&str>,
    measure: bool,
    anchor: Option<jiff::civil::Date>,
) -> Counted {
    let lex = Lexical::embedded();
    let (start, end) = span;
    let first_after = view.words.partition_point(|&(s, _)| s < end);
    let first_before = view.words.partition_point(|&(_, e)| e <= start);
    // `Three die in blast`: a unit word that is a counting verb of the
    // curated table (and no curated noun) is what happened, not a thing.
    let verb_unit =
        unit.filter(|u| lex.in_curated_group(u, Pos::Verb) && !lex.in_curated_group(u, Pos::Noun));
    let thing = match unit {
        _ if verb_unit.is_some() => None,
        Some(u) if !measure && !u.contains(' ') && lex.knows(u, Pos::Noun) => {
            Some(lex.lemma(u, Pos::Noun).into_owned())
        }
        _ => None,
    };
    // `buildings in seven villages were destroyed`, `two of the three
    // victims died`: a figure after a preposition is no subject or object
    // of the verbs around it.
    // `12 guns, three rifles`, `two women and one man`: a listed figure
    // is a part of what the list counts.
    let listed = listed_after_another(sentence, view, first_before);
    let governed = !after_preposition(sentence, view, first_before) && !listed;
    // `received a five-year sentence`: the noun a hyphenated figure
    // modifies is what it measures, whatever verb governs the phrase.
    let predicate = verb_unit
        .map(|u| format!("verb:{}", lex.lemma(u, Pos::Verb)))
        .or_else(|| {
            (!listed)
                .then(|| hyphenated_noun(sentence, view, span, first_after, lex))
                .flatten()
        })
        .or_else(|| {
            governed
                .then(|| verb_before(sentence, view, first_before, lex))
                .flatten()
        })
        .or_else(|| {
            governed
                .then(|| predicate_after(sentence, view, first_after, lex))
                .flatten()
        })
        .or_else(|| noun_measured(sentence, view, first_before, lex));
    let mut scope = Vec::new();
    // `21 of 25 fights`, `two of the three victims`, `his first 17
    // passes`: a part of a whole.
    if listed || partitive(view, first_after) || ordered_part(view, first_before) {
        scope.push("part".to_string());
    }
    place_scope(sentence, view, first_after, &mut scope);
    if thing.is_some() {
        qualifier_scope(sentence, view, (end, first_after), lex, &mut scope);
    }
    period_scope(sentence, view, first_before, first_after, &mut scope);
    dated_scope(
        sentence,
        view,
        (first_before, first_after),
        anchor,
        &mut scope,
    );
    season_scope(view, &mut scope);
    scope.sort();
    scope.dedup();
    Counted {
        predicate,
        thing,
        scope,
    }
}

/// Prepositions whose object a figure can be (`in seven villages`).
const PREPOSITIONS: &[&str] = &[
    "in",
    "of",
    "at",
    "from",
    "with",
    "for",
    "on",
    "by",
    "among",
    "into",
    "between",
    "across",
    "throughout",
    "within",
    "per",
];

/// Whether the figure is the object of a preposition (`in seven
/// villages`, `two of the three victims`), across `the` and hedge words.
fn after_preposition(sentence: &str, view: &SentenceView, first_before: usize) -> bool {
    let mut next_start = view.words.get(first_before).map_or(sentence.len(), |w| w.0);
    for k in (first_before.saturating_sub(3)..first_before).rev() {
        let (s, e) = view.words[k];
        if broken(sentence, e, next_start) {
            return false;
        }
        let w = view.word(k);
        if matches!(
            w,
            "the" | "a" | "an" | "some" | "about" | "around" | "nearly" | "almost"
        ) {
            next_start = s;
            continue;
        }
        return PREPOSITIONS.contains(&w);
    }
    false
}

/// `21 of 25`, `two of the three`, `seven of them`: the figure is a part.
fn partitive(view: &SentenceView, first_after: usize) -> bool {
    let word = |k: usize| (k < view.words.len()).then(|| view.word(k));
    word(first_after) == Some("of")
        && word(first_after + 1).is_some_and(|w| {
            matches!(
                w,
                "the" | "them" | "those" | "these" | "their" | "its" | "his" | "her"
            ) || is_figure(w)
        })
}

/// `the first 17 passes`, `the remaining 12`, `the last five games`.
fn ordered_part(view: &SentenceView, first_before: usize) -> bool {
    first_before.checked_sub(1).is_some_and(|k| {
        matches!(
            view.word(k),
            "first" | "last" | "next" | "top" | "remaining" | "final" | "initial" | "other"
        )
    })
}

/// Whether a lower-case word is a figure (digits, or a number word).
fn is_figure(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            w,
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "dozen"
                | "hundred"
                | "thousand"
        )
}

/// `two women and one man died`, `seven rifles, two other rifles`: a
/// figure listed after another figure of its clause shares its verb with
/// the list, not with its own words.
fn listed_after_another(sentence: &str, view: &SentenceView, first_before: usize) -> bool {
    let Some(k) = first_before.checked_sub(1) else {
        return false;
    };
    let joined = view.word(k) == "and"
        || view.word(k) == "or"
        || sentence
            .get(view.words[k].1..view.words.get(first_before).map_or(sentence.len(), |w| w.0))
            .is_some_and(|gap| gap.trim() == ",");
    if !joined {
        return false;
    }
    // `a man and two women`: `a` is a figure in a list too.
    let Some(j) = (k.saturating_sub(4)..k).rev().find(|&j| {
        let w = view.word(j);
        (is_figure(w) && !w.contains(':')) || matches!(w, "a" | "an")
    }) else {
        return false;
    };
    // `10 killed and 80 injured`: the figure before has a verb of its
    // own, so these are two clauses, not a list.
    let lex = Lexical::embedded();
    !(j + 1..k).any(|m| {
        let w = view.word(m);
        lex.curated_adjective(w) || inflected_verb(w, lex).is_some()
    })
}

/// `two counts of murder`, `300 rounds of ammunition`: what the counted
/// thing is of, as a scope (`of murder`).
fn qualifier_scope(
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
    if lex.knows(w, Pos::Noun) && !super::text::is_stopword(w) {
        out.push(format!("of {}", lex.lemma(w, Pos::Noun)));
    }
}

/// Whether the text between two words holds a clause break (a comma,
/// semicolon, colon, dash, bracket or quotation mark).
fn broken(sentence: &str, from: usize, to: usize) -> bool {
    sentence.get(from..to).is_none_or(|gap| {
        gap.chars()
            .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '—' | '–'))
            || gap.contains(" - ")
    })
}

/// The verb lemma of an inflected verb form the tables know (`killed`,
/// `killing`, `stole`), unless it is a light verb.
fn inflected_verb(word: &str, lex: &Lexical) -> Option<String> {
    let lemmas = lex.lemmas(word, Pos::Verb);
    let lemma = *lemmas.as_slice().first()?;
    // `-ed`, `-ing` or an irregular form (`stole`); not `-s`, which is
    // mostly a plural noun (`homes`, `arrests`).
    let inflected =
        lemma != word && (word.ends_with("ed") || word.ends_with("ing") || !word.ends_with('s'));
    (inflected && !LIGHT_VERBS.contains(&lemma)).then(|| format!("verb:{lemma}"))
}

/// `killed at least 6`, `sentenced to seven years`: the nearest verb
/// before the figure across filler words, in the same clause.
fn verb_before(
    sentence: &str,
    view: &SentenceView,
    first_before: usize,
    lex: &Lexical,
) -> Option<String> {
    let mut next_start = view.words.get(first_before).map_or(sentence.len(), |w| w.0);
    for k in (first_before.saturating_sub(4)..first_before).rev() {
        let (s, e) = view.words[k];
        if broken(sentence, e, next_start) {
            return None;
        }
        let w = view.word(k);
        if FILLER_BEFORE.contains(&w) {
            next_start = s;
            continue;
        }
        return inflected_verb(w, lex);
    }
    None
}

/// `12 people were injured`, `six people died`, `left 12 people dead`:
/// a verb or a predicate adjective after the figure across filler words.
fn predicate_after(
    sentence: &str,
    view: &SentenceView,
    first_after: usize,
    lex: &Lexical,
) -> Option<String> {
    let mut prev_end = view.words.get(first_after)?.0;
    for k in first_after..(first_after + 5).min(view.words.len()) {
        let (s, e) = view.words[k];
        if broken(sentence, prev_end, s) {
            return None;
        }
        prev_end = e;
        let w = view.word(k);
        if FILLER_AFTER.contains(&w) || (w.ends_with("ly") && w.len() > 4) {
            continue;
        }
        // A curated adjective (`dead`, `wounded`) counts as what happened.
        if lex.curated_adjective(w) {
            return Some(format!("adj:{w}"));
        }
        if let Some(v) = inflected_verb(w, lex) {
            return Some(v);
        }
        // `800 people live there`: a base-form verb right after a count.
        let base = lex.lemmas(w, Pos::Verb);
        if k == first_after
            && base.as_slice().first() == Some(&w)
            && !lex.knows(w, Pos::Noun)
            && !LIGHT_VERBS.contains(&w)
        {
            return Some(format!("verb:{w}"));
        }
        return None;
    }
    None
}

/// `a death toll of 6`, `a population of 2,500`, `a depth of 12 miles`,
/// `a deal worth $9 million`, `the toll rose to 41`: the noun the figure
/// measures.
fn noun_measured(
    sentence: &str,
    view: &SentenceView,
    first_before: usize,
    lex: &Lexical,
) -> Option<String> {
    let mut k = first_before.checked_sub(1)?;
    let start = view.words.get(first_before).map_or(sentence.len(), |w| w.0);
    if broken(sentence, view.words[k].1, start) {
        return None;
    }
    // `a depth of just six miles`, `a crowd of about 300`.
    while k > 0
        && matches!(
            view.word(k),
            "just" | "only" | "about" | "around" | "some" | "nearly" | "almost" | "roughly"
        )
    {
        k -= 1;
    }
    let noun_at = match view.word(k) {
        // `an island, home to 120,000 people`: a population.
        "to" if k >= 1 && view.word(k - 1) == "home" => {
            return Some("noun:population".to_string());
        }
        "of" | "worth" => k.checked_sub(1)?,
        // `police put the crowd at 30,000`: an estimate of the crowd.
        "at" if k >= 2 && estimate_verb(view, k - 2) => k - 1,
        // `the death toll rose to 41`: the subject, if it is a curated
        // noun; `the toll of the blast rose to 15 workers` is counted by
        // its thing.
        "to" | "at" => {
            let verb = k.checked_sub(1)?;
            let moved = matches!(
                view.word(verb),
                "rose" | "risen" | "climbed" | "jumped" | "stood" | "stands" | "reached" | "put"
            );
            return moved
                .then(|| subject_noun(sentence, view, verb, lex))
                .flatten();
        }
        _ => return None,
    };
    if broken(sentence, view.words[noun_at].1, view.words[noun_at + 1].0) {
        return None;
    }
    let noun = view.word(noun_at);
    if QUANTIFIER_NOUNS.contains(&noun)
        || super::text::is_stopword(noun)
        || !lex.knows(noun, Pos::Noun)
    {
        return None;
    }
    if let Some(p) = noun_at.checked_sub(1) {
        let two = format!("{} {noun}", view.word(p));
        if lex.knows(&two, Pos::Noun) {
            return Some(format!("noun:{}", lex.lemma(&two, Pos::Noun)));
        }
    }
    // An inflected verb is no noun here (`killed of`).
    if noun.ends_with("ed") && lex.knows(noun, Pos::Verb) {
        return None;
    }
    Some(format!("noun:{}", lex.lemma(noun, Pos::Noun)))
}

/// The curated noun that is the subject of the verb at word `verb`
/// (`the death toll rose`), searched a few words back in its clause.
fn subject_noun(sentence: &str, view: &SentenceView, verb: usize, lex: &Lexical) -> Option<String> {
    for j in (verb.saturating_sub(8)..verb).rev() {
        if broken(sentence, view.words[j].1, view.words[j + 1].0) {
            return None;
        }
        let w = view.word(j);
        // A toll that rises to a count of people is the death toll.
        if w == "toll" {
            return Some("noun:death toll".to_string());
        }
        if j > 0 {
            let two = format!("{} {w}", view.word(j - 1));
            if lex.in_curated_group(&two, Pos::Noun) {
                return Some(format!("noun:{two}"));
            }
        }
        if lex.in_curated_group(w, Pos::Noun) {
            return Some(format!("noun:{}", lex.lemma(w, Pos::Noun)));
        }
    }
    None
}

/// Whether word `k` (or the word before it, across `the`) is a verb of
/// estimating: `put the crowd at`, `estimated the damage at`.
fn estimate_verb(view: &SentenceView, k: usize) -> bool {
    let is = |w: &str| {
        matches!(
            w,
            "put" | "puts" | "estimated" | "estimates" | "estimate" | "placed" | "places"
        )
    };
    is(view.word(k)) || (view.word(k) == "the" && k >= 1 && is(view.word(k - 1)))
}

/// `a five-year sentence`, `a 24-hour strike`: a hyphenated figure is an
/// adjective of the noun after it.
fn hyphenated_noun(
    sentence: &str,
    view: &SentenceView,
    (start, end): (usize, usize),
    first_after: usize,
    lex: &Lexical,
) -> Option<String> {
    if !sentence.get(start..end)?.contains('-') {
        return None;
    }
    let (s, _) = *view.words.get(first_after)?;
    if broken(sentence, end, s) {
        return None;
    }
    // The head of a compound is its last noun: `a 7-yard touchdown pass`.
    let is_noun = |w: &str| {
        lex.knows(w, Pos::Noun)
            && !lex.knows(w, Pos::Adj)
            && !super::text::is_stopword(w)
            && !is_modal(w)
            && w != "worth"
    };
    let mut head = None;
    for k in first_after..(first_after + 3).min(view.words.len()) {
        if k > first_after && broken(sentence, view.words[k - 1].1, view.words[k].0) {
            break;
        }
        let w = view.word(k);
        if !is_noun(w) {
            break;
        }
        head = Some(w);
    }
    head.map(|w| format!("noun:{}", lex.lemma(w, Pos::Noun)))
}

/// Modal verbs, which the noun table also knows (`will`, `can`).
fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "will" | "would" | "can" | "could" | "may" | "might" | "must" | "shall" | "should"
    )
}

/// What a payment is made in (`$281 million in cash`).
fn is_payment_part(w: &str) -> bool {
    matches!(
        w,
        "cash" | "stock" | "shares" | "equity" | "debt" | "bonds" | "loans" | "grants" | "aid"
    )
}

/// Capitalised words that name a time, not a place (`in September`).
fn is_time_name(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "christmas"
            | "easter"
    )
}

/// `in Athens`, `in the city of Thessaloniki`, `among the crew`: what
/// place or group after the figure, in its clause, restricts it.
fn place_scope(sentence: &str, view: &SentenceView, first_after: usize, out: &mut Vec<String>) {
    let mut prev_end = view.words.get(first_after).map_or(0, |w| w.0);
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

/// The capitalised words from word `k` on (`New Delhi`), lower-cased.
fn capitalized_name(sentence: &str, view: &SentenceView, k: usize) -> Option<String> {
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
fn period_scope(
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
            !(first_after..k).any(|j| broken(sentence, view.words[j].1, view.words[j + 1].0))
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
fn season_scope(view: &SentenceView, out: &mut Vec<String>) {
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
/// month, when the article has no date).
fn dated_scope(
    sentence: &str,
    view: &SentenceView,
    (first_before, first_after): (usize, usize),
    anchor: Option<jiff::civil::Date>,
    out: &mut Vec<String>,
) {
    for k in (0..view.words.len()).filter(|k| !(first_before..first_after).contains(k)) {
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

/// The years and months a whole sentence names that are not the
/// article's (see [`counted`]'s dated scope): a sentence after it that
/// starts with a pronoun (`It killed 612 people`) speaks of that period.
pub(super) fn sentence_periods(
    sentence: &str,
    view: &SentenceView,
    anchor: Option<jiff::civil::Date>,
) -> Vec<String> {
    let mut out = Vec::new();
    let none = view.words.len();
    dated_scope(sentence, view, (none, none), anchor, &mut out);
    out
}

/// Pronouns that carry a sentence's event over from the one before.
pub(super) fn starts_with_pronoun(view: &SentenceView) -> bool {
    !view.words.is_empty() && matches!(view.word(0), "it" | "that" | "this" | "they" | "these")
}

/// Adds scopes to a figure's keys, kept sorted and once each.
pub(super) fn add_scopes(counted: &mut Counted, scopes: &[String]) {
    counted.scope.extend(scopes.iter().cloned());
    counted.scope.sort();
    counted.scope.dedup();
}

/// A month's number, for the month names that are no common word (`may`
/// and `march` are left out).
fn month_number(w: &str) -> Option<i8> {
    let m = match w {
        "january" => 1,
        "february" => 2,
        "april" => 4,
        "june" => 6,
        "july" => 7,
        "august" => 8,
        "september" => 9,
        "october" => 10,
        "november" => 11,
        "december" => 12,
        _ => return None,
    };
    Some(m)
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

#[cfg(test)]
mod tests;
