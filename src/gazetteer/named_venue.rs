//! Named venues: a capitalised name ending in a venue's head word, after a
//! preposition of place (`at the Riverside Hotel`, `inside Mercy General
//! Hospital`). The head words and their kinds are data, the `[named]`
//! table of `rules/places/venues.toml`; two named venues of one kind
//! compare by name (rule `event-location`, check `same-place`).

use super::venue::{Venue, VENUES};
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// The capitalised head words (`Hotel`, `Medical Center`): a text without
/// one (nearly every sentence) is not read further.
static CAPITAL_HEADS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let capitalised = VENUES
        .named
        .iter()
        .map(|(w, _)| w.split(' ').map(capitalise).collect::<Vec<_>>().join(" "));
    AhoCorasick::new(capitalised).expect("named venue heads compile")
});

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Prepositions that introduce a venue.
const PREPOSITIONS: &[&str] = &["at", "in", "inside", "outside"];

/// The longest run of capitalised words a venue's name may take.
const MAX_NAME_WORDS: usize = 6;

/// The longest head, in words (`convention center`, `high school`).
const MAX_HEAD_WORDS: usize = 2;

/// The kind of a lower-case head phrase.
fn head_kind(phrase: &str) -> Option<&'static str> {
    VENUES
        .named
        .iter()
        .find(|(w, _)| w == phrase)
        .map(|(_, k)| k.as_str())
}

/// A word written with a capital first letter (`Riverside`, `St.`,
/// `Mary's`).
fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A word without the punctuation that may close a sentence or clause
/// after it; the flag says whether there was any.
fn bare(word: &str) -> (&str, bool) {
    let b = word.trim_end_matches([',', '.', ';', ':', ')', '"', '!', '?', '\u{201d}']);
    (b, b.len() < word.len())
}

/// Named venues in `text`, each from its preposition to its head word:
/// `at the Riverside Hotel`, `inside Harlow High School`.
pub fn find_named_venues(text: &str) -> Vec<Venue> {
    if !CAPITAL_HEADS.is_match(text) {
        return Vec::new();
    }
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match venue_at(text, &words, i) {
            Some((v, next)) => {
                out.push(v);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// The named venue whose preposition is word `i`, and the index of the
/// word after it.
fn venue_at(text: &str, words: &[(usize, &str)], i: usize) -> Option<(Venue, usize)> {
    let prep = words[i].1;
    if !PREPOSITIONS.contains(&prep.to_lowercase().as_str()) {
        return None;
    }
    let mut first = i + 1;
    let the = words.get(first).is_some_and(|w| w.1 == "the");
    if the {
        first += 1;
    }
    // The run of capitalised words, up to punctuation.
    let mut end = first;
    while end < words.len() && end - first < MAX_NAME_WORDS && capitalised(words[end].1) {
        end += 1;
        let (b, stopped) = bare(words[end - 1].1);
        // `St.`, `Mt.`: an abbreviation goes on.
        let abbreviation = words[end - 1].1.ends_with('.') && b.len() <= 3;
        if stopped && !abbreviation {
            break;
        }
    }
    let run: Vec<&str> = words[first..end].iter().map(|w| w.1).collect();
    let last = bare(run.last()?).0;
    // The head ends the run, and a name stands before it.
    let (kind, head_words) = (1..=MAX_HEAD_WORDS.min(run.len() - 1))
        .rev()
        .find_map(|n| {
            let mut phrase: Vec<&str> = run[run.len() - n..run.len() - 1].to_vec();
            phrase.push(last);
            head_kind(&phrase.join(" ").to_lowercase()).map(|k| (k, n))
        })?;
    let start = words[i].0;
    let stop = words[end - 1].0 + last.len();
    // The name without its head: the kind stands for the head, so `the
    // Larkspur Theatre` and `the Larkspur Theater`, `Mercy Hospital` and `Mercy
    // Medical Center` are one name.
    let name = &run[..run.len() - head_words];
    let venue = Venue {
        span: start..stop,
        text: text[start..stop]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        kind,
        name: Some(name.join(" ").to_lowercase()),
    };
    Some((venue, end))
}

/// Whether two named venues' names are one venue: equal, or one holding
/// the other's words in order (`grand` in `hilton grand`).
pub fn one_venue_name(a: &str, b: &str) -> bool {
    let holds = |long: &str, short: &str| {
        long == short
            || long.ends_with(&format!(" {short}"))
            || long.starts_with(&format!("{short} "))
            || long.contains(&format!(" {short} "))
    };
    holds(a, b) || holds(b, a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<(String, &'static str, String)> {
        find_named_venues(t)
            .into_iter()
            .map(|v| (v.text, v.kind, v.name.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn every_head_word_is_found_after_a_name() {
        for (w, k) in &VENUES.named {
            let head: Vec<String> = w.split(' ').map(capitalise).collect();
            let t = format!(
                "She spoke on Sunday at the Larkspur {}, friends said.",
                head.join(" ")
            );
            let written = format!("at the Larkspur {}", head.join(" "));
            assert_eq!(
                found(&t),
                [(written, k.as_str(), "larkspur".to_string())],
                "{t}"
            );
        }
    }

    #[test]
    fn names_of_several_words_and_sentence_openers() {
        assert_eq!(
            found("At St. Mary's Medical Center he was treated."),
            [(
                "At St. Mary's Medical Center".to_string(),
                "care",
                "st. mary's".to_string()
            )]
        );
        assert_eq!(
            found("The vigil was held inside Oakdale High School."),
            [(
                "inside Oakdale High School".to_string(),
                "school",
                "oakdale".to_string()
            )]
        );
    }

    #[test]
    fn generic_heads_longer_names_and_other_uses_are_no_venues() {
        // No name before the head.
        assert!(found("He was taken to the Hospital.").is_empty());
        assert!(found("He spoke at the Medical Center.").is_empty());
        // The name goes on past the head: an organisation, a part.
        assert!(found("He spoke at the Riverside Hotel Group offices.").is_empty());
        assert!(found("He waited at the Riverside Hotel's bar.").is_empty());
        // The head comes first.
        assert!(found("She studied at University College London.").is_empty());
        // No preposition of place.
        assert!(found("The Riverside Hotel said he left.").is_empty());
        // Lower case: an unnamed venue, read elsewhere.
        assert!(found("He died in a hospital.").is_empty());
    }

    #[test]
    fn names_agree_when_one_holds_the_other() {
        assert!(one_venue_name("grand", "grand"));
        assert!(one_venue_name("grand", "hilton grand"));
        assert!(!one_venue_name("grand", "riverside"));
        assert!(!one_venue_name("oakdale", "dale"));
    }
}
