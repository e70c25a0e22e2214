//! Whose figure it is: the people and countries its sentence names, less
//! a place's name read as a person's (`the Diamond Bar resident`,
//! `Merthyr Tydfil`).
//!
//! Who only reports a figure (`..., Jane Roe said`) stays among its
//! people: on real news two reporters often tell of two incidents whose
//! days and places the figures' scopes do not yet tell apart.

use crate::claims::entities::EntityKind;
use crate::claims::Doc;

/// The participants of a figure in sentence `i`: the people and
/// countries named, less places read as people.
pub(super) fn figure_participants(doc: &Doc, i: usize) -> Vec<String> {
    let base = doc.seg.sentences[i].span.start;
    let sentence = doc.sentence_text(i);
    doc.participants_of(i, |m| {
        if m.start < base || m.end > base + sentence.len() {
            return false;
        }
        if m.kind != EntityKind::Person {
            return true;
        }
        !names_a_place(sentence, (m.start - base, m.end - base))
    })
}

/// Whether a person's name is a place's: two words or more the gazetteer
/// knows as one place (`Diamond Bar`, `Merthyr Tydfil`). A one-word name
/// (`Jackson`) is too often both to tell.
fn names_a_place(sentence: &str, span: (usize, usize)) -> bool {
    let text = sentence.get(span.0..span.1).unwrap_or("");
    let two_words = text.split_whitespace().nth(1).is_some();
    two_words
        && !crate::gazetteer::Gazetteer::embedded()
            .lookup(text)
            .is_empty()
}

#[cfg(test)]
mod tests {
    use crate::claims::{claims_of, ClaimKind};

    fn people(text: &str, figure: &str) -> Vec<String> {
        claims_of(text, Some("2024-05-02"))
            .into_iter()
            .find(|c| c.kind == ClaimKind::Quantity && text[c.span.clone()].contains(figure))
            .map(|c| c.subject.participants.to_vec())
            .unwrap_or_else(|| panic!("no figure {figure:?} in {text:?}"))
    }

    #[test]
    fn actors_stay_participants() {
        let paid = "Tomas Berglund paid $4 million for the villa.";
        assert!(people(paid, "$4 million")
            .iter()
            .any(|p| p.contains("Berglund")));
        let admitted = "Tomas Berglund admitted stealing 12 paintings.";
        assert!(people(admitted, "12")
            .iter()
            .any(|p| p.contains("Berglund")));
    }

    #[test]
    fn a_place_read_as_a_name_is_no_participant() {
        let text = "The Diamond Bar resident sold 40 paintings last year.";
        assert!(people(text, "40").is_empty());
    }
}
