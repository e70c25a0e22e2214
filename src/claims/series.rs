//! Ordinals of any series (`the third strike this year`, `her second trip
//! to Brazil`, `his second term`, `the fifth hearing in the case`, `the
//! fifth time he was arrested`), beside the visits and meetings of
//! [`super::ordinal`]. A series is who + what + where + scope: the series
//! key holds all four, so different series never compare. The nouns that
//! count a series besides the lexicon's event words are data,
//! `rules/ordinal/series.toml`.

use super::entities::{EntityKind, Mention};
use super::Doc;
use crate::pattern::Regex;
use serde::Deserialize;
use std::sync::LazyLock;

const SERIES_TOML: &str = include_str!("../../rules/ordinal/series.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct SeriesFile {
    nouns: Vec<String>,
    ignored_modifiers: Vec<String>,
}

static SERIES: LazyLock<SeriesFile> = LazyLock::new(|| {
    toml::from_str(SERIES_TOML)
        .expect("rules/ordinal/series.toml is valid (checked by a unit test)")
});

/// An ordinal word or figure: `third`, `21st`.
static ORDINAL_WORD: LazyLock<Regex> = LazyLock::new(|| {
    super::text::ascii_regex(
        r"(?i)(?-u:\b)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))(?-u:\b)",
    )
});

/// Compiles the ordinal pattern every sentence meets (see
/// [`crate::pipeline::warm_up`]).
pub(super) fn warm_up() {
    LazyLock::force(&ORDINAL_WORD);
}

/// Scopes that bound a series, read after its noun in the clause.
static SCOPE: LazyLock<Regex> = LazyLock::new(|| {
    super::text::ascii_regex(
        r"(?i)(?-u:\b)(?:this (year|month|week|season)|since (?:\d{4}|(?:his|her|its|their|the) [a-z]+)|in (?:the|this) (?:case|trial|series|war|conflict|campaign|tournament|season|investigation)|in \d{4}|in a row|of the (?:year|season)|of (?:his|her|their|its) career|(?:in|over|during) the (?:past|last) (?:[a-z0-9]+ )?(?:years?|months?|weeks?|days?|decades?)|(?:over|against) (?:the )?[a-z'-]+)(?-u:\b)",
    )
});

/// `for the fifth time`, `for a third straight time`: a count of the
/// clause's event, whatever its verb (group 1 the ordinal, group 2 a
/// modifier kept in the series).
static FOR_TIME: LazyLock<Regex> = LazyLock::new(|| {
    super::text::ascii_regex(
        r"(?i)(?-u:\b)for (?:the|a|an) (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))(?: (straight|consecutive|successive|such))? time(?-u:\b)",
    )
});

/// A count of the clause's event by `for the fifth time`, before the
/// event is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ForTime {
    /// The number (`fifth` is 5).
    pub n: u32,
    /// Start of `for`, relative to the sentence.
    pub start: usize,
    /// Start of the ordinal.
    pub ordinal: usize,
    /// End of `time`.
    pub end: usize,
    /// A modifier that narrows the series (`straight`), if any.
    pub modifier: Option<String>,
}

/// The `for the Nth time` phrases of `sentence` (`for the first time`
/// too: a count of one).
pub(super) fn for_times(sentence: &str) -> Vec<ForTime> {
    FOR_TIME
        .captures_iter(sentence)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let ordinal = c.get(1)?;
            let modifier = c
                .get(2)
                .map(|m| m.as_str().to_ascii_lowercase())
                .filter(|m| !SERIES.ignored_modifiers.iter().any(|i| i == m));
            Some(ForTime {
                n: super::ordinal::number_of(ordinal.as_str())?,
                start: whole.start(),
                ordinal: ordinal.start(),
                end: whole.end(),
                modifier,
            })
        })
        .collect()
}

/// Words that may not stand between an ordinal and its noun (`the second
/// round of talks` counts rounds).
const NOT_MODIFIERS: &[&str] = &[
    "of", "in", "on", "at", "to", "for", "and", "or", "the", "a", "an", "by", "with", "from",
];

/// An ordinal of a series found in a sentence, before its who and where
/// are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Found {
    /// The number (`third` is 3).
    pub n: u32,
    /// Start of the ordinal, relative to the sentence.
    pub start: usize,
    /// End of the series' noun.
    pub noun_end: usize,
    /// What is counted: the event class or the series noun, with the
    /// modifiers that narrow it (`successive strike`).
    pub what: String,
}

/// Whether `word` counts a series by the table.
fn series_noun(word: &str) -> bool {
    SERIES.nouns.iter().any(|n| n == word)
}

/// The ordinals of series in `sentence`: an ordinal, up to two modifiers,
/// then an event word (`events`: start and class) or a series noun. `time`
/// counts the sentence's event (`the fifth time he was arrested`).
pub(super) fn find(sentence: &str, events: &[(usize, &str)]) -> Vec<Found> {
    let mut out = Vec::new();
    for m in ORDINAL_WORD.find_iter(sentence) {
        let Some(n) = super::ordinal::number_of(m.as_str()) else {
            continue;
        };
        // `the First Amendment`, `Second Avenue`: a name.
        if m.start() > 0 && m.as_str().starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        if names_a_member(&sentence[..m.start()]) {
            continue;
        }
        let mut at = m.end();
        let mut mods: Vec<&str> = Vec::new();
        for _ in 0..3 {
            let rest = &sentence[at..];
            let Some(word_start) = rest.strip_prefix(' ').map(|_| at + 1) else {
                break;
            };
            let len = sentence[word_start..]
                .find(|c: char| !c.is_ascii_lowercase())
                .unwrap_or(sentence.len() - word_start);
            if len == 0 {
                break;
            }
            let word = &sentence[word_start..word_start + len];
            let word_end = word_start + len;
            // `first-degree`: one word with its hyphen.
            if sentence[word_end..].starts_with('-') {
                break;
            }
            let class = events
                .iter()
                .find(|(s, _)| *s == word_start)
                .map(|(_, c)| (*c).to_string());
            let what = match class {
                Some(c) => Some(c),
                None if word == "time" => events
                    .iter()
                    .filter(|(s, _)| *s != word_start)
                    .min_by_key(|(s, _)| s.abs_diff(word_start))
                    .map(|(_, c)| format!("time: {c}")),
                None if series_noun(word) => Some(word.to_string()),
                None => None,
            };
            if let Some(what) = what {
                let kept: Vec<&str> = mods
                    .iter()
                    .copied()
                    .filter(|w| !SERIES.ignored_modifiers.iter().any(|i| i == w))
                    .collect();
                let what = if kept.is_empty() {
                    what
                } else {
                    format!("{} {what}", kept.join(" "))
                };
                out.push(Found {
                    n,
                    start: m.start(),
                    noun_end: word_end,
                    what,
                });
                break;
            }
            if NOT_MODIFIERS.contains(&word) || mods.len() == 2 {
                break;
            }
            mods.push(word);
            at = word_end;
        }
    }
    out
}

/// Prepositions that make an ordinal name one member of a series rather
/// than count the latest (`during his first term`, `since her second
/// visit`): no claim of how many there have been.
const MEMBER_PREPOSITIONS: &[&str] = &[
    "during",
    "in",
    "since",
    "after",
    "before",
    "from",
    "of",
    "throughout",
    "until",
    "at",
    "on",
    "for",
    "with",
    "between",
    "following",
];

/// Whether the words before an ordinal (`text`) are a preposition and a
/// determiner or possessor (`during Bush's`, `in his`, `since the`).
fn names_a_member(text: &str) -> bool {
    let mut words = text.split_whitespace().rev().take(4).peekable();
    // `in a third strike`: a new member, counted.
    if words
        .peek()
        .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
    {
        return false;
    }
    for w in words {
        let lower = w.to_ascii_lowercase();
        let possessor = lower.ends_with("'s") || lower.ends_with("’s");
        let det = matches!(
            lower.as_str(),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
        );
        if possessor || det || w.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        return MEMBER_PREPOSITIONS.contains(&lower.as_str());
    }
    false
}

/// The plural of a series' noun, for its key (`victories`, `arrests`).
pub(super) fn plural(what: &str) -> String {
    if let Some(stem) = what.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'o', 'u']) {
            return format!("{stem}ies");
        }
    }
    if what.ends_with('s') || what.ends_with("ch") || what.ends_with("sh") {
        return format!("{what}es");
    }
    format!("{what}s")
}

/// The scope of a series read in `after` (the clause after its noun):
/// `this year` as the year of `anchor_year`, `since 2011`, `in the case`.
pub(super) fn scope(after: &str, anchor: Option<(i32, u32)>) -> String {
    let mut parts = Vec::new();
    for c in SCOPE.captures_iter(after) {
        let whole = c[0].to_lowercase();
        let part = match (c.get(1).map(|u| u.as_str().to_lowercase()), anchor) {
            (Some(u), Some((y, _))) if u == "year" => format!("in {y}"),
            (Some(u), Some((y, mo))) if u == "month" => format!("in {y}-{mo:02}"),
            _ => whole,
        };
        parts.push(part);
    }
    parts.join(" ")
}

/// Who a series belongs to: a possessor before the ordinal (`Vesk's
/// second term`, `her second trip`: the last person named before, in this
/// sentence or the two before), an agent after the noun (`the fourth
/// raid by the Coast Guard`), else the first person or organisation the
/// sentence names before the ordinal, when no speech verb stands between
/// (`Police said it was the third raid` names no owner).
pub(super) fn who(doc: &Doc, i: usize, f: &Found, clause_end: usize) -> Option<String> {
    let sentence = doc.sentence_text(i);
    let base = doc.seg.sentences[i].span.start;
    let ms = &doc.mentions[i];
    let owner = |m: &&Mention| {
        matches!(m.kind, EntityKind::Person | EntityKind::Organization) && !m.indirect
    };
    let before = sentence[..f.start].trim_end();
    let before = before
        .strip_suffix(" the")
        .or_else(|| before.strip_suffix(" a"))
        .unwrap_or(before);
    if let Some(stem) = crate::claims::text::strip_possessive(before) {
        let named = ms
            .iter()
            .filter(owner)
            .find(|m| m.end == base + stem.len())
            .map(|m| m.name.clone());
        return named.or_else(|| as_written(stem, true));
    }
    let last_word = before.rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
    if matches!(last_word.as_str(), "his" | "her" | "its" | "their") {
        let person = last_word == "his" || last_word == "her";
        let fits = |m: &&Mention| owner(m) && (!person || m.kind == EntityKind::Person);
        let here = ms.iter().filter(|m| m.end <= base + f.start).rfind(fits);
        return here
            .or_else(|| {
                (1..=2)
                    .filter_map(|k| i.checked_sub(k))
                    .find_map(|j| doc.mentions[j].iter().rfind(fits))
            })
            .map(|m| m.name.clone());
    }
    let after = &sentence[f.noun_end..clause_end];
    if let Some(rest) = after.strip_prefix(" by ") {
        let at = base + clause_end - rest.len();
        let skip = if rest.starts_with("the ") { 4 } else { 0 };
        if let Some(m) = ms.iter().filter(owner).find(|m| m.start == at + skip) {
            return Some(m.name.clone());
        }
        if let Some(name) = as_written(&rest[skip..], false) {
            return Some(name);
        }
    }
    let subject = ms.iter().filter(owner).find(|m| m.end <= base + f.start)?;
    let between = sentence[subject.end - base..f.start].to_ascii_lowercase();
    let speech = ["said", "says", "told", "according", "reported", "announced"];
    (!between
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| speech.contains(&w)))
    .then(|| subject.name.clone())
}

/// An owner no mention gives, as written: the capitalised words that end
/// `text` (`the Coast Guard` for `the Coast Guard's`; `backwards`) or
/// begin it, else its last word (`the union's`).
fn as_written(text: &str, backwards: bool) -> Option<String> {
    let capital = |w: &&str| w.starts_with(|c: char| c.is_ascii_uppercase());
    let words: Vec<&str> = if backwards {
        let mut v: Vec<&str> = text.split_whitespace().rev().take_while(capital).collect();
        v.reverse();
        v
    } else {
        text.split(|c: char| c.is_whitespace() || c == ',' || c == '.')
            .take_while(capital)
            .collect()
    };
    if !words.is_empty() {
        return Some(words.join(" "));
    }
    backwards
        .then(|| text.split_whitespace().last())
        .flatten()
        .filter(|w| w.chars().all(|c| c.is_ascii_lowercase()))
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whats(s: &str, events: &[(&str, &str)]) -> Vec<(u32, String)> {
        let ev: Vec<(usize, &str)> = events
            .iter()
            .map(|(w, c)| (s.find(w).expect("event word"), *c))
            .collect();
        find(s, &ev).into_iter().map(|f| (f.n, f.what)).collect()
    }

    #[test]
    fn ordinals_of_event_words_and_series_nouns() {
        assert_eq!(
            whats(
                "It was the third strike this year.",
                &[("strike", "strike")]
            ),
            [(3, "strike".to_string())]
        );
        assert_eq!(
            whats("It was the third such strike.", &[("strike", "strike")]),
            [(3, "strike".to_string())]
        );
        assert_eq!(
            whats(
                "It was the third successive strike.",
                &[("strike", "strike")]
            ),
            [(3, "successive strike".to_string())]
        );
        assert_eq!(
            whats(
                "It was the fifth time he was arrested.",
                &[("arrested", "verb:arrest")]
            ),
            [(5, "time: verb:arrest".to_string())]
        );
        assert!(whats("It was the fifth time.", &[]).is_empty());
    }

    #[test]
    fn every_series_noun_counts() {
        for noun in &SERIES.nouns {
            if noun == "time" {
                continue;
            }
            let s = format!("It was her second {noun} this year.");
            assert_eq!(whats(&s, &[]), [(2, noun.clone())], "{s}");
        }
        for m in &SERIES.ignored_modifiers {
            let s = format!("It was her second {m} term.");
            assert_eq!(whats(&s, &[]), [(2, "term".to_string())], "{s}");
        }
    }

    #[test]
    fn ranks_names_and_rounds_are_no_series() {
        assert!(whats("He was convicted of first-degree murder.", &[]).is_empty());
        assert!(whats("He was the third in command.", &[]).is_empty());
        assert!(whats("They met on Second Avenue.", &[]).is_empty());
        assert!(whats("The second round of talks.", &[("talks", "meeting")]).is_empty());
        assert!(whats("The first day of the season.", &[]).is_empty());
    }

    #[test]
    fn owners_as_written() {
        assert_eq!(
            as_written("It was the Coast Guard", true).as_deref(),
            Some("Coast Guard")
        );
        assert_eq!(
            as_written("It was the union", true).as_deref(),
            Some("union")
        );
        assert_eq!(
            as_written("Harbor Police, officials said", false).as_deref(),
            Some("Harbor Police")
        );
        assert_eq!(as_written("police", false), None);
    }

    #[test]
    fn an_earlier_member_is_no_count() {
        assert!(whats("Bush signed it during his second term.", &[]).is_empty());
        assert!(whats("It was reversed after Bush's first term.", &[]).is_empty());
        assert_eq!(
            whats("They walked out in a third strike.", &[]),
            Vec::<(u32, String)>::new(),
            "no event word given"
        );
        assert_eq!(
            whats(
                "They walked out in a third strike.",
                &[("strike", "strike")]
            ),
            [(3, "strike".to_string())]
        );
        assert_eq!(
            whats("It was Bush's second term.", &[]),
            [(2, "term".to_string())]
        );
        assert_eq!(
            whats("Varga will serve her second term.", &[]),
            [(2, "term".to_string())]
        );
    }

    #[test]
    fn for_the_nth_time_counts_the_clauses_event() {
        let f = for_times("Police arrested Marek for the fourth time since 2019.");
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].n, f[0].modifier.as_deref()), (4, None));
        assert_eq!(
            &"Police arrested Marek for the fourth time since 2019."[f[0].start..f[0].end],
            "for the fourth time"
        );
        let f = for_times("The union walked out for a third straight time.");
        assert_eq!((f[0].n, f[0].modifier.as_deref()), (3, Some("straight")));
        let f = for_times("They met for the second such time.");
        assert_eq!(f[0].modifier, None, "`such` says nothing of the series");
        assert!(for_times("He waited for the third train.").is_empty());
        assert!(for_times("It was the last time.").is_empty());
    }

    #[test]
    fn plurals() {
        assert_eq!(plural("victory"), "victories");
        assert_eq!(plural("successive strike"), "successive strikes");
        assert_eq!(plural("time: attack"), "time: attacks");
        assert_eq!(plural("day"), "days");
    }

    #[test]
    fn scopes() {
        assert_eq!(scope(" over Thompson", None), "over thompson");
        assert_eq!(
            scope(" over the past five years", None),
            "over the past five years"
        );
        assert_eq!(scope(" this year in Dunmore", Some((2017, 3))), "in 2017");
        assert_eq!(scope(" this month", Some((2017, 3))), "in 2017-03");
        assert_eq!(scope(" since 2011", None), "since 2011");
        assert_eq!(scope(" in the case", None), "in the case");
        assert_eq!(scope(" since its deployment", None), "since its deployment");
        assert_eq!(scope(" in the region", None), "");
    }

    /// The ordinal word, scope and `for the fifth time` patterns, compiled
    /// without prefilters, match what the `regex` crate matched (every line
    /// of the seeds and fixtures, and invented sentences).
    #[test]
    fn patterns_match_as_the_regex_crate() {
        let mut texts = crate::pattern::sample_lines();
        texts.extend(
            [
                "For the third straight time this year, and for a 2nd time since 2019.",
                "Her fifth win in a row, the first of the season, over the past two years.",
                "In the case, during the last 3 decades, of his career; against Spain's team.",
                "FOR THE FIRST TIME since the war; in 2017 and over the rival's bid.",
                "the naïve first café, Zürich's second time in the trial",
            ]
            .map(str::to_string),
        );
        for rx in [&ORDINAL_WORD, &SCOPE, &FOR_TIME] {
            let found = crate::pattern::assert_matches_as_regex_crate(rx, &texts);
            assert!(found > 0, "{} matches somewhere", rx.as_str());
        }
    }
}
