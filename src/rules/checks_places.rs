//! The check type about places: `same-place` (one event, one place),
//! with street numbers and offsets from a reference place.

use super::checks::{Explain, Verdict};
use crate::claims::{Claim, Offset, Value};
use crate::gazetteer::{Gazetteer, Judged, Place};

/// Two blocks, addresses or streets (`the 12200 block of 223rd Street`,
/// `the 12500 block of East 223rd Street`, `at 12234 223rd St.`, `on 223rd
/// Street`; `Wellington High Street` is `High Street` with its town). On
/// one street: one place when the numbers fall in one block
/// of a hundred, or when one gives no number (a street alone agrees with
/// any number on it); else a conflict resting on how a writer rounds a
/// block (a warning). Two streets conflict, as a warning (a writer may
/// name the cross street); two names of one kind a few letters apart (the
/// `[spelling]` threshold of rules/people/roles.toml: `Philip Street` /
/// `Phillip Street`) may be one street spelled two ways: undecided. `None` unless
/// both are streets.
fn same_street(pa: &str, pb: &str, ex: Explain) -> Option<Verdict> {
    let (x, y) = (
        crate::gazetteer::street_parts(pa)?,
        crate::gazetteer::street_parts(pb)?,
    );
    // `Wellington High Street` is the High Street of Wellington.
    let longer = |a: &str, b: &str| a.ends_with(&format!(" {b}"));
    if x.street != y.street && !longer(&x.street, &y.street) && !longer(&y.street, &x.street) {
        let kind = |s: &str| s.rsplit(' ').next().unwrap_or("").to_string();
        let name = |s: &str| s.rsplit_once(' ').map_or("", |(n, _)| n).to_string();
        let (nx, ny) = (name(&x.street), name(&y.street));
        let spelling = &crate::claims::role::vocab::ROLE_WORDS.spelling;
        let spelled = kind(&x.street) == kind(&y.street)
            && crate::claims::role::compare::close_spellings(&nx, &ny, spelling);
        return Some(if spelled {
            Verdict::undecided(ex.why(|| format!("{pa} / {pb}: one street spelled two ways?")))
        } else {
            Verdict::conflict(
                true,
                ex.why(|| format!("{pa} and {pb}: two streets, or one address written two ways")),
            )
        });
    }
    let (Some(nx), Some(ny)) = (x.number, y.number) else {
        return Some(Verdict::consistent(
            ex.why(|| format!("{pa} and {pb}: one street")),
        ));
    };
    let same = if x.block || y.block {
        nx / 100 == ny / 100
    } else {
        nx == ny
    };
    Some(if same {
        Verdict::consistent(ex.why(|| format!("{pa} and {pb}: one block of one street")))
    } else {
        Verdict::conflict(
            true,
            ex.why(|| format!("{pa} and {pb}: two numbers on one street")),
        )
    })
}

/// Two venues of one event (`at his home`, `at a hospice`, `at the
/// Riverside Hotel`): one kind agrees, two kinds conflict, as a warning
/// (one writer may know only where the person lived); two named venues of
/// one kind conflict when neither name holds the other (`the Riverside
/// Hotel` / `the Grand Hotel`; names without their head words, so `the
/// Larkspur Theatre` / `the Larkspur Theater` agree), also as a warning, and are
/// undecided when the names are one spelled two ways (rule `name-spelling` says so). A
/// venue and a town are not compared. A named venue is compared only when
/// both claims name someone in common (`shared`): an article may tell of
/// two deaths, each at its hospital. `None` when neither is a venue.
fn same_venue(pa: &str, pb: &str, shared: bool, ex: Explain) -> Option<Verdict> {
    use crate::gazetteer::venue_of;
    let (va, vb) = (venue_of(pa), venue_of(pb));
    let (x, y) = match (&va, &vb) {
        (None, None) => return None,
        (Some(x), Some(y)) => (x, y),
        _ => {
            return Some(Verdict::undecided(
                ex.why(|| format!("{pa} / {pb}: a venue and a place")),
            ))
        }
    };
    if (x.name.is_some() || y.name.is_some()) && !shared {
        return Some(Verdict::undecided(ex.why(|| {
            format!("{pa} / {pb}: a named venue, and no one named in both")
        })));
    }
    if x.kind != y.kind {
        return Some(Verdict::conflict(
            true,
            ex.why(|| {
                format!(
                    "{pa} ({}) and {pb} ({}) are different venues",
                    x.kind, y.kind
                )
            }),
        ));
    }
    let (Some(na), Some(nb)) = (&x.name, &y.name) else {
        return Some(Verdict::consistent(
            ex.why(|| format!("{pa} and {pb}: one kind of venue ({})", x.kind)),
        ));
    };
    let spelling = &crate::claims::role::vocab::ROLE_WORDS.spelling;
    Some(if crate::gazetteer::one_venue_name(na, nb) {
        Verdict::consistent(ex.why(|| format!("{pa} and {pb}: one venue")))
    } else if crate::claims::role::compare::close_spellings(na, nb, spelling) {
        Verdict::undecided(ex.why(|| format!("{pa} / {pb}: one venue spelled two ways?")))
    } else {
        Verdict::conflict(
            true,
            ex.why(|| format!("{pa} and {pb} are two {} venues", x.kind)),
        )
    })
}

pub(super) fn same_place(a: &Claim, b: &Claim, ex: Explain) -> Verdict {
    let (
        Value::Location {
            place: pa,
            country: ca,
            geo: ga,
            offset: oa,
        },
        Value::Location {
            place: pb,
            country: cb,
            geo: gb,
            offset: ob,
        },
    ) = (&a.value, &b.value)
    else {
        return Verdict::undecided(ex.why(|| "not places".into()));
    };
    // `150 miles east of Aden` and `150 miles west of Aden`: one place,
    // two sides of it.
    if let (Some(oa), Some(ob)) = (oa, ob) {
        // One name is one place here: both writers measure from the
        // place they named (see `align::offsets`).
        let one_place = ga.is_some() && ga == gb || pa == pb;
        if one_place {
            return same_offset(pa, oa, ob, ex);
        }
    }
    if pa == pb {
        return Verdict::consistent(ex.why(|| format!("both say {pa}")));
    }
    if let Some(v) = same_street(pa, pb, ex) {
        return v;
    }
    let shared = a
        .subject
        .participants
        .iter()
        .any(|p| b.subject.participants.contains(p));
    if let Some(v) = same_venue(pa, pb, shared, ex) {
        return v;
    }
    // `near Kandahar`: close to the place, not in it.
    let (na, near_a) = pa
        .strip_prefix("near ")
        .map_or((pa.as_str(), false), |p| (p, true));
    let (nb, near_b) = pb
        .strip_prefix("near ")
        .map_or((pb.as_str(), false), |p| (p, true));
    if let (Some(ga), Some(gb)) = (ga, gb) {
        let g = Gazetteer::embedded();
        if let (Some(x), Some(y)) = (g.place_named(na, ga), g.place_named(nb, gb)) {
            let measured = oa.is_some() || ob.is_some();
            let j = offset_judged(
                g,
                (na, x, oa.as_deref(), near_a),
                (nb, y, ob.as_deref(), near_b),
            )
            .unwrap_or_else(|| g.judge((na, x, near_a), (nb, y, near_b), measured));
            // Two points of one chase or march (`began in Pomona`, `ended
            // in Chino`) a short way apart: no conflict.
            let route = super::routes::on_route(a) || super::routes::on_route(b);
            if j.conflict == Some(true) && route && super::routes::within_route(g, x, y) {
                return Verdict::undecided(
                    ex.why(|| format!("{pa} / {pb}: two points of one route? ({})", j.why)),
                );
            }
            // A home named by an ambiguous name (`of Pasadena`) that
            // another reading would put where the other source does: which
            // one the writer meant is a guess.
            if j.conflict == Some(true) && crate::claims::home::is_home(a) {
                let other_reading = |(name, own): (&str, &Place), (there, at): (&str, &Place)| {
                    g.lookup(name).into_iter().any(|r| {
                        r.id != own.id
                            && g.judge((name, r, false), (there, at, false), false)
                                .conflict
                                == Some(false)
                    })
                };
                if other_reading((na, x), (nb, y)) || other_reading((nb, y), (na, x)) {
                    return Verdict::undecided(
                        ex.why(|| format!("{pa} / {pb}: another reading of one name agrees")),
                    );
                }
            }
            let why = j.why;
            return match j.conflict {
                Some(true) => Verdict::conflict(j.weak, ex.why(|| why)),
                Some(false) => Verdict::consistent(ex.why(|| why)),
                None => Verdict::undecided(ex.why(|| why)),
            };
        }
    }
    if na == nb {
        return Verdict::consistent(ex.why(|| format!("both say {na}")));
    }
    if ca.as_deref() == Some(nb) || cb.as_deref() == Some(na) {
        return Verdict::consistent(ex.why(|| format!("{pa} and {pb}: one lies in the other")));
    }
    if ca.is_none() || cb.is_none() || near_a || near_b {
        return Verdict::undecided(ex.why(|| format!("{pa} / {pb}: containment unknown")));
    }
    Verdict::conflict(false, ex.why(|| format!("{pa} is not {pb}")))
}

/// One source's place, read for [`offset_judged`]: its name, its
/// gazetteer place, its offset and whether it is only near the place.
type Placed<'a> = (&'a str, &'a Place, Option<&'a Offset>, bool);

/// An event one source places by an offset a verb governs (`struck about
/// 30 miles north of Fresno`) against the other source's town (`near
/// Bakersfield`) or its offset from another town, by where the offset
/// reaches ([`Gazetteer::judge_offset`]). `None` when neither has such an
/// offset, or the gazetteer cannot say.
fn offset_judged(g: &Gazetteer, a: Placed<'_>, b: Placed<'_>) -> Option<Judged> {
    use crate::gazetteer::{Other, Sector};
    let sector = |o: Option<&Offset>| {
        let o = o.filter(|o| o.after_verb)?;
        Sector::of(o.bearing, o.km?)
    };
    let ((na, x, oa, near_a), (nb, y, ob, near_b)) = (a, b);
    match (sector(oa), sector(ob)) {
        (Some(s), Some(t)) => g.judge_offset((na, x, s), Other::Offset(nb, y, t)),
        (Some(s), None) if ob.is_none() => g.judge_offset((na, x, s), Other::Town(nb, y, near_b)),
        (None, Some(t)) if oa.is_none() => g.judge_offset((nb, y, t), Other::Town(na, x, near_a)),
        _ => None,
    }
}

/// Two bearings this far apart (degrees) put an event on different sides
/// of a place: `north` and `north-east` agree, `north` and `east` do not.
pub const BEARINGS_APART_DEGREES: f32 = 90.0;

/// Two offsets from one place: bearings [`BEARINGS_APART_DEGREES`] apart
/// or more, or distances that do not meet, conflict. Distances in two
/// units get the conversion slack of figures (`convert.slack` in
/// rules/quantity/reading.toml) either side, for the writer's rounding of
/// a converted figure (`120 kilometers` / `75 miles`); distances in one
/// unit compare as read (`about 20 miles` / `about 26 miles` do not meet).
/// A distance conflict resting on a hedge's reading is weak, as for any
/// figure.
fn same_offset(place: &str, a: &Offset, b: &Offset, ex: Explain) -> Verdict {
    let (wa, wb) = (a.from_place(place), b.from_place(place));
    if let (Some(x), Some(y)) = (a.bearing, b.bearing) {
        let apart = crate::claims::bearings_apart(x, y);
        if apart >= BEARINGS_APART_DEGREES {
            return Verdict::conflict(false, ex.why(|| format!("{wa} is {apart:.0}° from {wb}")));
        }
    }
    if let (Some([al, ah]), Some([bl, bh])) = (a.km, b.km) {
        let (da, db) = (Distance::of(&a.written), Distance::of(&b.written));
        let slack = if da.size.is_some() && da.size == db.size {
            0.0
        } else {
            crate::quantity::ReadingSettings::defaults().convert.slack
        };
        let (al, ah) = (al * (1.0 - slack), ah * (1.0 + slack));
        let (bl, bh) = (bl * (1.0 - slack), bh * (1.0 + slack));
        if ah < bl || bh < al {
            return Verdict::conflict(
                da.hedged || db.hedged,
                ex.why(|| format!("{wa} and {wb} are different distances")),
            );
        }
    }
    Verdict::consistent(ex.why(|| {
        let of = place.strip_prefix("near ").unwrap_or(place);
        match (a.bearing, b.bearing) {
            (Some(_), Some(_)) => format!("{} and {} of {of} agree", a.written, b.written),
            _ => format!("{wa} and {wb} agree"),
        }
    }))
}

/// How an offset's distance is written: its unit's size, and whether a
/// hedge stands before the figure (`about 20 miles north`).
struct Distance {
    /// The size of its unit in metres (`km` and `kilometer` are one).
    size: Option<f64>,
    /// Whether words come before the figure.
    hedged: bool,
}

impl Distance {
    /// Reads the first figure of an offset's words as written.
    fn of(written: &str) -> Distance {
        let found = crate::quantity::find_quantities(written, &[]);
        match found.first() {
            Some(q) => Distance {
                size: q
                    .unit
                    .as_deref()
                    .and_then(|u| crate::quantity::Units::defaults().measure(u))
                    .map(|m| m.size),
                hedged: !written[..q.start].trim().is_empty(),
            },
            None => Distance {
                size: None,
                hedged: false,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An offset of `miles` (low, high) at `bearing`, as written.
    fn offset(bearing: f32, miles: [f64; 2], written: &str) -> Offset {
        let km = 1.609_344;
        Offset {
            bearing: Some(bearing),
            km: Some([miles[0] * km, miles[1] * km]),
            written: written.into(),
            after_verb: true,
        }
    }

    #[test]
    fn hedged_distances_in_one_unit_compare_as_read() {
        let a = offset(0.0, [18.0, 22.0], "about 20 miles north");
        let b = offset(0.0, [23.4, 28.6], "about 26 miles north");
        let v = same_offset("Millbrook", &a, &b, Explain(false));
        assert_eq!(v.conflict, Some(true));
        assert!(v.weak, "the conflict rests on the hedges");
        let c = offset(0.0, [27.0, 33.0], "about 30 miles north");
        let d = offset(0.0, [28.8, 35.2], "about 32 miles north");
        let v = same_offset("Millbrook", &c, &d, Explain(false));
        assert_eq!(v.conflict, Some(false));
    }

    #[test]
    fn exact_distances_conflict_strongly() {
        let a = offset(90.0, [30.0, 30.0], "30 miles east");
        let b = offset(90.0, [45.0, 45.0], "45 miles east");
        let v = same_offset("Millbrook", &a, &b, Explain(false));
        assert_eq!(v.conflict, Some(true));
        assert!(!v.weak);
    }

    #[test]
    fn converted_distances_get_slack() {
        // 120 km is 74.6 miles: rounded to 75 miles, it agrees.
        let a = offset(0.0, [74.565, 74.565], "120 kilometers north");
        let b = offset(0.0, [77.0, 77.0], "77 miles north");
        let v = same_offset("Millbrook", &a, &b, Explain(false));
        assert_eq!(v.conflict, Some(false));
        let c = offset(0.0, [75.0, 75.0], "75 miles north");
        let d = offset(0.0, [77.0, 77.0], "77 miles north");
        let v = same_offset("Millbrook", &c, &d, Explain(false));
        assert_eq!(v.conflict, Some(true), "one unit: no conversion slack");
    }

    #[test]
    fn streets_alone_and_numbered() {
        let v = |a: &str, b: &str| same_street(a, b, Explain(false)).map(|v| (v.conflict, v.weak));
        assert_eq!(v("Alder Road", "415 Alder Rd."), Some((Some(false), false)));
        assert_eq!(v("Alder Road", "Birch Street"), Some((Some(true), true)));
        assert_eq!(
            v("4200 block of Elm Street", "Birch Street"),
            Some((Some(true), true))
        );
        assert_eq!(v("Philip Street", "Phillip Street"), Some((None, false)));
        assert_eq!(
            v("Kestrel High Street", "High Street"),
            Some((Some(false), false))
        );
        assert_eq!(v("Alder Road", "Fresno"), None);
    }

    #[test]
    fn how_a_distance_is_written() {
        let d = Distance::of("about 20 miles north");
        assert!(d.hedged);
        assert_eq!(d.size, Some(1609.344));
        let d = Distance::of("1,150 kilometers (700 miles) southeast");
        assert!(!d.hedged);
        assert_eq!(d.size, Some(1000.0));
        assert_eq!(Distance::of("12 km east").size, d.size);
    }
}
