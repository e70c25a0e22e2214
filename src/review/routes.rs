//! The routes: `GET /` (findings, filtered by the query string),
//! `GET /source/{id}` (one article with its claims marked),
//! `GET /review.js` (the page's one script), `POST /decide`.

use super::pages::{self, Filters};
use super::{Posted, Review};
use crate::baseline::Action;
use axum::body::Bytes;
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use std::sync::Arc;

/// The longest reason, note or reviewer name accepted, in characters.
pub const MAX_FIELD: usize = 4000;

/// The name of the cookie remembering the reviewer.
pub const REVIEWER_COOKIE: &str = "factlint_reviewer";

/// The most sources a confirmation may name as wrong.
const MAX_WRONG: usize = 100;

/// The page's script: the reviewer's name, typed once in the header,
/// remembered in the browser (localStorage) and sent with every decision.
/// Served from this origin (the only script the policy allows); the forms
/// work without it, with the name the server knows (cookie, `--reviewer`).
pub const SCRIPT: &str = include_str!("review.js");

/// The application: routes behind the Host check.
pub fn router(state: Arc<Review>) -> Router {
    Router::new()
        .route("/", get(findings_page))
        .route("/source/{id}", get(source_page))
        .route("/review.js", get(script))
        .route("/decide", post(decide))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(state.clone(), check_host))
        .with_state(state)
}

/// A plain-text error response.
fn error(status: StatusCode, message: impl Into<String>) -> Response {
    let mut message = message.into();
    message.push('\n');
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        message,
    )
        .into_response()
}

/// Refuses requests whose Host is not this server on loopback (DNS
/// rebinding), and sets the security headers on every answer, refusals
/// included.
async fn check_host(State(st): State<Arc<Review>>, req: Request, next: Next) -> Response {
    let mut res = match refusal(&req, st.port) {
        Some(refused) => refused,
        None => next.run(req).await,
    };
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// Why a request is not for this server, as the answer to give: not
/// exactly one Host header naming it (a second Host could be read by
/// another hop), or an absolute-form target (`GET http://evil.example/`,
/// which names its own host; browsers send it only to proxies).
fn refusal(req: &Request, port: u16) -> Option<Response> {
    let allowed = [format!("127.0.0.1:{port}"), format!("localhost:{port}")];
    let open = format!("open http://127.0.0.1:{port}/");
    if req.uri().scheme().is_some() || req.uri().authority().is_some() {
        return Some(error(
            StatusCode::BAD_REQUEST,
            format!("refused: an absolute-form request target; {open}"),
        ));
    }
    let hosts: Vec<&HeaderValue> = req.headers().get_all(header::HOST).iter().collect();
    if hosts.len() > 1 {
        return Some(error(
            StatusCode::MISDIRECTED_REQUEST,
            format!("refused: {} Host headers; {open}", hosts.len()),
        ));
    }
    let host = hosts.first().and_then(|h| h.to_str().ok()).unwrap_or("");
    if !allowed.iter().any(|a| a.eq_ignore_ascii_case(host)) {
        return Some(error(
            StatusCode::MISDIRECTED_REQUEST,
            format!(
                "refused: Host {host:?} is not {}; {open}",
                allowed.join(" or ")
            ),
        ));
    }
    None
}

async fn script() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        SCRIPT,
    )
        .into_response()
}

async fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, "not found: try /")
}

/// The reviewer remembered in the cookie.
fn cookie_reviewer(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| {
            let pairs: Vec<(String, String)> = serde_urlencoded::from_str(kv.trim()).ok()?;
            pairs.into_iter().find(|(k, _)| k == REVIEWER_COOKIE)
        })
        .map(|(_, v)| v)
        .find(|v| !v.trim().is_empty())
}

async fn findings_page(
    State(st): State<Arc<Review>>,
    headers: HeaderMap,
    filters: Result<Query<Filters>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Query(filters) = match filters {
        Ok(f) => f,
        Err(e) => return error(StatusCode::BAD_REQUEST, format!("bad query string: {e}")),
    };
    if let Err(e) = filters.validate() {
        return error(StatusCode::BAD_REQUEST, e);
    }
    let reviewer = cookie_reviewer(&headers).or_else(|| st.default_reviewer.clone());
    Html(pages::findings(&st, &filters, reviewer.as_deref()).into_string()).into_response()
}

async fn source_page(
    State(st): State<Arc<Review>>,
    id: Result<Path<usize>, axum::extract::rejection::PathRejection>,
) -> Response {
    let id = match id {
        Ok(Path(id)) => id,
        Err(e) => return error(StatusCode::BAD_REQUEST, format!("bad source number: {e}")),
    };
    if id >= st.analysis.sources.len() {
        return error(StatusCode::NOT_FOUND, format!("no source {id}"));
    }
    Html(pages::source(&st, id).into_string()).into_response()
}

/// Constant-time comparison of the posted token with the session's.
fn same_token(given: &str, expected: &str) -> bool {
    given.len() == expected.len()
        && given
            .bytes()
            .zip(expected.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// Refuses requests a browser marks as coming from another site.
fn cross_site(st: &Review, headers: &HeaderMap) -> Option<String> {
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        let ok = [
            format!("http://127.0.0.1:{}", st.port),
            format!("http://localhost:{}", st.port),
        ];
        if !ok.iter().any(|o| o.eq_ignore_ascii_case(origin)) {
            return Some(format!("refused: request from origin {origin:?}"));
        }
    }
    let site = headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    (site == "cross-site" || site == "same-site").then(|| format!("refused: a {site} request"))
}

async fn decide(State(st): State<Arc<Review>>, headers: HeaderMap, body: Bytes) -> Response {
    let fields: Vec<(String, String)> = match serde_urlencoded::from_bytes(&body) {
        Ok(f) => f,
        Err(e) => return error(StatusCode::BAD_REQUEST, format!("malformed form: {e}")),
    };
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_string())
    };
    let token = field("csrf").unwrap_or_default();
    if !same_token(&token, st.token()) {
        return error(
            StatusCode::FORBIDDEN,
            "refused: missing or invalid form token (reload the page and try again)",
        );
    }
    if let Some(why) = cross_site(&st, &headers) {
        return error(StatusCode::FORBIDDEN, why);
    }
    let posted = match parse_decision(&fields) {
        Ok(p) => p,
        Err(e) => return error(StatusCode::BAD_REQUEST, e),
    };
    let Some(finding) = st.finding(&posted.fingerprint) else {
        return error(
            StatusCode::NOT_FOUND,
            format!("no finding with fingerprint {:?}", posted.fingerprint),
        );
    };
    let a = &st.analysis;
    let involved = |path: &str| {
        finding.claims.iter().any(|&c| {
            a.claims
                .get(c)
                .is_some_and(|c| a.sources[c.source].path == path)
        })
    };
    if let Some(w) = posted.wrong.iter().find(|w| !involved(w)) {
        return error(
            StatusCode::BAD_REQUEST,
            format!("{w:?} is not a source of this finding"),
        );
    }
    if let Err(e) = st.decide(finding, &posted) {
        return error(StatusCode::CONFLICT, e);
    }
    // Back to the page the form was on, at the card.
    let back: Filters = field("back")
        .and_then(|b| serde_urlencoded::from_str(&b).ok())
        .filter(|f: &Filters| f.validate().is_ok())
        .unwrap_or_default();
    let location = format!("{}#f-{}", back.href(), posted.fingerprint);
    let cookie = format!(
        "{}; Path=/; Max-Age=31536000; SameSite=Strict; HttpOnly",
        serde_urlencoded::to_string([(REVIEWER_COOKIE, &posted.reviewer)]).unwrap_or_default()
    );
    let mut res = (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

/// Validates the decision fields of the form (`wrong` may repeat).
fn parse_decision(fields: &[(String, String)]) -> Result<Posted, String> {
    let values = |name: &str| -> Vec<String> {
        fields
            .iter()
            .filter(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_string())
            .collect()
    };
    let non_empty = |name: &str| values(name).into_iter().next();
    let fingerprint = non_empty("fingerprint").ok_or("missing field: fingerprint")?;
    let decision = match non_empty("decision") {
        Some(d) => Action::parse(&d).ok_or_else(|| {
            format!("decision must be \"confirmed\", \"corrected\", \"dismissed\" or \"reopened\", not {d:?}")
        })?,
        None => return Err("missing field: decision".into()),
    };
    let reviewer = non_empty("reviewer")
        .ok_or("a decision needs the reviewer's name (type it at the top of the page)")?;
    let reason = non_empty("reason");
    let correction = non_empty("correction");
    let note = non_empty("note");
    let mut wrong = values("wrong");
    wrong.dedup();
    match decision {
        Action::Dismissed if reason.is_none() => {
            return Err("dismissing a finding needs a reason".into())
        }
        Action::Confirmed if wrong.is_empty() => {
            return Err("confirming a finding needs the source (or sources) that are wrong".into())
        }
        Action::Corrected if correction.is_none() => {
            return Err("marking a finding corrected needs what was corrected, where".into())
        }
        _ => {}
    }
    if wrong.len() > MAX_WRONG {
        return Err(format!("more than {MAX_WRONG} wrong sources"));
    }
    for (name, v) in [
        ("reviewer", Some(&reviewer)),
        ("reason", reason.as_ref()),
        ("note", note.as_ref()),
        ("correction", correction.as_ref()),
    ]
    .into_iter()
    .chain(wrong.iter().map(|w| ("wrong", Some(w))))
    {
        if v.is_some_and(|v| v.chars().count() > MAX_FIELD) {
            return Err(format!("{name} is longer than {MAX_FIELD} characters"));
        }
    }
    if reviewer.chars().any(char::is_control) {
        return Err("the reviewer's name must be one line".into());
    }
    Ok(Posted {
        fingerprint,
        decision,
        reason,
        note,
        reviewer,
        wrong,
        correction,
    })
}
