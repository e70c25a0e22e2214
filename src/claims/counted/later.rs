//! `Acquitted in 1958. A year later, he was convicted. He was sentenced
//! to seven years.`: a sentence that opens a number of years after the
//! one year the sentence before names (`A year later`, `The following
//! year`, `Two years later`) is dated by that year, and so is the
//! sentence after it when that has no time of its own. The openings are
//! in `rules/quantity/scope.toml` (`[previous]`).

use super::frame_cues::ScopeCues;
use super::sentence_periods;
use crate::claims::{Doc, SentenceView};

/// Small numbers of years written as words (`two years later`).
const YEAR_WORDS: [&str; 9] = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// How many years after the sentence before sentence `view` opens:
/// one for a listed opening (`a year later`), `n` for `n years later`.
fn years_after(view: &SentenceView) -> Option<i32> {
    let cues = &ScopeCues::defaults().previous;
    let n = view.words.len();
    let opening = |phrase: &str| {
        phrase
            .split(' ')
            .enumerate()
            .all(|(k, p)| k < n && view.word(k) == p)
    };
    if cues.year_after.iter().any(|p| opening(p)) {
        return Some(1);
    }
    let first = (n > 0).then(|| view.word(0))?;
    let count = first
        .parse::<i32>()
        .ok()
        .filter(|c| (1..=50).contains(c))
        .or_else(|| {
            YEAR_WORDS
                .iter()
                .position(|w| *w == first)
                .and_then(|p| i32::try_from(p + 2).ok())
        })?;
    let rest = (1..n).map(|k| view.word(k));
    let later = cues.years_later.iter().any(|p| {
        let words: Vec<&str> = p.split(' ').collect();
        rest.clone().take(words.len()).eq(words.iter().copied())
    });
    later.then_some(count)
}

/// The year sentence `i` opens with (`A year later, ...` after a
/// sentence naming 1958 alone is 1959), when it opens with a listed
/// number of years after the one year (not the article's own) that the
/// sentence before names.
pub(in crate::claims) fn opening_year(doc: &Doc, i: usize) -> Option<String> {
    let p = i.checked_sub(1)?;
    let after = years_after(&doc.sentences[i])?;
    let years: Vec<i32> = sentence_periods(doc.sentence_text(p), &doc.sentences[p], doc.anchor)
        .iter()
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .collect();
    match years.as_slice() {
        [y] => Some((y + after).to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, ClaimKind};

    /// The scopes of the quantity whose words contain `figure`.
    fn scopes(text: &str, figure: &str) -> Vec<String> {
        claims_of(text, Some("2024-05-02"))
            .into_iter()
            .find(|c| c.kind == ClaimKind::Quantity && text[c.span.clone()].contains(figure))
            .and_then(|c| c.subject.counted.map(|k| k.scope.clone()))
            .unwrap_or_default()
    }

    #[test]
    fn a_year_later_dates_its_sentence_and_the_next() {
        let text = "The Marrow dam was finished in 2008. A year later, heavy rain \
                    swept the valley below it. The floods destroyed 40 homes.";
        assert!(scopes(text, "40 homes").contains(&"2009".to_string()));
        let text = "The dockers struck in 1971 over pay. Two years later, they struck \
                    again and 300 workers were fired.";
        assert!(scopes(text, "300 workers").contains(&"1973".to_string()));
    }

    #[test]
    fn no_single_year_before_dates_nothing() {
        // Two years named before: which one the opening counts from is unsaid.
        let text = "The Marrow dam was finished in 2008 and raised in 2011. A year \
                    later, heavy rain swept the valley. The floods destroyed 40 homes.";
        assert!(!scopes(text, "40 homes").iter().any(|s| s.starts_with("20")));
        // A sentence with a time of its own keeps it.
        let text = "The Marrow dam was finished in 2008. A year later, heavy rain swept \
                    the valley. Now the floods have destroyed 40 homes.";
        assert!(!scopes(text, "40 homes").contains(&"2009".to_string()));
        // No opening: `later` elsewhere in the sentence moves nothing.
        let text = "The Marrow dam was finished in 2008. Heavy rain swept the valley a \
                    year later. The floods destroyed 40 homes.";
        assert!(!scopes(text, "40 homes").contains(&"2009".to_string()));
    }
}
