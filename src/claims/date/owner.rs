//! Whose event a listed event noun names: the capitalised name right
//! before it (`the House vote`, `the Senate's vote`, `the G20 summit`).
//! Two such events with different owners are different events, however
//! alike their sentences: the House's vote on Wednesday and the Senate's on
//! Thursday are one bill's two votes.

use super::SentenceView;
use crate::claims::text::is_stopword;
use std::ops::Range;

/// Most words of an owner read back from its event noun: longer runs are
/// headlines in title case, not names.
const LONGEST_OWNER: usize = 4;

/// The byte range (in the sentence) of the capitalised words that stand
/// right before the event noun starting at `event_start`, joined to it by
/// spaces alone, after a determiner (`the`, `its`) or ending in a
/// possessive `'s`; `None` when the word before is not capitalised or is a
/// function word, when nothing makes the words a noun phrase (`Putin met`),
/// or when the run is longer than a name (a title-case headline).
pub(super) fn owner_before(
    view: &SentenceView,
    sentence: &str,
    event_start: usize,
) -> Option<Range<usize>> {
    let k = view.words.iter().position(|&(s, _)| s == event_start)?;
    let mut first = k;
    while first > 0 {
        let (s, e) = view.words[first - 1];
        let gap = &sentence[e..view.words[first].0];
        let word = &sentence[s..e];
        let capitalised = word.starts_with(|c: char| c.is_uppercase());
        if !gap.chars().all(char::is_whitespace)
            || !capitalised
            || is_stopword(view.word(first - 1).trim_end_matches("'s"))
        {
            break;
        }
        first -= 1;
    }
    if first == k || k - first > LONGEST_OWNER {
        return None;
    }
    let start = view.words[first].0;
    let end = view.words[k - 1].1;
    let owner = &sentence[start..end];
    let named = owner.strip_suffix("'s");
    // A noun phrase: `the House vote`, `Russia's summit`; in `Putin met`
    // the name is the subject of a listed verb, not an owner.
    let determined = first > 0 && DETERMINERS.contains(&view.word(first - 1));
    if named.is_none() && !determined {
        return None;
    }
    Some(start..start + named.unwrap_or(owner).len())
}

/// Words that open a noun phrase whose name premodifies the event noun.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "next", "last",
];
