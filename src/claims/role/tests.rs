//! Unit tests of role and name claims, on invented sentences.

use super::compare::{compare_roles, fold, misspelled, same_name, RoleMatch};
use super::vocab::{RoleWords, ROLE_WORDS};
use super::{Role, RoleTime, NAME_CLASS, ROLE_CLASS};
use crate::claims::{claims_of, Value};

/// The (person, office canonical) of the role claims of a text.
fn roles(text: &str) -> Vec<(String, String)> {
    claims_of(text, Some("2021-03-02"))
        .into_iter()
        .filter(|c| c.subject.class == ROLE_CLASS)
        .filter_map(|c| match c.value {
            Value::Role {
                person,
                role: Some(r),
            } => Some((person, r.canonical())),
            _ => None,
        })
        .collect()
}

fn names(text: &str) -> Vec<String> {
    claims_of(text, Some("2021-03-02"))
        .into_iter()
        .filter(|c| c.subject.class == NAME_CLASS)
        .map(|c| c.subject.key.to_string())
        .collect()
}

fn pair(p: &str, r: &str) -> (String, String) {
    (p.to_string(), r.to_string())
}

#[test]
fn the_vocabulary_parses() {
    let text = include_str!("../../../rules/people/roles.toml");
    let words = RoleWords::parse(text).expect("valid");
    assert_eq!(words.head("ceo"), Some("chief executive"));
    assert_eq!(words.spelling.max_edits, 2);
}

#[test]
fn offices_before_a_name() {
    assert_eq!(
        roles("Interior Minister Jane Roe spoke on Tuesday."),
        [pair("Jane Roe", "interior minister")]
    );
    assert_eq!(
        roles("It was signed by former Deputy Sheriff Tom Brandt last week."),
        [pair("Tom Brandt", "former deputy sheriff")]
    );
    assert_eq!(
        roles("The talks were led by Secretary of State Ana Ruiz on Monday."),
        Vec::<(String, String)>::new(),
        "an office before `of` is not the office before the name"
    );
    assert_eq!(
        roles("Sen. Carla Mendes spoke on Tuesday."),
        [pair("Carla Mendes", "senator")]
    );
    assert_eq!(
        roles("Deputy Fire Chief Ola Berg said the roof had fallen in."),
        [pair("Ola Berg", "deputy fire chief")]
    );
}

#[test]
fn offices_after_a_name() {
    assert_eq!(
        roles("The arrest was made by Tom Brandt, then a deputy sheriff, in May."),
        [pair("Tom Brandt", "then deputy sheriff")]
    );
    assert_eq!(
        roles("Carla Mendes, chair of the budget committee, opposed it."),
        [pair("Carla Mendes", "chair (budget committee)")]
    );
    assert_eq!(
        roles("Dana Kowalski, 52, the former chief executive of Orbital Media, said so."),
        [pair(
            "Dana Kowalski",
            "former chief executive (orbital media)"
        )]
    );
    // Not an appositive office: the phrase goes on.
    assert!(roles("Tom Brandt, the sheriff and his men were there.").is_empty());
}

#[test]
fn party_labels() {
    assert_eq!(
        roles("The bill of Carla Mendes (D-Ohio) passed on Tuesday."),
        [pair("Carla Mendes", "D party (ohio)")]
    );
    assert!(roles("Carla Mendes (pictured) spoke on Tuesday.").is_empty());
}

#[test]
fn another_time_makes_an_unmarked_office_unknown() {
    let claims = claims_of(
        "When Governor Ana Ruiz signed the law in 1998, few noticed.",
        Some("2021-03-02"),
    );
    let time = claims.iter().find_map(|c| match &c.value {
        Value::Role { role: Some(r), .. } => Some(r.time),
        _ => None,
    });
    assert_eq!(time, Some(RoleTime::Unknown));
}

#[test]
fn a_quotes_words_do_not_date_an_office() {
    let claims = claims_of(
        "\"We kept the mill running through the flood,\" union president Ana Ruiz said.",
        Some("2021-03-02"),
    );
    let time = claims.iter().find_map(|c| match &c.value {
        Value::Role { role: Some(r), .. } => Some(r.time),
        _ => None,
    });
    assert_eq!(time, Some(RoleTime::Current));
}

#[test]
fn one_name_claim_per_person_and_article() {
    assert_eq!(
        names("Jane Roe spoke. Later Jane Roe left. Tom Brandt stayed."),
        ["Jane Roe", "Tom Brandt"]
    );
    // Two spellings in one article: no witness either way.
    assert!(names("Ewa Kowalczyk spoke. Ewa Kowalczik left.").is_empty());
}

#[test]
fn an_article_contradicting_itself_gives_no_office() {
    assert!(roles("Interior Minister Jane Roe spoke. Justice Minister Jane Roe left.").is_empty());
}

fn role(head: &str, rank: Option<&str>, portfolio: Option<&str>, time: RoleTime) -> Role {
    Role {
        written: head.into(),
        head: head.into(),
        rank: rank.map(str::to_string),
        portfolio: portfolio.map(str::to_string),
        of: None,
        time,
    }
}

#[test]
fn roles_compare_by_slot_and_time() {
    use RoleTime::*;
    let w = &*ROLE_WORDS;
    let conflict =
        |a: &Role, b: &Role| matches!(compare_roles(a, b, w), RoleMatch::Conflict { .. });
    let minister = role("minister", None, None, Current);
    let interior = role("minister", None, Some("interior"), Current);
    let justice = role("minister", None, Some("justice"), Current);
    assert!(conflict(&interior, &justice));
    assert!(!conflict(&minister, &interior));
    let sheriff = role("sheriff", None, None, Then);
    let deputy = role("sheriff", Some("deputy"), None, Then);
    assert!(conflict(&sheriff, &deputy));
    let former = role("sheriff", None, None, Former);
    assert!(!conflict(&former, &deputy), "former and then are two times");
    assert!(!conflict(
        &role("senator", None, None, Current),
        &role("chair", None, None, Current)
    ));
    assert!(conflict(
        &role("chair", None, None, Current),
        &role("ranking member", None, None, Current)
    ));
    assert!(!conflict(
        &role("chair", None, None, Unknown),
        &role("ranking member", None, None, Current)
    ));
}

#[test]
fn names_fold_and_misspell() {
    let s = &ROLE_WORDS.spelling;
    assert_eq!(fold("Muñoz"), "munoz");
    // ASCII words take a short path: the same as letter by letter.
    for w in ["O'Brien-Smith", "St. John", "McDONALD_3", "a.b&c", ""] {
        let slow: String = w
            .chars()
            .flat_map(char::to_lowercase)
            .filter(|c| c.is_alphanumeric())
            .collect();
        assert_eq!(fold(w), slow, "{w}");
    }
    assert!(same_name("Rosa Muñoz", "Rosa Munoz"));
    assert!(same_name("Paolo Del Giudice", "Paolo DelGiudice"));
    assert!(same_name("Jane A. Roe", "Jane Roe"));
    assert!(misspelled("Ewa Kowalczyk", "Ewa Kowalczik", s));
    assert!(!misspelled("Ewa Kowalczyk", "Anna Kowalczik", s));
    assert!(!misspelled("Tom Lee", "Tom Lei", s));
    assert!(!misspelled("Ewa Kowalczyk", "Ewa Nowakowska", s));
    assert!(!misspelled("Ewa Roberts", "Ewa Roberts-Smith", s));
    assert!(
        !misspelled("Mark Fenton Jr", "Mark Fenton Sr", s),
        "two people"
    );
    assert!(
        !misspelled("Baxter Advisers", "Baxter Advisors", s),
        "two words"
    );
}

#[test]
fn no_panic_on_hyphens_after_letters_that_grow_when_lowered() {
    for text in [
        "İİİ-elect Jane Roe spoke.",
        "Jane Roe, İİ-then a deputy sheriff, spoke.",
        "Then-İ Jane Roe (D-İİ) spoke.",
    ] {
        for c in claims_of(text, Some("2021-03-02")) {
            assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        }
    }
}

#[test]
fn names_outside_ascii_are_read() {
    let text = "Coach José Muñoz praised Łukasz Kowalczyk and Zoë Ångström on Tuesday.";
    let found = names(text);
    for n in ["José Muñoz", "Łukasz Kowalczyk", "Zoë Ångström"] {
        assert!(found.iter().any(|k| k.contains(n)), "{n}: {found:?}");
    }
    assert!(same_name("José Muñoz", "Jose Munoz"));
    assert!(!misspelled(
        "José Muñoz",
        "Jose Munoz",
        &ROLE_WORDS.spelling
    ));
    assert!(misspelled(
        "Łukasz Kowalczyk",
        "Łukasz Kowalczik",
        &ROLE_WORDS.spelling
    ));
}

#[test]
fn a_persons_name_before_of_is_no_part_of_an_organisations() {
    let orgs: Vec<String> = claims_of(
        "The ward will reopen, said Ana Ruiz of Kestrel General Hospital on Monday.",
        Some("2021-03-02"),
    )
    .into_iter()
    .filter(|c| c.subject.class == super::entity::ORG_NAME_CLASS)
    .map(|c| c.subject.key.to_string())
    .collect();
    assert_eq!(orgs, ["Kestrel General Hospital"]);
}

#[test]
fn an_appositive_after_a_party_label() {
    assert_eq!(
        roles("Carla Mendes (D-Ohio), chair of the budget committee, opposed it."),
        [
            pair("Carla Mendes", "D party (ohio)"),
            pair("Carla Mendes", "chair (budget committee)")
        ]
    );
}
