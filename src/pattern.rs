//! Built-in patterns searched in short spans, compiled without literal
//! prefilters: the date and clock patterns (`temporal`) and the ordinal
//! and series patterns of the claims (`claims::text::ascii_regex`).
//!
//! The `regex` crate extracts literals from every pattern and builds
//! prefilters from them (Teddy with an Aho-Corasick fallback, and the
//! inner-literal search of `ReverseInner`): for these patterns that was
//! about half of their compile time, paid by every run (an editor runs
//! factlint on every save), while the patterns are only searched in one
//! sentence at a time (the date patterns only in sentences the gate,
//! `temporal::find::gate`, already knows they match), where a prefilter
//! saves little. `regex-automata`'s meta engine (the engine under
//! `regex`) lets them be turned off; matching is the same, only the way
//! to the first candidate differs. [`Regex`], [`Captures`] and [`Match`]
//! offer the part of `regex`'s interface the finders use.

use regex_automata::meta;
use regex_automata::util::captures::Captures as Slots;
use regex_automata::util::syntax;

/// The meta engine's configuration of `regex::Regex` for `&str`
/// haystacks (leftmost-first, empty matches on character boundaries,
/// the same size limits), without literal prefilters.
fn config() -> meta::Config {
    meta::Config::new()
        .nfa_size_limit(Some(10 * (1 << 20)))
        .hybrid_cache_capacity(2 * (1 << 20))
        .utf8_empty(true)
        .auto_prefilter(false)
}

/// The syntax of `regex::RegexBuilder` for `&str` haystacks, with or
/// without Unicode mode.
fn syntax(unicode: bool) -> syntax::Config {
    syntax::Config::new().unicode(unicode).utf8(true)
}

/// A compiled pattern.
pub(crate) struct Regex {
    meta: meta::Regex,
    #[cfg(test)]
    source: String,
}

/// A match in a haystack (as `regex::Match`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Match<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Match<'t> {
    fn of(text: &'t str, span: regex_automata::Span) -> Match<'t> {
        Match {
            text,
            start: span.start,
            end: span.end,
        }
    }

    /// Where the match starts, in bytes.
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    /// Where the match ends, in bytes.
    pub(crate) fn end(&self) -> usize {
        self.end
    }

    /// The matched text.
    pub(crate) fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
}

/// The groups of one match (as `regex::Captures`).
pub(crate) struct Captures<'t> {
    text: &'t str,
    slots: Slots,
}

impl<'t> Captures<'t> {
    /// Group `i` (0: the whole match), if it took part.
    pub(crate) fn get(&self, i: usize) -> Option<Match<'t>> {
        self.slots
            .get_group(i)
            .map(|span| Match::of(self.text, span))
    }

    /// The named group, if it took part.
    pub(crate) fn name(&self, name: &str) -> Option<Match<'t>> {
        self.slots
            .get_group_by_name(name)
            .map(|span| Match::of(self.text, span))
    }
}

/// `&caps["name"]`: the named group's text; panics when the group did
/// not take part (as `regex::Captures`).
impl<'t> std::ops::Index<&str> for Captures<'t> {
    type Output = str;

    fn index(&self, name: &str) -> &str {
        self.name(name)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group named '{name}'"))
    }
}

/// `&caps[i]`: group `i`'s text; panics when the group did not take
/// part (as `regex::Captures`).
impl<'t> std::ops::Index<usize> for Captures<'t> {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        self.get(i)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group at index '{i}'"))
    }
}

impl Regex {
    /// Compiles `pattern` in ASCII mode, or in Unicode mode when it does
    /// not compile without (a `’` in a class): as `find::re` did with
    /// `regex::RegexBuilder`.
    pub(crate) fn new(pattern: &str) -> Result<Regex, Box<meta::BuildError>> {
        let build = |unicode| {
            meta::Builder::new()
                .configure(config().match_kind(regex_automata::MatchKind::LeftmostFirst))
                .syntax(syntax(unicode))
                .build(pattern)
                .map_err(Box::new)
        };
        let meta = build(false).or_else(|_| build(true))?;
        Ok(Regex {
            meta,
            #[cfg(test)]
            source: pattern.to_string(),
        })
    }

    /// The pattern's source.
    #[cfg(test)]
    pub(crate) fn as_str(&self) -> &str {
        &self.source
    }

    /// Whether the pattern matches somewhere in `text`.
    #[cfg(test)]
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.meta.is_match(text)
    }

    /// The leftmost-first match's groups, if the pattern matches.
    pub(crate) fn captures<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        let mut slots = self.meta.create_captures();
        self.meta.captures(text, &mut slots);
        slots.is_match().then_some(Captures { text, slots })
    }

    /// Every non-overlapping match's groups, left to right.
    pub(crate) fn captures_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> impl Iterator<Item = Captures<'t>> + use<'r, 't> {
        self.meta
            .captures_iter(text)
            .map(move |slots| Captures { text, slots })
    }

    /// Every non-overlapping match, left to right.
    pub(crate) fn find_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> impl Iterator<Item = Match<'t>> + use<'r, 't> {
        self.meta
            .find_iter(text)
            .map(move |m| Match::of(text, m.span()))
    }
}

/// Several patterns asked at once which of them match (as
/// `regex::RegexSet`): how the date gate was compiled at run time, kept
/// to check the DFA that `build.rs` builds for it now
/// (`find::gate`).
#[cfg(test)]
pub(crate) struct RegexSet {
    meta: meta::Regex,
}

#[cfg(test)]
impl RegexSet {
    /// Compiles `patterns` in ASCII mode (a pattern that needs Unicode
    /// says so with `(?u:…)`).
    pub(crate) fn new(patterns: &[String]) -> Result<RegexSet, Box<meta::BuildError>> {
        let meta = meta::Builder::new()
            .configure(
                config()
                    .match_kind(regex_automata::MatchKind::All)
                    .which_captures(regex_automata::nfa::thompson::WhichCaptures::None),
            )
            .syntax(syntax(false))
            .build_many(patterns)
            .map_err(Box::new)?;
        Ok(RegexSet { meta })
    }

    /// Which patterns match somewhere in `text`.
    pub(crate) fn matches(&self, text: &str) -> regex_automata::PatternSet {
        let mut set = regex_automata::PatternSet::new(self.meta.pattern_len());
        self.meta
            .which_overlapping_matches(&regex_automata::Input::new(text), &mut set);
        set
    }
}

/// Every line of the seed articles and of the test fixtures, for tests
/// that hold a compiled pattern to what the `regex` crate matches.
#[cfg(test)]
pub(crate) fn sample_lines() -> Vec<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for path in entries.flatten().map(|e| e.path()) {
            match path.is_dir() {
                true => walk(&path, out),
                false => out.push(path),
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("seeds"), &mut files);
    walk(&root.join("tests/fixtures"), &mut files);
    files.sort();
    files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .flat_map(|t| t.lines().map(str::to_string).collect::<Vec<_>>())
        .collect()
}

/// Asserts that `rx` finds, in each of `texts`, the matches and groups
/// that `regex::Regex` compiled from the same source in ASCII mode
/// finds (first match and every match); returns how many matches there
/// were.
#[cfg(test)]
pub(crate) fn assert_matches_as_regex_crate(rx: &Regex, texts: &[String]) -> usize {
    let want = regex::RegexBuilder::new(rx.as_str())
        .unicode(false)
        .build()
        .expect("the pattern compiles in ASCII mode");
    let groups = want.captures_len();
    let spans = |get: &dyn Fn(usize) -> Option<(usize, usize)>| -> Vec<Option<(usize, usize)>> {
        (0..groups).map(get).collect()
    };
    let mut found = 0;
    for text in texts {
        let all_want: Vec<_> = want
            .captures_iter(text)
            .map(|c| spans(&|i| c.get(i).map(|m| (m.start(), m.end()))))
            .collect();
        let all_got: Vec<_> = rx
            .captures_iter(text)
            .map(|c| spans(&|i| c.get(i).map(|m| (m.start(), m.end()))))
            .collect();
        assert_eq!(all_got, all_want, "{} on {text:?}", rx.as_str());
        let first = rx
            .captures(text)
            .map(|c| (c[0].to_string(), c.get(0).map(|m| m.start())));
        let first_want = want
            .captures(text)
            .map(|c| (c[0].to_string(), c.get(0).map(|m| m.start())));
        assert_eq!(first, first_want, "{} on {text:?}", rx.as_str());
        let ends: Vec<_> = rx.find_iter(text).map(|m| (m.start(), m.end())).collect();
        let ends_want: Vec<_> = want.find_iter(text).map(|m| (m.start(), m.end())).collect();
        assert_eq!(ends, ends_want, "{} on {text:?}", rx.as_str());
        found += all_got.len();
    }
    found
}
