//! Who said a quote: the speech verb next to it and the speaker it names,
//! or, failing that, a guess from the sentences around it.

use super::super::entities::{EntityKind, Mention};
use super::super::people_words::PEOPLE_WORDS;
use super::super::{Context, Doc};
use super::fallback::{
    clause_opener, document_issuer, document_phrase, issuer_before, leads_no_speaker,
    organisation_before, organisation_in, owner_of_document, speaker_words, subject_pronoun,
};
use super::phrase::{
    affiliation_holder, appositive_subject, attribution_before, clause_subject, complement_subject,
    head_of, lower_words, mentions_in, subject_role,
};
use super::refer::{
    antecedent, gender_clash, introduced_role, one_of_group, pronoun_kind, referable, titled_person,
};
use super::speaks_for::{joint_members, spokesperson_of};
use std::ops::Range;

/// A quote's speaker as read.
#[derive(Debug, Clone)]
pub(super) struct Speaker {
    /// Canonical name; `None` when the words name no one we can name.
    pub name: Option<String>,
    /// The words that named the speaker.
    pub phrase: Option<String>,
    /// Whether the speaker is a person (not an organisation).
    pub person: bool,
    /// Found by `according to`.
    pub according: bool,
    /// A pronoun resolved outside its paragraph's speakers (`"…," he
    /// said` after a sentence naming Roe): a guess, however explicit the
    /// verb.
    pub referred: bool,
}

impl Speaker {
    /// A person named (or, with `name` `None`, only referred to) by the
    /// attribution's words `phrase`, found where the quote stands.
    fn person(name: Option<String>, phrase: &str) -> Speaker {
        Speaker {
            name,
            phrase: Some(phrase.to_string()),
            person: true,
            according: false,
            referred: false,
        }
    }

    /// Not a person (an organisation, a document's issuer, a source of a
    /// group, or words naming no one), named `name` if at all, by the
    /// attribution's words `phrase`.
    fn not_person(name: Option<String>, phrase: String) -> Speaker {
        Speaker {
            name,
            phrase: Some(phrase),
            person: false,
            according: false,
            referred: false,
        }
    }

    /// The same speaker, found outside the quote's own words (a guess).
    fn referred(self) -> Speaker {
        Speaker {
            referred: true,
            ..self
        }
    }
}

/// Speech verbs that may come before their speaker (`said Roe`), unlike
/// those taking a listener (`Roe, the insurer, told France Info`).
const INVERTING: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "wrote",
    "writes",
    "explained",
    "noted",
    "recalled",
    "replied",
];

/// Verbs whose passive names the speaker after `by` or `in`.
const PASSIVE: &[&str] = &["described", "called", "dubbed"];

/// Prepositions whose object is no pronoun's antecedent in its sentence.
const OBJECT_OF: &[&str] = &[
    "on", "of", "for", "with", "to", "against", "about", "by", "from", "at", "into", "over",
];

/// Finds a speech verb in `span` and the speaker it names.
pub(super) fn parse_attribution(
    doc: &Doc,
    ctx: &Context,
    span: Range<usize>,
    head: bool,
    para_speaker: &Option<Speaker>,
    last_speaker: &Option<Speaker>,
) -> Option<Speaker> {
    if span.start >= span.end {
        return None;
    }
    let text = doc.source.text.get(span.clone())?;
    let words = lower_words(text, doc.words_in(span.clone()));
    // Found when a speech verb is (most spans have none).
    let mentions_cell = std::cell::OnceCell::new();
    let mentions = || mentions_cell.get_or_init(|| mentions_in(doc, span.clone()));
    // Before a quote, the verb nearest to it is tried first.
    let order: Box<dyn Iterator<Item = usize>> = match head {
        true => Box::new((0..words.len()).rev()),
        false => Box::new(0..words.len()),
    };
    for wi in order {
        let (off, w) = &words[wi];
        let next = words.get(wi + 1).map(|(_, n)| n.as_ref());
        let verb_len = if next.is_some_and(|n| ctx.vocab.is_speech_verb_pair(w, n)) {
            2
        } else if ctx.vocab.is_speech_verb(w) {
            1
        } else {
            continue;
        };
        let verb_start = span.start + off;
        let after_idx = wi + verb_len;
        let after_start = words
            .get(after_idx)
            .map_or(span.end, |(o, _)| span.start + o);
        let is = |i: usize, s: &str| words.get(i).is_some_and(|(_, x)| x == s);
        // `quoted X as saying`, `cited X as saying`: X is the speaker.
        if (w == "quoted" || w == "cited") && !is(wi.wrapping_sub(1), "was") && !is(after_idx, "as")
        {
            let as_idx = (after_idx..words.len()).find(|&i| is(i, "as") && is(i + 1, "saying"));
            if let Some(ai) = as_idx {
                let end = span.start + words[ai].0;
                if let Some(s) = pick(
                    doc,
                    mentions(),
                    after_start..end,
                    true,
                    para_speaker,
                    last_speaker,
                ) {
                    return Some(s);
                }
            }
        }
        // `described by X as "…"`, `described in an X profile as "…"`: X
        // speaks, not the one described.
        if PASSIVE.contains(&w.as_ref()) && (is(after_idx, "by") || is(after_idx, "in")) {
            let by = is(after_idx, "by");
            let upto = (after_idx + 1..words.len().min(after_idx + 9)).find(|&i| is(i, "as"));
            if let Some(ai) = upto {
                let r = span.start + words[after_idx + 1].0..span.start + words[ai].0;
                let found = if by {
                    pick(doc, mentions(), r, true, para_speaker, last_speaker)
                } else {
                    let m = mentions().iter().find(|m| {
                        m.start >= r.start
                            && m.end <= r.end
                            && matches!(m.kind, EntityKind::Person | EntityKind::Organization)
                    });
                    m.and_then(|m| {
                        pick(
                            doc,
                            mentions(),
                            m.start..m.end,
                            true,
                            para_speaker,
                            last_speaker,
                        )
                    })
                    // `in a Harbour Ledger profile`: a publication by its shape.
                    .or_else(|| {
                        let words = doc.source.text.get(r.clone())?;
                        Some(Speaker::not_person(
                            Some(organisation_in(words)?),
                            words.trim().to_string(),
                        ))
                    })
                };
                if found.is_some() {
                    return found;
                }
            }
        }
        // `Roe was told "…"`, `Roe was accused by Hale of "…"`: a
        // passive's subject is no speaker.
        let agent = words.get(after_idx + 1).is_some_and(|(o, x)| {
            matches!(x.as_ref(), "the" | "a" | "an" | "his" | "her" | "their")
                || text[*o..].starts_with(char::is_uppercase)
        });
        let prev = words.get(wi.wrapping_sub(1)).map(|(_, p)| p.as_ref());
        if passive(w, prev, next, agent) {
            continue;
        }
        // `according to X`, `said X`, `added the Russian leader`.
        // (up to the comma that ends the speaker's phrase).
        let after_end = words
            .get(after_idx + 8)
            .map_or(span.end, |(o, _)| span.start + o);
        let after_end = doc.source.text[after_start.min(after_end)..after_end]
            .find([',', ';', '(', '—'])
            .map_or(after_end, |i| after_start + i);
        // After a quote, the whole phrase up to the verb names the speaker
        // (`," the Rev. Jane Doe of the Wasilla Bible Church said`); before
        // a quote, only the few words ahead of the verb do.
        let before_start = if head {
            // A preposition just outside the window keeps its phrase whole
            // (`in a careful choice of words, said`).
            let k = wi.saturating_sub(5);
            let k = match k.checked_sub(1) {
                Some(p) if leads_no_speaker(&words[p].1) => p,
                _ => k,
            };
            words.get(k).map_or(span.start, |(o, _)| span.start + o)
        } else {
            words
                .get(wi.saturating_sub(12))
                .map_or(span.start, |(o, _)| span.start + o)
        };
        // `as Apple puts it, "…"`: the speaker is what `as` opens.
        let before_start = match head {
            true => (wi.saturating_sub(4)..wi)
                .rev()
                .find(|&k| is(k, "as"))
                .filter(|&k| !text[words[k].0..*off].contains(','))
                .and_then(|k| words.get(k + 1))
                .map_or(before_start, |(o, _)| (span.start + o).max(before_start)),
            false => before_start,
        };
        let before = before_start..verb_start;
        let after = after_start..after_end;
        // The one mention a rule singled out speaks.
        let named = |m: &Mention| {
            let only = std::slice::from_ref(m);
            pick(doc, only, m.start..m.end, true, para_speaker, last_speaker)
        };
        // `Roe, the county's lawyer, said`: the subject before the
        // appositive speaks.
        if let Some(m) = appositive_subject(doc, mentions(), span.start..verb_start) {
            return named(m);
        }
        // `Roe welcomed the plan, adding: "…"`: a participle after a comma
        // speaks for the subject of its clause.
        // `Roe downplayed the unrest saying that "…"` too, but not `Roe was
        // saying`.
        // (`…, and telling her, "…"` too.)
        let lead = text[..*off].trim_end();
        let participle = w.ends_with("ing")
            && (lead.ends_with(',')
                || (is(wi.wrapping_sub(1), "and")
                    && lead
                        .strip_suffix("and")
                        .is_some_and(|l| l.trim_end().ends_with(',')))
                || (w == "saying"
                    && !is(wi.wrapping_sub(1), "was")
                    && !is(wi.wrapping_sub(1), "is")));
        if head && participle {
            if let Some(m) = attribution_before(doc, ctx, mentions(), verb_start) {
                return named(m);
            }
            // `Lee told reporters that Hale called, saying "…"`: Hale.
            if let Some(m) = complement_subject(doc, verb_start) {
                return named(&m);
            }
            if let Some(r) = subject_role(doc, verb_start) {
                let phrase = doc.source.text[r].to_string();
                let name = doc.people.resolve(&phrase).or_else(|| {
                    titled_person(doc, verb_start, &phrase.to_lowercase()).map(|m| m.name)
                });
                return Some(Speaker {
                    name,
                    phrase: Some(phrase),
                    person: true,
                    according: false,
                    referred: false,
                });
            }
            if let Some(m) = clause_subject(doc, verb_start) {
                return named(&m);
            }
        }
        // `…, said Roe:` before a quote: the speaker follows the verb.
        let inverted = head && text[..*off].trim_end().ends_with(',') && {
            let rest = doc.source.text[after_start..span.end].trim_end_matches([':', ',', ' ']);
            let rest_end = after_start + rest.len();
            mentions()
                .iter()
                .any(|m| m.start == after_start && m.end == rest_end)
        };
        // `"…" it was larger, said Jane Roe`: after a quote, a clause
        // ending in a comma before the verb leaves the speaker after it.
        let lead = &text[..*off];
        let inverted_after = !head
            && INVERTING.contains(&w.as_ref())
            && lead.trim_end().ends_with(',')
            && lead.contains(char::is_alphanumeric);
        let found = if inverted_after {
            pick(
                doc,
                mentions(),
                after.clone(),
                true,
                para_speaker,
                last_speaker,
            )
        } else {
            None
        };
        let found = if found.is_some() {
            found
        } else if inverted {
            pick(
                doc,
                mentions(),
                after_start..span.end,
                true,
                para_speaker,
                last_speaker,
            )
        } else if w == "according" && next == Some("to") {
            pick(doc, mentions(), after, false, para_speaker, last_speaker).map(|mut s| {
                s.according = true;
                s
            })
        } else if head {
            // `Putin said:` — the speaker comes before the verb; else the
            // pronoun that is its subject (`Roe said he was "…", and, in a
            // careful phrasing, said he is "…"`), or the name that opens
            // the clause before a long appositive (`Roe, who will stay on
            // when Hale takes over next year, said:`).
            pick(doc, mentions(), before, false, para_speaker, last_speaker)
                .or_else(|| {
                    let si = doc.seg.sentence_at(verb_start)?;
                    let from = doc.seg.sentences[si].span.start.min(span.start);
                    let r = subject_pronoun(doc, from..verb_start)?;
                    pick(doc, mentions(), r, false, para_speaker, last_speaker)
                })
                .or_else(|| {
                    let m = clause_opener(doc, mentions(), span.start..verb_start)?;
                    named(m)
                })
        } else {
            // After a quote the speaker's phrase starts the clause: the
            // first name in it is the head (`the Rev. Jane Doe of the
            // Wasilla Bible Church said`).
            pick(doc, mentions(), before, true, para_speaker, last_speaker)
                .or_else(|| pick(doc, mentions(), after, true, para_speaker, last_speaker))
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Whether speech verb `w` (after word `prev`, before word `next`) is a
/// passive participle (`was told`, `were asked`, `accused by Hale`; an
/// `agent` is a name or a determiner after `by`, not `said by
/// telephone`): its subject heard or was spoken of; it did not speak.
fn passive(w: &str, prev: Option<&str>, next: Option<&str>, agent: bool) -> bool {
    let auxiliary =
        prev.is_some_and(|p| matches!(p, "was" | "were" | "been" | "being" | "is" | "are"));
    let participle = w.ends_with("ed") || matches!(w, "said" | "told" | "written");
    (participle && auxiliary) || (w.ends_with("ed") && next == Some("by") && agent)
}

/// Picks the speaker in `span`: the closest person or organization mention
/// (last one before a verb, first one after it), a role the article
/// introduced, or a pronoun referring back.
fn pick(
    doc: &Doc,
    mentions: &[Mention],
    span: Range<usize>,
    first: bool,
    para_speaker: &Option<Speaker>,
    last_speaker: &Option<Speaker>,
) -> Option<Speaker> {
    if span.start >= span.end {
        return None;
    }
    let inside = mentions
        .iter()
        .filter(|m| m.start >= span.start && m.end <= span.end)
        .filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization));
    let chosen = if first {
        inside.min_by_key(|m| m.start)
    } else {
        inside.max_by_key(|m| m.start)
    };
    if let Some(m) = chosen {
        let text = &doc.source.text;
        let m = head_of(text, mentions, m, span.end);
        // `Ben Stephenson, Controller, BBC Drama says`: the last name before
        // the verb is where the speaker works.
        let sentence_start = doc
            .seg
            .sentence_at(m.start)
            .map_or(span.start, |si| doc.seg.sentences[si].span.start);
        let m = affiliation_holder(text, mentions, m, sentence_start).unwrap_or(m);
        // `Roe's spokesman said`, `a lawyer for Roe said`: the spokesperson
        // speaks, not Roe.
        if let Some(role) = spokesperson_of(text, m) {
            let joiner = if PEOPLE_WORDS.is_relative(&role) {
                "of"
            } else {
                "for"
            };
            return Some(Speaker::not_person(
                Some(format!("{role} {joiner} {}", m.name)),
                text[span.clone()].trim().to_string(),
            ));
        }
        // `Zadan and Meron said`, `the two senators, Hale and Ortiz, said`:
        // one joint speaker, named by its members.
        if m.kind == EntityKind::Person {
            if let Some(members) = joint_members(text, mentions, m) {
                return Some(Speaker {
                    name: Some(members.join("; ")),
                    phrase: Some(text[span.clone()].trim().to_string()),
                    person: true,
                    according: false,
                    referred: false,
                });
            }
        }
        // A role phrase is shown with its article (`the Russian leader`).
        return Some(Speaker {
            name: Some(m.name.clone()),
            phrase: Some(doc.source.text[m.start..m.end].to_string()),
            person: m.kind == EntityKind::Person,
            according: false,
            referred: false,
        });
    }
    let raw = doc.source.text[span.clone()].trim();
    let phrase = raw.trim_matches(|c: char| matches!(c, ',' | '"' | '.' | '“' | '”' | ' '));
    // A clause or a prepositional phrase names no one (`in a careful
    // phrasing, said`): the verb's speaker is elsewhere.
    let phrase = speaker_words(phrase, raw.ends_with(','))?;
    // `the agency's website`: whoever issued a document speaks.
    if let Some(owner) = owner_of_document(phrase) {
        let name = doc.people.resolve(owner);
        let person = name.is_some();
        return Some(Speaker {
            name: Some(name.unwrap_or_else(|| owner.to_string())),
            phrase: Some(phrase.to_string()),
            person,
            according: false,
            referred: false,
        });
    }
    if let Some(name) = doc.people.resolve(phrase) {
        return Some(Speaker::person(Some(name), phrase));
    }
    // `the judge said` after `Judge Ann Hale` was named.
    if let Some(m) = titled_person(doc, span.start, phrase) {
        return Some(Speaker::person(Some(m.name.clone()), phrase));
    }
    // `the statement said` after `a statement from the agency`.
    if let Some(issuer) = issuer_before(doc, span.start, phrase) {
        return Some(Speaker::not_person(Some(issuer), phrase.to_string()));
    }
    let lower = phrase.to_lowercase();
    let pronoun = lower.split_whitespace().any(|w| matches!(w, "he" | "she"));
    if pronoun {
        // The subject of the sentence, outside any quote, comes first:
        // `Putin asked for ..., which, he said, "..."`.
        if let Some(si) = doc.seg.sentence_at(span.start) {
            let s_start = doc.seg.sentences[si].span.start;
            let lead = &doc.source.text[s_start..span.start];
            let cut = s_start + lead.find(['"', '“']).unwrap_or(lead.len());
            // Not the object of a preposition (`battery on Roe`).
            // (`battery on Ms. Roe`: past a courtesy title.)
            let object = |m: &Mention| {
                let mut ws = doc.source.text[..m.start].split_whitespace().rev();
                let w = ws.next().unwrap_or("");
                let w = match PEOPLE_WORDS.is_title(w) {
                    true => ws.next().unwrap_or(""),
                    false => w,
                };
                OBJECT_OF.contains(&w.to_lowercase().as_str())
            };
            if let Some(m) = doc.mentions[si].iter().find(|m| {
                m.kind == EntityKind::Person
                    && m.end <= cut
                    && !object(m)
                    && !gender_clash(&doc.source.text, span.start, m)
            }) {
                return Some(Speaker::person(Some(m.name.clone()), phrase));
            }
        }
        // A speaker of the same paragraph, else the person the sentences
        // just before name (or the previous quote's speaker).
        let resolved = para_speaker
            .clone()
            .filter(referable)
            .or_else(|| antecedent(doc, span.start, EntityKind::Person, last_speaker));
        let Some(back) = resolved else {
            return Some(Speaker::person(None, phrase));
        };
        return Some(Speaker {
            phrase: Some(
                back.phrase
                    .clone()
                    .filter(|_| back.name.is_none())
                    .unwrap_or_else(|| phrase.to_string()),
            ),
            name: back.name,
            person: back.person,
            according: false,
            referred: back.referred,
        });
    }
    // `"…," it added` after a sentence naming an organisation, by the
    // lexicon or by its shape (`a statement from Acme`, `The Harbour
    // Ledger reported`).
    if pronoun_kind(phrase) == Some(EntityKind::Organization)
        && lower.split_whitespace().count() <= 2
    {
        if let Some(mut back) = antecedent(doc, span.start, EntityKind::Organization, &None) {
            back.referred = true;
            return Some(back);
        }
        if let Some(org) = organisation_before(doc, span.start) {
            return Some(Speaker::not_person(Some(org), phrase.to_string()).referred());
        }
    }
    // `a statement reads`: whoever the sentences before say issued it.
    if document_phrase(&lower) {
        if let Some(org) = document_issuer(doc, span.start, &lower) {
            return Some(Speaker::not_person(Some(org), phrase.to_string()).referred());
        }
    }
    // `"…," says one` after `sources close to the studio`: a source.
    if lower == "one" {
        if let Some(member) = one_of_group(doc, span.start) {
            return Some(Speaker::not_person(None, member));
        }
    }
    // `Brennan Hale Inc. said`: a firm by its legal suffix, named without
    // it (`Brennan Hale said` in another article is the same firm).
    if let Some(firm) = crate::claims::firms::without_legal_suffix(phrase) {
        return Some(Speaker::not_person(
            Some(firm.to_string()),
            phrase.to_string(),
        ));
    }
    // `Heffner told the AP`: one capitalised word the article did not
    // introduce names someone, person or organisation (so it never
    // contradicts a person).
    // `Netwave's Holloway`: the person of an organisation.
    let owned = phrase
        .split_once("'s ")
        .or_else(|| phrase.split_once("’s "))
        .filter(|(o, _)| !o.contains(' '))
        .map_or(phrase, |(_, y)| y);
    let bare = owned.trim_end_matches("'s");
    let one_word = !bare.is_empty() && !bare.contains(|c: char| !c.is_alphabetic());
    if one_word
        && bare.starts_with(|c: char| c.is_uppercase())
        && bare.chars().skip(1).any(char::is_lowercase)
        && !PEOPLE_WORDS.never_a_name(bare)
    {
        return Some(Speaker::not_person(
            Some(bare.to_string()),
            phrase.to_string(),
        ));
    }
    // An unresolved noun phrase (`the statement reads`): attributed, but to
    // no one we can name.
    let short = lower.split_whitespace().count() <= 8 && !phrase.is_empty();
    // `the officer` after `a naval officer` was introduced.
    let phrase = introduced_role(doc, span.start, phrase).unwrap_or_else(|| phrase.to_string());
    short.then_some(Speaker::not_person(None, phrase))
}
