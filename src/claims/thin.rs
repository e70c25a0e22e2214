//! [`Thin`]: shared immutable bytes behind a thin pointer.
//!
//! An `Arc<str>` is 16 bytes inline (a pointer and a length), and an
//! `Arc` of a struct holding a `Box<str>` costs two allocations. Claims
//! hold several shared strings each ([`super::Sym`], [`super::stems`]):
//! here one allocation holds the count of holders, the length and the
//! bytes, and the pointer to it is 8 bytes.

use std::alloc::{self, Layout};
use std::ptr::NonNull;
use std::sync::atomic::{fence, AtomicUsize, Ordering::*};

/// Immutable bytes shared by reference count, as an `Arc<[u8]>` is, but 8
/// bytes inline.
pub(crate) struct Thin(NonNull<Header>);

/// The start of a [`Thin`]'s allocation; the bytes follow it.
#[repr(C)]
struct Header {
    /// How many [`Thin`]s point here.
    holders: AtomicUsize,
    /// How many bytes follow.
    len: usize,
}

/// Where the bytes start in the allocation: right after the header (bytes
/// need no alignment).
const BYTES: usize = std::mem::size_of::<Header>();

// SAFETY: the bytes are never written after `new`, and the count of
// holders is atomic, as in `Arc<[u8]>`.
unsafe impl Send for Thin {}
// SAFETY: as above: nothing is written through a shared `Thin` but the
// atomic count.
unsafe impl Sync for Thin {}

impl Thin {
    /// The layout of the allocation of `len` bytes.
    fn layout(len: usize) -> Layout {
        let bytes = Layout::array::<u8>(len).expect("a length that fits in memory fits a layout");
        let (layout, offset) = Layout::new::<Header>()
            .extend(bytes)
            .expect("a length that fits in memory fits a layout");
        debug_assert_eq!(offset, BYTES);
        layout.pad_to_align()
    }

    /// A new allocation holding `parts`, one after the other, not shared.
    pub(crate) fn new(parts: &[&[u8]]) -> Thin {
        let len = parts.iter().map(|p| p.len()).sum();
        let layout = Thin::layout(len);
        // SAFETY: the layout is never zero-sized (it holds the header); the
        // header and all `len` bytes are written inside the allocation
        // before the pointer is used.
        unsafe {
            let p = alloc::alloc(layout);
            let Some(header) = NonNull::new(p.cast::<Header>()) else {
                alloc::handle_alloc_error(layout)
            };
            header.as_ptr().write(Header {
                holders: AtomicUsize::new(1),
                len,
            });
            let mut at = p.add(BYTES);
            for part in parts {
                std::ptr::copy_nonoverlapping(part.as_ptr(), at, part.len());
                at = at.add(part.len());
            }
            Thin(header)
        }
    }

    fn header(&self) -> &Header {
        // SAFETY: the header lives as long as any `Thin` pointing to it.
        unsafe { self.0.as_ref() }
    }

    /// The bytes.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        let len = self.header().len;
        // SAFETY: `new` wrote `len` bytes after the header; they are never
        // written again and live as long as `self`.
        unsafe { std::slice::from_raw_parts(self.0.as_ptr().cast::<u8>().add(BYTES), len) }
    }

    /// Whether both point to one allocation.
    pub(crate) fn ptr_eq(&self, other: &Thin) -> bool {
        self.0 == other.0
    }
}

impl Clone for Thin {
    fn clone(&self) -> Thin {
        // As `Arc`: a count past `isize::MAX` means leaked clones; abort
        // rather than wrap.
        if self.header().holders.fetch_add(1, Relaxed) > isize::MAX as usize {
            std::process::abort();
        }
        Thin(self.0)
    }
}

impl Drop for Thin {
    fn drop(&mut self) {
        if self.header().holders.fetch_sub(1, Release) != 1 {
            return;
        }
        fence(Acquire);
        let layout = Thin::layout(self.header().len);
        // SAFETY: this was the last holder; the allocation was made with
        // this layout in `new`.
        unsafe { alloc::dealloc(self.0.as_ptr().cast::<u8>(), layout) }
    }
}

impl PartialEq for Thin {
    fn eq(&self, other: &Thin) -> bool {
        self.ptr_eq(other) || self.as_bytes() == other.as_bytes()
    }
}

impl Eq for Thin {}

#[cfg(test)]
mod tests {
    use super::*;

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
