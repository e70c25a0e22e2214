//! What a share is a share of: `80 percent of its services`, `half of
//! the company's sales`, `up to 70 per cent of services`. The noun after
//! `of` (the base) is what the percentage counts, so two shares of one
//! base compare and shares of different bases (`of its services`, `of
//! its staff`) never do; a capitalised owner before the base (`of
//! Ferrin's services`) is a soft scope ([`SHARE_OWNER`]): two different
//! owners disagree, an owner only one figure names does not.

use super::{broken, is_figure, SentenceView};
use crate::lexical::{Lexical, Pos};

/// The scope prefix of a share's owner (`owner ferrin`).
pub(crate) const SHARE_OWNER: &str = "owner ";

/// Words between `of` and the base that name no owner: articles and
/// possessive pronouns (`of its sales`, `of the services`).
const DETERMINERS: &[&str] = &[
    "the", "its", "their", "his", "her", "our", "your", "this", "that", "these", "those", "all",
];

/// How many words after the determiner the base or an owner's
/// possessive may lie (`of the Tarn paper mill's revenue`).
const REACH: usize = 4;

/// The base of a share and its owner, if any: the last noun of the noun
/// run after `of` (past a determiner and a possessive, `of the company's
/// sales` is `sale`), as the tables' lemma; the owner when the possessive
/// is a capitalised name (`of Ferrin's services`: `ferrin`). `end` is the
/// figure's end, `first_after` its first word after.
pub(super) fn share_base(
    sentence: &str,
    view: &SentenceView,
    (end, first_after): (usize, usize),
    lex: &Lexical,
) -> Option<(String, Option<String>)> {
    let n = view.words.len();
    let &(s, _) = view.words.get(first_after)?;
    if view.word(first_after) != "of" || broken(sentence, end, s) {
        return None;
    }
    let mut j = first_after + 1;
    while j < n && DETERMINERS.contains(&view.word(j)) {
        j += 1;
    }
    let mut owner = None;
    let last = n.min(j + REACH);
    if let Some(p) = (j..last).find(|&k| possessive(view.word(k)).is_some()) {
        let (ws, _) = view.words[p];
        if sentence[ws..].starts_with(char::is_uppercase) {
            owner = possessive(view.word(p)).map(str::to_string);
        }
        j = p + 1;
    }
    let mut base = None;
    for k in j..n.min(j + REACH) {
        let w = view.word(k);
        let (ws, _) = view.words[k];
        let gap = k > j && broken(sentence, view.words[k - 1].1, ws);
        if gap || !is_base_noun(w, lex) {
            break;
        }
        base = Some(lex.lemma(w, Pos::Noun).into_owned());
    }
    Some((base?, owner))
}

/// The name before a possessive ending (`ferrin's`, `ferrin’s`).
fn possessive(w: &str) -> Option<&str> {
    crate::claims::text::strip_possessive(w).filter(|n| !n.is_empty())
}

/// Whether a word may be (a part of) a share's base: a noun the tables
/// know that is no function word or figure.
fn is_base_noun(w: &str, lex: &Lexical) -> bool {
    lex.knows(w, Pos::Noun) && !crate::claims::text::is_stopword(w) && !is_figure(w)
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, ClaimKind, Counted};

    /// The keys of the quantity whose words contain `figure`.
    fn keys(text: &str, figure: &str) -> Counted {
        claims_of(text, Some("2024-05-02"))
            .into_iter()
            .find(|c| c.kind == ClaimKind::Quantity && text[c.span.clone()].contains(figure))
            .and_then(|c| c.subject.counted.map(|k| (*k).clone()))
            .unwrap_or_default()
    }

    #[test]
    fn a_share_counts_the_noun_after_of() {
        let k = keys(
            "The ferry line Kobb will cut 80 percent of its services from June.",
            "80",
        );
        assert_eq!(k.thing.as_deref(), Some("services"), "{k:?}");
        assert!(!k.scope.iter().any(|s| s == "part"), "{k:?}");
        let k = keys(
            "Tourism makes up half of the island's income, the minister said.",
            "half",
        );
        assert_eq!(k.thing.as_deref(), Some("income"), "{k:?}");
        let k = keys("Kobb will cut up to 70 per cent of staff.", "70");
        assert_eq!(k.thing.as_deref(), Some("staff"), "{k:?}");
    }

    #[test]
    fn a_capitalised_possessive_owns_the_share() {
        let k = keys(
            "The strike halted 60 percent of Kobb's sailings on Friday.",
            "60",
        );
        assert_eq!(k.thing.as_deref(), Some("sailing"), "{k:?}");
        assert!(k.scope.iter().any(|s| s == "owner kobb"), "{k:?}");
    }

    #[test]
    fn a_change_or_a_bare_percentage_has_no_base() {
        for (text, figure) in [
            ("Fares rose 5 percent in March.", "5"),
            (
                "About 40 percent, officials said, of the fleet is idle.",
                "40",
            ),
            ("Some 30 percent of them stayed home.", "30"),
        ] {
            let k = keys(text, figure);
            assert_eq!(k.thing, None, "{text}: {k:?}");
        }
    }
}
