//! Small text helpers shared by the extractors and the aligner: content
//! stems, set similarity, number formatting, tense cues.

use crate::claims::stems::{Stems, StemsBuilder};
use crate::claims::Tense;
use crate::word_filter::WordFilter;

/// Function words that carry no content for similarity.
const STOPWORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
    "these", "those", "there", "here", "we", "i", "you", "he", "she", "they", "us", "our", "your",
    "his", "her", "their", "them", "me", "my", "which", "who", "whom", "what", "so", "if", "than",
    "then", "also", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
    "should", "shall", "may", "might", "not", "no", "all", "any", "some", "such", "very", "into",
    "over", "about", "after", "before", "up", "out", "s", "t", "now", "just", "more", "most",
];

/// Checks the word lists of a rules file: each entry one lower-case word,
/// not empty. The error names the first bad entry.
pub fn check_lower_case_words(lists: &[&[String]]) -> Result<(), String> {
    match lists
        .iter()
        .flat_map(|l| l.iter())
        .find(|p| p.is_empty() || p.contains(char::is_whitespace) || p.to_lowercase() != **p)
    {
        Some(bad) => Err(format!("`{bad}` must be one lower-case word")),
        None => Ok(()),
    }
}

/// Compiles a built-in pattern over ASCII words, searched one sentence at
/// a time: without Unicode classes and case folding it compiles several
/// times faster (paid on every run) and matches faster; a pattern that
/// needs Unicode falls back to it. Without literal prefilters
/// ([`crate::pattern`]): extracting the literals of case-folded word
/// alternations was about half of these patterns' compile time, and a
/// prefilter saves little in a sentence.
pub(crate) fn ascii_regex(pattern: &str) -> crate::pattern::Regex {
    crate::pattern::Regex::new(pattern).expect("built-in pattern")
}

/// A set of words built once from a constant list: membership tests run
/// for every word of every article, so they hash instead of scanning, and
/// most words are turned away by their first letters and length before
/// that ([`WordFilter`]).
pub struct WordSet {
    words: &'static [&'static str],
    set: std::sync::OnceLock<(WordFilter, rustc_hash::FxHashSet<&'static str>)>,
}

impl WordSet {
    /// A set over `words` (built on first use).
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: std::sync::OnceLock::new(),
        }
    }

    /// Whether `w` is in the set.
    pub fn contains(&self, w: &str) -> bool {
        let (filter, set) = self.set.get_or_init(|| {
            let filter = WordFilter::new(self.words.iter().map(|w| w.as_bytes()));
            (filter, self.words.iter().copied().collect())
        });
        filter.may_contain(w.as_bytes()) && set.contains(w)
    }
}

static STOPWORD_SET: WordSet = WordSet::new(STOPWORDS);

/// The longest of [`STOPWORDS`], in bytes.
const LONGEST_STOPWORD: usize = {
    let mut k = 0;
    let mut longest = 0;
    while k < STOPWORDS.len() {
        if STOPWORDS[k].len() > longest {
            longest = STOPWORDS[k].len();
        }
        k += 1;
    }
    longest
};

/// Whether `word` is an inflected form of the verb `lemma`: `-ed`, `-ing`
/// or irregular (`stole`, `sank`); not `-s`, which is mostly a plural noun
/// (`homes`, `arrests`).
pub fn inflected_form(word: &str, lemma: &str) -> bool {
    lemma != word && (word.ends_with("ed") || word.ends_with("ing") || !word.ends_with('s'))
}

/// Verbs whose past participle is their base form (`was wed`, `had cut`,
/// `were hit`): after an auxiliary they are past forms, which
/// [`inflected_form`] cannot tell from the base.
pub const INVARIANT_PARTICIPLES: &[&str] = &[
    "bet",
    "bid",
    "broadcast",
    "burst",
    "cast",
    "cost",
    "cut",
    "forecast",
    "hit",
    "hurt",
    "quit",
    "rid",
    "shed",
    "shut",
    "slit",
    "split",
    "spread",
    "thrust",
    "upset",
    "wed",
];

/// Forms of `be` before a passive participle (`the tanker was seized`).
pub const PASSIVE_AUXILIARIES: &[&str] = &["was", "were", "been", "be", "being", "is", "are"];

/// Whether `word` (lower case, after `previous`) is the past participle of
/// an invariant verb after an auxiliary: `was wed`, `had cut`.
pub fn invariant_participle(previous: &str, word: &str) -> bool {
    let perfect = matches!(previous, "had" | "has" | "have" | "got");
    (perfect || PASSIVE_AUXILIARIES.contains(&previous)) && INVARIANT_PARTICIPLES.contains(&word)
}

/// Whether a lower-case word is a function word (a longer word is not
/// looked up).
pub fn is_stopword(w: &str) -> bool {
    w.len() <= LONGEST_STOPWORD && STOPWORD_SET.contains(w)
}

/// A crude English stemmer: enough to make `admitted`/`admit`,
/// `processes`/`process`, `allowed`/`allow` meet.
pub fn stem(word: &str) -> String {
    let lower = word.to_lowercase();
    let (base, suffix) = stem_parts(trim_possessive(&lower));
    [base, suffix].concat()
}

/// `w` without one final `'s` or `’s`, when it ends in one.
pub fn strip_possessive(w: &str) -> Option<&str> {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))
}

/// `w` without trailing `'s` and then `’s` (as `trim_end_matches` does,
/// without building a substring searcher per call).
fn trim_possessive(mut w: &str) -> &str {
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    while let Some(rest) = w.strip_suffix("’s") {
        w = rest;
    }
    w
}

/// The stem of a lower-case word as a slice of it and a suffix to append
/// (`studies` → `stud` + `y`), so callers can write it where they want.
fn stem_parts(w: &str) -> (&str, &'static str) {
    let n = w.len();
    let cut = |suffix: &str, min: usize| n > suffix.len() + min && w.ends_with(suffix);
    let base: &str = if cut("ing", 3) {
        &w[..n - 3]
    } else if cut("ied", 2) || cut("ies", 2) {
        return (&w[..n - 3], "y");
    } else if cut("ed", 3)
        || (cut("es", 3)
            && (w.ends_with("sses")
                || w.ends_with("ches")
                || w.ends_with("shes")
                || w.ends_with("xes")))
    {
        &w[..n - 2]
    } else if cut("s", 3) && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        &w[..n - 1]
    } else {
        w
    };
    // Undouble a final consonant: `admitt` → `admit`, `stopp` → `stop`.
    // Only an ASCII last byte is a character of its own (two equal
    // continuation bytes end `ೳ`: cutting one would split it).
    let b = base.as_bytes();
    if b.len() > 3
        && b[b.len() - 1].is_ascii()
        && b[b.len() - 1] == b[b.len() - 2]
        && !b"aeiouls".contains(&b[b.len() - 1])
    {
        return (&base[..base.len() - 1], "");
    }
    (base, "")
}

/// Content stems of a text, in order, without duplicates.
pub fn content_stems(text: &str) -> Stems {
    // The one-pass splitter (same words as `segment::words`).
    content_stems_of(text, crate::segment::word_spans(text).into_iter())
}

/// [`content_stems`] of `text` given its word spans (as
/// [`crate::segment::words`] gives them), so a caller that has them does
/// not split again.
pub fn content_stems_of(text: &str, words: impl Iterator<Item = (usize, usize)>) -> Stems {
    let mut out = StemsBuilder::default();
    // Lower-cased words are written here, one at a time.
    let mut lowered = String::new();
    for (s, e) in words {
        let w = &text[s..e];
        // Most words are lower-case ASCII already; the others are lowered
        // into the one buffer (Unicode rules only for non-ASCII words).
        let lower = if w.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
            lowered.clear();
            if w.is_ascii() {
                lowered.push_str(w);
                lowered.make_ascii_lowercase();
            } else {
                lowered.push_str(&w.to_lowercase());
            }
            lowered.as_str()
        } else {
            w
        };
        let lower = trim_possessive(lower);
        if is_stopword(lower)
            || lower
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            continue;
        }
        // `stem` lower-cases and trims again; both are no-ops here except
        // for a possessive left behind by the second trim (`x's’s's`).
        let (base, suffix) = stem_parts(trim_possessive(lower));
        out.push_parts(&[base, suffix]);
    }
    out.finish()
}

/// Dice coefficient of two stem lists (treated as sets).
pub fn dice(a: &Stems, b: &Stems) -> f64 {
    dice_of(shared(a, b), a, b)
}

/// [`dice`] of two lists known to share `shared` stems.
pub fn dice_of(shared: usize, a: &Stems, b: &Stems) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

/// How many stems two lists share.
pub fn shared(a: &Stems, b: &Stems) -> usize {
    a.iter().filter(|x| b.contains(x)).count()
}

/// [`dice`] of the two lists with the words in `skip` left out of both.
pub fn dice_without(a: &Stems, b: &Stems, skip: &[Option<&str>]) -> f64 {
    // Stems are distinct: each skipped word takes at most one stem from a
    // list, so counts are corrected by lookups instead of filtering every
    // stem against every skipped word.
    let skipped = || {
        skip.iter()
            .enumerate()
            .filter_map(|(k, w)| w.filter(|w| !skip[..k].contains(&Some(*w))))
    };
    let in_a = skipped().filter(|w| a.contains(w)).count();
    let in_b = skipped().filter(|w| b.contains(w)).count();
    let (na, nb) = (a.len() - in_a, b.len() - in_b);
    if na == 0 || nb == 0 {
        return 0.0;
    }
    let in_both = skipped().filter(|w| a.contains(w) && b.contains(w)).count();
    let shared = shared(a, b) - in_both;
    2.0 * shared as f64 / (na + nb) as f64
}

/// A quote reduced to lower-case words separated by single spaces
/// (punctuation and curly quotes dropped), for comparing short quotes.
pub fn normalize_quote(quote: &str) -> String {
    let mut out = String::with_capacity(quote.len());
    for (s, e) in crate::segment::word_spans(quote) {
        let w = &quote[s..e];
        if !out.is_empty() {
            out.push(' ');
        }
        if w.is_ascii() {
            let at = out.len();
            out.push_str(w);
            out[at..].make_ascii_lowercase();
        } else {
            out.push_str(&w.to_lowercase().replace('’', "'"));
        }
    }
    out
}

/// Shared items over the smaller set.
pub fn overlap(a: &[String], b: &[String]) -> (usize, f64) {
    if a.is_empty() || b.is_empty() {
        return (0, 0.0);
    }
    let shared = a.iter().filter(|x| b.contains(x)).count();
    (shared, shared as f64 / a.len().min(b.len()) as f64)
}

/// `400000` → `400,000`; `2300000` → `2.3 million`.
pub fn format_number(v: f64) -> String {
    if v >= 1e6 && v.is_finite() {
        let m = v / 1e6;
        return format!("{} million", format_plain((m * 100.0).round() / 100.0));
    }
    let plain = format_plain(v);
    let (int, frac) = plain
        .split_once('.')
        .map_or((plain.as_str(), None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{grouped}.{f}"),
        None => grouped,
    }
}

/// A number without trailing zeros or float noise: `4`, `2.3`, `440000`.
pub fn format_plain(v: f64) -> String {
    if !v.is_finite() {
        return format!("{v}");
    }
    // Six significant digits are more than any article states.
    let magnitude = if v == 0.0 {
        0
    } else {
        v.abs().log10().floor() as i32
    };
    let scale = 10f64.powi(5 - magnitude);
    let v = (v * scale).round() / scale;
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Whether a figure's unit is a currency code (`usd`, `eur`): shown in
/// capitals after the number, never pluralised.
pub fn is_currency(unit: &str) -> bool {
    matches!(
        unit,
        "usd" | "eur" | "gbp" | "jpy" | "cny" | "rub" | "aud" | "cad" | "chf" | "inr"
    )
}

/// `hour` → `hours` unless the count is one; `person` → `people`,
/// `crewman` → `crewmen` (see [`crate::lexical::Lexical::plural`]); a
/// curated adjective (`12 dead`) and a scale (`magnitude`) stay as written.
/// A part's unit is told as its whole's (`17 of the ships`: `17 ships`).
pub fn plural(unit: &str, count: f64) -> String {
    let unit = unit
        .strip_suffix(crate::quantity::PART_SUFFIX)
        .unwrap_or(unit);
    if count == 1.0 {
        return unit.to_string();
    }
    match unit {
        "people" | "percent" | "magnitude" => unit.into(),
        // Already plural (a user pattern's unit group): `people`, `hours`.
        u if u.ends_with('s') && !u.ends_with("ss") => u.to_string(),
        // `years old`: the count is already on the first word.
        u if u
            .split_once(' ')
            .is_some_and(|(first, _)| first.ends_with('s')) =>
        {
            u.to_string()
        }
        u => crate::lexical::Lexical::embedded().plural(u),
    }
}

/// The tense of the clause around byte `at` of `sentence`, read from the
/// same cues that orient weekdays (`scheduled`, `will`, `ahead of`, past verbs).
pub fn tense_at(sentence: &str, at: usize) -> Tense {
    tense_of(crate::temporal::event_direction_at(sentence, at))
}

/// A clause's tense from the direction its cues point an event in.
fn tense_of(direction: crate::temporal::Direction) -> Tense {
    match direction {
        crate::temporal::Direction::Past => Tense::Past,
        crate::temporal::Direction::Future => Tense::Future,
        crate::temporal::Direction::Nearest => Tense::Unknown,
    }
}

/// [`tense_at`] for a figure: a plan reported after a past speech verb
/// (`said they would merge in a deal worth $4 billion`) is of no tense,
/// so that it meets both the deal done and the deal foreseen.
pub fn figure_tense_at(sentence: &str, at: usize, is_speech: &dyn Fn(&str) -> bool) -> Tense {
    tense_of(crate::temporal::event_direction_reported(
        sentence, at, is_speech,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dice_without_matches_filtering_every_stem() {
        let reference = |a: &Stems, b: &Stems, skip: &[Option<&str>]| {
            let keep = |w: &&str| !skip.iter().flatten().any(|s| s == w);
            let (na, nb) = (a.iter().filter(keep).count(), b.iter().filter(keep).count());
            if na == 0 || nb == 0 {
                return 0.0;
            }
            let shared = a.iter().filter(|x| keep(x) && b.contains(x)).count();
            2.0 * shared as f64 / (na + nb) as f64
        };
        let lists: Vec<Stems> = vec![
            ["kill", "peopl", "blast", "kabul"].into_iter().collect(),
            ["kill", "peopl", "attack"].into_iter().collect(),
            ["peopl"].into_iter().collect(),
            Stems::default(),
        ];
        let skips: [&[Option<&str>]; 6] = [
            &[],
            &[None, None],
            &[Some("peopl"), Some("peopl")],
            &[Some("peopl"), Some("kill")],
            &[Some("absent"), None],
            &[
                Some("kill"),
                Some("peopl"),
                Some("blast"),
                Some("kabul"),
                Some("attack"),
            ],
        ];
        for a in &lists {
            for b in &lists {
                for skip in skips {
                    assert_eq!(
                        dice_without(a, b, skip),
                        reference(a, b, skip),
                        "{a:?} {b:?} {skip:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn stems_of_any_word_keep_whole_characters() {
        // `ೳ` is E0 B3 B3: its last two bytes are equal, like a doubled
        // consonant's.
        for w in [
            "-\u{0cf3}",
            "ab\u{0cf3}",
            "\u{0cf3}\u{0cf3}",
            "éé",
            "stopp",
            "1100",
        ] {
            let s = stem(w);
            assert!(
                w.to_lowercase().starts_with(&s) || s.ends_with('y'),
                "{w} -> {s}"
            );
        }
        assert_eq!(stem("stopp"), "stop");
        let stems = content_stems("x ’s-\u{0cf3}⹘༚ y");
        assert!(stems.iter().any(|s| s == "-\u{0cf3}"), "{stems:?}");
    }

    #[test]
    fn stems_meet_across_inflections() {
        assert_eq!(stem("admitted"), stem("admit"));
        assert_eq!(stem("processes"), stem("process"));
        assert_eq!(stem("allowed"), "allow");
        assert_eq!(stem("visits"), "visit");
        assert_eq!(stem("Syria"), "syria");
    }

    #[test]
    fn paraphrased_quotes_are_similar_and_different_ones_are_not() {
        let a = content_stems("We must admit that the operation made it possible to advance the process of political settlement in Syria");
        let b = content_stems("It must be admitted that this operation allowed us to advance the political settlement in Syria");
        let c = content_stems("What is important now is the move into the political process in Syria and Russia is working with all sides");
        assert!(dice(&a, &b) > 0.7, "{}", dice(&a, &b));
        assert!(dice(&a, &c) < 0.4, "{}", dice(&a, &c));
    }

    #[test]
    fn units_pluralise_as_counts_show_them() {
        for (unit, count, shown) in [
            ("pass", 38.0, "passes"),
            ("hour", 1.0, "hour"),
            ("person", 3.0, "people"),
            ("dead", 24.0, "dead"),
            ("magnitude", 5.9, "magnitude"),
            ("years old", 40.0, "years old"),
            ("other rifle", 2.0, "other rifles"),
            ("consitituency", 27.0, "consitituencies"),
        ] {
            assert_eq!(plural(unit, count), shown, "{unit}");
        }
    }

    #[test]
    fn numbers_format() {
        assert_eq!(format_number(400000.0), "400,000");
        assert_eq!(format_number(2_300_000.0), "2.3 million");
        assert_eq!(format_number(4.0), "4");
        assert_eq!(format_plain(2.5), "2.5");
        assert_eq!(format_plain(440_000.000_000_000_06), "440000");
        assert_eq!(format_number(360_000.0 * (1.0 + 0.1)), "396,000");
        assert_eq!(plural("hour", 4.0), "hours");
        assert_eq!(plural("person", 2.0), "people");
        assert_eq!(plural("wife", 14.0), "wives");
        assert_eq!(plural("percent", 14.0), "percent");
        assert_eq!(plural("ship (part)", 17.0), "ships");
    }

    #[test]
    fn tense_cues() {
        let s = "SANA said the meeting comes ahead of a summit scheduled on Wednesday in Russia";
        assert_eq!(tense_at(s, s.find("Wednesday").unwrap()), Tense::Future);
        let s = "the two leaders held bilateral talks on Monday";
        assert_eq!(tense_at(s, s.find("Monday").unwrap()), Tense::Past);
        let s = "a Syria summit in Sochi on Thursday which will bring Putin together";
        assert_eq!(tense_at(s, s.find("Thursday").unwrap()), Tense::Future);
    }
}
