//! Where a person or a firm is from (`rules/places/homes.toml`): `Jane
//! Roe, 41, of Dayton`, `Jane Roe, a Dayton woman,`, `the Dayton
//! company`, `The Dayton, Ohio, company`, `the Dayton-based chain`,
//! `Dayton-based Brennan Hale`, `who lives in Dayton`, `her hometown of
//! Dayton`. Each is a location claim of class [`HOME_CLASS`] whose one
//! participant is the holder, by name; two are compared only for one
//! holder (see [`same_holder`]), whatever the events of their sentences.

use super::entities::EntityKind;
use super::{Claim, ClaimKind, Doc, Subject, Value};
use crate::gazetteer::{Found, Gazetteer, Place};
use serde::Deserialize;
use std::sync::LazyLock;

/// The class of every home claim.
pub const HOME_CLASS: &str = "home";

const HOMES_TOML: &str = include_str!("../../rules/places/homes.toml");

/// The cues of `rules/places/homes.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Homes {
    people: Vec<String>,
    firms: Vec<String>,
    lives: Vec<String>,
    units: Vec<String>,
}

static HOMES: LazyLock<Homes> =
    LazyLock::new(|| toml::from_str(HOMES_TOML).expect("rules/places/homes.toml parses"));

/// Whether a claim is a home claim.
pub fn is_home(c: &Claim) -> bool {
    c.kind == ClaimKind::Location && c.subject.class.as_str() == HOME_CLASS
}

/// Whether two home claims are of one holder: one name, or one name
/// leading the other word for word (`Harlow` and `Harlow Appliances`).
pub fn same_holder(a: &Claim, b: &Claim) -> bool {
    if !(is_home(a) && is_home(b)) {
        return false;
    }
    let (Some(x), Some(y)) = (
        a.subject.participants.first(),
        b.subject.participants.first(),
    ) else {
        return false;
    };
    let words = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(crate::claims::role::compare::fold)
            .collect()
    };
    let (wx, wy) = (words(x), words(y));
    let (short, long) = if wx.len() <= wy.len() {
        (&wx, &wy)
    } else {
        (&wy, &wx)
    };
    !short.is_empty() && long.starts_with(short) || crate::claims::role::compare::same_name(x, y)
}

/// Who a home belongs to, read around a place at `start..end` of
/// sentence `i` (bytes of the sentence): `None` when no cue names one.
/// `lower` is the sentence in lower case, `found` the places of every
/// sentence.
fn holder(
    doc: &Doc,
    found: &[Vec<Found>],
    i: usize,
    span: (usize, usize),
    lower: &str,
) -> Option<String> {
    let (start, end) = span;
    let text = doc.sentence_text(i);
    let base = doc.seg.sentences[i].span.start;
    let before = &lower[..start];
    let after = without_qualifier(&text[end..]);
    let next = next_word(after);
    let h = &*HOMES;
    // `of Bruce Township`: another place than the town `Bruce`.
    if h.units.contains(&next) {
        return None;
    }
    // `Jane Roe, 41, of Dayton`, `Jane Roe, a Dayton woman`.
    let apposed = |cue_at: usize| {
        let comma = text[..cue_at].trim_end().strip_suffix(',')?.len();
        let comma = skip_age(text, comma);
        super::age::person_at(doc, i, base + comma, false)
    };
    if before.ends_with(", of ") {
        return apposed(start - 3);
    }
    if before.ends_with(" a ") || before.ends_with(" an ") {
        if h.people.contains(&next) {
            let cue = before.trim_end().rfind(' ').map_or(0, |k| k + 1);
            return apposed(cue);
        }
        return None;
    }
    let before_space = before.strip_suffix(' ');
    if let Some(cue) = h
        .lives
        .iter()
        .find(|c| before_space.is_some_and(|b| b.ends_with(c.as_str())))
    {
        let at = start - cue.len() - 1;
        return last_person_before(doc, i, at);
    }
    // `Dayton-based Brennan Hale`, `the Dayton-based chain`.
    if let Some(rest) = after.strip_prefix("-based ") {
        let firm = capitalised_run(rest);
        if !firm.is_empty() {
            return Some(firm);
        }
        let noun = next_word(rest);
        return (before.ends_with("the ") && h.firms.contains(&noun))
            .then(|| firm_before(doc, found, i, start))
            .flatten();
    }
    if before.ends_with("the ") && h.firms.contains(&next) {
        return firm_before(doc, found, i, start);
    }
    None
}

/// Byte `comma` of `text` moved before an age in apposition (`Roe, 41,`
/// → the comma after `Roe`).
fn skip_age(text: &str, comma: usize) -> usize {
    let head = text[..comma].trim_end();
    let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 3 {
        return comma;
    }
    let rest = head[..head.len() - digits].trim_end();
    rest.strip_suffix(',').map_or(comma, str::len)
}

/// `after` without a qualifier that opens it (`, Ohio, company` →
/// `company`): the place's state or country.
fn without_qualifier(after: &str) -> &str {
    let Some(rest) = after.strip_prefix(", ") else {
        return after;
    };
    let run = rest
        .split(' ')
        .take_while(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        .map(|w| w.len() + 1)
        .sum::<usize>();
    let q = rest.get(..run.saturating_sub(1)).unwrap_or("");
    match rest.get(run.saturating_sub(1)..) {
        Some(tail) if q.ends_with(',') && !q.is_empty() => tail,
        _ => after,
    }
}

/// The next word of `after` (skipping a comma and spaces), lower case,
/// letters only: `company` of `, company's`.
fn next_word(after: &str) -> String {
    after
        .trim_start_matches([',', ' '])
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The run of capitalised words `text` opens with (`Brennan Hale` of
/// `Brennan Hale said`), without a legal suffix.
fn capitalised_run(text: &str) -> String {
    let words: Vec<&str> = text
        .split(' ')
        .take_while(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        .map(|w| w.trim_end_matches([',', '.', ';', ':']))
        .take_while(|w| !w.is_empty())
        .collect();
    let run = words.join(" ");
    super::firms::without_legal_suffix(&run)
        .map_or(run.clone(), str::to_string)
        .trim()
        .to_string()
}

/// The firm a `the Dayton company` of sentence `i` at byte `at` takes up:
/// the one name before it in its sentence that is no place's nor an
/// owner's (`Ryanair's`), else the one name of the sentence before.
fn firm_before(doc: &Doc, found: &[Vec<Found>], i: usize, at: usize) -> Option<String> {
    let names = |p: usize, upto: usize| -> Vec<String> {
        let text = doc.sentence_text(p);
        let base = doc.seg.sentences[p].span.start;
        let mut out = Vec::new();
        let mut k = 0;
        while k < upto {
            let rest = &text[k..upto];
            let Some(off) = rest.find(|c: char| c.is_ascii_uppercase()) else {
                break;
            };
            let s = k + off;
            let boundary = s == 0 || text[..s].ends_with(' ');
            let whole = capitalised_run(&text[s..upto]);
            k = s + text[s..upto].find(' ').unwrap_or(upto - s).max(1);
            // `The Brennan Hale chain`: the name without its article.
            let run = whole.strip_prefix("The ").unwrap_or(&whole).to_string();
            let s = s + (whole.len() - run.len());
            // `After`, `Patch Tuesday`: a word opening a sentence, a day.
            let opening = s == 0 && !run.contains(' ') && crate::gazetteer::is_common_word(&run);
            // `Ryanair's orders with the US maker`: an owner is no firm
            // the description takes up.
            let owner = text[s + run.len()..].starts_with(['\'', '\u{2019}']);
            let function = opening
                || owner
                || run.split(' ').any(crate::gazetteer::is_calendar_word)
                || matches!(run.as_str(), "The" | "A" | "An" | "In" | "It" | "Its");
            // A firm's name reads as a person's (`Brennan Hale`): only
            // places are left out.
            let other = doc.mentions[p].iter().any(|m| {
                matches!(m.kind, EntityKind::Place | EntityKind::Country)
                    && m.start < base + s + run.len()
                    && base + s < m.end
            });
            let place = found[p]
                .iter()
                .any(|f| f.start < s + run.len() && s < f.end);
            if boundary && !run.is_empty() && !function && !other && !place {
                // Past the whole run, legal suffix and all (`Inc`).
                let raw: usize = text[s..upto]
                    .split(' ')
                    .take_while(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
                    .map(|w| w.len() + 1)
                    .sum();
                k = (s + raw).min(upto).max(s + run.len());
                out.push(run);
            }
        }
        out
    };
    // One firm named: with two (`Airbus sold more than Boeing … the US
    // company`), which one the description takes up is a guess.
    let one = |mut v: Vec<String>| (v.len() == 1).then(|| v.remove(0));
    let here = names(i, at);
    if !here.is_empty() {
        return one(here);
    }
    let p = i.checked_sub(1)?;
    one(names(p, doc.sentence_text(p).len()))
}

/// The last person named in sentence `i` before byte `at`, by full name.
fn last_person_before(doc: &Doc, i: usize, at: usize) -> Option<String> {
    let text = &doc.sentence_text(i)[..at];
    let ends: Vec<usize> = super::names::person_names(text, &super::names::word_capitals(text))
        .into_iter()
        .map(|n| n.name.end)
        .collect();
    let base = doc.seg.sentences[i].span.start;
    ends.iter()
        .rev()
        .find_map(|&e| super::age::person_at(doc, i, base + e, false))
}

/// The home claims of every sentence: each place found (`found`, per
/// sentence) or read after a home cue whose holder is named.
pub(super) fn home_claims(
    doc: &Doc,
    found: &[Vec<Found>],
    story: Option<&str>,
    out: &mut Vec<Claim>,
) {
    let g = Gazetteer::embedded();
    for (i, fs) in found.iter().enumerate() {
        let lower = doc.sentence_text(i).to_ascii_lowercase();
        for f in fs {
            let Some(who) = holder(doc, found, i, (f.start, f.end), &lower) else {
                continue;
            };
            let Some(p) = pick_home(&f.readings, story, found, g) else {
                continue;
            };
            out.push(claim(doc, i, f.start..f.end, p, who, g));
        }
        for (start, end, who, readings) in unfound(doc, found, i, &lower, g) {
            let Some(p) = pick_home(&readings, story, found, g) else {
                continue;
            };
            out.push(claim(doc, i, start..end, p, who, g));
        }
    }
}

/// Most km from a reading of a home's name to a town the article names
/// for the reading to be the article's (`of Pasadena` in a story told in
/// Los Angeles is Pasadena, California, not Texas).
const NEAR_THE_STORY_KM: f64 = 100.0;

/// The reading of a home's name: the one near a town that the article
/// names otherwise, else the story country's or the most likely.
fn pick_home<'g>(
    readings: &[&'g Place],
    story: Option<&str>,
    found: &[Vec<Found>],
    g: &Gazetteer,
) -> Option<&'g Place> {
    if readings.len() > 1 {
        let towns: Vec<&Place> = found
            .iter()
            .flatten()
            .filter(|f| f.readings.iter().all(|r| !readings.contains(r)))
            .filter_map(|f| super::location::pick(&f.readings, story))
            .filter(|p| p.kind == crate::gazetteer::PlaceKind::City)
            .collect();
        let near = |r: &&&Place| {
            towns.iter().any(|t| {
                t.id != r.id
                    && (crate::gazetteer::distance_km(r, t) <= NEAR_THE_STORY_KM
                        || g.contains(t, r))
            })
        };
        if let Some(r) = readings.iter().find(near) {
            return Some(r);
        }
    }
    super::location::pick(readings, story)
}

/// Places the finder left (no context it knows introduces them) right
/// after a home cue or before `-based`: `Jane Roe, of Dayton`, `a Dayton
/// woman`, `Dayton-based`. A common word (`a Nice man`) or a month is
/// none.
fn unfound<'g>(
    doc: &Doc,
    found: &[Vec<Found>],
    i: usize,
    lower: &str,
    g: &'g Gazetteer,
) -> Vec<(usize, usize, String, Vec<&'g Place>)> {
    let text = doc.sentence_text(i);
    let fs = &found[i];
    let mut out = Vec::new();
    for (s, _) in text.match_indices(|c: char| c.is_ascii_uppercase()) {
        let inside = fs.iter().any(|f| f.start <= s && s < f.end);
        if s > 0 && !text[..s].ends_with(' ') || inside {
            continue;
        }
        let rest = &text[s..];
        let words: Vec<&str> = rest
            .split([' ', ',', '.', ';', ':', '-', '\u{2019}', '\''])
            .take_while(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
            .take(4)
            .collect();
        // The whole run of capitalised words, a place: `Bruce` of `Bruce
        // Township` is no town of it.
        if words.len() >= 4 {
            continue;
        }
        let name = words.join(" ");
        if !rest.starts_with(&name) {
            continue;
        }
        let end = s + name.len();
        // The cue first: looking every capitalised word up is slow.
        let Some(who) = holder(doc, found, i, (s, end), lower) else {
            continue;
        };
        if crate::gazetteer::is_common_word(&name) {
            continue;
        }
        let readings = g.lookup(&name);
        if !readings.is_empty() {
            out.push((s, end, who, readings));
        }
    }
    out
}

/// The claim that place `p` at `span` (bytes of sentence `i`) is `who`'s
/// home.
fn claim(
    doc: &Doc,
    i: usize,
    span: std::ops::Range<usize>,
    p: &Place,
    who: String,
    g: &Gazetteer,
) -> Claim {
    let s = &doc.seg.sentences[i];
    let base = s.span.start;
    let sentence = doc.sentence_text(i);
    let what = if p.kind == crate::gazetteer::PlaceKind::City {
        "home city"
    } else {
        "home"
    };
    Claim {
        source: doc.source.id,
        kind: ClaimKind::Location,
        subject: Subject {
            key: format!("{who}'s {what}").into(),
            class: HOME_CLASS.into(),
            participants: vec![who].into(),
            tense: super::Tense::Unknown,
            event_date: None,
            context: doc.sentences[i].stems(),
            counted: None,
        },
        value: Value::Location {
            place: p.name.into(),
            country: g.country_of(p).map(|c| c.name.into()),
            geo: Some(p.id.into()),
            offset: None,
        },
        span: base + span.start..base + span.end,
        sentence: s.span.clone(),
        confidence: 0.75,
        evidence: format!("home: \"{}\"", &sentence[span]).into(),
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, Claim};

    /// Every home claim of `text` as (holder, place).
    fn homes(text: &str) -> Vec<(String, String)> {
        claims_of(text, Some("2024-05-02"))
            .iter()
            .filter(|c| super::is_home(c))
            .map(|c: &Claim| {
                let place = match &c.value {
                    crate::claims::Value::Location { place, .. } => place.to_string(),
                    _ => String::new(),
                };
                (c.subject.participants[0].clone(), place)
            })
            .collect()
    }

    fn one(holder: &str, place: &str) -> Vec<(String, String)> {
        vec![(holder.to_string(), place.to_string())]
    }

    #[test]
    fn a_person_of_a_town() {
        let s = "The driver, Marta Quill, 34, of Spokane, was taken to a hospital.";
        assert_eq!(homes(s), one("Marta Quill", "Spokane"));
        let s = "Marta Quill, a Boise woman, was hurt in the crash.";
        assert_eq!(homes(s), one("Marta Quill", "Boise"));
        let s = "Police said Dev Arden, who lives in Tacoma, fled on foot.";
        assert_eq!(homes(s), one("Dev Arden", "Tacoma"));
        let s = "Tomas Reyko returned to his hometown of Fresno on Sunday.";
        assert_eq!(homes(s), one("Tomas Reyko", "Fresno"));
    }

    #[test]
    fn a_firm_of_a_town() {
        let s = "The recall that Brennan Hale announced is the largest in the Dayton company's history.";
        assert_eq!(homes(s), one("Brennan Hale", "Dayton"));
        let s = "Brennan Hale said it was sorry. The Tucson, Arizona, company sold 9,000 blenders.";
        assert_eq!(homes(s), one("Brennan Hale", "Tucson"));
        let s = "Dayton-based Brennan Hale Inc said on Thursday it would recall blenders.";
        assert_eq!(homes(s), one("Brennan Hale", "Dayton"));
    }

    #[test]
    fn no_home_without_a_cue_or_a_holder() {
        // No holder named: `a Boise woman` alone says whose home nowhere.
        assert!(homes("A Boise woman was hurt in the crash.").is_empty());
        // A common word is no place (`a Nice man`), nor a month.
        assert!(homes("Jo Pell, a Nice man, said so.").is_empty());
        assert!(homes("Jo Pell, of March, said so.").is_empty());
        // Past homes are no homes now.
        assert!(homes("Dev Arden, who lived in Tacoma, fled on foot.").is_empty());
    }
}
