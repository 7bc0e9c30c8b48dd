//! Interface values: their representation, and how `make_interface` boxes
//! a concrete value and `iface_data` gets it back.
//!
//! An interface value is two 32-bit words, `(type id, data)`, in locals
//! (two `i32`s) as in memory (8 bytes aligned to 4: Go's `(itab, data)`
//! pair with wasm32 words). The type id is the frontend's number for the
//! dynamic type, 0 for a nil interface, whose data word is 0 too. The data
//! word is a pointer: the collector traces it wherever an interface value
//! is stored (descriptors name offset 4 of the pair) and the shadow stack
//! records it for interface values in locals
//! ([`crate::layout::Scalar::pointer_part`]).
//!
//! The data word is the value itself when the value is a pointer (pointers
//! to non-aggregates) or a func value (a closure pointer); anything else is
//! *boxed*: copied into a new heap object of its type, allocated with that
//! type's GC descriptor, and the data word points to the box. An aggregate
//! (struct or array) reaches `make_interface` as a pointer to the value, so
//! its box is a new object of the aggregate type that receives a copy (Go
//! copies on conversion); `iface_data` then yields the data word as the
//! pointer to the boxed value. Zero-sized aggregates use the zero base
//! address instead of a box, as `new` does.
//!
//! A pointer operand is stored as it is, so a Go `*S` keeps its identity.
//! `*S` and "an `S` passed by pointer" have one IR type, so the IR leaves
//! the copy Go makes of a struct or array value to the frontend, which
//! passes a pointer to a fresh copy; [`boxing`] never copies a pointer.
//!
//! Dispatch, assertions, type switches and comparisons are built by the
//! frontend from `iface_type_id` and `iface_data`; the backend only
//! represents, boxes and unboxes.

use gowgc_ir::{Type, TypeData, TypeStore};

/// How `make_interface` turns its operand into the data word.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Boxing {
    /// The operand is the data word (a pointer or a func value).
    Direct,
    /// A new box of this scalar type receives the operand.
    Scalar(Type),
    /// The operand points to a value of this aggregate type; a new object
    /// of the type receives a copy of it.
    Aggregate(Type),
}

/// How a value whose IR type is `operand` is put into an interface.
pub fn boxing(types: &TypeStore, operand: Type) -> Boxing {
    match types.data(operand) {
        // A pointer keeps its identity; the frontend copies struct and
        // array values itself and passes the copy's pointer.
        TypeData::Pointer(_) | TypeData::Func { .. } => Boxing::Direct,
        // an aggregate operand is malformed IR; the code generator reports it
        TypeData::Bool
        | TypeData::Int { .. }
        | TypeData::Float { .. }
        | TypeData::String
        | TypeData::Slice(_)
        | TypeData::Array { .. }
        | TypeData::Struct { .. }
        | TypeData::Interface { .. } => Boxing::Scalar(operand),
    }
}

/// `true` when `iface_data` with result type `result` yields the data word
/// itself (pointers, including pointers to boxed aggregates, and func
/// values); otherwise it loads the value from the box.
pub fn unboxed_is_data_word(types: &TypeStore, result: Type) -> bool {
    matches!(
        types.data(result),
        TypeData::Pointer(_) | TypeData::Func { .. }
    )
}
