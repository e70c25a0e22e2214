//! Units of measure that convert into one another, from
//! `rules/quantity/units.toml` (embedded, checked by a test): `940 miles`
//! and `1,150 km` count one dimension and compare after conversion.

use serde::Deserialize;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The dimension of time units (`[duration]` in the table).
pub const DURATION: &str = "duration";

/// The embedded units table.
pub const DEFAULT_UNITS: &str = include_str!("../../rules/quantity/units.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DimensionEntry {
    base: String,
    units: Vec<UnitEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnitEntry {
    unit: String,
    size: f64,
}

/// A unit's dimension and its size in the dimension's base unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measure {
    /// The dimension (`distance`, `weight`).
    pub dimension: &'static str,
    /// Size in the base unit (`mile`: 1609.344 metres).
    pub size: f64,
}

/// The units table: unit as the scanner reports it → its measure.
#[derive(Debug)]
pub struct Units {
    by_unit: HashMap<String, Measure>,
}

impl Units {
    /// Parses a table; every size must be positive and finite, and a unit
    /// belongs to one dimension.
    pub fn parse(text: &str) -> Result<Units, String> {
        let dims: std::collections::BTreeMap<String, DimensionEntry> =
            toml::from_str(text).map_err(|e| e.to_string())?;
        let mut by_unit = HashMap::new();
        for (name, dim) in dims {
            if dim.base.is_empty() {
                return Err(format!("{name}: empty base unit"));
            }
            let dimension: &'static str = Box::leak(name.clone().into_boxed_str());
            for u in dim.units {
                if !(u.size.is_finite() && u.size > 0.0) {
                    return Err(format!("{name}: `{}` has size {}", u.unit, u.size));
                }
                let m = Measure {
                    dimension,
                    size: u.size,
                };
                if by_unit.insert(u.unit.clone(), m).is_some() {
                    return Err(format!("`{}` is listed twice", u.unit));
                }
            }
        }
        Ok(Units { by_unit })
    }

    /// The embedded table.
    pub fn defaults() -> &'static Units {
        static DEFAULTS: LazyLock<Units> = LazyLock::new(|| {
            Units::parse(DEFAULT_UNITS).expect("rules/quantity/units.toml is checked by a test")
        });
        &DEFAULTS
    }

    /// The measure of `unit`, if it converts.
    pub fn measure(&self, unit: &str) -> Option<Measure> {
        self.by_unit.get(unit).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_table_loads_and_converts() {
        let u = Units::parse(DEFAULT_UNITS).unwrap();
        let mile = u.measure("mile").unwrap();
        let km = u.measure("km").unwrap();
        assert_eq!(mile.dimension, km.dimension);
        // 700 miles is about 1,127 km.
        assert!((700.0 * mile.size / km.size - 1126.5).abs() < 0.5);
        let lb = u.measure("pound").unwrap();
        assert_eq!(lb.dimension, u.measure("kg").unwrap().dimension);
        assert_ne!(lb.dimension, mile.dimension);
        // 18 months is a year and a half.
        let (month, year) = (u.measure("month").unwrap(), u.measure("year").unwrap());
        assert_eq!(month.dimension, year.dimension);
        assert!((18.0 * month.size / year.size - 1.5).abs() < 1e-9);
        assert!(u.measure("person").is_none());
    }

    #[test]
    fn bad_tables_are_refused() {
        assert!(Units::parse("[d]\nbase = \"m\"\nunits = [{ unit = \"x\", size = 0.0 }]").is_err());
        let twice = "[a]\nbase = \"m\"\nunits = [{ unit = \"x\", size = 1.0 }]\n[b]\nbase = \"g\"\nunits = [{ unit = \"x\", size = 1.0 }]";
        assert!(Units::parse(twice).unwrap_err().contains("twice"));
    }
}
