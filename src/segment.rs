//! Segmentation: paragraphs, sentences and words with byte spans into the
//! source text.
//!
//! Sentences come from UAX #29 (see [`sentence_bound_indices`]), followed by an
//! abbreviation pass that rejoins splits after `Mr.`, `Aug.`, `U.N.` and
//! initials. Markdown markers (`**`, `[text](#)`, `#`) are left in place and
//! treated as punctuation, so spans stay file offsets.

use masks::{run_from, ByteMasks};
use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

pub(crate) mod masks;
mod sentences;
pub use sentences::{sentence_bound_indices, SentenceBoundIndices};

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
        // Lower-cased on the stack when short and ASCII (most are).
        let mut buf = [0u8; 32];
        let known = match buf.get_mut(..last.len()) {
            Some(b) if last.is_ascii() => {
                b.copy_from_slice(last.as_bytes());
                b.make_ascii_lowercase();
                std::str::from_utf8(b).is_ok_and(|l| self.0.contains(l))
            }
            _ => self.0.contains(&last.to_lowercase()),
        };
        if known {
            return true;
        }
        // Initials: `J.` in `J. Smith`, `A.J.` in `A.J. Smith`.
        is_initials(last)
    }
}

/// Whether `word` is one to three initials, each a capital and a period
/// (`J.`, `A.J.`, `J.R.R.`): a name goes on after it.
pub fn is_initials(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 2
        && b.len() <= 6
        && b.len().is_multiple_of(2)
        && b.chunks(2)
            .all(|c| c[0].is_ascii_uppercase() && c[1] == b'.')
}

/// Splits `text[start..]` into paragraphs and sentences.
pub fn segment(text: &str, start: usize, abbreviations: &Abbreviations) -> Segmented {
    let mut out = Segmented::default();
    for para in paragraphs(text, start) {
        let p = out.paragraphs.len();
        // UAX #29 breaks at every line break; a hard wrap inside a paragraph
        // is a space (same byte length, so offsets hold).
        let body = unwrap_lines(&text[para.clone()]);
        let mut pending: Option<Range<usize>> = None;
        for (off, s) in sentence_bound_indices(&body) {
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

/// A paragraph with its line breaks as spaces (same byte length); most
/// paragraphs have none and are borrowed as they are.
fn unwrap_lines(para: &str) -> std::borrow::Cow<'_, str> {
    if !para.bytes().any(|b| b == b'\n' || b == b'\r') {
        return std::borrow::Cow::Borrowed(para);
    }
    let mut bytes = para.as_bytes().to_vec();
    for b in &mut bytes {
        if *b == b'\n' || *b == b'\r' {
            *b = b' ';
        }
    }
    // ASCII bytes replaced by an ASCII byte: still UTF-8.
    std::borrow::Cow::Owned(
        String::from_utf8(bytes).unwrap_or_else(|_| para.replace(['\n', '\r'], " ")),
    )
}

/// Paragraph spans: blank lines separate paragraphs, and so does a line
/// break after a line that ends a sentence or looks like a heading; a line
/// break inside a sentence (hard wrap) does not.
fn paragraphs(text: &str, start: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut cur: Option<Range<usize>> = None;
    let mut pos = start;
    let mut lines = text[start..].split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
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
        let next = lines.peek().map(|l| l.trim_start());
        if ends_paragraph(trimmed, next) {
            out.extend(cur.take());
        }
    }
    out.extend(cur);
    out
}

/// Whether a line break after `line` ends the paragraph: after the end of
/// a sentence or a heading, or after a short line (a dateline, a byline)
/// unless the next line continues it in lower case (a hard wrap).
fn ends_paragraph(line: &str, next: Option<&str>) -> bool {
    let last = line.chars().last().unwrap_or('.');
    let ends_sentence = matches!(
        last,
        '.' | '!' | '?' | '"' | '”' | '’' | ':' | ')' | ']' | '>'
    );
    let continues = next
        .and_then(|n| n.chars().next())
        .is_some_and(|c| c.is_lowercase() || c == ',');
    // Words counted up to the thirteenth only: most lines are long.
    ends_sentence
        || line.starts_with('#')
        || (line.split_whitespace().take(13).count() <= 12 && !continues)
}

/// The words of `text` (UAX #29 word segments with a letter or digit), with
/// byte offsets relative to `text`. Lazy: taking the first word of a long
/// text costs one chunk.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    WordSpans {
        text,
        pos: 0,
        pending: Vec::new(),
        next_pending: 0,
    }
    .map(move |(s, e)| (s, &text[s..e]))
}

/// Word spans of `text`, as [`words`] gives them.
///
/// ASCII whitespace is always a UAX #29 word boundary, so the text is cut
/// there; an all-ASCII chunk is split by a direct implementation of the
/// UAX #29 rules for ASCII (about ten times faster), any other chunk by
/// unicode-segmentation.
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    // The bytes are read 64 at a time as class masks, and the words off
    // the masks: each run of word bytes (letters, digits, `_`) is a word,
    // joined to the next by a joiner between two letters or two digits.
    // A whitespace-delimited chunk with a non-ASCII byte is split by
    // unicode-segmentation instead: the words already taken from it are
    // dropped (this runs over every article's body).
    let b = text.as_bytes();
    let class = |c: u8| ASCII_CLASS[usize::from(c)];
    let mut out = Vec::with_capacity(text.len() / 5);
    // Everything before `i` is split.
    let mut i = 0;
    let mut floor = 0;
    let mut base = 0;
    while base < b.len() {
        let m = ByteMasks::at(b, base);
        let word_before = base > 0 && class(b[base - 1]) & WORD != 0;
        let mut starts = m.word & !((m.word << 1) | u64::from(word_before));
        // Words are read up to the first non-ASCII byte of the block.
        let stop = m.non_ascii.trailing_zeros() as usize;
        while starts != 0 {
            let k = starts.trailing_zeros() as usize;
            if k >= stop {
                break;
            }
            starts &= starts - 1;
            let start = base + k;
            if start < i {
                // Inside a word joined across a joiner.
                continue;
            }
            let mut end = word_run_end(b, &m, base, start);
            while end + 1 < b.len() && joins(class(b[end - 1]), b[end], class(b[end + 1])) {
                end = word_run_end(b, &m, base, end + 1);
            }
            // Joiners sit between letters or digits: a word without
            // either is all `_` (and is no word).
            if b[start] != b'_' || b[start..end].iter().any(|&c| c != b'_') {
                out.push((start, end));
            }
            i = end;
            if i >= base + 64 {
                break;
            }
        }
        if stop < 64 {
            // The chunk around the non-ASCII byte (words end before it):
            // back to the whitespace before it, dropping its words read so
            // far, and on to the whitespace after it. `floor`, the end of
            // the last such chunk, bounds the look back: each byte is gone
            // over once.
            let at = base + stop;
            let chunk_start = b[floor..at]
                .iter()
                .rposition(u8::is_ascii_whitespace)
                .map_or(floor, |q| floor + q + 1);
            let mut end = at;
            while end < b.len() && !b[end].is_ascii_whitespace() {
                end += 1;
            }
            let keep = out.partition_point(|&(s, _)| s < chunk_start);
            out.truncate(keep);
            unicode_words(text, chunk_start, end, &mut out);
            i = end;
            floor = end;
            base = end;
        } else {
            base = (base + 64).max(i);
        }
    }
    out
}

/// The end of the run of word bytes from `from`: read off the masks `m` of
/// the block at `base` while it lasts, byte by byte past it.
fn word_run_end(b: &[u8], m: &ByteMasks, base: usize, from: usize) -> usize {
    let mut i = from;
    let k = from - base;
    if k < 64 {
        let run = run_from(m.word, k);
        if k + run < 64 {
            return from + run;
        }
        i = base + 64;
    }
    while i < b.len() && ASCII_CLASS[usize::from(b[i])] & WORD != 0 {
        i += 1;
    }
    i
}

/// Whether `mid` joins the letters or digits around it into one word
/// (`U.S`, `don't`, `3.5`, `1,000`): classes of the bytes before and after.
fn joins(here: u8, mid: u8, after: u8) -> bool {
    (here & after & ALPHA != 0 && matches!(mid, b'.' | b'\'' | b':'))
        || (here & after & DIGIT != 0 && matches!(mid, b'.' | b'\'' | b',' | b';'))
}

/// UAX #29 words of a chunk without ASCII whitespace that is not all ASCII.
fn unicode_words(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    out.extend(
        text[start..end]
            .split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .map(|(o, w)| (start + o, start + o + w.len())),
    );
}

/// Iterator over word spans, one whitespace-separated chunk at a time.
struct WordSpans<'a> {
    text: &'a str,
    pos: usize,
    pending: Vec<(usize, usize)>,
    next_pending: usize,
}

impl Iterator for WordSpans<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let bytes = self.text.as_bytes();
        loop {
            if let Some(&w) = self.pending.get(self.next_pending) {
                self.next_pending += 1;
                return Some(w);
            }
            self.pending.clear();
            self.next_pending = 0;
            while self.pos < bytes.len() && bytes[self.pos].is_ascii_whitespace() {
                self.pos += 1;
            }
            if self.pos >= bytes.len() {
                return None;
            }
            let start = self.pos;
            let mut ascii = true;
            while self.pos < bytes.len() && !bytes[self.pos].is_ascii_whitespace() {
                ascii &= bytes[self.pos].is_ascii();
                self.pos += 1;
            }
            if ascii {
                ascii_words(bytes, start, self.pos, &mut self.pending);
            } else {
                unicode_words(self.text, start, self.pos, &mut self.pending);
            }
        }
    }
}

/// UAX #29 word segmentation of an ASCII chunk without whitespace: letters
/// and digits join (WB5, WB8–10), `_` joins (WB13a/b), `.` `'` `:` join
/// letters (WB6/7), `.` `'` `,` `;` join digits (WB11/12).
fn ascii_words(b: &[u8], from: usize, to: usize, out: &mut Vec<(usize, usize)>) {
    let class = |c: u8| ASCII_CLASS[usize::from(c)];
    let mut i = from;
    while i < to {
        if class(b[i]) & WORD == 0 {
            i += 1;
            continue;
        }
        let start = i;
        let mut alnum = false;
        loop {
            // A run of word bytes, then maybe a joiner between two letters
            // or two digits (the run goes on after it).
            while i < to && class(b[i]) & WORD != 0 {
                alnum |= b[i] != b'_';
                i += 1;
            }
            if i + 1 < to && joins(class(b[i - 1]), b[i], class(b[i + 1])) {
                i += 1;
                continue;
            }
            break;
        }
        if alnum {
            out.push((start, i));
        }
    }
}

/// [`ASCII_CLASS`] bits.
const WORD: u8 = 1;
const ALPHA: u8 = 2;
const DIGIT: u8 = 4;
const SPACE: u8 = 8;
const NON_ASCII: u8 = 16;

/// The class of each byte for [`ascii_words`]: letters, digits and `_` are
/// word bytes.
const ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphabetic() {
            WORD | ALPHA
        } else if b.is_ascii_digit() {
            WORD | DIGIT
        } else if b == b'_' {
            WORD
        } else if b.is_ascii_whitespace() {
            SPACE
        } else if !b.is_ascii() {
            NON_ASCII
        } else {
            0
        };
        c += 1;
    }
    t
};

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
        // Initials run on into the name (`A.J. Smith`, `J.R.R. Tolkien`).
        let t = "Coach A.J. Smith spoke. J.R.R. Tolkien wrote it.";
        assert_eq!(
            sentences(t),
            vec!["Coach A.J. Smith spoke.", "J.R.R. Tolkien wrote it."]
        );
        assert!(is_initials("A.J.") && is_initials("J.") && !is_initials("AJ."));
        // Police and army ranks before a name.
        let t = "Spokesman Snr. Comr. Dedi Halim said so. Brig. Gen. Lee agreed.";
        assert_eq!(
            sentences(t),
            vec![
                "Spokesman Snr. Comr. Dedi Halim said so.",
                "Brig. Gen. Lee agreed."
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
    fn ascii_fast_path_agrees_with_unicode_segmentation() {
        let texts = [
            "Assad's visit, 2.3 million; U.S. troops (the U.N.-sponsored talks) at 02:20 AM on 11/20/2017.",
            "snake_case x_1 1,000,000.50 a.b.c 3'4 don't rock'n'roll foo:bar 1;2 end. 'quoted' --dash-- $5",
            "**bold** [link](#) # heading <https://www.themoscowtimes.com/2018/05/18/a61487> e.g. i.e.",
            "café “curly” — Zürich’s 20% «x» naïve",
            // Non-ASCII after ASCII words in one chunk: those words are taken back.
            "U.S.’s a_b’c 1,2é end’ ’start x\u{a0}y tab\there\n\nnew",
        ];
        for t in texts {
            let spans: Vec<(usize, &str)> = word_spans(t)
                .into_iter()
                .map(|(s, e)| (s, &t[s..e]))
                .collect();
            let fast: Vec<(usize, &str)> = words(t).collect();
            assert_eq!(spans, fast, "{t}");
            let slow: Vec<(usize, &str)> = t
                .split_word_bound_indices()
                .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
                .collect();
            assert_eq!(fast, slow, "{t}");
        }
    }

    #[test]
    fn word_spans_agree_with_unicode_segmentation_across_blocks() {
        // Pseudo-random texts: words longer than a 64-byte block, joiners
        // and non-ASCII bytes on block edges.
        let pieces = [
            "a",
            "Zz",
            "09",
            "_",
            " ",
            "  ",
            "\t",
            "\n",
            ".",
            "'",
            ",",
            ";",
            ":",
            "-",
            "é",
            "’",
            "x_1",
            "3.5",
            "U.S",
            "\u{a0}",
            "abcdefghijklmnopqrstuvwxyz0123456789",
        ];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..400 {
            let mut t = String::new();
            while t.len() < 300 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                t.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            let spans: Vec<(usize, &str)> = word_spans(&t)
                .into_iter()
                .map(|(s, e)| (s, &t[s..e]))
                .collect();
            let slow: Vec<(usize, &str)> = t
                .split_word_bound_indices()
                .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
                .collect();
            assert_eq!(spans, slow, "{t:?}");
        }
    }

    #[test]
    fn ascii_fast_path_agrees_on_the_seed_articles() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        for entry in std::fs::read_dir(dir).expect("seeds folder") {
            let t = std::fs::read_to_string(entry.expect("entry").path()).expect("seed text");
            let fast: Vec<(usize, &str)> = words(&t).collect();
            let slow: Vec<(usize, &str)> = t
                .split_word_bound_indices()
                .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
                .collect();
            assert_eq!(fast, slow);
            let spans: Vec<(usize, &str)> = word_spans(&t)
                .into_iter()
                .map(|(s, e)| (s, &t[s..e]))
                .collect();
            assert_eq!(spans, slow);
        }
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
