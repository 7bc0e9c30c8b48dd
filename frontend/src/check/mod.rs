//! Type checking and lowering to IR, in one walk over the syntax tree.
//!
//! The checker resolves names, computes types and exact constant values the
//! way `go build` does, and, for code that checks, emits IR as it goes
//! through an [`ir::builder::FunctionBuilder`]. Emitting while checking keeps
//! one source of truth for what an expression means (an operand's mode says
//! whether it is a constant, a value, an addressable place or a type); when
//! any error is reported the IR is discarded.
//!
//! Package-level declarations are handled first: type names are created,
//! then their underlying types, constants (lazily, on demand), function
//! signatures and global variables; then the package-level var
//! initializers run in a synthetic init function, then every body is checked.
//!
//! Submodules: `expr` (expressions), `stmt` (statements), `call` (calls,
//! builtins, conversions, methods), `print` (println and fmt), `typexpr`
//! (type expressions and IR types), `operand` (operand modes and reading).

mod assert;
mod assign;
mod call;
mod closure;
mod complit;
mod decl;
mod defer;
mod expr;
mod iface;
mod initorder;
mod intrinsics;
mod labels;
mod maps;
mod operand;
mod print;
mod pureinit;
mod reflect;
mod rtfuncs;
mod shown;
mod stmt;
mod typexpr;

use crate::ast::{self, ExprId, Ident};
use crate::constant::ConstVal;
use crate::diag::Diagnostics;
use crate::pos::{Pos, SourceMap};
use crate::types::{Basic, TypeId, TypeTable};
use gowgc_ir as ir;
use gowgc_ir::builder::{FunctionBuilder, Variable};
use std::collections::{HashMap, HashSet};

pub(crate) use expr::Member;
pub(crate) use operand::{Mode, Operand};

/// Index into [`Checker::objs`].
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct ObjId(pub u32);

/// Predeclared functions.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

/// Functions of the supported standard packages, known to the compiler
/// until the Go-source standard library lands.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum PkgFunc {
    FmtPrintln,
    FmtPrint,
    OsExit,
}

/// Where a variable lives.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Storage {
    /// Package-level variable.
    Global(ir::Global),
    /// A local held in SSA form (address never taken, not an aggregate).
    Ssa(Variable),
    /// A local in memory: an SSA variable holding the pointer to its
    /// storage (a variable, so that loops can give each iteration a fresh
    /// copy, as Go 1.22 requires).
    Mem(Variable),
    /// Not yet given storage (package-level var being resolved).
    None,
}

/// Const resolution state.
#[derive(Clone, Debug)]
pub(crate) enum ConstState {
    /// Not evaluated yet: spec index and name index.
    Pending {
        decl: (usize, usize, usize),
        name: usize,
    },
    /// Being evaluated (cycle detection).
    InProgress,
    /// Done.
    Done(TypeId, ConstVal),
}

/// A named entity.
#[derive(Clone, Debug)]
pub(crate) enum Obj {
    Const(ConstState),
    TypeName(TypeId),
    Var {
        ty: TypeId,
        storage: Storage,
        used: bool,
        local: bool,
        pos: Pos,
        name: String,
    },
    Func(u32),
    Builtin(Builtin),
    Package {
        path: String,
        used: bool,
        /// The import's name if it has one, else its path.
        pos: Pos,
        /// A name other than the package's own (`import f "fmt"`), which
        /// the unused-import error mentions.
        alias: Option<String>,
    },
    Nil,
}

/// A Go function or method known to the checker.
#[derive(Clone, Debug)]
pub(crate) struct FuncInfo {
    /// The IR function.
    pub ir: ir::FuncId,
    /// Its signature (a `Func` type), receiver excluded.
    pub sig: TypeId,
    /// Receiver type (the named type or pointer to it) for methods.
    pub recv: Option<TypeId>,
    /// Where it is declared: file index and declaration index.
    pub decl: Option<(usize, usize)>,
}

/// Per-function state while checking a body.
pub(crate) struct FnState<'f> {
    pub b: FunctionBuilder<'f>,
    pub scopes: Vec<HashMap<String, ObjId>>,
    pub results: Vec<TypeId>,
    /// The result types as spelled (see `shown`).
    pub shown_results: Vec<TypeId>,
    /// Named result variables, in order.
    pub named_results: Vec<ObjId>,
    /// Names whose address is taken somewhere in the body: such locals live
    /// in memory.
    pub addr_taken: std::collections::HashSet<String>,
    /// Targets of `break`/`continue`, innermost last.
    pub breakables: Vec<Breakable>,
    /// The block each label starts (created by the label or a `goto`).
    pub labels: HashMap<String, ir::Block>,
    /// The first `goto`, where irreducible control flow is reported.
    pub first_goto: Option<Pos>,
    /// The frame, in a function that defers (see `defer`).
    pub defer_frame: Option<defer::DeferFrame>,
    /// Whether `recover` may recover (taken on entry; see `defer`).
    pub can_recover: Option<ir::Value>,
}

/// A statement that `break` (and maybe `continue`) can target.
#[derive(Clone, Debug)]
pub(crate) struct Breakable {
    pub brk: ir::Block,
    pub cont: Option<ir::Block>,
    pub label: Option<String>,
}

/// One package of the program: the user's `main` or an embedded one.
#[derive(Debug, Default)]
pub(crate) struct PkgInfo {
    /// Package name (`main`, `utf8`).
    pub name: String,
    /// Import path (`main`, `unicode/utf8`).
    pub path: String,
    /// Package-level declarations.
    pub scope: HashMap<String, ObjId>,
    /// Its files (indices into `ast::Package::files`).
    pub files: Vec<usize>,
}

/// The type checker and IR generator for a program: its packages are checked
/// in dependency order into one IR module.
pub struct Checker<'a> {
    pub(crate) pkg: &'a ast::Package,
    /// The import path of each file's package (`main` for the user's).
    pub(crate) paths: &'a [String],
    pub(crate) sources: &'a SourceMap,
    pub(crate) diags: &'a mut Diagnostics,
    pub(crate) tt: TypeTable,
    pub(crate) module: ir::Module,
    pub(crate) objs: Vec<Obj>,
    pub(crate) universe: HashMap<String, ObjId>,
    /// The packages, dependencies before their importers (`main` last).
    pub(crate) pkgs: Vec<PkgInfo>,
    /// The package (index into `pkgs`) of each file.
    pub(crate) file_pkg: Vec<usize>,
    /// Per-file import scopes.
    pub(crate) file_scopes: Vec<HashMap<String, ObjId>>,
    /// Each file's dot-imported packages (their `Obj::Package`).
    pub(crate) file_dots: Vec<Vec<ObjId>>,
    /// The dot imports a name was found through (`lookup` only reads).
    pub(crate) dot_used: std::cell::RefCell<HashSet<ObjId>>,
    pub(crate) funcs: Vec<FuncInfo>,
    pub(crate) ir_types: HashMap<TypeId, ir::Type>,
    /// Functions whose bodies are still to be lowered, with their IR bodies.
    pub(crate) cur_file: usize,
    /// Types of expressions (for later passes and tests).
    pub(crate) expr_types: HashMap<ExprId, TypeId>,
    /// Package-level type declarations (file, decl, spec) and whether each
    /// is resolved yet (see `resolve_type_decl`).
    pub(crate) type_decls: HashMap<ObjId, ((usize, usize, usize), bool)>,
    /// Set when the program needs the runtime package it was checked
    /// without (a panic value only the runtime can print).
    pub(crate) needs_runtime: bool,
    /// How declarations spelled their types, for messages (see `shown`).
    pub(crate) shown: shown::Spellings,
    /// The error type (`error` interface), resolved lazily.
    pub(crate) error_type: Option<TypeId>,
    /// Function literals numbered per enclosing function (`main.main.func1`).
    pub(crate) closure_count: HashMap<String, u32>,
    /// Thunks for func values (`false`) and method values (`true`).
    pub(crate) thunks: HashMap<(u32, bool), ir::FuncId>,
    /// `runtime.decoderune`, once built (see `rtfuncs`).
    pub(crate) rt_decoderune: Option<ir::FuncId>,
    /// Other IR-built runtime functions by name (see `rtfuncs`).
    pub(crate) rt_funcs: HashMap<&'static str, ir::FuncId>,
    /// Set while checking the right side of `v, ok := m[k]`.
    pub(crate) comma_ok: bool,
    /// Names of all pointer-receiver methods: a local `x` in `f := x.m`
    /// with such an `m` lives in memory (see `stmt::collect_addr_taken`).
    pub(crate) ptr_methods: HashSet<String>,
    /// Types whose IR shape is being computed (see `ir_type`).
    pub(crate) ir_building: HashSet<TypeId>,
    /// The IR object type of each map type (see `maps`).
    pub(crate) map_objs: HashMap<TypeId, ir::Type>,
    /// The generated functions of each map type.
    pub(crate) map_fns: HashMap<TypeId, maps::MapFns>,
    /// Dynamic type ids of the concrete types put in interfaces.
    pub(crate) tids: HashMap<TypeId, u32>,
    /// The type ids reachable code boxes, once known: generated chains
    /// have cases only for these (see [`Checker::finish_interfaces`]).
    pub(crate) live_tids: Option<HashSet<u32>>,
    /// Those types in id order (id = index + 1).
    pub(crate) tid_order: Vec<TypeId>,
    /// Generated functions whose bodies wait for all type ids (see `iface`).
    pub(crate) pending: Vec<iface::Pending>,
    /// Composite types whose printing is being expanded inline (a type met
    /// again inside itself is printed by a call instead; see `print`).
    pub(crate) printing: Vec<TypeId>,
    /// `fmt.print.T` functions by (type, top level, methods allowed).
    pub(crate) print_type_funcs: HashMap<(TypeId, bool, bool), ir::FuncId>,
    pub(crate) dispatch: HashMap<(String, TypeId), ir::FuncId>,
    pub(crate) implements_fns: HashMap<TypeId, ir::FuncId>,
    pub(crate) typename_fn: Option<ir::FuncId>,
    /// Operands that stand for expressions already evaluated (a deferred
    /// call's arguments, in its thunk).
    pub(crate) presets: HashMap<ExprId, Operand>,
}

/// Type-checks and lowers a parsed package. Returns the IR module, or
/// `None` when errors were reported.
pub fn check_package<'a>(
    pkg: &'a ast::Package,
    paths: &'a [String],
    sources: &SourceMap,
    diags: &mut Diagnostics,
) -> Result<Option<ir::Module>, NeedsRuntime> {
    let mut c = Checker {
        pkg,
        paths,
        sources,
        diags,
        tt: TypeTable::new(),
        module: ir::Module::new(),
        objs: Vec::new(),
        universe: HashMap::new(),
        pkgs: Vec::new(),
        file_pkg: Vec::new(),
        file_scopes: Vec::new(),
        file_dots: Vec::new(),
        dot_used: Default::default(),
        funcs: Vec::new(),
        ir_types: HashMap::new(),
        cur_file: 0,
        expr_types: HashMap::new(),
        shown: Default::default(),
        error_type: None,
        closure_count: HashMap::new(),
        thunks: HashMap::new(),
        rt_decoderune: None,
        rt_funcs: HashMap::new(),
        comma_ok: false,
        ptr_methods: HashSet::new(),
        ir_building: HashSet::new(),
        map_objs: HashMap::new(),
        map_fns: HashMap::new(),
        tids: HashMap::new(),
        tid_order: Vec::new(),
        live_tids: None,
        pending: Vec::new(),
        printing: Vec::new(),
        print_type_funcs: HashMap::new(),
        dispatch: HashMap::new(),
        implements_fns: HashMap::new(),
        typename_fn: None,
        presets: HashMap::new(),
        needs_runtime: false,
        type_decls: HashMap::new(),
    };
    c.init_universe();
    c.check_all();
    if c.needs_runtime && !c.unwinding() {
        return Err(NeedsRuntime);
    }
    if c.diags.has_errors() {
        Ok(None)
    } else {
        Ok(Some(c.module))
    }
}

/// The program needs the Go-source runtime (see `runtime` in `lib.rs`),
/// which was not loaded: check it again with the runtime.
#[derive(Debug)]
pub struct NeedsRuntime;

impl<'a> Checker<'a> {
    pub(crate) fn new_obj(&mut self, o: Obj) -> ObjId {
        self.objs.push(o);
        ObjId(self.objs.len() as u32 - 1)
    }

    /// The package of the file being checked.
    pub(crate) fn cur_pkg(&self) -> usize {
        self.file_pkg.get(self.cur_file).copied().unwrap_or(0)
    }

    /// The scope of the package being checked.
    pub(crate) fn pkg_scope(&self) -> &HashMap<String, ObjId> {
        &self.pkgs[self.cur_pkg()].scope
    }

    /// The same, to declare in.
    pub(crate) fn pkg_scope_mut(&mut self) -> &mut HashMap<String, ObjId> {
        let p = self.cur_pkg();
        &mut self.pkgs[p].scope
    }

    /// Switches to checking file `fi` (and its package).
    pub(crate) fn set_file(&mut self, fi: usize) {
        self.cur_file = fi;
        self.tt.cur_pkg = self.pkgs[self.cur_pkg()].name.clone();
    }

    /// The Go-qualified name of a package-level entity of the current
    /// package (`main.f`, `runtime.gopanic`).
    pub(crate) fn qualified(&self, name: &str) -> String {
        format!("{}.{name}", self.pkgs[self.cur_pkg()].name)
    }

    pub(crate) fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        self.diags.error(pos, msg);
    }

    pub(crate) fn basic(&mut self, b: Basic) -> TypeId {
        self.tt.basic(b)
    }

    pub(crate) fn invalid(&mut self) -> TypeId {
        self.tt.basic(Basic::Invalid)
    }

    fn init_universe(&mut self) {
        use Basic::*;
        let basics: [(&str, Basic); 20] = [
            ("bool", Bool),
            ("int", Int),
            ("int8", Int8),
            ("int16", Int16),
            ("int32", Int32),
            ("rune", Int32),
            ("int64", Int64),
            ("uint", Uint),
            ("uint8", Uint8),
            ("byte", Uint8),
            ("uint16", Uint16),
            ("uint32", Uint32),
            ("uint64", Uint64),
            ("uintptr", Uintptr),
            ("float32", Float32),
            ("float64", Float64),
            ("complex64", Complex64),
            ("complex128", Complex128),
            ("string", String),
            ("bool", Bool),
        ];
        // `byte`, `rune` and `any` name spellings of their types, which
        // messages keep (`shown`).
        for (name, b) in basics {
            let mut t = self.tt.basic(b);
            if let "byte" | "rune" = name {
                t = self.tt.alias(name, t);
            }
            let o = self.new_obj(Obj::TypeName(t));
            self.universe.insert(name.to_string(), o);
        }
        // `any` and `error`.
        let any = self.tt.intern(crate::types::TypeKind::Interface(vec![]));
        let any = self.tt.alias("any", any);
        let o = self.new_obj(Obj::TypeName(any));
        self.universe.insert("any".into(), o);
        let err = self.tt.new_named("error");
        let string = self.tt.basic(String);
        let sig = self
            .tt
            .intern(crate::types::TypeKind::Func(crate::types::Signature {
                params: vec![],
                results: vec![string],
                variadic: false,
                ..Default::default()
            }));
        let iface = self.tt.intern(crate::types::TypeKind::Interface(vec![(
            "Error".into(),
            sig,
        )]));
        let ei = self.tt.named_index(err).unwrap() as usize;
        self.tt.named[ei].underlying = Some(iface);
        self.error_type = Some(err);
        let o = self.new_obj(Obj::TypeName(err));
        self.universe.insert("error".into(), o);
        for (name, v) in [("true", true), ("false", false)] {
            let t = self.tt.basic(UntypedBool);
            let o = self.new_obj(Obj::Const(ConstState::Done(t, ConstVal::Bool(v))));
            self.universe.insert(name.into(), o);
        }
        let t = self.tt.basic(UntypedInt);
        let o = self.new_obj(Obj::Const(ConstState::Done(t, ConstVal::int(0))));
        self.universe.insert("iota".into(), o);
        let o = self.new_obj(Obj::Nil);
        self.universe.insert("nil".into(), o);
        use Builtin as B;
        for (name, b) in [
            ("append", B::Append),
            ("cap", B::Cap),
            ("clear", B::Clear),
            ("close", B::Close),
            ("complex", B::Complex),
            ("copy", B::Copy),
            ("delete", B::Delete),
            ("imag", B::Imag),
            ("len", B::Len),
            ("make", B::Make),
            ("max", B::Max),
            ("min", B::Min),
            ("new", B::New),
            ("panic", B::Panic),
            ("print", B::Print),
            ("println", B::Println),
            ("real", B::Real),
            ("recover", B::Recover),
        ] {
            let o = self.new_obj(Obj::Builtin(b));
            self.universe.insert(name.into(), o);
        }
    }

    /// Looks a name up through the local scopes, the file's imports, the
    /// package scope and the universe.
    pub(crate) fn lookup(&self, fs: Option<&FnState>, name: &str) -> Option<ObjId> {
        if let Some(fs) = fs {
            for s in fs.scopes.iter().rev() {
                if let Some(&o) = s.get(name) {
                    return Some(o);
                }
            }
        }
        if let Some(&o) = self.pkg_scope().get(name) {
            return Some(o);
        }
        if let Some(fsc) = self.file_scopes.get(self.cur_file) {
            if let Some(&o) = fsc.get(name) {
                return Some(o);
            }
        }
        if name.starts_with(|c: char| c.is_uppercase()) {
            for &d in self.file_dots.get(self.cur_file).into_iter().flatten() {
                let Obj::Package { path, .. } = &self.objs[d.0 as usize] else {
                    continue;
                };
                let member = self.pkgs.iter().find(|p| p.path == *path);
                if let Some(&o) = member.and_then(|p| p.scope.get(name)) {
                    self.dot_used.borrow_mut().insert(d);
                    return Some(o);
                }
            }
        }
        self.universe.get(name).copied()
    }

    /// Reports `undefined: x` or returns the object.
    pub(crate) fn resolve_ident(&mut self, fs: Option<&FnState>, id: &Ident) -> Option<ObjId> {
        if id.name == "_" {
            self.error(id.pos, "cannot use _ as value");
            return None;
        }
        match self.lookup(fs, &id.name) {
            Some(o) => Some(o),
            None => {
                self.error(id.pos, format!("undefined: {}", id.name));
                None
            }
        }
    }

    pub(crate) fn expr(&self, e: ExprId) -> &'a ast::Expr {
        self.pkg.expr(e)
    }

    /// Position of an expression as Go reports it (its leftmost token).
    pub(crate) fn pos_of(&self, e: ExprId) -> Pos {
        use ast::Expr::*;
        match self.expr(e) {
            Bad(p) => *p,
            Ident(i) => i.pos,
            BasicLit { pos, .. } => *pos,
            CompositeLit { ty: Some(t), .. } => self.pos_of(*t),
            CompositeLit { lbrace, .. } => *lbrace,
            FuncLit { sig, .. } => sig.pos,
            Paren { pos, .. } => *pos,
            Selector { x, .. } => self.pos_of(*x),
            Index { x, .. } => self.pos_of(*x),
            Slice { x, .. } => self.pos_of(*x),
            TypeAssert { x, .. } => self.pos_of(*x),
            Call { func, .. } => self.pos_of(*func),
            Star { pos, .. } => *pos,
            Unary { pos, .. } => *pos,
            Binary { x, .. } => self.pos_of(*x),
            ArrayType { pos, .. } => *pos,
            StructType { pos, .. } => *pos,
            FuncType(ft) => ft.pos,
            InterfaceType { pos, .. } => *pos,
            MapType { pos, .. } => *pos,
            ChanType { pos, .. } => *pos,
            Ellipsis { pos, .. } => *pos,
            Tilde { pos, .. } => *pos,
        }
    }

    /// The source text of an expression, as Go quotes operands in messages.
    pub(crate) fn expr_text(&self, e: ExprId) -> String {
        crate::check::print::expr_string(self.pkg, e)
    }
}
