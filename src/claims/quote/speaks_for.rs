//! Who speaks when a quote names more than one person: a spokesperson or
//! a relative for someone (`Roe's spokesman`), joint speakers (`Hale and
//! Ortiz`).

use super::super::entities::{EntityKind, Mention};
use super::super::people_words::PEOPLE_WORDS;

/// The spokesperson word when mention `m` is someone's spokesperson's
/// principal: `Roe's spokesman`, `Roe's longtime lawyer`, `a spokeswoman
/// for Roe`, `a representative of Roe`.
pub(super) fn spokesperson_of(text: &str, m: &Mention) -> Option<String> {
    let words = &PEOPLE_WORDS;
    if let Some(rest) = text[m.end..]
        .strip_prefix("'s ")
        .or_else(|| text[m.end..].strip_prefix("’s "))
    {
        // Up to two words may come between (`Roe's longtime press secretary`).
        let ws: Vec<&str> = rest
            .split(' ')
            .take(4)
            .map(|w| w.trim_end_matches([',', '.', ';', ':']))
            .collect();
        for k in 0..ws.len().min(3) {
            let w = ws[k].to_lowercase();
            if words.is_spokesperson(&w) || words.is_relative(&w) {
                return Some(w);
            }
            if let Some(n) = ws.get(k + 1) {
                let two = format!("{w} {}", n.to_lowercase());
                if words.is_spokesperson(&two) {
                    return Some(two);
                }
            }
        }
        return None;
    }
    let before = text[..m.start].trim_end();
    let before = before.strip_suffix(" the").map_or(before, str::trim_end);
    let rest = before
        .strip_suffix(" for")
        .or_else(|| before.strip_suffix(" of"))
        .or_else(|| before.strip_suffix(" to"))?;
    let w = rest.rsplit(' ').next()?.to_lowercase();
    (words.is_spokesperson(&w) || words.is_relative(&w)).then_some(w)
}

/// The members of a joint speaker that mention `m` belongs to (`Hale and
/// Ortiz`, `Hale, Ortiz and Lee`), sorted; `None` when `m` stands alone.
pub(super) fn joint_members(text: &str, mentions: &[Mention], m: &Mention) -> Option<Vec<String>> {
    let people: Vec<&Mention> = mentions
        .iter()
        .filter(|x| x.kind == EntityKind::Person)
        .collect();
    let i = people.iter().position(|x| x.start == m.start)?;
    let gap = |a: &Mention, b: &Mention| text.get(a.end..b.start).unwrap_or("x");
    let joined = |a: &Mention, b: &Mention| matches!(gap(a, b), " and " | ", " | ", and " | " & ");
    let mut lo = i;
    while lo > 0 && joined(people[lo - 1], people[lo]) {
        lo -= 1;
    }
    let mut hi = i;
    while hi + 1 < people.len() && joined(people[hi], people[hi + 1]) {
        hi += 1;
    }
    if lo == hi {
        // A partner the article did not learn: `Zadan and Meron said`.
        let after = text[m.end..]
            .strip_prefix(" and ")
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
        let before = text[..m.start].strip_suffix(" and ").is_some_and(|r| {
            r.rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
        });
        if !(after || before) {
            return None;
        }
        let other = if after {
            text[m.end + 5..].split([' ', ',', '.']).next()
        } else {
            text[..m.start - 5].rsplit(' ').next()
        }
        .unwrap_or("");
        let mut v = vec![m.name.clone(), other.to_string()];
        v.sort();
        return Some(v);
    }
    // A list ends with `and`: `Roe, Hale's colleague` is no joint speaker.
    if !(lo..hi).any(|k| gap(people[k], people[k + 1]) != ", ") {
        return None;
    }
    let mut v: Vec<String> = people[lo..=hi].iter().map(|x| x.name.clone()).collect();
    v.sort();
    v.dedup();
    (v.len() > 1).then_some(v)
}
