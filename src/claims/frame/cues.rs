//! Cues around a candidate predicate that the frame scan reads: a modal
//! with an adverb before a base form (`will now receive`), the comparator
//! `as much as` (no clause), the role of `named Ruiz as coach` (no
//! clause), `and` between names (no conjunct), a result
//! verb's object (`posted a loss`), a light verb's object (`made its
//! maiden flight`), a superlative before `since` (`its lowest level
//! since 1997`) and a scare-quoted term (`charged with “practising
//! polygamy” in 2005`), which does not break the clause as a quotation
//! does.

use super::{frames, EventWord, SentenceView, MODALS};
use crate::lexical::{Lexical, Lexname, Pos};

/// Adverbs that may stand between a modal and its verb (`will now
/// receive`, `could soon open`); any `-ly` word does too.
const MID_ADVERBS: &[&str] = &[
    "now", "also", "still", "soon", "then", "never", "not", "again", "only", "just", "already",
    "first", "finally", "later",
];

/// Whether a modal governs word `k`: right before it, or before an adverb
/// right before it, or, after `and`/`or`, the modal of the verb it is
/// joined to (`will take off from Singapore and land in Sydney`).
pub(super) fn after_modal(view: &SentenceView, k: usize) -> bool {
    let modal = |j: usize| MODALS.contains(&view.word(j));
    match k {
        0 => false,
        1 => modal(0),
        _ => {
            let adverb = view.word(k - 1);
            modal(k - 1)
                || ((MID_ADVERBS.contains(&adverb) || adverb.ends_with("ly")) && modal(k - 2))
                || joined_to_modal(view, k)
        }
    }
}

/// Words that open the object of a verb told in its base form (`cut 300
/// jobs`, `shed its stake`, `quit the league`). A person's own (`hurt
/// his knee`, `cut her hair`) is left out: such acts recur, and two of
/// them told with two dates are two acts.
const OBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "its", "their", "some", "all", "about", "nearly", "almost", "more", "up",
];

/// Words before a base form that make it no finite past: a determiner or
/// preposition (`the cut`, `a hit`), `to` (`plans to cut`), `do` forms
/// (`did not cut`), and a negation.
const NOT_FINITE_BEFORE: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "of", "to", "in", "on",
    "for", "with", "by", "do", "does", "did", "not", "never", "and", "or",
];

/// Whether word `k`, a verb whose past is its base form (`cut`, `shed`,
/// `quit`: [`crate::claims::text::INVARIANT_PARTICIPLES`]), is told as a
/// finite past with its object: a subject word before it, an object
/// (a determiner, a figure) right after it (`The mill cut 300 jobs in
/// March`, not `plans to cut 300 jobs`, `a job cut in March`), in a
/// clause not told as still to come (a modal's base form is a frame of
/// its own).
pub(super) fn finite_invariant(view: &SentenceView, sentence: &str, k: usize) -> bool {
    let w = view.word(k);
    if k == 0
        || k + 1 >= view.words.len()
        || !crate::claims::text::INVARIANT_PARTICIPLES.contains(&w)
    {
        return false;
    }
    let before = view.word(k - 1);
    let after = view.word(k + 1);
    let gap = &sentence[view.words[k - 1].1..view.words[k].0];
    let object = OBJECT_OPENERS.contains(&after) || after.starts_with(|c: char| c.is_ascii_digit());
    object
        && gap.trim().is_empty()
        && !NOT_FINITE_BEFORE.contains(&before)
        && !MODALS.contains(&before)
        && crate::claims::text::tense_at(sentence, view.words[k].0) != crate::claims::Tense::Future
}

/// Most words back from an `and` to the modal of the first verb.
const JOINED_REACH: usize = 12;

/// Whether word `k` follows `and`/`or` in a clause whose verb a modal
/// governs: the modal is at most [`JOINED_REACH`] words back, with no
/// clause word, reporting word or other join between.
fn joined_to_modal(view: &SentenceView, k: usize) -> bool {
    if k < 3 || !matches!(view.word(k - 1), "and" | "or") {
        return false;
    }
    for j in (k.saturating_sub(1 + JOINED_REACH)..k - 1).rev() {
        let w = view.word(j);
        if matches!(
            w,
            "will" | "would" | "could" | "can" | "shall" | "should" | "must" | "may" | "might"
        ) {
            return true;
        }
        if matches!(
            w,
            "and"
                | "or"
                | "but"
                | "which"
                | "who"
                | "that"
                | "when"
                | "while"
                | "because"
                | "said"
                | "says"
                | "if"
        ) {
            return false;
        }
    }
    false
}

/// Whether `be` or `become` governs word `k`: right before it, or before
/// an `-ly` adverb right before it (`will be widely available`).
pub(super) fn after_be(view: &SentenceView, k: usize) -> bool {
    let lex = Lexical::embedded();
    let be = |j: usize| {
        let w = view.word(j);
        super::BE_FORMS.contains(&w) || lex.lemmas(w, Pos::Verb).as_slice().contains(&"become")
    };
    match k {
        0 => false,
        1 => be(0),
        _ => be(k - 1) || (view.word(k - 1).ends_with("ly") && be(k - 2)),
    }
}

/// Words that make `as … as` a comparison of amounts (`fell as much as
/// 35%`), not a clause.
const AMOUNTS: &[&str] = &[
    "much", "many", "high", "low", "little", "few", "far", "long",
];

/// Whether word `k`, an `as`, is part of `as much as` and the like.
pub(super) fn comparator_as(view: &SentenceView, k: usize) -> bool {
    let n = view.words.len();
    let amount = |j: usize| j < n && AMOUNTS.contains(&view.word(j));
    let is_as = |j: usize| j < n && view.word(j) == "as";
    (amount(k + 1) && is_as(k + 2)) || (k >= 2 && amount(k - 1) && is_as(k - 2))
}

/// Most words of a role after `as` (`as its new head coach`).
const MAX_ROLE: usize = 4;

/// The role a verb's object takes up after word `k`, an `as`, running to
/// the date whose first word is `first` (`called Ruiz as a witness in
/// 1961` → `witness`, `named Ruiz as head coach on Monday` → `coach`): at
/// most [`MAX_ROLE`] words (an `in`, `on` or `at` before the date left
/// out) ending in a noun whose first sense names a person, given as its
/// lemma. Such an `as` opens no clause, so the date is the verb's before it.
pub(super) fn as_role(view: &SentenceView, k: usize, first: usize) -> Option<String> {
    if view.word(k) != "as" || first <= k + 1 {
        return None;
    }
    let mut end = first;
    if matches!(view.word(end - 1), "in" | "on" | "at") {
        end -= 1;
    }
    if end <= k + 1 || end - k - 1 > MAX_ROLE {
        return None;
    }
    let lex = Lexical::embedded();
    let head = lex.lemma(view.word(end - 1), Pos::Noun);
    (lex.first_lexname(&head) == Some(Lexname::NOUN_PERSON)).then(|| head.into_owned())
}

/// Whether word `k`, an `and` or `or`, joins two names (`in Europe and
/// Asia`) rather than two clauses.
pub(super) fn joins_names(view: &SentenceView, sentence: &str, k: usize) -> bool {
    let capital = |j: usize| {
        view.words
            .get(j)
            .and_then(|&(s, _)| sentence.get(s..))
            .is_some_and(|t| t.starts_with(|c: char| c.is_uppercase()))
    };
    k > 0 && capital(k - 1) && capital(k + 1)
}

/// Words skipped between a verb and the head of its object.
const OBJECT_LEAD: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "net", "record", "big", "large",
    "small", "modest", "sharp", "strong", "weak", "huge", "first", "second", "third", "fourth",
];

/// The head noun of the object of the verb at word `k`: the first word
/// after it, determiners, a few adjectives and numbers skipped; none when
/// that is a function word (`posted in`, `reported that`).
fn object_head(view: &SentenceView, k: usize) -> Option<&str> {
    (k + 1..(k + 5).min(view.words.len()))
        .map(|j| view.word(j))
        .find(|w| !OBJECT_LEAD.contains(w) && !w.starts_with(|c: char| c.is_ascii_digit()))
        .filter(|w| !crate::claims::text::is_stopword(w))
}

/// Whether the verb at word `k` (lemma `lemma`) reports a result rather
/// than a statement: one of `result-verbs` with an object whose first
/// sense is one of `result-lexnames` (`posted gains`, `reported a loss`;
/// not `posted a message`).
pub(super) fn reports_result(view: &SentenceView, k: usize, lemma: &str) -> bool {
    let f = frames();
    if !f.words.result_verbs.iter().any(|v| v == lemma) {
        return false;
    }
    let Some(head) = object_head(view, k) else {
        return false;
    };
    let lex = Lexical::embedded();
    let noun = lex.lemma(head, Pos::Noun);
    lex.lexnames(&noun, Pos::Noun)
        .next()
        .is_some_and(|l| f.result_lexnames.contains(&l))
}

/// Verbs whose object is the event itself (`made its maiden flight`,
/// `held talks`).
const SUPPORT_VERBS: &[&str] = &["make", "take", "hold", "stage", "conduct", "give"];

/// Whether word `k` is the object of a support verb a few words before it
/// (`made its first test flight`): such a noun is read in its event sense
/// even when that is its second (see `DATED_NOUN_SENSES`).
pub(super) fn support_verb_object(view: &SentenceView, k: usize) -> bool {
    let lex = Lexical::embedded();
    (k.saturating_sub(4)..k).any(|j| {
        lex.lemmas(view.word(j), Pos::Verb)
            .as_slice()
            .iter()
            .any(|l| SUPPORT_VERBS.contains(l))
    })
}

/// Whether `w` is the superlative of a known adjective: `lowest` (low),
/// `latest` (late), `biggest` (big), `earliest` (early).
fn superlative_of(lex: &Lexical, w: &str) -> bool {
    let Some(stem) = w.strip_suffix("est") else {
        return false;
    };
    let known = |a: &str| lex.knows(a, Pos::Adj);
    let undoubled = stem
        .len()
        .checked_sub(1)
        .filter(|&i| i > 0 && stem.as_bytes()[i] == stem.as_bytes()[i - 1])
        .map(|i| &stem[..i]);
    known(stem)
        || known(&format!("{stem}e"))
        || undoubled.is_some_and(known)
        || stem
            .strip_suffix('i')
            .is_some_and(|s| known(&format!("{s}y")))
}

/// Irregular superlatives and `first`.
const SUPERLATIVES: &[&str] = &["best", "worst", "most", "least", "first"];

/// The superlative that a `since` at byte `at` bounds (`its lowest level
/// since 1997`, `the highest since 1983`, `its first annual loss since
/// 1992`): a word among the four before it, in the same clause. Its frame
/// is the superlative itself (`adj:lowest`).
pub(crate) fn superlative_before(
    view: &SentenceView,
    sentence: &str,
    at: usize,
) -> Option<EventWord> {
    let lex = Lexical::embedded();
    let first_before = view.words.partition_point(|&(_, e)| e <= at);
    let mut next_start = at;
    for k in (first_before.saturating_sub(4)..first_before).rev() {
        let (s, e) = view.words[k];
        if super::breaks(sentence, e, next_start, false) {
            return None;
        }
        let w = view.word(k);
        let regular = w.len() > 5 && superlative_of(lex, w);
        if regular || SUPERLATIVES.contains(&w) {
            return Some(EventWord {
                start: s,
                end: e,
                class: format!("adj:{w}"),
            });
        }
        next_start = s;
    }
    None
}

/// Words a scare-quoted term holds at most.
const SHORT_QUOTE_WORDS: usize = 4;

/// Whether the quotation mark at byte `at` of `sentence` opens or closes a
/// short quoted term (`“practising polygamy”`): at most
/// [`SHORT_QUOTE_WORDS`] words, with no punctuation inside.
pub(super) fn short_quote(sentence: &str, at: usize) -> bool {
    let Some(c) = sentence.get(at..).and_then(|s| s.chars().next()) else {
        return false;
    };
    let after = at + c.len_utf8();
    let term = |inner: &str| {
        let words = inner.split_whitespace().count();
        (1..=SHORT_QUOTE_WORDS).contains(&words)
            && !inner.contains([',', '.', ';', ':', '!', '?', '"', '“', '”'])
    };
    let closes = || {
        sentence[..at]
            .char_indices()
            .rev()
            .find(|&(_, ch)| matches!(ch, '“' | '"'))
            .is_some_and(|(open, ch)| term(&sentence[open + ch.len_utf8()..at]))
    };
    let opens = || {
        sentence[after..]
            .find(['”', '"'])
            .is_some_and(|close| term(&sentence[after..after + close]))
    };
    match c {
        '”' => closes(),
        '“' => opens(),
        '"' => closes() || opens(),
        _ => false,
    }
}

/// Most words between a verb of `event-object-verbs` and the event it acts
/// on (`thwarted a multi-boat attack`).
const OBJECT_EVENT_REACH: usize = 4;

/// Whether `event`, a lexicon event after the verb frame `verb`, is that
/// verb's object and names the act it dates: `foiled a pirate attack`,
/// `thwarted a multi-boat attack` (`event-object-verbs` in
/// `rules/lexical/frames.toml`). Both are one happening, named by the
/// event, as `held talks` is; a date before the verb (`the Navy on
/// Thursday thwarted an attack`) then dates the attack.
pub(crate) fn acts_on_event(view: &SentenceView, verb: &EventWord, event: &EventWord) -> bool {
    let Some(("verb", lemma)) = verb.class.split_once(':') else {
        return false;
    };
    if !frames().words.event_object_verbs.iter().any(|v| v == lemma) {
        return false;
    }
    let after_verb = view.words.partition_point(|&(s, _)| s < verb.end);
    let at_event = view.words.partition_point(|&(s, _)| s < event.start);
    event.start >= verb.end && at_event.saturating_sub(after_verb) <= OBJECT_EVENT_REACH
}

/// The verb of `event-object-verbs` that acts on the lexicon event `event`
/// (`foiled a pirate attack` → `verb:foil`): the nearest such verb at most
/// [`OBJECT_EVENT_REACH`] words before it, in its clause.
pub(crate) fn acting_verb(
    view: &SentenceView,
    sentence: &str,
    event: &EventWord,
) -> Option<String> {
    let at = view.words.partition_point(|&(s, _)| s < event.start);
    let lowest = at.saturating_sub(OBJECT_EVENT_REACH + 1);
    for k in (lowest..at).rev() {
        if super::stops_at(view, sentence, k)
            || super::breaks(sentence, view.words[k].1, event.start, false)
        {
            return None;
        }
        if let super::Word::Frame(f) = super::word_frame(view, sentence, k) {
            return acts_on_event(view, &f, event).then_some(f.class);
        }
    }
    None
}
