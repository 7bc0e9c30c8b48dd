//! Shadow-stack frames: which values the collector must be able to see.
//!
//! WebAssembly locals cannot be scanned, so a value that holds a heap
//! pointer (pointer, string, slice: their first word) and is live while an
//! allocation may run a collection is kept in a slot of the function's
//! shadow-stack frame as well (the data word, for an interface value). The
//! protocol:
//!
//! - on entry a function that needs slots pushes a zeroed frame of 4 bytes
//!   per slot (`$go_frame`) and keeps its address in `$fp`;
//! - a value is stored to its slot right where it is defined (instruction
//!   results, block parameters after a branch's parallel copy, function
//!   parameters after the prologue), before any later allocation;
//! - `return` pops the frame. A panic that exits the program needs no
//!   unwind; a Go panic raised as a wasm exception (`throw`) skips the
//!   pops of every frame it unwinds, so `call_catch` saves `$sp` before
//!   the call and restores it when it catches (see `codegen`): the
//!   unwound frames are then below `$sp`, where the collector never looks,
//!   and the catching function's own frame is intact.
//!
//! A value gets a slot when it is live across an allocating instruction:
//! live after it, or an operand of an operation that allocates and then
//! still reads it (`append` copies the old array after allocating the new
//! one, `make_closure` stores its captures into the new object,
//! `make_interface` copies its operand into the new box). Operands
//! of calls need no slot for the call's sake: the callee stores its
//! parameters in its own frame before it allocates. A call through a func
//! value counts as allocating whatever the callee (the closure itself is
//! the callee's first parameter, so the callee keeps it alive while it
//! reads captures after an allocation). A `call_catch` allocates like a
//! call, and also when the module's panic hook allocates: a runtime error
//! in the callee runs the hook before the exception reaches the catching
//! function. (A plain call needs no such care: a runtime error in its
//! callee unwinds the caller too.) `throw` never returns, so nothing is
//! live across it. Liveness is
//! the usual backward data flow over the CFG with block parameters.

use crate::interfaces::{boxing, Boxing};
use crate::layout::Scalar;
use cranelift_entity::{EntityRef, SecondaryMap};
use gowgc_ir::structure::reverse_postorder;
use gowgc_ir::{Block, FuncId, Function, Module, Op, Terminator, Value};

/// Which functions may allocate (and so may collect), transitively.
pub fn allocating_funcs(m: &Module) -> SecondaryMap<FuncId, bool> {
    let mut may: SecondaryMap<FuncId, bool> = SecondaryMap::new();
    let mut changed = true;
    while changed {
        changed = false;
        for (id, f) in m.funcs.iter() {
            if may[id] {
                continue;
            }
            let allocs = f.layout.iter().any(|&b| {
                f.blocks[b]
                    .insts
                    .iter()
                    .any(|&i| allocates(m, f, &f.insts[i].op, &may))
            });
            if allocs {
                may[id] = true;
                changed = true;
            }
        }
    }
    may
}

/// Can `op`, an instruction of `f`, run the collector?
pub fn allocates(m: &Module, f: &Function, op: &Op, may: &SecondaryMap<FuncId, bool>) -> bool {
    let types = &m.types;
    match op {
        Op::MakeInterface(v, _) => boxing(types, f.value_type(*v)) != Boxing::Direct,
        Op::Alloc(_)
        | Op::MakeSlice(..)
        | Op::Append(..)
        | Op::AppendSlice(..)
        | Op::AppendString(..)
        | Op::StrConcat(..)
        | Op::BytesToStr(_)
        | Op::StrToBytes(_)
        | Op::RuneToStr(_)
        | Op::MakeClosure(..)
        | Op::CallClosure(..) => true,
        Op::Call(f, _) => may[*f],
        // The callee may also end in a runtime error, which runs the panic
        // hook (an IR function that may allocate) before it unwinds to here.
        Op::CallCatch(f, _) => may[*f] || m.panic_hook.is_some_and(|h| may[h]),
        Op::Iconst(_)
        | Op::Fconst(_)
        | Op::Sconst(_)
        | Op::Nil
        | Op::Unary(..)
        | Op::Binary(..)
        | Op::Convert(..)
        | Op::Select(..)
        | Op::FieldAddr(..)
        | Op::IndexAddr(..)
        | Op::SliceIndexAddr(..)
        | Op::Load(_)
        | Op::Store(..)
        | Op::Copy(..)
        | Op::Zero(_)
        | Op::InitData(..)
        | Op::GlobalAddr(_)
        | Op::IsNil(_)
        | Op::SliceLen(_)
        | Op::SliceCap(_)
        | Op::SliceArray(..)
        | Op::SliceSlice(..)
        | Op::CopySlice(..)
        | Op::StrLen(_)
        | Op::StrIndex(..)
        | Op::StrSlice(..)
        | Op::StrCmp(..)
        | Op::ClosureCapture(..)
        | Op::IfaceTypeId(_)
        | Op::IfaceData(_)
        | Op::Print(..)
        | Op::Panic(..)
        | Op::Exit(_)
        | Op::PtrHash(_)
        | Op::RtCall(..)
        | Op::Throw => false,
    }
}

/// A function's frame: the slot of each value that has one.
pub struct Frame {
    /// Slot index per value.
    pub slot: SecondaryMap<Value, Option<u32>>,
    /// Number of slots (the frame is 4 bytes per slot).
    pub slots: u32,
}

/// A set of values as a bit vector.
#[derive(Clone, PartialEq, Eq)]
struct Set(Vec<u64>);

impl Set {
    fn new(n: usize) -> Self {
        Set(vec![0; n.div_ceil(64)])
    }
    fn insert(&mut self, v: Value) {
        self.0[v.index() / 64] |= 1 << (v.index() % 64);
    }
    fn remove(&mut self, v: Value) {
        self.0[v.index() / 64] &= !(1 << (v.index() % 64));
    }
    fn union(&mut self, o: &Set) {
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a |= b;
        }
    }
    fn iter(&self) -> impl Iterator<Item = Value> + '_ {
        self.0.iter().enumerate().flat_map(|(w, &bits)| {
            (0..64)
                .filter(move |k| bits & (1 << k) != 0)
                .map(move |k| Value::new(w * 64 + k))
        })
    }
}

fn term_uses(t: &Terminator) -> Vec<Value> {
    match t {
        Terminator::Jump(c) => c.args.clone(),
        Terminator::Brif(cond, a, b) => {
            let mut v = vec![*cond];
            v.extend(&a.args);
            v.extend(&b.args);
            v
        }
        Terminator::Return(vs) => vs.clone(),
        Terminator::None | Terminator::Unreachable => vec![],
    }
}

/// Computes the frame of `f`.
pub fn frame(m: &Module, f: &Function, may: &SecondaryMap<FuncId, bool>) -> Frame {
    let n = f.values.len();
    let rpo = reverse_postorder(f);
    let mut live_in: SecondaryMap<Block, Set> = SecondaryMap::with_default(Set::new(n));
    let mut changed = true;
    while changed {
        changed = false;
        for &b in rpo.iter().rev() {
            let live = block_live_in(f, b, &live_in, None);
            if live != live_in[b] {
                live_in[b] = live;
                changed = true;
            }
        }
    }
    let mut need = Set::new(n);
    for &b in &rpo {
        block_live_in(f, b, &live_in, Some((&mut need, m, may)));
    }
    let never_heap = never_heap(f, &rpo);
    let mut slot = SecondaryMap::new();
    let mut slots = 0;
    for v in need.iter() {
        let has_ptr = Scalar::of(&m.types, f.value_type(v)).is_some_and(Scalar::has_pointer);
        if has_ptr && !never_heap[v] {
            slot[v] = Some(slots);
            slots += 1;
        }
    }
    Frame { slot, slots }
}

/// Values that cannot point into the heap: addresses of globals, string
/// constants, nil, and addresses derived from those. They need no slot.
fn never_heap(f: &Function, rpo: &[Block]) -> SecondaryMap<Value, bool> {
    let mut out: SecondaryMap<Value, bool> = SecondaryMap::new();
    // definitions dominate uses, so one pass in reverse postorder suffices
    for &b in rpo {
        for &i in &f.blocks[b].insts {
            let inst = &f.insts[i];
            let static_ptr = match &inst.op {
                Op::GlobalAddr(_) | Op::Sconst(_) | Op::Nil => true,
                Op::FieldAddr(p, _)
                | Op::IndexAddr(p, _)
                | Op::SliceIndexAddr(p, _)
                | Op::SliceArray(p, ..)
                | Op::SliceSlice(p, ..)
                | Op::StrSlice(p, ..)
                | Op::Convert(_, p) => out[*p],
                Op::Iconst(_)
                | Op::Fconst(_)
                | Op::Unary(..)
                | Op::Binary(..)
                | Op::Select(..)
                | Op::Alloc(_)
                | Op::Load(_)
                | Op::Store(..)
                | Op::Copy(..)
                | Op::Zero(_)
                | Op::InitData(..)
                | Op::IsNil(_)
                | Op::MakeSlice(..)
                | Op::SliceLen(_)
                | Op::SliceCap(_)
                | Op::Append(..)
                | Op::AppendSlice(..)
                | Op::AppendString(..)
                | Op::CopySlice(..)
                | Op::StrLen(_)
                | Op::StrIndex(..)
                | Op::StrConcat(..)
                | Op::StrCmp(..)
                | Op::BytesToStr(_)
                | Op::StrToBytes(_)
                | Op::RuneToStr(_)
                | Op::Call(..)
                | Op::MakeClosure(..)
                | Op::ClosureCapture(..)
                | Op::MakeInterface(..)
                | Op::IfaceTypeId(_)
                | Op::IfaceData(_)
                | Op::CallClosure(..)
                | Op::Print(..)
                | Op::Panic(..)
                | Op::Exit(_)
                | Op::Throw
                | Op::PtrHash(_)
                | Op::RtCall(..)
                | Op::CallCatch(..) => false,
            };
            if static_ptr {
                for &r in &inst.results {
                    out[r] = true;
                }
            }
        }
    }
    out
}

/// Backward pass over one block; with `need`, records the values live
/// across allocating instructions.
fn block_live_in(
    f: &Function,
    b: Block,
    live_in: &SecondaryMap<Block, Set>,
    mut need: Option<(&mut Set, &Module, &SecondaryMap<FuncId, bool>)>,
) -> Set {
    let data = &f.blocks[b];
    let mut live = Set::new(f.values.len());
    for s in data.term.successors() {
        live.union(&live_in[s.block]);
    }
    for v in term_uses(&data.term) {
        live.insert(v);
    }
    for &i in data.insts.iter().rev() {
        let inst = &f.insts[i];
        for &r in &inst.results {
            live.remove(r);
        }
        let args = inst.op.args();
        if let Some((need, m, may)) = need.as_mut() {
            if allocates(m, f, &inst.op, may) {
                need.union(&live);
                if !matches!(
                    inst.op,
                    Op::Call(..) | Op::CallClosure(..) | Op::CallCatch(..)
                ) {
                    for &a in &args {
                        need.insert(a);
                    }
                }
            }
        }
        for a in args {
            live.insert(a);
        }
    }
    for &p in &data.params {
        live.remove(p);
    }
    live
}
