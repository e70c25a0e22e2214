//! Offsets among a sentence's places (`centered in Dunmore, about 20
//! miles north of Fresno`): where they reach says which reading a town in
//! apposition to one takes, and whether the sentence's other towns lie
//! where its event is (see [`Gazetteer::beyond_offsets`]).

use super::offset::offset_before;
use super::{Claim, Value};
use crate::gazetteer::{Found, Gazetteer, Introduced, Other, Place, Sector};
use crate::lexicon::Hedge;

/// The most words between a town and the offset in apposition to it
/// (`Dunmore, about 20 miles north-northeast of`).
const MAX_APPOSITION_WORDS: usize = 8;

/// For each place found in `sentence`, the readings an offset in
/// apposition to it allows (`in Dunmore, about 20 miles north of
/// Fresno`: the Dunmores within reach of 20 miles north of Fresno);
/// `None` for a place no offset follows. An empty list: no reading lies
/// there, and the name is no place of the gazetteer's.
pub(super) fn apposition_readings<'g>(
    g: &'g Gazetteer,
    sentence: &str,
    found: &[Found<'g>],
    story: Option<&str>,
    hedges: &[Hedge],
) -> Vec<Option<Vec<&'g Place>>> {
    found
        .iter()
        .enumerate()
        .map(|(k, f)| {
            let next = found.get(k + 1)?;
            if next.introduced != Introduced::Bearing || f.introduced == Introduced::Bearing {
                return None;
            }
            let between = sentence.get(f.end..next.start)?;
            let gap = between.strip_prefix(',')?;
            if gap.contains([',', ';', '(', ')'])
                || gap.split_whitespace().count() > MAX_APPOSITION_WORDS
            {
                return None;
            }
            let o = offset_before(sentence, next.start, hedges)?;
            let sector = Sector::of(o.bearing, o.km?)?;
            let reference = super::location::pick(&next.readings, story)?;
            Some(
                f.readings
                    .iter()
                    .copied()
                    .filter(|p| {
                        g.judge_offset(
                            (reference.name, reference, sector),
                            Other::Town(p.name, p, false),
                        )
                        .is_none_or(|j| j.conflict != Some(true))
                    })
                    .collect(),
            )
        })
        .collect()
}

/// The offsets a verb governs among a sentence's location claims, each
/// with the place it is measured from.
pub(super) fn offset_sectors<'g>(g: &'g Gazetteer, claims: &[Claim]) -> Vec<(&'g Place, Sector)> {
    claims
        .iter()
        .filter_map(|c| match &c.value {
            Value::Location {
                geo: Some(id),
                offset: Some(o),
                ..
            } if o.after_verb => Some((g.get(id)?, Sector::of(o.bearing, o.km?)?)),
            _ => None,
        })
        .collect()
}
