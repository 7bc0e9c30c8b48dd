//! Functions: blocks with parameters, instructions, values.
//!
//! As in waffle, a value is its definition ([`ValueDef`]), blocks hold a list
//! of instructions plus a separate [`Terminator`], and block parameters
//! replace phis.

use crate::entities::{Block, Inst, Type, Value};
use crate::instructions::{Op, Terminator};
use cranelift_entity::PrimaryMap;

/// Where a value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueDef {
    /// The `n`th parameter of a block.
    Param(Block, u32),
    /// The `n`th result of an instruction.
    Result(Inst, u32),
}

/// A value's definition and type.
#[derive(Clone, Debug)]
pub struct ValueData {
    /// Its definition.
    pub def: ValueDef,
    /// Its type (never an aggregate).
    pub ty: Type,
}

/// An instruction: operation plus result values.
#[derive(Clone, Debug)]
pub struct InstData {
    /// What it does.
    pub op: Op,
    /// Its results (zero, one, or several for calls).
    pub results: Vec<Value>,
}

/// A basic block.
#[derive(Clone, Debug)]
pub struct BlockData {
    /// Parameters (values defined on entry).
    pub params: Vec<Value>,
    /// Instructions in order.
    pub insts: Vec<Inst>,
    /// How it ends.
    pub term: Terminator,
}

/// A function's signature: parameter and result types (no aggregates:
/// those are passed as pointers to copies).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Signature {
    /// Parameter types.
    pub params: Vec<Type>,
    /// Result types.
    pub results: Vec<Type>,
}

/// A function body.
#[derive(Clone, Debug)]
pub struct Function {
    /// Go name as it appears in traces and the name section
    /// (`main.main`, `main.(*T).M`).
    pub name: String,
    /// Where the Go declaration is (`prog.go:3:6`), for diagnostics about
    /// the compiled function; `None` for generated functions.
    pub pos: Option<String>,
    /// Signature; the entry block's parameters are the arguments.
    pub sig: Signature,
    /// All blocks; `entry` first in layout.
    pub blocks: PrimaryMap<Block, BlockData>,
    /// Block order for printing and code generation.
    pub layout: Vec<Block>,
    /// All instructions.
    pub insts: PrimaryMap<Inst, InstData>,
    /// All values.
    pub values: PrimaryMap<Value, ValueData>,
    /// The entry block.
    pub entry: Block,
}

impl Function {
    /// A function with an entry block whose parameters match `sig`.
    pub fn new(name: impl Into<String>, sig: Signature) -> Self {
        let mut f = Function {
            name: name.into(),
            pos: None,
            sig: sig.clone(),
            blocks: PrimaryMap::new(),
            layout: Vec::new(),
            insts: PrimaryMap::new(),
            values: PrimaryMap::new(),
            entry: Block::from_u32(0),
        };
        let entry = f.create_block();
        for &t in &sig.params {
            f.append_param(entry, t);
        }
        f.entry = entry;
        f
    }

    /// A new empty block, appended to the layout.
    pub fn create_block(&mut self) -> Block {
        let b = self.blocks.push(BlockData {
            params: vec![],
            insts: vec![],
            term: Terminator::None,
        });
        self.layout.push(b);
        b
    }

    /// Adds a parameter of type `ty` to `block`.
    pub fn append_param(&mut self, block: Block, ty: Type) -> Value {
        let n = self.blocks[block].params.len() as u32;
        let v = self.values.push(ValueData {
            def: ValueDef::Param(block, n),
            ty,
        });
        self.blocks[block].params.push(v);
        v
    }

    /// Appends an instruction with results of `result_types` to `block`.
    pub fn append_inst(&mut self, block: Block, op: Op, result_types: &[Type]) -> Inst {
        let inst = self.insts.push(InstData {
            op,
            results: vec![],
        });
        for (i, &ty) in result_types.iter().enumerate() {
            let v = self.values.push(ValueData {
                def: ValueDef::Result(inst, i as u32),
                ty,
            });
            self.insts[inst].results.push(v);
        }
        self.blocks[block].insts.push(inst);
        inst
    }

    /// The type of a value.
    pub fn value_type(&self, v: Value) -> Type {
        self.values[v].ty
    }

    /// The operation that computes `v` (`None` for a block parameter):
    /// how backends recognize constants and pointers that cannot be nil.
    pub fn def_op(&self, v: Value) -> Option<&Op> {
        match self.values[v].def {
            ValueDef::Result(i, _) => Some(&self.insts[i].op),
            ValueDef::Param(..) => None,
        }
    }

    /// The value of `v` when it is an integer constant.
    pub fn iconst(&self, v: Value) -> Option<i64> {
        match self.def_op(v) {
            Some(Op::Iconst(c)) => Some(*c),
            _ => None,
        }
    }

    /// The bytes of `v` when it is a string constant.
    pub fn sconst(&self, v: Value) -> Option<&[u8]> {
        match self.def_op(v) {
            Some(Op::Sconst(b)) => Some(b),
            _ => None,
        }
    }

    /// The single result of `inst`.
    pub fn result(&self, inst: Inst) -> Value {
        self.insts[inst].results[0]
    }

    /// Predecessor counts of every block (number of incoming edges).
    pub fn predecessors(&self) -> cranelift_entity::SecondaryMap<Block, Vec<Block>> {
        let mut preds = cranelift_entity::SecondaryMap::<Block, Vec<Block>>::new();
        for &b in &self.layout {
            for s in self.blocks[b].term.successors() {
                preds[s.block].push(b);
            }
        }
        preds
    }

    /// Removes blocks unreachable from the entry from the layout.
    pub fn remove_unreachable_blocks(&mut self) {
        let mut seen = cranelift_entity::SecondaryMap::<Block, bool>::new();
        let mut stack = vec![self.entry];
        seen[self.entry] = true;
        while let Some(b) = stack.pop() {
            for s in self.blocks[b].term.successors() {
                if !seen[s.block] {
                    seen[s.block] = true;
                    stack.push(s.block);
                }
            }
        }
        self.layout.retain(|b| seen[*b]);
    }
}
