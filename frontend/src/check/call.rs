//! Calls: functions, methods (with Go's receiver adjustments), conversions,
//! builtins, and the standard-library functions the compiler knows.

use super::{Builtin, Checker, FnState, Mode, Operand, PkgFunc};
use crate::ast::{Expr, ExprId};
use crate::constant::ConstVal;
use crate::types::{Basic, TypeId, TypeKind};
use gowgc_ir as ir;
use num_traits::ToPrimitive;

impl Checker<'_> {
    pub(crate) fn call(&mut self, fs: &mut FnState, e: ExprId) -> Operand {
        let inv = self.invalid();
        let Expr::Call {
            func,
            args,
            ellipsis,
            rparen,
            ..
        } = self.expr(e).clone()
        else {
            unreachable!()
        };
        let fop = self.expr_op(fs, func);
        match fop.mode.clone() {
            Mode::Invalid => {
                for a in &args {
                    let _ = self.expr_op(fs, *a);
                }
                Operand::invalid(inv)
            }
            Mode::Type => {
                let shown = self.shown(&fop);
                self.conversion(fs, e, shown, &args)
            }
            Mode::Builtin(b) => self.builtin(fs, e, b, &args, ellipsis.is_some()),
            Mode::PkgFunc(f) => self.pkg_func(fs, e, f, &args, ellipsis.is_some()),
            Mode::Func(i) => {
                let info = self.funcs[i as usize].clone();
                let name = self.expr_text(func);
                let spelled = self.shown_sig(i);
                let argv = self.call_args(fs, &args, spelled, &name, rparen, ellipsis.is_some());
                let Some(argv) = argv else {
                    return Operand::invalid(inv);
                };
                self.emit_call(fs, e, info.ir, info.sig, argv)
            }
            Mode::IfaceMethod(x, name, sig) => {
                let f = self.dispatch_func(&name, sig);
                let text = self.expr_text(func);
                let Some(xv) = self.value(fs, &x) else {
                    return Operand::invalid(inv);
                };
                let argv = self.call_args(fs, &args, sig, &text, rparen, ellipsis.is_some());
                let Some(mut argv) = argv else {
                    return Operand::invalid(inv);
                };
                argv.insert(0, xv);
                self.emit_call_op(fs, e, sig, ir::Op::Call(f, argv))
            }
            Mode::Method(recv, i) => {
                let info = self.funcs[i as usize].clone();
                let name = self.expr_text(func);
                let Some(rv) = self.receiver_value(fs, Some(func), &recv, i) else {
                    return Operand::invalid(inv);
                };
                let spelled = self.shown_sig(i);
                let argv = self.call_args(fs, &args, spelled, &name, rparen, ellipsis.is_some());
                let Some(mut argv) = argv else {
                    return Operand::invalid(inv);
                };
                argv.insert(0, rv);
                self.emit_call(fs, e, info.ir, info.sig, argv)
            }
            _ => {
                let fop = self.single_value(fs, fop);
                if fop.is_invalid() {
                    return fop;
                }
                if let TypeKind::Func(_) = self.tt.ukind(fop.ty) {
                    let name = self.expr_text(func);
                    let sig = self.tt.under(fop.ty);
                    let f = self.value(fs, &fop).unwrap();
                    let spelled = self.shown_target(func, sig);
                    let argv =
                        self.call_args(fs, &args, spelled, &name, rparen, ellipsis.is_some());
                    let Some(argv) = argv else {
                        return Operand::invalid(inv);
                    };
                    return self.emit_call_op(fs, e, sig, ir::Op::CallClosure(f, argv));
                }
                let d = self.describe(&fop);
                let tn = self.tt.display(fop.ty);
                let pos = self.pos_of(e);
                self.error(
                    pos,
                    format!("invalid operation: cannot call {d}: {tn} is not a function"),
                );
                Operand::invalid(inv)
            }
        }
    }

    /// The receiver argument for a method call, adjusted to the method's
    /// receiver kind (`&x` for pointer methods on addressable values, `*p`
    /// for value methods on pointers).
    pub(crate) fn receiver_value(
        &mut self,
        fs: &mut FnState,
        func: Option<ExprId>,
        recv: &Operand,
        fi: u32,
    ) -> Option<ir::Value> {
        let want = self.funcs[fi as usize].recv?;
        let want_ptr = matches!(self.tt.kind(want), TypeKind::Pointer(_));
        let have_ptr = matches!(self.tt.kind(recv.ty), TypeKind::Pointer(_));
        match (want_ptr, have_ptr) {
            (true, true) => self.value(fs, recv),
            (true, false) => match recv.mode {
                Mode::Mem(p) => Some(p),
                _ => {
                    let func = func?;
                    let pos = match self.expr(func) {
                        Expr::Selector { sel, .. } => sel.pos,
                        _ => self.pos_of(func),
                    };
                    let name = match self.expr(func) {
                        Expr::Selector { sel, .. } => sel.name.clone(),
                        _ => String::new(),
                    };
                    let tn = self.tt.display(recv.ty);
                    self.error(pos, format!("cannot call pointer method {name} on {tn}"));
                    None
                }
            },
            (false, true) => {
                let p = self.value(fs, recv)?;
                let elem = match self.tt.kind(recv.ty) {
                    TypeKind::Pointer(e) => *e,
                    _ => return None,
                };
                if self.is_aggregate(elem) {
                    Some(self.copy_aggregate(fs, elem, p))
                } else {
                    let it = self.ir_type(elem);
                    Some(fs.b.ins1(ir::Op::Load(p), it))
                }
            }
            (false, false) => self.arg_value(fs, recv),
        }
    }

    /// A value passed by value: aggregates are copied.
    pub(crate) fn arg_value(&mut self, fs: &mut FnState, op: &Operand) -> Option<ir::Value> {
        let v = self.value(fs, op)?;
        if self.is_aggregate(op.ty) {
            Some(self.copy_aggregate(fs, op.ty, v))
        } else {
            Some(v)
        }
    }

    /// Checks arguments against a signature (which may be spelled, see
    /// `shown`); returns their IR values.
    pub(crate) fn call_args(
        &mut self,
        fs: &mut FnState,
        args: &[ExprId],
        spelled: TypeId,
        name: &str,
        rparen: crate::pos::Pos,
        spread: bool,
    ) -> Option<Vec<ir::Value>> {
        let TypeKind::Func(shown) = self.tt.kind(spelled).clone() else {
            return None;
        };
        let TypeKind::Func(sig) = self.tt.kind(self.tt.canon(spelled)).clone() else {
            return None;
        };
        let ops = self.arg_operands(fs, args)?;
        let np = sig.params.len();
        let fixed = if sig.variadic { np - 1 } else { np };
        let too_few = if sig.variadic && !spread {
            ops.len() < fixed
        } else {
            ops.len() < np
        };
        let too_many = if sig.variadic && !spread {
            false
        } else {
            ops.len() > np
        };
        if too_few || too_many {
            let have: Vec<String> = ops.iter().map(|o| self.arg_type_name(o)).collect();
            // `want` lists the parameter types without their names.
            let want = self.tt.sig_string(&crate::types::Signature {
                params: shown.params.clone(),
                variadic: shown.variadic,
                ..Default::default()
            });
            let (pos, what) = if too_few {
                let last = args.last().map(|a| self.pos_of(*a));
                (last.unwrap_or(rparen), "not enough")
            } else {
                (
                    ops[np].expr.map(|e| self.pos_of(e)).unwrap_or(rparen),
                    "too many",
                )
            };
            let have = have.join(", ");
            self.error(
                pos,
                format!("{what} arguments in call to {name}\n\thave ({have})\n\twant {want}"),
            );
            return None;
        }
        let ctx = format!("argument to {name}");
        let mut out = Vec::new();
        let mut ok = true;
        for (i, op) in ops.iter().enumerate() {
            let pt_shown = if sig.variadic && i >= fixed && !spread {
                match self.tt.kind(shown.params[np - 1]) {
                    TypeKind::Slice(e) => *e,
                    _ => shown.params[np - 1],
                }
            } else {
                shown.params[i]
            };
            let pt = self.tt.canon(pt_shown);
            match self.assign_op(op.clone(), pt_shown, &ctx) {
                Some(op) => {
                    if sig.variadic && i >= fixed && !spread {
                        out.push((Some(pt), op));
                    } else {
                        out.push((None, op));
                    }
                }
                None => ok = false,
            }
        }
        if !ok {
            return None;
        }
        let mut vals = Vec::new();
        let mut extra = Vec::new();
        for (vt, op) in &out {
            if vt.is_some() {
                extra.push(op.clone());
            } else {
                vals.push(self.arg_value(fs, op)?);
            }
        }
        if sig.variadic && !spread {
            let st = sig.params[np - 1];
            let v = self.build_slice(fs, st, &extra)?;
            vals.push(v);
        }
        Some(vals)
    }

    /// An operand's type in a `have (...)` list: types2 calls untyped
    /// numbers `number` and drops `untyped` from the other kinds.
    pub(crate) fn arg_type_name(&self, o: &Operand) -> String {
        match self.tt.basic_of(o.ty) {
            Some(b) if b.is_untyped() && b.is_numeric() => "number".into(),
            Some(b) if b.is_untyped() => b.name().trim_start_matches("untyped ").into(),
            _ => self.shown_name(o),
        }
    }

    /// Evaluates call arguments, spreading a single multi-value call.
    pub(crate) fn arg_operands(
        &mut self,
        fs: &mut FnState,
        args: &[ExprId],
    ) -> Option<Vec<Operand>> {
        if args.len() == 1 {
            let op = self.expr_op(fs, args[0]);
            if let Mode::Tuple(vs) = &op.mode {
                let TypeKind::Tuple(ts) = self.tt.kind(op.ty).clone() else {
                    return None;
                };
                return Some(
                    vs.iter()
                        .zip(ts)
                        .map(|(v, t)| Operand {
                            mode: Mode::Value(*v),
                            ty: t,
                            expr: op.expr,
                        })
                        .collect(),
                );
            }
            let op = self.single_value(fs, op);
            return if op.is_invalid() {
                None
            } else {
                Some(vec![op])
            };
        }
        let mut out = Vec::new();
        let mut ok = true;
        for &a in args {
            let op = self.rvalue(fs, a);
            ok &= !op.is_invalid();
            out.push(op);
        }
        ok.then_some(out)
    }

    /// A new slice of type `st` holding `elems` (already of the element type).
    pub(crate) fn build_slice(
        &mut self,
        fs: &mut FnState,
        st: TypeId,
        elems: &[Operand],
    ) -> Option<ir::Value> {
        let it = self.ir_type(st);
        let int = self.basic(Basic::Int);
        let n = self.emit_const(fs, &ConstVal::int(elems.len() as i64), int);
        if elems.is_empty() {
            return Some(fs.b.ins1(ir::Op::Nil, it));
        }
        let s = fs.b.ins1(ir::Op::MakeSlice(n, n), it);
        let TypeKind::Slice(et) = self.tt.ukind(st).clone() else {
            return None;
        };
        let pt = self.ir_ptr(et);
        for (i, op) in elems.iter().enumerate() {
            let iv = self.emit_const(fs, &ConstVal::int(i as i64), int);
            let p = fs.b.ins1(ir::Op::SliceIndexAddr(s, iv), pt);
            self.store_to(fs, p, et, op);
        }
        Some(s)
    }

    fn emit_call(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
        f: ir::FuncId,
        sig: TypeId,
        args: Vec<ir::Value>,
    ) -> Operand {
        self.emit_call_op(fs, e, sig, ir::Op::Call(f, args))
    }

    /// Emits a call instruction (`Call` or `CallClosure`) with the results of
    /// signature `sig`, and wraps them as an operand.
    pub(crate) fn emit_call_op(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
        sig: TypeId,
        op: ir::Op,
    ) -> Operand {
        let TypeKind::Func(sig) = self.tt.kind(sig).clone() else {
            unreachable!()
        };
        let rts: Vec<ir::Type> = sig.results.iter().map(|t| self.ir_param_type(*t)).collect();
        let inst = fs.b.ins(op, &rts);
        let results = fs.b.func.insts[inst].results.clone();
        match results.len() {
            0 => Operand {
                mode: Mode::NoValue,
                ty: self.invalid(),
                expr: Some(e),
            },
            1 => Operand {
                mode: Mode::Value(results[0]),
                ty: sig.results[0],
                expr: Some(e),
            },
            _ => {
                let t = self.tt.intern(TypeKind::Tuple(sig.results.clone()));
                Operand {
                    mode: Mode::Tuple(results),
                    ty: t,
                    expr: Some(e),
                }
            }
        }
    }

    /// `T(x)`; `T` may be spelled (see `shown`).
    fn conversion(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
        spelled: TypeId,
        args: &[ExprId],
    ) -> Operand {
        let inv = self.invalid();
        let pos = self.pos_of(e);
        let t = self.tt.canon(spelled);
        if args.len() != 1 {
            let tn = self.tt.display(spelled);
            let msg = if args.is_empty() {
                "missing argument in conversion to "
            } else {
                "too many arguments in conversion to "
            };
            self.error(pos, format!("{msg}{tn}"));
            return Operand::invalid(inv);
        }
        let x = self.rvalue(fs, args[0]);
        if x.is_invalid() || self.tt.is_invalid(t) {
            return Operand::invalid(inv);
        }
        let tb = self.tt.basic_of(t);
        let xb = self.tt.basic_of(x.ty);
        let cannot = |c: &mut Self, x: &Operand, why: &str| {
            let d = c.describe(x);
            let tn = c.tt.display(spelled);
            let xpos = x.expr.map(|e| c.pos_of(e)).unwrap_or(pos);
            c.error(xpos, format!("cannot convert {d} to type {tn}{why}"));
            Operand::invalid(c.invalid())
        };
        // Constant conversions stay constant.
        if let Mode::Const(v) = &x.mode {
            if let (Some(tb), Some(xb)) = (tb, xb) {
                if tb.is_numeric() && xb.is_numeric() {
                    if tb.is_integer() && v.to_int().is_none() {
                        return cannot(self, &x, "");
                    }
                    return match v.represent(tb) {
                        Some(nv) => Operand {
                            mode: Mode::Const(nv),
                            ty: t,
                            expr: Some(e),
                        },
                        None => {
                            let tn = self.tt.display(spelled);
                            let xpos = x.expr.map(|e| self.pos_of(e)).unwrap_or(pos);
                            self.error(xpos, format!("constant {} overflows {tn}", v.display()));
                            Operand::invalid(inv)
                        }
                    };
                }
                if tb.is_string() && xb.is_string() {
                    return Operand {
                        mode: Mode::Const(v.clone()),
                        ty: t,
                        expr: Some(e),
                    };
                }
                if tb.is_bool() && xb.is_bool() {
                    return Operand {
                        mode: Mode::Const(v.clone()),
                        ty: t,
                        expr: Some(e),
                    };
                }
                if tb.is_string() && xb.is_integer() {
                    let r = v
                        .to_i64()
                        .and_then(|r| u32::try_from(r).ok())
                        .and_then(char::from_u32)
                        .unwrap_or('\u{FFFD}');
                    let s = r.to_string().into_bytes();
                    return Operand {
                        mode: Mode::Const(ConstVal::Str(s)),
                        ty: t,
                        expr: Some(e),
                    };
                }
            }
        }
        let xt = if self.tt.is_untyped(x.ty) {
            match (&x.mode, tb) {
                (Mode::Nil, _) => t,
                _ => self.default_type(x.ty),
            }
        } else {
            x.ty
        };
        if let Mode::Nil = x.mode {
            if self.nillable(t) {
                // `[]int(nil)`, `error(nil)`: a typed value, not untyped nil.
                let it = self.ir_type(t);
                let v = fs.b.ins1(ir::Op::Nil, it);
                return Operand {
                    mode: Mode::Value(v),
                    ty: t,
                    expr: Some(e),
                };
            }
            return cannot(self, &x, "");
        }
        // To an interface: exactly assignability.
        if let TypeKind::Interface(_) = self.tt.ukind(t) {
            return match self.assign_op(x, t, "conversion") {
                Some(mut op) => {
                    op.expr = Some(e);
                    op
                }
                None => Operand::invalid(inv),
            };
        }
        let v = self.value(fs, &x).unwrap();
        let it = self.ir_type(t);
        let (xu, tu) = (self.tt.under(xt), self.tt.under(t));
        let r = match (self.tt.kind(xu).clone(), self.tt.kind(tu).clone()) {
            _ if self.untagged_under(xu) == self.untagged_under(tu) => {
                if self.is_aggregate(t) {
                    self.copy_aggregate(fs, t, v)
                } else {
                    v
                }
            }
            (TypeKind::Pointer(a), TypeKind::Pointer(b))
                if self.untagged_under(a) == self.untagged_under(b) =>
            {
                v
            }
            (TypeKind::Basic(a), TypeKind::Basic(b)) if a.is_numeric() && b.is_numeric() => {
                let kind = match (a.is_float(), b.is_float()) {
                    (false, false) => ir::ConvertKind::IntToInt,
                    (false, true) => ir::ConvertKind::IntToFloat,
                    (true, false) => ir::ConvertKind::FloatToInt,
                    (true, true) => ir::ConvertKind::FloatToFloat,
                };
                if self.ir_type(xt) == it {
                    v
                } else {
                    fs.b.ins1(ir::Op::Convert(kind, v), it)
                }
            }
            (TypeKind::Basic(a), TypeKind::Basic(b)) if a.is_integer() && b.is_string() => {
                let v64 = self.widen_to_int64(fs, v, xt);
                fs.b.ins1(ir::Op::RuneToStr(v64), it)
            }
            (TypeKind::Slice(el), TypeKind::Basic(b))
                if b.is_string() && self.tt.basic_of(el) == Some(Basic::Uint8) =>
            {
                fs.b.ins1(ir::Op::BytesToStr(v), it)
            }
            (TypeKind::Basic(a), TypeKind::Slice(el))
                if a.is_string() && self.tt.basic_of(el) == Some(Basic::Uint8) =>
            {
                fs.b.ins1(ir::Op::StrToBytes(v), it)
            }
            (TypeKind::Slice(el), TypeKind::Basic(b))
                if b.is_string() && self.tt.basic_of(el) == Some(Basic::Int32) =>
            {
                let f = self.slicerunetostring();
                let call = fs.b.ins(ir::Op::Call(f, vec![v]), &[it]);
                fs.b.func.insts[call].results[0]
            }
            (TypeKind::Basic(a), TypeKind::Slice(el))
                if a.is_string() && self.tt.basic_of(el) == Some(Basic::Int32) =>
            {
                let f = self.stringtoslicerune();
                let call = fs.b.ins(ir::Op::Call(f, vec![v]), &[it]);
                fs.b.func.insts[call].results[0]
            }
            (TypeKind::Slice(a), TypeKind::Array(b, n)) if self.tt.identical(a, b) => {
                self.slice_to_array(fs, v, t, n)
            }
            (TypeKind::Slice(a), TypeKind::Pointer(p)) if matches!(self.tt.ukind(p), TypeKind::Array(b, _) if self.tt.identical(a, *b)) =>
            {
                self.diags
                    .unsupported(pos, "converting a slice to an array pointer");
                return Operand::invalid(inv);
            }
            _ => return cannot(self, &x, ""),
        };
        Operand {
            mode: Mode::Value(r),
            ty: t,
            expr: Some(e),
        }
    }

    fn pkg_func(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
        f: PkgFunc,
        args: &[ExprId],
        spread: bool,
    ) -> Operand {
        let inv = self.invalid();
        match f {
            PkgFunc::FmtPrintln | PkgFunc::FmtPrint if spread => {
                // fmt.Println(xs...): xs must be a []any.
                let any = self.tt.intern(TypeKind::Interface(vec![]));
                let any_slice = self.tt.intern(TypeKind::Slice(any));
                let name = if f == PkgFunc::FmtPrintln {
                    "fmt.Println"
                } else {
                    "fmt.Print"
                };
                if args.len() != 1 {
                    self.error(
                        self.pos_of(e),
                        "can only use ... with final argument in list",
                    );
                    return Operand::invalid(inv);
                }
                let x = self.rvalue(fs, args[0]);
                let Some(x) = self.assign_op(x, any_slice, &format!("argument to {name}")) else {
                    return Operand::invalid(inv);
                };
                self.lower_fmt_print_spread(fs, &x, f == PkgFunc::FmtPrintln);
                Operand {
                    mode: Mode::NoValue,
                    ty: inv,
                    expr: Some(e),
                }
            }
            PkgFunc::FmtPrintln | PkgFunc::FmtPrint => {
                let ctx = if f == PkgFunc::FmtPrintln {
                    "argument to fmt.Println"
                } else {
                    "argument to fmt.Print"
                };
                let Some(ops) = self.arg_operands_any(fs, args, ctx) else {
                    return Operand::invalid(inv);
                };
                self.lower_fmt_print(fs, &ops, f == PkgFunc::FmtPrintln);
                // fmt.Println returns (n int, err error); results unused here.
                Operand {
                    mode: Mode::NoValue,
                    ty: inv,
                    expr: Some(e),
                }
            }
            PkgFunc::OsExit => {
                let pos = self.pos_of(e);
                if args.len() != 1 {
                    self.error(pos, "wrong number of arguments in call to os.Exit");
                    return Operand::invalid(inv);
                }
                let op = self.rvalue(fs, args[0]);
                let int = self.basic(Basic::Int);
                let Some(op) = self.assign_op(op, int, "argument to os.Exit") else {
                    return Operand::invalid(inv);
                };
                let v = self.value(fs, &op).unwrap();
                fs.b.ins(ir::Op::Exit(v), &[]);
                Operand {
                    mode: Mode::NoValue,
                    ty: inv,
                    expr: Some(e),
                }
            }
        }
    }

    /// Arguments of `...any` functions: untyped constants take their default
    /// type.
    pub(crate) fn arg_operands_any(
        &mut self,
        fs: &mut FnState,
        args: &[ExprId],
        ctx: &str,
    ) -> Option<Vec<Operand>> {
        let ops = self.arg_operands(fs, args)?;
        let mut out = Vec::new();
        for op in ops {
            if let Mode::Nil = op.mode {
                out.push(op);
                continue;
            }
            if self.tt.is_untyped(op.ty) {
                let t = self.default_type(op.ty);
                out.push(self.assign_op(op, t, ctx)?);
            } else {
                out.push(op);
            }
        }
        Some(out)
    }

    fn builtin(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
        b: Builtin,
        args: &[ExprId],
        spread: bool,
    ) -> Operand {
        let inv = self.invalid();
        let pos = self.pos_of(e);
        let int = self.basic(Basic::Int);
        let name = format!("{b:?}").to_lowercase();
        let nargs = |c: &mut Self, lo: usize, hi: usize| -> bool {
            if args.len() < lo {
                let text = c.expr_text(e);
                c.error(
                    pos,
                    format!(
                        "invalid operation: not enough arguments for {text} (expected {lo}, found {})",
                        args.len()
                    ),
                );
                return false;
            }
            if args.len() > hi {
                let text = c.expr_text(e);
                c.error(
                    pos,
                    format!(
                        "invalid operation: too many arguments for {text} (expected {hi}, found {})",
                        args.len()
                    ),
                );
                return false;
            }
            true
        };
        match b {
            Builtin::Len | Builtin::Cap => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid(inv);
                }
                let x = self.rvalue(fs, args[0]);
                if x.is_invalid() {
                    return x;
                }
                let t = match self.tt.ukind(x.ty) {
                    TypeKind::Pointer(a) if matches!(self.tt.ukind(*a), TypeKind::Array(..)) => *a,
                    _ => x.ty,
                };
                match (self.tt.ukind(t).clone(), b) {
                    (TypeKind::Basic(bb), Builtin::Len) if bb.is_string() => {
                        if let Mode::Const(ConstVal::Str(s)) = &x.mode {
                            return Operand {
                                mode: Mode::Const(ConstVal::int(s.len() as i64)),
                                ty: int,
                                expr: Some(e),
                            };
                        }
                        let v = self.value(fs, &x).unwrap();
                        let it = self.ir_type(int);
                        let r = fs.b.ins1(ir::Op::StrLen(v), it);
                        Operand {
                            mode: Mode::Value(r),
                            ty: int,
                            expr: Some(e),
                        }
                    }
                    (TypeKind::Array(_, n), _) => Operand {
                        mode: Mode::Const(ConstVal::int(n as i64)),
                        ty: int,
                        expr: Some(e),
                    },
                    (TypeKind::Slice(_), _) => {
                        let v = self.value(fs, &x).unwrap();
                        let it = self.ir_type(int);
                        let op = if b == Builtin::Len {
                            ir::Op::SliceLen(v)
                        } else {
                            ir::Op::SliceCap(v)
                        };
                        let r = fs.b.ins1(op, it);
                        Operand {
                            mode: Mode::Value(r),
                            ty: int,
                            expr: Some(e),
                        }
                    }
                    (TypeKind::Map(..), Builtin::Len) => {
                        let m = self.value(fs, &x).unwrap();
                        let r = self.map_len(&mut fs.b, x.ty, m);
                        Operand {
                            mode: Mode::Value(r),
                            ty: int,
                            expr: Some(e),
                        }
                    }
                    (TypeKind::Chan(_), _) => {
                        self.diags.unsupported(pos, "channels");
                        Operand::invalid(inv)
                    }
                    _ => {
                        let d = self.describe(&x);
                        let xpos = self.pos_of(args[0]);
                        self.error(xpos, format!("invalid argument: {d} for built-in {name}"));
                        Operand::invalid(inv)
                    }
                }
            }
            Builtin::New => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid(inv);
                }
                let t = self.type_expr(Some(fs), args[0]);
                if self.tt.is_invalid(t) {
                    return Operand::invalid(inv);
                }
                let it = self.ir_type(t);
                let pt = self.tt.intern(TypeKind::Pointer(t));
                let ipt = self.ir_type(pt);
                let p = fs.b.ins1(ir::Op::Alloc(it), ipt);
                Operand {
                    mode: Mode::Value(p),
                    ty: pt,
                    expr: Some(e),
                }
            }
            Builtin::Make => self.builtin_make(fs, e, args),
            Builtin::Append => self.builtin_append(fs, e, args, spread),
            Builtin::Copy => {
                if !nargs(self, 2, 2) {
                    return Operand::invalid(inv);
                }
                let d = self.rvalue(fs, args[0]);
                let s = self.rvalue(fs, args[1]);
                if d.is_invalid() || s.is_invalid() {
                    return Operand::invalid(inv);
                }
                let TypeKind::Slice(de) = self.tt.ukind(d.ty).clone() else {
                    let dd = self.describe(&d);
                    self.error(
                        pos,
                        format!(
                            "invalid argument: copy expects slice arguments; found {dd} and {}",
                            self.describe(&s)
                        ),
                    );
                    return Operand::invalid(inv);
                };
                let dv = self.value(fs, &d).unwrap();
                let it = self.ir_type(int);
                if self.tt.is(s.ty, |b| b.is_string()) && self.tt.basic_of(de) == Some(Basic::Uint8)
                {
                    // copy(dst []byte, src string): through a byte slice view.
                    let bt = self.ir_type(d.ty);
                    let sv = self.value(fs, &s).unwrap();
                    let tmp = fs.b.ins1(ir::Op::StrToBytes(sv), bt);
                    let r = fs.b.ins1(ir::Op::CopySlice(dv, tmp), it);
                    return Operand {
                        mode: Mode::Value(r),
                        ty: int,
                        expr: Some(e),
                    };
                }
                let same = match self.tt.ukind(s.ty) {
                    TypeKind::Slice(se) => *se == de,
                    _ => false,
                };
                if !same {
                    let (dd, sd) = (self.describe(&d), self.describe(&s));
                    self.error(pos, format!("invalid argument: arguments to copy {dd} and {sd} have different element types"));
                    return Operand::invalid(inv);
                }
                let sv = self.value(fs, &s).unwrap();
                let r = fs.b.ins1(ir::Op::CopySlice(dv, sv), it);
                Operand {
                    mode: Mode::Value(r),
                    ty: int,
                    expr: Some(e),
                }
            }
            Builtin::Print | Builtin::Println => {
                let ctx = if b == Builtin::Println {
                    "argument to built-in println"
                } else {
                    "argument to built-in print"
                };
                let Some(ops) = self.arg_operands_any(fs, args, ctx) else {
                    return Operand::invalid(inv);
                };
                self.lower_builtin_print(fs, &ops, b == Builtin::Println);
                Operand {
                    mode: Mode::NoValue,
                    ty: inv,
                    expr: Some(e),
                }
            }
            Builtin::Panic => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid(inv);
                }
                let x = self.rvalue(fs, args[0]);
                if x.is_invalid() {
                    return x;
                }
                if self.unwinding() {
                    let any = self.tt.intern(TypeKind::Interface(vec![]));
                    let Some(x) = self.assign_op(x, any, "argument to panic") else {
                        return Operand::invalid(inv);
                    };
                    let Some(v) = self.value(fs, &x) else {
                        return Operand::invalid(inv);
                    };
                    self.call_rt_noreturn(fs, "gopanic", vec![v]);
                    return Operand {
                        mode: Mode::NoValue,
                        ty: inv,
                        expr: Some(e),
                    };
                }
                let plain_string =
                    self.tt.is(x.ty, |b| b.is_string()) && self.tt.named_index(x.ty).is_none();
                if let Mode::Nil = x.mode {
                    // Go panics with a *runtime.PanicNilError.
                    self.needs_runtime = true;
                    self.diags
                        .unsupported(pos, "panic(nil) without the runtime");
                    return Operand::invalid(inv);
                }
                if !plain_string {
                    let x = if self.tt.is_untyped(x.ty) {
                        let dt = self.default_type(x.ty);
                        let Some(x) = self.assign_op(x, dt, "argument to panic") else {
                            return Operand::invalid(inv);
                        };
                        x
                    } else {
                        x
                    };
                    if !self.print_panic_value(fs, &x) {
                        // Printing it needs the runtime's printpanicval:
                        // the program is checked again with the runtime.
                        self.needs_runtime = true;
                        let d = self.describe(&x);
                        self.diags.unsupported(pos, format!("panic with {d}"));
                        return Operand::invalid(inv);
                    }
                    fs.b.ins(ir::Op::Panic(ir::PanicKind::Printed, vec![]), &[]);
                    fs.b.unreachable();
                    return Operand {
                        mode: Mode::NoValue,
                        ty: inv,
                        expr: Some(e),
                    };
                }
                let st = self.basic(Basic::String);
                let x = self.assign_op(x, st, "argument to panic").unwrap();
                let v = self.value(fs, &x).unwrap();
                fs.b.ins(ir::Op::Panic(ir::PanicKind::Str, vec![v]), &[]);
                fs.b.unreachable();
                Operand {
                    mode: Mode::NoValue,
                    ty: inv,
                    expr: Some(e),
                }
            }
            Builtin::Min | Builtin::Max => self.builtin_minmax(fs, e, b, args),
            Builtin::Recover => {
                if !nargs(self, 0, 0) {
                    return Operand::invalid(inv);
                }
                self.lower_recover(fs, e)
            }
            Builtin::Delete | Builtin::Clear => {
                let want = if b == Builtin::Delete { 2 } else { 1 };
                if !nargs(self, want, want) {
                    return Operand::invalid(inv);
                }
                let m = self.rvalue(fs, args[0]);
                if m.is_invalid() {
                    return m;
                }
                match (self.tt.ukind(m.ty).clone(), b) {
                    (TypeKind::Map(kt, _), Builtin::Delete) => {
                        let Some((mv, k)) =
                            self.map_operands_in(fs, &m, kt, args[1], "argument to delete")
                        else {
                            return Operand::invalid(inv);
                        };
                        self.map_delete_or_clear(&mut fs.b, m.ty, mv, Some(k));
                    }
                    (TypeKind::Map(..), _) => {
                        let mv = self.value(fs, &m).unwrap();
                        self.map_delete_or_clear(&mut fs.b, m.ty, mv, None);
                    }
                    (TypeKind::Slice(et), Builtin::Clear) => {
                        // clear(s): zero every element.
                        let sv = self.value(fs, &m).unwrap();
                        let int_t = self.basic(Basic::Int);
                        let it = self.ir_type(int_t);
                        let n = fs.b.ins1(ir::Op::SliceLen(sv), it);
                        let bool_t = self.basic(Basic::Bool);
                        let bt = self.ir_type(bool_t);
                        let pt = self.ir_ptr(et);
                        let agg = self.is_aggregate(et);
                        let eit = self.ir_type(et);
                        super::rtfuncs::counted_loop(&mut fs.b, n, bt, |b, iv| {
                            let p = b.ins1(ir::Op::SliceIndexAddr(sv, iv), pt);
                            if agg {
                                b.ins(ir::Op::Zero(p), &[]);
                            } else {
                                let z = super::maps::zero_of(b, &self.module.types, eit);
                                b.ins(ir::Op::Store(p, z), &[]);
                            }
                        });
                    }
                    _ => {
                        let d = self.describe(&m);
                        let what = if b == Builtin::Delete {
                            "is not a map"
                        } else {
                            "must be a map or slice"
                        };
                        self.error(
                            self.pos_of(args[0]),
                            format!("invalid argument: {d} {what}"),
                        );
                        return Operand::invalid(inv);
                    }
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: inv,
                    expr: Some(e),
                }
            }
            _ => {
                self.diags.unsupported(pos, format!("built-in {name}"));
                Operand::invalid(inv)
            }
        }
    }

    fn builtin_make(&mut self, fs: &mut FnState, e: ExprId, args: &[ExprId]) -> Operand {
        let inv = self.invalid();
        let pos = self.pos_of(e);
        if args.is_empty() {
            self.error(
                pos,
                "invalid operation: not enough arguments for make() (expected 1, found 0)",
            );
            return Operand::invalid(inv);
        }
        let t = self.type_expr(Some(fs), args[0]);
        if self.tt.is_invalid(t) {
            return Operand::invalid(inv);
        }
        match self.tt.ukind(t) {
            TypeKind::Slice(_) => {}
            TypeKind::Map(kt, _) => {
                let kt = *kt;
                if !self.hashable(kt) {
                    let tn = self.tt.display(kt);
                    self.diags
                        .unsupported(pos, format!("map keys of type {tn}"));
                    return Operand::invalid(inv);
                }
                let int = self.basic(Basic::Int);
                let hint = match args.get(1) {
                    Some(&h) => {
                        let op = self.rvalue(fs, h);
                        let Some(op) = self.assign_op(op, int, "argument to make") else {
                            return Operand::invalid(inv);
                        };
                        let v = self.value(fs, &op).unwrap();
                        self.widen_to_int64(fs, v, op.ty)
                    }
                    None => {
                        let it = self.ir_type(int);
                        fs.b.ins1(ir::Op::Iconst(0), it)
                    }
                };
                let m = self.map_new(&mut fs.b, t, hint);
                return Operand {
                    mode: Mode::Value(m),
                    ty: t,
                    expr: Some(e),
                };
            }
            TypeKind::Chan(_) => {
                self.diags.unsupported(pos, "channels");
                return Operand::invalid(inv);
            }
            _ => {
                let text = self.expr_text(args[0]);
                self.error(
                    self.pos_of(args[0]),
                    format!(
                        "invalid argument: cannot make {text}; type must be slice, map, or channel"
                    ),
                );
                return Operand::invalid(inv);
            }
        }
        if args.len() < 2 || args.len() > 3 {
            let text = self.expr_text(e);
            let msg = if args.len() < 2 {
                "not enough"
            } else {
                "too many"
            };
            self.error(
                pos,
                format!(
                    "invalid operation: {text} expects 2 or 3 arguments; found {}",
                    args.len()
                )
                .replace("__", msg),
            );
            return Operand::invalid(inv);
        }
        let mut consts = Vec::new();
        let mut vals = Vec::new();
        for &a in &args[1..] {
            let op = self.rvalue(fs, a);
            if op.is_invalid() {
                return op;
            }
            if let Mode::Const(v) = &op.mode {
                match v.to_int() {
                    Some(i) if i.sign() == num_bigint::Sign::Minus => {
                        let text = self.expr_text(a);
                        self.error(self.pos_of(a), format!("invalid argument: index {text} (constant of type int) must not be negative"));
                        return Operand::invalid(inv);
                    }
                    Some(i) => consts.push(i.to_i64()),
                    None => {
                        let d = self.describe(&op);
                        self.error(self.pos_of(a), format!("{d} truncated to int"));
                        return Operand::invalid(inv);
                    }
                }
            } else if !self.tt.is(op.ty, |b| b.is_integer()) {
                let d = self.describe(&op);
                self.error(self.pos_of(a), format!("cannot convert {d} to type int"));
                return Operand::invalid(inv);
            }
            vals.push(op);
        }
        if consts.len() == 2 && consts[0] > consts[1] {
            let text = self.expr_text(args[1]);
            let ctext = self.expr_text(args[2]);
            self.error(
                self.pos_of(args[1]),
                "invalid argument: length and capacity swapped".to_string(),
            );
            let _ = (text, ctext);
            return Operand::invalid(inv);
        }
        let int = self.basic(Basic::Int);
        let mut ivs = Vec::new();
        for op in &vals {
            let op = if self.tt.is_untyped(op.ty) {
                self.assign_op(op.clone(), int, "argument to make").unwrap()
            } else {
                op.clone()
            };
            let v = self.value(fs, &op).unwrap();
            ivs.push(self.widen_to_int64(fs, v, op.ty));
        }
        let len = ivs[0];
        let cap = *ivs.get(1).unwrap_or(&len);
        let it = self.ir_type(t);
        let s = fs.b.ins1(ir::Op::MakeSlice(len, cap), it);
        Operand {
            mode: Mode::Value(s),
            ty: t,
            expr: Some(e),
        }
    }

    fn builtin_append(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
        args: &[ExprId],
        spread: bool,
    ) -> Operand {
        let inv = self.invalid();
        let pos = self.pos_of(e);
        if args.is_empty() {
            self.error(
                pos,
                "invalid operation: not enough arguments for append() (expected 1, found 0)",
            );
            return Operand::invalid(inv);
        }
        let s = self.rvalue(fs, args[0]);
        if s.is_invalid() {
            return s;
        }
        let st = if let Mode::Nil = s.mode {
            self.error(
                self.pos_of(args[0]),
                "first argument to append must be a typed slice; found untyped nil",
            );
            return Operand::invalid(inv);
        } else {
            s.ty
        };
        let TypeKind::Slice(et) = self.tt.ukind(st).clone() else {
            let d = self.describe(&s);
            self.error(
                self.pos_of(args[0]),
                format!("invalid argument: {d} is not a slice"),
            );
            return Operand::invalid(inv);
        };
        let s_shown = self.shown(&s);
        let et_shown = match self.tt.kind(s_shown) {
            TypeKind::Slice(e) => *e,
            _ => et,
        };
        let sv = self.value(fs, &s).unwrap();
        let it = self.ir_type(st);
        if spread {
            if args.len() != 2 {
                self.error(pos, "can only use ... with final argument in list");
                return Operand::invalid(inv);
            }
            let x = self.rvalue(fs, args[1]);
            if x.is_invalid() {
                return x;
            }
            if self.tt.is(x.ty, |b| b.is_string()) && self.tt.basic_of(et) == Some(Basic::Uint8) {
                let stt = self.basic(Basic::String);
                let x = self.assign_op(x, stt, "argument to append").unwrap();
                let xv = self.value(fs, &x).unwrap();
                let r = fs.b.ins1(ir::Op::AppendString(sv, xv), it);
                return Operand {
                    mode: Mode::Value(r),
                    ty: st,
                    expr: Some(e),
                };
            }
            let Some(x) = self.assign_op(x, s_shown, "argument to append") else {
                return Operand::invalid(inv);
            };
            let xv = self.value(fs, &x).unwrap();
            let r = fs.b.ins1(ir::Op::AppendSlice(sv, xv), it);
            return Operand {
                mode: Mode::Value(r),
                ty: st,
                expr: Some(e),
            };
        }
        let mut vals = Vec::new();
        for &a in &args[1..] {
            let x = self.rvalue(fs, a);
            let Some(x) = self.assign_op(x, et_shown, "argument to append") else {
                return Operand::invalid(inv);
            };
            let v = self.value(fs, &x).unwrap();
            vals.push(v);
        }
        if vals.is_empty() {
            return Operand {
                mode: Mode::Value(sv),
                ty: st,
                expr: Some(e),
            };
        }
        let r = fs.b.ins1(ir::Op::Append(sv, vals), it);
        Operand {
            mode: Mode::Value(r),
            ty: st,
            expr: Some(e),
        }
    }

    fn builtin_minmax(
        &mut self,
        fs: &mut FnState,
        e: ExprId,
        b: Builtin,
        args: &[ExprId],
    ) -> Operand {
        let inv = self.invalid();
        let pos = self.pos_of(e);
        if args.is_empty() {
            let name = if b == Builtin::Min { "min" } else { "max" };
            self.error(
                pos,
                format!(
                    "invalid operation: not enough arguments for {name}() (expected 1, found 0)"
                ),
            );
            return Operand::invalid(inv);
        }
        let mut ops = Vec::new();
        for &a in args {
            let op = self.rvalue(fs, a);
            if op.is_invalid() {
                return op;
            }
            ops.push(op);
        }
        // Each argument must match the ones before it (types2 reports the
        // first that does not): typed ones by type, untyped ones by kind.
        let mut acc = ops[0].ty;
        for o in &ops[1..] {
            let is_str = |c: &Self, t: TypeId| c.tt.is(t, |b| b.is_string());
            let clash = match (self.tt.is_untyped(acc), self.tt.is_untyped(o.ty)) {
                (false, false) => acc != o.ty,
                (true, true) => is_str(self, acc) != is_str(self, o.ty),
                _ => false,
            };
            if clash {
                let (pt, ot) = (self.tt.display(acc), self.tt.display(o.ty));
                let text = o.expr.map(|x| self.expr_text(x)).unwrap_or_default();
                let p = o.expr.map(|x| self.pos_of(x)).unwrap_or(pos);
                self.error(
                    p,
                    format!(
                        "invalid argument: mismatched types {pt} (previous argument) and {ot} (type of {text})"
                    ),
                );
                return Operand::invalid(inv);
            }
            // The running type: a typed argument's, else the larger untyped
            // kind (int < rune < float).
            let rank = |c: &Self, t: TypeId| match c.tt.basic_of(t) {
                Some(Basic::UntypedFloat) => 2,
                Some(Basic::UntypedRune) => 1,
                _ => 0,
            };
            if !self.tt.is_untyped(o.ty)
                || (self.tt.is_untyped(acc) && rank(self, o.ty) > rank(self, acc))
            {
                acc = o.ty;
            }
        }
        // Common type: the first typed operand's, else untyped.
        let t = ops.iter().find(|o| !self.tt.is_untyped(o.ty)).map(|o| o.ty);
        let t = match t {
            Some(t) => t,
            None => {
                // All constant: fold.
                let mut best = ops[0].clone();
                for o in &ops[1..] {
                    if let (Mode::Const(a), Mode::Const(c)) = (&best.mode, &o.mode) {
                        let (ra, rc) = (a.to_rat(), c.to_rat());
                        let take = match (ra, rc) {
                            (Some(ra), Some(rc)) => {
                                if b == Builtin::Min {
                                    rc < ra
                                } else {
                                    rc > ra
                                }
                            }
                            _ => match (a, c) {
                                (ConstVal::Str(x), ConstVal::Str(y)) => {
                                    if b == Builtin::Min {
                                        y < x
                                    } else {
                                        y > x
                                    }
                                }
                                _ => false,
                            },
                        };
                        if take {
                            best = o.clone();
                        }
                    }
                }
                best.expr = Some(e);
                return best;
            }
        };
        let ordered = self
            .tt
            .basic_of(t)
            .is_some_and(|bb| bb.is_integer() || bb.is_float() || bb.is_string());
        if !ordered {
            let d = self.describe(&ops[0]);
            self.error(pos, format!("invalid argument: {d} cannot be ordered"));
            return Operand::invalid(inv);
        }
        let mut vals = Vec::new();
        for o in ops {
            let Some(o) = self.assign_op(o, t, "argument") else {
                return Operand::invalid(inv);
            };
            vals.push(self.value(fs, &o).unwrap());
        }
        let it = self.ir_type(t);
        let bool_t = self.basic(Basic::Bool);
        let bt = self.ir_type(bool_t);
        let is_str = self.tt.is(t, |b| b.is_string());
        let mut acc = vals[0];
        for &v in &vals[1..] {
            let op = if b == Builtin::Min {
                ir::BinaryOp::Lt
            } else {
                ir::BinaryOp::Gt
            };
            let c = if is_str {
                fs.b.ins1(ir::Op::StrCmp(op, v, acc), bt)
            } else {
                fs.b.ins1(ir::Op::Binary(op, v, acc), bt)
            };
            let mut r = fs.b.ins1(ir::Op::Select(c, v, acc), it);
            if self.tt.is(t, |b| b.is_float()) {
                // Go: a NaN operand makes the result NaN; min(-0, 0) is -0
                // and max(-0, 0) is 0 (told apart by the sign of 1/x).
                let eq = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Eq, v, acc), bt);
                let one = fs.b.ins1(ir::Op::Fconst(1f64.to_bits()), it);
                let zero = fs.b.ins1(ir::Op::Fconst(0), it);
                let inv = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::FDiv, one, acc), it);
                let sop = if b == Builtin::Min {
                    ir::BinaryOp::Gt
                } else {
                    ir::BinaryOp::Lt
                };
                let sign = fs.b.ins1(ir::Op::Binary(sop, inv, zero), bt);
                let tie = fs.b.ins1(ir::Op::Select(sign, v, acc), it);
                r = fs.b.ins1(ir::Op::Select(eq, tie, r), it);
                let nan = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Ne, v, v), bt);
                r = fs.b.ins1(ir::Op::Select(nan, v, r), it);
            }
            acc = r;
        }
        Operand {
            mode: Mode::Value(acc),
            ty: t,
            expr: Some(e),
        }
    }
}

impl Checker<'_> {
    /// `[N]T(s)` (Go 1.20): a copy of the first N elements; Go's bounds
    /// panic (code 8) when the slice is shorter.
    fn slice_to_array(&mut self, fs: &mut FnState, s: ir::Value, t: TypeId, n: u64) -> ir::Value {
        let int = self.basic(Basic::Int);
        let it = self.ir_type(int);
        let bt = self.basic(Basic::Bool);
        let bt = self.ir_type(bt);
        let len = fs.b.ins1(ir::Op::SliceLen(s), it);
        let want = fs.b.ins1(ir::Op::Iconst(n as i64), it);
        let short = fs.b.ins1(ir::Op::Binary(ir::BinaryOp::Lt, len, want), bt);
        let (bad, ok) = (fs.b.create_block(), fs.b.create_block());
        fs.b.brif(short, bad, ok);
        fs.b.seal_block(bad);
        fs.b.seal_block(ok);
        fs.b.switch_to_block(bad);
        fs.b.ins(
            ir::Op::Panic(ir::PanicKind::Bounds(8), vec![want, len]),
            &[],
        );
        fs.b.unreachable();
        fs.b.switch_to_block(ok);
        let at = self.ir_type(t);
        let pt = self.ir_ptr(t);
        let p = fs.b.ins1(ir::Op::Alloc(at), pt);
        let TypeKind::Array(elem, _) = self.tt.ukind(t).clone() else {
            unreachable!()
        };
        let st = self.tt.intern(TypeKind::Slice(elem));
        let st = self.ir_type(st);
        let dst = fs.b.ins1(ir::Op::SliceArray(p, None, None, None), st);
        fs.b.ins1(ir::Op::CopySlice(dst, s), it);
        p
    }
}
