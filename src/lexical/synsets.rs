//! Reading `rules/lexical/synsets.bin` in place: per kept synset, its
//! lexicographer file, its concept key and its pointer lists (layout in
//! `tools/wordnet.py`).

use super::table::Cursor;
use super::Lexname;

/// The pointer lists a synset carries, in their order in a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum List {
    /// `+`: derivationally related word senses, any part of speech.
    Derivation = 0,
    /// `@`: the hypernym, nouns only (one level).
    Hypernym = 1,
    /// `>`: what a verb causes.
    Cause = 2,
    /// `*`: what a verb entails.
    Entailment = 3,
    /// `=`, `\` and adjective–noun `+`: attribute, pertainym, derivation.
    AdjectiveNoun = 4,
}

impl List {
    pub(crate) const ALL: [List; 5] = [
        List::Derivation,
        List::Hypernym,
        List::Cause,
        List::Entailment,
        List::AdjectiveNoun,
    ];
}

/// `synsets.bin`.
#[derive(Debug)]
pub(crate) struct Synsets {
    pub(crate) header: &'static str,
    pub(crate) count: u32,
    offsets: &'static [u8],
    records: &'static [u8],
}

/// One synset's record.
#[derive(Clone, Copy)]
pub(crate) struct Synset {
    pub(crate) lexname: Lexname,
    /// Its concept class's key: the smallest synset id of the class.
    pub(crate) key: u32,
    mask: u8,
    lists: Cursor,
}

impl Synsets {
    pub(crate) fn parse(bytes: &'static [u8]) -> Result<Synsets, String> {
        let nul = memchr::memchr(0, bytes).ok_or("synsets.bin: no header")?;
        let header = std::str::from_utf8(&bytes[..nul]).map_err(|_| "synsets.bin: bad header")?;
        let body = &bytes[nul + 1..];
        let count = body
            .get(..4)
            .map(|b| u32::from_le_bytes(b.try_into().unwrap()))
            .ok_or("synsets.bin is truncated")?;
        let end = 4 + count as usize * 4;
        let offsets = body.get(4..end).ok_or("synsets.bin is truncated")?;
        if count == 0 {
            return Err("synsets.bin is empty".into());
        }
        Ok(Synsets {
            header,
            count,
            offsets,
            records: &body[end..],
        })
    }

    /// Synset `id`'s record.
    pub(crate) fn get(&self, id: u32) -> Option<Synset> {
        let at = id as usize * 4;
        let start = u32::from_le_bytes(self.offsets.get(at..at + 4)?.try_into().ok()?);
        let mut c = Cursor::new(self.records, start as usize);
        let lexname = Lexname::from_number(c.byte()?)?;
        let key = c.varint()?;
        let mask = c.byte()?;
        Some(Synset {
            lexname,
            key,
            mask,
            lists: c,
        })
    }
}

impl Synset {
    /// The ids of `list`, ascending (empty when the synset has none).
    pub(crate) fn list(&self, list: List) -> impl Iterator<Item = u32> {
        let mut c = self.lists;
        let mut left = 0;
        if self.mask & (1 << list as u8) != 0 {
            let mut ok = true;
            for earlier in &List::ALL[..list as usize] {
                if self.mask & (1 << *earlier as u8) != 0 {
                    ok &= skip_list(&mut c).is_some();
                }
            }
            if ok {
                left = c.varint().unwrap_or(0);
            }
        }
        (0..left).map_while(move |_| c.varint())
    }

    /// Whether `list` holds `id`.
    pub(crate) fn has(&self, list: List, id: u32) -> bool {
        self.list(list).take_while(|&t| t <= id).any(|t| t == id)
    }
}

fn skip_list(c: &mut Cursor) -> Option<()> {
    for _ in 0..c.varint()? {
        c.varint()?;
    }
    Some(())
}
