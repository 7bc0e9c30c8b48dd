//! Local coalescing: give wasm locals whose values are never live at the
//! same time one slot, and drop stores to locals nobody reads.
//!
//! Both backends give every IR value its own wasm local. That is simple and
//! lets the engines' register allocators do the real work, but a function
//! with tens of thousands of statements then exceeds the 50,000 locals
//! engines accept, and every local costs bytes in the module and a zeroing
//! store in baseline compilers (V8's Liftoff) at each call.
//!
//! The algorithm is the classic one for register allocation by graph
//! colouring (Chaitin), with wasm locals as the registers:
//! 1. liveness by backward dataflow over the basic blocks of [`crate::cfg`],
//!    with sorted vectors as sets (live sets are small; bit sets of
//!    blocks x locals are not);
//! 2. interference: a local defined (`local.set`/`local.tee`) while another
//!    is live interferes with it, except with the source of a copy
//!    (`local.get y; local.set x`), which holds the same value;
//! 3. greedy colouring in order of first declaration, per value type.
//!
//! Parameters keep their indices. A local read before any write on some
//! path (it relies on wasm's zero initialisation) is live from the entry,
//! so it interferes with everything defined while it waits, and can share a
//! slot only with other locals that also still hold zero.

use crate::cfg::Cfg;
use wasmparser::{Operator, ValType};

/// How to rewrite one function's locals.
pub(crate) struct Plan {
    /// New index of each old local; `None` for locals never read (their
    /// stores become `drop`s).
    pub map: Vec<Option<u32>>,
    /// Types of the new non-parameter locals, in index order.
    pub locals: Vec<ValType>,
}

fn local_op(op: &Operator) -> Option<(u32, bool)> {
    match op {
        Operator::LocalGet { local_index } => Some((*local_index, false)),
        Operator::LocalSet { local_index } | Operator::LocalTee { local_index } => {
            Some((*local_index, true))
        }
        _ => None,
    }
}

/// A set of locals with O(1) insert, remove and membership, and iteration
/// over members (Briggs and Torczon's sparse set).
struct SparseSet {
    dense: Vec<u32>,
    sparse: Vec<u32>,
}

impl SparseSet {
    fn new(n: usize) -> Self {
        SparseSet {
            dense: Vec::new(),
            sparse: vec![0; n],
        }
    }
    fn contains(&self, x: u32) -> bool {
        let i = self.sparse[x as usize] as usize;
        i < self.dense.len() && self.dense[i] == x
    }
    fn insert(&mut self, x: u32) {
        if !self.contains(x) {
            self.sparse[x as usize] = self.dense.len() as u32;
            self.dense.push(x);
        }
    }
    fn remove(&mut self, x: u32) {
        if self.contains(x) {
            let i = self.sparse[x as usize] as usize;
            let last = self.dense.pop().unwrap();
            if i < self.dense.len() {
                self.dense[i] = last;
                self.sparse[last as usize] = i as u32;
            }
        }
    }
    fn clear(&mut self) {
        self.dense.clear();
    }
}

/// Sorted union of `a` and `b`.
fn union(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => {
                out.push(a[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(b[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// Live-out set of every block.
fn liveness(cfg: &Cfg, ops: &[Operator], nlocals: usize) -> Vec<Vec<u32>> {
    let nb = cfg.blocks.len();
    // Upward-exposed uses and definitions of each block.
    let mut uses: Vec<Vec<u32>> = Vec::with_capacity(nb);
    let mut defs: Vec<Vec<u32>> = Vec::with_capacity(nb);
    let mut def_set = SparseSet::new(nlocals);
    let mut use_set = SparseSet::new(nlocals);
    for b in &cfg.blocks {
        def_set.clear();
        use_set.clear();
        for op in &ops[b.start..b.end] {
            match local_op(op) {
                Some((x, false)) if !def_set.contains(x) => use_set.insert(x),
                Some((x, true)) => def_set.insert(x),
                _ => {}
            }
        }
        let mut u = use_set.dense.clone();
        u.sort_unstable();
        let mut d = def_set.dense.clone();
        d.sort_unstable();
        uses.push(u);
        defs.push(d);
    }
    let mut live_in: Vec<Vec<u32>> = uses.clone();
    let mut live_out: Vec<Vec<u32>> = vec![Vec::new(); nb];
    let mut changed = true;
    while changed {
        changed = false;
        for bi in (0..nb).rev() {
            let mut out: Vec<u32> = Vec::new();
            for &s in &cfg.blocks[bi].succs {
                out = union(&out, &live_in[s as usize]);
            }
            if out != live_out[bi] {
                let d = &defs[bi];
                let through: Vec<u32> = out
                    .iter()
                    .copied()
                    .filter(|x| d.binary_search(x).is_err())
                    .collect();
                let inn = union(&uses[bi], &through);
                if inn != live_in[bi] {
                    live_in[bi] = inn;
                }
                live_out[bi] = out;
                changed = true;
            }
        }
    }
    live_out
}

/// Plans the coalescing of one function's locals, or `None` when there is
/// nothing to gain.
pub(crate) fn plan(cfg: &Cfg, ops: &[Operator], nparams: u32, locals: &[ValType]) -> Option<Plan> {
    let np = nparams as usize;
    let n = np + locals.len();
    if locals.is_empty() {
        return None;
    }
    let live_out = liveness(cfg, ops, n);

    // Interference edges and which locals are ever read.
    let mut adj: Vec<Vec<u32>> = vec![Vec::new(); n];
    let mut read = vec![false; n];
    let mut live = SparseSet::new(n);
    for (bi, b) in cfg.blocks.iter().enumerate() {
        live.clear();
        for &x in &live_out[bi] {
            live.insert(x);
        }
        for i in (b.start..b.end).rev() {
            match local_op(&ops[i]) {
                Some((x, true)) => {
                    let copy_of = match (i > b.start).then(|| &ops[i - 1]) {
                        Some(Operator::LocalGet { local_index }) => Some(*local_index),
                        _ => None,
                    };
                    for &y in &live.dense {
                        if y != x && Some(y) != copy_of {
                            adj[x as usize].push(y);
                            adj[y as usize].push(x);
                        }
                    }
                    live.remove(x);
                }
                Some((x, false)) => {
                    read[x as usize] = true;
                    live.insert(x);
                }
                None => {}
            }
        }
    }

    // Greedy colouring of the non-parameter locals (parameters keep their
    // slots and share with nobody). Colours are numbered in creation order;
    // `by_type` lists each type's colours, types in order of first use.
    let mut colour: Vec<Option<usize>> = vec![None; locals.len()];
    let mut by_type: Vec<(ValType, Vec<usize>)> = Vec::new();
    let mut taken: Vec<u32> = Vec::new(); // stamp per colour
    for (i, &ty) in locals.iter().enumerate() {
        let l = np + i;
        if !read[l] {
            continue;
        }
        let stamp = l as u32 + 1;
        for &y in &adj[l] {
            if let Some(c) = (y as usize).checked_sub(np).and_then(|j| colour[j]) {
                taken[c] = stamp;
            }
        }
        let t = match by_type.iter().position(|(u, _)| *u == ty) {
            Some(t) => t,
            None => {
                by_type.push((ty, Vec::new()));
                by_type.len() - 1
            }
        };
        let free = by_type[t].1.iter().copied().find(|&c| taken[c] != stamp);
        colour[i] = Some(free.unwrap_or_else(|| {
            taken.push(0);
            by_type[t].1.push(taken.len() - 1);
            taken.len() - 1
        }));
    }

    // Number the new locals grouped by type, so the declaration has one
    // entry per type.
    let mut renumber = vec![0u32; taken.len()];
    let mut new_locals = Vec::with_capacity(taken.len());
    for (ty, colours) in &by_type {
        for &c in colours {
            renumber[c] = (np + new_locals.len()) as u32;
            new_locals.push(*ty);
        }
    }
    let map = (0..np as u32)
        .map(Some)
        .chain(colour.iter().map(|c| c.map(|c| renumber[c])))
        .collect();
    Some(Plan {
        map,
        locals: new_locals,
    })
}
