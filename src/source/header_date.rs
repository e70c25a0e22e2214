//! Publication dates read from an article's head, as outlets write them.
//!
//! The head is the lines before the body proper: those that start within
//! [`DATE_HEAD_BYTES`] of the text (after any front matter), up to and
//! including the second long paragraph ([`LONG_PARAGRAPH_BYTES`],
//! [`HEAD_LONG_PARAGRAPHS`]: the first may be a long title or a
//! standfirst). In it a `date YYYY-MM-DD` marker line wins; else the first
//! *date line*: a short line ([`DATE_LINE_MAX_CHARS`]) made mostly of one
//! date (`Dec. 7, 2009`, `27 NOVEMBER, 2005`, `December 15th, 2008`,
//! `2013-03-14`) and the words that sit around dates: a weekday, a time and
//! time zone (`7:15 a.m.`, `6:22AM ET`, `18.04 BST`, `14:58 hrs`), labels
//! (`Posted:`, `Updated`, `Last updated`, `on`, `at`), an agency or byline
//! set off by punctuation (`AFP, Tuesday 2 Jul 2013`, `... | By Jane Roe`).
//! Numeric dates (`05/02/07`, US month first) count only after a label. A
//! sentence or a caption that holds a date is never a date line: it has
//! other (lowercase) words; nor is a date after another label (`Born:`).
//! When a line or the head holds both a posted and an updated date, the
//! posted one is taken. The URL's path date (`/2013/may/03/`) is the
//! fallback, read by [`super::url_date`].

use super::metadata::month_number;
use jiff::civil::Date;
use regex::Regex;
use std::sync::LazyLock;

/// How far into the text (after any front matter) a line may start and still
/// be in the head that dates are read from: room for a title, an outlet, a
/// byline and a date line, not for the body's paragraphs.
pub(super) const DATE_HEAD_BYTES: usize = 600;

/// A line at least this long (in bytes, trimmed) is a long paragraph: a
/// long title, a standfirst or the body's first paragraph.
pub(super) const LONG_PARAGRAPH_BYTES: usize = 160;

/// The head ends with its second long paragraph: the first may be a long
/// title or a standfirst above the date line (`Headline`, a two-sentence
/// summary, then `PUBLISHED: ...`), the second is the body proper. A `date`
/// marker may still open the last line read.
const HEAD_LONG_PARAGRAPHS: usize = 2;

/// The longest line (in characters, trimmed) that can be a date line.
pub(super) const DATE_LINE_MAX_CHARS: usize = 80;

/// The most words a date line may hold besides its date, time and labels
/// (an agency or byline: `AFP`, `By Jane Roe`).
const MAX_OTHER_WORDS: usize = 4;

/// Lowercase words allowed in an agency or byline beside a date.
const BYLINE_WORDS: [&str; 4] = ["by", "and", "of", "the"];

/// Which date of a line a label announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Label {
    /// No label (or only `on`, `at`).
    None,
    /// `Posted`, `Published`, `First published`, `Filed`, `Date`...
    Posted,
    /// `Updated`, `Last updated`, `Modified`...
    Updated,
}

/// The `date YYYY-MM-DD` marker, the definition [`marker`] follows: it
/// is compiled only for a non-ASCII line that opens with `date` (its
/// Unicode `\s` and `\d` made it a tenth of a small run's patterns).
static MARKER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:date):?\s+(\d{4})-(\d{2})-(\d{2})(?-u:\b)").unwrap());

/// What [`MARKER`] captures in `line`: the whole marker, then the year,
/// month and day. Only ASCII letters spell `date` under Unicode case
/// folding, so a line that does not open with them has no marker; an
/// ASCII line is read by hand (Unicode's `\s`, `\d` and `\b` add only
/// non-ASCII characters), any other line by [`MARKER`].
fn marker(line: &str) -> Option<[&str; 4]> {
    if !line
        .get(..4)
        .is_some_and(|p| p.eq_ignore_ascii_case("date"))
    {
        return None;
    }
    if !line.is_ascii() {
        let c = MARKER.captures(line)?;
        return Some([
            c.get(0)?.as_str(),
            c.get(1)?.as_str(),
            c.get(2)?.as_str(),
            c.get(3)?.as_str(),
        ]);
    }
    let b = line.as_bytes();
    let mut i = 4 + usize::from(b.get(4) == Some(&b':'));
    // `\s` in ASCII: space, tab, line feed, vertical tab, form feed, return.
    let spaces = b[i..]
        .iter()
        .take_while(|c| matches!(c, b' ' | b'\t'..=b'\r'))
        .count();
    if spaces == 0 {
        return None;
    }
    i += spaces;
    // `YYYY-MM-DD`, then no word byte.
    let shape = b.get(i..i + 10).is_some_and(|t| {
        t.iter().enumerate().all(|(k, c)| {
            if k == 4 || k == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
    });
    let end = i + 10;
    let boundary = !b
        .get(end)
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_');
    (shape && boundary).then(|| {
        [
            &line[..end],
            &line[i..i + 4],
            &line[i + 5..i + 7],
            &line[i + 8..end],
        ]
    })
}

/// One token of a date line, anchored at the start of the rest of the line
/// (see [`date_line`]).
static TOKEN: LazyLock<Regex> = LazyLock::new(|| token(false));

/// [`TOKEN`] for an ASCII line: the same pattern without its Unicode
/// classes, case folding and non-ASCII punctuation. On ASCII text it
/// matches exactly as [`TOKEN`] does (Unicode's `\d`, `\s`, `\b`, `\p{L}`
/// and case folding add only non-ASCII characters), and compiles several
/// times faster: [`TOKEN`] alone was 8 % of the CPU time of a run on a
/// few articles, whose head lines are nearly always ASCII.
static TOKEN_ASCII: LazyLock<Regex> = LazyLock::new(|| token(true));

/// Builds [`TOKEN`] (`ascii` false) or [`TOKEN_ASCII`].
fn token(ascii: bool) -> Regex {
    let (letter, letter_digit, apostrophe, punct, dash) = if ascii {
        ("A-Za-z", "A-Za-z0-9", "'", "", "")
    } else {
        (r"\p{L}", r"\p{L}\p{N}", "'’", "·•", "–—")
    };
    let month = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    let zone = r"(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST|GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|IST|JST|KST|HKT|SGT|AEST|AEDT|ACST|AWST|NZST|NZDT|MSK|SAST|WAT|EAT|PKT)";
    regex::RegexBuilder::new(&format!(
        r"(?xi)^(?:
          (?P<iso>(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})
             (?:T\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)\b
        | (?P<ymd>(?P<ny>\d{{4}})\s*(?P<ns1>[/.])\s*(?P<nm>\d{{1,2}})\s*(?P<ns2>[/.])\s*(?P<nd>\d{{1,2}}))\b
        | (?P<num>(?P<na>\d{{1,2}})\s*(?P<s1>[/.-])\s*(?P<nb>\d{{1,2}})\s*(?P<s2>[/.-])\s*(?P<nc>\d{{4}}|\d{{2}}))\b
        | (?P<mdy>(?P<m1>{month})(?:\.\s*|\s+)(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\.?,?\s+(?P<y1>\d{{4}}))\b
        | (?P<dmy>(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\.?[\s-]+(?:of\s+)?(?P<m2>{month})\.?[\s,-]+(?P<y2>\d{{4}}))\b
        | (?P<time>\d{{1,2}}(?:[:.]\d{{2}}){{0,2}}\s*(?:[ap]\.\s?m\b\.?|[ap]m\b)
             | \d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:\s*hrs?\b|[ap]\b|\b) | \d{{1,2}}h\d{{2}}\b
             | (?-i:(?:[01]\d|2[0-3])[0-5]\d\s+{zone}\b))
        | (?-i:(?P<zone>{zone}(?:\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?)?\b | [+-]\d{{2}}:?\d{{2}}\b))
        | (?P<weekday>(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday
             |mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?)
        | (?P<label>(?:last|first|originally|posted|updated|published|modified|created|filed
             |edited|revised|released|issued|dated|date|uploaded|on|at|time)\b)
        | (?P<sep>[\s,|:;{punct}/()\[\]*_@>~&.\-{dash}]+)
        | (?P<word>[{letter}][{letter_digit}{apostrophe}.&-]*)
        )"
    ))
    .unicode(!ascii)
    .build()
    .expect("built-in date line pattern")
}

/// The head's lines (trimmed), up to and including its last long paragraph.
pub(super) fn head_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut long = 0;
    text.split_inclusive('\n').map_while(move |line| {
        if long == HEAD_LONG_PARAGRAPHS || start >= DATE_HEAD_BYTES {
            return None;
        }
        start += line.len();
        let line = line.trim();
        long += usize::from(line.len() >= LONG_PARAGRAPH_BYTES);
        Some(line)
    })
}

/// The publication date written in the head (a `date YYYY-MM-DD` marker
/// line, else a date line), with the line it was read from.
pub(super) fn head_date(text: &str) -> Option<(Date, String)> {
    for line in head_lines(text) {
        if let Some([whole, y, m, d]) = marker(line) {
            if let Some(d) = m.parse().ok().and_then(|m| ymd(y, m, d)) {
                return Some((d, whole.to_string()));
            }
        }
    }
    let mut updated = None;
    for line in head_lines(text) {
        match date_line(line) {
            Some((d, Label::Updated)) => {
                updated.get_or_insert_with(|| (d, line.to_string()));
            }
            Some((d, _)) => return Some((d, line.to_string())),
            None => {}
        }
    }
    updated
}

/// Whether a (trimmed) line opens with a `date YYYY-MM-DD` marker.
pub(super) fn is_marker(line: &str) -> bool {
    marker(line).is_some()
}

/// The date of a date line (its posted date when it has several), with its
/// label; `None` when the line is not a date line.
pub(super) fn date_line(line: &str) -> Option<(Date, Label)> {
    let line = line.trim();
    if line.chars().count() > DATE_LINE_MAX_CHARS || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut rest = line;
    let mut dates: Vec<(Date, Label)> = Vec::new();
    let mut label = Label::None;
    let (mut others, mut other_bytes, mut date_bytes) = (0, 0, 0);
    // Whether the last separator held punctuation, and whether a word came after it.
    let (mut punct, mut after_word) = (true, false);
    let mut byline = false;
    let mut last_word = String::new();
    let mut unlabelled_numeric = false;
    let tokens: &Regex = if line.is_ascii() {
        &TOKEN_ASCII
    } else {
        &TOKEN
    };
    while !rest.is_empty() {
        let c = tokens.captures(rest)?;
        let token = c.get(0)?.as_str();
        if token.is_empty() {
            return None;
        }
        rest = &rest[token.len()..];
        if c.name("sep").is_some() {
            // Words then a colon: a label of something else (`Born:`), not an agency.
            if after_word && token.contains(':') && last_word != "by" {
                return None;
            }
            punct = token.chars().any(|ch| !ch.is_whitespace());
            after_word &= !punct;
            continue;
        }
        if c.name("word").is_some() {
            let lower = token.to_lowercase();
            let name_like = token.chars().next().is_some_and(char::is_uppercase)
                || BYLINE_WORDS.contains(&lower.as_str());
            if !name_like {
                return None;
            }
            // After the date, only a byline set off by punctuation.
            if !dates.is_empty() && !byline {
                if lower != "by" || !punct {
                    return None;
                }
                byline = true;
            }
            others += 1;
            other_bytes += token.len();
            last_word = lower;
            after_word = true;
            punct = false;
            continue;
        }
        if let Some(l) = c.name("label") {
            match l.as_str().to_ascii_lowercase().as_str() {
                "on" | "at" | "time" => {}
                "last" | "updated" | "modified" | "edited" | "revised" => label = Label::Updated,
                _ if label == Label::None => label = Label::Posted,
                _ => {}
            }
            date_bytes += token.len();
            after_word = false;
            continue;
        }
        // A date, time, zone or weekday: never straight after other words.
        if after_word || byline {
            return None;
        }
        date_bytes += token.len();
        // A numeric date needs a label, unless the line holds nothing but
        // dates and times and the day and month cannot be read the other
        // way round (`11 / 28 / 05`, `3 / 27 / 2012 @ 10:05AM`; not
        // `11/04/06`).
        if label == Label::None {
            if c.name("ymd").is_some() {
                return None;
            }
            if c.name("num").is_some() {
                let small = |n: &str| n.parse::<u32>().is_ok_and(|n| n <= 12);
                if small(&c["na"]) && small(&c["nb"]) && c["na"] != c["nb"] {
                    return None;
                }
                unlabelled_numeric = true;
            }
        }
        let date = if c.name("iso").is_some() {
            ymd(&c["iy"], c["im"].parse().ok()?, &c["id"])
        } else if c.name("ymd").is_some() {
            if c["ns1"] != c["ns2"] {
                return None;
            }
            ymd(&c["ny"], c["nm"].parse().ok()?, &c["nd"])
        } else if c.name("num").is_some() {
            numeric_date(&c["na"], &c["s1"], &c["nb"], &c["s2"], &c["nc"])
        } else if c.name("mdy").is_some() {
            ymd(&c["y1"], month_number(&c["m1"])?, &c["d1"])
        } else if c.name("dmy").is_some() {
            ymd(&c["y2"], month_number(&c["m2"])?, &c["d2"])
        } else {
            continue;
        };
        dates.push((date?, label));
        label = Label::None;
    }
    if others > MAX_OTHER_WORDS || other_bytes > date_bytes || (unlabelled_numeric && others > 0) {
        return None;
    }
    dates
        .iter()
        .find(|(_, l)| *l != Label::Updated)
        .or(dates.first())
        .copied()
}

/// `a/b/c` read as US month/day/year (day first when the first number
/// cannot be a month); dotted forms, often day first, only when unambiguous.
fn numeric_date(a: &str, s1: &str, b: &str, s2: &str, c: &str) -> Option<Date> {
    if s1 != s2 {
        return None;
    }
    let (a, b): (i8, i8) = (a.parse().ok()?, b.parse().ok()?);
    let year = match c.len() {
        2 => {
            let y: i16 = c.parse().ok()?;
            if y < 70 {
                2000 + y
            } else {
                1900 + y
            }
        }
        _ => c.parse().ok()?,
    };
    let (month, day) = if a > 12 {
        (b, a)
    } else if s1 == "." && b <= 12 && a != b {
        return None;
    } else if s1 == "." {
        (b, a)
    } else {
        (a, b)
    };
    plausible(Date::new(year, month, day).ok()?)
}

pub(super) fn ymd(y: &str, m: i8, d: &str) -> Option<Date> {
    plausible(Date::new(y.parse().ok()?, m, d.parse().ok()?).ok()?)
}

/// Publication dates are from 1900 to 2099.
pub(super) fn plausible(d: Date) -> Option<Date> {
    (1900..2100).contains(&d.year()).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::source::{infer_metadata, Metadata, Provenance};

    fn day(y: i16, m: i8, d: i8) -> Option<Date> {
        Some(Date::constant(y, m, d))
    }

    fn line(l: &str) -> Option<Date> {
        date_line(l).map(|(d, _)| d)
    }

    fn infer_metadata_date(text: &str) -> Metadata {
        infer_metadata(text, &Lexicon::defaults()).0
    }

    /// The hand-read marker captures exactly what [`MARKER`] captures.
    #[test]
    fn the_marker_reader_agrees_with_the_pattern() {
        let lines = [
            "date 2017-11-21 Some title",
            "Date: 2017-11-21",
            "DATE:\t 2009-01-05",
            "date\x0b2009-01-05",
            "date 2009-01-05x",
            "date 2009-01-05_",
            "date 2009-01-05-",
            "date 2009-1-05",
            "date 2009-01-0",
            "date 2009-01-05",
            "date2009-01-05",
            "date: 2009-01-05 ’",
            "date\u{a0}2009-01-05",
            "date 2009-01-05é",
            "dated 2009-01-05",
            "the date 2009-01-05",
            "date 12009-01-05",
            "dat",
            "",
        ];
        for l in lines {
            let want = MARKER.captures(l).map(|c| {
                let g = |i: usize| c.get(i).map_or("", |m| m.as_str());
                [g(0), g(1), g(2), g(3)]
            });
            assert_eq!(marker(l), want, "{l:?}");
        }
    }

    /// The ASCII token pattern reads every ASCII line into the same
    /// tokens, with the same groups, as the Unicode one.
    #[test]
    fn ascii_tokens_are_the_unicode_tokens_on_ascii_lines() {
        let lines = [
            "Posted: Tuesday, Dec. 7, 2009 7:15 a.m. ET | By Jane Roe",
            "Updated 6:22AM EST, Mon March 3, 2014",
            "27 NOVEMBER, 2005 - 18.04 BST",
            "AFP, Tue 2 Jul 2013 14:58 hrs",
            "First published on 2013-03-14T09:30:00+01:00",
            "Last updated at 05/02/07 (filed 5.2.2007) 1830 GMT+1",
            "on Sunday_ the 3rd of May~2015 > Reporter's note & more-words",
            "[Date] 2011/1/5 * Edited: 11h30 @ P.M. UTC -05:00",
            "Kelvin's SS 2:00 pm k.o.  \t\u{b}\u{c} x1 _under_score",
        ];
        let groups: Vec<&str> = TOKEN.capture_names().flatten().collect();
        for line in lines {
            let mut rest = line;
            while !rest.is_empty() {
                let (u, a) = (TOKEN.captures(rest), TOKEN_ASCII.captures(rest));
                let span = |c: &Option<regex::Captures<'_>>, g: &str| {
                    c.as_ref().and_then(|c| c.name(g)).map(|m| m.range())
                };
                for g in &groups {
                    assert_eq!(span(&u, g), span(&a, g), "{g} in {rest:?}");
                }
                let len = u.and_then(|c| c.get(0)).map_or(0, |m| m.len());
                // Past the token, or past one byte where none matches.
                rest = &rest[len.max(1)..];
            }
        }
        assert_eq!(
            groups,
            TOKEN_ASCII.capture_names().flatten().collect::<Vec<_>>()
        );
    }

    #[test]
    fn date_lines_as_outlets_write_them() {
        let cases = [
            ("Thursday, 09 March 2017", day(2017, 3, 9)),
            ("11 / 28 / 05", day(2005, 11, 28)),
            ("3 / 27 / 2012 @ 10:05AM", day(2012, 3, 27)),
            ("4 Sep 2012", day(2012, 9, 4)),
            ("14 FEBRUARY, 2004", day(2004, 2, 14)),
            ("11 february 2004", day(2004, 2, 11)),
            ("October 22nd, 2010, 9:05 pm", day(2010, 10, 22)),
            ("3:40 p.m. Nov. 18, 2008", day(2008, 11, 18)),
            ("June 30, 2015 at 8:02 AM", day(2015, 6, 30)),
            ("August 09, 2012 11:47PM", day(2012, 8, 9)),
            ("Updated: April 2, 2010, 5:21 PM ET", day(2010, 4, 2)),
            ("Posted: Sept. 28, 2006", day(2006, 9, 28)),
            ("Published 1 October 2014 14:32 BST", day(2014, 10, 1)),
            ("Last updated at 16:05 GMT, 19 Jan 2012", day(2012, 1, 19)),
            ("Reuters, Friday 6 Dec 2013", day(2013, 12, 6)),
            ("By Jane Roe | March 12, 2009", day(2009, 3, 12)),
            ("May 21, 2008 | By Tom Hale", day(2008, 5, 21)),
            ("POSTED: 11 / 04 / 06", day(2006, 11, 4)),
            ("Date: 2016/07/21", day(2016, 7, 21)),
            ("2012-10-05", day(2012, 10, 5)),
            ("2012-10-05T08:30:00Z", day(2012, 10, 5)),
            ("**Feb 3, 2001**", day(2001, 2, 3)),
            ("Mon Mar 5 2007 10:10 AM EST", day(2007, 3, 5)),
            ("Saturday 21 March 2015 18.04 GMT", day(2015, 3, 21)),
            ("on Jun 3 2011, 10:42p", day(2011, 6, 3)),
            ("Fri Jun 03 2011, 22:42 hrs", day(2011, 6, 3)),
            ("POSTED: 0942 GMT (1742 HKT), June 3, 2011", day(2011, 6, 3)),
            ("By: Tom Hale | Posted: Jun 3, 2011", day(2011, 6, 3)),
            ("Story Filed: Jun 3, 2011", day(2011, 6, 3)),
            ("May 18, 2018", day(2018, 5, 18)),
            ("November 21, 2017 02:20 AM", day(2017, 11, 21)),
        ];
        for (text, want) in cases {
            assert_eq!(line(text), want, "{text:?}");
        }
    }

    #[test]
    fn not_date_lines() {
        let cases = [
            // Running text and captions.
            "FILE - In this Aug. 20, 2017, file photo",
            "In this Oct. 4, 2012 photo, a crowd gathers",
            "March 9, 2011 was the day the bridge reopened.",
            "On June 2, 2014, the council voted to close it.",
            // A title holding a date, with no separator before it.
            "Storm Hits Coast June 4 2010",
            // Numeric dates without a label, and ambiguous dotted ones.
            "11/04/06",
            "11 / 28 / 05 Kestrelford",
            "Posted 05.06.2007",
            // No year, no day, a year alone.
            "Updated: April 2, 5:21 PM ET",
            "November 21, 8:07 UTC+3",
            "March 2013",
            "Posted in 2011",
            "Posted 1942 on June 3, 2011",
            // Another label: a date of something else.
            "Born: Tuesday, March 3, 1970",
            "Date of Birth: March 3, 1970",
            "Kickoff: Sun, Oct 5, 2014 at 1:00 PM",
            // Too many words around the date.
            "By Jane Roe And Tom Hale, Staff Writers, March 12, 2009",
            // Impossible dates.
            "February 30, 2011",
            "Posted: 13/13/09",
            "\"Quote\" March 3, 2009",
        ];
        for text in cases {
            assert_eq!(line(text), None, "{text:?}");
        }
        let long = format!("Posted: March 3, 2009 {}", "Words ".repeat(12));
        assert_eq!(line(&long), None);
    }

    #[test]
    fn posted_date_before_updated_one() {
        assert_eq!(
            line("Posted: Jan 4, 2012 | Updated: Jan 5, 2012"),
            day(2012, 1, 4)
        );
        assert_eq!(
            line("Updated 9:10 AM, Jan 5, 2012 · First published Jan 4, 2012"),
            day(2012, 1, 4)
        );
        assert_eq!(
            date_line("Last updated: Jan 5, 2012"),
            Some((Date::constant(2012, 1, 5), Label::Updated))
        );
        // Across lines too: an updated line then a posted one.
        let head = "Title of the story\nUpdated: Jan 5, 2012\nPosted: Jan 4, 2012\n";
        assert_eq!(head_date(head).map(|x| x.0), day(2012, 1, 4));
        let head = "Title of the story\nUpdated: Jan 5, 2012\n";
        assert_eq!(head_date(head).map(|x| x.0), day(2012, 1, 5));
    }

    #[test]
    fn marker_and_date_lines_anywhere_in_the_head() {
        let head = "A storm closes the port\n\ndate 2015-08-14\n\nBody text follows.";
        assert_eq!(
            head_date(head),
            Some((Date::constant(2015, 8, 14), "date 2015-08-14".to_string()))
        );
        // The marker wins over an earlier date line.
        let head = "Port closed\nMay 2, 2015\ndate 2015-05-03\n";
        assert_eq!(head_date(head).map(|x| x.0), day(2015, 5, 3));
        let head = "Port closed by storm\nHarbour Gazette\nFriday, 14 August 2015\n\nText.";
        assert_eq!(
            head_date(head),
            Some((
                Date::constant(2015, 8, 14),
                "Friday, 14 August 2015".to_string()
            ))
        );
    }

    #[test]
    fn the_head_ends_at_the_body_proper() {
        let lede = "The port closed on Friday after a storm that forced hundreds of ships \
                    to wait offshore, officials said on Saturday, adding that it would reopen to traffic next week \
                    once the wrecks are cleared.";
        assert!(lede.len() >= LONG_PARAGRAPH_BYTES);
        // A standfirst, then the date line, then the body.
        let text = format!("Port closed\n\n{lede}\n\nMay 2, 2015\n\n{lede}\n");
        assert_eq!(head_date(&text).map(|x| x.0), day(2015, 5, 2));
        // After the body's first paragraph: not the head.
        let text = format!("Port closed\n\n{lede}\n\n{lede}\n\nMay 2, 2015\n");
        assert_eq!(head_date(&text), None);
        let text = format!("Port closed\n\nMay 2, 2015\n\n{lede}\n");
        assert_eq!(head_date(&text).map(|x| x.0), day(2015, 5, 2));
        // Lines starting past the head's bound are not read.
        let text = format!("{}May 2, 2015\n", "Short line\n".repeat(60));
        assert_eq!(head_date(&text), None);
    }

    #[test]
    fn a_url_month_without_a_day_dates_nothing() {
        let fm = "+++\nurl = \"http://blog.example.com/2013/09/a-crash.html\"\n+++\n\n";
        let m = infer_metadata_date(&format!(
            "{fm}A crash\n\nA car hit a wall on Main Street.\n"
        ));
        assert_eq!((m.published, m.published_month), (None, day(2013, 9, 1)));
    }

    #[test]
    fn head_date_lines_then_the_url_path() {
        let fm = "+++\nurl = \"http://news.example.com/2014/jun/09/world/story\"\n+++\n\n";
        let m = infer_metadata_date(&format!(
            "{fm}A storm closes the northern port\n\nPosted: June 10, 2014 8:15 AM ET\n\nBody."
        ));
        assert_eq!(m.published, Some(Date::constant(2014, 6, 10)));
        assert_eq!(m.published_from, Provenance::Header);
        assert_eq!(
            m.published_evidence.as_deref(),
            Some("Posted: June 10, 2014 8:15 AM ET")
        );
        let m = infer_metadata_date(&format!(
            "{fm}A storm closes the northern port\n\nBody text on Monday."
        ));
        assert_eq!(m.published, Some(Date::constant(2014, 6, 9)));
        assert_eq!(m.published_from, Provenance::Url);
        assert_eq!(m.published_evidence.as_deref(), Some("/2014/jun/09"));
        // A URL on a head line is the article's; one in the body is not.
        let m = infer_metadata_date(
            "A storm closes the port\nhttps://example.org/2010/11/23/storm.html\n\nBody.",
        );
        assert_eq!(m.published, Some(Date::constant(2010, 11, 23)));
        let para = "The port closed on Friday after a storm that forced hundreds of ships to \
                    wait offshore for days, officials said on Saturday, adding that it would \
                    reopen to traffic next week.";
        let m = infer_metadata_date(&format!(
            "A storm closes the port\n\n{para}\n\n{para}\n\nhttps://example.org/2010/11/23/x.html"
        ));
        assert_eq!(m.published, None);
        // A date line is never the title.
        let m = infer_metadata_date(
            "Updated: June 10, 2014, 8:15 AM ET\nA storm closes the northern port\n\nBody.",
        );
        assert_eq!(m.title.as_deref(), Some("A storm closes the northern port"));
        assert_eq!(m.published, Some(Date::constant(2014, 6, 10)));
    }
}
