//! Composite literals: structs (keyed or positional), arrays (with `[...]`
//! and index keys), slices, with elided element types (`[]Point{{1, 2}}`,
//! `[]*Point{{1, 2}}`). Each literal allocates a fresh zeroed object and
//! stores the given elements into it.

use super::{Checker, FnState, Mode, Operand};
use crate::ast::{Expr, ExprId, KeyedElement};
use crate::types::{Basic, TypeId, TypeKind};
use gowgc_ir as ir;
use num_traits::ToPrimitive;

/// Literals with fewer elements keep one store per element.
const DATA_MIN_ELEMS: usize = 16;

impl Checker<'_> {
    /// Checks and lowers a composite literal; `hint` is the element type
    /// when the literal's type is elided.
    pub(crate) fn composite_lit(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
        hint: Option<TypeId>,
    ) -> Operand {
        let inv = self.invalid();
        let Expr::CompositeLit {
            ty,
            elems,
            lbrace,
            rbrace,
        } = self.expr(e).clone()
        else {
            unreachable!()
        };
        let _ = rbrace;
        let t = match (ty, hint) {
            (Some(te), _) => {
                if let Expr::ArrayType {
                    len: Some(l), elem, ..
                } = self.expr(te).clone()
                {
                    if let Expr::Ellipsis { elem: None, .. } = self.expr(l) {
                        let et = self.type_expr(Some(&mut *fs), elem);
                        let n = self.array_lit_len(fs, &elems);
                        let Some(n) = n else {
                            return Operand::invalid(inv);
                        };
                        if let Some(&se) = self.shown.types.get(&elem) {
                            let st = self.tt.intern(TypeKind::Array(se, n));
                            self.shown.types.insert(e, st);
                        }
                        self.tt.intern(TypeKind::Array(et, n))
                    } else {
                        self.type_expr(Some(&mut *fs), te)
                    }
                } else {
                    self.type_expr(Some(&mut *fs), te)
                }
            }
            (None, Some(h)) => h,
            (None, None) => {
                self.error(lbrace, "invalid composite literal type: missing type");
                return Operand::invalid(inv);
            }
        };
        if self.tt.is_invalid(t) {
            return Operand::invalid(inv);
        }
        // Elided `&T` in `[]*T{{...}}`.
        if ty.is_none() {
            if let TypeKind::Pointer(base) = self.tt.ukind(t).clone() {
                let lit = self.composite_lit_typed(fs, e, base, &elems);
                if lit.is_invalid() {
                    return lit;
                }
                let p = self.value(fs, &lit).unwrap();
                return Operand {
                    mode: Mode::Value(p),
                    ty: t,
                    expr: Some(e),
                };
            }
        }
        self.composite_lit_typed(fs, e, t, &elems)
    }

    fn composite_lit_typed(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
        t: TypeId,
        elems: &[KeyedElement],
    ) -> Operand {
        let inv = self.invalid();
        let pos = self.pos_of(e);
        let tn = self.tt.display(t);
        // The literal's parts as spelled, for messages.
        let shown = self.shown_kind(e, t);
        let shown_field = |i: usize, ft: TypeId| match &shown {
            Some(TypeKind::Struct(fs)) => fs[i].ty,
            _ => ft,
        };
        let shown_elem = |et: TypeId| match &shown {
            Some(TypeKind::Array(se, _) | TypeKind::Slice(se) | TypeKind::Map(_, se)) => *se,
            _ => et,
        };
        let shown_key = |kt: TypeId| match &shown {
            Some(TypeKind::Map(sk, _)) => *sk,
            _ => kt,
        };
        match self.tt.ukind(t).clone() {
            TypeKind::Struct(fields) => {
                let it = self.ir_type(t);
                let pt = self.ir_ptr(t);
                let p = fs.b.ins1(ir::Op::Alloc(it), pt);
                let keyed = elems.first().is_some_and(|el| el.key.is_some());
                let mut seen = vec![false; fields.len()];
                // A bad value does not stop the check of the others.
                let mut ok = true;
                for (k, el) in elems.iter().enumerate() {
                    let idx = if keyed {
                        let Some(key) = el.key else {
                            self.error(
                                self.pos_of(el.value),
                                "mixture of field:value and value elements in struct literal",
                            );
                            return Operand::invalid(inv);
                        };
                        let Expr::Ident(name) = self.expr(key).clone() else {
                            self.error(
                                self.pos_of(key),
                                format!(
                                    "invalid field name {} in struct literal",
                                    self.expr_text(key)
                                ),
                            );
                            return Operand::invalid(inv);
                        };
                        match fields.iter().position(|f| f.name == name.name) {
                            Some(i) => {
                                if seen[i] {
                                    self.error(
                                        name.pos,
                                        format!(
                                            "duplicate field name {} in struct literal",
                                            name.name
                                        ),
                                    );
                                    return Operand::invalid(inv);
                                }
                                i
                            }
                            None => {
                                self.error(
                                    name.pos,
                                    format!(
                                        "unknown field {} in struct literal of type {tn}",
                                        name.name
                                    ),
                                );
                                return Operand::invalid(inv);
                            }
                        }
                    } else {
                        if el.key.is_some() {
                            self.error(
                                self.pos_of(el.value),
                                "mixture of field:value and value elements in struct literal",
                            );
                            return Operand::invalid(inv);
                        }
                        if k >= fields.len() {
                            self.error(
                                self.pos_of(el.value),
                                format!("too many values in struct literal of type {tn}"),
                            );
                            return Operand::invalid(inv);
                        }
                        k
                    };
                    seen[idx] = true;
                    let ft = fields[idx].ty;
                    let op = self.rvalue(fs, el.value);
                    let Some(op) = self.assign_op(op, shown_field(idx, ft), "struct literal")
                    else {
                        ok = false;
                        continue;
                    };
                    if fields[idx].name == "_" {
                        // Evaluated, but blank fields hold zero (as gc
                        // compiles them): `T{1, 2, "x"}` prints `{1 0 x}`.
                        continue;
                    }
                    let fpt = self.ir_ptr(ft);
                    let fp = fs.b.ins1(ir::Op::FieldAddr(p, idx as u32), fpt);
                    self.store_to(fs, fp, ft, &op);
                }
                if !ok {
                    return Operand::invalid(inv);
                }
                if !keyed && !elems.is_empty() && elems.len() < fields.len() {
                    let rb = match self.expr(e) {
                        Expr::CompositeLit { rbrace, .. } => *rbrace,
                        _ => pos,
                    };
                    self.error(rb, format!("too few values in struct literal of type {tn}"));
                    return Operand::invalid(inv);
                }
                Operand {
                    mode: Mode::Value(p),
                    ty: t,
                    expr: Some(e),
                }
            }
            TypeKind::Array(et, n) => {
                let it = self.ir_type(t);
                let pt = self.ir_ptr(t);
                let p = fs.b.ins1(ir::Op::Alloc(it), pt);
                if !self.store_elems(fs, elems, shown_elem(et), Some(n), p, |c, fs, iv| {
                    let ept = c.ir_ptr(et);
                    fs.b.ins1(ir::Op::IndexAddr(p, iv), ept)
                }) {
                    return Operand::invalid(inv);
                }
                Operand {
                    mode: Mode::Value(p),
                    ty: t,
                    expr: Some(e),
                }
            }
            TypeKind::Slice(et) => {
                let Some(n) = self.array_lit_len(fs, elems) else {
                    return Operand::invalid(inv);
                };
                let int = self.basic(Basic::Int);
                let iit = self.ir_type(int);
                let it = self.ir_type(t);
                let nv = fs.b.ins1(ir::Op::Iconst(n as i64), iit);
                let s = fs.b.ins1(ir::Op::MakeSlice(nv, nv), it);
                if !self.store_elems(fs, elems, shown_elem(et), None, s, |c, fs, iv| {
                    let ept = c.ir_ptr(et);
                    fs.b.ins1(ir::Op::SliceIndexAddr(s, iv), ept)
                }) {
                    return Operand::invalid(inv);
                }
                Operand {
                    mode: Mode::Value(s),
                    ty: t,
                    expr: Some(e),
                }
            }
            TypeKind::Map(kt, vt) => {
                if !self.hashable(kt) {
                    let kn = self.tt.display(kt);
                    self.diags
                        .unsupported(pos, format!("map keys of type {kn}"));
                    return Operand::invalid(inv);
                }
                let int = self.basic(Basic::Int);
                let iit = self.ir_type(int);
                let n = fs.b.ins1(ir::Op::Iconst(elems.len() as i64), iit);
                let m = self.map_new(&mut fs.b, t, n);
                let mut seen_keys = std::collections::HashSet::new();
                let mut ok = true;
                for el in elems {
                    let Some(key) = el.key else {
                        self.error(self.pos_of(el.value), "missing key in map literal");
                        return Operand::invalid(inv);
                    };
                    // Elided composite types work for keys and values alike.
                    let elem_op = |c: &mut Self, fs: &mut FnState, x: ExprId, et: TypeId| {
                        if let Expr::CompositeLit { ty: None, .. } = c.expr(x) {
                            c.composite_lit(fs, x, Some(et))
                        } else {
                            c.rvalue(fs, x)
                        }
                    };
                    let kop = elem_op(self, fs, key, kt);
                    let Some(kop) = self.assign_op(kop, shown_key(kt), "map literal") else {
                        let vop = elem_op(self, fs, el.value, vt);
                        let _ = self.assign_op(vop, shown_elem(vt), "map literal");
                        ok = false;
                        continue;
                    };
                    if let Mode::Const(v) = &kop.mode {
                        if !seen_keys.insert(format!("{v:?}")) {
                            let text = self.expr_text(key);
                            self.error(
                                self.pos_of(key),
                                format!("duplicate key {text} in map literal"),
                            );
                            return Operand::invalid(inv);
                        }
                    }
                    let vop = elem_op(self, fs, el.value, vt);
                    let Some(vop) = self.assign_op(vop, shown_elem(vt), "map literal") else {
                        ok = false;
                        continue;
                    };
                    if !ok {
                        continue;
                    }
                    let (Some(k), Some(v)) = (self.value(fs, &kop), self.value(fs, &vop)) else {
                        return Operand::invalid(inv);
                    };
                    self.map_write(&mut fs.b, t, m, k, v);
                }
                if !ok {
                    return Operand::invalid(inv);
                }
                Operand {
                    mode: Mode::Value(m),
                    ty: t,
                    expr: Some(e),
                }
            }
            _ => {
                self.error(pos, format!("invalid composite literal type {tn}"));
                Operand::invalid(inv)
            }
        }
    }

    /// Length of an array/slice literal: one past the largest index.
    fn array_lit_len(&mut self, fs: &mut FnState, elems: &[KeyedElement]) -> Option<u64> {
        let mut next = 0u64;
        let mut max = 0u64;
        for el in elems {
            if let Some(k) = el.key {
                let op = self.rvalue(fs, k);
                match &op.mode {
                    Mode::Const(v) => match v.to_int().and_then(|i| i.to_u64()) {
                        Some(i) => next = i,
                        None => {
                            self.error(
                                self.pos_of(k),
                                format!(
                                    "index {} must be non-negative integer constant",
                                    self.expr_text(k)
                                ),
                            );
                            return None;
                        }
                    },
                    _ => {
                        self.error(
                            self.pos_of(k),
                            format!("index {} must be integer constant", self.expr_text(k)),
                        );
                        return None;
                    }
                }
            }
            next += 1;
            max = max.max(next);
        }
        Some(max)
    }

    /// Stores a slice or array literal's elements; `shown_et` is the
    /// element type as spelled.
    fn store_elems(
        &mut self,
        fs: &mut FnState,
        elems: &[KeyedElement],
        shown_et: TypeId,
        bound: Option<u64>,
        whole: ir::Value,
        addr: impl Fn(&mut Self, &mut FnState, ir::Value) -> ir::Value,
    ) -> bool {
        let et = self.tt.canon(shown_et);
        let int = self.basic(Basic::Int);
        let iit = self.ir_type(int);
        let mut next = 0u64;
        let mut seen = std::collections::HashSet::new();
        let mut ok = true;
        // A long literal of numbers or bools: its constant elements become
        // data (one `InitData`), the others are stored after it.
        let width = self
            .data_width(et)
            .filter(|_| elems.len() >= DATA_MIN_ELEMS);
        let mut data: Vec<u64> = Vec::new();
        let mut rest: Vec<(u64, Operand)> = Vec::new();
        for el in elems {
            if let Some(k) = el.key {
                let op = self.const_expr_in(fs, k);
                if let Some(i) = op {
                    next = i;
                }
            }
            if let Some(n) = bound {
                if next >= n {
                    // types2 words the two cases differently.
                    match el.key {
                        Some(k) => self.error(
                            self.pos_of(k),
                            format!("invalid argument: index {next} out of bounds [0:{n}]"),
                        ),
                        None => self.error(
                            self.pos_of(el.value),
                            format!("index {next} is out of bounds (>= {n})"),
                        ),
                    }
                    return false;
                }
            }
            if !seen.insert(next) {
                let p = el
                    .key
                    .map(|k| self.pos_of(k))
                    .unwrap_or_else(|| self.pos_of(el.value));
                self.error(
                    p,
                    format!("duplicate index {next} in array or slice literal"),
                );
                return false;
            }
            let op = if let Expr::CompositeLit { ty: None, .. } = self.expr(el.value) {
                self.composite_lit(fs, el.value, Some(et))
            } else {
                self.rvalue(fs, el.value)
            };
            let Some(op) = self.assign_op(op, shown_et, "array or slice literal") else {
                // The other elements are still checked.
                ok = false;
                next += 1;
                continue;
            };
            match (&op.mode, width) {
                (Mode::Const(v), Some(_)) => {
                    if data.len() <= next as usize {
                        data.resize(next as usize + 1, 0);
                    }
                    data[next as usize] = self.const_bits(v, et);
                }
                (_, Some(_)) => rest.push((next, op)),
                (_, None) => {
                    let iv = fs.b.ins1(ir::Op::Iconst(next as i64), iit);
                    let p = addr(self, fs, iv);
                    self.store_to(fs, p, et, &op);
                }
            }
            next += 1;
        }
        if !ok {
            return false;
        }
        if let Some(w) = width {
            let mut bytes = Vec::with_capacity(data.len() * w);
            for bits in data {
                // float32 constants are kept as float64 bits.
                let bits = if w == 4 && self.tt.is(et, |b| b.is_float()) {
                    u64::from((f64::from_bits(bits) as f32).to_bits())
                } else {
                    bits
                };
                bytes.extend_from_slice(&bits.to_le_bytes()[..w]);
            }
            if !bytes.is_empty() {
                fs.b.ins(ir::Op::InitData(whole, bytes), &[]);
            }
            for (i, op) in rest {
                let iv = fs.b.ins1(ir::Op::Iconst(i as i64), iit);
                let p = addr(self, fs, iv);
                self.store_to(fs, p, et, &op);
            }
        }
        true
    }

    /// The width in bytes of an element that [`ir::Op::InitData`] can
    /// fill: numbers (not complex) and bools.
    fn data_width(&self, et: TypeId) -> Option<usize> {
        use Basic::*;
        Some(match self.tt.basic_of(et)? {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 => 8,
            _ => return None,
        })
    }

    fn const_expr_in(&mut self, fs: &mut FnState, k: ExprId) -> Option<u64> {
        let op = self.rvalue(fs, k);
        match op.mode {
            Mode::Const(v) => v.to_int().and_then(|i| i.to_u64()),
            _ => None,
        }
    }
}
