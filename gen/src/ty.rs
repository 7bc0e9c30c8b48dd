//! The types generated programs use, and their literals.

use crate::rng::Rng;

/// Integer kinds: Go name, bits, signed.
pub(crate) const INTS: [(&str, u32, bool); 10] = [
    ("int", 64, true),
    ("int8", 8, true),
    ("int16", 16, true),
    ("int32", 32, true),
    ("int64", 64, true),
    ("uint", 64, false),
    ("uint8", 8, false),
    ("uint16", 16, false),
    ("uint32", 32, false),
    ("uint64", 64, false),
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Ty {
    /// Index into [`INTS`].
    Int(usize),
    Bool,
    Str,
    F64,
    /// `[n]T` of a scalar.
    Arr(usize, Box<Ty>),
    /// `[]T` of a scalar; generated slices are never empty.
    Slice(Box<Ty>),
    /// `map[K]V`, K `int` or `string`, V scalar.
    Map(Box<Ty>, Box<Ty>),
    /// `S<i>`.
    Struct(usize),
    /// `*S<i>` or `*<int kind>`; generated pointers are never nil.
    Ptr(Box<Ty>),
    /// The `Shape` interface.
    Shape,
    /// `func(int) int`.
    Func,
}

pub(crate) const INT: Ty = Ty::Int(0);

impl Ty {
    pub fn go(&self) -> String {
        match self {
            Ty::Int(k) => INTS[*k].0.to_string(),
            Ty::Bool => "bool".into(),
            Ty::Str => "string".into(),
            Ty::F64 => "float64".into(),
            Ty::Arr(n, t) => format!("[{n}]{}", t.go()),
            Ty::Slice(t) => format!("[]{}", t.go()),
            Ty::Map(k, v) => format!("map[{}]{}", k.go(), v.go()),
            Ty::Struct(i) => format!("S{i}"),
            Ty::Ptr(t) => format!("*{}", t.go()),
            Ty::Shape => "Shape".into(),
            Ty::Func => "func(int) int".into(),
        }
    }

    pub fn is_scalar(&self) -> bool {
        matches!(self, Ty::Int(_) | Ty::Bool | Ty::Str | Ty::F64)
    }

    pub fn is_int(&self) -> bool {
        matches!(self, Ty::Int(_))
    }
}

pub(crate) fn random_scalar(r: &mut Rng) -> Ty {
    match r.below(8) {
        0..=4 => Ty::Int(r.below(INTS.len())),
        5 => Ty::Bool,
        6 => Ty::Str,
        _ => Ty::F64,
    }
}

/// A constant of integer kind `k`, in range, biased to the edges.
pub(crate) fn int_lit(r: &mut Rng, k: usize) -> String {
    let (_, bits, signed) = INTS[k];
    let (min, max): (i128, i128) = if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    let v: i128 = match r.below(10) {
        0 => min,
        1 => max,
        2 => max - r.below(3) as i128,
        3 => 0,
        4 => 1,
        5 if signed => -1,
        _ => {
            let small = r.below(200) as i128 - if signed { 100 } else { 0 };
            small.clamp(min, max)
        }
    };
    v.to_string()
}

pub(crate) fn str_lit(r: &mut Rng) -> String {
    const PARTS: [&str; 10] = ["a", "b", "go", "wasm", "é", "世界", " ", "x1", "\\n", "\\t"];
    let n = r.below(4);
    let s: String = (0..n).map(|_| *r.pick(&PARTS)).collect();
    format!("\"{s}\"")
}

pub(crate) fn f64_lit(r: &mut Rng) -> String {
    const LITS: [&str; 10] = [
        "0.0", "1.5", "-2.25", "0.1", "3.0", "1e10", "-1e-7", "123.456", "0.3", "2.5e-3",
    ];
    r.pick(&LITS).to_string()
}
