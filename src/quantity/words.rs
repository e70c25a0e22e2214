//! Word lists for the quantity finder: number words, scales, currencies,
//! units glued to digits, stop words, modifiers and singular forms.
//!
//! Every lookup takes a lower-case ASCII byte slice and is a `match`, so no
//! allocation and no hashing happens in the hot path.

/// What a number word contributes to the value being built.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum NumWord {
    /// `one` … `nine` (the value).
    Unit(f64),
    /// `ten` … `nineteen`.
    Teen(f64),
    /// `twenty` … `ninety`.
    Ten(f64),
    /// `hundred`.
    Hundred,
    /// `thousand`, `million`, `billion`, `trillion`.
    Scale(f64),
    /// `dozen`.
    Dozen,
}

/// Classifies a lower-case word as a number word.
pub(crate) fn num_word(w: &[u8]) -> Option<NumWord> {
    use NumWord::*;
    Some(match w {
        b"zero" => Unit(0.0),
        b"one" => Unit(1.0),
        b"two" => Unit(2.0),
        b"three" => Unit(3.0),
        b"four" => Unit(4.0),
        b"five" => Unit(5.0),
        b"six" => Unit(6.0),
        b"seven" => Unit(7.0),
        b"eight" => Unit(8.0),
        b"nine" => Unit(9.0),
        b"ten" => Teen(10.0),
        b"eleven" => Teen(11.0),
        b"twelve" => Teen(12.0),
        b"thirteen" => Teen(13.0),
        b"fourteen" => Teen(14.0),
        b"fifteen" => Teen(15.0),
        b"sixteen" => Teen(16.0),
        b"seventeen" => Teen(17.0),
        b"eighteen" => Teen(18.0),
        b"nineteen" => Teen(19.0),
        b"twenty" => Ten(20.0),
        b"thirty" => Ten(30.0),
        b"forty" => Ten(40.0),
        b"fifty" => Ten(50.0),
        b"sixty" => Ten(60.0),
        b"seventy" => Ten(70.0),
        b"eighty" => Ten(80.0),
        b"ninety" => Ten(90.0),
        b"hundred" => Hundred,
        b"thousand" => Scale(1e3),
        b"million" => Scale(1e6),
        b"billion" => Scale(1e9),
        b"trillion" => Scale(1e12),
        b"dozen" => Dozen,
        _ => return None,
    })
}

/// Value of a scale word written after digits (`2.3 million`).
pub(crate) fn scale_word(w: &[u8]) -> Option<f64> {
    Some(match w {
        b"thousand" => 1e3,
        b"million" | b"mln" => 1e6,
        b"billion" | b"bln" => 1e9,
        b"trillion" => 1e12,
        _ => return None,
    })
}

/// Value of a scale abbreviation glued to digits (`5bn`); the second value
/// says whether it is only read as a scale next to a currency (`$10m`).
pub(crate) fn scale_abbrev(w: &[u8]) -> Option<(f64, bool)> {
    Some(match w {
        b"bn" | b"bln" => (1e9, false),
        b"tn" | b"trn" => (1e12, false),
        b"mn" | b"mln" => (1e6, false),
        b"m" => (1e6, true),
        b"b" => (1e9, true),
        b"k" => (1e3, true),
        _ => return None,
    })
}

/// Value of a plural scale used as a vague number (`hundreds of`).
pub(crate) fn plural_scale(w: &[u8]) -> Option<f64> {
    Some(match w {
        b"tens" => 10.0,
        b"dozens" => 12.0,
        b"hundreds" => 100.0,
        b"thousands" => 1e3,
        b"millions" => 1e6,
        b"billions" => 1e9,
        _ => return None,
    })
}

/// Units written glued to digits (`500km`, `60GB`), as the unit to report.
pub(crate) fn glued_unit(w: &[u8]) -> Option<&'static str> {
    Some(match w {
        b"km" => "km",
        b"kms" => "km",
        b"cm" => "cm",
        b"mm" => "mm",
        b"kg" => "kg",
        b"kgs" => "kg",
        b"mg" => "mg",
        b"lb" | b"lbs" => "lb",
        b"ft" => "ft",
        b"mph" => "mph",
        b"kph" | b"kmh" => "km/h",
        b"gb" => "gb",
        b"mb" => "mb",
        b"tb" => "tb",
        b"kb" => "kb",
        b"ghz" => "ghz",
        b"mhz" => "mhz",
        b"kw" => "kw",
        b"mw" => "mw",
        b"gw" => "gw",
        b"kwh" => "kwh",
        b"mt" => "mt",
        b"sq" => "sq",
        _ => return None,
    })
}

/// Ordinal words (`first`, `twenty-first`): a number word followed by
/// one of these after a hyphen is an ordinal, not a count.
pub(crate) fn is_ordinal_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"first"
            | b"second"
            | b"third"
            | b"fourth"
            | b"fifth"
            | b"sixth"
            | b"seventh"
            | b"eighth"
            | b"ninth"
            | b"tenth"
            | b"half"
            | b"halves"
            | b"thirds"
            | b"quarter"
            | b"quarters"
    )
}

/// Measure nouns that may follow `one-` (`a one-day visit`).
pub(crate) fn is_measure_noun(w: &[u8]) -> bool {
    matches!(
        w,
        b"day"
            | b"hour"
            | b"week"
            | b"month"
            | b"year"
            | b"minute"
            | b"second"
            | b"night"
            | b"mile"
            | b"metre"
            | b"meter"
            | b"kilometre"
            | b"kilometer"
            | b"percent"
            | b"point"
            | b"person"
            | b"man"
            | b"seat"
            | b"storey"
            | b"story"
    )
}

/// Month names as written before or after a day number (case-sensitive).
pub(crate) fn is_month(w: &[u8]) -> bool {
    matches!(
        w,
        b"January"
            | b"February"
            | b"March"
            | b"April"
            | b"May"
            | b"June"
            | b"July"
            | b"August"
            | b"September"
            | b"October"
            | b"November"
            | b"December"
            | b"Jan"
            | b"Feb"
            | b"Mar"
            | b"Apr"
            | b"Jun"
            | b"Jul"
            | b"Aug"
            | b"Sep"
            | b"Sept"
            | b"Oct"
            | b"Nov"
            | b"Dec"
            | b"JANUARY"
            | b"FEBRUARY"
            | b"MARCH"
            | b"APRIL"
            | b"MAY"
            | b"JUNE"
            | b"JULY"
            | b"AUGUST"
            | b"SEPTEMBER"
            | b"OCTOBER"
            | b"NOVEMBER"
            | b"DECEMBER"
    )
}

/// Words after which a 4-digit number is a year (`in 2015`).
pub(crate) fn is_year_cue(w: &[u8]) -> bool {
    matches!(
        w,
        b"in"
            | b"since"
            | b"by"
            | b"of"
            | b"from"
            | b"until"
            | b"till"
            | b"during"
            | b"before"
            | b"after"
            | b"early"
            | b"late"
            | b"mid"
            | b"year"
            | b"fiscal"
            | b"summer"
            | b"winter"
            | b"spring"
            | b"autumn"
            | b"fall"
    )
}

/// Words before `one` that make it a pronoun (`no one`, `this one`).
pub(crate) fn is_one_pronoun_cue(w: &[u8]) -> bool {
    matches!(
        w,
        b"no"
            | b"the"
            | b"this"
            | b"that"
            | b"any"
            | b"every"
            | b"each"
            | b"which"
            | b"another"
            | b"such"
            | b"someone"
            | b"everyone"
            | b"anyone"
            | b"last"
            | b"only"
            | b"right"
            | b"wrong"
            | b"little"
            | b"big"
            | b"new"
            | b"old"
            | b"good"
            | b"bad"
            | b"other"
            | b"number"
    )
}

/// Currency nouns after a number (`5 million dollars`) and their code.
pub(crate) fn currency_noun(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" => "usd",
        "euro" => "eur",
        "yen" => "jpy",
        "yuan" | "renminbi" => "cny",
        "ruble" | "rouble" => "rub",
        "rupee" => "inr",
        "cent" => "usd",
        "sterling" => "gbp",
        _ => return None,
    })
}

/// Three-letter currency codes written before a number (`USD 5`).
pub(crate) fn currency_code(w: &[u8]) -> Option<&'static str> {
    Some(match w {
        b"USD" => "usd",
        b"EUR" => "eur",
        b"GBP" => "gbp",
        b"JPY" => "jpy",
        b"CNY" | b"RMB" => "cny",
        b"RUB" => "rub",
        b"CHF" => "chf",
        b"CAD" => "cad",
        b"AUD" => "aud",
        b"INR" => "inr",
        b"HKD" => "hkd",
        _ => return None,
    })
}

/// Country letters glued before `$` (`US$`, `A$`) and the code they make.
pub(crate) fn dollar_prefix(w: &[u8]) -> Option<&'static str> {
    Some(match w {
        b"US" | b"U.S." => "usd",
        b"A" | b"AU" => "aud",
        b"C" | b"CA" | b"CAN" => "cad",
        b"HK" => "hkd",
        b"NZ" => "nzd",
        b"S" => "sgd",
        b"NT" => "twd",
        b"R" => "brl",
        _ => return None,
    })
}

/// Words that end the search for a counted noun: determiners, prepositions,
/// conjunctions, pronouns, auxiliaries, common verbs and adverbs.
pub(crate) fn is_stop_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"a" | b"an"
            | b"the"
            | b"and"
            | b"or"
            | b"but"
            | b"nor"
            | b"of"
            | b"in"
            | b"on"
            | b"at"
            | b"to"
            | b"for"
            | b"from"
            | b"by"
            | b"with"
            | b"without"
            | b"as"
            | b"than"
            | b"that"
            | b"which"
            | b"who"
            | b"whom"
            | b"whose"
            | b"this"
            | b"these"
            | b"those"
            | b"it"
            | b"its"
            | b"they"
            | b"them"
            | b"their"
            | b"he"
            | b"him"
            | b"she"
            | b"his"
            | b"her"
            | b"we"
            | b"our"
            | b"you"
            | b"your"
            | b"i"
            | b"me"
            | b"my"
            | b"is"
            | b"are"
            | b"was"
            | b"were"
            | b"be"
            | b"been"
            | b"being"
            | b"has"
            | b"have"
            | b"had"
            | b"having"
            | b"will"
            | b"would"
            | b"shall"
            | b"should"
            | b"can"
            | b"could"
            | b"may"
            | b"might"
            | b"must"
            | b"do"
            | b"does"
            | b"did"
            | b"not"
            | b"no"
            | b"so"
            | b"if"
            | b"then"
            | b"there"
            | b"here"
            | b"also"
            | b"only"
            | b"just"
            | b"over"
            | b"under"
            | b"up"
            | b"down"
            | b"out"
            | b"off"
            | b"about"
            | b"into"
            | b"onto"
            | b"after"
            | b"before"
            | b"since"
            | b"until"
            | b"while"
            | b"when"
            | b"where"
            | b"why"
            | b"how"
            | b"what"
            | b"during"
            | b"against"
            | b"among"
            | b"between"
            | b"through"
            | b"across"
            | b"around"
            | b"near"
            | b"per"
            | b"each"
            | b"every"
            | b"all"
            | b"both"
            | b"some"
            | b"any"
            | b"said"
            | b"says"
            | b"say"
            | b"told"
            | b"tell"
            | b"according"
            | b"ago"
            | b"later"
            | b"earlier"
            | b"yet"
            | b"still"
            | b"now"
            | b"again"
            | b"too"
            | b"very"
            | b"rose"
            | b"fell"
            | b"rise"
            | b"rises"
            | b"fall"
            | b"falls"
            | b"went"
            | b"came"
            | b"took"
            | b"got"
            | b"gave"
            | b"made"
            | b"left"
            | b"became"
            | b"remain"
            | b"remains"
            | b"lost"
            | b"won"
            | b"met"
            | b"saw"
            | b"held"
            | b"began"
            | b"ran"
            | b"fled"
            | b"say's"
            | b"apiece"
            | b"each's"
            | b"am"
            | b"pm"
            | b"a.m"
            | b"p.m"
            | b"o'clock"
            | b"percent"
            | b"pct"
            | b"times"
            | b"versus"
            | b"vs"
            | b"via"
            | b"plus"
            | b"minus"
            | b"including"
            | b"like"
            | b"because"
            | b"though"
            | b"although"
            | b"however"
            | b"others"
            | b"even"
            | b"worth"
            | b"overall"
            | b"altogether"
            | b"apart"
            | b"combined"
            | b"respectively"
            | b"instead"
            | b"either"
            | b"neither"
            | b"whereas"
            | b"compared"
            | b"last"
            | b"next"
    )
}

/// Adjectives and quantifiers that commonly sit between a number and its
/// noun (`two more people`, `three new planes`).
pub(crate) fn is_modifier_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"more"
            | b"other"
            | b"additional"
            | b"extra"
            | b"new"
            | b"old"
            | b"young"
            | b"small"
            | b"large"
            | b"big"
            | b"major"
            | b"minor"
            | b"main"
            | b"key"
            | b"senior"
            | b"junior"
            | b"top"
            | b"high"
            | b"low"
            | b"long"
            | b"short"
            | b"full"
            | b"separate"
            | b"different"
            | b"similar"
            | b"straight"
            | b"consecutive"
            | b"fewer"
            | b"less"
            | b"further"
            | b"former"
            | b"current"
            | b"total"
            | b"armed"
            | b"unarmed"
            | b"dead"
            | b"injured"
            | b"wounded"
            | b"innocent"
            | b"civilian"
            | b"foreign"
            | b"local"
            | b"military"
            | b"police"
            | b"government"
            | b"rebel"
            | b"air"
            | b"ground"
            | b"state"
            | b"square"
            | b"cubic"
            | b"metric"
            | b"nautical"
            | b"light"
            | b"heavy"
            | b"free"
            | b"private"
            | b"public"
            | b"known"
            | b"confirmed"
            | b"reported"
            | b"registered"
            | b"unidentified"
            | b"unnamed"
            | b"us"
            | b"u.s"
            | b"un"
            | b"eu"
    )
}

/// Suffixes that usually mark an adjective or participle used as a modifier.
pub(crate) fn has_modifier_suffix(w: &[u8]) -> bool {
    const SUFFIXES: [&[u8]; 13] = [
        b"ed", b"al", b"ian", b"ic", b"ive", b"ous", b"ful", b"ese", b"ish", b"ing", b"ary",
        b"less", b"ant",
    ];
    w.len() > 4 && SUFFIXES.iter().any(|s| w.ends_with(s))
}

/// The singular of a lower-case English noun (`hours` → `hour`,
/// `people` → `person`, `casualties` → `casualty`).
pub(crate) fn singular(w: &str) -> String {
    let irregular = match w {
        "people" => Some("person"),
        "men" => Some("man"),
        "women" => Some("woman"),
        "children" => Some("child"),
        "feet" => Some("foot"),
        "teeth" => Some("tooth"),
        "mice" => Some("mouse"),
        "geese" => Some("goose"),
        "lives" => Some("life"),
        "wives" => Some("wife"),
        "knives" => Some("knife"),
        "halves" => Some("half"),
        "thieves" => Some("thief"),
        "police" => Some("police"),
        "data" => Some("data"),
        "criteria" => Some("criterion"),
        "phenomena" => Some("phenomenon"),
        "media" => Some("media"),
        "news" => Some("news"),
        "series" => Some("series"),
        "species" => Some("species"),
        "aircraft" => Some("aircraft"),
        "percent" => Some("percent"),
        "dies" => Some("die"),
        "ties" => Some("tie"),
        "lies" => Some("lie"),
        "pies" => Some("pie"),
        "movies" => Some("movie"),
        "cookies" => Some("cookie"),
        "zombies" => Some("zombie"),
        "rookies" => Some("rookie"),
        _ => None,
    };
    if let Some(s) = irregular {
        return s.to_string();
    }
    let b = w.as_bytes();
    let n = b.len();
    if n <= 3 || !w.ends_with('s') {
        return w.to_string();
    }
    if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") || w.ends_with("'s") {
        return w.to_string();
    }
    if w.ends_with("ies") && n > 4 {
        return format!("{}y", &w[..n - 3]);
    }
    if w.ends_with("sses")
        || w.ends_with("xes")
        || w.ends_with("zzes")
        || w.ends_with("ches")
        || w.ends_with("shes")
    {
        return w[..n - 2].to_string();
    }
    w[..n - 1].to_string()
}

/// The plural of a singular noun, for display (`hour` → `hours`).
pub(crate) fn plural(w: &str) -> String {
    match w {
        "person" => return "people".to_string(),
        "man" => return "men".to_string(),
        "woman" => return "women".to_string(),
        "wife" => return "wives".to_string(),
        "knife" => return "knives".to_string(),
        "thief" => return "thieves".to_string(),
        "child" => return "children".to_string(),
        "foot" => return "feet".to_string(),
        "percent" | "aircraft" | "police" | "data" | "media" | "news" | "series" | "species"
        | "sheep" | "fish" | "deer" => return w.to_string(),
        _ => {}
    }
    let b = w.as_bytes();
    if glued_unit(b).is_some() || w.contains('/') {
        return w.to_string();
    }
    if !w.is_ascii() || b.is_empty() || !b[b.len() - 1].is_ascii_alphabetic() {
        return w.to_string();
    }
    if w.len() > 2 && w.ends_with('y') && !matches!(b[b.len() - 2], b'a' | b'e' | b'o' | b'u') {
        return format!("{}ies", &w[..w.len() - 1]);
    }
    if w.ends_with('s') || w.ends_with('x') || w.ends_with("ch") || w.ends_with("sh") {
        return format!("{w}es");
    }
    format!("{w}s")
}
