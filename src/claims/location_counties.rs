//! Which county an ambiguous county name is: `Lake County` names a dozen
//! US counties, and the article's other places say which one it means.

use crate::gazetteer::{Found, Gazetteer, PlaceKind};

/// Keeps, of each county name with several readings (`Lake County`), the
/// readings that hold a town the article names or lie in a state it names
/// (`near Clearlake in Lake County`: the Lake County of California). A
/// county name no other place anchors is no place: its most populous
/// reading would be a guess, and a guess far from the story's other
/// places would make them seem to disagree.
pub(super) fn counties_in_the_story<'g>(
    mut found: Vec<Vec<Found<'g>>>,
    g: &Gazetteer,
) -> Vec<Vec<Found<'g>>> {
    let ambiguous =
        |f: &Found| f.readings.len() > 1 && f.readings.iter().all(|r| r.kind == PlaceKind::County);
    if !found.iter().flatten().any(ambiguous) {
        return found;
    }
    let others: Vec<_> = found
        .iter()
        .flatten()
        .filter(|f| !ambiguous(f))
        .flat_map(|f| f.readings.iter().copied())
        .filter(|p| matches!(p.kind, PlaceKind::City | PlaceKind::Region))
        .collect();
    for fs in &mut found {
        fs.retain_mut(|f| {
            if !ambiguous(f) {
                return true;
            }
            f.readings.retain(|r| {
                others.iter().any(|o| match o.kind {
                    PlaceKind::Region => g.contains(o, r),
                    _ => g.contains(r, o),
                })
            });
            !f.readings.is_empty()
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::find_places;

    fn counties(text: &str) -> Vec<(String, &'static str)> {
        let g = Gazetteer::embedded();
        let found = vec![find_places(text, g)];
        counties_in_the_story(found, g)
            .into_iter()
            .flatten()
            .filter(|f| f.readings[0].kind == PlaceKind::County)
            .map(|f| (f.name, f.readings[0].region))
            .collect()
    }

    #[test]
    fn a_county_name_takes_the_reading_the_story_anchors() {
        let found = counties("The quake struck near Clovis in Orange County on Monday.");
        assert!(found.is_empty(), "no Orange County holds Clovis: {found:?}");
        let found = counties("The fire burned near Anaheim in Orange County on Monday.");
        assert_eq!(found, [("Orange County".to_string(), "CA")]);
        let found = counties("Storms flooded homes in Orange County, officials in Florida said.");
        assert_eq!(found, [("Orange County".to_string(), "FL")]);
        // Alone, a name of a dozen counties is none of them.
        assert!(counties("The fire burned in Orange County on Monday.").is_empty());
        // A name of one county needs no anchor.
        assert_eq!(
            counties("The fire burned in Kern County on Monday."),
            [("Kern County".to_string(), "CA")]
        );
    }
}
