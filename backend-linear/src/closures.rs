//! Func values: closure objects and the function table.
//!
//! A func value is a pointer to a heap *closure object* (nil is 0): a
//! `u32` index into the module's function table `$closures`, then the
//! captured values laid out like the fields of a struct
//! ([`crate::layout::Layouts::closure`]). Its GC descriptor
//! ([`crate::statics::Statics::closure_descriptor`]) covers the captures
//! that hold pointers; a closure without such captures is allocated
//! noscan.
//!
//! Every function that some `make_closure` names gets one table entry
//! (entry 0 stays null, so a call through a closure object that was never
//! initialized traps instead of calling the wrong code). Such a function
//! takes the closure as its first parameter, so its wasm type is
//! `(i32 closure, params...) -> results`, exactly what `call_indirect`
//! through a value of the func type passes. All `make_closure`s of one
//! function capture values of the same types, so a function knows the
//! layout of its own closure object: that is how `closure_capture`
//! (always applied to the function's first parameter) finds capture `n`.

use crate::layout::Scalar;
use cranelift_entity::SecondaryMap;
use gowgc_ir::{FuncId, Module, Op, Type, TypeData, TypeStore};
use std::fmt::Write;

/// The module's closure functions.
#[derive(Default)]
pub struct Closures {
    /// Table index of each function used in a `make_closure`.
    pub index: SecondaryMap<FuncId, Option<u32>>,
    /// The capture types of each such function's closure objects.
    pub caps: SecondaryMap<FuncId, Option<Vec<Type>>>,
    /// The table's functions, in index order (starting at index 1).
    pub table: Vec<FuncId>,
    /// Set by code generation when some function reads the table.
    pub used: bool,
}

/// The wasm value types of `tys`' representations, or `None` when one of
/// them is an aggregate.
pub fn flatten(types: &TypeStore, tys: &[Type]) -> Option<Vec<&'static str>> {
    let mut out = Vec::new();
    for &t in tys {
        out.extend(Scalar::of(types, t)?.parts());
    }
    Some(out)
}

/// The wasm signature `(i32 closure, params...) -> results` of calls
/// through values of func type `ty` (`None` when `ty` is no func type or
/// has aggregate parameters or results).
pub fn call_sig(types: &TypeStore, ty: Type) -> Option<(Vec<&'static str>, Vec<&'static str>)> {
    let TypeData::Func { params, results } = types.data(ty) else {
        return None;
    };
    let mut ps = vec!["i32"];
    ps.extend(flatten(types, params)?);
    Some((ps, flatten(types, results)?))
}

impl Closures {
    /// Finds the closure functions of `m` and checks that each one's
    /// `make_closure`s agree with each other and with its signature.
    pub fn new(m: &Module) -> Result<Self, String> {
        let mut c = Closures::default();
        let mut errors = Vec::new();
        for (_, f) in m.funcs.iter() {
            for &b in &f.layout {
                for &i in &f.blocks[b].insts {
                    let inst = &f.insts[i];
                    let Op::MakeClosure(callee, caps) = &inst.op else {
                        continue;
                    };
                    let tys: Vec<Type> = caps.iter().map(|&v| f.value_type(v)).collect();
                    let target = &m.funcs[*callee];
                    match &c.caps[*callee] {
                        Some(prev) if *prev != tys => errors.push(format!(
                            "{}: make_closure of {} captures other types than before",
                            f.name, target.name
                        )),
                        Some(_) => {}
                        None => {
                            let Some(&res) = inst.results.first() else {
                                errors.push(format!("{}: make_closure without result", f.name));
                                continue;
                            };
                            let want = call_sig(&m.types, f.value_type(res));
                            let have = flatten(&m.types, &target.sig.params)
                                .zip(flatten(&m.types, &target.sig.results));
                            let first_is_func =
                                target.sig.params.first().is_some_and(|&t| {
                                    matches!(m.types.data(t), TypeData::Func { .. })
                                });
                            if want.is_none() || want != have || !first_is_func {
                                errors.push(format!(
                                    "{}: make_closure of {}: its signature does not match {}",
                                    f.name,
                                    target.name,
                                    m.types.display(f.value_type(res))
                                ));
                            }
                            if flatten(&m.types, &tys).is_none() {
                                errors.push(format!(
                                    "{}: make_closure captures an aggregate",
                                    f.name
                                ));
                            }
                            c.table.push(*callee);
                            c.index[*callee] = Some(c.table.len() as u32);
                            c.caps[*callee] = Some(tys);
                        }
                    }
                }
            }
        }
        if errors.is_empty() {
            Ok(c)
        } else {
            Err(errors.join("\n"))
        }
    }

    /// The table and its element segment (nothing when unused).
    pub fn table_wat(&self, names: &SecondaryMap<FuncId, String>) -> String {
        if !self.used && self.table.is_empty() {
            return String::new();
        }
        let n = self.table.len() + 1;
        let mut out = format!("  (table $closures {n} {n} funcref)\n");
        if !self.table.is_empty() {
            out.push_str("  (elem (i32.const 1) func");
            for &f in &self.table {
                let _ = write!(out, " {}", names[f]);
            }
            out.push_str(")\n");
        }
        out
    }
}
