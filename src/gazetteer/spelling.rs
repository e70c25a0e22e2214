//! Names one letter away from a place's (`Alexandra` written for
//! `Alexandria`): candidates only. A name the gazetteer does not know,
//! introduced as a place (`in`, `at`, `near`, `off`), of at least
//! [`MIN_MISSPELT_LETTERS`] letters and no common word, gets as readings
//! the towns whose name is one edit away; the claims stage keeps one only
//! when the article names its country or region and no other candidate
//! lies there (`claims::location_misspelt`).

use super::find::{capitalised, introduction, run_end, Found, Introduced, FUNCTION_WORDS};
use super::policy::{is_calendar_word, is_common_word};
use super::{table, Gazetteer, Place, PlaceKind};

/// Shortest name (bytes) read as a misspelling: a shorter one is one
/// letter away from too many towns.
pub const MIN_MISSPELT_LETTERS: usize = 6;

/// The names of `text` (its words `words`) introduced as places that the
/// gazetteer does not know but that are one edit away from towns' names,
/// with those towns as readings.
pub fn find_misspelt<'g>(text: &str, words: &[(usize, usize)], g: &'g Gazetteer) -> Vec<Found<'g>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let first = &text[words[i].0..words[i].1];
        if !capitalised(first) || FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(first)) {
            i += 1;
            continue;
        }
        let Some(run) = run_end(text, words, i) else {
            i += 1;
            continue;
        };
        // The capitalised words only: a connector may join the next name
        // (`Marseile on Friday`).
        let j = (i + 1..run)
            .find(|&k| !capitalised(&text[words[k].0..words[k].1]))
            .unwrap_or(run);
        let (start, end) = (words[i].0, words[j - 1].1);
        let name = &text[start..end];
        // The words before are read (lower-cased) only for a name long
        // enough to be a candidate.
        let introduced = (name.len() >= MIN_MISSPELT_LETTERS && name.is_ascii())
            .then(|| introduced_by(text, &words[..i]))
            .flatten();
        let candidate = matches!(introduced, Some(Introduced::In | Introduced::Near))
            && !is_common_word(name)
            && !is_calendar_word(name)
            && g.lookup(name).is_empty();
        if let (true, Some(introduced)) = (candidate, introduced) {
            let readings = g.one_edit_away(name);
            if !readings.is_empty() {
                out.push(Found {
                    start,
                    end,
                    name: name.to_string(),
                    readings,
                    introduced,
                });
            }
        }
        i = run;
    }
    out
}

/// How the words `before` a name (spans of `text`, the last 8 read)
/// introduce it.
fn introduced_by(text: &str, before: &[(usize, usize)]) -> Option<Introduced> {
    let before: Vec<String> = before
        .iter()
        .rev()
        .take(8)
        .map(|&(s, e)| text[s..e].to_lowercase())
        .collect();
    let before: Vec<&str> = before.iter().map(String::as_str).collect();
    introduction(&before)
}

impl Gazetteer {
    /// The towns whose name's key is one edit (a letter dropped, added,
    /// changed, or two swapped) from `name`'s.
    pub fn one_edit_away(&self, name: &str) -> Vec<&Place> {
        let key = table::key(name);
        let b = key.as_bytes();
        let mut out: Vec<&Place> = Vec::new();
        // One buffer for every variant: hundreds per name, most no key.
        let mut v: Vec<u8> = Vec::with_capacity(b.len() + 1);
        // Every variant made at byte `k` starts with the key's first `k`
        // bytes: past the longest such head that some name's key starts
        // with, no variant is a name, and none is looked up. A head is
        // tested by its first 8 bytes at most (the table's packed key
        // prefixes, not its text), which every key starting with it has.
        let known = |head: &[u8]| self.table.any_name_starting(&head[..head.len().min(8)]);
        let reach = (1..=b.len())
            .take_while(|&k| known(&b[..k]))
            .last()
            .unwrap_or(0);
        let mut head: Vec<u8> = Vec::with_capacity(b.len() + 1);
        for k in 0..=reach {
            for c in b'a'..=b'z' {
                // Both variants with `c` at byte `k` start with this head.
                head.clear();
                head.extend_from_slice(&b[..k]);
                head.push(c);
                if !known(&head) {
                    continue;
                }
                v.clear();
                v.extend_from_slice(&b[..k]);
                v.push(c);
                v.extend_from_slice(&b[k..]);
                self.towns_named(&v, &mut out);
                if k < b.len() && b[k] != c {
                    v.clear();
                    v.extend_from_slice(b);
                    v[k] = c;
                    self.towns_named(&v, &mut out);
                }
            }
            if k < b.len() {
                v.clear();
                v.extend_from_slice(&b[..k]);
                v.extend_from_slice(&b[k + 1..]);
                self.towns_named(&v, &mut out);
            }
            if k + 1 < b.len() && b[k] != b[k + 1] {
                v.clear();
                v.extend_from_slice(b);
                v.swap(k, k + 1);
                self.towns_named(&v, &mut out);
            }
        }
        out
    }

    /// Adds to `out` the towns named by key `key`, if it is one.
    fn towns_named<'g>(&'g self, key: &[u8], out: &mut Vec<&'g Place>) {
        // Not through the memo: hundreds of keys no text names.
        let Some(at) = std::str::from_utf8(key)
            .ok()
            .and_then(|k| self.table.find_name(k))
        else {
            return;
        };
        let (_, readings) = self.table.name(at);
        for p in readings
            .split(',')
            .filter_map(|i| self.table.place(i.parse::<usize>().ok()?))
        {
            if p.kind == PlaceKind::City && !out.iter().any(|o| o.id == p.id) {
                out.push(p);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn misspelt(text: &str) -> Vec<(String, Vec<&'static str>)> {
        let g = Gazetteer::embedded();
        let words = crate::segment::word_spans(text);
        find_misspelt(text, &words, g)
            .into_iter()
            .map(|f| (f.name, f.readings.iter().map(|p| p.country).collect()))
            .collect()
    }

    /// Every variant of every byte, looked up: what [`Gazetteer::one_edit_away`]
    /// finds without skipping the bytes past the longest known head.
    fn every_variant(g: &'static Gazetteer, name: &str) -> Vec<&'static Place> {
        let b = table::key(name).into_bytes();
        let mut out = Vec::new();
        for k in 0..=b.len() {
            for c in b'a'..=b'z' {
                let mut v = b[..k].to_vec();
                v.push(c);
                v.extend_from_slice(&b[k..]);
                g.towns_named(&v, &mut out);
                if k < b.len() && b[k] != c {
                    let mut v = b.clone();
                    v[k] = c;
                    g.towns_named(&v, &mut out);
                }
            }
            if k < b.len() {
                let mut v = b[..k].to_vec();
                v.extend_from_slice(&b[k + 1..]);
                g.towns_named(&v, &mut out);
            }
            if k + 1 < b.len() && b[k] != b[k + 1] {
                let mut v = b.clone();
                v.swap(k, k + 1);
                g.towns_named(&v, &mut out);
            }
        }
        out
    }

    /// Skipping the bytes past the longest head a key starts with finds
    /// the same towns in the same order: for misspellings early, late and
    /// in the middle of a name, and for names near no town.
    #[test]
    fn one_edit_away_finds_what_every_variant_finds() {
        let g = Gazetteer::embedded();
        let names = [
            "Marseile",
            "Marsielle",
            "Xarseille",
            "Marseillee",
            "Toulousse",
            "Bordeux",
            "Amsterdan",
            "Brisbain",
            "Qqqqqqqq",
            "Zyxwvut",
            "Sprngfield",
            "Springfeld",
            "Lake Cty",
            "",
            "A",
        ];
        let ids = |v: Vec<&Place>| v.iter().map(|p| p.id).collect::<Vec<_>>();
        let mut found = 0;
        for name in names {
            let fast = ids(g.one_edit_away(name));
            found += fast.len();
            assert_eq!(fast, ids(every_variant(g, name)), "{name}");
        }
        assert!(found > 0);
    }

    #[test]
    fn a_name_one_letter_from_a_town_is_a_candidate() {
        let found = misspelt("The ferry sank just off Marseile on Friday.");
        assert_eq!(found.len(), 1);
        assert!(found[0].1.contains(&"FR"), "{found:?}");
        // A known place, a short name, a name with no place context: none.
        assert!(misspelt("The ferry sank just off Marseille on Friday.").is_empty());
        assert!(misspelt("The ferry sank off Nicee on Friday.").is_empty());
        assert!(misspelt("Marseile said the ferry sank on Friday.").is_empty());
    }
}
