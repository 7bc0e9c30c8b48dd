//! Hoisting loop allocations of local aggregates out of their loops.
//!
//! The frontend gives every local struct or array variable its own
//! [`Op::Alloc`], where Go declares it: a variable declared in a loop body
//! (`for _, a := range structs`, `var buf [8]byte` in a loop) is a new
//! object on every iteration, a heap allocation on both backends. When the
//! object never escapes (its address and the addresses derived from it are
//! only loaded from, stored to, copied to or from and zeroed, never stored,
//! passed, returned or sent to another block), no iteration can see an
//! earlier iteration's object, so one object allocated on entry serves
//! them all: the allocation moves to the entry block and a [`Op::Zero`]
//! stays in its place, unless the first thing done with the object there
//! overwrites it whole ([`Op::Copy`] into it).

use crate::entities::{Block, Inst, Value};
use crate::function::{Function, InstData};
use crate::instructions::Op;
use crate::module::Module;
use crate::types::TypeStore;
use cranelift_entity::{EntityRef, SecondaryMap};

/// Hoists the non-escaping aggregate allocations in loops of every function.
pub fn hoist_loop_allocs(m: &mut Module) {
    for f in m.funcs.values_mut() {
        hoist_in(f, &m.types);
    }
}

fn hoist_in(f: &mut Function, types: &TypeStore) {
    let in_loop = blocks_in_cycles(f);
    let uses = uses(f);
    let mut moved: Vec<(Block, usize, Inst)> = Vec::new();
    for &b in &f.layout {
        if b == f.entry || !in_loop[b] {
            continue;
        }
        for (pos, &i) in f.blocks[b].insts.iter().enumerate() {
            let Op::Alloc(t) = f.insts[i].op else {
                continue;
            };
            let Some(&v) = f.insts[i].results.first() else {
                continue;
            };
            if types.is_aggregate(t) && !escapes(f, &uses, v) {
                moved.push((b, pos, i));
            }
        }
    }
    // Replace each allocation by a zeroing in place (back to front, so
    // earlier positions stay valid), then allocate on entry.
    for &(b, pos, i) in moved.iter().rev() {
        let v = f.insts[i].results[0];
        let overwritten = f.blocks[b].insts[pos + 1..]
            .iter()
            .find(|&&j| f.insts[j].op.args().contains(&v))
            .is_some_and(|&j| matches!(f.insts[j].op, Op::Copy(d, _) if d == v));
        if overwritten {
            f.blocks[b].insts.remove(pos);
        } else {
            let z = f.insts.push(InstData {
                op: Op::Zero(v),
                results: vec![],
            });
            f.blocks[b].insts[pos] = z;
        }
    }
    let entry = f.entry;
    for (k, &(_, _, i)) in moved.iter().enumerate() {
        f.blocks[entry].insts.insert(k, i);
    }
}

/// Where each value is used: the instructions, and whether a terminator
/// (a branch argument, a return, a condition) uses it.
struct Uses {
    insts: SecondaryMap<Value, Vec<Inst>>,
    in_term: SecondaryMap<Value, bool>,
}

fn uses(f: &Function) -> Uses {
    let mut u = Uses {
        insts: SecondaryMap::new(),
        in_term: SecondaryMap::new(),
    };
    for &b in &f.layout {
        let bd = &f.blocks[b];
        for &i in &bd.insts {
            for a in f.insts[i].op.args() {
                u.insts[a].push(i);
            }
        }
        for a in bd.term.args() {
            u.in_term[a] = true;
        }
    }
    u
}

/// Whether the object `p` points to can be reached other than through `p`
/// and the addresses derived from it in this function.
fn escapes(f: &Function, u: &Uses, p: Value) -> bool {
    let mut work = vec![p];
    while let Some(p) = work.pop() {
        if u.in_term[p] {
            return true;
        }
        for &i in &u.insts[p] {
            match &f.insts[i].op {
                Op::FieldAddr(q, _) | Op::IndexAddr(q, _) if *q == p => {
                    work.extend(f.insts[i].results.iter().copied());
                }
                Op::Load(q) | Op::Zero(q) if *q == p => {}
                // As the address, not the value stored.
                Op::Store(q, x) if *q == p && *x != p => {}
                Op::Copy(_, _) => {}
                _ => return true,
            }
        }
    }
    false
}

/// Which blocks lie on a cycle of the control-flow graph (Tarjan's
/// strongly connected components, iteratively).
fn blocks_in_cycles(f: &Function) -> SecondaryMap<Block, bool> {
    let succs = |b: Block| -> Vec<Block> {
        f.blocks[b]
            .term
            .successors()
            .iter()
            .map(|c| c.block)
            .collect()
    };
    let n = f.blocks.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0usize; n];
    let mut on_stack = vec![false; n];
    let mut stack: Vec<Block> = Vec::new();
    let mut next = 0;
    let mut result: SecondaryMap<Block, bool> = SecondaryMap::new();
    for &root in &f.layout {
        if index[root.index()] != usize::MAX {
            continue;
        }
        // (block, its successors, next successor to visit)
        let mut dfs: Vec<(Block, Vec<Block>, usize)> = vec![(root, succs(root), 0)];
        index[root.index()] = next;
        low[root.index()] = next;
        next += 1;
        stack.push(root);
        on_stack[root.index()] = true;
        while let Some((b, ss, k)) = dfs.last_mut() {
            let b = *b;
            if let Some(&s) = ss.get(*k) {
                *k += 1;
                if index[s.index()] == usize::MAX {
                    index[s.index()] = next;
                    low[s.index()] = next;
                    next += 1;
                    stack.push(s);
                    on_stack[s.index()] = true;
                    dfs.push((s, succs(s), 0));
                } else if on_stack[s.index()] {
                    low[b.index()] = low[b.index()].min(index[s.index()]);
                }
                continue;
            }
            dfs.pop();
            if let Some((parent, _, _)) = dfs.last() {
                low[parent.index()] = low[parent.index()].min(low[b.index()]);
            }
            if low[b.index()] == index[b.index()] {
                let mut comp = Vec::new();
                loop {
                    let x = stack.pop().expect("component on the stack");
                    on_stack[x.index()] = false;
                    comp.push(x);
                    if x == b {
                        break;
                    }
                }
                let self_loop = succs(b).contains(&b);
                if comp.len() > 1 || self_loop {
                    for x in comp {
                        result[x] = true;
                    }
                }
            }
        }
    }
    result
}
