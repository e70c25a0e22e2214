//! The review page in a real browser: headless Chromium driven over
//! WebDriver (chromedriver + fantoccini). `factlint review` runs on a copy
//! of the seeds in a temporary folder; the test sees the three cards,
//! dismisses the event-date error with a reason, reloads, sees it
//! dismissed, and checks that `factlint check` in that folder now passes.
//!
//! Needs `chromium` and `chromedriver` (Debian: `apt-get install -y chromium
//! chromium-driver`), so it is ignored by a plain `cargo test`; `cargo test
//! -- --ignored` runs it (as `.ci/run` does, after installing both) and it
//! fails when either is missing.

use fantoccini::{ClientBuilder, Locator};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Kills a child process when dropped (the test's own children only).
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(name))
            .find(|p| p.is_file())
    })
}

fn browser() -> Option<(PathBuf, PathBuf)> {
    let chromium = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| which("chromium"))
        .or_else(|| which("chromium-browser"))?;
    let driver = which("chromedriver")?;
    Some((chromium, driver))
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_for_port(port: u16) {
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "nothing listens on {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn copy_seeds(dir: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let to = dir.join("seeds");
    std::fs::create_dir_all(&to).unwrap();
    for e in std::fs::read_dir(root.join("seeds")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

fn factlint(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .current_dir(dir)
        .env_remove("GITHUB_ACTIONS")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `target/`, where the screenshots go.
fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

#[tokio::test]
#[ignore = "needs Chromium"]
async fn review_page_in_headless_chromium() {
    let Some((chromium, driver)) = browser() else {
        let ci = if std::env::var("CI").as_deref() == Ok("true") {
            " CI=true: CI must provide them."
        } else {
            ""
        };
        panic!(
            "needs Chromium: chromium (or $CHROMIUM) or chromedriver not found on PATH \
             (Debian: apt-get install -y chromium chromium-driver). This test is ignored \
             by a plain `cargo test` and runs with `cargo test -- --ignored`.{ci}"
        );
    };
    let dir = tempfile::tempdir().unwrap();
    copy_seeds(dir.path());

    // The server, on a free port it picks and prints.
    let mut server = Killed(
        Command::new(env!("CARGO_BIN_EXE_factlint"))
            .current_dir(dir.path())
            .args(["review", "seeds"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut line = String::new();
    BufReader::new(server.0.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line.trim().to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{url:?}");

    // chromedriver and a browser session.
    let port = free_port();
    let _driver = Killed(
        Command::new(&driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_for_port(port);
    let profile = tempfile::tempdir().unwrap();
    let caps = serde_json::json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": chromium,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--disable-dev-shm-usage",
                "--window-size=1280,2200",
                format!("--user-data-dir={}", profile.path().display()),
            ]
        }
    });
    let serde_json::Value::Object(caps) = caps else {
        unreachable!()
    };
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a chromedriver session");

    // The page: three cards, the event-date error first, two quote-speaker warnings.
    client.goto(&url).await.unwrap();
    let cards = client.find_all(Locator::Css("article.card")).await.unwrap();
    assert_eq!(cards.len(), 3);
    let mut seen = Vec::new();
    for c in &cards {
        seen.push((
            c.attr("data-rule").await.unwrap().unwrap_or_default(),
            c.attr("class").await.unwrap().unwrap_or_default(),
        ));
    }
    assert_eq!(seen[0], ("event-date".into(), "card error open".into()));
    for s in &seen[1..] {
        assert_eq!(*s, ("quote-speaker".into(), "card warning open".into()));
    }
    let first = cards[0].text().await.unwrap();
    assert!(first.contains("Thursday → 2017-11-23"), "{first}");
    assert!(first.contains("The Associated Press"), "{first}");
    let header = client.find(Locator::Css("header")).await.unwrap();
    let counts = header.text().await.unwrap();
    assert!(
        !counts.contains("1 errors") && counts.contains("1 error") && counts.contains("3 open"),
        "{counts}"
    );

    // The walkthrough of docs/review.md: 003's Thursday is a typo. The name
    // is asked once, in the header, not in each form.
    let reviewer = client
        .find(Locator::Css("header input#reviewer"))
        .await
        .unwrap();
    reviewer.send_keys("Jane Doe").await.unwrap();
    let card = client
        .find(Locator::Css("article.card[data-rule='event-date']"))
        .await
        .unwrap();
    let form = card.find(Locator::Css("form.confirm")).await.unwrap();
    let submit = form.find(Locator::Css("button")).await.unwrap();
    // Confirm without naming the wrong source: the page does not send it.
    submit.click().await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let baseline = dir.path().join("factlint.baseline.toml");
    assert!(
        !baseline.exists(),
        "a confirmation naming no source was sent"
    );
    form.find(Locator::Css(
        "input[name='wrong'][value$='003_ea48ef49ecb486fd.txt']",
    ))
    .await
    .unwrap()
    .click()
    .await
    .unwrap();
    submit.click().await.unwrap();
    let card = card_in_state(&client, &url, &baseline, "confirmed").await;
    let text = card.text().await.unwrap();
    assert!(text.contains("confirmed by Jane Doe on "), "{text}");
    assert!(
        text.contains("wrong: “Putin says he will talk to Trump following Assad meeting” (seeds/003_ea48ef49ecb486fd.txt)"),
        "{text}"
    );
    assert!(
        card.find(Locator::Css("details:not([open]) > summary"))
            .await
            .is_ok(),
        "a decided card is collapsed"
    );
    let last = client
        .find_all(Locator::Css("article.card"))
        .await
        .unwrap()
        .pop()
        .unwrap();
    assert_eq!(
        last.attr("data-rule").await.unwrap().as_deref(),
        Some("event-date"),
        "decided cards come after the undecided ones"
    );

    // 003 fixed: open the card, mark it corrected.
    card.find(Locator::Css("summary"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let form = card.find(Locator::Css("form.correct")).await.unwrap();
    form.find(Locator::Css("textarea[name='correction']"))
        .await
        .unwrap()
        .send_keys("003: Thursday changed to Wednesday in the 10:40 edition")
        .await
        .unwrap();
    form.find(Locator::Css("button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let card = card_in_state(&client, &url, &baseline, "corrected").await;
    let text = card.text().await.unwrap();
    assert!(text.contains("corrected by Jane Doe on "), "{text}");
    let counts = client
        .find(Locator::Css("header"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        counts.contains("1 corrected") && counts.contains("2 open"),
        "{counts}"
    );
    let list = client
        .find(Locator::Css("section.corrections.done"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(list.contains("in the 10:40 edition"), "{list}");
    // The name is remembered in the browser for the next decision.
    let name = client
        .find(Locator::Css("header input#reviewer"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(name.as_deref(), Some("Jane Doe"));
    // The page from the top, for the screenshot (docs/review.png is one).
    client.set_window_size(1280, 1500).await.unwrap();
    client.goto(&url).await.unwrap();
    let png = client.screenshot().await.unwrap();
    let shot = target_dir().join("review-screenshot.png");
    std::fs::write(&shot, &png).unwrap();
    assert!(png.starts_with(b"\x89PNG"));

    // The article page from the card's link.
    let link = client
        .find(Locator::Css(
            "article.card[data-rule='event-date'] .claim a",
        ))
        .await
        .unwrap()
        .attr("href")
        .await
        .unwrap()
        .unwrap();
    client
        .goto(&format!("{}{}", url.trim_end_matches('/'), link))
        .await
        .unwrap();
    let marks = client.find_all(Locator::Css("mark")).await.unwrap();
    assert!(marks.len() > 3, "{} marks", marks.len());

    // On a phone-sized window the findings page does not scroll sideways.
    client.set_window_size(390, 844).await.unwrap();
    client.goto(&url).await.unwrap();
    let fits = client
        .execute(
            "return document.documentElement.scrollWidth <= window.innerWidth + 1;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        fits,
        serde_json::Value::Bool(true),
        "horizontal scrolling on a phone"
    );
    let png = client.screenshot().await.unwrap();
    std::fs::write(target_dir().join("review-phone.png"), &png).unwrap();
    client.close().await.unwrap();
    drop(server);

    // The gate honours the decisions: the corrected error no longer fails;
    // the seeds still say Thursday, so it comes back as a note.
    let (code, stdout, stderr) = factlint(dir.path(), &["check", "seeds"]);
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    assert!(
        stdout.contains("Marked corrected on ")
            && stdout.contains("by Jane Doe but still produced"),
        "{stdout}"
    );
    let (code, _, _) = factlint(dir.path(), &["check", "--no-baseline", "seeds"]);
    assert_eq!(code, 1, "without the baseline the error still fails");
    let toml = std::fs::read_to_string(&baseline).unwrap();
    assert!(toml.contains("decision = \"corrected\""), "{toml}");
    assert!(toml.contains("reviewer = \"Jane Doe\""), "{toml}");
    assert_eq!(toml.matches("\n[[finding.history]]\n").count(), 2, "{toml}");
}

/// Waits until the baseline records `state` for the event-date finding and
/// the page (loaded again, as often as a redirect in flight needs) shows
/// its card so; returns the card.
async fn card_in_state(
    client: &fantoccini::Client,
    url: &str,
    baseline: &Path,
    state: &str,
) -> fantoccini::elements::Element {
    let start = Instant::now();
    let wanted = format!("card error {state}");
    loop {
        if start.elapsed() > Duration::from_secs(15) {
            let page = client.source().await.unwrap_or_default();
            panic!("the card never showed {state}: {page}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        let written = std::fs::read_to_string(baseline)
            .is_ok_and(|t| t.contains(&format!("decision = \"{state}\"")));
        if !written || client.goto(url).await.is_err() {
            continue;
        }
        let Ok(card) = client
            .find(Locator::Css("article.card[data-rule='event-date']"))
            .await
        else {
            continue;
        };
        if card.attr("class").await.ok().flatten().as_deref() == Some(wanted.as_str()) {
            return card;
        }
    }
}
