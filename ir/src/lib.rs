//! gowgc's intermediate representation: the contract between the Go frontend
//! and the two WebAssembly backends.
//!
//! Typed SSA with block parameters, entities from `cranelift-entity`, Go types
//! that survive into the IR, and memory operations that stay abstract (see
//! [`instructions`]). Both backends lower the same IR: the linear backend
//! computes Go's layout and addresses, the gc backend builds WasmGC types and
//! fat pointers. [`structure::structure`] is the one shared step from a CFG to
//! wasm's structured control flow.

#![deny(missing_docs)]

pub mod builder;
pub mod dce;
pub mod entities;
pub mod function;
pub mod hoist;
pub mod instructions;
pub mod irreducible;
pub mod module;
pub mod print;
pub mod structure;
pub mod types;
pub mod verify;

pub use cranelift_entity::EntityRef;
pub use entities::{Block, FuncId, Global, Inst, Type, Value};
pub use function::{Function, Signature, ValueDef};
pub use instructions::{
    wasm_unary, BinaryOp, BlockCall, ConvertKind, Fd, Op, PanicKind, PrintKind, Terminator, UnaryOp,
};
pub use module::{GlobalData, Module, PureInit, RtError};
pub use types::{FieldData, TypeData, TypeStore};
