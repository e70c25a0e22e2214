//! [`Thin`]: shared immutable bytes behind a thin pointer.
//!
//! An `Arc<str>` is 16 bytes inline (a pointer and a length), and an
//! `Arc` of a struct holding a `Box<str>` costs two allocations. Claims
//! hold several shared strings each ([`super::Sym`], [`super::stems`]):
//! here one allocation holds the count of holders, the length and the
//! bytes, and the pointer to it is 8 bytes. The reference counting is
//! `triomphe`'s (a fork of `std::sync::Arc`, from Servo), not our own.

use triomphe::ThinArc;

/// Immutable bytes shared by reference count, as an `Arc<[u8]>` is, but 8
/// bytes inline: the count, the length and the bytes live in one
/// allocation (`triomphe`'s [`ThinArc`]).
#[derive(Clone)]
pub(crate) struct Thin(ThinArc<(), u8>);

/// The bytes of several parts, one after the other, with their total
/// length known (as [`ThinArc::from_header_and_iter`] asks).
struct Joined<'a, I> {
    bytes: I,
    left: usize,
    _parts: std::marker::PhantomData<&'a [u8]>,
}

impl<'a, I: Iterator<Item = &'a u8>> Iterator for Joined<'a, I> {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        let b = *self.bytes.next()?;
        self.left -= 1;
        Some(b)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl<'a, I: Iterator<Item = &'a u8>> ExactSizeIterator for Joined<'a, I> {}

impl Thin {
    /// A new allocation holding `parts`, one after the other, not shared.
    pub(crate) fn new(parts: &[&[u8]]) -> Thin {
        let joined = Joined {
            bytes: parts.iter().flat_map(|p| p.iter()),
            left: parts.iter().map(|p| p.len()).sum(),
            _parts: std::marker::PhantomData,
        };
        Thin(ThinArc::from_header_and_iter((), joined))
    }

    /// The bytes.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.0.slice
    }

    /// Whether both point to one allocation.
    pub(crate) fn ptr_eq(&self, other: &Thin) -> bool {
        self.0.ptr() == other.0.ptr()
    }
}

impl PartialEq for Thin {
    fn eq(&self, other: &Thin) -> bool {
        self.ptr_eq(other) || self.as_bytes() == other.as_bytes()
    }
}

impl Eq for Thin {}

/// Hashes the bytes, as `[u8]` does: equal bytes, equal hashes (`Eq`
/// compares the bytes), so a set of `Thin`s is looked up by bytes.
impl std::hash::Hash for Thin {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_bytes().hash(state)
    }
}

impl std::borrow::Borrow<[u8]> for Thin {
    fn borrow(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl Thin {
    /// The holder of these bytes `table` already has, or this one, which
    /// `table` then remembers: equal bytes end up in one allocation.
    pub(crate) fn shared(&self, table: &mut rustc_hash::FxHashSet<Thin>) -> Thin {
        if let Some(t) = table.get(self.as_bytes()) {
            return t.clone();
        }
        table.insert(self.clone());
        self.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thin_pointer_is_one_word() {
        assert_eq!(std::mem::size_of::<Thin>(), 8);
        assert_eq!(std::mem::size_of::<Option<Thin>>(), 8);
    }

    #[test]
    fn parts_are_joined_shared_and_freed_by_the_last_holder() {
        let a = Thin::new(&[b"ab", b"", b"cde"]);
        let b = a.clone();
        assert!(a.ptr_eq(&b));
        assert_eq!(a.as_bytes(), b"abcde");
        drop(a);
        assert_eq!(b.as_bytes(), b"abcde");
        let empty = Thin::new(&[]);
        assert!(empty.as_bytes().is_empty());
        assert!(!empty.ptr_eq(&b));
    }

    #[test]
    fn clones_on_other_threads_read_the_same_bytes() {
        let a = Thin::new(&["é".repeat(50).as_bytes()]);
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let c = a.clone();
                std::thread::spawn(move || c.as_bytes().len())
            })
            .collect();
        for h in handles {
            assert_eq!(h.join().unwrap(), 100);
        }
    }
}
