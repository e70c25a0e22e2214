//! Entity mentions: people, countries, organizations and places named by the
//! lexicon (names, aliases, roles, demonyms), plus people introduced in the
//! article itself (`Kremlin spokesman Dmitry Peskov` makes `Peskov` and
//! `the Kremlin spokesman` name the same person).

use crate::lexicon::Lexicon;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// A person.
    Person,
    /// A country (also reached through a demonym).
    Country,
    /// An organization (`Kremlin`, `SANA`).
    Organization,
    /// A city or region.
    Place,
}

/// One mention of an entity in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte span, relative to the text searched.
    pub start: usize,
    /// End of the span (exclusive).
    pub end: usize,
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
    /// Country the entity belongs to or lies in.
    pub country: Option<String>,
    /// Whether the mention was a role or demonym rather than a name.
    pub indirect: bool,
}

#[derive(Debug, Clone)]
struct Target {
    name: String,
    kind: EntityKind,
    country: Option<String>,
    indirect: bool,
}

/// Finds entity mentions; built once from the lexicon and shared.
#[derive(Debug)]
pub struct EntityIndex {
    matcher: AhoCorasick,
    targets: Vec<Target>,
    /// Canonical place → its country, for containment checks.
    place_country: HashMap<String, String>,
}

/// Input size (bytes of all sources) from which the lexicon's matcher is
/// a full DFA: below it the contiguous NFA, cheaper to build, finds the
/// same matches and its slower search costs less than the DFA's build.
pub const DFA_INPUT_BYTES: usize = 256 * 1024;

impl EntityIndex {
    /// Builds the index from a lexicon, with the full DFA (for a large
    /// input: see [`EntityIndex::for_input`]).
    pub fn new(lexicon: &Lexicon) -> EntityIndex {
        EntityIndex::with_kind(lexicon, aho_corasick::AhoCorasickKind::DFA)
    }

    /// Builds the index for an input of `input_bytes`: the full DFA from
    /// [`DFA_INPUT_BYTES`] on, the contiguous NFA below. Matches are the
    /// same either way.
    pub fn for_input(lexicon: &Lexicon, input_bytes: usize) -> EntityIndex {
        let kind = if input_bytes >= DFA_INPUT_BYTES {
            aho_corasick::AhoCorasickKind::DFA
        } else {
            aho_corasick::AhoCorasickKind::ContiguousNFA
        };
        EntityIndex::with_kind(lexicon, kind)
    }

    fn with_kind(lexicon: &Lexicon, kind: aho_corasick::AhoCorasickKind) -> EntityIndex {
        let mut patterns = Vec::new();
        let mut targets = Vec::new();
        let mut place_country = HashMap::default();
        for e in &lexicon.entities {
            let kind = match e.kind.as_str() {
                "person" => EntityKind::Person,
                "country" => EntityKind::Country,
                "place" => EntityKind::Place,
                _ => EntityKind::Organization,
            };
            let country = match kind {
                EntityKind::Country => Some(e.name.clone()),
                _ => e.country.clone(),
            };
            if kind == EntityKind::Place {
                if let Some(c) = &e.country {
                    place_country.insert(e.name.clone(), c.clone());
                }
            }
            for (form, indirect) in std::iter::once((&e.name, false))
                .chain(e.aliases.iter().map(|a| (a, false)))
                .chain(e.roles.iter().map(|r| (r, true)))
            {
                patterns.push(form.clone());
                targets.push(Target {
                    name: e.name.clone(),
                    kind,
                    country: country.clone(),
                    indirect,
                });
            }
        }
        for (demonym, country) in &lexicon.demonyms {
            patterns.push(demonym.clone());
            targets.push(Target {
                name: country.clone(),
                kind: EntityKind::Country,
                country: Some(country.clone()),
                indirect: true,
            });
        }
        // A full DFA for a large input: it scans every article body once
        // (overlapping, see `find`), and searched 4 % of a run's CPU time
        // faster than the default NFA for about 0.3 ms more at start-up.
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(kind))
            .build(&patterns)
            .expect("lexicon patterns build an automaton");
        EntityIndex {
            matcher,
            targets,
            place_country,
        }
    }

    /// The country a known place lies in.
    pub fn country_of_place(&self, place: &str) -> Option<&str> {
        self.place_country.get(place).map(String::as_str)
    }

    /// Mentions of lexicon entities in `text` (whole words only).
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let bytes = text.as_bytes();
        let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
        // Overlapping search, then leftmost-longest among whole-word matches:
        // `Turkish presidents` must fall back to `Turkish` when the longer
        // role `Turkish president` is cut mid-word.
        let mut found: Vec<aho_corasick::Match> = self
            .matcher
            .find_overlapping_iter(text)
            .filter(|m| {
                let before_ok = m.start() == 0 || !is_word(bytes[m.start() - 1]);
                let after_ok = m.end() == bytes.len() || !is_word(bytes[m.end()]);
                before_ok && after_ok
            })
            .collect();
        found.sort_by_key(|m| (m.start(), std::cmp::Reverse(m.end())));
        let mut last_end = 0;
        found.retain(|m| {
            let keep = m.start() >= last_end;
            if keep {
                last_end = m.end();
            }
            keep
        });
        found
            .into_iter()
            .map(|m| {
                let t = &self.targets[m.pattern().as_usize()];
                Mention {
                    start: m.start(),
                    end: m.end(),
                    name: t.name.clone(),
                    kind: t.kind,
                    country: t.country.clone(),
                    indirect: t.indirect,
                }
            })
            .collect()
    }
}

/// Lexicon mentions asked which overlap a span. Those of
/// [`EntityIndex::find`] are sorted and disjoint, so a binary search finds
/// them (a scan of every mention per name was quadratic in an article's
/// size); others are scanned.
struct Spans<'a> {
    known: &'a [Mention],
    disjoint: bool,
}

impl<'a> Spans<'a> {
    fn new(known: &'a [Mention]) -> Spans<'a> {
        let disjoint = known.windows(2).all(|w| w[0].end <= w[1].start);
        Spans { known, disjoint }
    }

    /// The mentions overlapping `start..end`, in their order.
    fn overlapping(&self, start: usize, end: usize) -> impl Iterator<Item = &'a Mention> + '_ {
        // Sorted and disjoint: ends ascend too.
        let from = if self.disjoint {
            self.known.partition_point(|m| m.end <= start)
        } else {
            0
        };
        self.known[from..]
            .iter()
            .take_while(move |m| !self.disjoint || m.start < end)
            .filter(move |m| m.start < end && start < m.end)
    }
}

/// People an article introduces that the lexicon does not know: full names
/// (`Dmitry Peskov` → `Peskov`), the short forms it uses later (the
/// surname, a first name used alone) and the roles given to them.
#[derive(Debug, Clone, Default)]
pub struct ArticlePeople {
    /// Surname → canonical name.
    surnames: HashMap<String, String>,
    /// Lower-case role phrase → canonical name.
    roles: HashMap<String, String>,
    /// Canonical name → the full name the article gives (`None` when two
    /// different full names share it).
    full: HashMap<String, Option<String>>,
    /// First name → canonical name (`None` when two people share it).
    firsts: HashMap<String, Option<String>>,
}

impl ArticlePeople {
    /// Learns the people of an article from its body.
    pub fn learn(body: &str, index: &EntityIndex) -> ArticlePeople {
        ArticlePeople::learn_with(body, &index.find(body))
    }

    /// Learns the people of an article from its body, given the lexicon
    /// mentions already found in it (offsets relative to `body`).
    pub fn learn_with(body: &str, known: &[Mention]) -> ArticlePeople {
        let mut people = ArticlePeople::default();
        let known = Spans::new(known);
        let covered = |s: usize, e: usize| known.overlapping(s, e).next().is_some();
        let capitals = super::names::word_capitals(body);
        let words = &super::people_words::PEOPLE_WORDS;
        for found in super::names::role_names(body, &capitals) {
            let role = &body[found.role];
            let name = found.name;
            // `Former Chilean President`: the name is what follows.
            if body[name.clone()].split(' ').any(|w| words.never_a_name(w)) {
                continue;
            }
            let canonical = known
                .overlapping(name.start, name.end)
                .find(|m| m.kind == EntityKind::Person)
                .map(|m| m.name.clone())
                .unwrap_or_else(|| surname(&body[name.clone()]));
            people.roles.insert(role.to_lowercase(), canonical.clone());
            // `the Kremlin spokesman` and `the spokesman` both refer back.
            if let Some(last) = role.split_whitespace().last() {
                people
                    .roles
                    .entry(last.to_lowercase())
                    .or_insert(canonical.clone());
            }
            if !covered(name.start, name.end) {
                people.surnames.insert(surname(&body[name]), canonical);
            }
        }
        let found: Vec<_> = super::names::person_names(body, &capitals)
            .into_iter()
            .filter(|f| !covered(f.name.start, f.name.end))
            .collect();
        let firms = organisations_among(body, found.iter().map(|f| &body[f.name.clone()]));
        for found in found {
            if firms.contains(&body[found.name.clone()]) {
                continue;
            }
            let last = body[found.last.clone()].to_string();
            let canonical = people.surnames.entry(last.clone()).or_insert(last).clone();
            let full = body[found.name.clone()].to_string();
            let entry = people
                .full
                .entry(canonical.clone())
                .or_insert(Some(full.clone()));
            // `Ana Ruiz` then `Ana Maria Ruiz`, or `Vincent Del Giudice` then
            // `Del Giudice`: the longer form of one name.
            if entry.as_ref().is_some_and(|f| f != &full) {
                let tail_of = |long: &str, short: &str| {
                    long.strip_suffix(short).is_some_and(|l| l.ends_with(' '))
                };
                let same = entry.as_ref().is_some_and(|f| {
                    f.split(' ').next() == full.split(' ').next()
                        || tail_of(f, &full)
                        || tail_of(&full, f)
                });
                *entry = if same {
                    entry.take().map(|f| {
                        if f.len() >= full.len() {
                            f
                        } else {
                            full.clone()
                        }
                    })
                } else {
                    None
                };
            }
            let first = body[found.first.clone()].to_string();
            let e = people
                .firsts
                .entry(first)
                .or_insert(Some(canonical.clone()));
            if e.as_ref() != Some(&canonical) {
                *e = None;
            }
        }
        // `President Obama`: a title makes one word a person's surname.
        for r in super::names::titled_surnames(body, &capitals) {
            if !covered(r.start, r.end) {
                let w = body[r].to_string();
                people.surnames.entry(w.clone()).or_insert(w);
            }
        }
        // A first name that is also someone's surname names no one alone.
        people
            .firsts
            .retain(|f, c| c.is_some() && !people.surnames.contains_key(f));
        people
    }

    /// The full name the article gives a canonical name (`Mendes` →
    /// `Carla Mendes`), when it gives exactly one.
    pub fn full_name(&self, canonical: &str) -> Option<&str> {
        self.full.get(canonical)?.as_deref()
    }

    /// Resolves a speaker phrase that is not in the lexicon: a surname, a full
    /// name, or a role phrase (`the Kremlin spokesman`).
    pub fn resolve(&self, phrase: &str) -> Option<String> {
        let p = phrase
            .trim()
            .trim_start_matches("the ")
            .trim_start_matches("The ");
        if let Some(n) = self.roles.get(&p.to_lowercase()) {
            return Some(n.clone());
        }
        let last = p.split_whitespace().last()?;
        self.surnames
            .get(last)
            .or_else(|| self.firsts.get(last).and_then(Option::as_ref))
            .cloned()
    }

    /// Mentions of article-local people in `text`.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let words = crate::segment::word_spans(text);
        self.find_in(text, &words)
    }

    /// Mentions of article-local people among the given word spans of `text`.
    pub fn find_in(&self, text: &str, words: &[(usize, usize)]) -> Vec<Mention> {
        let mut out = Vec::new();
        if self.surnames.is_empty() {
            return out;
        }
        for &(off, end) in words {
            // Surnames are capitalized: skip the other words before hashing.
            if !text[off..].chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            // A later part of a hyphenated surname already taken.
            if out.last().is_some_and(|m: &Mention| off < m.end) {
                continue;
            }
            let w = &text[off..end];
            let w = w.strip_suffix("'s").unwrap_or(w);
            // `Ben-Veniste`: the words split at the hyphen are one surname.
            let w = hyphenated(text, off, end)
                .filter(|h| self.surnames.contains_key(*h))
                .unwrap_or(w);
            let name = self
                .surnames
                .get(w)
                .or_else(|| self.firsts.get(w).and_then(Option::as_ref));
            if let Some(name) = name {
                // `Carla Mendes`, `Cheryl Boone Isaacs`: the first name and
                // the surname (and the words between) are one mention.
                if let Some(prev) = out.last_mut() {
                    let gap = &text[prev.end..off];
                    let between_names = gap.len() <= 24
                        && gap.starts_with(' ')
                        && gap.ends_with(' ')
                        && gap
                            .split(' ')
                            .all(|w| w.is_empty() || w.starts_with(|c: char| c.is_uppercase()));
                    if prev.name == *name && between_names {
                        prev.end = off + w.len();
                        continue;
                    }
                }
                out.push(Mention {
                    start: off,
                    end: off + w.len(),
                    name: name.clone(),
                    kind: EntityKind::Person,
                    country: None,
                    indirect: false,
                });
            }
        }
        out
    }
}

/// The hyphenated word that starts at `off` with the word `off..end`
/// (`Ben-Veniste` from `Ben`), when a hyphen and a capital follow it.
fn hyphenated(text: &str, off: usize, end: usize) -> Option<&str> {
    let b = text.as_bytes();
    let char_at = |i: usize| text.get(i..).and_then(|r| r.chars().next());
    let mut e = end;
    while b.get(e) == Some(&b'-') && char_at(e + 1).is_some_and(char::is_uppercase) {
        e += 1;
        while let Some(c) = char_at(e).filter(|c| c.is_alphabetic()) {
            e += c.len_utf8();
        }
    }
    (e > end).then(|| &text[off..e])
}

fn surname(full: &str) -> String {
    full.split_whitespace().last().unwrap_or(full).to_string()
}

/// All mentions in `text`: lexicon ones and article-local people, in order.
pub fn mentions(text: &str, index: &EntityIndex, people: &ArticlePeople) -> Vec<Mention> {
    let mut all = index.find(text);
    for m in people.find(text) {
        if !all.iter().any(|k| k.start < m.end && m.start < k.end) {
            all.push(m);
        }
    }
    all.sort_by_key(|m| m.start);
    all
}

/// The names among `names` that [`used_as_organisation`] holds for, all
/// their occurrences found in one pass over the body (a search of the whole
/// body per name was quadratic in an article's size). Each name's
/// occurrences are taken as `str::match_indices` takes them: left to right,
/// none overlapping the one taken before.
fn organisations_among<'b>(body: &str, names: impl Iterator<Item = &'b str>) -> HashSet<&'b str> {
    let mut distinct: Vec<&str> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::default();
    for n in names {
        if seen.insert(n) {
            distinct.push(n);
        }
    }
    let empty_free = distinct.iter().all(|n| !n.is_empty());
    // Built per article for one pass over its body: a contiguous NFA, not
    // the full DFA the builder picks for few names, whose construction
    // cost more than the search (1.4 % of a 10k run's CPU time).
    let finder = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .build(&distinct)
        .ok()
        .filter(|_| empty_free && !distinct.is_empty());
    let Some(finder) = finder else {
        // An empty name or a failed build: one search per name.
        return distinct
            .into_iter()
            .filter(|n| used_as_organisation(body, n))
            .collect();
    };
    let lex = crate::lexical::Lexical::embedded();
    // Per name: where its last occurrence taken ends, and whether one held.
    let mut free_from = vec![0usize; distinct.len()];
    let mut held = vec![false; distinct.len()];
    // Matches come by end; one name's (all one length) thus by start too.
    for m in finder.find_overlapping_iter(body) {
        let p = m.pattern().as_usize();
        if held[p] || m.start() < free_from[p] {
            continue;
        }
        free_from[p] = m.end();
        held[p] = organisation_at(body, distinct[p], m.start(), lex);
    }
    distinct
        .into_iter()
        .zip(held)
        .filter_map(|(n, h)| h.then_some(n))
        .collect()
}

/// Whether the article uses `name` as an organisation's anywhere:
/// `Morgan Stanley, which advised` (opening a sentence), `an analyst at
/// Goldman Sachs` (a person's job at it), `shares of Halden Bright` (an
/// office or holding of `rules/people/firms.toml`). A two-word firm has
/// the shape of a person's name; the words around it tell them apart.
fn used_as_organisation(body: &str, name: &str) -> bool {
    let lex = crate::lexical::Lexical::embedded();
    body.match_indices(name)
        .any(|(at, _)| organisation_at(body, name, at, lex))
}

/// Whether the occurrence of `name` at `at` in `body` reads as an
/// organisation's.
fn organisation_at(body: &str, name: &str, at: usize, lex: &crate::lexical::Lexical) -> bool {
    let after = &body[at + name.len()..];
    let before = body[..at].trim_end();
    // `Morgan Stanley, which advised` opening a sentence (after `the
    // murder of Jane Roe, which` the clause is the murder's).
    let opens = before.is_empty() || before.ends_with(['.', '\n', '"', '“']);
    let which = opens && after.starts_with(", which ");
    // `Halden Bright's shares`, `a stake in Halden Bright`: the cues of
    // `rules/people/firms.toml`, read as `firms` reads them.
    let owned = super::firms::owned_after(after);
    let held = super::firms::held_before(before);
    // `an analyst at`, `a fund manager at`: a person's job there.
    let job_at = before.strip_suffix(" at").is_some_and(|b| {
        let w = b.rsplit(' ').next().unwrap_or("");
        w.bytes().all(|c| c.is_ascii_lowercase())
            && lex.first_lexname(&lex.lemma(w, crate::lexical::Pos::Noun))
                == Some(crate::lexical::Lexname::NOUN_PERSON)
    });
    which || owned || held || job_at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> EntityIndex {
        EntityIndex::new(&Lexicon::defaults())
    }

    /// One pass over the body finds the same organisations as a search of
    /// the body per name: firm uses, person uses, a name inside another,
    /// and a name whose occurrences overlap (taken left to right, as
    /// `match_indices` takes them).
    #[test]
    fn organisations_in_one_pass_agree_with_a_search_per_name() {
        let body = "Orla Brinkvale, which advised the port, gained. \
                    An analyst at Tessa Moorcroft said so. \
                    Shares of Pim Kettleby fell while Pim Kettleby's shares rose. \
                    Tessa Moorcrofts sold Bo Bo Bo's shares.\nIvo Dunmarsh spoke.";
        let names = [
            "Orla Brinkvale",
            "Tessa Moorcroft",
            "Pim Kettleby",
            "Bo Bo",
            "Ivo Dunmarsh",
            "Tessa Moorcrofts",
        ];
        let one_pass = organisations_among(body, names.iter().copied());
        for n in names {
            assert_eq!(one_pass.contains(n), used_as_organisation(body, n), "{n}");
        }
        let mut firms: Vec<_> = one_pass.into_iter().collect();
        firms.sort();
        assert_eq!(firms, ["Orla Brinkvale", "Pim Kettleby", "Tessa Moorcroft"]);
        assert!(organisations_among(body, std::iter::empty()).is_empty());
    }

    /// The binary search over sorted, disjoint mentions finds what a scan
    /// finds, and mentions in another order are still scanned right.
    #[test]
    fn overlapping_mentions_by_search_and_by_scan_agree() {
        let m = |start, end| Mention {
            start,
            end,
            name: format!("{start}"),
            kind: EntityKind::Person,
            country: None,
            indirect: false,
        };
        let sorted = vec![m(0, 3), m(5, 9), m(9, 12), m(20, 25)];
        let mut shuffled = sorted.clone();
        shuffled.reverse();
        for known in [&sorted, &shuffled] {
            let spans = Spans::new(known);
            for s in 0..27 {
                for e in s + 1..28 {
                    let got: Vec<&str> = spans.overlapping(s, e).map(|m| m.name.as_str()).collect();
                    let want: Vec<&str> = known
                        .iter()
                        .filter(|m| m.start < e && s < m.end)
                        .map(|m| m.name.as_str())
                        .collect();
                    assert_eq!(got, want, "{s}..{e}");
                }
            }
        }
    }

    #[test]
    fn names_aliases_roles_and_demonyms() {
        let idx = index();
        let names: Vec<String> = idx
            .find("Russian President Vladimir Putin met Bashar al-Assad; the Iranian and Turkish presidents")
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(names, vec!["Putin", "Putin", "Assad", "Iran", "Turkey"]);
    }

    /// A small input's contiguous NFA finds the mentions the large input's
    /// DFA finds: overlapping roles, demonyms, aliases, cut words.
    #[test]
    fn small_and_large_input_matchers_find_the_same_mentions() {
        let lexicon = Lexicon::defaults();
        let small = EntityIndex::for_input(&lexicon, 10);
        let large = EntityIndex::for_input(&lexicon, DFA_INPUT_BYTES);
        assert_eq!(
            small.matcher.kind(),
            aho_corasick::AhoCorasickKind::ContiguousNFA
        );
        assert_eq!(large.matcher.kind(), aho_corasick::AhoCorasickKind::DFA);
        let text = "Iranian and Turkish presidents met in Moscow; the Associated Press \
                    and Reuters quoted Russian President Vladimir Putin. Prussian \
                    Russians, ITAR-TASS said, and Bashar al-Assad spoke in Damascus.";
        let found = small.find(text);
        assert!(found.len() >= 6, "{found:?}");
        assert_eq!(found, large.find(text));
    }

    #[test]
    fn whole_words_only() {
        assert!(index().find("Prussian Russians").is_empty());
    }

    #[test]
    fn article_people_learn_roles_and_surnames() {
        let idx = index();
        let body = "RIA quoted Kremlin spokesman Dmitry Peskov. Later, spokeswoman Maria Zakharova Ivanova spoke. John Smith said.";
        let p = ArticlePeople::learn(body, &idx);
        assert_eq!(
            p.resolve("the Kremlin spokesman").as_deref(),
            Some("Peskov")
        );
        assert_eq!(p.resolve("Smith").as_deref(), Some("Smith"));
        assert_eq!(p.resolve("the spokeswoman").as_deref(), Some("Ivanova"));
        let found: Vec<String> = mentions("Smith and Putin", &idx, &p)
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(found, vec!["Smith", "Putin"]);
    }

    #[test]
    fn a_firm_the_article_uses_as_one_is_no_person() {
        let idx = index();
        let body = "Halden Bright said the offer was fair. Ana Ruiz, an analyst at Halden Bright, agreed. \
                    Corran Vale, which advised the seller, declined to comment. Tom Hale spoke.";
        let p = ArticlePeople::learn(body, &idx);
        assert_eq!(p.resolve("Bright"), None);
        assert_eq!(p.resolve("Vale"), None);
        assert_eq!(p.resolve("Ruiz").as_deref(), Some("Ruiz"));
        assert_eq!(p.resolve("Hale").as_deref(), Some("Hale"));
        // `which` after a person's name in a clause is about something else.
        let body =
            "Police studied the murder of Ida Marsh, which took place in May. Ida Marsh was 40.";
        let p = ArticlePeople::learn(body, &idx);
        assert_eq!(p.resolve("Marsh").as_deref(), Some("Marsh"));
    }

    #[test]
    fn a_name_and_its_tail_are_one_full_name() {
        let idx = index();
        let body = "Judge Vincent Del Giudice sealed the court. Later Del Giudice spoke.";
        let p = ArticlePeople::learn(body, &idx);
        assert_eq!(p.full_name("Giudice"), Some("Vincent Del Giudice"));
        // Two people with one surname keep no full name.
        let body = "Ana Ruiz met Tom Ruiz. Ruiz spoke.";
        let p = ArticlePeople::learn(body, &idx);
        assert_eq!(p.full_name("Ruiz"), None);
    }
}
