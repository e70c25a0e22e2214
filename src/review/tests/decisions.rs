//! The decisions as a desk makes them: confirm (naming the wrong source),
//! mark corrected, dismiss, reopen; the history they leave; the page's
//! reviewer field, labels and collapsed cards.

use super::*;
use crate::baseline::Action;

fn form<'a>(
    st: &'a Review,
    fp: &'a str,
    decision: &'a str,
    extra: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("csrf", st.token()),
        ("fingerprint", fp),
        ("decision", decision),
        ("reviewer", "Jane Doe"),
    ];
    f.extend_from_slice(extra);
    f
}

#[tokio::test]
async fn confirm_correct_reopen_keeps_a_history() {
    let (st, _d) = state();
    let fp = fingerprint(&st, "event-date", 0);
    let wrong = source_of(&st, &fp, 0);
    let r = send(
        &st,
        post(&form(&st, &fp, "confirmed", &[("wrong", &wrong)])),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let fix = "003: Thursday changed to Wednesday, 10:40";
    let corrected = form(&st, &fp, "corrected", &[("correction", fix)]);
    let r = send(&st, post(&corrected)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let e = st.baseline().unwrap().entry(&fp).cloned().unwrap();
    assert_eq!(e.decision, Some(Decision::Corrected));
    assert_eq!(e.wrong, [wrong]);
    assert_eq!(e.correction.as_deref(), Some(fix));
    assert!(e.decided.as_deref().is_some_and(|t| t.ends_with('Z')));
    // The page: the card collapsed to its decision, after the open ones,
    // and the corrections list says what was corrected.
    let page = send(&st, get("/")).await.body;
    let card = page
        .split("<article class=\"card error corrected\"")
        .nth(1)
        .unwrap();
    assert!(card.starts_with(&format!(" id=\"f-{fp}\"")), "{card}");
    assert!(card.contains("<details><summary>"), "{card}");
    assert!(card.contains("corrected by Jane Doe on "), "{card}");
    // Every card is a finding produced now: one marked corrected is
    // flagged, on its collapsed line too.
    let summary = card.split("</summary>").next().unwrap();
    assert!(summary.contains("still produced"), "{summary}");
    assert!(card.contains(crate::report::html::STILL_PRODUCED), "{card}");
    assert!(page.find("card warning open") < page.find("card error corrected"));
    assert!(page.contains("<h2>Corrections</h2>"));
    assert!(page.contains(fix));
    assert!(page.contains("<b>1</b> corrected"));
    // Reopened: undecided again, the history has all three.
    let r = send(&st, post(&form(&st, &fp, "reopened", &[]))).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let e = st.baseline().unwrap().entry(&fp).cloned().unwrap();
    assert_eq!(e.decision, None);
    assert!(e.is_reopened());
    let done: Vec<Action> = e.history.iter().map(|h| h.decision).collect();
    assert_eq!(
        done,
        [Action::Confirmed, Action::Corrected, Action::Reopened]
    );
    assert!(e
        .history
        .windows(2)
        .all(|w| w[0].timestamp() < w[1].timestamp()));
    let page = send(&st, get("/")).await.body;
    assert!(page.contains("<article class=\"card error open\""));
    assert!(page.contains("<b>3</b> open"));
}

#[tokio::test]
async fn decisions_that_do_not_apply_are_refused_and_nothing_written() {
    let (st, d) = state();
    let fp = fingerprint(&st, "event-date", 0);
    let file = d.path().join(crate::baseline::FILE_NAME);
    // Corrected before confirmed, reopening the undecided: 409.
    let r = send(
        &st,
        post(&form(&st, &fp, "corrected", &[("correction", "x")])),
    )
    .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert!(r.body.contains("only a confirmed finding"), "{}", r.body);
    let r = send(&st, post(&form(&st, &fp, "reopened", &[]))).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert!(!file.exists());
    // Missing or foreign fields: 400.
    let quote = fingerprint(&st, "quote-speaker", 0);
    let elsewhere = st
        .analysis
        .sources
        .iter()
        .map(|s| s.path.clone())
        .find(|p| {
            let f = st.finding(&fp).unwrap();
            !f.claims
                .iter()
                .any(|&c| st.analysis.sources[st.analysis.claims[c].source].path == *p)
        })
        .unwrap();
    for (f, why) in [
        (form(&st, &fp, "confirmed", &[]), "needs the source"),
        (
            form(&st, &fp, "confirmed", &[("wrong", &elsewhere)]),
            "not a source",
        ),
        (form(&st, &quote, "corrected", &[]), "what was corrected"),
    ] {
        let r = send(&st, post(&f)).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{f:?}");
        assert!(r.body.contains(why), "{}", r.body);
    }
    assert!(!file.exists());
}

#[tokio::test]
async fn the_name_is_asked_once_and_forms_have_labels() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = Review::new(seeds_analysis(), dir.path().join("b.toml"), PORT);
    r.default_reviewer = Some("Desk <Night>".into());
    let st = Arc::new(r);
    let page = send(&st, get("/")).await;
    let body = &page.body;
    assert!(body.contains("<label for=\"reviewer\">"), "{body}");
    assert!(body.contains("<input id=\"reviewer\" type=\"text\""));
    assert!(body.contains("value=\"Desk &lt;Night&gt;\""));
    // Not typed in each form: a hidden field the script fills.
    assert!(!body.contains("placeholder"));
    assert!(!body.contains("type=\"text\" name=\"reviewer\""));
    assert_eq!(
        body.matches("<form class=\"decide ").count(),
        body.matches("<input type=\"hidden\" name=\"reviewer\"")
            .count()
    );
    assert!(body.contains("<label>Why it is not a contradiction (required)<input"));
    assert!(body.contains("<legend>Which source is wrong? (one or more)</legend>"));
    assert!(body.contains("<script src=\"/review.js\"></script>"));
    let policy = page.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(policy.contains("script-src 'self'"), "{policy}");
    let js = send(&st, get("/review.js")).await;
    assert_eq!(js.status, StatusCode::OK);
    assert!(js.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));
    assert!(js.body.contains("localStorage"));
}
