//! Synthetic benchmark corpus for factlint, built from the real articles in
//! `../shared/data` (MEANTIME Wikinews and ECB+).
//!
//! ```text
//! cargo run --release --example gen_corpus -- [--articles N] [--stories S]
//!     [--hot-story K] [--seed X] [--data DIR] [--force] OUT
//! ```
//!
//! Writes N articles in S stories (default 10,000 in 2,000 stories of 5
//! sources) into OUT. Every story is one event: a base article (padded with
//! paragraphs of articles of the same topic to ~3.4 KB), with its person names
//! and numbers varied consistently for the whole story, a date of its own, and
//! one file per source (different outlet, publication date within one day, a
//! few paragraphs dropped). About 10% of stories carry one planted conflict in
//! one source: a changed weekday (`on Wednesday` -> `on Thursday`), a changed
//! number, or a quote given to another speaker. `--hot-story K` adds K sources
//! on ONE event (wire copies and rewrites: sentences shuffled, dropped, words
//! swapped). The planted conflicts are listed in `OUT/planted.json`.
//!
//! Output is deterministic for a given `--seed` (splitmix64, one stream per
//! story, so the parallel writer gives the same bytes as a serial one).

use jiff::civil::Date;
use jiff::Span;
use rayon::prelude::*;
use regex::{Captures, Regex};
use serde_json::json;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::OnceLock;

// ---------------------------------------------------------------- PRNG

/// splitmix64: tiny, fast, good enough for test data.
#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed)
    }
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }
    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 11) as u128 * n as u128) >> 53) as usize
    }
    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as usize) as i64
    }
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.below(i + 1);
            xs.swap(i, j);
        }
    }
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Stable hash of a string (FNV-1a, then mixed), for per-story mappings.
fn hash_str(s: &str, key: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ key;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    mix(h)
}

// ---------------------------------------------------------------- word lists

const OUTLETS: &[&str] = &[
    "The Associated Press",
    "Reuters",
    "Agence France-Presse",
    "BBC News",
    "The New York Times",
    "The Washington Post",
    "The Guardian",
    "Los Angeles Times",
    "Chicago Tribune",
    "The Wall Street Journal",
    "USA Today",
    "CNN",
    "NBC News",
    "CBS News",
    "ABC News",
    "Fox News",
    "NPR",
    "Bloomberg",
    "The Independent",
    "The Times",
    "The Daily Telegraph",
    "Financial Times",
    "The Boston Globe",
    "The Sydney Morning Herald",
    "The Globe and Mail",
    "Toronto Star",
    "The Irish Times",
    "Al Jazeera English",
    "Deutsche Welle",
    "France 24",
    "The Hindu",
    "The Straits Times",
    "South China Morning Post",
    "The Japan Times",
    "United Press International",
    "Sky News",
    "Politico",
    "The Atlantic",
    "Newsweek",
    "Time",
];

const CITIES: &[&str] = &[
    "Springfield",
    "Riverside",
    "Fairview",
    "Madison",
    "Georgetown",
    "Clinton",
    "Salem",
    "Franklin",
    "Greenville",
    "Bristol",
    "Dover",
    "Oxford",
    "Arlington",
    "Ashland",
    "Burlington",
    "Manchester",
    "Milton",
    "Newport",
    "Oakland",
    "Kingston",
    "Lexington",
    "Portland",
    "Aurora",
    "Dayton",
    "Hudson",
    "Jackson",
    "Lancaster",
    "Marion",
    "Monroe",
    "Trenton",
];

const PAPERS: &[&str] = &[
    "Herald",
    "Gazette",
    "Tribune",
    "Courier",
    "Sentinel",
    "Chronicle",
    "Observer",
    "Post",
    "Daily News",
    "Record",
    "Star",
    "Examiner",
];

const MALE: &[&str] = &[
    "John",
    "James",
    "Robert",
    "Michael",
    "William",
    "David",
    "Richard",
    "Joseph",
    "Thomas",
    "Charles",
    "Christopher",
    "Daniel",
    "Matthew",
    "Anthony",
    "Mark",
    "Donald",
    "Steven",
    "Steve",
    "Paul",
    "Andrew",
    "Joshua",
    "Kenneth",
    "Kevin",
    "Brian",
    "George",
    "Edward",
    "Ronald",
    "Ron",
    "Timothy",
    "Jason",
    "Jeffrey",
    "Ryan",
    "Jacob",
    "Gary",
    "Nicholas",
    "Eric",
    "Jonathan",
    "Stephen",
    "Larry",
    "Justin",
    "Scott",
    "Brandon",
    "Benjamin",
    "Samuel",
    "Sam",
    "Gregory",
    "Frank",
    "Alexander",
    "Raymond",
    "Patrick",
    "Jack",
    "Dennis",
    "Jerry",
    "Tyler",
    "Aaron",
    "Jose",
    "Adam",
    "Henry",
    "Nathan",
    "Douglas",
    "Doug",
    "Zachary",
    "Peter",
    "Kyle",
    "Walter",
    "Ethan",
    "Jeremy",
    "Harold",
    "Keith",
    "Christian",
    "Roger",
    "Noah",
    "Gerald",
    "Carl",
    "Terry",
    "Sean",
    "Austin",
    "Arthur",
    "Lawrence",
    "Jesse",
    "Dylan",
    "Bryan",
    "Joe",
    "Jordan",
    "Billy",
    "Bruce",
    "Albert",
    "Willie",
    "Gabriel",
    "Logan",
    "Alan",
    "Juan",
    "Wayne",
    "Roy",
    "Ralph",
    "Randy",
    "Eugene",
    "Vincent",
    "Russell",
    "Louis",
    "Philip",
    "Phil",
    "Bobby",
    "Bob",
    "Johnny",
    "Bradley",
    "Tony",
    "Matt",
    "Mike",
    "Chris",
    "Fred",
    "Pierre",
    "Peyton",
    "Maurice",
    "Seth",
    "Barack",
    "Hugh",
    "Harry",
    "Bill",
    "Jon",
    "Jamal",
    "Reggie",
    "Warren",
    "Todd",
    "Norm",
    "Duncan",
    "Ralph",
    "Gordon",
    "Vladimir",
    "Wladimir",
    "Nicolas",
    "Tim",
    "Jim",
    "Tom",
    "Dan",
    "Ben",
    "Nick",
    "Greg",
    "Ted",
    "Al",
    "Hillary",
    "Tiger",
    "Kobe",
    "Lance",
    "Shaquille",
];

const FEMALE: &[&str] = &[
    "Mary",
    "Patricia",
    "Jennifer",
    "Linda",
    "Elizabeth",
    "Barbara",
    "Susan",
    "Jessica",
    "Sarah",
    "Karen",
    "Lisa",
    "Nancy",
    "Betty",
    "Margaret",
    "Sandra",
    "Ashley",
    "Kimberly",
    "Emily",
    "Donna",
    "Michelle",
    "Carol",
    "Amanda",
    "Dorothy",
    "Melissa",
    "Deborah",
    "Stephanie",
    "Rebecca",
    "Sharon",
    "Laura",
    "Cynthia",
    "Kathleen",
    "Amy",
    "Angela",
    "Shirley",
    "Anna",
    "Brenda",
    "Pamela",
    "Emma",
    "Nicole",
    "Helen",
    "Samantha",
    "Katherine",
    "Christine",
    "Debra",
    "Rachel",
    "Carolyn",
    "Janet",
    "Catherine",
    "Maria",
    "Heather",
    "Diane",
    "Ruth",
    "Julie",
    "Olivia",
    "Joyce",
    "Virginia",
    "Victoria",
    "Kelly",
    "Lauren",
    "Christina",
    "Joan",
    "Evelyn",
    "Judith",
    "Megan",
    "Andrea",
    "Cheryl",
    "Hannah",
    "Jacqueline",
    "Martha",
    "Gloria",
    "Teresa",
    "Ann",
    "Sara",
    "Madison",
    "Frances",
    "Kathryn",
    "Janice",
    "Jean",
    "Abigail",
    "Alice",
    "Judy",
    "Sophia",
    "Grace",
    "Denise",
    "Amber",
    "Doris",
    "Marilyn",
    "Danielle",
    "Beverly",
    "Isabella",
    "Theresa",
    "Diana",
    "Natalie",
    "Brittany",
    "Charlotte",
    "Marie",
    "Kayla",
    "Alexis",
    "Lori",
    "Tara",
    "Lindsay",
    "Ellen",
    "Bettie",
    "Esther",
    "Yvonne",
    "Ivy",
    "Patty",
    "Darleen",
    "Britney",
    "Paris",
    "Whitney",
    "Jane",
    "Kate",
    "Sue",
    "Nicola",
];

const NEW_MALE: &[&str] = &[
    "Adrian", "Bernard", "Calvin", "Dominic", "Elliot", "Felix", "Grant", "Howard", "Ivan",
    "Julian", "Kurt", "Leon", "Marcus", "Nolan", "Oscar", "Preston", "Quentin", "Rafael", "Simon",
    "Trevor", "Ulrich", "Victor", "Wesley", "Xavier", "Yusuf", "Zane", "Anton", "Boris", "Cedric",
    "Desmond", "Emil", "Franco", "Gideon", "Hector", "Isaac", "Jasper", "Klaus", "Lionel", "Milo",
    "Nestor",
];

const NEW_FEMALE: &[&str] = &[
    "Adele", "Bianca", "Celeste", "Daphne", "Elena", "Fiona", "Gemma", "Hazel", "Ingrid", "Jolene",
    "Kirsten", "Leona", "Miriam", "Nadia", "Odette", "Priya", "Rosalind", "Sabine", "Tamsin",
    "Ursula", "Vera", "Wilma", "Yara", "Zoe", "Astrid", "Beatrix", "Cora", "Delia", "Edith",
    "Flora",
];

const NEW_SURNAMES: &[&str] = &[
    "Abernathy",
    "Achterberg",
    "Baldacci",
    "Barrowman",
    "Castellanos",
    "Chandrasekar",
    "Delacroix",
    "Drummond",
    "Eberhardt",
    "Ellingsen",
    "Fairbanks",
    "Falkenrath",
    "Galloway",
    "Grunewald",
    "Haverford",
    "Holmqvist",
    "Ibarra",
    "Ishikawa",
    "Jaramillo",
    "Jorgensen",
    "Kaminski",
    "Kowalczyk",
    "Lindqvist",
    "Lockhart",
    "Marchetti",
    "Mbeki",
    "Nakamura",
    "Nieminen",
    "Okonkwo",
    "Ostrowski",
    "Pemberton",
    "Petrakis",
    "Quintero",
    "Radcliffe",
    "Rasmussen",
    "Sandoval",
    "Szabo",
    "Thornbury",
    "Tremblay",
    "Underwood",
    "Valdivia",
    "Vasquez",
    "Wainwright",
    "Whitfield",
    "Yamamoto",
    "Yilmaz",
    "Zamora",
    "Zielinski",
    "Ashcombe",
    "Blackwood",
    "Carrington",
    "Dunmore",
    "Easton",
    "Fenwick",
    "Garrity",
    "Hollister",
    "Iverson",
    "Jennings",
    "Kessler",
    "Langford",
    "Montague",
    "Norcross",
    "Oakridge",
    "Pendleton",
    "Quigley",
    "Rutherford",
    "Stanhope",
    "Templeton",
    "Upton",
    "Vance",
    "Westbrook",
    "Yardley",
    "Zeller",
    "Albescu",
    "Borowitz",
    "Cardenas",
    "Dmitriev",
    "Esposito",
    "Fitzgerald",
    "Gallagher",
    "Halvorsen",
    "Ivanova",
    "Jablonski",
    "Kavanagh",
    "Lombardi",
    "Moreau",
    "Novak",
    "Oyelaran",
    "Pellegrini",
    "Rossetti",
    "Schreiber",
    "Takahashi",
    "Urquhart",
    "Vogel",
    "Wojcik",
    "Xiang",
    "Yablonsky",
    "Zubiri",
];

/// Surnames that are really words, places or organisations after a first name.
const NOT_SURNAMES: &[&str] = &[
    "The",
    "And",
    "Of",
    "In",
    "On",
    "At",
    "For",
    "With",
    "From",
    "By",
    "To",
    "But",
    "Or",
    "As",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "University",
    "College",
    "School",
    "Center",
    "Centre",
    "Street",
    "Airport",
    "Hospital",
    "County",
    "City",
    "Church",
    "Bridge",
    "Park",
    "Island",
    "Bay",
];

const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

/// Paraphrase swaps for the hot story's rewrites (meaning-preserving).
const SWAPS: &[(&str, &str)] = &[
    ("said", "stated"),
    ("company", "firm"),
    ("companies", "firms"),
    ("about", "around"),
    ("big", "large"),
    ("buy", "purchase"),
    ("bought", "purchased"),
    ("help", "assist"),
    ("began", "started"),
    ("announced", "revealed"),
    ("officials", "authorities"),
    ("expected", "anticipated"),
    ("injured", "wounded"),
    ("car", "vehicle"),
    ("cars", "vehicles"),
    ("quickly", "rapidly"),
    ("major", "significant"),
    ("important", "key"),
    ("currently", "presently"),
    ("people", "individuals"),
    ("however", "though"),
    ("also", "additionally"),
    ("told", "informed"),
    ("decision", "ruling"),
    ("nearly", "almost"),
    ("shares", "stock"),
    ("agreement", "deal"),
    ("workers", "employees"),
];

// ---------------------------------------------------------------- regexes

fn re(cell: &'static OnceLock<Regex>, pat: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pat).expect("valid regex"))
}

fn name_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    static PAT: OnceLock<String> = OnceLock::new();
    let pat = PAT.get_or_init(|| {
        let mut firsts: Vec<&str> = MALE.iter().chain(FEMALE).copied().collect();
        firsts.sort_by_key(|s| std::cmp::Reverse(s.len()));
        firsts.dedup();
        format!(
            r"\b({}) ((?:[A-Z]\. )?)([A-Z][a-z]*(?:[A-Z][a-z]+)?[a-z])\b",
            firsts.join("|")
        )
    });
    re(&R, pat)
}

fn number_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(&R, r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
}

fn weekday_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"\b[Oo]n (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    )
}

fn dateline_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"^(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})$",
    )
}

fn swap_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    static PAT: OnceLock<String> = OnceLock::new();
    let pat = PAT.get_or_init(|| {
        let words: Vec<String> = SWAPS
            .iter()
            .map(|(a, _)| format!("{a}|{}", capitalize(a)))
            .collect();
        format!(r"\b(?:{})\b", words.join("|"))
    });
    re(&R, pat)
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

// ---------------------------------------------------------------- source data

struct Base {
    /// Topic cluster (`meantime/corpus_gm`, `ecbplus/12/ecb`).
    cluster: usize,
    title: String,
    /// Publication date, when known (front matter or a date line).
    date: Option<Date>,
    /// Body paragraphs, title and date line removed.
    paras: Vec<String>,
    bytes: usize,
}

fn front_matter(text: &str) -> (HashMap<String, String>, &str) {
    let mut map = HashMap::new();
    let Some(rest) = text.strip_prefix("+++\n") else {
        return (map, text);
    };
    let Some(end) = rest.find("\n+++") else {
        return (map, text);
    };
    for line in rest[..end].lines() {
        if let Some((k, v)) = line.split_once('=') {
            let v = v.trim().trim_matches('"').replace("\\\"", "\"");
            map.insert(k.trim().to_string(), v);
        }
    }
    let body = &rest[end + 4..];
    (map, body.strip_prefix('\n').unwrap_or(body))
}

fn parse_base(text: &str, cluster: usize) -> Option<Base> {
    let (fm, body) = front_matter(text);
    let mut paras: Vec<String> = body
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    if paras.len() < 2 {
        return None;
    }
    let mut date = fm.get("date").and_then(|d| d.parse::<Date>().ok());
    let mut title = fm.get("title").cloned();
    // A first paragraph equal to the title, or short and unpunctuated, is a headline.
    let first = paras[0].clone();
    if title.as_deref() == Some(first.as_str())
        || (title.is_none() && first.len() < 140 && !first.ends_with(['.', '"', '”', '?', '!']))
    {
        title.get_or_insert(first);
        paras.remove(0);
    }
    // A date line among the first paragraphs ("March 01, 2008").
    if let Some(i) = paras.iter().take(3).position(|p| dateline_re().is_match(p)) {
        if date.is_none() {
            date = Date::strptime("%B %d, %Y", &paras[i]).ok();
        }
        paras.remove(i);
    }
    let title = title.unwrap_or_else(|| headline_from(&paras[0]));
    if paras.is_empty() {
        return None;
    }
    let bytes = paras.iter().map(|p| p.len() + 2).sum();
    Some(Base {
        cluster,
        title,
        date,
        paras,
        bytes,
    })
}

/// A headline from a lead sentence: its first ~10 words.
fn headline_from(lead: &str) -> String {
    let words: Vec<&str> = lead.split_whitespace().take(10).collect();
    words
        .join(" ")
        .trim_end_matches([',', '.', ';', ':'])
        .to_string()
}

fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn subdirs(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// Loads all base articles; `clusters[i]` lists the articles of cluster i.
fn load(data: &Path) -> (Vec<Base>, Vec<Vec<usize>>) {
    let mut dirs = Vec::new();
    for d in subdirs(&data.join("meantime")) {
        if d.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("corpus_"))
        {
            dirs.push(d);
        }
    }
    for topic in subdirs(&data.join("ecbplus")) {
        for sub in ["ecb", "ecbplus"] {
            dirs.push(topic.join(sub));
        }
    }
    let mut bases = Vec::new();
    let mut clusters = Vec::new();
    for dir in dirs {
        let cluster = clusters.len();
        let mut members = Vec::new();
        for f in txt_files(&dir) {
            let Ok(bytes) = std::fs::read(&f) else {
                continue;
            };
            let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
            if let Some(b) = parse_base(&text, cluster) {
                members.push(bases.len());
                bases.push(b);
            }
        }
        if !members.is_empty() {
            clusters.push(members);
        }
    }
    (bases, clusters)
}

// ---------------------------------------------------------------- one event

/// A story's text after names and numbers were varied, shared by its sources.
struct Event {
    title: String,
    paras: Vec<String>,
    date: Date,
    /// New full names and surnames of the story's people (for quote conflicts).
    people: Vec<(String, String)>,
}

fn gender_female(first: &str) -> bool {
    FEMALE.contains(&first)
}

/// Builds the event of one story: picks a base article, pads it to the
/// target size with paragraphs of its cluster, varies names, numbers, dates.
fn make_event(bases: &[Base], clusters: &[Vec<usize>], rng: &mut Rng, target: usize) -> Event {
    let bi = rng.below(bases.len());
    let base = &bases[bi];
    let mut paras: Vec<String> = base.paras.clone();
    let mut size = base.bytes;
    if size < target {
        let mut others: Vec<usize> = clusters[base.cluster]
            .iter()
            .copied()
            .filter(|&o| o != bi)
            .collect();
        rng.shuffle(&mut others);
        'fill: for o in others {
            for p in &bases[o].paras {
                if size >= target {
                    break 'fill;
                }
                size += p.len() + 2;
                paras.push(p.clone());
            }
        }
    }
    // Trim the tail beyond the target (keep at least 3 paragraphs).
    while paras.len() > 3 && size - (paras.last().map_or(0, |p| p.len() + 2)) >= target {
        size -= paras.pop().map_or(0, |p| p.len() + 2);
    }

    // Date: same weekday as the original when it is known, so "on Tuesday" stays sane.
    let (date, year_delta) = match base.date {
        Some(d) => {
            let mut nd = d;
            for _ in 0..8 {
                let weeks = rng.range(-400, 900);
                if let Ok(x) = d.checked_add(Span::new().days(weeks * 7)) {
                    if (2000..=2025).contains(&x.year()) {
                        nd = x;
                        break;
                    }
                }
            }
            (nd, (nd.year() - d.year()) as i64)
        }
        None => {
            let d0 = Date::new(2000, 1, 1).unwrap();
            let d = d0
                .checked_add(Span::new().days(rng.range(0, 9400)))
                .unwrap_or(d0);
            (d, 0)
        }
    };

    // People: "First [M.] Last" with a known first name; surnames alone too.
    let mut by_last: BTreeMap<String, (String, String)> = BTreeMap::new(); // last -> (new first, new last)
    let mut fulls: Vec<(String, String)> = Vec::new(); // (original full, new full)
    let mut used: HashSet<&str> = HashSet::new();
    let all_text = std::iter::once(&base.title).chain(paras.iter());
    for t in all_text {
        for c in name_re().captures_iter(t) {
            let first = &c[1];
            let last = &c[3];
            if NOT_SURNAMES.contains(&last) || MALE.contains(&last) || FEMALE.contains(&last) {
                continue;
            }
            let entry = by_last.entry(last.to_string()).or_insert_with(|| {
                let nf = if gender_female(first) {
                    *rng.pick(NEW_FEMALE)
                } else {
                    *rng.pick(NEW_MALE)
                };
                let mut nl = *rng.pick(NEW_SURNAMES);
                for _ in 0..10 {
                    if !used.contains(nl) {
                        break;
                    }
                    nl = *rng.pick(NEW_SURNAMES);
                }
                used.insert(nl);
                (nf.to_string(), nl.to_string())
            });
            let new_full = format!("{} {}{}", entry.0, &c[2], entry.1);
            if !fulls.iter().any(|(o, _)| o == &c[0]) {
                fulls.push((c[0].to_string(), new_full));
            }
        }
    }
    let mut repl: HashMap<String, String> = HashMap::new();
    for (o, n) in &fulls {
        repl.insert(o.clone(), n.clone());
    }
    for (last, (_, nl)) in &by_last {
        repl.insert(last.clone(), nl.clone());
    }
    let name_sub = if repl.is_empty() {
        None
    } else {
        let mut keys: Vec<&String> = repl.keys().collect();
        keys.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let alt: Vec<String> = keys.iter().map(|k| regex::escape(k)).collect();
        Some(Regex::new(&format!(r"\b(?:{})\b", alt.join("|"))).expect("names regex"))
    };
    let story_key = rng.next_u64();
    let vary = |t: &str| -> String {
        let t = match &name_sub {
            Some(r) => r
                .replace_all(t, |c: &Captures| repl[&c[0]].clone())
                .into_owned(),
            None => t.to_string(),
        };
        vary_numbers(&t, story_key, year_delta)
    };
    let title = vary(&base.title);
    let paras = paras.iter().map(|p| vary(p)).collect();
    let people = by_last
        .values()
        .map(|(f, l)| (format!("{f} {l}"), l.clone()))
        .collect();
    Event {
        title,
        paras,
        date,
        people,
    }
}

/// Spans of the numbers worth varying: not glued to letters (`A330`, `KC-45`),
/// not times (`02:20`), not days after a month name (`June 8`).
fn number_spans(t: &str) -> Vec<(usize, usize)> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    for m in number_re().find_iter(t) {
        let (s, e) = (m.start(), m.end());
        let before = if s > 0 { b[s - 1] } else { b' ' };
        let after = if e < b.len() { b[e] } else { b' ' };
        if before.is_ascii_alphanumeric() || matches!(before, b'-' | b':' | b'.' | b'/' | b'_') {
            continue;
        }
        if after.is_ascii_alphabetic() || matches!(after, b'-' | b':' | b'/' | b'_') {
            continue;
        }
        if after == b'.' && e + 1 < b.len() && b[e + 1].is_ascii_digit() {
            continue;
        }
        // Tokenised times and decimals of the source data: "09: 10", "3. 11".
        let pre = &b[..s];
        if pre.len() >= 3
            && pre.ends_with(b" ")
            && matches!(pre[pre.len() - 2], b':' | b'.' | b',')
            && pre[pre.len() - 3].is_ascii_digit()
        {
            continue;
        }
        if e + 2 < b.len()
            && matches!(after, b':' | b'.' | b',')
            && b[e + 1] == b' '
            && b[e + 2].is_ascii_digit()
        {
            continue;
        }
        // Days of dates: "June 8", "8 June".
        let prev_word = t[..s].trim_end().rsplit(' ').next().unwrap_or("");
        let prev_word = prev_word.trim_end_matches('.');
        let next_word = t[e..]
            .trim_start()
            .split([' ', ',', '.'])
            .next()
            .unwrap_or("");
        if MONTHS.contains(&prev_word) || MONTHS.contains(&next_word) {
            continue;
        }
        out.push((s, e));
    }
    out
}

fn is_year(s: &str) -> Option<i64> {
    if s.len() == 4 && !s.contains([',', '.']) {
        let y: i64 = s.parse().ok()?;
        if (1950..=2030).contains(&y) {
            return Some(y);
        }
    }
    None
}

/// Formats `v` like `like` (thousands separators, decimals).
fn format_like(v: f64, like: &str) -> String {
    let decimals = like.split_once('.').map_or(0, |(_, d)| d.len());
    let s = format!("{v:.decimals$}");
    if !like.contains(',') {
        return s;
    }
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), format!(".{f}")),
        None => (s.clone(), String::new()),
    };
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out + &frac
}

/// The story's value for a number: the same in every source of the story.
fn varied_number(orig: &str, key: u64, year_delta: i64) -> String {
    if let Some(y) = is_year(orig) {
        return (y + year_delta).to_string();
    }
    let v: f64 = orig.replace(',', "").parse().unwrap_or(0.0);
    if v < 2.0 {
        return orig.to_string();
    }
    let mut r = Rng::new(hash_str(orig, key));
    let f = 0.6 + 0.8 * r.unit();
    let mut nv = v * f;
    if !orig.contains('.') {
        nv = nv.round().max(2.0);
    }
    format_like(nv, orig)
}

fn vary_numbers(t: &str, key: u64, year_delta: i64) -> String {
    let spans = number_spans(t);
    if spans.is_empty() {
        return t.to_string();
    }
    let mut out = String::with_capacity(t.len() + 16);
    let mut last = 0;
    for (s, e) in spans {
        out.push_str(&t[last..s]);
        out.push_str(&varied_number(&t[s..e], key, year_delta));
        last = e;
    }
    out.push_str(&t[last..]);
    out
}

// ---------------------------------------------------------------- conflicts

struct Planted {
    file: String,
    story: String,
    kind: &'static str,
    original: String,
    replacement: String,
    context: String,
}

fn snippet(p: &str, at: usize) -> String {
    let mut s = at.saturating_sub(60);
    while !p.is_char_boundary(s) {
        s -= 1;
    }
    let mut e = (at + 80).min(p.len());
    while !p.is_char_boundary(e) {
        e += 1;
    }
    p[s..e].to_string()
}

/// Plants one conflict into `paras` (a source's paragraphs, lead excluded
/// from nothing). Returns (kind, original, replacement, context).
fn plant(
    paras: &mut [String],
    people: &[(String, String)],
    rng: &mut Rng,
) -> Option<(&'static str, String, String, String)> {
    let mut kinds: Vec<&'static str> = Vec::new();
    let weekday_hits: Vec<(usize, usize, usize)> = paras
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            weekday_re()
                .find_iter(p)
                .map(move |m| (i, m.start(), m.end()))
        })
        .collect();
    let number_hits: Vec<(usize, usize, usize)> = paras
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            number_spans(p)
                .into_iter()
                .filter(|&(s, e)| is_year(&p[s..e]).is_none())
                .map(move |(s, e)| (i, s, e))
        })
        .collect();
    let quote_hits: Vec<(usize, usize, usize, usize)> = paras
        .iter()
        .enumerate()
        .filter(|(_, p)| p.contains(['“', '"']))
        .flat_map(|(i, p)| {
            people
                .iter()
                .enumerate()
                .filter_map(move |(k, (full, last))| {
                    p.find(full.as_str())
                        .map(|s| (i, s, s + full.len(), k))
                        .or_else(|| p.find(last.as_str()).map(|s| (i, s, s + last.len(), k)))
                })
        })
        .collect();
    if !weekday_hits.is_empty() {
        kinds.push("weekday");
    }
    if !number_hits.is_empty() {
        kinds.push("number");
    }
    if !quote_hits.is_empty() {
        kinds.push("quote");
    }
    if kinds.is_empty() {
        return None;
    }
    let kind = *rng.pick(&kinds);
    let (i, s, e, new) = match kind {
        "weekday" => {
            let &(i, s, e) = rng.pick(&weekday_hits);
            let old = &paras[i][s..e];
            let (on, day) = old.split_at(3);
            let k = WEEKDAYS.iter().position(|w| *w == day).unwrap_or(0);
            let step = 1 + rng.below(3);
            (i, s, e, format!("{on}{}", WEEKDAYS[(k + step) % 7]))
        }
        "number" => {
            let &(i, s, e) = rng.pick(&number_hits);
            let old = &paras[i][s..e];
            let v: f64 = old.replace(',', "").parse().unwrap_or(1.0);
            let f = if rng.chance(0.5) {
                1.5 + rng.unit()
            } else {
                0.3 + 0.3 * rng.unit()
            };
            let mut nv = v * f;
            if !old.contains('.') {
                nv = nv.round();
                if (nv - v).abs() < 1.0 {
                    nv = v + 1.0 + rng.below(5) as f64;
                }
            }
            (i, s, e, format_like(nv, old))
        }
        _ => {
            let &(i, s, e, k) = rng.pick(&quote_hits);
            let others: Vec<&(String, String)> = people
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != k)
                .map(|(_, p)| p)
                .collect();
            let full = e - s == people[k].0.len();
            let new = if let Some(o) = others.first().map(|_| *rng.pick(&others)) {
                if full {
                    o.0.clone()
                } else {
                    o.1.clone()
                }
            } else {
                let nl = *rng.pick(NEW_SURNAMES);
                if full {
                    format!("{} {nl}", rng.pick(NEW_MALE))
                } else {
                    nl.to_string()
                }
            };
            (i, s, e, new)
        }
    };
    let old = paras[i][s..e].to_string();
    if old == new {
        return None;
    }
    paras[i].replace_range(s..e, &new);
    let ctx = snippet(&paras[i], s);
    Some((kind, old, new, ctx))
}

// ---------------------------------------------------------------- writing

fn toml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn render(date: Date, outlet: &str, title: &str, paras: &[String]) -> String {
    let mut s = String::with_capacity(4096);
    let _ = write!(
        s,
        "+++\ndate = \"{date}\"\noutlet = {}\ntitle = {}\n+++\n\n{title}\n\n{}\n\n",
        toml_str(outlet),
        toml_str(title),
        date.strftime("%B %d, %Y"),
    );
    for p in paras {
        s.push_str(p);
        s.push_str("\n\n");
    }
    s.pop();
    s
}

fn outlet(rng: &mut Rng) -> String {
    if rng.chance(0.7) {
        rng.pick(OUTLETS).to_string()
    } else {
        format!("The {} {}", rng.pick(CITIES), rng.pick(PAPERS))
    }
}

fn distinct_outlets(rng: &mut Rng, n: usize) -> Vec<String> {
    let mut v: Vec<String> = Vec::with_capacity(n);
    while v.len() < n {
        let o = outlet(rng);
        if !v.contains(&o) || v.len() >= OUTLETS.len() {
            v.push(o);
        }
    }
    v
}

fn file_name(seed: u64, idx: usize) -> String {
    format!("{idx:06}_{:016x}.txt", mix(seed ^ mix(idx as u64 + 1)))
}

fn is_our_file(name: &str) -> bool {
    name == "planted.json"
        || (name.len() == 27
            && name.ends_with(".txt")
            && name.as_bytes()[6] == b'_'
            && name[..6].bytes().all(|c| c.is_ascii_digit()))
}

struct Written {
    bytes: u64,
    planted: Vec<Planted>,
}

/// Writes the sources of regular story `story`.
fn write_story(
    out: &Path,
    bases: &[Base],
    clusters: &[Vec<usize>],
    seed: u64,
    story: usize,
    files: &[usize],
) -> std::io::Result<Written> {
    let mut rng = Rng::new(mix(seed ^ mix(0x5EED_0000 + story as u64)));
    let target = 2550 + rng.below(1600);
    let ev = make_event(bases, clusters, &mut rng, target);
    let outlets = distinct_outlets(&mut rng, files.len());
    let conflict_in = if rng.chance(0.1) {
        Some(rng.below(files.len()))
    } else {
        None
    };
    let mut w = Written {
        bytes: 0,
        planted: Vec::new(),
    };
    for (k, &idx) in files.iter().enumerate() {
        let date = ev
            .date
            .checked_add(Span::new().days(rng.range(0, 1)))
            .unwrap_or(ev.date);
        let mut paras: Vec<String> = ev
            .paras
            .iter()
            .enumerate()
            .filter(|(i, _)| *i == 0 || !rng.chance(0.06))
            .map(|(_, p)| p.clone())
            .collect();
        let name = file_name(seed, idx);
        if conflict_in == Some(k) {
            if let Some((kind, o, r, ctx)) = plant(&mut paras, &ev.people, &mut rng) {
                w.planted.push(Planted {
                    file: name.clone(),
                    story: format!("s{story:06}"),
                    kind,
                    original: o,
                    replacement: r,
                    context: ctx,
                });
            }
        }
        let text = render(date, &outlets[k], &ev.title, &paras);
        w.bytes += text.len() as u64;
        std::fs::write(out.join(&name), text)?;
    }
    Ok(w)
}

/// Writes the hot story: `n` sources on one event.
fn write_hot(
    out: &Path,
    bases: &[Base],
    clusters: &[Vec<usize>],
    seed: u64,
    first_idx: usize,
    n: usize,
) -> std::io::Result<Written> {
    let mut rng = Rng::new(mix(seed ^ 0x0407_5702_1234));
    // A base with quotes and people makes the hot story exercise the aligner.
    let mut ev = make_event(bases, clusters, &mut rng, 3400);
    for _ in 0..50 {
        if ev.people.len() >= 2 && ev.paras.iter().any(|p| p.contains('“') || p.contains('"')) {
            break;
        }
        ev = make_event(bases, clusters, &mut rng, 3400);
    }
    let mut w = Written {
        bytes: 0,
        planted: Vec::new(),
    };
    // Conflicts in a few sources, spread out.
    let n_conflicts = (n / 100).clamp(1, 10).min(n);
    let mut conflict_at: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut conflict_at);
    conflict_at.truncate(n_conflicts);
    for k in 0..n {
        let date = ev
            .date
            .checked_add(Span::new().days(rng.range(0, 1)))
            .unwrap_or(ev.date);
        let mut paras: Vec<String> = if rng.chance(0.35) {
            // Wire copy: verbatim, sometimes cut short.
            let keep = if rng.chance(0.3) {
                (ev.paras.len() * 2 / 3).max(1)
            } else {
                ev.paras.len()
            };
            ev.paras[..keep].to_vec()
        } else {
            // Rewrite: lead kept, rest shuffled and thinned, words swapped.
            let mut rest: Vec<String> = ev.paras[1..]
                .iter()
                .filter(|_| !rng.chance(0.2))
                .cloned()
                .collect();
            rng.shuffle(&mut rest);
            let mut v = vec![ev.paras[0].clone()];
            v.extend(rest);
            let p_swap = 0.2 + 0.4 * rng.unit();
            v.into_iter()
                .map(|p| {
                    swap_re()
                        .replace_all(&p, |c: &Captures| {
                            let m = &c[0];
                            if !rng.chance(p_swap) {
                                return m.to_string();
                            }
                            let lower = m.to_lowercase();
                            let to = SWAPS
                                .iter()
                                .find(|(a, _)| *a == lower)
                                .map_or(m, |(_, b)| b);
                            if m.starts_with(|c: char| c.is_uppercase()) {
                                capitalize(to)
                            } else {
                                to.to_string()
                            }
                        })
                        .into_owned()
                })
                .collect()
        };
        let name = file_name(seed, first_idx + k);
        if conflict_at.contains(&k) {
            if let Some((kind, o, r, ctx)) = plant(&mut paras, &ev.people, &mut rng) {
                w.planted.push(Planted {
                    file: name.clone(),
                    story: "hot".to_string(),
                    kind,
                    original: o,
                    replacement: r,
                    context: ctx,
                });
            }
        }
        let text = render(date, &outlet(&mut rng), &ev.title, &paras);
        w.bytes += text.len() as u64;
        std::fs::write(out.join(&name), text)?;
    }
    Ok(w)
}

// ---------------------------------------------------------------- main

struct Args {
    articles: usize,
    stories: Option<usize>,
    hot: usize,
    seed: u64,
    data: PathBuf,
    force: bool,
    out: PathBuf,
}

const USAGE: &str = "usage: gen_corpus [--articles N] [--stories S] [--hot-story K] [--seed X] [--data DIR] [--force] OUT";

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let mut a = Args {
        articles: 10_000,
        stories: None,
        hot: 0,
        seed: 42,
        data: Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"),
        force: false,
        out: PathBuf::new(),
    };
    let mut out = None;
    fn num<T: std::str::FromStr>(flag: &str, v: Option<String>) -> Result<T, String> {
        let v = v.ok_or(format!("{flag} needs a value"))?;
        v.replace('_', "")
            .parse()
            .map_err(|_| format!("{flag}: not a number: {v}"))
    }
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--articles" => a.articles = num(&arg, it.next())?,
            "--stories" => a.stories = Some(num(&arg, it.next())?),
            "--hot-story" => a.hot = num(&arg, it.next())?,
            "--seed" => a.seed = num(&arg, it.next())?,
            "--data" => a.data = it.next().ok_or("--data needs a value")?.into(),
            "--force" => a.force = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            _ if out.is_none() => out = Some(PathBuf::from(arg)),
            _ => return Err(format!("unexpected argument {arg}")),
        }
    }
    a.out = out.ok_or("missing OUT folder")?;
    Ok(a)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("gen_corpus: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let stories = args.stories.unwrap_or(args.articles.div_ceil(5));
    if args.articles > 0 && (stories == 0 || stories > args.articles) {
        eprintln!("gen_corpus: need 1 <= stories <= articles");
        return ExitCode::from(2);
    }

    let (bases, clusters) = load(&args.data);
    if bases.is_empty() {
        println!(
            "gen_corpus: no articles found in {} (meantime/corpus_*/*.txt, ecbplus/*/{{ecb,ecbplus}}/*.txt); nothing generated",
            args.data.display()
        );
        return ExitCode::SUCCESS;
    }

    if let Err(e) = std::fs::create_dir_all(&args.out) {
        eprintln!("gen_corpus: cannot create {}: {e}", args.out.display());
        return ExitCode::from(1);
    }
    let existing: Vec<PathBuf> = std::fs::read_dir(&args.out)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    if !existing.is_empty() {
        if !args.force {
            eprintln!(
                "gen_corpus: {} is not empty (use --force to overwrite)",
                args.out.display()
            );
            return ExitCode::from(1);
        }
        // Remove our own earlier output so a smaller run leaves no stale files.
        for p in existing {
            if p.file_name()
                .is_some_and(|n| is_our_file(&n.to_string_lossy()))
            {
                let _ = std::fs::remove_file(p);
            }
        }
    }

    // Sources per story, and a shuffled file numbering so that a sorted
    // listing interleaves the stories.
    let n = args.articles;
    let mut perm: Vec<usize> = (0..n).collect();
    Rng::new(mix(args.seed ^ 0xF11E)).shuffle(&mut perm);
    let mut assign: Vec<Vec<usize>> = Vec::with_capacity(stories);
    let mut at = 0;
    for s in 0..stories {
        let k = n / stories + usize::from(s < n % stories);
        assign.push(perm[at..at + k].to_vec());
        at += k;
    }

    let results: Vec<std::io::Result<Written>> = assign
        .par_iter()
        .enumerate()
        .map(|(s, files)| write_story(&args.out, &bases, &clusters, args.seed, s, files))
        .collect();
    let mut bytes = 0u64;
    let mut planted = Vec::new();
    for r in results {
        match r {
            Ok(w) => {
                bytes += w.bytes;
                planted.extend(w.planted);
            }
            Err(e) => {
                eprintln!("gen_corpus: write failed: {e}");
                return ExitCode::from(1);
            }
        }
    }
    if args.hot > 0 {
        match write_hot(&args.out, &bases, &clusters, args.seed, n, args.hot) {
            Ok(w) => {
                bytes += w.bytes;
                planted.extend(w.planted);
            }
            Err(e) => {
                eprintln!("gen_corpus: write failed: {e}");
                return ExitCode::from(1);
            }
        }
    }
    planted.sort_by(|a, b| a.file.cmp(&b.file));
    let list: Vec<serde_json::Value> = planted
        .iter()
        .map(|p| {
            json!({
                "file": p.file,
                "story": p.story,
                "kind": p.kind,
                "original": p.original,
                "replacement": p.replacement,
                "context": p.context,
            })
        })
        .collect();
    let text = serde_json::to_string_pretty(&list).expect("json") + "\n";
    if let Err(e) = std::fs::write(args.out.join("planted.json"), text) {
        eprintln!("gen_corpus: cannot write planted.json: {e}");
        return ExitCode::from(1);
    }
    let total = n + args.hot;
    println!(
        "gen_corpus: {total} articles ({n} in {} stories + {} hot-story sources), {bytes} bytes ({:.1} MB, avg {} B), {} planted conflicts -> {}",
        if n > 0 { stories } else { 0 },
        args.hot,
        bytes as f64 / 1e6,
        if total > 0 { bytes / total as u64 } else { 0 },
        planted.len(),
        args.out.display()
    );
    ExitCode::SUCCESS
}
