//! Tests of the WordNet side: the tables parse, morphology, every relation
//! both ways, lexicographer files, concept keys. The curated table's tests
//! are in `curated.rs`.

use super::*;
use Pos::*;

fn lex() -> &'static Lexical {
    Lexical::embedded()
}

/// The WordNet tables without the curated groups, to test WordNet's
/// relations where a curated group would answer first.
fn wordnet() -> &'static Lexical {
    static ONLY: LazyLock<Lexical> =
        LazyLock::new(|| Lexical::parse(WORDS_TABLE, SYNSETS_TABLE, "").unwrap());
    &ONLY
}

/// The relation, after checking that the blocking keys bring the pair
/// together whenever there is one.
fn rel(a: &str, pa: Pos, b: &str, pb: Pos) -> Option<Relation> {
    rel_in(lex(), a, pa, b, pb)
}

fn rel_in(l: &Lexical, a: &str, pa: Pos, b: &str, pb: Pos) -> Option<Relation> {
    let r = l.same_meaning(a, pa, b, pb);
    assert_eq!(
        r,
        l.same_meaning(b, pb, a, pa).map(flip),
        "{a} / {b} symmetric"
    );
    let known = l.knows(a, pa) || l.knows(b, pb);
    if r.is_some() && known {
        assert!(
            meet(l, a, pa, b, pb) || meet(l, b, pb, a, pa),
            "{a} / {b} ({r:?}) share no block"
        );
    }
    r
}

fn flip(r: Relation) -> Relation {
    let back = |d| {
        if d == Dir::Forward {
            Dir::Backward
        } else {
            Dir::Forward
        }
    };
    match r {
        Relation::Hypernym(d) => Relation::Hypernym(back(d)),
        Relation::Cause(d) => Relation::Cause(back(d)),
        Relation::Entailment(d) => Relation::Entailment(back(d)),
        other => other,
    }
}

/// `b`, indexed under its concept keys, is found looking `a` up under its
/// concept and related keys.
fn meet(l: &Lexical, a: &str, pa: Pos, b: &str, pb: Pos) -> bool {
    let mut indexed = Vec::new();
    l.concept_keys(b, pb, |k| indexed.push(k));
    let mut found = false;
    l.concept_keys(a, pa, |k| found |= indexed.contains(&k));
    l.related_keys(a, pa, |k| found |= indexed.contains(&k));
    found
}

#[test]
fn embedded_tables_parse_and_every_entry_decodes() {
    let l = lex();
    let sizes = l.sizes();
    assert_eq!(l.senses(), 2);
    assert!(sizes.words > 100_000 && sizes.synsets > 80_000, "{sizes:?}");
    assert!(
        sizes.words_bytes + sizes.synsets_bytes < 4_000_000,
        "{sizes:?}"
    );
    for header in l.headers() {
        assert!(header.contains("WordNet 3.0") && header.contains("LICENSE-wordnet.txt"));
    }
    let (mut words, mut previous) = (0, Vec::new());
    l.words
        .for_each(|key, record| {
            assert!(previous.as_slice() < key, "keys sorted and unique");
            previous = key.to_vec();
            let r = record.expect("record decodes");
            let lemma = Pos::ALL.iter().filter(|&&p| r.is_lemma(p)).count();
            let bases: usize = Pos::ALL.iter().map(|&p| r.exceptions(p).count()).sum();
            assert!(
                lemma + bases > 0,
                "{:?} is neither lemma nor form",
                String::from_utf8_lossy(key)
            );
            for p in Pos::ALL.into_iter().filter(|&p| r.is_lemma(p)) {
                let s = r.senses(p).unwrap();
                assert!(s.count >= 1 && s.first().count() == s.count.min(2));
                assert!(s.first().all(|id| l.synsets.get(id).is_some()));
                assert_eq!(s.lexnames.len(), if p == Adj { 0 } else { s.count });
            }
            if let Some(spelling) = r.spelling {
                assert_eq!(spelling.as_bytes(), key);
            }
            words += 1;
        })
        .expect("blocks decode");
    assert_eq!(words, sizes.words);
    for id in 0..l.synsets.count {
        let s = l.synsets.get(id).expect("synset decodes");
        assert!(s.key <= id);
        for list in synsets::List::ALL {
            assert!(s.list(list).all(|t| t < l.synsets.count));
        }
    }
}

#[test]
fn broken_tables_are_refused() {
    assert!(Lexical::parse(b"no header", SYNSETS_TABLE, CURATED_TABLE).is_err());
    assert!(Lexical::parse(b"header\0\x02\0", SYNSETS_TABLE, CURATED_TABLE).is_err());
    assert!(Lexical::parse(WORDS_TABLE, b"header\0", CURATED_TABLE).is_err());
    assert!(Lexical::parse(WORDS_TABLE, SYNSETS_TABLE, "[[group]]").is_err());
}

#[test]
fn morphology_follows_morphy() {
    let l = lex();
    assert_eq!(l.lemma("wounded", Verb), "wound");
    assert_eq!(l.lemma("ships", Noun), "ship");
    assert_eq!(l.lemma("geese", Noun), "goose");
    assert_eq!(l.lemma("fled", Verb), "flee");
    assert_eq!(l.lemma("injuries", Noun), "injury");
    assert_eq!(l.lemma("making", Verb), "make");
    assert_eq!(l.lemma("women", Noun), "woman");
    assert_eq!(l.lemma("boxes", Noun), "box");
    assert_eq!(l.lemma("hoped", Verb), "hope");
    assert_eq!(l.lemma("happier", Adj), "happy");
    assert_eq!(l.lemma("largest", Adj), "large");
    assert_eq!(l.lemma("death tolls", Noun), "death toll");
    // The word itself first when it is a lemma too; the exception after.
    assert_eq!(l.lemmas("wound", Verb).as_slice(), ["wound", "wind"]);
    assert_eq!(l.lemmas("found", Verb).as_slice(), ["found", "find"]);
    // `glass` takes no rule (`ss`); unknown words come back as written.
    assert_eq!(l.lemma("glass", Noun), "glass");
    assert_eq!(l.lemma("zorbled", Verb), "zorbled");
    assert!(l.lemmas("zorbled", Verb).is_empty());
    assert!(!l.knows("ships", Verb) || l.lemma("ships", Verb) == "ship");
    // Upper case is folded.
    assert_eq!(l.lemma("Ships", Noun), "ship");
    assert_eq!(l.lemma("GEESE", Noun), "goose");
}

#[test]
fn lower_case_ascii_lookups_borrow() {
    let l = lex();
    for (w, p) in [
        ("ships", Noun),
        ("flies", Noun),
        ("making", Verb),
        ("geese", Noun),
        ("zorbled", Verb),
    ] {
        assert!(matches!(l.lemma(w, p), Cow::Borrowed(_)), "{w}");
    }
    assert!(matches!(l.lemma("Ships", Noun), Cow::Owned(_)));
}

#[test]
fn synonyms_share_a_first_sense() {
    assert_eq!(rel("injure", Verb, "wound", Verb), Some(Relation::Synonym));
    assert_eq!(
        rel("wounded", Verb, "injured", Verb),
        Some(Relation::Synonym)
    );
    assert_eq!(
        rel("wounds", Verb, "injures", Verb),
        Some(Relation::Synonym)
    );
    assert_eq!(rel("injure", Verb, "heal", Verb), None);
    // `vessel` is no synonym of `ship`, but its hypernym.
    assert_ne!(rel("ship", Noun, "vessel", Noun), Some(Relation::Synonym));
}

#[test]
fn same_lemma_is_same() {
    assert_eq!(rel("ships", Noun, "ship", Noun), Some(Relation::Same));
    assert_eq!(rel("Zorbles", Noun, "zorbles", Noun), Some(Relation::Same));
    assert_eq!(rel("zorbles", Noun, "quibbets", Noun), None);
}

#[test]
fn derivations_link_verbs_and_nouns_both_ways() {
    let l = wordnet();
    for (v, n) in [
        ("convict", "conviction"),
        ("injure", "injury"),
        ("arrest", "arrest"),
        ("acquit", "acquittal"),
    ] {
        assert_eq!(
            rel_in(l, v, Verb, n, Noun),
            Some(Relation::Derivation),
            "{v} / {n}"
        );
        assert_eq!(
            rel_in(l, n, Noun, v, Verb),
            Some(Relation::Derivation),
            "{n} / {v}"
        );
    }
    // With the curated table, `injure` / `injury` are one curated count.
    assert_eq!(rel("injure", Verb, "injury", Noun), Some(Relation::Curated));
    assert_eq!(
        rel("convicted", Verb, "convictions", Noun),
        Some(Relation::Derivation)
    );
    assert_eq!(rel("convict", Verb, "acquittal", Noun), None);
    assert_eq!(rel("acquit", Verb, "conviction", Noun), None);
    // The doer is not the deed.
    assert_eq!(rel("murder", Verb, "murderer", Noun), None);
    assert_eq!(rel("convict", Verb, "convict", Noun), None);
    assert_eq!(rel("attacked", Verb, "attackers", Noun), None);
}

#[test]
fn hypernyms_are_one_level_of_nouns() {
    let fwd = Some(Relation::Hypernym(Dir::Forward));
    let back = Some(Relation::Hypernym(Dir::Backward));
    assert_eq!(rel("ship", Noun, "vessel", Noun), fwd);
    assert_eq!(rel("vessels", Noun, "ships", Noun), back);
    assert_eq!(rel("rifle", Noun, "firearm", Noun), fwd);
    assert_eq!(rel("firearms", Noun, "rifles", Noun), back);
    // Siblings, and two levels up, are not related.
    assert_eq!(rel("rifle", Noun, "pistol", Noun), None);
    assert_eq!(rel("rifle", Noun, "weapon", Noun), None);
}

#[test]
fn verbs_cause_and_entail() {
    let l = wordnet();
    assert_eq!(
        rel_in(l, "kill", Verb, "die", Verb),
        Some(Relation::Cause(Dir::Forward))
    );
    assert_eq!(
        rel_in(l, "died", Verb, "killed", Verb),
        Some(Relation::Cause(Dir::Backward))
    );
    assert_eq!(rel_in(l, "kill", Verb, "sleep", Verb), None);
    // With the curated table, `kill` / `die` are one curated count.
    assert_eq!(rel("kill", Verb, "die", Verb), Some(Relation::Curated));
    assert_eq!(
        rel("snore", Verb, "sleep", Verb),
        Some(Relation::Entailment(Dir::Forward))
    );
    assert_eq!(
        rel("sleeping", Verb, "snored", Verb),
        Some(Relation::Entailment(Dir::Backward))
    );
    assert_eq!(rel("snore", Verb, "die", Verb), None);
}

#[test]
fn adjectives_link_to_nouns() {
    assert_eq!(
        rel("wide", Adj, "width", Noun),
        Some(Relation::AdjectiveNoun)
    );
    assert_eq!(
        rel("width", Noun, "wide", Adj),
        Some(Relation::AdjectiveNoun)
    );
    assert_eq!(
        rel("electoral", Adj, "elections", Noun),
        Some(Relation::AdjectiveNoun)
    );
    assert_eq!(rel("wide", Adj, "height", Noun), None);
    // WordNet does not link `dead` and `death`: the curated table does.
    assert_eq!(rel("dead", Adj, "death", Noun), Some(Relation::Curated));
    assert_eq!(rel("dead", Adj, "birth", Noun), None);
}

#[test]
fn unknown_part_of_speech_tries_all() {
    assert_eq!(
        lex().same_meaning_any("arrests", "arrested"),
        Some(Relation::Same)
    );
    assert_eq!(
        lex().same_meaning_any("ships", "vessels"),
        Some(Relation::Hypernym(Dir::Forward))
    );
    assert_eq!(
        lex().same_meaning_any("convicted", "conviction"),
        Some(Relation::Derivation)
    );
    assert_eq!(lex().same_meaning_any("injured", "heal"), None);
}

#[test]
fn lexnames_in_sense_order() {
    let l = lex();
    assert_eq!(l.first_lexname("acquittal"), Some(Lexname::NOUN_ACT));
    assert_eq!(l.first_lexname("acquittals"), Some(Lexname::NOUN_ACT));
    assert_eq!(l.first_lexname("building"), Some(Lexname::NOUN_ARTIFACT));
    assert_eq!(l.lexname("building", 1), Some(Lexname::NOUN_ACT));
    assert_eq!(l.first_lexname("earthquake"), Some(Lexname::NOUN_EVENT));
    assert_eq!(l.first_lexname("resident"), Some(Lexname::NOUN_PERSON));
    assert_ne!(l.first_lexname("ship"), Some(Lexname::NOUN_EVENT));
    assert_eq!(l.lexname("acquittal", 1), None);
    assert_eq!(l.first_lexname("zorble"), None);
    assert_eq!(
        l.lexnames("flee", Verb).next().map(Lexname::name),
        Some("verb.motion")
    );
    assert_eq!(l.lexnames("dead", Adj).count(), 0);
    assert_eq!(Lexname::from_name("noun.event"), Some(Lexname::NOUN_EVENT));
    assert_eq!(Lexname::NOUN_ACT.name(), "noun.act");
    assert_eq!(Lexname::NOUN_TIME.name(), "noun.time");
}

#[test]
fn concept_keys_join_what_aligns() {
    let l = lex();
    let key = |w, p| l.concept_key(w, p);
    assert_eq!(key("injure", Verb), key("wounded", Verb));
    assert_eq!(key("arrest", Verb), key("arrests", Noun));
    assert_eq!(key("acquitted", Verb), key("acquittal", Noun));
    assert_eq!(key("killed", Verb), key("perished", Verb));
    assert_ne!(key("murder", Verb), key("murderer", Noun));
    assert_ne!(key("ship", Noun), key("vessel", Noun));
    assert_ne!(key("convict", Verb), key("conviction", Noun));
    assert_eq!(key("zorble", Noun), None);
    // The complete scheme finds what the single key misses.
    assert!(meet(l, "ships", Noun, "vessels", Noun));
    assert!(meet(l, "convicted", Verb, "conviction", Noun));
    assert!(meet(l, "rifle", Noun, "firearm", Noun));
    assert!(!meet(l, "ships", Noun, "rifles", Noun));
    let mut none = true;
    l.concept_keys("zorble", Noun, |_| none = false);
    l.related_keys("zorble", Noun, |_| none = false);
    assert!(none);
    // A curated word WordNet lacks still has its group's key.
    assert!(key("death toll", Noun).is_some_and(|k| k.get() >= 1 << 31));
}

#[test]
fn load_time_is_small() {
    // Measured, not asserted against a clock: printed with --nocapture.
    let start = std::time::Instant::now();
    let l = Lexical::parse(WORDS_TABLE, SYNSETS_TABLE, CURATED_TABLE).unwrap();
    let loaded = start.elapsed();
    let start = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..1000 {
        n += usize::from(l.same_meaning("wounded", Verb, "injured", Adj).is_some());
        n += usize::from(l.concept_key("vessels", Noun).is_some());
    }
    let looked = start.elapsed();
    assert_eq!(n, 2000);
    println!("lexical: load {loaded:?}; 1000 same_meaning + concept_key pairs {looked:?}");
}

#[test]
fn verbs_sharing_a_nominalisation_name_one_act() {
    // `expulsion, ejection` is what both do; WordNet files them apart.
    assert!(lex().share_nominal("ejected", "ousted"));
    assert_eq!(rel("eject", Verb, "oust", Verb), None);
    assert!(lex().share_nominal("ousted", "ejected"));
    // A `conviction, sentence` synset does not make a conviction a
    // sentencing: the noun is `sentence` itself.
    assert!(!lex().share_nominal("convicted", "sentenced"));
    assert!(!lex().share_nominal("ejected", "sold"));
    assert!(!lex().share_nominal("arrested", "charged"));
    // `find` shares a synset with `encounter` (noun `encounter, meeting`):
    // common verbs' synsets hold too many words to trust their pointers.
    assert!(!lex().share_nominal("found", "met"));
}
