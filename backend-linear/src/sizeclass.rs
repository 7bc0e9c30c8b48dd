//! Go's malloc size classes (`internal/runtime/gc/sizeclasses.go`, Go 1.27).
//!
//! The allocator uses the same classes as Go, for two reasons: they are a
//! well-tuned set (at most 12.5% internal waste), and `append` must round
//! capacities up exactly as Go's `roundupsize` does, so that `cap()` after
//! `append` prints the same number as `go run`. The tables are emitted as a
//! data segment that the WAT allocator and `growslice` read.

/// Number of size classes, including the unused class 0.
pub const NUM_CLASSES: usize = 68;
/// Largest small-object size; bigger objects get their own page run.
pub const MAX_SMALL_SIZE: u32 = 32768;
/// Allocator page size (Go's `pageSize`).
pub const PAGE_SIZE: u32 = 8192;

/// Bytes per object of each class.
pub const CLASS_TO_SIZE: [u16; NUM_CLASSES] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// Pages per span of each class.
pub const CLASS_TO_NPAGES: [u8; NUM_CLASSES] = [
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8,
    3, 10, 7, 4,
];

/// Class of sizes up to 1024, indexed by `ceil(size / 8)`.
pub const SIZE_TO_CLASS8: [u8; 129] = [
    0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15,
    16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22, 22, 23, 23,
    23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27, 27, 28, 28,
    28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30, 30, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
    32, 32, 32, 32, 32, 32,
];

/// Class of sizes from 1024 to 32768, indexed by `ceil((size - 1024) / 128)`.
pub const SIZE_TO_CLASS128: [u8; 249] = [
    32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44, 44,
    44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49, 50, 51,
    51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53, 54, 54, 54,
    54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57, 57, 57, 57, 57,
    57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62,
    62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 64, 64, 64, 64, 64,
    64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65,
    65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66,
    66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67,
];

/// Bytes of a span's header (kept in the span's first page).
pub const SPAN_HEADER: u32 = 48;
/// Per-span slack for aligning the metadata arrays.
pub const SPAN_SLACK: u32 = 16;

/// Pages per span of `class` in this allocator: Go's count when the span
/// header and per-object metadata (a mark byte and a descriptor word)
/// still fit with at most 1/8 waste, else the smallest count that does
/// (at most 16 pages). Go's one-object classes (8 KiB, 16 KiB, ...) need
/// more pages than Go gives them, since the header lives in the span.
pub fn span_pages(class: usize) -> u32 {
    let size = u32::from(CLASS_TO_SIZE[class]);
    let go = u32::from(CLASS_TO_NPAGES[class]);
    if size == 0 {
        return go;
    }
    let fits = |np: u32| {
        let bytes = np * PAGE_SIZE;
        let n = (bytes - SPAN_HEADER - SPAN_SLACK) / (size + 5);
        (n, bytes - n * size)
    };
    for np in go..=16 {
        let (n, waste) = fits(np);
        if n >= 1 && waste * 8 <= np * PAGE_SIZE {
            return np;
        }
    }
    (go..=16).find(|&np| fits(np).0 >= 1).unwrap_or(16)
}

/// The tables as one little-endian blob, in the order the WAT allocator
/// expects (offsets given by [`TableOffsets`]).
pub fn tables_blob() -> Vec<u8> {
    let mut v = Vec::new();
    for s in CLASS_TO_SIZE {
        v.extend_from_slice(&s.to_le_bytes());
    }
    v.extend((0..NUM_CLASSES).map(|c| span_pages(c) as u8));
    v.extend_from_slice(&SIZE_TO_CLASS8);
    v.extend_from_slice(&SIZE_TO_CLASS128);
    v
}

/// Offsets of the tables inside [`tables_blob`].
pub struct TableOffsets;

impl TableOffsets {
    /// `u16` bytes per class.
    pub const CLASS_TO_SIZE: u32 = 0;
    /// `u8` pages per span of each class ([`span_pages`]).
    pub const CLASS_TO_NPAGES: u32 = 2 * NUM_CLASSES as u32;
    /// `u8` class by 8-byte steps.
    pub const SIZE_TO_CLASS8: u32 = Self::CLASS_TO_NPAGES + NUM_CLASSES as u32;
    /// `u8` class by 128-byte steps.
    pub const SIZE_TO_CLASS128: u32 = Self::SIZE_TO_CLASS8 + 129;
    /// End of the blob.
    pub const END: u32 = Self::SIZE_TO_CLASS128 + 249;
}

/// Go's `roundupsize(size, noscan)` for amd64 (malloc header of 8 bytes on
/// pointerful objects above 512 bytes). The WAT `$gc_roundupsize` is the
/// same function; this one documents it and tests the tables.
pub fn roundupsize(size: u64, noscan: bool) -> u64 {
    let mut req = size;
    if req <= u64::from(MAX_SMALL_SIZE) - 8 {
        if !noscan && req > 512 {
            req += 8;
        }
        let class = if req <= 1024 - 8 {
            SIZE_TO_CLASS8[req.div_ceil(8) as usize]
        } else {
            SIZE_TO_CLASS128[((req + 127 - 1024) / 128) as usize]
        };
        return u64::from(CLASS_TO_SIZE[class as usize]) - (req - size);
    }
    let r = size.wrapping_add(u64::from(PAGE_SIZE) - 1);
    if r < size {
        return size;
    }
    r & !(u64::from(PAGE_SIZE) - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundupsize_matches_go() {
        assert_eq!(roundupsize(0, true), 0);
        assert_eq!(roundupsize(5, true), 8);
        assert_eq!(roundupsize(33, true), 48);
        assert_eq!(roundupsize(1024, true), 1024);
        assert_eq!(roundupsize(1025, true), 1152);
        assert_eq!(roundupsize(1024, false), 1144);
        assert_eq!(roundupsize(40000, true), 40960);
        assert_eq!(roundupsize(1020, true), 1024);
    }

    #[test]
    fn every_span_holds_objects() {
        for (c, &size) in CLASS_TO_SIZE.iter().enumerate().skip(1) {
            let np = span_pages(c);
            let size = u32::from(size);
            let n = (np * PAGE_SIZE - SPAN_HEADER - SPAN_SLACK) / (size + 5);
            assert!(n >= 1, "class {c}");
            println!("class {c} size {size} pages {np} objects {n}");
        }
    }
}
