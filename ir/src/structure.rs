//! From a CFG to WebAssembly's structured control flow.
//!
//! Follows Norman Ramsey, "Beyond Relooper: Recursive Translation of
//! Unstructured Control Flow to Structured Control Flow" (ICFP 2022). The
//! dominator tree drives the translation: a block's code is followed by the
//! code of the blocks it immediately dominates; those with several forward
//! in-edges ("merge nodes") are placed after a wasm `block` that forward
//! branches exit, and loop headers open a wasm `loop` that back edges
//! continue. Branches carry their arguments as an explicit [`Node::Args`]
//! step (block parameters become locals in both backends).
//!
//! Irreducible control flow (only `goto` can make it) is reported as an
//! error; the frontend first makes such functions reducible with
//! [`crate::irreducible::make_reducible`].

use crate::entities::{Block, Value};
use crate::function::Function;
use crate::instructions::{BlockCall, Terminator};
use cranelift_entity::SecondaryMap;

/// A structured statement tree for one function.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// The instructions of a block (its terminator is translated into the
    /// surrounding nodes).
    Code(Block),
    /// Assign `args` to the parameters of `target` (a parallel copy).
    Args {
        /// The block whose parameters receive the values.
        target: Block,
        /// The values, one per parameter.
        args: Vec<Value>,
    },
    /// wasm `block ... end`: `Br` to it continues after `end`.
    Block(Vec<Node>),
    /// wasm `loop ... end`: `Br` to it continues at the start.
    Loop(Vec<Node>),
    /// wasm `if ... else ... end` on a bool value.
    If {
        /// The condition.
        cond: Value,
        /// Then arm.
        then: Vec<Node>,
        /// Else arm.
        els: Vec<Node>,
    },
    /// wasm `br n`: `n` counts enclosing `Block`, `Loop` and `If` nodes,
    /// innermost 0.
    Br(u32),
    /// Return these values.
    Return(Vec<Value>),
    /// wasm `unreachable`.
    Unreachable,
}

/// The CFG cannot be structured (it is irreducible).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Irreducible;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    LoopHeadedBy(Block),
    BlockFollowedBy(Block),
    IfThenElse,
}

struct Structurer<'a> {
    func: &'a Function,
    rpo_num: SecondaryMap<Block, u32>,
    idom: SecondaryMap<Block, Option<Block>>,
    children: SecondaryMap<Block, Vec<Block>>,
    forward_in: SecondaryMap<Block, u32>,
    loop_header: SecondaryMap<Block, bool>,
}

/// Structures `func`'s control flow.
pub fn structure(func: &Function) -> Result<Vec<Node>, Irreducible> {
    let rpo = reverse_postorder(func);
    let mut rpo_num = SecondaryMap::with_default(u32::MAX);
    for (i, &b) in rpo.iter().enumerate() {
        rpo_num[b] = i as u32;
    }
    let idom = dominators(func, &rpo, &rpo_num);
    let mut s = Structurer {
        func,
        rpo_num,
        idom,
        children: SecondaryMap::new(),
        forward_in: SecondaryMap::new(),
        loop_header: SecondaryMap::new(),
    };
    for &b in &rpo {
        if let Some(p) = s.idom[b] {
            if p != b {
                s.children[p].push(b);
            }
        }
        for succ in func.blocks[b].term.successors() {
            let t = succ.block;
            if s.rpo_num[t] <= s.rpo_num[b] {
                if !s.dominates(t, b) {
                    return Err(Irreducible);
                }
                s.loop_header[t] = true;
            } else {
                s.forward_in[t] += 1;
            }
        }
    }
    let mut ctx = Vec::new();
    Ok(s.do_tree(func.entry, &mut ctx))
}

impl Structurer<'_> {
    fn dominates(&self, a: Block, mut b: Block) -> bool {
        loop {
            if a == b {
                return true;
            }
            match self.idom[b] {
                Some(p) if p != b => b = p,
                _ => return false,
            }
        }
    }

    fn is_merge(&self, b: Block) -> bool {
        self.forward_in[b] >= 2
    }

    fn do_tree(&self, x: Block, ctx: &mut Vec<Ctx>) -> Vec<Node> {
        let mut merges: Vec<Block> = self.children[x]
            .iter()
            .copied()
            .filter(|&c| self.is_merge(c))
            .collect();
        // Highest reverse-postorder number outermost.
        merges.sort_by_key(|&b| std::cmp::Reverse(self.rpo_num[b]));
        if self.loop_header[x] {
            ctx.push(Ctx::LoopHeadedBy(x));
            let body = self.node_within(x, &merges, ctx);
            ctx.pop();
            vec![Node::Loop(body)]
        } else {
            self.node_within(x, &merges, ctx)
        }
    }

    fn node_within(&self, x: Block, merges: &[Block], ctx: &mut Vec<Ctx>) -> Vec<Node> {
        match merges.split_first() {
            Some((&y, rest)) => {
                ctx.push(Ctx::BlockFollowedBy(y));
                let inner = self.node_within(x, rest, ctx);
                ctx.pop();
                let mut out = vec![Node::Block(inner)];
                out.extend(self.do_tree(y, ctx));
                out
            }
            None => {
                let mut out = vec![Node::Code(x)];
                match &self.func.blocks[x].term {
                    Terminator::Jump(c) => out.extend(self.do_branch(x, c, ctx)),
                    Terminator::Brif(cond, t, e) => {
                        ctx.push(Ctx::IfThenElse);
                        let then = self.do_branch(x, t, ctx);
                        let els = self.do_branch(x, e, ctx);
                        ctx.pop();
                        out.push(Node::If {
                            cond: *cond,
                            then,
                            els,
                        });
                    }
                    Terminator::Return(vals) => out.push(Node::Return(vals.clone())),
                    Terminator::Unreachable | Terminator::None => out.push(Node::Unreachable),
                }
                out
            }
        }
    }

    fn do_branch(&self, src: Block, call: &BlockCall, ctx: &mut Vec<Ctx>) -> Vec<Node> {
        let t = call.block;
        let mut out = Vec::new();
        if !call.args.is_empty() {
            out.push(Node::Args {
                target: t,
                args: call.args.clone(),
            });
        }
        if self.rpo_num[t] <= self.rpo_num[src] {
            out.push(Node::Br(index(ctx, Ctx::LoopHeadedBy(t))));
        } else if self.is_merge(t) {
            out.push(Node::Br(index(ctx, Ctx::BlockFollowedBy(t))));
        } else {
            out.extend(self.do_tree(t, ctx));
        }
        out
    }
}

fn index(ctx: &[Ctx], want: Ctx) -> u32 {
    let pos = ctx
        .iter()
        .rposition(|c| *c == want)
        .expect("branch target not in context");
    (ctx.len() - 1 - pos) as u32
}

/// Blocks reachable from the entry in reverse postorder.
pub fn reverse_postorder(func: &Function) -> Vec<Block> {
    let mut visited = SecondaryMap::<Block, bool>::new();
    let mut post = Vec::new();
    // Iterative DFS: (block, next successor index).
    let mut stack = vec![(func.entry, 0usize)];
    visited[func.entry] = true;
    while let Some(&mut (b, ref mut i)) = stack.last_mut() {
        let succs = func.blocks[b].term.successors();
        if *i < succs.len() {
            let t = succs[*i].block;
            *i += 1;
            if !visited[t] {
                visited[t] = true;
                stack.push((t, 0));
            }
        } else {
            post.push(b);
            stack.pop();
        }
    }
    post.reverse();
    post
}

/// Immediate dominators (Cooper, Harvey and Kennedy, "A Simple, Fast
/// Dominance Algorithm") of the blocks in `rpo` (numbered by `rpo_num`);
/// the entry is its own dominator.
pub(crate) fn dominators(
    func: &Function,
    rpo: &[Block],
    rpo_num: &SecondaryMap<Block, u32>,
) -> SecondaryMap<Block, Option<Block>> {
    let preds = func.predecessors();
    let mut idom: SecondaryMap<Block, Option<Block>> = SecondaryMap::new();
    idom[func.entry] = Some(func.entry);
    let mut changed = true;
    while changed {
        changed = false;
        for &b in rpo.iter().skip(1) {
            let mut new: Option<Block> = None;
            for &p in &preds[b] {
                if rpo_num[p] == u32::MAX || idom[p].is_none() {
                    continue;
                }
                new = Some(match new {
                    None => p,
                    Some(n) => intersect(&idom, rpo_num, p, n),
                });
            }
            if new.is_some() && idom[b] != new {
                idom[b] = new;
                changed = true;
            }
        }
    }
    idom
}

fn intersect(
    idom: &SecondaryMap<Block, Option<Block>>,
    rpo_num: &SecondaryMap<Block, u32>,
    mut a: Block,
    mut b: Block,
) -> Block {
    while a != b {
        while rpo_num[a] > rpo_num[b] {
            a = idom[a].unwrap();
        }
        while rpo_num[b] > rpo_num[a] {
            b = idom[b].unwrap();
        }
    }
    a
}
