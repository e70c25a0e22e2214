//! Figures that are no count, or no count of their own: parts (`two
//! more rifles`), offsets (`nine days earlier`), conversions, numbers
//! cut by tokenization, sums over parts, two-unit measures.

use crate::claims::SentenceView;
use crate::quantity::QuantityExpr;

/// Time units whose figure may be an offset (`nine days earlier`).
pub(super) const TIME_UNITS: &[&str] =
    &["second", "minute", "hour", "day", "week", "month", "year"];

/// Whether a unit measures (time, magnitude, or a unit that converts:
/// `mile`, `kg`) rather than names a counted thing (`people`, `ships`).
pub(super) fn is_measure_unit(u: &str) -> bool {
    TIME_UNITS.contains(&u)
        || matches!(u, "time" | "magnitude")
        || crate::quantity::Units::defaults().measure(u).is_some()
}

/// For each quantity, whether it is a part of a measure written in two
/// units (`4 minutes 48 seconds`, `5 feet 8 inches`, `1hr 4 mins`): the
/// next figure follows it with nothing between, in a smaller unit of its
/// kind. `a depth of 35 kilometres, about 40 km northwest` is two
/// measures: one unit written two ways.
pub(super) fn compound_measures(sentence: &str, found: &[QuantityExpr]) -> Vec<bool> {
    let units = crate::quantity::Units::defaults();
    let kind = |u: Option<&str>| -> Option<&'static str> {
        let u = u?;
        if TIME_UNITS.contains(&u) || matches!(u, "hr" | "min" | "sec") {
            return Some("time");
        }
        units.measure(u).map(|m| m.dimension)
    };
    // A measured unit's part is in a smaller unit; time units are told
    // apart by name.
    let smaller = |a: Option<&str>, b: Option<&str>| match (
        a.and_then(|u| units.measure(u)),
        b.and_then(|u| units.measure(u)),
    ) {
        (Some(ma), Some(mb)) => mb.size < ma.size,
        _ => a != b,
    };
    let mut marked = vec![false; found.len()];
    for k in 1..found.len() {
        let (a, b) = (&found[k - 1], &found[k]);
        let between = sentence.get(a.end..b.start).unwrap_or("x").trim();
        let joined = matches!(between, "" | "," | "and");
        let (ka, kb) = (kind(a.unit.as_deref()), kind(b.unit.as_deref()));
        let (ua, ub) = (a.unit.as_deref(), b.unit.as_deref());
        if joined && ka.is_some() && ka == kb && smaller(ua, ub) {
            marked[k - 1] = true;
            marked[k] = true;
        }
    }
    marked
}

/// Whether the number at `start..end` looks cut out of a larger one by
/// tokenized text: `3. 9 percent` (3.9), `$143 - billion` ($143 billion),
/// `170, 000 people` (170,000), `4 1 / 2 months` (4½). Such a number is
/// left out rather than misread.
pub(super) fn split_number(sentence: &str, start: usize, end: usize) -> bool {
    let before = &sentence.as_bytes()[..start];
    let after = sentence[end..].trim_start();
    let ends_with = |pat: &[u8]| {
        before.len() > pat.len()
            && before.ends_with(pat)
            && before[before.len() - pat.len() - 1].is_ascii_digit()
    };
    let spaced_magnitude = after.strip_prefix("- ").is_some_and(|rest| {
        let w = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        matches!(
            w.to_lowercase().as_str(),
            "million" | "billion" | "trillion" | "thousand" | "hundred"
        )
    });
    let spaced_thousands = after.strip_prefix(", ").is_some_and(|rest| {
        let b = rest.as_bytes();
        b.len() >= 3
            && b[..3].iter().all(u8::is_ascii_digit)
            && b.get(3).is_none_or(|c| !c.is_ascii_digit())
    });
    ends_with(b". ") || ends_with(b" / ") || ends_with(b"/") || spaced_magnitude || spaced_thousands
}

/// Whether a quantity counts only a part or is no count at all: `two
/// more rifles`, `three more`, `41 years later`, `($1.52 million)` after
/// another amount (a currency conversion). `hedge` is the hedge phrase
/// the span starts with (`more than` in it is no part). `read_after`:
/// the word after was read already (an offset or a duration), so it
/// drops nothing.
pub(super) fn not_a_count(
    sentence: &str,
    start: usize,
    end: usize,
    hedge: Option<&str>,
    read_after: bool,
) -> bool {
    // Only the few words around the number matter: look at a bounded window.
    let from = match hedge {
        Some(h)
            if sentence
                .get(start..start + h.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(h)) =>
        {
            (start + h.len()).min(end)
        }
        _ => start,
    };
    let span = sentence.get(from..end).unwrap_or("").to_lowercase();
    // `two other rifles` is read, apart from the rifles (see
    // `counts_others`).
    let partial = span
        .split_whitespace()
        .any(|w| matches!(w, "more" | "another"));
    let next = crate::segment::words(&sentence[end..])
        .next()
        .map(|(_, w)| w.to_lowercase());
    let offset = !read_after
        && next.as_deref().is_some_and(|w| {
            matches!(w, "later" | "ago" | "earlier" | "after" | "before" | "more")
        });
    let head = sentence[..start].trim_end();
    let conversion = head.strip_suffix('(').is_some_and(|h| {
        let h = h.trim_end().as_bytes();
        let tail = h[h.len().saturating_sub(8)..].to_ascii_lowercase();
        h.last().is_some_and(u8::is_ascii_digit)
            || [&b"million"[..], b"billion", b"trillion"]
                .iter()
                .any(|m| tail.ends_with(m))
    });
    partial || offset || conversion
}

/// Words in a figure's span that make it a count of others than those
/// its sentence or article names (`three other rifles`, `20 additional
/// payments`, `two extra boats`).
const OTHERS: &[&str] = &["other", "additional", "further", "extra"];

/// Whether a figure counts others than those named (its span, past its
/// hedge, holds one of [`OTHERS`]): it is a count of its own, compared
/// only with other such counts (`three other rifles` / `two other
/// rifles`), never with the plain count of its thing.
pub(super) fn counts_others(sentence: &str, q: &QuantityExpr) -> bool {
    if others_before(sentence, q.start) {
        return true;
    }
    let from = q.start + q.hedge.as_deref().map_or(0, str::len);
    sentence.get(from.min(q.end)..q.end).is_some_and(|span| {
        span.split_whitespace()
            .any(|w| OTHERS.iter().any(|o| w.eq_ignore_ascii_case(o)))
            // `$49 down and 20 additional monthly payments`: all the
            // plan's instalments.
            && !super::instalments::plan_after_first_payment(sentence, span)
    })
}

/// `called in an additional six engines`, `a further four crews`: one of
/// [`OTHERS`] right before the figure, after `a` or `an`, says the figure
/// counts others too (the article, which no plural takes, shows the word
/// belongs to the figure's noun phrase, not to a noun before it; `the
/// other 5 rifles` is a part, read elsewhere).
fn others_before(sentence: &str, start: usize) -> bool {
    let head = sentence.get(..start).unwrap_or("");
    let words: Vec<&str> = crate::segment::words(head).map(|(_, w)| w).collect();
    match words.as_slice() {
        [.., article, other] => {
            OTHERS.iter().any(|o| other.eq_ignore_ascii_case(o))
                && ["a", "an"].iter().any(|a| article.eq_ignore_ascii_case(a))
        }
        _ => false,
    }
}

/// Words that make a number a sum over parts: `a combined 157 games with
/// the Angels and Braves` is no count of the games with the Angels.
pub(super) const COMBINED: &[&str] = &["combined", "cumulative", "aggregate"];

/// Whether the quantity is a sum over parts: `a combined 157 games`, `a
/// cumulative 300 hours`, `157 games combined`. `before` are the lower-case words
/// before the number, nearest first; `after` the text after the quantity.
pub(super) fn is_combined<'a>(mut before: impl Iterator<Item = &'a str>, after: &str) -> bool {
    let marked_before = before.next().is_some_and(|w| COMBINED.contains(&w));
    let marked_after = crate::segment::words(after)
        .next()
        .is_some_and(|(_, w)| COMBINED.iter().any(|c| w.eq_ignore_ascii_case(c)));
    marked_before || marked_after
}

/// `a week ago`, `an hour later`: one unit written with an article is
/// said of any time near it (eight days ago is `a week ago`), so the
/// offset is read as a round figure, give or take the round reading's
/// largest share (`round.max-share` in rules/quantity/reading.toml).
/// `None` for an offset written otherwise (`one week ago`, `7 days ago`).
pub(super) fn one_unit_offset(sentence: &str, q: &QuantityExpr) -> Option<QuantityExpr> {
    let written = sentence.get(q.start..q.end)?;
    let article = written
        .split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"));
    if !article || q.hedge.is_some() || q.value != 1.0 {
        return None;
    }
    let share = crate::quantity::ReadingSettings::defaults().round.max_share;
    Some(QuantityExpr {
        lo: 1.0 - share,
        hi: 1.0 + share,
        reading: crate::quantity::Reading::Round,
        ..q.clone()
    })
}

/// How a figure of time relates to the event around it: `Some("before")`
/// for `nine days earlier`, `three weeks ago`, `two days before the
/// vote`; `Some("after")` for `41 years later`, `a week after the
/// attack`; `None` for a duration, also one followed by a clause
/// (`searched for nine hours before the operation was called off`).
/// `before` are the lower-case words before the number, nearest first.
pub(super) fn offset_of<'a>(
    next: Option<&str>,
    mut before: impl Iterator<Item = &'a str>,
) -> Option<&'static str> {
    let side = match next? {
        "ago" | "earlier" | "before" => "before",
        "later" | "after" => "after",
        _ => return None,
    };
    if matches!(next, Some("before" | "after")) {
        // A duration: `for nine hours before`, `lasted two hours before`.
        let durative = before.by_ref().take(4).any(|w| {
            matches!(
                w,
                "for" | "lasted" | "lasting" | "spent" | "took" | "waited" | "last" | "over"
            )
        });
        if durative {
            return None;
        }
    }
    Some(side)
}

/// The units of a sentence's figures that count only a part (`two other
/// rifles`, `three more boats`): the sentence's other figures of that
/// unit are parts too (`seven AK-47 rifles, two other rifles`).
pub(super) fn partial_units(sentence: &str, found: &[QuantityExpr]) -> Vec<String> {
    found
        .iter()
        .filter(|q| {
            // The hedge (`more than`) is no part.
            let from = q.start + q.hedge.as_deref().map_or(0, str::len);
            sentence.get(from.min(q.end)..q.end).is_some_and(|span| {
                span.split_whitespace().any(|w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "other" | "more" | "additional" | "further" | "another" | "remaining"
                    )
                })
            })
        })
        .filter_map(|q| q.unit.clone())
        .collect()
}

/// Whether a figure is a measure of one thing rather than a count of it:
/// `a 2.9 aftershock`, `a 5.6 quake` (a fraction after `a` and before one
/// thing); `fell 344.65 points` is a figure, and so is `a 5.40 point
/// gain`, where the unit modifies a noun after it (`next`).
pub(super) fn fractional_count(
    sentence: &str,
    view: &SentenceView,
    q: &QuantityExpr,
    next: Option<&str>,
) -> bool {
    let after_article = matches!(view.words_before(q.start).next(), Some("a" | "an"));
    let modifies_noun = next.is_some_and(|w| {
        !crate::claims::text::is_stopword(w)
            && crate::lexical::Lexical::embedded().knows(w, crate::lexical::Pos::Noun)
    });
    after_article
        && !modifies_noun
        && q.category == "quantity"
        && q.value.fract() != 0.0
        && q.value < 1000.0
        && !sentence[q.start..q.end].contains('-')
        && q.unit.as_deref().is_some_and(|u| !is_measure_unit(u))
}

#[cfg(test)]
mod tests {
    use super::{
        compound_measures, counts_others, is_combined, not_a_count, offset_of, split_number,
    };
    use crate::quantity::find_quantities;

    #[test]
    fn a_measure_in_two_units_is_told_from_two_measures() {
        let compound = |s: &str| compound_measures(s, &find_quantities(s, &[]));
        assert_eq!(compound("The run took 3 minutes 12 seconds."), [true, true]);
        // One unit written two ways, or a larger unit after: two measures.
        assert_eq!(
            compound("The blast was 12 kilometres deep, about 80 km south of the port."),
            [false, false]
        );
        assert_eq!(compound("It ran 300 metres, 2 km in all."), [false, false]);
    }

    #[test]
    fn counts_of_others_are_told() {
        let others = |s: &str| {
            let found = find_quantities(s, &[]);
            found.iter().any(|q| counts_others(s, q))
        };
        assert!(others("The crew found three other hunting rifles aboard."));
        assert!(others("They ordered 20 additional trucks."));
        assert!(others("Crews called in an additional six tankers."));
        assert!(others("The council hired a further four wardens."));
        // Not after an article: the word is another noun's.
        assert!(!others("It sent extra crews and 40 tankers."));
        assert!(!others("The crew found three hunting rifles aboard."));
        assert!(!others("Two ships and other boats sailed."));
    }

    fn rev(s: &'static str) -> impl Iterator<Item = &'static str> {
        s.split(' ').rev()
    }

    #[test]
    fn a_hedge_is_no_part() {
        let s = "Police freed more than 230 pupils.";
        let at = s.find("more").unwrap();
        let end = at + "more than 230 pupils".len();
        assert!(!not_a_count(s, at, end, Some("more than"), false));
        let s = "Police freed three more people.";
        let at = s.find("three").unwrap();
        assert!(not_a_count(
            s,
            at,
            at + "three more people".len(),
            None,
            false
        ));
    }

    #[test]
    fn offsets_are_told_from_durations() {
        assert_eq!(
            offset_of(Some("earlier"), rev("he fell ill")),
            Some("before")
        );
        assert_eq!(offset_of(Some("ago"), rev("she left")), Some("before"));
        assert_eq!(offset_of(Some("before"), rev("she voted")), Some("before"));
        assert_eq!(offset_of(Some("later"), rev("and")), Some("after"));
        assert_eq!(offset_of(Some("after"), rev("he died")), Some("after"));
        assert_eq!(offset_of(Some("before"), rev("they searched for")), None);
        assert_eq!(
            offset_of(Some("before"), rev("a standoff that lasted")),
            None
        );
        assert_eq!(offset_of(Some("in"), rev("he died")), None);
    }

    #[test]
    fn numbers_split_by_tokenization_are_recognized() {
        let s = "Greek stocks closed down 3. 9 percent.";
        let at = s.find("9 percent").unwrap();
        assert!(split_number(s, at, at + 1));
        let s = "a ($143 - billion) bailout";
        let at = s.find("$143").unwrap();
        assert!(split_number(s, at, at + 4));
        let s = "In 2005, 9 percent fell.";
        let at = s.find("9 percent").unwrap();
        assert!(!split_number(s, at, at + 1));
        let s = "a tsunami that killed 170, 000 people";
        let at = s.find("170").unwrap();
        assert!(split_number(s, at, at + 3));
    }

    #[test]
    fn sums_over_parts_are_marked() {
        let words = |s: &'static str| s.split(' ').rev();
        assert!(is_combined(
            words("Playing in a combined"),
            " with the Angels"
        ));
        assert!(is_combined(words("a cumulative"), "."));
        assert!(is_combined(words("in"), " combined, he hit"));
        assert!(!is_combined(words("in"), " with the Angels"));
        assert!(!is_combined(words("combined with"), " in 2008"));
    }

    #[test]
    fn parts_offsets_and_conversions_are_not_counts() {
        let s = "seized seven rifles, two more rifles and a launcher";
        let at = s.find("two more rifles").unwrap();
        assert!(not_a_count(
            s,
            at,
            at + "two more rifles".len(),
            None,
            false
        ));
        let s = "This morning, 41 years later, police arrested her.";
        let at = s.find("41 years").unwrap();
        assert!(not_a_count(s, at, at + "41 years".len(), None, false));
        let s = "Damage was estimated at $US1 million ($1.52 million).";
        let at = s.find("$1.52 million").unwrap();
        assert!(not_a_count(s, at, at + "$1.52 million".len(), None, false));
        let s = "It killed 230 people.";
        let at = s.find("230 people").unwrap();
        assert!(!not_a_count(s, at, at + "230 people".len(), None, false));
    }
}
