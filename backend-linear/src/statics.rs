//! The static part of linear memory: the memory map, constant strings,
//! GC type descriptors, package-level variables and the root table.
//!
//! Memory map (addresses in bytes):
//!
//! ```text
//! [0, 64 KiB)              shared runtime (gowgc-runtime): I/O buffers
//! TABLES                   size-class tables, per-class span lists, zerobase
//! MARK_STACK  (64 KiB)     the collector's gray stack
//! SS_BASE..SS_TOP (1 MiB)  shadow stack, grows down from SS_TOP
//! PAGE_BITMAP (64 KiB)     one bit per 8 KiB heap page: in use
//! PAGE_TABLE  (2 MiB)      one u32 per heap page: its span's address or 0
//! GLOBALS                  package-level variables (zero-initialized)
//! data                     descriptors, strings, the root table
//! HEAP_START (64 KiB-aligned) .. memory end: the heap, grown on demand
//! ```
//!
//! Everything before `GLOBALS` has a fixed address, so function bodies can
//! be generated before the size of the data area is known.
//!
//! A type descriptor tells the collector where the pointers of one value of
//! a type are; see [`Statics::descriptor`] for its format. Closure objects
//! have no IR type: [`Statics::closure_descriptor`] describes them by the
//! types of their captures.

use crate::layout::{align_to, Layouts};
use crate::sizeclass::{TableOffsets, NUM_CLASSES};
use gowgc_ir::{Global, Module, Type, TypeData};
use std::collections::HashMap;
use std::fmt::Write;

/// Start of this backend's static memory (the shared runtime owns below).
pub const TABLES: u32 = 65536;
/// Size-class tables (see [`crate::sizeclass::tables_blob`]).
pub const CLASS_TABLES: u32 = TABLES;
/// Heads of the lists of spans with free slots, one u32 per span class
/// (`class * 2 + noscan`).
pub const PARTIAL: u32 = TABLES + 1024;
/// The address every zero-sized allocation returns (Go's `zerobase`).
pub const ZEROBASE: u32 = PARTIAL + 4 * 2 * NUM_CLASSES as u32;
/// The gray stack of the marker.
pub const MARK_STACK: u32 = TABLES + 4096;
/// Bytes of the gray stack.
pub const MARK_STACK_SIZE: u32 = 65536;
/// Lowest address of the shadow stack.
pub const SS_BASE: u32 = MARK_STACK + MARK_STACK_SIZE;
/// Shadow stack size.
pub const SS_SIZE: u32 = 1 << 20;
/// Initial shadow stack pointer (the stack grows down).
pub const SS_TOP: u32 = SS_BASE + SS_SIZE;
/// Page-in-use bitmap.
pub const PAGE_BITMAP: u32 = SS_TOP;
/// Page table: span address per heap page.
pub const PAGE_TABLE: u32 = PAGE_BITMAP + 65536;
/// Package-level variables.
pub const GLOBALS: u32 = PAGE_TABLE + (1 << 21);

const _: () = assert!(TableOffsets::END <= 1024);
const _: () = assert!(ZEROBASE + 8 <= MARK_STACK);

/// One entry of a descriptor: pointers (or sub-objects) at
/// `off + i * stride` for `i < count`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
struct Run {
    off: u32,
    count: u32,
    stride: u32,
    /// 0: the words are pointers; else the descriptor of the elements.
    sub: u32,
}

/// Builds the static data while functions are generated.
pub struct Statics<'t> {
    /// Address of each global.
    globals: HashMap<Global, u32>,
    globals_end: u32,
    data_base: u32,
    data: Vec<u8>,
    strings: HashMap<Vec<u8>, u32>,
    descs: HashMap<Type, u32>,
    closure_descs: HashMap<Vec<Type>, u32>,
    roots: Vec<(u32, u32)>,
    layouts: Layouts<'t>,
}

impl<'t> Statics<'t> {
    /// Places `m`'s globals; fails when they do not fit in memory.
    pub fn new(m: &'t Module) -> Result<Self, String> {
        let mut layouts = Layouts::wasm32(&m.types);
        let mut globals = HashMap::new();
        let mut at = u64::from(GLOBALS);
        let mut placed = Vec::new();
        for (g, data) in m.globals.iter() {
            let l = layouts.layout(data.ty);
            at = align_to(at, l.align.max(8));
            if at.saturating_add(l.size) >= 1 << 31 {
                return Err(format!("global {} does not fit in memory", data.name));
            }
            globals.insert(g, at as u32);
            placed.push((at as u32, data.ty));
            at += l.size;
        }
        let globals_end = align_to(at, 8) as u32;
        let mut s = Statics {
            globals,
            globals_end,
            data_base: globals_end,
            data: Vec::new(),
            strings: HashMap::new(),
            descs: HashMap::new(),
            closure_descs: HashMap::new(),
            roots: Vec::new(),
            layouts,
        };
        for (addr, ty) in placed {
            let d = s.descriptor(ty);
            if d != 0 {
                s.roots.push((addr, d));
            }
        }
        Ok(s)
    }

    /// The wasm32 layouts.
    pub fn layouts(&mut self) -> &mut Layouts<'t> {
        &mut self.layouts
    }

    /// Address of global `g`.
    pub fn global(&self, g: Global) -> u32 {
        self.globals.get(&g).copied().unwrap_or(0)
    }

    fn here(&self) -> u32 {
        self.data_base.wrapping_add(self.data.len() as u32)
    }

    fn align_data(&mut self, a: usize) {
        while !self.data.len().is_multiple_of(a) {
            self.data.push(0);
        }
    }

    /// Address of a constant string's bytes (0 for the empty string).
    pub fn string(&mut self, bytes: &[u8]) -> u32 {
        if bytes.is_empty() {
            return 0;
        }
        if let Some(&a) = self.strings.get(bytes) {
            return a;
        }
        let a = self.here();
        self.data.extend_from_slice(bytes);
        self.strings.insert(bytes.to_vec(), a);
        a
    }

    /// The GC descriptor of `ty`, or 0 when values of `ty` hold no
    /// pointers. Format (little-endian u32s): element size, number of
    /// runs, then per run `off, count, stride, sub`: the words at
    /// `off + i * stride` (`i < count`) are pointers when `sub` is 0, else
    /// values described by descriptor `sub`. An object holding several
    /// elements (a slice's backing array) repeats the element layout
    /// every `size` bytes.
    pub fn descriptor(&mut self, ty: Type) -> u32 {
        if !self.layouts.types().has_pointers(ty) {
            return 0;
        }
        if let Some(&d) = self.descs.get(&ty) {
            return d;
        }
        let runs = self.runs(ty);
        let size = self.layouts.size(ty).min(u64::from(u32::MAX)) as u32;
        let a = self.emit_descriptor(size, runs);
        self.descs.insert(ty, a);
        a
    }

    /// The descriptor of a closure object capturing values of types
    /// `caps` (see [`Layouts::closure`]), or 0 when no capture holds
    /// pointers.
    pub fn closure_descriptor(&mut self, caps: &[Type]) -> u32 {
        let types = self.layouts.types();
        if !caps.iter().any(|&t| types.has_pointers(t)) {
            return 0;
        }
        if let Some(&d) = self.closure_descs.get(caps) {
            return d;
        }
        let (offs, l) = self.layouts.closure(caps);
        let mut out: Vec<Run> = Vec::new();
        for (&t, off) in caps.iter().zip(offs) {
            if !types.has_pointers(t) {
                continue;
            }
            for r in self.runs(t) {
                push_run(
                    &mut out,
                    Run {
                        off: r.off + off as u32,
                        ..r
                    },
                );
            }
        }
        let size = l.size.min(u64::from(u32::MAX)) as u32;
        let a = self.emit_descriptor(size, out);
        self.closure_descs.insert(caps.to_vec(), a);
        a
    }

    /// Appends a descriptor to the data; returns its address.
    fn emit_descriptor(&mut self, size: u32, runs: Vec<Run>) -> u32 {
        self.align_data(4);
        let a = self.here();
        self.data.extend_from_slice(&size.to_le_bytes());
        self.data
            .extend_from_slice(&(runs.len() as u32).to_le_bytes());
        for r in runs {
            for w in [r.off, r.count, r.stride, r.sub] {
                self.data.extend_from_slice(&w.to_le_bytes());
            }
        }
        a
    }

    fn runs(&mut self, ty: Type) -> Vec<Run> {
        let types = self.layouts.types();
        let one = |off| {
            vec![Run {
                off,
                count: 1,
                stride: 4,
                sub: 0,
            }]
        };
        match types.data(ty) {
            TypeData::Bool | TypeData::Int { .. } | TypeData::Float { .. } => vec![],
            TypeData::Pointer(_)
            | TypeData::String
            | TypeData::Slice(_)
            | TypeData::Func { .. } => one(0),
            // (type id, data): the data word is the pointer
            TypeData::Interface { .. } => one(4),
            TypeData::Struct { fields } => {
                let fields: Vec<Type> = fields.iter().map(|f| f.ty).collect();
                let mut out: Vec<Run> = Vec::new();
                for (i, f) in fields.into_iter().enumerate() {
                    if !types.has_pointers(f) {
                        continue;
                    }
                    let off = self.layouts.field_offset(ty, i as u32) as u32;
                    for r in self.runs(f) {
                        push_run(
                            &mut out,
                            Run {
                                off: r.off + off,
                                ..r
                            },
                        );
                    }
                }
                out
            }
            TypeData::Array { elem, len } => {
                let (elem, len) = (*elem, *len);
                if len == 0 || !types.has_pointers(elem) {
                    return vec![];
                }
                let es = self.layouts.size(elem) as u32;
                let len32 = len.min(u64::from(u32::MAX)) as u32;
                let er = self.runs(elem);
                if let [r] = er[..] {
                    if r.sub == 0 && r.count == 1 {
                        return vec![Run {
                            off: r.off,
                            count: len32,
                            stride: es,
                            sub: 0,
                        }];
                    }
                    if r.sub == 0 && u64::from(r.count) * u64::from(r.stride) == u64::from(es) {
                        let count = (u64::from(r.count) * len).min(u64::from(u32::MAX)) as u32;
                        return vec![Run { count, ..r }];
                    }
                }
                if (er.len() as u64).saturating_mul(len) <= 16 {
                    let mut out = Vec::new();
                    for k in 0..len32 {
                        for r in &er {
                            push_run(
                                &mut out,
                                Run {
                                    off: r.off + k * es,
                                    ..*r
                                },
                            );
                        }
                    }
                    return out;
                }
                let sub = self.descriptor(elem);
                vec![Run {
                    off: 0,
                    count: len32,
                    stride: es,
                    sub,
                }]
            }
        }
    }

    /// Finishes the data: returns the module fields (data segments) and
    /// the values the runtime template needs.
    pub fn finish(mut self) -> Result<(String, StaticsInfo), String> {
        let stack_overflow = self.string(STACK_OVERFLOW);
        self.align_data(4);
        let roots = self.here();
        let nroots = self.roots.len() as u32;
        for (a, d) in std::mem::take(&mut self.roots) {
            self.data.extend_from_slice(&a.to_le_bytes());
            self.data.extend_from_slice(&d.to_le_bytes());
        }
        let end = self.data_base as u64 + self.data.len() as u64;
        let heap_start = align_to(end, 65536);
        if heap_start >= 1 << 31 {
            return Err("static data does not fit in memory".into());
        }
        let mut out = String::new();
        let _ = writeln!(
            out,
            "  (data (i32.const {CLASS_TABLES}) \"{}\")",
            escape(&crate::sizeclass::tables_blob())
        );
        if !self.data.is_empty() {
            let _ = writeln!(
                out,
                "  (data (i32.const {}) \"{}\")",
                self.data_base,
                escape(&self.data)
            );
        }
        let info = StaticsInfo {
            globals_end: self.globals_end,
            roots,
            nroots,
            heap_start: heap_start as u32,
            stack_overflow,
        };
        Ok((out, info))
    }
}

/// What the runtime needs to know about the static area.
#[derive(Copy, Clone, Debug)]
pub struct StaticsInfo {
    /// End of the globals.
    pub globals_end: u32,
    /// Address of the root table: (address u32, descriptor u32) pairs.
    pub roots: u32,
    /// Number of entries in the root table.
    pub nroots: u32,
    /// First heap address (64 KiB-aligned).
    pub heap_start: u32,
    /// Address of [`STACK_OVERFLOW`].
    pub stack_overflow: u32,
}

/// What Go prints when the (shadow) stack is exhausted, before its
/// goroutine trailer.
pub const STACK_OVERFLOW: &[u8] =
    b"runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow";

fn push_run(out: &mut Vec<Run>, r: Run) {
    if let Some(last) = out.last_mut() {
        if last.sub == 0 && r.sub == 0 && r.count == 1 && r.off > last.off {
            if last.count == 1 {
                last.stride = r.off - last.off;
                last.count = 2;
                return;
            }
            if u64::from(r.off)
                == u64::from(last.off) + u64::from(last.count) * u64::from(last.stride)
            {
                last.count += 1;
                return;
            }
        }
    }
    out.push(r);
}

/// Bytes as a WAT string literal body.
pub fn escape(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        if b.is_ascii_alphanumeric() || b == b' ' || b == b'.' || b == b',' || b == b'_' {
            s.push(b as char);
        } else {
            let _ = write!(s, "\\{b:02x}");
        }
    }
    s
}
