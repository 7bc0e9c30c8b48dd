//! Basic blocks of a wasm function body, recovered from its structured
//! control flow.
//!
//! Wasm has no explicit CFG: `block`/`loop`/`if` nest, and branches name a
//! label by depth. One forward walk with a stack of open constructs gives
//! the graph: a `loop`'s label is its header, every other construct's label
//! is the point after its `end`. A block ends at a branch, a conditional
//! branch, an `if`/`else`/`end`, a `loop` header, a return or trap, and —
//! inside a `try_table` — at every instruction that may throw, with an edge
//! to each catch target. Instructions after an unconditional branch land in
//! a fresh block with no predecessors (dead code stays in the graph; it only
//! makes the analysis more conservative).

use wasmparser::Operator;

/// A basic block: operators `start..end` of the body, and its successors.
#[derive(Clone, Debug, Default)]
pub(crate) struct Bb {
    pub start: usize,
    pub end: usize,
    pub succs: Vec<u32>,
}

/// The basic blocks of one body; block 0 is the entry.
pub(crate) struct Cfg {
    pub blocks: Vec<Bb>,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Block,
    Loop,
    If,
    TryTable,
}

struct Frame {
    kind: Kind,
    /// Where a branch to this construct's label goes.
    label: u32,
    /// The block after this construct's `end`.
    after: u32,
    /// For `if`: the block that runs when the condition is false.
    els: u32,
    else_seen: bool,
    /// For `try_table`: where its catch clauses go.
    catches: Vec<u32>,
}

impl Frame {
    /// A construct whose branches go to `label` and which ends at `after`.
    fn new(kind: Kind, label: u32, after: u32) -> Self {
        Frame {
            kind,
            label,
            after,
            els: after,
            else_seen: false,
            catches: Vec::new(),
        }
    }
}

struct Builder {
    blocks: Vec<Bb>,
    frames: Vec<Frame>,
    cur: u32,
}

impl Builder {
    fn new_bb(&mut self) -> u32 {
        self.blocks.push(Bb::default());
        (self.blocks.len() - 1) as u32
    }

    /// Ends the current block after operator `i` with `succs`, and starts
    /// block `next` at operator `i + 1`.
    fn split(&mut self, i: usize, succs: Vec<u32>, next: u32) {
        let b = &mut self.blocks[self.cur as usize];
        b.end = i + 1;
        b.succs = succs;
        self.blocks[next as usize].start = i + 1;
        self.cur = next;
    }

    fn target(&self, depth: u32) -> Option<u32> {
        let n = self.frames.len().checked_sub(1 + depth as usize)?;
        Some(self.frames[n].label)
    }

    /// Catch targets of every enclosing `try_table`.
    fn catch_targets(&self) -> Vec<u32> {
        let mut t: Vec<u32> = Vec::new();
        for f in &self.frames {
            t.extend(&f.catches);
        }
        t
    }
}

fn may_throw(op: &Operator) -> bool {
    matches!(
        op,
        Operator::Call { .. }
            | Operator::CallIndirect { .. }
            | Operator::CallRef { .. }
            | Operator::Throw { .. }
            | Operator::ThrowRef
    )
}

/// Builds the CFG, or `None` for constructs it does not model (legacy
/// exception handling, stack switching), which callers leave untouched.
pub(crate) fn build(ops: &[Operator]) -> Option<Cfg> {
    let mut b = Builder {
        blocks: Vec::new(),
        frames: Vec::new(),
        cur: 0,
    };
    b.new_bb();
    let exit = b.new_bb();
    b.frames.push(Frame::new(Kind::Block, exit, exit));
    for (i, op) in ops.iter().enumerate() {
        match op {
            Operator::Block { .. } => {
                let after = b.new_bb();
                b.frames.push(Frame::new(Kind::Block, after, after));
            }
            Operator::Loop { .. } => {
                let header = b.new_bb();
                let after = b.new_bb();
                b.split(i, vec![header], header);
                b.frames.push(Frame::new(Kind::Loop, header, after));
            }
            Operator::If { .. } => {
                let then = b.new_bb();
                let els = b.new_bb();
                let after = b.new_bb();
                b.split(i, vec![then, els], then);
                b.frames.push(Frame {
                    els,
                    ..Frame::new(Kind::If, after, after)
                });
            }
            Operator::TryTable { try_table } => {
                let mut catches = Vec::new();
                for c in &try_table.catches {
                    let label = match c {
                        wasmparser::Catch::One { label, .. }
                        | wasmparser::Catch::OneRef { label, .. }
                        | wasmparser::Catch::All { label }
                        | wasmparser::Catch::AllRef { label } => *label,
                    };
                    catches.push(b.target(label)?);
                }
                let after = b.new_bb();
                b.frames.push(Frame {
                    catches,
                    ..Frame::new(Kind::TryTable, after, after)
                });
            }
            Operator::Else => {
                let f = b.frames.last_mut()?;
                if f.kind != Kind::If {
                    return None;
                }
                f.else_seen = true;
                let (after, els) = (f.after, f.els);
                b.split(i, vec![after], els);
            }
            Operator::End => {
                let f = b.frames.pop()?;
                if f.kind == Kind::If && !f.else_seen {
                    let e = &mut b.blocks[f.els as usize];
                    e.start = i;
                    e.end = i;
                    e.succs = vec![f.after];
                }
                b.split(i, vec![f.after], f.after);
                if b.frames.is_empty() {
                    if i + 1 != ops.len() {
                        return None;
                    }
                    b.blocks[b.cur as usize].end = ops.len();
                    return Some(Cfg { blocks: b.blocks });
                }
            }
            Operator::Br { relative_depth } => {
                let t = b.target(*relative_depth)?;
                let dead = b.new_bb();
                b.split(i, vec![t], dead);
            }
            Operator::BrIf { relative_depth }
            | Operator::BrOnNull { relative_depth }
            | Operator::BrOnNonNull { relative_depth }
            | Operator::BrOnCast { relative_depth, .. }
            | Operator::BrOnCastFail { relative_depth, .. } => {
                let t = b.target(*relative_depth)?;
                let next = b.new_bb();
                b.split(i, vec![t, next], next);
            }
            Operator::BrTable { targets } => {
                let mut succs = Vec::new();
                for d in targets.targets() {
                    succs.push(b.target(d.ok()?)?);
                }
                succs.push(b.target(targets.default())?);
                let dead = b.new_bb();
                b.split(i, succs, dead);
            }
            Operator::Return
            | Operator::Unreachable
            | Operator::ReturnCall { .. }
            | Operator::ReturnCallIndirect { .. }
            | Operator::ReturnCallRef { .. } => {
                let dead = b.new_bb();
                b.split(i, Vec::new(), dead);
            }
            Operator::Throw { .. } | Operator::ThrowRef => {
                let dead = b.new_bb();
                b.split(i, b.catch_targets(), dead);
            }
            Operator::Try { .. }
            | Operator::Catch { .. }
            | Operator::CatchAll
            | Operator::Delegate { .. }
            | Operator::Rethrow { .. }
            | Operator::Resume { .. }
            | Operator::ResumeThrow { .. }
            | Operator::Suspend { .. }
            | Operator::Switch { .. } => return None,
            op if may_throw(op) => {
                let mut succs = b.catch_targets();
                if !succs.is_empty() {
                    let next = b.new_bb();
                    succs.push(next);
                    b.split(i, succs, next);
                }
            }
            _ => {}
        }
    }
    None
}
