//! Works a year premodifies (`the 2006 HBO movie, The Notorious Bettie
//! Page`, `her 1999 album “Mirror Ball”`): the year is the work's release,
//! and the title after the noun tells the work apart.

use super::{frames, EventWord, SentenceView};
use crate::lexical::{Lexical, Pos};
use std::ops::Range;

/// Words between the year and the work noun, at most (`the 2006 HBO
/// movie`): names only.
const MAX_BEFORE_NOUN: usize = 3;

/// Words of a title, at most.
const MAX_TITLE_WORDS: usize = 8;

/// Lower-case words a title may hold between capitalised ones (`Gone with
/// the Wind`).
const TITLE_JOINERS: &[&str] = &[
    "of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "from", "with", "by",
];

/// The release a year ending at `end` dates by premodifying a work noun of
/// `dated-works` in `rules/lexical/frames.toml` (`the 2006 HBO movie`),
/// when a title follows the noun (`, The Notorious Bettie Page`, `
/// “Mirror Ball”`, ` Twilight`): the frame is the table's verb
/// (`verb:release`) spanning the noun, with the title's span. Without a
/// title (`the 2006 movie about her`) the work is unknown and nothing is
/// dated.
pub(crate) fn dated_work(
    view: &SentenceView,
    sentence: &str,
    end: usize,
) -> Option<(EventWord, Range<usize>)> {
    let works = &frames().words.dated_works;
    let first = view.words.partition_point(|&(s, _)| s < end);
    let mut prev_end = end;
    for k in first..(first + MAX_BEFORE_NOUN).min(view.words.len()) {
        let (s, e) = view.words[k];
        if !sentence
            .get(prev_end..s)
            .is_some_and(|g| g.trim().is_empty())
        {
            return None;
        }
        let w = view.word(k);
        if sentence[s..].starts_with(|c: char| c.is_uppercase()) {
            prev_end = e;
            continue;
        }
        // Singular only: `the 2006 movies` are several works.
        let noun = Lexical::embedded().lemma(w, Pos::Noun);
        let verb = works.get(noun.as_ref()).filter(|_| noun == w)?;
        let title = title_after(view, sentence, k)?;
        let frame = EventWord {
            start: s,
            end: e,
            class: format!("verb:{verb}"),
        };
        return Some((frame, title));
    }
    None
}

/// The title right after the work noun at word `k`: capitalised words
/// (joiners between them), in quotation marks or not, after a space or a
/// comma; one set off by a comma must end at punctuation or the sentence's
/// end (`the movie, Smith said` names no work).
fn title_after(view: &SentenceView, sentence: &str, k: usize) -> Option<Range<usize>> {
    let gap_ok = |g: &str| {
        g.chars()
            .all(|c| c.is_whitespace() || matches!(c, ',' | '"' | '“' | '‘' | '\''))
    };
    let comma = {
        let next = view.words.get(k + 1)?.0;
        let gap = sentence.get(view.words[k].1..next)?;
        if !gap_ok(gap) || gap.is_empty() {
            return None;
        }
        gap.contains(',')
    };
    let mut last = None;
    let mut prev_end = view.words[k].1;
    for j in k + 1..(k + 1 + MAX_TITLE_WORDS).min(view.words.len()) {
        let (s, e) = view.words[j];
        let gap = sentence.get(prev_end..s)?;
        if j > k + 1 && !gap.trim().is_empty() {
            break;
        }
        let capital = sentence[s..].starts_with(|c: char| c.is_uppercase());
        if !capital && (last.is_none() || !TITLE_JOINERS.contains(&view.word(j))) {
            break;
        }
        if capital {
            last = Some(j);
        }
        prev_end = e;
    }
    let last = last?;
    let (start, end) = (view.words[k + 1].0, view.words[last].1);
    if comma {
        let rest = sentence[end..].trim_start_matches(['"', '”', '’', '\'']);
        let closed = rest.is_empty() || rest.starts_with([',', '.', ';', ':', ')', '!', '?']);
        if !closed {
            return None;
        }
    }
    Some(start..end)
}
