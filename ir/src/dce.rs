//! Dead function removal: only what the program can reach ends up in its
//! module.
//!
//! The frontend lowers every function of every package it compiles (the
//! standard library is Go source compiled with the program), so most of
//! them are never called. A function is live when the entry, the panic
//! hook or a live function names it (`Call`, `CallCatch`, `MakeClosure`);
//! the others are dropped and the survivors renumbered, keeping their order.
//! Every instruction a function holds counts, not only those in reachable
//! blocks, so no reference is ever left dangling.

use crate::entities::FuncId;
use crate::instructions::Op;
use crate::module::Module;
use cranelift_entity::{EntityRef, PrimaryMap};

/// The functions an operation names.
fn callee(op: &mut Op) -> Option<&mut FuncId> {
    match op {
        Op::Call(f, _) | Op::CallCatch(f, _) | Op::MakeClosure(f, _) => Some(f),
        _ => None,
    }
}

/// Which functions the entry and the panic hook can reach, by index.
pub fn live_functions(m: &Module) -> Vec<bool> {
    let mut live = vec![false; m.funcs.len()];
    let mut stack: Vec<FuncId> = m.entry.into_iter().chain(m.panic_hook).collect();
    while let Some(f) = stack.pop() {
        if std::mem::replace(&mut live[f.index()], true) {
            continue;
        }
        for inst in m.funcs[f].insts.values() {
            if let Op::Call(g, _) | Op::CallCatch(g, _) | Op::MakeClosure(g, _) = inst.op {
                if !live[g.index()] {
                    stack.push(g);
                }
            }
        }
    }
    live
}

/// Removes the functions the entry and the panic hook cannot reach.
pub fn remove_dead_functions(m: &mut Module) {
    let n = m.funcs.len();
    let live = live_functions(m);
    if live.iter().all(|&l| l) {
        return;
    }
    let old = std::mem::take(&mut m.funcs);
    let mut map: Vec<Option<FuncId>> = vec![None; n];
    let mut funcs = PrimaryMap::new();
    for (id, f) in old {
        if live[id.index()] {
            map[id.index()] = Some(funcs.push(f));
        }
    }
    for f in funcs.values_mut() {
        for inst in f.insts.values_mut() {
            if let Some(g) = callee(&mut inst.op) {
                *g = map[g.index()].expect("callee of a live function is live");
            }
        }
    }
    m.funcs = funcs;
    m.entry = m.entry.and_then(|e| map[e.index()]);
    m.panic_hook = m.panic_hook.and_then(|h| map[h.index()]);
}
