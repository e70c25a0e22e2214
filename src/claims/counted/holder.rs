//! Who holds a figure told of a party (`the Liberals won 19 seats`, `the
//! Harbour Party took 44.2 per cent`, `Vote share: Harbour 42.4 pct`):
//! the party its clause names before it, as a scope ([`HELD_BY`] and the
//! party's key), so one article's seats or vote shares per party are no
//! rival values of one count and two parties' figures never meet. The
//! words are in `rules/quantity/holders.toml`, embedded and checked when
//! loaded.

use crate::claims::SentenceView;
use serde::Deserialize;
use std::sync::LazyLock;

/// The embedded holder words.
pub const DEFAULT_HOLDER_CUES: &str = include_str!("../../../rules/quantity/holders.toml");

/// The scope prefix of a figure's holder (`held by liberal`).
pub const HELD_BY: &str = "held by ";

/// One party named without `Party`: its key and the names that name it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// The key in the scope (`liberal`).
    pub key: String,
    /// Lower-case names (`liberals`, `liberal democrats`).
    pub names: Vec<String>,
}

/// The words of `rules/quantity/holders.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct HolderCues {
    /// How many words before a figure its holder may stand.
    pub window: usize,
    /// The words after a party's name (`party`).
    pub name_suffixes: Vec<String>,
    /// The parties named without a suffix.
    pub party: Vec<Party>,
}

impl HolderCues {
    /// Parses and checks the file: lower-case trimmed words, a window of
    /// 1 to 12 words.
    pub fn parse(text: &str) -> Result<HolderCues, String> {
        let c: HolderCues = toml::from_str(text).map_err(|e| e.to_string())?;
        crate::claims::text::check_lower_case_words(&[&c.name_suffixes])?;
        if !(1..=12).contains(&c.window) {
            return Err(format!("window {}: 1 to 12 words", c.window));
        }
        let lower = |w: &String| !w.is_empty() && w.trim() == w && w.to_lowercase() == *w;
        for p in &c.party {
            if !lower(&p.key) || p.names.is_empty() || !p.names.iter().all(lower) {
                return Err(format!("party {:?}: lower-case key and names", p.key));
            }
        }
        Ok(c)
    }

    /// The embedded cues.
    pub fn defaults() -> &'static HolderCues {
        static DEFAULTS: LazyLock<HolderCues> = LazyLock::new(|| {
            HolderCues::parse(DEFAULT_HOLDER_CUES)
                .expect("rules/quantity/holders.toml is checked by a test")
        });
        &DEFAULTS
    }

    /// The key of the party whose name ends at word `j` (capitalised in
    /// `sentence`), the longest name first.
    fn party_ending_at(&self, sentence: &str, view: &SentenceView, j: usize) -> Option<String> {
        let capital =
            |k: usize| sentence[view.words[k].0..].starts_with(|c: char| c.is_uppercase());
        // `the Harbour Party`: the capitalised words before the suffix.
        if capital(j) && self.name_suffixes.iter().any(|s| s == view.word(j)) {
            let first = (j.saturating_sub(3)..j)
                .rev()
                .take_while(|&k| {
                    capital(k)
                        && !crate::claims::text::is_stopword(view.word(k))
                        && !super::broken(sentence, view.words[k].1, view.words[k + 1].0)
                })
                .last()?;
            let name: Vec<&str> = (first..j).map(|k| view.word(k)).collect();
            return Some(name.join(" "));
        }
        let mut best: Option<(usize, &str)> = None;
        for p in &self.party {
            for name in &p.names {
                let n = name.split(' ').count();
                let Some(first) = (j + 1).checked_sub(n) else {
                    continue;
                };
                let words = name.split(' ').zip(first..=j);
                let hit = words.clone().all(|(w, k)| {
                    let written = view.word(k);
                    (written == w || written.strip_suffix("'s") == Some(w)) && capital(k)
                });
                if hit && best.is_none_or(|(m, _)| n > m) {
                    best = Some((n, p.key.as_str()));
                }
            }
        }
        best.map(|(_, key)| key.to_string())
    }
}

/// The holder scope of the figure whose first word is `first_before`
/// (`held by liberal`): the nearest party named in the words before it,
/// across commas but not across another figure (save the whole of a
/// part: `the Liberals held 11 of their 17 seats`), a colon or a
/// semicolon; or a capitalised word right after a colon, right before the
/// figure (`Vote share: Harbour 42.4 pct`).
pub(super) fn holder_scope(
    sentence: &str,
    view: &SentenceView,
    first_before: usize,
) -> Option<String> {
    let cues = HolderCues::defaults();
    let gap = |k: usize| {
        sentence
            .get(view.words[k].1..view.words[k + 1].0)
            .unwrap_or("")
    };
    let lowest = first_before.saturating_sub(cues.window);
    for j in (lowest..first_before).rev() {
        if gap(j).contains([';', ':']) {
            break;
        }
        let w = view.word(j);
        if super::is_figure(w) {
            // `11 of their 17 seats`: the part's holder is the whole's.
            let between: Vec<&str> = (j + 1..first_before).map(|k| view.word(k)).collect();
            let whole_of_part = between.first() == Some(&"of")
                && between[1..]
                    .iter()
                    .all(|w| matches!(*w, "their" | "its" | "the"));
            if !whole_of_part {
                return None;
            }
            continue;
        }
        if let Some(key) = cues.party_ending_at(sentence, view, j) {
            return Some(format!("{HELD_BY}{key}"));
        }
    }
    // `Vote share: Harbour 42.4 pct`: a label after a colon.
    let j = first_before.checked_sub(1)?;
    let labelled = j >= 1 && gap(j - 1).contains(':');
    let capital = sentence[view.words[j].0..].starts_with(|c: char| c.is_uppercase());
    (labelled && capital && view.word(j).chars().all(char::is_alphabetic))
        .then(|| format!("{HELD_BY}{}", view.word(j)))
}

#[cfg(test)]
mod tests {
    use super::{HolderCues, DEFAULT_HOLDER_CUES};
    use crate::claims::{claims_of, ClaimKind};

    /// The holder scopes of the figure `figure` of `text`.
    fn held(text: &str, figure: &str) -> Vec<String> {
        let c = claims_of(text, Some("2025-10-21"))
            .into_iter()
            .find(|c| c.kind == ClaimKind::Quantity && text[c.span.clone()].contains(figure))
            .unwrap_or_else(|| panic!("no figure {figure:?} in {text:?}"));
        let k = c.subject.counted.as_deref().cloned().unwrap_or_default();
        k.scope
            .into_iter()
            .filter(|s| s.starts_with(super::HELD_BY))
            .collect()
    }

    #[test]
    fn the_embedded_holder_words_parse() {
        assert!(HolderCues::parse(DEFAULT_HOLDER_CUES).is_ok());
        assert!(HolderCues::parse("window = 0\nname-suffixes = []\n").is_err());
        let upper = "window = 4\nname-suffixes = [\"Party\"]\n";
        assert!(HolderCues::parse(upper).is_err());
    }

    #[test]
    fn a_party_named_before_a_figure_holds_it() {
        let s = "The Greens won 12 seats, down from 20 seats, and the Labour candidates won nine.";
        assert_eq!(held(s, "12"), vec!["held by green"]);
        // Not across another figure.
        assert!(held(s, "20").is_empty());
        assert_eq!(held(s, "nine"), vec!["held by labour"]);
        let s = "The Meadow Party took 38.5 per cent of the vote.";
        assert_eq!(held(s, "38.5"), vec!["held by meadow"]);
        // The whole of a part is the part's holder's.
        let s = "In the north the Conservatives held 8 of their 14 seats.";
        assert_eq!(held(s, "14"), vec!["held by conservative"]);
        // A label after a colon.
        let s = "Results: Meadow 38.5 pct, Greens 21 pct.";
        assert_eq!(held(s, "38.5"), vec!["held by meadow"]);
        assert_eq!(held(s, "21"), vec!["held by green"]);
    }

    #[test]
    fn a_figure_no_party_holds_has_no_holder() {
        // An adjective in lower case is no party; a capital after a colon
        // with words between is no label.
        let s = "The liberal mayor said 40 homes were flooded.";
        assert!(held(s, "40").is_empty());
        let s = "Update: Police said 14 people were hurt.";
        assert!(held(s, "14").is_empty());
    }
}
