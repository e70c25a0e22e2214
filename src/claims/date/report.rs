//! Statements keyed by what they report: `HP announced on Tuesday that it
//! will acquire Acme` and `HP said on Monday 12 November it had agreed to
//! buy Acme` date one statement of one deal (see
//! [`crate::claims::frame::reported_act`]). The claim's class names the
//! act and the name it acts on (`report:verb:buy:acme`), so that only
//! statements reporting the same act on the same name meet, and its
//! participants are the speaker's, who must be named. A plan (`said it
//! will buy Acme`) may be told again another day and is not keyed.

use super::window::{named_speaker, speaker_end, speaker_window};
use super::{Doc, EventWord, SentenceView};
use crate::claims::frame::{announces, report_after, reported_act, word_before_date};
use crate::claims::text::tense_at;
use crate::claims::Tense;
use std::ops::Range;

/// A statement keyed by its reported act.
pub(super) struct Report {
    /// The claim's class: `report:` and the act's class and name.
    pub(super) class: String,
    /// What the subject says: the act and its name (`buy Acme`).
    pub(super) what: String,
    /// The speaker (a person, company or body).
    pub(super) speakers: Vec<String>,
}

/// The statement the date at `opener..end` of sentence `i` dates, keyed by
/// its reported act: `event` is a reporting verb (`is_statement`) or an
/// announcing verb right before the date (`announced on Tuesday`), a
/// clause reporting an act on a name follows, and the speaker is named.
pub(super) fn keyed_report(
    doc: &Doc,
    i: usize,
    view: &SentenceView,
    sentence: &str,
    event: &EventWord,
    is_statement: bool,
    (opener, end): (usize, usize),
) -> Option<Report> {
    let right_before =
        word_before_date(view, opener).is_some_and(|k| view.words[k].0 == event.start);
    // `Acme on Tuesday announced`: the verb right after the date.
    let right_after =
        report_after(view, sentence, opener, end).is_some_and(|f| f.start == event.start);
    let announced = announces(&event.class) && (right_before || right_after);
    if !(is_statement || announced) {
        return None;
    }
    let (act, name) = reported_act(view, sentence, end.max(event.end))?;
    // `said on Monday it will buy Acme`: a plan may be told again on
    // another day; an act done or agreed is announced once.
    if tense_at(sentence, name.start) == Tense::Future {
        return None;
    }
    let speakers = speakers(doc, i, sentence, speaker_end(view, event.start, opener));
    if speakers.is_empty() {
        return None;
    }
    let name = &sentence[name];
    let lemma = act.strip_prefix("verb:").unwrap_or(&act);
    Some(Report {
        class: format!("report:{act}:{}", name.to_lowercase()),
        what: format!("{lemma} {name}"),
        speakers,
    })
}

/// Who made the statement whose verb starts at `verb`: the people named
/// before it in its clause, else the company or body it names; a
/// bracket right before the verb (`Hewlett-Packard (hp.com) announced`)
/// is skipped.
fn speakers(doc: &Doc, i: usize, sentence: &str, verb: usize) -> Vec<String> {
    let mut window = speaker_window(sentence, verb);
    if sentence[window.clone()].trim().is_empty() && sentence[..window.start].ends_with(')') {
        if let Some(open) = sentence[..window.start].rfind('(') {
            window = speaker_window(sentence, open);
        }
    }
    let span = doc.seg.sentences[i].span.start;
    let at = |r: &Range<usize>| span + r.start..span + r.end;
    let mut out = doc.participants(i, at(&window));
    if out.is_empty() {
        out.extend(named_speaker(sentence, window));
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, ClaimKind};

    /// (class, key) of each date claim of `text`.
    fn dated(text: &str) -> Vec<(String, String)> {
        claims_of(text, Some("2021-02-20"))
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Date)
            .map(|c| (c.subject.class.to_string(), c.subject.key.to_string()))
            .collect()
    }

    #[test]
    fn an_announcement_is_keyed_by_the_act_it_reports() {
        // A bracket after the speaker is skipped.
        let d = dated("Chip maker Orbitron Systems (orbitron.com) announced on Tuesday that it had agreed to acquire Kelvane Labs.");
        assert_eq!(d[0].0, "report:verb:buy:kelvane labs");
        assert_eq!(d[0].1, "statement on buy Kelvane Labs: Orbitron Systems");
        // A statement after a reporting verb, `that` left out.
        let d =
            dated("Orbitron Systems said on Monday it had bought the sensor maker Kelvane Labs.");
        assert_eq!(d[0].0, "report:verb:buy:kelvane labs");
    }

    #[test]
    fn a_date_between_speaker_and_verb_dates_the_statement() {
        let d = dated("Orbitron Systems on Monday said it had bought Kelvane Labs.");
        assert_eq!(d[0].0, "report:verb:buy:kelvane labs");
        assert_eq!(d[0].1, "statement on buy Kelvane Labs: Orbitron Systems");
        let d = dated("Orbitron Systems on Tuesday announced that it had acquired Kelvane Labs.");
        assert_eq!(d[0].0, "report:verb:buy:kelvane labs");
        // Not keyed: the statement still, by its speaker.
        let d = dated("Orbitron Systems on Thursday said it would close two plants.");
        assert_eq!(d, [("verb:say".into(), "say: Orbitron Systems".into())]);
        // A participle before the date claims it.
        let d = dated("The man arrested on Tuesday told police that he had robbed Tom Berrow.");
        assert!(d.iter().all(|(c, _)| c == "verb:arrest"), "{d:?}");
        // A date opening the sentence is set off from the verb.
        let d = dated("On Tuesday, Orbitron Systems said it had bought Kelvane Labs.");
        assert!(d.iter().all(|(c, _)| !c.starts_with("report:")), "{d:?}");
    }

    #[test]
    fn no_key_without_a_reported_act_a_name_or_a_speaker() {
        // A plan may be told again another day.
        let d = dated("Orbitron Systems said on Monday that it will buy Kelvane Labs.");
        assert_eq!(d[0].0, "verb:say");
        // Nothing reported after the date.
        let d = dated("Orbitron Systems announced on Tuesday a new chip for phones.");
        assert!(d.iter().all(|(c, _)| !c.starts_with("report:")), "{d:?}");
        // No name acted on.
        let d = dated("Orbitron Systems said on Monday that it had closed two plants.");
        assert!(d.iter().all(|(c, _)| !c.starts_with("report:")), "{d:?}");
        // Whose statement is unknown.
        let d = dated("Officials announced on Tuesday that they had arrested Tom Berrow.");
        assert!(d.iter().all(|(c, _)| !c.starts_with("report:")), "{d:?}");
        // An announcing verb not right before the date.
        let d = dated(
            "Orbitron Systems announced its results on Tuesday that it had bought Kelvane Labs.",
        );
        assert!(d.iter().all(|(c, _)| !c.starts_with("report:")), "{d:?}");
    }
}
