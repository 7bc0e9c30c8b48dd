//! Making irreducible control flow reducible.
//!
//! WebAssembly only has structured control flow, and
//! [`crate::structure::structure`] can only translate a *reducible* CFG: one
//! where every cycle is entered through a single block (its header), which
//! dominates the cycle. Go's `goto` can build cycles with several entries,
//! e.g. a backward `goto A` forming a loop `A .. B` plus a forward `goto B`
//! that jumps into its middle.
//!
//! This pass rewrites such a function into an equivalent reducible one by
//! adding a *dispatcher* in front of every multi-entry cycle (as LLVM's
//! `FixIrreducible` does), rather than by duplicating code (node splitting,
//! which can grow exponentially):
//!
//! 1. Cycles are found as strongly connected components (Tarjan). An SCC's
//!    *entries* are its blocks with a predecessor outside it. With one
//!    entry, the SCC is a proper loop; its body without the header is
//!    searched again for nested cycles. With several entries `E0..En`, a
//!    new block `H(state: int32)` is added that branches to `Ek` when
//!    `state == k` (a chain of `brif`s). Every edge into an entry, from
//!    outside the SCC or inside it, is redirected to `H` with the constant
//!    `k` of its target. `H` is then the only way into the cycle, so it
//!    dominates it and is its single header; the SCC plus `H` is searched
//!    again (without `H`) for nested multi-entry cycles.
//! 2. Since `H` has no block parameters for the entries', each entry's
//!    parameters are *demoted to memory*: a cell per parameter is
//!    [`Op::Alloc`]ed in the function's entry block (which has no
//!    predecessors, so it runs once per call), every redirected edge stores
//!    its arguments into the cells before going to `H` (in a new block when
//!    the edge comes from a `brif`), and the entry starts by loading them.
//!    The loaded value keeps the parameter's [`Value`], so uses need no
//!    rewriting.
//! 3. Redirecting *every* edge into the entries keeps each original
//!    definition dominating its uses (a path through `H` to an entry can be
//!    replaced by one through the original edge plus a path inside the
//!    cycle, which meets the definition). Still, SSA form is checked against
//!    the new dominator tree, and any value whose definition no longer
//!    dominates a use is demoted the same way: stored right after its
//!    definition and loaded in each block that uses it without being
//!    dominated by it. This keeps the pass correct by construction rather
//!    than by that argument alone, and the backends (the linear backend's
//!    frame analysis in particular) rely on definitions dominating uses.
//!
//! Values still mean the same thing: each load reads what the most recent
//! execution of the definition (or of the redirected edge) stored, which
//! is exactly the value SSA semantics gives the use.

use crate::entities::{Block, Inst, Type, Value};
use crate::function::{Function, InstData, ValueData, ValueDef};
use crate::instructions::{BinaryOp, BlockCall, Op, Terminator};
use crate::structure::{dominators, reverse_postorder, structure};
use crate::types::TypeStore;
use cranelift_entity::SecondaryMap;

/// Rewrites `func` so that its control flow is reducible (see the module
/// doc); new cell pointer types are interned in `types`. Does nothing to a
/// function [`structure`] already accepts. Returns whether it changed
/// `func`.
pub fn make_reducible(func: &mut Function, types: &mut TypeStore) -> bool {
    if structure(func).is_ok() {
        return false;
    }
    func.remove_unreachable_blocks();
    let mut pass = Pass {
        func,
        types,
        ncells: 0,
        cell_of: SecondaryMap::new(),
    };
    pass.isolate_entry();
    let all = reverse_postorder(pass.func);
    pass.fix_region(&all);
    pass.repair_dominance();
    true
}

struct Pass<'a> {
    func: &'a mut Function,
    types: &'a mut TypeStore,
    /// Cells allocated so far; they are the first instructions of the
    /// function's entry block.
    ncells: usize,
    /// The cells of values demoted by [`Pass::repair_dominance`]. (An
    /// entry parameter's own cell is not reused: it is overwritten on the
    /// way to the dispatcher, while the parameter's old value may still be
    /// used.)
    cell_of: SecondaryMap<Value, Option<Value>>,
}

/// A new instruction that is in no block yet.
fn detached_inst(func: &mut Function, op: Op, result_types: &[Type]) -> Inst {
    let inst = func.insts.push(InstData {
        op,
        results: vec![],
    });
    for (i, &ty) in result_types.iter().enumerate() {
        let v = func.values.push(ValueData {
            def: ValueDef::Result(inst, i as u32),
            ty,
        });
        func.insts[inst].results.push(v);
    }
    inst
}

impl Pass<'_> {
    /// Gives the function an entry block without predecessors, so that the
    /// cells allocated there are allocated once per call.
    fn isolate_entry(&mut self) {
        let f = &mut *self.func;
        let old = f.entry;
        if !f.predecessors()[old].is_empty() {
            let new = f.create_block();
            f.layout.retain(|&b| b != new);
            f.layout.insert(0, new);
            let args: Vec<Value> = f
                .sig
                .params
                .clone()
                .into_iter()
                .map(|t| f.append_param(new, t))
                .collect();
            f.blocks[new].term = Terminator::Jump(BlockCall { block: old, args });
            f.entry = new;
        }
    }

    /// A new zeroed cell holding a value of type `ty`, allocated at the
    /// start of the function.
    fn new_cell(&mut self, ty: Type) -> Value {
        let pt = self.types.pointer(ty);
        let inst = detached_inst(self.func, Op::Alloc(ty), &[pt]);
        let entry = self.func.entry;
        self.func.blocks[entry].insts.insert(self.ncells, inst);
        self.ncells += 1;
        self.func.result(inst)
    }

    /// Fixes every multi-entry cycle among `region` (blocks in a
    /// deterministic order), outermost first.
    fn fix_region(&mut self, region: &[Block]) {
        for scc in self.sccs(region) {
            let b0 = scc[0];
            let cyclic = scc.len() > 1
                || self.func.blocks[b0]
                    .term
                    .successors()
                    .iter()
                    .any(|c| c.block == b0);
            if !cyclic {
                continue;
            }
            let mut in_scc = SecondaryMap::<Block, bool>::new();
            for &b in &scc {
                in_scc[b] = true;
            }
            let preds = self.func.predecessors();
            let entries: Vec<Block> = scc
                .iter()
                .copied()
                .filter(|&b| preds[b].iter().any(|&p| !in_scc[p]))
                .collect();
            if entries.len() <= 1 {
                // A proper loop: look for cycles inside, without its header.
                let header = entries.first().copied().unwrap_or(b0);
                let body: Vec<Block> = scc.iter().copied().filter(|&b| b != header).collect();
                self.fix_region(&body);
            } else {
                let inner = self.dispatch(&entries, &in_scc);
                let mut body = scc;
                body.extend(inner);
                self.fix_region(&body);
            }
        }
    }

    /// Strongly connected components of the subgraph induced by `region`
    /// (Tarjan's algorithm, iterative), each in `region` order.
    fn sccs(&self, region: &[Block]) -> Vec<Vec<Block>> {
        let mut pos = SecondaryMap::<Block, u32>::with_default(u32::MAX);
        for (i, &b) in region.iter().enumerate() {
            pos[b] = i as u32;
        }
        let succs: Vec<Vec<usize>> = region
            .iter()
            .map(|&b| {
                self.func.blocks[b]
                    .term
                    .successors()
                    .iter()
                    .filter(|c| pos[c.block] != u32::MAX)
                    .map(|c| pos[c.block] as usize)
                    .collect()
            })
            .collect();
        let n = region.len();
        let mut index = vec![usize::MAX; n];
        let mut low = vec![0; n];
        let mut on_stack = vec![false; n];
        let mut stack = Vec::new();
        let mut next = 0;
        let mut out = Vec::new();
        for root in 0..n {
            if index[root] != usize::MAX {
                continue;
            }
            let mut calls = vec![(root, 0usize)];
            index[root] = next;
            low[root] = next;
            next += 1;
            stack.push(root);
            on_stack[root] = true;
            while let Some(&(v, i)) = calls.last() {
                if i < succs[v].len() {
                    calls.last_mut().unwrap().1 += 1;
                    let w = succs[v][i];
                    if index[w] == usize::MAX {
                        index[w] = next;
                        low[w] = next;
                        next += 1;
                        stack.push(w);
                        on_stack[w] = true;
                        calls.push((w, 0));
                    } else if on_stack[w] {
                        low[v] = low[v].min(index[w]);
                    }
                } else {
                    calls.pop();
                    if let Some(&(u, _)) = calls.last() {
                        low[u] = low[u].min(low[v]);
                    }
                    if low[v] == index[v] {
                        let mut comp = Vec::new();
                        loop {
                            let w = stack.pop().unwrap();
                            on_stack[w] = false;
                            comp.push(w);
                            if w == v {
                                break;
                            }
                        }
                        comp.sort_unstable();
                        out.push(comp.into_iter().map(|i| region[i]).collect());
                    }
                }
            }
        }
        // Tarjan finds components sinks first; report them in region order.
        out.sort_by_key(|c: &Vec<Block>| pos[c[0]]);
        out
    }

    /// Puts a dispatcher in front of the entries of `scc`; returns the new
    /// blocks that belong to the cycle, except the dispatcher itself.
    fn dispatch(&mut self, entries: &[Block], in_scc: &SecondaryMap<Block, bool>) -> Vec<Block> {
        let i32t = self.types.int(32, true);
        let boolt = self.types.bool();
        // The edges to redirect: every branch to an entry.
        let mut is_entry = SecondaryMap::<Block, Option<usize>>::new();
        for (k, &e) in entries.iter().enumerate() {
            is_entry[e] = Some(k);
        }
        let mut sources: Vec<Block> = Vec::new();
        let preds = self.func.predecessors();
        for &e in entries {
            for &p in &preds[e] {
                if !sources.contains(&p) {
                    sources.push(p);
                }
            }
        }
        // Entry parameters become loads of cells.
        let mut cells: Vec<Vec<Value>> = Vec::new();
        for &e in entries {
            let params = std::mem::take(&mut self.func.blocks[e].params);
            let mut loads = Vec::new();
            let mut ecells = Vec::new();
            for p in params {
                let cell = self.new_cell(self.func.value_type(p));
                let inst = self.func.insts.push(InstData {
                    op: Op::Load(cell),
                    results: vec![p],
                });
                self.func.values[p].def = ValueDef::Result(inst, 0);
                loads.push(inst);
                ecells.push(cell);
            }
            let insts = &mut self.func.blocks[e].insts;
            insts.splice(0..0, loads);
            cells.push(ecells);
        }
        // The dispatcher: a chain of brifs on the state.
        let h = self.func.create_block();
        let state = self.func.append_param(h, i32t);
        let mut inner = Vec::new();
        let mut cur = h;
        for (k, &e) in entries.iter().enumerate() {
            let to_e = BlockCall {
                block: e,
                args: vec![],
            };
            if k + 1 == entries.len() {
                self.func.blocks[cur].term = Terminator::Jump(to_e);
            } else {
                let kv = self.func.append_inst(cur, Op::Iconst(k as i64), &[i32t]);
                let kv = self.func.result(kv);
                let c = self
                    .func
                    .append_inst(cur, Op::Binary(BinaryOp::Eq, state, kv), &[boolt]);
                let c = self.func.result(c);
                let next = self.func.create_block();
                inner.push(next);
                self.func.blocks[cur].term = Terminator::Brif(
                    c,
                    to_e,
                    BlockCall {
                        block: next,
                        args: vec![],
                    },
                );
                cur = next;
            }
        }
        // Redirect the edges, storing their arguments in the cells.
        for x in sources {
            let mut term = std::mem::replace(&mut self.func.blocks[x].term, Terminator::None);
            let is_jump = matches!(term, Terminator::Jump(_));
            for call in term.successors_mut() {
                let Some(k) = is_entry[call.block] else {
                    continue;
                };
                let at = if is_jump {
                    x
                } else {
                    let s = self.func.create_block();
                    if in_scc[x] {
                        inner.push(s);
                    }
                    s
                };
                for (&cell, &a) in cells[k].iter().zip(&call.args) {
                    self.func.append_inst(at, Op::Store(cell, a), &[]);
                }
                let kv = self.func.append_inst(at, Op::Iconst(k as i64), &[i32t]);
                let to_h = BlockCall {
                    block: h,
                    args: vec![self.func.result(kv)],
                };
                if is_jump {
                    *call = to_h;
                } else {
                    self.func.blocks[at].term = Terminator::Jump(to_h);
                    *call = BlockCall {
                        block: at,
                        args: vec![],
                    };
                }
            }
            self.func.blocks[x].term = term;
        }
        inner
    }

    /// Demotes to memory every value whose definition does not dominate all
    /// its uses (see the module doc).
    fn repair_dominance(&mut self) {
        let f = &*self.func;
        let rpo = reverse_postorder(f);
        let mut rpo_num = SecondaryMap::with_default(u32::MAX);
        for (i, &b) in rpo.iter().enumerate() {
            rpo_num[b] = i as u32;
        }
        let idom = dominators(f, &rpo, &rpo_num);
        let dominates = |a: Block, mut b: Block| loop {
            if a == b {
                return true;
            }
            match idom[b] {
                Some(p) if p != b => b = p,
                _ => return false,
            }
        };
        let mut def_block = SecondaryMap::<Value, Option<Block>>::new();
        for &b in &rpo {
            for &p in &f.blocks[b].params {
                def_block[p] = Some(b);
            }
            for &i in &f.blocks[b].insts {
                for &r in &f.insts[i].results {
                    def_block[r] = Some(b);
                }
            }
        }
        // A use of `v` in `b` needs a load when its definition, in another
        // block, does not dominate `b`.
        let needs_load = |v: Value, b: Block| match def_block[v] {
            Some(d) => d != b && !dominates(d, b),
            None => false,
        };
        let mut demote: Vec<Value> = Vec::new();
        let mut seen = SecondaryMap::<Value, bool>::new();
        for &b in &rpo {
            let data = &f.blocks[b];
            let uses = data
                .insts
                .iter()
                .flat_map(|&i| f.insts[i].op.args())
                .chain(data.term.args());
            for v in uses {
                if needs_load(v, b) && !seen[v] {
                    seen[v] = true;
                    demote.push(v);
                }
            }
        }
        if demote.is_empty() {
            return;
        }
        // Which blocks load which values (decided before any edit).
        let mut loads_in: Vec<(Block, Vec<Value>)> = Vec::new();
        for &b in &rpo {
            let data = &f.blocks[b];
            let mut vs: Vec<Value> = Vec::new();
            let uses = data
                .insts
                .iter()
                .flat_map(|&i| f.insts[i].op.args())
                .chain(data.term.args());
            for v in uses {
                if seen[v] && needs_load(v, b) && !vs.contains(&v) {
                    vs.push(v);
                }
            }
            if !vs.is_empty() {
                loads_in.push((b, vs));
            }
        }
        // Cells, and stores right after the definitions.
        for v in demote {
            let ty = self.func.value_type(v);
            let cell = self.new_cell(ty);
            self.cell_of[v] = Some(cell);
            let store = detached_inst(self.func, Op::Store(cell, v), &[]);
            let (b, at) = match self.func.values[v].def {
                ValueDef::Param(b, _) => {
                    let at = if b == self.func.entry { self.ncells } else { 0 };
                    (b, at)
                }
                ValueDef::Result(i, _) => {
                    let b = def_block[v].unwrap();
                    let at = self.func.blocks[b].insts.iter().position(|&x| x == i);
                    (b, at.unwrap() + 1)
                }
            };
            self.func.blocks[b].insts.insert(at, store);
        }
        // Loads before the first use in each block that needs one.
        for (b, vs) in loads_in {
            let mut loaded = SecondaryMap::<Value, Option<Value>>::new();
            let old = std::mem::take(&mut self.func.blocks[b].insts);
            let mut new = Vec::with_capacity(old.len() + vs.len());
            for i in old {
                let args = self.func.insts[i].op.args();
                for v in args {
                    if vs.contains(&v) && loaded[v].is_none() {
                        loaded[v] = Some(self.load(v, &mut new));
                    }
                }
                for a in self.func.insts[i].op.args_mut() {
                    if let Some(l) = loaded[*a] {
                        if vs.contains(a) {
                            *a = l;
                        }
                    }
                }
                new.push(i);
            }
            for v in self.func.blocks[b].term.args() {
                if vs.contains(&v) && loaded[v].is_none() {
                    loaded[v] = Some(self.load(v, &mut new));
                }
            }
            for a in self.func.blocks[b].term.args_mut() {
                if let Some(l) = loaded[*a] {
                    if vs.contains(a) {
                        *a = l;
                    }
                }
            }
            self.func.blocks[b].insts = new;
        }
    }

    /// A load of `v`'s cell, appended to `insts`.
    fn load(&mut self, v: Value, insts: &mut Vec<Inst>) -> Value {
        let cell = self.cell_of[v].expect("demoted value has a cell");
        let ty = self.func.value_type(v);
        let inst = detached_inst(self.func, Op::Load(cell), &[ty]);
        insts.push(inst);
        self.func.result(inst)
    }
}

#[cfg(test)]
mod tests;
