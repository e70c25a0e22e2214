//! A hook the binary sets to learn that a run's input is large: its
//! allocator then returns freed memory to the system at once (see
//! `main.rs`), which lowers a large run's peak but costs a small run
//! (the seeds) page faults on memory freed and asked for again.

use std::sync::OnceLock;

/// Source text, in bytes, from which a run counts as large: a big single
/// article (1 MB and more) or a corpus (the 10k corpus holds 34 MB); the
/// seeds hold 21 KB, an ECB+ folder at most a few hundred KB.
pub const LARGE_INPUT_BYTES: usize = 1 << 20;

static HOOK: OnceLock<fn()> = OnceLock::new();

/// Registers `hook`, called once the sources of a run are read if their
/// texts hold at least [`LARGE_INPUT_BYTES`]; a second registration is
/// ignored.
pub fn on_large_input(hook: fn()) {
    let _ = HOOK.set(hook);
}

/// Whether sources of `bytes` of text make a large run.
fn is_large(bytes: usize) -> bool {
    bytes >= LARGE_INPUT_BYTES
}

/// Calls the registered hook if sources of `bytes` of text make a large
/// run.
pub(super) fn notice(bytes: usize) {
    if is_large(bytes) {
        if let Some(hook) = HOOK.get() {
            hook();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seeds_are_small_a_big_article_is_large() {
        assert!(!is_large(13_000));
        assert!(!is_large(LARGE_INPUT_BYTES - 1));
        assert!(is_large(LARGE_INPUT_BYTES));
        assert!(is_large(34_361_453));
    }
}
