//! The one-pass gate of the date patterns: which of them match a sentence
//! at all, so that only those are searched.

use std::sync::LazyLock;

use regex_automata::dfa::dense::DFA;
use regex_automata::dfa::Automaton;
use regex_automata::{Input, PatternID, PatternSet};

use crate::pattern::{Captures, Match, Regex};

use super::patterns::*;

/// The patterns [`GATE`] answers for, by index.
pub(super) const GATED: [&LazyLock<Regex>; 21] = [
    &MDY,
    &DMY,
    &ISO,
    &SLASH,
    &MD,
    &DM,
    &MONTH_YEAR,
    &MONTH_REL_YEAR,
    &BARE_MONTH,
    &MONTH_RANGE,
    &YEAR_LIST,
    &YEAR_PREP,
    &YEAR_RANGE,
    &YEAR_POSS,
    &YEAR_ATTR,
    &WEEKDAY,
    &REL_DAY,
    &REL_UNIT,
    &AGO,
    &ANAPHORIC,
    &EVE,
];
pub(super) const G_MDY: usize = 0;
pub(super) const G_DMY: usize = 1;
pub(super) const G_ISO: usize = 2;
pub(super) const G_SLASH: usize = 3;
pub(super) const G_MD: usize = 4;
pub(super) const G_DM: usize = 5;
pub(super) const G_MONTH_YEAR: usize = 6;
pub(super) const G_MONTH_REL_YEAR: usize = 7;
pub(super) const G_BARE_MONTH: usize = 8;
pub(super) const G_MONTH_RANGE: usize = 9;
pub(super) const G_YEAR_LIST: usize = 10;
pub(super) const G_YEAR_PREP: usize = 11;
pub(super) const G_YEAR_RANGE: usize = 12;
pub(super) const G_YEAR_POSS: usize = 13;
pub(super) const G_YEAR_ATTR: usize = 14;
pub(super) const G_WEEKDAY: usize = 15;
pub(super) const G_REL_DAY: usize = 16;
pub(super) const G_REL_UNIT: usize = 17;
pub(super) const G_AGO: usize = 18;
pub(super) const G_ANAPHORIC: usize = 19;
pub(super) const G_EVE: usize = 20;

/// The gate's DFA as `build.rs` serialized it (`date-gate.dfa`, in the
/// target's byte order), aligned for reading in place.
#[repr(C)]
struct Aligned<B: ?Sized> {
    _align: [u32; 0],
    bytes: B,
}

static GATE_BYTES: &Aligned<[u8]> = &Aligned {
    _align: [],
    bytes: *include_bytes!(concat!(env!("OUT_DIR"), "/date-gate.dfa")),
};

/// Which of the patterns match a sentence at all, in one pass: most
/// triggered sentences match one or two, and each pattern that does not
/// match is then not searched for. A full DFA of the patterns'
/// sources ([`super::sources::gate_patterns`]: ASCII, Unicode only inside
/// the few patterns that need it, so it matches what each pattern compiled
/// alone matches), determinized and minimized by `build.rs` when the crate
/// is built: a run only checks the table, instead of compiling the set and
/// building its lazy DFA's states sentence by sentence, which was about a
/// tenth of the CPU time of checking a few articles.
pub(super) static GATE: LazyLock<DFA<&'static [u32]>> = LazyLock::new(|| {
    DFA::from_bytes(&GATE_BYTES.bytes)
        .expect("the date gate's DFA as build.rs wrote it")
        .0
});

/// The patterns of [`GATED`] that match somewhere in `text`. The DFA has
/// no quit bytes and no size limit, so it always answers; were it not to,
/// every pattern is searched (the gate only saves work).
pub(super) fn gate_matches(text: &str) -> PatternSet {
    let mut set = PatternSet::new(GATED.len());
    if GATE
        .try_which_overlapping_matches(&Input::new(text), &mut set)
        .is_err()
    {
        for i in 0..GATED.len() {
            let _ = set.try_insert(PatternID::must(i));
        }
    }
    set
}

/// [`GATE`]'s answer for one sentence, asked for on first use.
pub(super) struct Gate<'t> {
    text: &'t str,
    hits: std::cell::OnceCell<PatternSet>,
}

impl<'t> Gate<'t> {
    pub(super) fn new(text: &'t str) -> Gate<'t> {
        Gate {
            text,
            hits: std::cell::OnceCell::new(),
        }
    }

    /// Whether pattern `i` of [`GATED`] matches somewhere.
    fn open(&self, i: usize) -> bool {
        self.hits
            .get_or_init(|| gate_matches(self.text))
            .contains(PatternID::must(i))
    }

    /// The captures of pattern `i` of [`GATED`], none when the gate is shut.
    pub(super) fn captures(&self, i: usize) -> impl Iterator<Item = Captures<'t>> + 't {
        let (rx, text): (&'static Regex, _) = (GATED[i], self.text);
        self.open(i)
            .then(|| rx.captures_iter(text))
            .into_iter()
            .flatten()
    }

    /// The matches of pattern `i` of [`GATED`], none when the gate is shut.
    pub(super) fn find_iter(&self, i: usize) -> impl Iterator<Item = Match<'t>> + 't {
        let (rx, text): (&'static Regex, _) = (GATED[i], self.text);
        self.open(i)
            .then(|| rx.find_iter(text))
            .into_iter()
            .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pattern::RegexSet;

    /// Each source is its pattern's, and is flagged for Unicode exactly
    /// when it needs it, which is exactly when it does not compile
    /// without it, as [`super::super::re`] assumes.
    #[test]
    fn a_pattern_needs_unicode_when_it_fails_without() {
        assert!(GATE_SOURCES.iter().any(|s| s.1) && GATE_SOURCES.iter().any(|s| !s.1));
        for (r, (source, u)) in GATED.iter().zip(GATE_SOURCES) {
            assert_eq!(r.as_str(), source());
            assert_eq!(super::super::needs_unicode(r.as_str()), u, "{}", r.as_str());
            let ascii = regex::RegexBuilder::new(r.as_str()).unicode(false).build();
            assert_eq!(ascii.is_err(), u, "{}", r.as_str());
        }
    }

    /// The set answers, pattern by pattern, what each compiled pattern
    /// answers: on ASCII text and on text with curly quotes, dashes and
    /// no-break spaces (which the Unicode-mode patterns read as spaces).
    #[test]
    fn the_gate_agrees_with_every_pattern() {
        let texts = [
            "The talks ended on March 3, 2019, two days ago.",
            "Between 1998 and 2003 the plant made cars; in the ’90s it closed.",
            "From 2001\u{a0}–\u{a0}2004 it grew, and from June\u{a0}–\u{a0}August it rested.",
            "In\u{a0}’82 the club won; the 1980’s were good; since 1999’s merger it lost.",
            "On Tuesday, 12 May 2020, and on the eve of the vote, 2020-05-11.",
            "Last week, in mid-2017, during the year 2016 and May–June 2018.",
            "No date here at all, only words.",
        ];
        for text in texts {
            let set = gate_matches(text);
            for (i, rx) in GATED.iter().enumerate() {
                assert_eq!(
                    set.contains(PatternID::must(i)),
                    rx.is_match(text),
                    "pattern {i} on {text:?}"
                );
            }
        }
    }

    /// The DFA built with the crate answers what the set of the current
    /// sources, compiled now by the meta engine, answers: on every line
    /// of the seed articles and on text that only Unicode case folding
    /// and spacing make match (`ſince`, a no-break space).
    #[test]
    fn the_built_dfa_agrees_with_the_sources_compiled_now() {
        assert_eq!(GATE.pattern_len(), GATED.len());
        let set = RegexSet::new(&gate_patterns()).expect("the gate's sources compile");
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut texts: Vec<String> = [
            "ſince 1999 and \u{a0}in\u{a0}’82, the 1980’s, the 2001 budget",
            "between 1998\u{2009}and\u{2009}2003, two weeks ago, the day after",
            "Ｍay 3 2019; mid-July; tomorrow night; the eve of the poll",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        let mut files: Vec<_> = std::fs::read_dir(&seeds)
            .expect("the seeds are readable")
            .map(|e| e.expect("a seed entry").path())
            .collect();
        files.sort();
        for file in files {
            let text = std::fs::read_to_string(&file).expect("a seed is text");
            texts.extend(text.lines().map(str::to_string));
        }
        assert!(texts.len() > 50);
        let mut opened = 0;
        for text in &texts {
            let want = set.matches(text);
            let got = gate_matches(text);
            assert_eq!(
                got.iter().collect::<Vec<_>>(),
                want.iter().collect::<Vec<_>>(),
                "{text:?}"
            );
            opened += got.len();
        }
        assert!(opened > 20, "the texts open the gate: {opened}");
    }
}
