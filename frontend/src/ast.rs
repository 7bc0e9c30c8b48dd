//! The syntax tree of Go source files.
//!
//! The parser accepts Go's *whole* syntax (generics, channels, `go`, `select`,
//! labels ...), even where later stages still reject a construct: an
//! unsupported feature must get "not supported yet: X" at its position from the
//! type checker, never a syntax error. So every production of the Go spec has a
//! node here.
//!
//! Expressions and statements live in arenas (`Vec`s indexed by [`ExprId`] and
//! [`StmtId`]) so that later stages can attach side tables (types, constant
//! values, resolved objects) keyed by id instead of mutating the tree.

use crate::pos::Pos;

/// Index of an expression in [`File::exprs`] (arena shared by all files of a
/// package: see [`Package`]).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);

/// Index of a statement in the package's statement arena.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StmtId(pub u32);

/// An identifier with its position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ident {
    /// The name as written (`_` for the blank identifier).
    pub name: String,
    /// Position of its first byte.
    pub pos: Pos,
}

/// All files of one package, sharing one expression and statement arena.
#[derive(Debug, Default)]
pub struct Package {
    /// The parsed files, in the order given on the command line.
    pub files: Vec<File>,
    /// Expression arena.
    pub exprs: Vec<Expr>,
    /// Statement arena.
    pub stmts: Vec<Stmt>,
}

impl Package {
    /// The expression with id `id`.
    pub fn expr(&self, id: ExprId) -> &Expr {
        &self.exprs[id.0 as usize]
    }
    /// The statement with id `id`.
    pub fn stmt(&self, id: StmtId) -> &Stmt {
        &self.stmts[id.0 as usize]
    }
}

/// One source file.
#[derive(Debug)]
pub struct File {
    /// Index of the file in the source map (see [`crate::pos::SourceMap`]).
    pub file_id: u32,
    /// `package NAME`.
    pub package: Ident,
    /// Import declarations.
    pub imports: Vec<Import>,
    /// Top-level declarations in source order.
    pub decls: Vec<Decl>,
}

/// `import name "path"`.
#[derive(Debug, Clone)]
pub struct Import {
    /// Explicit name (`.`, `_` or an identifier), if any.
    pub name: Option<Ident>,
    /// The unquoted import path.
    pub path: String,
    /// Position of the path literal.
    pub pos: Pos,
}

/// A top-level or local declaration.
#[derive(Debug, Clone)]
pub enum Decl {
    /// `var ...` (one spec per name group).
    Var(Vec<ValueSpec>),
    /// `const ...`; each spec records its iota and, for an omitted
    /// expression list, the repeated previous one (filled in by the parser).
    Const(Vec<ValueSpec>),
    /// `type ...`.
    Type(Vec<TypeSpec>),
    /// A function or method.
    Func(FuncDecl),
}

/// One `names [type] [= values]` line of a var or const declaration.
#[derive(Debug, Clone)]
pub struct ValueSpec {
    /// Declared names.
    pub names: Vec<Ident>,
    /// Declared type, if any.
    pub ty: Option<ExprId>,
    /// Initializers (empty when omitted). For consts with an omitted list the
    /// parser copies the previous spec's `ty` and `values` (same ids).
    pub values: Vec<ExprId>,
    /// For constants: the value of `iota` in this spec.
    pub iota: u32,
    /// Position of the first name.
    pub pos: Pos,
}

/// `type Name[TypeParams] Type` or `type Name = Type`.
#[derive(Debug, Clone)]
pub struct TypeSpec {
    /// The declared name.
    pub name: Ident,
    /// Type parameters (generics; rejected later as not supported).
    pub type_params: Vec<Field>,
    /// `true` for an alias declaration (`=`).
    pub alias: bool,
    /// The type expression.
    pub ty: ExprId,
}

/// A function or method declaration.
#[derive(Debug, Clone)]
pub struct FuncDecl {
    /// Receiver for methods.
    pub recv: Option<Field>,
    /// Function name.
    pub name: Ident,
    /// Type parameters.
    pub type_params: Vec<Field>,
    /// Signature.
    pub sig: FuncType,
    /// Body (absent for external declarations).
    pub body: Option<Block>,
    /// Position of the `func` keyword.
    pub pos: Pos,
}

/// A parameter, result, struct field or interface element group:
/// `a, b int`, `int` (no names), `...int` (variadic, as `Expr::Ellipsis`).
#[derive(Debug, Clone)]
pub struct Field {
    /// Names; empty for anonymous parameters and embedded fields.
    pub names: Vec<Ident>,
    /// The type.
    pub ty: ExprId,
    /// Struct tag, unquoted.
    pub tag: Option<String>,
    /// Position of the first name, or of the type.
    pub pos: Pos,
}

/// `func(params) results`.
#[derive(Debug, Clone)]
pub struct FuncType {
    /// Parameters; the last one's type may be an [`Expr::Ellipsis`].
    pub params: Vec<Field>,
    /// Results.
    pub results: Vec<Field>,
    /// Position of `func` or of the `(`.
    pub pos: Pos,
}

/// `{ stmts }`.
#[derive(Debug, Clone)]
pub struct Block {
    /// Statements.
    pub stmts: Vec<StmtId>,
    /// Position of `{`.
    pub lbrace: Pos,
    /// Position of `}`.
    pub rbrace: Pos,
}

/// Channel direction in a channel type.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ChanDir {
    /// `chan T`
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

/// Binary operators, in Go's spelling order.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    /// `||`
    OrOr,
    /// `&&`
    AndAnd,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `&`
    And,
    /// `&^`
    AndNot,
}

impl BinOp {
    /// The operator as written in Go.
    pub fn as_str(self) -> &'static str {
        use BinOp::*;
        match self {
            OrOr => "||",
            AndAnd => "&&",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Div => "/",
            Rem => "%",
            Shl => "<<",
            Shr => ">>",
            And => "&",
            AndNot => "&^",
        }
    }
}

/// Unary operators.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    /// `+x`
    Plus,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
    /// `*x` is [`Expr::Star`], not a unary op, because it is also a type.
    Deref,
}

impl UnOp {
    /// The operator as written in Go.
    pub fn as_str(self) -> &'static str {
        match self {
            UnOp::Plus => "+",
            UnOp::Neg => "-",
            UnOp::Not => "!",
            UnOp::BitNot => "^",
            UnOp::Addr => "&",
            UnOp::Recv => "<-",
            UnOp::Deref => "*",
        }
    }
}

/// Kinds of basic literals.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum LitKind {
    /// `123`, `0x1F`, `0b101`, `0o17`, `017`, `1_000`
    Int,
    /// `1.5`, `1e9`, `0x1p-2`
    Float,
    /// `1i`
    Imag,
    /// `'a'`
    Char,
    /// `"..."` or `` `...` ``
    String,
}

/// An element of a composite literal: `value` or `key: value`.
#[derive(Debug, Clone)]
pub struct KeyedElement {
    /// The key, if present (field name as `Expr::Ident`, index, map key).
    pub key: Option<ExprId>,
    /// The value (may be an `Expr::CompositeLit` with `ty: None` when elided).
    pub value: ExprId,
}

/// An expression node. Types are expressions too (as in go/ast).
#[derive(Debug, Clone)]
pub enum Expr {
    /// Syntax error placeholder (parsing continued after an error).
    Bad(Pos),
    /// `x`
    Ident(Ident),
    /// Basic literal; `raw` is the source text exactly as written.
    BasicLit {
        kind: LitKind,
        raw: String,
        pos: Pos,
    },
    /// `T{...}`; `ty` is `None` for elided types inside another literal.
    CompositeLit {
        ty: Option<ExprId>,
        elems: Vec<KeyedElement>,
        lbrace: Pos,
        rbrace: Pos,
    },
    /// `func(...) ... { ... }`
    FuncLit { sig: FuncType, body: Block },
    /// `(x)`
    Paren { inner: ExprId, pos: Pos },
    /// `x.sel`
    Selector { x: ExprId, sel: Ident },
    /// `x[i]`, also generic instantiation `F[T]` (and `x[i, j]` as
    /// `indices` with more than one element).
    Index {
        x: ExprId,
        indices: Vec<ExprId>,
        lbrack: Pos,
        rbrack: Pos,
    },
    /// `x[lo:hi]` or `x[lo:hi:max]` (`three` set).
    Slice {
        x: ExprId,
        lo: Option<ExprId>,
        hi: Option<ExprId>,
        max: Option<ExprId>,
        three: bool,
        lbrack: Pos,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch.
    TypeAssert {
        x: ExprId,
        ty: Option<ExprId>,
        lparen: Pos,
    },
    /// `f(args)` / `f(args...)`.
    Call {
        func: ExprId,
        args: Vec<ExprId>,
        ellipsis: Option<Pos>,
        lparen: Pos,
        rparen: Pos,
    },
    /// `*x`: dereference or pointer type.
    Star { x: ExprId, pos: Pos },
    /// Unary operation (not `*`).
    Unary { op: UnOp, x: ExprId, pos: Pos },
    /// Binary operation; `pos` is the operator's position.
    Binary {
        op: BinOp,
        x: ExprId,
        y: ExprId,
        pos: Pos,
    },
    /// `x: v` only inside composite literals is [`KeyedElement`], not here.
    /// `[N]T`; `len` is `None` for slices `[]T`, and `Some(Ellipsis)` for `[...]T`.
    ArrayType {
        len: Option<ExprId>,
        elem: ExprId,
        pos: Pos,
    },
    /// `struct { ... }`
    StructType { fields: Vec<Field>, pos: Pos },
    /// `func(...) ...` as a type.
    FuncType(FuncType),
    /// `interface { ... }`: methods are `Field`s whose type is a `FuncType`
    /// with one name; embedded elements (including unions `A | B` as
    /// `Binary{Or}` and `~T` as `Unary`-like [`Expr::Tilde`]) have no names.
    InterfaceType { elems: Vec<Field>, pos: Pos },
    /// `map[K]V`
    MapType {
        key: ExprId,
        value: ExprId,
        pos: Pos,
    },
    /// `chan T`, `chan<- T`, `<-chan T`
    ChanType {
        dir: ChanDir,
        elem: ExprId,
        pos: Pos,
    },
    /// `...T` in a parameter list, or `[...]T`'s length (with `elem: None`).
    Ellipsis { elem: Option<ExprId>, pos: Pos },
    /// `~T` in a constraint.
    Tilde { x: ExprId, pos: Pos },
}

/// Assignment operators: `=`, `:=`, `+=` ...
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`
    Op(BinOp),
}

/// A `case` clause of an expression or type switch.
#[derive(Debug, Clone)]
pub struct CaseClause {
    /// Case expressions or types; empty for `default`.
    pub list: Vec<ExprId>,
    /// `true` for `default:`.
    pub default: bool,
    /// Statements of the clause.
    pub body: Vec<StmtId>,
    /// Position of `case`/`default`.
    pub pos: Pos,
    /// Position of the `:`.
    pub colon: Pos,
}

/// A `case` clause of a select statement.
#[derive(Debug, Clone)]
pub struct CommClause {
    /// The send or receive statement; `None` for `default`.
    pub comm: Option<StmtId>,
    /// Statements of the clause.
    pub body: Vec<StmtId>,
    /// Position of `case`/`default`.
    pub pos: Pos,
}

/// Branch statement kinds.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BranchKind {
    /// `break`
    Break,
    /// `continue`
    Continue,
    /// `goto`
    Goto,
    /// `fallthrough`
    Fallthrough,
}

/// A statement node.
#[derive(Debug, Clone)]
pub enum Stmt {
    /// Syntax error placeholder.
    Bad(Pos),
    /// A declaration inside a function.
    Decl(Decl, Pos),
    /// The empty statement.
    Empty(Pos),
    /// `label: stmt`
    Labeled { label: Ident, stmt: StmtId },
    /// An expression used as a statement.
    Expr(ExprId),
    /// `ch <- v`
    Send { ch: ExprId, value: ExprId, pos: Pos },
    /// `x++` / `x--`
    IncDec { x: ExprId, inc: bool, pos: Pos },
    /// Assignment or short variable declaration; `pos` is the operator's.
    Assign {
        lhs: Vec<ExprId>,
        op: AssignOp,
        rhs: Vec<ExprId>,
        pos: Pos,
    },
    /// `go f()`
    Go { call: ExprId, pos: Pos },
    /// `defer f()`
    Defer { call: ExprId, pos: Pos },
    /// `return ...`
    Return { results: Vec<ExprId>, pos: Pos },
    /// `break`/`continue`/`goto`/`fallthrough` with an optional label.
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
        pos: Pos,
    },
    /// `{ ... }`
    Block(Block),
    /// `if init; cond { ... } else ...`; `els` is a `Block` or another `If`.
    If {
        init: Option<StmtId>,
        cond: ExprId,
        then: Block,
        els: Option<StmtId>,
        pos: Pos,
    },
    /// `switch init; tag { ... }`
    Switch {
        init: Option<StmtId>,
        tag: Option<ExprId>,
        body: Vec<CaseClause>,
        pos: Pos,
        rbrace: Pos,
    },
    /// `switch init; x := y.(type) { ... }`: `bind` is `x`, `x` is `y`.
    TypeSwitch {
        init: Option<StmtId>,
        bind: Option<Ident>,
        x: ExprId,
        body: Vec<CaseClause>,
        pos: Pos,
    },
    /// `select { ... }`
    Select { body: Vec<CommClause>, pos: Pos },
    /// `for init; cond; post { ... }` (each optional).
    For {
        init: Option<StmtId>,
        cond: Option<ExprId>,
        post: Option<StmtId>,
        body: Block,
        pos: Pos,
    },
    /// `for key, value := range x { ... }` (`define` for `:=`).
    Range {
        key: Option<ExprId>,
        value: Option<ExprId>,
        define: bool,
        x: ExprId,
        body: Block,
        pos: Pos,
    },
}
