//! A town's name misspelt by one letter (`just off Alexandra` in a story
//! about Egypt): read as the town only when the context fixes it. The
//! article names the town's country or first-level region, exactly one
//! town one edit away lies there, and the name as written is no place of
//! the gazetteer nor anyone's name the article gives.

use super::entities::EntityKind;
use super::Doc;
use crate::gazetteer::{find_misspelt, Found, Gazetteer, PlaceKind};

/// `found` (each sentence's places) with the misspelt towns the article's
/// own places fix added, in text order.
pub(super) fn misspelt_in_context<'g>(
    doc: &Doc,
    mut found: Vec<Vec<Found<'g>>>,
    g: &'g Gazetteer,
) -> Vec<Vec<Found<'g>>> {
    // The countries and regions the article names.
    let areas: Vec<_> = found
        .iter()
        .flatten()
        .filter_map(|f| f.readings.first().copied())
        .filter(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::Region))
        .collect();
    if areas.is_empty() {
        return found;
    }
    for (i, fs) in found.iter_mut().enumerate() {
        let base = doc.seg.sentences[i].span.start;
        let text = doc.sentence_text(i);
        for mut m in find_misspelt(text, &doc.sentences[i].words, g) {
            let (start, end) = (base + m.start, base + m.end);
            let named = doc.mentions[i].iter().any(|e| {
                matches!(e.kind, EntityKind::Person | EntityKind::Organization)
                    && e.start < end
                    && start < e.end
            });
            if named || fs.iter().any(|f| f.start < m.end && m.start < f.end) {
                continue;
            }
            m.readings
                .retain(|r| areas.iter().any(|a| g.contains(a, r)));
            if m.readings.len() == 1 {
                fs.push(m);
            }
        }
        fs.sort_by_key(|f| f.start);
    }
    found
}
