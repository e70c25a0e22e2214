use super::{may_hold_score, read};

/// The results of one sentence as `winner>loser a-b` or `key a-b`.
fn results(s: &str) -> Vec<String> {
    read(s, &|_| false)
        .into_iter()
        .map(|f| {
            let [a, b] = f.score;
            if f.game {
                format!(
                    "{}>{} {a}-{b}{}",
                    f.winner,
                    f.loser,
                    if f.inferred { " ?" } else { "" }
                )
            } else {
                format!("{} {a}-{b}", f.key)
            }
        })
        .collect()
}

#[test]
fn games_after_a_result_verb() {
    assert_eq!(
        results("The Hawks beat the visiting Rovers 31-24 on Sunday."),
        ["Hawks>Rovers 31-24"]
    );
    assert_eq!(
        results("Harlan State defeated No. 5 Corbin, 66-60, in the final."),
        ["Harlan State>Corbin 66-60"]
    );
    assert_eq!(
        results("Tarn (12-3) edged top-seeded Dunmore (9-6) 3–2 on penalties."),
        Vec::<String>::new()
    );
    assert_eq!(
        results("Tarn (12-3) edged top-seeded Dunmore (9-6) 3–2 in extra time."),
        ["Tarn>Dunmore 3-2"]
    );
    assert_eq!(
        results("Harlan ultimately topped Corbin 77-68."),
        ["Harlan>Corbin 77-68"]
    );
}

#[test]
fn games_lost_and_passive() {
    assert_eq!(
        results("The Rovers lost to Denver, 98-95, in overtime."),
        ["Denver>Rovers 98-95"]
    );
    assert_eq!(
        results("The Rovers lost 98-95 to Denver."),
        ["Denver>Rovers 98-95"]
    );
    assert_eq!(
        results("The Rovers were beaten 3-1 by Lyon."),
        ["Lyon>Rovers 3-1"]
    );
    assert_eq!(
        results("The Rovers were beaten by Lyon 3-1."),
        ["Lyon>Rovers 3-1"]
    );
    assert_eq!(results("Lyon won 3-1 against Nantes."), ["Lyon>Nantes 3-1"]);
}

#[test]
fn games_by_a_result_noun_infer_the_other_side() {
    assert_eq!(
        results("Harlan stayed unbeaten with a 91-73 victory over visiting Corbin."),
        ["Harlan>Corbin 91-73 ?"]
    );
    assert_eq!(
        results("Dunmore fell to 0-9 after a 66-51 loss to Eston."),
        ["Eston>Dunmore 66-51 ?"]
    );
    // No name in the clause: no claim.
    assert!(results("It was a 20-13 victory over Dallas.").is_empty());
}

#[test]
fn records_parts_and_other_numbers_are_no_results() {
    for s in [
        "The win took his record to 52-3 with 46 knockouts.",
        "Since then Rahman has gone 4-2-1, beating nothing but club fighters.",
        "The Hawks (10-5) play the Rovers (7-8) on Sunday.",
        "Harlan won the turnover battle 3-0 over Corbin.",
        "Harlan led Corbin 14-7 at halftime.",
        "Harlan beat Corbin 14-7 at halftime.",
        "Harlan beat Corbin during a 12-0 run.",
        "The touchdown came with 4:08 to go.",
        "Harlan also beat Corbin 83-74 in the title game.",
        "Harlan beat Corbin 20-13 last season.",
        "Call 555-1234 for tickets.",
        "Nadal beat Federer 6-4, 6-3 in the final.",
        "They beat Corbin 20-13.",
        "The score was tied 2-2.",
        "Harlan beat Corbin 2-2.",
    ] {
        assert!(results(s).is_empty(), "{s}: {:?}", results(s));
    }
}

#[test]
fn votes() {
    assert_eq!(
        results("The Senate passed the farm bill 71 to 27."),
        ["senate, pass: bill 71-27"]
    );
    assert_eq!(
        results("The House voted 218-210 to approve the budget."),
        ["house, pass: budget 218-210"]
    );
    assert_eq!(
        results("The measure passed 52-47 late on Friday."),
        ["-, pass: measure 52-47"]
    );
    assert_eq!(
        results("The Supreme Court ruled 5-4 that the map was lawful."),
        ["court, rule: - 5-4"]
    );
    assert_eq!(
        results("The Senate confirmed the nominee by a vote of 54 to 45."),
        ["senate, confirm: nominee 54-45"]
    );
    assert_eq!(
        results("The justices upheld the law in a 6-3 ruling."),
        ["justices, rule: - 6-3"]
    );
    // Nothing voted on named: a chamber votes many times.
    assert!(results("The final vote in the Senate was 52-35.").is_empty());
    assert!(results("The Senate voted 60-40.").is_empty());
    // A name as the object of a vote verb, by no body, is a game's side.
    assert_eq!(
        results("Creighton defeated Drake 65-53."),
        ["Creighton>Drake 65-53"]
    );
}

#[test]
fn the_prefilter_finds_every_score_form() {
    assert!(may_hold_score("beat them 31-24"));
    assert!(may_hold_score("beat them 31–24"));
    assert!(may_hold_score("passed 71 to 27"));
    assert!(!may_hold_score("killed 31 people to date"));
    assert!(!may_hold_score("a well-known 4:08 mark"));
}
