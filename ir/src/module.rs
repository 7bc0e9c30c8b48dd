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
}

impl Module {
    /// An empty module.
    pub fn new() -> Self {
        Self::default()
    }
}
