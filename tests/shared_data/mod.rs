//! Where the tests that read `../shared/data` find it, and what they do when
//! it is missing: fail, with a message saying what is missing and how to
//! run them. Those tests are `#[ignore = "needs ../shared/data"]`, so a plain
//! `cargo test` lists them as ignored (never as passed); `cargo test --
//! --ignored` runs them, as `.ci/run` always does.

#![allow(dead_code)] // each test binary uses a part

use std::path::{Path, PathBuf};

/// The evaluation data: `$FACTLINT_DATA`, else `../shared/data` beside the
/// project.
pub fn data_dir() -> PathBuf {
    std::env::var_os("FACTLINT_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"))
}

/// The external scorers: `$FACTLINT_EVAL`, else `../shared/eval` beside the
/// project.
pub fn eval_dir() -> PathBuf {
    std::env::var_os("FACTLINT_EVAL")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval"))
}

/// `path`, or a panic naming it when it does not exist.
pub fn require(path: PathBuf) -> PathBuf {
    if !path.exists() {
        missing(&format!("{} is absent", path.display()));
    }
    path
}

/// Fails the test: something it needs is missing. Never a silent pass.
pub fn missing(what: &str) -> ! {
    let ci = if std::env::var("CI").as_deref() == Ok("true") {
        " CI=true: CI must provide it."
    } else {
        ""
    };
    panic!(
        "needs ../shared/data: {what} (set FACTLINT_DATA to the folder holding \
         meantime/ and ecbplus/, FACTLINT_EVAL to the scorers' folder). This test \
         is ignored by a plain `cargo test` and runs with `cargo test -- --ignored`, \
         which fails without the data.{ci}"
    );
}
