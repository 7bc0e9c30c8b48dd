//! Package-level variables whose initializer has no side effects get an
//! initializer function of their own, so that dead code removal can drop
//! the variable when nothing reads it (see `gowgc_ir::dce`).
//!
//! Go must run every initializer, but one that cannot print, panic, write
//! memory other than what it allocates, or loop is unobservable when its
//! variable is never read. The test is syntactic and conservative:
//! literals, identifiers, qualified identifiers, composite and function
//! literals, conversions, `&`, the unary operators, the binary operators
//! that cannot trap (division, remainder and shifts only between
//! constants), and calls of `errors.New`. Anything else (a call, an index that could be
//! out of range, a dereference) keeps the initializer in the entry.

use super::{Checker, FnState, Obj, Storage};
use crate::ast::{BinOp, Expr, ExprId, UnOp, ValueSpec};
use gowgc_ir as ir;

impl Checker<'_> {
    /// Whether evaluating `e` has no observable effect.
    fn pure_expr(&self, e: ExprId) -> bool {
        match self.pkg.expr(e) {
            Expr::BasicLit { .. } | Expr::Ident(_) | Expr::FuncLit { .. } => true,
            Expr::Paren { inner, .. } => self.pure_expr(*inner),
            Expr::Selector { x, .. } => self.is_package(*x),
            Expr::CompositeLit { elems, .. } => elems
                .iter()
                .all(|k| k.key.is_none_or(|k| self.pure_expr(k)) && self.pure_expr(k.value)),
            Expr::Unary { op, x, .. } => !matches!(op, UnOp::Recv) && self.pure_expr(*x),
            Expr::Binary { op, x, y, .. } => {
                let traps = matches!(op, BinOp::Div | BinOp::Rem | BinOp::Shl | BinOp::Shr);
                (!traps || self.is_constant(*x) && self.is_constant(*y))
                    && self.pure_expr(*x)
                    && self.pure_expr(*y)
            }
            Expr::Call {
                func,
                args,
                ellipsis: None,
                ..
            } => {
                (self.is_conversion(*func) || self.is_errors_new(*func))
                    && args.iter().all(|&a| self.pure_expr(a))
            }
            _ => false,
        }
    }

    /// A constant expression (folded by the checker: it cannot trap).
    fn is_constant(&self, e: ExprId) -> bool {
        match self.pkg.expr(e) {
            Expr::BasicLit { .. } => true,
            Expr::Ident(id) => self
                .lookup(None, &id.name)
                .is_some_and(|o| matches!(self.objs[o.0 as usize], Obj::Const(_))),
            Expr::Paren { inner, .. } => self.is_constant(*inner),
            Expr::Unary { op, x, .. } => {
                !matches!(op, UnOp::Addr | UnOp::Recv) && self.is_constant(*x)
            }
            Expr::Binary { x, y, .. } => self.is_constant(*x) && self.is_constant(*y),
            _ => false,
        }
    }

    fn is_package(&self, e: ExprId) -> bool {
        match self.pkg.expr(e) {
            Expr::Ident(id) => self
                .lookup(None, &id.name)
                .is_some_and(|o| matches!(self.objs[o.0 as usize], Obj::Package { .. })),
            _ => false,
        }
    }

    /// `T(x)` for a type `T` named by an identifier or a type literal.
    fn is_conversion(&self, f: ExprId) -> bool {
        match self.pkg.expr(f) {
            Expr::Paren { inner, .. } => self.is_conversion(*inner),
            Expr::Ident(id) => self
                .lookup(None, &id.name)
                .is_some_and(|o| matches!(self.objs[o.0 as usize], Obj::TypeName(_))),
            Expr::ArrayType { .. }
            | Expr::StructType { .. }
            | Expr::FuncType(_)
            | Expr::InterfaceType { .. } => true,
            _ => false,
        }
    }

    fn is_errors_new(&self, f: ExprId) -> bool {
        match self.pkg.expr(f) {
            Expr::Selector { x, sel } => {
                sel.name == "New"
                    && self.is_package(*x)
                    && matches!(self.pkg.expr(*x), Expr::Ident(id) if id.name == "errors")
            }
            _ => false,
        }
    }

    /// Whether `spec`'s initializer may go into a droppable function.
    pub(crate) fn pure_var_spec(&self, spec: &ValueSpec) -> bool {
        !spec.values.is_empty()
            && spec.values.len() == spec.names.len()
            && spec.values.iter().all(|&v| self.pure_expr(v))
    }

    /// Lowers `spec` into an initializer function of its own, called from
    /// the entry being built in `fs`, and records it as pure.
    pub(crate) fn pure_var_init(&mut self, fs: &mut FnState, spec: &ValueSpec) {
        let name = self.qualified(&format!("init.{}", spec.names[0].name));
        let mut func = ir::Function::new(name, ir::Signature::default());
        {
            let mut ifs = self.new_fn_state(&mut func, None);
            self.global_var_spec(&mut ifs, spec);
            ifs.b.ret(vec![]);
            ifs.b.finish();
        }
        let id = self.module.funcs.push(func);
        fs.b.ins(ir::Op::Call(id, vec![]), &[]);
        let globals = spec
            .names
            .iter()
            .filter_map(|n| {
                let o = self.pkg_scope().get(&n.name)?;
                match self.objs[o.0 as usize] {
                    Obj::Var {
                        storage: Storage::Global(g),
                        ..
                    } => Some(g),
                    _ => None,
                }
            })
            .collect();
        self.module
            .pure_inits
            .push(ir::PureInit { func: id, globals });
    }
}
