//! Small articles written for the tests, one folder per case, each claim
//! kind both ways.

use super::util::{check_json, factlint, findings};

fn case(name: &str) -> (Vec<(String, String)>, i32) {
    let (report, code) = check_json(&[&format!("tests/fixtures/{name}")]);
    assert_eq!(report["summary"]["sources"], 2, "{name}: both sources read");
    (findings(&report), code)
}

/// The `--explain` text of a fixture folder: says which pairs were compared
/// and why they agree.
fn explained(name: &str) -> String {
    let out = factlint()
        .args(["check", "--explain", &format!("tests/fixtures/{name}")])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn same_visit_called_second_and_third_is_an_error() {
    let (f, code) = case("ordinal-second-vs-third");
    assert_eq!(f, vec![("series-ordinal".into(), "error".into())]);
    assert_eq!(code, 1);
}

#[test]
fn thursday_and_may_17_agree_for_a_may_18_article() {
    let (f, code) = case("weekday-vs-calendar-date");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
}

#[test]
fn hedged_numbers_that_overlap_agree() {
    let (f, code) = case("quantity-hedged-same");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
    // And the pair was really compared, not just missed.
    let text = explained("quantity-hedged-same");
    assert!(text.contains("consistent [quantity-mismatch]"), "{text}");
}

#[test]
fn offsets_of_undated_articles_differ_by_length_at_warning_level() {
    // `six days earlier` (before the death) and `five weeks ago` (before
    // the report): no calendar places either, so a warning, not an error.
    let (f, _) = case("offset-length-undated");
    assert_eq!(f, vec![("quantity-mismatch".into(), "warning".into())]);
}

#[test]
fn offsets_whose_articles_lie_days_apart_agree() {
    // The same two sentences, published 32 days apart: six days before
    // a death told on 2 September and five weeks before 4 October may be one
    // day.
    let (f, code) = case("offset-length-days-apart");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
}

#[test]
fn four_hours_against_nine_hours_is_an_error() {
    let (f, code) = case("quantity-hours-differ");
    assert_eq!(f, vec![("quantity-mismatch".into(), "error".into())]);
    assert_eq!(code, 1);
}

#[test]
fn two_depths_of_one_quake_are_an_error() {
    // `a depth of 18 kilometres, about 60 km east of`: the depth is a
    // figure of its own beside the distance, and meets the other's.
    let (f, code) = case("quantity-depth-differs");
    assert_eq!(f, vec![("quantity-mismatch".into(), "error".into())]);
    assert_eq!(code, 1);
}

#[test]
fn a_depth_and_a_distance_in_one_sentence_agree_across_spellings() {
    // `18 kilometres` / `18 km`, and the distance beside it, are not
    // compared with each other.
    let (f, code) = case("quantity-depth-and-distance");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
    let text = explained("quantity-depth-and-distance");
    assert!(text.contains("consistent [quantity-mismatch]"), "{text}");
}

#[test]
fn one_quote_two_speakers_is_an_error() {
    let (f, code) = case("quote-two-speakers");
    assert_eq!(f, vec![("quote-speaker".into(), "error".into())]);
    assert_eq!(code, 1);
}

#[test]
fn putin_and_the_russian_leader_are_one_speaker() {
    let (f, _) = case("quote-role-alias");
    assert!(f.is_empty(), "{f:?}");
    let text = explained("quote-role-alias");
    assert!(text.contains("both attribute it to Putin"), "{text}");
}

#[test]
fn sochi_against_moscow_for_one_meeting_is_an_error() {
    let (f, code) = case("location-sochi-vs-moscow");
    assert_eq!(f, vec![("event-location".into(), "error".into())]);
    assert_eq!(code, 1);
}

#[test]
fn a_wire_story_copied_eighty_times_with_one_misattribution() {
    // Large blocks are paired through one claim per signature: the run
    // stays linear and the one dissenting copy is still found.
    let dir = tempfile::tempdir().unwrap();
    for i in 0..81 {
        let speaker = if i == 40 { "Assad" } else { "Putin" };
        std::fs::write(
            dir.path().join(format!("wire-{i:03}.md")),
            format!(
                "+++\ndate = \"2017-11-21\"\noutlet = \"Wire {i}\"\n+++\nRussian President Vladimir Putin met Syrian President Bashar al-Assad in Sochi on Monday.\n\n\"We have no idea what caused it,\" {speaker} said after the talks.\n"
            ),
        )
        .unwrap();
    }
    let (report, code) = check_json(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 1);
    let f = report["findings"].as_array().unwrap();
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0]["rule"], "quote-speaker");
    assert_eq!(
        f[0]["claims"][0]["source"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next(),
        Some("wire-040.md")
    );
    assert_eq!(f[0]["claims"].as_array().unwrap().len(), 81);
    assert!(
        f[0]["help"].as_str().unwrap().starts_with(
            "1 source says Putin (one text run by 80 outlets), 1 says Assad (an edited copy)"
        ),
        "{}",
        f[0]["help"]
    );
}

/// `check` drops each text after extraction and reads back those of the
/// findings' sources: the words, lines and columns it reports must be the
/// file's own.
#[test]
fn reported_words_are_read_back_from_the_files() {
    let (report, code) = check_json(&["tests/fixtures/quantity-hours-differ"]);
    assert_eq!(code, 1);
    let claims: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .flat_map(|f| f["claims"].as_array().expect("claims"))
        .collect();
    assert!(claims.len() >= 2, "{report}");
    for c in claims {
        let path = c["source"].as_str().expect("source path");
        let text = std::fs::read_to_string(path).expect("fixture readable");
        let (start, end) = (
            c["start"].as_u64().expect("start") as usize,
            c["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(c["text"].as_str(), Some(&text[start..end]), "{c}");
        let line = text[..start].matches('\n').count() + 1;
        assert_eq!(c["line"].as_u64(), Some(line as u64), "{c}");
    }
}

#[test]
fn an_offset_distance_in_conflict_is_told_once_as_a_place() {
    // `about 600 miles south of Tehran` and `1,400 kilometers south of
    // Tehran`: the distances are figures too, but the conflict is one (a
    // warning: it rests on the hedge `about`).
    let (f, code) = case("location-offset-distance");
    assert_eq!(f, vec![("event-location".into(), "warning".into())]);
    assert_eq!(code, 0);
}

#[test]
fn two_scores_of_one_game_are_an_error() {
    let (f, code) = case("result-game-score");
    assert_eq!(f, vec![("result-mismatch".into(), "error".into())]);
    assert_eq!(code, 1);
    let out = factlint()
        .args([
            "check",
            "--color",
            "never",
            "tests/fixtures/result-game-score",
        ])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    insta::assert_snapshot!(
        "result_game_score_human",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn records_half_time_scores_and_other_games_are_not_compared() {
    let (f, code) = case("result-game-records");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
}

#[test]
fn two_tallies_of_one_vote_are_an_error() {
    let (f, code) = case("result-vote-tally");
    assert_eq!(f, vec![("result-mismatch".into(), "error".into())]);
    assert_eq!(code, 1);
}

#[test]
fn a_dozen_ships_against_at_least_sixteen_vessels_is_a_warning() {
    // `vessel`'s first sense is no object (the blood vessel): its link to
    // `ship` says which sense the count is of.
    let (f, _) = case("quantity-ships-vessels/differ");
    assert_eq!(f, vec![("quantity-mismatch".into(), "warning".into())]);
    // At least eleven vessels meets about a dozen ships: compared, and
    // consistent.
    let (f, code) = case("quantity-ships-vessels/agree");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
    let text = explained("quantity-ships-vessels/agree");
    assert!(text.contains("consistent [quantity-mismatch]"), "{text}");
}

#[test]
fn nine_fire_engines_against_five_appliances_is_an_error() {
    // `appliance` is a fire service's word for a fire engine (the curated
    // group `fire appliances`); firefighters are another count.
    let (f, _) = case("quantity-fire-appliances/differ");
    assert_eq!(f, vec![("quantity-mismatch".into(), "error".into())]);
    let (f, code) = case("quantity-fire-appliances/crews");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
}

#[test]
fn a_deal_reported_as_planned_meets_the_deal_told_as_done() {
    // `said they would combine in a deal worth $3.4 billion` tells the
    // plan announced, not a forecast: it compares with `agreed to combine
    // in a deal worth $2.9 billion`.
    let (f, code) = case("quantity-reported-plan/differ");
    assert_eq!(f, vec![("quantity-mismatch".into(), "error".into())]);
    assert_eq!(code, 1);
    let (f, code) = case("quantity-reported-plan/agree");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
    let text = explained("quantity-reported-plan/agree");
    assert!(text.contains("consistent [quantity-mismatch]"), "{text}");
}

#[test]
fn a_local_time_and_a_gmt_time_agree_in_the_places_zone() {
    // Osaka is in Asia/Tokyo: 3:40 a.m. there is 18:40 GMT the day before.
    let (f, code) = case("time-local-vs-gmt");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
    // Compared, and `--explain` says in which zones.
    let text = explained("time-local-vs-gmt");
    assert!(
        text.contains(
            "consistent [event-date] 03:40 local time (Asia/Tokyo, UTC+09:00) (18:40 UTC) and 18:40 UTC agree"
        ),
        "{text}"
    );
}

#[test]
fn a_local_winter_time_an_hour_after_gmt_is_an_error() {
    // Lisbon keeps GMT in winter: 7:05 a.m. local time on November 27 is
    // 07:05 UTC, an hour from 0605 GMT (in July it would agree).
    let (f, code) = case("time-local-winter-vs-gmt");
    assert_eq!(f, vec![("event-date".into(), "error".into())]);
    assert_eq!(code, 1);
    let text = explained("time-local-winter-vs-gmt");
    assert!(text.contains("(Europe/Lisbon, UTC+00:00)"), "{text}");
}

#[test]
fn days_beside_zoned_times_are_judged_on_the_instant() {
    // Sapporo is in Asia/Tokyo: 4:20 a.m. there on Nov. 3 is 19:20 GMT on
    // Nov. 2, one instant told on two days.
    let (f, code) = case("day-across-date-line/agree");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
    let text = explained("day-across-date-line/agree");
    assert!(
        text.contains("(2025-11-02 19:20 UTC) and 2025-11-02 19:20 UTC: one instant"),
        "{text}"
    );
    // Nov. 3 on both sides: the instants are a day apart in UTC.
    let (f, code) = case("day-across-date-line/differ");
    assert_eq!(f, vec![("event-date".into(), "error".into())]);
    assert_eq!(code, 1);
}

#[test]
fn a_part_with_a_verb_of_its_own_counts_what_the_verb_is_said_of() {
    // `at least 31 of the fishing trawlers were stranded` is a count of
    // stranded trawlers, against `about 20 ... were stranded`.
    let (f, _) = case("quantity-part-own-verb/differ");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "quantity-mismatch");
    let (f, code) = case("quantity-part-own-verb/agree");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
    let text = explained("quantity-part-own-verb/agree");
    assert!(text.contains("consistent [quantity-mismatch]"), "{text}");
    // The fleet's 45 trawlers are the whole, never the part stranded.
    let (f, code) = case("quantity-part-own-verb/whole");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
}

#[test]
fn engines_called_in_meet_appliances_called() {
    // `called in` only says the engines were brought to the fire: the
    // figure is keyed by `call`, as after `called` (rules/lexical/
    // particles.toml).
    let (f, _) = case("quantity-called-in/differ");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "quantity-mismatch");
    let (f, code) = case("quantity-called-in/agree");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
    let text = explained("quantity-called-in/agree");
    assert!(text.contains("consistent [quantity-mismatch]"), "{text}");
}

#[test]
fn how_long_an_event_lasted_is_keyed_by_its_noun() {
    // `an 11-day strike` against `their strike ended after 12 days`: one
    // strike, two lengths.
    let (f, code) = case("duration-event-length/differ");
    assert_eq!(f, vec![("quantity-mismatch".into(), "error".into())]);
    assert_eq!(code, 1);
    let (f, code) = case("duration-event-length/agree");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
    let text = explained("duration-event-length/agree");
    assert!(
        text.contains("11 days (exact) and 11 days (exact) meet"),
        "{text}"
    );
}

#[test]
fn counts_told_of_two_named_people_are_each_their_own() {
    // One source tells two people's counts in one sentence (`Lund is
    // charged with smuggling 14 cars, while Berg is accused of smuggling
    // three`): each is keyed by its doer, so neither is a rival value of
    // the other, and Lund's 14 meets the other source's `Lund, alleged
    // to have smuggled 16 cars` (an aside, not dated by the charge after it).
    let (f, _) = case("quantity-doer/differ");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "quantity-mismatch");
    let (f, code) = case("quantity-doer/agree");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
    // Two people's counts never meet.
    let (f, code) = case("quantity-doer/other");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
    // What a charge counts is no count told as fact.
    let (f, code) = case("quantity-doer/fact");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
}

#[test]
fn a_count_at_the_articles_own_place_meets_an_unscoped_one() {
    // `40 people were arrested in Lyon` in an article whose lead tells of
    // Lyon alone: the place is the story's, not a part of it.
    let (f, _) = case("quantity-own-place/differ");
    assert_eq!(f, vec![("quantity-mismatch".into(), "error".into())]);
    let (f, code) = case("quantity-own-place/agree");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
    let text = explained("quantity-own-place/agree");
    assert!(text.contains("consistent [quantity-mismatch]"), "{text}");
    // A lead that tells of two cities: the count in one is a part.
    let (f, code) = case("quantity-own-place/other");
    assert!(f.is_empty(), "{f:?}");
    assert_eq!(code, 0);
}
