//! Values that are stored and read right back stay on the stack.
//!
//! The backends compute every IR value into its local and read it where it
//! is used, so `local.set $v; local.get $v` is everywhere; when that get is
//! the local's only read, both instructions go and the value stays on the
//! operand stack where it already was. (Other stores to the local become
//! unread and [`crate::coalesce`] turns them into drops.)

use wasmparser::Operator;

/// Removes `local.set x; local.get x` pairs where that is `x`'s only read.
/// Parameters are left alone.
pub(crate) fn run(ops: Vec<Operator<'_>>, nparams: u32) -> Vec<Operator<'_>> {
    let mut gets: std::collections::HashMap<u32, u32> = std::collections::HashMap::new();
    for op in &ops {
        if let Operator::LocalGet { local_index } = op {
            *gets.entry(*local_index).or_insert(0) += 1;
        }
    }
    let mut out = Vec::with_capacity(ops.len());
    let mut it = ops.into_iter().peekable();
    while let Some(op) = it.next() {
        if let Operator::LocalSet { local_index: x } = op {
            if x >= nparams && gets.get(&x) == Some(&1) {
                if let Some(Operator::LocalGet { local_index: y }) = it.peek() {
                    if *y == x {
                        it.next();
                        continue;
                    }
                }
            }
        }
        out.push(op);
    }
    out
}
