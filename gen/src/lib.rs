//! Random Go programs for differential testing (issue 7).
//!
//! [`generate`] turns a seed into a typed, terminating Go program with
//! deterministic output that exercises integer arithmetic of every size
//! (overflow, division, shifts, conversions), structs, pointers into
//! structs and arrays, slices and appends, maps (printed sorted, iterated
//! only into commutative sums), closures, interfaces and type switches,
//! defer and recover, and runtime panics. [`diff::check`] runs it on
//! gowgc's linear and gc backends and, when a Go toolchain is at hand, on
//! real Go, and compares stdout, exit status and the panic message;
//! [`reduce::reduce`] shrinks a failing program to a small one.
//!
//! ```
//! let src = gowgc_gen::generate(42);
//! assert!(src.starts_with("package main"));
//! assert_eq!(src, gowgc_gen::generate(42));
//! ```

pub mod diff;
mod program;
pub mod reduce;
mod rng;
mod ty;

/// The Go program for `seed`: the same seed gives the same program.
pub fn generate(seed: u64) -> String {
    program::Gen::new(seed).program()
}
