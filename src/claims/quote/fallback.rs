//! A speaker named by words that are no mention: the noun phrase next to
//! the verb (not a clause or a prepositional phrase around it), a
//! document's issuer (`the agency's website`, `the statement` after `a
//! statement from the agency`), the pronoun that is the verb's subject.

use super::super::entities::{EntityKind, Mention};
use super::super::people_words::PEOPLE_WORDS;
use super::super::Doc;
use std::ops::Range;

/// Words that open no speaker's phrase: prepositions, conjunctions and
/// adverbs (`in a careful phrasing said`, `but then noted`).
const NOT_LEADS: &[&str] = &[
    "in", "on", "at", "for", "with", "from", "by", "of", "to", "about", "into", "over", "under",
    "after", "before", "during", "since", "though", "although", "because", "while", "when", "if",
    "but", "and", "or", "then", "so", "as", "than", "also", "later", "earlier", "still", "which",
    "that", "where", "who", "whom",
];

/// Whether lower-case `word` opens no speaker's phrase (`in`, `but`).
pub(super) fn leads_no_speaker(word: &str) -> bool {
    NOT_LEADS.contains(&word)
}

/// Words of an appositive after a speaker's name (`Roe, the store's insurer,`).
const APPOSITIVE_WORDS: usize = 6;

/// Words that may lead a speaker's phrase without being part of it.
const CONJUNCTIONS: &[&str] = &["but", "and", "or", "so", "then", "yet", "also", "still"];

/// Words that end no speaker's phrase: conjunctions, auxiliaries,
/// prepositions, articles (`her throat and told`, `hand and was described`).
const NOT_ENDS: &[&str] = &[
    "and", "or", "but", "then", "was", "were", "is", "are", "be", "been", "has", "have", "had",
    "also", "which", "that", "who", "to", "of", "in", "for", "with", "on", "at", "by", "the", "a",
    "an", "later", "earlier", "not", "never", "just", "would", "will", "could",
];

/// Sentences back a definite document (`the statement`) looks for its issuer.
const ISSUER_REACH: usize = 8;

/// The words of `phrase` (before its verb, or after it up to a comma)
/// that may name a speaker: the piece after its last comma (before its
/// first when an appositive ends it: `Roe, the insurer, told`), without a
/// leading conjunction, when it is a noun phrase; `None` for a clause or a
/// prepositional phrase (`though the paper doesn't cite it, it` → `it`,
/// `but Roe` → `Roe`, `in a careful phrasing` → `None`).
pub(super) fn speaker_words(phrase: &str, appositive: bool) -> Option<&str> {
    let lower = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    // `Roe, the store's insurer,`: a name, then one short appositive.
    let pieces: Vec<&str> = phrase.split(',').filter(|p| !p.trim().is_empty()).collect();
    let appositive =
        appositive && pieces.len() == 2 && pieces[1].split_whitespace().count() <= APPOSITIVE_WORDS;
    let mut piece = if appositive {
        phrase.split(',').next()
    } else {
        phrase.rsplit(',').next()
    }
    .unwrap_or(phrase)
    .trim();
    // `but Roe warned`: a conjunction before the speaker is no part of it.
    while let Some((w, rest)) = piece.split_once(' ') {
        if !CONJUNCTIONS.contains(&lower(w).as_str()) {
            break;
        }
        piece = rest.trim_start();
    }
    let first = lower(piece.split_whitespace().next()?);
    let last = lower(piece.split_whitespace().last()?);
    let bad = NOT_LEADS.contains(&first.as_str()) || NOT_ENDS.contains(&last.as_str());
    (!bad).then_some(piece)
}

/// The issuer a document phrase names: `the agency's website` → `the
/// agency`, `Roe's statement` → `Roe`.
pub(super) fn owner_of_document(phrase: &str) -> Option<&str> {
    let (owner, doc) = phrase
        .rsplit_once("'s ")
        .or_else(|| phrase.rsplit_once("’s "))?;
    let doc = doc.trim().to_lowercase();
    let named = PEOPLE_WORDS.is_document(&doc)
        || doc
            .rsplit(' ')
            .next()
            .is_some_and(|w| PEOPLE_WORDS.is_document(w));
    (named && !owner.trim().is_empty()).then(|| owner.trim())
}

/// The issuer of the document a definite phrase at `at` refers back to
/// (`the statement` after `a statement from the agency`): the words after
/// `from` or `by` that follow the document's noun, nearest first.
pub(super) fn issuer_before(doc: &Doc, at: usize, phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.len() != 2 || !words[0].eq_ignore_ascii_case("the") {
        return None;
    }
    let noun = words[1].to_lowercase();
    if !PEOPLE_WORDS.is_document(&noun) {
        return None;
    }
    let si = doc.seg.sentence_at(at)?;
    let text = &doc.source.text;
    (si.saturating_sub(ISSUER_REACH)..=si).rev().find_map(|i| {
        let span = doc.seg.sentences.get(i)?.span.clone();
        let s = text.get(span.start..span.end.min(at))?;
        let lower = s.to_lowercase();
        [" from ", " by ", " issued by "].iter().find_map(|link| {
            let k = lower.rfind(&format!("{noun}{link}"))?;
            issuer_words(&s[k + noun.len() + link.len()..])
        })
    })
}

/// The issuer's phrase at the start of `rest`: up to six words, to a
/// punctuation mark, a verb of speech or a word that opens a clause.
fn issuer_words(rest: &str) -> Option<String> {
    let stops = [
        "said", "says", "that", "which", "who", "on", "in", "at", "and", "to", "was", "is", "were",
        "read", "reads", "stated", "states",
    ];
    let mut out: Vec<&str> = Vec::new();
    for w in rest.split_whitespace().take(6) {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')', '"', '”']);
        if stops.contains(&bare.to_lowercase().as_str()) {
            break;
        }
        out.push(bare);
        if bare.len() != w.len() {
            break;
        }
    }
    let named = out.iter().any(|w| w.starts_with(char::is_uppercase));
    (named && !out.is_empty()).then(|| out.join(" "))
}

/// Sentences back `it`, or a document whose issuer no sentence gives,
/// looks for the organisation it stands for.
const ORG_REACH: usize = 1;

/// The organisation that `it`, or a document without an issuer (`a
/// statement reads`), at `at` stands for: in its sentence before it, else
/// in the few sentences before, outside quotes, the first of a document's
/// issuer (`a statement from Acme`), a capitalised name ending in an
/// organisation's word (`The Boston Ledger`) and the name before a
/// spokesperson (`an Acme spokeswoman`).
pub(super) fn organisation_before(doc: &Doc, at: usize) -> Option<String> {
    let si = doc.seg.sentence_at(at)?;
    let text = &doc.source.text;
    (si.saturating_sub(ORG_REACH)..=si).rev().find_map(|i| {
        let span = doc.seg.sentences.get(i)?.span.clone();
        let s = text.get(span.start..span.end.min(at))?;
        organisation_in(&s[..s.find(['"', '“', '”']).unwrap_or(s.len())])
    })
}

/// Whether lower-case `phrase` is a document and its article alone (`a
/// statement`, `the press release`).
pub(super) fn document_phrase(phrase: &str) -> bool {
    let Some((det, noun)) = phrase.split_once(' ') else {
        return false;
    };
    matches!(det, "a" | "an" | "the") && PEOPLE_WORDS.is_document(noun)
}

/// Who issued the document a phrase at `at` names with no issuer of its
/// own: `the report` after `The Acme report`, the capitalised words the
/// article wrote before the noun; `a statement` after a sentence naming
/// an organisation ([`organisation_before`]).
pub(super) fn document_issuer(doc: &Doc, at: usize, phrase: &str) -> Option<String> {
    let (det, noun) = phrase.split_once(' ')?;
    if det != "the" {
        return organisation_before(doc, at);
    }
    let si = doc.seg.sentence_at(at)?;
    let text = &doc.source.text;
    (si.saturating_sub(ISSUER_REACH)..=si).rev().find_map(|i| {
        let span = doc.seg.sentences.get(i)?.span.clone();
        let s = text.get(span.start..span.end.min(at))?;
        let words: Vec<&str> = s.split_whitespace().collect();
        let k = words.iter().rposition(|w| w.eq_ignore_ascii_case(noun))?;
        // The capitalised words right before the noun, without `The`.
        let owner: Vec<&str> = words[..k]
            .iter()
            .rev()
            .take_while(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphanumeric() || c == '-')
                    && !w.eq_ignore_ascii_case("the")
            })
            .copied()
            .collect();
        // After an article: `Officials report` is a verb's subject.
        let det = words.get((k - owner.len()).checked_sub(1)?)?.to_lowercase();
        let led = matches!(det.as_str(), "the" | "a" | "an");
        (led && !owner.is_empty()).then(|| owner.into_iter().rev().collect::<Vec<_>>().join(" "))
    })
}

/// The first organisation `s` names by its shape (see [`organisation_before`]).
pub(super) fn organisation_in(s: &str) -> Option<String> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let capital = |w: &str| {
        let b = bare(w);
        b.starts_with(char::is_uppercase) && b.chars().skip(1).any(char::is_lowercase)
    };
    let mut k = 0;
    while k < words.len() {
        let lower = bare(words[k]).to_lowercase();
        // `a statement from Acme`.
        let link = words.get(k + 1).map(|w| bare(w).to_lowercase());
        if PEOPLE_WORDS.is_document(&lower) && matches!(link.as_deref(), Some("from" | "by")) {
            if let Some(issuer) = issuer_words(&words[k + 2..].join(" ")) {
                return Some(issuer.trim_start_matches("the ").to_string());
            }
        }
        if !capital(words[k]) {
            k += 1;
            continue;
        }
        // A run of capitalised words, unbroken by punctuation or a
        // possessive (`Roe's Harbour Party` is the party).
        let mut e = k;
        let whole = |w: &str| bare(w).len() == w.len() && !w.contains(['\'', '’']);
        while e + 1 < words.len() && capital(words[e + 1]) && whole(words[e]) {
            e += 1;
        }
        if !whole(words[e]) && e > k {
            k = e;
            continue;
        }
        // The object of a preposition is no speaker (`a suit against
        // Ohio State`); `by` names one.
        let lead = match k.checked_sub(1).map(|p| bare(words[p]).to_lowercase()) {
            Some(w) if w == "the" => k.checked_sub(2).map(|p| bare(words[p]).to_lowercase()),
            w => w,
        };
        if lead.is_some_and(|w| w != "by" && leads_no_speaker(&w)) {
            k = e + 1;
            continue;
        }
        let run: Vec<String> = words[k..=e].iter().map(|w| bare(w)).collect();
        // Without an article that opens a sentence (`The`, `An`).
        let run: Vec<String> = match run.split_first() {
            Some((det, rest)) if matches!(det.as_str(), "The" | "A" | "An") && !rest.is_empty() => {
                rest.to_vec()
            }
            _ => run,
        };
        let last = run.last().map_or("", String::as_str);
        let next = words.get(e + 1).map(|w| bare(w)).unwrap_or_default();
        // `The Boston Ledger`, not a title (`the Board`) alone.
        let org_named = run.len() >= 2 && PEOPLE_WORDS.is_org_head(last);
        // `an Acme spokeswoman`: one name before a spokesperson's noun.
        let spoken_for = run.len() == 1
            && bare(words[e]).len() == words[e].len()
            && !last.contains(['\'', '’'])
            && PEOPLE_WORDS.is_spokesperson(&next)
            && !PEOPLE_WORDS.never_a_name(last);
        if org_named || spoken_for {
            return Some(run.join(" "));
        }
        k = e + 1;
    }
    None
}

/// The last subject pronoun (`he`, `she`) in `span`, outside quotes: the
/// subject of a verb whose clause names no one (`Roe said he had been
/// "…", and, in a careful phrasing, said he is "…"`).
pub(super) fn subject_pronoun(doc: &Doc, span: Range<usize>) -> Option<Range<usize>> {
    let text = doc.source.text.get(span.clone())?;
    crate::segment::word_spans(text)
        .into_iter()
        .rev()
        .find(|&(s, e)| {
            matches!(&text[s..e], "he" | "she" | "He" | "She")
                && text[..s].matches(['"', '“', '”']).count() % 2 == 0
        })
        .map(|(s, e)| span.start + s..span.start + e)
}

/// The person or organisation that opens `clause` (after at most one
/// word, `But`) and a comma after it: the subject of a verb that a long
/// appositive or relative clause keeps apart from it.
pub(super) fn clause_opener<'m>(
    doc: &Doc,
    mentions: &'m [Mention],
    clause: Range<usize>,
) -> Option<&'m Mention> {
    let text = &doc.source.text;
    let m = mentions
        .iter()
        .filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization))
        .find(|m| m.start >= clause.start && m.end <= clause.end)?;
    let lead = text.get(clause.start..m.start)?;
    // Titles before the name are no words of the lead (`The Rev. Roe, …`).
    let lead_words = crate::segment::words(lead).filter(|&(o, w)| {
        let titled = PEOPLE_WORDS.is_title(w)
            || lead[o + w.len()..].starts_with('.')
                && PEOPLE_WORDS.is_title(&lead[o..o + w.len() + 1]);
        !titled && !w.eq_ignore_ascii_case("the")
    });
    let opens = lead_words.count() <= 1 && !lead.contains([',', '"', '“', '”']);
    (opens && text[m.end..].starts_with(',')).then_some(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_noun_phrase_next_to_the_verb() {
        assert_eq!(
            speaker_words("a police spokesman", false),
            Some("a police spokesman")
        );
        assert_eq!(
            speaker_words("doesn't cite its source, it", false),
            Some("it")
        );
        assert_eq!(speaker_words("in late May, but Acme", false), Some("Acme"));
        assert_eq!(speaker_words("in a careful phrasing", false), None);
        assert_eq!(speaker_words("her website, but then", false), None);
        assert_eq!(speaker_words("a knife to her throat and", false), None);
        assert_eq!(
            speaker_words("two rifles, the report", false),
            Some("the report")
        );
        assert_eq!(speaker_words("Ana Roe, the insurer", true), Some("Ana Roe"));
        assert_eq!(
            speaker_words("past days, and, in a careful phrasing", true),
            None
        );
    }

    #[test]
    fn a_documents_owner() {
        assert_eq!(
            owner_of_document("the Office of the Harbour Master's Web site"),
            Some("the Office of the Harbour Master")
        );
        assert_eq!(owner_of_document("Roe's statement"), Some("Roe"));
        assert_eq!(owner_of_document("Roe's brother"), None);
    }

    #[test]
    fn an_organisation_by_its_shape() {
        let found = |s: &str| organisation_in(s);
        assert_eq!(
            found("The Harbour Ledger reported on Monday that"),
            Some("Harbour Ledger".into())
        );
        assert_eq!(
            found("A statement from Brightmart said the store"),
            Some("Brightmart".into())
        );
        assert_eq!(
            found("An Acme representative confirmed the news"),
            Some("Acme".into())
        );
        assert_eq!(found("Jane Roe met the Board on Monday"), None);
        assert_eq!(found("Jane Roe, a lawyer, spoke"), None);
    }

    #[test]
    fn an_issuers_words() {
        assert_eq!(
            issuer_words("the Coastal Fisheries Board. More"),
            Some("the Coastal Fisheries Board".into())
        );
        assert_eq!(issuer_words("Acme said damage"), Some("Acme".into()));
        assert_eq!(issuer_words("the company on Monday"), None);
    }
}
