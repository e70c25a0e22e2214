//! Whose figure a clause tells when it names a person as its subject:
//! `Lund is charged with smuggling 20 cars, while Berg is accused of
//! smuggling two`, `Berg, alleged to have smuggled three cars, was held`. The
//! figure is keyed by that person (the scope `doer berg`), so one
//! article's figures of different people are no rival values of one
//! count. The scope restricts softly (see `align::counted::scopes`): two
//! figures of different people never meet, a figure only one source
//! tells of a person meets the other's.

use super::{Claim, Doc};
use crate::claims::entities::EntityKind;
use std::sync::Arc;

/// The scope prefix of a figure's doer (`doer lund`).
pub(crate) const DOER: &str = "doer ";

/// The words that may follow a person's name as the subject of the
/// figure's clause: an auxiliary (`Lund is charged with`, `Lund has
/// killed`). A comma (an aside: `Lund, alleged to have`) counts when
/// the aside runs up to the figure.
const AUXILIARIES: &[&str] = &["is", "was", "has", "had", "have", "will", "allegedly"];

/// Words between the name and the figure that end the name's hold on it:
/// speech (`Roe said 12 were killed` tells no count of Roe's), a new
/// clause's subject (`who`, `that`) or a conjunction opening a clause.
const BREAKS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "according",
    "while",
    "whereas",
    "but",
    "who",
    "whom",
    "which",
    "that",
    "after",
    "before",
    "when",
    "because",
    "and",
];

/// Words between the name and the figure that make the count an
/// allegation (`Lund is charged with smuggling 14 cars`, `Berg, accused
/// of smuggling two cars`): the scope [`ALLEGED`] keeps it from a count
/// told as fact (`Berg has smuggled at least three cars`), which may
/// well differ.
const ALLEGING: &[&str] = &["accused", "alleged", "allegedly", "charged", "suspected"];

/// The scope of a count a person is alleged to have (hard: it meets only
/// another allegation, or a figure whose sentence says `alleged`).
pub(crate) const ALLEGED: &str = "alleged";

/// How many words may stand between the name and the figure.
const WINDOW: usize = 10;

/// The doer of a figure whose sentence tells another figure's doer but
/// not its own: it meets no figure of a named doer.
const UNKNOWN: &str = "?";

/// Adds a doer scope to each counted figure of sentence `i` (claims
/// `out[first..]`) whose clause opens with a person's name and an
/// auxiliary, or with a name and an aside that runs to the figure. When
/// the sentence gives some figure a doer, its other figures get the doer
/// [`UNKNOWN`] (`Lund is charged with smuggling 14 cars, while a man
/// from the next village ... three`): whose they are is not told, and
/// they are no count of Lund's.
pub(super) fn held_by_doers(doc: &Doc, i: usize, first: usize, out: &mut [Claim]) {
    let sentence = doc.sentence_text(i);
    let base = doc.seg.sentences[i].span.start;
    let starts: Vec<usize> = out[first..].iter().map(|c| c.span.start).collect();
    let mut unknown = Vec::new();
    for (n, c) in out[first..].iter_mut().enumerate() {
        if c.subject
            .counted
            .as_deref()
            .is_none_or(|k| k.predicate.is_none())
        {
            continue;
        }
        unknown.push(n);
        let Some(at) = c.span.start.checked_sub(base) else {
            continue;
        };
        let after = sentence
            .get(c.span.end.saturating_sub(base)..)
            .unwrap_or("");
        let doer = doc.mentions[i]
            .iter()
            .filter(|m| m.kind == EntityKind::Person && !m.indirect)
            .filter_map(|m| Some((m, m.start.checked_sub(base)?, m.end.checked_sub(base)?)))
            .filter(|&(_, _, e)| e <= at)
            .filter(|&(_, _, e)| !starts.iter().any(|&s| s >= base + e && s < c.span.start))
            .filter(|&(_, _, e)| holds(sentence.get(e..at).unwrap_or(""), after))
            .max_by_key(|&(_, _, e)| e);
        if let Some((m, _, e)) = doer {
            let mut scopes = vec![format!("{DOER}{}", m.name.to_lowercase())];
            let between = sentence.get(e..at).unwrap_or("").to_lowercase();
            if between
                .split(|c: char| !c.is_alphabetic())
                .any(|w| ALLEGING.contains(&w))
            {
                scopes.push(ALLEGED.to_string());
            }
            if let Some(k) = c.subject.counted.as_mut() {
                crate::claims::counted::add_scopes(Arc::make_mut(k), &scopes);
            }
            unknown.pop();
        }
    }
    if out[first..].iter().any(has_doer) {
        let scope = [format!("{DOER}{UNKNOWN}")];
        for n in unknown {
            if let Some(k) = out[first + n].subject.counted.as_mut() {
                crate::claims::counted::add_scopes(Arc::make_mut(k), &scope);
            }
        }
    }
}

/// Whether a claim's keys name its doer.
fn has_doer(c: &Claim) -> bool {
    c.subject
        .counted
        .as_deref()
        .is_some_and(|k| k.scope.iter().any(|s| s.starts_with(DOER)))
}

/// Whether the words `between` a person's name and a figure make the
/// name the subject of the figure's clause: an auxiliary right after the
/// name, or a comma opening an aside that closes right after the figure
/// (`after` is the text after the figure's words); no clause break,
/// speech or conjunction between, at most [`WINDOW`] words.
fn holds(between: &str, after: &str) -> bool {
    if between.contains([';', ':', '(', ')', '"', '“', '”', '—', '–']) {
        return false;
    }
    let words: Vec<String> = between
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() || words.len() > WINDOW {
        return false;
    }
    if words.iter().any(|w| BREAKS.contains(&w.as_str())) {
        return false;
    }
    let trimmed = between.trim_start();
    if let Some(aside) = trimmed.strip_prefix(',') {
        // `Berg, alleged to have smuggled three cars, was held`.
        let closes = after
            .trim_start_matches(|c: char| c.is_alphabetic() || c == ' ')
            .starts_with(',');
        return !aside.contains(',') && closes && after_first_word(&words);
    }
    !between.contains(',') && AUXILIARIES.contains(&words[0].as_str())
}

/// Whether the aside opens with a word that makes it about the name: a
/// participle or `who`-less verb phrase (`alleged`, `accused`, `charged`),
/// not a title (`Lund, the mayor, said 12`).
fn after_first_word(words: &[String]) -> bool {
    words[0].ends_with("ed")
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, Claim, ClaimKind};

    fn doers(text: &str, figure: &str) -> Vec<String> {
        let c: Claim = claims_of(text, Some("2024-05-02"))
            .into_iter()
            .find(|c| c.kind == ClaimKind::Quantity && text[c.span.clone()].starts_with(figure))
            .unwrap_or_else(|| panic!("no figure {figure:?} in {text:?}"));
        let k = c.subject.counted.as_deref().cloned().unwrap_or_default();
        k.scope
            .into_iter()
            .filter(|s| s.starts_with(super::DOER) || s == super::ALLEGED)
            .collect()
    }

    #[test]
    fn a_person_opening_the_figures_clause_does_it() {
        let text = "Prosecutor Ada Kell said Oskar Lund is charged with smuggling 14 cars, \
                    while Per Berg is accused of smuggling three cars.";
        assert_eq!(doers(text, "14"), ["alleged", "doer lund"]);
        assert_eq!(doers(text, "three"), ["alleged", "doer berg"]);
        let text = "Oskar Lund, alleged to have smuggled 14 cars, is charged with fraud.";
        assert_eq!(doers(text, "14"), ["alleged", "doer lund"]);
        // Told as fact, no allegation.
        let text = "Mira Sand has stolen 40 cars from the depot, police said.";
        assert_eq!(doers(text, "40"), ["doer sand"]);
        // A figure beside another's doer, its own not told, is no count
        // of that doer's.
        let text = "Oskar Lund is charged with smuggling 14 cars, while a mechanic \
                    in the next town was found to have smuggled three cars.";
        assert_eq!(doers(text, "three"), ["doer ?"]);
    }

    #[test]
    fn a_speaker_a_title_or_an_earlier_clause_holds_no_figure() {
        // Speech: the count is not the speaker's.
        let text = "Ada Kell said 12 people were killed in the blast.";
        assert!(doers(text, "12").is_empty());
        // An aside naming a title runs to no figure of the name's.
        let text = "Ada Kell, the mayor of Tarvos, was told 12 people were killed.";
        assert!(doers(text, "12").is_empty());
        // A new clause after `and` has its own subject.
        let text = "Oskar Lund was arrested and police seized 30 rifles.";
        assert!(doers(text, "30").is_empty());
    }
}
