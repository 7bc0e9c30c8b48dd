//! Types: type literals, signatures, parameter lists, struct and interface
//! bodies.
//!
//! Ported from Go's `typeOrNil`, `funcType`, `arrayType`, `structType`,
//! `interfaceType`, `fieldDecl`, `methodDecl`, `embeddedElem`,
//! `paramDeclOrNil` and `paramList`. Go's parameter lists are parsed first
//! as a list of "maybe name, maybe type" entries ([`Par`]) and only then
//! resolved (`a, b int` versus `int, string`), with Go's messages for lists
//! that mix the two; [`Parser::fields`] then groups names sharing one type
//! into one [`Field`], as the AST wants.

use super::{Parser, SEMI};
use crate::ast::{BinOp, ChanDir, Expr, ExprId, Field, FuncType, Ident};
use crate::lexer::unquote_string;
use crate::pos::Pos;
use crate::token::Token;

/// One entry of a parameter list before names and types are resolved.
pub(super) struct Par {
    pub(super) name: Option<Ident>,
    pub(super) ty: Option<ExprId>,
    pub(super) pos: Pos,
}

/// The result of [`Parser::array_or_targs`].
pub(super) enum ArrayOrTArgs {
    /// `[n]E` or `[]E`.
    Array(ExprId),
    /// `[A, B]`: type arguments, with the positions of `[` and `]`.
    TArgs(Vec<ExprId>, Pos, Pos),
}

impl Parser<'_> {
    /// `Type`, or a bad expression after "expected type".
    pub(super) fn type_(&mut self) -> ExprId {
        if let Some(t) = self.type_or_nil() {
            return t;
        }
        let b = self.bad();
        self.syntax_error("expected type");
        self.advance(&[
            Token::Comma,
            Token::Colon,
            SEMI,
            Token::Rparen,
            Token::Rbrack,
            Token::Rbrace,
        ]);
        b
    }

    /// `Type = TypeName | TypeLit | "(" Type ")"`, or `None` if no type
    /// starts here.
    pub(super) fn type_or_nil(&mut self) -> Option<ExprId> {
        if !self.enter() {
            return Some(self.bad());
        }
        let t = self.type_or_nil_inner();
        self.leave();
        t
    }

    fn type_or_nil_inner(&mut self) -> Option<ExprId> {
        let pos = self.pos();
        let e = match self.tok {
            Token::Star => {
                self.next();
                let x = self.type_();
                Expr::Star { x, pos }
            }
            Token::Arrow => {
                self.next();
                self.want(Token::Chan);
                let elem = self.chan_elem();
                Expr::ChanType {
                    dir: ChanDir::Recv,
                    elem,
                    pos,
                }
            }
            Token::Func => {
                self.next();
                let (_, sig) = self.func_type("function type", Some(pos));
                Expr::FuncType(sig)
            }
            Token::Lbrack => {
                self.next();
                if self.got(Token::Rbrack) {
                    return Some(self.slice_type(pos));
                }
                return Some(self.array_type(pos, None));
            }
            Token::Chan => {
                self.next();
                let dir = if self.got(Token::Arrow) {
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                let elem = self.chan_elem();
                Expr::ChanType { dir, elem, pos }
            }
            Token::Map => {
                self.next();
                self.want(Token::Lbrack);
                let key = self.type_();
                self.want(Token::Rbrack);
                let value = self.type_();
                Expr::MapType { key, value, pos }
            }
            Token::Struct => return Some(self.struct_type()),
            Token::Interface => return Some(self.interface_type()),
            Token::Name => return Some(self.qualified_name(None)),
            Token::Lparen => {
                self.next();
                let inner = self.type_();
                self.want(Token::Rparen);
                Expr::Paren { inner, pos }
            }
            _ => return None,
        };
        Some(self.alloc(e))
    }

    /// `TypeName [ TypeArgs ]`, `name` being the already parsed first name.
    pub(super) fn qualified_name(&mut self, name: Option<Ident>) -> ExprId {
        let mut x = match name {
            Some(n) => self.ident_expr(n),
            None if self.tok == Token::Name => {
                let n = self.name();
                self.ident_expr(n)
            }
            None => {
                let n = Ident {
                    name: "_".into(),
                    pos: self.pos(),
                };
                self.syntax_error("expected name");
                self.advance(&[Token::Dot, SEMI, Token::Rbrace]);
                self.ident_expr(n)
            }
        };
        if self.tok == Token::Dot {
            self.next();
            let sel = self.name();
            x = self.alloc(Expr::Selector { x, sel });
        }
        if self.tok == Token::Lbrack {
            x = self.type_instance(x);
        }
        x
    }

    /// `typ[A, B]`.
    fn type_instance(&mut self, typ: ExprId) -> ExprId {
        let lbrack = self.pos();
        self.want(Token::Lbrack);
        let indices = if self.tok == Token::Rbrack {
            self.syntax_error("expected type argument list");
            vec![self.bad()]
        } else {
            self.type_list(true).0
        };
        let rbrack = self.pos();
        self.want(Token::Rbrack);
        self.alloc(Expr::Index {
            x: typ,
            indices,
            lbrack,
            rbrack,
        })
    }

    /// `[ TypeParams ] Parameters [ Result ]`. If `context` is not empty,
    /// type parameters are an error ("function type must have no type
    /// parameters"). The signature's position is `func_pos` or the `(`.
    pub(super) fn func_type(
        &mut self,
        context: &str,
        func_pos: Option<Pos>,
    ) -> (Vec<Field>, FuncType) {
        let pos = self.pos();
        let mut tparams = Vec::new();
        if self.got(Token::Lbrack) {
            if !context.is_empty() {
                self.syntax_error_at(pos, &format!("{context} must have no type parameters"));
            }
            if self.tok == Token::Rbrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                let (list, _) = self.param_list(None, None, Token::Rbrack, true, false);
                tparams = self.fields(list);
            }
        }
        let lparen = self.pos();
        self.want(Token::Lparen);
        let (list, _) = self.param_list(None, None, Token::Rparen, false, true);
        let params = self.fields(list);
        let results = self.func_result();
        (
            tparams,
            FuncType {
                params,
                results,
                pos: func_pos.unwrap_or(lparen),
            },
        )
    }

    /// After `[` (at `pos`): `[N]E` or `[...]E`; `len` is an already parsed
    /// length.
    pub(super) fn array_type(&mut self, pos: Pos, len: Option<ExprId>) -> ExprId {
        let len = match len {
            Some(l) => l,
            None if self.tok == Token::DotDotDot => {
                let p = self.pos();
                self.next();
                self.alloc(Expr::Ellipsis { elem: None, pos: p })
            }
            None => {
                self.xnest += 1;
                let l = self.expr();
                self.xnest -= 1;
                l
            }
        };
        if self.tok == Token::Comma {
            // trailing commas are accepted in type parameter lists only
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(Token::Rbrack);
        let elem = self.type_();
        self.alloc(Expr::ArrayType {
            len: Some(len),
            elem,
            pos,
        })
    }

    /// After `[]` (at `pos`): the element type.
    pub(super) fn slice_type(&mut self, pos: Pos) -> ExprId {
        let elem = self.type_();
        self.alloc(Expr::ArrayType {
            len: None,
            elem,
            pos,
        })
    }

    fn chan_elem(&mut self) -> ExprId {
        if let Some(t) = self.type_or_nil() {
            return t;
        }
        let b = self.bad();
        self.syntax_error("missing channel element type");
        b
    }

    /// `StructType = "struct" "{" { FieldDecl ";" } "}"`.
    fn struct_type(&mut self) -> ExprId {
        let pos = self.pos();
        self.want(Token::Struct);
        self.want(Token::Lbrace);
        let mut fields = Vec::new();
        self.list("struct type", SEMI, Token::Rbrace, |p| {
            p.field_decl(&mut fields);
            false
        });
        self.alloc(Expr::StructType { fields, pos })
    }

    /// `InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}"`.
    fn interface_type(&mut self) -> ExprId {
        let pos = self.pos();
        self.want(Token::Interface);
        self.want(Token::Lbrace);
        let mut elems = Vec::new();
        self.list("interface type", SEMI, Token::Rbrace, |p| {
            let f = if p.tok == Token::Name {
                Some(p.method_decl())
            } else {
                None
            };
            let f = match f {
                Some(f) if !f.names.is_empty() => f,
                Some(mut f) => {
                    f.ty = p.embedded_union(f.ty);
                    f
                }
                None => {
                    let pos = p.pos();
                    let t = p.embedded_term();
                    let ty = p.embedded_union(t);
                    Field {
                        names: Vec::new(),
                        ty,
                        tag: None,
                        pos,
                    }
                }
            };
            elems.push(f);
            false
        });
        self.alloc(Expr::InterfaceType { elems, pos })
    }

    /// `Result = Parameters | Type`.
    fn func_result(&mut self) -> Vec<Field> {
        if self.got(Token::Lparen) {
            let (list, _) = self.param_list(None, None, Token::Rparen, false, false);
            return self.fields(list);
        }
        let pos = self.pos();
        match self.type_or_nil() {
            Some(ty) => vec![Field {
                names: Vec::new(),
                ty,
                tag: None,
                pos,
            }],
            None => Vec::new(),
        }
    }

    /// A struct tag, if present.
    fn tag(&mut self) -> Option<String> {
        let lit = self.oliteral()?;
        match self.expr_at(lit) {
            Expr::BasicLit { raw, .. } => unquote_string(raw)
                .ok()
                .map(|b| String::from_utf8_lossy(&b).into_owned()),
            _ => None,
        }
    }

    /// `FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ]`.
    fn field_decl(&mut self, fields: &mut Vec<Field>) {
        let pos = self.pos();
        match self.tok {
            Token::Name => {
                let name = self.name();
                if matches!(
                    self.tok,
                    Token::Dot | Token::Literal(_) | Token::Semi(_) | Token::Rbrace
                ) {
                    // embedded type
                    let ty = self.qualified_name(Some(name));
                    let tag = self.tag();
                    fields.push(Field {
                        names: Vec::new(),
                        ty,
                        tag,
                        pos,
                    });
                    return;
                }
                let names = self.name_list(name);
                let ty;
                if names.len() == 1 && self.tok == Token::Lbrack {
                    // embedded T[P1, P2] or field T of type [P]E / []E
                    match self.array_or_targs() {
                        ArrayOrTArgs::Array(t) => ty = t,
                        ArrayOrTArgs::TArgs(indices, lbrack, rbrack) => {
                            let x = self.ident_expr(names[0].clone());
                            let ty = self.alloc(Expr::Index {
                                x,
                                indices,
                                lbrack,
                                rbrack,
                            });
                            let tag = self.tag();
                            fields.push(Field {
                                names: Vec::new(),
                                ty,
                                tag,
                                pos,
                            });
                            return;
                        }
                    }
                } else {
                    ty = self.type_();
                }
                let tag = self.tag();
                fields.push(Field {
                    names,
                    ty,
                    tag,
                    pos,
                });
            }
            Token::Star => {
                self.next();
                let ty = if self.tok == Token::Lparen {
                    self.syntax_error("cannot parenthesize embedded type");
                    self.next();
                    let t = self.qualified_name(None);
                    self.got(Token::Rparen);
                    t
                } else {
                    self.qualified_name(None)
                };
                let tag = self.tag();
                let ty = self.alloc(Expr::Star { x: ty, pos });
                fields.push(Field {
                    names: Vec::new(),
                    ty,
                    tag,
                    pos,
                });
            }
            Token::Lparen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.next();
                let ty = if self.tok == Token::Star {
                    let p = self.pos();
                    self.next();
                    let x = self.qualified_name(None);
                    self.alloc(Expr::Star { x, pos: p })
                } else {
                    self.qualified_name(None)
                };
                self.got(Token::Rparen);
                let tag = self.tag();
                fields.push(Field {
                    names: Vec::new(),
                    ty,
                    tag,
                    pos,
                });
            }
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(&[SEMI, Token::Rbrace]);
            }
        }
    }

    /// At `[`: an array or slice type `[n]E`/`[]E`, or type arguments.
    pub(super) fn array_or_targs(&mut self) -> ArrayOrTArgs {
        let pos = self.pos();
        self.want(Token::Lbrack);
        if self.got(Token::Rbrack) {
            return ArrayOrTArgs::Array(self.slice_type(pos));
        }
        let (n, comma) = self.type_list(false);
        let rbrack = self.pos();
        self.want(Token::Rbrack);
        if !comma {
            if let Some(elem) = self.type_or_nil() {
                return ArrayOrTArgs::Array(self.alloc(Expr::ArrayType {
                    len: Some(n[0]),
                    elem,
                    pos,
                }));
            }
        }
        ArrayOrTArgs::TArgs(n, pos, rbrack)
    }

    /// `MethodSpec = MethodName Signature | InterfaceTypeName`; a method has
    /// one name, an embedded type none.
    fn method_decl(&mut self) -> Field {
        let pos = self.pos();
        let name = self.name();
        const CONTEXT: &str = "interface method";
        let method = |p: &mut Self, name: Ident| {
            let (_, sig) = p.func_type(CONTEXT, None);
            let ty = p.alloc(Expr::FuncType(sig));
            Field {
                names: vec![name],
                ty,
                tag: None,
                pos,
            }
        };
        let embedded = |_: &mut Self, ty: ExprId| Field {
            names: Vec::new(),
            ty,
            tag: None,
            pos,
        };
        match self.tok {
            Token::Lparen => method(self, name),
            Token::Lbrack => {
                // generic method m[T C](x T), or embedded instantiated T[P1, P2]
                let lbrack = self.pos();
                self.next();
                if self.tok == Token::Rbrack {
                    let rpos = self.pos();
                    self.next();
                    if self.tok == Token::Lparen {
                        self.error_at(rpos, "empty type parameter list");
                        return method(self, name);
                    }
                    self.error_at(rpos, "empty type argument list");
                    let ty = self.ident_expr(name);
                    return embedded(self, ty);
                }
                let (list, rbrack) = self.param_list(None, None, Token::Rbrack, false, false);
                if list.is_empty() {
                    if self.tok == Token::Lparen {
                        return method(self, name);
                    }
                    let ty = self.ident_expr(name);
                    return embedded(self, ty);
                }
                if list[0].name.is_some() {
                    let f = method(self, name);
                    self.error_at(lbrack, "interface method must have no type parameters");
                    return f;
                }
                let x = self.ident_expr(name);
                let indices = list.iter().map(|p| p.ty.unwrap_or(x)).collect();
                let ty = self.alloc(Expr::Index {
                    x,
                    indices,
                    lbrack,
                    rbrack,
                });
                embedded(self, ty)
            }
            _ => {
                let ty = self.qualified_name(Some(name));
                embedded(self, ty)
            }
        }
    }

    /// `EmbeddedElem = EmbeddedTerm { "|" EmbeddedTerm }`, after the first term.
    pub(super) fn embedded_union(&mut self, mut x: ExprId) -> ExprId {
        while self.tok == Token::Op(BinOp::Or) {
            let pos = self.pos();
            self.next();
            let y = self.embedded_term();
            x = self.alloc(Expr::Binary {
                op: BinOp::Or,
                x,
                y,
                pos,
            });
        }
        x
    }

    /// `EmbeddedTerm = [ "~" ] Type`.
    pub(super) fn embedded_term(&mut self) -> ExprId {
        if self.tok == Token::Tilde {
            let pos = self.pos();
            self.next();
            let x = self.type_();
            return self.alloc(Expr::Tilde { x, pos });
        }
        if let Some(t) = self.type_or_nil() {
            return t;
        }
        let b = self.bad();
        self.syntax_error("expected ~ term or type");
        self.advance(&[
            Token::Op(BinOp::Or),
            SEMI,
            Token::Rparen,
            Token::Rbrack,
            Token::Rbrace,
        ]);
        b
    }
}
