//! `factlint review`: runs the pipeline, then serves the review page.

use super::{with_analysis, Input, Outcome};
use crate::baseline::Baseline;
use crate::report::human::Style;
use crate::review::ReviewArgs;

/// Reads the sources and serves until the process is stopped.
pub(super) fn review(mut input: Input, mut args: ReviewArgs, style: Style) -> Outcome {
    let baseline = crate::baseline::locate(args.baseline.as_deref());
    input.key_root = Some(crate::baseline::root_of(&baseline));
    args.baseline = Some(baseline.clone());
    args.quiet = input.quiet;
    // The reviewer's name: the flag, else `reviewer` in factlint.toml.
    if args.reviewer.is_none() {
        args.reviewer = crate::config::Config::load(input.config.as_deref())
            .ok()
            .and_then(|c| c.file.reviewer);
    }
    // A broken baseline is reported now, not overwritten later.
    if let Err(e) = Baseline::read(&baseline) {
        return Outcome {
            stderr: format!("error: {e}\n"),
            code: 2,
            ..Outcome::default()
        };
    }
    let mut analysis = None;
    let mut out = with_analysis(&input, style, |a, _| {
        analysis = Some(a.clone());
        0
    });
    let Some(analysis) = analysis else {
        return out;
    };
    if out.code == 2 && analysis.sources.is_empty() {
        // Nothing could be read (a path that does not exist): no page to
        // serve, and the error is not hidden behind an empty one.
        out.stderr
            .push_str("error: no source could be read: nothing to review\n");
        return out;
    }
    // Problems with some sources are shown; the others are served.
    eprint!("{}", std::mem::take(&mut out.stderr));
    match crate::review::serve(analysis, &args) {
        Ok(()) => Outcome::default(),
        Err(e) => Outcome {
            stderr: format!("error: cannot serve on 127.0.0.1: {e}\n"),
            code: 2,
            ..Outcome::default()
        },
    }
}
