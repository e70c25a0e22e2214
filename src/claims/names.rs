//! The two patterns that learn an article's people, run over every body:
//! full names (`Dmitry Peskov`) and role-name pairs (`Kremlin spokesman
//! Dmitry Peskov`).
//!
//! Both are regular expressions ([`FULL_NAME`], [`ROLE_NAME`]), and both
//! find exactly what those find, faster:
//! - full names by a hand-written matcher that only looks at capitals at
//!   a word start (the regex engine walked every byte);
//! - role names by the regex itself, run only around the role words, which
//!   an Aho-Corasick automaton finds first (most of a body has none).
//!
//! The regexes stay the definition: the tests check both finders against
//! them.

use crate::word_filter::WordFilter;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// `Dmitry Peskov`, `Bashar al-Assad`, `Ray McDonald`, `Anne Smith-Jones`:
/// the definition `full_names` follows (the tests hold it to it).
#[allow(dead_code)]
const FULL_NAME: &str =
    r"(?-u:\b)([A-Z][a-z]+) ((?:al-|de |van |von |Mc)?[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?-u:\b)";

/// The role words of [`ROLE_NAME`], in the order its alternation tries
/// them: a lower-case word may also start each of its parts with a capital
/// (`President`, `Secretary-general`); one with a capital is written so.
const ROLE_WORDS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "president",
    "leader",
    "minister",
    "chancellor",
    "envoy",
    "secretary",
    "secretary-general",
    "ambassador",
    "chief",
    "governor",
    "mayor",
    "director",
    "CEO",
    "commander",
    "prosecutor",
    "senator",
    "judge",
    "official",
    "actress",
    "actor",
    "singer",
    "coach",
];

/// Whether a role word is written only as it is (`CEO`).
fn fixed_case(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_uppercase())
}

/// `Kremlin spokesman Dmitry Peskov`, `Foreign Minister Sergei Lavrov`:
/// group 1 is the role, group 2 the name.
static ROLE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    // `[Ss]ecretary-[Gg]eneral`, `CEO`.
    let part = |p: &str| format!("[{}{}]{}", p[..1].to_ascii_uppercase(), &p[..1], &p[1..]);
    let roles: Vec<String> = ROLE_WORDS
        .iter()
        .map(|w| match fixed_case(w) {
            true => w.to_string(),
            false => w.split('-').map(part).collect::<Vec<_>>().join("-"),
        })
        .collect();
    let roles = roles.join("|");
    super::text::ascii_regex(&format!(
        r"(?-u:\b)((?:[A-Z][A-Za-z.-]+ ){{0,2}}(?:{roles})) ([A-Z][a-z]+(?:[- ](?:al-|de |van |von )?[A-Z][a-z]+){{1,2}})(?-u:\b)"
    ))
});

/// The role words in every spelling [`ROLE_NAME`] allows.
static ROLE_FORMS: LazyLock<rustc_hash::FxHashSet<Vec<u8>>> = LazyLock::new(|| {
    let mut forms = rustc_hash::FxHashSet::default();
    let title = |s: &str| format!("{}{}", s[..1].to_ascii_uppercase(), &s[1..]);
    for w in ROLE_WORDS {
        forms.insert(w.as_bytes().to_vec());
        if fixed_case(w) {
            continue;
        }
        forms.insert(title(w).into_bytes());
        if let Some((a, b)) = w.split_once('-') {
            forms.insert(format!("{a}-{}", title(b)).into_bytes());
            forms.insert(format!("{}-{}", title(a), title(b)).into_bytes());
        }
    }
    forms
});

/// [`ROLE_FORMS`]' first letters and lengths: most words before a capital
/// are turned away without hashing them.
static ROLE_FILTER: LazyLock<WordFilter> =
    LazyLock::new(|| WordFilter::new(ROLE_FORMS.iter().map(Vec::as_slice)));

/// The longest role form, in bytes.
const LONGEST_ROLE: usize = "secretary-general".len();

/// Capitals that start a word (after a `(?-u:\b)` boundary): where full
/// names and the names after role words begin.
pub(super) fn word_capitals(body: &str) -> Vec<usize> {
    let b = body.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    // Eight bytes at a time: most words of eight bytes hold no capital.
    while i + 8 <= b.len() {
        let chunk: [u8; 8] = b[i..i + 8].try_into().unwrap_or_default();
        if !has_capital(u64::from_le_bytes(chunk)) {
            i += 8;
            continue;
        }
        for k in i..i + 8 {
            if b[k].is_ascii_uppercase() && (k == 0 || !is_word(b[k - 1])) {
                out.push(k);
            }
        }
        i += 8;
    }
    for k in i..b.len() {
        if b[k].is_ascii_uppercase() && (k == 0 || !is_word(b[k - 1])) {
            out.push(k);
        }
    }
    out
}

/// Whether any of the eight bytes of `x` is an ASCII capital (SWAR: a
/// byte in `A..=Z` below 128 sets its high bit in the result).
fn has_capital(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = ONES * 0x7f;
    let low = x & LOW7;
    // Above `@` (0x40) and below `[` (0x5b), each byte on its own.
    let above = low + ONES * (0x7f - 0x40);
    let below = ONES * (0x7f + 0x5b) - low;
    above & below & !x & (ONES * 0x80) != 0
}

/// A role-name match: the whole match, the role (group 1), the name (group 2).
pub(super) struct RoleName {
    pub role: Range<usize>,
    pub name: Range<usize>,
}

/// What `ROLE_NAME.captures_iter(body)` finds; `capitals` are the body's
/// [`word_capitals`].
///
/// A match holds a role word followed by a space and a capital, at most
/// two words after the match start. The regex runs from just before each
/// such role word, over a window that ends well past any match holding it;
/// a match found there that starts after the role word is left for that
/// later role word's own search.
pub(super) fn role_names(body: &str, capitals: &[usize]) -> Vec<RoleName> {
    let b = body.as_bytes();
    let mut out = Vec::new();
    // Matches start at or after `pos`.
    let mut pos = 0;
    for &cap in capitals {
        let Some(t) = role_word_before(b, cap) else {
            continue;
        };
        if t < pos {
            continue;
        }
        let start = back_over_words(b, t, 3).max(pos);
        let limit = forward_over_spaces(b, t, 16);
        let found = ROLE_NAME.captures_at(&body[..limit], start).and_then(|c| {
            let whole = c.get(0)?;
            (whole.start() <= t).then(|| {
                let role = c.get(1).map_or(0..0, |m| m.range());
                let name = c.get(2).map_or(0..0, |m| m.range());
                (whole.end(), RoleName { role, name })
            })
        });
        match found {
            Some((end, m)) => {
                out.push(m);
                pos = end;
            }
            None => pos = pos.max(t + 1),
        }
    }
    out
}

/// The start of the role word that ends right before the space before the
/// capital at `cap` (`spokesman` in `spokesman Dmitry`), if there is one:
/// it starts the run of letters and hyphens there, or follows one of its
/// hyphens (`Vice-President`).
fn role_word_before(b: &[u8], cap: usize) -> Option<usize> {
    let p = cap.checked_sub(1).filter(|&p| b[p] == b' ')?;
    let mut q = p;
    while q > 0 && p - q <= LONGEST_ROLE && (b[q - 1].is_ascii_alphabetic() || b[q - 1] == b'-') {
        q -= 1;
    }
    // Candidate starts, leftmost first: the run's start (unless a word
    // byte sits before it), then after each hyphen.
    let run_start_ok = q == 0 || !is_word(b[q - 1]);
    let starts = std::iter::once(q)
        .filter(move |_| run_start_ok)
        .chain((q..p).filter(|&k| b[k] == b'-').map(|k| k + 1));
    for k in starts {
        if k < p && ROLE_FILTER.may_contain(&b[k..p]) && ROLE_FORMS.contains(&b[k..p]) {
            return Some(k);
        }
    }
    None
}

/// The start of the `n`th whitespace-separated word before `at` (or 0).
fn back_over_words(b: &[u8], at: usize, n: usize) -> usize {
    let mut i = at;
    for _ in 0..n {
        while i > 0 && b[i - 1].is_ascii_whitespace() {
            i -= 1;
        }
        while i > 0 && !b[i - 1].is_ascii_whitespace() {
            i -= 1;
        }
    }
    i
}

/// The offset of the `n`th whitespace byte after `at` (or the end).
fn forward_over_spaces(b: &[u8], at: usize, n: usize) -> usize {
    b[at..]
        .iter()
        .enumerate()
        .filter(|(_, c)| c.is_ascii_whitespace())
        .nth(n - 1)
        .map_or(b.len(), |(k, _)| at + k)
}

#[cfg(test)]
/// What `Regex::new(FULL_NAME).find_iter(body)` finds, as byte ranges;
/// `capitals` are the body's [`word_capitals`].
pub(super) fn full_names(body: &str, capitals: &[usize]) -> Vec<Range<usize>> {
    let b = body.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    for &s in capitals {
        if s < pos {
            continue;
        }
        if let Some(end) = full_name_at(b, s) {
            out.push(s..end);
            pos = end;
        }
    }
    out
}

/// A person's name the article gives in full, found by [`person_names`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct PersonName {
    /// The name's words (`Ann Hale` of `Police Sergeant Ann Hale`).
    pub name: Range<usize>,
    /// The first-name word.
    pub first: Range<usize>,
    /// The surname (its last word).
    pub last: Range<usize>,
}

/// Surnames a courtesy or office title gives alone (`President Obama`,
/// `Mr. Ferguson`, `Gov. Palin`): the capitalised word right after a
/// title, when no other capitalised word follows it.
pub(super) fn titled_surnames(body: &str, capitals: &[usize]) -> Vec<Range<usize>> {
    let words = &super::people_words::PEOPLE_WORDS;
    let b = body.as_bytes();
    let mut out = Vec::new();
    for pair in capitals.windows(2) {
        let (t, s) = (pair[0], pair[1]);
        let title_end = word_end(b, t);
        // Only a space (after the title's own period) between the two.
        let Some(gap) = body.get(title_end..s) else {
            continue;
        };
        if !(gap == " " || gap == ". ")
            || !(words.is_title(&body[t..title_end]) || words.is_title(&body[t..s - 1]))
        {
            continue;
        }
        let e = word_end(b, s);
        let w = &body[s..e];
        if !name_word(w.as_bytes()) || words.never_a_name(w) {
            continue;
        }
        // `President Barack Obama` is a full name, found elsewhere.
        let next_capital = capitals.binary_search(&(e + 1)).is_ok() && b.get(e) == Some(&b' ');
        if !next_capital {
            out.push(s..e);
        }
    }
    out
}

/// Whether a name word that is no title starts after the space at `at`
/// (`Smith` in `A.J. Smith`, not `Attorney` in `B.C. Attorney General`).
fn name_follows(body: &str, at: usize) -> bool {
    let b = body.as_bytes();
    if b.get(at) != Some(&b' ') {
        return false;
    }
    let w = &body[at + 1..word_end(b, at + 1)];
    name_word(w.as_bytes()) && !super::people_words::PEOPLE_WORDS.never_a_name(w)
}

/// Whether `w` may be a word of a person's name: a capital then lower-case
/// letters (`Hale`, `McDonald`, `Smith-Jones`, `O'Neill`).
fn name_word(w: &[u8]) -> bool {
    w.len() >= 2
        && w[0].is_ascii_uppercase()
        && w[1..]
            .iter()
            .all(|&c| c.is_ascii_alphabetic() || c == b'-' || c == b'\'')
        && w[1..].iter().any(u8::is_ascii_lowercase)
}

/// The end of the word (run of non-space bytes) starting at `i`, without
/// trailing punctuation.
fn word_end(b: &[u8], i: usize) -> usize {
    let mut e = i;
    while e < b.len() && !b[e].is_ascii_whitespace() {
        e += 1;
    }
    while e > i
        && matches!(
            b[e - 1],
            b',' | b'.' | b';' | b':' | b')' | b'"' | b'!' | b'?'
        )
    {
        e -= 1;
    }
    // `Hale's` is Hale.
    if e >= i + 2 && &b[e - 2..e] == b"'s" {
        e -= 2;
    }
    e
}

/// Full names of people in `body` (`capitals` are its [`word_capitals`]):
/// runs of capitalised words, without the titles, demonyms and sentence
/// openers that lead them (`Former Chilean President Ana Ruiz` → `Ana
/// Ruiz`), of two to four words, that are not the name of an organisation
/// or a place (`the Coastal Fisheries Board`, `the Kota Baru district`).
pub(super) fn person_names(body: &str, capitals: &[usize]) -> Vec<PersonName> {
    let words = &super::people_words::PEOPLE_WORDS;
    let b = body.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    for &s in capitals {
        if s < pos {
            continue;
        }
        // The run of capitalised words from `s`, single-spaced, with name
        // particles (`al-`, `de`, `van`) inside it.
        let mut run: Vec<Range<usize>> = Vec::new();
        let mut i = s;
        loop {
            let e = word_end(b, i);
            let w = &body[i..e];
            let particle = matches!(
                w,
                "de" | "van" | "von" | "der" | "da" | "del" | "bin" | "al"
            );
            // `Patrick J. Buchanan`: a middle initial inside a name;
            // `A.J. Smith`: initials opening one.
            let initial = (!run.is_empty()
                && e == i + 1
                && b[i].is_ascii_uppercase()
                && b.get(e) == Some(&b'.'))
                || (run.is_empty()
                    && e < b.len()
                    && crate::segment::is_initials(&body[i..e + 1])
                    && name_follows(body, e + 1))
                // `AJ Butler`: two capitals without periods.
                || (run.is_empty()
                    && e == i + 2
                    && b[i..e].iter().all(u8::is_ascii_uppercase)
                    && name_follows(body, e));
            if !(name_word(w.as_bytes())
                || words.is_title(w)
                || initial
                || (particle && !run.is_empty()))
            {
                break;
            }
            run.push(i..e);
            // Only a space continues the run (not `,` or `.`).
            let full_end = {
                let mut k = e;
                while k < b.len() && !b[k].is_ascii_whitespace() {
                    k += 1;
                }
                k
            };
            let clean = full_end == e
                || ((initial || words.is_title(&body[i..full_end])) && full_end == e + 1);
            if !clean || b.get(full_end) != Some(&b' ') || run.len() >= 8 {
                break;
            }
            if !b.get(full_end + 1).is_some_and(|c| c.is_ascii_alphabetic()) {
                break;
            }
            i = full_end + 1;
        }
        pos = run.last().map_or(s + 1, |r| r.end);
        // Drop leading titles, demonyms and openers.
        let mut first = 0;
        while first < run.len() && words.never_a_name(&body[run[first].clone()]) {
            first += 1;
        }
        // `San Diego Chargers`: a place's name, not a person's (also after
        // a prefix in capitals, `SAN Diego`, that the run left out).
        if run[..first]
            .iter()
            .any(|r| words.is_place_prefix(&body[r.clone()]))
            || words.is_place_prefix(&title_case(word_before(body, s)))
        {
            continue;
        }
        let name = &run[first..];
        if name.len() < 2 || name.len() > 4 {
            continue;
        }
        if name.iter().any(|r| words.never_a_name(&body[r.clone()])) {
            continue;
        }
        // `the Daily Ledger`: a run after `the` names a thing, unless a
        // title led it (`the Rev. Jane Doe`).
        let before = body[..s].trim_end();
        if first == 0
            && (before.ends_with(" the")
                || before.ends_with(" The")
                || before == "the"
                || before == "The")
        {
            continue;
        }
        // `the Kota Baru district`.
        let last = name[name.len() - 1].clone();
        let after = body[last.end..].strip_prefix(' ').unwrap_or("");
        let next = after
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        if words.is_place_head(next) {
            continue;
        }
        out.push(PersonName {
            name: name[0].start..last.end,
            first: name[0].clone(),
            last,
        });
    }
    out
}

/// The word right before the single space before `s` (empty if none).
fn word_before(body: &str, s: usize) -> &str {
    let Some(lead) = body.get(..s).and_then(|t| t.strip_suffix(' ')) else {
        return "";
    };
    lead.rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
}

/// `SAN` → `San`.
fn title_case(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| {
            f.to_uppercase()
                .chain(c.flat_map(char::to_lowercase))
                .collect()
        })
        .unwrap_or_default()
}

/// A `(?-u:\b)` word byte.
fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

#[cfg(test)]
/// The end of the run of ASCII lower-case letters from `i`.
fn lower_run(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_lowercase() {
        i += 1;
    }
    i
}

#[cfg(test)]
/// The end of the [`FULL_NAME`] match at `s` (a capital after a word
/// boundary), trying its alternatives in the regex's order of preference.
fn full_name_at(b: &[u8], s: usize) -> Option<usize> {
    // `[A-Z][a-z]+ `: the run of lower-case letters can only end at the space.
    let k = lower_run(b, s + 1);
    if k == s + 1 || b.get(k) != Some(&b' ') {
        return None;
    }
    let j = k + 1;
    let boundary = |e: usize| e == b.len() || !is_word(b[e]);
    // The prefixes that can start here, in the regex's order, then none.
    let prefixes: &[&[u8]] = match b.get(j) {
        Some(b'a') => &[b"al-", b""],
        Some(b'd') => &[b"de ", b""],
        Some(b'v') => &[b"van ", b"von ", b""],
        Some(b'M') => &[b"Mc", b""],
        Some(c) if c.is_ascii_uppercase() => &[b""],
        _ => return None,
    };
    for &p in prefixes {
        // Byte by byte: a library compare call costs more than these few bytes.
        if b.len() < j + p.len() || (0..p.len()).any(|k| b[j + k] != p[k]) {
            continue;
        }
        let q = j + p.len();
        if !b.get(q).is_some_and(u8::is_ascii_uppercase) {
            continue;
        }
        // `[A-Z][a-z]{2,}`: a shorter run would be followed by a letter.
        let r = lower_run(b, q + 1);
        if r - (q + 1) < 2 {
            continue;
        }
        // `(?:-[A-Z][a-z]+)?`, taken when it leads to a boundary.
        if b.get(r) == Some(&b'-') && b.get(r + 1).is_some_and(u8::is_ascii_uppercase) {
            let t = lower_run(b, r + 2);
            if t > r + 2 && boundary(t) {
                return Some(t);
            }
        }
        if boundary(r) {
            return Some(r);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tricky texts for both finders, besides the seed articles.
    const SAMPLES: &[&str] = &[
        "Kremlin spokesman Dmitry Peskov said. Foreign Minister Sergei Lavrov met UN envoy Jan Smith.",
        "President Bashar al-Assad and Ray McDonald met John de Silva and Anne Smith-Jones in Sochi.",
        "U.N. Secretary-General Antonio Guterres; Secretary-general Ban Ki Moon; CEO Tim Cook-Apple.",
        "Mr Putin.President Xi Jinping, Vice-President Joe Biden, ex-Minister Abc Defg Hijk Lmno.",
        "The Leader Kim Jong Un. Chief Judge Ann Lee-Smith-Jones. actress Emma Stone's film.",
        "Foo Bar Baz President Qux Quux said. Minister President Mark Rutte. Coach Pep Guardiola2.",
        "Amy Lee_ Bob Dylan1 Carl Sagan- Dan Brown-Green- Eve Ng Fay Wray-X Gus Van Sant.",
        "Hello World\nPresident\nJoe Biden Minister  Two Spaces Governor Gavin Newsom-",
        "Éric Zemmour, Ms Ayşe Kaya, Ambassador Ögür Çelik and Judge Zoë Baird-Smith ruled.",
        "official Who What\tWhere director Steven Spielberg actor Tom Hanks singer Adele Adkins",
    ];

    fn texts() -> Vec<String> {
        let mut out: Vec<String> = SAMPLES.iter().map(|s| s.to_string()).collect();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        for entry in std::fs::read_dir(dir).expect("seeds folder") {
            out.push(std::fs::read_to_string(entry.expect("entry").path()).expect("seed"));
        }
        out
    }

    fn same_as_the_regexes(text: &str) {
        let full = Regex::new(FULL_NAME).expect("pattern");
        let want: Vec<Range<usize>> = full.find_iter(text).map(|m| m.range()).collect();
        let caps = word_capitals(text);
        assert_eq!(full_names(text, &caps), want, "{text}");
        let want: Vec<(Range<usize>, Range<usize>)> = ROLE_NAME
            .captures_iter(text)
            .map(|c| {
                (
                    c[0].len(),
                    c.get(1).unwrap().range(),
                    c.get(2).unwrap().range(),
                )
            })
            .map(|(_, r, n)| (r, n))
            .collect();
        let got: Vec<(Range<usize>, Range<usize>)> = role_names(text, &caps)
            .into_iter()
            .map(|m| (m.role, m.name))
            .collect();
        assert_eq!(got, want, "{text}");
    }

    #[test]
    fn capitals_are_found_eight_bytes_at_a_time() {
        for x in 0u8..=255 {
            let word = u64::from_le_bytes([b'a', x, b'b', b'c', 0xc3, b'd', b'e', b'f']);
            assert_eq!(has_capital(word), x.is_ascii_uppercase(), "{x}");
        }
        let t = "aAbB cD Éa_B 9Q xxxxxxxxxxxxxxxxZ Z";
        let want: Vec<usize> = (0..t.len())
            .filter(|&k| {
                let b = t.as_bytes();
                b[k].is_ascii_uppercase() && (k == 0 || !is_word(b[k - 1]))
            })
            .collect();
        assert_eq!(word_capitals(t), want);
    }

    #[test]
    fn the_role_pattern_is_spelled_from_the_word_list() {
        let roles = "[Ss]pokesman|[Ss]pokeswoman|[Pp]resident|[Ll]eader|[Mm]inister|[Cc]hancellor|[Ee]nvoy|[Ss]ecretary|[Ss]ecretary-[Gg]eneral|[Aa]mbassador|[Cc]hief|[Gg]overnor|[Mm]ayor|[Dd]irector|CEO|[Cc]ommander|[Pp]rosecutor|[Ss]enator|[Jj]udge|[Oo]fficial|[Aa]ctress|[Aa]ctor|[Ss]inger|[Cc]oach";
        assert!(
            ROLE_NAME.as_str().contains(&format!("(?:{roles}))")),
            "{}",
            ROLE_NAME.as_str()
        );
        for form in [
            "CEO",
            "Secretary-general",
            "secretary-General",
            "President",
            "judge",
        ] {
            assert!(ROLE_FORMS.contains(form.as_bytes()), "{form}");
        }
        assert!(!ROLE_FORMS.contains(&b"ceo"[..]));
    }

    #[test]
    fn the_finders_find_what_the_regexes_find() {
        for t in texts() {
            same_as_the_regexes(&t);
        }
    }

    #[test]
    fn names_and_roles_are_found() {
        let t = SAMPLES[1];
        let names: Vec<&str> = full_names(t, &word_capitals(t))
            .into_iter()
            .map(|r| &t[r])
            .collect();
        assert!(names.contains(&"President Bashar"), "{names:?}");
        assert!(names.contains(&"Ray McDonald"), "{names:?}");
        assert!(names.contains(&"John de Silva"), "{names:?}");
        assert!(names.contains(&"Anne Smith-Jones"), "{names:?}");
        let t = SAMPLES[0];
        let roles: Vec<(&str, &str)> = role_names(t, &word_capitals(t))
            .into_iter()
            .map(|m| (&t[m.role], &t[m.name]))
            .collect();
        assert_eq!(
            roles,
            vec![
                ("Kremlin spokesman", "Dmitry Peskov"),
                ("Foreign Minister", "Sergei Lavrov"),
                ("UN envoy", "Jan Smith")
            ]
        );
    }

    #[test]
    fn a_title_gives_a_surname_alone() {
        let t = "President Obama met Mr. Ferguson and Gov. Sarah Palin in Justice Hall.";
        let got: Vec<&str> = titled_surnames(t, &word_capitals(t))
            .into_iter()
            .map(|r| &t[r])
            .collect();
        assert_eq!(got, vec!["Obama", "Ferguson"]);
    }

    #[test]
    fn initials_open_or_sit_inside_a_name() {
        let t = "Then A.J. Smith and Patrick J. Buchanan spoke, and J. met nobody in B.C. Attorney General Wally Oppal's office.";
        let names: Vec<&str> = person_names(t, &word_capitals(t))
            .into_iter()
            .map(|n| &t[n.name])
            .collect();
        assert_eq!(
            names,
            vec!["A.J. Smith", "Patrick J. Buchanan", "Wally Oppal"]
        );
        // Two capitals without periods open a name too, not a title or a
        // word in lower case.
        let t = "Then AJ Kowal spoke, and the TV host met NY Governor Ann Hale.";
        let names: Vec<&str> = person_names(t, &word_capitals(t))
            .into_iter()
            .map(|n| &t[n.name])
            .collect();
        assert_eq!(names, vec!["AJ Kowal", "Ann Hale"]);
    }

    #[test]
    fn a_place_prefix_in_capitals_is_no_first_name() {
        let t = "SAN Diego Chargers receiver Jon Vance was held. Diego Ortiz spoke.";
        let names: Vec<&str> = person_names(t, &word_capitals(t))
            .into_iter()
            .map(|n| &t[n.name])
            .collect();
        assert_eq!(names, vec!["Jon Vance", "Diego Ortiz"]);
    }

    /// `FACTLINT_ORACLE_DIR=folder cargo test -- --ignored oracle`: the
    /// finders against the regexes on every file of a corpus.
    #[test]
    #[ignore]
    fn oracle_on_a_corpus() {
        let Ok(dir) = std::env::var("FACTLINT_ORACLE_DIR") else {
            return;
        };
        for entry in std::fs::read_dir(dir).expect("folder") {
            let path = entry.expect("entry").path();
            if let Ok(t) = std::fs::read_to_string(&path) {
                same_as_the_regexes(&t);
            }
        }
    }
}
