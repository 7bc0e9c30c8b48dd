//! Statements.
//!
//! Ported from Go's `stmtOrNil`, `stmtList`, `simpleStmt`, `header`,
//! `ifStmt`, `forStmt`, `switchStmt`, `selectStmt` and friends. A simple
//! statement is first built as a [`Simple`] value and only then stored:
//! in a statement header it may turn out to be a condition, a switch tag,
//! a type switch guard `x := y.(type)` or a range clause, each of which the
//! AST stores differently. `header` also produces Go's diagnostics for
//! headers (`cannot use x = 1 as value`, `missing condition in if
//! statement`, `expected { after if clause`).

use super::{Parser, SEMI};
use crate::ast::{
    AssignOp, BinOp, Block, BranchKind, CaseClause, CommClause, Decl, Expr, ExprId, Ident, Stmt,
    StmtId,
};
use crate::pos::Pos;
use crate::token::{SemiKind, Token};

/// A simple statement, not yet stored.
pub(super) enum Simple {
    /// `x`
    Expr(ExprId),
    /// `bind := x.(type)` in a switch header (`guard` is the assertion).
    Guard { bind: Ident, guard: ExprId },
    /// `ch <- v`
    Send { ch: ExprId, value: ExprId, pos: Pos },
    /// `x++` / `x--`
    IncDec { x: ExprId, inc: bool, pos: Pos },
    /// Assignments and short variable declarations.
    Assign {
        lhs: Vec<ExprId>,
        op: AssignOp,
        rhs: Vec<ExprId>,
        pos: Pos,
    },
    /// `[lhs =|:=] range x` in a for header; `pos` is that of `range`.
    Range {
        lhs: Vec<ExprId>,
        define: bool,
        x: ExprId,
        pos: Pos,
    },
}

/// What a statement header (`if`, `for`, `switch`) consists of.
struct Header {
    init: Option<Simple>,
    cond: Option<Simple>,
    post: Option<Simple>,
}

impl Parser<'_> {
    fn alloc_stmt(&mut self, s: Stmt) -> StmtId {
        self.pkg.stmts.push(s);
        StmtId(self.pkg.stmts.len() as u32 - 1)
    }

    /// Stores a simple statement.
    fn store_simple(&mut self, s: Simple) -> StmtId {
        let st = match s {
            Simple::Expr(x) => Stmt::Expr(x),
            Simple::Guard { bind, guard } => {
                let pos = bind.pos;
                let l = self.ident_expr(bind);
                Stmt::Assign {
                    lhs: vec![l],
                    op: AssignOp::Define,
                    rhs: vec![guard],
                    pos,
                }
            }
            Simple::Send { ch, value, pos } => Stmt::Send { ch, value, pos },
            Simple::IncDec { x, inc, pos } => Stmt::IncDec { x, inc, pos },
            Simple::Assign { lhs, op, rhs, pos } => Stmt::Assign { lhs, op, rhs, pos },
            Simple::Range { x, .. } => Stmt::Expr(x), // only in for headers
        };
        self.alloc_stmt(st)
    }

    /// `SimpleStmt`; `lhs` is an already parsed expression list; `keyword`
    /// is the header the statement is in (`range` is only allowed in `for`).
    fn simple_stmt(&mut self, lhs: Option<Vec<ExprId>>, keyword: Option<Token>) -> Simple {
        if keyword == Some(Token::For) && self.tok == Token::Range {
            return self.range_clause(Vec::new(), false);
        }
        let lhs = match lhs {
            Some(l) => l,
            None => self.expr_list(),
        };
        if lhs.len() == 1 && self.tok != Token::Assign && self.tok != Token::Define {
            let pos = self.pos();
            let x = lhs[0];
            return match self.tok {
                Token::AssignOp(op) => {
                    self.next();
                    let rhs = self.expr();
                    Simple::Assign {
                        lhs,
                        op: AssignOp::Op(op),
                        rhs: vec![rhs],
                        pos,
                    }
                }
                Token::Inc | Token::Dec => {
                    let inc = self.tok == Token::Inc;
                    self.next();
                    Simple::IncDec { x, inc, pos }
                }
                Token::Arrow => {
                    self.next();
                    let value = self.expr();
                    Simple::Send { ch: x, value, pos }
                }
                _ => Simple::Expr(x),
            };
        }
        match self.tok {
            Token::Assign | Token::Define => {
                let pos = self.pos();
                let define = self.tok == Token::Define;
                self.next();
                if keyword == Some(Token::For) && self.tok == Token::Range {
                    return self.range_clause(lhs, define);
                }
                let rhs = self.expr_list();
                if keyword == Some(Token::Switch) && define && rhs.len() == 1 && lhs.len() == 1 {
                    if let (Expr::TypeAssert { ty: None, .. }, Expr::Ident(bind)) =
                        (self.expr_at(rhs[0]), self.expr_at(lhs[0]))
                    {
                        return Simple::Guard {
                            bind: bind.clone(),
                            guard: rhs[0],
                        };
                    }
                }
                let op = if define {
                    AssignOp::Define
                } else {
                    AssignOp::Assign
                };
                Simple::Assign { lhs, op, rhs, pos }
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(&[SEMI, Token::Rbrace]);
                Simple::Expr(lhs[0])
            }
        }
    }

    fn range_clause(&mut self, lhs: Vec<ExprId>, define: bool) -> Simple {
        let pos = self.pos();
        self.next(); // range
        let x = self.expr();
        Simple::Range {
            lhs,
            define,
            x,
            pos,
        }
    }

    /// `Label ":" Statement`, at the `:`.
    fn labeled_stmt(&mut self, label: Ident) -> Option<StmtId> {
        let colon = self.pos();
        self.want(Token::Colon);
        if self.tok == Token::Rbrace {
            // a statement is required; before } it is the empty statement
            let e = self.alloc_stmt(Stmt::Empty(self.pos()));
            return Some(self.alloc_stmt(Stmt::Labeled { label, stmt: e }));
        }
        match self.stmt_or_nil() {
            Some(stmt) => Some(self.alloc_stmt(Stmt::Labeled { label, stmt })),
            None => {
                self.syntax_error_at(colon, "missing statement after label");
                None
            }
        }
    }

    /// `Block = "{" StatementList "}"`; `context` names the construct for
    /// "expected { after if clause".
    pub(super) fn block_stmt(&mut self, context: &str) -> Block {
        let lbrace = self.pos();
        if !self.got(Token::Lbrace) {
            self.syntax_error(&format!("expected {{ after {context}"));
            self.advance(&[Token::Name, Token::Rbrace]);
            let rbrace = self.pos();
            if self.got(Token::Rbrace) {
                return Block {
                    stmts: Vec::new(),
                    lbrace,
                    rbrace,
                };
            }
        }
        let stmts = self.stmt_list();
        let rbrace = self.pos();
        self.want(Token::Rbrace);
        Block {
            stmts,
            lbrace,
            rbrace,
        }
    }

    /// A `var`, `const` or `type` declaration inside a function.
    fn decl_stmt(&mut self) -> StmtId {
        let pos = self.pos();
        let kw = self.tok;
        self.next();
        let d = match kw {
            Token::Var => Decl::Var(self.group(|p| Some(p.var_spec()))),
            Token::Const => Decl::Const(self.const_group()),
            _ => Decl::Type(self.group(|p| Some(p.type_spec()))),
        };
        self.alloc_stmt(Stmt::Decl(d, pos))
    }

    fn for_stmt(&mut self) -> StmtId {
        let pos = self.pos();
        let h = self.header(Token::For);
        let body = self.block_stmt("for clause");
        if let Some(Simple::Range { lhs, define, x, .. }) = h.init {
            if lhs.len() > 2 {
                let p = self.expr_start(lhs[2]);
                self.error_at(p, "range clause permits at most two iteration variables");
            }
            let (key, value) = (lhs.first().copied(), lhs.get(1).copied());
            return self.alloc_stmt(Stmt::Range {
                key,
                value,
                define,
                x,
                body,
                pos,
            });
        }
        let init = h.init.map(|s| self.store_simple(s));
        let cond = match h.cond {
            Some(Simple::Expr(x)) => Some(x),
            _ => None,
        };
        let post = h.post.map(|s| self.store_simple(s));
        self.alloc_stmt(Stmt::For {
            init,
            cond,
            post,
            body,
            pos,
        })
    }

    /// The header of an `if`, `for` or `switch` statement, with xnest = -1 so
    /// that `T {` ends it. The returned `cond` is an expression or a type
    /// switch guard (anything else has been reported).
    fn header(&mut self, keyword: Token) -> Header {
        let mut h = Header {
            init: None,
            cond: None,
            post: None,
        };
        self.want(keyword);
        if self.tok == Token::Lbrace {
            if keyword == Token::If {
                self.syntax_error("missing condition in if statement");
                h.cond = Some(Simple::Expr(self.bad()));
            }
            return h;
        }
        let outer = self.xnest;
        self.xnest = -1;
        if !self.at(SEMI) {
            // accept potential varDecl but complain
            if self.got(Token::Var) {
                self.syntax_error(&format!(
                    "var declaration not allowed in {} initializer",
                    keyword.as_str()
                ));
            }
            let init = self.simple_stmt(None, Some(keyword));
            if matches!(init, Simple::Range { .. }) {
                self.xnest = outer;
                h.init = Some(init);
                return h;
            }
            h.init = Some(init);
        }
        let mut cond = None;
        let mut semi: Option<(Pos, SemiKind)> = None;
        if self.tok != Token::Lbrace {
            if let Token::Semi(k) = self.tok {
                semi = Some((self.pos(), k));
                self.next();
            } else {
                // asking for a '{' rather than a ';' here leads to a better error message
                self.want(Token::Lbrace);
                if self.tok != Token::Lbrace {
                    self.advance(&[Token::Lbrace, Token::Rbrace]);
                }
            }
            if keyword == Token::For {
                self.for_header_rest(&mut h, &mut cond);
            } else if self.tok != Token::Lbrace {
                cond = Some(self.simple_stmt(None, Some(keyword)));
            }
        } else {
            cond = h.init.take();
        }
        h.cond = self.check_cond(cond, keyword, semi);
        self.xnest = outer;
        h
    }

    /// `[ Condition ] ";" [ PostStmt ]` of a three-clause for header.
    fn for_header_rest(&mut self, h: &mut Header, cond: &mut Option<Simple>) {
        if !self.at(SEMI) {
            if self.tok == Token::Lbrace {
                self.syntax_error("expected for loop condition");
                return;
            }
            *cond = Some(self.simple_stmt(None, None));
        }
        self.want(SEMI);
        if self.tok != Token::Lbrace {
            let post = self.simple_stmt(None, None);
            if let Simple::Assign {
                op: AssignOp::Define,
                pos,
                ..
            } = post
            {
                self.syntax_error_at(pos, "cannot declare in post statement of for loop");
            }
            h.post = Some(post);
        }
    }

    /// Checks that a header's condition is an expression (or a type switch
    /// guard); reports Go's errors otherwise.
    fn check_cond(
        &mut self,
        cond: Option<Simple>,
        keyword: Token,
        semi: Option<(Pos, SemiKind)>,
    ) -> Option<Simple> {
        match cond {
            None => {
                if let (Token::If, Some((pos, kind))) = (keyword, semi) {
                    if kind != SemiKind::Semicolon {
                        let lit = Token::Semi(kind).describe("");
                        self.syntax_error_at(
                            pos,
                            &format!("unexpected {lit}, expected {{ after if clause"),
                        );
                    } else {
                        self.syntax_error_at(pos, "missing condition in if statement");
                    }
                    return Some(Simple::Expr(self.bad_at(pos)));
                }
                None
            }
            Some(s @ (Simple::Expr(_) | Simple::Guard { .. })) => Some(s),
            Some(s) => {
                let (pos, text) = self.simple_string(&s);
                self.syntax_error_at(pos, &format!("cannot use {text} as value"));
                None
            }
        }
    }

    /// Position and text of a simple statement for "cannot use ... as value".
    fn simple_string(&self, s: &Simple) -> (Pos, String) {
        let list = |p: &Self, l: &[ExprId]| {
            l.iter()
                .map(|&x| p.expr_string(x))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let emphasize = |p: &Self, l: &[ExprId]| {
            let s = list(p, l);
            if l.len() == 1 && matches!(p.expr_at(l[0]), Expr::Binary { .. }) {
                format!("({s})")
            } else {
                s
            }
        };
        match s {
            Simple::Assign {
                lhs,
                op: AssignOp::Assign,
                rhs,
                pos,
            } => (
                *pos,
                format!(
                    "assignment {} = {}",
                    emphasize(self, lhs),
                    emphasize(self, rhs)
                ),
            ),
            Simple::Assign { lhs, op, rhs, pos } => {
                let op = match op {
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(b) => format!("{}=", b.as_str()),
                    AssignOp::Assign => "=".to_string(),
                };
                (
                    *pos,
                    format!("{} {op} {}", list(self, lhs), list(self, rhs)),
                )
            }
            Simple::IncDec { x, inc, pos } => (
                *pos,
                format!("{}{}", self.expr_string(*x), if *inc { "++" } else { "--" }),
            ),
            Simple::Send { ch, value, pos } => (
                *pos,
                format!("{} <- {}", self.expr_string(*ch), self.expr_string(*value)),
            ),
            Simple::Range {
                lhs,
                define,
                x,
                pos,
            } => {
                let mut s = String::new();
                if !lhs.is_empty() {
                    s = format!("{} {} ", list(self, lhs), if *define { ":=" } else { "=" });
                }
                (*pos, format!("{s}range {}", self.expr_string(*x)))
            }
            Simple::Expr(x) | Simple::Guard { guard: x, .. } => {
                (self.expr_start(*x), self.expr_string(*x))
            }
        }
    }

    fn if_stmt(&mut self) -> StmtId {
        if !self.enter() {
            let pos = self.pos();
            return self.alloc_stmt(Stmt::Bad(pos));
        }
        let pos = self.pos();
        let h = self.header(Token::If);
        let then = self.block_stmt("if clause");
        let mut els = None;
        if self.got(Token::Else) {
            match self.tok {
                Token::If => els = Some(self.if_stmt()),
                Token::Lbrace => {
                    let b = self.block_stmt("");
                    els = Some(self.alloc_stmt(Stmt::Block(b)));
                }
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[Token::Name, Token::Rbrace]);
                }
            }
        }
        let init = h.init.map(|s| self.store_simple(s));
        let cond = match h.cond {
            Some(Simple::Expr(x)) => x,
            Some(Simple::Guard { guard, .. }) => guard,
            _ => self.bad_at(then.lbrace),
        };
        self.leave();
        self.alloc_stmt(Stmt::If {
            init,
            cond,
            then,
            els,
            pos,
        })
    }

    fn switch_stmt(&mut self) -> StmtId {
        let pos = self.pos();
        let h = self.header(Token::Switch);
        if !self.got(Token::Lbrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[Token::Case, Token::Default, Token::Rbrace]);
        }
        let mut body = Vec::new();
        while self.tok != Token::Eof && self.tok != Token::Rbrace {
            let start = self.idx;
            body.push(self.case_clause());
            if self.idx == start {
                self.advance(&[]);
            }
        }
        let rbrace = self.pos();
        self.want(Token::Rbrace);
        let init = h.init.map(|s| self.store_simple(s));
        let (bind, guard) = match h.cond {
            Some(Simple::Guard { bind, guard }) => (Some(bind), Some(guard)),
            Some(Simple::Expr(x))
                if matches!(self.expr_at(x), Expr::TypeAssert { ty: None, .. }) =>
            {
                (None, Some(x))
            }
            Some(Simple::Expr(x)) => {
                return self.alloc_stmt(Stmt::Switch {
                    init,
                    tag: Some(x),
                    body,
                    pos,
                    rbrace,
                });
            }
            _ => (None, None),
        };
        match guard.map(|g| self.expr_at(g).clone()) {
            Some(Expr::TypeAssert { x, .. }) => self.alloc_stmt(Stmt::TypeSwitch {
                init,
                bind,
                x,
                body,
                pos,
            }),
            _ => self.alloc_stmt(Stmt::Switch {
                init,
                tag: None,
                body,
                pos,
                rbrace,
            }),
        }
    }

    fn select_stmt(&mut self) -> StmtId {
        let pos = self.pos();
        self.want(Token::Select);
        if !self.got(Token::Lbrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[Token::Case, Token::Default, Token::Rbrace]);
        }
        let mut body = Vec::new();
        while self.tok != Token::Eof && self.tok != Token::Rbrace {
            let start = self.idx;
            body.push(self.comm_clause());
            if self.idx == start {
                self.advance(&[]);
            }
        }
        self.want(Token::Rbrace);
        self.alloc_stmt(Stmt::Select { body, pos })
    }

    /// `case` or `default` of a switch (`None` list) up to the `:`.
    fn clause_head(&mut self, comm: bool) -> (Option<Simple>, Vec<ExprId>, bool) {
        match self.tok {
            Token::Case => {
                self.next();
                if comm {
                    (Some(self.simple_stmt(None, None)), Vec::new(), false)
                } else {
                    (None, self.expr_list(), false)
                }
            }
            Token::Default => {
                self.next();
                (None, Vec::new(), true)
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Token::Colon, Token::Case, Token::Default, Token::Rbrace]);
                (None, Vec::new(), false)
            }
        }
    }

    fn case_clause(&mut self) -> CaseClause {
        let pos = self.pos();
        let (_, list, default) = self.clause_head(false);
        let colon = self.pos();
        self.want(Token::Colon);
        let body = self.stmt_list();
        CaseClause {
            list,
            default,
            body,
            pos,
            colon,
        }
    }

    fn comm_clause(&mut self) -> CommClause {
        let pos = self.pos();
        let (comm, _, _) = self.clause_head(true);
        let comm = comm.map(|s| self.store_simple(s));
        self.want(Token::Colon);
        let body = self.stmt_list();
        CommClause { comm, body, pos }
    }

    /// `go` or `defer` with its call.
    fn call_stmt(&mut self) -> StmtId {
        let pos = self.pos();
        let go = self.tok == Token::Go;
        self.next();
        let mut x = self.pexpr(None);
        let t = self.unparen(x);
        if t != x {
            let p = self.expr_start(x);
            self.error_at(
                p,
                format!(
                    "expression in {} must not be parenthesized",
                    if go { "go" } else { "defer" }
                ),
            );
            x = t;
        }
        self.alloc_stmt(if go {
            Stmt::Go { call: x, pos }
        } else {
            Stmt::Defer { call: x, pos }
        })
    }

    /// A statement, or `None` if none starts here.
    pub(super) fn stmt_or_nil(&mut self) -> Option<StmtId> {
        if !self.enter() {
            return None;
        }
        let s = self.stmt_or_nil_inner();
        self.leave();
        s
    }

    fn stmt_or_nil_inner(&mut self) -> Option<StmtId> {
        let pos = self.pos();
        // most statements start with an identifier
        if self.tok == Token::Name {
            let lhs = self.expr_list();
            if lhs.len() == 1 && self.tok == Token::Colon {
                if let Expr::Ident(label) = self.expr_at(lhs[0]) {
                    let label = label.clone();
                    return self.labeled_stmt(label);
                }
            }
            let s = self.simple_stmt(Some(lhs), None);
            return Some(self.store_simple(s));
        }
        let branch = |p: &mut Self, kind: BranchKind, label: Option<Ident>| {
            Some(p.alloc_stmt(Stmt::Branch { kind, label, pos }))
        };
        match self.tok {
            Token::Var | Token::Const | Token::Type => Some(self.decl_stmt()),
            Token::Lbrace => {
                let b = self.block_stmt("");
                Some(self.alloc_stmt(Stmt::Block(b)))
            }
            Token::Op(BinOp::Add | BinOp::Sub | BinOp::And | BinOp::Xor)
            | Token::Star
            | Token::Not
            | Token::Literal(_)
            | Token::Func
            | Token::Lparen
            | Token::Lbrack
            | Token::Struct
            | Token::Map
            | Token::Chan
            | Token::Interface
            | Token::Arrow => {
                let s = self.simple_stmt(None, None);
                Some(self.store_simple(s))
            }
            Token::For => Some(self.for_stmt()),
            Token::Switch => Some(self.switch_stmt()),
            Token::Select => Some(self.select_stmt()),
            Token::If => Some(self.if_stmt()),
            Token::Fallthrough => {
                self.next();
                branch(self, BranchKind::Fallthrough, None)
            }
            Token::Break | Token::Continue => {
                let kind = if self.tok == Token::Break {
                    BranchKind::Break
                } else {
                    BranchKind::Continue
                };
                self.next();
                let label = if self.tok == Token::Name {
                    Some(self.name())
                } else {
                    None
                };
                branch(self, kind, label)
            }
            Token::Go | Token::Defer => Some(self.call_stmt()),
            Token::Goto => {
                self.next();
                let label = Some(self.name());
                branch(self, BranchKind::Goto, label)
            }
            Token::Return => {
                self.next();
                let results = if !self.at(SEMI) && self.tok != Token::Rbrace {
                    self.expr_list()
                } else {
                    Vec::new()
                };
                Some(self.alloc_stmt(Stmt::Return { results, pos }))
            }
            Token::Semi(_) => Some(self.alloc_stmt(Stmt::Empty(pos))),
            _ => None,
        }
    }

    /// `StatementList = { Statement ";" }`, up to `}`, `case` or `default`.
    fn stmt_list(&mut self) -> Vec<StmtId> {
        let mut list = Vec::new();
        while !matches!(
            self.tok,
            Token::Eof | Token::Rbrace | Token::Case | Token::Default
        ) {
            let start = self.idx;
            let Some(s) = self.stmt_or_nil() else { break };
            list.push(s);
            // ";" is optional before "}"
            if !self.got(SEMI) && self.tok != Token::Rbrace {
                self.syntax_error("at end of statement");
                self.advance(&[SEMI, Token::Rbrace, Token::Case, Token::Default]);
                self.got(SEMI); // avoid spurious empty statement
            }
            if self.idx == start {
                self.advance(&[]);
            }
        }
        list
    }
}
