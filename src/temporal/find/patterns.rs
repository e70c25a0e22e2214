//! The date patterns: one regex per written form, compiled on first use
//! from their sources (`super::sources`).

use std::sync::LazyLock;

use crate::pattern::Regex;

use super::re;
pub(super) use super::sources::*;

pub(super) static MDY: LazyLock<Regex> = LazyLock::new(|| re(&mdy()));
pub(super) static DMY: LazyLock<Regex> = LazyLock::new(|| re(&dmy()));
pub(super) static ISO: LazyLock<Regex> = LazyLock::new(|| re(&iso()));
pub(super) static SLASH: LazyLock<Regex> = LazyLock::new(|| re(&slash()));
pub(super) static MD: LazyLock<Regex> = LazyLock::new(|| re(&md()));
pub(super) static DM: LazyLock<Regex> = LazyLock::new(|| re(&dm()));
pub(super) static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| re(&month_year()));
pub(super) static MONTH_REL_YEAR: LazyLock<Regex> = LazyLock::new(|| re(&month_rel_year()));
pub(super) static BARE_MONTH: LazyLock<Regex> = LazyLock::new(|| re(&bare_month()));
pub(super) static MONTH_RANGE: LazyLock<Regex> = LazyLock::new(|| re(&month_range()));
pub(super) static YEAR_PREP: LazyLock<Regex> = LazyLock::new(|| re(&year_prep()));
pub(super) static YEAR_RANGE: LazyLock<Regex> = LazyLock::new(|| re(&year_range()));
pub(super) static YEAR_LIST: LazyLock<Regex> = LazyLock::new(|| re(&year_list()));
pub(super) static YEAR_IN_LIST: LazyLock<Regex> =
    LazyLock::new(|| re("(?-u:\\b)(?P<y>[12][0-9]{3})(?-u:\\b)"));
pub(super) static YEAR_POSS: LazyLock<Regex> = LazyLock::new(|| re(&year_poss()));
pub(super) static YEAR_ATTR: LazyLock<Regex> = LazyLock::new(|| re(&year_attr()));
pub(super) static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| re(&weekday()));
pub(super) static REL_DAY: LazyLock<Regex> = LazyLock::new(|| re(&rel_day()));
pub(super) static REL_UNIT: LazyLock<Regex> = LazyLock::new(|| re(&rel_unit()));
pub(super) static AGO: LazyLock<Regex> = LazyLock::new(|| re(&ago()));
pub(super) static ANAPHORIC: LazyLock<Regex> = LazyLock::new(|| re(&anaphoric()));
pub(super) static EVE: LazyLock<Regex> = LazyLock::new(|| re(&eve()));

/// Capitalized words that make a following weekday a named day.
pub(super) const NAMED_DAY_PREFIX: &[&str] = &[
    "Black", "Good", "Cyber", "Super", "Ash", "Holy", "Maundy", "Easter", "Palm", "Shrove", "Fat",
    "Bloody", "Blue", "Giving", "Small", "Manic", "Whit", "Low", "Trinity", "Passion", "Orange",
];
