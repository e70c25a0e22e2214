//! The predicate of a figure: the verb or noun that says what was done or
//! measured (`killed at least 6`, `12 people were injured`, `a depth of
//! 12 miles`, `a five-year sentence`).

use super::keeping::{held_captive, keeping_verb, kept_people, present_verb, KEEP};
use super::{broken, SentenceView};
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
    "other",
    "additional",
    "further",
    "extra",
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
/// including (`said 12 people were hurt` is counted by `hurt`). `hold`
/// keeps only after people ([`keeping_verb`]).
pub(super) const LIGHT_VERBS: &[&str] = &[
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

/// Whether a noun quantifies rather than names what is measured (`a
/// total of`, `a share of`).
pub(super) fn is_quantifier_noun(noun: &str) -> bool {
    QUANTIFIER_NOUNS.contains(&noun)
}

/// The verb lemma of an inflected verb form the tables know (`killed`,
/// `killing`, `stole`), unless it is a light verb.
pub(super) fn inflected_verb(word: &str, lex: &Lexical) -> Option<String> {
    let lemmas = lex.lemmas(word, Pos::Verb);
    let lemma = *lemmas.as_slice().first()?;
    // `-ed`, `-ing` or an irregular form (`stole`); not `-s`, which is
    // mostly a plural noun (`homes`, `arrests`).
    let inflected = crate::claims::text::inflected_form(word, lemma);
    (inflected && !LIGHT_VERBS.contains(&lemma)).then(|| format!("verb:{lemma}"))
}

/// Whether a word is an inflected form of a light verb (`was`, `held`,
/// `said`): a verb that says nothing of what is counted.
pub(super) fn light_verb_form(word: &str, lex: &Lexical) -> bool {
    lex.lemmas(word, Pos::Verb)
        .as_slice()
        .first()
        .is_some_and(|lemma| LIGHT_VERBS.contains(lemma) && lemma != &word)
}

/// `killed at least 6`, `sentenced to seven years`: the nearest verb
/// before the figure across filler words, in the same clause.
pub(super) fn verb_before(
    sentence: &str,
    view: &SentenceView,
    first_before: usize,
    lex: &Lexical,
) -> Option<String> {
    for k in words_back_in_clause(sentence, view, first_before, 4) {
        let w = view.word(k);
        if let Some(verb) = phrasal_verb(sentence, view, k, lex) {
            return Some(verb);
        }
        if FILLER_BEFORE.contains(&w) {
            continue;
        }
        return keeping_verb(sentence, view, k, lex)
            .or_else(|| inflected_verb(w, lex))
            .or_else(|| present_verb(sentence, view, k, lex));
    }
    None
}

/// Adverb particles of phrasal verbs (`called in`, `rounded up`, `made
/// off with`).
const PARTICLES: &[&str] = &["in", "up", "off", "out", "away", "down"];

/// `rounded up 40`, `called in an additional six`, `made off with $2
/// million`: word `k` is a particle (or `with` after one) right after an
/// inflected verb, and the two words are a verb the tables know (`round
/// up`, `call in`, `make off`); that verb is the predicate. A light verb
/// (`rose up 40 percent`) makes one only before `with` (`made off with`:
/// not `make`).
pub(super) fn phrasal_verb(
    sentence: &str,
    view: &SentenceView,
    k: usize,
    lex: &Lexical,
) -> Option<String> {
    let particle = match view.word(k) {
        "with" => k.checked_sub(1)?,
        _ => k,
    };
    let verb = particle.checked_sub(1)?;
    let p = view.word(particle);
    if !PARTICLES.contains(&p) || broken(sentence, view.words[verb].1, view.words[k].0) {
        return None;
    }
    let w = view.word(verb);
    let lemmas = lex.lemmas(w, Pos::Verb);
    let lemma = *lemmas.as_slice().first()?;
    let phrase = format!("{lemma} {p}");
    let light = LIGHT_VERBS.contains(&lemma) && particle == k;
    (!light && crate::claims::text::inflected_form(w, lemma) && lex.knows(&phrase, Pos::Verb))
        .then(|| format!("verb:{}", super::particles::keyed_verb(&phrase)))
}

/// The words before word `first_before`, nearest first, at most `reach`
/// of them, up to a break in the clause (see `broken`).
pub(super) fn words_back_in_clause<'v>(
    sentence: &'v str,
    view: &'v SentenceView,
    first_before: usize,
    reach: usize,
) -> impl Iterator<Item = usize> + 'v {
    let mut next_start = view.words.get(first_before).map_or(sentence.len(), |w| w.0);
    (first_before.saturating_sub(reach)..first_before)
        .rev()
        .map_while(move |k| {
            let (s, e) = view.words[k];
            if broken(sentence, e, next_start) {
                return None;
            }
            next_start = s;
            Some(k)
        })
}

/// How many words before an offset (`nine days earlier`, `three weeks
/// ago`) its verb is looked for.
const OFFSET_REACH: usize = 8;

/// `suffered a heart attack nine days earlier`, `was wed about three
/// weeks ago`: the nearest verb before an offset in its clause, which
/// says what happened that long before or after; `None` when that verb
/// is a light one (`left two days later`) or the clause has none.
pub(super) fn offset_verb(
    sentence: &str,
    view: &SentenceView,
    first_before: usize,
    lex: &Lexical,
) -> Option<String> {
    for k in words_back_in_clause(sentence, view, first_before, OFFSET_REACH) {
        let w = view.word(k);
        let previous = k.checked_sub(1).map_or("", |j| view.word(j));
        if crate::claims::text::invariant_participle(previous, w) {
            return Some(format!("verb:{w}"));
        }
        let lemmas = lex.lemmas(w, Pos::Verb);
        let Some(&lemma) = lemmas.as_slice().first() else {
            continue;
        };
        if crate::claims::text::inflected_form(w, lemma) {
            let back = view.words.get(k + 1).is_some() && view.word(k + 1) == "back";
            if back && MOTION_VERBS.contains(&lemma) {
                return Some(RETURN.to_string());
            }
            return (!LIGHT_VERBS.contains(&lemma)).then(|| format!("verb:{lemma}"));
        }
    }
    None
}

/// Verbs of going somewhere that, followed by `back`, say that someone
/// returned (`moved back`, `came back`, `flew back`).
const MOTION_VERBS: &[&str] = &[
    "move", "come", "go", "head", "fly", "drive", "walk", "sail", "travel",
];

/// The predicate of going back somewhere: returning.
const RETURN: &str = "verb:return";

/// `12 people were injured`, `six people died`, `left 12 people dead`:
/// a verb or a predicate adjective after the figure across filler words,
/// and across one short place phrase (`two cables in the Mediterranean
/// were cut`).
pub(super) fn predicate_after(
    sentence: &str,
    view: &SentenceView,
    first_after: usize,
    lex: &Lexical,
) -> Option<String> {
    let mut prev_end = view.words.get(first_after)?.0;
    let mut reach = first_after + 5;
    let mut in_phrase = false;
    let mut phrase_words = 0;
    let mut k = first_after;
    while k < reach.min(view.words.len()) {
        let (s, e) = view.words[k];
        if broken(sentence, prev_end, s) {
            return None;
        }
        prev_end = e;
        let w = view.word(k);
        let at = k;
        k += 1;
        if FILLER_AFTER.contains(&w) || (w.ends_with("ly") && w.len() > 4) {
            continue;
        }
        // A curated adjective (`dead`, `wounded`) counts as what happened.
        if lex.curated_adjective(w) {
            return Some(format!("adj:{w}"));
        }
        if kept_people(view, first_after, w, lex) || held_captive(view, at) {
            return Some(KEEP.to_string());
        }
        if let Some(v) = inflected_verb(w, lex) {
            // `40 suspects were rounded up`: a particle verb the tables
            // know is the two words, as before a figure; `in` after the
            // figure's verb is a preposition (`living in`, `killed in`).
            if let Some(p) = (k < view.words.len() && view.word(k) != "in")
                .then(|| phrasal_verb(sentence, view, k, lex))
                .flatten()
            {
                return Some(p);
            }
            if v == LIVE {
                return resides(sentence, view, k, lex).then(|| RESIDE.to_string());
            }
            // `suffered severe damage`: the noun the support verb carries
            // says what happened (`were damaged`).
            let support = v
                .strip_prefix("verb:")
                .is_some_and(|lemma| SUPPORT_VERBS.contains(&lemma));
            return support
                .then(|| noun_carried(sentence, view, k, lex))
                .flatten()
                .or(Some(v));
        }
        // `in the Mediterranean`, `at the scene`: one short phrase of place
        // right after the counted words, skipped up to the verb.
        if at == first_after && PHRASE_PREPOSITIONS.contains(&w) {
            in_phrase = true;
            reach += PHRASE_WORDS;
            continue;
        }
        if in_phrase && phrase_words < PHRASE_WORDS {
            phrase_words += 1;
            continue;
        }
        // `800 people live there`: a base-form verb right after a count.
        let base = lex.lemmas(w, Pos::Verb);
        if at == first_after
            && base.as_slice().first() == Some(&w)
            && !lex.knows(w, Pos::Noun)
            && !LIGHT_VERBS.contains(&w)
        {
            if w == "live" {
                return resides(sentence, view, k, lex).then(|| RESIDE.to_string());
            }
            return Some(format!("verb:{w}"));
        }
        return None;
    }
    None
}

/// The predicate of people living somewhere: residing, which the curated
/// tables count with a population and residents.
const RESIDE: &str = "verb:reside";

/// `live`, which WordNet puts with `inhabit` (and so with a population)
/// whatever follows it: only living somewhere is residing ([`resides`]);
/// `live in poverty`, `living with HIV` say nothing the tables key.
const LIVE: &str = "verb:live";

/// Whether the words from `k` on, right after a form of `live`, say where
/// someone lives: `there`, `here`, or `in`/`on`/`at`/`near` and (after
/// `the`) a name or a noun whose first sense is a place, a community or a
/// landform (`in the village`, `on the island`, `in Tarvos`). Not `in
/// poverty`, `with HIV`, `on less than $2 a day`, nor a place named by
/// what befell it (`in the affected area`): those count something else
/// than the people of a place.
pub(super) fn resides(sentence: &str, view: &SentenceView, k: usize, lex: &Lexical) -> bool {
    use crate::lexical::Lexname;
    let joined = |j: usize| {
        j > 0 && j < view.words.len() && !broken(sentence, view.words[j - 1].1, view.words[j].0)
    };
    if !joined(k) {
        return false;
    }
    match view.word(k) {
        "there" | "here" => return true,
        "in" | "on" | "at" | "near" => {}
        _ => return false,
    }
    let mut j = k + 1;
    if j < view.words.len() && matches!(view.word(j), "the" | "this" | "that") {
        j += 1;
    }
    // `in southeastern British Columbia`: a bearing before a name.
    if j < view.words.len() && is_compass_adjective(view.word(j)) {
        j += 1;
    }
    if !joined(j) {
        return false;
    }
    let (s, e) = view.words[j];
    if sentence[s..e].starts_with(char::is_uppercase) {
        return true;
    }
    let w = view.word(j);
    lex.knows(w, Pos::Noun)
        && matches!(
            lex.first_lexname(&lex.lemma(w, Pos::Noun)),
            Some(Lexname::NOUN_LOCATION | Lexname::NOUN_GROUP | Lexname::NOUN_OBJECT)
        )
}

/// The noun a support verb carries (`suffered severe damage`, `sustained
/// serious injuries`), from word `k` on across adjectives:
/// `noun:damage`, `noun:injury`.
fn noun_carried(sentence: &str, view: &SentenceView, k: usize, lex: &Lexical) -> Option<String> {
    let mut prev_end = view.words.get(k.checked_sub(1)?)?.1;
    for j in k..(k + 3).min(view.words.len()) {
        let (s, e) = view.words[j];
        if broken(sentence, prev_end, s) {
            return None;
        }
        prev_end = e;
        let w = view.word(j);
        if lex.knows(w, Pos::Adj) || matches!(w, "a" | "an" | "the" | "some") {
            continue;
        }
        return lex
            .knows(w, Pos::Noun)
            .then(|| format!("noun:{}", lex.lemma(w, Pos::Noun)));
    }
    None
}

/// Verbs that carry a noun saying what happened (`suffered damage`,
/// `sustained injuries`, `underwent surgery`).
const SUPPORT_VERBS: &[&str] = &["suffer", "sustain", "receive", "undergo", "incur"];

/// Prepositions of a short phrase between counted words and their verb
/// (`two cables in the Mediterranean were cut`, `40 homes near the river
/// flooded`).
const PHRASE_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "near", "off", "inside", "outside", "across", "along", "around",
];

/// How many words after the figure's phrase preposition the verb is
/// looked for.
const PHRASE_WORDS: usize = 4;

/// Whether the figure starting at word `first_before + 1` follows a
/// word of value (`worth`, `valued at`, `priced at`), across a hedge
/// (`worth roughly $7.4bn`): the sum is the value of the noun before.
pub(super) fn after_value_word(view: &SentenceView, first_before: usize) -> bool {
    let Some(mut k) = first_before.checked_sub(1) else {
        return false;
    };
    while k > 0 && HEDGES_BEFORE_VALUE.contains(&view.word(k)) {
        k -= 1;
    }
    match view.word(k) {
        "worth" => true,
        "at" => k >= 1 && matches!(view.word(k - 1), "valued" | "priced"),
        _ => false,
    }
}

/// Hedges between a word of value and its sum (`worth about $9 million`).
const HEDGES_BEFORE_VALUE: &[&str] = &[
    "just",
    "only",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "roughly",
    "an",
    "estimated",
];

/// `a death toll of 6`, `a population of 2,500`, `a depth of 12 miles`,
/// `a deal worth $9 million`, `the toll rose to 41`: the noun the figure
/// measures.
pub(super) fn noun_measured(
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
        // `sentences ranging from 7 to 75 years`: the noun that ranges.
        "from" | "between"
            if k >= 2 && matches!(view.word(k - 1), "ranging" | "ranged" | "varying") =>
        {
            k - 2
        }
        // `police put the crowd at 30,000`: an estimate of the crowd.
        "at" if k >= 2 && estimate_verb(view, k - 2) => k - 1,
        // `paintings valued at $40 million`: the value of the paintings.
        "at" if k >= 2 && matches!(view.word(k - 1), "valued" | "priced") => k - 2,
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
        || crate::claims::text::is_stopword(noun)
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
    // Past eight words only a toll is looked for, across its
    // prepositional phrase (`the death toll from the quake in the
    // northern province rose to nine`).
    let near = verb.saturating_sub(8);
    for j in (verb.saturating_sub(12)..verb).rev() {
        if broken(sentence, view.words[j].1, view.words[j + 1].0) {
            return None;
        }
        let w = view.word(j);
        // A toll that rises to a count of people is the death toll.
        if w == "toll" {
            return Some("noun:death toll".to_string());
        }
        if j < near {
            if crate::claims::quantity::clause_word(w) {
                return None;
            }
            continue;
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
pub(super) fn hyphenated_noun(
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
            && !crate::claims::text::is_stopword(w)
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

/// `$60 million worth of paintings`: an amount of money followed by
/// what it is the value of, the head of the noun phrase after `worth
/// of` (`diamond rings` → `ring`). (`$5 million in cash` is a scope:
/// see `scope::qualifier_scope`.)
pub(super) fn value_of(
    sentence: &str,
    view: &SentenceView,
    (end, first_after): (usize, usize),
    lex: &Lexical,
) -> Option<String> {
    let (s, _) = *view.words.get(first_after)?;
    if broken(sentence, end, s) || view.word(first_after) != "worth" {
        return None;
    }
    let from = first_after + 2;
    if view.words.len() <= from || view.word(first_after + 1) != "of" {
        return None;
    }
    let mut head = None;
    for k in from..(from + 3).min(view.words.len()) {
        if broken(sentence, view.words[k - 1].1, view.words[k].0) {
            break;
        }
        let w = view.word(k);
        let noun = lex.knows(w, Pos::Noun)
            && !crate::claims::text::is_stopword(w)
            && !w.starts_with(|c: char| c.is_ascii_digit());
        if !noun {
            break;
        }
        head = Some(w);
    }
    Some(format!("noun:{}", lex.lemma(head?, Pos::Noun)))
}

/// `northern`, `southeastern`, `central`: where in a place, before its name.
fn is_compass_adjective(w: &str) -> bool {
    w == "central"
        || ["north", "south", "east", "west"]
            .iter()
            .any(|d| w.strip_suffix("ern").is_some_and(|r| r.ends_with(d)))
}
