//! How far a time of day as written reaches: its precision (`4:12` to
//! the minute, `4:15` to a quarter hour, `4 a.m.` to the hour) and the
//! words before it (`about 9:30`, `shortly after 9:15 p.m.`, `just
//! before noon`), read as a window of minutes around the time.

/// Words before a clock time and the window they open around it, in
/// minutes before and after the time. `None` stands for the rule's
/// `clock-slack` (an `about` reaches as far as the rule allows).
const CLOCK_HEDGES: &[(&str, Reach)] = &[
    ("shortly after", Reach::After(30)),
    ("soon after", Reach::After(30)),
    ("just after", Reach::After(30)),
    ("moments after", Reach::After(30)),
    ("minutes after", Reach::After(30)),
    ("a little after", Reach::After(30)),
    ("shortly before", Reach::Before(30)),
    ("just before", Reach::Before(30)),
    ("moments before", Reach::Before(30)),
    ("minutes before", Reach::Before(30)),
    ("a little before", Reach::Before(30)),
    ("nearly", Reach::Before(15)),
    ("almost", Reach::Before(15)),
    ("about", Reach::Around),
    ("around", Reach::Around),
    ("approximately", Reach::Around),
    ("roughly", Reach::Around),
    ("some", Reach::Around),
    ("circa", Reach::Around),
];

/// Which way a hedge reaches from the time it comes before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reach {
    /// `shortly after`: up to so many minutes later.
    After(i32),
    /// `just before`, `nearly`: up to so many minutes earlier.
    Before(i32),
    /// `about`: the rule's slack either way.
    Around,
}

/// The hedge phrase that `words` (the words before a clock time, nearest
/// first, lower case) end with, as the number of words it takes.
pub fn clock_hedge_words<'a>(mut words: impl Iterator<Item = &'a str>) -> Option<usize> {
    let last = words.next()?;
    let before = words.next();
    let third = words.next();
    CLOCK_HEDGES.iter().find_map(|(phrase, _)| {
        let parts: Vec<&str> = phrase.split(' ').collect();
        let fits = match parts.as_slice() {
            [w] => *w == last,
            [a, b] => *b == last && before == Some(*a),
            [a, b, c] => *c == last && before == Some(*b) && third == Some(*a),
            _ => false,
        };
        fits.then_some(parts.len())
    })
}

/// Minutes either side of a time written to the minute `minutes`
/// denotes: none for `4:12`, two for `4:10` (to five minutes), seven for
/// `4:15` or `4:30` (to a quarter hour), ten for `4 a.m.` (to the hour).
pub fn precision(minutes: u16) -> i32 {
    match minutes % 60 {
        0 => 10,
        m if m % 15 == 0 => 7,
        m if m % 5 == 0 => 2,
        _ => 0,
    }
}

/// The window of minutes after midnight that a time `minutes` written as
/// `written` (`about 4:10 a.m.`) covers: its precision either side,
/// widened by the hedge at the start of `written`, if any; `slack`
/// minutes either side for `about`.
pub fn clock_window(written: &str, minutes: i32, slack: i32) -> (i32, i32) {
    let own = precision(u16::try_from(minutes.rem_euclid(1440)).unwrap_or(0));
    let lower = written.to_lowercase();
    let reach = CLOCK_HEDGES
        .iter()
        .find(|(phrase, _)| {
            lower
                .strip_prefix(phrase)
                .is_some_and(|rest| rest.starts_with(' '))
        })
        .map(|&(_, r)| r);
    match reach {
        None => (minutes - own, minutes + own),
        Some(Reach::After(m)) => (minutes - own, minutes + own + m),
        Some(Reach::Before(m)) => (minutes - own - m, minutes + own),
        Some(Reach::Around) => (minutes - own - slack, minutes + own + slack),
    }
}

/// Minutes between two windows of a day (0 when they meet), around
/// midnight too.
pub fn windows_apart(a: (i32, i32), b: (i32, i32)) -> i32 {
    [-1440, 0, 1440]
        .iter()
        .map(|k| (b.0 + k - a.1).max(a.0 - (b.1 + k)).max(0))
        .min()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_reaches_as_far_as_it_is_precise() {
        assert_eq!(clock_window("4:12 a.m.", 252, 10), (252, 252));
        assert_eq!(clock_window("04:10", 250, 10), (248, 252));
        assert_eq!(clock_window("4:30 a.m.", 270, 10), (263, 277));
        assert_eq!(clock_window("5 a.m.", 300, 10), (290, 310));
    }

    #[test]
    fn hedges_widen_the_window_their_way() {
        assert_eq!(clock_window("about 4:12 a.m.", 252, 10), (242, 262));
        assert_eq!(
            clock_window("shortly after 9:12 p.m.", 1272, 10),
            (1272, 1302)
        );
        assert_eq!(
            clock_window("just before 9:12 p.m.", 1272, 10),
            (1242, 1272)
        );
        assert_eq!(clock_window("nearly 9:12 p.m.", 1272, 10), (1257, 1272));
        // A word that only begins like a hedge is none.
        assert_eq!(clock_window("somewhere 9:12", 552, 10), (552, 552));
    }

    #[test]
    fn windows_are_apart_by_the_minutes_between_them() {
        assert_eq!(windows_apart((252, 252), (261, 261)), 9);
        assert_eq!(windows_apart((242, 262), (261, 261)), 0);
        // 23:58 and 00:03 are five minutes apart, across midnight.
        assert_eq!(windows_apart((1438, 1438), (3, 3)), 5);
    }

    #[test]
    fn hedge_phrases_are_found_before_a_time() {
        assert_eq!(
            clock_hedge_words(["after", "shortly", "quake"].into_iter()),
            Some(2)
        );
        assert_eq!(clock_hedge_words(["about", "at"].into_iter()), Some(1));
        assert_eq!(
            clock_hedge_words(["after", "a", "little"].into_iter()),
            None
        );
        assert_eq!(
            clock_hedge_words(["after", "little", "a"].into_iter()),
            Some(3)
        );
        assert_eq!(clock_hedge_words(["after", "hours"].into_iter()), None);
    }
}
