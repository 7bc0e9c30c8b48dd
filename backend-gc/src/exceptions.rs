//! Go panics as wasm exceptions (the final exception-handling proposal:
//! `throw`, `try_table`, exnref).
//!
//! A Go panic is one exception tag, `$go_panic`, with no payload: the panic
//! value lives in globals the frontend manages, so the exception only has to
//! unwind. The tag is declared only when some function throws or catches,
//! so programs without `panic`/`recover` pay nothing.
//!
//! - `throw` is `throw $go_panic` (its block then ends in `unreachable`);
//! - `call_catch f(args)` runs the call inside a `try_table` whose one
//!   `catch $go_panic` clause branches out past the normal path:
//!
//!   ```text
//!   block (result i32)
//!     block
//!       try_table (catch $go_panic 0)
//!         args...
//!         call $f
//!       end
//!       i32.const 0          ;; returned normally
//!       br 1
//!     end
//!     i32.const 1            ;; a Go panic unwound out of f
//!   end
//!   ```
//!
//!   Traps and `proc_exit` are not wasm exceptions, so they pass through.
//! - `$panic_hook (param i32 i64 i64)`, which the runtime calls first in
//!   every runtime error it raises (see `gowgc_runtime`): empty without
//!   [`gowgc_ir::Module::panic_hook`], so the runtime goes on to print Go's
//!   message and exit; otherwise it calls the IR hook, which throws.

use crate::context::Ctx;
use crate::func::FnEmitter;
use gowgc_ir::{FuncId, Value};

/// The exception tag of a Go panic.
const TAG: &str = "$go_panic";

/// The tag declaration (when some code throws or catches) and the
/// `$panic_hook` function the runtime calls.
pub(crate) fn decls(cx: &Ctx) -> String {
    let mut s = String::new();
    if cx.uses_exceptions {
        s.push_str(&format!("  (tag {TAG})\n"));
    }
    s.push_str("  (func $panic_hook (param i32 i64 i64)");
    if let Some(name) = cx.m.panic_hook.and_then(|f| cx.funcs.get(&f)) {
        s.push_str(&format!(
            "\n    local.get 0\n    local.get 1\n    local.get 2\n    call {name}\n    unreachable"
        ));
    }
    s.push_str(")\n");
    s
}

impl FnEmitter<'_, '_> {
    /// `throw`: raises a Go panic.
    pub(crate) fn throw(&mut self) {
        self.cx.uses_exceptions = true;
        self.emit(format!("throw {TAG}"));
    }

    /// `call_catch callee(args)`: sets `res` to 1 when a Go panic unwound
    /// out of the call, else 0.
    pub(crate) fn call_catch(&mut self, callee: FuncId, args: &[Value], res: Option<Value>) {
        self.cx.uses_exceptions = true;
        let name = self.cx.funcs.get(&callee).cloned().unwrap_or_default();
        self.emit(format!(
            "block (result i32)\n  block\n    try_table (catch {TAG} 0)"
        ));
        self.depth += 3;
        for &a in args {
            self.get(a);
        }
        self.emit(format!("call {name}"));
        self.depth -= 3;
        self.emit("    end\n    i32.const 0\n    br 1\n  end\n  i32.const 1\nend");
        match res {
            Some(r) => self.set(r),
            None => self.emit("drop"),
        }
    }
}
