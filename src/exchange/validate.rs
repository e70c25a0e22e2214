//! Checks on one claim line of a claims file before anything trusts it.
//!
//! A claims file may come from another machine, another version or a
//! hand: offsets and numbers are checked here so that a bad line is an
//! error naming it, and never a slice out of bounds, a stand-in text of
//! petabytes or a NaN that sorts nowhere.

use super::{ClaimLine, ValueLine};

/// Checks a claim's offsets, confidence and value; `max_text` bounds
/// every offset (no article longer than that was read).
pub(super) fn claim(c: &ClaimLine, max_text: u64) -> Result<(), String> {
    offsets(c, max_text)?;
    if !(0.0..=1.0).contains(&c.confidence) {
        return Err(format!(
            "confidence {} is not a share between 0 and 1",
            c.confidence
        ));
    }
    value(&c.value)
}

/// The span holds the claim's words and lies inside its sentence, and the
/// sentence ends within `max_text` bytes.
fn offsets(c: &ClaimLine, max_text: u64) -> Result<(), String> {
    let (start, end) = (c.start, c.end);
    let (s_start, s_end) = (c.sentence_start, c.sentence_end);
    if start > end {
        return Err(format!("span {start}..{end} ends before it starts"));
    }
    if end - start != c.text.len() {
        return Err(format!(
            "span {start}..{end} is {} bytes but its text is {} bytes",
            end - start,
            c.text.len()
        ));
    }
    if s_start > s_end {
        return Err(format!("sentence {s_start}..{s_end} ends before it starts"));
    }
    if start < s_start || end > s_end {
        return Err(format!(
            "span {start}..{end} is outside its sentence {s_start}..{s_end}"
        ));
    }
    if u64::try_from(s_end).map_or(true, |e| e > max_text) {
        return Err(format!(
            "sentence end {s_end} is beyond the longest article read ({max_text} bytes, --max-filesize)"
        ));
    }
    Ok(())
}

/// Numbers of a value: finite, bounds in order, bearings on the compass.
fn value(v: &ValueLine) -> Result<(), String> {
    match v {
        ValueLine::Quantity { value, lo, hi, .. } => {
            finite("value", *value)?;
            finite("lo", *lo)?;
            if let Some(hi) = hi {
                finite("hi", *hi)?;
                if lo > hi {
                    return Err(format!("quantity bounds {lo}..{hi} are reversed"));
                }
            }
            Ok(())
        }
        ValueLine::Location {
            offset: Some(o), ..
        } => {
            if let Some(b) = o.bearing {
                if !(0.0..360.0).contains(&b) {
                    return Err(format!("bearing {b} is not between 0 and 360 degrees"));
                }
            }
            if let Some([lo, hi]) = o.km {
                // A missing low end reads as NaN: refused here.
                finite("km", lo)?;
                if lo < 0.0 || hi.is_nan() || hi < lo {
                    return Err(format!("distance {lo}..{hi} km is not a distance"));
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// A finite number, or an error naming the field.
fn finite(field: &str, x: f64) -> Result<(), String> {
    if x.is_finite() {
        Ok(())
    } else {
        Err(format!("{field} {x} is not a finite number"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(json: &str) -> ClaimLine {
        serde_json::from_str(json).unwrap()
    }

    const GOOD: &str = r#"{"source":"a.txt","kind":"quantity","key":"k","class":"c","participants":[],"tense":"past","event_date":null,"context":[],"value":{"kind":"quantity","value":12.0,"lo":12.0,"hi":12.0,"unit":null},"start":4,"end":6,"sentence_start":0,"sentence_end":20,"confidence":0.9,"evidence":"e","text":"12","block":[]}"#;

    #[test]
    fn a_good_line_passes() {
        assert_eq!(claim(&line(GOOD), 100), Ok(()));
    }

    #[test]
    fn offsets_out_of_order_or_range_are_errors() {
        for (from, to, why) in [
            (
                r#""sentence_end":20"#,
                r#""sentence_end":9000000000000000"#,
                "beyond",
            ),
            (
                r#""sentence_end":20"#,
                r#""sentence_end":5"#,
                "outside its sentence",
            ),
            (
                r#""sentence_start":0"#,
                r#""sentence_start":30"#,
                "ends before",
            ),
            (r#""start":4"#, r#""start":5"#, "bytes but its text"),
            (
                r#""start":4,"end":6"#,
                r#""start":6,"end":4"#,
                "ends before",
            ),
        ] {
            let bad = GOOD.replace(from, to);
            let e = claim(&line(&bad), 100).unwrap_err();
            assert!(e.contains(why), "{to}: {e}");
        }
    }

    #[test]
    fn numbers_out_of_range_are_errors() {
        let mut c = line(GOOD);
        c.confidence = f32::NAN;
        assert!(claim(&c, 100).unwrap_err().contains("confidence"));
        c.confidence = 1.5;
        assert!(claim(&c, 100).is_err());
        let mut c = line(GOOD);
        if let ValueLine::Quantity { lo, .. } = &mut c.value {
            *lo = 13.0;
        }
        assert!(claim(&c, 100).unwrap_err().contains("reversed"));
        let mut c = line(GOOD);
        if let ValueLine::Quantity { value, .. } = &mut c.value {
            *value = f64::INFINITY;
        }
        assert!(claim(&c, 100).unwrap_err().contains("finite"));
    }
}
