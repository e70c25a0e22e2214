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
}

/// The cues of `rules/people/firms.toml`, lower-cased and split.
#[derive(Debug)]
struct FirmCues {
    before: FxHashSet<String>,
    suffixes: FxHashSet<String>,
    /// Each office as its lower-case words.
    offices: Vec<Vec<String>>,
}

static CUES: LazyLock<FirmCues> = LazyLock::new(|| {
    parse(FIRMS_TOML).expect("rules/people/firms.toml is valid (checked by a unit test)")
});

fn parse(text: &str) -> Result<FirmCues, toml::de::Error> {
    let f: FirmFile = toml::from_str(text)?;
    let lower = |v: Vec<String>| v.iter().map(|w| w.to_lowercase()).collect();
    Ok(FirmCues {
        before: lower(f.before),
        suffixes: lower(f.suffixes),
        offices: f
            .offices
            .iter()
            .map(|o| o.split_whitespace().map(str::to_lowercase).collect())
            .collect(),
    })
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
                    .all(|k| self.lower(i + k) == o[k] && (k == 0 || self.joined(i + k - 1)))
        })
    }

    /// Whether the words before `i` are an office and `of` (`chief
    /// executive of`).
    fn office_of_before(&self, i: usize) -> bool {
        i > 1
            && self.lower(i - 1) == "of"
            && self.joined(i - 2)
            && CUES.offices.iter().any(|o| {
                o.len() < i && (0..o.len()).all(|k| self.lower(i - 1 - o.len() + k) == o[k])
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
        // `grocery chain Brennan Hale`; `chief executive of Brennan Hale`.
        cue |= start > 0 && self.joined(start - 1) && cues.before.contains(&self.lower(start - 1));
        cue |= self.office_of_before(start);
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
        ] {
            assert_eq!(names(text), ["Brennan Hale"], "{text}");
        }
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
