//! Quantity claims: a number with what it counts (`some 400,000` killed,
//! `2.3 million people`, `four hours`), hedges kept as intervals.

use super::age::AGE_CLASS;
use super::text::tense_at;
use super::{Claim, ClaimKind, Context, Doc, Extractor, Subject, Value};
use crate::quantity::find_quantities;

/// Extracts [`ClaimKind::Quantity`] claims.
pub struct QuantityExtractor;

/// Verbs that say what a bare number counts (`has killed some 400,000`).
const COUNTING_VERBS: &[&str] = &[
    "killed",
    "injured",
    "wounded",
    "dead",
    "died",
    "displaced",
    "evacuated",
    "arrested",
    "missing",
    "affected",
    "employed",
    "sold",
    "lost",
    "raised",
    "won",
    "earned",
    "cost",
    "fired",
    "hired",
    "grossed",
    "convicted",
    "rescued",
];

/// The counting verb a word is a form of (`injuring` → `injured`, `dies`
/// → `died`), through the lexical tables' lemmas.
fn counting_verb(word: &str) -> Option<&'static str> {
    use crate::lexical::{Lexical, Pos};
    use std::sync::LazyLock;
    if let Some(&w) = COUNTING_VERBS.iter().find(|&&v| v == word) {
        return Some(w);
    }
    // Only another inflection of a listed verb can be one (`injuring`,
    // `dies`, `killing`): most words are not looked up.
    if !(word.ends_with("ing") || word.ends_with('s') || word.ends_with("ed")) {
        return None;
    }
    static BY_LEMMA: LazyLock<std::collections::HashMap<String, &'static str>> =
        LazyLock::new(|| {
            let lex = Lexical::embedded();
            COUNTING_VERBS
                .iter()
                .rev()
                .map(|&v| (lex.lemma(v, Pos::Verb).into_owned(), v))
                .collect()
        });
    let lex = Lexical::embedded();
    let lemmas = lex.lemmas(word, Pos::Verb);
    let lemma = *lemmas.as_slice().first()?;
    BY_LEMMA.get(lemma).copied()
}

/// Whether a unit measures (time, magnitude, or a unit that converts:
/// `mile`, `kg`) rather than names a counted thing (`people`, `ships`).
fn is_measure_unit(u: &str) -> bool {
    TIME_UNITS.contains(&u)
        || matches!(u, "time" | "magnitude")
        || crate::quantity::Units::defaults().measure(u).is_some()
}

/// For each quantity, whether it is a part of a measure written in two
/// units (`4 minutes 48 seconds`, `5 feet 8 inches`, `1hr 4 mins`): the
/// next figure follows it with nothing between, in a unit of its kind.
fn compound_measures(sentence: &str, found: &[crate::quantity::QuantityExpr]) -> Vec<bool> {
    let units = crate::quantity::Units::defaults();
    let kind = |u: Option<&str>| -> Option<&'static str> {
        let u = u?;
        if TIME_UNITS.contains(&u) || matches!(u, "hr" | "min" | "sec") {
            return Some("time");
        }
        units.measure(u).map(|m| m.dimension)
    };
    let mut marked = vec![false; found.len()];
    for k in 1..found.len() {
        let (a, b) = (&found[k - 1], &found[k]);
        let between = sentence.get(a.end..b.start).unwrap_or("x").trim();
        let joined = matches!(between, "" | "," | "and");
        let (ka, kb) = (kind(a.unit.as_deref()), kind(b.unit.as_deref()));
        if joined && ka.is_some() && ka == kb && a.unit != b.unit {
            marked[k - 1] = true;
            marked[k] = true;
        }
    }
    marked
}

/// Nouns before a bare number that say what it counts: `a population of
/// 2,500`, `a staff of more than 350`, `the death toll rose to 10`.
const COUNTED_BY: &[&str] = &[
    "population",
    "staff",
    "workforce",
    "crowd",
    "toll",
    "attendance",
    "enrollment",
    "enrolment",
    "membership",
    "headcount",
];

/// Time units whose figure may be an offset (`nine days earlier`).
const TIME_UNITS: &[&str] = &["second", "minute", "hour", "day", "week", "month", "year"];

/// Whether the number at `start..end` looks cut out of a larger one by
/// tokenized text: `3. 9 percent` (3.9), `$143 - billion` ($143 billion),
/// `170, 000 people` (170,000), `4 1 / 2 months` (4½). Such a number is
/// left out rather than misread.
fn split_number(sentence: &str, start: usize, end: usize) -> bool {
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
/// other rifles`, `three more`, `41 years later`, `($1.52 million)` after
/// another amount (a currency conversion). `hedge` is the hedge phrase
/// the span starts with (`more than` in it is no part). `read_after`:
/// the word after was read already (an offset or a duration), so it
/// drops nothing.
fn not_a_count(
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
    let partial = span.split_whitespace().any(|w| {
        matches!(
            w,
            "other" | "more" | "additional" | "further" | "extra" | "another"
        )
    });
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

/// Words that make a number a sum over parts: `a combined 157 games with
/// the Angels and Braves` is no count of the games with the Angels.
const COMBINED: &[&str] = &["combined", "cumulative", "aggregate"];

/// Whether the quantity is a sum over parts: `a combined 157 games`, `a
/// cumulative 300 hours`, `157 games combined`. `before` are the lower-case words
/// before the number, nearest first; `after` the text after the quantity.
fn is_combined<'a>(mut before: impl Iterator<Item = &'a str>, after: &str) -> bool {
    let marked_before = before.next().is_some_and(|w| COMBINED.contains(&w));
    let marked_after = crate::segment::words(after)
        .next()
        .is_some_and(|(_, w)| COMBINED.iter().any(|c| w.eq_ignore_ascii_case(c)));
    marked_before || marked_after
}

/// Whether the quantity is an age (`Sixty-year-old`, `61 years old`).
fn is_age(sentence: &str, end: usize) -> bool {
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
fn is_bare_age<'a>(
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
    let capital = name.chars().next().is_some_and(char::is_uppercase)
        && name
            .chars()
            .skip(1)
            .all(|c| c.is_lowercase() || c == '-' || c == '\'')
        && name.len() > 1;
    let not_a_name = matches!(
        w1,
        Some(
            "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "in"
                | "on"
                | "at"
                | "by"
                | "said"
                | "however"
                | "meanwhile"
                | "today"
                | "yesterday"
        )
    );
    let rest = &sentence[end..];
    let closed = rest.is_empty()
        || rest.starts_with(',')
        || rest.starts_with(". ")
        || rest == "."
        || rest.starts_with(')');
    capital && !not_a_name && closed
}

/// How a figure of time relates to the event around it: `Some("before")`
/// for `nine days earlier`, `three weeks ago`, `two days before the
/// vote`; `Some("after")` for `41 years later`, `a week after the
/// attack`; `None` for a duration, also one followed by a clause
/// (`searched for nine hours before the operation was called off`).
/// `before` are the lower-case words before the number, nearest first.
fn offset_of<'a>(
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
fn partial_units(sentence: &str, found: &[crate::quantity::QuantityExpr]) -> Vec<String> {
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

/// Scopes the quantity claims of sentence `i` (those from `first` on)
/// get from their sentence as a whole: a part when the sentence lists
/// other figures of their unit, and the period of the sentence before
/// when this one starts with a pronoun.
fn scope_sentence(doc: &Doc, i: usize, partial_units: &[String], claims: &mut [Claim]) {
    if claims.is_empty() {
        return;
    }
    let view = &doc.sentences[i];
    let inherited = super::counted::carried_periods(doc, i);
    let (sentence, offset) = (doc.sentence_text(i), doc.seg.sentences[i].span.start);
    let clauses = super::counted::SentenceClauses::new(sentence, view);
    for c in claims {
        let partial =
            matches!(&c.value, Value::Quantity { unit: Some(u), .. } if partial_units.contains(u));
        let Some(counted) = c.subject.counted.as_mut().map(std::sync::Arc::make_mut) else {
            continue;
        };
        if partial {
            super::counted::add_scopes(counted, &["part".to_string()]);
        }
        super::counted::add_scopes(counted, &inherited);
        // The sentence's frame: a running total, an incident's place, a part.
        let span = (
            c.span.start.saturating_sub(offset),
            c.span.end.saturating_sub(offset),
        );
        let framed = super::counted::frame_scopes(&clauses, span, counted, doc.anchor);
        super::counted::add_scopes(counted, &framed);
    }
}

impl Extractor for QuantityExtractor {
    fn kind(&self) -> ClaimKind {
        ClaimKind::Quantity
    }

    fn extract(&self, doc: &Doc, ctx: &Context, out: &mut Vec<Claim>) {
        for (i, s) in doc.seg.sentences.iter().enumerate() {
            let sentence = doc.sentence_text(i);
            let mut previous_end = None;
            let found = find_quantities(sentence, &ctx.lexicon.hedges);
            let compound = compound_measures(sentence, &found);
            let partial_units = partial_units(sentence, &found);
            // `the 4300 block of Elm Street`, `at 1220 Elm St.`: the number
            // is the place's (a location claim), no figure.
            let streets = if found.is_empty() {
                Vec::new()
            } else {
                crate::gazetteer::find_streets(sentence)
            };
            let first_claim = out.len();
            for (n, q) in found.into_iter().enumerate() {
                if streets.iter().any(|s| s.span.contains(&q.start)) {
                    previous_end = Some(q.end);
                    continue;
                }
                // `4 minutes 48 seconds`, `5 feet 8 inches`: one measure in
                // two figures; neither alone is the figure.
                if compound[n] {
                    previous_end = Some(q.end);
                    continue;
                }
                // `1,150 kilometers (700 miles)`: a conversion of the figure
                // before, no claim of its own.
                let conversion = previous_end
                    .and_then(|e| sentence.get(e..q.start))
                    .is_some_and(|between| between.trim() == "(");
                previous_end = Some(q.end);
                let view = &doc.sentences[i];
                let next = crate::segment::words(&sentence[q.end..])
                    .next()
                    .map(|(_, w)| w.to_ascii_lowercase());
                let offset = match q.unit.as_deref() {
                    Some(u) if TIME_UNITS.contains(&u) => {
                        offset_of(next.as_deref(), view.words_before(q.start))
                    }
                    _ => None,
                };
                // An offset, a duration followed by a clause (`for nine
                // hours before ...`), or a measure (`100 mph before ...`).
                let read_after = offset.is_some()
                    || (q.unit.is_some() && matches!(next.as_deref(), Some("before" | "after")));
                let dropped = not_a_count(sentence, q.start, q.end, q.hedge.as_deref(), read_after);
                if conversion || split_number(sentence, q.start, q.end) || dropped {
                    continue;
                }
                // Not across a conjunction: in `24 dead and over 200
                // injured` the 200 are not dead (the verb after says what);
                // nor across a relative pronoun: in `the women killed, who
                // were 61` the 61 is no count of the killed.
                let verb = view
                    .words_before(q.start)
                    .take(3)
                    .take_while(|w| {
                        !matches!(
                            *w,
                            "and" | "or" | "but" | "while" | "who" | "whom" | "whose" | "which"
                        )
                    })
                    .find_map(counting_verb)
                    .map(str::to_string);
                let verb = verb.or_else(|| {
                    // `50 were injured`, `Seven of the men have been convicted`.
                    let after = crate::segment::words(&sentence[q.end..]).take(4);
                    let mut aux = true;
                    after
                        .map(|(_, w)| w.to_ascii_lowercase())
                        .find(|w| {
                            let hit = aux && COUNTING_VERBS.contains(&w.as_str());
                            aux = aux
                                && matches!(
                                    w.as_str(),
                                    "were" | "was" | "are" | "have" | "has" | "had" | "been"
                                );
                            hit
                        })
                        .filter(|_| q.unit.is_none())
                });
                let counted_by = || {
                    view.words_before(q.start)
                        .take(4)
                        .find(|w| COUNTED_BY.contains(w))
                        .map(str::to_string)
                };
                let class = match (&q.unit, &verb) {
                    (Some(_), _) if is_age(sentence, q.end) => AGE_CLASS.to_string(),
                    (Some(u), _) => match offset {
                        Some(side) => format!("{u} {side}"),
                        None => u.clone(),
                    },
                    (None, _)
                        if is_bare_age(sentence, q.start, q.end, view.words_before(q.start))
                            || super::age::heads_an_age_set(sentence, q.end) =>
                    {
                        AGE_CLASS.to_string()
                    }
                    (None, Some(v)) => v.clone(),
                    (None, None) => match counted_by() {
                        Some(c) => c,
                        None => continue,
                    },
                };
                // A sum over parts counts another thing than any one part:
                // it is compared with other sums only.
                let class = if is_combined(view.words_before(q.start), &sentence[q.end..]) {
                    format!("combined {class}")
                } else {
                    class
                };
                // `a 2.9 aftershock`, `a 5.6 quake`: a fraction after `a`
                // and before one thing is its measure, not a count of it
                // (`fell 344.65 points` is a figure).
                let after_article = matches!(view.words_before(q.start).next(), Some("a" | "an"));
                // `a 5.40 point gain`: the unit modifies a noun after it.
                let modifies_noun = next.as_deref().is_some_and(|w| {
                    !super::text::is_stopword(w)
                        && crate::lexical::Lexical::embedded().knows(w, crate::lexical::Pos::Noun)
                });
                let fractional_count = after_article
                    && !modifies_noun
                    && q.category == "quantity"
                    && q.value.fract() != 0.0
                    && q.value < 1000.0
                    && !sentence[q.start..q.end].contains('-')
                    && q.unit.as_deref().is_some_and(|u| !is_measure_unit(u));
                if fractional_count {
                    continue;
                }
                // Ages and offsets keep their class as their key: what they
                // date or age is not a counted thing.
                let age = class == AGE_CLASS;
                let keyed = !age && offset.is_none();
                let counted = keyed.then(|| {
                    let unit = q.unit.as_deref();
                    let measure = q.category != "quantity" || unit.is_some_and(is_measure_unit);
                    std::sync::Arc::new(super::counted::counted(
                        sentence,
                        view,
                        (q.start, q.end),
                        unit,
                        measure,
                        doc.anchor,
                    ))
                });
                let mut participants = doc.participants(i, s.span.clone());
                // An age is its holder's: the named person alone, or the
                // person noun as what it counts; an age of nobody read is
                // left without keys (never compared).
                let (counted, event_date) = if age {
                    let holder = super::age::age_holder(doc, i, (q.start, q.end));
                    participants = match &holder {
                        Some(super::age::AgeHolder::Person(name)) => vec![name.clone()],
                        _ => Vec::new(),
                    };
                    let thing = match holder {
                        Some(super::age::AgeHolder::Noun(noun)) => Some(noun),
                        _ => None,
                    };
                    let known = thing.is_some() || !participants.is_empty();
                    // `assaulting the 11-year-old girl`: what was done to a
                    // holder named by a noun tells which one it is.
                    let predicate = thing
                        .as_ref()
                        .and_then(|_| {
                            super::counted::counted(
                                sentence,
                                view,
                                (q.start, q.end),
                                None,
                                true,
                                None,
                            )
                            .predicate
                        })
                        .filter(|p| p.starts_with("verb:"));
                    let counted = known.then(|| {
                        std::sync::Arc::new(super::Counted {
                            thing,
                            predicate,
                            ..Default::default()
                        })
                    });
                    // An age is as of its article's date.
                    (counted, doc.anchor.map(crate::temporal::DateValue::Day))
                } else {
                    (counted, None)
                };
                // The unit word is left out of the similarity when two
                // quantities are compared (see `align`), so the sentence's
                // stems can be shared as they are.
                let context = view.stems();
                out.push(Claim {
                    source: doc.source.id,
                    kind: ClaimKind::Quantity,
                    subject: Subject {
                        key: match &verb {
                            Some(v) if q.unit.is_some() => format!("{class} {v}").into(),
                            _ => class.as_str().into(),
                        },
                        class: class.into(),
                        participants,
                        tense: tense_at(sentence, q.start),
                        event_date,
                        context,
                        counted,
                    },
                    value: Value::Quantity {
                        value: q.value,
                        lo: q.lo,
                        hi: q.hi,
                        // `Roe, 41,` and `41-year-old Roe` are both years.
                        unit: if age {
                            Some("year".into())
                        } else {
                            q.unit.clone()
                        },
                        reading: q.reading,
                        revised: crate::quantity::Revision::None,
                    },
                    span: s.span.start + q.start..s.span.start + q.end,
                    sentence: s.span.clone(),
                    confidence: if q.hedge.is_some() { 0.7 } else { 0.8 },
                    evidence: match &q.hedge {
                        Some(h) => format!("hedged by \"{h}\"").into(),
                        None => "exact number".into(),
                    },
                });
            }
            scope_sentence(doc, i, &partial_units, &mut out[first_claim..]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{is_bare_age, is_combined, not_a_count, offset_of, split_number};

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
        let s = "In March, 41 were freed.";
        let (a, e) = at(s, "41");
        assert!(!is_bare_age(s, a, e, rev("in march")));
        let s = "the vote was 41, a record";
        let (a, e) = at(s, "41");
        assert!(!is_bare_age(s, a, e, rev("the vote was")));
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
    fn the_verb_before_a_figure_stops_at_a_conjunction() {
        let class = |text: &str, figure: &str| {
            crate::claims::claims_of(text, Some("2024-05-02"))
                .into_iter()
                .find(|c| {
                    c.kind == crate::claims::ClaimKind::Quantity
                        && text[c.span.clone()].contains(figure)
                })
                .map(|c| c.subject.class)
                .unwrap_or_else(|| panic!("no figure {figure:?} in {text:?}"))
        };
        let s = "The quake left 24 dead and over 200 injured.";
        assert_eq!(class(s, "200"), "injured");
        assert_eq!(class(s, "24"), "dead");
        assert_eq!(
            class("The blast killed 12 and injured 40.", "40"),
            "injured"
        );
        assert_eq!(class("The blast killed 12, police said.", "12"), "killed");
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
        let s = "seized seven rifles, two other rifles and a launcher";
        let at = s.find("two other rifles").unwrap();
        assert!(not_a_count(
            s,
            at,
            at + "two other rifles".len(),
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
