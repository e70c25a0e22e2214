//! A count held by a rival, its noun elided: `Ruiz won 14,212 votes to
//! Pelham's 13,431`, `Ruiz had 14,212 votes, Pelham 13,431`. The second
//! figure counts what the first does and is the named rival's; the first
//! is no longer that rival's. The words are in
//! `rules/quantity/rivals.toml`, embedded and checked when loaded.

use super::{claim_of, Claim, Doc};
use crate::claims::entities::{EntityKind, Mention};
use crate::quantity::QuantityExpr;
use serde::Deserialize;
use std::sync::{Arc, LazyLock};

/// The embedded rival words.
pub const DEFAULT_RIVAL_CUES: &str = include_str!("../../../rules/quantity/rivals.toml");

/// The words of `rules/quantity/rivals.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct RivalCues {
    /// Words between the first figure and the rival's possessive name.
    pub links: Vec<String>,
}

impl RivalCues {
    /// Parses and checks the file: one lower-case word per entry.
    pub fn parse(text: &str) -> Result<RivalCues, String> {
        let c: RivalCues = toml::from_str(text).map_err(|e| e.to_string())?;
        crate::claims::text::check_lower_case_words(&[&c.links])?;
        Ok(c)
    }

    /// The embedded cues.
    pub fn defaults() -> &'static RivalCues {
        static DEFAULTS: LazyLock<RivalCues> = LazyLock::new(|| {
            RivalCues::parse(DEFAULT_RIVAL_CUES)
                .expect("rules/quantity/rivals.toml is checked by a test")
        });
        &DEFAULTS
    }
}

/// The scope prefix of a rival's figure (`of pelham`).
const HELD_BY: &str = "of ";

/// The scope prefix of the figure a rival's is set against (`than
/// pelham`): `than` is never a context word, so it meets only the first
/// figure of another such comparison.
const SET_AGAINST: &str = "than ";

/// Reads the rivals' figures of sentence `i`: for each figure of `found`
/// right after a counted figure and a rival's name (`to Pelham's`, `,
/// Pelham`), the rival's figure (made from the first's claim when its
/// noun is elided) is keyed by its holder, and the first figure set
/// against it. `first` is where the sentence's claims start in `out`.
pub(super) fn held_by_rivals(
    doc: &Doc,
    i: usize,
    found: &[QuantityExpr],
    first: usize,
    out: &mut Vec<Claim>,
) {
    let sentence = doc.sentence_text(i);
    let base = doc.seg.sentences[i].span.start;
    let at = |out: &[Claim], q: &QuantityExpr| {
        out[first..]
            .iter()
            .position(|c| c.span.start == base + q.start)
            .map(|k| k + first)
    };
    for pair in found.windows(2) {
        let (qa, qb) = (&pair[0], &pair[1]);
        if qb.unit.is_some() && qb.unit != qa.unit {
            continue;
        }
        let Some(rival) = rival_between(doc, i, sentence, (qa.end, qb.start)) else {
            continue;
        };
        let Some(ia) = at(out, qa).filter(|&ia| counts_a_thing(&out[ia])) else {
            continue;
        };
        let name = rival.name.to_lowercase();
        let mut held = match at(out, qb) {
            Some(ib) => out[ib].clone(),
            None => {
                let q = QuantityExpr {
                    unit: qa.unit.clone(),
                    ..qb.clone()
                };
                claim_of(doc, i, &q, out[ia].subject.clone(), false)
            }
        };
        held.subject.participants = vec![rival.name.clone()].into();
        rescope(&mut held, &format!("{HELD_BY}{name}"));
        let against = &mut out[ia];
        let others: Vec<String> = against
            .subject
            .participants
            .iter()
            .filter(|p| **p != rival.name && Some(*p) != rival.country.as_ref())
            .cloned()
            .collect();
        against.subject.participants = others.into();
        rescope(against, &format!("{SET_AGAINST}{name}"));
        match at(out, qb) {
            Some(ib) => out[ib] = held,
            None => out.insert(ia + 1, held),
        }
    }
}

/// Whether a claim counts a named thing (`votes`, `seats`).
fn counts_a_thing(c: &Claim) -> bool {
    c.subject
        .counted
        .as_deref()
        .is_some_and(|k| k.thing.is_some())
}

/// Adds a scope to a claim's keys.
fn rescope(c: &mut Claim, scope: &str) {
    if let Some(k) = c.subject.counted.as_mut() {
        crate::claims::counted::add_scopes(Arc::make_mut(k), &[scope.to_string()]);
    }
}

/// The person named between two figures (`span`, in the sentence) as a
/// rival: a link word and a possessive name (` to Pelham's `), or a comma
/// and a name (`, Pelham `).
fn rival_between<'d>(
    doc: &'d Doc,
    i: usize,
    sentence: &str,
    span: (usize, usize),
) -> Option<&'d Mention> {
    let base = doc.seg.sentences[i].span.start;
    let links = &RivalCues::defaults().links;
    doc.mentions[i].iter().find(|m| {
        if m.kind != EntityKind::Person || m.indirect {
            return false;
        }
        let (Some(s), Some(e)) = (m.start.checked_sub(base), m.end.checked_sub(base)) else {
            return false;
        };
        if s < span.0 || e > span.1 {
            return false;
        }
        let (before, after) = (&sentence[span.0..s], &sentence[e..span.1]);
        let before = before.trim();
        let possessive = matches!(after.trim_end(), "'s" | "\u{2019}s" | "'" | "\u{2019}");
        let linked = links.iter().any(|l| before.eq_ignore_ascii_case(l));
        (linked && possessive) || (before == "," && after.trim().is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::{RivalCues, DEFAULT_RIVAL_CUES};
    use crate::claims::{claims_of, Claim, ClaimKind};

    fn figures(text: &str) -> Vec<Claim> {
        claims_of(text, Some("2024-05-02"))
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Quantity)
            .collect()
    }

    fn of<'c>(claims: &'c [Claim], text: &str, figure: &str) -> &'c Claim {
        claims
            .iter()
            .find(|c| text[c.span.clone()].starts_with(figure))
            .unwrap_or_else(|| panic!("no figure {figure:?} in {text:?}"))
    }

    #[test]
    fn the_rival_words_parse() {
        assert!(RivalCues::parse(DEFAULT_RIVAL_CUES).is_ok());
        assert!(RivalCues::parse("links = [\"To\"]").is_err());
    }

    #[test]
    fn a_rivals_elided_count_is_theirs() {
        for text in [
            "Ines Marlow won 9,120 votes to Otto Brenn's 8,705, officials said.",
            "Ines Marlow took 9,120 votes against Otto Brenn's 8,705.",
            "Ines Marlow had 9,120 votes, Otto Brenn 8,705.",
        ] {
            let claims = figures(text);
            let rival = of(&claims, text, "8,705");
            assert_eq!(&*rival.subject.participants, ["Brenn"], "{text}");
            let k = rival.subject.counted.as_deref().expect("keyed");
            assert_eq!(k.thing.as_deref(), Some("vote"), "{text}");
            assert!(k.scope.iter().any(|s| s == "of brenn"), "{text}");
            let first = of(&claims, text, "9,120");
            assert!(!first.subject.participants.iter().any(|p| p == "Brenn"));
            let k = first.subject.counted.as_deref().expect("keyed");
            assert!(k.scope.iter().any(|s| s == "than brenn"), "{text}");
        }
    }

    #[test]
    fn no_rival_without_a_name_or_a_counted_thing() {
        let text = "The toll rose from 12 to 15 on Monday.";
        assert!(figures(text).iter().all(|c| c
            .subject
            .counted
            .as_deref()
            .is_none_or(|k| k.scope.is_empty())));
        let text = "Ines Marlow paid $400 to Otto Brenn's $300.";
        assert!(figures(text).iter().all(|c| c
            .subject
            .counted
            .as_deref()
            .is_none_or(|k| !k.scope.iter().any(|s| s.starts_with("of ")))));
    }
}
