//! The instruction set.
//!
//! Operations are Go-level: arithmetic has Go's semantics (wrapping at the
//! operand's width, shifts by counts >= width give 0 or the sign, `/` and `%`
//! of MinInt by -1 do not trap, division by zero panics), memory operations
//! name objects, fields and elements but never addresses or byte offsets, and
//! every check Go makes at run time (nil, bounds, divide by zero) is implied by
//! the operation that needs it, so each backend emits it in its own way and
//! reports it with Go's message.
//!
//! Values of aggregate type (struct, array) never appear as operands or
//! results: they are reached through pointers (`Copy`, `Zero`, `FieldAddr`,
//! `IndexAddr`).

use crate::entities::{Block, FuncId, Global, Type, Value};

/// Unary operators.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// Integer negation (wrapping).
    Neg,
    /// Bitwise complement of an integer.
    BitNot,
    /// Boolean not.
    Not,
    /// Float negation.
    FNeg,
    /// Float square root (`math.Sqrt`).
    Sqrt,
    /// Float rounding toward -Inf (`math.Floor`).
    Floor,
    /// Float rounding toward +Inf (`math.Ceil`).
    Ceil,
    /// Float rounding toward zero (`math.Trunc`).
    Trunc,
    /// Float absolute value (`math.Abs`).
    FAbs,
    /// Leading zero bits of a 32- or 64-bit integer (same type).
    Clz,
    /// Trailing zero bits.
    Ctz,
    /// One bits.
    Popcnt,
}

/// The wasm instruction (after the type prefix) of the unary operators
/// that map to one: `sqrt`, `floor`, ..., `popcnt`.
pub fn wasm_unary(u: UnaryOp) -> &'static str {
    match u {
        UnaryOp::Sqrt => "sqrt",
        UnaryOp::Floor => "floor",
        UnaryOp::Ceil => "ceil",
        UnaryOp::Trunc => "trunc",
        UnaryOp::FAbs => "abs",
        UnaryOp::Clz => "clz",
        UnaryOp::Ctz => "ctz",
        UnaryOp::Popcnt => "popcnt",
        UnaryOp::Neg | UnaryOp::BitNot | UnaryOp::Not | UnaryOp::FNeg => "",
    }
}

/// Binary operators. Both operands have the same type, except shifts, whose
/// count is always `uint64`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    /// `+` on integers (wrapping)
    Add,
    /// `-` on integers
    Sub,
    /// `*` on integers
    Mul,
    /// `/` on integers (signedness from the type; panics on zero divisor)
    Div,
    /// `%` on integers
    Rem,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `&^`
    AndNot,
    /// `<<` (count is uint64; count >= width gives 0)
    Shl,
    /// `>>` (arithmetic for signed types; count >= width gives 0 or -1)
    Shr,
    /// `+` on floats
    FAdd,
    /// `-` on floats
    FSub,
    /// `*` on floats
    FMul,
    /// `/` on floats
    FDiv,
    /// The first operand's magnitude with the second's sign (floats).
    FCopysign,
    /// `==` on bools, integers, floats, pointers (result bool)
    Eq,
    /// `!=`
    Ne,
    /// `<` (signedness from the type; floats compare as floats)
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl BinaryOp {
    /// `true` for comparisons, which produce `bool`.
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            Self::Eq | Self::Ne | Self::Lt | Self::Le | Self::Gt | Self::Ge
        )
    }

    /// Text form.
    pub fn name(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "add",
            Sub => "sub",
            Mul => "mul",
            Div => "div",
            Rem => "rem",
            And => "and",
            Or => "or",
            Xor => "xor",
            AndNot => "andnot",
            Shl => "shl",
            Shr => "shr",
            FAdd => "fadd",
            FSub => "fsub",
            FMul => "fmul",
            FDiv => "fdiv",
            FCopysign => "fcopysign",
            Eq => "eq",
            Ne => "ne",
            Lt => "lt",
            Le => "le",
            Gt => "gt",
            Ge => "ge",
        }
    }
}

/// String comparison operators.
pub type StrCmp = BinaryOp;

/// Where output goes.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Fd {
    /// File descriptor 1.
    Stdout,
    /// File descriptor 2.
    Stderr,
}

/// How [`Op::Print`] formats its operand.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum PrintKind {
    /// The bytes of a string.
    Str,
    /// A signed integer in decimal (operand sign-extended from its type).
    Int,
    /// An unsigned integer in decimal.
    Uint,
    /// `true` / `false`.
    Bool,
    /// A float64 as fmt's `%v` (and, since Go 1.24, `println`) prints it:
    /// the shortest representation that round-trips (`1.5`, `1e+21`,
    /// `NaN`, `+Inf`). A float32 operand is first converted by the frontend.
    FloatV,
    /// A pointer as `println` prints it: `0x` + hex address (`0x0` for nil).
    Pointer,
}

/// Run-time panics that the program raises explicitly (checks implied by
/// memory operations are raised by the backends themselves).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum PanicKind {
    /// `panic: runtime error: negative shift amount`
    NegativeShift,
    /// `panic: runtime error: makeslice: len out of range`
    MakeSliceLen,
    /// `panic: runtime error: makeslice: cap out of range`
    MakeSliceCap,
    /// Go's bounds error with this code (see [`crate::RtError`]; `x`
    /// signed), operands `x` and `y` (int64): e.g. code 8, `cannot convert
    /// slice with length y to array or pointer to array with length x`.
    Bounds(u8),
    /// `panic(s)` with a string operand: prints `panic: ` + s, plus
    /// ` [recovered]` rules later.
    Str,
    /// A panic whose message the program has already written to standard
    /// error after `panic: ` (values printed by type): only Go's trailer
    /// and exit status 2 remain.
    Printed,
}

/// Conversions between scalar types; the result type says the target.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum ConvertKind {
    /// Integer to integer of another width/signedness (truncate or extend
    /// by the source's signedness).
    IntToInt,
    /// Integer to float (signedness from the source).
    IntToFloat,
    /// Float to integer (truncates toward zero; out of range is
    /// implementation-defined in Go: we saturate).
    FloatToInt,
    /// float32 <-> float64.
    FloatToFloat,
    /// Reinterpret between pointer types with the same representation
    /// (only between identical underlying types).
    Bitcast,
    /// The bits of a float as an integer of the same width, or back
    /// (`math.Float64bits`, `math.Float64frombits`).
    Reinterpret,
}

/// An operation with its operands.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Integer or bool constant of the result type (bool: 0 or 1; unsigned
    /// values stored as their bit pattern).
    Iconst(i64),
    /// Float constant (bit pattern of an f64, also for float32 results).
    Fconst(u64),
    /// String constant (bytes).
    Sconst(Vec<u8>),
    /// The nil value of a pointer or slice result type.
    Nil,
    /// Unary arithmetic.
    Unary(UnaryOp, Value),
    /// Binary arithmetic or comparison.
    Binary(BinaryOp, Value, Value),
    /// Scalar conversion to the result type.
    Convert(ConvertKind, Value),
    /// `cond ? a : b` on scalars.
    Select(Value, Value, Value),

    /// A new zeroed object of type `ty`; the result is `*ty`.
    Alloc(Type),
    /// Pointer to the `i`th field of the struct `*S` operand (nil check).
    FieldAddr(Value, u32),
    /// Pointer to element `index` of the array `*[N]T` operand (nil and
    /// bounds check; index is an int64).
    IndexAddr(Value, Value),
    /// Pointer to element `index` of a slice (bounds check).
    SliceIndexAddr(Value, Value),
    /// Loads the scalar `*p` (nil check).
    Load(Value),
    /// Stores scalar `v` to `*p` (nil check): operands `p`, `v`.
    Store(Value, Value),
    /// Copies aggregate `*src` to `*dst`: operands `dst`, `src`.
    Copy(Value, Value),
    /// Sets aggregate `*p` to its zero value.
    Zero(Value),
    /// Fills the first elements of a fresh slice, or of the array `*p`,
    /// from constant data: each element's value little-endian in its
    /// natural width (1, 2, 4 or 8 bytes; floats as IEEE bits). Element
    /// types are numbers and bools. A long constant literal becomes data,
    /// not one store per element.
    InitData(Value, Vec<u8>),
    /// Pointer to a package-level variable.
    GlobalAddr(Global),
    /// `ptr1 == ptr2` is `Binary(Eq)`; this is `p == nil` for pointers and
    /// slices.
    IsNil(Value),

    /// `make([]T, len, cap)` with the result slice type (len, cap int64;
    /// panics when out of range).
    MakeSlice(Value, Value),
    /// `len(s)` of a slice, as int64.
    SliceLen(Value),
    /// `cap(s)` of a slice, as int64.
    SliceCap(Value),
    /// `a[lo:hi:max]` of an array pointer `*[N]T`: operands `p`, lo, hi, max
    /// (absent bounds are `None`: 0, N, N).
    SliceArray(Value, Option<Value>, Option<Value>, Option<Value>),
    /// `s[lo:hi:max]` of a slice.
    SliceSlice(Value, Option<Value>, Option<Value>, Option<Value>),
    /// `append(s, xs...)` with each value of the element type (for aggregate
    /// elements, a pointer to the value to copy).
    Append(Value, Vec<Value>),
    /// `append(dst, src...)` with src a slice of the same type.
    AppendSlice(Value, Value),
    /// `append(dst, s...)` with dst `[]byte` and s a string.
    AppendString(Value, Value),
    /// `copy(dst, src)` between slices; result int64.
    CopySlice(Value, Value),

    /// `len(s)` of a string, as int64.
    StrLen(Value),
    /// `s[i]` of a string (bounds check), as uint8.
    StrIndex(Value, Value),
    /// `s[lo:hi]` of a string.
    StrSlice(Value, Option<Value>, Option<Value>),
    /// `a + b` on strings.
    StrConcat(Value, Value),
    /// String comparison (Eq, Ne, Lt, Le, Gt, Ge; bytewise), result bool.
    StrCmp(BinaryOp, Value, Value),
    /// `string(b)` of a `[]byte` (copies).
    BytesToStr(Value),
    /// `[]byte(s)` (copies); the result type is the slice type.
    StrToBytes(Value),
    /// `string(r)` of an integer (UTF-8 encoding of a rune; invalid -> U+FFFD).
    RuneToStr(Value),

    /// Direct call; results are the instruction's results.
    Call(FuncId, Vec<Value>),
    /// A closure of func type (the result type) for function `FuncId` with
    /// these captured values. The function's first parameter has the same
    /// func type and receives the closure on every call; its remaining
    /// parameters and its results are those of the func type. All
    /// `MakeClosure`s of one function capture values of the same types.
    MakeClosure(FuncId, Vec<Value>),
    /// Capture `n` of a closure (the callee's first parameter), of the
    /// result type.
    ClosureCapture(Value, u32),
    /// Converts a value to the interface result type, with dynamic type id
    /// `u32` (assigned by the frontend, unique per Go type, never 0). A
    /// pointer operand is stored as it is (never copied): a Go `*S` keeps
    /// its identity. For a struct or array value the frontend passes a
    /// pointer to a fresh copy it made (Go copies on conversion), so the
    /// backend never needs to tell the two apart. Other values are boxed.
    MakeInterface(Value, u32),
    /// The dynamic type id of an interface value, as int32 (0 when nil).
    IfaceTypeId(Value),
    /// The value held by an interface, as the result type (the concrete
    /// type the frontend has checked it holds). For a pointer result the
    /// stored pointer itself: for a struct or array value, the pointer to
    /// the interface's private copy, which must not be modified.
    IfaceData(Value),
    /// Call through a func value: operands are the closure, then the
    /// arguments; a nil closure panics with Go's nil dereference message.
    CallClosure(Value, Vec<Value>),
    /// Writes the operand to fd formatted by kind.
    Print(Fd, PrintKind, Value),
    /// Raises a panic (never returns; the block ends with `Unreachable`).
    Panic(PanicKind, Vec<Value>),
    /// Ends the program with the operand as exit status (`os.Exit`).
    Exit(Value),
    /// Calls function `$NAME` of the shared runtime (`NAME` starts with
    /// `rt_`) with scalar arguments (int32, int64, float64) and at most one
    /// scalar result: how the Go-source standard library reaches WASI
    /// (arguments, environment, clocks, standard input).
    RtCall(String, Vec<Value>),
    /// A uint64 hash of a pointer's identity (map keys): equal pointers
    /// hash equally. A backend whose objects have no address (WasmGC) may
    /// return a constant.
    PtrHash(Value),
    /// Raises a Go panic as a wasm exception (tag `go_panic`, no payload).
    /// The panic value lives in frontend-managed globals, so the exception
    /// carries nothing. Never returns: the block ends with `Unreachable`.
    Throw,
    /// Calls a function that has no results, catching a Go panic that
    /// propagates out of it. The single result is a `bool`: 1 when the call
    /// ended by a Go panic (`Throw`, or a runtime error raised through
    /// [`crate::Module::panic_hook`]), 0 when it returned normally. Traps
    /// (stack overflow, `unreachable`) and `Exit` are not caught.
    CallCatch(FuncId, Vec<Value>),
}

impl Op {
    /// The value operands, in order.
    pub fn args(&self) -> Vec<Value> {
        use Op::*;
        match self {
            Iconst(_) | Fconst(_) | Sconst(_) | Nil | Alloc(_) | GlobalAddr(_) | Throw => vec![],
            Unary(_, a)
            | Convert(_, a)
            | FieldAddr(a, _)
            | Load(a)
            | Zero(a)
            | InitData(a, _)
            | IsNil(a)
            | SliceLen(a)
            | SliceCap(a)
            | StrLen(a)
            | BytesToStr(a)
            | StrToBytes(a)
            | RuneToStr(a)
            | PtrHash(a)
            | Print(_, _, a)
            | Exit(a) => vec![*a],
            Binary(_, a, b)
            | IndexAddr(a, b)
            | SliceIndexAddr(a, b)
            | Store(a, b)
            | Copy(a, b)
            | MakeSlice(a, b)
            | AppendSlice(a, b)
            | AppendString(a, b)
            | CopySlice(a, b)
            | StrIndex(a, b)
            | StrConcat(a, b)
            | StrCmp(_, a, b) => vec![*a, *b],
            Select(a, b, c) => vec![*a, *b, *c],
            SliceArray(p, a, b, c) | SliceSlice(p, a, b, c) => {
                let mut v = vec![*p];
                v.extend([a, b, c].into_iter().flatten());
                v
            }
            StrSlice(s, a, b) => {
                let mut v = vec![*s];
                v.extend([a, b].into_iter().flatten());
                v
            }
            Append(s, xs) => {
                let mut v = vec![*s];
                v.extend(xs);
                v
            }
            Call(_, xs) | CallCatch(_, xs) | Panic(_, xs) | MakeClosure(_, xs) | RtCall(_, xs) => {
                xs.clone()
            }
            ClosureCapture(c, _) | MakeInterface(c, _) | IfaceTypeId(c) | IfaceData(c) => vec![*c],
            CallClosure(c, xs) => {
                let mut v = vec![*c];
                v.extend(xs);
                v
            }
        }
    }
}

impl Op {
    /// The value operands, in the order of [`Op::args`], for rewriting.
    pub fn args_mut(&mut self) -> Vec<&mut Value> {
        use Op::*;
        match self {
            Iconst(_) | Fconst(_) | Sconst(_) | Nil | Alloc(_) | GlobalAddr(_) | Throw => vec![],
            Unary(_, a)
            | Convert(_, a)
            | FieldAddr(a, _)
            | Load(a)
            | Zero(a)
            | InitData(a, _)
            | IsNil(a)
            | SliceLen(a)
            | SliceCap(a)
            | StrLen(a)
            | BytesToStr(a)
            | StrToBytes(a)
            | RuneToStr(a)
            | PtrHash(a)
            | Print(_, _, a)
            | Exit(a) => vec![a],
            Binary(_, a, b)
            | IndexAddr(a, b)
            | SliceIndexAddr(a, b)
            | Store(a, b)
            | Copy(a, b)
            | MakeSlice(a, b)
            | AppendSlice(a, b)
            | AppendString(a, b)
            | CopySlice(a, b)
            | StrIndex(a, b)
            | StrConcat(a, b)
            | StrCmp(_, a, b) => vec![a, b],
            Select(a, b, c) => vec![a, b, c],
            SliceArray(p, a, b, c) | SliceSlice(p, a, b, c) => {
                let mut v = vec![p];
                v.extend([a, b, c].into_iter().flatten());
                v
            }
            StrSlice(s, a, b) => {
                let mut v = vec![s];
                v.extend([a, b].into_iter().flatten());
                v
            }
            Append(s, xs) => {
                let mut v = vec![s];
                v.extend(xs.iter_mut());
                v
            }
            Call(_, xs) | CallCatch(_, xs) | Panic(_, xs) | MakeClosure(_, xs) | RtCall(_, xs) => {
                xs.iter_mut().collect()
            }
            ClosureCapture(c, _) | MakeInterface(c, _) | IfaceTypeId(c) | IfaceData(c) => vec![c],
            CallClosure(c, xs) => {
                let mut v = vec![c];
                v.extend(xs.iter_mut());
                v
            }
        }
    }
}

/// A branch target with the arguments for its block parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct BlockCall {
    /// Target block.
    pub block: Block,
    /// Arguments, one per parameter of `block`.
    pub args: Vec<Value>,
}

/// How a block ends.
#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    /// Not yet set (only while building).
    None,
    /// Unconditional branch.
    Jump(BlockCall),
    /// Two-way branch on a bool.
    Brif(Value, BlockCall, BlockCall),
    /// Return from the function.
    Return(Vec<Value>),
    /// Never reached (after a panic or exit).
    Unreachable,
}

impl Terminator {
    /// The successor branches.
    pub fn successors(&self) -> Vec<&BlockCall> {
        match self {
            Terminator::Jump(c) => vec![c],
            Terminator::Brif(_, a, b) => vec![a, b],
            Terminator::None | Terminator::Return(_) | Terminator::Unreachable => vec![],
        }
    }

    /// The successor branches, for rewriting.
    pub fn successors_mut(&mut self) -> Vec<&mut BlockCall> {
        match self {
            Terminator::Jump(c) => vec![c],
            Terminator::Brif(_, a, b) => vec![a, b],
            Terminator::None | Terminator::Return(_) | Terminator::Unreachable => vec![],
        }
    }

    /// The values it uses: condition, branch arguments, returned values.
    pub fn args(&self) -> Vec<Value> {
        let mut v = Vec::new();
        match self {
            Terminator::Jump(c) => v.extend(&c.args),
            Terminator::Brif(cond, a, b) => {
                v.push(*cond);
                v.extend(&a.args);
                v.extend(&b.args);
            }
            Terminator::Return(vs) => v.extend(vs),
            Terminator::None | Terminator::Unreachable => {}
        }
        v
    }

    /// The values it uses, in the order of [`Terminator::args`], for
    /// rewriting.
    pub fn args_mut(&mut self) -> Vec<&mut Value> {
        match self {
            Terminator::Jump(c) => c.args.iter_mut().collect(),
            Terminator::Brif(cond, a, b) => std::iter::once(cond)
                .chain(a.args.iter_mut())
                .chain(b.args.iter_mut())
                .collect(),
            Terminator::Return(vs) => vs.iter_mut().collect(),
            Terminator::None | Terminator::Unreachable => vec![],
        }
    }
}
