//! Go panics as wasm exceptions (the exception-handling proposal with
//! `exnref`: `throw`, `try_table`): `throw` raises one, `call_catch` calls a
//! function and reports whether it ended by one, and the runtime's
//! `$panic_hook` turns runtime errors into them when the module has a
//! panic hook.
//!
//! The exception has one tag, `$go_panic`, with no payload (the panic
//! value lives in frontend-managed globals). It is declared only in
//! modules that use it.
//!
//! Unwinding skips the epilogues of the unwound functions, so their
//! shadow-stack frames are never popped. `call_catch` therefore saves
//! `$sp` before the call and restores it on the catch path. `$sp` is the
//! only per-call state this backend keeps outside wasm locals (the
//! collector's mark stack is only used while a collection runs, and
//! a collection never raises a Go panic).

use super::FuncGen;
use crate::layout::Scalar;
use gowgc_ir::{FuncId, Inst, Module, Op, Value};
use std::fmt::Write;

/// The tag of a Go panic.
pub const TAG: &str = "$go_panic";

/// Does the module raise or catch Go panics as exceptions?
pub fn uses_exceptions(m: &Module) -> bool {
    m.panic_hook.is_some()
        || m.funcs.values().any(|f| {
            f.insts
                .values()
                .any(|i| matches!(i.op, Op::Throw | Op::CallCatch(..)))
        })
}

/// The module fields for exceptions: the tag (when the module uses
/// exceptions) and `$panic_hook`, which the shared runtime calls on every
/// runtime error it raises. Without a hook in the IR it returns, and the
/// runtime prints Go's message and exits; otherwise it passes its operands
/// to the IR hook, which throws. `names` are the functions' WAT names.
pub fn exception_fields(
    m: &Module,
    names: &cranelift_entity::SecondaryMap<FuncId, String>,
    errors: &mut Vec<String>,
) -> String {
    let mut out = String::new();
    if uses_exceptions(m) {
        let _ = writeln!(out, "  (tag {TAG})");
    }
    out.push_str("  (func $panic_hook (param i32 i64 i64)");
    if let Some(h) = m.panic_hook {
        let f = &m.funcs[h];
        let parts: Vec<&str> = f
            .sig
            .params
            .iter()
            .flat_map(|&t| Scalar::of(&m.types, t).map_or(&["?"][..], Scalar::parts))
            .copied()
            .collect();
        if parts != ["i32", "i64", "i64"] {
            errors.push(format!(
                "panic hook {} must take (int32, int64, int64)",
                f.name
            ));
        }
        out.push('\n');
        for k in 0..3 {
            let _ = writeln!(out, "    local.get {k}");
        }
        let _ = writeln!(out, "    call {}", names[h]);
        out.push_str("    unreachable");
    }
    out.push_str(")\n");
    out
}

impl FuncGen<'_, '_> {
    /// `throw`: raises a Go panic. The block ends with `unreachable`.
    pub(super) fn throw(&mut self) {
        self.line(&format!("throw {TAG}"));
    }

    /// `call_catch f(args)`: 1 when the call ended by a Go panic, 0 when
    /// it returned. The catch path restores `$sp`, which the unwound
    /// functions never popped:
    ///
    /// ```text
    /// global.get $sp
    /// local.set $saved
    /// block (result i32)
    ///   block
    ///     try_table (catch $go_panic 0)
    ///       args, call f
    ///     end
    ///     i32.const 0
    ///     br 1
    ///   end
    ///   local.get $saved
    ///   global.set $sp
    ///   i32.const 1
    /// end
    /// ```
    pub(super) fn call_catch(&mut self, i: Inst, callee: FuncId, args: &[Value]) {
        if !self.cx.m.funcs[callee].sig.results.is_empty() {
            self.cx.errors.push(format!(
                "{}: call_catch of {}, which has results",
                self.f.name, self.cx.m.funcs[callee].name
            ));
        }
        let saved = self.tmp("i32");
        self.line("global.get $sp");
        self.line(&format!("local.set {saved}"));
        self.line("block (result i32)");
        self.depth += 1;
        self.line("block");
        self.depth += 1;
        self.line(&format!("try_table (catch {TAG} 0)"));
        self.depth += 1;
        for &a in args {
            self.get(a);
        }
        let name = self.cx.names[callee].clone();
        self.line(&format!("call {name}"));
        self.depth -= 1;
        self.line("end");
        self.line("i32.const 0");
        self.line("br 1");
        self.depth -= 1;
        self.line("end");
        self.line(&format!("local.get {saved}"));
        self.line("global.set $sp");
        self.line("i32.const 1");
        self.depth -= 1;
        self.line("end");
        self.set_results(i);
    }
}
