//! Line and column lookups for many offsets in one text.
//!
//! [`super::line_col`] scans from the start of the text, which is fine for
//! one lookup and quadratic for a listing of every claim of a big article
//! (an 8 MB article has tens of thousands). [`LineIndex`] holds the line
//! starts and a character count every [`STRIDE`] bytes, so a lookup costs a
//! binary search and at most one stride of counting, even on a text of one
//! long line.

use std::cell::OnceCell;

/// Bytes between two character-count checkpoints.
const STRIDE: usize = 4096;

/// Line starts and character checkpoints of one text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset of each line's start (the first is 0).
    starts: Vec<usize>,
    /// Characters before byte `k * STRIDE`.
    chars: Vec<usize>,
}

impl LineIndex {
    /// Indexes `text` (one pass).
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1))
            .collect();
        let mut chars = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut n = 0;
        for block in bytes.chunks(STRIDE) {
            chars.push(n);
            n += count_chars(block);
        }
        chars.push(n);
        LineIndex { starts, chars }
    }

    /// 1-based line and column (in characters) of a byte offset in the
    /// indexed `text`, as [`super::line_col`] gives them.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = super::floor_char_boundary(text, offset.min(text.len()));
        // Lines starting at or before the offset: the last is its line.
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let col = self.chars_before(text, offset) - self.chars_before(text, start) + 1;
        (line, col)
    }

    /// Characters in `text[..i]` (`i` on a character boundary).
    fn chars_before(&self, text: &str, i: usize) -> usize {
        let k = i / STRIDE;
        let base = self.chars.get(k).copied().unwrap_or(0);
        base + count_chars(text.as_bytes().get(k * STRIDE..i).unwrap_or_default())
    }
}

/// Characters in a run of UTF-8 bytes: the bytes that start one.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// Line indexes of a corpus's sources, each built on its first lookup.
pub struct Lines<'a> {
    sources: &'a [super::Source],
    built: Vec<OnceCell<LineIndex>>,
}

impl<'a> Lines<'a> {
    /// No index built yet.
    pub fn new(sources: &'a [super::Source]) -> Lines<'a> {
        Lines {
            sources,
            built: sources.iter().map(|_| OnceCell::new()).collect(),
        }
    }

    /// 1-based line and column of `offset` in source `id`.
    pub fn line_col(&self, id: super::SourceId, offset: usize) -> (usize, usize) {
        let (Some(s), Some(cell)) = (self.sources.get(id), self.built.get(id)) else {
            return (1, 1);
        };
        cell.get_or_init(|| LineIndex::new(&s.text))
            .line_col(&s.text, offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index agrees with the plain scan at every offset, on short and
    /// multi-stride lines with multi-byte characters.
    #[test]
    fn agrees_with_the_scan() {
        let long = "é—x".repeat(3000);
        for text in [
            "",
            "ab\ncé d",
            "\n\nx\n",
            long.as_str(),
            &format!("a\n{long}\nb{long}"),
        ] {
            let index = LineIndex::new(text);
            for i in 0..=text.len() + 2 {
                assert_eq!(
                    index.line_col(text, i),
                    super::super::line_col(text, i),
                    "{i}"
                );
            }
        }
    }
}
