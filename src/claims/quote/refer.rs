//! Who a pronoun or a bare role phrase in an attribution refers back to:
//! `"…," he said` after a sentence that named the speaker, `"…," the
//! officer said` after `a naval officer` was introduced.

use super::super::entities::{EntityKind, Mention};
use super::super::Doc;
use super::attribute::Speaker;
use super::find::{find_quotes, left_open};

/// How many sentences back a pronoun may look for the person it names.
const PRONOUN_REACH: usize = 3;

/// Whether a speaker can be referred back to: it has a name, or it is an
/// unnamed role phrase (`a senior officer`, `the Surrey Police
/// spokeswoman`), not a bare pronoun or a stray clause.
pub(super) fn referable(s: &Speaker) -> bool {
    s.name.is_some() || s.phrase.as_deref().is_some_and(role_phrase)
}

/// A short noun phrase led by a determiner, with no pronoun or verb-like
/// clause in it: `a senior officer`, `the spokeswoman`.
pub(super) fn role_phrase(p: &str) -> bool {
    let words: Vec<String> = p
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    let led = matches!(
        first.as_str(),
        "a" | "an" | "the" | "one" | "another" | "two" | "three"
    );
    led && (2..=7).contains(&words.len())
        && !words[1..].iter().any(|w| {
            matches!(
                w.as_str(),
                "he" | "she" | "it" | "they" | "his" | "her" | "its" | "their" | "and" | "but"
            )
        })
        && !p.contains([',', ';', ':'])
}

/// The kind of referent a pronoun phrase asks for: a person (`he`, `she`),
/// an organisation (`it`), or nothing.
pub(super) fn pronoun_kind(phrase: &str) -> Option<EntityKind> {
    let mut kind = None;
    for w in phrase.split(|c: char| !c.is_alphabetic()) {
        match w {
            "he" | "she" | "He" | "She" => return Some(EntityKind::Person),
            "it" | "It" => kind = Some(EntityKind::Organization),
            _ => {}
        }
    }
    kind
}

/// The referent of a pronoun at `at` that its own sentence does not
/// resolve: the first person (or, for `it`, organisation) named outside
/// quotes in one of the few sentences before, in this paragraph or the one
/// before; a sentence that is a quote stands for the previous speaker.
/// The speaker is marked `referred` (a guess) unless it is the speaker of
/// the quote right before.
pub(super) fn antecedent(
    doc: &Doc,
    at: usize,
    kind: EntityKind,
    last_speaker: &Option<Speaker>,
) -> Option<Speaker> {
    let text = &doc.source.text;
    let si = doc.seg.sentence_at(at)?;
    let para_of = |offset: usize| doc.seg.paragraphs.partition_point(|p| p.end <= offset);
    let mut here = para_of(at);
    // `back` counts the sentences looked at, not those of the quote being
    // attributed, which are passed over.
    let (mut back, mut prev) = (0, si);
    let mut clashed = false;
    // `Gallagher was back. / He had one thing to say. / "…," he said`: a
    // paragraph that names no one and opens with the same pronoun carries
    // the reference on to the paragraph before it.
    let mut chained = false;
    let pronoun = first_word_lower(text.get(at..).unwrap_or_default());
    while back < PRONOUN_REACH {
        let Some(p) = prev.checked_sub(1) else {
            break;
        };
        prev = p;
        let span = doc.seg.sentences[prev].span.clone();
        let p = para_of(span.start);
        // Only the paragraph before, and one more when all it named was
        // someone of the other title (`Ms. Roe was the victim.`).
        if p + 1 < here && !((clashed || chained) && p + 2 == here) {
            break;
        }
        let quotes = doc
            .seg
            .paragraphs
            .get(p)
            .map(|r| find_quotes(text, r.clone()))
            .unwrap_or_default();
        let quoted = |s: usize, e: usize| quotes.iter().any(|q| q.start <= s && e <= q.end);
        // Only speech makes a sentence a quote's: not a title or a scare
        // quote (`directing "The Long Night"`).
        let in_quote = quotes
            .iter()
            .filter(|q| speech(text, &doc.seg.paragraphs[p], q))
            .any(|q| q.start < span.end && span.start < q.end);
        // The quote this pronoun attributes (`"…," he told them`, split
        // into sentences of its own) says nothing of who `he` is.
        let attributed_here = quotes.iter().any(|q| {
            q.start < span.end
                && span.start < q.end
                && text.get(q.end..at).is_some_and(|gap| {
                    // Only marks and spaces between, in one paragraph and
                    // sentence: a quote that ended the paragraph before
                    // (`…." / He went on to say, "…"`) is another's.
                    !gap.contains(|c: char| c.is_alphanumeric() || c == '\n' || c == '.')
                })
        });
        // The opening paragraphs of that quote, left open: theirs too.
        let opened_it = p + 1 == here
            && quotes.last().is_some_and(|q| {
                left_open(&doc.seg.paragraphs[p], q) && q.start < span.end && span.start < q.end
            });
        if attributed_here || opened_it {
            here = p;
            continue;
        }
        back += 1;
        // A sentence holding the quote of the speaker before, and naming
        // them (`"…," said Acme researcher Jane Roe.`): `he` is that
        // speaker, not the first name of the sentence.
        let named_speaker = last_speaker.as_ref().filter(|s| {
            in_quote
                && doc.mentions[prev]
                    .iter()
                    .any(|m| s.name.as_deref() == Some(m.name.as_str()))
        });
        if let Some(s) = named_speaker {
            let mut s = s.clone();
            s.referred |= back > 1;
            return Some(s);
        }
        let found = doc.mentions[prev]
            .iter()
            .filter(|m| m.kind == kind && !quoted(m.start, m.end))
            .filter(|m| {
                let clash = gender_clash(text, at, m);
                clashed |= clash;
                !clash
            })
            .find(|m| {
                !text[..m.start].ends_with(" of ")
                    && !text[..m.start].ends_with(" for ")
                    && !before_a_role(text, m)
            });
        if let Some(m) = found {
            // The speaker of the quote right before: as sure as that.
            let spoke = back == 1
                && (in_quote
                    && last_speaker
                        .as_ref()
                        .is_some_and(|s| s.name.as_deref() == Some(m.name.as_str()))
                    || plainly_the_one(doc, prev, m, &quoted));
            return Some(Speaker {
                name: Some(m.name.clone()),
                phrase: Some(text[m.start..m.end].to_string()),
                person: kind == EntityKind::Person,
                according: false,
                referred: !spoke,
            });
        }
        // `One customer was sceptical.` then `"…," he said`: the role
        // phrase that opens a sentence naming no one.
        if kind == EntityKind::Person && !in_quote {
            if let Some(r) = opening_role(doc, prev) {
                // Unnamed, and a guess: a role word may title several
                // people of the article.
                return Some(Speaker {
                    name: None,
                    phrase: Some(text[r].to_string()),
                    person: true,
                    according: false,
                    referred: true,
                });
            }
        }
        // A sentence that holds a quote and names no one: its speaker
        // (named after it, or the one before) is the referent.
        // Right after the previous speaker's quote, `he added` is that
        // speaker, as sure as the attribution it continues (a speaker we
        // cannot name leaves the sentences before to tell).
        if let Some(s) = last_speaker.as_ref().filter(|s| in_quote && referable(s)) {
            let mut s = s.clone();
            s.referred |= back > 1;
            return Some(s);
        }
        let opener = first_word_lower(&text[span.clone()]);
        chained |= !in_quote
            && p + 1 == here
            && matches!(pronoun.as_deref(), Some("he" | "she"))
            && opener == pronoun;
    }
    last_speaker.clone().filter(referable).map(|mut s| {
        s.referred = true;
        s
    })
}

/// Whether mention `m` only qualifies the role noun after it (`one Acme
/// customer`, `a Roe aide`): the person is the role's holder, not `m`.
fn before_a_role(text: &str, m: &Mention) -> bool {
    let Some(rest) = text.get(m.end..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let next = rest
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .next()
        .unwrap_or("");
    next.starts_with(char::is_lowercase)
        && (super::super::people_words::PEOPLE_WORDS.is_unnamed_speaker(next)
            || super::phrase::is_role_noun(next))
}

/// The first word of `text`, in lower case.
fn first_word_lower(text: &str) -> Option<String> {
    crate::segment::words(text)
        .next()
        .map(|(_, w)| w.to_ascii_lowercase())
}

/// Whether the pronoun at `at` cannot name `m` by the title written with
/// it: `he` for `Ms. Mendes`, `she` for `Mr. Roe`. Names carry no gender
/// here; only the courtesy titles do.
pub(super) fn gender_clash(text: &str, at: usize, m: &Mention) -> bool {
    let pronoun = crate::segment::words(text.get(at..).unwrap_or_default())
        .next()
        .map(|(_, w)| w.to_ascii_lowercase());
    let female_pronoun = match pronoun.as_deref() {
        Some("he" | "him" | "his") => false,
        Some("she" | "her" | "hers") => true,
        _ => return false,
    };
    // The title just before the name, or opening the mention itself.
    let before = text[..m.start].trim_end();
    let title = before
        .rsplit(char::is_whitespace)
        .next()
        .into_iter()
        .chain(text[m.start..m.end].split_whitespace().next())
        .map(|w| w.trim_end_matches('.').to_ascii_lowercase())
        .find_map(|w| match w.as_str() {
            "mr" => Some(false),
            "ms" | "mrs" | "miss" => Some(true),
            _ => None,
        });
    title.is_some_and(|female| female != female_pronoun)
}

/// Whether quoted words in paragraph `para` are speech: six words or
/// more, or a quote left open to run on.
fn speech(text: &str, para: &std::ops::Range<usize>, q: &std::ops::Range<usize>) -> bool {
    left_open(para, q) || crate::segment::words(&text[q.clone()]).nth(5).is_some()
}

/// Words of a sentence's lead before the person it opens with (`But Roe
/// was asked`).
const OPENING_LEAD_WORDS: usize = 1;

/// Words between a speech verb and the name of its speaker (`said
/// research analyst Ann Hale`, `Roe later told`).
const VERB_REACH: usize = 4;

/// Whether mention `m` of sentence `si` is plainly whom a pronoun in the
/// next sentence names: the one person the sentence names outside quotes,
/// and it either speaks there (`…, said analyst Ann Hale.` then `"…," she
/// added`) or opens it (`Roe was asked if …` then `"…," he said`).
fn plainly_the_one(
    doc: &Doc,
    si: usize,
    m: &Mention,
    quoted: &dyn Fn(usize, usize) -> bool,
) -> bool {
    let text = &doc.source.text;
    let people = doc.mentions[si]
        .iter()
        .filter(|x| x.kind == EntityKind::Person && !quoted(x.start, x.end));
    if people.clone().any(|x| x.name != m.name) {
        return false;
    }
    // `one Acme customer`: a name before a role noun is no subject.
    let next = text[m.end..].split_whitespace().next().unwrap_or("");
    if super::phrase::is_role_noun(next.trim_end_matches([',', '.']))
        && next.starts_with(char::is_lowercase)
    {
        return false;
    }
    let span = doc.seg.sentences[si].span.clone();
    let lead = &text[span.start..m.start.max(span.start)];
    let opens = crate::segment::words(lead)
        .nth(OPENING_LEAD_WORDS)
        .is_none();
    // A speech verb right before the name or right after it.
    let verbs = &super::super::people_words::PEOPLE_WORDS.speech_verbs;
    let speech = |(_, w): &(usize, &str)| verbs.iter().any(|v| v == w);
    let before = crate::segment::words(lead).collect::<Vec<_>>();
    let after = &text[m.end..span.end.max(m.end)];
    let speaks = before.iter().rev().take(VERB_REACH).any(speech)
        || crate::segment::words(after)
            .take(VERB_REACH)
            .any(|w| speech(&w));
    opens || speaks
}

/// The phrase that introduced the role a definite phrase at `at` refers
/// back to (`the officer` → `a naval officer`), when the article used one
/// before.
pub(super) fn introduced_role(doc: &Doc, at: usize, phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.len() < 2 || words.len() > 3 || !words[0].eq_ignore_ascii_case("the") {
        return None;
    }
    let head = words.last()?.trim_matches(|c: char| !c.is_alphanumeric());
    if head.len() < 3 || !head.chars().all(|c| c.is_lowercase() || c == '-') {
        return None;
    }
    let text = &doc.source.text;
    let before = text.get(..at)?;
    // The nearest `a …officer` (up to three words between) before `at`.
    let mut end = before.len();
    while let Some(i) = before[..end].rfind(head) {
        end = i;
        let after = before[i + head.len()..].chars().next();
        if after.is_some_and(char::is_alphanumeric) || !before[..i].ends_with(' ') {
            continue;
        }
        let mut s = i;
        for _ in 0..4 {
            let prefix = before[..s].trim_end();
            let ws = prefix
                .rfind(|c: char| c.is_ascii_whitespace())
                .map_or(0, |k| k + 1);
            let w = &prefix[ws..];
            if w.is_empty() || w.ends_with([',', '.', ';', ':', '"', '”', '“']) {
                break;
            }
            s = ws;
            if matches!(w.to_lowercase().as_str(), "a" | "an" | "another" | "one") {
                return Some(before[s..i + head.len()].to_string());
            }
        }
    }
    None
}

/// Sentences back a definite role (`the judge`) looks for the person
/// titled with it.
const TITLE_REACH: usize = 8;

/// The person a definite role phrase at `at` refers back to when the
/// article gave that role as a title before a name (`the judge` after
/// `Judge Ann Hale`, `the director` after `director Jon Roe`) or in an
/// appositive after it (`his brother` after `Tom Roe, Ben's older
/// brother,`): the nearest such person in the few sentences before.
pub(super) fn titled_person(doc: &Doc, at: usize, phrase: &str) -> Option<Mention> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let definite = |w: &str| {
        ["the", "his", "her"]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
    };
    if words.len() != 2 || !definite(words[0]) {
        return None;
    }
    let head = words[1];
    if head.len() < 3 || !head.chars().all(|c| c.is_lowercase()) {
        return None;
    }
    let text = &doc.source.text;
    let titled = |m: &&Mention| {
        let lead = text[..m.start].trim_end();
        let before = lead.rsplit([' ', '\n']).next().unwrap_or("");
        let first = text[m.start..m.end].split(' ').next().unwrap_or("");
        m.kind == EntityKind::Person
            && m.end <= at
            && (before.eq_ignore_ascii_case(head)
                || first.eq_ignore_ascii_case(head)
                || appositive_head(&text[m.end..]).is_some_and(|w| w == head))
    };
    let si = doc.seg.sentence_at(at)?;
    (si.saturating_sub(TITLE_REACH)..=si)
        .rev()
        .find_map(|i| doc.mentions.get(i)?.iter().rfind(titled).cloned())
}

/// Words of an appositive that names a role (`, Ben's older brother,`).
const APPOSITIVE_ROLE_WORDS: usize = 5;

/// The last word of the short appositive that opens `rest`, the text
/// after a name (`brother` of `, Ben's older brother, spoke`).
fn appositive_head(rest: &str) -> Option<&str> {
    let inner = rest.strip_prefix(", ")?;
    let inner = &inner[..inner.find([',', '.', ';', '(', '"', '“'])?];
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.len() > APPOSITIVE_ROLE_WORDS || !inner.ends_with(|c: char| c.is_alphabetic()) {
        return None;
    }
    words.last().copied()
}

/// Sentences back a lone `one` looks for the group it is one of.
const GROUP_REACH: usize = 2;

/// The member a lone `one` at `at` stands for (`"…," says one` after
/// `sources close to the studio`: `a source`): the nearest plural noun
/// naming people, in its sentence before it or the few sentences before.
pub(super) fn one_of_group(doc: &Doc, at: usize) -> Option<String> {
    let si = doc.seg.sentence_at(at)?;
    let text = &doc.source.text;
    (si.saturating_sub(GROUP_REACH)..=si)
        .rev()
        .find_map(|i| {
            let span = doc.seg.sentences.get(i)?.span.clone();
            let s = text.get(span.start..span.end.min(at))?;
            // Not the words of a quote in it.
            let s = &s[..s.find(['"', '“']).unwrap_or(s.len())];
            crate::segment::words(s)
                .filter_map(|(_, w)| singular_person(&w.to_lowercase()))
                .last()
        })
        .map(|one| {
            let article = if one.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            format!("{article} {one}")
        })
}

/// The singular of a plural noun naming people (`sources` → `source`,
/// `witnesses` → `witness`).
fn singular_person(w: &str) -> Option<String> {
    let words = &super::super::people_words::PEOPLE_WORDS;
    let stem = w.strip_suffix('s')?;
    let forms = [Some(stem), w.strip_suffix("es")];
    forms.into_iter().flatten().find_map(|s| {
        (s.len() > 2 && (words.is_unnamed_speaker(s) || super::phrase::is_role_noun(s)))
            .then(|| s.to_string())
    })
}

/// The role phrase that opens sentence `si` as its subject (`the director`
/// in `Still, the director was cautious.`, `one Acme customer`): a
/// determiner, up to two words, then a lower-case noun naming a person,
/// not a possessive; one word and a comma may come first.
fn opening_role(doc: &Doc, si: usize) -> Option<std::ops::Range<usize>> {
    let span = doc.seg.sentences.get(si)?.span.clone();
    let text = &doc.source.text;
    let s = text.get(span.clone())?;
    let words: Vec<(usize, &str)> = crate::segment::words(s).take(6).collect();
    // `Still, the director`: a lead word and its comma.
    let skip = usize::from(
        words
            .first()
            .is_some_and(|&(o, w)| s[o + w.len()..].starts_with(',')),
    );
    let (_, det) = words.get(skip)?;
    if !matches!(
        det.to_lowercase().as_str(),
        "a" | "an" | "the" | "one" | "another"
    ) {
        return None;
    }
    for &(o, w) in words.iter().skip(skip + 1).take(3) {
        let after = &s[o + w.len()..];
        let role = w.chars().all(|c| c.is_lowercase() || c == '-')
            && (super::super::people_words::PEOPLE_WORDS.is_unnamed_speaker(w)
                || super::phrase::is_role_noun(w));
        if role {
            let possessive = after.starts_with("'s") || after.starts_with("’s");
            return (!possessive).then(|| span.start + words[skip].0..span.start + o + w.len());
        }
    }
    None
}
