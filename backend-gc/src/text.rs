//! Small pieces of WebAssembly text: value and storage types, identifiers.
//!
//! The backend writes the module as text and lets the `wat` crate assemble
//! it, so names given here (`$main.main`, `$"main.(*T).M"`) end up in the
//! name section and traps and size reports speak Go.

use std::fmt;

/// A wasm value type as the backend uses it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Vt {
    I32,
    I64,
    F32,
    F64,
    /// `(ref null <heap>)` when nullable, else `(ref <heap>)`; `heap` is
    /// `eq` or a type id such as `$bytes`.
    Ref {
        heap: String,
        nullable: bool,
    },
}

impl Vt {
    /// A nullable reference to type `name` (`$T`).
    pub(crate) fn nref(name: &str) -> Vt {
        Vt::Ref {
            heap: name.to_string(),
            nullable: true,
        }
    }

    /// `(ref null eq)`, the base of a fat pointer.
    pub(crate) fn eqref() -> Vt {
        Vt::Ref {
            heap: "eq".to_string(),
            nullable: true,
        }
    }

    /// The instruction that pushes this type's zero value.
    pub(crate) fn zero(&self) -> String {
        match self {
            Vt::I32 => "i32.const 0".into(),
            Vt::I64 => "i64.const 0".into(),
            Vt::F32 => "f32.const 0".into(),
            Vt::F64 => "f64.const 0".into(),
            Vt::Ref { heap, .. } => format!("ref.null {heap}"),
        }
    }

    /// The same type made nullable (locals must be defaultable).
    pub(crate) fn nullable(&self) -> Vt {
        match self {
            Vt::Ref { heap, .. } => Vt::Ref {
                heap: heap.clone(),
                nullable: true,
            },
            other => other.clone(),
        }
    }
}

impl fmt::Display for Vt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Vt::I32 => f.write_str("i32"),
            Vt::I64 => f.write_str("i64"),
            Vt::F32 => f.write_str("f32"),
            Vt::F64 => f.write_str("f64"),
            Vt::Ref {
                heap,
                nullable: true,
            } => write!(f, "(ref null {heap})"),
            Vt::Ref {
                heap,
                nullable: false,
            } => write!(f, "(ref {heap})"),
        }
    }
}

/// How a value is stored in a struct field or array element: packed `i8`
/// and `i16` for small integers and bools, else the value type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum St {
    I8,
    I16,
    Val(Vt),
}

impl St {
    /// `true` for packed storage (read with `get_s`/`get_u`).
    pub(crate) fn packed(&self) -> bool {
        matches!(self, St::I8 | St::I16)
    }

    /// The type of the value read from this storage.
    pub(crate) fn unpacked(&self) -> Vt {
        match self {
            St::I8 | St::I16 => Vt::I32,
            St::Val(v) => v.clone(),
        }
    }
}

impl fmt::Display for St {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            St::I8 => f.write_str("i8"),
            St::I16 => f.write_str("i16"),
            St::Val(v) => v.fmt(f),
        }
    }
}

fn is_idchar(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-./:<=>?@\\^_`|~".contains(c)
}

/// A wat identifier for `name`: `$name` when every character may appear in
/// a plain identifier, else the quoted form `$"..."`.
pub(crate) fn id(name: &str) -> String {
    if !name.is_empty() && name.chars().all(is_idchar) {
        return format!("${name}");
    }
    let mut s = String::from("$\"");
    for b in name.bytes() {
        match b {
            b'"' | b'\\' => {
                s.push('\\');
                s.push(b as char);
            }
            0x20..=0x7e => s.push(b as char),
            _ => s.push_str(&format!("\\{b:02x}")),
        }
    }
    s.push('"');
    s
}

/// A wat string literal holding `bytes`.
pub(crate) fn string_lit(bytes: &[u8]) -> String {
    let mut s = String::from("\"");
    for &b in bytes {
        match b {
            b'"' | b'\\' => {
                s.push('\\');
                s.push(b as char);
            }
            0x20..=0x7e => s.push(b as char),
            _ => s.push_str(&format!("\\{b:02x}")),
        }
    }
    s.push('"');
    s
}

/// An `f64.const`/`f32.const` operand: decimal when finite (Rust prints the
/// shortest form that round-trips), the bit pattern otherwise.
pub(crate) fn float_const(bits: u64, single: bool) -> String {
    let v = f64::from_bits(bits);
    if single {
        let x = v as f32;
        if x.is_finite() {
            format!("f32.const {x:?}")
        } else {
            format!("i32.const {}\nf32.reinterpret_i32", x.to_bits() as i32)
        }
    } else if v.is_finite() {
        format!("f64.const {v:?}")
    } else {
        format!("i64.const {}\nf64.reinterpret_i64", bits as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert_eq!(id("main.main"), "$main.main");
        assert_eq!(id("main.(*T).M"), "$\"main.(*T).M\"");
        assert_eq!(string_lit(b"a\"\n"), "\"a\\\"\\0a\"");
    }
}
