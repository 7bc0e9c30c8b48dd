//! Expressions as text for error messages, and their start positions.
//!
//! Some of Go's syntax errors quote source constructs (`cannot use
//! assignment x = 1 as value`); Go renders them with its syntax printer in
//! "short form", where function bodies and literal contents shrink to `{…}`.
//! This is that printer, for expressions only.

use super::Parser;
use crate::ast::{ChanDir, Expr, ExprId, Field, FuncType};
use crate::pos::Pos;

impl Parser<'_> {
    /// Position of the first token of `x` (Go's `syntax.StartPos`).
    pub(super) fn expr_start(&self, mut x: ExprId) -> Pos {
        loop {
            x = match self.expr_at(x) {
                Expr::Bad(p) => return *p,
                Expr::Ident(id) => return id.pos,
                Expr::BasicLit { pos, .. } => return *pos,
                Expr::CompositeLit { ty: Some(t), .. } => *t,
                Expr::CompositeLit { lbrace, .. } => return *lbrace,
                Expr::FuncLit { sig, .. } | Expr::FuncType(sig) => return sig.pos,
                Expr::Selector { x, .. }
                | Expr::Index { x, .. }
                | Expr::Slice { x, .. }
                | Expr::TypeAssert { x, .. }
                | Expr::Binary { x, .. } => *x,
                Expr::Call { func, .. } => *func,
                Expr::Paren { pos, .. }
                | Expr::Star { pos, .. }
                | Expr::Unary { pos, .. }
                | Expr::ArrayType { pos, .. }
                | Expr::StructType { pos, .. }
                | Expr::InterfaceType { pos, .. }
                | Expr::MapType { pos, .. }
                | Expr::ChanType { pos, .. }
                | Expr::Ellipsis { pos, .. }
                | Expr::Tilde { pos, .. } => return *pos,
            }
        }
    }

    /// `x` as Go's `syntax.String` prints it (short form).
    pub(super) fn expr_string(&self, x: ExprId) -> String {
        let mut s = String::new();
        self.write_expr(&mut s, x, 0);
        s
    }

    fn list_string(&self, s: &mut String, l: &[ExprId], depth: u32) {
        for (i, &x) in l.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            self.write_expr(s, x, depth);
        }
    }

    fn write_expr(&self, s: &mut String, x: ExprId, depth: u32) {
        if depth > 64 {
            s.push('…');
            return;
        }
        let d = depth + 1;
        match self.expr_at(x) {
            Expr::Bad(_) => s.push_str("<bad expr>"),
            Expr::Ident(id) => s.push_str(&id.name),
            Expr::BasicLit { raw, .. } => s.push_str(raw),
            Expr::CompositeLit { ty, elems, .. } => {
                if let Some(t) = ty {
                    self.write_expr(s, *t, d);
                }
                s.push_str(if elems.is_empty() { "{}" } else { "{…}" });
            }
            Expr::FuncLit { sig, body } => {
                self.write_sig(s, sig, d);
                s.push_str(if body.stmts.is_empty() {
                    " {}"
                } else {
                    " {…}"
                });
            }
            Expr::Paren { inner, .. } => {
                s.push('(');
                self.write_expr(s, *inner, d);
                s.push(')');
            }
            Expr::Selector { x, sel } => {
                self.write_expr(s, *x, d);
                s.push('.');
                s.push_str(&sel.name);
            }
            Expr::Index { x, indices, .. } => {
                self.write_expr(s, *x, d);
                s.push('[');
                self.list_string(s, indices, d);
                s.push(']');
            }
            Expr::Slice { x, lo, hi, max, .. } => {
                self.write_expr(s, *x, d);
                s.push('[');
                if let Some(e) = lo {
                    self.write_expr(s, *e, d);
                }
                s.push(':');
                if let Some(e) = hi {
                    self.write_expr(s, *e, d);
                }
                if let Some(e) = max {
                    s.push(':');
                    self.write_expr(s, *e, d);
                }
                s.push(']');
            }
            Expr::TypeAssert { x, ty, .. } => {
                self.write_expr(s, *x, d);
                s.push_str(".(");
                match ty {
                    Some(t) => self.write_expr(s, *t, d),
                    None => s.push_str("type"),
                }
                s.push(')');
            }
            Expr::Call {
                func,
                args,
                ellipsis,
                ..
            } => {
                self.write_expr(s, *func, d);
                s.push('(');
                self.list_string(s, args, d);
                if ellipsis.is_some() {
                    s.push_str("...");
                }
                s.push(')');
            }
            Expr::Star { x, .. } => {
                s.push('*');
                self.write_expr(s, *x, d);
            }
            Expr::Unary { op, x, .. } => {
                s.push_str(op.as_str());
                self.write_expr(s, *x, d);
            }
            Expr::Binary { op, x, y, .. } => {
                self.write_expr(s, *x, d);
                s.push(' ');
                s.push_str(op.as_str());
                s.push(' ');
                self.write_expr(s, *y, d);
            }
            Expr::ArrayType { len, elem, .. } => {
                s.push('[');
                if let Some(l) = len {
                    self.write_expr(s, *l, d);
                }
                s.push(']');
                self.write_expr(s, *elem, d);
            }
            Expr::StructType { fields, .. } => {
                s.push_str("struct{");
                self.write_fields(s, fields, "; ", d);
                s.push('}');
            }
            Expr::FuncType(sig) => self.write_sig(s, sig, d),
            Expr::InterfaceType { elems, .. } => {
                s.push_str("interface{");
                for (i, f) in elems.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    match (f.names.first(), self.expr_at(f.ty)) {
                        (Some(n), Expr::FuncType(sig)) => {
                            s.push_str(&n.name);
                            self.write_params(s, sig, d);
                        }
                        _ => self.write_expr(s, f.ty, d),
                    }
                }
                s.push('}');
            }
            Expr::MapType { key, value, .. } => {
                s.push_str("map[");
                self.write_expr(s, *key, d);
                s.push(']');
                self.write_expr(s, *value, d);
            }
            Expr::ChanType { dir, elem, .. } => {
                s.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                let paren = *dir == ChanDir::Both
                    && matches!(
                        self.expr_at(*elem),
                        Expr::ChanType {
                            dir: ChanDir::Recv,
                            ..
                        }
                    );
                if paren {
                    s.push('(');
                }
                self.write_expr(s, *elem, d);
                if paren {
                    s.push(')');
                }
            }
            Expr::Ellipsis { elem, .. } => {
                s.push_str("...");
                if let Some(e) = elem {
                    self.write_expr(s, *e, d);
                }
            }
            Expr::Tilde { x, .. } => {
                s.push('~');
                self.write_expr(s, *x, d);
            }
        }
    }

    fn write_fields(&self, s: &mut String, fields: &[Field], sep: &str, d: u32) {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                s.push_str(sep);
            }
            let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
            if !names.is_empty() {
                s.push_str(&names.join(", "));
                s.push(' ');
            }
            self.write_expr(s, f.ty, d);
        }
    }

    fn write_sig(&self, s: &mut String, sig: &FuncType, d: u32) {
        s.push_str("func");
        self.write_params(s, sig, d);
    }

    fn write_params(&self, s: &mut String, sig: &FuncType, d: u32) {
        s.push('(');
        self.write_fields(s, &sig.params, ", ", d);
        s.push(')');
        match sig.results.as_slice() {
            [] => {}
            [f] if f.names.is_empty() => {
                s.push(' ');
                self.write_expr(s, f.ty, d);
            }
            rs => {
                s.push_str(" (");
                self.write_fields(s, rs, ", ", d);
                s.push(')');
            }
        }
    }
}
