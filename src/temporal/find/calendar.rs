//! Calendar dates: full dates, month-days, months and years, weekdays.

use crate::pattern::Captures;
use jiff::civil::Date;

use super::*;

/// Full dates: `November 20, 2017`, `20 November 2017`, `2017-11-20`, `11/20/2017`.
pub(super) fn find_full_dates(text: &str, gate: &Gate<'_>, out: &mut Vec<Candidate>) {
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
pub(super) fn find_month_days(text: &str, gate: &Gate<'_>, out: &mut Vec<Candidate>) {
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

/// `October 2015`, `November last year`, `in March`, `between April and June`.
pub(super) fn find_months(text: &str, gate: &Gate<'_>, out: &mut Vec<Candidate>) {
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
pub(super) fn find_years(text: &str, gate: &Gate<'_>, out: &mut Vec<Candidate>) {
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

pub(super) fn find_weekdays(text: &str, gate: &Gate<'_>, out: &mut Vec<Candidate>) {
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
