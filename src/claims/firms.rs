//! Names a source uses for a firm (`rules/people/firms.toml`): `Grocery
//! chain Brennan Hale`, `Brennan Hale Inc.`, `Brennan Hale chief executive
//! Ana Roe`, `shares of Brennan Hale`. One article may quote a firm's
//! statement as if a person spoke (`"…," Brennan Hale said`); another
//! article of the story tells it is a firm. [`mark_firm_speakers`] makes
//! such a speaker an organisation in every source of the story, so its
//! statement never conflicts with the person who said the same words.

use super::{Claim, Value};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::sync::LazyLock;

const FIRMS_TOML: &str = include_str!("../../rules/people/firms.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FirmFile {
    before: Vec<String>,
    suffixes: Vec<String>,
    offices: Vec<String>,
    holdings: Vec<String>,
    held_in: Vec<String>,
}

/// The cues of `rules/people/firms.toml`, lower-cased and split.
#[derive(Debug)]
struct FirmCues {
    before: FxHashSet<String>,
    suffixes: FxHashSet<String>,
    /// Each office and holding as its lower-case words.
    offices: Vec<Vec<String>>,
    /// Each holding as lower-case words one space apart (`share price`).
    owned: Vec<String>,
    /// What is written just before a firm's name for a holding: each
    /// holding and `of`, each of `held_in` (`shares of`, `stake in`).
    held: Vec<String>,
    /// The same for an office (`chief executive of`).
    office_of: Vec<String>,
}

static CUES: LazyLock<FirmCues> = LazyLock::new(|| {
    parse(FIRMS_TOML).expect("rules/people/firms.toml is valid (checked by a unit test)")
});

fn parse(text: &str) -> Result<FirmCues, toml::de::Error> {
    let f: FirmFile = toml::from_str(text)?;
    let lower = |v: Vec<String>| v.iter().map(|w| w.to_lowercase()).collect();
    let words =
        |o: &String| -> Vec<String> { o.split_whitespace().map(str::to_lowercase).collect() };
    let joined = |v: &[String]| -> Vec<String> { v.iter().map(|o| words(o).join(" ")).collect() };
    let owned = joined(&f.holdings);
    let of = |v: &[String]| -> Vec<String> { v.iter().map(|o| format!("{o} of")).collect() };
    let mut held = of(&owned);
    held.extend(joined(&f.held_in));
    Ok(FirmCues {
        before: lower(f.before),
        suffixes: lower(f.suffixes),
        offices: f.offices.iter().chain(&f.holdings).map(words).collect(),
        office_of: of(&joined(&f.offices)),
        owned,
        held,
    })
}

/// Whether `text` ends with `phrase` (lower case, ASCII) as whole words,
/// case aside.
fn ends_with_words(text: &str, phrase: &str) -> bool {
    let Some(at) = text.len().checked_sub(phrase.len()) else {
        return false;
    };
    text.is_char_boundary(at)
        && text[at..].eq_ignore_ascii_case(phrase)
        && !text[..at].ends_with(char::is_alphanumeric)
}

/// Whether `text` starts with `phrase` (lower case, ASCII) as whole words,
/// case aside.
fn starts_with_words(text: &str, phrase: &str) -> bool {
    text.len() >= phrase.len()
        && text.is_char_boundary(phrase.len())
        && text[..phrase.len()].eq_ignore_ascii_case(phrase)
        && !text[phrase.len()..].starts_with(char::is_alphanumeric)
}

/// Whether the words just before a name (`before`, the text up to it)
/// say someone holds a part of it, so that it is a firm's: a holding and
/// `of` (`shares of`), or `a stake in`.
pub fn held_before(before: &str) -> bool {
    let before = before.trim_end();
    CUES.held.iter().any(|p| ends_with_words(before, p))
}

/// Whether the words just before a name are an office and `of` (`chief
/// executive of`).
fn office_of_before(before: &str) -> bool {
    let before = before.trim_end();
    CUES.office_of.iter().any(|p| ends_with_words(before, p))
}

/// Whether the words just after a name (`after`, the text from its end)
/// say it is a firm's by a holding (`'s shares`, `'s share price`).
pub fn owned_after(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("\u{2019}s "))
    else {
        return false;
    };
    CUES.owned.iter().any(|o| starts_with_words(rest, o))
}

/// A firm's name without the legal suffix that closes it (`Brennan Hale
/// Inc.`, `Brennan Hale, Inc` → `Brennan Hale`), when `phrase` is
/// capitalised words ending in one; `None` otherwise.
pub fn without_legal_suffix(phrase: &str) -> Option<&str> {
    let phrase = phrase.trim_end_matches('.');
    let (name, last) = phrase.rsplit_once(' ')?;
    let name = name.trim_end_matches(',').trim_end();
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    (CUES.suffixes.contains(&last.to_lowercase())
        && capitalised(last)
        && !name.is_empty()
        && name.split_whitespace().all(capitalised))
    .then_some(name)
}

/// The names `text` uses for a firm, given its word spans (byte ranges,
/// in order); each name once, in text order.
pub fn firm_names(text: &str, spans: &[(usize, usize)]) -> Vec<String> {
    let w = Words { text, spans };
    let mut names: Vec<String> = Vec::new();
    let mut i = 0;
    while i < spans.len() {
        if !w.capital(i) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < spans.len() && w.capital(end) && w.joined(end - 1) {
            end += 1;
        }
        if let Some(name) = w.firm_in_run(i, end) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        i = end;
    }
    names
}

/// A text's words, read for firm cues.
struct Words<'t> {
    text: &'t str,
    spans: &'t [(usize, usize)],
}

impl<'t> Words<'t> {
    fn word(&self, i: usize) -> &'t str {
        &self.text[self.spans[i].0..self.spans[i].1]
    }

    fn lower(&self, i: usize) -> String {
        self.word(i).to_lowercase()
    }

    /// Whether word `i` in lower case is `lower` (a lower-case word):
    /// `self.lower(i) == lower` without a copy for an ASCII word.
    fn lower_is(&self, i: usize, lower: &str) -> bool {
        let w = self.word(i);
        if w.is_ascii() {
            // An ASCII word's lower case is ASCII, of its length; `lower`
            // has no ASCII capital, so case aside is equal.
            w.eq_ignore_ascii_case(lower)
        } else {
            w.to_lowercase() == lower
        }
    }

    /// Words `i` and `i + 1` stand apart by spaces only.
    fn joined(&self, i: usize) -> bool {
        self.text[self.spans[i].1..self.spans[i + 1].0]
            .trim()
            .is_empty()
    }

    fn capital(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the words from `i` on are an office's.
    fn office_at(&self, i: usize) -> bool {
        CUES.offices.iter().any(|o| {
            i + o.len() <= self.spans.len()
                && (0..o.len())
                    .all(|k| self.lower_is(i + k, &o[k]) && (k == 0 || self.joined(i + k - 1)))
        })
    }

    /// The firm named by the run of capitalised words `start..end`, if a
    /// cue around or inside it says the name is a firm's.
    fn firm_in_run(&self, start: usize, end: usize) -> Option<String> {
        let cues = &*CUES;
        let mut first = start;
        let mut cue = false;
        // `Retailer Brennan Hale` opening a sentence; `The Brennan Hale board`.
        while first < end
            && (cues.before.contains(&self.lower(first)) || self.lower(first) == "the")
        {
            cue |= self.lower(first) != "the";
            first += 1;
        }
        // `Brennan Hale Inc`, `Corvane Chief Executive Ana Roe`: the name stops there.
        let mut last = end;
        if let Some(k) =
            (first + 1..end).find(|&k| cues.suffixes.contains(&self.lower(k)) || self.office_at(k))
        {
            last = k;
            cue = true;
        }
        if first >= last {
            return None;
        }
        // `grocery chain Brennan Hale`; `chief executive of Brennan Hale`,
        // `a stake in Brennan Hale`.
        cue |= start > 0 && self.joined(start - 1) && cues.before.contains(&self.lower(start - 1));
        let before = &self.text[..self.spans[start].0];
        cue |= held_before(before) || office_of_before(before);
        // `Brennan Hale chief executive`, `Brennan Hale's shares`.
        cue |= last == end && end < self.spans.len() && self.joined(end - 1) && self.office_at(end);
        if !cue {
            return None;
        }
        let mut name: Vec<&str> = (first..last).map(|i| self.word(i)).collect();
        if let Some(owner) = name.pop() {
            let bare = owner
                .strip_suffix("'s")
                .or_else(|| owner.strip_suffix("\u{2019}s"))
                .unwrap_or(owner);
            name.push(bare);
        }
        Some(name.join(" "))
    }
}

/// Makes a person speaker of a quote an organisation when a source of
/// the quote's story names the speaker as a firm (`firms[source]`, from
/// [`firm_names`]; `story[source]` is a source's story).
pub fn mark_firm_speakers(claims: &mut [Claim], firms: &[Vec<String>], story: &[usize]) {
    let mut by_story: FxHashMap<usize, FxHashSet<&str>> = FxHashMap::default();
    for (source, names) in firms.iter().enumerate() {
        let Some(&s) = story.get(source) else {
            continue;
        };
        by_story
            .entry(s)
            .or_default()
            .extend(names.iter().map(String::as_str));
    }
    for c in claims {
        let Some(names) = story.get(c.source).and_then(|s| by_story.get(s)) else {
            continue;
        };
        if let Value::Quote {
            speaker: Some(name),
            person,
            ..
        } = &mut c.value
        {
            if *person && names.contains(name.as_ref()) {
                *person = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        firm_names(text, &crate::segment::word_spans(text))
    }

    #[test]
    fn the_cue_file_parses() {
        assert!(parse(FIRMS_TOML).is_ok());
    }

    /// A word is compared with a lower-case word as its lower-case copy
    /// would be: ASCII or not, capitalised or not.
    #[test]
    fn lower_is_answers_as_the_lower_case_copy() {
        let text = "Chief EXECUTIVE Straße STRASSE İstanbul Ünal chief Ωmega";
        let spans = crate::segment::word_spans(text);
        let w = Words {
            text,
            spans: &spans,
        };
        let lowers = [
            "chief",
            "executive",
            "straße",
            "strasse",
            "i̇stanbul",
            "ünal",
            "ωmega",
            "unal",
            "",
        ];
        for i in 0..spans.len() {
            for l in lowers {
                assert_eq!(w.lower_is(i, l), w.lower(i) == l, "{} {l}", w.word(i));
            }
            assert!(w.lower_is(i, &w.lower(i)));
        }
    }

    #[test]
    fn each_cue_names_a_firm() {
        for text in [
            "Grocery chain Brennan Hale agreed to buy a rival.",
            "Brennan Hale Inc. agreed to buy a rival.",
            "Brennan Hale chief executive Ana Roe said so.",
            "Brennan Hale CEO Ana Roe said so.",
            "Ana Roe, chief executive of Brennan Hale, said so.",
            "Brennan Hale's shares rose.",
            "Shares of Brennan Hale rose.",
            "Retailer Brennan Hale said so.",
            "Ana Roe bought a stake in Brennan Hale.",
        ] {
            assert_eq!(names(text), ["Brennan Hale"], "{text}");
        }
    }

    #[test]
    fn offices_and_holdings_around_a_name_are_a_firms() {
        assert!(held_before("He sold his shares of"));
        assert!(held_before("Shares in"));
        assert!(held_before("a 5% stake in "));
        assert!(!held_before("the chief executive of"));
        assert!(office_of_before("the chief executive of"));
        assert!(!held_before("the mistake in"));
        assert!(!held_before("a dinner in"));
        assert!(owned_after("'s shares fell"));
        assert!(owned_after("\u{2019}s share price"));
        assert!(!owned_after("'s chief executive, Ana Roe"));
        assert!(!owned_after("'s shareholding"));
        assert!(!owned_after("'s sister"));
    }

    #[test]
    fn a_legal_suffix_closes_a_firms_name() {
        assert_eq!(
            without_legal_suffix("Brennan Hale Inc."),
            Some("Brennan Hale")
        );
        assert_eq!(
            without_legal_suffix("Brennan Hale, Inc"),
            Some("Brennan Hale")
        );
        assert_eq!(without_legal_suffix("Ana Roe"), None);
        assert_eq!(without_legal_suffix("Inc"), None);
        assert_eq!(without_legal_suffix("the co"), None);
    }

    #[test]
    fn a_person_is_no_firm() {
        for text in [
            "Ana Roe, 58, said so.",
            "Publisher Ana Roe said so.",
            "Ana Roe said the chief executive of the chain would stay.",
            "Brennan Hale, chief executive, said so.",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }
}
