//! Event frames for any event: the word that says what happened at a date
//! or place (`was detained on Friday`, `pleaded not guilty in March 2011`,
//! `his acquittal in May 2009`, `the blast at 6:40 a.m.`, `On Friday,
//! police arrested`), found without a tagger from the lexical tables.
//!
//! A frame's class is its predicate, part of speech and lemma (`verb:detain`,
//! `noun:acquittal`); alignment relates two frames through the tables
//! (`acquitted` / `acquittal`, `arrested` / `detained`). The lexicon's event
//! nouns (`summit`, `talks`) are frames too, with their own classes, and
//! win where they govern the expression.

use super::text::is_stopword;
use super::{EventWord, SentenceView};
use crate::lexical::{Lexical, Lexname, Pos};
use serde::Deserialize;
use std::sync::OnceLock;

mod aside;
mod class;
mod content;
mod cues;
mod named;
mod noun;
mod once;
mod role;
mod subject;
mod when;
mod work;
pub use class::same_event_class;
pub(crate) use class::BOUND_RELATIONS;
pub(crate) use class::{class_predicate, one_act_block, place_act_block, same_place_class};
pub(crate) use content::{announces, reported_act};
pub(crate) use cues::{acting_verb, acts_on_event, superlative_before};
pub(crate) use named::named_event_after;
use noun::{event_noun, message_that_comes, DATED_NOUN_SENSES};
pub(crate) use noun::{names_one_event, noun_frame_after};
pub(crate) use once::{is_once_act, once_act_window};
pub(crate) use subject::event_subject;
pub(crate) use when::when_clause_frame;
pub(crate) use work::dated_work;

/// The frame word lists, `rules/lexical/frames.toml`.
const FRAMES_TOML: &str = include_str!("../../rules/lexical/frames.toml");

/// Which words make frames (see `rules/lexical/frames.toml`).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct FrameWords {
    event_lexnames: Vec<String>,
    object_lexnames: Vec<String>,
    reporting_verbs: Vec<String>,
    light_verbs: Vec<String>,
    not_event_nouns: Vec<String>,
    dated_nouns: Vec<String>,
    change_nouns: Vec<String>,
    state_adjectives: Vec<String>,
    event_name_heads: Vec<String>,
    result_verbs: Vec<String>,
    result_lexnames: Vec<String>,
    phrases: std::collections::BTreeMap<String, String>,
    event_object_verbs: Vec<String>,
    acted_context_similarity: f64,
    announcing_verbs: Vec<String>,
    reported_acts: Vec<Vec<String>>,
    one_acts: Vec<Vec<String>>,
    place_acts: Vec<Vec<String>>,
    once_acts: Vec<once::OnceAct>,
    beginning_acts: Vec<String>,
    role_verbs: Vec<String>,
    passive_acts: std::collections::BTreeMap<String, String>,
    dated_works: std::collections::BTreeMap<String, String>,
    event_subjects: std::collections::BTreeMap<String, String>,
}

/// The parsed lists, with lexnames looked up.
struct Frames {
    lexnames: Vec<Lexname>,
    object_lexnames: Vec<Lexname>,
    result_lexnames: Vec<Lexname>,
    words: FrameWords,
}

/// Lexicographer files of nouns whose object names the event
/// (`object-lexnames` in `rules/lexical/frames.toml`).
pub(super) fn object_lexnames() -> &'static [Lexname] {
    &frames().object_lexnames
}

/// Whether a verb lemma reports rather than happens (`reporting-verbs`
/// in `rules/lexical/frames.toml`: `say`, `tell`).
pub(super) fn is_reporting_verb(lemma: &str) -> bool {
    frames().words.reporting_verbs.iter().any(|v| v == lemma)
}

/// Whether a verb lemma begins the thing it acts on (`beginning-acts` in
/// `rules/lexical/frames.toml`: `found`, `build`).
pub(crate) fn is_beginning_act(lemma: &str) -> bool {
    frames().words.beginning_acts.iter().any(|v| v == lemma)
}

/// The event a noun names as the subject of its verb (`blast` and
/// `explosion` → `explosion`: `event-subjects` in
/// `rules/lexical/frames.toml`).
pub(crate) fn subject_event(lemma: &str) -> Option<&'static str> {
    frames().words.event_subjects.get(lemma).map(String::as_str)
}

fn frames() -> &'static Frames {
    static FRAMES: OnceLock<Frames> = OnceLock::new();
    FRAMES.get_or_init(|| {
        // A unit test parses the embedded file, so this cannot fail.
        let words: FrameWords =
            toml::from_str(FRAMES_TOML).expect("rules/lexical/frames.toml is valid");
        let names = |list: &[String]| list.iter().filter_map(|n| Lexname::from_name(n)).collect();
        Frames {
            lexnames: names(&words.event_lexnames),
            object_lexnames: names(&words.object_lexnames),
            result_lexnames: names(&words.result_lexnames),
            words,
        }
    })
}

/// The least likeness of two sentences whose events naming nobody are
/// acted on by verbs of one act (`acted-context-similarity` in
/// `rules/lexical/frames.toml`).
pub fn acted_context_similarity() -> f64 {
    frames().words.acted_context_similarity
}

/// The group of `one-acts` in `rules/lexical/frames.toml` a verb's lemma
/// is in, named by its first verb (`confess` → `admit`).
pub(crate) fn one_act(lemma: &str) -> Option<&'static str> {
    group_head(&frames().words.one_acts, lemma)
}

/// The group of `place-acts` in `rules/lexical/frames.toml` a verb's
/// lemma is in, named by its first verb (`barricade` → `arrest`).
pub(crate) fn place_act(lemma: &str) -> Option<&'static str> {
    group_head(&frames().words.place_acts, lemma)
}

/// The first word of the group of `groups` that holds `lemma`.
fn group_head<'g>(groups: &'g [Vec<String>], lemma: &str) -> Option<&'g str> {
    groups
        .iter()
        .find(|g| g.iter().any(|v| v == lemma))
        .and_then(|g| g.first())
        .map(String::as_str)
}

/// Words before a base-form verb that make it a predicate (`will open`,
/// `to launch`, `did not resign`).
const MODALS: &[&str] = &[
    "to", "will", "would", "'ll", "may", "might", "could", "can", "shall", "should", "must", "did",
    "not",
];

/// Subject pronouns after which an `-s` form is a verb (`it arrives`).
const SUBJECTS: &[&str] = &["he", "she", "it", "who"];

/// Words after which an `-ing` form is a noun (`the building`).
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
    "those", "of",
];

/// Words that open another clause: a predicate beyond them is not the
/// expression's (`the visit since the crisis began in March`).
const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "when", "while", "where", "because", "although",
    "though", "if", "since", "after", "before", "until", "as",
];

/// Words scanned before an expression for its predicate, at most.
const MAX_BEFORE: usize = 14;
/// Words scanned after it, at most.
const MAX_AFTER: usize = 14;

/// What one word says about the frame of an expression near it.
enum Word {
    /// A predicate: the frame.
    Frame(EventWord),
    /// A reporting verb (`said`): the expression dates the report, whose
    /// frame this is.
    Report(EventWord),
    /// Anything else: scan on.
    Other,
}

/// Prepositions after which an `-ed` or `-en` form is an adjective.
const PARTICIPLE_PREPOSITIONS: &[&str] = &[
    "along", "with", "of", "among", "between", "past", "beside", "near", "into", "onto", "from",
    "for", "without",
];

/// Modifiers that make an event noun name what did not happen as named.
const UNREALISED: &[&str] = &[
    "attempted",
    "failed",
    "foiled",
    "thwarted",
    "botched",
    "planned",
    "aborted",
    "alleged",
];

/// The frame word `k` of the sentence makes, if any.
fn word_frame(view: &SentenceView, sentence: &str, k: usize) -> Word {
    let lex = Lexical::embedded();
    let f = frames();
    let Some(w) = common_word(view, sentence, k) else {
        return Word::Other;
    };
    let (start, end) = view.words[k];
    let frame = |class: String| {
        Word::Frame(EventWord {
            start,
            end: start + w.len().min(end - start),
            class,
        })
    };
    let lemmas = lex.lemmas(w, Pos::Verb);
    if let Some(phrase) = phrase_at(view, k, lemmas.as_slice()) {
        return phrase;
    }
    // An irregular form's lemma (`fell` → `fall`, not the verb `fell`).
    let lemma = lemmas
        .as_slice()
        .iter()
        .find(|l| **l != w)
        .or(lemmas.as_slice().first());
    if let Some(&lemma) = lemma {
        let listed = |list: &[String]| list.iter().any(|v| v == lemma);
        // `-ed`, `-ing` or irregular (`sank`); `-s` is mostly a plural noun.
        let inflected = crate::claims::text::inflected_form(w, lemma);
        let after_modal = lemma == w && cues::after_modal(view, k);
        // `who was wed three weeks ago`, `power had been cut on Friday`.
        let invariant = k > 0 && crate::claims::text::invariant_participle(view.word(k - 1), w);
        // `the building`, `his shooting`: a noun after a determiner.
        let determined = k > 0 && DETERMINERS.contains(&view.word(k - 1));
        // `along parked cars`, `with wounded soldiers`: a participle after
        // a preposition describes the noun after it (`after killing` is
        // still a verb).
        let adjective = k > 0
            && (w.ends_with("ed") || w.ends_with("en"))
            && PARTICIPLE_PREPOSITIONS.contains(&view.word(k - 1));
        // `when it arrives on Friday`: after a subject pronoun, an `-s`
        // form is a present verb, not a plural noun.
        let present =
            lemma != w && w.ends_with('s') && k > 0 && SUBJECTS.contains(&view.word(k - 1));
        // `The mill cut 300 jobs in March`: a past told in the base form.
        let finite = lemma == w && cues::finite_invariant(view, sentence, k);
        if (inflected && !determined && !adjective) || after_modal || invariant || present || finite
        {
            if listed(&f.words.reporting_verbs) && !cues::reports_result(view, k, lemma) {
                return Word::Report(EventWord {
                    start,
                    end: start + w.len().min(end - start),
                    class: format!("verb:{lemma}"),
                });
            }
            if listed(&f.words.light_verbs) {
                // `became treasurer`: taking up a role.
                return role::role_frame(view, k, lemma).unwrap_or(Word::Other);
            }
            // `was admitted to hospital`: a passive naming another act.
            let passive = k > 0 && BE_FORMS.contains(&view.word(k - 1));
            let lemma = passive
                .then(|| f.words.passive_acts.get(lemma))
                .flatten()
                .map_or(lemma, String::as_str);
            return frame(format!("verb:{lemma}"));
        }
    }
    // `will be available in June`: a state that begins at a date.
    if f.words.state_adjectives.iter().any(|a| a == w) && cues::after_be(view, k) {
        return frame(format!("adj:{w}"));
    }
    // `made its maiden flight`: a support verb's object is its event.
    let senses = if cues::support_verb_object(view, k) {
        DATED_NOUN_SENSES
    } else {
        1
    };
    match event_noun(view, sentence, k, w, senses) {
        Some(noun) => frame(format!("noun:{noun}")),
        None => Word::Other,
    }
}

/// Word `k` as written (a possessive `'s` dropped), if it may say what
/// happened: not short, a stopword or a number, and not a capitalised
/// word inside the sentence, which is a name (`on Twitter`, `the Strike
/// Force`).
fn common_word<'v>(view: &'v SentenceView, sentence: &str, k: usize) -> Option<&'v str> {
    let raw = view.word(k);
    let w = raw.strip_suffix("'s").unwrap_or(raw);
    let short_or_stop =
        w.len() < 3 || is_stopword(w) || !w.bytes().all(|b| b.is_ascii_alphabetic());
    let name = k > 0 && sentence[view.words[k].0..].starts_with(|c: char| c.is_uppercase());
    (!short_or_stop && !name && !compound_modifier(view, k)).then_some(w)
}

/// Prefixes that make a verb of a verb (`re-elected`, `co-founded`).
const VERB_PREFIXES: &[&str] = &[
    "re", "co", "pre", "un", "mis", "de", "dis", "out", "over", "under",
];

/// Whether word `k` ends a hyphenated modifier joined to the word before
/// it (`fan-loving crowds`, `drug-related deaths`, `state-owned firm`): an
/// adjective of the noun after it, no verb, unless that word is a verb
/// prefix (`re-elected`) or a determiner follows, which makes it a verb
/// with its object (`rear-ended a truck`).
fn compound_modifier(view: &SentenceView, k: usize) -> bool {
    let start = view.words[k].0;
    let object_follows = k + 1 < view.words.len() && DETERMINERS.contains(&view.word(k + 1));
    k > 0
        && view.words[k - 1].1 + 1 == start
        && view.lower().as_bytes()[start - 1] == b'-'
        && !VERB_PREFIXES.contains(&view.word(k - 1))
        && !object_follows
}

/// A verb phrase of `rules/lexical/frames.toml` starting at word `k` (`found not
/// guilty` → `verb:acquit`), spanning its words.
fn phrase_at(view: &SentenceView, k: usize, lemmas: &[&str]) -> Option<Word> {
    let f = frames();
    for lemma in lemmas {
        let prefix = format!("{lemma} ");
        for (phrase, verb) in f.words.phrases.range(prefix.clone()..) {
            let Some(rest) = phrase.strip_prefix(&prefix) else {
                break;
            };
            let n = rest.split(' ').count();
            let matches = rest
                .split(' ')
                .enumerate()
                .all(|(j, w)| k + 1 + j < view.words.len() && view.word(k + 1 + j) == w);
            if matches {
                return Some(Word::Frame(EventWord {
                    start: view.words[k].0,
                    end: view.words[k + n].1,
                    class: format!("verb:{verb}"),
                }));
            }
        }
    }
    None
}

/// Whether the text between two words breaks the clause: a semicolon,
/// colon, bracket, quotation mark or dash; a comma too unless `comma_ok`.
fn breaks(sentence: &str, from: usize, to: usize, comma_ok: bool) -> bool {
    sentence.get(from..to).is_none_or(|gap| {
        // Inside a token (`21:45`, `U.S.`) nothing breaks.
        if gap.len() == 1 && matches!(gap, ":" | "." | "-" | "/") {
            return false;
        }
        gap.char_indices().any(|(i, c)| {
            matches!(c, ';' | ':' | '(' | ')' | '—' | '–')
                || (matches!(c, '"' | '“' | '”') && !cues::short_quote(sentence, from + i))
                || (c == ',' && !comma_ok)
        }) || gap.contains(" - ")
    })
}

/// The frame of the date or place at `start..end` of a sentence: the
/// nearest predicate before it in its clause, else (when nothing before
/// it in the clause reports or predicates) the nearest after it (`Tuesday's
/// attack`, `On Friday, police arrested`). `None` when a reporting verb is
/// nearer (`police said Tuesday`) or no predicate is found.
pub(crate) fn frame_of(
    view: &SentenceView,
    sentence: &str,
    start: usize,
    end: usize,
) -> Option<EventWord> {
    // `Friday's quarterfinal`: a possessive date is the noun's after it.
    let possessive = ["'s", "’s"]
        .iter()
        .any(|s| sentence[..end].ends_with(s) || sentence[end..].starts_with(s));
    if possessive {
        if let Some(f) = noun_frame_after(view, sentence, end) {
            return Some(f);
        }
    }
    // `The announcement came on Tuesday`: the message is the event.
    if let Some(f) = message_that_comes(view, sentence, start) {
        return Some(f);
    }
    let first_before = view.words.partition_point(|&(_, e)| e <= start);
    let mut next_start = start;
    // A date that ends its clause may be set off by a comma right before
    // it (`bought the plant, in late 2006 for $51 million`), and an
    // appositive before that comma is skipped with its own.
    let mut commas = u8::from(aside::ends_clause(view, sentence, end));
    let mut appositive = false;
    // The role crossed on the way (`as head coach`), which the frame
    // found before it names: one appointment is not another.
    let mut role: Option<String> = None;
    let lowest = first_before.saturating_sub(MAX_BEFORE);
    let mut k = first_before;
    while k > lowest {
        k -= 1;
        let (s, e) = view.words[k];
        if stops_at(view, sentence, k) {
            // `named Ruiz as head coach in 2009.`: a role ending the
            // clause with its date leaves the date to the verb before it.
            match cues::as_role(view, k, first_before) {
                Some(r)
                    if role.is_none()
                        && aside::ends_clause(view, sentence, end)
                        && takes_role(view, sentence, k) =>
                {
                    role = Some(r)
                }
                _ => break,
            }
        }
        if breaks(sentence, e, next_start, false) {
            // Only a comma before the date's preposition, or the one
            // opening a skipped appositive: `a figure not seen since May`
            // is no date of the clause before its comma.
            let cross = aside::may_cross(view, sentence, k, first_before, appositive);
            if commas == 0 || !cross || breaks(sentence, e, next_start, true) {
                break;
            }
            commas -= 1;
            if let Some(j) = (!appositive)
                .then(|| aside::appositive_start(view, sentence, k))
                .flatten()
            {
                (appositive, commas, k, next_start) = (true, commas + 1, j, view.words[j].0);
                continue;
            }
        }
        let frame = match word_frame(view, sentence, k) {
            // `a cutter patrolling the strait on Thursday intercepted`:
            // a participle describing the subject leaves the date to the
            // main verb right after it.
            Word::Frame(f) if reduced_participle(view, k) => {
                finite_verb_at(view, sentence, end).unwrap_or(f)
            }
            // `was convicted of fraud in May`: the date is the verb's.
            Word::Frame(f) if f.class.starts_with("noun:") => {
                governing_verb(view, sentence, k).unwrap_or(f)
            }
            Word::Frame(f) => f,
            Word::Report(_) => return None,
            Word::Other => {
                next_start = s;
                continue;
            }
        };
        return Some(match role {
            Some(r) => EventWord {
                class: format!("{} {r}", frame.class),
                ..frame
            },
            None => frame,
        });
    }
    // After the expression: only when it opens the sentence (`In 1969,
    // he was indicted`; its clause goes on past a comma), or for the
    // noun it modifies (`Tuesday's attack`, `the Monday strike`).
    // Other dates may open it too (`On Saturday 8 June, at 8:39am police
    // were called`).
    let dates = view.dates(sentence);
    let opener = |k: usize| {
        let (s, e) = view.words[k];
        matches!(
            &view.lower()[s..e],
            "on" | "in" | "at" | "by" | "for" | "early" | "late" | "then" | "and" | "but" | "later"
        ) || dates.iter().any(|d| d.start <= s && e <= d.end)
    };
    // `…, then between 2014 and 2016 it will take delivery`: a date may
    // open a conjunct as well as the sentence.
    let opens = (0..first_before).all(opener)
        || aside::opens_conjunct(view, sentence, first_before, opener);
    let first_after = view.words.partition_point(|&(s, _)| s < end);
    // `Apple today introduced`, `the Navy on Thursday thwarted`: a date
    // between subject and verb dates the verb right after it.
    let reach = if opens { MAX_AFTER } else { 2 };
    let mut prev_end = end;
    // `On May 3, according to police, the gunman fired`: an aside naming
    // the source is skipped up to its closing comma.
    let mut aside = false;
    // `On Sunday, the ministers -- that is, those of the bloc -- had
    // agreed`: an aside between two dashes is skipped whole, and its
    // words do not count against the reach.
    let (mut scanned, mut resume) = (0, first_after);
    for k in first_after..view.words.len() {
        if k < resume {
            continue;
        }
        if scanned == reach {
            break;
        }
        scanned += 1;
        let (s, e) = view.words[k];
        if let Some(j) = opens
            .then(|| aside::dashed(view, sentence, prev_end, k))
            .flatten()
        {
            (resume, prev_end) = (j, view.words[j].0);
            continue;
        }
        // `In 2005, Warner and HBO released`: a subject may hold `and`.
        let w = view.word(k);
        let closes_aside = aside && sentence.get(prev_end..s).is_some_and(|g| g.contains(','));
        if aside && !closes_aside {
            prev_end = e;
            continue;
        }
        aside = false;
        let stop = if opens {
            CLAUSE_WORDS.contains(&w) && !cues::comparator_as(view, k)
        } else {
            stops_at(view, sentence, k)
        };
        if breaks(
            sentence,
            prev_end,
            s,
            opens && (k == first_after || closes_aside),
        ) || stop
        {
            break;
        }
        if opens && w == "according" && k + 1 < view.words.len() && view.word(k + 1) == "to" {
            aside = true;
            prev_end = e;
            continue;
        }
        match word_frame(view, sentence, k) {
            Word::Frame(f) if opens || f.class.starts_with("noun:") || k <= first_after + 1 => {
                return Some(f)
            }
            Word::Frame(_) | Word::Report(_) => return None,
            Word::Other => prev_end = e,
        }
    }
    None
}

/// Pronouns that may be the object a role is given to (`hired him as
/// coach`).
const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "me", "us"];

/// Whether the word before the `as` at word `k` may take up the role
/// after it: a name or pronoun a verb acts on (`named Ruiz as`, `hired
/// him as`) or the verb itself (`was arrested as a fugitive`), not
/// another noun (`her performance as host` dates no nomination).
fn takes_role(view: &SentenceView, sentence: &str, k: usize) -> bool {
    let Some(j) = k.checked_sub(1) else {
        return false;
    };
    let capital = sentence[view.words[j].0..].starts_with(|c: char| c.is_uppercase());
    capital
        || OBJECT_PRONOUNS.contains(&view.word(j))
        || matches!(word_frame(view, sentence, j), Word::Frame(f) if f.class.starts_with("verb:"))
}

/// Prepositions by which a verb takes the charge or cause it is about
/// (`convicted of fraud`, `charged with murder`, `arrested for theft`).
const COMPLEMENT_PREPOSITIONS: &[&str] = &["of", "with", "for"];

/// Words that may stand between such a preposition and its noun.
const COMPLEMENT_DETERMINERS: &[&str] = &["a", "an", "the", "his", "her", "their", "its"];

/// The verb frame whose complement the event noun at word `k` is (`was
/// convicted of fraud`, `found guilty of murder`, `charged with a
/// killing`): a verb frame at most two words before `of`, `with` or
/// `for` (past one word such as `guilty`), itself right before the noun
/// or its determiner, with no punctuation in between.
fn governing_verb(view: &SentenceView, sentence: &str, k: usize) -> Option<EventWord> {
    let mut p = k.checked_sub(1)?;
    if COMPLEMENT_DETERMINERS.contains(&view.word(p)) {
        p = p.checked_sub(1)?;
    }
    if !COMPLEMENT_PREPOSITIONS.contains(&view.word(p)) {
        return None;
    }
    for v in (p.saturating_sub(2)..p).rev() {
        if breaks(sentence, view.words[v].1, view.words[v + 1].0, false) {
            return None;
        }
        match word_frame(view, sentence, v) {
            Word::Frame(f) if f.class.starts_with("verb:") => return Some(f),
            Word::Frame(_) | Word::Report(_) => return None,
            Word::Other => {}
        }
    }
    None
}

/// Forms of `be` that make an `-ing` form the predicate (`were patrolling`).
const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am"];

/// Whether word `k` is an `-ing` participle without `be` before it: one
/// that describes a noun (`a cutter patrolling the strait`) rather than
/// being the clause's predicate.
fn reduced_participle(view: &SentenceView, k: usize) -> bool {
    k > 0 && view.word(k).ends_with("ing") && !BE_FORMS.contains(&view.word(k - 1))
}

/// The verb right after `end` (nothing but a space between) if it is
/// finite: an `-ed` or irregular past (`intercepted`, `sank`), not another
/// participle or a noun.
fn finite_verb_at(view: &SentenceView, sentence: &str, end: usize) -> Option<EventWord> {
    let k = view.words.partition_point(|&(s, _)| s < end);
    if k >= view.words.len() || breaks(sentence, end, view.words[k].0, false) {
        return None;
    }
    match word_frame(view, sentence, k) {
        Word::Frame(f) if f.class.starts_with("verb:") && !view.word(k).ends_with("ing") => Some(f),
        _ => None,
    }
}

/// The statement a date right after a reporting verb dates (`Ford said on
/// Tuesday`, `the ministry confirmed Friday`): the saying is an event of
/// its own, with the reporting verb as its predicate.
pub(crate) fn report_before(
    view: &SentenceView,
    sentence: &str,
    start: usize,
) -> Option<EventWord> {
    let k = word_before_date(view, start)?;
    if breaks(sentence, view.words[k].1, start, false) {
        return None;
    }
    match word_frame(view, sentence, k) {
        Word::Report(f) => Some(f),
        _ => None,
    }
}

/// The statement a date between its speaker and a reporting or announcing
/// verb dates (`Ford on Tuesday said`, `Acme on Friday announced`): the
/// verb right after the date, nothing between them, when a subject comes
/// before the date in its clause (an `on`, `in` or `at` skipped) and no
/// predicate before it claims the date (`the man arrested on Tuesday
/// told police` dates the arrest).
pub(crate) fn report_after(
    view: &SentenceView,
    sentence: &str,
    start: usize,
    end: usize,
) -> Option<EventWord> {
    let k = view.words.partition_point(|&(s, _)| s < end);
    if k >= view.words.len() || breaks(sentence, end, view.words[k].0, false) {
        return None;
    }
    let f = match word_frame(view, sentence, k) {
        Word::Report(f) => f,
        Word::Frame(f) if announces(&f.class) => f,
        _ => return None,
    };
    let subject = word_before_date(view, start)?;
    if breaks(sentence, view.words[subject].1, start, false) || stops_at(view, sentence, subject) {
        return None;
    }
    let claimed = frame_of(view, sentence, start, end).is_some_and(|g| g.end <= start);
    (!claimed).then_some(f)
}

/// The word right before the date starting at `start`, an `on`, `in` or
/// `at` before it skipped (`said on Tuesday`, `came in May`).
pub(crate) fn word_before_date(view: &SentenceView, start: usize) -> Option<usize> {
    let k = view
        .words
        .partition_point(|&(_, e)| e <= start)
        .checked_sub(1)?;
    if matches!(view.word(k), "on" | "in" | "at") {
        return k.checked_sub(1);
    }
    Some(k)
}

/// Words a predicate is not looked for beyond: another clause (`which`,
/// `since`), or another conjunct (`shot on June 20 and on June 24`).
fn stops(word: &str) -> bool {
    CLAUSE_WORDS.contains(&word) || matches!(word, "and" | "or" | "but" | "nor" | "then")
}

/// Whether the scan for a predicate stops at word `k`: [`stops`], unless
/// it is the `as` of `as much as` or an `and` between names (`in Europe
/// and Asia`).
fn stops_at(view: &SentenceView, sentence: &str, k: usize) -> bool {
    let w = view.word(k);
    let kept = match w {
        "as" => cues::comparator_as(view, k),
        "and" | "or" => cues::joins_names(view, sentence, k),
        _ => false,
    };
    !kept && stops(w)
}

#[cfg(test)]
mod tests;
