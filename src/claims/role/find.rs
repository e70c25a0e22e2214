//! Finding people and their offices in an article: full names, the
//! office before a name (`Interior Minister Jane Roe`), an appositive
//! after it (`Jane Roe, then a deputy sheriff,`) and a party label
//! (`Jane Roe (D-Ohio)`). Then one claim per office and per name.

use super::compare::{compare_roles, misspelled_parts, name_parts, RoleMatch};
use super::office::{body_after, head_ending_at, read_office, words_of, words_of_upto, Word};
use super::spelling_index::spelled_two_ways;
use super::vocab::{Marker, RoleWords, ROLE_WORDS};
use super::{Role, RoleTime, NAME_CLASS, ROLE_CLASS};
use crate::claims::entities::EntityKind;
use crate::claims::{Claim, ClaimKind, Doc, Subject, Tense, Value};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// A person named in a sentence, with an office the sentence gives them.
#[derive(Debug, Clone)]
pub(super) struct Found {
    /// The full name, single-spaced.
    person: String,
    /// Sentence index.
    sentence: usize,
    /// Where the name is (absolute).
    name: Range<usize>,
    /// The office, with the span of the office and the name (absolute)
    /// and how it was read; boxed, as most names come without one.
    role: Option<Box<(Role, Range<usize>, &'static str)>>,
    /// The folded name ([`name_parts`]): whom the name is of.
    key: (String, String),
}

/// Most words read before a name for its office.
const WORDS_BEFORE: usize = 8;
/// Most words read after a name for an appositive office.
const WORDS_AFTER: usize = 14;

/// Every full name of the article's body, and every office given to one.
/// A name without an office is kept the first time its person is named
/// only: [`claims`] reads no later one (an article naming the same people
/// in every sentence would otherwise hold all those mentions).
/// Each sentence's [`word_capitals`](crate::claims::names::word_capitals)
/// are handed to `each_capitals` with the sentence's index as they are
/// found.
pub(super) fn mentions(doc: &Doc, mut each_capitals: impl FnMut(usize, &[usize])) -> Vec<Found> {
    let vocab = &*ROLE_WORDS;
    let mut out = Vec::new();
    let mut named: HashSet<(String, String)> = HashSet::new();
    for (i, s) in doc.seg.sentences.iter().enumerate() {
        let text = doc.sentence_text(i);
        let base = s.span.start;
        let capitals = crate::claims::names::word_capitals(text);
        each_capitals(i, &capitals);
        // Read only when an office is found: most sentences give none.
        let not_now = std::cell::OnceCell::new();
        for n in crate::claims::names::person_names(text, &capitals) {
            let name = base + n.name.start..base + n.name.end;
            if !is_person(doc, i, &name, &text[n.name.clone()], vocab) {
                continue;
            }
            let person = text[n.name.clone()]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let key = name_parts(&person);
            let found = |role| Found {
                person: person.clone(),
                sentence: i,
                name: name.clone(),
                role,
                key: key.clone(),
            };
            if !named.contains(&key) {
                named.insert(key.clone());
                out.push(found(None));
            }
            let label = party_label(text, n.name.end, vocab);
            // `Jane Roe (D-Ohio), chair of the committee,`: the appositive
            // follows the label in brackets.
            let apposed_at = match &label {
                Some((_, span, _)) if text[n.name.end..].starts_with(" (") => span.end,
                _ => n.name.end,
            };
            let offices = [
                office_before(text, n.name.start, vocab),
                label,
                appositive(text, apposed_at, vocab),
                super::party::party_before(text, n.name.start, vocab),
                super::party::party_after(text, n.name.end, vocab),
            ];
            for (mut role, span, how) in offices.into_iter().flatten() {
                let another_time = || about_another_time(text, doc.anchor.map(|d| d.year()), vocab);
                if role.time == RoleTime::Current && *not_now.get_or_init(another_time) {
                    role.time = RoleTime::Unknown;
                }
                let span = base + span.start.min(n.name.start)..base + span.end.max(n.name.end);
                out.push(found(Some(Box::new((role, span, how)))));
            }
        }
    }
    out
}

/// Whether a name found in sentence `i` is a person's: not a place, a
/// country or an organisation the lexicon or the gazetteer knows, and
/// not an office itself (`Ranking Member`).
fn is_person(doc: &Doc, i: usize, span: &Range<usize>, name: &str, vocab: &RoleWords) -> bool {
    let other = doc.mentions.get(i).is_some_and(|ms| {
        ms.iter()
            .any(|m| m.kind != EntityKind::Person && m.start < span.end && span.start < m.end)
    });
    if other
        || name
            .split_whitespace()
            .any(|w| vocab.head(&w.to_lowercase()).is_some())
    {
        return false;
    }
    crate::gazetteer::Gazetteer::embedded()
        .lookup(name)
        .is_empty()
}

/// Whether a sentence tells of another time than the article's present:
/// a word of `not-now`, or a year other than the article's, outside the
/// quoted words (`"we kept it running through the winter," union
/// president Ana Ruiz said`: the quote's words date what she says, not
/// her office). A phrase of `now-phrases` (`running the business`) tells
/// of now.
fn about_another_time(text: &str, year: Option<i16>, vocab: &RoleWords) -> bool {
    let lower = super::quoted::outside_quotes(text).to_lowercase();
    // `who will keep running the business`: the phrase's words are read
    // as one, of now.
    let mut joined = format!(" {} ", super::vocab::words_of(&lower).join(" "));
    for p in vocab.now_phrases() {
        joined = joined.replace(&format!(" {p} "), " ");
    }
    joined.split(' ').filter(|w| !w.is_empty()).any(|w| {
        let year_word = w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
        if year_word {
            return w.parse::<i16>().ok() != year;
        }
        vocab.not_now(w)
    })
}

/// The office written right before a name: `former Interior Minister`,
/// `then-Sheriff`, `President-elect`.
fn office_before(
    text: &str,
    name_start: usize,
    vocab: &RoleWords,
) -> Option<(Role, Range<usize>, &'static str)> {
    let before = &text[..name_start];
    let from = word_start_back(before, WORDS_BEFORE);
    let words = words_of(&before[from..], vocab);
    let last = words.last()?;
    if last.stop && !last.lower.ends_with('.') {
        return None;
    }
    // `President-elect Jane Roe`: the marker follows the head.
    let n = words.len();
    let end = if n >= 2 && vocab.marker(&last.lower) == Some(Marker::Transition) {
        n - 1
    } else {
        n
    };
    let (role, start) = read_office(&words, end, None, vocab)?;
    let at = from + offset_of(&before[from..], &words[start]);
    Some((role, at..name_start, "the office before the name"))
}

/// The byte offset in `text` where the words that [`words_of`] read
/// start, `n` words back from its end (0 when it has fewer): read
/// backwards, so a long sentence costs no more than its last words.
pub(super) fn word_start_back(text: &str, n: usize) -> usize {
    let mut seen = 0;
    let mut chars = text.char_indices().rev().peekable();
    while let Some((k, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        // A word starts here when a space or the text's start is before it.
        if chars.peek().is_none_or(|&(_, p)| p.is_whitespace()) {
            seen += 1;
            if seen == n {
                return k;
            }
        }
    }
    0
}

/// Where a word read from `text` starts in it (its written form is a
/// slice of `text`).
fn offset_of(text: &str, w: &Word) -> usize {
    let (t, p) = (text.as_ptr() as usize, w.written.as_ptr() as usize);
    p.checked_sub(t).filter(|&k| k <= text.len()).unwrap_or(0)
}

/// A party label after a name: `(D-Ohio)`, `(R)`, `, R-Texas,`.
fn party_label(
    text: &str,
    name_end: usize,
    vocab: &RoleWords,
) -> Option<(Role, Range<usize>, &'static str)> {
    let after = &text[name_end..];
    let (inner, len) = if let Some(r) = after.strip_prefix(" (") {
        let close = r.find(')')?;
        (&r[..close], 2 + close + 1)
    } else if let Some(r) = after.strip_prefix(", ") {
        let close = r.find(',')?;
        (&r[..close], 2 + close + 1)
    } else {
        return None;
    };
    let (letter, state) = inner.split_once('-').unwrap_or((inner, ""));
    vocab.party(letter)?;
    let state_ok = state.is_empty()
        || (state.len() <= 20
            && state.starts_with(|c: char| c.is_ascii_uppercase())
            && state
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == '.' || c == ' '));
    if !state_ok {
        return None;
    }
    let role = Role {
        written: inner.to_string(),
        head: "party".into(),
        rank: None,
        portfolio: Some(letter.to_string()),
        of: (!state.is_empty()).then(|| state.to_lowercase()),
        time: RoleTime::Current,
    };
    Some((role, name_end..name_end + len, "a party label"))
}

/// An office in apposition after a name: `, the former chief executive of
/// Acme,`, `, then a deputy sheriff,`, `, who was then the sheriff,`,
/// `, 45, chair of the committee,`. The office must fill the phrase up to
/// a comma, a full stop or a verb of speech.
fn appositive(
    text: &str,
    name_end: usize,
    vocab: &RoleWords,
) -> Option<(Role, Range<usize>, &'static str)> {
    let rest = text[name_end..].strip_prefix(", ")?;
    let rest_at = name_end + 2;
    let words = words_of_upto(rest, vocab, WORDS_AFTER);
    let words = &words[..];
    let mut skip = 0;
    // `Jane Roe, 45, the sheriff`: an age first.
    if words
        .first()
        .is_some_and(|w| w.stop && w.lower.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
    {
        skip = 1;
    }
    let mut past = false;
    if words.get(skip).is_some_and(|w| w.lower == "who") {
        let verb = words.get(skip + 1).map(|w| w.lower.as_str());
        past = match verb {
            Some("is") => false,
            Some("was") => true,
            _ => return None,
        };
        skip += 2;
    }
    // The head is the first one in the phrase, before any comma.
    let mut k = skip;
    let end = loop {
        let w = words.get(k)?;
        k += 1;
        if head_ending_at(words, k, vocab).is_some() {
            // `chief executive officer`: take the longest head here.
            while k < words.len()
                && !words[k - 1].stop
                && head_ending_at(words, k + 1, vocab).is_some_and(|(_, n)| n > 1)
            {
                k += 1;
            }
            break k;
        }
        if w.stop {
            return None;
        }
    };
    let body = if words[end - 1].stop {
        None
    } else {
        body_after(words, end)
    };
    let last = body.as_ref().map_or(end, |(_, e)| *e);
    let closed = words[last - 1].stop
        || words
            .get(last)
            .is_some_and(|w| matches!(w.lower.as_str(), "said" | "says" | "told" | "who"));
    if !closed {
        return None;
    }
    let (mut role, start) = read_office(words, end, body.map(|(b, _)| b), vocab)?;
    if start != skip && !(start > skip && words[skip..start].iter().all(|w| is_determiner(w))) {
        return None;
    }
    if past && role.time == RoleTime::Current {
        role.time = RoleTime::Unknown;
    }
    let w = &words[last - 1];
    let end_at = rest_at + offset_of(rest, w) + w.written.len();
    Some((role, name_end..end_at, "an appositive after the name"))
}

/// `the`, `a`, `an`.
fn is_determiner(w: &Word) -> bool {
    matches!(w.lower.as_str(), "the" | "a" | "an")
}

/// The claims of an article's people: one per office given to a person
/// (repeats dropped), one per full name. A person given two conflicting
/// offices of one slot by the article itself, or two names spelled one
/// letter apart, is left out: the article is no witness there.
pub(super) fn claims(doc: &Doc, found: Vec<Found>, room: usize) -> Vec<Claim> {
    let vocab = &*ROLE_WORDS;
    // Each mention's folded name: (first name, rest).
    let keys: Vec<&(String, String)> = found.iter().map(|f| &f.key).collect();
    // Names and offices are looked up by person, never by a scan of all
    // kept ones: an article of many people stays linear.
    let mut names: Vec<usize> = Vec::new();
    let mut named: HashSet<&(String, String)> = HashSet::new();
    let mut roles: Vec<usize> = Vec::new();
    let mut roles_of: HashMap<&(String, String), Vec<usize>> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        match &f.role {
            None if named.insert(keys[i]) => names.push(i),
            Some(role) => {
                let r = &role.0;
                let theirs = roles_of.entry(keys[i]).or_default();
                let repeat = theirs.iter().any(|&g| {
                    found[g]
                        .role
                        .as_deref()
                        .is_some_and(|(x, ..)| x.canonical() == r.canonical())
                });
                if !repeat {
                    theirs.push(i);
                    roles.push(i);
                }
            }
            None => {}
        }
    }
    let roles_of = |i: usize| roles_of.get(keys[i]).map_or(&[][..], Vec::as_slice);
    let two_ways = spelled_two_ways(&names, &keys, &vocab.spelling, |g, i| {
        let (a, b) = (&found[g].person, &found[i].person);
        misspelled_parts(a, keys[g], b, keys[i], &vocab.spelling)
    });
    let self_conflict = |i: usize| {
        let Some((r, ..)) = found[i].role.as_deref() else {
            return false;
        };
        roles_of(i).iter().any(|&g| {
            found[g].role.as_deref().is_some_and(|(x, ..)| {
                matches!(compare_roles(x, r, vocab), RoleMatch::Conflict { .. })
            })
        })
    };
    // At most one claim a kept name or office, and `room` more.
    let mut out = Vec::with_capacity(names.len() + roles.len() + room);
    for &i in names.iter().filter(|&&i| !two_ways.contains(&i)) {
        let mut c = claim_of(doc, &found[i], NAME_CLASS);
        // The offices the article gives the person (`president`,
        // `interior minister`; not a party label, which many share):
        // what links two spellings of a first name.
        let mut offices: Vec<String> = roles_of(i)
            .iter()
            .filter_map(|&g| found[g].role.as_deref())
            .filter(|(r, ..)| r.head != "party")
            .map(|(r, ..)| office_key(r))
            .collect();
        offices.sort();
        offices.dedup();
        c.subject.participants = offices.into();
        out.push(c);
    }
    for &i in roles.iter().filter(|&&i| !self_conflict(i)) {
        out.push(claim_of(doc, &found[i], ROLE_CLASS));
    }
    out
}

/// An office without its time: `interior minister`, `deputy sheriff`.
fn office_key(r: &Role) -> String {
    [
        r.rank.as_deref(),
        r.portfolio.as_deref(),
        Some(r.head.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ")
}

/// The claim of one found name or office.
fn claim_of(doc: &Doc, f: &Found, class: &str) -> Claim {
    let (role, span, evidence) = match f.role.as_deref() {
        Some((r, span, how)) => (Some(Box::new(r.clone())), span.clone(), *how),
        None => (None, f.name.clone(), "a full name"),
    };
    Claim {
        source: doc.source.id,
        kind: ClaimKind::Role,
        subject: Subject {
            key: f.person.as_str().into(),
            class: class.into(),
            participants: vec![f.person.clone()].into(),
            tense: Tense::Unknown,
            event_date: None,
            context: Default::default(),
            counted: None,
        },
        value: Value::Role {
            person: f.person.clone(),
            role,
        },
        span,
        sentence: doc.seg.sentences[f.sentence].span.clone(),
        confidence: 0.8,
        evidence: evidence.into(),
    }
}
