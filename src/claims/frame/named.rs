//! Named events a year premodifies (`the 2011 Cricket World Cup`, `the
//! 2008 Beijing Olympic Games`): the capitalised name is the event.

use super::{frames, EventWord, SentenceView};

/// Most words of an event's name after its year.
const MAX_NAME_WORDS: usize = 5;

/// The named event that the year `written`, ending at `end`, premodifies:
/// the capitalised words right after it, up to the last one that is an
/// `event-name-heads` word of `rules/lexical/frames.toml`. The year names
/// the edition (the 2010 and the 2014 World Cup are two events), so it is
/// part of the class, and editions never meet.
pub(crate) fn named_event_after(
    view: &SentenceView,
    sentence: &str,
    written: &str,
    end: usize,
) -> Option<EventWord> {
    let heads = &frames().words.event_name_heads;
    let first = view.words.partition_point(|&(s, _)| s < end);
    let mut prev_end = end;
    let mut last = None;
    for k in first..(first + MAX_NAME_WORDS).min(view.words.len()) {
        let (s, e) = view.words[k];
        let spaced = sentence
            .get(prev_end..s)
            .is_some_and(|g| g.trim().is_empty());
        let capital = sentence[s..].starts_with(|c: char| c.is_uppercase());
        if !spaced || !capital {
            break;
        }
        if heads.iter().any(|h| h.as_str() == view.word(k)) {
            last = Some(k);
        }
        prev_end = e;
    }
    let (start, end) = (view.words[first].0, view.words[last?].1);
    let name = sentence.get(start..end)?.to_lowercase();
    Some(EventWord {
        start,
        end,
        class: format!("name:{written} {name}"),
    })
}
