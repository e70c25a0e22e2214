//! The figures of a financial report: a sum of money or a percentage
//! keyed by the noun it measures, the head of the subject before a
//! copular or change-of-value verb (`net profit rose 12 percent to $1.84
//! billion`, `revenue for the quarter was $9.2 billion`), and scoped by
//! the period its clause names (`quarter`, `year`) and whether it is a
//! forecast. The words are in `rules/quantity/business.toml`, embedded
//! and checked when loaded.

use super::{is_figure, SentenceView};
use crate::lexical::{Lexical, Pos};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::LazyLock;

mod period;
pub(in crate::claims) use period::report_periods;
pub(crate) use period::{FISCAL, PERIOD, REPORTED};

/// The embedded report words.
pub const DEFAULT_BUSINESS_CUES: &str = include_str!("../../../rules/quantity/business.toml");

/// The scope of a figure its clause forecasts.
pub const FORECAST: &str = "forecast";

/// The scope of a change (`rose 12 percent`), as opposed to a level.
pub const CHANGE: &str = "change";

/// The words of `rules/quantity/business.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct BusinessCues {
    /// Copular and change-of-value verbs (`was`, `rose`, `totaled`).
    pub verbs: Vec<String>,
    /// Change verbs, after which a figure is the change.
    pub change_verbs: Vec<String>,
    /// Words between the verb and the figure (`to`, `about`).
    pub fillers: Vec<String>,
    /// Words opening the subject's clause (`that`, `while`).
    pub openers: Vec<String>,
    /// Words ending the subject's noun phrase (`for`, `in`).
    pub prepositions: Vec<String>,
    /// Words of a quarter.
    pub quarter: Vec<String>,
    /// Words of a year.
    pub year: Vec<String>,
    /// Word pairs of a quarter (`three months`).
    pub quarter_phrases: Vec<String>,
    /// Which quarter, in order (`first` … `fourth`).
    pub quarter_ordinals: Vec<String>,
    /// Phrases of an earlier period (`a year earlier`).
    pub prior: Vec<String>,
    /// Words setting an earlier figure against a result (`from`).
    pub contrast: Vec<String>,
    /// The measures of a company's results (`revenue`, `net income`).
    pub metrics: Vec<String>,
    /// Present forms whose object they count (`employs` = `employ`).
    pub count_verbs: BTreeMap<String, String>,
    /// Verbs whose sum is a reported noun (`earn` = `earnings`).
    pub verb_nouns: BTreeMap<String, String>,
    /// Words of a forecast.
    pub forecast: Vec<String>,
    /// Most words back to the verb, and from it to the clause's start.
    pub reach: usize,
}

impl BusinessCues {
    /// Parses and checks the file: lower-case words, the reach within
    /// its range.
    pub fn parse(text: &str) -> Result<BusinessCues, String> {
        let c: BusinessCues = toml::from_str(text).map_err(|e| e.to_string())?;
        crate::claims::text::check_lower_case_words(&[
            &c.verbs,
            &c.change_verbs,
            &c.fillers,
            &c.openers,
            &c.prepositions,
            &c.quarter,
            &c.year,
            &c.quarter_ordinals,
            &c.contrast,
            &c.forecast,
        ])?;
        // Phrases: lower-case words, one space apart.
        let phrases = c.quarter_phrases.iter().chain(&c.prior).chain(&c.metrics);
        let maps = c.verb_nouns.iter().chain(&c.count_verbs);
        for p in phrases.chain(maps.flat_map(|(k, v)| [k, v])) {
            let words: Vec<String> = p.split(' ').map(str::to_string).collect();
            crate::claims::text::check_lower_case_words(&[&words])
                .map_err(|e| format!("phrase `{p}`: {e}"))?;
        }
        if !(2..=16).contains(&c.reach) {
            return Err(format!("reach = {} is outside 2-16", c.reach));
        }
        Ok(c)
    }

    /// The embedded cues.
    pub fn defaults() -> &'static BusinessCues {
        static DEFAULTS: LazyLock<BusinessCues> = LazyLock::new(|| {
            BusinessCues::parse(DEFAULT_BUSINESS_CUES)
                .expect("rules/quantity/business.toml is checked by a test")
        });
        &DEFAULTS
    }
}

/// Whether a list holds a word.
fn has(list: &[String], w: &str) -> bool {
    list.iter().any(|x| x == w)
}

/// The verb a figure's words lead back to, across fillers and other
/// figures in its clause: its index, and whether the figure is a change
/// (right after a change verb, or after `by`).
fn verb_back(sentence: &str, view: &SentenceView, first_before: usize) -> Option<(usize, bool)> {
    let cues = BusinessCues::defaults();
    let mut level = false;
    for k in super::predicate::words_back_in_clause(sentence, view, first_before, cues.reach) {
        let w = view.word(k);
        if has(&cues.verbs, w) {
            return Some((k, has(&cues.change_verbs, w) && !level));
        }
        if matches!(w, "to" | "at") {
            level = true;
        }
        if !(has(&cues.fillers, w) || is_figure(w)) {
            return None;
        }
    }
    None
}

/// The head noun of the subject before the verb at word `verb`: the
/// last noun the tables know from the clause's start up to a
/// preposition or the verb, as `noun:<lemma>` (two words when the tables
/// know them together: `noun:net income`). A capitalised word in the
/// subject (not the sentence's first) is its `owner`.
fn subject_head(
    sentence: &str,
    view: &SentenceView,
    verb: usize,
    lex: &Lexical,
    owner: &mut Option<String>,
) -> Option<String> {
    let cues = BusinessCues::defaults();
    let back: Vec<usize> =
        super::predicate::words_back_in_clause(sentence, view, verb, cues.reach).collect();
    let start = back
        .iter()
        .position(|&k| has(&cues.openers, view.word(k)))
        .map_or(back.len(), |p| p);
    let mut head: Option<String> = None;
    for &k in back[..start].iter().rev() {
        let w = view.word(k);
        if has(&cues.prepositions, w) {
            break;
        }
        let noun = lex.knows(w, Pos::Noun)
            && !crate::claims::text::is_stopword(w)
            && !is_figure(w)
            && !inflected_verb(w, lex);
        // `Honda sales dropped 34%`: whose figure it is.
        let (ws, we) = view.words[k];
        if k > 0 && sentence[ws..we].starts_with(char::is_uppercase) {
            *owner = Some(w.trim_end_matches("'s").to_string());
        }
        if !noun {
            head = None;
            continue;
        }
        let two = k
            .checked_sub(1)
            .filter(|&p| back[..start].contains(&p))
            .map(|p| format!("{} {w}", view.word(p)))
            .filter(|t| lex.knows(t, Pos::Noun));
        head = Some(match two {
            Some(t) => lex.lemma(&t, Pos::Noun).into_owned(),
            None => lex.lemma(w, Pos::Noun).into_owned(),
        });
    }
    let head = head?;
    let quantifier = super::predicate::is_quantifier_noun(&head);
    (!quantifier).then(|| format!("noun:{head}"))
}

/// Whether a word is a past form the verb table knows (`reported`).
fn inflected_verb(w: &str, lex: &Lexical) -> bool {
    w.ends_with("ed") && lex.knows(w, Pos::Verb)
}

/// `net profit rose 12 percent to $1.84 billion`, `revenue for the
/// quarter was $9.2 billion`: the noun a report's figure measures,
/// whether the figure is the change rather than the level, and the name
/// in its subject (`Honda sales`), a scope.
pub(super) fn measured_subject(
    sentence: &str,
    view: &SentenceView,
    first_before: usize,
    lex: &Lexical,
) -> Option<(String, bool, Option<String>)> {
    // `net income of $610 million, or $1.42 per share`: the restated
    // figure's words lead back past the comma to the first one's.
    let restated = first_before >= 2
        && view.word(first_before - 1) == "or"
        && super::broken(
            sentence,
            view.words[first_before - 2].1,
            view.words[first_before - 1].0,
        );
    let (verb, change) = verb_back(sentence, view, first_before).or_else(|| {
        restated
            .then(|| verb_back(sentence, view, first_before - 2))
            .flatten()
    })?;
    let mut owner = None;
    let head = subject_head(sentence, view, verb, lex, &mut owner)?;
    Some((head, change, owner))
}

/// `earned $640 million`: the noun a report's sum is when its predicate
/// is one of the `verb-nouns` (`verb:earn` is `noun:earnings`).
pub(super) fn reported_noun(predicate: &str) -> Option<String> {
    let verb = predicate.strip_prefix("verb:")?;
    let noun = BusinessCues::defaults().verb_nouns.get(verb)?;
    Some(format!("noun:{noun}"))
}

/// `which employs about 38,000 people`: the verb of `count-verbs` right
/// before the figure, across hedge words, as `verb:<lemma>`.
pub(super) fn count_verb(view: &SentenceView, first_before: usize) -> Option<String> {
    let cues = BusinessCues::defaults();
    let hedge = |w: &str| {
        matches!(
            w,
            "about" | "some" | "roughly" | "nearly" | "around" | "almost"
        )
    };
    let k = (first_before.saturating_sub(3)..first_before)
        .rev()
        .find(|&k| !hedge(view.word(k)))?;
    let skipped = (k + 1..first_before).all(|j| hedge(view.word(j)));
    let lemma = cues.count_verbs.get(view.word(k)).filter(|_| skipped)?;
    Some(format!("verb:{lemma}"))
}

/// The scope of a report's figure its clause gives: [`FORECAST`] when it
/// forecasts the figure (the period is read with the sentence's other
/// scopes, see [`report_periods`]).
pub(super) fn report_scopes(
    sentence: &str,
    view: &SentenceView,
    first_before: usize,
    out: &mut Vec<String>,
) {
    let cues = BusinessCues::defaults();
    let mut before =
        super::predicate::words_back_in_clause(sentence, view, first_before, 2 * cues.reach);
    if before.any(|k| has(&cues.forecast, view.word(k))) {
        out.push(FORECAST.to_string());
    }
}

#[cfg(test)]
mod tests;
