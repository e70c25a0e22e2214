//! The curated table, `rules/lexical/curated.toml`: groups of words news
//! treats as one count that WordNet does not equate (`arrested` /
//! `detained`, `killed` / `dead`). Parsed at load (a few dozen words).

use super::Pos;
use rustc_hash::FxHashMap;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    group: Vec<GroupEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupEntry {
    name: String,
    why: String,
    #[serde(default)]
    noun: Vec<String>,
    #[serde(default)]
    verb: Vec<String>,
    #[serde(default)]
    adj: Vec<String>,
    #[serde(default)]
    any_person: bool,
    #[serde(default)]
    one_count: bool,
    #[serde(default)]
    label: Option<String>,
}

/// One curated group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Its name (`deaths`).
    pub name: String,
    /// Why its words count the same, with examples.
    pub why: String,
    /// Its lemmas with their parts of speech.
    pub words: Vec<(String, Pos)>,
    /// Whether people counted under its words are the same whatever
    /// person noun counts them (`89 people were arrested` / `99
    /// suspected members detained`): the noun says no more than the word.
    pub any_person: bool,
    /// Whether its nouns, counted under related predicates, are one count
    /// of the story however the sentences around them differ (`called in
    /// six engines` / `called four further appliances`), as an outcome is.
    pub one_count: bool,
    /// How a finding names a count of the group's words (`crowd size`);
    /// `number of` and the name when the table gives none.
    pub label: String,
}

/// The curated groups, indexed by lemma per part of speech.
#[derive(Debug, Default)]
pub(crate) struct Curated {
    pub(crate) groups: Vec<Group>,
    by_word: [FxHashMap<Box<str>, u16>; 3],
}

impl Curated {
    /// Parses the table: every group has a name, a reason and two words or
    /// more; a lemma is lower-case, trimmed, and in one group per part of
    /// speech.
    pub(crate) fn parse(text: &str) -> Result<Curated, String> {
        let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut out = Curated::default();
        for (i, g) in file.group.into_iter().enumerate() {
            if g.name.trim().is_empty() || g.why.trim().is_empty() {
                return Err(format!("group {}: empty name or reason", i + 1));
            }
            let index = u16::try_from(i).map_err(|_| "too many groups")?;
            let mut words = Vec::new();
            for (pos, list) in [(Pos::Noun, g.noun), (Pos::Verb, g.verb), (Pos::Adj, g.adj)] {
                for w in list {
                    if w.is_empty() || w != w.trim() || w != w.to_lowercase() {
                        return Err(format!(
                            "{}: `{w}` must be a trimmed lower-case lemma",
                            g.name
                        ));
                    }
                    let map = &mut out.by_word[pos.index()];
                    if let Some(&other) = map.get(w.as_str()) {
                        let name = out.groups.get(other as usize).map_or(&g.name, |o| &o.name);
                        return Err(format!(
                            "{}: `{w}` ({}) is already in group {name}",
                            g.name,
                            pos.name(),
                        ));
                    }
                    map.insert(w.clone().into_boxed_str(), index);
                    words.push((w, pos));
                }
            }
            if words.len() < 2 {
                return Err(format!("{}: a group needs two words or more", g.name));
            }
            let label = g.label.unwrap_or_else(|| format!("number of {}", g.name));
            out.groups.push(Group {
                label,
                name: g.name,
                why: g.why,
                words,
                any_person: g.any_person,
                one_count: g.one_count,
            });
        }
        Ok(out)
    }

    /// The group of `lemma` under `pos`.
    pub(crate) fn group(&self, lemma: &str, pos: Pos) -> Option<u16> {
        self.by_word[pos.index()].get(lemma).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Lexical, Pos, Relation};

    fn lex() -> &'static Lexical {
        Lexical::embedded()
    }

    /// `a` and `b` equate (curated or through WordNet).
    fn equated(a: (&str, Pos), b: (&str, Pos)) -> Option<Relation> {
        lex().same_meaning(a.0, a.1, b.0, b.1)
    }

    fn assert_equated(words: &[(&str, Pos)]) {
        for &a in words {
            for &b in words {
                assert!(equated(a, b).is_some(), "{a:?} / {b:?} should equate");
                let (ka, kb) = (lex().concept_key(a.0, a.1), lex().concept_key(b.0, b.1));
                assert!(ka.is_some() && ka == kb, "{a:?} / {b:?} keys {ka:?} {kb:?}");
            }
        }
    }

    #[test]
    fn arrests_are_one_count() {
        use Pos::*;
        assert_equated(&[
            ("arrested", Verb),
            ("detained", Verb),
            ("arrests", Noun),
            ("detainees", Noun),
        ]);
        assert_eq!(
            equated(("arrested", Verb), ("detained", Verb)),
            Some(Relation::Curated)
        );
        assert_eq!(equated(("arrested", Verb), ("charged", Verb)), None);
        assert_eq!(equated(("detained", Verb), ("released", Verb)), None);
        // Apprehended and rounded-up people are arrested.
        assert_equated(&[
            ("apprehended", Verb),
            ("round up", Verb),
            ("arrested", Verb),
        ]);
        assert_eq!(equated(("apprehended", Verb), ("freed", Verb)), None);
    }

    #[test]
    fn residents_are_one_count() {
        use Pos::*;
        assert_equated(&[
            ("people", Noun),
            ("residents", Noun),
            ("population", Noun),
            ("inhabitants", Noun),
            ("reside", Verb),
            ("inhabited", Verb),
        ]);

        assert_eq!(
            equated(("people", Noun), ("residents", Noun)),
            Some(Relation::Curated)
        );
        assert_eq!(equated(("residents", Noun), ("visitors", Noun)), None);
        assert_eq!(equated(("people", Noun), ("soldiers", Noun)), None);
    }

    #[test]
    fn deaths_are_one_count() {
        use Pos::*;
        assert_equated(&[
            ("killed", Verb),
            ("dead", Adj),
            ("died", Verb),
            ("death toll", Noun),
            ("deaths", Noun),
            ("fatalities", Noun),
        ]);
        assert_eq!(
            equated(("killed", Verb), ("dead", Adj)),
            Some(Relation::Curated)
        );
        assert_eq!(equated(("killed", Verb), ("injured", Verb)), None);
        assert_eq!(equated(("dead", Adj), ("missing", Adj)), None);
    }

    #[test]
    fn injuries_are_one_count() {
        use Pos::*;
        assert_equated(&[
            ("injured", Verb),
            ("wounded", Adj),
            ("hurt", Verb),
            ("injuries", Noun),
        ]);
        assert_eq!(
            equated(("injured", Adj), ("wounded", Adj)),
            Some(Relation::Curated)
        );
        assert_eq!(equated(("wounded", Verb), ("died", Verb)), None);
        assert_eq!(equated(("hurt", Adj), ("dead", Adj)), None);
    }

    #[test]
    fn homes_are_one_count() {
        use Pos::*;
        assert_equated(&[("houses", Noun), ("homes", Noun), ("dwellings", Noun)]);
        assert_eq!(
            equated(("houses", Noun), ("homes", Noun)),
            Some(Relation::Curated)
        );
        assert_eq!(equated(("houses", Noun), ("shops", Noun)), None);
    }

    #[test]
    fn evacuations_are_one_count() {
        use Pos::*;
        assert_equated(&[
            ("evacuated", Verb),
            ("evacuees", Noun),
            ("evacuation", Noun),
        ]);
        assert_eq!(
            equated(("evacuated", Verb), ("evacuees", Noun)),
            Some(Relation::Curated)
        );
        assert_eq!(equated(("evacuated", Verb), ("rescued", Verb)), None);
    }

    #[test]
    fn crowds_are_one_count() {
        use Pos::*;
        assert_equated(&[
            ("marched", Verb),
            ("demonstrated", Verb),
            ("protested", Verb),
            ("crowd", Noun),
        ]);
        assert_eq!(
            equated(("marched", Verb), ("crowd", Noun)),
            Some(Relation::Curated)
        );
        assert_eq!(equated(("marched", Verb), ("attacked", Verb)), None);
    }

    #[test]
    fn marriages_are_one_count() {
        use Pos::*;
        assert_equated(&[("married", Verb), ("wed", Verb), ("wives", Noun)]);
        assert_eq!(
            equated(("marrying", Verb), ("wives", Noun)),
            Some(Relation::Curated)
        );
        assert_eq!(equated(("wives", Noun), ("husbands", Noun)), None);
        assert_eq!(equated(("wives", Noun), ("daughters", Noun)), None);
    }

    #[test]
    fn fire_appliances_are_one_count() {
        use Pos::*;
        assert_equated(&[
            ("engines", Noun),
            ("appliances", Noun),
            ("fire engines", Noun),
            ("fire trucks", Noun),
        ]);
        assert_eq!(
            equated(("appliances", Noun), ("engines", Noun)),
            Some(Relation::Curated)
        );
        // Firefighters and the brigade's cars are other counts.
        assert_eq!(equated(("appliances", Noun), ("firefighters", Noun)), None);
        assert_eq!(equated(("engines", Noun), ("cars", Noun)), None);
        // They are one count of a story (`one_count`); homes are not.
        let lex = crate::lexical::Lexical::embedded();
        assert!(lex.curated_one_count("appliances", "engines"));
        assert!(!lex.curated_one_count("engines", "cars"));
        assert!(!lex.curated_one_count("houses", "homes"));
    }

    #[test]
    fn captives_are_one_count() {
        use Pos::*;
        assert_equated(&[("holding", Verb), ("hostages", Noun), ("captives", Noun)]);
        assert_eq!(
            equated(("held", Verb), ("hold", Verb)),
            Some(Relation::Same)
        );
        // Taking and freeing are other counts than keeping.
        assert_eq!(equated(("held", Verb), ("seized", Verb)), None);
        assert_eq!(equated(("held", Verb), ("freed", Verb)), None);
        assert_eq!(equated(("hostages", Noun), ("guards", Noun)), None);
    }

    #[test]
    fn a_workforce_is_one_count() {
        use Pos::*;
        assert_equated(&[("employs", Verb), ("employees", Noun), ("workforce", Noun)]);
        assert_eq!(equated(("employees", Noun), ("residents", Noun)), None);
    }

    #[test]
    fn every_group_has_a_test_and_every_pair_equates() {
        let names: Vec<&str> = lex()
            .curated_groups()
            .iter()
            .map(|g| g.name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "arrests",
                "residents",
                "deaths",
                "injuries",
                "homes",
                "evacuations",
                "crowds",
                "marriages",
                "fire appliances",
                "captives",
                "workforce"
            ]
        );
        for g in lex().curated_groups() {
            let words: Vec<(&str, Pos)> = g.words.iter().map(|(w, p)| (w.as_str(), *p)).collect();
            assert_equated(&words);
        }
    }

    #[test]
    fn the_table_is_checked() {
        use super::Curated;
        let dup = "[[group]]\nname = \"a\"\nwhy = \"x\"\nnoun = [\"cat\", \"cat\"]\n";
        assert!(Curated::parse(dup)
            .unwrap_err()
            .contains("already in group"));
        let one = "[[group]]\nname = \"a\"\nwhy = \"x\"\nnoun = [\"cat\"]\n";
        assert!(Curated::parse(one).unwrap_err().contains("two words"));
        let upper = "[[group]]\nname = \"a\"\nwhy = \"x\"\nnoun = [\"Cat\", \"dog\"]\n";
        assert!(Curated::parse(upper).unwrap_err().contains("lower-case"));
        let unknown = "[[group]]\nname = \"a\"\nwhy = \"x\"\nnouns = [\"cat\", \"dog\"]\n";
        assert!(Curated::parse(unknown).is_err());
    }
}
