//! Metadata inference: publication date, outlet, title, URL.
//!
//! Order of trust: TOML front matter, then heuristics over the head of the
//! text (a `date YYYY-MM-DD` marker or a date line, read by
//! [`super::header_date`]; a wire dateline such as `SOCHI,
//! November 21. /TASS/`; the URL's path date; a byline or a line naming an
//! outlet from the lexicon, the source URL's domain).

use super::{header_date, url_date};
use crate::lexicon::Lexicon;
use jiff::civil::Date;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// Where a metadata value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Provenance {
    /// Not found.
    #[default]
    None,
    /// The `+++` TOML front matter.
    FrontMatter,
    /// A line of the article head (`date 2017-11-21`, `Posted: May 18, 2018`, a byline).
    Header,
    /// A wire dateline (`SOCHI, November 21. /TASS/`).
    Dateline,
    /// The source URL (its domain for the outlet, its `/2013/05/03/` path for the date).
    Url,
    /// Borrowed from the story the source aligns with.
    Borrowed,
    /// Set in the configuration.
    Config,
}

impl Provenance {
    /// The name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Provenance::None => "none",
            Provenance::FrontMatter => "front-matter",
            Provenance::Header => "header",
            Provenance::Dateline => "dateline",
            Provenance::Url => "url",
            Provenance::Borrowed => "borrowed",
            Provenance::Config => "config",
        }
    }
}

/// What is known about a source.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    /// Publication date.
    pub published: Option<Date>,
    /// Where the date came from.
    pub published_from: Provenance,
    /// The text the date was read from (for `factlint sources`).
    pub published_evidence: Option<String>,
    /// The first day of the month the article's own URL names when it names
    /// no day (`/2013/09/`): no date, but story grouping keeps the article
    /// from stories published far from that month.
    pub published_month: Option<Date>,
    /// Outlet (canonical name from the lexicon, or as written in front matter).
    pub outlet: Option<String>,
    /// Where the outlet came from.
    pub outlet_from: Provenance,
    /// Title.
    pub title: Option<String>,
    /// Where the title came from.
    pub title_from: Provenance,
    /// URL from the front matter or the text.
    pub url: Option<String>,
    /// The body's first line that has words (Markdown heading marks and
    /// emphasis trimmed): the headline people see when no title was read.
    pub first_line: Option<String>,
}

#[derive(Deserialize)]
struct FrontMatter {
    date: Option<toml::Value>,
    outlet: Option<String>,
    title: Option<String>,
    url: Option<String>,
}

/// The front matter when it is only `key = "plain string"` lines (what
/// generators and most people write), read without the TOML parser; `None`
/// for anything else (escapes, comments, other types, repeated keys), which
/// the TOML parser reads. Both give the same result where this one answers.
fn simple_front_matter(fm: &str) -> Option<FrontMatter> {
    let mut out = FrontMatter {
        date: None,
        outlet: None,
        title: None,
        url: None,
    };
    let mut keys: Vec<&str> = Vec::new();
    for line in fm.lines() {
        let line = line.trim_matches([' ', '\t']);
        if line.is_empty() {
            continue;
        }
        let (key, value) = line.split_once('=')?;
        let key = key.trim_matches([' ', '\t']);
        let value = value.trim_matches([' ', '\t']);
        let bare = !key.is_empty()
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        let inner = value.strip_prefix('"')?.strip_suffix('"')?;
        let plain = !inner
            .chars()
            .any(|c| c == '"' || c == '\\' || (c.is_control() && c != '\t'));
        if !bare || !plain || keys.contains(&key) {
            return None;
        }
        keys.push(key);
        let value = inner.to_string();
        match key {
            "date" => out.date = Some(toml::Value::String(value)),
            "outlet" => out.outlet = Some(value),
            "title" => out.title = Some(value),
            "url" => out.url = Some(value),
            _ => {}
        }
    }
    Some(out)
}

/// How many bytes of the head the heuristics look at.
const HEAD_BYTES: usize = 2000;

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^\s*[A-Z][A-Z .'-]{2,}, ([A-Z][a-z]+)\.? (\d{1,2})\.?\s*(/[A-Z][A-Za-z-]+/)?")
        .unwrap()
});

/// Compiles the dateline pattern every source's head meets (see
/// [`crate::pipeline::warm_up`]).
pub(super) fn warm_up() {
    LazyLock::force(&DATELINE);
}

static HEAD_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?-u:\b)(\d{4})-\d{2}-\d{2}(?-u:\b)|(?-u:\b)[A-Z][a-z]+\.? \d{1,2},? (\d{4})(?-u:\b))",
    )
    .unwrap()
});
static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"https?://(?:www\.)?([A-Za-z0-9.-]+)[^\s>)]*").unwrap());
static BYLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*By:?\s+\[?([^\]\n(]+?)\]?(?:\(.*\))?\s*$").unwrap());

/// The first [`URL`] in `text`: a text without `http` has none, and the
/// pattern is compiled only once a text has one.
fn find_url(text: &str) -> Option<regex::Match<'_>> {
    memchr::memmem::find(text.as_bytes(), b"http")?;
    URL.find(text)
}

/// [`BYLINE`]'s name in `line`: a line without `By` has none, and the
/// pattern is compiled only once a line has one.
fn byline(line: &str) -> Option<String> {
    memchr::memmem::find(line.as_bytes(), b"By")?;
    BYLINE.captures(line).map(|c| c[1].to_string())
}

/// The English month names, lower case, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The English weekday names, lower case, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A month or weekday name written in lower case (`march`, `sunday`).
pub fn is_calendar_name(lower: &str) -> bool {
    MONTH_NAMES.contains(&lower) || WEEKDAY_NAMES.contains(&lower)
}

/// Month number from an English month name or abbreviation.
pub fn month_number(name: &str) -> Option<i8> {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    MONTH_NAMES
        .iter()
        .position(|m| *m == n || (n.len() >= 3 && m.starts_with(&n)))
        .map(|i| i as i8 + 1)
}

fn ymd(y: &str, m: i8, d: &str) -> Option<Date> {
    Date::new(y.parse().ok()?, m, d.parse().ok()?).ok()
}

/// The first line of an article's body (after any front matter) that has
/// words and is not a date line or a marker (`By`, `Updated`), Markdown
/// heading marks and emphasis trimmed: the headline shown when no title
/// was read.
pub fn first_line(text: &str) -> Option<String> {
    let start = front_matter(text).map_or(0, |(_, end)| end);
    let end = crate::source::floor_char_boundary(text, (start + HEAD_BYTES).min(text.len()));
    first_line_of(&text[start..end])
}

fn first_line_of(head: &str) -> Option<String> {
    head.lines()
        .map(|l| {
            l.trim()
                .trim_start_matches('#')
                .trim_matches(['*', '_', ' ', '\t'])
        })
        .filter(|l| !header_date::is_marker(l) && header_date::date_line(l).is_none())
        .find(|l| l.chars().any(char::is_alphanumeric))
        .map(str::to_string)
}

/// Infers metadata; returns it with the byte offset where the body starts.
pub fn infer_metadata(text: &str, lexicon: &Lexicon) -> (Metadata, usize) {
    let mut meta = Metadata::default();
    let mut body_start = 0;
    if let Some((fm, end)) = front_matter(text) {
        body_start = end;
        if let Ok(fm) =
            simple_front_matter(fm).map_or_else(|| toml::from_str::<FrontMatter>(fm), Ok)
        {
            let date = fm.date.and_then(|v| match v {
                toml::Value::String(s) => s.parse::<Date>().ok(),
                toml::Value::Datetime(d) => d.to_string().get(..10)?.parse::<Date>().ok(),
                _ => None,
            });
            if let Some(d) = date {
                meta.published = Some(d);
                meta.published_from = Provenance::FrontMatter;
                meta.published_evidence = Some(format!("date = \"{d}\""));
            }
            if let Some(o) = fm.outlet {
                meta.outlet = Some(o);
                meta.outlet_from = Provenance::FrontMatter;
            }
            if let Some(t) = fm.title {
                meta.title = Some(t);
                meta.title_from = Provenance::FrontMatter;
            }
            meta.url = fm.url;
        }
    }
    let head_end =
        crate::source::floor_char_boundary(text, (body_start + HEAD_BYTES).min(text.len()));
    let head = &text[body_start..head_end];
    if meta.published.is_none() {
        infer_date(head, &mut meta);
    }
    if meta.published.is_none() {
        // The article's own URL: the front matter's, else one in the head.
        let url = meta.url.as_deref().or_else(|| {
            header_date::head_lines(head)
                .filter(|l| l.len() < header_date::LONG_PARAGRAPH_BYTES)
                .find_map(|l| find_url(l).map(|m| m.as_str()))
        });
        if let Some((d, evidence)) = url.and_then(url_date::url_date) {
            meta.published = Some(d);
            meta.published_from = Provenance::Url;
            meta.published_evidence = Some(evidence);
        }
        meta.published_month = url.and_then(url_date::url_month);
    }
    if meta.url.is_none() {
        meta.url = find_url(text).map(|m| m.as_str().to_string());
    }
    if meta.outlet.is_none() {
        let url = meta.url.clone();
        infer_outlet(head, &url, lexicon, &mut meta);
    }
    if meta.title.is_none() {
        infer_title(head, head_end < text.len(), &mut meta);
    }
    meta.first_line = first_line_of(head);
    (meta, body_start)
}

/// The TOML between `+++` lines at the start, and the offset after the closing line.
fn front_matter(text: &str) -> Option<(&str, usize)> {
    let rest = text.strip_prefix("\u{feff}").unwrap_or(text);
    let skip = text.len() - rest.len();
    let rest2 = rest.strip_prefix("+++")?;
    let after_open = rest2.find('\n')? + 1;
    let inner = &rest2[after_open..];
    let close = inner
        .find("\n+++")
        .map(|i| i + 1)
        .or_else(|| inner.starts_with("+++").then_some(0))?;
    let fm = &inner[..close];
    let after = &inner[close + 3..];
    let line_end = after.find('\n').map_or(after.len(), |i| i + 1);
    let end = skip + 3 + after_open + close + 3 + line_end;
    Some((fm, end))
}

fn infer_date(head: &str, meta: &mut Metadata) {
    if let Some((d, evidence)) = header_date::head_date(head) {
        meta.published = Some(d);
        meta.published_from = Provenance::Header;
        meta.published_evidence = Some(evidence);
        return;
    }
    // A wire dateline gives month and day; the year comes from another date in the head.
    if let Some(c) = DATELINE.captures(head) {
        if let Some(month) = month_number(&c[1]) {
            let year = HEAD_DATE
                .captures_iter(head)
                .find_map(|y| y.get(1).or(y.get(2)).map(|m| m.as_str().to_string()));
            if let Some(d) = year.and_then(|y| ymd(&y, month, &c[2])) {
                meta.published = Some(d);
                meta.published_from = Provenance::Dateline;
                meta.published_evidence = Some(c[0].trim().to_string());
            }
        }
    }
}

fn infer_outlet(head: &str, url: &Option<String>, lexicon: &Lexicon, meta: &mut Metadata) {
    let lines: Vec<&str> = head
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let find = |candidate: &str| {
        let c = candidate
            .trim()
            .trim_matches(|ch: char| ch == '*' || ch == '_');
        lexicon
            .outlets
            .iter()
            .find(|o| {
                o.name.eq_ignore_ascii_case(c)
                    || o.aliases.iter().any(|a| a.eq_ignore_ascii_case(c))
            })
            .map(|o| o.name.clone())
    };
    for line in &lines {
        // A byline `By [Reuters](#)` or a line that is just an outlet name.
        let candidate = byline(line).unwrap_or_else(|| line.to_string());
        if let Some(o) = find(&candidate) {
            meta.outlet = Some(o);
            meta.outlet_from = Provenance::Header;
            return;
        }
    }
    // A wire tag in the dateline: `/TASS/`.
    if let Some(tag) = DATELINE.captures(head).and_then(|c| c.get(3)) {
        if let Some(o) = find(tag.as_str()) {
            meta.outlet = Some(o);
            meta.outlet_from = Provenance::Dateline;
            return;
        }
    }
    if let Some(u) = url {
        if let Some(host) = URL.captures(u).map(|c| c[1].to_ascii_lowercase()) {
            for o in &lexicon.outlets {
                if o.aliases.iter().chain(std::iter::once(&o.name)).any(|a| {
                    let a = a.to_ascii_lowercase().replace(' ', "");
                    a.contains('.') && host.ends_with(&a)
                }) {
                    meta.outlet = Some(o.name.clone());
                    meta.outlet_from = Provenance::Url;
                    return;
                }
            }
        }
    }
}

/// A line of at least this many words ending with a full stop is body
/// text: a headline stands above it, so no line after it is taken as one.
const BODY_SENTENCE_WORDS: usize = 8;

fn infer_title(head: &str, cut: bool, meta: &mut Metadata) {
    let mut fallback = None;
    let mut lines: Vec<&str> = head.lines().collect();
    if cut && !head.ends_with('\n') {
        // The head ends inside a line: its start is no whole line.
        lines.pop();
    }
    let mut in_body = false;
    for line in lines {
        let line = line.trim();
        if let Some(h) = line.strip_prefix("# ") {
            meta.title = Some(h.trim().to_string());
            meta.title_from = Provenance::Header;
            return;
        }
        let words = line.split_whitespace().count();
        // Headlines end with `!` or `?` at times, a body sentence with `.`.
        let full_stop = line.trim_end_matches(['"', '”', '\'', '’']).ends_with('.');
        // A `date …` marker line is the scraper's, not the body.
        if words >= BODY_SENTENCE_WORDS && full_stop && !header_date::is_marker(line) {
            in_body = true;
        }
        if fallback.is_none()
            && !in_body
            && (4..=20).contains(&words)
            // Words, not a numeric date or figures (`11 / 28 / 05`).
            && line
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count()
                >= 3
            // `.` ends a sentence, `:` and `,` lead into one.
            && !line.ends_with(['.', ':', ','])
            && !header_date::is_marker(line)
            && header_date::date_line(line).is_none()
        {
            fallback = Some(line.trim_matches('*').to_string());
        }
    }
    if let Some(t) = fallback {
        meta.title = Some(t);
        meta.title_from = Provenance::Header;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn infer(text: &str) -> Metadata {
        infer_metadata(text, &Lexicon::defaults()).0
    }

    #[test]
    fn plain_front_matter_reads_as_toml_does() {
        let cases = [
            "date = \"2008-03-01\"\noutlet = \"Wikinews\"\ntitle = \"T\"\n",
            "  date=\"2008-03-01\"  \n\n\tother-key = \"x\"\n",
            "title = \"Xiang's Church: a \tfire\"\nurl = \"https://a.example/x?y=1\"\n",
            "date = 2008-03-01\n",
            "title = \"a \\\"quoted\\\" word\"\n",
            "title = \"x\" # comment\n",
            "title = \"x\"\ntitle = \"y\"\n",
            "# comment\ntitle = \"x\"\n",
            "\"quoted key\" = \"x\"\n",
            "title = 'literal'\n",
            "n = 5\n",
            "",
        ];
        let show = |f: &FrontMatter| {
            format!(
                "{:?} {:?} {:?} {:?}",
                f.date.as_ref().map(|d| d.to_string()),
                f.outlet,
                f.title,
                f.url
            )
        };
        for fm in cases {
            if let Some(fast) = simple_front_matter(fm) {
                let slow = toml::from_str::<FrontMatter>(fm).expect("valid TOML");
                assert_eq!(show(&fast), show(&slow), "{fm:?}");
            }
        }
        assert!(simple_front_matter(cases[0]).is_some());
        assert!(simple_front_matter(cases[3]).is_none());
        assert!(simple_front_matter(cases[6]).is_none());
    }

    #[test]
    fn front_matter_wins_and_body_starts_after_it() {
        let text = "+++\ndate = \"2008-03-01\"\noutlet = \"Wikinews\"\ntitle = \"T\"\n+++\n\nBody on Monday.";
        let (m, start) = infer_metadata(text, &Lexicon::defaults());
        assert_eq!(m.published, Some(Date::constant(2008, 3, 1)));
        assert_eq!(m.published_from, Provenance::FrontMatter);
        assert_eq!(m.outlet.as_deref(), Some("Wikinews"));
        assert_eq!(&text[start..], "\nBody on Monday.");
    }

    #[test]
    fn date_marker_and_date_lines() {
        let m = infer(" date 2017-11-21 FILE - In this Aug. 20, 2017, file photo");
        assert_eq!(m.published, Some(Date::constant(2017, 11, 21)));
        let m = infer("World\n\nTitle here of a story\n\nThe Associated Press\n\nNovember 21, 2017 02:20 AM\n\nMOSCOW");
        assert_eq!(m.published, Some(Date::constant(2017, 11, 21)));
        assert_eq!(m.outlet.as_deref(), Some("The Associated Press"));
        let m = infer("# Syria's Assad Flies\n\nBy [Reuters](#)\n\nMay 18, 2018\n");
        assert_eq!(m.published, Some(Date::constant(2018, 5, 18)));
        assert_eq!(m.outlet.as_deref(), Some("Reuters"));
        assert_eq!(m.title.as_deref(), Some("Syria's Assad Flies"));
    }

    #[test]
    fn a_headline_stands_above_the_body_and_is_a_whole_line() {
        let body = "A council member of Kestrelford resigned on Monday after a long dispute with the mayor.\n\n";
        let m = infer(&format!("{body}Short line with no stop\n\nMore."));
        assert_eq!(m.title, None, "a line after a body sentence is no headline");
        let m = infer(&format!(
            "11 / 28 / 05\n\nKestrelford council member resigns\n\n{body}"
        ));
        assert_eq!(
            m.title.as_deref(),
            Some("Kestrelford council member resigns")
        );
        // The head ends inside a long sentence: its cut start is no headline.
        let long = format!(
            "{}{}",
            "\n".repeat(1990),
            "The mayor of Kestrelford said on Monday that"
        );
        let m = infer(&long);
        assert_eq!(m.title, None, "{:?}", m.title);
    }

    #[test]
    fn caption_date_is_not_the_publication_date() {
        let m = infer(
            "FILE - In this Aug. 20, 2017, file photo, released by the office.\nMore text here.",
        );
        assert_eq!(m.published, None);
    }

    #[test]
    fn dateline_takes_its_year_from_the_head() {
        let m = infer("Putin and Assad meet\n\nNov 2017 © photo 2017-11-20\n\nSOCHI, November 21. /TASS/. On November 20, talks.");
        assert_eq!(m.published, Some(Date::constant(2017, 11, 21)));
        assert_eq!(m.published_from, Provenance::Dateline);
        assert_eq!(m.outlet.as_deref(), Some("TASS"));
    }

    #[test]
    fn no_date_at_all() {
        let m = infer("Putin says he will talk to Trump\n\nSome text on Thursday.");
        assert_eq!(m.published, None);
        assert_eq!(m.title.as_deref(), Some("Putin says he will talk to Trump"));
    }

    #[test]
    fn month_names() {
        assert_eq!(month_number("Aug."), Some(8));
        assert_eq!(month_number("Sept"), Some(9));
        assert_eq!(month_number("May"), Some(5));
        assert_eq!(month_number("Mary"), None);
    }
}
