//! Figures that are ages: `61 years old`, `a 41-year-old`, `aged 61`,
//! `Okafor, 41,`.

use crate::claims::{age, Counted, Doc};
use crate::quantity::QuantityExpr;
use crate::temporal::DateValue;
use std::sync::Arc;

/// Whether the quantity is an age (`Sixty-year-old`, `61 years old`).
pub(super) fn is_age(sentence: &str, end: usize) -> bool {
    let rest = sentence.as_bytes()[end..]
        .iter()
        .take(9)
        .map(u8::to_ascii_lowercase)
        .collect::<Vec<u8>>();
    rest.starts_with(b"-old") || rest.starts_with(b" old") || rest.starts_with(b"-year-old")
}

/// Whether a bare number is an age by the words around it: `aged 61`,
/// `girls age 6 and 8`, or in apposition after a name, `Okafor, 41,`
/// and `Jane Roe, 41, of Leeds`. `before` are the lower-case words before
/// the number, nearest first.
pub(super) fn is_bare_age<'a>(
    sentence: &str,
    start: usize,
    end: usize,
    mut before: impl Iterator<Item = &'a str>,
) -> bool {
    let age_word = |w: Option<&str>| matches!(w, Some("aged" | "age" | "ages"));
    let w1 = before.next();
    if age_word(w1) {
        return true;
    }
    if matches!(w1, Some("and" | "or")) {
        let b = sentence.as_bytes();
        let head = sentence[..start].trim_end();
        let head = head[..head.len().saturating_sub(w1.map_or(0, str::len))].trim_end();
        if head.as_bytes().last().is_some_and(u8::is_ascii_digit) {
            let _ = before.next();
            if age_word(before.next()) {
                return b[end..].first().is_none_or(|c| !c.is_ascii_digit());
            }
        }
        return false;
    }
    // Apposition: `Name, 41,` / `Name, 41.`
    let head = sentence[..start].trim_end_matches(' ');
    let Some(head) = head.strip_suffix(',') else {
        return false;
    };
    let name = head
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .next()
        .unwrap_or("");
    // A name word as names read them (`Okafor`, `McDonald`, `O'Neill`).
    let capital = crate::claims::names::name_word(name);
    let not_a_name = w1.is_some_and(|w| {
        crate::source::is_calendar_name(w)
            || matches!(
                w,
                "in" | "on"
                    | "at"
                    | "by"
                    | "said"
                    | "however"
                    | "meanwhile"
                    | "today"
                    | "yesterday"
            )
    });
    // `the driver, 41,`: one person named by a noun.
    let noun =
        !capital && crate::claims::age::single_person_noun(&name.to_ascii_lowercase()).is_some();
    let rest = &sentence[end..];
    let closed = rest.is_empty()
        || rest.starts_with(',')
        || rest.starts_with(". ")
        || rest == "."
        || rest.starts_with(')');
    (capital || noun) && !not_a_name && closed
}

/// The keys of an age: its holder's. The named person alone as its
/// participant, or the person noun as what it counts; an age of nobody
/// read is left without keys (never compared). An age is as of its
/// article's date.
pub(super) fn age_keys(
    doc: &Doc,
    i: usize,
    q: &QuantityExpr,
) -> (Option<Arc<Counted>>, Vec<String>, Option<DateValue>) {
    let sentence = doc.sentence_text(i);
    let view = &doc.sentences[i];
    let holder = age::age_holder(doc, i, (q.start, q.end));
    let participants = match &holder {
        Some(age::AgeHolder::Person(name)) => vec![name.clone()],
        _ => Vec::new(),
    };
    let thing = match holder {
        Some(age::AgeHolder::Noun(noun)) => Some(noun),
        _ => None,
    };
    let known = thing.is_some() || !participants.is_empty();
    // `assaulting the 11-year-old girl`: what was done to a holder named
    // by a noun tells which one it is; what was done to a named holder
    // (`61-year-old Jane Roe was detained`) lets a noun meet it.
    let span = (q.start, named_end(sentence, q.end, participants.first()));
    let predicate = known
        .then(|| crate::claims::counted::counted(sentence, view, span, None, true, None).predicate)
        .flatten()
        .filter(|p| p.starts_with("verb:"));
    let counted = known.then(|| {
        Arc::new(Counted {
            thing,
            predicate,
            ..Default::default()
        })
    });
    (counted, participants, doc.anchor.map(DateValue::Day))
}

/// Where the figure's phrase ends: after the name it holds when the name
/// follows (`61-year-old Jane Roe` ends at `Roe`), so that the verb after
/// the name is what was done to the holder; else at the figure.
fn named_end(sentence: &str, end: usize, name: Option<&String>) -> usize {
    let Some(last) = name.and_then(|n| n.rsplit(' ').next()) else {
        return end;
    };
    let window = sentence.get(end..).unwrap_or("");
    let window = &window[..crate::source::floor_char_boundary(window, 60.min(window.len()))];
    match window.find(last) {
        Some(at) => end + at + last.len(),
        None => end,
    }
}

#[cfg(test)]
mod tests {
    use super::is_bare_age;

    fn rev(s: &'static str) -> impl Iterator<Item = &'static str> {
        s.split(' ').rev()
    }

    #[test]
    fn ages_by_their_words() {
        let at = |s: &str, n: &str| {
            let k = s.find(n).unwrap();
            (k, k + n.len())
        };
        let s = "Police charged Okafor, 41, with theft.";
        let (a, e) = at(s, "41");
        assert!(is_bare_age(s, a, e, rev("Police charged okafor,")));
        let s = "They met Jane Roe, 41, of Leeds.";
        let (a, e) = at(s, "41");
        assert!(is_bare_age(s, a, e, rev("they met jane roe")));
        let s = "the woman, aged 61, was freed";
        let (a, e) = at(s, "61");
        assert!(is_bare_age(s, a, e, rev("the woman aged")));
        let s = "two girls age 6 and 8 saw it";
        let (a, e) = at(s, "8");
        assert!(is_bare_age(s, a, e, rev("two girls age 6 and")));
        // A surname with a capital inside is a name all the same.
        for (s, before) in [
            (
                "Police charged McAllister, 41, with theft.",
                "police charged mcallister,",
            ),
            (
                "Police charged O'Brady, 41, with theft.",
                "police charged o'brady,",
            ),
        ] {
            let (a, e) = at(s, "41");
            assert!(is_bare_age(s, a, e, rev(before)), "{s}");
        }
        let s = "Shares of NATO, 41, fell.";
        let (a, e) = at(s, "41");
        assert!(!is_bare_age(s, a, e, rev("shares of nato,")));
        let s = "In March, 41 were freed.";
        let (a, e) = at(s, "41");
        assert!(!is_bare_age(s, a, e, rev("in march")));
        let s = "the vote was 41, a record";
        let (a, e) = at(s, "41");
        assert!(!is_bare_age(s, a, e, rev("the vote was")));
    }
}
