//! The clause around a date: which event governs it, where that event's
//! participants are read, and who made a statement.

use super::{EventWord, SentenceView};

/// Words before a date that make it something other than the event's date:
/// `until Tuesday`, `since 2011`, `reported Tuesday`.
pub(super) const NOT_EVENT_DATE: &[&str] = &[
    "until",
    "till",
    "since",
    "after",
    "before",
    "by",
    "from",
    "through",
    "following",
    "reported",
    "said",
    "says",
    "told",
    "confirmed",
    "added",
    "published",
    "posted",
    "stated",
    "reports",
    "statement",
];

/// The byte window of an event's own clause: from the end of the event
/// word before it (or the sentence start) to the start of the one after it
/// (or the sentence end). Participants are read only there.
pub(crate) fn event_window(
    events: &[EventWord],
    event: &EventWord,
    sentence_len: usize,
) -> std::ops::Range<usize> {
    let start = events
        .iter()
        .filter(|e| e.end <= event.start)
        .map(|e| e.end)
        .max()
        .unwrap_or(0);
    let end = events
        .iter()
        .filter(|e| e.start >= event.end)
        .map(|e| e.start)
        .min()
        .unwrap_or(sentence_len);
    start..end
}

/// The event a date (or place) at `[start, end)` belongs to: the nearest
/// event word before it within `max_gap` bytes, else one right after it
/// (`Monday's meeting`), else the first of the sentence when the expression
/// opens the sentence (`On November 20, Putin held a meeting`).
pub(crate) fn governing_event<'e>(
    view: &SentenceView,
    events: &'e [EventWord],
    sentence: &str,
    start: usize,
    end: usize,
    max_gap: usize,
) -> Option<&'e EventWord> {
    let before = events
        .iter()
        .filter(|e| e.end <= start && start - e.end <= max_gap)
        .filter(|e| !opens_clause(view, e.end..start) || begins_it(view, e.end..start))
        .max_by_key(|e| e.start);
    if before.is_some() {
        return before;
    }
    let after = events
        .iter()
        .find(|e| e.start >= end && e.start - end <= 16);
    if after.is_some() {
        return after;
    }
    let lead = sentence[..start].trim().to_lowercase();
    if lead.is_empty() || lead == "on" || lead == "in" {
        return events.iter().find(|e| e.start >= end);
    }
    None
}

/// Words that start a new clause between an event and a date: `the visit
/// since the crisis began in March 2011` dates the crisis, not the visit.
pub(super) const CLAUSE_WORDS: &[&str] = &[
    "since", "after", "before", "when", "while", "which", "that", "who", "because", "until",
    "where",
];

/// Whether the words of `view` inside `gap` open a new clause.
pub(crate) fn opens_clause(view: &SentenceView, gap: std::ops::Range<usize>) -> bool {
    view.words_in(gap).any(|w| CLAUSE_WORDS.contains(&w))
}

/// Verbs of beginning: in a relative clause on an event noun (`the
/// strike, which began on Nov. 5`), the date is the event's own, as with
/// the noun for subject (`the strike began on Nov. 5`).
const BEGIN_VERBS: &[&str] = &[
    "began",
    "begun",
    "begins",
    "start",
    "started",
    "starts",
    "commenced",
    "erupted",
    "broke",
];

/// Whether the words inside `gap` between an event noun and a date end
/// with a relative clause telling the event's beginning: `, which began
/// on`, `that started in`, `, which had begun`, `which broke out on`; the
/// words before it (`at the port of Vellmar`) open no clause.
pub(crate) fn begins_it(view: &SentenceView, gap: std::ops::Range<usize>) -> bool {
    let words: Vec<&str> = view.words_in(gap).collect();
    let Some(k) = words.iter().rposition(|w| matches!(*w, "which" | "that")) else {
        return false;
    };
    if words[..k].iter().any(|w| CLAUSE_WORDS.contains(w)) {
        return false;
    }
    let rest = &words[k + 1..];
    let rest = match rest {
        ["had" | "has", rest @ ..] => rest,
        _ => rest,
    };
    let rest = match rest {
        [verb, rest @ ..] if BEGIN_VERBS.contains(verb) => rest,
        _ => return false,
    };
    let broke_out = words.contains(&"broke");
    let rest = match rest {
        ["out", rest @ ..] if broke_out => rest,
        _ if broke_out => return false,
        _ => rest,
    };
    matches!(rest, [] | ["on" | "in" | "at"])
}

/// Whether a date expression at `start` can date an event: not after
/// `since`, `until`, `reported` and the like (a preposition between them
/// is skipped: `reported on Tuesday`).
pub(crate) fn dates_an_event(view: &SentenceView, start: usize) -> bool {
    let mut before = view.words_before(start);
    let previous = match before.next() {
        Some("on" | "in" | "at") => before.next(),
        w => w,
    };
    !previous.is_some_and(|w| NOT_EVENT_DATE.contains(&w))
}

/// The conjunct of a sentence holding `from..to`: between the joins
/// around it (`;`, `, and`, `, but`, `, while`), so that `Wynn was signed
/// on Tuesday, and Bell was signed Wednesday` gives each date its own
/// people.
pub(crate) fn conjunct_window(sentence: &str, from: usize, to: usize) -> std::ops::Range<usize> {
    const JOINS: &[&str] = &["; ", ", and ", ", but ", " but ", ", while ", ", whereas "];
    let lower = sentence.to_ascii_lowercase();
    let start = JOINS
        .iter()
        .filter_map(|j| lower[..from.min(lower.len())].rfind(j).map(|k| k + j.len()))
        .max()
        .unwrap_or(0);
    let end = JOINS
        .iter()
        .filter_map(|j| {
            lower
                .get(to..)
                .and_then(|rest| rest.find(j))
                .map(|k| to + k)
        })
        .min()
        .unwrap_or(sentence.len());
    start..end
}

/// The words naming who made a statement: from the last break before the
/// reporting verb (a comma, a quotation mark, the sentence start) to the
/// verb, so that `“…,” Smith said Tuesday` and `state media reported
/// Tuesday` name the speaker, not the people of what was said.
pub(super) fn speaker_window(sentence: &str, verb: usize) -> std::ops::Range<usize> {
    let head = &sentence[..verb.min(sentence.len())];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ',' | ';' | ':' | '"' | '“' | '”' | '(' | ')'))
        .map(|(k, c)| k + c.len_utf8())
        .unwrap_or(0);
    start..head.len()
}

/// Where the words naming a speaker end for a statement whose verb
/// starts at `verb` and whose date starts at `opener`: at the verb, or, when
/// the date stands between speaker and verb (`Ford on Tuesday said`), at
/// the date, an `on`, `in` or `at` before it included.
pub(super) fn speaker_end(view: &SentenceView, verb: usize, opener: usize) -> usize {
    if verb < opener {
        return verb;
    }
    let k = view.words.partition_point(|&(_, e)| e <= opener);
    match k.checked_sub(1) {
        Some(k) if matches!(view.word(k), "on" | "in" | "at") => view.words[k].0,
        _ => opener,
    }
}

/// `he`, `she` and their forms: a person named before.
pub(super) fn is_he_or_she(w: &str) -> bool {
    matches!(w, "he" | "she" | "him" | "his" | "her")
}

/// The name that ends a speaker window when no person is named there: a
/// company or body (`Ford Motor Company said`, `software maker Hewlett -
/// Packard said`, `General Motors Corp. said`). The capitalised words
/// right before the reporting verb, a determiner before them dropped; one
/// word alone at the start of the sentence is no name (`Officials said`).
pub(super) fn named_speaker(sentence: &str, window: std::ops::Range<usize>) -> Option<String> {
    let text = sentence.get(window.clone())?;
    let mut words: Vec<(usize, &str)> = Vec::new();
    let offset = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
    for (at, w) in text.split_whitespace().rev().map(|w| (offset(w), w)) {
        let name_word = w.starts_with(|c: char| c.is_uppercase());
        let joiner = matches!(w, "-" | "&") && !words.is_empty();
        if !name_word && !joiner {
            break;
        }
        words.push((at, w));
    }
    while words
        .last()
        .is_some_and(|&(_, w)| matches!(w, "-" | "&" | "The" | "A" | "An"))
    {
        words.pop();
    }
    let &(first, _) = words.last()?;
    // `police in Sicily said`, `a senior Democrat said`: a place, or
    // someone unnamed.
    let before = text[..first].split_whitespace().last().unwrap_or_default();
    let unnamed = matches!(
        text.trim_start().split(' ').next(),
        Some("a" | "an" | "A" | "An")
    );
    if unnamed
        || matches!(
            before,
            "in" | "of" | "from" | "at" | "for" | "on" | "to" | "by"
        )
    {
        return None;
    }
    let opens_sentence = sentence[..window.start + first].trim().is_empty();
    if opens_sentence && words.len() == 1 {
        return None;
    }
    let name: Vec<&str> = words.iter().rev().map(|&(_, w)| w).collect();
    Some(name.join(" ").replace(" - ", "-"))
}
