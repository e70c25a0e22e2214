//! What a bare figure counts by the words around it: a counting verb
//! (`killed 12`, `50 were injured`) or a counting noun (`a staff of 350`).

use crate::claims::SentenceView;
use crate::quantity::QuantityExpr;

/// Verbs that say what a bare number counts (`has killed some 400,000`).
pub(super) const COUNTING_VERBS: &[&str] = &[
    "killed",
    "injured",
    "wounded",
    "dead",
    "died",
    "displaced",
    "evacuated",
    "arrested",
    "missing",
    "affected",
    "employed",
    "sold",
    "lost",
    "raised",
    "won",
    "earned",
    "cost",
    "fired",
    "hired",
    "grossed",
    "convicted",
    "rescued",
];

/// The counting verb a word is a form of (`injuring` → `injured`, `dies`
/// → `died`), through the lexical tables' lemmas.
pub(super) fn counting_verb(word: &str) -> Option<&'static str> {
    use crate::lexical::{Lexical, Pos};
    use std::sync::LazyLock;
    if let Some(&w) = COUNTING_VERBS.iter().find(|&&v| v == word) {
        return Some(w);
    }
    // Only another inflection of a listed verb can be one (`injuring`,
    // `dies`, `killing`): most words are not looked up.
    if !(word.ends_with("ing") || word.ends_with('s') || word.ends_with("ed")) {
        return None;
    }
    static BY_LEMMA: LazyLock<std::collections::HashMap<String, &'static str>> =
        LazyLock::new(|| {
            let lex = Lexical::embedded();
            COUNTING_VERBS
                .iter()
                .rev()
                .map(|&v| (lex.lemma(v, Pos::Verb).into_owned(), v))
                .collect()
        });
    let lex = Lexical::embedded();
    let lemmas = lex.lemmas(word, Pos::Verb);
    let lemma = *lemmas.as_slice().first()?;
    BY_LEMMA.get(lemma).copied()
}

/// Nouns before a bare number that say what it counts: `a population of
/// 2,500`, `a staff of more than 350`, `the death toll rose to 10`.
pub(super) const COUNTED_BY: &[&str] = &[
    "population",
    "staff",
    "workforce",
    "crowd",
    "toll",
    "attendance",
    "enrollment",
    "enrolment",
    "membership",
    "headcount",
];

/// The counting verb that says what a bare figure counts: before it
/// (`has killed some 400,000`), not across a conjunction or a relative
/// pronoun; or after it, through auxiliaries (`50 were injured`).
pub(super) fn verb_of(sentence: &str, view: &SentenceView, q: &QuantityExpr) -> Option<String> {
    // Not across a conjunction: in `24 dead and over 200 injured` the 200
    // are not dead (the verb after says what); nor across a relative
    // pronoun: in `the women killed, who were 61` the 61 is no count of
    // the killed.
    let verb = view
        .words_before(q.start)
        .take(3)
        .take_while(|w| {
            !matches!(
                *w,
                "and" | "or" | "but" | "while" | "who" | "whom" | "whose" | "which"
            )
        })
        .find_map(counting_verb)
        .map(str::to_string);
    verb.or_else(|| {
        // `50 were injured`, `Seven of the men have been convicted`.
        let after = crate::segment::words(&sentence[q.end..]).take(4);
        let mut aux = true;
        after
            .map(|(_, w)| w.to_ascii_lowercase())
            .find(|w| {
                let hit = aux && COUNTING_VERBS.contains(&w.as_str());
                aux = aux
                    && matches!(
                        w.as_str(),
                        "were" | "was" | "are" | "have" | "has" | "had" | "been"
                    );
                hit
            })
            .filter(|_| q.unit.is_none())
    })
}

/// The counting noun in the few words before a bare figure at `start`
/// (`a population of 2,500`), or the one that rose to it across a
/// prepositional phrase (`the death toll from the quake in the northern
/// province rose to nine`).
pub(super) fn counted_by(sentence: &str, view: &SentenceView, start: usize) -> Option<String> {
    view.words_before(start)
        .take(4)
        .find(|w| COUNTED_BY.contains(w))
        .map(str::to_string)
        .or_else(|| tally_subject(sentence, view, start))
}

/// Verbs by which a tally reaches a figure (`rose to`, `stands at`).
const TALLY_VERBS: &[&str] = &[
    "rose", "risen", "rises", "climbed", "climbs", "jumped", "stood", "stands", "reached",
];

/// How far back the subject of a tally verb is looked for.
const TALLY_REACH: usize = 12;

/// The counting noun that is the subject of `rose to` / `stands at` right
/// before a figure at `start`: searched back across its prepositional
/// phrase, never across punctuation, a conjunction or a relative pronoun.
fn tally_subject(sentence: &str, view: &SentenceView, start: usize) -> Option<String> {
    let n = view.words.partition_point(|&(_, e)| e <= start);
    let prep = n.checked_sub(1)?;
    let verb = prep.checked_sub(1)?;
    let linked = match view.word(prep) {
        "to" => true,
        "at" => matches!(view.word(verb), "stood" | "stands"),
        _ => false,
    };
    if !linked || !TALLY_VERBS.contains(&view.word(verb)) {
        return None;
    }
    for j in (verb.saturating_sub(TALLY_REACH)..verb).rev() {
        let gap = (view.words[j].1, view.words[j + 1].0);
        let w = view.word(j);
        if super::super::counted::broken(sentence, gap.0, gap.1) || clause_word(w) {
            return None;
        }
        if COUNTED_BY.contains(&w) {
            return Some(w.to_string());
        }
    }
    None
}

/// Words that open another clause: a tally's subject is never behind one.
pub(in crate::claims) fn clause_word(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "but"
            | "while"
            | "who"
            | "whom"
            | "whose"
            | "which"
            | "that"
            | "as"
            | "when"
            | "after"
            | "before"
            | "since"
            | "because"
            | "said"
            | "says"
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_verb_before_a_figure_stops_at_a_conjunction() {
        let class = |text: &str, figure: &str| {
            crate::claims::claims_of(text, Some("2024-05-02"))
                .into_iter()
                .find(|c| {
                    c.kind == crate::claims::ClaimKind::Quantity
                        && text[c.span.clone()].contains(figure)
                })
                .map(|c| c.subject.class)
                .unwrap_or_else(|| panic!("no figure {figure:?} in {text:?}"))
        };
        let s = "The quake left 24 dead and over 200 injured.";
        assert_eq!(class(s, "200"), "injured");
        assert_eq!(class(s, "24"), "dead");
        assert_eq!(
            class("The blast killed 12 and injured 40.", "40"),
            "injured"
        );
        assert_eq!(class("The blast killed 12, police said.", "12"), "killed");
    }

    /// The class of the bare figure `figure` in `text`, if it is a claim.
    fn bare_class(text: &str, figure: &str) -> Option<String> {
        crate::claims::claims_of(text, Some("2024-05-02"))
            .into_iter()
            .find(|c| {
                c.kind == crate::claims::ClaimKind::Quantity
                    && text[c.span.clone()].contains(figure)
            })
            .map(|c| c.subject.class.to_string())
    }

    #[test]
    fn a_toll_rises_to_its_figure_across_a_prepositional_phrase() {
        let s =
            "The death toll from Monday's landslide in the Varnok hill district rose to eleven.";
        assert_eq!(bare_class(s, "eleven").as_deref(), Some("toll"));
        let s = "The toll from the storm on the northern coast now stands at 23.";
        assert_eq!(bare_class(s, "23").as_deref(), Some("toll"));
    }

    #[test]
    fn a_tally_verb_reaches_no_noun_behind_a_clause_or_a_comma() {
        let s = "A crowd gathered on the bank as the river in the valley rose to 9.";
        assert_eq!(bare_class(s, "9"), None);
        let s = "The toll was unclear, and the water behind the dam rose to 14.";
        assert_eq!(bare_class(s, "14"), None);
        let s = "The toll, officials said, was high; the river level later rose to 6.";
        assert_eq!(bare_class(s, "6"), None);
    }
}
