//! Declarations: the top-level loop, imports, `const`, `type`, `var`, `func`.
//!
//! Ported from Go's `fileOrNil`, `appendGroup`, `importDecl`, `constDecl`,
//! `typeDecl`, `varDecl` and `funcDeclOrNil`. Two things are ours: the
//! parser fills in omitted constant expression lists and `iota` (the AST's
//! contract, see [`crate::ast::ValueSpec`]), and it groups specs into one
//! [`Decl`] per `var (...)`/`const (...)` group.
//!
//! `type T[P C] ...` versus `type T [N]E` is decided as Go decides it: parse
//! `P C` as an expression and split it into a name and a constraint where
//! the shape allows (`extract_name`).

use super::{Parser, SEMI};
use crate::ast::{
    Block, Decl, Expr, ExprId, File, FuncDecl, FuncType, Ident, Import, TypeSpec, ValueSpec,
};
use crate::lexer::unquote_string;
use crate::token::Token;

impl Parser<'_> {
    /// `{ ( ImportDecl | TopLevelDecl ) ";" }` up to EOF.
    pub(super) fn top_level_decls(&mut self, f: &mut File) {
        let mut prev = Token::Import;
        let mut last_empty_func = false;
        while self.tok != Token::Eof {
            let start = self.idx;
            if self.tok == Token::Import && prev != Token::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev = self.tok;
            match self.tok {
                Token::Import => {
                    self.next();
                    let imports = self.group(|p| p.import_spec());
                    f.imports.extend(imports);
                    last_empty_func = false;
                }
                Token::Const => {
                    self.next();
                    let specs = self.const_group();
                    f.decls.push(Decl::Const(specs));
                    last_empty_func = false;
                }
                Token::Type => {
                    self.next();
                    let specs = self.group(|p| Some(p.type_spec()));
                    f.decls.push(Decl::Type(specs));
                    last_empty_func = false;
                }
                Token::Var => {
                    self.next();
                    let specs = self.group(|p| Some(p.var_spec()));
                    f.decls.push(Decl::Var(specs));
                    last_empty_func = false;
                }
                Token::Func => {
                    let pos = self.pos();
                    self.next();
                    let d = self.func_decl(pos);
                    last_empty_func = d.body.is_none();
                    f.decls.push(Decl::Func(d));
                }
                _ => {
                    if self.tok == Token::Lbrace && last_empty_func {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(&[
                        Token::Import,
                        Token::Const,
                        Token::Type,
                        Token::Var,
                        Token::Func,
                    ]);
                    if self.idx == start {
                        self.advance(&[]);
                    }
                    continue;
                }
            }
            if self.tok != Token::Eof && !self.got(SEMI) {
                self.syntax_error("after top level declaration");
                self.advance(&[
                    Token::Import,
                    Token::Const,
                    Token::Type,
                    Token::Var,
                    Token::Func,
                ]);
            }
        }
    }

    /// Go's `appendGroup`: `f | "(" { f ";" } ")"`.
    pub(super) fn group<T>(&mut self, mut f: impl FnMut(&mut Self) -> Option<T>) -> Vec<T> {
        let mut out = Vec::new();
        if self.tok == Token::Lparen {
            self.next();
            self.list("grouped declaration", SEMI, Token::Rparen, |p| {
                out.extend(f(p));
                false
            });
        } else {
            out.extend(f(self));
        }
        out
    }

    /// `ImportSpec = [ "." | PackageName ] ImportPath`.
    fn import_spec(&mut self) -> Option<Import> {
        let name = match self.tok {
            Token::Name => Some(self.name()),
            Token::Dot => {
                let id = Ident {
                    name: ".".into(),
                    pos: self.pos(),
                };
                self.next();
                Some(id)
            }
            _ => None,
        };
        let Token::Literal(kind) = self.tok else {
            self.syntax_error("missing import path");
            self.advance(&[SEMI, Token::Rparen]);
            return None;
        };
        let (pos, raw) = (self.pos(), self.lit());
        self.next();
        if kind != crate::ast::LitKind::String {
            self.syntax_error_at(pos, "import path must be a string");
            return None;
        }
        let path = unquote_string(raw).ok()?;
        Some(Import {
            name,
            path: String::from_utf8_lossy(&path).into_owned(),
            pos,
        })
    }

    /// A const group, with omitted expression lists and `iota` filled in.
    pub(super) fn const_group(&mut self) -> Vec<ValueSpec> {
        let mut specs = self.group(|p| Some(p.const_spec()));
        for k in 0..specs.len() {
            specs[k].iota = k as u32;
            if k > 0 && specs[k].ty.is_none() && specs[k].values.is_empty() {
                specs[k].ty = specs[k - 1].ty;
                specs[k].values = specs[k - 1].values.clone();
            }
        }
        specs
    }

    /// `ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ]`.
    fn const_spec(&mut self) -> ValueSpec {
        let pos = self.pos();
        let first = self.name();
        let names = self.name_list(first);
        let (mut ty, mut values) = (None, Vec::new());
        if self.tok != Token::Eof && !self.at(SEMI) && self.tok != Token::Rparen {
            ty = self.type_or_nil();
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ValueSpec {
            names,
            ty,
            values,
            iota: 0,
            pos,
        }
    }

    /// `TypeSpec = identifier [ TypeParams ] [ "=" ] Type`.
    pub(super) fn type_spec(&mut self) -> TypeSpec {
        let name = self.name();
        let mut type_params = Vec::new();
        let mut alias = false;
        let ty;
        if self.tok == Token::Lbrack {
            // array/slice type or type parameter list
            let pos = self.pos();
            self.next();
            match self.tok {
                Token::Name => {
                    let first = self.name();
                    let mut x = self.ident_expr(first);
                    if self.tok != Token::Lbrack {
                        self.xnest += 1;
                        let px = self.pexpr(Some(x));
                        x = self.binary_expr(Some(px), 0);
                        self.xnest -= 1;
                    }
                    let (pname, ptype) = self.extract_name(x, self.tok == Token::Comma);
                    match pname {
                        Some(pname) if ptype.is_some() || self.tok != Token::Rbrack => {
                            let (list, _) =
                                self.param_list(Some(pname), ptype, Token::Rbrack, true, false);
                            type_params = self.fields(list);
                            alias = self.got_assign();
                            ty = self.type_or_nil();
                        }
                        _ => ty = Some(self.array_type(pos, Some(x))),
                    }
                }
                Token::Rbrack => {
                    self.next();
                    ty = Some(self.slice_type(pos));
                }
                _ => ty = Some(self.array_type(pos, None)),
            }
        } else {
            alias = self.got_assign();
            ty = self.type_or_nil();
        }
        let ty = match ty {
            Some(t) => t,
            None => {
                let b = self.bad();
                self.syntax_error("in type declaration");
                self.advance(&[SEMI, Token::Rparen]);
                b
            }
        };
        TypeSpec {
            name,
            type_params,
            alias,
            ty,
        }
    }

    /// Splits `x` into a type parameter name and constraint if it has the
    /// shape `name constraint` (Go's `extractName`); `force` splits even when
    /// the constraint could also be a value expression.
    fn extract_name(&mut self, x: ExprId, force: bool) -> (Option<Ident>, Option<ExprId>) {
        match self.expr_at(x).clone() {
            Expr::Ident(n) => (Some(n), None),
            Expr::Binary {
                op: crate::ast::BinOp::Mul,
                x: l,
                y,
                pos,
            } => match self.expr_at(l) {
                Expr::Ident(n) if force || self.is_type_elem(y) => {
                    let n = n.clone();
                    let star = self.alloc(Expr::Star { x: y, pos });
                    (Some(n), Some(star))
                }
                _ => (None, Some(x)),
            },
            Expr::Binary {
                op: crate::ast::BinOp::Or,
                x: l,
                y,
                pos,
            } => {
                let f = force || self.is_type_elem(y);
                match self.extract_name(l, f) {
                    (Some(n), Some(lhs)) => {
                        let u = self.alloc(Expr::Binary {
                            op: crate::ast::BinOp::Or,
                            x: lhs,
                            y,
                            pos,
                        });
                        (Some(n), Some(u))
                    }
                    _ => (None, Some(x)),
                }
            }
            Expr::Call {
                func,
                args,
                ellipsis: None,
                ..
            } if args.len() == 1 => match self.expr_at(func) {
                Expr::Ident(n) if force || self.is_type_elem(args[0]) => {
                    let n = n.clone();
                    (Some(n), Some(self.unparen(args[0])))
                }
                _ => (None, Some(x)),
            },
            _ => (None, Some(x)),
        }
    }

    /// Whether `x` is certainly a type element, not a value (Go's `isTypeElem`).
    fn is_type_elem(&self, x: ExprId) -> bool {
        match self.expr_at(x) {
            Expr::ArrayType { .. }
            | Expr::StructType { .. }
            | Expr::FuncType(_)
            | Expr::InterfaceType { .. }
            | Expr::MapType { .. }
            | Expr::ChanType { .. }
            | Expr::Tilde { .. } => true,
            Expr::Binary { x, y, .. } => self.is_type_elem(*x) || self.is_type_elem(*y),
            Expr::Unary { x, .. } | Expr::Star { x, .. } => self.is_type_elem(*x),
            Expr::Paren { inner, .. } => self.is_type_elem(*inner),
            _ => false,
        }
    }

    /// `VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList )`.
    pub(super) fn var_spec(&mut self) -> ValueSpec {
        let pos = self.pos();
        let first = self.name();
        let names = self.name_list(first);
        let (mut ty, mut values) = (None, Vec::new());
        if self.got_assign() {
            values = self.expr_list();
        } else {
            ty = Some(self.type_());
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ValueSpec {
            names,
            ty,
            values,
            iota: 0,
            pos,
        }
    }

    /// `FunctionDecl` or `MethodDecl`, after `func` (at `pos`).
    fn func_decl(&mut self, pos: crate::pos::Pos) -> FuncDecl {
        let mut recv = None;
        let mut has_recv = false;
        if self.got(Token::Lparen) {
            has_recv = true;
            let (list, _) = self.param_list(None, None, Token::Rparen, false, false);
            match list.len() {
                0 => self.error("method has no receiver"),
                1 => {}
                _ => self.error("method has multiple receivers"),
            }
            recv = list
                .into_iter()
                .next()
                .map(|p| self.fields(vec![p]).remove(0));
        }
        let (name, type_params, sig);
        if self.tok == Token::Name {
            name = self.name();
            (type_params, sig) = self.func_type("", None);
        } else {
            let here = self.pos();
            name = Ident {
                name: "_".into(),
                pos: here,
            };
            type_params = Vec::new();
            sig = FuncType {
                params: Vec::new(),
                results: Vec::new(),
                pos: here,
            };
            self.syntax_error(if has_recv {
                "expected name"
            } else {
                "expected name or ("
            });
            self.advance(&[Token::Lbrace, SEMI]);
        }
        let body = if self.tok == Token::Lbrace {
            Some(self.func_body())
        } else {
            None
        };
        FuncDecl {
            recv,
            name,
            type_params,
            sig,
            body,
            pos,
        }
    }

    /// A function body; statement keywords become synchronization points.
    pub(super) fn func_body(&mut self) -> Block {
        self.fnest += 1;
        let body = self.block_stmt("");
        self.fnest -= 1;
        body
    }
}
