//! Segmentation: paragraphs, sentences and words with byte spans into the
//! source text.
//!
//! Sentences come from unicode-segmentation (UAX #29), followed by an
//! abbreviation pass that rejoins splits after `Mr.`, `Aug.`, `U.N.` and
//! initials. Markdown markers (`**`, `[text](#)`, `#`) are left in place and
//! treated as punctuation, so spans stay file offsets.

use std::collections::HashSet;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// A sentence: its span and the paragraph it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span in the source text (trimmed of surrounding whitespace).
    pub span: Range<usize>,
    /// Index of its paragraph in [`Segmented::paragraphs`].
    pub paragraph: usize,
}

/// A segmented text.
#[derive(Debug, Clone, Default)]
pub struct Segmented {
    /// Paragraph spans.
    pub paragraphs: Vec<Range<usize>>,
    /// Sentence spans, in text order.
    pub sentences: Vec<Sentence>,
}

impl Segmented {
    /// Indices of the sentences of paragraph `p`.
    pub fn sentences_of(&self, p: usize) -> impl Iterator<Item = usize> + '_ {
        self.sentences
            .iter()
            .enumerate()
            .filter(move |(_, s)| s.paragraph == p)
            .map(|(i, _)| i)
    }

    /// Index of the sentence holding byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset).then_some(i)
    }
}

/// Abbreviations that end in a period but do not end a sentence.
#[derive(Debug, Clone, Default)]
pub struct Abbreviations(HashSet<String>);

impl Abbreviations {
    /// Builds the set from the lexicon's list.
    pub fn new(list: &[String]) -> Abbreviations {
        Abbreviations(list.iter().map(|a| a.to_lowercase()).collect())
    }

    /// Whether a sentence ending in `tail` ends in an abbreviation.
    fn ends_with_abbreviation(&self, tail: &str) -> bool {
        let last = tail
            .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
            .next()
            .unwrap_or("");
        if last.is_empty() || !last.ends_with('.') {
            return false;
        }
        let lower = last.to_lowercase();
        if self.0.contains(&lower) {
            return true;
        }
        // A single initial: `J.` in `J. Smith`.
        let letters: Vec<char> = last.chars().filter(|c| *c != '.').collect();
        letters.len() == 1 && letters[0].is_uppercase()
    }
}

/// Splits `text[start..]` into paragraphs and sentences.
pub fn segment(text: &str, start: usize, abbreviations: &Abbreviations) -> Segmented {
    let mut out = Segmented::default();
    for para in paragraphs(text, start) {
        let p = out.paragraphs.len();
        // UAX #29 breaks at every line break; a hard wrap inside a paragraph
        // is a space (same byte length, so offsets hold).
        let body = text[para.clone()].replace(['\n', '\r'], " ");
        let mut pending: Option<Range<usize>> = None;
        for (off, s) in body.split_sentence_bound_indices() {
            let trimmed = s.trim();
            if trimmed.is_empty() {
                continue;
            }
            let lead = s.len() - s.trim_start().len();
            let span = para.start + off + lead..para.start + off + lead + trimmed.len();
            let merged = match pending.take() {
                Some(prev) => prev.start..span.end,
                None => span,
            };
            if abbreviations.ends_with_abbreviation(&text[merged.clone()]) {
                pending = Some(merged);
            } else {
                out.sentences.push(Sentence {
                    span: merged,
                    paragraph: p,
                });
            }
        }
        if let Some(span) = pending {
            out.sentences.push(Sentence { span, paragraph: p });
        }
        out.paragraphs.push(para);
    }
    out
}

/// Paragraph spans: blank lines separate paragraphs, and so does a line
/// break after a line that ends a sentence or looks like a heading; a line
/// break inside a sentence (hard wrap) does not.
fn paragraphs(text: &str, start: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut cur: Option<Range<usize>> = None;
    let mut pos = start;
    for line in text[start..].split_inclusive('\n') {
        let line_start = pos;
        pos += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            out.extend(cur.take());
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let span = line_start + lead..line_start + lead + trimmed.len();
        cur = Some(match cur.take() {
            Some(c) => c.start..span.end,
            None => span,
        });
        if ends_paragraph(trimmed) {
            out.extend(cur.take());
        }
    }
    out.extend(cur);
    out
}

fn ends_paragraph(line: &str) -> bool {
    let last = line.chars().last().unwrap_or('.');
    matches!(
        last,
        '.' | '!' | '?' | '"' | '”' | '’' | ':' | ')' | ']' | '>'
    ) || line.starts_with('#')
        || line.split_whitespace().count() <= 12
}

/// The words of `text` (segments with a letter or digit), with byte offsets
/// relative to `text`.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn abbr() -> Abbreviations {
        Abbreviations::new(&crate::lexicon::Lexicon::defaults().abbreviations)
    }

    fn sentences(text: &str) -> Vec<&str> {
        segment(text, 0, &abbr())
            .sentences
            .iter()
            .map(|s| &text[s.span.clone()])
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let t = "Mr. Putin met Gen. Smith in Sochi. The U.N. talks resume. J. Doe said so.";
        assert_eq!(
            sentences(t),
            vec![
                "Mr. Putin met Gen. Smith in Sochi.",
                "The U.N. talks resume.",
                "J. Doe said so."
            ]
        );
    }

    #[test]
    fn quotes_and_markdown_keep_spans() {
        let t = "# Heading here\n\n\"It is over,\" he said. **Bold** [link](#) text.\n";
        let seg = segment(t, 0, &abbr());
        assert_eq!(seg.paragraphs.len(), 2);
        let s: Vec<&str> = seg.sentences.iter().map(|s| &t[s.span.clone()]).collect();
        assert_eq!(
            s,
            vec![
                "# Heading here",
                "\"It is over,\" he said.",
                "**Bold** [link](#) text."
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_join_and_sentence_lines_split() {
        let t = "A long sentence that goes on and on and on without stopping at all here\nand ends here.\nNext paragraph.";
        let seg = segment(t, 0, &abbr());
        assert_eq!(seg.paragraphs.len(), 2);
        assert_eq!(seg.sentence_at(80), Some(0));
        assert_eq!(seg.sentence_at(t.len() - 2), Some(1));
    }

    #[test]
    fn words_have_offsets() {
        let w: Vec<_> = words("Assad's visit, 2.3 million").collect();
        assert_eq!(
            w,
            vec![(0, "Assad's"), (8, "visit"), (15, "2.3"), (19, "million")]
        );
    }
}
