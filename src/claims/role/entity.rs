//! Names of places and organisations as a source spells them, for rule
//! `name-spelling`: `Healdsburg` and `Healdsberg`, `the Marwick
//! Foundation` and `the Marwik Foundation`. A place's name is
//! one the gazetteer knows (class [`PLACE_NAME_CLASS`]), or a name as
//! written after `in`, `near` or `outside` that it does not know
//! ([`WRITTEN_PLACE_CLASS`]), or a street's; an organisation's is a run
//! of capitalised words ending in one of the `organisation-heads` of
//! `rules/people/roles.toml` ([`ORG_NAME_CLASS`]).

use super::compare::{close_spellings, fold};
use super::vocab::Spelling;
use crate::claims::{Claim, ClaimKind, Doc, Subject, Sym, Tense, Value};
use rustc_hash::FxHashSet;
use std::ops::Range;

/// The class of a place's name the gazetteer knows.
pub const PLACE_NAME_CLASS: &str = "name: place";
/// The class of a place's name as written, which the gazetteer does not
/// know (a misspelling, a street, a village).
pub const WRITTEN_PLACE_CLASS: &str = "name: place as written";
/// The class of an organisation's name.
pub const ORG_NAME_CLASS: &str = "name: organization";

/// The family an entity-name class compares within (`name: place` for
/// both place classes), or `None` for any other class.
pub fn family(class: &str) -> Option<&'static str> {
    match class {
        PLACE_NAME_CLASS | WRITTEN_PLACE_CLASS => Some(PLACE_NAME_CLASS),
        ORG_NAME_CLASS => Some(ORG_NAME_CLASS),
        _ => None,
    }
}

/// A name folded for comparison: each word folded (case, accents,
/// apostrophes, hyphens), joined without spaces.
pub fn folded(name: &str) -> String {
    name.split_whitespace().map(fold).collect()
}

/// The block two spellings of one entity's name meet in: its family and
/// the folded name's first letter (a misspelling keeps the first letter
/// far more often than not).
pub fn block_key(class: &str, name: &str) -> Option<String> {
    let first = folded(name).chars().next()?;
    Some(format!("{}: {first}", family(class)?))
}

/// Whether two names of places or organisations are one name spelled two
/// ways: folded, they differ, by a few letters (the `[spelling]`
/// threshold), neither is the other with more words (`High Street` /
/// `Kestrel High Street`), and the words they differ in are not, each
/// pair, two common English words (`Defense` / `Defence`, `Center` /
/// `Centre`, `Independent` / `Independence`: a house style or two words).
pub fn entity_misspelled(a: &str, b: &str, spelling: &Spelling) -> bool {
    entity_misspelled_folded(a, &folded(a), b, &folded(b), spelling)
}

/// [`entity_misspelled`], given each name [`folded`] (`x`, `y`).
fn entity_misspelled_folded(a: &str, x: &str, b: &str, y: &str, spelling: &Spelling) -> bool {
    if x == y || x.chars().count().min(y.chars().count()) < spelling.min_length {
        return false;
    }
    if x.starts_with(y) || y.starts_with(x) || x.ends_with(y) || y.ends_with(x) {
        return false;
    }
    !common_words_apart(a, b) && close_spellings(x, y, spelling)
}

/// Whether the words two names of as many words differ in are, each pair,
/// common English words (WordNet knows them in lower case: it knows no
/// proper names of places).
fn common_words_apart(a: &str, b: &str) -> bool {
    let words = |n: &str| n.split_whitespace().map(fold).collect::<Vec<_>>();
    let (wa, wb) = (words(a), words(b));
    if wa.len() != wb.len() {
        return false;
    }
    let lex = crate::lexical::Lexical::embedded();
    let common = |w: &str| {
        use crate::lexical::Pos;
        Pos::ALL.into_iter().any(|p| lex.knows(w, p))
    };
    let mut differing = wa.iter().zip(&wb).filter(|(x, y)| x != y).peekable();
    differing.peek().is_some() && differing.all(|(x, y)| common(x) && common(y))
}

/// A name found in an article: the sentence, the span (absolute), the name
/// as written (single-spaced) and its class.
#[derive(Debug, Clone)]
pub struct EntityName {
    /// Sentence index.
    pub sentence: usize,
    /// Byte span in the source text.
    pub span: Range<usize>,
    /// The name, single-spaced.
    pub name: String,
    /// [`PLACE_NAME_CLASS`], [`WRITTEN_PLACE_CLASS`] or [`ORG_NAME_CLASS`].
    pub class: &'static str,
}

/// The claims of an article's names of places or organisations: one per
/// name (folded), none for a name the article itself spells two ways (it
/// is no witness there).
pub fn entity_claims(doc: &Doc, names: Vec<EntityName>, spelling: &Spelling) -> Vec<Claim> {
    // Each kept name with its folded form, folded once.
    let mut seen: FxHashSet<String> = FxHashSet::default();
    let mut kept: Vec<(EntityName, String)> = Vec::new();
    for n in names {
        let key = folded(&n.name);
        if key.is_empty() || !seen.insert(key.clone()) {
            continue;
        }
        kept.push((n, key));
    }
    let two_ways = |(n, y): &(EntityName, String)| {
        kept.iter().any(|(k, x)| {
            family(k.class) == family(n.class)
                && entity_misspelled_folded(&k.name, x, &n.name, y, spelling)
        })
    };
    kept.iter()
        .filter(|n| !two_ways(n))
        .map(|(n, _)| n)
        .map(|n| Claim {
            source: doc.source.id,
            kind: ClaimKind::Role,
            subject: Subject {
                key: (&n.name).into(),
                class: n.class.into(),
                participants: Default::default(),
                tense: Tense::Unknown,
                event_date: None,
                context: Default::default(),
                counted: None,
            },
            value: Value::Role {
                person: n.name.clone(),
                role: None,
            },
            span: n.span.clone(),
            sentence: doc.seg.sentences[n.sentence].span.clone(),
            confidence: 0.8,
            evidence: Sym::from(match n.class {
                PLACE_NAME_CLASS => "a place's name the gazetteer knows",
                ORG_NAME_CLASS => "an organisation's name",
                _ => "a place's name as written",
            }),
        })
        .collect()
}

/// Whether a word is capitalised (an upper-case first letter followed by
/// a lower-case one: not `NATO`, not `I`).
fn capitalised(word: &str) -> bool {
    let mut cs = word.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_lowercase)
}

/// Small words inside an organisation's name (`Department of Health and
/// Human Services`, `Bureau for Refugees`).
const ORG_CONNECTORS: &[&str] = &["of", "for", "and", "de", "la", "del", "du"];

/// Small words inside a place's name (`Gulf of Kestrel`, `Rio de Oro`):
/// not `and`, which lists places.
const PLACE_CONNECTORS: &[&str] = &["of", "de", "la", "del", "du"];

/// Whether a word is a day or month name as written in a sentence
/// (`Tuesday`, `March`): such words end no name (`in Kestrelford Tuesday`).
fn calendar_word(w: &str) -> bool {
    let capitalised_month = |m: &&str| {
        let mut chars = m.chars();
        chars.next().is_some_and(|first| {
            w.len() == m.len()
                && w.starts_with(first.to_ascii_uppercase())
                && w[1..] == *chars.as_str()
        })
    };
    crate::temporal::weekday_named(w).is_some()
        || crate::source::MONTH_NAMES.iter().any(capitalised_month)
}

/// Runs of capitalised words in `text` (joined by `connectors`, which
/// never end a run; a day or a month ends it), as byte spans of `text`;
/// `words` are its words as [`crate::segment::word_spans`] splits it.
fn capital_runs(text: &str, words: &[(usize, usize)], connectors: &[&str]) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let (s, e) = words[k];
        if !capitalised(&text[s..e]) {
            k += 1;
            continue;
        }
        let mut last = k;
        let mut j = k + 1;
        while j < words.len() {
            let pe = words[j - 1].1;
            let (ws, we) = words[j];
            // Words of one name stand a single space apart (`Health
            // Clinic`, not `Clinic, Mobile`).
            if &text[pe..ws] != " " {
                break;
            }
            let w = &text[ws..we];
            if calendar_word(w) {
                break;
            }
            if capitalised(w) {
                last = j;
            } else if !connectors.contains(&w) {
                break;
            }
            j += 1;
        }
        runs.push(s..words[last].1);
        k = last + 1;
    }
    runs
}

/// Organisations' names in sentence `i` of `doc`: runs of two or more
/// capitalised words whose last word is an organisation head (`Bayou
/// Rural Health Clinic`, `Kestrel County Sheriff's Department`), without a
/// leading `The`, and not a person's name the lexicon knows.
pub fn organisations(doc: &Doc, i: usize, heads: &[String]) -> Vec<EntityName> {
    let text = doc.sentence_text(i);
    let base = doc.seg.sentences[i].span.start;
    let mut out = Vec::new();
    for run in capital_runs(text, &doc.sentences[i].words, ORG_CONNECTORS) {
        let mut start = run.start;
        let name = &text[run.clone()];
        if let Some(rest) = name.strip_prefix("The ") {
            start += name.len() - rest.len();
        }
        start = after_person(doc, i, start..run.end).unwrap_or(start);
        let name = &text[start..run.end];
        let Some(last) = name.split_whitespace().last() else {
            continue;
        };
        let head = heads.iter().any(|h| h.eq_ignore_ascii_case(last));
        if !head || name.split_whitespace().count() < 2 {
            continue;
        }
        out.push(EntityName {
            sentence: i,
            span: base + start..base + run.end,
            name: crate::gazetteer::single_spaced(name),
            class: ORG_NAME_CLASS,
        });
    }
    out
}

/// Where an organisation's name starts after a person's name that opens
/// its run (`Ana Ruiz of Kestrel General Hospital`, `Tom Brandt for the
/// Harbour Board`): after the person's name and its `of` or `for`.
/// `run` is relative to sentence `i`.
fn after_person(doc: &Doc, i: usize, run: Range<usize>) -> Option<usize> {
    let base = doc.seg.sentences[i].span.start;
    let text = doc.sentence_text(i);
    let person = doc.mentions.get(i)?.iter().find(|m| {
        m.kind == crate::claims::entities::EntityKind::Person
            && m.start == base + run.start
            && m.end < base + run.end
    })?;
    let rest = text.get(person.end - base..run.end)?;
    let name = rest
        .strip_prefix(" of ")
        .or_else(|| rest.strip_prefix(" for "))?;
    Some(run.end - name.len())
}

/// Words that introduce a place as written: a name after them that the
/// gazetteer does not know may be a place it lacks or a misspelled one.
const PLACE_WORDS: &[&str] = &["in", "near", "outside"];

/// Places' names as written in sentence `i`: a run of one to three
/// capitalised words right after `in`, `near` or `outside`, not
/// overlapping `taken` (absolute spans of places, people and
/// organisations already found), with a word WordNet does not know (a
/// proper name: not `in Congress`, not `in March`), not a possessive (`in
/// Roe's house`) and not followed by another capitalised word.
pub fn places_as_written(doc: &Doc, i: usize, taken: &[Range<usize>]) -> Vec<EntityName> {
    let text = doc.sentence_text(i);
    let base = doc.seg.sentences[i].span.start;
    let lex = crate::lexical::Lexical::embedded();
    let mut out = Vec::new();
    for mut run in capital_runs(text, &doc.sentences[i].words, PLACE_CONNECTORS) {
        // `In Kestrelford, …`: the sentence's first word opens the run.
        let first = text[run.clone()].split(' ').next().unwrap_or("");
        let opens = PLACE_WORDS.iter().any(|p| p.eq_ignore_ascii_case(first));
        if opens && run.start == 0 && first.len() < run.len() {
            run.start += first.len() + 1;
        }
        let before = text[..run.start].strip_suffix(' ').unwrap_or("");
        let intro = before
            .rsplit(' ')
            .next()
            .is_some_and(|w| PLACE_WORDS.iter().any(|p| p.eq_ignore_ascii_case(w)));
        if !intro {
            continue;
        }
        let name = &text[run.clone()];
        let words: Vec<&str> = name.split_whitespace().collect();
        let abs = base + run.start..base + run.end;
        let overlaps = taken.iter().any(|t| t.start < abs.end && abs.start < t.end);
        let after = &text[run.end..];
        let possessive = after.starts_with("'s")
            || after.starts_with("\u{2019}s")
            || name.ends_with("'s")
            || name.ends_with("\u{2019}s");
        let calendar = words.first().is_some_and(|w| calendar_word(w));
        let proper = words.iter().any(|w| {
            use crate::lexical::Pos;
            let lower = w.to_lowercase();
            !Pos::ALL.into_iter().any(|p| lex.knows(&lower, p))
        });
        if overlaps || possessive || calendar || !proper || words.len() > 3 {
            continue;
        }
        out.push(EntityName {
            sentence: i,
            span: abs,
            name: crate::gazetteer::single_spaced(name),
            class: WRITTEN_PLACE_CLASS,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::role::vocab::ROLE_WORDS;

    #[test]
    fn misspelled_places_and_organisations() {
        let s = &ROLE_WORDS.spelling;
        assert!(entity_misspelled("Geyserville", "Geyservile", s));
        assert!(entity_misspelled(
            "Marwick Foundation",
            "Marwik Foundation",
            s
        ));
        // `Heath` and `Health` are two words, as `Defense` and `Defence`.
        assert!(!entity_misspelled(
            "Kestrel Rural Health Clinic",
            "Kestrel Rural Heath Clinic",
            s
        ));
        // Case, accents, spacing, a longer name, house styles.
        assert!(!entity_misspelled("GEYSERVILLE", "Geyserville", s));
        assert!(!entity_misspelled("Montréal", "Montreal", s));
        assert!(!entity_misspelled("High Street", "Kestrel High Street", s));
        assert!(!entity_misspelled(
            "Defense Ministry",
            "Defence Ministry",
            s
        ));
        assert!(!entity_misspelled("Labor Party", "Labour Party", s));
        // Too short, too far apart.
        assert!(!entity_misspelled("Baku", "Bako", s));
        assert!(!entity_misspelled("Healdsburg", "Hillsboro", s));
    }

    #[test]
    fn runs_of_capitals() {
        let runs = |t: &'static str, c: &[&str]| -> Vec<&'static str> {
            let words = crate::segment::word_spans(t);
            capital_runs(t, &words, c)
                .into_iter()
                .map(|r| &t[r])
                .collect()
        };
        let t = "Officials at the Kestrel Rural Health Clinic and the Department of Health said.";
        assert_eq!(
            runs(t, ORG_CONNECTORS),
            [
                "Officials",
                "Kestrel Rural Health Clinic",
                "Department of Health"
            ]
        );
        let t = "A blaze in Kestrelford Tuesday and in Alder and Oakby on Friday.";
        assert_eq!(
            runs(t, PLACE_CONNECTORS),
            ["Kestrelford", "Tuesday", "Alder", "Oakby", "Friday"]
        );
    }
}
