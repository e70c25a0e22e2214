use super::*;

fn check(t: &str) {
    let fast: Vec<(usize, &str)> = sentence_bound_indices(t).collect();
    let slow: Vec<(usize, &str)> = t.split_sentence_bound_indices().collect();
    assert_eq!(fast, slow, "{t:?}");
}

#[test]
fn agrees_on_tricky_strings() {
    let texts = [
        "",
        " ",
        ".",
        "...",
        "?!",
        "!?!. ",
        "\"\"",
        ") . (",
        "The U.S. Army left. The U.S. army left. In the U.S. they did.",
        "It rose 3.5 percent. It fell .5 points, to 2.",
        "He said \"the end.\" Next came more. \"Is it?\" she asked. \"Yes!\" Then.",
        "What?! Really?? Yes... and no... Fine.",
        "Apples, pears etc. and more. Mr. Smith went. e.g. this; i.e. that.",
        "(See above.) Then (it ended). [Done.] {Ok.} 'Quoted.' Next",
        "“It is over,” he said. “Really?” ‘Yes.’ «Non.» ‹Oui.› Next",
        "War — and peace. Dash – en. Before—after.— Next. —next",
        "Non\u{a0}breaking.\u{a0}Space.\u{a0} Next\u{a0}one. \u{a0}a",
        "Trailing spaces.   ",
        "Tabs.\tNext.\t\tlower. \t Upper",
        "Lines.\r\nNext.\rLone CR\nLF\n\n\r\r\nend",
        "Café déjà vu. Élan. À bientôt. Ærø. Øre. ß. Ÿ ŉ ſ ĸ Ł ł.",
        "é.é. É.É. é. É. é.É é.1 É.a",
        "Ends with a period.",
        "no period at all",
        "a.b.c. d.e. F.G. h",
        "1.2.3. 4. 5.a. 6.A",
        "Para\u{2029}sep. Line\u{2028}sep.\u{2028}Next\u{85}nel. \u{85}x",
        "Soft\u{ad}hyphen. \u{ad}Next.\u{ad} next. zw\u{200b}sp.\u{200b}A \u{feff}b",
        "One․ Two. Three‼ Four⁇ Five‽ six",
        "Cost €5. £3.50. ¥100. 5×3. № 5. Brand™. Done…  Next… next",
        "Mixed ж and 中. Combining é. Zero\u{200b}width. ж. Ж. 中. a",
        "\u{301}Starts with a mark. \u{301}",
        "\u{200b}. \u{200b}",
        "x.\u{301}\u{301}Y. z.\u{200d}a. q.)\u{301} b",
    ];
    for t in texts {
        check(t);
        check(&t.replace(['\n', '\r'], " "));
    }
}

/// Category representatives, as the crate has them (`א` is OLetter, which
/// no known character is; U+200B is Format).
const REPRESENTATIVES: [(char, Option<Cat>); 15] = [
    ('#', Some(Cat::Other)),
    ('.', Some(Cat::ATerm)),
    ('?', Some(Cat::STerm)),
    (')', Some(Cat::Close)),
    (' ', Some(Cat::Sp)),
    ('\u{2029}', Some(Cat::Sep)),
    ('\r', Some(Cat::CR)),
    ('\n', Some(Cat::LF)),
    ('A', Some(Cat::Upper)),
    ('a', Some(Cat::Lower)),
    ('1', Some(Cat::Numeric)),
    (',', Some(Cat::SContinue)),
    ('\u{301}', Some(Cat::Extend)),
    ('\u{200b}', Some(Cat::Extend)),
    ('א', None),
];

/// What the crate does with `c` in a battery of contexts: the sentence
/// lengths, in characters, for each.
fn signature(c: char) -> Vec<Vec<usize>> {
    let before = [
        "", "a", "a.", "A.", "a. ", "a.)", "a.) ", "a?", "a?)", "\r", "1.", ". ",
    ];
    let after = ["", "a", "A", ".", " a", "1", "\n", ")a", " A", "\u{301}a"];
    let mut out = Vec::new();
    for b in before {
        for a in after {
            let t = format!("{b}{c}{a}");
            out.push(
                t.split_sentence_bound_indices()
                    .map(|(_, s)| s.chars().count())
                    .collect(),
            );
        }
    }
    out
}

#[test]
fn battery_tells_the_crates_categories_apart() {
    // The crate acts on categories alone, so if the battery separates the
    // representatives, a character with a representative's signature has
    // its category (Extend and Format act alike).
    let sigs: Vec<_> = REPRESENTATIVES.iter().map(|(c, _)| signature(*c)).collect();
    for i in 0..sigs.len() {
        for j in i + 1..sigs.len() {
            let (ci, cj) = (REPRESENTATIVES[i], REPRESENTATIVES[j]);
            assert_eq!(
                sigs[i] == sigs[j],
                ci.1.is_some() && ci.1 == cj.1,
                "{ci:?} {cj:?}"
            );
        }
    }
}

#[test]
fn known_characters_have_the_crates_categories() {
    let mut known = 0;
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        let Some(cat) = category(c) else { continue };
        known += 1;
        let (rep, _) = REPRESENTATIVES
            .iter()
            .find(|(_, k)| *k == Some(cat))
            .expect("representative");
        assert_eq!(signature(c), signature(*rep), "U+{:04X} {cat:?}", c as u32);
    }
    assert!(known > 500, "{known}");
}

/// A deterministic linear congruential generator.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

#[test]
fn agrees_on_random_strings() {
    let known: Vec<char> =
        "aBcdEzZ019.?!,;:-\"'() \t\n\r“”’‘—–«»éÉß\u{a0}\u{2029}\u{85}\u{ad}\u{200d}‼․…€\u{b}"
            .chars()
            .collect();
    let unknown = ['ж', '中', '\u{301}', 'א'];
    let mut all = known.clone();
    all.extend(unknown);
    let mut rng = Lcg(42);
    let mut fast = 0;
    for i in 0..20_000 {
        // Mostly known characters, so most strings take the fast path.
        let alphabet = if i % 4 == 0 { &all } else { &known };
        let len = rng.below(41);
        let t: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        fast += usize::from(sentence_bound_indices(&t).is_fast());
        check(&t);
    }
    assert!(fast > 15_000, "{fast}");
}

#[test]
fn agrees_on_the_seed_articles() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for entry in std::fs::read_dir(dir).expect("seeds folder") {
        let t = std::fs::read_to_string(entry.expect("entry").path()).expect("seed text");
        check(&t);
        check(&t.replace(['\n', '\r'], " "));
    }
}
