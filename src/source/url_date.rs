//! Publication dates read from an article's URL: a date in its path
//! (`/2013/may/03/`, `/2011-01-05/`) or written as one token in the path or
//! query (`/article/20130308/`), and the month of a path that names no day.
//! The fallback when the article's head holds no date line
//! ([`super::header_date`]).

use super::header_date::{plausible, ymd};
use super::metadata::month_number;
use jiff::civil::Date;
use regex::Regex;
use std::sync::LazyLock;

static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)/((?:19|20)\d{2})(?:/(\d{1,2}|[a-z]{3,9})/|-(\d{2})-)(\d{1,2})(?:[/?#.]|$)")
        .unwrap()
});

/// A date written as one token inside a path segment, a slug or a query
/// value: `20130308` or `2013-03-08`, with a separator (or the end) on
/// each side, so an 8-digit article number is no date unless it is a
/// valid day, and a date glued to letters (`meet121808`, whose day and
/// month order is unknown) is not read.
static URL_TOKEN_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[/_.=&?-]((?:19|20)\d{2})(?:(\d{2})(\d{2})|-(\d{2})-(\d{2}))(?:[/_.?#&-]|$)")
        .unwrap()
});

/// A year and month path segment pair (`/2013/09/`, `/2013/sep/`,
/// `/2013-09/`): the month an article was published when its URL names no
/// day.
static URL_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)/((?:19|20)\d{2})(?:/(\d{1,2}|[a-z]{3,9})|-(\d{2}))/").unwrap()
});

/// The date in a URL's path (`/2013/may/03/`, `/2009/12/07/`,
/// `/2011-01-05/`), else a date written as one token in the path or query
/// (`/article/20130308/`, `story-2012-03-19-fire`, `?ymd=20081216`), with
/// the part it was read from; a year or a year and month alone is not a
/// date.
pub(super) fn url_date(url: &str) -> Option<(Date, String)> {
    let path = url_path(url)?;
    path_segments_date(path).or_else(|| token_date(path))
}

/// A URL's path and query: from the first `/` after the host.
fn url_path(url: &str) -> Option<&str> {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    Some(&url[after_scheme + url[after_scheme..].find('/')?..])
}

/// The month of a path pattern's match, written as a number (group 2 or
/// 3) or a name.
fn path_month(c: &regex::Captures<'_>) -> Option<i8> {
    let month = c.get(2).or(c.get(3))?.as_str();
    match month.parse::<i8>() {
        Ok(m) => Some(m),
        Err(_) => month_number(month),
    }
}

/// A date in a token of the path or query: the first one that is a valid
/// day.
fn token_date(path: &str) -> Option<(Date, String)> {
    URL_TOKEN_DATE.captures_iter(path).find_map(|c| {
        let (month, day) = match (c.get(2), c.get(4)) {
            (Some(m), _) => (m, c.get(3)?),
            (None, Some(m)) => (m, c.get(5)?),
            (None, None) => return None,
        };
        let d = ymd(&c[1], month.as_str().parse().ok()?, day.as_str())?;
        Some((d, path[c.get(1)?.start()..day.end()].to_string()))
    })
}

/// A date written as path segments (`/2013/may/03/`) or one segment
/// (`/2011-01-05/`).
fn path_segments_date(path: &str) -> Option<(Date, String)> {
    let c = URL_DATE.captures(path)?;
    let d = ymd(&c[1], path_month(&c)?, &c[4])?;
    let whole = c.get(0)?;
    Some((d, path[whole.start()..c.get(4)?.end()].to_string()))
}

/// The month in a URL's path that names no day (`/2013/09/story`,
/// `/2013/sep/story`), as its first day: too coarse to date the article,
/// enough to say when it was not published.
pub(super) fn url_month(url: &str) -> Option<Date> {
    if url_date(url).is_some() {
        return None;
    }
    let c = URL_MONTH.captures(url_path(url)?)?;
    plausible(Date::new(c[1].parse().ok()?, path_month(&c)?, 1).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i16, m: i8, d: i8) -> Option<Date> {
        Some(Date::constant(y, m, d))
    }

    #[test]
    fn url_path_dates() {
        let cases = [
            (
                "http://news.example.com/2014/jun/09/world/story",
                day(2014, 6, 9),
            ),
            (
                "https://www.example.org/2010/11/23/a-b-c.html",
                day(2010, 11, 23),
            ),
            ("http://example.com/news/2008/02/04", day(2008, 2, 4)),
            ("http://example.com/2008/02/04.html", day(2008, 2, 4)),
            (
                "http://example.com/story/2012-03-19/city/123",
                day(2012, 3, 19),
            ),
            (
                "http://example.com/story/2012-03-19-city-fire",
                day(2012, 3, 19),
            ),
            ("http://example.com/2012-03/story", None),
            ("http://example.com/2008/02/story-20080204", day(2008, 2, 4)),
            (
                "http://example.com/article/20130308/SPORTS/7",
                day(2013, 3, 8),
            ),
            (
                "http://example.com/a.jsp?ymd=20081216&id=3",
                day(2008, 12, 16),
            ),
            (
                "http://example.com/hunger-sequel-20120411",
                day(2012, 4, 11),
            ),
            (
                "http://example.com/x/guilty-12-2013-04-24-204500",
                day(2013, 4, 24),
            ),
            // Article numbers, a date glued to a word, a year range.
            ("http://example.com/id/20697025/story", None),
            ("http://example.com/a/2048912/fix.html", None),
            ("http://example.com/news?slug=team-meet121808", None),
            ("http://example.com/2012-2013-73/weather", None),
            ("http://example.com/item20130308x/", None),
            ("http://example.com/2008/story", None),
            ("http://example.com/2008/02/30/x", None),
            ("http://example.com/2008/02/12-ways-to-cook", None),
            ("http://example.com/2008/foo/04/x", None),
        ];
        for (url, want) in cases {
            assert_eq!(url_date(url).map(|x| x.0), want, "{url}");
        }
        assert_eq!(
            url_date("http://news.example.com/2014/jun/09/world/story").map(|x| x.1),
            Some("/2014/jun/09".to_string())
        );
    }

    #[test]
    fn url_path_months() {
        let cases = [
            (
                "http://blog.example.com/2013/09/a-crash.html",
                day(2013, 9, 1),
            ),
            ("http://example.com/news/2009/04/27-1", day(2009, 4, 1)),
            ("http://example.com/2012/feb/x", day(2012, 2, 1)),
            ("http://example.com/2012-03/story", day(2012, 3, 1)),
            // A day is a date, not a month; a year alone or a number that
            // is no month says nothing.
            ("http://example.com/2010/11/23/a.html", None),
            ("http://example.com/2008/story", None),
            ("http://example.com/2013/38/story", None),
            ("http://example.com/2012-2013-73/story", None),
            ("http://2013/09/", None),
        ];
        for (url, want) in cases {
            assert_eq!(url_month(url), want, "{url}");
        }
    }
}
