//! Building functions in SSA form directly from a structured source.
//!
//! Follows Braun et al., "Simple and Efficient Construction of Static Single
//! Assignment Form" (CC 2013), as Cranelift's `frontend/ssa.rs` does, but with
//! block parameters instead of phis: reading a variable in a block that does
//! not define it walks to the predecessors; in a block whose predecessors are
//! not all known yet (unsealed) a parameter is added and the branches that
//! reach it get their arguments when the block is sealed. Trivial parameters
//! are left in place (a later pass may remove them).

use crate::entities::{Block, Inst, Type, Value};
use crate::function::Function;
use crate::instructions::{BlockCall, Op, Terminator};
use cranelift_entity::{entity_impl, PrimaryMap, SecondaryMap};
use std::collections::HashMap;

/// A source-level variable the builder tracks through SSA construction.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Variable(u32);
entity_impl!(Variable, "var");

#[derive(Default, Clone)]
struct BlockState {
    sealed: bool,
    preds: Vec<Block>,
    /// Parameters added for variables while the block was unsealed.
    incomplete: Vec<(Variable, Value)>,
}

/// Builds one function; see the module doc.
pub struct FunctionBuilder<'f> {
    /// The function being built.
    pub func: &'f mut Function,
    current: Option<Block>,
    vars: PrimaryMap<Variable, Type>,
    defs: HashMap<(Variable, Block), Value>,
    blocks: SecondaryMap<Block, BlockState>,
}

impl<'f> FunctionBuilder<'f> {
    /// Starts building `func`, positioned at its (sealed) entry block.
    pub fn new(func: &'f mut Function) -> Self {
        let entry = func.entry;
        let mut b = FunctionBuilder {
            func,
            current: Some(entry),
            vars: PrimaryMap::new(),
            defs: HashMap::new(),
            blocks: SecondaryMap::new(),
        };
        b.blocks[entry].sealed = true;
        b
    }

    /// A new block (not yet sealed).
    pub fn create_block(&mut self) -> Block {
        self.func.create_block()
    }

    /// Continues emitting into `block`.
    pub fn switch_to_block(&mut self, block: Block) {
        self.current = Some(block);
    }

    /// The block being filled, if it is still open (has no terminator).
    pub fn current_block(&self) -> Option<Block> {
        self.current
            .filter(|b| self.func.blocks[*b].term == Terminator::None)
    }

    /// `true` when the current block already ended (code after a `return`
    /// or a branch is unreachable).
    pub fn is_terminated(&self) -> bool {
        self.current_block().is_none()
    }

    /// Declares a variable of scalar type `ty`.
    pub fn declare_var(&mut self, ty: Type) -> Variable {
        self.vars.push(ty)
    }

    /// Assigns `val` to `var` in the current block.
    pub fn def_var(&mut self, var: Variable, val: Value) {
        let b = self.cur();
        self.defs.insert((var, b), val);
    }

    /// The value of `var` at the current position.
    pub fn use_var(&mut self, var: Variable) -> Value {
        let b = self.cur();
        self.use_var_in(var, b)
    }

    fn use_var_in(&mut self, var: Variable, block: Block) -> Value {
        if let Some(&v) = self.defs.get(&(var, block)) {
            return v;
        }
        let ty = self.vars[var];
        let state = &self.blocks[block];
        let v = if !state.sealed {
            let p = self.func.append_param(block, ty);
            self.blocks[block].incomplete.push((var, p));
            p
        } else if state.preds.len() == 1 {
            let pred = state.preds[0];
            self.use_var_in(var, pred)
        } else {
            let p = self.func.append_param(block, ty);
            self.defs.insert((var, block), p);
            let preds = self.blocks[block].preds.clone();
            for pred in preds {
                let a = self.use_var_in(var, pred);
                self.add_branch_arg(pred, block, a);
            }
            p
        };
        self.defs.insert((var, block), v);
        v
    }

    fn add_branch_arg(&mut self, pred: Block, target: Block, arg: Value) {
        match &mut self.func.blocks[pred].term {
            Terminator::Jump(c) => {
                if c.block == target {
                    c.args.push(arg)
                }
            }
            Terminator::Brif(_, a, b) => {
                for c in [a, b] {
                    if c.block == target {
                        c.args.push(arg)
                    }
                }
            }
            Terminator::None | Terminator::Return(_) | Terminator::Unreachable => {
                unreachable!("predecessor without a branch")
            }
        }
    }

    /// Declares that every predecessor of `block` is known.
    pub fn seal_block(&mut self, block: Block) {
        if self.blocks[block].sealed {
            return;
        }
        self.blocks[block].sealed = true;
        let incomplete = std::mem::take(&mut self.blocks[block].incomplete);
        let preds = self.blocks[block].preds.clone();
        for (var, param) in incomplete {
            for &pred in &preds {
                let a = self.use_var_in(var, pred);
                self.add_branch_arg(pred, block, a);
            }
            let _ = param;
        }
    }

    fn cur(&self) -> Block {
        self.current.expect("no current block")
    }

    /// Appends an instruction to the current block. When the block has
    /// already ended, starts a fresh unreachable block first, so callers can
    /// keep lowering dead code without special cases.
    pub fn ins(&mut self, op: Op, result_types: &[Type]) -> Inst {
        if self.is_terminated() {
            let b = self.create_block();
            self.seal_block(b);
            self.switch_to_block(b);
        }
        let b = self.cur();
        self.func.append_inst(b, op, result_types)
    }

    /// Appends an instruction with a single result and returns it.
    pub fn ins1(&mut self, op: Op, ty: Type) -> Value {
        let i = self.ins(op, &[ty]);
        self.func.result(i)
    }

    fn terminate(&mut self, term: Terminator) {
        if self.is_terminated() {
            return;
        }
        let b = self.cur();
        for s in term.successors() {
            let t = s.block;
            assert!(!self.blocks[t].sealed, "branch to sealed {t}");
            self.blocks[t].preds.push(b);
        }
        self.func.blocks[b].term = term;
    }

    /// Ends the current block with a jump (no-op if already ended).
    pub fn jump(&mut self, block: Block, args: Vec<Value>) {
        self.terminate(Terminator::Jump(BlockCall { block, args }));
    }

    /// Ends the current block with a two-way branch.
    pub fn brif(&mut self, cond: Value, then: Block, els: Block) {
        self.terminate(Terminator::Brif(
            cond,
            BlockCall {
                block: then,
                args: vec![],
            },
            BlockCall {
                block: els,
                args: vec![],
            },
        ));
    }

    /// Ends the current block with a return.
    pub fn ret(&mut self, vals: Vec<Value>) {
        self.terminate(Terminator::Return(vals));
    }

    /// Ends the current block as unreachable.
    pub fn unreachable(&mut self) {
        self.terminate(Terminator::Unreachable);
    }

    /// Seals all blocks and drops unreachable ones; call once at the end.
    pub fn finish(mut self) {
        if !self.is_terminated() {
            self.unreachable();
        }
        let all: Vec<Block> = self.func.layout.clone();
        for b in all {
            self.seal_block(b);
        }
        for &b in &self.func.layout.clone() {
            if self.func.blocks[b].term == Terminator::None {
                self.func.blocks[b].term = Terminator::Unreachable;
            }
        }
        self.func.remove_unreachable_blocks();
    }
}
