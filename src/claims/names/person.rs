//! Full names of people (`Police Sergeant Ann Hale` → `Ann Hale`) and
//! the surnames a title gives alone (`President Obama`).

use rustc_hash::FxHashMap;
use std::ops::Range;

/// A person's name the article gives in full, found by [`person_names`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::claims) struct PersonName {
    /// The name's words (`Ann Hale` of `Police Sergeant Ann Hale`).
    pub name: Range<usize>,
    /// The first-name word.
    pub first: Range<usize>,
    /// The surname (its last word).
    pub last: Range<usize>,
}

/// Surnames a courtesy or office title gives alone (`President Obama`,
/// `Mr. Ferguson`, `Gov. Palin`): the capitalised word right after a
/// title, when no other capitalised word follows it.
pub(in crate::claims) fn titled_surnames(body: &str, capitals: &[usize]) -> Vec<Range<usize>> {
    let words = &crate::claims::people_words::PEOPLE_WORDS;
    let b = body.as_bytes();
    let mut out = Vec::new();
    for pair in capitals.windows(2) {
        let (t, s) = (pair[0], pair[1]);
        let title_end = word_end(b, t);
        // Only a space (after the title's own period) between the two.
        let Some(gap) = body.get(title_end..s) else {
            continue;
        };
        if !(gap == " " || gap == ". ")
            || !(words.is_title(&body[t..title_end]) || words.is_title(&body[t..s - 1]))
        {
            continue;
        }
        let e = word_end(b, s);
        let w = &body[s..e];
        if !name_word(w) || words.never_a_name(w) {
            continue;
        }
        // `President Barack Obama` is a full name, found elsewhere.
        let next_capital = capitals.binary_search(&(e + 1)).is_ok() && b.get(e) == Some(&b' ');
        if !next_capital {
            out.push(s..e);
        }
    }
    out
}

/// Whether a name word that is no title starts after the space at `at`
/// (`Smith` in `A.J. Smith`, not `Attorney` in `B.C. Attorney General`).
fn name_follows(body: &str, at: usize) -> bool {
    let b = body.as_bytes();
    if b.get(at) != Some(&b' ') {
        return false;
    }
    let w = &body[at + 1..word_end(b, at + 1)];
    name_word(w) && !crate::claims::people_words::PEOPLE_WORDS.never_a_name(w)
}

/// Whether `w` may be a word of a person's name: a capital then lower-case
/// letters, in any Latin or other script (`Hale`, `McDonald`,
/// `Smith-Jones`, `O'Neill`, `Muñoz`, `Łukasz`).
pub(in crate::claims) fn name_word(w: &str) -> bool {
    let mut cs = w.chars();
    let Some(first) = cs.next() else {
        return false;
    };
    let rest = cs.as_str();
    first.is_uppercase()
        && !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && rest.chars().any(char::is_lowercase)
        && !describes(rest)
}

/// Whether a word ends in a hyphen and a common lower-case word
/// (`Austin-based`, `Ohio-born`, `Kestrel-led`): it describes something
/// by a name; it is no name itself (`Smith-Jones` goes on with a capital).
fn describes(rest: &str) -> bool {
    let Some((_, tail)) = rest.rsplit_once('-') else {
        return false;
    };
    use crate::lexical::{Lexical, Pos};
    tail.len() > 1
        && tail.chars().all(|c| c.is_ascii_lowercase())
        && Pos::ALL
            .into_iter()
            .any(|p| Lexical::embedded().knows(tail, p))
}

/// The end of the word (run of non-space bytes) starting at `i`, without
/// trailing punctuation.
fn word_end(b: &[u8], i: usize) -> usize {
    let mut e = i;
    while e < b.len() && !b[e].is_ascii_whitespace() {
        e += 1;
    }
    loop {
        if e > i
            && matches!(
                b[e - 1],
                b',' | b'.' | b';' | b':' | b')' | b'"' | b'!' | b'?'
            )
        {
            e -= 1;
        } else if e >= i + 3 && CLOSERS.contains(&&b[e - 3..e]) {
            // A closing curly quote (`Roe.”`).
            e -= 3;
        } else {
            break;
        }
    }
    // `Hale's` and `Hale’s` are Hale.
    if e >= i + 2 && &b[e - 2..e] == b"'s" {
        e -= 2;
    } else if e >= i + 4 && &b[e - 4..e] == "’s".as_bytes() {
        e -= 4;
    }
    e
}

/// Where a name starts when a title follows words that are no title
/// themselves (`Chief Financial Officer Ana Ruiz`: `Financial` is no
/// title, `Officer` is): after the run's last word that is never a name,
/// when at least two words follow it; else at `first`.
fn after_inner_title(body: &str, run: &[Range<usize>], first: usize) -> usize {
    let words = &crate::claims::people_words::PEOPLE_WORDS;
    let last_title = run[first..].iter().rposition(|r| {
        let w = &body[r.clone()];
        !is_particle(w) && words.never_a_name(w)
    });
    match last_title {
        Some(k) if run.len() >= first + k + 3 => first + k + 1,
        _ => first,
    }
}

/// Where a name starts when a common noun for a person leads it
/// (`Deckhand Tom Brandt`, `Firefighter Ana Ruiz`: a job capitalised at
/// the start of a sentence or a line): after that word, when its
/// first WordNet sense is a person (`noun.person`) and two words of a
/// name follow it (not an initial or a particle). A lone name after it keeps the word (`Hunter Biden`:
/// a first name that is also a job).
fn after_person_noun<'a>(
    body: &'a str,
    run: &[Range<usize>],
    first: usize,
    inside: &mut InsideMemo<'a>,
) -> usize {
    let Some(w) = run.get(first).map(|r| &body[r.clone()]) else {
        return first;
    };
    let lex = crate::lexical::Lexical::embedded();
    // Two words of a name follow: not an initial (`Franklin D.
    // Roosevelt`) or a particle (`Tom de Wit`).
    let name_after = |k: usize| {
        run.get(k)
            .is_some_and(|r| name_word(&body[r.clone()]) && !is_particle(&body[r.clone()]))
    };
    let person_noun = opens_sentence(body, run[first].start)
        && name_after(first + 1)
        && name_after(first + 2)
        && !is_particle(w)
        && lex.first_lexname(w) == Some(crate::lexical::Lexname::NOUN_PERSON)
        && !inside.capitalised_inside_a_sentence(body, w);
    if person_noun {
        first + 1
    } else {
        first
    }
}

/// Where a name starts when a verb's `-ing` form opens the sentence or
/// the quote before it (`"Joining Acme lets us grow," Roe said`,
/// `Leaving Kestrel Park, the convoy…`): after that word, which is
/// capitalised for its place, not for a name; unless the article writes
/// it capitalised inside a sentence too (a name: `Sterling`).
fn after_opening_participle<'a>(
    body: &'a str,
    run: &[Range<usize>],
    first: usize,
    inside: &mut InsideMemo<'a>,
) -> usize {
    let Some(r) = run.get(first) else {
        return first;
    };
    let w = &body[r.clone()];
    let lower = w.to_lowercase();
    let participle = lower.len() > 5
        && lower.ends_with("ing")
        && opens_sentence(body, r.start)
        && crate::lexical::Lexical::embedded()
            .lemmas(&lower, crate::lexical::Pos::Verb)
            .as_slice()
            .iter()
            .any(|l| *l != lower)
        && !inside.capitalised_inside_a_sentence(body, w);
    if participle {
        first + 1
    } else {
        first
    }
}

/// Whether the word at `at` opens a sentence or a line, where a common
/// noun is capitalised (`Deckhand Tom Brandt said`), unlike a word
/// capitalised inside a sentence (`leader Warren Steed Jeffs`).
fn opens_sentence(body: &str, at: usize) -> bool {
    let lead = &body[..at];
    let trimmed = lead.trim_end_matches([' ', '\t']);
    if let Some(before_stop) = trimmed.strip_suffix('.') {
        // `Mr. Lee`, `J. Lee`: the full stop of a title or an initial.
        let word = before_stop
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let words = &crate::claims::people_words::PEOPLE_WORDS;
        return !(words.is_title(word)
            || (word.len() == 1 && word.chars().all(char::is_uppercase)));
    }
    trimmed.is_empty() || trimmed.ends_with(['\n', '!', '?', ':', '"', '“', '”', '—'])
}

/// Whether the article writes `w` capitalised as a word inside a
/// sentence somewhere: then it is a name (`Lee Hsien Loong … Mr Lee`),
/// not a job capitalised because it opens a sentence.
fn capitalised_inside_a_sentence(body: &str, w: &str) -> bool {
    let b = body.as_bytes();
    body.match_indices(w).any(|(at, _)| {
        let end = at + w.len();
        let starts_word = at == 0 || !b[at - 1].is_ascii_alphanumeric();
        let ends_word = b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric());
        starts_word && ends_word && !opens_sentence(body, at)
    })
}

/// [`capitalised_inside_a_sentence`] for one body, each word answered
/// once: the answer scans the whole body, and a long article opens many
/// sentences with the same words (quadratic without it).
#[derive(Default)]
struct InsideMemo<'a>(FxHashMap<&'a str, bool>);

impl<'a> InsideMemo<'a> {
    /// [`capitalised_inside_a_sentence`]`(body, w)`, remembered by `w`
    /// (the memo serves one `body`).
    fn capitalised_inside_a_sentence(&mut self, body: &str, w: &'a str) -> bool {
        *self
            .0
            .entry(w)
            .or_insert_with(|| capitalised_inside_a_sentence(body, w))
    }
}

/// Closing curly quotes, as UTF-8 bytes: `”`, `’`.
const CLOSERS: &[&[u8]] = &["”".as_bytes(), "’".as_bytes()];

/// Full names of people in `body` (`capitals` are its [`word_capitals`](super::word_capitals)):
/// runs of capitalised words, without the titles, demonyms and sentence
/// openers that lead them (`Former Chilean President Ana Ruiz` → `Ana
/// Ruiz`), of two to four words, that are not the name of an organisation
/// or a place (`the Coastal Fisheries Board`, `the Kota Baru district`).
pub(in crate::claims) fn person_names(body: &str, capitals: &[usize]) -> Vec<PersonName> {
    let words = &crate::claims::people_words::PEOPLE_WORDS;
    let b = body.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    let mut inside = InsideMemo::default();
    for &s in capitals {
        if s < pos {
            continue;
        }
        // The run of capitalised words from `s`, single-spaced, with name
        // particles (`al-`, `de`, `van`) inside it.
        let mut run: Vec<Range<usize>> = Vec::new();
        let mut i = s;
        loop {
            let e = word_end(b, i);
            let w = &body[i..e];
            let particle = is_particle(w);
            // `Patrick J. Buchanan`: a middle initial inside a name;
            // `A.J. Smith`: initials opening one.
            let initial = (!run.is_empty()
                && e == i + 1
                && b[i].is_ascii_uppercase()
                && (b.get(e) == Some(&b'.')
                    // `Robert J Pickell`: an initial written without its
                    // full stop, between two words of a name.
                    || (!matches!(b[i], b'A' | b'I') && name_follows(body, e))))
                || (run.is_empty()
                    && body.get(i..e + 1).is_some_and(crate::segment::is_initials)
                    && name_follows(body, e + 1))
                // `AJ Butler`: two capitals without periods.
                || (run.is_empty()
                    && e == i + 2
                    && b[i..e].iter().all(u8::is_ascii_uppercase)
                    && name_follows(body, e));
            if !(name_word(w) || words.is_title(w) || initial || (particle && !run.is_empty())) {
                break;
            }
            run.push(i..e);
            // Only a space continues the run (not `,` or `.`).
            let full_end = {
                let mut k = e;
                while k < b.len() && !b[k].is_ascii_whitespace() {
                    k += 1;
                }
                k
            };
            let clean = full_end == e
                || ((initial || words.is_title(&body[i..full_end])) && full_end == e + 1);
            if !clean || b.get(full_end) != Some(&b' ') || run.len() >= 8 {
                break;
            }
            let next = body.get(full_end + 1..).and_then(|r| r.chars().next());
            if !next.is_some_and(char::is_alphabetic) {
                break;
            }
            i = full_end + 1;
        }
        pos = run.last().map_or(s + 1, |r| r.end);
        // Drop leading titles, demonyms and openers.
        let mut first = 0;
        while first < run.len() && words.never_a_name(&body[run[first].clone()]) {
            first += 1;
        }
        first = after_inner_title(body, &run, first);
        first = after_person_noun(body, &run, first, &mut inside);
        first = after_opening_participle(body, &run, first, &mut inside);
        // `San Diego Chargers`: a place's name, not a person's (also after
        // a prefix in capitals, `SAN Diego`, that the run left out).
        if run[..first]
            .iter()
            .any(|r| words.is_place_prefix(&body[r.clone()]))
            || titled_place_prefix(word_before(body, s))
        {
            continue;
        }
        let mut name = &run[first..];
        // `said Jane Roe Monday`: a weekday after a name is no part of it,
        // nor is a particle that ends a run.
        while let Some((last, rest)) = name.split_last() {
            let w = &body[last.clone()];
            if !(crate::temporal::weekday_named(w).is_some() || is_particle(w)) || rest.is_empty() {
                break;
            }
            name = rest;
        }
        if name.len() < 2 || name.len() > 4 {
            continue;
        }
        // A particle inside a name (`Azm Al Homoud`) is no common word.
        let inner = |k: usize| k > 0 && k + 1 < name.len();
        // `Judge Harold King`: after a title and a first name, a title
        // word ends the name as a surname (titles lead names).
        let titled = first > 0 && {
            let before = &body[run[first - 1].clone()];
            words.is_title(before) && !words.is_opener(before)
        };
        let surname =
            |k: usize, w: &str| titled && k + 1 == name.len() && k > 0 && title_surname(w);
        if name.iter().enumerate().any(|(k, r)| {
            let w = &body[r.clone()];
            !(surname(k, w) || inner(k) && is_particle(w)) && words.never_a_name(w)
        }) {
            continue;
        }
        // `the Daily Ledger`: a run after `the` names a thing, unless a
        // title led it (`the Rev. Jane Doe`).
        let before = body[..s].trim_end();
        if first == 0
            && (before.ends_with(" the")
                || before.ends_with(" The")
                || before == "the"
                || before == "The")
        {
            continue;
        }
        // `the Museum of Fine Arts`, `the Department of Homeland
        // Security`: a run after an organisation's head and `of` ends the
        // organisation's name (not after an office: `Minister of Defence
        // Jane Roe` dropped its title word above).
        if first == 0 && ends_an_org_name(body, s) {
            continue;
        }
        // `the Kota Baru district`.
        let last = name[name.len() - 1].clone();
        let after = body[last.end..].strip_prefix(' ').unwrap_or("");
        let next = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if words.is_place_head(next) {
            continue;
        }
        out.push(PersonName {
            name: name[0].start..last.end,
            first: name[0].clone(),
            last,
        });
    }
    out
}

/// Whether a title word may be a surname (`King`, `Bishop`, `Judge`): a
/// title for a person (its first sense a person in the lexical tables),
/// no sentence opener, organisation head or demonym.
fn title_surname(w: &str) -> bool {
    let words = &crate::claims::people_words::PEOPLE_WORDS;
    let lex = crate::lexical::Lexical::embedded();
    words.is_title(w)
        && !words.is_opener(w)
        && !words.is_org_head(w)
        && !words.is_demonym(w)
        && lex.first_lexname(&w.to_lowercase()) == Some(crate::lexical::Lexname::NOUN_PERSON)
}

/// Whether the run at `s` follows `<Head> of`, the head an organisation's
/// or a place's (`Museum`, `Bank`, `University`) and no title, directly
/// or through other capitalised runs joined by `of` (`the Church of Mary
/// Vale of the Hills`).
fn ends_an_org_name(body: &str, s: usize) -> bool {
    let words = &crate::claims::people_words::PEOPLE_WORDS;
    let mut at = s;
    for _ in 0..3 {
        if word_before(body, at) != "of" {
            return false;
        }
        let mut start = body[..at].trim_end().len() - 2;
        let head = word_before(body, start);
        if words.is_org_head(head) && !words.is_title(head) {
            return true;
        }
        // Step back over the capitalised run before `of`.
        loop {
            let w = word_before(body, start);
            if !w.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
            start = body[..start].trim_end().len() - w.len();
        }
        if start + 3 >= at {
            return false;
        }
        at = start;
    }
    false
}

/// Particles inside a name (`bin`, `van der`, `Al`), in either case.
const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "del", "di", "du", "bin", "ibn", "abu", "al", "el",
];

/// Whether `w` is a name particle (`van`, `Al`).
fn is_particle(w: &str) -> bool {
    w.len() <= 3 && PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(w))
}

/// The word right before the single space before `s` (empty if none).
fn word_before(body: &str, s: usize) -> &str {
    let Some(lead) = body.get(..s).and_then(|t| t.strip_suffix(' ')) else {
        return "";
    };
    lead.rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
}

/// Whether a word, in title case (`SAN` → `San`), starts a place's name:
/// an ASCII word is cased on the stack (this runs at every run of
/// capitals).
fn titled_place_prefix(w: &str) -> bool {
    let words = &crate::claims::people_words::PEOPLE_WORDS;
    let mut buf = [0u8; 24];
    let Some(b) = buf.get_mut(..w.len()).filter(|_| w.is_ascii()) else {
        return words.is_place_prefix(&title_case(w));
    };
    b.copy_from_slice(w.as_bytes());
    b.make_ascii_lowercase();
    if let Some(f) = b.first_mut() {
        f.make_ascii_uppercase();
    }
    std::str::from_utf8(b).is_ok_and(|t| words.is_place_prefix(t))
}

/// `SAN` → `San`.
fn title_case(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| {
            f.to_uppercase()
                .chain(c.flat_map(char::to_lowercase))
                .collect()
        })
        .unwrap_or_default()
}
