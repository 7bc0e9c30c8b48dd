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
//!
//! # Heap verifier
//! Stress mode also verifies the heap right after the sweep
//! (`runtime/verify.wat`, linked into stress-mode modules only, so normal
//! builds are byte for byte what they were without it). It checks:
//! - the page table and bitmap: every span's pages are in use and name
//!   the span, whose header sits on its first page; free pages are free;
//! - each span's header: kind small or large; for a small span the class,
//!   object size and page count from the size-class tables, the object
//!   count, and the mark bytes, descriptors and first object where the
//!   allocator puts them, all inside the span's pages; for a large span
//!   one object of more than `MAX_SMALL_SIZE` bytes on exactly the pages
//!   it needs, noscan flag agreeing with its descriptor;
//! - that the sweep cleared every mark, kept no span without live
//!   objects, and counted the live bytes right;
//! - every free list: entries lie inside their span's objects at slot
//!   starts, no slot twice (so no cycle), exactly `nfree` of them, and a
//!   free slot has no descriptor; the lists of spans with free slots hold
//!   exactly the small spans with free slots, each on its own class's
//!   list (walked with a bound, so a cycle is reported too);
//! - everything reachable from the marker's roots (the root table and the
//!   shadow stack), walked like the marker does with the mark bytes as
//!   the visited set: a pointer below the heap or nil is fine (static
//!   data, zerobase), a heap pointer must land inside an object slot of a
//!   live span (not a free page, span metadata or the slack after the
//!   last slot; interior pointers are fine); the object must not be on a
//!   free list (the check that matters: the sweep freed a reachable
//!   object); an object of a scan span must have a descriptor; a
//!   descriptor must lie in the static data with element size > 0 and at
//!   most the object's size, at least one run, and every run's pointer
//!   words (4-aligned) or sub-elements (recursively checked) inside the
//!   element;
//! - and finally that every object the sweep kept was reached, i.e. the
//!   marker and the verifier agree on the live set.
//!
//! The first violation writes `gowgc: heap verifier: WHAT at 0xADDR` to
//! stderr and traps. Verifying costs about one and a half collections:
//! after every collection it made the stress corpus about twice as slow
//! (2.5x for the collection-bound programs, three of them past the
//! corpus's 60 s limit). So it runs after each of the first
//! [`VERIFY_ALL`] collections, which covers small programs completely,
//! and then after every [`VERIFY_EVERY`]th: about 1.2x. What it cannot
//! see: a missing root or a wrong type descriptor, since it shares them
//! with the marker (the stress mode itself is what flushes those out).

use crate::sizeclass::{TableOffsets, MAX_SMALL_SIZE, NUM_CLASSES};
use crate::statics::{self, StaticsInfo};

const ALLOC_WAT: &str = include_str!("runtime/alloc.wat");
const COLLECT_WAT: &str = include_str!("runtime/collect.wat");
const HELPERS_WAT: &str = include_str!("runtime/helpers.wat");
const VERIFY_WAT: &str = include_str!("runtime/verify.wat");

/// In stress mode the heap verifier runs after each of the first
/// `VERIFY_ALL` collections, then after every `VERIFY_EVERY`th.
pub const VERIFY_ALL: u32 = 1024;
/// See [`VERIFY_ALL`]; a power of two.
pub const VERIFY_EVERY: u32 = 8;
const _: () = assert!(VERIFY_EVERY.is_power_of_two());

/// The heap verifier's messages, each at most 63 bytes: `@V_NAME@` in
/// `verify.wat` is the index of the message called `NAME`.
#[rustfmt::skip]
const VERIFY_MESSAGES: &[(&str, &str)] = &[
    ("PREFIX", "gowgc: heap verifier: "),
    ("AT", " at "),
    ("NL", "\n"),
    ("BITMAP_FREE", "free page marked in use in the page bitmap"),
    ("BITMAP_USED", "span page marked free in the page bitmap"),
    ("PAGE_TABLE", "page-table entry does not name the page's span"),
    ("SPAN_PAGES", "span page count out of range"),
    ("SPAN_KIND", "span of unknown kind"),
    ("SPAN_CLASS", "span size or page count not from its size class"),
    ("SPAN_COUNT", "span object count does not match its object size"),
    ("SPAN_LAYOUT", "span mark bytes, descriptors or objects misplaced"),
    ("SPAN_EMPTY", "span without live objects survived the sweep"),
    ("LARGE_SPAN", "inconsistent large-object span header"),
    ("STALE_MARK", "mark not cleared by the sweep"),
    ("FREE_OUTSIDE", "free-list entry outside its span's objects"),
    ("FREE_ALIGN", "free-list entry not at the start of a slot"),
    ("FREE_TWICE", "free list holds a slot twice"),
    ("FREE_COUNT", "free-list length differs from the span's free count"),
    ("FREE_DESC", "free slot keeps a descriptor"),
    ("LIVE", "live-byte count differs from the spans"),
    ("PARTIAL_SPAN", "list of spans with free slots holds a non-span"),
    ("PARTIAL_CLASS", "span on the wrong list of spans with free slots"),
    ("PARTIAL_COUNT", "lists of spans with free slots miss a span or loop"),
    ("PTR_FREE_PAGE", "pointer into a free heap page"),
    ("PTR_HEADER", "pointer into span metadata"),
    ("PTR_SLACK", "pointer past a span's last object"),
    ("FREED", "reachable object on a free list"),
    ("NO_DESC", "reachable object in a scan span has no descriptor"),
    ("DESC_ADDR", "descriptor outside the static data"),
    ("DESC_BAD", "malformed descriptor"),
    ("DESC_SIZE", "descriptor element larger than its object"),
    ("DESC_RUN", "descriptor run outside its element"),
    ("UNREACHED", "unreachable object survived the sweep"),
];

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
        (
            "GC_VERIFY",
            if gc_stress {
                "\n    (call $gc_verify)".to_string()
            } else {
                String::new()
            },
        ),
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
        ("NUM_CLASSES", NUM_CLASSES.to_string()),
        ("VERIFY_ALL", VERIFY_ALL.to_string()),
        ("VERIFY_MASK", (VERIFY_EVERY - 1).to_string()),
        ("NUM_SPAN_CLASSES", (2 * NUM_CLASSES).to_string()),
        ("DATA_START", info.globals_end.to_string()),
        ("DESC_MAX", (info.heap_start - 8).to_string()),
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
    if gc_stress {
        out.push_str(&substitute(
            &substitute(VERIFY_WAT, &verify_messages()),
            &subst,
        ));
    }
    assert!(!out.contains('@'), "unsubstituted runtime placeholder");
    out
}

/// The verifier's `@V_NAME@` placeholders and `@VERIFY_MSGS@`, the text of
/// its passive data segment: the messages in 64-byte NUL-padded slots.
fn verify_messages() -> Vec<(String, String)> {
    let mut seg = Vec::new();
    let mut out = Vec::new();
    for (i, (name, msg)) in VERIFY_MESSAGES.iter().enumerate() {
        assert!(msg.len() < 64, "verifier message too long: {msg}");
        out.push((format!("V_{name}"), i.to_string()));
        seg.extend_from_slice(msg.as_bytes());
        seg.resize(64 * (i + 1), 0);
    }
    out.push(("VERIFY_MSGS".to_string(), statics::escape(&seg)));
    out
}

fn substitute<K: AsRef<str>>(src: &str, subst: &[(K, String)]) -> String {
    let mut s = src.to_string();
    for (k, v) in subst {
        s = s.replace(&format!("@{}@", k.as_ref()), v);
    }
    s
}
