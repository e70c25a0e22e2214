//! Helpers for running the binary.

use assert_cmd::Command;
use serde_json::Value;

/// The binary, run from the crate root, with plain output.
pub fn factlint() -> Command {
    let mut cmd = Command::cargo_bin("factlint").expect("binary builds");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS");
    cmd
}

/// Runs `check --format json` on `args` and returns the parsed report and exit code.
pub fn check_json(args: &[&str]) -> (Value, i32) {
    let out = factlint()
        .arg("check")
        .arg("--format")
        .arg("json")
        .args(args)
        .output()
        .expect("runs");
    let code = out.status.code().expect("exit code");
    let json: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (json, code)
}

/// `(rule, severity)` of every finding.
pub fn findings(report: &Value) -> Vec<(String, String)> {
    report["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_string(),
                f["severity"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// The three-digit prefixes of the seed files a finding involves.
pub fn seed_ids(finding: &Value) -> Vec<String> {
    let mut ids: Vec<String> = finding["claims"]
        .as_array()
        .expect("claims array")
        .iter()
        .map(|c| {
            c["source"]
                .as_str()
                .unwrap_or_default()
                .rsplit('/')
                .next()
                .unwrap_or_default()[..3]
                .to_string()
        })
        .collect();
    ids.sort();
    ids.dedup();
    ids
}
