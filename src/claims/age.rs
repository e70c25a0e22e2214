//! Whose age a figure is: `Carl Mendes, 38,`, `61-year-old Jane Roe`, `a
//! 9-year-old boy`, `a man aged 45`. An age is compared across sources
//! only as the age of one holder: the same named person, or the same
//! person noun (`boy`, `victim`) in similar sentences. An age whose holder
//! is not read (`he was 38 years old`, `the two, 61 and 48`) is never
//! compared: which person it belongs to would be a guess.

use super::doc::FullNames;
use super::entities::EntityKind;
use super::{Doc, SentenceView};
use crate::lexical::{Lexical, Lexname, Pos};

/// The class of every age claim.
pub const AGE_CLASS: &str = "years old";

/// Who an age belongs to, as read next to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum AgeHolder {
    /// A named person, by full name (`Jane Roe`).
    Person(String),
    /// A person noun's lemma (`boy`, `woman`, `victim`).
    Noun(String),
}

/// The holder of the age at `span` (byte offsets into sentence `i`),
/// or `None` when the words around it do not say whose age it is.
pub(super) fn age_holder(doc: &Doc, i: usize, span: (usize, usize)) -> Option<AgeHolder> {
    let view = &doc.sentences[i];
    let sentence = doc.sentence_text(i);
    let base = doc.seg.sentences[i].span.start;
    let (start, end) = span;
    let first_after = view.words.partition_point(|&(s, _)| s < end);
    let first_before = view.words.partition_point(|&(_, e)| e <= start);
    // `61-year-old Jane Roe`, `a 9-year-old boy`: the holder follows.
    let mut k = first_after;
    let mut old = false;
    while k < view.words.len() && matches!(view.word(k), "year" | "years" | "old") {
        old |= view.word(k) == "old";
        k += 1;
    }
    if old {
        // `he was 38 years old`: the holder is the clause's subject.
        if before_is_verb(view, first_before) {
            return None;
        }
        let gap_end = view.words.get(k).map_or(sentence.len(), |w| w.0);
        let gap = sentence.get(view.words[k - 1].1..gap_end).unwrap_or("");
        if gap.trim().is_empty() {
            if let Some(name) = person_at(doc, i, base + gap_end, true) {
                return Some(AgeHolder::Person(name));
            }
        }
        // `Jane Roe, a 47-year-old council member,` and `the driver, a
        // 38-year-old man,`: the apposition says how old the one it
        // follows is.
        if let Some(holder) = apposed_holder(doc, i, first_before, k) {
            return Some(holder);
        }
        if let Some(name) = described_person(doc, i, first_before, k) {
            return Some(AgeHolder::Person(name));
        }
        return person_noun_after(sentence, view, k).map(AgeHolder::Noun);
    }
    // `Jane Roe, 41,` and `the victim, 41,`; `Roe, aged 41`, `a man aged 41`.
    let mut head = sentence[..start].trim_end();
    let aged = first_before
        .checked_sub(1)
        .is_some_and(|b| matches!(view.word(b), "aged" | "age"));
    if aged {
        head = head[..view.words[first_before - 1].0].trim_end();
        head = head.strip_suffix(',').unwrap_or(head).trim_end();
    } else {
        head = head.strip_suffix(',')?.trim_end();
        // The apposition closes: `Roe, 41, said` or `Roe, 41.`
        let rest = sentence[end..].trim_start();
        if !(rest.is_empty() || rest.starts_with([',', '.', ')', ';'])) {
            return None;
        }
    }
    if let Some(name) = person_at(doc, i, base + head.len(), false) {
        return Some(AgeHolder::Person(name));
    }
    let last = view.words.partition_point(|&(_, e)| e <= head.len());
    let w = last.checked_sub(1).map(|k| view.word(k))?;
    person_noun(w)
}

/// The holder an apposition `, a 47-year-old …` describes: the name or
/// person noun right before its comma, when the figure's article
/// (`a`/`an`) is word `first_before - 1` of sentence `i`. With `the`
/// (`Jane Roe, the 26-year-old guard who …`) the description from word
/// `k` on must name a person: `the 26-year-old's mother` is someone else.
fn apposed_holder(doc: &Doc, i: usize, first_before: usize, k: usize) -> Option<AgeHolder> {
    let view = &doc.sentences[i];
    let sentence = doc.sentence_text(i);
    let article = first_before.checked_sub(1)?;
    let definite = view.word(article) == "the";
    if !(matches!(view.word(article), "a" | "an") || definite) {
        return None;
    }
    if definite && person_head_after(sentence, view, k).is_none() {
        return None;
    }
    let head = sentence[..view.words[article].0].trim_end();
    let head = head.strip_suffix(',')?.trim_end();
    let base = doc.seg.sentences[i].span.start;
    if let Some(name) = person_at(doc, i, base + head.len(), false) {
        return Some(AgeHolder::Person(name));
    }
    let last = view.words.partition_point(|&(_, e)| e <= head.len());
    let word = view.word(last.checked_sub(1)?);
    single_person_noun(word)
}

/// `The 25-year-old Portugal international has agreed …` right after a
/// sentence naming one person: a definite description of a person
/// opening a sentence takes that person up (the news habit of naming
/// someone, then describing them). `first_before` is the figure's first
/// word, `k` the word after `old`. With no person, or several, named the
/// sentence before, whose age it is stays a guess.
fn described_person(doc: &Doc, i: usize, first_before: usize, k: usize) -> Option<String> {
    let view = &doc.sentences[i];
    if i == 0 || first_before != 1 || view.word(0) != "the" {
        return None;
    }
    person_head_after(doc.sentence_text(i), view, k)?;
    the_one_person(doc, i - 1)
}

/// The head of the description from word `k` on (its last word before a
/// stopword or a break) when it can name a person: some word of it has a
/// person sense (`winger`, `volunteer firefighter`), or a proper name
/// leads a head that is no made or natural thing (`Portugal
/// international`; not `Lisbon bridge`).
fn person_head_after(sentence: &str, view: &SentenceView, k: usize) -> Option<usize> {
    let lex = Lexical::embedded();
    let mut prev_end = view.words.get(k)?.0;
    let (mut head, mut person, mut proper, mut capital) = (None, false, false, false);
    for j in k..(k + 4).min(view.words.len()) {
        let (s, e) = view.words[j];
        let w = view.word(j);
        let upper = sentence[s..].starts_with(char::is_uppercase);
        // The description ends at its verb (`joined`, `has`).
        let noun = upper || lex.knows(w, Pos::Noun);
        if super::counted::broken(sentence, prev_end, s) || super::text::is_stopword(w) || !noun {
            break;
        }
        prev_end = e;
        person |= lex
            .lexnames(w, Pos::Noun)
            .any(|n| n == Lexname::NOUN_PERSON);
        // A capital before the head: a proper name leads it.
        proper |= capital;
        capital = upper;
        head = Some(j);
    }
    let head = head?;
    let thing = lex.lexnames(view.word(head), Pos::Noun).any(|n| {
        matches!(
            n,
            Lexname::NOUN_ARTIFACT | Lexname::NOUN_OBJECT | Lexname::NOUN_LOCATION
        )
    });
    (person || (proper && !thing)).then_some(head)
}

/// The one person sentence `p` names, by full name: none when it names
/// nobody or more than one.
fn the_one_person(doc: &Doc, p: usize) -> Option<String> {
    let text = doc.sentence_text(p);
    let base = doc.seg.sentences[p].span.start;
    let capitals = super::names::word_capitals(text);
    let mut found: Vec<String> = Vec::new();
    let mut add = |name: String| {
        if !found
            .iter()
            .any(|f| crate::claims::role::compare::same_name(f, &name))
        {
            found.push(name);
        }
    };
    for n in super::names::person_names(text, &capitals) {
        let (a, b) = (base + n.name.start, base + n.name.end);
        let other = doc.mentions[p].iter().any(|m| {
            matches!(m.kind, EntityKind::Organization | EntityKind::Place)
                && m.start < b
                && m.end > a
        });
        if !other {
            add(without_person_nouns(&text[n.name]));
        }
    }
    for m in doc.mentions[p]
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
    {
        let Some(name) = doc.source.text.get(m.start..m.end) else {
            continue;
        };
        if name.contains(' ') {
            add(without_person_nouns(name));
        } else if let Some(full) = the_full_name(doc, name) {
            add(full);
        }
    }
    (found.len() == 1).then(|| found.remove(0))
}

/// A person noun in the singular (`driver`, not `drivers`): one holder.
pub(super) fn single_person_noun(word: &str) -> Option<AgeHolder> {
    person_noun(word).filter(|h| matches!(h, AgeHolder::Noun(lemma) if lemma == word))
}

/// Whether the word before the figure is a verb form that makes `N years
/// old` predicative (`he was 38 years old`): the holder is the subject.
fn before_is_verb(view: &SentenceView, first_before: usize) -> bool {
    first_before.checked_sub(1).is_some_and(|b| {
        matches!(
            view.word(b),
            "is" | "was" | "are" | "were" | "be" | "been" | "turned" | "turns" | "turn"
        )
    })
}

/// The full name (`Jane Roe`) of the person named in sentence `i` from
/// byte `at` of the document (`starts`) or up to it (not `starts`).
/// A surname alone (`Roe, 41,`) stands for the one full name with that
/// surname the article gives; with none or several it is nobody known.
pub(super) fn person_at(doc: &Doc, i: usize, at: usize, starts: bool) -> Option<String> {
    let base = doc.seg.sentences[i].span.start;
    let text = doc.sentence_text(i);
    // Read from `at` on, a name right after the age is not taken into a
    // run of capitals with it (`Sixty-year-old Ann Hale` opening a
    // sentence).
    let rel = at - base;
    let from = if starts { rel } else { 0 };
    let tail = &text[from..];
    let full = super::names::person_names(tail, &super::names::word_capitals(tail))
        .into_iter()
        .find(|n| {
            if starts {
                // `32-year-old Englishman Tom Hale`: one word for who the
                // person is may lead the name.
                n.name.start == 0 || !tail[..n.name.start].trim_end().contains(' ')
            } else {
                n.name.end + from == rel
            }
        });
    let named_otherwise = |a: usize, b: usize| {
        doc.mentions[i].iter().any(|m| {
            matches!(m.kind, EntityKind::Organization | EntityKind::Place)
                && m.start < b
                && m.end > a
        })
    };
    if let Some(n) = full {
        if named_otherwise(base + from + n.name.start, base + from + n.name.end) {
            return None;
        }
        return Some(without_person_nouns(&tail[n.name]));
    }
    let m = doc.mentions[i].iter().find(|m| {
        m.kind == EntityKind::Person
            && !m.indirect
            && if starts { m.start == at } else { m.end == at }
    })?;
    let surname = doc.source.text.get(m.start..m.end)?;
    the_full_name(doc, surname)
}

/// A full name without the person nouns that lead it while two words
/// remain (`Firefighter Lena Okafor` is `Lena Okafor`; `Hunter Biden`
/// stays), its words joined by single spaces.
fn without_person_nouns(name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 2 && person_noun(&words[0].to_ascii_lowercase()).is_some() {
        words.remove(0);
    }
    words.join(" ")
}

/// The one full name the article gives whose surname is `surname`.
fn the_full_name(doc: &Doc, surname: &str) -> Option<String> {
    let surname = crate::claims::role::compare::fold(surname);
    let names = doc
        .full_names_by_surname
        .get_or_init(|| full_names_by_surname(doc));
    names.get(&surname).cloned().flatten()
}

/// Every full name of the article by folded surname, read once per
/// article: looking through every sentence for each age was quadratic in
/// the article's length. A surname keeps its first full name unless a
/// later one is another person's, and then none.
fn full_names_by_surname(doc: &Doc) -> FullNames {
    let mut out = FullNames::default();
    for i in 0..doc.seg.sentences.len() {
        let text = doc.sentence_text(i);
        let capitals = super::names::word_capitals(text);
        for n in super::names::person_names(text, &capitals) {
            let surname = crate::claims::role::compare::fold(&text[n.last.clone()]);
            let name = without_person_nouns(&text[n.name]);
            out.entry(surname)
                .and_modify(|found| {
                    if found
                        .as_ref()
                        .is_some_and(|f| !crate::claims::role::compare::same_name(f, &name))
                    {
                        *found = None;
                    }
                })
                .or_insert(Some(name));
        }
    }
    out
}

fn person_noun_after(sentence: &str, view: &SentenceView, k: usize) -> Option<String> {
    let mut prev_end = view.words.get(k)?.0;
    let mut head = None;
    for j in k..(k + 4).min(view.words.len()) {
        let (s, e) = view.words[j];
        if super::counted::broken(sentence, prev_end, s) && j > k {
            break;
        }
        prev_end = e;
        // The last of a run of person nouns heads it (`British man`,
        // `volunteer firefighter`).
        match person_noun(view.word(j)) {
            Some(AgeHolder::Noun(n)) => head = Some(n),
            _ if head.is_some() || super::text::is_stopword(view.word(j)) => break,
            _ => {}
        }
    }
    head
}

/// A word whose first noun sense is a person (`boy`, `women`, `suspect`),
/// as its lemma.
fn person_noun(word: &str) -> Option<AgeHolder> {
    let lex = Lexical::embedded();
    if super::text::is_stopword(word) || !lex.knows(word, Pos::Noun) {
        return None;
    }
    let lemma = lex.lemma(word, Pos::Noun);
    (lex.first_lexname(&lemma) == Some(Lexname::NOUN_PERSON))
        .then(|| AgeHolder::Noun(lemma.into_owned()))
}

/// Whether a bare number opens a set of ages: `61 and 48 years old`,
/// `68 and 48-years-old` (the ages of two people, the first as old).
pub(super) fn heads_an_age_set(sentence: &str, end: usize) -> bool {
    let rest = &sentence.as_bytes()[end..];
    let Some(rest) = rest
        .strip_prefix(b" and ")
        .or_else(|| rest.strip_prefix(b" or "))
    else {
        return false;
    };
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=3).contains(&digits) {
        return false;
    }
    let tail: Vec<u8> = rest[digits..]
        .iter()
        .take(10)
        .map(u8::to_ascii_lowercase)
        .collect();
    [
        &b"-year-old"[..],
        b"-years-old",
        b"-years old",
        b" years old",
        b" years-old",
        b" year old",
    ]
    .iter()
    .any(|t| tail.starts_with(t))
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, Claim, ClaimKind};

    /// The age claim whose words contain `figure`.
    fn age(text: &str, figure: &str) -> Claim {
        claims_of(text, Some("2024-05-02"))
            .into_iter()
            .find(|c| {
                c.kind == ClaimKind::Quantity
                    && c.subject.class == super::AGE_CLASS
                    && text[c.span.clone()].contains(figure)
            })
            .unwrap_or_else(|| panic!("no age {figure:?} in {text:?}"))
    }

    fn holder(text: &str, figure: &str) -> (Vec<String>, Option<String>) {
        let c = age(text, figure);
        let thing = c.subject.counted.as_deref().and_then(|k| k.thing.clone());
        (c.subject.participants.to_vec(), thing)
    }

    fn named(name: &str) -> (Vec<String>, Option<String>) {
        (vec![name.to_string()], None)
    }

    fn noun(noun: &str) -> (Vec<String>, Option<String>) {
        (Vec::new(), Some(noun.to_string()))
    }

    #[test]
    fn the_first_of_a_set_of_ages_is_an_age() {
        let s = "The men killed, who were 33 and 29 years old, were not named.";
        age(s, "33");
        age(s, "29");
        let s = "Neighbours found the sisters -- 81 and 77-years-old -- at home.";
        age(s, "81");
        // Two counts and a duration are no set of ages.
        let s = "killed 12 and 40 years later";
        assert!(!super::heads_an_age_set(s, s.find("12").unwrap() + 2));
        let s = "killed 12 and 40 more";
        assert!(!super::heads_an_age_set(s, s.find("12").unwrap() + 2));
    }

    #[test]
    fn a_definite_apposition_naming_a_person_gives_the_age_of_the_one_before() {
        let s = "The club signed Rui Amaral, the 24-year-old winger who scored twice.";
        assert_eq!(holder(s, "24"), named("Rui Amaral"));
        // The age of someone the apposition only relates to is nobody's read.
        let s = "Police spoke to Rui Amaral, the 24-year-old's father, on Monday.";
        assert_ne!(holder(s, "24"), named("Rui Amaral"));
    }

    #[test]
    fn a_name_before_or_after_the_age_holds_it() {
        let s = "Firefighter Lena Okafor, 41, was hurt in the blaze.";
        assert_eq!(holder(s, "41"), named("Lena Okafor"));
        let s = "Police arrested 27-year-old Tomas Brandt on Sunday.";
        assert_eq!(holder(s, "27"), named("Tomas Brandt"));
        let s = "The driver, Ray Ostrowski, aged 63, was unhurt.";
        assert_eq!(holder(s, "63"), named("Ray Ostrowski"));
        // A word for who the person is between the age and the name.
        let s = "On Sunday, 29-year-old Welshman Owen Pryce fell 200 feet.";
        assert_eq!(holder(s, "29"), named("Owen Pryce"));
    }

    #[test]
    fn a_surname_alone_is_the_one_full_name_it_stands_for() {
        let s = "Mira Castell was elected mayor. Castell, 52, thanked voters.";
        assert_eq!(holder(s, "52"), named("Mira Castell"));
        // Two people of one surname: the surname alone is nobody known.
        let s = "Mira Castell and Jon Castell spoke. Castell, 52, thanked voters.";
        assert_eq!(holder(s, "52"), (Vec::new(), None));
    }

    #[test]
    fn a_person_noun_holds_an_unnamed_age() {
        let s = "A 9-year-old boy who saw the crash was unhurt.";
        assert_eq!(holder(s, "9"), noun("boy"));
        let s = "Police detained a 70-year-old retired woman.";
        assert_eq!(holder(s, "70"), noun("woman"));
        let s = "A man aged 45 was taken to hospital.";
        assert_eq!(holder(s, "45"), noun("man"));
        // The last of a run of person nouns heads it.
        let s = "Police arrested a 52-year-old Danish man on Friday.";
        assert_eq!(holder(s, "52"), noun("man"));
        let s = "A 31-year-old volunteer firefighter was hurt.";
        assert_eq!(holder(s, "31"), noun("firefighter"));
    }

    #[test]
    fn an_apposition_gives_the_age_of_the_one_it_follows() {
        let s = "Tomas Brandt, a 52-year-old city engineer, resigned.";
        assert_eq!(holder(s, "52"), named("Tomas Brandt"));
        let s = "The pilot, a 44-year-old woman, was rescued.";
        assert_eq!(holder(s, "44"), noun("pilot"));
        let s = "Officers said the cyclist, 19, had been drinking.";
        assert_eq!(holder(s, "19"), noun("cyclist"));
        // Not a count of people the verb is about.
        assert!(claims_of(s, Some("2024-05-02"))
            .iter()
            .all(|c| c.subject.class == super::AGE_CLASS || c.kind != ClaimKind::Quantity));
        // A plural noun is no one holder.
        let s = "The cyclists, 19, had been drinking.";
        assert!(claims_of(s, Some("2024-05-02"))
            .iter()
            .all(|c| c.subject.class != super::AGE_CLASS));
    }

    #[test]
    fn a_description_opening_a_sentence_takes_up_the_one_person_before() {
        let s = "Dockers signed forward Anselm Quist on Monday. \
                 The 27-year-old Iceland international joined from Varberg.";
        assert_eq!(holder(s, "27"), named("Anselm Quist"));
        // Two people named before: whose age it is stays unread.
        let s = "Anselm Quist and Piet Varga signed on Monday. \
                 The 27-year-old Iceland international joined from Varberg.";
        assert_ne!(holder(s, "27"), named("Anselm Quist"));
        assert_ne!(holder(s, "27"), named("Piet Varga"));
        // A thing described is nobody.
        let s = "Mayor Ilse Drach opened the road. The 40-year-old bridge was closed.";
        assert_eq!(holder(s, "40"), (Vec::new(), None));
    }

    #[test]
    fn an_age_of_nobody_read_has_no_keys() {
        // Predicative: the holder is the clause's subject.
        let s = "He was 38 years old when the shop opened.";
        assert!(age(s, "38").subject.counted.is_none());
        // `old` is no person.
        let s = "The 40-year-old bridge was closed.";
        assert!(age(s, "40").subject.counted.is_none());
    }
}
