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
/// (`a population of 2,500`).
pub(super) fn counted_by(view: &SentenceView, start: usize) -> Option<String> {
    view.words_before(start)
        .take(4)
        .find(|w| COUNTED_BY.contains(w))
        .map(str::to_string)
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
}
