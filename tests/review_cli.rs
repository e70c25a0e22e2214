//! `factlint review` on the command line: it refuses to start on a baseline
//! it could not write back, and serves only on loopback.

use assert_cmd::Command;
use std::io::{BufRead, BufReader, Read, Write};

#[test]
fn a_broken_baseline_stops_review_before_serving() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("factlint.baseline.toml"), "[[finding]\n").unwrap();
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(d.path())
        .arg("review")
        .arg(&seeds)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("factlint.baseline.toml:1:"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_path_that_does_not_exist_exits_2_instead_of_serving_an_empty_page() {
    let d = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(d.path())
        .args(["review", "no/such/folder"])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/folder: cannot read"), "{err}");
    assert!(err.contains("nothing to review"), "{err}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("http://"));
}

#[test]
fn serves_on_loopback_and_checks_the_host() {
    let d = tempfile::tempdir().unwrap();
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_factlint"))
        .current_dir(d.path())
        .arg("review")
        .arg(&seeds)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .strip_prefix("http://")
        .and_then(|a| a.strip_suffix('/'))
        .unwrap()
        .to_string();
    assert!(addr.starts_with("127.0.0.1:"), "{line}");
    let request = |host: &str| {
        let mut s = std::net::TcpStream::connect(&addr).unwrap();
        write!(
            s,
            "GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut reply = String::new();
        s.read_to_string(&mut reply).unwrap();
        reply
    };
    let ok = request(&addr);
    let port = addr.rsplit(':').next().unwrap().to_string();
    let rebound = request(&format!("attacker.example:{port}"));
    let _ = child.kill();
    let _ = child.wait();
    assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
    assert!(ok.contains("factlint review"));
    assert!(rebound.starts_with("HTTP/1.1 421"), "{rebound}");
    assert!(!rebound.contains("<article"));
}

/// The first line of `factlint review ARGS` on the seeds (its URL), then
/// what it printed on standard error once serving (it is stopped).
fn url_and_stderr(args: &[&str]) -> (String, String) {
    let d = tempfile::tempdir().unwrap();
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_factlint"))
        .current_dir(d.path())
        .arg("review")
        .args(args)
        .arg(&seeds)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    // Answering: everything before serving was printed.
    let addr = line
        .trim()
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let mut s = std::net::TcpStream::connect(&addr).unwrap();
    write!(
        s,
        "GET / HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut reply = String::new();
    s.read_to_string(&mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    let _ = child.kill();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let _ = child.wait();
    (line, err)
}

#[test]
fn quiet_prints_the_url_only() {
    let (url, err) = url_and_stderr(&[]);
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert!(
        err.contains("factlint review: 3 findings in 5 sources; decisions go to"),
        "{err}"
    );
    let (url, err) = url_and_stderr(&["-q"]);
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert_eq!(err, "", "-q: nothing but errors");
}
