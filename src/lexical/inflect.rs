//! Inflection for words shown to people: the past participle of a verb
//! lemma (`kill` → `killed`, `steal` → `stolen`) and the plural of a noun
//! (`crewman` → `crewmen`), each checked against the tables' own
//! lemmatisation so a form is offered only when it reads back as the word.
//!
//! Only findings' wording uses these (`the number of people killed`);
//! nothing is compared through them.

use super::{Lexical, Pos};

/// Irregular past participles (closed grammar), as `(lemma, participle)`
/// sorted by lemma: the verbs news counts or dates things by. A verb not
/// here takes the regular `-ed` forms, checked against WordNet's exception
/// list (`rammed`, `ferried`).
const IRREGULAR: &[(&str, &str)] = &[
    ("bear", "borne"),
    ("beat", "beaten"),
    ("begin", "begun"),
    ("bite", "bitten"),
    ("blow", "blown"),
    ("break", "broken"),
    ("bring", "brought"),
    ("build", "built"),
    ("buy", "bought"),
    ("catch", "caught"),
    ("choose", "chosen"),
    ("cut", "cut"),
    ("draw", "drawn"),
    ("drive", "driven"),
    ("eat", "eaten"),
    ("fall", "fallen"),
    ("feed", "fed"),
    ("fight", "fought"),
    ("find", "found"),
    ("flee", "fled"),
    ("fly", "flown"),
    ("forget", "forgotten"),
    ("freeze", "frozen"),
    ("give", "given"),
    ("go", "gone"),
    ("grow", "grown"),
    ("hang", "hanged"),
    ("have", "had"),
    ("hear", "heard"),
    ("hide", "hidden"),
    ("hit", "hit"),
    ("hold", "held"),
    ("hurt", "hurt"),
    ("keep", "kept"),
    ("know", "known"),
    ("lay", "laid"),
    ("lead", "led"),
    ("leave", "left"),
    ("lend", "lent"),
    ("let", "let"),
    ("lose", "lost"),
    ("make", "made"),
    ("meet", "met"),
    ("pay", "paid"),
    ("put", "put"),
    ("raise", "raised"),
    ("ride", "ridden"),
    ("ring", "rung"),
    ("rise", "risen"),
    ("run", "run"),
    ("say", "said"),
    ("see", "seen"),
    ("seek", "sought"),
    ("sell", "sold"),
    ("send", "sent"),
    ("set", "set"),
    ("shake", "shaken"),
    ("shoot", "shot"),
    ("show", "shown"),
    ("shut", "shut"),
    ("sing", "sung"),
    ("sink", "sunk"),
    ("sit", "sat"),
    ("slay", "slain"),
    ("speak", "spoken"),
    ("spend", "spent"),
    ("split", "split"),
    ("spread", "spread"),
    ("stand", "stood"),
    ("steal", "stolen"),
    ("stick", "stuck"),
    ("strike", "struck"),
    ("swear", "sworn"),
    ("sweep", "swept"),
    ("take", "taken"),
    ("teach", "taught"),
    ("tear", "torn"),
    ("tell", "told"),
    ("think", "thought"),
    ("throw", "thrown"),
    ("wake", "woken"),
    ("wear", "worn"),
    ("win", "won"),
    ("withdraw", "withdrawn"),
    ("write", "written"),
];

/// Nouns in `-man` whose plural is `-mans` (WordNet's rule would also read
/// `humen` back as `human`).
const NOT_MEN: &[&str] = &[
    "caiman", "german", "human", "ottoman", "roman", "shaman", "talisman",
];

impl Lexical {
    /// The past participle of a verb lemma: `kill` → `killed`, `injure` →
    /// `injured`, `ram` → `rammed`, `marry` → `married`, `steal` →
    /// `stolen`. A lemma the tables do not know comes back with `-ed`.
    pub fn past_participle(&self, lemma: &str) -> String {
        // A phrasal verb inflects its verb: `make off` → `made off`.
        if let Some((verb, rest)) = lemma.split_once(' ') {
            return format!("{} {rest}", self.past_participle(verb));
        }
        if let Ok(i) = IRREGULAR.binary_search_by_key(&lemma, |(l, _)| l) {
            return IRREGULAR[i].1.to_string();
        }
        let Some(last) = lemma.chars().last() else {
            return String::new();
        };
        let stem = &lemma[..lemma.len() - last.len_utf8()];
        // A doubled consonant only where WordNet's exceptions list it
        // (`rammed`): the rules alone never strip one, so it never reads
        // back by accident (`opened`, not `openned`).
        let doubled = vec![format!("{lemma}{last}ed")];
        let mut regular = Vec::new();
        if last == 'e' {
            regular.push(format!("{lemma}d"));
        }
        if last == 'y' && !stem.ends_with(['a', 'e', 'o', 'u']) {
            regular.push(format!("{stem}ied"));
        }
        regular.push(format!("{lemma}ed"));
        self.first_reading_back(doubled, regular, lemma, Pos::Verb)
    }

    /// The first of `special` then `regular` forms that the tables read
    /// back as `lemma` under `pos`; else the first regular form (the
    /// spelling rules' choice for a word the tables do not know).
    fn first_reading_back(
        &self,
        special: Vec<String>,
        regular: Vec<String>,
        lemma: &str,
        pos: Pos,
    ) -> String {
        let reads_back = |c: &String| self.lemmas(c, pos).as_slice().contains(&lemma);
        special
            .iter()
            .chain(&regular)
            .find(|c| reads_back(c))
            .or(regular.first())
            .cloned()
            .unwrap_or_else(|| lemma.to_string())
    }

    /// The plural of a noun lemma as a count shows it: `person` →
    /// `people`, `crewman` → `crewmen`, `ship` → `ships`, `injury` →
    /// `injuries`; a curated adjective used as a count (`dead`,
    /// `injured`) and a word the tables know only as a mass stay as they are.
    pub fn plural(&self, noun: &str) -> String {
        // `other rifle` → `other rifles`.
        if let Some((head, last)) = noun.rsplit_once(' ') {
            return format!("{head} {}", self.plural(last));
        }
        if noun == "person" {
            return "people".to_string();
        }
        if self.curated_adjective(noun) {
            return noun.to_string();
        }
        // `wife` → `wives`, `thief` → `thieves`, only as WordNet's
        // exceptions list them (`chiefs`, `roofs`).
        let special: Vec<String> = [noun.strip_suffix("fe"), noun.strip_suffix('f')]
            .into_iter()
            .flatten()
            .map(|stem| format!("{stem}ves"))
            .collect();
        let mut regular = Vec::new();
        if let Some(stem) = noun.strip_suffix("man") {
            if !NOT_MEN.contains(&noun) {
                regular.push(format!("{stem}men"));
            }
        }
        if let Some(stem) = noun.strip_suffix("child") {
            regular.push(format!("{stem}children"));
        }
        let Some(last) = noun.chars().last() else {
            return String::new();
        };
        let stem = &noun[..noun.len() - last.len_utf8()];
        if last == 'y' && !stem.ends_with(['a', 'e', 'o', 'u']) {
            regular.push(format!("{stem}ies"));
        }
        if noun.ends_with(['s', 'x', 'z']) || noun.ends_with("ch") || noun.ends_with("sh") {
            regular.push(format!("{noun}es"));
        }
        regular.push(format!("{noun}s"));
        self.first_reading_back(special, regular, noun, Pos::Noun)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn irregular_participles_are_sorted_for_the_search() {
        assert!(IRREGULAR.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn irregular_participles_read_back_as_their_lemma() {
        let lex = Lexical::embedded();
        for (lemma, form) in IRREGULAR {
            let back = lex.lemmas(form, Pos::Verb);
            assert!(
                back.as_slice().contains(lemma),
                "{form} reads back as {:?}, not {lemma}",
                back.as_slice()
            );
        }
    }

    #[test]
    fn regular_participles_follow_the_spelling_rules() {
        let lex = Lexical::embedded();
        for (lemma, form) in [
            ("kill", "killed"),
            ("injure", "injured"),
            ("arrest", "arrested"),
            ("marry", "married"),
            ("ram", "rammed"),
            ("open", "opened"),
            ("capture", "captured"),
            ("steal", "stolen"),
            ("employ", "employed"),
            ("make off", "made off"),
            ("glorbify", "glorbified"),
            ("zorbate", "zorbated"),
            ("", ""),
        ] {
            assert_eq!(lex.past_participle(lemma), form);
        }
    }

    #[test]
    fn plurals_follow_the_tables() {
        let lex = Lexical::embedded();
        for (noun, form) in [
            ("person", "people"),
            ("crewman", "crewmen"),
            ("woman", "women"),
            ("ship", "ships"),
            ("injury", "injuries"),
            ("church", "churches"),
            ("day", "days"),
            ("dead", "dead"),
            ("child", "children"),
            ("human", "humans"),
            ("wife", "wives"),
            ("thief", "thieves"),
            ("knife", "knives"),
            ("chief", "chiefs"),
            ("building", "buildings"),
            ("other rifle", "other rifles"),
            // Words the tables do not know follow the spelling rules.
            ("consitituency", "consitituencies"),
            ("zorbman", "zorbmen"),
            ("", ""),
        ] {
            assert_eq!(lex.plural(noun), form, "{noun}");
        }
    }
}
