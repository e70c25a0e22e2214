//! [`Sym`]: a short shared string for the words claims repeat.
//!
//! A 10,000-article run holds about 290,000 claims, but only some 15,000
//! distinct subject keys and fewer classes: as a `String` each claim owned
//! copies of them (two allocations, 48 bytes inline). A [`Sym`] is 8 bytes
//! inline, and equal strings made on one thread share one allocation
//! through a small per-thread table ([`shared`]), which needs no lock while
//! extraction runs in parallel. The table is bounded: when full it is
//! emptied, which only costs sharing, never correctness.

use std::borrow::Borrow;
use std::cell::RefCell;
use std::fmt;
use std::hash::Hash;
use std::ops::Deref;
use std::sync::Arc;

use super::thin::Thin;
use rustc_hash::FxHashSet;

/// Entries a per-thread table holds before it is emptied.
const TABLE_MAX: usize = 1 << 14;

thread_local! {
    static STRINGS: RefCell<FxHashSet<Sym>> = RefCell::default();
    static COUNTED: RefCell<FxHashSet<Arc<super::Counted>>> = RefCell::default();
    static PARTICIPANTS: RefCell<FxHashSet<Arc<[String]>>> = RefCell::default();
}

/// The value equal to `key` already in `table`, or a new one made by
/// `make` (and remembered).
fn shared<T: ?Sized + Hash + Eq, Q: ?Sized + Hash + Eq>(
    table: &'static std::thread::LocalKey<RefCell<FxHashSet<Arc<T>>>>,
    key: &Q,
    make: impl Fn() -> Arc<T>,
) -> Arc<T>
where
    Arc<T>: Borrow<Q>,
{
    table
        .try_with(|t| {
            let mut t = t.borrow_mut();
            if let Some(v) = t.get(key) {
                return v.clone();
            }
            if t.len() >= TABLE_MAX {
                t.clear();
            }
            let v = make();
            t.insert(v.clone());
            v
        })
        // Only during thread teardown is the table gone: no sharing then.
        .unwrap_or_else(|_| make())
}

/// Empties this thread's tables, as a full one is (for tests of sharing
/// across threads).
#[cfg(test)]
pub(super) fn clear_tables() {
    STRINGS.with(|t| t.borrow_mut().clear());
    COUNTED.with(|t| t.borrow_mut().clear());
    PARTICIPANTS.with(|t| t.borrow_mut().clear());
}

/// `counted` as an equal value other claims already share, when one exists
/// on this thread.
pub(crate) fn share_counted(counted: Arc<super::Counted>) -> Arc<super::Counted> {
    shared(&COUNTED, &*counted, || counted.clone())
}

/// `participants` as an equal list other claims already share, when one
/// exists on this thread (most claims name no one or the same few).
pub(crate) fn share_participants(participants: &Arc<[String]>) -> Arc<[String]> {
    shared(&PARTICIPANTS, &**participants, || participants.clone())
}

/// A short immutable string, shared between equal values made on one
/// thread through a small per-thread table. Reads as a `&str`; compares,
/// orders, hashes and prints as the string does.
///
/// 8 bytes inline (a thin pointer to one allocation holding the count of
/// holders, the length and the bytes), not the 16 of an `Arc<str>`: every
/// claim holds several, and a quote's or a place's value holds three.
#[derive(Clone)]
pub struct Sym(Thin);

impl Sym {
    /// A new allocation holding `s`, not shared.
    fn new(s: &str) -> Sym {
        Sym(Thin::new(&[s.as_bytes()]))
    }

    /// The string.
    pub fn as_str(&self) -> &str {
        // SAFETY: a `Sym` is only made from a `str` (`new`).
        unsafe { std::str::from_utf8_unchecked(self.0.as_bytes()) }
    }

    /// The equal string `table` holds, or this one, then remembered there
    /// (see [`super::dedup`]).
    pub(super) fn shared_in(&self, table: &mut FxHashSet<Thin>) -> Sym {
        Sym(self.0.shared(table))
    }

    /// Whether both point to one allocation.
    #[cfg(test)]
    pub(super) fn ptr_eq(&self, other: &Sym) -> bool {
        self.0.ptr_eq(&other.0)
    }
}

impl Default for Sym {
    fn default() -> Sym {
        Sym::from("")
    }
}

impl PartialEq for Sym {
    fn eq(&self, other: &Sym) -> bool {
        self.0 == other.0
    }
}

impl Eq for Sym {}

impl PartialOrd for Sym {
    fn partial_cmp(&self, other: &Sym) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Sym {
    fn cmp(&self, other: &Sym) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for Sym {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // As the `str` it reads as: the table looks values up by `&str`.
        self.as_str().hash(state);
    }
}

impl From<&str> for Sym {
    fn from(s: &str) -> Sym {
        STRINGS
            .try_with(|t| {
                let mut t = t.borrow_mut();
                if let Some(v) = t.get(s) {
                    return v.clone();
                }
                if t.len() >= TABLE_MAX {
                    t.clear();
                }
                let v = Sym::new(s);
                t.insert(v.clone());
                v
            })
            // Only during thread teardown is the table gone: no sharing then.
            .unwrap_or_else(|_| Sym::new(s))
    }
}

impl From<&String> for Sym {
    fn from(s: &String) -> Sym {
        Sym::from(s.as_str())
    }
}

impl From<String> for Sym {
    fn from(s: String) -> Sym {
        Sym::from(s.as_str())
    }
}

impl From<&Sym> for Sym {
    fn from(s: &Sym) -> Sym {
        s.clone()
    }
}

impl From<Sym> for String {
    fn from(s: Sym) -> String {
        s.as_str().to_string()
    }
}

impl Deref for Sym {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Sym {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Sym {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for Sym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Sym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for Sym {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Sym {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == &**other
    }
}

impl PartialEq<String> for Sym {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == &**other
    }
}

impl PartialEq<Sym> for str {
    fn eq(&self, other: &Sym) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Sym> for &str {
    fn eq(&self, other: &Sym) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Sym> for String {
    fn eq(&self, other: &Sym) -> bool {
        *self == other.as_str()
    }
}

impl serde::Serialize for Sym {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_strings_share_one_allocation_and_read_as_str() {
        let a = Sym::from("verb:kill");
        let b = Sym::from(String::from("verb:kill"));
        assert!(a.ptr_eq(&b));
        assert_eq!(a, "verb:kill");
        assert_eq!(a.as_str(), "verb:kill");
        assert_eq!(format!("{a} {a:?}"), "verb:kill \"verb:kill\"");
        assert!(a.starts_with("verb:"));
        let (x, y) = (Sym::from("a"), Sym::from("b"));
        assert!(x < y);
        assert_eq!(Sym::default(), "");
        assert_eq!(String::from(a), "verb:kill");
    }

    #[test]
    fn a_full_table_is_emptied_and_values_stay_right() {
        let first = Sym::from("w0");
        for i in 0..TABLE_MAX + 10 {
            assert_eq!(Sym::from(format!("w{i}")), format!("w{i}").as_str());
        }
        assert_eq!(Sym::from("w0"), first);
    }

    #[test]
    fn equal_counted_keys_are_shared() {
        let k = || super::super::Counted {
            predicate: Some("verb:kill".into()),
            thing: Some("person".into()),
            scope: vec![],
        };
        let a = share_counted(Arc::new(k()));
        let b = share_counted(Arc::new(k()));
        assert!(Arc::ptr_eq(&a, &b));
    }

    #[test]
    fn equal_participant_lists_are_shared_and_others_not() {
        let list = |names: &[&str]| -> Arc<[String]> {
            names
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .into()
        };
        let a = share_participants(&list(&["Jane Roe", "Acme"]));
        let b = share_participants(&list(&["Jane Roe", "Acme"]));
        let c = share_participants(&list(&["Acme", "Jane Roe"]));
        assert!(Arc::ptr_eq(&a, &b));
        assert!(!Arc::ptr_eq(&a, &c));
        assert_eq!(&*c, ["Acme".to_string(), "Jane Roe".to_string()]);
    }
}
