//! Parameter and type parameter lists.
//!
//! Go cannot tell `(a, b)` (two unnamed parameters of types `a` and `b`)
//! from `(a, b int)` (two named ones) until it has seen the whole list, so,
//! like Go's `paramList`, this parses a list of entries that each may have a
//! name and may have a type ([`Par`]), then distributes the types right to
//! left and reports Go's "missing parameter name/type" errors. In type
//! parameter lists (closed by `]`) constraints may be unions and `~T` terms.

use super::types::{ArrayOrTArgs, Par};
use super::Parser;
use crate::ast::{BinOp, Expr, ExprId, Field, Ident};
use crate::token::Token;

impl Parser<'_> {
    /// `ParameterDecl = [ IdentifierList ] [ "..." ] Type`, one entry; `name`
    /// is an already parsed first name. `None` after an error.
    fn param_decl_or_nil(&mut self, name: Option<Ident>, follow: Token) -> Option<Par> {
        let type_sets_ok = follow == Token::Rbrack;
        let is_or = |p: &Self| p.tok == Token::Op(BinOp::Or);
        let mut pos = self.pos();
        if let Some(n) = &name {
            pos = n.pos;
        } else if type_sets_ok && self.tok == Token::Tilde {
            let t = self.embedded_term();
            let ty = self.embedded_union(t);
            return Some(Par {
                name: None,
                ty: Some(ty),
                pos,
            });
        }
        let mut f = Par {
            name: None,
            ty: None,
            pos,
        };
        if self.tok == Token::Name || name.is_some() {
            let name = match name {
                Some(n) => n,
                None => self.name(),
            };
            if self.tok == Token::Lbrack {
                // name "[" ...
                match self.array_or_targs() {
                    ArrayOrTArgs::TArgs(indices, lbrack, rbrack) => {
                        let x = self.ident_expr(name);
                        f.ty = Some(self.alloc(Expr::Index {
                            x,
                            indices,
                            lbrack,
                            rbrack,
                        }));
                    }
                    ArrayOrTArgs::Array(t) => {
                        f.ty = Some(t);
                        f.name = Some(name);
                    }
                }
                if type_sets_ok && is_or(self) {
                    f.ty = f.ty.map(|t| self.embedded_union(t));
                }
                return Some(f);
            }
            if self.tok == Token::Dot {
                // name "." ...
                let t = self.qualified_name(Some(name));
                f.ty = Some(if type_sets_ok && is_or(self) {
                    self.embedded_union(t)
                } else {
                    t
                });
                return Some(f);
            }
            if type_sets_ok && is_or(self) {
                // name "|" ...
                let t = self.ident_expr(name);
                f.ty = Some(self.embedded_union(t));
                return Some(f);
            }
            f.name = Some(name);
        }
        if self.tok == Token::DotDotDot {
            // [name] "..." ...
            let dpos = self.pos();
            self.next();
            match self.type_or_nil() {
                Some(elem) => {
                    f.ty = Some(self.alloc(Expr::Ellipsis {
                        elem: Some(elem),
                        pos: dpos,
                    }))
                }
                None => {
                    f.ty = Some(self.bad());
                    self.syntax_error("... is missing type");
                }
            }
            return Some(f);
        }
        if type_sets_ok && self.tok == Token::Tilde {
            // [name] "~" ...
            let t = self.embedded_term();
            f.ty = Some(self.embedded_union(t));
            return Some(f);
        }
        f.ty = self.type_or_nil();
        if type_sets_ok && is_or(self) {
            if let Some(t) = f.ty {
                f.ty = Some(self.embedded_union(t));
            }
        }
        if f.name.is_some() || f.ty.is_some() {
            return Some(f);
        }
        self.syntax_error(&format!("expected {}", follow.expected()));
        self.advance(&[Token::Comma, follow]);
        None
    }

    /// `Parameters` after `(` (or type parameters after `[`) up to `close`.
    /// `name`/`typ` are an already parsed first entry. With `require_names`
    /// (type parameters) every entry must be named; `dddok` allows `...T`
    /// last. Returns the entries and the position of `close`.
    pub(super) fn param_list(
        &mut self,
        name: Option<Ident>,
        typ: Option<ExprId>,
        close: Token,
        require_names: bool,
        dddok: bool,
    ) -> (Vec<Par>, crate::pos::Pos) {
        if let (Some(n), Some(t)) = (&name, typ) {
            if self.tok == close {
                let end = self.pos();
                self.next();
                return (
                    vec![Par {
                        name: Some(n.clone()),
                        ty: Some(t),
                        pos: n.pos,
                    }],
                    end,
                );
            }
        }
        let (mut name, mut typ) = (name, typ);
        let mut list: Vec<Par> = Vec::new();
        let (mut named, mut typed) = (0, 0);
        let end = self.list("parameter list", Token::Comma, close, |p| {
            let par = match (typ.take(), name.take()) {
                (Some(t), Some(n)) => Some(Par {
                    pos: n.pos,
                    name: Some(n),
                    ty: Some(t),
                }),
                (_, n) => p.param_decl_or_nil(n, close),
            };
            if let Some(par) = par {
                if par.name.is_some() && par.ty.is_some() {
                    named += 1;
                }
                if par.ty.is_some() {
                    typed += 1;
                }
                list.push(par);
            }
            false
        });
        if list.is_empty() {
            return (list, end);
        }
        if named == 0 && !require_names {
            // all unnamed => found names are named types
            for par in &mut list {
                if let Some(n) = par.name.take() {
                    par.ty = Some(self.ident_expr(n));
                }
            }
        } else if named != list.len() {
            // some named or we're in a type parameter list => all must be named
            let mut err_pos = None;
            let mut typ = None;
            for par in list.iter_mut().rev() {
                if let Some(t) = par.ty {
                    typ = Some(t);
                    if par.name.is_none() {
                        let p = self.expr_start(t);
                        err_pos = Some(p);
                        par.name = Some(Ident {
                            name: "_".into(),
                            pos: p,
                        });
                    }
                } else if let Some(t) = typ {
                    par.ty = Some(t);
                } else if let Some(n) = &par.name {
                    let p = n.pos;
                    err_pos = Some(p);
                    par.ty = Some(self.bad_at(p));
                }
            }
            if let Some(mut pos) = err_pos {
                let msg = if named == typed {
                    pos = end;
                    if require_names {
                        "missing type constraint"
                    } else {
                        "missing parameter type"
                    }
                } else if require_names {
                    if list.len() == 1 {
                        "missing type parameter name or invalid array length"
                    } else {
                        "missing type parameter name"
                    }
                } else {
                    "missing parameter name"
                };
                self.syntax_error_at(pos, msg);
            }
        }
        // check use of ...
        let mut first = true;
        let n = list.len();
        for (i, par) in list.iter_mut().enumerate() {
            let Some(t) = par.ty else { continue };
            if let Expr::Ellipsis {
                elem: Some(elem),
                pos,
            } = *self.expr_at(t)
            {
                if !dddok || i + 1 < n {
                    if first {
                        first = false;
                        let msg = if dddok {
                            "can only use ... with final parameter"
                        } else {
                            "invalid use of ..."
                        };
                        self.error_at(pos, msg);
                    }
                    par.ty = Some(elem);
                }
            }
        }
        (list, end)
    }

    /// Groups resolved entries into fields: consecutive names sharing one
    /// type expression (`a, b int`) become one [`Field`].
    pub(super) fn fields(&mut self, list: Vec<Par>) -> Vec<Field> {
        let mut out: Vec<Field> = Vec::new();
        for par in list {
            let ty = match par.ty {
                Some(t) => t,
                None => self.bad_at(par.pos),
            };
            if let (Some(last), Some(name)) = (out.last_mut(), &par.name) {
                if last.ty == ty && !last.names.is_empty() {
                    last.names.push(name.clone());
                    continue;
                }
            }
            out.push(Field {
                names: par.name.into_iter().collect(),
                ty,
                tag: None,
                pos: par.pos,
            });
        }
        out
    }
}
