//! The IR verifier: checks the invariants every pass and backend relies on.
//! Tests run it between passes; it returns all problems found as text.

use crate::entities::{Block, Value};
use crate::function::{Function, ValueDef};
use crate::instructions::{Op, Terminator};
use crate::module::Module;
use crate::structure::reverse_postorder;
use crate::types::TypeData;
use cranelift_entity::SecondaryMap;

/// Verifies every function of `m`; returns the list of errors.
pub fn verify_module(m: &Module) -> Result<(), Vec<String>> {
    let mut errs = Vec::new();
    for (_, f) in m.funcs.iter() {
        verify_function(m, f, &mut errs);
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs)
    }
}

fn verify_function(m: &Module, f: &Function, errs: &mut Vec<String>) {
    let mut err = |msg: String| errs.push(format!("{}: {msg}", f.name));
    // Values defined in layout blocks, and where.
    let mut def_block: SecondaryMap<Value, Option<Block>> = SecondaryMap::new();
    for &b in &f.layout {
        for &p in &f.blocks[b].params {
            def_block[p] = Some(b);
        }
        for &i in &f.blocks[b].insts {
            for &r in &f.insts[i].results {
                if f.values[r].def != ValueDef::Result(i, f.values[r].def_index()) {
                    err(format!("{r} has a wrong definition"));
                }
                def_block[r] = Some(b);
            }
        }
    }
    let types = &m.types;
    for (v, d) in f.values.iter() {
        if def_block[v].is_some() && types.is_aggregate(d.ty) {
            err(format!("{v} has aggregate type {}", types.display(d.ty)));
        }
    }
    if f.blocks[f.entry].params.len() != f.sig.params.len() {
        err("entry parameters do not match the signature".into());
    }
    let reachable = reverse_postorder(f);
    for &b in &reachable {
        let data = &f.blocks[b];
        for &i in &data.insts {
            for a in f.insts[i].op.args() {
                if def_block[a].is_none() {
                    err(format!("{b}: {a} used but not defined in a live block"));
                }
            }
            if let Op::Call(callee, args) = &f.insts[i].op {
                let sig = &m.funcs[*callee].sig;
                if sig.params.len() != args.len() || sig.results.len() != f.insts[i].results.len() {
                    err(format!(
                        "{b}: call to {} with wrong arity",
                        m.funcs[*callee].name
                    ));
                }
            }
            if let Op::CallCatch(callee, args) = &f.insts[i].op {
                let sig = &m.funcs[*callee].sig;
                if sig.params.len() != args.len()
                    || !sig.results.is_empty()
                    || f.insts[i].results.len() != 1
                {
                    err(format!(
                        "{b}: call_catch of {} with wrong arity or results",
                        m.funcs[*callee].name
                    ));
                }
            }
            if let Op::Load(p) | Op::Store(p, _) = &f.insts[i].op {
                if !matches!(types.data(f.value_type(*p)), TypeData::Pointer(_)) {
                    err(format!("{b}: load/store through non-pointer {p}"));
                }
            }
        }
        for c in data.term.successors() {
            if c.args.len() != f.blocks[c.block].params.len() {
                err(format!(
                    "{b}: branch to {} with {} args",
                    c.block,
                    c.args.len()
                ));
            }
        }
        match &data.term {
            Terminator::None => err(format!("{b} has no terminator")),
            Terminator::Return(vs) if vs.len() != f.sig.results.len() => {
                err(format!("{b}: return of {} values", vs.len()))
            }
            _ => {}
        }
    }
}

impl crate::function::ValueData {
    fn def_index(&self) -> u32 {
        match self.def {
            ValueDef::Param(_, n) | ValueDef::Result(_, n) => n,
        }
    }
}
