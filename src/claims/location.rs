//! Location claims: where an event took place (`met ... in the Black Sea
//! resort of Sochi`, `the meeting in Moscow`, `the fire near Fresno`): a
//! place the gazetteer knows, introduced as a place (docs/places.md) and
//! governed by an event word; also a place only the lexicon knows, after
//! `in`/`at`.

use super::date::{event_window, governing_event};
use super::entities::EntityKind;
use super::frame::frame_of;
use super::location_offsets::{apposition_readings, offset_sectors};
use super::offset::offset_before;
use super::role::entity::{self, EntityName};
use super::text::tense_at;
use super::{Claim, ClaimKind, Context, Doc, EventWord, Extractor, Subject, Sym, Value};
use crate::gazetteer::{
    find_places_in, find_streets, find_venues, Found, Gazetteer, Introduced, Place, PlaceKind,
    Street,
};
use crate::lexical::{Lexical, Pos};
use crate::temporal;
use std::ops::Range;

/// Extracts [`ClaimKind::Location`] claims.
pub struct LocationExtractor;

impl Extractor for LocationExtractor {
    fn kind(&self) -> ClaimKind {
        ClaimKind::Location
    }

    /// Every sentence's places are gathered first.
    fn holds_article_scratch(&self) -> bool {
        true
    }

    fn extract(&self, doc: &Doc, ctx: &Context, out: &mut Vec<Claim>) {
        let g = Gazetteer::embedded();
        // Places of every sentence: the ones of eventful sentences make
        // claims, all of them say which country the article is about.
        let found: Vec<Vec<Found>> = (0..doc.seg.sentences.len())
            .map(|i| {
                let base = doc.seg.sentences[i].span.start;
                let text = doc.sentence_text(i);
                let mut f = find_places_in(text, &doc.sentences[i].words, g);
                // A town in a venue's name (`at the Paris Hotel`) is no
                // place of the event: the venue is.
                let named: Vec<Range<usize>> = crate::gazetteer::find_named_venues(text)
                    .into_iter()
                    .map(|v| v.span)
                    .collect();
                f.retain(|p| !named.iter().any(|v| v.start <= p.start && p.end <= v.end));
                // A person or organisation is no place: a name inside a
                // longer one (`Michael Jackson`), a one-word name that is
                // someone's (`Jackson`); `Hawaiian Gardens` read as a
                // person's name stays a place.
                f.retain(|p| {
                    let (start, end) = (base + p.start, base + p.end);
                    !doc.mentions[i].iter().any(|m| {
                        let person =
                            matches!(m.kind, EntityKind::Person | EntityKind::Organization);
                        let longer = m.start < start || m.end > end;
                        person
                            && m.start < end
                            && start < m.end
                            && (longer || !p.name.contains(' '))
                    })
                });
                f
            })
            .collect();
        let found = districts_in_the_story(doc, found, g);
        let found = super::location_counties::counties_in_the_story(found, g);
        let found = super::location_misspelt::misspelt_in_context(doc, found, g);
        let story = story_country(&found);
        // Places' names as spelled, for rule `name-spelling`.
        let mut names: Vec<EntityName> = Vec::new();
        for (i, s) in doc.seg.sentences.iter().enumerate() {
            let view = &doc.sentences[i];
            let base = s.span.start;
            let first = out.len();
            let mut picked: Vec<&Place> = Vec::new();
            let allowed = apposition_readings(
                g,
                doc.sentence_text(i),
                &found[i],
                story.as_deref(),
                &ctx.lexicon.hedges,
            );
            for (f, allowed) in found[i].iter().zip(allowed) {
                // A town in apposition to an offset takes a reading the
                // offset reaches, or is no town of the gazetteer's.
                let readings = allowed.as_deref().unwrap_or(&f.readings);
                let Some(p) = pick(readings, story.as_deref()) else {
                    continue;
                };
                // A bearing's place is where the event is measured from,
                // away from it by definition (`in Marlow, 20 miles north
                // of Velk`).
                if !matches!(f.introduced, Introduced::Dateline | Introduced::Bearing) {
                    picked.push(p);
                }
                if f.introduced == Introduced::WellKnown
                    || route_end(doc.sentence_text(i), f.start, f.end)
                {
                    continue;
                }
                let near = matches!(f.introduced, Introduced::Near | Introduced::Bearing);
                let place = Value::Location {
                    place: if near {
                        format!("near {}", p.name).into()
                    } else {
                        p.name.into()
                    },
                    country: g.country_of(p).map(|c| c.name.into()),
                    geo: Some(p.id.into()),
                    offset: (f.introduced == Introduced::Bearing)
                        .then(|| {
                            offset_before(doc.sentence_text(i), f.start, &ctx.lexicon.hedges)
                                .map(Box::new)
                        })
                        .flatten(),
                };
                push(doc, i, base + f.start..base + f.end, place, out);
            }
            // `in Oman and the Emirates`, `from Huntsville to Beaumont`, `at
            // the Carlton hotel in Cannes`: places of one sentence far apart
            // play different parts (a list, a route, a venue's name), and
            // which one another source's place answers is a guess.
            // A town far from where the sentence's offset reaches (`struck
            // 30 miles north of Fresno and shook Los Angeles`) plays another
            // part too.
            let apart = picked.iter().enumerate().any(|(k, a)| {
                picked[k + 1..]
                    .iter()
                    .any(|b| matches!(g.relation(a, b), crate::gazetteer::Relation::Apart(_)))
            }) || g.beyond_offsets(&picked, &offset_sectors(g, &out[first..]));
            if apart {
                out.truncate(first);
            }
            let streets = find_streets(doc.sentence_text(i));
            names.extend(place_names(doc, i, &found[i], &streets));
            // Street blocks and addresses, compared as written.
            for st in streets {
                let place = Value::Location {
                    place: st.text.into(),
                    country: None,
                    geo: None,
                    offset: None,
                };
                push(doc, i, base + st.span.start..base + st.span.end, place, out);
            }
            // Venues (`at his home`, `at a hospice`), compared by kind.
            for v in find_venues(doc.sentence_text(i)) {
                let place = Value::Location {
                    place: v.text.into(),
                    country: None,
                    geo: None,
                    offset: None,
                };
                push(doc, i, base + v.span.start..base + v.span.end, place, out);
            }
            // Places the lexicon knows and the gazetteer does not.
            for m in &doc.mentions[i] {
                if !matches!(m.kind, EntityKind::Place | EntityKind::Country)
                    || m.indirect
                    || found[i]
                        .iter()
                        .any(|f| base + f.start < m.end && m.start < base + f.end)
                {
                    continue;
                }
                let previous: Vec<&str> = view.words_before(m.start - base).take(8).collect();
                if !introduced_by_in(&previous) {
                    continue;
                }
                let place = Value::Location {
                    place: (&m.name).into(),
                    country: m.country.as_ref().map(Sym::from),
                    geo: None,
                    offset: None,
                };
                push(doc, i, m.start..m.end, place, out);
            }
        }
        // Where the people and firms of the article are from.
        super::home::home_claims(doc, &found, story.as_deref(), out);
        let spelling = &crate::claims::role::vocab::ROLE_WORDS.spelling;
        out.extend(entity::entity_claims(doc, names, spelling));
    }
}

/// The names of places of sentence `i` as spelled: the gazetteer's
/// places, the streets' names (`Elm Street` of `at 415 Elm Street`), and
/// names after `in`, `near` or `outside` that nothing else reads (see
/// [`entity::places_as_written`]).
fn place_names(doc: &Doc, i: usize, found: &[Found], streets: &[Street]) -> Vec<EntityName> {
    let base = doc.seg.sentences[i].span.start;
    let text = doc.sentence_text(i);
    let one = |span: Range<usize>, name: &str, class| EntityName {
        sentence: i,
        span: base + span.start..base + span.end,
        name: name.split_whitespace().collect::<Vec<_>>().join(" "),
        class,
    };
    let mut names: Vec<EntityName> = found
        .iter()
        .map(|f| {
            one(
                f.start..f.end,
                &text[f.start..f.end],
                entity::PLACE_NAME_CLASS,
            )
        })
        .collect();
    for st in streets {
        // `415 Elm Street`, `the 4300 block of Elm Street`: the street.
        let name = st
            .text
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == ',');
        let name = name.trim_start().trim_start_matches("block of ");
        names.push(one(st.span.clone(), name, entity::WRITTEN_PLACE_CLASS));
    }
    let mut taken: Vec<Range<usize>> = names.iter().map(|n| n.span.clone()).collect();
    taken.extend(doc.mentions[i].iter().map(|m| m.start..m.end));
    names.extend(entity::places_as_written(doc, i, &taken));
    names
}

/// Most bytes between the ends of one route (`from Sherman, Texas, to
/// Paris, Texas`).
const ROUTE_REACH: usize = 80;

/// Whether the place at `start..end` of `sentence` is one end of a route
/// (`from X` with `to` after it, `to Y` with `from` before it): where a
/// journey began or ended is no place of the event, and one source's
/// origin never meets another's destination.
fn route_end(sentence: &str, start: usize, end: usize) -> bool {
    let before = sentence[..start].to_ascii_lowercase();
    let reach = |s: &str, n: usize| -> String {
        let from = s.len().saturating_sub(n);
        let from = (from..=s.len())
            .find(|&k| s.is_char_boundary(k))
            .unwrap_or(s.len());
        s[from..].to_string()
    };
    if before.ends_with(" from ") || before == "from " {
        let after = &sentence[end..];
        let cut = (0..=after.len().min(ROUTE_REACH))
            .rev()
            .find(|&k| after.is_char_boundary(k))
            .unwrap_or(0);
        return after[..cut].contains(" to ");
    }
    before.ends_with(" to ") && reach(&before[..before.len() - 4], ROUTE_REACH).contains("from ")
}

/// Nouns after a name that make it a district of a city: `the Mount
/// Pleasant neighborhood`, `the Exarchia district`.
const DISTRICT_NOUNS: &[&str] = &[
    "neighborhood",
    "neighbourhood",
    "district",
    "section",
    "quarter",
];

/// Whether the place found at `f` of `sentence` is named as a district
/// (`the Mount Pleasant neighborhood`).
fn is_district(sentence: &str, f: &Found) -> bool {
    let after = sentence[f.end..].strip_prefix(' ').unwrap_or("");
    let noun = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    DISTRICT_NOUNS.contains(&noun) && sentence[..f.start].to_ascii_lowercase().ends_with("the ")
}

/// Keeps a district's readings that lie in or near another place the
/// article names (`the Mount Pleasant neighbourhood` in a story about
/// Vancouver is none of the towns called Mount Pleasant): a district
/// belongs to its story's city, and a town of its name elsewhere is no
/// reading of it. A district with no such reading is no place.
fn districts_in_the_story<'g>(
    doc: &Doc,
    mut found: Vec<Vec<Found<'g>>>,
    g: &Gazetteer,
) -> Vec<Vec<Found<'g>>> {
    let district: Vec<Vec<bool>> = found
        .iter()
        .enumerate()
        .map(|(i, fs)| {
            fs.iter()
                .map(|f| is_district(doc.sentence_text(i), f))
                .collect()
        })
        .collect();
    if !district.iter().flatten().any(|d| *d) {
        return found;
    }
    let others: Vec<&'g Place> = found
        .iter()
        .zip(&district)
        .flat_map(|(fs, ds)| fs.iter().zip(ds))
        .filter(|(f, d)| !**d && f.introduced != Introduced::Bearing)
        .flat_map(|(f, _)| f.readings.iter().copied())
        // A country or region contains towns of any name.
        .filter(|p| p.kind == PlaceKind::City)
        .collect();
    for (fs, ds) in found.iter_mut().zip(&district) {
        let mut k = 0;
        fs.retain_mut(|f| {
            let is = ds[k];
            k += 1;
            if !is {
                return true;
            }
            f.readings.retain(|r| {
                others
                    .iter()
                    .any(|o| !matches!(g.relation(r, o), crate::gazetteer::Relation::Apart(_)))
            });
            !f.readings.is_empty()
        });
    }
    found
}

/// The reading in the story's country, else the most likely.
pub(super) fn pick<'g>(readings: &[&'g Place], story: Option<&str>) -> Option<&'g Place> {
    story
        .and_then(|c| readings.iter().find(|p| p.country == c))
        .or(readings.first())
        .copied()
}

/// The country an article is about: the one most of its unambiguous places
/// lie in (a dateline counts three times), when one leads.
fn story_country(found: &[Vec<Found>]) -> Option<String> {
    let mut votes: Vec<(&str, usize)> = Vec::new();
    for f in found.iter().flatten() {
        let Some(first) = f.readings.first() else {
            continue;
        };
        if f.readings.iter().any(|p| p.country != first.country) {
            continue;
        }
        let weight = if f.introduced == Introduced::Dateline {
            3
        } else {
            1
        };
        match votes.iter_mut().find(|(c, _)| *c == first.country) {
            Some(v) => v.1 += weight,
            None => votes.push((first.country, weight)),
        }
    }
    votes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    match votes.as_slice() {
        [(c, n), (_, m), ..] if n > m => Some((*c).to_string()),
        [(c, _)] => Some((*c).to_string()),
        _ => None,
    }
}

/// Pushes a location claim for the place at `span` (absolute) of sentence
/// `i`, when an event word governs it.
fn push(doc: &Doc, i: usize, span: Range<usize>, mut value: Value, out: &mut Vec<Claim>) {
    let s = &doc.seg.sentences[i];
    let sentence = doc.sentence_text(i);
    let view = &doc.sentences[i];
    let (start, end) = (span.start - s.span.start, span.end - s.span.start);
    // An offset's words belong to the place: the verb is looked for before
    // them (`attacked by a skiff about 150 miles east of`).
    let lead = match &value {
        Value::Location {
            offset: Some(o), ..
        } => sentence[..start].rfind(o.written.as_str()).unwrap_or(start),
        _ => start,
    };
    // An event word of the lexicon, else the verb the place hangs on.
    let verb;
    let (event, events) = match governing_event(view, &view.events, sentence, start, end, 70) {
        Some(e) => (e, view.events.as_slice()),
        None => {
            let Some(v) =
                frame_of(view, sentence, start, end).or_else(|| verb_event(sentence, lead))
            else {
                return;
            };
            verb = v;
            (&verb, std::slice::from_ref(&verb))
        }
    };
    if let Value::Location {
        offset: Some(o), ..
    } = &mut value
    {
        o.after_verb |= super::offset::places_object(sentence, event.end, lead);
    }
    // A date in the sentence pins the event (`visited Moscow in October 2015`).
    // Without one, the mention is about the story's event, around publication.
    let event_date = view
        .dates(sentence)
        .iter()
        .find_map(|d| {
            temporal::resolve(
                &d.form,
                doc.anchor,
                temporal::direction_at(sentence, d.start),
            )
        })
        .or(doc.anchor.map(temporal::DateValue::Day));
    let window = event_window(events, event, sentence.len());
    let mut participants =
        doc.participants(i, s.span.start + window.start..s.span.start + window.end);
    participants.extend(super::frame_object::frame_object(view, sentence, event));
    participants.sort();
    let key = if participants.is_empty() {
        event.class.clone()
    } else {
        format!("{}: {}", event.class, participants.join(", "))
    };
    out.push(Claim {
        source: doc.source.id,
        kind: ClaimKind::Location,
        subject: Subject {
            key: key.into(),
            class: event.class.as_str().into(),
            participants: participants.into(),
            tense: tense_at(sentence, event.start),
            event_date,
            context: view.stems(),
            counted: None,
        },
        value,
        span,
        sentence: s.span.clone(),
        confidence: 0.75,
        evidence: format!(
            "\"{}\" … \"{}\"",
            &sentence[event.start..event.end],
            &sentence[start..end]
        )
        .into(),
    });
}

/// Words before a noun that make it a subject: `the quake was`.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "its", "his", "her", "their",
];

/// Verbs a place never locates an event by: speech, being, having.
const NOT_EVENTS: &[&str] = &[
    "have",
    "do",
    "say",
    "tell",
    "add",
    "report",
    "state",
    "note",
    "quote",
    "claim",
    "cite",
    "base",
    "name",
    "call",
    "headquarter",
    "write",
    "post",
    "publish",
    "know",
    "see",
    "include",
    "live",
    "reside",
    "work",
    "stay",
];

/// The event a place hangs on when no event word governs it: the nearest
/// inflected verb before it in its clause (`evacuated the plant, about 12
/// miles north of Cleveland`, `died at his home in Santa Rosa`), as its
/// lemma (`evacuate`, `die`).
fn verb_event(sentence: &str, start: usize) -> Option<EventWord> {
    let lex = Lexical::embedded();
    let words = crate::segment::word_spans(&sentence[..start]);
    let mut copula = None;
    let masked = mask_scare_quotes(&sentence[..start]);
    for (k, &(s, e)) in words.iter().enumerate().rev().take(14) {
        let gap = &masked[e..];
        if gap.contains([';', '"', '\u{201c}', '\u{201d}']) {
            break;
        }
        let w = sentence[s..e].to_ascii_lowercase();
        // `the fault that lies north of X`, `a man who lives in X`: a
        // relative clause whose verb was not read places the noun before
        // it, not an event; `said that the quake was 35 miles south of
        // X` keeps its noun.
        // A comma after it closed the clause: `The island, which has
        // 200,000 people, is 90 miles south of X`.
        if RELATIVES.contains(&w.as_str()) && !gap.contains(',') && !after_verb(sentence, &words, k)
        {
            return copula.filter(|c: &EventWord| c.class.starts_with("noun:"));
        }
        let lemma = lex.lemma(&w, Pos::Verb);
        if lemma == "be" && lex.knows(&w, Pos::Verb) {
            // `the quake was 35 miles southwest of X`: the noun before the
            // copula, else the copula itself.
            copula = copula.or_else(|| {
                let (ns, ne) = *words.get(k.checked_sub(1)?)?;
                let noun = sentence[ns..ne].to_ascii_lowercase();
                // `the quake was`, not `who is` or `now is`.
                let determined = k >= 2 && {
                    let (ds, de) = words[k - 2];
                    DETERMINERS.contains(&sentence[ds..de].to_ascii_lowercase().as_str())
                };
                let known =
                    determined && lex.knows(&noun, Pos::Noun) && !lex.knows(&noun, Pos::Verb);
                Some(if known {
                    EventWord {
                        start: ns,
                        end: ne,
                        class: format!("noun:{}", lex.lemma(&noun, Pos::Noun)),
                    }
                } else {
                    EventWord {
                        start: s,
                        end: e,
                        class: "be".into(),
                    }
                })
            });
            continue;
        }
        // `evening`, `meeting`: a noun in -ing is no verb here.
        let gerund_noun = w.ends_with("ing") && lex.knows(&w, Pos::Noun);
        let inflected =
            lemma != w.as_str() && (w.ends_with("ed") || !w.ends_with('s')) && !gerund_noun;
        if !inflected || !lex.knows(&w, Pos::Verb) || w.len() < 3 {
            continue;
        }
        if NOT_EVENTS.contains(&lemma.as_ref()) {
            break;
        }
        if copula.is_some() {
            break;
        }
        return Some(EventWord {
            start: s,
            end: e,
            class: format!("verb:{lemma}"),
        });
    }
    copula
}

/// Words that open a relative clause.
const RELATIVES: &[&str] = &["that", "which", "who"];

/// Whether word `k` of `sentence` (`words` its spans) follows an
/// inflected verb: `said that`, `warned that` open a complement, not a
/// relative clause.
fn after_verb(sentence: &str, words: &[(usize, usize)], k: usize) -> bool {
    let Some(&(s, e)) = k.checked_sub(1).and_then(|p| words.get(p)) else {
        return false;
    };
    let lex = Lexical::embedded();
    let w = sentence[s..e].to_ascii_lowercase();
    let lemma = lex.lemma(&w, Pos::Verb);
    lemma != w.as_str() && lex.knows(&w, Pos::Verb)
}

/// `text` with the marks of short quoted phrases (`a pirate "mother
/// ship"`: three words or fewer between an opening and a closing mark)
/// blanked, byte for byte, so that a scare quote does not end a clause
/// as a quotation does.
fn mask_scare_quotes(text: &str) -> String {
    let mut out = text.to_string();
    let marks: Vec<(usize, char)> = text
        .char_indices()
        .filter(|&(_, c)| matches!(c, '"' | '\u{201c}' | '\u{201d}'))
        .collect();
    let mut k = 0;
    while k + 1 < marks.len() {
        let ((open, o), (close, c)) = (marks[k], marks[k + 1]);
        let inner = &text[open + o.len_utf8()..close];
        let words = inner.split_whitespace().count();
        // `a "mother ship"`, not the words between two quotations.
        let tight = inner.trim() == inner && inner.starts_with(char::is_alphanumeric);
        if o != '\u{201d}' && c != '\u{201c}' && tight && (1..=3).contains(&words) {
            for (at, ch) in [(open, o), (close, c)] {
                out.replace_range(at..at + ch.len_utf8(), &" ".repeat(ch.len_utf8()));
            }
            k += 2;
        } else {
            k += 1;
        }
    }
    out
}

/// Nouns that describe a place before its name: `the resort of Sochi`.
const PLACE_NOUNS: &[&str] = &[
    "resort",
    "city",
    "town",
    "village",
    "capital",
    "region",
    "province",
    "state",
    "island",
    "port",
    "district",
    "county",
    "suburb",
    "enclave",
    "outskirts",
    "centre",
    "center",
    "area",
];

/// Whether the words before a place (lower case, nearest first) end with
/// `in`/`at`, possibly through a description: `in the Black Sea resort of`,
/// `in the southern Russian city of`.
fn introduced_by_in(previous: &[&str]) -> bool {
    let words: Vec<&str> = previous.iter().rev().copied().collect();
    let n = words.len();
    if n == 0 {
        return false;
    }
    if matches!(words[n - 1], "in" | "at") {
        return true;
    }
    if words[n - 1] == "of" && n >= 2 && PLACE_NOUNS.contains(&words[n - 2]) {
        // `in the <up to four words> resort of`
        let window = &words[n.saturating_sub(7)..n - 1];
        return window.iter().any(|w| *w == "in" || *w == "at") && window.contains(&"the");
    }
    false
}

#[cfg(test)]
mod tests {
    /// The check on the words of a string, as the extractor sees them.
    fn introduced_by_in(before: &str) -> bool {
        let lower = before.to_ascii_lowercase();
        let words: Vec<&str> = crate::segment::words(&lower).map(|(_, w)| w).collect();
        let previous: Vec<&str> = words.iter().rev().take(8).copied().collect();
        super::introduced_by_in(&previous)
    }

    /// The event `verb_event` finds for a place right after `before`.
    fn event_before(before: &str) -> Option<String> {
        super::verb_event(before, before.len()).map(|e| e.class)
    }

    #[test]
    fn the_verb_a_place_hangs_on() {
        assert_eq!(
            event_before("Crews evacuated the plant, about 12 miles north of ").as_deref(),
            Some("verb:evacuate")
        );
        assert_eq!(
            event_before("Officials said that the epicentre was 35 miles south of ").as_deref(),
            Some("noun:epicentre")
        );
        // A scare quote is no quotation.
        assert_eq!(
            event_before("The barge was rammed by a \u{201c}mother ship\u{201d} and a skiff 80 miles east of ")
                .as_deref(),
            Some("verb:ram")
        );
        // A relative clause places the noun it describes; a closed one
        // does not hide the main verb.
        assert_eq!(
            event_before(
                "The island, which has about 9,000 residents, is about 90 miles south of "
            )
            .as_deref(),
            Some("be")
        );
        assert_eq!(event_before("Police arrested a man who lives in "), None);
        assert_eq!(
            event_before("The Tarrow Fault is a long fault that lies north of "),
            None
        );
        assert_eq!(
            event_before("The Tarrow Fault is a long fault that runs north of ").as_deref(),
            None
        );
    }

    #[test]
    fn scare_quotes_are_blanked() {
        let text = "it was chased by a \u{201c}mother ship\u{201d} and a skiff";
        let masked = super::mask_scare_quotes(text);
        assert_eq!(masked.len(), text.len());
        assert!(!masked.contains(['\u{201c}', '\u{201d}']));
        let said = "\"We will rebuild the whole town,\" the mayor said in";
        assert_eq!(super::mask_scare_quotes(said), said, "a quotation stays");
        let open = "she said \u{201c}the fire began in";
        assert_eq!(
            super::mask_scare_quotes(open),
            open,
            "an open quotation stays"
        );
    }

    #[test]
    fn the_ends_of_a_route() {
        let s = "The convoy drove from Sherman, Texas, to Paris, Texas, on Monday.";
        let at = |name: &str| {
            let k = s.find(name).unwrap();
            super::route_end(s, k, k + name.len())
        };
        assert!(at("Sherman, Texas"));
        assert!(at("Paris, Texas"));
        let s = "Residents fled from Paris, Texas, on Monday.";
        let k = s.find("Paris").unwrap();
        assert!(!super::route_end(s, k, k + 12), "no route: no `to`");
        let s = "The fire spread to Paris, Texas.";
        let k = s.find("Paris").unwrap();
        assert!(!super::route_end(s, k, k + 12), "no route: no `from`");
    }

    #[test]
    fn place_introductions() {
        assert!(introduced_by_in("met in the Black Sea resort of "));
        assert!(introduced_by_in(
            "the leaders met in the southern Russian city of "
        ));
        assert!(introduced_by_in("The meeting in "));
        assert!(!introduced_by_in("the rebel-held area of "));
        assert!(!introduced_by_in("a visit to "));
        assert!(!introduced_by_in(
            "a summit in Russia between the presidents of "
        ));
    }
}
