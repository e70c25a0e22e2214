//! Reading the generated tables `rules/lexical/words.bin` and
//! `rules/lexical/synsets.bin` in place: nothing is copied or built at load,
//! a lookup decodes only the bytes it needs. The layout is described in
//! `tools/wordnet.py`, which writes it. Malformed bytes read as absent
//! (a lookup finds nothing), never as a panic; a test walks every entry.

use super::Pos;

/// Longest key the decoder handles (the script's `MAX_KEY` must not exceed
/// it): keys are rebuilt into a stack buffer of this size.
pub(crate) const KEY_BUF: usize = 64;

/// Record flag: the lemma's spelling follows the flags.
const SPELLED: u8 = 8;
/// Record flag: exception bases follow the senses.
const EXCEPTIONS: u8 = 16;

/// A forward reader over a table's bytes.
#[derive(Clone, Copy)]
pub(crate) struct Cursor {
    bytes: &'static [u8],
    at: usize,
}

impl Cursor {
    pub(crate) fn new(bytes: &'static [u8], at: usize) -> Cursor {
        Cursor { bytes, at }
    }

    pub(crate) fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    /// A LEB128 varint of at most five bytes.
    pub(crate) fn varint(&mut self) -> Option<u32> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            value |= u32::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    pub(crate) fn take(&mut self, n: usize) -> Option<&'static [u8]> {
        let out = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(out)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
}

/// Splits a table into its text header (up to the NUL byte) and its body.
fn split_header(bytes: &'static [u8]) -> Result<(&'static str, &'static [u8]), String> {
    let nul = memchr::memchr(0, bytes).ok_or("no header: the NUL byte is missing")?;
    let header = std::str::from_utf8(&bytes[..nul]).map_err(|_| "header is not UTF-8")?;
    Ok((header, &bytes[nul + 1..]))
}

/// `words.bin`: the front-coded sorted words and their records.
#[derive(Debug)]
pub(crate) struct Words {
    pub(crate) header: &'static str,
    pub(crate) senses: usize,
    pub(crate) count: usize,
    /// `u32` block offsets, little-endian.
    block_index: &'static [u8],
    blocks: &'static [u8],
    records: &'static [u8],
}

impl Words {
    pub(crate) fn parse(bytes: &'static [u8]) -> Result<Words, String> {
        let (header, body) = split_header(bytes)?;
        let mut c = Cursor::new(body, 0);
        let short = || "words.bin is truncated".to_string();
        let senses = c.u32().ok_or_else(short)? as usize;
        let max_key = c.u32().ok_or_else(short)? as usize;
        let count = c.u32().ok_or_else(short)? as usize;
        let block_count = c.u32().ok_or_else(short)? as usize;
        if max_key > KEY_BUF {
            return Err(format!(
                "words.bin keys up to {max_key} bytes (at most {KEY_BUF})"
            ));
        }
        if senses == 0 || count == 0 || block_count == 0 {
            return Err("words.bin is empty".into());
        }
        let block_index = c.take(block_count * 4).ok_or_else(short)?;
        let blocks_len = c.u32().ok_or_else(short)? as usize;
        let blocks = c.take(blocks_len).ok_or_else(short)?;
        let records = &body[c.at..];
        Ok(Words {
            header,
            senses,
            count,
            block_index,
            blocks,
            records,
        })
    }

    fn block_start(&self, i: usize) -> usize {
        let at = i * 4;
        u32::from_le_bytes(self.block_index[at..at + 4].try_into().unwrap()) as usize
    }

    fn block_count(&self) -> usize {
        self.block_index.len() / 4
    }

    /// The first key of block `i`.
    fn first_key(&self, i: usize) -> Option<&'static [u8]> {
        let mut c = Cursor::new(self.blocks, self.block_start(i));
        let len = c.varint()? as usize;
        c.take(len)
    }

    /// The record of `key`, if the table has it. Lookups are remembered
    /// per thread: claims ask the same few thousand words again and again
    /// (every figure's neighbours are tried as verbs and nouns), and a
    /// hash lookup is far cheaper than a search of the front-coded blocks.
    pub(crate) fn find(&self, key: &[u8]) -> Option<Record> {
        use std::cell::RefCell;
        /// Beyond this many remembered keys a thread starts over (bounded memory).
        const MEMO_LIMIT: usize = 100_000;
        thread_local! {
            /// Remembered lookups: (table, key) → the key's record offset.
            static MEMO: RefCell<crate::memo::ShortKeyMemo> =
                RefCell::new(crate::memo::ShortKeyMemo::new(MEMO_LIMIT));
        }
        let table = self.blocks.as_ptr() as usize;
        let at = MEMO.with(|m| m.borrow_mut().get_or(table, key, || self.find_offset(key)));
        at.and_then(|at| self.record(at))
    }

    /// The record offset of `key`, searched in the blocks.
    fn find_offset(&self, key: &[u8]) -> Option<usize> {
        if key.is_empty() || key.len() > KEY_BUF {
            return None;
        }
        // The last block whose first key is <= key.
        let (mut lo, mut hi) = (0, self.block_count());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.first_key(mid)? <= key {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let block = lo.checked_sub(1)?;
        let mut found = None;
        self.scan_block(block, |k, record| {
            if k == key {
                found = Some(record);
            }
            k < key
        })?;
        found
    }

    /// Decodes block `i`'s keys in order and calls `f(key, record offset)`
    /// for each until it returns false.
    fn scan_block(&self, i: usize, mut f: impl FnMut(&[u8], usize) -> bool) -> Option<()> {
        let mut c = Cursor::new(self.blocks, self.block_start(i));
        let end = if i + 1 < self.block_count() {
            self.block_start(i + 1)
        } else {
            self.blocks.len()
        };
        let mut buf = [0u8; KEY_BUF];
        let len = c.varint()? as usize;
        buf.get_mut(..len)?.copy_from_slice(c.take(len)?);
        let mut key_len = len;
        if !f(&buf[..key_len], c.varint()? as usize) {
            return Some(());
        }
        while c.at < end {
            let shared = c.varint()? as usize;
            let suffix = c.varint()? as usize;
            if shared > key_len {
                return None;
            }
            buf.get_mut(shared..shared + suffix)?
                .copy_from_slice(c.take(suffix)?);
            key_len = shared + suffix;
            if !f(&buf[..key_len], c.varint()? as usize) {
                break;
            }
        }
        Some(())
    }

    /// Every key in order with its record (for tests).
    #[cfg(test)]
    pub(crate) fn for_each(&self, mut f: impl FnMut(&[u8], Option<Record>)) -> Option<()> {
        for i in 0..self.block_count() {
            self.scan_block(i, |k, at| {
                f(k, self.record(at));
                true
            })?;
        }
        Some(())
    }

    fn record(&self, at: usize) -> Option<Record> {
        let mut c = Cursor::new(self.records, at);
        let flags = c.byte()?;
        let spelling = if flags & SPELLED != 0 {
            let len = c.varint()? as usize;
            Some(std::str::from_utf8(c.take(len)?).ok()?)
        } else {
            None
        };
        Some(Record {
            flags,
            spelling,
            body: c,
            senses: self.senses,
        })
    }
}

/// One word's record: the parts of speech it is a lemma of, with their
/// senses, and the bases it is an irregular form of.
#[derive(Clone, Copy)]
pub(crate) struct Record {
    flags: u8,
    /// The lemma's own spelling, for lemmas a detachment rule reaches by
    /// adding letters (`flies` → `fly`).
    pub(crate) spelling: Option<&'static str>,
    body: Cursor,
    senses: usize,
}

/// A lemma's senses under one part of speech.
#[derive(Clone, Copy)]
pub(crate) struct Senses {
    /// How many senses WordNet gives it.
    pub(crate) count: usize,
    /// Its first `min(count, SENSES)` synset ids, as varints.
    first: Cursor,
    first_len: usize,
    /// Lexicographer file numbers of all its senses (nouns and verbs; empty
    /// for adjectives).
    pub(crate) lexnames: &'static [u8],
}

impl Senses {
    /// The synset ids of the first senses that count, most frequent first.
    pub(crate) fn first(&self) -> impl Iterator<Item = u32> {
        let mut c = self.first;
        (0..self.first_len).map_while(move |_| c.varint())
    }
}

impl Record {
    pub(crate) fn is_lemma(&self, pos: Pos) -> bool {
        self.flags & pos.bit() != 0
    }

    /// Reads the sense sections in order; `want` picks one.
    fn sections(&self) -> Option<([Option<Senses>; 3], Cursor)> {
        let mut c = self.body;
        let mut out = [None; 3];
        for pos in Pos::ALL {
            if !self.is_lemma(pos) {
                continue;
            }
            let count = c.varint()? as usize;
            let first_len = count.min(self.senses);
            let first = c;
            for _ in 0..first_len {
                c.varint()?;
            }
            let lexnames = if pos == Pos::Adj {
                &[][..]
            } else {
                c.take(count)?
            };
            out[pos.index()] = Some(Senses {
                count,
                first,
                first_len,
                lexnames,
            });
        }
        Some((out, c))
    }

    /// The senses under `pos`, if the word is a lemma of it.
    pub(crate) fn senses(&self, pos: Pos) -> Option<Senses> {
        if !self.is_lemma(pos) {
            return None;
        }
        self.sections()?.0[pos.index()]
    }

    /// The bases this word is an irregular form of under `pos`
    /// (`geese` → `goose`), from WordNet's exception lists.
    pub(crate) fn exceptions(&self, pos: Pos) -> impl Iterator<Item = &'static str> {
        let mut c = if self.flags & EXCEPTIONS != 0 {
            self.sections().map(|(_, c)| c)
        } else {
            None
        };
        let mut left = 0;
        if let Some(cur) = c.as_mut() {
            left = skip_to_exceptions(cur, pos).unwrap_or(0);
        }
        (0..left).map_while(move |_| {
            let cur = c.as_mut()?;
            let len = cur.varint()? as usize;
            std::str::from_utf8(cur.take(len)?).ok()
        })
    }
}

/// Positions `c` (at the exception mask) at `pos`'s bases; returns their count.
fn skip_to_exceptions(c: &mut Cursor, pos: Pos) -> Option<usize> {
    let mask = c.byte()?;
    for p in Pos::ALL {
        if mask & p.bit() == 0 {
            continue;
        }
        let n = c.varint()? as usize;
        if p == pos {
            return Some(n);
        }
        for _ in 0..n {
            let len = c.varint()? as usize;
            c.take(len)?;
        }
    }
    Some(0)
}
