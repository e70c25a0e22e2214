//! Places as written below the gazetteer's level: street blocks, street
//! addresses and streets alone (`the 4300 block of Elm Street`, `at 2088
//! Pine Street`, `on Pine Street`). They carry no coordinates: two of them
//! are compared as written only.

use aho_corasick::AhoCorasick;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// `4300 block of East 12th Street`, `2088 Pine Street`, `17 Harbor Rd.`
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"(?:(?:North|South|East|West|N\.|S\.|E\.|W\.) )?(?:[A-Z][A-Za-z'-]*|\d+(?:st|nd|rd|th)) (?:[A-Z][A-Za-z'-]* )?";
    let kind = r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Drive|Dr\.|Lane|Ln\.|Way|Place|Court|Highway|Parkway|Terrace)";
    Regex::new(&format!(
        r"\b(?:(\d{{1,3}}(?:,\d{{3}})*|\d+) block of {name}{kind}|(\d{{1,5}}) {name}{kind})"
    ))
    .expect("street pattern compiles")
});

/// A street named alone after `on`, `at` or `in` (`on Phillips Road`,
/// `on the Pacific Coast Highway`): kinds that are seldom a street's
/// outside an address (`Court`, `Place`, `Way`, `Dr.`) are left out, as
/// `in Federal Court` or `in first Place` are no streets.
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"(?:(?:North|South|East|West|N\.|S\.|E\.|W\.) )?(?:[A-Z][A-Za-z'-]*|\d+(?:st|nd|rd|th)) (?:[A-Z][A-Za-z'-]* )?";
    let kind = r"(?:(?:Street|Road|Avenue|Boulevard|Drive|Lane|Highway|Parkway|Terrace)\b|St\.|Rd\.|Ave\.|Blvd\.)";
    Regex::new(&format!(r"\b{name}{kind}")).expect("bare street pattern compiles")
});

/// Every street kind [`STREET`] and [`BARE`] end with: a text without
/// one has no street, and is not searched by them (most sentences).
const KINDS: &[&str] = &[
    "Street",
    "St.",
    "Road",
    "Rd.",
    "Avenue",
    "Ave.",
    "Boulevard",
    "Blvd.",
    "Drive",
    "Dr.",
    "Lane",
    "Ln.",
    "Way",
    "Place",
    "Court",
    "Highway",
    "Parkway",
    "Terrace",
];

/// Finds any of [`KINDS`] in one pass.
static ANY_KIND: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(KINDS).expect("street kinds compile"));

/// Builds the street kinds' finder now (see [`crate::pipeline::warm_up`]).
/// The two patterns wait for the first text naming a street kind: most
/// small runs have none, and they were a twentieth of such a run's
/// start-up.
pub(super) fn warm_up() {
    LazyLock::force(&ANY_KIND);
}

/// A street block, address or street found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Street {
    /// Byte span.
    pub span: Range<usize>,
    /// As written, spaces normalised (`12500 block of East 223rd Street`).
    pub text: String,
    /// Whether it is a block (`the 4300 block of`) rather than an address.
    pub block: bool,
    /// Whether it gives a number (a block or an address), not only a
    /// street.
    pub numbered: bool,
}

/// Whether the words before `at` in `text` end with one of `words`
/// (after an optional `the`).
fn introduced_by(text: &str, at: usize, words: &[&str]) -> bool {
    let before = text[..at].trim_end();
    let before = before
        .strip_suffix(" the")
        .unwrap_or(before)
        .to_ascii_lowercase();
    words
        .iter()
        .any(|w| before.ends_with(&format!(" {w}")) || before == *w)
}

/// `text` with its runs of white space made one space.
pub(crate) fn single_spaced(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Street blocks and addresses in `text`, introduced by `at`, `on`,
/// `near`, `outside` (a block also by `in`): a number before a street name
/// alone may be anything. Then streets named alone after `on`, `at` or
/// `in` (`on Pine Street`), but not a street that is part of a longer
/// name (`at Abbey Road Studios`, `the Wall Street Journal`) nor one of a
/// crossing (`at Elm Street and Oak Avenue`): a crossing names two
/// streets, and which one another source's street answers is a guess.
pub fn find_streets(text: &str) -> Vec<Street> {
    let mut out = Vec::new();
    if !ANY_KIND.is_match(text) {
        return out;
    }
    for m in STREET.captures_iter(text) {
        let Some(whole) = m.get(0) else {
            continue;
        };
        // A block is `in` one; an address `at` one (`in 2011 Main Street
        // was renamed` has a year).
        let block = m.get(1).is_some();
        let words: &[&str] = if block {
            &["in", "at", "on", "near", "outside"]
        } else {
            &["at", "on", "near", "outside"]
        };
        if !introduced_by(text, whole.start(), words) {
            continue;
        }
        out.push(Street {
            span: whole.range(),
            text: single_spaced(whole.as_str()),
            block,
            numbered: true,
        });
    }
    let numbered = out.len();
    for m in BARE.find_iter(text) {
        let overlaps = out[..numbered]
            .iter()
            .any(|s| s.span.start < m.end() && m.start() < s.span.end);
        if overlaps || !introduced_by(text, m.start(), &["on", "at", "in"]) {
            continue;
        }
        let after = &text[m.end()..];
        let longer = after
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
        let crossing = [" and ", " & ", " at ", " near ", " off "].iter().any(|w| {
            after
                .strip_prefix(w)
                .map(|r| r.trim_start_matches("the "))
                .is_some_and(|r| BARE.find(r).is_some_and(|n| n.start() == 0))
        });
        if longer || crossing {
            continue;
        }
        out.push(Street {
            span: m.range(),
            text: single_spaced(m.as_str()),
            block: false,
            numbered: false,
        });
    }
    out
}

/// A street block, address or street read back from its text: the number
/// (the block's first house number, or the address's; none for a street
/// alone), whether it is a block, and the street's name in a canonical
/// form (lower case, no leading direction, `St.` as `street`): `12500
/// block of East 223rd Street` is (12500, block, `223rd street`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreetParts {
    /// The block's or the address's number, when given.
    pub number: Option<u64>,
    /// Whether it is a block.
    pub block: bool,
    /// The street's canonical name.
    pub street: String,
}

/// Reads a street block, address or street written as [`find_streets`]
/// finds it.
pub fn street_parts(text: &str) -> Option<StreetParts> {
    // Both patterns end with a street kind: a place without one is no
    // street, and needs neither compiled.
    if !ANY_KIND.is_match(text) {
        return None;
    }
    let (number, block, rest) = match STREET.captures(text) {
        Some(m) if m.get(0)?.range() == (0..text.len()) => {
            let (digits, block) = match (m.get(1), m.get(2)) {
                (Some(b), _) => (b.as_str(), true),
                (None, Some(a)) => (a.as_str(), false),
                _ => return None,
            };
            let number: u64 = digits.replace(',', "").parse().ok()?;
            let rest = text[m.get(if block { 1 } else { 2 })?.end()..].trim_start();
            (
                Some(number),
                block,
                rest.strip_prefix("block of ").unwrap_or(rest),
            )
        }
        _ if BARE.find(text)?.range() == (0..text.len()) => (None, false, text),
        _ => return None,
    };
    let mut words: Vec<String> = rest
        .split_whitespace()
        .map(|w| w.trim_end_matches('.').to_ascii_lowercase())
        .collect();
    // `East 223rd Street` is 223rd Street; `North Street` is itself.
    if words.len() > 2
        && matches!(
            words[0].as_str(),
            "north" | "south" | "east" | "west" | "n" | "s" | "e" | "w"
        )
    {
        words.remove(0);
    }
    if let Some(kind) = words.last_mut() {
        let full = match kind.as_str() {
            "st" => "street",
            "rd" => "road",
            "ave" => "avenue",
            "blvd" => "boulevard",
            "dr" => "drive",
            "ln" => "lane",
            _ => "",
        };
        if !full.is_empty() {
            *kind = full.to_string();
        }
    }
    Some(StreetParts {
        number,
        block,
        street: words.join(" "),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_of_blocks_and_addresses() {
        let p = street_parts("12,500 block of East 223rd St.").unwrap();
        assert_eq!(
            (p.number, p.block, p.street.as_str()),
            (Some(12500), true, "223rd street")
        );
        let p = street_parts("2088 Pine Street").unwrap();
        assert_eq!(
            (p.number, p.block, p.street.as_str()),
            (Some(2088), false, "pine street")
        );
        let p = street_parts("Pine Street").unwrap();
        assert_eq!((p.number, p.street.as_str()), (None, "pine street"));
        let p = street_parts("North Street").unwrap();
        assert_eq!(p.street, "north street");
        assert!(street_parts("Pine").is_none());
    }

    #[test]
    fn streets_alone() {
        assert_eq!(
            texts("He was arrested on Alder Road in the east end."),
            ["Alder Road"]
        );
        assert_eq!(
            texts("The crash happened on the Pacific Coast Highway."),
            ["Pacific Coast Highway"]
        );
        assert!(!find_streets("He was arrested on Alder Rd.")[0].numbered);
        // No introduction, a longer name, a crossing, a court.
        assert!(texts("Alder Road was closed.").is_empty());
        assert!(texts("The band recorded at Abbey Road Studios.").is_empty());
        assert!(texts("She works for the Wall Street Journal.").is_empty());
        assert!(texts("He was shot at Alder Road and Birch Street.").is_empty());
        assert!(texts("He was arraigned in Federal Court on Monday.").is_empty());
        assert!(texts("Shares fell on Monday.").is_empty());
    }

    fn texts(t: &str) -> Vec<String> {
        find_streets(t).into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn blocks_and_addresses() {
        assert_eq!(
            texts("A man was shot in the 4300 block of Elm Street on Monday."),
            ["4300 block of Elm Street"]
        );
        assert_eq!(
            texts("Police found him at 2088 Pine Street, and later near the 1,200 block of West 51st Ave."),
            ["2088 Pine Street", "1,200 block of West 51st Ave."]
        );
        assert!(find_streets("in the 4300 block of Elm Street")[0].block);
    }

    #[test]
    fn addresses_are_not_blocks() {
        let found = find_streets("He was arrested at 17 Harbor Rd. late on Tuesday.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "17 Harbor Rd.");
        assert!(!found[0].block);
    }

    #[test]
    fn texts_without_a_street_kind_are_skipped() {
        // Each kind alone still finds its street; a text with none has none.
        for k in KINDS {
            assert_eq!(
                texts(&format!("at 12 Elm {k}")),
                [format!("12 Elm {k}")],
                "{k}"
            );
        }
        assert!(find_streets("He was arrested at 17 Harbor late on Tuesday.").is_empty());
    }

    #[test]
    fn numbers_without_an_introduction_are_not_streets() {
        assert!(texts("He paid 300 Main Street bonds.").is_empty());
        assert!(texts("In 2011 Congress Street was renamed.").is_empty());
        assert!(texts("").is_empty());
    }
}
