//! Commas around a date that leave it in the clause before them: a date
//! set off at the end of its clause (`bought the plant from Daewoo, in late
//! 2006 for $51 million`), an aside (`struck the island, on Sunday,
//! killing four`), a date after an appositive (`launched the store, an
//! online shop, on May 3`); and a date opening a conjunct after its comma
//! (`…, then between 2014 and 2016 it will take delivery`), which dates
//! the predicate after it.

use super::SentenceView;

/// Words after a date that leave its clause going on (`in late 2006 for
/// $51 million`, `on May 3 at his home`).
const AFTER_DATE: &[&str] = &["for", "at", "with", "in"];

/// Prepositions that open a date set off by a comma (`, in late 2006`,
/// `, on May 3`, `, since 2004`).
const PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "during", "since", "until", "by", "from", "after", "before", "for",
];

/// Words that open a relative or subordinate clause: a comma after one is
/// not crossed (`the complex, which housed the offices, on June 17` is no
/// date of the housing).
const CLAUSE_WORDS: &[&str] = &[
    "which", "who", "whom", "whose", "that", "when", "where", "while",
];

/// Most words an appositive set off by commas may have.
const MAX_APPOSITIVE: usize = 6;

/// Words that open a conjunct after a comma (`, then in 2014 it will`).
const JOINS: &[&str] = &["then", "and", "but", "later"];

/// Whether the words at `from..to` of a sentence are a dash set off by
/// spaces (` -- `, ` - `, ` – `) or an em dash, spaced or not.
fn is_dash(sentence: &str, from: usize, to: usize) -> bool {
    sentence.get(from..to).is_some_and(|gap| {
        matches!(gap.trim(), "--" | "—" | "–" | "-")
            && (gap.contains('—') || gap.starts_with(' ') && gap.ends_with(' '))
    })
}

/// The word after an aside set off by dashes that opens right before
/// word `k` (the gap from `prev_end` to it is a dash) and closes by
/// another dash later in the sentence (`the ministers -- that is, those
/// of the bloc -- had agreed`): the index of the word after the closing
/// dash. `None` when no dash opens there, or none closes it.
pub(super) fn dashed(
    view: &SentenceView,
    sentence: &str,
    prev_end: usize,
    k: usize,
) -> Option<usize> {
    if !is_dash(sentence, prev_end, view.words[k].0) {
        return None;
    }
    (k + 1..view.words.len()).find(|&j| is_dash(sentence, view.words[j - 1].1, view.words[j].0))
}

/// Whether the date ending at `end` ends its clause, so that a comma
/// before it sets it off rather than starting another clause: the
/// sentence ends, a comma follows, or a preposition does.
pub(super) fn ends_clause(view: &SentenceView, sentence: &str, end: usize) -> bool {
    let rest = sentence.get(end..).unwrap_or_default().trim_start();
    if rest.is_empty() || rest.starts_with(['.', ',', '!', '?']) {
        return true;
    }
    let k = view.words.partition_point(|&(s, _)| s < end);
    k < view.words.len() && AFTER_DATE.contains(&view.word(k))
}

/// Whether the comma after word `k` may be crossed looking for the frame
/// of a date whose first word is `first`: a preposition right after the
/// comma opens the date (or the comma opens a skipped `appositive`), and
/// no clause word stands between `k` and the comma before it.
pub(super) fn may_cross(
    view: &SentenceView,
    sentence: &str,
    k: usize,
    first: usize,
    appositive: bool,
) -> bool {
    let opens_date = appositive || (k + 2 >= first && PREPOSITIONS.contains(&view.word(k + 1)));
    opens_date && !in_clause(view, sentence, k)
}

/// Whether a clause word stands among word `k` and the words before it
/// back to a comma.
fn in_clause(view: &SentenceView, sentence: &str, k: usize) -> bool {
    for j in (0..=k).rev() {
        if CLAUSE_WORDS.contains(&view.word(j)) {
            return true;
        }
        let gap = j
            .checked_sub(1)
            .and_then(|i| sentence.get(view.words[i].1..view.words[j].0));
        if gap.is_some_and(|g| g.contains(',')) {
            return false;
        }
    }
    false
}

/// The first word of an appositive that word `k` ends (`the store, an
/// online shop, on May 3`): a determiner right after a comma, at most
/// [`MAX_APPOSITIVE`] words back, with no other comma between.
pub(super) fn appositive_start(view: &SentenceView, sentence: &str, k: usize) -> Option<usize> {
    for j in (k.saturating_sub(MAX_APPOSITIVE)..=k).rev() {
        let gap = sentence.get(view.words[j.checked_sub(1)?].1..view.words[j].0)?;
        if gap.contains(',') {
            return matches!(view.word(j), "a" | "an" | "the").then_some(j);
        }
    }
    None
}

/// Whether the words before word `first` since the last comma or
/// semicolon open a conjunct that the date starts: a join after a comma
/// (`, then between 2014 and 2016 it will`, `, and in 2009 he was`) or a
/// semicolon, then only words `opener` accepts.
pub(super) fn opens_conjunct(
    view: &SentenceView,
    sentence: &str,
    first: usize,
    opener: impl Fn(usize) -> bool,
) -> bool {
    let at = view.words.get(first).map_or(sentence.len(), |w| w.0);
    let Some(cut) = sentence.get(..at).and_then(|h| h.rfind([',', ';'])) else {
        return false;
    };
    let from = view.words.partition_point(|&(s, _)| s < cut);
    let semicolon = sentence.as_bytes().get(cut) == Some(&b';');
    let joined = semicolon || (from < first && JOINS.contains(&view.word(from)));
    joined && (from..first).all(opener)
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, ClaimKind};

    /// The class of each date claim of `text`.
    fn classes(text: &str) -> Vec<String> {
        claims_of(text, Some("2019-03-15"))
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Date)
            .map(|c| c.subject.class.to_string())
            .collect()
    }

    #[test]
    fn an_aside_between_dashes_after_an_opening_date_is_skipped() {
        for text in [
            "On Sunday, the nine ministers of the bloc -- that is, those who run the budget -- had agreed on a joint plan.",
            "On Sunday, the nine ministers of the bloc — that is, those who run the budget — had agreed on a joint plan.",
            "On Sunday, the nine ministers of the bloc—that is, those who run the budget—had agreed on a joint plan.",
        ] {
            assert_eq!(classes(text), vec!["verb:agree"], "{text}");
        }
    }

    #[test]
    fn an_unclosed_dash_or_a_hyphen_is_no_aside() {
        // No closing dash: the clause after the dash is not the date's.
        assert!(classes(
            "On Sunday, the nine ministers of the bloc — that is, those who run the budget, which agreed on a joint plan."
        )
        .is_empty());
        // A hyphen inside a word opens nothing.
        assert_eq!(
            classes("On Sunday, the euro-zone ministers had agreed on a joint plan."),
            vec!["verb:agree"]
        );
    }
}
