//! Exact constant values and arithmetic, as the Go spec requires.
//!
//! Untyped integer constants are arbitrary-precision integers and untyped
//! floating-point constants exact rationals (Go's compilers use at least 512
//! bits; rationals are exact for everything a literal can spell), so
//! `1 << 100 >> 98` is `4` and `0.1 + 0.2 == 0.3` holds for constants.
//! Values are converted to machine types only when a typed context demands
//! it, and only after checking they are representable.

use crate::types::Basic;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A constant value.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstVal {
    /// Boolean constant.
    Bool(bool),
    /// Integer (also rune) constant.
    Int(BigInt),
    /// Floating-point constant, exact.
    Float(BigRational),
    /// String constant (bytes).
    Str(Vec<u8>),
}

impl ConstVal {
    /// An integer constant.
    pub fn int(i: i64) -> Self {
        ConstVal::Int(BigInt::from(i))
    }

    /// The value as an exact rational, for numeric constants.
    pub fn to_rat(&self) -> Option<BigRational> {
        match self {
            ConstVal::Int(i) => Some(BigRational::from_integer(i.clone())),
            ConstVal::Float(r) => Some(r.clone()),
            _ => None,
        }
    }

    /// The value as an integer if it is integral.
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            ConstVal::Int(i) => Some(i.clone()),
            ConstVal::Float(r) if r.is_integer() => Some(r.to_integer()),
            _ => None,
        }
    }

    /// The value as an `i64`, if integral and in range.
    pub fn to_i64(&self) -> Option<i64> {
        self.to_int().and_then(|i| i.to_i64())
    }

    /// Converts to the representation of basic type `b`, if representable:
    /// integers must be integral and in range; floats are rounded to the
    /// target precision (and must not overflow).
    pub fn represent(&self, b: Basic) -> Option<ConstVal> {
        if b.is_integer() && !b.is_untyped() {
            let i = self.to_int()?;
            let bits = b.int_bits() as u32;
            let (lo, hi) = if b.is_unsigned() {
                (BigInt::zero(), (BigInt::one() << bits) - 1)
            } else {
                (
                    -(BigInt::one() << (bits - 1)),
                    (BigInt::one() << (bits - 1)) - 1,
                )
            };
            return (i >= lo && i <= hi).then_some(ConstVal::Int(i));
        }
        match b {
            Basic::UntypedInt | Basic::UntypedRune => self.to_int().map(ConstVal::Int),
            Basic::Float64 | Basic::Float32 => {
                let r = self.to_rat()?;
                let f = if b == Basic::Float32 {
                    f64::from(rat_to_f32(&r))
                } else {
                    rat_to_f64(&r)
                };
                if f.is_infinite() {
                    return None;
                }
                Some(ConstVal::Float(f64_to_rat(f).unwrap_or_else(|| r.clone())))
            }
            Basic::UntypedFloat => self.to_rat().map(ConstVal::Float),
            Basic::String | Basic::UntypedString => {
                matches!(self, ConstVal::Str(_)).then(|| self.clone())
            }
            Basic::Bool | Basic::UntypedBool => {
                matches!(self, ConstVal::Bool(_)).then(|| self.clone())
            }
            _ => None,
        }
    }

    /// The constant as Go prints it in messages (`300`, `1.5`, `"hi"`).
    pub fn display(&self) -> String {
        match self {
            ConstVal::Bool(b) => b.to_string(),
            ConstVal::Int(i) => i.to_string(),
            ConstVal::Float(r) => format_g6(rat_to_f64(r)),
            ConstVal::Str(s) => go_quote(s),
        }
    }
}

/// Quotes bytes as Go's `strconv.Quote` does for messages.
pub fn go_quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    for ch in String::from_utf8_lossy(s).chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Conversion of an exact rational to the nearest f64 (num-rational rounds
/// correctly; out-of-range values become infinities).
/// The float32 nearest `r` (ties to even), rounding once: going through
/// the nearest float64 can land exactly between two float32 values and
/// then round the wrong way (Go's constants round once, exactly).
pub fn rat_to_f32(r: &BigRational) -> f32 {
    if r.is_negative() {
        return -rat_to_f32(&-r);
    }
    let f = rat_to_f64(r);
    let g = f as f32;
    let gf = f64::from(g);
    let (down, up) = match gf.partial_cmp(&f) {
        Some(std::cmp::Ordering::Greater) => (f32::from_bits(g.to_bits() - 1), g),
        Some(std::cmp::Ordering::Less) => (g, f32::from_bits(g.to_bits() + 1)),
        _ if g.is_infinite() => (f32::MAX, g),
        _ => return g,
    };
    // Past the largest float32, the next value up is 2^128.
    let up_f = if up.is_infinite() {
        2f64.powi(128)
    } else {
        f64::from(up)
    };
    let mid = (f64::from(down) + up_f) / 2.0;
    if f != mid {
        return g;
    }
    match f64_to_rat(mid).map(|m| r.cmp(&m)) {
        Some(std::cmp::Ordering::Greater) => up,
        Some(std::cmp::Ordering::Less) => down,
        _ => g,
    }
}

pub fn rat_to_f64(r: &BigRational) -> f64 {
    r.to_f64().unwrap_or(if r.is_negative() {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    })
}

/// The exact rational value of a finite f64.
pub fn f64_to_rat(f: f64) -> Option<BigRational> {
    BigRational::from_float(f)
}

/// Parses a Go integer literal (`0x1F`, `0b101`, `0o17`, `017`, `1_000`).
pub fn parse_int_lit(raw: &str) -> Option<BigInt> {
    let s: String = raw.chars().filter(|c| *c != '_').collect();
    let (digits, radix) = if let Some(r) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// Parses a Go floating-point literal exactly (decimal or hex).
pub fn parse_float_lit(raw: &str) -> Option<BigRational> {
    let s: String = raw.chars().filter(|c| *c != '_').collect();
    if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        let (mant, exp) = match h.find(['p', 'P']) {
            Some(i) => (&h[..i], h[i + 1..].parse::<i64>().ok()?),
            None => (h, 0),
        };
        let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{ip}{fp}");
        let n = BigInt::parse_bytes(
            if digits.is_empty() {
                b"0"
            } else {
                digits.as_bytes()
            },
            16,
        )?;
        let e = exp - 4 * fp.len() as i64;
        return Some(scale2(BigRational::from_integer(n), e));
    }
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().ok()?),
        None => (&s[..], 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{ip}{fp}");
    let n = BigInt::parse_bytes(
        if digits.is_empty() {
            b"0"
        } else {
            digits.as_bytes()
        },
        10,
    )?;
    let e = exp - fp.len() as i64;
    if e.abs() > 100_000 {
        return None;
    }
    let ten = BigInt::from(10);
    let p = num_traits::pow(ten, e.unsigned_abs() as usize);
    Some(if e >= 0 {
        BigRational::from_integer(n * p)
    } else {
        BigRational::new(n, p)
    })
}

fn scale2(r: BigRational, e: i64) -> BigRational {
    let p = BigInt::one() << (e.unsigned_abs() as usize);
    if e >= 0 {
        r * BigRational::from_integer(p)
    } else {
        r / BigRational::from_integer(p)
    }
}

/// A float as Go's `%.6g` prints it (how go/constant shows float values).
pub fn format_g6(f: f64) -> String {
    if f == 0.0 {
        return "0".into();
    }
    if !f.is_finite() {
        return if f.is_nan() {
            "NaN".into()
        } else if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    // Six significant digits, then Go's choice between %e and %f forms.
    let sci = format!("{f:.5e}");
    let (mant, exp) = sci.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let trim = |s: &str| -> String {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s.to_string()
        }
    };
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", trim(mant), exp.abs())
    } else {
        let decimals = (5 - exp).max(0) as usize;
        trim(&format!("{f:.decimals$}"))
    }
}
