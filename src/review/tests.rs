//! Route tests: the router driven directly (tower's `oneshot`), on the seeds.

use super::*;
use crate::baseline::Decision;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use tower::ServiceExt;

mod decisions;

const PORT: u16 = 4711;

fn seeds_analysis() -> Analysis {
    let lexicon = crate::lexicon::Lexicon::defaults();
    let rules = crate::rules::RuleSet::defaults();
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let loaded = crate::source::load_paths(&[seeds], &lexicon);
    crate::pipeline::analyze(
        loaded.sources,
        &lexicon,
        &rules,
        &crate::pipeline::Options::default(),
    )
}

/// A server state on the seeds whose baseline lives in a fresh folder.
fn state() -> (Arc<Review>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let r = Review::new(
        seeds_analysis(),
        dir.path().join(crate::baseline::FILE_NAME),
        PORT,
    );
    (Arc::new(r), dir)
}

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

async fn send(st: &Arc<Review>, req: Request<Body>) -> Reply {
    let res = router(st.clone()).oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = axum::body::to_bytes(res.into_body(), 1 << 24)
        .await
        .unwrap();
    Reply {
        status,
        headers,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri)
        .header(header::HOST, format!("127.0.0.1:{PORT}"))
        .body(Body::empty())
        .unwrap()
}

fn post(form: &[(&str, &str)]) -> Request<Body> {
    Request::post("/decide")
        .header(header::HOST, format!("localhost:{PORT}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(serde_urlencoded::to_string(form).unwrap()))
        .unwrap()
}

fn fingerprint(st: &Review, rule: &str, nth: usize) -> String {
    st.analysis
        .findings
        .iter()
        .filter(|f| f.rule == rule)
        .nth(nth)
        .unwrap()
        .fingerprint
        .clone()
}

/// The path of the source of a finding's `nth` claim.
fn source_of(st: &Review, fp: &str, nth: usize) -> String {
    let f = st.finding(fp).unwrap();
    let c = &st.analysis.claims[f.claims[nth]];
    st.analysis.sources[c.source].path.clone()
}

fn dismiss<'a>(st: &'a Review, fp: &'a str, reason: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", st.token()),
        ("fingerprint", fp),
        ("decision", "dismissed"),
        ("reason", reason),
        ("reviewer", "jdoe"),
    ]
}

#[tokio::test]
async fn findings_page_shows_cards_counts_and_forms() {
    let (st, _d) = state();
    let r = send(&st, get("/")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert!(r.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .contains("default-src 'none'"));
    let cards: Vec<&str> = r.body.split("<article class=\"card ").skip(1).collect();
    assert_eq!(cards.len(), 3);
    assert!(cards[0].starts_with("error open"), "{}", cards[0]);
    assert!(cards[0].contains("event-date"));
    assert!(cards[1..].iter().all(|c| c.contains("quote-speaker")));
    assert!(r.body.contains("<b>3</b> open"));
    assert!(r.body.contains("<mark>Thursday</mark>"));
    // Each card has both forms with the session token, and links to the articles.
    assert_eq!(r.body.matches(st.token()).count(), 6);
    assert!(r.body.contains("href=\"/source/"));
    assert!(r.body.contains("name=\"viewport\""));
}

#[tokio::test]
async fn filters_select_findings() {
    let (st, _d) = state();
    let cards = |b: &str| b.matches("<article class=\"card ").count();
    let r = send(&st, get("/?severity=warning")).await;
    assert_eq!((r.status, cards(&r.body)), (StatusCode::OK, 2));
    let r = send(&st, get("/?rule=event-date&decision=open")).await;
    assert_eq!(cards(&r.body), 1);
    assert!(r.body.contains("Showing 1 of 3 findings"));
    let r = send(&st, get("/?outlet=The+Associated+Press")).await;
    assert_eq!(cards(&r.body), 1);
    let r = send(&st, get("/?decision=dismissed")).await;
    assert_eq!(cards(&r.body), 0);
    let r = send(&st, get("/?severity=")).await;
    assert_eq!(cards(&r.body), 3);
    for bad in ["/?severity=fatal", "/?decision=maybe", "/?severity=%FF"] {
        let r = send(&st, get(bad)).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad}: {}", r.body);
        assert!(!r.body.is_empty());
    }
}

#[tokio::test]
async fn article_pages() {
    let (st, _d) = state();
    let r = send(&st, get("/source/3")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Thursday</mark>"));
    assert!(r.body.contains("event-date (error)"));
    let first = st.analysis.findings[0].claims[0];
    let s = st.analysis.claims[first].source;
    let r = send(&st, get(&format!("/source/{s}"))).await;
    assert!(r.body.contains(&format!("id=\"c{first}\"")));
    // The claim a link points to stands out, and every claim's reading is
    // on the page, not only in a tooltip.
    assert!(r.body.contains("mark:target"), "{}", r.body);
    assert!(
        r.body.contains(
            "<span class=\"reading\">date: Thursday → 2017-11-23 (read as the coming Thursday"
        ),
        "{}",
        r.body
    );
    assert!(
        r.body.contains("<span class=\"reading other\">"),
        "{}",
        r.body
    );
    assert!(!r.body.contains("hover"), "{}", r.body);
    // Dates taken from the story are said so in plain words.
    let r = send(&st, get("/source/3")).await;
    assert!(
        r.body.contains(crate::report::plain::BORROWED),
        "{}",
        r.body
    );
    assert_eq!(
        send(&st, get("/source/99")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        send(&st, get("/source/x")).await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(send(&st, get("/nope")).await.status, StatusCode::NOT_FOUND);
    let r = send(&st, get("/decide")).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn other_hosts_are_refused() {
    let (st, _d) = state();
    for host in [
        "evil.example:4711",
        "127.0.0.1",
        "127.0.0.1:80",
        "localhost",
        "",
    ] {
        let req = Request::get("/")
            .header(header::HOST, host)
            .body(Body::empty())
            .unwrap();
        let r = send(&st, req).await;
        assert_eq!(r.status, StatusCode::MISDIRECTED_REQUEST, "{host}");
        assert!(r.body.contains("refused"));
    }
    let req = Request::get("/").body(Body::empty()).unwrap();
    assert!(send(&st, req).await.status.is_client_error());
    let mut p = post(&dismiss(&st, "x", "y"));
    p.headers_mut()
        .insert(header::HOST, "attacker.test:4711".parse().unwrap());
    assert_eq!(send(&st, p).await.status, StatusCode::MISDIRECTED_REQUEST);
    assert_eq!(
        send(&st, get("/")).await.status,
        StatusCode::OK,
        "127.0.0.1:PORT is fine"
    );
}

/// Refusals carry the same security headers as every other answer; two
/// Host headers (the second naming another host, or the same one twice)
/// and an absolute-form target are refused.
#[tokio::test]
async fn refusals_carry_the_security_headers_and_ambiguous_hosts_are_refused() {
    let (st, _d) = state();
    let ok = send(&st, get("/")).await;
    let security = [
        header::CONTENT_SECURITY_POLICY,
        header::X_CONTENT_TYPE_OPTIONS,
        header::REFERRER_POLICY,
        header::CACHE_CONTROL,
    ];
    let good = format!("127.0.0.1:{PORT}");
    let two_hosts = |second: &str| {
        Request::get("/")
            .header(header::HOST, good.as_str())
            .header(header::HOST, second)
            .body(Body::empty())
            .unwrap()
    };
    let absolute = |target: &str| {
        Request::get(target)
            .header(header::HOST, good.as_str())
            .body(Body::empty())
            .unwrap()
    };
    let wrong_host = Request::get("/")
        .header(header::HOST, "evil.example:4711")
        .body(Body::empty())
        .unwrap();
    for (req, status) in [
        (wrong_host, StatusCode::MISDIRECTED_REQUEST),
        (two_hosts("evil.example"), StatusCode::MISDIRECTED_REQUEST),
        (two_hosts(&good), StatusCode::MISDIRECTED_REQUEST),
        (absolute("http://evil.example/"), StatusCode::BAD_REQUEST),
        (
            absolute(&format!("http://{good}/")),
            StatusCode::BAD_REQUEST,
        ),
    ] {
        let shown = format!("{:?} {:?}", req.uri(), req.headers());
        let r = send(&st, req).await;
        assert_eq!(r.status, status, "{shown}");
        assert!(r.body.starts_with("refused"), "{shown}: {}", r.body);
        for h in &security {
            assert_eq!(r.headers.get(h), ok.headers.get(h), "{h} on {shown}");
            assert!(r.headers.contains_key(h), "{h} on {shown}");
        }
    }
}

#[tokio::test]
async fn posts_need_the_token() {
    let (st, d) = state();
    let fp = fingerprint(&st, "event-date", 0);
    let mut form = dismiss(&st, &fp, "same day in Moscow time");
    form.retain(|(k, _)| *k != "csrf");
    let r = send(&st, post(&form)).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    form.push(("csrf", "0000"));
    assert_eq!(send(&st, post(&form)).await.status, StatusCode::FORBIDDEN);
    let wrong = "f".repeat(64);
    form.pop();
    form.push(("csrf", &wrong));
    assert_eq!(send(&st, post(&form)).await.status, StatusCode::FORBIDDEN);
    // Not a form at all.
    let req = Request::post("/decide")
        .header(header::HOST, format!("127.0.0.1:{PORT}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{\"csrf\": 1}"))
        .unwrap();
    assert!(send(&st, req).await.status.is_client_error());
    // A valid token from another site's page.
    let mut req = post(&dismiss(&st, &fp, "x"));
    req.headers_mut()
        .insert(header::ORIGIN, "http://evil.example".parse().unwrap());
    assert_eq!(send(&st, req).await.status, StatusCode::FORBIDDEN);
    let mut req = post(&dismiss(&st, &fp, "x"));
    req.headers_mut()
        .insert(header::ORIGIN, "null".parse().unwrap());
    assert_eq!(send(&st, req).await.status, StatusCode::FORBIDDEN);
    let mut req = post(&dismiss(&st, &fp, "x"));
    req.headers_mut()
        .insert("sec-fetch-site", "cross-site".parse().unwrap());
    assert_eq!(send(&st, req).await.status, StatusCode::FORBIDDEN);
    assert!(!d.path().join(crate::baseline::FILE_NAME).exists());
    // The page's own origin, as a browser sends it, is fine.
    let mut req = post(&dismiss(&st, &fp, "x"));
    let h = req.headers_mut();
    h.insert(
        header::ORIGIN,
        format!("http://localhost:{PORT}").parse().unwrap(),
    );
    h.insert("sec-fetch-site", "same-origin".parse().unwrap());
    assert_eq!(send(&st, req).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn malformed_decisions_get_400_with_a_message() {
    let (st, d) = state();
    let fp = fingerprint(&st, "event-date", 0);
    let t = st.token().to_string();
    let cases: Vec<Vec<(&str, &str)>> = vec![
        dismiss(&st, &fp, ""),
        vec![("csrf", &t), ("fingerprint", &fp), ("reviewer", "j")],
        vec![
            ("csrf", &t),
            ("fingerprint", &fp),
            ("decision", "maybe"),
            ("reviewer", "j"),
        ],
        vec![
            ("csrf", &t),
            ("fingerprint", &fp),
            ("decision", "confirmed"),
        ],
        vec![("csrf", &t), ("decision", "confirmed"), ("reviewer", "j")],
    ];
    for form in &cases {
        let r = send(&st, post(form)).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{form:?}");
        assert!(r.body.len() > 10, "{}", r.body);
    }
    let long = "x".repeat(routes::MAX_FIELD + 1);
    let r = send(&st, post(&dismiss(&st, &fp, &long))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = send(&st, post(&dismiss(&st, "0123456789abcdef", "x"))).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let req = Request::post("/decide")
        .header(header::HOST, format!("127.0.0.1:{PORT}"))
        .body(Body::from(vec![b'%', 0xff, b'=', 0xfe]))
        .unwrap();
    assert!(send(&st, req).await.status.is_client_error());
    assert!(!d.path().join(crate::baseline::FILE_NAME).exists());
}

#[tokio::test]
async fn decisions_persist_and_show_after_reload() {
    let (st, _d) = state();
    let fp = fingerprint(&st, "event-date", 0);
    let mut form = dismiss(&st, &fp, "TASS corrected the <b>date</b>");
    form.push(("note", "asked the desk \"twice\""));
    form.push(("back", "severity=error"));
    let r = send(&st, post(&form)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        r.headers[header::LOCATION].to_str().unwrap(),
        format!("/?severity=error#f-{fp}")
    );
    let cookie = r.headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with("factlint_reviewer=jdoe;"), "{cookie}");
    // On disk, in the file the gate reads.
    let b = st.baseline().unwrap();
    let e = b.entry(&fp).unwrap();
    assert_eq!(e.decision, Some(Decision::Dismissed));
    assert_eq!(e.reason.as_deref(), Some("TASS corrected the <b>date</b>"));
    assert_eq!(e.note.as_deref(), Some("asked the desk \"twice\""));
    assert_eq!(e.reviewer.as_deref(), Some("jdoe"));
    assert_eq!(e.rule, "event-date");
    // On the page, escaped; the reviewer's name is remembered.
    let req = Request::get("/")
        .header(header::HOST, format!("127.0.0.1:{PORT}"))
        .header(header::COOKIE, "other=1; factlint_reviewer=Jane+Doe")
        .body(Body::empty())
        .unwrap();
    let r = send(&st, req).await;
    assert!(r.body.contains("<b>1</b> dismissed"));
    assert!(r.body.contains("<article class=\"card error dismissed\""));
    assert!(r
        .body
        .contains("TASS corrected the &lt;b&gt;date&lt;/b&gt;"));
    assert!(!r.body.contains("<b>date</b>"));
    assert!(r.body.contains("value=\"Jane Doe\""));
    // Confirming later keeps the reason and adds to the list to correct.
    let t = st.token().to_string();
    let wrong = source_of(&st, &fp, 0);
    let form = [
        ("csrf", t.as_str()),
        ("fingerprint", &fp),
        ("decision", "confirmed"),
        ("reviewer", "kim"),
        ("wrong", &wrong),
    ];
    assert_eq!(send(&st, post(&form)).await.status, StatusCode::SEE_OTHER);
    let e = st.baseline().unwrap().entry(&fp).cloned().unwrap();
    assert_eq!(e.decision, Some(Decision::Confirmed));
    assert_eq!(e.reason.as_deref(), Some("TASS corrected the <b>date</b>"));
    assert_eq!(e.history.len(), 2, "{e:?}");
    let r = send(&st, get("/?decision=confirmed")).await;
    assert!(r.body.contains("To correct (confirmed)"));
    assert!(r.body.contains("confirmed by kim on "));
}

#[tokio::test]
async fn concurrent_decisions_are_merged() {
    let (st, _d) = state();
    // An entry written by someone else before the server writes anything.
    std::fs::write(
        &st.baseline_path,
        "[[finding]]\nfingerprint = \"feedface\"\nrule = \"r\"\nsummary = \"kept\"\nreason = \"by hand\"\n",
    )
    .unwrap();
    let a = fingerprint(&st, "quote-speaker", 0);
    let b = fingerprint(&st, "quote-speaker", 1);
    let (fa, fb) = (dismiss(&st, &a, "tab one"), dismiss(&st, &b, "tab two"));
    let (st1, st2) = (st.clone(), st.clone());
    let (ra, rb) = (post(&fa), post(&fb));
    // Two clients at once, on two threads with their own runtimes.
    let t1 = std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(async move { send(&st1, ra).await.status })
    });
    let t2 = std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(async move { send(&st2, rb).await.status })
    });
    assert_eq!(t1.join().unwrap(), StatusCode::SEE_OTHER);
    assert_eq!(t2.join().unwrap(), StatusCode::SEE_OTHER);
    let bl = st.baseline().unwrap();
    assert_eq!(bl.entries.len(), 3, "{bl:?}");
    assert_eq!(bl.entry(&a).unwrap().reason.as_deref(), Some("tab one"));
    assert_eq!(bl.entry(&b).unwrap().reason.as_deref(), Some("tab two"));
    assert_eq!(
        bl.entry("feedface").unwrap().reason.as_deref(),
        Some("by hand")
    );
    // Many more, interleaved as tasks on one runtime.
    let mut set = tokio::task::JoinSet::new();
    for i in 0..8 {
        let fp = if i % 2 == 0 { &a } else { &b };
        let req = post(&dismiss(&st, fp, if i % 2 == 0 { "a" } else { "b" }));
        let st = st.clone();
        set.spawn(async move { send(&st, req).await.status });
    }
    while let Some(status) = set.join_next().await {
        assert_eq!(status.unwrap(), StatusCode::SEE_OTHER);
    }
    assert_eq!(st.baseline().unwrap().entries.len(), 3);
}

#[tokio::test]
async fn a_broken_baseline_is_not_overwritten() {
    let (st, _d) = state();
    std::fs::write(&st.baseline_path, "[[finding]\nnot toml").unwrap();
    let fp = fingerprint(&st, "event-date", 0);
    let r = send(&st, post(&dismiss(&st, &fp, "x"))).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("not changed"), "{}", r.body);
    assert_eq!(
        std::fs::read_to_string(&st.baseline_path).unwrap(),
        "[[finding]\nnot toml"
    );
    let r = send(&st, get("/")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("cannot be read"));
}

#[tokio::test]
async fn source_text_is_escaped_on_every_page() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = seeds_analysis();
    // Inject markup into the sentence of the first finding's first claim and into a title.
    let ci = a.findings[0].claims[0];
    let c = a.claims[ci].clone();
    let evil = "\"><img src=x onerror=alert(1)><script>alert(2)</script>";
    let s = &mut a.sources[c.source];
    s.text.insert_str(c.sentence.start, evil);
    s.meta.title = Some("<script>alert(3)</script>".into());
    s.meta.outlet = Some("<i>Outlet</i>".into());
    let shift = evil.len();
    for cl in a.claims.iter_mut().filter(|x| x.source == c.source) {
        if cl.span.start >= c.sentence.start {
            cl.span = cl.span.start + shift..cl.span.end + shift;
        }
        if cl.sentence.start > c.sentence.start {
            cl.sentence = cl.sentence.start + shift..cl.sentence.end + shift;
        } else if cl.sentence.end >= c.sentence.start {
            cl.sentence = cl.sentence.start..cl.sentence.end + shift;
        }
    }
    let sid = c.source;
    let st = Arc::new(Review::new(a, dir.path().join("b.toml"), PORT));
    for uri in [
        "/".to_string(),
        format!("/source/{sid}"),
        "/?outlet=%3Ci%3EOutlet%3C%2Fi%3E".to_string(),
    ] {
        let r = send(&st, get(&uri)).await;
        assert_eq!(r.status, StatusCode::OK, "{uri}");
        // The page's own script is the only one.
        let body = r.body.replace("<script src=\"/review.js\"></script>", "");
        assert!(!body.contains("<script"), "{uri}");
        assert!(!r.body.contains("<img"), "{uri}");
        assert!(!r.body.contains("<i>"), "{uri}");
        assert!(
            r.body.contains("&lt;script&gt;alert(2)&lt;/script&gt;"),
            "{uri}"
        );
        assert!(r.body.contains("&lt;i&gt;Outlet&lt;/i&gt;"), "{uri}");
    }
    let r = send(&st, get(&format!("/source/{sid}"))).await;
    assert!(r.body.contains("&lt;script&gt;alert(3)&lt;/script&gt;"));
    // Filter values echo back escaped too.
    let r = send(&st, get("/?rule=%22%3E%3Cscript%3E")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.body.contains("\"><script>"));
}
