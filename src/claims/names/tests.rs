//! Tests of the name finders: the hand-written matchers against their
//! regexes, and the people they find.

use super::*;

/// Tricky texts for both finders, besides the seed articles.
const SAMPLES: &[&str] = &[
    "Kremlin spokesman Dmitry Peskov said. Foreign Minister Sergei Lavrov met UN envoy Jan Smith.",
    "President Bashar al-Assad and Ray McDonald met John de Silva and Anne Smith-Jones in Sochi.",
    "U.N. Secretary-General Antonio Guterres; Secretary-general Ban Ki Moon; CEO Tim Cook-Apple.",
    "Mr Putin.President Xi Jinping, Vice-President Joe Biden, ex-Minister Abc Defg Hijk Lmno.",
    "The Leader Kim Jong Un. Chief Judge Ann Lee-Smith-Jones. actress Emma Stone's film.",
    "Foo Bar Baz President Qux Quux said. Minister President Mark Rutte. Coach Pep Guardiola2.",
    "Amy Lee_ Bob Dylan1 Carl Sagan- Dan Brown-Green- Eve Ng Fay Wray-X Gus Van Sant.",
    "Hello World\nPresident\nJoe Biden Minister  Two Spaces Governor Gavin Newsom-",
    "Éric Zemmour, Ms Ayşe Kaya, Ambassador Ögür Çelik and Judge Zoë Baird-Smith ruled.",
    "official Who What\tWhere director Steven Spielberg actor Tom Hanks singer Adele Adkins",
    "“Spokesman Ian Fox” – said minister Ann Bo—president Al Gore… ‘envoy Ed Ng’ x envoy Ed Ng",
    "Xé president Joe Doe; ’Chief Judge Amy Low-Ray’; judge Bo Muñoz Day; leader Al Ng\u{a0}Ro",
    "Mayor José Ruiz – “Director Ann Lee” said Governor Mia Ray’s aide; CEO Tim Cook—Apple",
];

fn texts() -> Vec<String> {
    let mut out: Vec<String> = SAMPLES.iter().map(|s| s.to_string()).collect();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for entry in std::fs::read_dir(dir).expect("seeds folder") {
        out.push(std::fs::read_to_string(entry.expect("entry").path()).expect("seed"));
    }
    out
}

fn same_as_the_regexes(text: &str) {
    let full = Regex::new(FULL_NAME).expect("pattern");
    let want: Vec<Range<usize>> = full.find_iter(text).map(|m| m.range()).collect();
    let caps = word_capitals(text);
    assert_eq!(full_names(text, &caps), want, "{text}");
    let want: Vec<(Range<usize>, Range<usize>)> = ROLE_NAME
        .captures_iter(text)
        .map(|c| {
            (
                c[0].len(),
                c.get(1).unwrap().range(),
                c.get(2).unwrap().range(),
            )
        })
        .map(|(_, r, n)| (r, n))
        .collect();
    let got: Vec<(Range<usize>, Range<usize>)> = role_names(text, &caps)
        .into_iter()
        .map(|m| (m.role, m.name))
        .collect();
    assert_eq!(got, want, "{text}");
}

#[test]
fn capitals_are_found_eight_bytes_at_a_time() {
    for x in 0u8..=255 {
        let word = u64::from_le_bytes([b'a', x, b'b', b'c', 0xc3, b'd', b'e', b'f']);
        assert_eq!(has_capital(word), x.is_ascii_uppercase(), "{x}");
    }
    let t = "aAbB cD Éa_B 9Q xxxxxxxxxxxxxxxxZ Z";
    let want = |t: &str| -> Vec<usize> {
        let chars: Vec<(usize, char)> = t.char_indices().collect();
        (0..chars.len())
            .filter(|&k| {
                let word = |c: char| c.is_alphanumeric() || c == '_';
                chars[k].1.is_uppercase() && (k == 0 || !word(chars[k - 1].1))
            })
            .map(|k| chars[k].0)
            .collect()
    };
    assert_eq!(word_capitals(t), want(t));
    // Capitals outside ASCII start words too, not after a letter.
    let t = "“Émile Łukasz” xxxxxxxxxxxxxxxxxxxxxxxÖz éÖ aÉ Ñ";
    assert_eq!(word_capitals(t), want(t));
    assert_eq!(word_capitals(t).len(), 3);
}

/// On text of ASCII and [`PLAIN`] characters the ASCII pattern finds what
/// the Unicode one finds, from every start.
#[test]
fn the_ascii_role_pattern_agrees_on_plain_text() {
    let texts = [SAMPLES[0], SAMPLES[3], SAMPLES[4], SAMPLES[5], SAMPLES[10]];
    for text in texts {
        for start in (0..=text.len()).filter(|&k| text.is_char_boundary(k)) {
            let spans = |r: &Regex| {
                r.captures_at(text, start)
                    .map(|c| (c.get(1).map(|m| m.range()), c.get(2).map(|m| m.range())))
            };
            assert!(std::ptr::eq(
                role_name_for(text, start, text.len()),
                &*ROLE_NAME_ASCII
            ));
            assert_eq!(
                spans(&ROLE_NAME_ASCII),
                spans(&ROLE_NAME),
                "{text:?} from {start}"
            );
        }
    }
    // A letter beyond ASCII, before the search or in it, takes the Unicode pattern.
    let t = SAMPLES[11];
    assert!(std::ptr::eq(role_name_for(t, 0, t.len()), &*ROLE_NAME));
    assert!(std::ptr::eq(role_name_for(t, 3, 20), &*ROLE_NAME));
    assert!(std::ptr::eq(role_name_for(t, 4, 20), &*ROLE_NAME_ASCII));
}

#[test]
fn the_role_pattern_is_spelled_from_the_word_list() {
    let roles = "[Ss]pokesman|[Ss]pokeswoman|[Pp]resident|[Ll]eader|[Mm]inister|[Cc]hancellor|[Ee]nvoy|[Ss]ecretary|[Ss]ecretary-[Gg]eneral|[Aa]mbassador|[Cc]hief|[Gg]overnor|[Mm]ayor|[Dd]irector|CEO|[Cc]ommander|[Pp]rosecutor|[Ss]enator|[Jj]udge|[Oo]fficial|[Aa]ctress|[Aa]ctor|[Ss]inger|[Cc]oach";
    assert!(
        ROLE_NAME.as_str().contains(&format!("(?:{roles}))")),
        "{}",
        ROLE_NAME.as_str()
    );
    for form in [
        "CEO",
        "Secretary-general",
        "secretary-General",
        "President",
        "judge",
    ] {
        assert!(ROLE_FORMS.contains(form.as_bytes()), "{form}");
    }
    assert!(!ROLE_FORMS.contains(&b"ceo"[..]));
}

#[test]
fn the_finders_find_what_the_regexes_find() {
    for t in texts() {
        same_as_the_regexes(&t);
    }
}

#[test]
fn names_and_roles_are_found() {
    let t = SAMPLES[1];
    let names: Vec<&str> = full_names(t, &word_capitals(t))
        .into_iter()
        .map(|r| &t[r])
        .collect();
    assert!(names.contains(&"President Bashar"), "{names:?}");
    assert!(names.contains(&"Ray McDonald"), "{names:?}");
    assert!(names.contains(&"John de Silva"), "{names:?}");
    assert!(names.contains(&"Anne Smith-Jones"), "{names:?}");
    let t = SAMPLES[0];
    let roles: Vec<(&str, &str)> = role_names(t, &word_capitals(t))
        .into_iter()
        .map(|m| (&t[m.role], &t[m.name]))
        .collect();
    assert_eq!(
        roles,
        vec![
            ("Kremlin spokesman", "Dmitry Peskov"),
            ("Foreign Minister", "Sergei Lavrov"),
            ("UN envoy", "Jan Smith")
        ]
    );
}

#[test]
fn a_title_gives_a_surname_alone() {
    let t = "President Obama met Mr. Ferguson and Gov. Sarah Palin in Justice Hall.";
    let got: Vec<&str> = titled_surnames(t, &word_capitals(t))
        .into_iter()
        .map(|r| &t[r])
        .collect();
    assert_eq!(got, vec!["Obama", "Ferguson"]);
}

#[test]
fn initials_open_or_sit_inside_a_name() {
    let t = "Then A.J. Smith and Patrick J. Buchanan spoke, and J. met nobody in B.C. Attorney General Wally Oppal's office.";
    let names: Vec<&str> = person_names(t, &word_capitals(t))
        .into_iter()
        .map(|n| &t[n.name])
        .collect();
    assert_eq!(
        names,
        vec!["A.J. Smith", "Patrick J. Buchanan", "Wally Oppal"]
    );
    // Two capitals without periods open a name too, not a title or a
    // word in lower case.
    let t = "Then AJ Kowal spoke, and the TV host met NY Governor Ann Hale.";
    let names: Vec<&str> = person_names(t, &word_capitals(t))
        .into_iter()
        .map(|n| &t[n.name])
        .collect();
    assert_eq!(names, vec!["AJ Kowal", "Ann Hale"]);
}

#[test]
fn a_place_prefix_in_capitals_is_no_first_name() {
    let t = "SAN Diego Chargers receiver Jon Vance was held. Diego Ortiz spoke.";
    let names: Vec<&str> = person_names(t, &word_capitals(t))
        .into_iter()
        .map(|n| &t[n.name])
        .collect();
    assert_eq!(names, vec!["Jon Vance", "Diego Ortiz"]);
}

/// `FACTLINT_ORACLE_DIR=folder cargo test -- --ignored oracle`: the
/// finders against the regexes on every file of a corpus.
#[test]
#[ignore]
fn oracle_on_a_corpus() {
    let Ok(dir) = std::env::var("FACTLINT_ORACLE_DIR") else {
        return;
    };
    for entry in std::fs::read_dir(dir).expect("folder") {
        let path = entry.expect("entry").path();
        if let Ok(t) = std::fs::read_to_string(&path) {
            same_as_the_regexes(&t);
        }
    }
}

/// The full names [`person_names`] finds in `t`, as text.
fn found(t: &str) -> Vec<String> {
    person_names(t, &word_capitals(t))
        .into_iter()
        .map(|n| t[n.name].to_string())
        .collect()
}

#[test]
fn particles_sit_inside_names_and_weekdays_follow_them() {
    assert_eq!(found("Dr Azm Al Homoud spoke."), vec!["Azm Al Homoud"]);
    assert_eq!(found("Dirk Van Der Berg spoke."), vec!["Dirk Van Der Berg"]);
    assert_eq!(found("said Joe Coffey Monday."), vec!["Joe Coffey"]);
    // A particle that opens or ends a run is no part of a name.
    assert!(found("Al Rashid spoke.").is_empty());
    assert!(found("met Tom Van.").is_empty());
    assert!(found("said Coffey Monday.").is_empty());
}

#[test]
fn a_title_after_words_that_are_no_title_still_ends_before_the_name() {
    assert_eq!(
        found("Chief Financial Officer Ana Ruiz spoke."),
        vec!["Ana Ruiz"]
    );
    assert_eq!(
        found("said Chief Operating Officer Tom de Wit."),
        vec!["Tom de Wit"]
    );
    // Nothing is left to name after the last title: no name.
    assert!(found("the Harbour Police Department spoke.").is_empty());
}

#[test]
fn a_middle_initial_may_lack_its_full_stop() {
    assert_eq!(found("Sheriff Robert J Hale spoke."), vec!["Robert J Hale"]);
    // Only between two words of a name: not a pronoun, not an article.
    assert_eq!(found("Then Tom Hale I think spoke."), vec!["Tom Hale"]);
    assert!(found("Plan B was dropped.").is_empty());
}

#[test]
fn a_job_capitalised_before_a_full_name_is_no_part_of_it() {
    assert_eq!(found("Deckhand Tom Brandt said so."), vec!["Tom Brandt"]);
    assert_eq!(found("Firefighter Lena Ortiz spoke."), vec!["Lena Ortiz"]);
    // A first name that is also a job stays when only a surname follows.
    assert_eq!(found("Hunter Biden spoke."), vec!["Hunter Biden"]);
    assert_eq!(found("Mason Reed spoke."), vec!["Mason Reed"]);
}

#[test]
fn a_first_name_that_is_also_a_job_stays_before_an_initial_or_a_particle() {
    assert_eq!(
        found("Franklin D. Roosevelt spoke."),
        vec!["Franklin D. Roosevelt"]
    );
    assert_eq!(found("said Tom de Wit."), vec!["Tom de Wit"]);
}

#[test]
fn a_capitalised_word_inside_a_sentence_is_kept_in_the_name() {
    // `warren` is first a person in WordNet, but it opens no sentence here.
    assert_eq!(
        found("the sect's leader Warren Steed Jeffs spoke."),
        vec!["Warren Steed Jeffs"]
    );
    assert_eq!(
        found("He left. Deckhand Tom Brandt stayed."),
        vec!["Tom Brandt"]
    );
}

#[test]
fn a_word_the_article_capitalises_inside_a_sentence_is_a_name() {
    // `Lee` opens the name and is written alone later: a surname first.
    assert_eq!(
        found("Lee Hsien Loong spoke. Analysts said Mr Lee was firm."),
        vec!["Lee Hsien Loong"]
    );
    // After a title's full stop: inside the sentence.
    assert_eq!(
        found("guests and Mr. Lee Hsien Loong came."),
        vec!["Lee Hsien Loong"]
    );
}

#[test]
fn a_title_word_after_a_titled_first_name_is_a_surname() {
    assert_eq!(
        found("said District Judge Harold Bishop."),
        vec!["Harold Bishop"]
    );
    // Without a title before, a title word ends no name.
    assert!(found("The Twelfth Doctor spoke.").is_empty());
}

#[test]
fn a_company_ending_in_an_organisation_word_is_no_person() {
    assert!(found("Velocity Sports said it would buy Trackline Apparel.").is_empty());
}

#[test]
fn a_run_after_an_organisations_head_and_of_is_no_person() {
    let t = "Thieves hit the Museum of Modern Crafts, the Bank of Oren Vale, the Department of Water Works and the Church of Mary Vale of Latter Hills.";
    let names: Vec<&str> = person_names(t, &word_capitals(t))
        .into_iter()
        .map(|n| &t[n.name])
        .collect();
    assert!(names.is_empty(), "{names:?}");
    // After an office, the title word is dropped and the person stays.
    let t = "The Minister of Defence Jane Roe and Secretary of State Tom Hale met.";
    let names: Vec<&str> = person_names(t, &word_capitals(t))
        .into_iter()
        .map(|n| &t[n.name])
        .collect();
    assert_eq!(names, vec!["Jane Roe", "Tom Hale"]);
}

#[test]
fn a_participle_opening_a_sentence_or_a_quote_is_no_first_name() {
    assert!(
        found("\"Buying Marlow lets us grow faster,\" Ana Ruiz said.")
            .iter()
            .all(|n| n != "Buying Marlow")
    );
    assert!(found("Leaving Kestrelford, the convoy turned north.").is_empty());
    // Inside a sentence, or written so elsewhere in the article: a name.
    assert_eq!(found("He met Browning Hale."), vec!["Browning Hale"]);
    assert_eq!(
        found("Browning Hale spoke. Analysts said Browning was firm."),
        vec!["Browning Hale"]
    );
}

#[test]
fn a_word_describing_by_a_name_is_no_name() {
    assert!(found("Austin-based Brightwell makes software.").is_empty());
    assert!(found("He praised Ohio-born Kestrel today.").is_empty());
    // A second part with a capital, or no common word: a name.
    assert_eq!(found("Anne Smith-Jones spoke."), vec!["Anne Smith-Jones"]);
}
