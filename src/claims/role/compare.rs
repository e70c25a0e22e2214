//! How two roles and two spellings of a name compare: what a role or a
//! name means, used by alignment (which people are one) and by the checks
//! `same-role` and `same-spelling`.

use super::vocab::{RoleWords, Spelling};
use super::{Role, RoleTime};
use crate::claims::Claim;

/// How two roles of one person compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoleMatch {
    /// One office, or one the generalisation of the other.
    Agree(&'static str),
    /// Offices of one slot that one person does not hold at one time.
    Conflict {
        /// The conflict rests on a reading of time (`former` against an
        /// unmarked office).
        weak: bool,
        /// Why, in words.
        why: &'static str,
    },
    /// Not comparable: two offices a person may hold at once, different
    /// times, different bodies.
    Unrelated(&'static str),
}

/// Compares two roles of one person.
pub fn compare_roles(a: &Role, b: &Role, vocab: &RoleWords) -> RoleMatch {
    let party = |r: &Role| r.head == "party";
    if party(a) || party(b) {
        return match (party(a), party(b)) {
            (true, true) if a.portfolio == b.portfolio => RoleMatch::Agree("the same party"),
            (true, true) => RoleMatch::Conflict {
                weak: false,
                why: "two party labels",
            },
            _ => RoleMatch::Unrelated("a party label and an office"),
        };
    }
    if let (Some(x), Some(y)) = (&a.of, &b.of) {
        if x != y {
            return RoleMatch::Unrelated("offices of two bodies");
        }
    }
    let same_time = matches!(
        (a.time, b.time),
        (RoleTime::Current, RoleTime::Current) | (RoleTime::Then, RoleTime::Then)
    );
    if a.head != b.head {
        if vocab.exclusive(&a.head, &b.head) && same_time && a.rank.is_none() && b.rank.is_none() {
            return RoleMatch::Conflict {
                weak: false,
                why: "two offices of one slot at one time",
            };
        }
        return RoleMatch::Unrelated("two offices one person may hold");
    }
    let same_office = a.rank == b.rank && a.portfolio == b.portfolio;
    let former_now = matches!(
        (a.time, b.time),
        (RoleTime::Former, RoleTime::Current) | (RoleTime::Current, RoleTime::Former)
    );
    if former_now {
        return if same_office {
            RoleMatch::Conflict {
                weak: true,
                why: "a former office and the same office held now",
            }
        } else {
            RoleMatch::Unrelated("a former office and another office now")
        };
    }
    if !same_time {
        return if a.time == b.time && same_office {
            RoleMatch::Agree("the same office")
        } else {
            RoleMatch::Unrelated("offices at different or unknown times")
        };
    }
    if let (Some(x), Some(y)) = (&a.portfolio, &b.portfolio) {
        if x != y {
            return RoleMatch::Conflict {
                weak: false,
                why: "two portfolios at one time",
            };
        }
    }
    let deputy = |r: &Role| r.rank.as_deref().is_some_and(|w| vocab.is_deputy(w));
    match (deputy(a), deputy(b)) {
        (true, false) | (false, true) => RoleMatch::Conflict {
            weak: false,
            why: "a deputy and the office itself at one time",
        },
        (true, true) if a.rank != b.rank => RoleMatch::Unrelated("two kinds of deputy"),
        _ => RoleMatch::Agree("the same office, or one the generalisation of the other"),
    }
}

/// A person's name split for comparison: the first name and the rest,
/// each folded (lower case, no accents, no spaces, hyphens, apostrophes
/// or full stops), middle initials dropped: `Vincent Del Giudice` is
/// (`vincent`, `delgiudice`), `Jane A. Roe` is (`jane`, `roe`).
pub fn name_parts(name: &str) -> (String, String) {
    let mut words = name.split_whitespace();
    let first = words.next().map(fold).unwrap_or_default();
    let rest: String = words
        .filter(|w| w.trim_end_matches('.').chars().count() > 1)
        .map(fold)
        .collect();
    (first, rest)
}

/// Folds a word for comparison: lower case, Latin letters without their
/// accents (`Muñoz` is `munoz`), anything else but letters and digits
/// dropped.
pub fn fold(word: &str) -> String {
    // An ASCII word (nearly all): lower case and alphanumerics are ASCII's.
    if word.is_ascii() {
        return word
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect();
    }
    word.chars()
        .flat_map(char::to_lowercase)
        .map(strip_accent)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// A Latin letter without its accent; other characters as they are.
fn strip_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        _ => c,
    }
}

/// Whether two full names are one person's, up to case, accents, spacing
/// and middle initials.
pub fn same_name(a: &str, b: &str) -> bool {
    name_parts(a) == name_parts(b)
}

/// Whether two full names are one name spelled two ways: the same first
/// name, and the rest within the spelling threshold (never equal once
/// folded: case, accents and spacing are no misspelling). Different
/// suffixes (`Jr`, `Sr`) are two people; two common words (`Advisers`,
/// `Advisors`) are two words of a firm's name, not a misspelled one.
pub fn misspelled(a: &str, b: &str, spelling: &Spelling) -> bool {
    misspelled_parts(a, &name_parts(a), b, &name_parts(b), spelling)
}

/// [`misspelled`], given each name's [`name_parts`] (`pa`, `pb`).
pub(super) fn misspelled_parts(
    a: &str,
    pa: &(String, String),
    b: &str,
    pb: &(String, String),
    spelling: &Spelling,
) -> bool {
    let ((fa, ra), (fb, rb)) = (pa, pb);
    if fa != fb || fa.is_empty() || ra == rb {
        return false;
    }
    let (la, lb) = (ra.chars().count(), rb.chars().count());
    if la.min(lb) < spelling.min_length {
        return false;
    }
    // `Roe` and `Roe-Smith`: a name and a longer one are two forms, not
    // a misspelling.
    if ra.starts_with(rb.as_str())
        || rb.starts_with(ra.as_str())
        || ra.ends_with(rb.as_str())
        || rb.ends_with(ra.as_str())
    {
        return false;
    }
    let suffix = |n: &str| {
        let last = n.split_whitespace().last().map(fold).unwrap_or_default();
        spelling.suffixes.contains(&last).then_some(last)
    };
    if suffix(a) != suffix(b) || two_words(a, b) {
        return false;
    }
    close_spellings(ra, rb, spelling)
}

/// Whether two name claims are one person's with the first name spelled
/// two ways (`Carolos Roe` / `Karolos Roe`): the rest of the name the
/// same, the first names a few letters apart (the threshold; each of at
/// least `min-length` letters, neither the start of the other), and the
/// story links them: both sources give the person one office (the name
/// claims' participants are the offices their article gives the person).
/// Two first names with one surname are otherwise two people.
pub fn first_name_misspelled(a: &Claim, b: &Claim, spelling: &Spelling) -> bool {
    let ((fa, ra), (fb, rb)) = (name_parts(&a.subject.key), name_parts(&b.subject.key));
    if fa == fb || ra != rb || ra.chars().count() < spelling.min_length {
        return false;
    }
    if fa.chars().count().min(fb.chars().count()) < spelling.min_length
        || fa.starts_with(&fb)
        || fb.starts_with(&fa)
    {
        return false;
    }
    let one_office = a
        .subject
        .participants
        .iter()
        .any(|o| b.subject.participants.contains(o));
    one_office && close_spellings(&fa, &fb, spelling)
}

/// Whether two folded spellings differ by a few letters: at most
/// `max-edits`, and at most `max-share` of the longer one's letters.
pub fn close_spellings(a: &str, b: &str, spelling: &Spelling) -> bool {
    let longer = a.chars().count().max(b.chars().count());
    let edits = strsim::levenshtein(a, b);
    edits <= spelling.max_edits && edits as f64 <= spelling.max_share * longer as f64
}

/// Whether the words two names differ in are, each pair, two common
/// English words (nouns WordNet knows; it knows no surnames).
fn two_words(a: &str, b: &str) -> bool {
    let words = |n: &str| n.split_whitespace().skip(1).map(fold).collect::<Vec<_>>();
    let (wa, wb) = (words(a), words(b));
    if wa.len() != wb.len() {
        return false;
    }
    let lex = crate::lexical::Lexical::embedded();
    let common = |w: &str| lex.knows(w, crate::lexical::Pos::Noun);
    let mut differing = wa.iter().zip(&wb).filter(|(x, y)| x != y).peekable();
    differing.peek().is_some() && differing.all(|(x, y)| common(x) && common(y))
}
