//! The `factlint` binary: parses arguments, runs the command, prints.

use clap::Parser;
use factlint::cli::{run_with_progress, Cli};
use factlint::report::human::Style;
use std::io::{IsTerminal, Write};

// Claims and spans are many small allocations made from two threads at
// once; mimalloc serves them faster than the system allocator.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(feature = "mimalloc")]
extern "C" {
    /// Sets a mimalloc option (`mi_option_set` of the linked library).
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// Returns freed memory to the system at once instead of 10 ms later
/// (mimalloc's `mi_option_purge_delay`, option 15 of version 2): a big
/// article's sentence tables, freed while its claims are still made,
/// stayed in the peak (ecb 4 MB 125-128 -> 101-102 MB, names 4 MB
/// 200-209 -> 186-187 MB; 10k corpus -5 MB, about 0.15 CPU-s more of
/// system time). A small input (see [`Cli::reads_small_input`]) does
/// without: it frees and asks again for the same memory while its
/// patterns and tables are built, and each page given back was faulted
/// in anew (about 900 of the seeds' 3,550 page faults).
/// `MIMALLOC_PURGE_DELAY` in the environment wins.
fn purge_freed_memory_at_once() {
    #[cfg(feature = "mimalloc")]
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;
        // SAFETY: a plain setter of the linked mimalloc, called before
        // any other thread starts; option 15 is `purge_delay` in v2.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    }
}

fn main() {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            std::process::exit(code);
        }
    };
    if !cli.reads_small_input() {
        purge_freed_memory_at_once();
    }
    let tty = std::io::stdout().is_terminal();
    let color = cli.color.resolve(tty, |k| {
        std::env::var_os(k).map(|v| v.to_string_lossy().into_owned())
    });
    let width = output_width(tty);
    let progress = std::io::stderr().is_terminal();
    let outcome = run_with_progress(cli, Style { color, width }, progress);
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
    std::process::exit(outcome.code);
}

/// Columns the human report wraps to: on a terminal, `COLUMNS` when set,
/// else the terminal's width; 100 when not a terminal (files, pipes, CI
/// logs stay alike wherever they are made).
fn output_width(tty: bool) -> usize {
    if !tty {
        return 100;
    }
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok());
    columns
        .or_else(|| {
            terminal_size::terminal_size_of(std::io::stdout())
                .map(|(terminal_size::Width(w), _)| usize::from(w))
        })
        .filter(|&w| w >= 20)
        .unwrap_or(100)
}
