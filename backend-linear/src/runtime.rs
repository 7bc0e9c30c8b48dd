//! The linear backend's own runtime: allocator, garbage collector and the
//! Go operations that are too long to inline, written in WebAssembly text
//! (`src/runtime/*.wat`) and specialized with this module's addresses.
//!
//! # Allocator
//! The heap is a run of 8 KiB pages above the static data, grown with
//! `memory.grow` (at least 1 MiB at a time). A page bitmap records used
//! pages, and a page table maps every heap page to the address of the span
//! that owns it. A span is either
//! - *small*: one of Go's 67 size classes (up to 32 KiB), with at least
//!   Go's number of pages per span (more where the in-span metadata would
//!   not fit, see [`crate::sizeclass::span_pages`]); its slots are
//!   threaded on a free list; spans whose
//!   objects hold pointers ("scan" spans) and pointer-free ("noscan") spans
//!   are kept apart, as Go does, so noscan objects cost no descriptor; or
//! - *large*: one object on a run of pages of its own.
//!
//! A span starts with a 48-byte header (kind, class, object size, count,
//! free list, pages, first object, mark bytes, descriptors, list link);
//! a small span then holds one mark byte per slot, and a scan span one u32
//! descriptor address per slot, before the objects themselves. Spans with
//! free slots are linked per span class; allocation pops the first slot of
//! the first span (O(1)), takes a fresh span when there is none, and zeroes
//! the whole slot.
//!
//! # Collector
//! Precise, non-moving, stop-the-world mark-sweep. Because slots of a span
//! have one size, the base of the object containing any address, interior
//! or not, is `objstart + (addr - objstart) / size * size`: interior
//! pointers (`&s.f`, `&a[i]`, slices into arrays) need nothing special.
//! Roots are the package-level variables (a static table of address and
//! type descriptor) and the shadow stack: every function keeps the pointer
//! word of each value that is live across an allocation in a slot of its
//! frame (see [`crate::frame`]), so the collector finds all pointers that
//! wasm locals hold. Marking uses a 64 KiB gray stack; on overflow objects
//! stay marked and a rescan of the marked objects finishes the job. Sweep
//! rebuilds every free list from the mark bytes and gives spans with no
//! live object back to the page heap.
//!
//! A collection starts when the bytes allocated since the last collection
//! plus the live bytes it found reach the goal: twice the live heap, at
//! least 4 MiB (Go's `GOGC=100` with a floor). In stress mode the goal is
//! the live heap plus 1/64 of it: a collection at every allocation while
//! almost nothing is live, and after every few allocations for the live
//! sets of typical test programs. (Collecting at literally every allocation is quadratic in the
//! live set: building a 100,000-node list took many minutes.) When no pages
//! are left, the allocator collects once more before it reports
//! `out of memory`.

use crate::sizeclass::{TableOffsets, MAX_SMALL_SIZE, NUM_CLASSES};
use crate::statics::{self, StaticsInfo};

const ALLOC_WAT: &str = include_str!("runtime/alloc.wat");
const COLLECT_WAT: &str = include_str!("runtime/collect.wat");
const HELPERS_WAT: &str = include_str!("runtime/helpers.wat");

/// Minimum heap goal.
pub const MIN_GC: u64 = 4 << 20;

/// The runtime's module fields, with every `@NAME@` placeholder replaced.
pub fn runtime_wat(info: &StaticsInfo, gc_stress: bool) -> String {
    let subst: Vec<(&str, String)> = vec![
        ("HEAP_START", info.heap_start.to_string()),
        ("PAGE_TABLE", statics::PAGE_TABLE.to_string()),
        ("PAGE_BITMAP", statics::PAGE_BITMAP.to_string()),
        ("PARTIAL_BYTES", (4 * 2 * NUM_CLASSES).to_string()),
        ("PARTIAL", statics::PARTIAL.to_string()),
        ("ZEROBASE", statics::ZEROBASE.to_string()),
        (
            "MARK_STACK_END",
            (statics::MARK_STACK + statics::MARK_STACK_SIZE).to_string(),
        ),
        ("MARK_STACK", statics::MARK_STACK.to_string()),
        ("SS_TOP", statics::SS_TOP.to_string()),
        ("SS_BASE", statics::SS_BASE.to_string()),
        ("ROOTS_END", (info.roots + 8 * info.nroots).to_string()),
        ("ROOTS", info.roots.to_string()),
        ("GC_STRESS", u32::from(gc_stress).to_string()),
        ("SO_MSG", info.stack_overflow.to_string()),
        ("SO_LEN", statics::STACK_OVERFLOW.len().to_string()),
        ("MIN_GC", MIN_GC.to_string()),
        (
            "GC_NEXT0",
            if gc_stress {
                "0".to_string()
            } else {
                MIN_GC.to_string()
            },
        ),
        ("MAX_SMALL", MAX_SMALL_SIZE.to_string()),
        (
            "CLASS_TO_SIZE",
            (statics::CLASS_TABLES + TableOffsets::CLASS_TO_SIZE).to_string(),
        ),
        (
            "CLASS_TO_NPAGES",
            (statics::CLASS_TABLES + TableOffsets::CLASS_TO_NPAGES).to_string(),
        ),
        (
            "SIZE_TO_CLASS8",
            (statics::CLASS_TABLES + TableOffsets::SIZE_TO_CLASS8).to_string(),
        ),
        (
            "SIZE_TO_CLASS128",
            (statics::CLASS_TABLES + TableOffsets::SIZE_TO_CLASS128).to_string(),
        ),
    ];
    let mut out = String::new();
    for src in [ALLOC_WAT, COLLECT_WAT, HELPERS_WAT] {
        out.push_str(&substitute(src, &subst));
    }
    assert!(!out.contains('@'), "unsubstituted runtime placeholder");
    out
}

fn substitute(src: &str, subst: &[(&str, String)]) -> String {
    let mut s = src.to_string();
    for (k, v) in subst {
        s = s.replace(&format!("@{k}@"), v);
    }
    s
}
