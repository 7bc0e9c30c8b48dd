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
//!
//! Package-level variables nobody reads go too, when their initializer has
//! no side effects ([`Module::pure_inits`]): the entry's call of the
//! initializer is removed, and with it the initializer and whatever only
//! it used (unicode's tables, math's coefficients, the errors of io and os
//! in a program that prints with fmt).

use crate::entities::{FuncId, Global};
use crate::function::Function;
use crate::instructions::Op;
use crate::module::Module;
use cranelift_entity::{EntityRef, PrimaryMap};
use std::collections::{HashMap, HashSet};

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

/// Removes the calls of pure initializers whose variables no live code
/// other than the initializers themselves reads, to a fixpoint (dropping
/// one initializer can leave the variables it read unread).
fn drop_unread_pure_inits(m: &mut Module) {
    let init_of: HashMap<FuncId, usize> = m
        .pure_inits
        .iter()
        .enumerate()
        .map(|(i, p)| (p.func, i))
        .collect();
    loop {
        // A dropped initializer is no longer called, so no longer live.
        let live = live_functions(m);
        let mut read = vec![false; m.globals.len()];
        for (fid, f) in m.funcs.iter() {
            if !live[fid.index()] {
                continue;
            }
            let own: &[Global] = init_of
                .get(&fid)
                .map_or(&[], |&i| m.pure_inits[i].globals.as_slice());
            for inst in f.insts.values() {
                if let Op::GlobalAddr(g) = inst.op {
                    if !own.contains(&g) {
                        read[g.index()] = true;
                    }
                }
            }
        }
        let dead: HashSet<FuncId> = m
            .pure_inits
            .iter()
            .filter(|p| live[p.func.index()] && p.globals.iter().all(|g| !read[g.index()]))
            .map(|p| p.func)
            .collect();
        if dead.is_empty() {
            return;
        }
        for f in m.funcs.values_mut() {
            let Function { blocks, insts, .. } = f;
            for b in blocks.values_mut() {
                b.insts.retain(|&i| {
                    let call = matches!(insts[i].op, Op::Call(g, _) if dead.contains(&g));
                    if call {
                        // Detached, but [`live_functions`] reads every
                        // instruction a function holds: make it name nothing.
                        insts[i].op = Op::Iconst(0);
                    }
                    !call
                });
            }
        }
    }
}

/// Removes the functions the entry and the panic hook cannot reach (after
/// the calls of initializers of unread variables).
pub fn remove_dead_functions(m: &mut Module) {
    drop_unread_pure_inits(m);
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
    m.pure_inits.retain_mut(|p| match map[p.func.index()] {
        Some(f) => {
            p.func = f;
            true
        }
        None => false,
    });
    m.entry = m.entry.and_then(|e| map[e.index()]);
    m.panic_hook = m.panic_hook.and_then(|h| map[h.index()]);
}
