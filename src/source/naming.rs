//! How sources are named for people: by outlet, else by headline (the
//! title, else the first line), and date (`TASS (21 Nov 2017)`,
//! `“Putin says he will talk to Trump” (21 Nov 2017)`). Sources that
//! would share a name carry their path too, so two files named alike in
//! different folders never read as one.

use super::Source;
use jiff::civil::Date;
use std::collections::HashMap;
use std::path::Path;

/// A headline longer than this (in characters) is cut at a word and ends `…`.
const HEADLINE_CHARS: usize = 60;

/// The sources a list of paths names: those whose path is (or resolves
/// to) one of `paths`, and the text read from standard input when `-` is
/// one of them.
pub fn named(sources: &[Source], paths: &[impl AsRef<Path>]) -> Vec<super::SourceId> {
    let canon = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let stdin = paths
        .iter()
        .any(|d| d.as_ref().as_os_str() == super::STDIN_PATH);
    let wanted: Vec<_> = paths.iter().map(|d| canon(d.as_ref())).collect();
    sources
        .iter()
        .filter(|s| {
            if s.stdin {
                stdin
            } else {
                wanted.contains(&canon(Path::new(&s.path)))
            }
        })
        .map(|s| s.id)
        .collect()
}

impl Source {
    /// A short display name: the outlet when known, else the headline (the
    /// title, else the first line, shortened, in quotes), else the file name.
    pub fn label(&self) -> String {
        if let Some(o) = &self.meta.outlet {
            return o.clone();
        }
        let headline = self
            .meta
            .title
            .as_deref()
            .or(self.meta.first_line.as_deref())
            .map(str::trim)
            .filter(|h| !h.is_empty());
        match headline {
            Some(h) => format!("“{}”", shorten(h)),
            None => Path::new(&self.path)
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_else(|| self.path.clone()),
        }
    }

    /// How messages name the source: its [`label`](Source::label) and
    /// publication date, and its path when another source has the same
    /// label: `TASS (21 Nov 2017)`, `The Associated Press (21 Nov 2017,
    /// news/ap.txt)`, `TASS` when undated.
    pub fn name(&self) -> String {
        let mut inside: Vec<String> = Vec::new();
        inside.extend(self.meta.published.map(people_date));
        if self.label_shared {
            inside.push(self.path.clone());
        }
        if inside.is_empty() {
            self.label()
        } else {
            format!("{} ({})", self.label(), inside.join(", "))
        }
    }
}

/// A date as people write it: `21 Nov 2017`.
pub fn people_date(d: Date) -> String {
    d.strftime("%-d %b %Y").to_string()
}

/// Sets [`Source::label_shared`] on every source whose label another
/// source has too (two outlets' articles of one agency, two files named
/// `story.txt` in different folders with no outlet or headline).
pub fn mark_shared_labels(sources: &mut [Source]) {
    let labels: Vec<String> = sources.iter().map(Source::label).collect();
    let mut count: HashMap<&str, usize> = HashMap::new();
    for l in &labels {
        *count.entry(l.as_str()).or_default() += 1;
    }
    for (s, l) in sources.iter_mut().zip(&labels) {
        s.label_shared = count.get(l.as_str()).is_some_and(|&n| n > 1);
    }
}

/// `h` cut to [`HEADLINE_CHARS`] at a word boundary, with `…`.
fn shorten(h: &str) -> String {
    if h.chars().count() <= HEADLINE_CHARS {
        return h.to_string();
    }
    let cut: String = h.chars().take(HEADLINE_CHARS).collect();
    let at_word = cut.rfind(' ').filter(|&i| i > HEADLINE_CHARS / 2);
    format!(
        "{}…",
        at_word
            .map_or(cut.as_str(), |i| &cut[..i])
            .trim_end_matches([',', ';', ':', ' '])
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn source(path: &str, text: &str) -> Source {
        Source::from_text(0, path, text.to_string(), &Lexicon::defaults())
    }

    #[test]
    fn outlet_else_headline_else_file_name_and_the_date() {
        let mut s = source(
            "news/a.md",
            "+++\noutlet = \"TASS\"\ndate = \"2017-11-21\"\n+++\nPutin met Assad.\n",
        );
        assert_eq!(s.name(), "TASS (21 Nov 2017)");
        s.meta.outlet = None;
        assert_eq!(s.label(), "“Putin met Assad.”", "the first line");
        s.meta.title = Some("Putin and Assad meet in Sochi".into());
        assert_eq!(s.name(), "“Putin and Assad meet in Sochi” (21 Nov 2017)");
        s.meta.title = None;
        s.meta.first_line = None;
        s.meta.published = None;
        assert_eq!(s.name(), "a.md");
        let long = source("b.txt", &"word ".repeat(40));
        assert!(long.label().chars().count() <= 63, "{}", long.label());
        assert!(long.label().ends_with("word…”"), "{}", long.label());
    }

    #[test]
    fn same_labels_in_different_folders_stay_distinct() {
        let text = "+++\ndate = \"2017-11-21\"\n+++\n\n";
        let mut sources = vec![
            source("left/story.txt", text),
            source("right/story.txt", text),
            source("other.txt", "+++\noutlet = \"TASS\"\n+++\nA line.\n"),
        ];
        for (i, s) in sources.iter_mut().enumerate() {
            s.id = i;
            s.meta.first_line = None;
        }
        mark_shared_labels(&mut sources);
        let names: Vec<String> = sources.iter().map(Source::name).collect();
        assert_eq!(
            names,
            [
                "story.txt (21 Nov 2017, left/story.txt)",
                "story.txt (21 Nov 2017, right/story.txt)",
                "TASS",
            ]
        );
    }
}
