//! Games: a score after a result word, with the two sides named.
//!
//! Read only in fixed constructions (`words` names the words): `WINNER
//! beat LOSER[,] 31-24`, `LOSER lost to WINNER 98-95`, `LOSER lost 98-95
//! to WINNER`, `LOSER was beaten by WINNER 3-1`, `WINNER won 3-1
//! over|against LOSER`, and `a 20-13 victory over LOSER` / `a 66-51 loss
//! to WINNER`, whose other side is the name that opens the clause. A score
//! in brackets (a record), three numbers (`4-2-1`), a score next to a
//! word of a part or a record (`led 14-7 at halftime`), or a sentence about
//! another game (`also`, `last season`) is never read.

use super::tokens::{name_ending, name_starting, score_of, skip_parens_back, Tok};
use super::words::ResultWords;
use super::Found;
use std::ops::Range;

/// The games of one sentence.
pub(super) fn games(
    sentence: &str,
    toks: &[Tok],
    w: &ResultWords,
    is_person: &dyn Fn(Range<usize>) -> bool,
) -> Vec<Found> {
    let lower = sentence.to_lowercase();
    if title_case(toks) || w.other_game.iter().any(|p| has_phrase(&lower, p)) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        let Some(score) = score_of(t.text) else {
            continue;
        };
        if t.depth > 0 || score[0] == score[1] || !lone_score(toks, k, w) {
            continue;
        }
        let found = before_score(toks, k, w).or_else(|| noun_after_score(toks, k, w, is_person));
        if let Some((winner, loser, inferred)) = found {
            let side = |r: (usize, usize)| super::tokens::span_text(sentence, toks, r).to_string();
            out.push(Found {
                game: true,
                winner: side(winner),
                loser: side(loser),
                score: [score[0].max(score[1]), score[0].min(score[1])],
                span: t.start..t.end,
                inferred,
                key: String::new(),
            });
        }
    }
    out
}

/// Whether a sentence is written in title case (a headline: `Colts
/// Clinch Berth With Win Over Jaguars`): its capitals say nothing of names.
fn title_case(toks: &[Tok]) -> bool {
    let words: Vec<&Tok> = toks
        .iter()
        .filter(|t| t.text.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let caps = words.iter().filter(|t| t.capitalised()).count();
    words.len() >= 4 && caps * 4 >= words.len() * 3
}

/// Whether `phrase` occurs in `lower` as whole words.
pub(super) fn has_phrase(lower: &str, phrase: &str) -> bool {
    lower.match_indices(phrase).any(|(i, _)| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A score standing alone: no other score right after it (`6-4, 6-3` are
/// sets), no word of a part or a record among the three words around it.
fn lone_score(toks: &[Tok], k: usize, w: &ResultWords) -> bool {
    let after_comma = toks.get(k + 1).is_some_and(|t| t.is(","))
        && toks.get(k + 2).is_some_and(|t| score_of(t.text).is_some());
    if after_comma {
        return false;
    }
    let lo = k.saturating_sub(3);
    let hi = (k + 4).min(toks.len());
    !(lo..hi).any(|j| {
        let l = toks[j].lower();
        w.near_score.contains(&l) || l.split('-').any(|part| w.near_score.contains(part))
    })
}

type Sides = ((usize, usize), (usize, usize), bool);

/// `WINNER beat LOSER, 31-24`, `LOSER lost to WINNER 98-95`, `LOSER was
/// beaten by WINNER 3-1`, `LOSER lost 98-95 to WINNER`, `WINNER won 3-1
/// over LOSER`, `LOSER was beaten 3-1 by WINNER`.
fn before_score(toks: &[Tok], k: usize, w: &ResultWords) -> Option<Sides> {
    // The verb right before the score: `lost 98-95 to X`, `won 3-1 over X`,
    // `beaten 3-1 by X`.
    if k >= 1 {
        let v = toks[k - 1].lower();
        let next = toks.get(k + 1).map(Tok::lower).unwrap_or_default();
        let after = || name_after(toks, k + 2, w);
        if w.lose_verbs.contains(&v) && w.lose_to.contains(&next) {
            let loser = subject_before(toks, k - 1)?;
            return Some((after()?, loser, false));
        }
        if w.won_verbs.contains(&v) && w.win_preps.contains(&next) {
            let winner = subject_before(toks, k - 1)?;
            return Some((winner, after()?, false));
        }
        if w.passive_verbs.contains(&v) && next == "by" && passive_aux(toks, k - 1) {
            let loser = subject_before(toks, k - 2)?;
            return Some((after()?, loser, false));
        }
    }
    // `VERB [the visiting] NAME [(7-2)] [,] [by] SCORE`.
    let mut j = k;
    if j > 0 && toks[j - 1].is("by") {
        j -= 1;
    }
    if j > 0 && toks[j - 1].is(",") {
        j -= 1;
    }
    j = skip_parens_back(toks, j);
    let object = name_ending(toks, j.checked_sub(1)?)?;
    let v = skip_modifiers_back(toks, object.0, w)?;
    let verb = toks[v].lower();
    if w.win_verbs.contains(&verb) {
        return Some((subject_before(toks, v)?, object, false));
    }
    let before = v
        .checked_sub(1)
        .map(|p| toks[p].lower())
        .unwrap_or_default();
    if w.lose_to.contains(&verb) && w.lose_verbs.contains(&before) {
        return Some((object, subject_before(toks, v - 1)?, false));
    }
    if verb == "by" && w.passive_verbs.contains(&before) && passive_aux(toks, v - 1) {
        return Some((object, subject_before(toks, v - 2)?, false));
    }
    None
}

/// Whether the participle at `p` follows `was`, `were`, `is`, `are`, `been`.
fn passive_aux(toks: &[Tok], p: usize) -> bool {
    p >= 1
        && matches!(
            toks[p - 1].lower().as_str(),
            "was" | "were" | "is" | "are" | "been" | "be" | "being"
        )
}

/// The name after the result word and its modifiers, from token `at`.
fn name_after(toks: &[Tok], at: usize, w: &ResultWords) -> Option<(usize, usize)> {
    let mut j = at;
    while toks.get(j).is_some_and(|t| modifier(toks, j, t, w)) {
        j += 1;
    }
    name_starting(toks, j)
}

/// Whether token `j` is a word skipped before a side's name: a listed
/// modifier, a hyphenated word in lower case (`third-ranked`), a ranking
/// (`No. 5`, `#5`, the number after them).
fn modifier(toks: &[Tok], j: usize, t: &Tok, w: &ResultWords) -> bool {
    let l = t.lower();
    if w.side_modifiers.contains(&l) || l == "no." || l == "#" {
        return true;
    }
    if l.contains('-') && t.text.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    let ranking = j >= 1 && (toks[j - 1].is("no.") || toks[j - 1].is("#"));
    ranking && l.bytes().all(|b| b.is_ascii_digit())
}

/// The index of the word before `first` once modifiers are skipped.
fn skip_modifiers_back(toks: &[Tok], first: usize, w: &ResultWords) -> Option<usize> {
    let mut j = first.checked_sub(1)?;
    while modifier(toks, j, &toks[j], w) {
        j = j.checked_sub(1)?;
    }
    Some(j)
}

/// The subject right before the verb at `v`: a name, with a record in
/// brackets, an adverb (`ultimately`) or `to` (`helped X to beat`) between.
fn subject_before(toks: &[Tok], v: usize) -> Option<(usize, usize)> {
    let mut j = v;
    while j > 0 {
        let p = &toks[j - 1];
        let l = p.lower();
        if adverb(p) || l == "to" || l == "then" {
            j -= 1;
        } else {
            break;
        }
    }
    j = skip_parens_back(toks, j);
    name_ending(toks, j.checked_sub(1)?)
}

/// Nouns in `-ly` that are no adverbs.
const LY_NOUNS: &[&str] = &[
    "rally", "ally", "family", "assembly", "supply", "reply", "belly", "italy", "july", "daily",
    "fly", "holy",
];

/// Whether a token is an adverb in `-ly` (`ultimately`).
fn adverb(t: &Tok) -> bool {
    let l = t.lower();
    l.ends_with("ly") && t.text.chars().all(char::is_lowercase) && !LY_NOUNS.contains(&l.as_str())
}

/// `a 20-13 victory over LOSER`, `a 66-51 loss to WINNER`: the other side
/// is the nearest name before, in the same clause (inferred: weak).
fn noun_after_score(
    toks: &[Tok],
    k: usize,
    w: &ResultWords,
    is_person: &dyn Fn(Range<usize>) -> bool,
) -> Option<Sides> {
    let noun = toks.get(k + 1)?.lower();
    let prep = toks.get(k + 2)?.lower();
    let won = w.win_nouns.contains(&noun) && w.win_preps.contains(&prep);
    let lost = w.loss_nouns.contains(&noun) && w.loss_preps.contains(&prep);
    if !won && !lost {
        return None;
    }
    let named = name_after(toks, k + 3, w)?;
    // `the Owls' 88-72 win over Tennessee`: the side is named right before.
    let own = possessor(toks, k);
    let other = own.or_else(|| clause_name_before(toks, k, is_person))?;
    let inferred = own.is_none();
    Some(if won {
        (other, named, inferred)
    } else {
        (named, other, inferred)
    })
}

/// The side whose result a score is, written as a possessive right
/// before it: `Harlan's 20-13 win`, `the Owls' 88-72 win`.
fn possessor(toks: &[Tok], k: usize) -> Option<(usize, usize)> {
    let p = k.checked_sub(1)?;
    let t = &toks[p];
    if t.text.ends_with("'s") || t.text.ends_with("’s") {
        return name_ending(toks, p);
    }
    let quote = t.is("'") || t.is("’");
    let before = p.checked_sub(1)?;
    (quote && toks[before].text.ends_with('s') && toks[before].end == t.start)
        .then(|| name_ending(toks, before))
        .flatten()
}

/// Whether the name starting at token `first` follows a preposition or a
/// possessive (`in the AFC playoffs`, `its Big East slate`): it then
/// qualifies a noun and names no side.
fn modifies_noun(toks: &[Tok], first: usize) -> bool {
    let mut j = first;
    if j >= 1 && toks[j - 1].is("the") {
        j -= 1;
    }
    j >= 1
        && matches!(
            toks[j - 1].lower().as_str(),
            "in" | "of" | "at" | "for" | "from" | "into" | "its" | "his" | "her" | "their"
        )
}

/// Words that end a clause looking back from a result noun.
const CLAUSE_ENDS: &[&str] = &[
    ",", ";", ":", "—", "“", "”", "\"", "which", "who", "whose", "that", "but", "and", "while",
    "when", "as", "because", "said",
];

/// The nearest name before token `k` within its clause (at most 16
/// tokens back; not inside brackets) that may be a side: not a person
/// the article names, unless `the` comes before it (`the Tar Heels`).
fn clause_name_before(
    toks: &[Tok],
    k: usize,
    is_person: &dyn Fn(Range<usize>) -> bool,
) -> Option<(usize, usize)> {
    let lo = k.saturating_sub(16);
    let mut j = k;
    while j > lo {
        j -= 1;
        let t = &toks[j];
        if CLAUSE_ENDS.contains(&t.lower().as_str()) {
            return None;
        }
        if t.is(")") {
            let open = skip_parens_back(toks, j + 1);
            if open > j {
                return None;
            }
            j = open;
            continue;
        }
        if let Some(name) = name_ending(toks, j) {
            let the = name.0 >= 1 && toks[name.0 - 1].is("the");
            if !modifies_noun(toks, name.0)
                && (the || !is_person(toks[name.0].start..toks[name.1].end))
            {
                return Some(name);
            }
            j = name.0;
        }
    }
    None
}
