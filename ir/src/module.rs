//! A whole program: types, package-level variables and functions.

use crate::entities::{FuncId, Global, Type};
use crate::function::Function;
use crate::types::TypeStore;
use cranelift_entity::PrimaryMap;

/// A package-level variable: a zero-initialized object of its type.
#[derive(Clone, Debug)]
pub struct GlobalData {
    /// Go name (`main.counter`).
    pub name: String,
    /// The variable's type (may be an aggregate).
    pub ty: Type,
}

/// The program the frontend hands to a backend.
#[derive(Clone, Debug, Default)]
pub struct Module {
    /// All types used.
    pub types: TypeStore,
    /// Package-level variables.
    pub globals: PrimaryMap<Global, GlobalData>,
    /// Functions.
    pub funcs: PrimaryMap<FuncId, Function>,
    /// The function `_start` calls: runs package initialization, then
    /// `main.main`. Takes no arguments, returns nothing.
    pub entry: Option<FuncId>,
    /// When set, runtime errors the backend detects itself (bounds, slice
    /// bounds, slice-to-array conversion, divide by zero, nil dereference,
    /// negative shift, makeslice) call this function instead of printing
    /// the message and exiting. Its signature is `(code int32, x int64,
    /// y int64)`; it never returns (it raises a Go panic with [`Op::Throw`]).
    /// The codes are [`RtError`] values; see there for `x` and `y`.
    ///
    /// [`Op::Throw`]: crate::Op::Throw
    pub panic_hook: Option<FuncId>,
    /// Package-level variable initializers without side effects, each
    /// lowered to a function of its own that the entry calls. When no
    /// other code reads the variables, [`crate::dce`] drops the call.
    pub pure_inits: Vec<PureInit>,
}

/// See [`Module::pure_inits`].
#[derive(Clone, Debug)]
pub struct PureInit {
    /// Computes and stores the variables; no parameters, no results.
    pub func: FuncId,
    /// The variables it initializes.
    pub globals: Vec<Global>,
}

/// Codes passed to [`Module::panic_hook`].
///
/// Codes below 16 are Go's bounds-error codes (`abi.BoundsErrorCode`) with a
/// signed `x`: 0 index (`x` index, `y` length), 1 `[:x]` with length `y`,
/// 2 `[:x]` with capacity `y`, 3 `[x:y]`, 4 `[::x]` with length `y`,
/// 5 `[::x]` with capacity `y`, 6 `[:x:y]`, 7 `[x:y:]`, 8 slice of length
/// `x` converted to an array of length `y`. Adding [`RtError::UNSIGNED`]
/// says `x` is unsigned. The other codes ignore `x` and `y`.
pub struct RtError;

impl RtError {
    /// Flag on a bounds code: `x` is an unsigned value.
    pub const UNSIGNED: i32 = 0x10;
    /// `integer divide by zero`
    pub const DIVIDE: i32 = 0x20;
    /// `invalid memory address or nil pointer dereference`
    pub const NIL: i32 = 0x21;
    /// `negative shift amount`
    pub const SHIFT: i32 = 0x22;
    /// `makeslice: len out of range`
    pub const MAKESLICE_LEN: i32 = 0x23;
    /// `makeslice: cap out of range`
    pub const MAKESLICE_CAP: i32 = 0x24;
}

impl Module {
    /// An empty module.
    pub fn new() -> Self {
        Self::default()
    }
}
