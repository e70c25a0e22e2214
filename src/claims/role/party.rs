//! A person's party given in words rather than a label: `Democratic Sen.
//! Jane Roe`, `Jane Roe, a Lima Republican,`, `Jane Roe, the Democratic
//! leader from Cleveland,`. The party is a role of head `party` with the
//! label's letter, as a label (`(D-Ohio)`) gives it, so the two meet.

use super::find::word_start_back;
use super::office::{words_of, words_of_upto, Word};
use super::vocab::RoleWords;
use super::{Role, RoleTime};
use std::ops::Range;

/// Most words read before a name for a party word.
const WORDS_BEFORE: usize = 6;
/// Most words read after a name for a party word.
const WORDS_AFTER: usize = 8;
/// Most capitalised words between the determiner and the party word of
/// an appositive (`a Lima Republican`, `the Senate Democratic leader`).
const NAME_WORDS: usize = 3;

/// The party role of a party word: head `party`, the label's letter.
fn party_role(letter: &str, written: &str) -> Role {
    Role {
        written: written.to_string(),
        head: "party".into(),
        rank: None,
        portfolio: Some(letter.to_string()),
        of: None,
        time: RoleTime::Current,
    }
}

/// Whether a word is capitalised (`Lima`, `Senate`).
fn capitalised(w: &Word) -> bool {
    w.written.starts_with(|c: char| c.is_uppercase())
}

/// The letter of `words[k]` as a party word, its neighbours read.
fn letter_at<'v>(words: &[Word], k: usize, vocab: &'v RoleWords) -> Option<&'v str> {
    let before = k.checked_sub(1).map_or("", |i| words[i].lower.as_str());
    let after = words.get(k + 1).map_or("", |w| w.lower.as_str());
    let w = words[k].written.trim_end_matches('.');
    vocab.party_word(w, before, after)
}

/// A party word before a name and the office words between them
/// (`Democratic Sen.`, `Republican state Rep.`, `Senate Democratic
/// Leader`): not marked by a time word (`former Republican Sen.`).
pub(super) fn party_before(
    text: &str,
    name_start: usize,
    vocab: &RoleWords,
) -> Option<(Role, Range<usize>, &'static str)> {
    let before = &text[..name_start];
    let from = word_start_back(before, WORDS_BEFORE);
    let words = words_of(&before[from..], vocab);
    let people = &crate::claims::people_words::PEOPLE_WORDS;
    let mut k = words.len();
    while k > 0 {
        let w = &words[k - 1];
        if w.stop && !w.lower.ends_with('.') {
            return None;
        }
        if let Some(letter) = letter_at(&words, k - 1, vocab) {
            let marked = words[..k - 1]
                .iter()
                .rev()
                .take(2)
                .any(|p| vocab.marker(&p.lower).is_some());
            if marked {
                return None;
            }
            let at = from + offset_of(&before[from..], w);
            return Some((
                party_role(letter, w.written),
                at..name_start,
                "a party word before the name",
            ));
        }
        let bare = w.lower.trim_end_matches('.');
        let office_word = vocab.head(&w.lower).is_some()
            || vocab.head(bare).is_some()
            || people.is_title(w.written)
            || vocab.is_filler(&w.lower)
            || vocab.is_deputy(&w.lower)
            || vocab.is_chief(&w.lower)
            || vocab.portfolio(&w.lower).is_some()
            || w.lower == "state"
            || capitalised(w);
        if !office_word || vocab.marker(&w.lower).is_some() {
            return None;
        }
        k -= 1;
    }
    None
}

/// A party word in apposition after a name: `, a Democrat,`, `, a Lima
/// Republican who …`, `, 58, the Democratic leader from …`: a
/// determiner, at most [`NAME_WORDS`] capitalised words, the party word,
/// then the phrase's end, an office's head, or a word that goes on about
/// the person (`who`, `from`, `of`, `representing`, a verb of speech).
pub(super) fn party_after(
    text: &str,
    name_end: usize,
    vocab: &RoleWords,
) -> Option<(Role, Range<usize>, &'static str)> {
    let rest = text[name_end..].strip_prefix(", ")?;
    let words = words_of_upto(rest, vocab, WORDS_AFTER);
    let mut k = 0;
    // `Jane Roe, 58, a Democrat`: an age first.
    if words
        .first()
        .is_some_and(|w| w.stop && w.lower.bytes().all(|b| b.is_ascii_digit()))
    {
        k = 1;
    }
    if !words
        .get(k)
        .is_some_and(|w| matches!(w.lower.as_str(), "a" | "an" | "the"))
    {
        return None;
    }
    k += 1;
    for j in k..(k + NAME_WORDS + 1).min(words.len()) {
        let w = &words[j];
        if let Some(letter) = letter_at(&words, j, vocab) {
            let next = words.get(j + 1).map_or("", |n| n.lower.as_str());
            let goes_on = w.stop
                || matches!(
                    next,
                    "who" | "from" | "of" | "representing" | "said" | "says" | "told"
                )
                || vocab.head(next).is_some();
            if !goes_on {
                return None;
            }
            let end = 2 + offset_of(rest, w) + w.written.len();
            return Some((
                party_role(letter, w.written),
                name_end..name_end + end,
                "a party word after the name",
            ));
        }
        if w.stop || !capitalised(w) || vocab.marker(&w.lower).is_some() {
            return None;
        }
    }
    None
}

/// Where a word read from `text` starts in it.
fn offset_of(text: &str, w: &Word) -> usize {
    let (t, p) = (text.as_ptr() as usize, w.written.as_ptr() as usize);
    p.checked_sub(t).filter(|&k| k <= text.len()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::super::vocab::ROLE_WORDS;
    use super::*;

    fn before(t: &str, name: &str) -> Option<String> {
        let at = t.find(name)?;
        party_before(t, at, &ROLE_WORDS).and_then(|(r, ..)| r.portfolio)
    }

    fn after(t: &str, name: &str) -> Option<String> {
        let at = t.find(name)? + name.len();
        party_after(t, at, &ROLE_WORDS).and_then(|(r, ..)| r.portfolio)
    }

    #[test]
    fn a_party_word_before_the_office_and_name() {
        let t = "The bill was backed by Republican Sen. Tom Brandt on Monday.";
        assert_eq!(before(t, "Tom Brandt").as_deref(), Some("R"));
        let t = "It passed after Senate Democratic Leader Ana Ruiz spoke.";
        assert_eq!(before(t, "Ana Ruiz").as_deref(), Some("D"));
        // Another time, another party's name, a country, other words.
        let t = "It passed after former Republican Sen. Tom Brandt spoke.";
        assert_eq!(before(t, "Tom Brandt"), None);
        let t = "It passed after Social Democratic leader Ana Ruiz spoke.";
        assert_eq!(before(t, "Ana Ruiz"), None);
        let t = "The Democratic Republic President Ana Ruiz spoke.";
        assert_eq!(before(t, "Ana Ruiz"), None);
        let t = "A Republican donor said rival Ana Ruiz spoke.";
        assert_eq!(before(t, "Ana Ruiz"), None);
    }

    #[test]
    fn a_party_word_in_apposition() {
        let t = "Tom Brandt, a Marlow Republican who chairs the panel, said no.";
        assert_eq!(after(t, "Tom Brandt").as_deref(), Some("R"));
        let t = "Ana Ruiz, 61, a Democrat, voted no.";
        assert_eq!(after(t, "Ana Ruiz").as_deref(), Some("D"));
        let t = "Ana Ruiz, the Democratic leader from Kestrel, voted no.";
        assert_eq!(after(t, "Ana Ruiz").as_deref(), Some("D"));
        // The party of someone else, or of another time.
        let t = "Ana Ruiz, the Republican candidate's wife, voted no.";
        assert_eq!(after(t, "Ana Ruiz"), None);
        let t = "Ana Ruiz, a former Republican, voted no.";
        assert_eq!(after(t, "Ana Ruiz"), None);
        let t = "Ana Ruiz, who beat a Republican, voted no.";
        assert_eq!(after(t, "Ana Ruiz"), None);
    }
}
