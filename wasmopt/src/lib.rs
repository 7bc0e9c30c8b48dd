//! Passes over the emitted wasm module that both backends share.
//!
//! The backends print WebAssembly text, one wasm local per IR value, and
//! leave the cleanup that needs a view of the finished wasm code to this
//! crate: it reads the module with wasmparser, rewrites function bodies and
//! writes it back with wasm-encoder's re-encoder, so every section it does
//! not touch is copied as is.
//!
//! Passes, per function:
//! - [`stack`]: `local.set $x; local.get $x` disappears when that is the
//!   only read of `$x`;
//! - [`coalesce`]: locals whose values are never live at the same time
//!   share one slot; stores to locals nobody reads become `drop`s.
//!
//! ```
//! let wasm = wat::parse_str(r#"(module (func (export "f") (param i32) (result i32)
//!     (local $a i32) (local $b i32)
//!     (local.set $a (i32.add (local.get 0) (i32.const 1)))
//!     (local.set $b (i32.mul (local.get $a) (i32.const 2)))
//!     (local.get $b)))"#).unwrap();
//! let (out, stats) = gowgc_wasmopt::optimize(&wasm).unwrap();
//! // $a stays on the stack; $b, read back at once, too.
//! assert_eq!((stats.locals_before, stats.locals_after), (2, 0));
//! wasmparser::validate(&out).unwrap();
//! ```

mod cfg;
mod coalesce;
mod stack;

use std::collections::HashMap;
use wasm_encoder::reencode::{self, Reencode, RoundtripReencoder};
use wasmparser::{Operator, Parser, Payload, ValType};

/// What the passes did, for `--size-report` and tests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Non-parameter locals declared, over all functions, before and after.
    pub locals_before: u64,
    pub locals_after: u64,
    /// Functions left as they were (a construct the passes do not model).
    pub skipped: u32,
}

/// Which passes run (all by default; turning one off measures its gain).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Passes {
    pub stack: bool,
    pub coalesce: bool,
}

impl Default for Passes {
    fn default() -> Self {
        Passes {
            stack: true,
            coalesce: true,
        }
    }
}

/// Runs every pass over `wasm`; returns the new module and what changed.
pub fn optimize(wasm: &[u8]) -> Result<(Vec<u8>, Stats), String> {
    optimize_with(wasm, Passes::default())
}

/// Runs the chosen passes over `wasm`.
pub fn optimize_with(wasm: &[u8], passes: Passes) -> Result<(Vec<u8>, Stats), String> {
    let (params, imported) = signatures(wasm).map_err(|e| e.to_string())?;
    let mut r = Rewriter {
        passes,
        params,
        next_func: 0,
        imported,
        maps: HashMap::new(),
        stats: Stats::default(),
    };
    let mut module = wasm_encoder::Module::new();
    r.parse_core_module(&mut module, Parser::new(0), wasm)
        .map_err(|e| format!("wasmopt: {e:?}"))?;
    Ok((module.finish(), r.stats))
}

/// What the rewrite needs before the code section: the parameter count of
/// each defined function, in order, and the number of imported functions.
/// One scan of the sections before the code.
fn signatures(wasm: &[u8]) -> wasmparser::Result<(Vec<u32>, u32)> {
    let mut type_params: Vec<u32> = Vec::new();
    let (mut params, mut imported) = (Vec::new(), 0);
    for payload in Parser::new(0).parse_all(wasm) {
        match payload? {
            Payload::TypeSection(r) => {
                for group in r {
                    for ty in group?.into_types() {
                        type_params.push(match &ty.composite_type.inner {
                            wasmparser::CompositeInnerType::Func(f) => f.params().len() as u32,
                            _ => 0,
                        });
                    }
                }
            }
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    if matches!(
                        imp?.ty,
                        wasmparser::TypeRef::Func(_) | wasmparser::TypeRef::FuncExact(_)
                    ) {
                        imported += 1;
                    }
                }
            }
            Payload::FunctionSection(r) => {
                for t in r {
                    params.push(type_params[t? as usize]);
                }
            }
            Payload::CodeSectionStart { .. } => break,
            _ => {}
        }
    }
    Ok((params, imported))
}

struct Rewriter {
    passes: Passes,
    params: Vec<u32>,
    next_func: u32,
    imported: u32,
    /// Old-to-new local indices of each rewritten function (by function
    /// index), to keep the name section's local names right.
    maps: HashMap<u32, Vec<Option<u32>>>,
    stats: Stats,
}

impl Reencode for Rewriter {
    type Error = std::convert::Infallible;

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        func: wasmparser::FunctionBody<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        let defined = self.next_func;
        self.next_func += 1;
        let nparams = self.params[defined as usize];
        let mut locals: Vec<ValType> = Vec::new();
        for pair in func.get_locals_reader()? {
            let (cnt, ty) = pair?;
            locals.extend(std::iter::repeat_n(ty, cnt as usize));
        }
        let mut ops: Vec<Operator> = Vec::new();
        let mut reader = func.get_operators_reader()?;
        while !reader.eof() {
            ops.push(reader.read()?);
        }
        let ops = match self.passes.stack {
            true => stack::run(ops, nparams),
            false => ops,
        };
        self.stats.locals_before += locals.len() as u64;
        let plan = match self.passes.coalesce {
            true => cfg::build(&ops).and_then(|cfg| coalesce::plan(&cfg, &ops, nparams, &locals)),
            false => None,
        };
        let plan = match plan {
            Some(p) => p,
            None => {
                if !locals.is_empty() && self.passes.coalesce {
                    self.stats.skipped += 1;
                }
                if !self.passes.stack {
                    self.stats.locals_after += locals.len() as u64;
                    return reencode::utils::parse_function_body(
                        &mut RoundtripReencoder,
                        code,
                        func,
                    );
                }
                // The locals as they were (the stack pass changed the code).
                let n = nparams as usize + locals.len();
                coalesce::Plan {
                    map: (0..n as u32).map(Some).collect(),
                    locals,
                }
            }
        };
        self.stats.locals_after += plan.locals.len() as u64;
        let mut decl: Vec<(u32, wasm_encoder::ValType)> = Vec::new();
        for &ty in &plan.locals {
            let ty = self.val_type(ty)?;
            match decl.last_mut() {
                Some((n, t)) if *t == ty => *n += 1,
                _ => decl.push((1, ty)),
            }
        }
        let mut f = wasm_encoder::Function::new(decl);
        for op in ops {
            let op = match op {
                Operator::LocalGet { local_index } => Operator::LocalGet {
                    local_index: plan.map[local_index as usize].expect("read local has a slot"),
                },
                Operator::LocalSet { local_index } => match plan.map[local_index as usize] {
                    Some(l) => Operator::LocalSet { local_index: l },
                    None => Operator::Drop,
                },
                Operator::LocalTee { local_index } => match plan.map[local_index as usize] {
                    Some(l) => Operator::LocalTee { local_index: l },
                    None => continue,
                },
                op => op,
            };
            f.instruction(&self.instruction(op)?);
        }
        code.function(&f);
        self.maps.insert(self.imported + defined, plan.map);
        Ok(())
    }

    fn parse_custom_name_subsection(
        &mut self,
        names: &mut wasm_encoder::NameSection,
        section: wasmparser::Name<'_>,
    ) -> Result<(), reencode::Error<Self::Error>> {
        let wasmparser::Name::Local(map) = section else {
            return reencode::utils::parse_custom_name_subsection(self, names, section);
        };
        let mut out = wasm_encoder::IndirectNameMap::new();
        for func in map {
            let func = func?;
            let remap = self.maps.get(&func.index);
            let mut seen = std::collections::HashSet::new();
            let mut m = wasm_encoder::NameMap::new();
            let mut entries: Vec<(u32, &str)> = Vec::new();
            for n in func.names {
                let n = n?;
                let idx = match remap {
                    Some(r) => match r.get(n.index as usize).copied().flatten() {
                        Some(i) => i,
                        None => continue,
                    },
                    None => n.index,
                };
                if seen.insert(idx) {
                    entries.push((idx, n.name));
                }
            }
            entries.sort_by_key(|e| e.0);
            for (i, name) in entries {
                m.append(i, name);
            }
            out.append(func.index, &m);
        }
        names.locals(&out);
        Ok(())
    }
}

#[cfg(test)]
mod tests;
