//! Where the quotes of a paragraph are, and the text around them.

use super::super::Doc;
use std::ops::Range;

/// Content spans of the quotes in a paragraph (inside the quote marks). A
/// quote left open runs to the paragraph end (a continued quote).
pub(super) fn find_quotes(text: &str, para: Range<usize>) -> Vec<Range<usize>> {
    find_quotes_from(text, para, false)
}

/// [`find_quotes`] for a paragraph that may continue a quote the paragraph
/// before left open (`continues`): when it does not open with a quote
/// mark of its own, it starts inside that quote, and its first mark
/// closes it (`…the charm," Roe said.`).
pub(super) fn find_quotes_from(
    text: &str,
    para: Range<usize>,
    continues: bool,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let body = &text[para.clone()];
    let reopens = body.starts_with(['"', '“', '«']);
    // Only a paragraph that ends the quote (holds a mark) continues it: a
    // stray mark must not turn the paragraphs after it into a quote.
    let closes = body.contains(['"', '”', '»']);
    let mut open: Option<usize> = (continues && !reopens && closes).then_some(para.start);
    // Only `"` and characters led by 0xC2 (`«` `»`) or 0xE2 (`“` `”`)
    // can be quote marks: the rest of the paragraph is skipped.
    for i in memchr::memchr3_iter(b'"', 0xC2, 0xE2, body.as_bytes()) {
        let Some(c) = body.get(i..).and_then(|t| t.chars().next()) else {
            continue;
        };
        let at = para.start + i;
        match (c, open) {
            ('"', None) | ('“', None) | ('«', None) => open = Some(at + c.len_utf8()),
            // A `“` inside an open quote closes it: a nested quote takes
            // single marks (`“… ‘…’ …“, Roe said` mistyped).
            ('"', Some(s)) | ('”', Some(s)) | ('»', Some(s)) | ('“', Some(s)) => {
                out.push(s..at);
                open = None;
            }
            _ => {}
        }
    }
    if let Some(s) = open {
        if s < para.end {
            out.push(s..para.end);
        }
    }
    out.retain(|q| !text[q.clone()].trim().is_empty());
    out
}

/// Whether `body` holds a quote mark of any kind.
pub(super) fn has_mark(body: &str) -> bool {
    body.contains(['"', '“', '”', '«', '»'])
}

/// Whether paragraph `para` may go on with a quote opened paragraphs
/// before: it reopens it with a mark, or its first mark closes a sentence
/// (`…less," Roe said.`, `…less.” Roe said.`), not a word (`a "fix"`).
pub(super) fn ends_open_quote(text: &str, para: &Range<usize>) -> bool {
    let body = &text[para.clone()];
    if body.starts_with(['"', '“', '«']) {
        return true;
    }
    let Some(i) = body.find(['"', '”', '»']) else {
        return false;
    };
    body[..i].trim_end().ends_with([',', '.', '?', '!', '…'])
}

/// The offset after the character at `i` (the closing mark of a quote
/// ending at `i`).
pub(super) fn mark_after(text: &str, i: usize) -> usize {
    text.get(i..)
        .and_then(|t| t.chars().next())
        .map_or(i, |c| i + c.len_utf8())
}

/// The offset of the character before `i` (the opening mark of a quote
/// starting at `i`).
pub(super) fn mark_before(text: &str, i: usize) -> usize {
    text.get(..i)
        .and_then(|t| t.chars().next_back())
        .map_or(i, |c| i - c.len_utf8())
}

/// Words of the paragraph outside its quotes, counted up to
/// [`OUTSIDE_WORDS_CAP`] (all that the attribution needs to know).
pub(super) fn outside_word_count(text: &str, para: Range<usize>, quotes: &[Range<usize>]) -> usize {
    let mut count = 0;
    let mut pos = para.start;
    let pieces = quotes
        .iter()
        .map(|q| {
            let piece = pos..q.start.max(pos);
            pos = q.end.min(para.end);
            piece
        })
        .collect::<Vec<_>>();
    for piece in pieces.into_iter().chain(std::iter::once(pos..para.end)) {
        count += crate::segment::words(&text[piece])
            .take(OUTSIDE_WORDS_CAP - count)
            .count();
        if count >= OUTSIDE_WORDS_CAP {
            break;
        }
    }
    count
}

/// A paragraph with more words than this outside its quotes is not a
/// quote alone (see `implicit_speaker`).
pub(super) const OUTSIDE_WORDS_CAP: usize = 3;

/// The end of the sentence holding `from`, capped at `cap`.
pub(super) fn sentence_end(doc: &Doc, from: usize, cap: usize) -> usize {
    match doc.seg.sentence_at(from) {
        Some(i) => doc.seg.sentences[i].span.end.min(cap).max(from.min(cap)),
        None => cap,
    }
}

/// Whether the quote `q` of paragraph `para` was left open: it runs to
/// the paragraph's end with no closing mark (the next paragraph continues it).
pub(super) fn left_open(para: &Range<usize>, q: &Range<usize>) -> bool {
    q.end == para.end
}
