//! The date-expression finder.

use std::sync::LazyLock;

use jiff::civil::{Date, Weekday};
use regex::{Captures, Regex};

use super::{DateExpr, DateForm, Unit};

mod gate;
mod period;
use gate::*;

/// Full month names.
const MONTH_FULL: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";
/// Full month names and abbreviations (a dot may follow, see `month_group`).
const MONTH_ANY: &str = "January|February|March|April|May|June|July|August|September|October|\
November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
/// Number words accepted in `N days ago`.
const NUM: &str = "\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\
fifteen|twenty|thirty|a\\s+couple\\s+of|a\\s+few";

/// Compiles one of this module's constant patterns (checked by the tests).
///
/// Date words are ASCII: without Unicode classes and case folding the
/// patterns compile several times faster (this is paid on every run, and an
/// editor runs factlint on every save) and match faster. A pattern that
/// needs Unicode (a `’` in a class) falls back to it.
pub(super) fn re(pattern: &str) -> Regex {
    regex::RegexBuilder::new(pattern)
        .unicode(false)
        .build()
        .or_else(|_| Regex::new(pattern))
        .expect("built-in date pattern")
}

/// `(?P<m>Month\.?)` for a given name alternation.
fn month_group(name: &str, names: &str) -> String {
    format!("(?P<{name}>(?:{names})(?-u:\\b)\\.?)")
}

const DAY: &str = "(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)?(?-u:\\b)";
const YEAR: &str = "(?P<y>[12][0-9]{3})(?-u:\\b)";
/// A year in a prepositional phrase: also `'82`.
const YEAR_OR_SHORT: &str = "(?P<y>[12][0-9]{3}|['’][0-9]{2})(?-u:\\b)";

static MDY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        "(?-u:\\b){}\\s+{DAY},?\\s+{YEAR}",
        month_group("m", MONTH_ANY)
    ))
});
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        "(?-u:\\b){DAY}\\s+(?:of\\s+)?{},?\\s+{YEAR}",
        month_group("m", MONTH_ANY)
    ))
});
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    re("(?-u:\\b)(?P<y>[12][0-9]{3})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])(?-u:\\b)")
});
static SLASH: LazyLock<Regex> = LazyLock::new(|| {
    re("(?-u:\\b)(?P<m>[01]?[0-9])/(?P<d>[0-3]?[0-9])/(?P<y>[0-9]{4}|[0-9]{2})(?-u:\\b)")
});
static MD: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        "(?-u:\\b){}\\s+{DAY}",
        month_group("m", MONTH_ANY)
    ))
});
static DM: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        "(?-u:\\b){DAY}\\s+(?:of\\s+)?{}",
        month_group("m", MONTH_ANY)
    ))
});
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        "(?-u:\\b)(?:(?i:early|late|mid)(?:\\s+|-))?{},?\\s+(?:of\\s+)?{YEAR}",
        month_group("m", MONTH_ANY)
    ))
});
static MONTH_REL_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        "(?-u:\\b){}\\s+(?:of\\s+)?(?P<rel>(?i:last|next|this))\\s+year(?-u:\\b)",
        month_group("m", MONTH_FULL)
    ))
});
static BARE_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        "(?-u:\\b)(?P<pre>(?i:in|since|until|till|by|of|during|from|through|before|after|\
         last|next|this|early|late|mid))(?P<sep>\\s+|-)(?P<m>{MONTH_FULL})(?-u:\\b)"
    ))
});
static MONTH_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        "(?-u:\\b)(?i:between|from|in|since|until|by|during)\\s+(?P<m>{MONTH_FULL})\\s*\
         (?:(?i:and|or|to|through|until|till)|-|–)\\s*(?P<m2>{MONTH_FULL})(?-u:\\b)\
         (?:,?\\s+(?:of\\s+)?{YEAR})?"
    ))
});
static YEAR_PREP: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        "(?-u:\\b)(?P<pre>(?i:in|since|by|until|till|of|from|during|before|after|through|\
         circa|around|early|late|mid|year|fiscal))(?:\\s+|-){YEAR_OR_SHORT}"
    ))
});
static YEAR_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re("(?-u:\\b)(?i:between|from)\\s+(?P<y>[12][0-9]{3})\\s*(?:(?i:and|to|until|till|through)|-|–)\
        \\s*(?P<y2>[12][0-9]{3})(?-u:\\b)")
});
static YEAR_LIST: LazyLock<Regex> = LazyLock::new(|| {
    re("(?-u:\\b)(?i:in|since|by|until|during|of)\\s+[12][0-9]{3}(?:(?:\\s*,\\s*|\\s+(?:and|or)\\s+)\
        [12][0-9]{3}(?-u:\\b))+")
});
static YEAR_IN_LIST: LazyLock<Regex> =
    LazyLock::new(|| re("(?-u:\\b)(?P<y>[12][0-9]{3})(?-u:\\b)"));
static YEAR_POSS: LazyLock<Regex> =
    LazyLock::new(|| re("(?-u:\\b)(?P<y>[12][0-9]{3})['’]s(?-u:\\b)"));
static YEAR_ATTR: LazyLock<Regex> = LazyLock::new(|| {
    re("(?-u:\\b)(?:the|The|its|their|his|her)\\s+(?P<y>(?:19|20)[0-9]{2})\\s+[A-Za-z]")
});
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    re("(?-u:\\b)(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\\b)")
});
static REL_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re("(?i)(?-u:\\b)(?:(?P<dby>the\\s+day\\s+before\\s+yesterday)|(?P<dat>the\\s+day\\s+after\\s+tomorrow)|\
        (?P<w>yesterday|today|tomorrow|tonight)(?:\\s+(?:morning|afternoon|evening|night))?|\
        (?P<ln>last\\s+night)|(?P<tm>this\\s+(?:morning|afternoon|evening)))(?-u:\\b)")
});
static REL_UNIT: LazyLock<Regex> =
    LazyLock::new(|| re("(?i)(?-u:\\b)(?P<rel>last|next|this)\\s+(?P<u>week|month|year)(?-u:\\b)"));
static AGO: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        "(?i)(?-u:\\b)(?P<n>{NUM})\\s+(?P<u>day|week|month|year)s?\\s+ago(?-u:\\b)"
    ))
});
static ANAPHORIC: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        "(?i)(?-u:\\b)(?:the\\s+(?P<adj>previous|following|next|preceding)\\s+(?P<u>day|week|month|year)|\
         the\\s+(?P<u2>day|week|month|year)\\s+(?P<ba>before|after)|\
         (?P<n>{NUM})\\s+(?P<u3>day|week|month|year)s?\\s+(?P<el>earlier|later))(?-u:\\b)"
    ))
});
static EVE: LazyLock<Regex> = LazyLock::new(|| re("(?i)(?-u:\\b)the\\s+eve\\s+of(?-u:\\b)"));

/// Capitalized words that make a following weekday a named day.
const NAMED_DAY_PREFIX: &[&str] = &[
    "Black", "Good", "Cyber", "Super", "Ash", "Holy", "Maundy", "Easter", "Palm", "Shrove", "Fat",
    "Bloody", "Blue", "Giving", "Small", "Manic", "Whit", "Low", "Trinity", "Passion", "Orange",
];

/// Month 1–12 from a name or abbreviation (a trailing dot is ignored).
fn month_number(name: &str) -> Option<i8> {
    let key = name.get(..3)?.to_ascii_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let i = months.iter().position(|m| *m == key)?;
    i8::try_from(i + 1).ok()
}

fn weekday_of(name: &str) -> Option<Weekday> {
    Some(match name {
        "Monday" => Weekday::Monday,
        "Tuesday" => Weekday::Tuesday,
        "Wednesday" => Weekday::Wednesday,
        "Thursday" => Weekday::Thursday,
        "Friday" => Weekday::Friday,
        "Saturday" => Weekday::Saturday,
        "Sunday" => Weekday::Sunday,
        _ => return None,
    })
}

fn number_word(word: &str) -> Option<i32> {
    let w = word.to_ascii_lowercase();
    let w: String = w.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Ok(n) = w.parse::<i32>() {
        return Some(n);
    }
    Some(match w.as_str() {
        "a" | "an" | "one" => 1,
        "two" | "a couple of" => 2,
        "three" | "a few" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        _ => return None,
    })
}

fn unit_of(word: &str) -> Option<Unit> {
    Some(match word.to_ascii_lowercase().as_str() {
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        _ => return None,
    })
}

fn year_of(c: &Captures<'_>, name: &str) -> Option<i16> {
    let text = c.name(name)?.as_str();
    if let Some(short) = text.strip_prefix('\'').or_else(|| text.strip_prefix('’')) {
        // `'82` is 1982, `'07` is 2007.
        let y: i16 = short.parse().ok()?;
        return Some(if y <= 30 { 2000 + y } else { 1900 + y });
    }
    let y: i16 = text.parse().ok()?;
    (1000..=2999).contains(&y).then_some(y)
}

/// Whether the number that ends at `end` continues as a number (`2.3`,
/// `400,000`, `20%`, `2011-12`).
fn continues_number(text: &str, end: usize) -> bool {
    let rest = text.as_bytes().get(end..).unwrap_or_default();
    match rest {
        [b'.' | b',', d, ..] if d.is_ascii_digit() => true,
        [b'%' | b'/', ..] => true,
        [b'-', d, ..] if d.is_ascii_digit() => true,
        _ => false,
    }
}

/// Whether the word after a number ending at `end` makes it a count
/// (`in 2000 homes`, `of 1500 people`).
fn looks_like_count(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or_default().trim_start_matches(' ');
    let word: &str = rest
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    if word.is_empty() || !word.starts_with(|ch: char| ch.is_ascii_lowercase()) {
        return false;
    }
    (word.ends_with('s') && !word.ends_with("ss"))
        || matches!(
            word,
            "people"
                | "million"
                | "billion"
                | "thousand"
                | "hundred"
                | "percent"
                | "per"
                | "km"
                | "kg"
                | "feet"
                | "foot"
                | "men"
                | "women"
                | "children"
                | "staff"
                | "police"
                | "times"
                | "more"
                | "other"
                | "new"
                | "out"
                | "to"
        )
}

/// Whether the number that starts at `start` continues a number before it.
fn follows_number(text: &str, start: usize) -> bool {
    let before = text.as_bytes().get(..start).unwrap_or_default();
    matches!(before, [.., d, b'.' | b',' | b'/' | b'-'] if d.is_ascii_digit())
        || matches!(before, [.., b'$' | b'#'])
}

struct Candidate {
    start: usize,
    end: usize,
    form: DateForm,
}

fn push(out: &mut Vec<Candidate>, start: usize, end: usize, form: Option<DateForm>) {
    if let Some(form) = form {
        out.push(Candidate { start, end, form });
    }
}

fn full_date(c: &Captures<'_>) -> Option<DateForm> {
    let month = month_number(c.name("m")?.as_str()).or_else(|| {
        let m: i8 = c.name("m")?.as_str().parse().ok()?;
        Some(m)
    })?;
    let day: i8 = c.name("d")?.as_str().parse().ok()?;
    let year = year_of(c, "y")?;
    Date::new(year, month, day).ok().map(DateForm::FullDate)
}

fn month_day(c: &Captures<'_>) -> Option<DateForm> {
    let month = month_number(c.name("m")?.as_str())?;
    let day: i8 = c.name("d")?.as_str().parse().ok()?;
    // February 29 must exist in some year.
    Date::new(2000, month, day).ok()?;
    Some(DateForm::MonthDay { month, day })
}

/// Full dates: `November 20, 2017`, `20 November 2017`, `2017-11-20`, `11/20/2017`.
fn find_full_dates(text: &str, gate: &Gate<'_>, out: &mut Vec<Candidate>) {
    for g in [G_MDY, G_DMY, G_ISO] {
        for c in gate.captures(g) {
            let Some(m) = c.get(0) else { continue };
            if continues_number(text, m.end()) || follows_number(text, m.start()) {
                continue;
            }
            push(out, m.start(), m.end(), full_date(&c));
        }
    }
    for c in gate.captures(G_SLASH) {
        let Some(m) = c.get(0) else { continue };
        if continues_number(text, m.end()) || follows_number(text, m.start()) {
            continue;
        }
        let form = (|| {
            let month: i8 = c.name("m")?.as_str().parse().ok()?;
            let day: i8 = c.name("d")?.as_str().parse().ok()?;
            let y = c.name("y")?.as_str();
            let mut year: i16 = y.parse().ok()?;
            if y.len() == 2 {
                year += if year < 50 { 2000 } else { 1900 };
            }
            Date::new(year, month, day).ok().map(DateForm::FullDate)
        })();
        push(out, m.start(), m.end(), form);
    }
}

/// `November 20`, `20 November`, `Nov. 20`, `the 5th of May`.
fn find_month_days(text: &str, gate: &Gate<'_>, out: &mut Vec<Candidate>) {
    for g in [G_MD, G_DM] {
        for c in gate.captures(g) {
            let Some(m) = c.get(0) else { continue };
            let Some(d) = c.name("d") else { continue };
            if continues_number(text, d.end()) || follows_number(text, d.start()) {
                continue;
            }
            // `on 4 March.`: the dot after a full name ends the sentence.
            let end = match c.name("m") {
                Some(name) if g == G_DM && full_month_with_dot(name.as_str()) => m.end() - 1,
                _ => m.end(),
            };
            // `month_day` rejects days the month does not have.
            push(out, m.start(), end, month_day(&c));
        }
    }
}

/// Whether a month name is written in full and followed by a dot
/// (`March.`), which is then punctuation, not an abbreviation's.
fn full_month_with_dot(name: &str) -> bool {
    name.strip_suffix('.')
        .is_some_and(|n| MONTH_FULL.split('|').any(|full| full == n))
}

/// `October 2015`, `November last year`, `in March`, `between April and June`.
fn find_months(text: &str, gate: &Gate<'_>, out: &mut Vec<Candidate>) {
    for c in gate.captures(G_MONTH_YEAR) {
        let Some(m) = c.get(0) else { continue };
        if continues_number(text, m.end()) {
            continue;
        }
        let form = (|| {
            let month = month_number(c.name("m")?.as_str())?;
            Some(DateForm::MonthYear {
                year: year_of(&c, "y")?,
                month,
            })
        })();
        push(out, m.start(), m.end(), form);
    }
    for c in gate.captures(G_MONTH_REL_YEAR) {
        let Some(m) = c.get(0) else { continue };
        let form = (|| {
            let month = month_number(c.name("m")?.as_str())?;
            let year_offset = match c.name("rel")?.as_str().to_ascii_lowercase().as_str() {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            Some(DateForm::MonthRelativeYear { month, year_offset })
        })();
        push(out, m.start(), m.end(), form);
    }
    for c in gate.captures(G_BARE_MONTH) {
        let (Some(pre), Some(mo)) = (c.name("pre"), c.name("m")) else {
            continue;
        };
        let pre_l = pre.as_str().to_ascii_lowercase();
        if mo.as_str() == "May"
            && !matches!(
                pre_l.as_str(),
                "in" | "since"
                    | "until"
                    | "till"
                    | "during"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
            )
        {
            continue;
        }
        if pre_l == "mid" && c.name("sep").is_some_and(|s| s.as_str() != "-") {
            continue;
        }
        // Modifiers belong to the expression, prepositions do not.
        let start = match pre_l.as_str() {
            "last" | "next" | "this" | "early" | "late" | "mid" => pre.start(),
            _ => mo.start(),
        };
        let form = month_number(mo.as_str()).map(DateForm::Month);
        push(out, start, mo.end(), form);
    }
    for c in gate.captures(G_MONTH_RANGE) {
        for g in ["m", "m2"] {
            if let Some(mo) = c.name(g) {
                // `between September and October of 2007`: both in 2007.
                let form = month_number(mo.as_str()).map(|month| match year_of(&c, "y") {
                    Some(year) => DateForm::MonthYear { year, month },
                    None => DateForm::Month(month),
                });
                push(out, mo.start(), mo.end(), form);
            }
        }
    }
}

/// `in 2011`, `2011's`, `between 2014 and 2016`, `the 2008 election`.
fn find_years(text: &str, gate: &Gate<'_>, out: &mut Vec<Candidate>) {
    // `in 2008 and 2006`, `in 2004, 2005 or 2006`.
    for list in gate.find_iter(G_YEAR_LIST) {
        for c in YEAR_IN_LIST.captures_iter(list.as_str()) {
            let Some(y) = c.name("y") else { continue };
            let (start, end) = (list.start() + y.start(), list.start() + y.end());
            if continues_number(text, end) || follows_number(text, start) {
                continue;
            }
            push(out, start, end, year_of(&c, "y").map(DateForm::Year));
        }
    }
    let mut add = |c: &Captures<'_>, g: &str, start_at_pre: bool, count_check: bool| {
        let Some(y) = c.name(g) else { return };
        let decade = y.as_str().ends_with('0')
            && text
                .get(y.end()..)
                .is_some_and(|r| r.starts_with("'s") || r.starts_with("’s"));
        if decade
            || continues_number(text, y.end())
            || follows_number(text, y.start())
            || (count_check && looks_like_count(text, y.end()))
        {
            return;
        }
        let start = if start_at_pre {
            c.name("pre").map_or(y.start(), |p| p.start())
        } else {
            y.start()
        };
        push(out, start, y.end(), year_of(c, g).map(DateForm::Year));
    };
    for c in gate.captures(G_YEAR_PREP) {
        let modifier = c.name("pre").is_some_and(|p| {
            matches!(
                p.as_str().to_ascii_lowercase().as_str(),
                "early" | "late" | "mid" | "fiscal"
            )
        });
        add(&c, "y", modifier, true);
    }
    for c in gate.captures(G_YEAR_RANGE) {
        add(&c, "y", false, false);
        add(&c, "y2", false, true);
    }
    for c in gate.captures(G_YEAR_POSS) {
        // `the 1980's` is a decade.
        let decade = c.name("y").is_some_and(|y| {
            let before = text.get(..y.start()).unwrap_or_default().trim_end();
            let word = before.rsplit(|ch: char| !ch.is_ascii_alphabetic()).next();
            y.as_str().ends_with('0')
                && word.is_some_and(|w| {
                    ["the", "early", "late", "mid"]
                        .iter()
                        .any(|d| w.eq_ignore_ascii_case(d))
                })
        });
        if decade {
            continue;
        }
        add(&c, "y", false, false);
    }
    for c in gate.captures(G_YEAR_ATTR) {
        // `the 2008 election`, but not `the 2000 employees` (see
        // `looks_like_count`).
        add(&c, "y", false, true);
    }
}

fn find_weekdays(text: &str, gate: &Gate<'_>, out: &mut Vec<Candidate>) {
    for c in gate.captures(G_WEEKDAY) {
        let Some(w) = c.name("w") else { continue };
        let before = text.get(..w.start()).unwrap_or_default();
        let trimmed = before.trim_end_matches(' ');
        let prev_word = trimmed
            .rsplit(|ch: char| !ch.is_ascii_alphabetic())
            .next()
            .unwrap_or_default();
        if trimmed.len() + 1 == before.len() && NAMED_DAY_PREFIX.contains(&prev_word) {
            continue;
        }
        push(
            out,
            w.start(),
            w.end(),
            weekday_of(w.as_str()).map(DateForm::Weekday),
        );
    }
}

fn find_relative(text: &str, gate: &Gate<'_>, bits: u32, out: &mut Vec<Candidate>) {
    let has = |b: u32| bits & b == b;
    // `the day before yesterday`, `yesterday`, `last night`, `this morning`.
    let rel_day = has(T_REL_DAY);
    // `last week`, `next month`; `two years ago`; `the previous day`,
    // `three days later` (all need a unit word).
    let rel_unit = has(T_REL | T_UNIT);
    let ago = has(T_AGO | T_UNIT);
    let anaphoric = has(T_UNIT);
    for c in rel_day
        .then(|| gate.captures(G_REL_DAY))
        .into_iter()
        .flatten()
    {
        let Some(m) = c.get(0) else { continue };
        let n = if c.name("dby").is_some() {
            -2
        } else if c.name("dat").is_some() {
            2
        } else if c.name("ln").is_some() {
            -1
        } else if c.name("tm").is_some() {
            0
        } else {
            match c.name("w").map(|w| w.as_str().to_ascii_lowercase()) {
                Some(w) if w == "yesterday" => -1,
                Some(w) if w == "tomorrow" => 1,
                _ => 0,
            }
        };
        push(out, m.start(), m.end(), Some(DateForm::RelativeDay(n)));
    }
    for c in rel_unit
        .then(|| gate.captures(G_REL_UNIT))
        .into_iter()
        .flatten()
    {
        let Some(m) = c.get(0) else { continue };
        let form = (|| {
            let amount = match c.name("rel")?.as_str().to_ascii_lowercase().as_str() {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let unit = unit_of(c.name("u")?.as_str())?;
            Some(DateForm::RelativeUnit { amount, unit })
        })();
        push(out, m.start(), m.end(), form);
    }
    for c in ago.then(|| gate.captures(G_AGO)).into_iter().flatten() {
        let Some(m) = c.get(0) else { continue };
        let form = (|| {
            let n = number_word(c.name("n")?.as_str())?;
            let unit = unit_of(c.name("u")?.as_str())?;
            Some(DateForm::RelativeUnit { amount: -n, unit })
        })();
        push(out, m.start(), m.end(), form);
    }
    for c in anaphoric
        .then(|| gate.captures(G_ANAPHORIC))
        .into_iter()
        .flatten()
    {
        let Some(m) = c.get(0) else { continue };
        let form = (|| {
            let (amount, unit) = if let Some(adj) = c.name("adj") {
                let sign = match adj.as_str().to_ascii_lowercase().as_str() {
                    "previous" | "preceding" => -1,
                    _ => 1,
                };
                (sign, unit_of(c.name("u")?.as_str())?)
            } else if let Some(ba) = c.name("ba") {
                // `the day after falling` is not `the day after`.
                let rest = text.get(m.end()..).unwrap_or_default().trim_start();
                let next = rest.split(|ch: char| !ch.is_ascii_alphabetic()).next();
                if next.is_some_and(|w| w.len() > 4 && w.ends_with("ing")) {
                    return None;
                }
                let sign = if ba.as_str().eq_ignore_ascii_case("before") {
                    -1
                } else {
                    1
                };
                (sign, unit_of(c.name("u2")?.as_str())?)
            } else {
                let n = number_word(c.name("n")?.as_str())?;
                let sign = if c.name("el")?.as_str().eq_ignore_ascii_case("earlier") {
                    -1
                } else {
                    1
                };
                (sign * n, unit_of(c.name("u3")?.as_str())?)
            };
            Some(DateForm::Anaphoric { amount, unit })
        })();
        push(out, m.start(), m.end(), form);
    }
    for m in has(T_EVE)
        .then(|| gate.find_iter(G_EVE))
        .into_iter()
        .flatten()
    {
        push(out, m.start(), m.end(), Some(DateForm::Eve));
    }
}

/// See [`super::find_date_expressions`].
/// Capitalized month prefixes: every month pattern needs one.
static MONTH_PREFIX: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::new([
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ])
    .expect("built-in month prefixes")
});
/// Trigger words of the weekday and relative patterns (any case), with the
/// bit each one sets in [`triggers`].
const TRIGGERS: &[(&str, u32)] = &[
    ("monday", T_WEEKDAY),
    ("tuesday", T_WEEKDAY),
    ("wednesday", T_WEEKDAY),
    ("thursday", T_WEEKDAY),
    ("friday", T_WEEKDAY),
    ("saturday", T_WEEKDAY),
    ("sunday", T_WEEKDAY),
    ("yesterday", T_REL_DAY),
    ("today", T_REL_DAY),
    ("tomorrow", T_REL_DAY),
    ("tonight", T_REL_DAY),
    ("night", T_REL_DAY),
    ("morning", T_REL_DAY),
    ("afternoon", T_REL_DAY),
    ("evening", T_REL_DAY),
    ("day", T_UNIT),
    ("week", T_UNIT),
    ("month", T_UNIT),
    ("year", T_UNIT),
    ("last", T_REL),
    ("next", T_REL),
    ("this", T_REL),
    ("ago", T_AGO),
    ("eve", T_EVE),
];
const T_WEEKDAY: u32 = 1;
const T_REL_DAY: u32 = 2;
const T_UNIT: u32 = 4;
const T_REL: u32 = 8;
const T_AGO: u32 = 16;
const T_EVE: u32 = 32;

static TIME_WORD: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(TRIGGERS.iter().map(|(w, _)| w))
        .expect("built-in time words")
});

/// The trigger bits present in `text` (overlapping: `yesterday` also
/// contains `day`).
fn triggers(text: &str) -> u32 {
    TIME_WORD
        .find_overlapping_iter(text)
        .fold(0, |bits, m| bits | TRIGGERS[m.pattern().as_usize()].1)
}

pub(super) fn find(text: &str) -> Vec<DateExpr> {
    let mut cands = Vec::new();
    let gate = Gate::new(text);
    // Cheap triggers first: most sentences have no date at all, and each
    // family of patterns needs a digit, a month name or a time word.
    let bytes = text.as_bytes();
    let digit = bytes.iter().any(u8::is_ascii_digit);
    // A year needs four digits in a row, or `'82`.
    let year = digit
        && (bytes.windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
            || bytes
                .windows(3)
                .any(|w| w[0] == b'\'' && w[1].is_ascii_digit() && w[2].is_ascii_digit())
            || text.contains('’'));
    let month = MONTH_PREFIX.is_match(text);
    let bits = triggers(text);
    if digit && (month || bytes.iter().any(|&b| b == b'-' || b == b'/')) {
        find_full_dates(text, &gate, &mut cands);
    }
    if year {
        find_years(text, &gate, &mut cands);
    }
    if month {
        if digit {
            find_month_days(text, &gate, &mut cands);
        }
        find_months(text, &gate, &mut cands);
    }
    if bits & T_WEEKDAY != 0 {
        find_weekdays(text, &gate, &mut cands);
    }
    find_relative(text, &gate, bits, &mut cands);
    for (start, end, form) in period::find_periods(text) {
        push(&mut cands, start, end, Some(form));
    }
    // The story's day: no date of its own, but not `the day after` either.
    let story_days = period::story_days(text);
    for &(start, end) in &story_days {
        push(&mut cands, start, end, Some(DateForm::Eve));
    }
    for e in super::clock::find_clock_times(text) {
        push(&mut cands, e.start, e.end, Some(e.form));
    }
    // Longest first, then earliest; keep the ones that do not overlap.
    cands.sort_by_key(|c| (std::cmp::Reverse(c.end - c.start), c.start));
    let mut kept: Vec<Candidate> = Vec::new();
    for c in cands {
        if kept.iter().all(|k| c.end <= k.start || k.end <= c.start) {
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| c.start);
    kept.into_iter()
        .filter(|c| !story_days.contains(&(c.start, c.end)))
        .filter(|c| text.is_char_boundary(c.start) && text.is_char_boundary(c.end))
        .map(|c| DateExpr {
            start: c.start,
            end: c.end,
            form: c.form,
        })
        .collect()
}

/// Compiles every pattern now, on all cores (see [`super::warm_up`]).
pub(super) fn warm_up() {
    use rayon::prelude::*;
    let patterns: [&LazyLock<Regex>; 22] = [
        &MDY,
        &DMY,
        &ISO,
        &SLASH,
        &MD,
        &DM,
        &MONTH_YEAR,
        &MONTH_REL_YEAR,
        &BARE_MONTH,
        &MONTH_RANGE,
        &YEAR_PREP,
        &YEAR_RANGE,
        &YEAR_LIST,
        &YEAR_IN_LIST,
        &YEAR_POSS,
        &YEAR_ATTR,
        &WEEKDAY,
        &REL_DAY,
        &REL_UNIT,
        &AGO,
        &ANAPHORIC,
        &EVE,
    ];
    patterns.par_iter().for_each(|p| {
        LazyLock::force(p);
    });
    LazyLock::force(&MONTH_PREFIX);
    LazyLock::force(&TIME_WORD);
    LazyLock::force(&GATE);
    period::warm_up();
}
