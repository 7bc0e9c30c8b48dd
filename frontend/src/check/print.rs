//! `print`/`println` and, until the Go-source standard library lands,
//! `fmt.Print`/`fmt.Println`, lowered by static type into [`ir::Op::Print`]
//! sequences; plus Go's rendering of expressions in messages (as
//! `types2.ExprString` prints them).
//!
//! fmt's `%v` rules: structs `{a b}`, slices and arrays `[a b]`, a pointer to
//! a struct, array or slice at top level `&{...}`, other pointers as hex
//! addresses, nil pointers `<nil>`. `fmt.Print` puts spaces between operands
//! when neither is a string; `Println` always, plus a newline.

use super::{Checker, FnState, Mode, Operand};
use crate::ast::{self, BinOp, Expr, ExprId};
use crate::types::{Basic, TypeId, TypeKind};
use gowgc_ir as ir;
use gowgc_ir::builder::FunctionBuilder;
use ir::Fd;

impl Checker<'_> {
    pub(crate) fn print_str(&mut self, fs: &mut FnState, fd: Fd, s: &str) {
        let st = self.basic(Basic::String);
        let it = self.ir_type(st);
        let v = fs.b.ins1(ir::Op::Sconst(s.as_bytes().to_vec()), it);
        fs.b.ins(ir::Op::Print(fd, ir::PrintKind::Str, v), &[]);
    }

    pub(crate) fn lower_fmt_print(&mut self, fs: &mut FnState, ops: &[Operand], newline: bool) {
        // The arguments first, as a call evaluates them: `*p` with `p` nil
        // panics before anything is printed.
        let mut vals = Vec::new();
        for op in ops {
            let v = match op.mode {
                Mode::Nil => None,
                _ => self.value(fs, op),
            };
            // (Only storage reached through a pointer can be nil.)
            if let (Some(v), true, Mode::Mem(_)) = (v, self.is_aggregate(op.ty), &op.mode) {
                let bt = self.bool_ir();
                let isnil = fs.b.ins1(ir::Op::IsNil(v), bt);
                self.nil_panic_if(fs, isnil);
            }
            vals.push(v);
        }
        let mut prev_string = false;
        for (i, (op, v)) in ops.iter().zip(vals).enumerate() {
            let is_string = self.tt.is(op.ty, |b| b.is_string()) && !matches!(op.mode, Mode::Nil);
            if i > 0 && (newline || (!is_string && !prev_string)) {
                self.print_str(fs, Fd::Stdout, " ");
            }
            prev_string = is_string;
            if let Mode::Nil = op.mode {
                self.print_str(fs, Fd::Stdout, "<nil>");
                continue;
            }
            let Some(v) = v else {
                continue;
            };
            self.fmt_value(fs, v, op.ty, true);
        }
        if newline {
            self.print_str(fs, Fd::Stdout, "\n");
        }
    }

    /// `fmt.Println(xs...)` / `fmt.Print(xs...)` with `xs` a `[]any`: the
    /// elements are the operands (Print's spacing rule decided at run time
    /// from their dynamic types).
    pub(crate) fn lower_fmt_print_spread(&mut self, fs: &mut FnState, xs: &Operand, newline: bool) {
        let Some(s) = self.value(fs, xs) else { return };
        let TypeKind::Slice(et) = self.tt.ukind(xs.ty).clone() else {
            return;
        };
        let int = self.basic(Basic::Int);
        let it = self.ir_type(int);
        let bool_t = self.basic(Basic::Bool);
        let bt = self.ir_type(bool_t);
        let string_t = self.basic(Basic::String);
        let n = fs.b.ins1(ir::Op::SliceLen(s), it);
        let (i, prev_str) = (fs.b.declare_var(it), fs.b.declare_var(bt));
        let zero = fs.b.ins1(ir::Op::Iconst(0), it);
        let no = fs.b.ins1(ir::Op::Iconst(0), bt);
        fs.b.def_var(i, zero);
        fs.b.def_var(prev_str, no);
        let (header, body, exit) = (
            fs.b.create_block(),
            fs.b.create_block(),
            fs.b.create_block(),
        );
        fs.b.jump(header, vec![]);
        fs.b.switch_to_block(header);
        let iv = fs.b.use_var(i);
        let more = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Lt, iv, n), bt);
        fs.b.brif(more, body, exit);
        fs.b.seal_block(body);
        fs.b.switch_to_block(body);
        let pt = self.ir_ptr(et);
        let p = fs.b.ins1(ir::Op::SliceIndexAddr(s, iv), pt);
        let eit = self.ir_type(et);
        let e = fs.b.ins1(ir::Op::Load(p), eit);
        let first = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Eq, iv, zero), bt);
        let sep = if newline {
            fs.b.ins1(ir::Op::Unary(ir::UnaryOp::Not, first), bt)
        } else {
            let is_str = self.holds(fs, e, string_t);
            let ps = fs.b.use_var(prev_str);
            fs.b.def_var(prev_str, is_str);
            let either = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Or, is_str, ps), bt);
            let blocked =
                fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Or, either, first), bt);
            fs.b.ins1(ir::Op::Unary(ir::UnaryOp::Not, blocked), bt)
        };
        let (sp, after) = (fs.b.create_block(), fs.b.create_block());
        fs.b.brif(sep, sp, after);
        fs.b.seal_block(sp);
        fs.b.switch_to_block(sp);
        self.print_str(fs, Fd::Stdout, " ");
        fs.b.jump(after, vec![]);
        fs.b.seal_block(after);
        fs.b.switch_to_block(after);
        self.fmt_value(fs, e, et, true);
        let one = fs.b.ins1(ir::Op::Iconst(1), it);
        let next = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Add, iv, one), it);
        fs.b.def_var(i, next);
        fs.b.jump(header, vec![]);
        fs.b.seal_block(header);
        fs.b.seal_block(exit);
        fs.b.switch_to_block(exit);
        if newline {
            self.print_str(fs, Fd::Stdout, "\n");
        }
    }

    /// Prints value `v` of Go type `t` as fmt's `%v` (aggregates: `v` is a
    /// pointer to the value).
    pub(crate) fn fmt_value(&mut self, fs: &mut FnState, v: ir::Value, t: TypeId, top: bool) {
        self.fmt_value_m(fs, v, t, top, true);
    }

    /// A value's `Error() string` or `String() string` method, as fmt looks
    /// for them (error first): receiver path and function.
    pub(crate) fn stringer(&self, t: TypeId) -> Option<(Vec<u32>, u32)> {
        if self.iface_methods(t).is_some() {
            return None;
        }
        ["Error", "String"].iter().find_map(|name| {
            let (path, super::iface::MethodRef::Func(f)) = self.method_in_set(t, name).ok()? else {
                return None;
            };
            match self.tt.kind(self.funcs[f as usize].sig) {
                TypeKind::Func(s)
                    if s.params.is_empty()
                        && s.results.len() == 1
                        && self
                            .tt
                            .is(s.results[0], |b| b == crate::types::Basic::String) =>
                {
                    Some((path, f))
                }
                _ => None,
            }
        })
    }

    /// `methods`: whether fmt may call `Error`/`String` here (not below an
    /// unexported struct field, which reflection cannot call through).
    pub(crate) fn fmt_value_m(
        &mut self,
        fs: &mut FnState,
        v: ir::Value,
        t: TypeId,
        top: bool,
        methods: bool,
    ) {
        let fd = Fd::Stdout;
        if let (true, Some((path, f))) = (methods, self.stringer(t)) {
            // A nil pointer is <nil> when the method needs the value (fmt
            // catches the nil dereference); a pointer method gets the nil.
            let ptr_method = self.funcs[f as usize]
                .recv
                .is_some_and(|r| matches!(self.tt.kind(r), TypeKind::Pointer(_)));
            let is_ptr = matches!(self.tt.ukind(t), TypeKind::Pointer(_)) && !ptr_method;
            let join = fs.b.create_block();
            if is_ptr {
                // fmt prints a nil receiver's method panic as <nil>.
                let bt = self.basic(crate::types::Basic::Bool);
                let bt = self.ir_type(bt);
                let isnil = fs.b.ins1(ir::Op::IsNil(v), bt);
                let (nil_b, non_b) = (fs.b.create_block(), fs.b.create_block());
                fs.b.brif(isnil, nil_b, non_b);
                fs.b.seal_block(nil_b);
                fs.b.seal_block(non_b);
                fs.b.switch_to_block(nil_b);
                self.print_str(fs, fd, "<nil>");
                fs.b.jump(join, vec![]);
                fs.b.switch_to_block(non_b);
            }
            if let Some(s) = self.call_string_method(fs, v, t, &path, f) {
                fs.b.ins(ir::Op::Print(fd, ir::PrintKind::Str, s), &[]);
            }
            fs.b.jump(join, vec![]);
            fs.b.seal_block(join);
            fs.b.switch_to_block(join);
            return;
        }
        let composite = matches!(
            self.tt.ukind(t),
            TypeKind::Struct(_) | TypeKind::Array(..) | TypeKind::Slice(_) | TypeKind::Map(..)
        );
        if composite {
            if self.printing.contains(&t) {
                let f = self.print_type_func(t, top, methods);
                fs.b.ins(ir::Op::Call(f, vec![v]), &[]);
                return;
            }
            self.printing.push(t);
            self.fmt_value_inline(fs, v, t, top, methods);
            self.printing.pop();
        } else {
            self.fmt_value_inline(fs, v, t, top, methods);
        }
    }

    /// `fmt.print.T` for a type met inside its own printing.
    fn print_type_func(&mut self, t: TypeId, top: bool, methods: bool) -> ir::FuncId {
        if let Some(&f) = self.print_type_funcs.get(&(t, top, methods)) {
            return f;
        }
        let param = if self.is_aggregate(t) {
            self.ir_ptr(t)
        } else {
            self.ir_type(t)
        };
        let name = format!("fmt.print.{}", self.go_type_name(t));
        let f = self.pending_func(name, vec![param], vec![], |func| {
            super::iface::Pending::PrintType {
                func,
                ty: t,
                top,
                methods,
            }
        });
        self.print_type_funcs.insert((t, top, methods), f);
        f
    }

    pub(crate) fn gen_print_type(&mut self, func: ir::FuncId, t: TypeId, top: bool, methods: bool) {
        let sig = self.module.funcs[func].sig.clone();
        let name = self.module.funcs[func].name.clone();
        let mut f = ir::Function::new(name, sig);
        {
            let mut fs = self.new_fn_state(&mut f, None);
            let v = fs.b.func.blocks[fs.b.func.entry].params[0];
            let outer = std::mem::replace(&mut self.printing, vec![t]);
            self.fmt_value_inline(&mut fs, v, t, top, methods);
            self.printing = outer;
            fs.b.ret(vec![]);
            let FnState { b, .. } = fs;
            b.finish();
        }
        self.module.funcs[func] = f;
    }

    /// [`Self::fmt_value_m`] below the `String`/`Error` check, by kind.
    fn fmt_value_inline(
        &mut self,
        fs: &mut FnState,
        v: ir::Value,
        t: TypeId,
        top: bool,
        methods: bool,
    ) {
        let fd = Fd::Stdout;
        match self.tt.ukind(t).clone() {
            TypeKind::Interface(_) => {
                let f = self.print_func(methods);
                fs.b.ins(ir::Op::Call(f, vec![v]), &[]);
            }
            TypeKind::Basic(b) => {
                let kind = basic_print_kind(b);
                fs.b.ins(ir::Op::Print(fd, kind, v), &[]);
            }
            TypeKind::Pointer(elem) => {
                let bool_t = self.basic(Basic::Bool);
                let bt = self.ir_type(bool_t);
                let isnil = fs.b.ins1(ir::Op::IsNil(v), bt);
                let (nil_b, non_b, join) = (
                    fs.b.create_block(),
                    fs.b.create_block(),
                    fs.b.create_block(),
                );
                fs.b.brif(isnil, nil_b, non_b);
                fs.b.seal_block(nil_b);
                fs.b.seal_block(non_b);
                fs.b.switch_to_block(nil_b);
                self.print_str(fs, fd, "<nil>");
                fs.b.jump(join, vec![]);
                fs.b.switch_to_block(non_b);
                let deep = matches!(
                    self.tt.ukind(elem),
                    TypeKind::Struct(_) | TypeKind::Array(..) | TypeKind::Slice(_)
                );
                if top && deep {
                    self.print_str(fs, fd, "&");
                    let inner = if self.is_aggregate(elem) {
                        v
                    } else {
                        let it = self.ir_type(elem);
                        fs.b.ins1(ir::Op::Load(v), it)
                    };
                    self.fmt_value(fs, inner, elem, false);
                } else {
                    fs.b.ins(ir::Op::Print(fd, ir::PrintKind::Pointer, v), &[]);
                }
                fs.b.jump(join, vec![]);
                fs.b.seal_block(join);
                fs.b.switch_to_block(join);
            }
            TypeKind::Struct(fields) => {
                self.print_str(fs, fd, "{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        self.print_str(fs, fd, " ");
                    }
                    let pt = self.ir_ptr(f.ty);
                    let p = fs.b.ins1(ir::Op::FieldAddr(v, i as u32), pt);
                    let fv = self.load_elem(fs, p, f.ty);
                    let exported = f.name.starts_with(|c: char| c.is_uppercase());
                    self.fmt_value_m(fs, fv, f.ty, false, methods && exported);
                }
                self.print_str(fs, fd, "}");
            }
            TypeKind::Array(elem, n) => {
                let int = self.basic(Basic::Int);
                let it = self.ir_type(int);
                let len = fs.b.ins1(ir::Op::Iconst(n as i64), it);
                self.fmt_elems(fs, v, elem, len, false);
            }
            TypeKind::Slice(elem) => {
                let int = self.basic(Basic::Int);
                let it = self.ir_type(int);
                let len = fs.b.ins1(ir::Op::SliceLen(v), it);
                self.fmt_elems(fs, v, elem, len, true);
            }
            TypeKind::Func(_) => {
                fs.b.ins(ir::Op::Print(fd, ir::PrintKind::Pointer, v), &[]);
            }
            TypeKind::Map(kt, vt) => self.fmt_map(fs, v, t, kt, vt, methods),
            _ => self.print_str(fs, fd, "?"),
        }
    }

    /// Can fmt's key order for `t` be computed inline by
    /// [`Self::emit_key_less`]? (Interface, pointer and channel keys stay
    /// in table order.)
    fn inline_key_order(&self, t: TypeId) -> bool {
        match self.tt.ukind(t) {
            TypeKind::Basic(b) => b.is_integer() || b.is_float() || b.is_string() || b.is_bool(),
            TypeKind::Struct(fields) => fields.iter().all(|f| self.inline_key_order(f.ty)),
            TypeKind::Array(elem, _) => self.inline_key_order(*elem),
            _ => false,
        }
    }

    /// `a < b` in the order of Go's internal/fmtsort: numbers and strings
    /// by value with NaN first, false before true, structs field by field
    /// and arrays element by element. Branch-free: lexicographic order is
    /// `l0 || (eq0 && (l1 || (eq1 && ...)))`.
    fn emit_key_less(
        &mut self,
        fb: &mut FunctionBuilder,
        t: TypeId,
        a: ir::Value,
        b: ir::Value,
    ) -> ir::Value {
        let bt = self.bool_ir();
        let bin = |fb: &mut FunctionBuilder, op, x, y| fb.ins1(ir::Op::Binary(op, x, y), bt);
        let not = |fb: &mut FunctionBuilder, x| fb.ins1(ir::Op::Unary(ir::UnaryOp::Not, x), bt);
        match self.tt.ukind(t).clone() {
            TypeKind::Basic(k) if k.is_bool() => {
                let na = not(fb, a);
                bin(fb, ir::BinaryOp::And, na, b)
            }
            TypeKind::Basic(k) if k.is_float() => {
                let lt = self.emit_compare(fb, BinOp::Lt, t, a, b);
                let a_nan = self.emit_compare(fb, BinOp::Ne, t, a, a);
                let b_num = self.emit_compare(fb, BinOp::Eq, t, b, b);
                let nan_first = bin(fb, ir::BinaryOp::And, a_nan, b_num);
                bin(fb, ir::BinaryOp::Or, nan_first, lt)
            }
            TypeKind::Struct(_) | TypeKind::Array(..) => {
                let parts = self.element_addrs(fb, t, a, b);
                let mut acc = fb.ins1(ir::Op::Iconst(0), bt);
                for (et, pa, pb) in parts.into_iter().rev() {
                    let (va, vb) = self.load_for_compare(fb, et, pa, pb);
                    let lt = self.emit_key_less(fb, et, va, vb);
                    let gt = self.emit_key_less(fb, et, vb, va);
                    let either = bin(fb, ir::BinaryOp::Or, lt, gt);
                    let eq = not(fb, either);
                    let rest = bin(fb, ir::BinaryOp::And, eq, acc);
                    acc = bin(fb, ir::BinaryOp::Or, lt, rest);
                }
                acc
            }
            _ => self.emit_compare(fb, BinOp::Lt, t, a, b),
        }
    }

    /// `map[k:v k:v]` with keys in fmt's order (see [`Self::emit_key_less`];
    /// interface, pointer and channel keys in table order for now).
    fn fmt_map(
        &mut self,
        fs: &mut FnState,
        m: ir::Value,
        mt: TypeId,
        kt: TypeId,
        vt: TypeId,
        methods: bool,
    ) {
        let fd = Fd::Stdout;
        let int = self.basic(Basic::Int);
        let it = self.ir_type(int);
        let bool_t = self.basic(Basic::Bool);
        let bt = self.ir_type(bool_t);
        let (keys, vals, full, n) = self.map_iter_tables(&mut fs.b, mt, m);
        // The occupied slots.
        let idx_t = self.tt.intern(TypeKind::Slice(int));
        let idx_it = self.ir_type(idx_t);
        let idx = fs.b.declare_var(idx_it);
        let zero = fs.b.ins1(ir::Op::Iconst(0), it);
        let one = fs.b.ins1(ir::Op::Iconst(1), it);
        let empty = fs.b.ins1(ir::Op::Nil, idx_it);
        fs.b.def_var(idx, empty);
        self.each_full_slot(&mut fs.b, full, n, |_, b, iv| {
            let cur = b.use_var(idx);
            let grown = b.ins1(ir::Op::Append(cur, vec![iv]), idx_it);
            b.def_var(idx, grown);
        });
        let idx_v = fs.b.use_var(idx);
        let count = fs.b.ins1(ir::Op::SliceLen(idx_v), it);
        let ordered = self.inline_key_order(kt);
        let ip = self.ir_ptr(int);
        let key_at = |c: &mut Self, fs: &mut FnState, slot: ir::Value| {
            let pt = c.ir_ptr(kt);
            let p = fs.b.ins1(ir::Op::SliceIndexAddr(keys, slot), pt);
            c.load_elem(fs, p, kt)
        };
        if ordered {
            // Insertion sort of the slots by key.
            let (a, j) = (fs.b.declare_var(it), fs.b.declare_var(it));
            fs.b.def_var(a, one);
            let (outer_h, outer_b, outer_x) = (
                fs.b.create_block(),
                fs.b.create_block(),
                fs.b.create_block(),
            );
            fs.b.jump(outer_h, vec![]);
            fs.b.switch_to_block(outer_h);
            let av = fs.b.use_var(a);
            let more = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Lt, av, count), bt);
            fs.b.brif(more, outer_b, outer_x);
            fs.b.seal_block(outer_b);
            fs.b.switch_to_block(outer_b);
            fs.b.def_var(j, av);
            let (inner_h, inner_b, inner_x) = (
                fs.b.create_block(),
                fs.b.create_block(),
                fs.b.create_block(),
            );
            fs.b.jump(inner_h, vec![]);
            fs.b.switch_to_block(inner_h);
            let jv = fs.b.use_var(j);
            let pos = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Gt, jv, zero), bt);
            let check = fs.b.create_block();
            fs.b.brif(pos, check, inner_x);
            fs.b.seal_block(check);
            fs.b.switch_to_block(check);
            let jm = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Sub, jv, one), it);
            let pj = fs.b.ins1(ir::Op::SliceIndexAddr(idx_v, jv), ip);
            let pm = fs.b.ins1(ir::Op::SliceIndexAddr(idx_v, jm), ip);
            let (sj, sm) = (
                fs.b.ins1(ir::Op::Load(pj), it),
                fs.b.ins1(ir::Op::Load(pm), it),
            );
            let (kj, km) = (key_at(self, fs, sj), key_at(self, fs, sm));
            let less = self.emit_key_less(&mut fs.b, kt, kj, km);
            fs.b.brif(less, inner_b, inner_x);
            fs.b.seal_block(inner_b);
            fs.b.switch_to_block(inner_b);
            fs.b.ins(ir::Op::Store(pj, sm), &[]);
            fs.b.ins(ir::Op::Store(pm, sj), &[]);
            fs.b.def_var(j, jm);
            fs.b.jump(inner_h, vec![]);
            fs.b.seal_block(inner_h);
            fs.b.seal_block(inner_x);
            fs.b.switch_to_block(inner_x);
            let an = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Add, av, one), it);
            fs.b.def_var(a, an);
            fs.b.jump(outer_h, vec![]);
            fs.b.seal_block(outer_h);
            fs.b.seal_block(outer_x);
            fs.b.switch_to_block(outer_x);
        }
        self.print_str(fs, fd, "map[");
        self.print_list(fs, count, |c, fs, kv| {
            let ps = fs.b.ins1(ir::Op::SliceIndexAddr(idx_v, kv), ip);
            let slot = fs.b.ins1(ir::Op::Load(ps), it);
            let key = key_at(c, fs, slot);
            c.fmt_value_m(fs, key, kt, false, methods);
            c.print_str(fs, fd, ":");
            let pt = c.ir_ptr(vt);
            let pv = fs.b.ins1(ir::Op::SliceIndexAddr(vals, slot), pt);
            let val = c.load_elem(fs, pv, vt);
            c.fmt_value_m(fs, val, vt, false, methods);
        });
        self.print_str(fs, fd, "]");
    }

    fn load_elem(&mut self, fs: &mut FnState, p: ir::Value, t: TypeId) -> ir::Value {
        if self.is_aggregate(t) {
            p
        } else {
            let it = self.ir_type(t);
            fs.b.ins1(ir::Op::Load(p), it)
        }
    }

    /// `[e0 e1 ...]` with a loop over the elements.
    fn fmt_elems(
        &mut self,
        fs: &mut FnState,
        base: ir::Value,
        elem: TypeId,
        len: ir::Value,
        slice: bool,
    ) {
        let fd = Fd::Stdout;
        self.print_str(fs, fd, "[");
        self.print_list(fs, len, |c, fs, iv| {
            let pt = c.ir_ptr(elem);
            let p = if slice {
                fs.b.ins1(ir::Op::SliceIndexAddr(base, iv), pt)
            } else {
                fs.b.ins1(ir::Op::IndexAddr(base, iv), pt)
            };
            let ev = c.load_elem(fs, p, elem);
            c.fmt_value(fs, ev, elem, false);
        });
        self.print_str(fs, fd, "]");
    }

    /// `for i := 0; i < n; i++`, printing a space before every element but
    /// the first, then `body(i)`: how fmt separates slice, array and map
    /// elements.
    fn print_list(
        &mut self,
        fs: &mut FnState,
        n: ir::Value,
        body: impl FnOnce(&mut Self, &mut FnState, ir::Value),
    ) {
        let it = fs.b.func.value_type(n);
        let bool_t = self.basic(Basic::Bool);
        let bt = self.ir_type(bool_t);
        let i = fs.b.declare_var(it);
        let zero = fs.b.ins1(ir::Op::Iconst(0), it);
        fs.b.def_var(i, zero);
        let (header, inner, exit) = (
            fs.b.create_block(),
            fs.b.create_block(),
            fs.b.create_block(),
        );
        fs.b.jump(header, vec![]);
        fs.b.switch_to_block(header);
        let iv = fs.b.use_var(i);
        let more = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Lt, iv, n), bt);
        fs.b.brif(more, inner, exit);
        fs.b.seal_block(inner);
        fs.b.switch_to_block(inner);
        let (sep, after) = (fs.b.create_block(), fs.b.create_block());
        let first = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Eq, iv, zero), bt);
        fs.b.brif(first, after, sep);
        fs.b.seal_block(sep);
        fs.b.switch_to_block(sep);
        self.print_str(fs, Fd::Stdout, " ");
        fs.b.jump(after, vec![]);
        fs.b.seal_block(after);
        fs.b.switch_to_block(after);
        body(self, fs, iv);
        let one = fs.b.ins1(ir::Op::Iconst(1), it);
        let next = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Add, iv, one), it);
        fs.b.def_var(i, next);
        fs.b.jump(header, vec![]);
        fs.b.seal_block(header);
        fs.b.seal_block(exit);
        fs.b.switch_to_block(exit);
    }

    /// Calls a `func() string` method `f` (reached through `path`) on
    /// value `v` of type `t`; returns the string.
    fn call_string_method(
        &mut self,
        fs: &mut FnState,
        v: ir::Value,
        t: TypeId,
        path: &[u32],
        f: u32,
    ) -> Option<ir::Value> {
        let mode = if self.is_aggregate(t) {
            Mode::Mem(v)
        } else {
            Mode::Value(v)
        };
        let recv = self.apply_path(
            fs,
            Operand {
                mode,
                ty: t,
                expr: None,
            },
            path,
            None,
        );
        let rv = self.receiver_value(fs, None, &recv, f)?;
        let st = self.basic(Basic::String);
        let st = self.ir_type(st);
        let target = self.funcs[f as usize].ir;
        let call = fs.b.ins(ir::Op::Call(target, vec![rv]), &[st]);
        Some(fs.b.func.insts[call].results[0])
    }

    /// Writes `panic: ` and a panic value to standard error as Go's
    /// runtime prints it: an error's `Error()`, a Stringer's `String()`,
    /// basic values as they are (`main.T(5)` for a named basic type).
    /// Returns false for values it cannot print yet.
    pub(crate) fn print_panic_value(&mut self, fs: &mut FnState, x: &Operand) -> bool {
        let fd = Fd::Stderr;
        let t = x.ty;
        let has_method = self.panic_method(t).is_some();
        if self.iface_methods(t).is_some() && !has_method {
            return false;
        }
        if !has_method && !matches!(self.tt.ukind(t), TypeKind::Basic(_)) {
            return false;
        }
        if has_method {
            let Some(s) = self.panic_value_string(fs, x) else {
                return false;
            };
            self.print_str(fs, fd, "panic: ");
            fs.b.ins(ir::Op::Print(fd, ir::PrintKind::Str, s), &[]);
            return true;
        }
        let Some(v) = self.value(fs, x) else {
            return false;
        };
        self.print_str(fs, fd, "panic: ");
        self.print_basic_panic_value(fs, v, t);
        true
    }

    /// The `Error` or `String` method Go's runtime calls on a panic value of
    /// type `t`: on an interface, its method set's; on a concrete type, its
    /// method (through embedded fields too).
    #[allow(clippy::type_complexity)]
    fn panic_method(&self, t: TypeId) -> Option<(String, Result<(Vec<u32>, u32), TypeId>)> {
        if let Some(ms) = self.iface_methods(t) {
            ["Error", "String"]
                .iter()
                .find_map(|n| {
                    ms.iter()
                        .find(|(m, _)| m == n)
                        .map(|(m, s)| (m.clone(), *s))
                })
                .map(|(m, s)| (m, Err(s)))
        } else {
            self.stringer(t)
                .map(|(path, f)| (String::new(), Ok((path, f))))
        }
    }

    /// The text Go's runtime prints for a panic value whose type has an
    /// `Error` or `String` method, or that is a plain string.
    pub(crate) fn panic_value_string(
        &mut self,
        fs: &mut FnState,
        x: &Operand,
    ) -> Option<ir::Value> {
        let t = x.ty;
        let st = self.basic(Basic::String);
        let sit = self.ir_type(st);
        match self.panic_method(t) {
            Some((name, Err(sig))) => {
                let v = self.value(fs, x)?;
                let f = self.dispatch_func(&name, sig);
                let call = fs.b.ins(ir::Op::Call(f, vec![v]), &[sit]);
                Some(fs.b.func.insts[call].results[0])
            }
            Some((_, Ok((path, f)))) => {
                let v = self.value(fs, x)?;
                self.call_string_method(fs, v, t, &path, f)
            }
            None if t == st => self.value(fs, x),
            None => None,
        }
    }

    /// A basic-typed panic value: as `print` prints it, inside `main.T(...)`
    /// for a named type (with the string quoted).
    pub(crate) fn print_basic_panic_value(&mut self, fs: &mut FnState, v: ir::Value, t: TypeId) {
        let fd = Fd::Stderr;
        let TypeKind::Basic(b) = self.tt.ukind(t).clone() else {
            return;
        };
        let named = self.tt.named_index(t).is_some();
        if named {
            let n = self.go_type_name(t);
            self.print_str(fs, fd, &format!("{n}("));
        }
        if b.is_string() && named {
            // Go quotes a named string type's value: main.S("x").
            self.print_str(fs, fd, "\"");
            fs.b.ins(ir::Op::Print(fd, ir::PrintKind::Str, v), &[]);
            self.print_str(fs, fd, "\"");
        } else {
            fs.b.ins(ir::Op::Print(fd, basic_print_kind(b), v), &[]);
        }
        if named {
            self.print_str(fs, fd, ")");
        }
    }

    /// The `print`/`println` builtins (to standard error).
    pub(crate) fn lower_builtin_print(&mut self, fs: &mut FnState, ops: &[Operand], newline: bool) {
        let fd = Fd::Stderr;
        for (i, op) in ops.iter().enumerate() {
            if i > 0 && newline {
                self.print_str(fs, fd, " ");
            }
            if let Mode::Nil = op.mode {
                self.print_str(fs, fd, "nil");
                continue;
            }
            let kind = match self.tt.ukind(op.ty) {
                TypeKind::Basic(b) => basic_print_kind(*b),
                TypeKind::Pointer(_) | TypeKind::Func(_) => ir::PrintKind::Pointer,
                // Go's runtime prints a slice as `[len/cap]0xaddr`.
                TypeKind::Slice(_) => {
                    let Some(v) = self.value(fs, op) else {
                        continue;
                    };
                    let it = self.ity(Basic::Int);
                    let (len, cap) = (
                        fs.b.ins1(ir::Op::SliceLen(v), it),
                        fs.b.ins1(ir::Op::SliceCap(v), it),
                    );
                    self.print_str(fs, fd, "[");
                    fs.b.ins(ir::Op::Print(fd, ir::PrintKind::Int, len), &[]);
                    self.print_str(fs, fd, "/");
                    fs.b.ins(ir::Op::Print(fd, ir::PrintKind::Int, cap), &[]);
                    self.print_str(fs, fd, "]");
                    fs.b.ins(ir::Op::Print(fd, ir::PrintKind::Pointer, v), &[]);
                    continue;
                }
                _ => {
                    let pos = op.expr.map(|e| self.pos_of(e)).unwrap_or_default();
                    let d = self.describe(op);
                    self.diags
                        .unsupported(pos, format!("printing {d} with print/println"));
                    continue;
                }
            };
            let Some(v) = self.value(fs, op) else {
                continue;
            };
            fs.b.ins(ir::Op::Print(fd, kind, v), &[]);
        }
        if newline {
            self.print_str(fs, fd, "\n");
        }
    }
}

fn basic_print_kind(b: Basic) -> ir::PrintKind {
    if b.is_bool() {
        ir::PrintKind::Bool
    } else if b.is_string() {
        ir::PrintKind::Str
    } else if b.is_float() {
        ir::PrintKind::FloatV
    } else if b.is_unsigned() {
        ir::PrintKind::Uint
    } else {
        ir::PrintKind::Int
    }
}

/// Renders an expression as Go's type checker quotes it in messages.
pub(crate) fn expr_string(pkg: &ast::Package, e: ExprId) -> String {
    let mut s = String::new();
    write_expr(pkg, e, &mut s);
    s
}

fn write_list(pkg: &ast::Package, es: &[ExprId], out: &mut String) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(pkg, *e, out);
    }
}

fn write_fields(pkg: &ast::Package, fields: &[ast::Field], sep: &str, out: &mut String) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
        if !names.is_empty() {
            out.push_str(&names.join(", "));
            out.push(' ');
        }
        write_expr(pkg, f.ty, out);
    }
}

fn write_sig(pkg: &ast::Package, ft: &ast::FuncType, out: &mut String) {
    out.push('(');
    write_fields(pkg, &ft.params, ", ", out);
    out.push(')');
    if !ft.results.is_empty() {
        out.push(' ');
        let paren = ft.results.len() > 1 || !ft.results[0].names.is_empty();
        if paren {
            out.push('(');
        }
        write_fields(pkg, &ft.results, ", ", out);
        if paren {
            out.push(')');
        }
    }
}

fn write_expr(pkg: &ast::Package, e: ExprId, out: &mut String) {
    match pkg.expr(e) {
        Expr::Bad(_) => out.push('_'),
        Expr::Ident(i) => out.push_str(&i.name),
        Expr::BasicLit { raw, .. } => out.push_str(raw),
        Expr::CompositeLit { ty, elems, .. } => {
            if let Some(t) = ty {
                write_expr(pkg, *t, out);
            }
            out.push_str(if elems.is_empty() { "{}" } else { "{…}" });
        }
        Expr::FuncLit { sig, .. } => {
            out.push_str("func");
            write_sig(pkg, sig, out);
            out.push_str(" {…}");
        }
        Expr::Paren { inner, .. } => {
            out.push('(');
            write_expr(pkg, *inner, out);
            out.push(')');
        }
        Expr::Selector { x, sel } => {
            write_expr(pkg, *x, out);
            out.push('.');
            out.push_str(&sel.name);
        }
        Expr::Index { x, indices, .. } => {
            write_expr(pkg, *x, out);
            out.push('[');
            write_list(pkg, indices, out);
            out.push(']');
        }
        Expr::Slice {
            x,
            lo,
            hi,
            max,
            three,
            ..
        } => {
            write_expr(pkg, *x, out);
            out.push('[');
            if let Some(l) = lo {
                write_expr(pkg, *l, out);
            }
            out.push(':');
            if let Some(h) = hi {
                write_expr(pkg, *h, out);
            }
            if *three {
                out.push(':');
                if let Some(m) = max {
                    write_expr(pkg, *m, out);
                }
            }
            out.push(']');
        }
        Expr::TypeAssert { x, ty, .. } => {
            write_expr(pkg, *x, out);
            out.push_str(".(");
            match ty {
                Some(t) => write_expr(pkg, *t, out),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        Expr::Call {
            func,
            args,
            ellipsis,
            ..
        } => {
            write_expr(pkg, *func, out);
            out.push('(');
            write_list(pkg, args, out);
            if ellipsis.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        Expr::Star { x, .. } => {
            out.push('*');
            write_expr(pkg, *x, out);
        }
        Expr::Unary { op, x, .. } => {
            out.push_str(op.as_str());
            write_expr(pkg, *x, out);
        }
        Expr::Binary { op, x, y, .. } => {
            write_expr(pkg, *x, out);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(pkg, *y, out);
        }
        Expr::ArrayType { len, elem, .. } => {
            out.push('[');
            if let Some(l) = len {
                write_expr(pkg, *l, out);
            }
            out.push(']');
            write_expr(pkg, *elem, out);
        }
        Expr::StructType { fields, .. } => {
            out.push_str("struct{");
            write_fields(pkg, fields, "; ", out);
            out.push('}');
        }
        Expr::FuncType(ft) => {
            out.push_str("func");
            write_sig(pkg, ft, out);
        }
        Expr::InterfaceType { elems, .. } => {
            out.push_str("interface{");
            write_fields(pkg, elems, "; ", out);
            out.push('}');
        }
        Expr::MapType { key, value, .. } => {
            out.push_str("map[");
            write_expr(pkg, *key, out);
            out.push(']');
            write_expr(pkg, *value, out);
        }
        Expr::ChanType { dir, elem, .. } => {
            out.push_str(match dir {
                ast::ChanDir::Both => "chan ",
                ast::ChanDir::Send => "chan<- ",
                ast::ChanDir::Recv => "<-chan ",
            });
            write_expr(pkg, *elem, out);
        }
        Expr::Ellipsis { elem, .. } => {
            out.push_str("...");
            if let Some(e) = elem {
                write_expr(pkg, *e, out);
            }
        }
        Expr::Tilde { x, .. } => {
            out.push('~');
            write_expr(pkg, *x, out);
        }
    }
}
