//! What a dated statement reports: `HP announced on Tuesday that it will
//! acquire Acme` and `HP said on Monday it had agreed to buy Acme` are one
//! statement of one deal, keyed by the act reported (`buy`) and the name
//! it acts on (`Acme`); two statements reporting different acts never
//! meet (see `announcing-verbs` and `reported-acts` in
//! `rules/lexical/frames.toml`).

use super::{breaks, frames, group_head, word_frame, SentenceView, Word, CLAUSE_WORDS};
use std::ops::Range;

/// Words that open a reported clause without `that`: its subject.
const CONTENT_SUBJECTS: &[&str] = &["it", "he", "she", "they", "we"];

/// Words of the reported clause searched for its act and name, at most.
const MAX_CONTENT: usize = 16;

/// Whether a verb frame's class (`verb:announce`) announces (see
/// `announcing-verbs`).
pub(crate) fn announces(class: &str) -> bool {
    class
        .strip_prefix("verb:")
        .is_some_and(|lemma| frames().words.announcing_verbs.iter().any(|v| v == lemma))
}

/// The act a statement dated by the expression ending at `end` reports,
/// when a clause follows the expression (`that it has agreed to buy
/// Acme`, `it will acquire Acme`): the class of the last verb before the
/// clause's first name (`verb:buy`, the group's first word for a verb of
/// `reported-acts`), and the byte span of that name (`Acme`). `None`
/// when no clause follows or it names nothing after a verb.
pub(crate) fn reported_act(
    view: &SentenceView,
    sentence: &str,
    end: usize,
) -> Option<(String, Range<usize>)> {
    let mut k = view.words.partition_point(|&(s, _)| s < end);
    if k >= view.words.len() || breaks(sentence, end, view.words[k].0, false) {
        return None;
    }
    match view.word(k) {
        "that" => k += 1,
        w if CONTENT_SUBJECTS.contains(&w) => {}
        _ => return None,
    }
    let mut act: Option<String> = None;
    let last = (k + MAX_CONTENT).min(view.words.len());
    for j in k..last {
        let (s, e) = view.words[j];
        if j > k && breaks(sentence, view.words[j - 1].1, s, false) {
            return None;
        }
        if sentence[s..].starts_with(|c: char| c.is_uppercase()) {
            let act = act?;
            let mut to = e;
            for &(s2, e2) in &view.words[j + 1..] {
                let joined = sentence[to..s2].trim().is_empty();
                if !joined || !sentence[s2..].starts_with(|c: char| c.is_uppercase()) {
                    break;
                }
                to = e2;
            }
            return Some((act, s..to));
        }
        let w = view.word(j);
        if j > k && CLAUSE_WORDS.contains(&w) {
            return None;
        }
        // `consulting company`: an `-ing` form before a name describes it.
        if let Word::Frame(f) = word_frame(view, sentence, j) {
            if f.class.starts_with("verb:") && !w.ends_with("ing") {
                act = Some(one_act(&f.class));
            }
        }
    }
    None
}

/// A verb class with a `reported-acts` lemma named by its group's first
/// word (`verb:acquire` → `verb:buy`); any other as it is.
fn one_act(class: &str) -> String {
    let lemma = class.strip_prefix("verb:").unwrap_or(class);
    group_head(&frames().words.reported_acts, lemma)
        .map_or_else(|| class.to_string(), |first| format!("verb:{first}"))
}
