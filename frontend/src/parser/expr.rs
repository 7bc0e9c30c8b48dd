//! Expressions: operators by precedence climbing, operands, primary
//! expressions, composite literals.
//!
//! Ported from Go's `binaryExpr`, `unaryExpr`, `operand`, `pexpr`,
//! `complitexpr`, `argList`, `typeList`. The composite-literal ambiguity is
//! settled in `pexpr` exactly as Go does: a `{` after a type name starts a
//! literal only when `xnest >= 0`, i.e. not directly in a statement header;
//! every bracketing construct increments `xnest` while parsing its inside.
//! Parentheses are always kept as [`Expr::Paren`] (go/ast style); where Go's
//! grammar ignores them (`&(T{})`, a `go`/`defer` call) they are stripped.

use super::Parser;
use crate::ast::{BinOp, ChanDir, Expr, ExprId, KeyedElement, UnOp};
use crate::pos::Pos;
use crate::token::Token;

impl Parser<'_> {
    /// `Expression`.
    pub(super) fn expr(&mut self) -> ExprId {
        self.binary_expr(None, 0)
    }

    /// `ExpressionList = Expression { "," Expression }`.
    pub(super) fn expr_list(&mut self) -> Vec<ExprId> {
        let mut list = vec![self.expr()];
        while self.got(Token::Comma) {
            list.push(self.expr());
        }
        list
    }

    /// `Expression = UnaryExpr | Expression binary_op Expression`, for
    /// operators binding tighter than `prec`; `x` is an already parsed
    /// left operand.
    pub(super) fn binary_expr(&mut self, x: Option<ExprId>, prec: u8) -> ExprId {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        while self.tok.prec() > prec {
            let Some(op) = self.tok.binop() else { break };
            let pos = self.pos();
            let tprec = self.tok.prec();
            self.next();
            let y = self.binary_expr(None, tprec);
            x = self.alloc(Expr::Binary { op, x, y, pos });
        }
        x
    }

    /// `UnaryExpr = PrimaryExpr | unary_op UnaryExpr`.
    pub(super) fn unary_expr(&mut self) -> ExprId {
        if !self.enter() {
            return self.bad();
        }
        let x = self.unary_expr_inner();
        self.leave();
        x
    }

    fn unary_expr_inner(&mut self) -> ExprId {
        let pos = self.pos();
        let op = match self.tok {
            Token::Star => {
                self.next();
                let x = self.unary_expr();
                return self.alloc(Expr::Star { x, pos });
            }
            Token::Tilde => {
                self.next();
                let x = self.unary_expr();
                return self.alloc(Expr::Tilde { x, pos });
            }
            Token::Op(BinOp::Add) => UnOp::Plus,
            Token::Op(BinOp::Sub) => UnOp::Neg,
            Token::Op(BinOp::Xor) => UnOp::BitNot,
            Token::Not => UnOp::Not,
            Token::Op(BinOp::And) => {
                self.next();
                // a parenthesized composite literal may come back: &(T{})
                let inner = self.unary_expr();
                let x = self.unparen(inner);
                return self.alloc(Expr::Unary {
                    op: UnOp::Addr,
                    x,
                    pos,
                });
            }
            Token::Arrow => {
                self.next();
                return self.recv_or_chan(pos);
            }
            _ => return self.pexpr(None),
        };
        self.next();
        let x = self.unary_expr();
        self.alloc(Expr::Unary { op, x, pos })
    }

    /// After `<-` at `pos`: a receive `<-x`, or a receive-only channel type
    /// `<-chan E` (then `<-` re-associates with the parsed channel type).
    fn recv_or_chan(&mut self, pos: Pos) -> ExprId {
        let x = self.unary_expr();
        if !matches!(self.expr_at(x), Expr::ChanType { .. }) {
            return self.alloc(Expr::Unary {
                op: UnOp::Recv,
                x,
                pos,
            });
        }
        // <-(chan E) => (<-chan E);  <-(chan<- E) => (<-chan (<-E))
        let mut dir = ChanDir::Send;
        let mut t = x;
        while dir == ChanDir::Send {
            let Expr::ChanType { dir: d, elem, .. } = *self.expr_at(t) else {
                break;
            };
            dir = d;
            if dir == ChanDir::Recv {
                // t is <-chan E, but <-<-chan E is not permitted
                self.syntax_error("unexpected <-, expected chan");
            }
            if let Expr::ChanType { dir, .. } = &mut self.pkg.exprs[t.0 as usize] {
                *dir = ChanDir::Recv;
            }
            t = elem;
        }
        if dir == ChanDir::Send {
            // channel dir is <- but channel element E is not a channel
            let msg = format!("unexpected {}, expected chan", self.expr_string(t));
            self.syntax_error(&msg);
        }
        if let Expr::ChanType { pos: p, .. } = &mut self.pkg.exprs[x.0 as usize] {
            *p = pos;
        }
        x
    }

    /// `x` without enclosing parentheses.
    pub(super) fn unparen(&self, mut x: ExprId) -> ExprId {
        while let Expr::Paren { inner, .. } = self.expr_at(x) {
            x = *inner;
        }
        x
    }

    /// A basic literal at the current token, if there is one.
    pub(super) fn oliteral(&mut self) -> Option<ExprId> {
        let Token::Literal(kind) = self.tok else {
            return None;
        };
        let e = Expr::BasicLit {
            kind,
            raw: self.lit().to_string(),
            pos: self.pos(),
        };
        self.next();
        Some(self.alloc(e))
    }

    /// `Operand = Literal | OperandName | "(" Expression ")"`, plus function
    /// literals and types that may start a conversion or literal.
    fn operand(&mut self) -> ExprId {
        let pos = self.pos();
        match self.tok {
            Token::Name => {
                let n = self.name();
                self.ident_expr(n)
            }
            Token::Literal(_) => self.oliteral().unwrap_or_else(|| self.bad_at(pos)),
            Token::Lparen => {
                self.next();
                self.xnest += 1;
                let inner = self.expr();
                self.xnest -= 1;
                self.want(Token::Rparen);
                self.alloc(Expr::Paren { inner, pos })
            }
            Token::Func => {
                self.next();
                let (_, sig) = self.func_type("function type", Some(pos));
                if self.tok == Token::Lbrace {
                    self.xnest += 1;
                    let body = self.func_body();
                    self.xnest -= 1;
                    return self.alloc(Expr::FuncLit { sig, body });
                }
                self.alloc(Expr::FuncType(sig))
            }
            Token::Lbrack | Token::Chan | Token::Map | Token::Struct | Token::Interface => {
                self.type_()
            }
            _ => {
                let x = self.bad();
                self.syntax_error("expected expression");
                self.advance(&[Token::Rparen, Token::Rbrack, Token::Rbrace]);
                x
            }
        }
    }

    /// `PrimaryExpr`: an operand (or `x`) followed by selectors, index and
    /// slice expressions, type assertions, calls and composite literals.
    pub(super) fn pexpr(&mut self, x: Option<ExprId>) -> ExprId {
        let mut x = match x {
            Some(x) => x,
            None => self.operand(),
        };
        loop {
            let pos = self.pos();
            match self.tok {
                Token::Dot => {
                    self.next();
                    x = self.selector_or_assert(x);
                }
                Token::Lbrack => {
                    self.next();
                    x = self.index_or_slice(x, pos);
                }
                Token::Lparen => {
                    self.next();
                    let (args, ellipsis, rparen) = self.arg_list();
                    x = self.alloc(Expr::Call {
                        func: x,
                        args,
                        ellipsis,
                        lparen: pos,
                        rparen,
                    });
                }
                Token::Lbrace => {
                    // operand may have returned a parenthesized complit type
                    let t = self.unparen(x);
                    let complit_ok = match self.expr_at(t) {
                        Expr::Ident(_) | Expr::Selector { .. } => self.xnest >= 0,
                        Expr::Index { .. } => self.xnest >= 0 && !self.is_value(t),
                        Expr::ArrayType { .. } | Expr::StructType { .. } | Expr::MapType { .. } => {
                            true
                        }
                        _ => false,
                    };
                    if !complit_ok {
                        break;
                    }
                    if t != x {
                        self.syntax_error("cannot parenthesize type in composite literal");
                    }
                    x = self.complit(Some(x));
                }
                _ => break,
            }
        }
        x
    }

    /// After `x.`: `x.name`, `x.(T)` or `x.(type)`.
    fn selector_or_assert(&mut self, x: ExprId) -> ExprId {
        match self.tok {
            Token::Name => {
                let sel = self.name();
                self.alloc(Expr::Selector { x, sel })
            }
            Token::Lparen => {
                let lparen = self.pos();
                self.next();
                let ty = if self.got(Token::Type) {
                    None
                } else {
                    Some(self.type_())
                };
                self.want(Token::Rparen);
                self.alloc(Expr::TypeAssert { x, ty, lparen })
            }
            _ => {
                self.syntax_error("expected name or (");
                self.advance(&[super::SEMI, Token::Rparen]);
                x
            }
        }
    }

    /// After `x[` (at `lbrack`): index, instantiation or slice expression.
    fn index_or_slice(&mut self, x: ExprId, lbrack: Pos) -> ExprId {
        let mut lo = None;
        if self.tok != Token::Colon {
            let (indices, comma) = if self.tok == Token::Rbrack {
                // invalid empty instance, slice or index expression; accept but complain
                self.syntax_error("expected operand");
                (vec![self.bad()], false)
            } else {
                self.type_list(false)
            };
            if comma || self.tok == Token::Rbrack {
                let rbrack = self.pos();
                self.want(Token::Rbrack);
                return self.alloc(Expr::Index {
                    x,
                    indices,
                    lbrack,
                    rbrack,
                });
            }
            lo = indices.first().copied();
        }
        // x[i:...
        if !self.got(Token::Colon) {
            self.syntax_error("expected comma, : or ]");
            self.advance(&[Token::Comma, Token::Colon, Token::Rbrack]);
        }
        self.xnest += 1;
        let (mut hi, mut max, mut three) = (None, None, false);
        if self.tok != Token::Colon && self.tok != Token::Rbrack {
            hi = Some(self.expr());
        }
        if self.tok == Token::Colon {
            three = true;
            if hi.is_none() {
                self.error("middle index required in 3-index slice");
                hi = Some(self.bad());
            }
            self.next();
            if self.tok != Token::Rbrack {
                max = Some(self.expr());
            } else {
                self.error("final index required in 3-index slice");
                max = Some(self.bad());
            }
        }
        self.xnest -= 1;
        self.want(Token::Rbrack);
        self.alloc(Expr::Slice {
            x,
            lo,
            hi,
            max,
            three,
            lbrack,
        })
    }

    /// Whether `x` must be a value, not a type (Go's `isValue`).
    fn is_value(&self, x: ExprId) -> bool {
        match self.expr_at(x) {
            Expr::BasicLit { .. }
            | Expr::CompositeLit { .. }
            | Expr::FuncLit { .. }
            | Expr::Slice { .. }
            | Expr::TypeAssert { .. }
            | Expr::Call { .. }
            | Expr::Unary { .. }
            | Expr::Binary { .. }
            | Expr::Tilde { .. } => true,
            Expr::Paren { inner, .. } => self.is_value(*inner),
            Expr::Index { x, indices, .. } => {
                self.is_value(*x) || (indices.len() == 1 && self.is_value(indices[0]))
            }
            _ => false,
        }
    }

    /// `Element = Expression | LiteralValue`.
    fn bare_complitexpr(&mut self) -> ExprId {
        if self.tok == Token::Lbrace {
            return self.complit(None);
        }
        self.expr()
    }

    /// `LiteralValue = "{" [ ElementList [ "," ] ] "}"`, of type `ty`.
    fn complit(&mut self, ty: Option<ExprId>) -> ExprId {
        if !self.enter() {
            return self.bad();
        }
        let lbrace = self.pos();
        self.xnest += 1;
        self.want(Token::Lbrace);
        let mut elems = Vec::new();
        let rbrace = self.list("composite literal", Token::Comma, Token::Rbrace, |p| {
            let e = p.bare_complitexpr();
            if p.tok == Token::Colon {
                p.next();
                let value = p.bare_complitexpr();
                elems.push(KeyedElement {
                    key: Some(e),
                    value,
                });
            } else {
                elems.push(KeyedElement {
                    key: None,
                    value: e,
                });
            }
            false
        });
        self.xnest -= 1;
        self.leave();
        self.alloc(Expr::CompositeLit {
            ty,
            elems,
            lbrace,
            rbrace,
        })
    }

    /// Call arguments after `(`: `[ arg { "," arg } [ "..." ] [ "," ] ] ")"`.
    /// Returns the arguments, the position of `...` and of `)`.
    fn arg_list(&mut self) -> (Vec<ExprId>, Option<Pos>, Pos) {
        let mut args = Vec::new();
        let mut dots = None;
        self.xnest += 1;
        let rparen = self.list("argument list", Token::Comma, Token::Rparen, |p| {
            args.push(p.expr());
            if p.tok == Token::DotDotDot {
                dots = Some(p.pos());
                p.next();
            }
            dots.is_some()
        });
        self.xnest -= 1;
        (args, dots, rparen)
    }

    /// `typeList = arg { "," arg } [ "," ]`: types, or (unless `strict`) an
    /// expression first. Also returns whether there was a comma.
    pub(super) fn type_list(&mut self, strict: bool) -> (Vec<ExprId>, bool) {
        self.xnest += 1;
        let first = if strict { self.type_() } else { self.expr() };
        let mut list = vec![first];
        let mut comma = false;
        if self.got(Token::Comma) {
            comma = true;
            if let Some(t) = self.type_or_nil() {
                list.push(t);
                while self.got(Token::Comma) {
                    match self.type_or_nil() {
                        Some(t) => list.push(t),
                        None => break,
                    }
                }
            }
        }
        self.xnest -= 1;
        (list, comma)
    }
}
