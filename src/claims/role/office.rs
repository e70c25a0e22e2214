//! Reading an office phrase (`former Interior Minister`, `then a deputy
//! sheriff`, `chair of the committee`) into a [`Role`], with the words of
//! `rules/people/roles.toml`.

use super::vocab::{Marker, RoleWords};
use super::{Role, RoleTime};

/// One word of a phrase: as written and its lower-case form (a full stop
/// kept: `sen.`), and whether punctuation ends a phrase after it.
#[derive(Debug, Clone)]
pub(super) struct Word<'a> {
    pub written: &'a str,
    pub lower: String,
    pub stop: bool,
}

/// The words of `text` split at spaces, a hyphen after a marker (`then-`,
/// `ex-`) or before one (`-elect`), and a hyphen after a deputy word
/// (`Vice-President`); trailing commas and quotes dropped.
pub(super) fn words_of<'a>(text: &'a str, vocab: &RoleWords) -> Vec<Word<'a>> {
    words_of_upto(text, vocab, usize::MAX)
}

/// The first `max` of the [`words_of`] `text`: the rest is never split
/// (an appositive reads a few words of a long sentence).
pub(super) fn words_of_upto<'a>(text: &'a str, vocab: &RoleWords, max: usize) -> Vec<Word<'a>> {
    let mut out = Vec::new();
    for raw in text.split_whitespace() {
        if out.len() >= max {
            break;
        }
        let w = raw.trim_start_matches(['"', '“', '(']);
        let w = w.trim_end_matches([',', ';', ':', '"', '”', ')', '!', '?']);
        if w.is_empty() {
            continue;
        }
        let stop = w.len() < raw.trim_start_matches(['"', '“', '(']).len() || w.ends_with('.');
        let lower = w.to_lowercase();
        // Offsets of `lower` are offsets of `w` only when lower-casing kept
        // every byte length (`İ` does not).
        let split = lower
            .find('-')
            .filter(|&k| k > 0 && k + 1 < lower.len() && lower.len() == w.len());
        let Some(k) = split else {
            out.push(Word {
                written: w,
                lower,
                stop,
            });
            continue;
        };
        let (a, b) = (&lower[..=k], &lower[k + 1..]);
        let after = &lower[k..];
        // Only an ASCII hyphen is split, so `k` is a char boundary of `w`.
        if vocab.marker(a).is_some() || vocab.is_deputy(&lower[..k]) {
            out.push(Word {
                written: &w[..=k],
                lower: a.to_string(),
                stop: false,
            });
            out.push(Word {
                written: &w[k + 1..],
                lower: b.to_string(),
                stop,
            });
        } else if vocab.marker(after).is_some() {
            out.push(Word {
                written: &w[..k],
                lower: lower[..k].to_string(),
                stop: false,
            });
            out.push(Word {
                written: &w[k..],
                lower: after.to_string(),
                stop,
            });
        } else {
            out.push(Word {
                written: w,
                lower,
                stop,
            });
        }
    }
    // A split word may have pushed one past `max`.
    out.truncate(max);
    out
}

/// The head that ends at word `end` (exclusive): its canonical form and
/// how many words it takes, longest first (`chief executive officer`
/// before `officer`).
pub(super) fn head_ending_at(
    words: &[Word],
    end: usize,
    vocab: &RoleWords,
) -> Option<(String, usize)> {
    for n in (1..=vocab.longest_head.min(end)).rev() {
        let phrase: Vec<&str> = words[end - n..end]
            .iter()
            .map(|w| w.lower.as_str())
            .collect();
        let phrase = phrase.join(" ");
        // `Sen.` is written so; `sheriff.` ends a sentence.
        let found = vocab
            .head(&phrase)
            .or_else(|| vocab.head(phrase.trim_end_matches('.')));
        if let Some(h) = found {
            return Some((h.to_string(), n));
        }
    }
    None
}

/// Reads the office whose head ends at word `end` (exclusive), walking
/// left over the words that qualify it: time markers, deputy and chief
/// words, portfolios, fillers and capitalised affiliations (`Kremlin
/// spokesman`, `Acme's chief executive`). Returns the role and the index
/// of its first word. `of` is the body named after the head, if any.
pub(super) fn read_office(
    words: &[Word],
    end: usize,
    of: Option<String>,
    vocab: &RoleWords,
) -> Option<(Role, usize)> {
    let (head, n) = head_ending_at(words, end, vocab)?;
    let mut role = Role {
        written: String::new(),
        head,
        rank: None,
        portfolio: None,
        of,
        time: RoleTime::Current,
    };
    let mut marked = false;
    let mut affiliation: Vec<String> = Vec::new();
    let mut start = end - n;
    while start > 0 {
        let w = &words[start - 1];
        // A comma or full stop before the office ends it.
        // (`Gov.` is an abbreviation, not the end of a sentence.)
        if w.stop && (!w.lower.ends_with('.') || w.lower.len() > 4) {
            break;
        }
        let lower = w.lower.as_str();
        if let Some(m) = vocab.marker(lower) {
            if !marked {
                role.time = time_of(m);
                marked = true;
            }
        } else if vocab.is_deputy(lower) && role.rank.is_none() {
            role.rank = Some(lower.trim_end_matches('.').replace("lt", "lieutenant"));
        } else if vocab.is_chief(lower) && role.rank.is_none() {
            role.rank = Some("chief".into());
        } else if let Some(p) = vocab
            .portfolio(lower)
            .filter(|_| vocab.takes_portfolio(&role.head))
        {
            if role.portfolio.is_none() {
                role.portfolio = Some(p.to_string());
            }
        } else if vocab.is_filler(lower) || matches!(lower, "a" | "an") {
        } else if w.written.starts_with(|c: char| c.is_uppercase())
            && !crate::claims::people_words::PEOPLE_WORDS.is_opener(w.written)
        {
            affiliation.push(lower.trim_end_matches("'s").to_string());
        } else {
            break;
        }
        start -= 1;
    }
    // Leading fillers (`the`) are not part of the office as written.
    while start < end - n && matches!(words[start].lower.as_str(), "the" | "a" | "an" | "of") {
        start += 1;
    }
    // A transition marker right after the head: `President-elect`.
    if let Some(w) = words.get(end) {
        if vocab.marker(&w.lower) == Some(Marker::Transition) {
            role.time = RoleTime::Transition;
        }
    }
    if role.of.is_none() && !affiliation.is_empty() {
        affiliation.reverse();
        role.of = Some(affiliation.join(" "));
    }
    if let Some(of) = role.of.take() {
        role.portfolio = role.portfolio.take().or_else(|| {
            // `Secretary of State`, `Minister of the Interior`.
            vocab
                .takes_portfolio(&role.head)
                .then(|| of.split(' ').find_map(|w| vocab.portfolio(w)))
                .flatten()
                .map(str::to_string)
        });
        let portfolio_only = role.portfolio.is_some()
            && of
                .split(' ')
                .all(|w| vocab.portfolio(w).is_some() || vocab.is_filler(w));
        if !portfolio_only {
            role.of = Some(of);
        }
    }
    let written: Vec<&str> = words[start..end].iter().map(|w| w.written).collect();
    role.written = written.join(" ");
    Some((role, start))
}

/// The time a marker gives.
fn time_of(m: Marker) -> RoleTime {
    match m {
        Marker::Former => RoleTime::Former,
        Marker::Then => RoleTime::Then,
        Marker::Current => RoleTime::Current,
        Marker::Transition => RoleTime::Transition,
    }
}

/// The body named after a head (`of the committee`, `for Acme`): its
/// lower-case words without `the`, up to a comma, a full stop or a verb
/// of speech; at most five words. `words[from]` is `of` or `for`.
pub(super) fn body_after(words: &[Word], from: usize) -> Option<(String, usize)> {
    let first = words.get(from)?;
    if first.lower != "of" && first.lower != "for" {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    let mut k = from + 1;
    while let Some(w) = words.get(k) {
        if out.len() >= 5 {
            return None;
        }
        if matches!(w.lower.as_str(), "said" | "says" | "told" | "who" | "and") {
            break;
        }
        let bare = w.lower.trim_end_matches('.');
        if bare != "the" && !bare.is_empty() {
            out.push(bare.trim_end_matches("'s").to_string());
        }
        k += 1;
        if w.stop {
            break;
        }
    }
    (!out.is_empty()).then(|| (out.join(" "), k))
}
