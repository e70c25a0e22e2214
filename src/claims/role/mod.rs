//! Role claims: the office a source gives a person, and the names it gives
//! people.
//!
//! A role claim is (person, role, time): `Interior Minister Jane Roe`,
//! `Jane Roe, then a deputy sheriff,`, `Jane Roe (D-Ohio)`. The person is
//! a full name (a first name and a surname), so that only clearly
//! identified people are compared. Each full name a source gives is also a
//! claim of class `name` with no role, for rule `name-spelling`; so is
//! each name of a place or an organisation ([`entity`]).
//! The vocabulary is `rules/people/roles.toml` ([`vocab`]).

pub mod compare;
pub mod entity;
mod find;
mod office;
mod party;
mod quoted;
mod spelling_index;
pub mod vocab;

#[cfg(test)]
mod tests;

use super::{Claim, ClaimKind, Context, Doc, Extractor};
use serde::{Deserialize, Serialize};

/// The subject class of claims that give a person an office.
pub const ROLE_CLASS: &str = "role";
/// The subject class of claims that only name a person.
pub const NAME_CLASS: &str = "name";

/// When a role holds, as the source marks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RoleTime {
    /// Unmarked in a sentence about the present, or `now`, `current`.
    Current,
    /// `then`: at the time of the events told.
    Then,
    /// `former`, `ex-`: no longer.
    Former,
    /// `-elect`, `incoming`, `outgoing`: about to change.
    Transition,
    /// Unmarked, in a sentence about another time (`when`, a past year).
    Unknown,
}

/// An office as a source gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    /// The office as written (`former Interior Minister`).
    pub written: String,
    /// The canonical head (`minister`, `chief executive`, `party`).
    pub head: String,
    /// A deputy's word (`deputy`, `vice`) or `chief`, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<String>,
    /// Which minister or secretary (`interior`); a party label's letter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portfolio: Option<String>,
    /// The body the office is of (`the committee`, `acme`; a label's state).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<String>,
    /// When it holds.
    pub time: RoleTime,
}

impl Role {
    /// The office in canonical words: `former deputy interior minister (of acme)`.
    pub fn canonical(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        match self.time {
            RoleTime::Former => parts.push("former"),
            RoleTime::Then => parts.push("then"),
            RoleTime::Transition => parts.push("incoming or outgoing"),
            RoleTime::Current | RoleTime::Unknown => {}
        }
        if let Some(r) = &self.rank {
            parts.push(r);
        }
        if let Some(p) = &self.portfolio {
            parts.push(p);
        }
        parts.push(&self.head);
        let mut out = parts.join(" ");
        if let Some(of) = &self.of {
            out.push_str(&format!(" ({of})"));
        }
        out
    }
}

/// Finds role and name claims.
pub struct RoleExtractor;

impl Extractor for RoleExtractor {
    fn kind(&self) -> ClaimKind {
        ClaimKind::Role
    }

    /// Every person named in the article is gathered first.
    fn holds_article_scratch(&self) -> bool {
        true
    }

    fn extract(&self, doc: &Doc, _ctx: &Context, out: &mut Vec<Claim>) {
        // Each sentence's word capitals are found once, for the names and
        // for whether it may name an organisation (asked below), and not
        // kept: a big article's would all be held at once.
        let spelling = &vocab::ROLE_WORDS.spelling;
        let firsts = HeadFirsts::of(&spelling.organisation_heads);
        let mut may_name_org = vec![false; doc.seg.sentences.len()];
        let found = find::mentions(doc, |i, capitals| {
            may_name_org[i] = may_name_organisation(
                doc.sentence_text(i),
                capitals,
                &spelling.organisation_heads,
                &firsts,
            );
        });
        // Organisations' names, for rule `name-spelling` (places' names
        // come with the places: `claims::location`).
        let orgs = (0..doc.seg.sentences.len())
            .filter(|&i| may_name_org[i])
            .flat_map(|i| entity::organisations(doc, i, &spelling.organisation_heads))
            .collect();
        let entities = entity::entity_claims(doc, orgs, spelling);
        // Made at their full size, the entities' room included, and
        // moved, not copied, into an empty `out`: a big article's role
        // claims are neither held twice nor copied as their vector grows.
        let mut claims = find::claims(doc, found, entities.len());
        claims.extend(entities);
        if out.is_empty() {
            *out = claims;
        } else {
            out.extend(claims);
        }
    }
}

/// Whether a sentence may hold an organisation's name: one ends in a
/// capitalised organisation head after a space, which starts with a capital
/// at a word start; a sentence without one holds none (most sentences:
/// their words are never split).
/// `capitals` are the sentence's word capitals, `firsts` the heads' first
/// letters: a capital no head starts with is not compared with each head.
fn may_name_organisation(
    text: &str,
    capitals: &[usize],
    heads: &[String],
    firsts: &HeadFirsts,
) -> bool {
    let b = text.as_bytes();
    capitals.iter().any(|&k| {
        firsts.may_start(b[k])
            && heads.iter().any(|h| {
                b.get(k..k + h.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(h.as_bytes()))
            })
    })
}

/// The first bytes of a list of words, in either ASCII case: a byte
/// outside it starts none of them (compared ignoring ASCII case).
struct HeadFirsts([bool; 256]);

impl HeadFirsts {
    fn of(heads: &[String]) -> HeadFirsts {
        let mut t = [false; 256];
        for &c in heads.iter().filter_map(|h| h.as_bytes().first()) {
            t[usize::from(c.to_ascii_lowercase())] = true;
            t[usize::from(c.to_ascii_uppercase())] = true;
        }
        HeadFirsts(t)
    }

    /// Whether a word of the list may start with byte `c`.
    fn may_start(&self, c: u8) -> bool {
        self.0[usize::from(c)]
    }
}
