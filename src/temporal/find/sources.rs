//! The sources of the date patterns, one per written form, and of the
//! gate that tells which of them match a sentence. Plain strings, no
//! crate dependencies: `build.rs` includes this file too, to compile the
//! gate's DFA when the crate is built (`super::gate`), and the patterns
//! compiled at run time (`super::patterns`) are built from the same text.

/// Full month names.
pub(super) const MONTH_FULL: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";
/// Full month names and abbreviations (a dot may follow, see `month_group`).
pub(super) const MONTH_ANY: &str =
    "January|February|March|April|May|June|July|August|September|October|\
November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
/// Number words accepted in `N days ago`.
pub(super) const NUM: &str =
    "\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\
fifteen|twenty|thirty|a\\s+couple\\s+of|a\\s+few";

/// `(?P<m>Month\.?)` for a given name alternation.
pub(super) fn month_group(name: &str, names: &str) -> String {
    format!("(?P<{name}>(?:{names})(?-u:\\b)\\.?)")
}

pub(super) const DAY: &str = "(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)?(?-u:\\b)";
pub(super) const YEAR: &str = "(?P<y>[12][0-9]{3})(?-u:\\b)";
/// A year in a prepositional phrase: also `'82`.
pub(super) const YEAR_OR_SHORT: &str = "(?P<y>[12][0-9]{3}|['’][0-9]{2})(?-u:\\b)";

/// The source of `patterns::MDY`.
pub(super) fn mdy() -> String {
    format!(
        "(?-u:\\b){}\\s+{DAY},?\\s+{YEAR}",
        month_group("m", MONTH_ANY)
    )
}
/// The source of `patterns::DMY`.
pub(super) fn dmy() -> String {
    format!(
        "(?-u:\\b){DAY}\\s+(?:of\\s+)?{},?\\s+{YEAR}",
        month_group("m", MONTH_ANY)
    )
}
/// The source of `patterns::ISO`.
pub(super) fn iso() -> String {
    "(?-u:\\b)(?P<y>[12][0-9]{3})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])(?-u:\\b)".to_string()
}
/// The source of `patterns::SLASH`.
pub(super) fn slash() -> String {
    "(?-u:\\b)(?P<m>[01]?[0-9])/(?P<d>[0-3]?[0-9])/(?P<y>[0-9]{4}|[0-9]{2})(?-u:\\b)".to_string()
}
/// The source of `patterns::MD`.
pub(super) fn md() -> String {
    format!("(?-u:\\b){}\\s+{DAY}", month_group("m", MONTH_ANY))
}
/// The source of `patterns::DM`.
pub(super) fn dm() -> String {
    format!(
        "(?-u:\\b){DAY}\\s+(?:of\\s+)?{}",
        month_group("m", MONTH_ANY)
    )
}
/// The source of `patterns::MONTH_YEAR`.
pub(super) fn month_year() -> String {
    format!(
        "(?-u:\\b)(?:(?i:early|late|mid)(?:\\s+|-))?{},?\\s+(?:of\\s+)?{YEAR}",
        month_group("m", MONTH_ANY)
    )
}
/// The source of `patterns::MONTH_REL_YEAR`.
pub(super) fn month_rel_year() -> String {
    format!(
        "(?-u:\\b){}\\s+(?:of\\s+)?(?P<rel>(?i:last|next|this))\\s+year(?-u:\\b)",
        month_group("m", MONTH_FULL)
    )
}
/// The source of `patterns::BARE_MONTH`.
pub(super) fn bare_month() -> String {
    format!(
        "(?-u:\\b)(?P<pre>(?i:in|since|until|till|by|of|during|from|through|before|after|\
         last|next|this|early|late|mid))(?P<sep>\\s+|-)(?P<m>{MONTH_FULL})(?-u:\\b)"
    )
}
/// The source of `patterns::MONTH_RANGE`.
pub(super) fn month_range() -> String {
    format!(
        "(?-u:\\b)(?i:between|from|in|since|until|by|during)\\s+(?P<m>{MONTH_FULL})\\s*\
         (?:(?i:and|or|to|through|until|till)|-|–)\\s*(?P<m2>{MONTH_FULL})(?-u:\\b)\
         (?:,?\\s+(?:of\\s+)?{YEAR})?"
    )
}
/// The source of `patterns::YEAR_PREP`.
pub(super) fn year_prep() -> String {
    format!(
        "(?-u:\\b)(?P<pre>(?i:in|since|by|until|till|of|from|during|before|after|through|\
         circa|around|early|late|mid|year|fiscal))(?:\\s+|-){YEAR_OR_SHORT}"
    )
}
/// The source of `patterns::YEAR_RANGE`.
pub(super) fn year_range() -> String {
    "(?-u:\\b)(?i:between|from)\\s+(?P<y>[12][0-9]{3})\\s*(?:(?i:and|to|until|till|through)|-|–)\
        \\s*(?P<y2>[12][0-9]{3})(?-u:\\b)"
        .to_string()
}
/// The source of `patterns::YEAR_LIST`.
pub(super) fn year_list() -> String {
    "(?-u:\\b)(?i:in|since|by|until|during|of)\\s+[12][0-9]{3}(?:(?:\\s*,\\s*|\\s+(?:and|or)\\s+)\
        [12][0-9]{3}(?-u:\\b))+"
        .to_string()
}
/// The source of `patterns::YEAR_POSS`.
pub(super) fn year_poss() -> String {
    "(?-u:\\b)(?P<y>[12][0-9]{3})['’]s(?-u:\\b)".to_string()
}
/// The source of `patterns::YEAR_ATTR`.
pub(super) fn year_attr() -> String {
    "(?-u:\\b)(?:the|The|its|their|his|her)\\s+(?P<y>(?:19|20)[0-9]{2})\\s+[A-Za-z]".to_string()
}
/// The source of `patterns::WEEKDAY`.
pub(super) fn weekday() -> String {
    "(?-u:\\b)(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\\b)".to_string()
}
/// The source of `patterns::REL_DAY`.
pub(super) fn rel_day() -> String {
    "(?i)(?-u:\\b)(?:(?P<dby>the\\s+day\\s+before\\s+yesterday)|(?P<dat>the\\s+day\\s+after\\s+tomorrow)|\
        (?P<w>yesterday|today|tomorrow|tonight)(?:\\s+(?:morning|afternoon|evening|night))?|\
        (?P<ln>last\\s+night)|(?P<tm>this\\s+(?:morning|afternoon|evening)))(?-u:\\b)".to_string()
}
/// The source of `patterns::REL_UNIT`.
pub(super) fn rel_unit() -> String {
    "(?i)(?-u:\\b)(?P<rel>last|next|this)\\s+(?P<u>week|month|year)(?-u:\\b)".to_string()
}
/// The source of `patterns::AGO`.
pub(super) fn ago() -> String {
    format!("(?i)(?-u:\\b)(?P<n>{NUM})\\s+(?P<u>day|week|month|year)s?\\s+ago(?-u:\\b)")
}
/// The source of `patterns::ANAPHORIC`.
pub(super) fn anaphoric() -> String {
    format!(
        "(?i)(?-u:\\b)(?:the\\s+(?P<adj>previous|following|next|preceding)\\s+(?P<u>day|week|month|year)|\
         the\\s+(?P<u2>day|week|month|year)\\s+(?P<ba>before|after)|\
         (?P<n>{NUM})\\s+(?P<u3>day|week|month|year)s?\\s+(?P<el>earlier|later))(?-u:\\b)"
    )
}
/// The source of `patterns::EVE`.
pub(super) fn eve() -> String {
    "(?i)(?-u:\\b)the\\s+eve\\s+of(?-u:\\b)".to_string()
}

/// The gate's patterns (`super::gate::GATED`, in order), each with
/// whether it needs Unicode mode (`super::needs_unicode`, which a test
/// holds the flags to).
#[cfg_attr(not(test), allow(dead_code))] // read by build.rs and the gate's tests
pub(super) const GATE_SOURCES: [(fn() -> String, bool); 21] = [
    (mdy, false),
    (dmy, false),
    (iso, false),
    (slash, false),
    (md, false),
    (dm, false),
    (month_year, false),
    (month_rel_year, false),
    (bare_month, false),
    (month_range, false),
    (year_list, false),
    (year_prep, true),
    (year_range, false),
    (year_poss, true),
    (year_attr, false),
    (weekday, false),
    (rel_day, false),
    (rel_unit, false),
    (ago, false),
    (anaphoric, false),
    (eve, false),
];

/// The gate's patterns as compiled together: ASCII mode, a pattern that
/// needs Unicode wrapped in `(?u:…)`, so that the set matches what each
/// pattern compiled alone (see `super::re`) matches.
#[cfg_attr(not(test), allow(dead_code))] // called by build.rs and the gate's tests
pub(super) fn gate_patterns() -> Vec<String> {
    GATE_SOURCES
        .iter()
        .map(|(source, unicode)| {
            let p = source();
            if *unicode {
                format!("(?u:{p})")
            } else {
                p
            }
        })
        .collect()
}
