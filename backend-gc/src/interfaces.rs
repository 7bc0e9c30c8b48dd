//! Interface values: representation, boxing and unboxing.
//!
//! An interface value is two wasm values, `i32 (ref null eq)`: the dynamic
//! type id the frontend assigned (unique per Go type, 0 for nil) and the
//! data. Nil is `(0, null)`. Dispatch, assertions, type switches and
//! comparisons are IR the frontend builds from `iface_type_id` and
//! `iface_data`, so the backend only boxes and unboxes; WasmGC's
//! structural type canonicalization is why the type id travels beside the
//! data instead of being recovered with casts.
//!
//! How a value of concrete type `T` becomes the data (`make_interface`):
//!
//! - bool, 8- and 16-bit integers: always an `i31ref`, no allocation;
//! - 32- and 64-bit integers: an `i31ref` when the value fits in 31 bits
//!   (signed or unsigned by `T`), else a box `$box.i32`/`$box.i64`, so
//!   small integers (the common case) never allocate;
//! - a value that is one reference already (a thin pointer: the object or
//!   the cell it points to; a func value: its closure) is stored as is;
//! - anything else (floats, strings, slices, interfaces, fat pointers):
//!   an immutable final struct of its flattened values ([`Layout::box_ty`]);
//! - an aggregate (the operand is a pointer to the value): a new object,
//!   deep-copied from the operand, since Go copies on conversion.
//!
//! `iface_data` reverses this for the type the frontend has already
//! checked: a `ref.cast` to the box (final types: one compare in wasmtime)
//! and field reads; an integer that may be an `i31ref` takes one
//! `br_on_cast` to tell the two apart. A func value is cast back to
//! `$closure`, which is not final (its subtypes hold the captures), so
//! that one cast may be slower.
//!
//! The IR gives `make_interface` its operand with the concrete type, but
//! a pointer to an aggregate *value* and a Go pointer `*S` (or `*[N]T`)
//! are both `Pointer(S)`. [`FnEmitter::boxing`] has to pick one reading
//! and follows the IR's documentation: it copies. So a Go `*S` put in an
//! interface loses its identity until the IR tells the two apart (the
//! linear backend makes the same choice); the decision is made in that
//! one match arm.
//!
//! [`Layout::box_ty`]: crate::layout::Layout::box_ty

use crate::func::FnEmitter;
use crate::text::Vt;
use gowgc_ir::{Op, Type, TypeData, Value};

/// How values of one concrete type are held in an interface's data.
enum Boxing {
    /// Always an `i31ref`; read back signed or unsigned.
    I31 { signed: bool },
    /// A 32-bit (`wide` false) or 64-bit integer: an `i31ref` when it fits,
    /// else the box `$box.i32`/`$box.i64`.
    Int { wide: bool, signed: bool },
    /// One reference stored as is; read back by a cast to this heap type.
    Ref(String),
    /// An immutable box struct of the flattened values, with their count.
    Boxed(String, usize),
}

impl FnEmitter<'_, '_> {
    /// How a value of concrete IR type `t` (the operand type of
    /// `make_interface`, the result type of `iface_data`) is held.
    fn boxing(&mut self, t: Type) -> Boxing {
        let l = &mut self.cx.l;
        match l.data(t) {
            TypeData::Bool => Boxing::I31 { signed: false },
            TypeData::Int {
                bits: 8 | 16,
                signed,
            } => Boxing::I31 { signed: *signed },
            TypeData::Int { bits, signed } => Boxing::Int {
                wide: *bits == 64,
                signed: *signed,
            },
            // A thin pointer to a struct or array keeps its identity: the
            // frontend copies aggregate values itself (the IR contract), and
            // `iface_data` gives the pointer back.
            TypeData::Pointer(p) if l.is_aggregate(*p) => Boxing::Ref(l.obj_ty(*p)),
            TypeData::Pointer(p) if !l.is_fat(*p) => Boxing::Ref(l.cell_ty(*p)),
            TypeData::Func { .. } => Boxing::Ref(l.closure_ty()),
            // Aggregates never appear as values (the verifier checks it).
            TypeData::Array { .. } | TypeData::Struct { .. } => Boxing::Ref(l.obj_ty(t)),
            TypeData::Pointer(_)
            | TypeData::Float { .. }
            | TypeData::String
            | TypeData::Slice(_)
            | TypeData::Interface { .. } => {
                let n = l.flat_len(t);
                Boxing::Boxed(l.box_ty(t), n)
            }
        }
    }

    pub(crate) fn iface_op(&mut self, op: &Op, res: Option<Value>) {
        let Some(r) = res else { return };
        match op {
            Op::MakeInterface(v, tid) => self.make_interface(*v, *tid, r),
            Op::IfaceTypeId(v) => {
                self.get_c(*v, 0);
                self.set(r);
            }
            Op::IfaceData(v) => self.iface_data(*v, r),
            _ => {}
        }
    }

    fn make_interface(&mut self, v: Value, tid: u32, r: Value) {
        let t = self.ty(v);
        self.emit(format!("i32.const {}", tid as i32));
        match self.boxing(t) {
            Boxing::I31 { .. } => {
                self.get_c(v, 0);
                self.emit("ref.i31");
            }
            Boxing::Int { wide, signed } => {
                let p = if wide { "i64" } else { "i32" };
                let bx = self.cx.l.box_ty(t);
                let c = self.comp(v, 0);
                // Signed: -2^30 <= v < 2^30; unsigned: v < 2^31.
                let fits = if signed {
                    format!("local.get {c}\n{p}.const 0x40000000\n{p}.add\n{p}.const 0x80000000\n{p}.lt_u")
                } else {
                    format!("local.get {c}\n{p}.const 0x80000000\n{p}.lt_u")
                };
                let wrap = if wide { "\n  i32.wrap_i64" } else { "" };
                self.emit(format!(
                    "{fits}\nif (result (ref eq))\n  local.get {c}{wrap}\n  ref.i31\nelse\n  local.get {c}\n  struct.new {bx}\nend"
                ));
            }
            Boxing::Ref(_) => self.get_c(v, 0),
            Boxing::Boxed(bx, _) => {
                self.get(v);
                self.emit(format!("struct.new {bx}"));
            }
        }
        self.set(r);
    }

    fn iface_data(&mut self, v: Value, r: Value) {
        let t = self.ty(r);
        let d = self.comp(v, 1);
        match self.boxing(t) {
            Boxing::I31 { signed } => {
                let su = if signed { "s" } else { "u" };
                self.emit(format!("local.get {d}\nref.cast (ref i31)\ni31.get_{su}"));
            }
            Boxing::Int { wide, signed } => {
                let p = if wide { "i64" } else { "i32" };
                let su = if signed { "s" } else { "u" };
                let bx = self.cx.l.box_ty(t);
                let ext = if wide {
                    format!("\n  i64.extend_i32_{su}")
                } else {
                    String::new()
                };
                self.emit(format!(
                    "block (result {p})\n  block (result (ref i31))\n    local.get {d}\n    br_on_cast 0 (ref null eq) (ref i31)\n    ref.cast (ref {bx})\n    struct.get {bx} 0\n    br 1\n  end\n  i31.get_{su}{ext}\nend"
                ));
            }
            Boxing::Ref(heap) => {
                self.emit(format!("local.get {d}\nref.cast (ref null {heap})"));
            }
            Boxing::Boxed(bx, 1) => {
                self.emit(format!(
                    "local.get {d}\nref.cast (ref {bx})\nstruct.get {bx} 0"
                ));
            }
            Boxing::Boxed(bx, n) => {
                let tmp = self.tmp(Vt::nref(&bx));
                self.emit(format!(
                    "local.get {d}\nref.cast (ref {bx})\nlocal.set {tmp}"
                ));
                for k in 0..n {
                    self.emit(format!("local.get {tmp}\nstruct.get {bx} {k}"));
                }
            }
        }
        self.set(r);
    }

    /// `v == nil` for an interface: its type id is 0.
    pub(crate) fn iface_is_nil(&mut self, v: Value, r: Value) {
        self.get_c(v, 0);
        self.emit("i32.eqz");
        self.set(r);
    }
}
