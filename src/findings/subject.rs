//! What a finding is about, in words: the key its fingerprint is made
//! from, and the phrase its message shows (`the number of people killed`,
//! `the amount stolen`), which may read better than the key.

use crate::claims::{Claim, ClaimKind};
use crate::lexical::{Lexical, Pos};

/// The phrase a finding's message shows: for a count, what was counted and
/// what was done to it (`number of people injured (Athens)`); else `key`.
pub(super) fn subject_shown(claims: &[&Claim], key: &str) -> String {
    match count_phrase(claims[0]) {
        Some(phrase) => with_participants(phrase, &shared_participants(claims)),
        // `five years` against `seven years`: a length, not `the year`
        // (the key, and so the fingerprint, stays as earlier versions
        // wrote it).
        None => match key.strip_prefix(claims[0].subject.class.as_str()) {
            Some(rest)
                if claims
                    .iter()
                    .all(|c| crate::align::both_durations(claims[0], c)) =>
            {
                format!("duration{rest}")
            }
            _ => key.to_string(),
        },
    }
}

/// The participants every claim names.
fn shared_participants<'a>(claims: &[&'a Claim]) -> Vec<&'a String> {
    claims[0]
        .subject
        .participants
        .iter()
        .filter(|p| claims.iter().all(|c| c.subject.participants.contains(p)))
        .collect()
}

/// Currency codes a figure's unit may be (shown as `amount`).
fn is_money(unit: &str) -> bool {
    crate::claims::text::is_currency(unit)
}

/// `number of deaths`, `number of rifles (confiscated)`, `amount stolen`,
/// `revenue figure`, `magnitude (quake)`: a quantity's counted thing and
/// predicate in words; `None` for a claim of another kind, an age, a
/// measure without a predicate or an abbreviated unit (the key says those
/// as well). A participle stands in parentheses unless it is money's: a
/// count's verb may be done to the things (`killed`) or by them
/// (`marched`), and `the number of people marched` would misread.
fn count_phrase(c: &Claim) -> Option<String> {
    if c.kind != ClaimKind::Quantity || c.subject.class == crate::claims::age::AGE_CLASS {
        return None;
    }
    let lex = Lexical::embedded();
    let counted = c.subject.counted.as_deref()?;
    let class = c.subject.class.as_str();
    let predicate = counted.predicate_word();
    // A count the curated table names (`number of deaths`, `crowd size`)
    // by its predicate, or by an adjective counted as a thing (`6 dead`);
    // not by a noun (`people` is in the residents' group, but six people
    // are not six residents).
    let label = predicate
        .and_then(|(pos, w)| lex.curated_group_label(w, pos))
        .or_else(|| lex.curated_group_label(counted.thing.as_deref()?, Pos::Adj));
    let phrase = if is_money(class) {
        match predicate {
            Some((Pos::Verb, verb)) => format!("amount {}", lex.past_participle(verb)),
            Some((_, noun)) => match lex.first_lexname(noun) {
                Some(l)
                    if matches!(
                        l.name(),
                        "noun.attribute" | "noun.quantity" | "noun.possession"
                    ) =>
                {
                    noun.to_string()
                }
                _ => format!("amount for the {noun}"),
            },
            None => "amount".to_string(),
        }
    } else if let Some(label) = label {
        label.to_string()
    } else if let (Some(thing), "percent") = (counted.thing.as_deref(), class) {
        // A share keyed by its base (`80 percent of the haul`): `the
        // share of the haul recovered`, not `the number of percent`.
        match predicate {
            Some((Pos::Verb, verb)) => {
                format!("share of the {thing} {}", lex.past_participle(verb))
            }
            _ => format!("share of the {thing}"),
        }
    } else if counted.thing.is_some()
        // Not an abbreviated unit (`ghz`, `mb`, the `x` of `4x zoom`).
        && class.contains(['a', 'e', 'i', 'o', 'u', 'y'])
    {
        // `crew` → `crews`; a class already plural stays (`rbis`).
        let things = crate::claims::text::plural(class, 2.0);
        match predicate {
            Some((Pos::Verb, verb)) => {
                format!("number of {things} ({})", lex.past_participle(verb))
            }
            Some((_, word)) if word != class => format!("number of {things} ({word})"),
            _ => format!("number of {things}"),
        }
    } else {
        match predicate {
            // `the depth`, a measure of its own; `the magnitude of the
            // quake`; only for a class that is itself a measure (not a
            // user pattern's `killed`).
            Some((Pos::Noun, noun)) if noun != class && is_measure(lex, class) => {
                match lex.first_lexname(noun) {
                    Some(l) if matches!(l.name(), "noun.attribute" | "noun.quantity") => {
                        noun.to_string()
                    }
                    _ => format!("{class} of the {noun}"),
                }
            }
            _ => return None,
        }
    };
    Some(scoped(phrase, &counted.scope))
}

/// Whether a class is a noun of measure (`magnitude`, `distance`,
/// `weight`, `percent`), by its first sense's lexicographer file.
fn is_measure(lex: &Lexical, class: &str) -> bool {
    lex.first_lexname(class).is_some_and(|l| {
        matches!(
            l.name(),
            "noun.attribute" | "noun.quantity" | "noun.relation"
        )
    })
}

/// Scopes that read as words after the phrase: `of ammunition`, `per
/// year`, `for 15-inch`, `in athens`, `among crew`; the others (markers
/// such as `part`) are the key's business.
fn scoped(mut phrase: String, scope: &[String]) -> String {
    for s in scope {
        if ["of ", "per ", "for ", "in ", "among "]
            .iter()
            .any(|p| s.starts_with(p))
        {
            phrase.push(' ');
            phrase.push_str(s);
        }
    }
    phrase
}

/// A subject key in one spelling: lower case, single spaces.
pub(super) fn normalize_subject(s: &str) -> String {
    s.to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `summit (Iran, Russia, Turkey)`: the class with the participants all
/// claims share. The fingerprint is made from it, so it stays as earlier
/// versions wrote it.
pub(super) fn subject_key(claims: &[&Claim]) -> String {
    let first = claims[0];
    // `Harlow's home city`: by the shortest name of the holder
    // (`Harlow`, not `Harlow Appliances`).
    if crate::claims::home::is_home(first) {
        let named = |c: &&&Claim| {
            c.subject
                .participants
                .first()
                .map_or(usize::MAX, String::len)
        };
        let shortest = claims.iter().min_by_key(named).unwrap_or(&first);
        return shortest.subject.key.to_string();
    }
    if matches!(
        first.kind,
        ClaimKind::Quote | ClaimKind::Ordinal | ClaimKind::Role | ClaimKind::Result
    ) {
        return first.subject.key.to_string();
    }
    let shared = shared_participants(claims);
    // A frame read from the lexical tables (`verb:die`) is named by its
    // lemma: `event “die” (Felt)`.
    let class = match first.subject.class.split_once(':') {
        // `statement on “buy Acme”` (see `claims::date::report`).
        Some(("report", _)) => {
            let key = &first.subject.key;
            let what = key.split_once(": ").map_or(&**key, |(w, _)| w);
            let what = what.strip_prefix("statement on ").unwrap_or(what);
            format!("statement on “{what}”")
        }
        Some((_, lemma)) => format!("event “{lemma}”"),
        // `age (Mendes)`, `age of the boy`.
        None if first.subject.class == crate::claims::age::AGE_CLASS => {
            match first
                .subject
                .counted
                .as_deref()
                .and_then(|k| k.thing.as_deref())
            {
                Some(noun) if shared.is_empty() => format!("age of the {noun}"),
                _ => "age".to_string(),
            }
        }
        // `four years` and `four and a half months` of one term.
        None if claims.iter().any(|c| {
            c.subject.class != first.subject.class && crate::align::both_durations(first, c)
        }) =>
        {
            "duration".to_string()
        }
        None if first.subject.class == crate::align::FREQUENCY_CLASS => {
            "number of times".to_string()
        }
        None => first.subject.class.to_string(),
    };
    with_participants(class, &shared)
}

/// `class (A, B)`, or the class alone when no participant is shared.
fn with_participants(class: String, shared: &[&String]) -> String {
    if shared.is_empty() {
        class
    } else {
        format!(
            "{} ({})",
            class,
            shared
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::claims_of;

    /// The phrase for the first quantity read from `text`.
    fn phrase(text: &str) -> Option<String> {
        let claims = claims_of(text, Some("2024-03-05"));
        let c = claims
            .iter()
            .find(|c| c.kind == ClaimKind::Quantity)
            .unwrap_or_else(|| panic!("no quantity in {text:?}: {claims:#?}"));
        count_phrase(c)
    }

    #[test]
    fn curated_counts_are_named_by_their_group() {
        assert_eq!(
            phrase("The storm killed 14 people in the valley on Monday.").as_deref(),
            Some("number of deaths")
        );
        assert_eq!(
            phrase("Police said 31 protesters were detained after the rally.").as_deref(),
            Some("number of arrests")
        );
    }

    #[test]
    fn other_counts_name_their_thing_and_verb() {
        let p = phrase("Customs officers confiscated 42 rifles at the border post.").unwrap();
        assert_eq!(p, "number of rifles (confiscated)");
    }

    #[test]
    fn shares_name_their_base() {
        let p = phrase("Divers have recovered 80 percent of the cargo so far.").unwrap();
        assert_eq!(p, "share of the cargo recovered");
    }

    #[test]
    fn money_says_what_was_done_with_it() {
        let p = phrase("The gang stole $3 million from the depot on Friday.").unwrap();
        assert_eq!(p, "amount stolen");
    }

    #[test]
    fn measures_name_what_they_measure() {
        let lex = Lexical::embedded();
        for measure in ["magnitude", "distance", "weight", "depth", "percent"] {
            assert!(is_measure(lex, measure), "{measure}");
        }
        for other in ["killed", "mother", "rifle"] {
            assert!(!is_measure(lex, other), "{other}");
        }
    }

    #[test]
    fn claims_of_other_kinds_keep_their_key() {
        let claims = claims_of(
            "The mayor will open the bridge on Wednesday.",
            Some("2024-03-05"),
        );
        let date = claims.iter().find(|c| c.kind == ClaimKind::Date).unwrap();
        assert_eq!(count_phrase(date), None);
        let key = subject_key(&[date]);
        assert_eq!(subject_shown(&[date], &key), key);
    }
}
