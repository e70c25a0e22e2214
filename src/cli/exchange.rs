//! `check --claims FILE...`: judging claims extracted elsewhere (the JSON
//! lines of `claims --format jsonl`), and where the `jsonl` format is refused.

use super::{setup, Command, Format, Input, Outcome};
use crate::pipeline::Analysis;
use crate::report::human::Style;
use std::path::PathBuf;

/// A format or flag the subcommand does not write or use, as a usage
/// error (exit 2): `sources --format sarif`, `check --format jsonl`
/// (only `claims` writes it: the input of `check --claims`), `review -o`.
pub(super) fn reject_format(command: &Command) -> Option<Outcome> {
    let (name, input, allowed): (&str, &super::Input, &[Format]) = match command {
        Command::Check { input, .. } => (
            "check",
            input,
            &[
                Format::Human,
                Format::Json,
                Format::Short,
                Format::Sarif,
                Format::Github,
                Format::Rdjsonl,
                Format::Html,
            ],
        ),
        Command::Baseline { input, .. } => ("baseline", input, &[Format::Human]),
        Command::Review { input, .. } => ("review", input, &[Format::Human]),
        Command::Sources { input } => ("sources", input, &[Format::Human, Format::Json]),
        Command::Claims { input } => (
            "claims",
            input,
            &[Format::Human, Format::Json, Format::Jsonl],
        ),
        _ => return None,
    };
    let usage = |message: String| Outcome {
        stdout: String::new(),
        stderr: format!("error: {message}\n"),
        code: 2,
    };
    if !allowed.contains(&input.format) {
        let value = clap::ValueEnum::to_possible_value(&input.format)
            .map(|v| v.get_name().to_string())
            .unwrap_or_default();
        let names: Vec<String> = allowed
            .iter()
            .filter_map(clap::ValueEnum::to_possible_value)
            .map(|v| v.get_name().to_string())
            .collect();
        let why = if input.format == Format::Jsonl {
            " (`jsonl` is only for `factlint claims`: the input of `check --claims`)"
        } else {
            ""
        };
        return Some(usage(format!(
            "`factlint {name}` does not write `--format {value}`{why}; it writes: {}",
            names.join(", ")
        )));
    }
    if name == "review" && input.output.is_some() {
        return Some(usage(
            "`factlint review` serves a page and writes no report: `-o` is for check, sources and claims".into(),
        ));
    }
    None
}

/// Like `with_analysis`, but the sources' metadata and claims come from
/// claims files; texts are read from disk when the sources' paths exist
/// (for snippets and inline suppressions), and nothing is extracted.
pub(super) fn with_claims(
    input: &Input,
    files: &[PathBuf],
    style: Style,
    f: impl FnOnce(&mut Analysis, &mut Outcome) -> i32,
) -> Outcome {
    let mut out = Outcome::default();
    let Some(setup) = setup::setup(input, style, &mut out) else {
        return out;
    };
    let mut contents = Vec::new();
    for p in files {
        match std::fs::read_to_string(p) {
            Ok(c) => contents.push((p.display().to_string(), c)),
            Err(e) => {
                out.stderr
                    .push_str(&format!("error: {}: cannot read: {e}\n", p.display()));
                out.code = 2;
                return out;
            }
        }
    }
    let max = setup.read.max_filesize;
    let mut rebuilt = match crate::exchange::read(&contents, max, |p| read_text(p, max)) {
        Ok(r) => r,
        Err(e) => {
            out.stderr.push_str(&format!("error: {e}\n"));
            out.code = 2;
            return out;
        }
    };
    if input.format == Format::Human && !texts_on_disk(files) {
        out.stderr.push_str(
            "note: the articles named in the claims files are not all on disk: short format\n",
        );
    }
    crate::source::set_keys(&mut rebuilt.sources, &super::key_root(input));
    if input.verbose {
        // What was read: each claims file, then each source it names.
        for (path, content) in &contents {
            out.stderr.push_str(&format!(
                "read: {path} ({} bytes, claims file)\n",
                content.len()
            ));
        }
        for s in &rebuilt.sources {
            let text = if std::path::Path::new(&s.path).is_file() {
                format!("{} bytes", s.text.len())
            } else {
                "text not on disk: its claims only".to_string()
            };
            out.stderr.push_str(&format!("read: {} ({text})\n", s.path));
        }
    }
    let mut analysis = crate::exchange::judge(rebuilt, &setup.rules, &setup.options);
    for note in crate::suppress::apply(&mut analysis) {
        out.stderr.push_str(&note);
        out.stderr.push('\n');
    }
    out.code = f(&mut analysis, &mut out);
    out
}

/// The text of a source named in a claims file: a regular file of at most
/// `max` bytes, else none (the claims' words then stand in). A path in a
/// claims file is not trusted to be safe to read: `/dev/zero` or a FIFO
/// would never end.
fn read_text(path: &str, max: u64) -> Option<String> {
    use std::io::Read;
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > max {
        return None;
    }
    let mut text = String::new();
    std::fs::File::open(path)
        .ok()?
        .take(max.saturating_add(1))
        .read_to_string(&mut text)
        .ok()?;
    (text.len() as u64 <= max).then_some(text)
}

/// Whether every source named in the claims files is on disk (the human
/// report needs the texts for its snippets; without them `check --claims`
/// falls back to the short format).
pub(super) fn texts_on_disk(files: &[PathBuf]) -> bool {
    files.iter().all(|f| {
        std::fs::read_to_string(f).is_ok_and(|c| {
            c.lines()
                .filter(|l| l.starts_with("{\"type\":\"source\""))
                .filter_map(|l| serde_json::from_str::<crate::exchange::Line>(l).ok())
                .all(|l| match l {
                    crate::exchange::Line::Source(s) => std::path::Path::new(&s.path).is_file(),
                    crate::exchange::Line::Claim(_) => true,
                })
        })
    })
}
