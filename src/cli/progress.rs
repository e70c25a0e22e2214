//! The progress bar of commands that read sources: drawn on standard error
//! by indicatif, only for runs longer than about a second, and only when the
//! binary says standard error is a terminal (and `--quiet` is not given).

use crate::pipeline::{Progress, ProgressFn};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long a run goes before the bar appears.
const DELAY: Duration = Duration::from_secs(1);

/// A progress bar fed by the pipeline's callback.
pub(super) struct Bar {
    bar: ProgressBar,
    /// The stage shown, and whether the run is over (then the bar stays hidden).
    state: Mutex<(&'static str, bool)>,
}

impl Bar {
    /// A hidden bar that shows itself after [`DELAY`] unless finished by then.
    pub(super) fn start() -> Arc<Bar> {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template(
            "{spinner} {msg:<18} [{bar:30}] {human_pos}/{human_len} ({elapsed})",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        let me = Arc::new(Bar {
            bar,
            state: Mutex::new(("", false)),
        });
        let weak = Arc::downgrade(&me);
        std::thread::spawn(move || {
            std::thread::sleep(DELAY);
            if let Some(me) = weak.upgrade() {
                let state = me.state.lock().unwrap_or_else(|e| e.into_inner());
                if !state.1 {
                    me.bar.set_draw_target(ProgressDrawTarget::stderr());
                    me.bar.enable_steady_tick(Duration::from_millis(120));
                }
            }
        });
        me
    }

    /// The callback for [`crate::pipeline::Options::progress`] and source loading.
    pub(super) fn callback(self: &Arc<Bar>) -> ProgressFn {
        let me = Arc::clone(self);
        ProgressFn::new(move |p| me.update(p))
    }

    fn update(&self, p: Progress) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.1 {
            return;
        }
        if state.0 != p.stage {
            state.0 = p.stage;
            self.bar.set_length(p.total as u64);
            self.bar.set_position(0);
            self.bar.set_message(match p.stage {
                "read" => "reading files",
                "extraction" => "extracting claims",
                "stories" => "finding stories",
                "undated" => "extracting claims of undated sources",
                "alignment" => "aligning claims",
                "rules" => "judging pairs",
                other => other,
            });
        }
        // Reports from several threads may arrive out of order.
        if p.done as u64 > self.bar.position() {
            self.bar.set_position(p.done as u64);
        }
    }

    /// Ends the run: clears the bar if it was shown.
    pub(super) fn finish(&self) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.1 = true;
        self.bar.finish_and_clear();
    }
}
