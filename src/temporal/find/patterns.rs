//! The date patterns: one regex per written form, compiled on first use.

use std::sync::LazyLock;

use crate::temporal::pattern::Regex;

use super::re;

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

pub(super) static MDY: LazyLock<Regex> = LazyLock::new(|| re(&mdy()));
/// The source of [`MDY`].
pub(super) fn mdy() -> String {
    format!(
        "(?-u:\\b){}\\s+{DAY},?\\s+{YEAR}",
        month_group("m", MONTH_ANY)
    )
}
pub(super) static DMY: LazyLock<Regex> = LazyLock::new(|| re(&dmy()));
/// The source of [`DMY`].
pub(super) fn dmy() -> String {
    format!(
        "(?-u:\\b){DAY}\\s+(?:of\\s+)?{},?\\s+{YEAR}",
        month_group("m", MONTH_ANY)
    )
}
pub(super) static ISO: LazyLock<Regex> = LazyLock::new(|| re(&iso()));
/// The source of [`ISO`].
pub(super) fn iso() -> String {
    "(?-u:\\b)(?P<y>[12][0-9]{3})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])(?-u:\\b)".to_string()
}
pub(super) static SLASH: LazyLock<Regex> = LazyLock::new(|| re(&slash()));
/// The source of [`SLASH`].
pub(super) fn slash() -> String {
    "(?-u:\\b)(?P<m>[01]?[0-9])/(?P<d>[0-3]?[0-9])/(?P<y>[0-9]{4}|[0-9]{2})(?-u:\\b)".to_string()
}
pub(super) static MD: LazyLock<Regex> = LazyLock::new(|| re(&md()));
/// The source of [`MD`].
pub(super) fn md() -> String {
    format!("(?-u:\\b){}\\s+{DAY}", month_group("m", MONTH_ANY))
}
pub(super) static DM: LazyLock<Regex> = LazyLock::new(|| re(&dm()));
/// The source of [`DM`].
pub(super) fn dm() -> String {
    format!(
        "(?-u:\\b){DAY}\\s+(?:of\\s+)?{}",
        month_group("m", MONTH_ANY)
    )
}
pub(super) static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| re(&month_year()));
/// The source of [`MONTH_YEAR`].
pub(super) fn month_year() -> String {
    format!(
        "(?-u:\\b)(?:(?i:early|late|mid)(?:\\s+|-))?{},?\\s+(?:of\\s+)?{YEAR}",
        month_group("m", MONTH_ANY)
    )
}
pub(super) static MONTH_REL_YEAR: LazyLock<Regex> = LazyLock::new(|| re(&month_rel_year()));
/// The source of [`MONTH_REL_YEAR`].
pub(super) fn month_rel_year() -> String {
    format!(
        "(?-u:\\b){}\\s+(?:of\\s+)?(?P<rel>(?i:last|next|this))\\s+year(?-u:\\b)",
        month_group("m", MONTH_FULL)
    )
}
pub(super) static BARE_MONTH: LazyLock<Regex> = LazyLock::new(|| re(&bare_month()));
/// The source of [`BARE_MONTH`].
pub(super) fn bare_month() -> String {
    format!(
        "(?-u:\\b)(?P<pre>(?i:in|since|until|till|by|of|during|from|through|before|after|\
         last|next|this|early|late|mid))(?P<sep>\\s+|-)(?P<m>{MONTH_FULL})(?-u:\\b)"
    )
}
pub(super) static MONTH_RANGE: LazyLock<Regex> = LazyLock::new(|| re(&month_range()));
/// The source of [`MONTH_RANGE`].
pub(super) fn month_range() -> String {
    format!(
        "(?-u:\\b)(?i:between|from|in|since|until|by|during)\\s+(?P<m>{MONTH_FULL})\\s*\
         (?:(?i:and|or|to|through|until|till)|-|–)\\s*(?P<m2>{MONTH_FULL})(?-u:\\b)\
         (?:,?\\s+(?:of\\s+)?{YEAR})?"
    )
}
pub(super) static YEAR_PREP: LazyLock<Regex> = LazyLock::new(|| re(&year_prep()));
/// The source of [`YEAR_PREP`].
pub(super) fn year_prep() -> String {
    format!(
        "(?-u:\\b)(?P<pre>(?i:in|since|by|until|till|of|from|during|before|after|through|\
         circa|around|early|late|mid|year|fiscal))(?:\\s+|-){YEAR_OR_SHORT}"
    )
}
pub(super) static YEAR_RANGE: LazyLock<Regex> = LazyLock::new(|| re(&year_range()));
/// The source of [`YEAR_RANGE`].
pub(super) fn year_range() -> String {
    "(?-u:\\b)(?i:between|from)\\s+(?P<y>[12][0-9]{3})\\s*(?:(?i:and|to|until|till|through)|-|–)\
        \\s*(?P<y2>[12][0-9]{3})(?-u:\\b)"
        .to_string()
}
pub(super) static YEAR_LIST: LazyLock<Regex> = LazyLock::new(|| re(&year_list()));
/// The source of [`YEAR_LIST`].
pub(super) fn year_list() -> String {
    "(?-u:\\b)(?i:in|since|by|until|during|of)\\s+[12][0-9]{3}(?:(?:\\s*,\\s*|\\s+(?:and|or)\\s+)\
        [12][0-9]{3}(?-u:\\b))+"
        .to_string()
}
pub(super) static YEAR_IN_LIST: LazyLock<Regex> =
    LazyLock::new(|| re("(?-u:\\b)(?P<y>[12][0-9]{3})(?-u:\\b)"));
pub(super) static YEAR_POSS: LazyLock<Regex> = LazyLock::new(|| re(&year_poss()));
/// The source of [`YEAR_POSS`].
pub(super) fn year_poss() -> String {
    "(?-u:\\b)(?P<y>[12][0-9]{3})['’]s(?-u:\\b)".to_string()
}
pub(super) static YEAR_ATTR: LazyLock<Regex> = LazyLock::new(|| re(&year_attr()));
/// The source of [`YEAR_ATTR`].
pub(super) fn year_attr() -> String {
    "(?-u:\\b)(?:the|The|its|their|his|her)\\s+(?P<y>(?:19|20)[0-9]{2})\\s+[A-Za-z]".to_string()
}
pub(super) static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| re(&weekday()));
/// The source of [`WEEKDAY`].
pub(super) fn weekday() -> String {
    "(?-u:\\b)(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\\b)".to_string()
}
pub(super) static REL_DAY: LazyLock<Regex> = LazyLock::new(|| re(&rel_day()));
/// The source of [`REL_DAY`].
pub(super) fn rel_day() -> String {
    "(?i)(?-u:\\b)(?:(?P<dby>the\\s+day\\s+before\\s+yesterday)|(?P<dat>the\\s+day\\s+after\\s+tomorrow)|\
        (?P<w>yesterday|today|tomorrow|tonight)(?:\\s+(?:morning|afternoon|evening|night))?|\
        (?P<ln>last\\s+night)|(?P<tm>this\\s+(?:morning|afternoon|evening)))(?-u:\\b)".to_string()
}
pub(super) static REL_UNIT: LazyLock<Regex> = LazyLock::new(|| re(&rel_unit()));
/// The source of [`REL_UNIT`].
pub(super) fn rel_unit() -> String {
    "(?i)(?-u:\\b)(?P<rel>last|next|this)\\s+(?P<u>week|month|year)(?-u:\\b)".to_string()
}
pub(super) static AGO: LazyLock<Regex> = LazyLock::new(|| re(&ago()));
/// The source of [`AGO`].
pub(super) fn ago() -> String {
    format!("(?i)(?-u:\\b)(?P<n>{NUM})\\s+(?P<u>day|week|month|year)s?\\s+ago(?-u:\\b)")
}
pub(super) static ANAPHORIC: LazyLock<Regex> = LazyLock::new(|| re(&anaphoric()));
/// The source of [`ANAPHORIC`].
pub(super) fn anaphoric() -> String {
    format!(
        "(?i)(?-u:\\b)(?:the\\s+(?P<adj>previous|following|next|preceding)\\s+(?P<u>day|week|month|year)|\
         the\\s+(?P<u2>day|week|month|year)\\s+(?P<ba>before|after)|\
         (?P<n>{NUM})\\s+(?P<u3>day|week|month|year)s?\\s+(?P<el>earlier|later))(?-u:\\b)"
    )
}
pub(super) static EVE: LazyLock<Regex> = LazyLock::new(|| re(&eve()));
/// The source of [`EVE`].
pub(super) fn eve() -> String {
    "(?i)(?-u:\\b)the\\s+eve\\s+of(?-u:\\b)".to_string()
}

/// Capitalized words that make a following weekday a named day.
pub(super) const NAMED_DAY_PREFIX: &[&str] = &[
    "Black", "Good", "Cyber", "Super", "Ash", "Holy", "Maundy", "Easter", "Palm", "Shrove", "Fat",
    "Bloody", "Blue", "Giving", "Small", "Manic", "Whit", "Low", "Trinity", "Passion", "Orange",
];
