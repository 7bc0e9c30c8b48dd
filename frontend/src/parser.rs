//! The parser: Go source tokens to the AST of [`crate::ast`].
//!
//! A hand-written recursive-descent parser, ported production by production
//! from Go's own `cmd/compile/internal/syntax/parser.go`, because the goal is
//! to report the *same* syntax errors as `go build`, at the same positions,
//! and Go's messages are shaped by that parser's control flow (what it
//! expected at the point it gave up, how it recovered). The port keeps Go's
//! devices:
//!
//! - `xnest`, the expression nesting level that settles the composite-literal
//!   ambiguity: in an `if`/`for`/`switch` header it is -1, so `T {` ends the
//!   header, unless the `{` is inside parentheses, brackets or a literal.
//! - `advance(followlist)`, which skips to a synchronization token (and, inside
//!   functions, to any statement keyword) after an error.
//! - message assembly as in `syntaxErrorAt`: "unexpected X" plus "in ...",
//!   "at ...", "after ..." or ", expected ...".
//! - error filtering as in `cmd/compile/internal/base`: one syntax error per
//!   line, equal other errors once per line, none at EOF after an error.
//!
//! On top of Go's parser it bounds recursion ([`MAX_DEPTH`]) and runs on a
//! thread with a stack big enough for that depth, so that no input can
//! overflow the stack, and it guards every loop against making no progress.
//! The productions live in submodules by topic: `decl`, `types`, `expr`,
//! `stmt`; `print` renders expressions for messages like Go's `String(n)`.

mod decl;
mod expr;
mod params;
mod print;
mod stmt;
mod types;

use crate::ast::{Expr, ExprId, File, Ident, Package};
use crate::diag::Diagnostics;
use crate::lexer::{tokenize, LexError, Tok};
use crate::pos::{Pos, SourceMap};
use crate::token::{SemiKind, Token};

/// Deepest nesting of expressions, types and statements the parser follows
/// before giving up with "exceeded max nesting depth".
pub const MAX_DEPTH: u32 = 1000;

/// Any semicolon (written or inserted), for [`Parser::at`] and friends.
const SEMI: Token = Token::Semi(SemiKind::Semicolon);

/// Keywords that start a statement: synchronization points after an error
/// inside a function body (Go's `stopset`).
fn in_stopset(t: Token) -> bool {
    use Token::*;
    matches!(
        t,
        Break
            | Const
            | Continue
            | Defer
            | Fallthrough
            | For
            | Go
            | Goto
            | If
            | Return
            | Select
            | Switch
            | Type
            | Var
    )
}

/// Parses file `file_id` of `sources` and appends it to `pkg.files`, even
/// when it has errors (then the file is partial). Lexical and syntax errors
/// go to `diags`, worded and positioned as `go build` reports them. Only
/// errors starting with `syntax error` make Go stop before type checking:
/// see [`has_syntax_errors`].
pub fn parse_file(pkg: &mut Package, sources: &SourceMap, file_id: u32, diags: &mut Diagnostics) {
    // Run on a thread with a known, large stack: MAX_DEPTH levels of nesting
    // need a few MB in debug builds, more than a caller's thread may have.
    let mut args = Some((pkg, diags));
    let slot = &mut args;
    let spawned = std::thread::scope(|s| {
        std::thread::Builder::new()
            .name("gowgc-parse".into())
            .stack_size(PARSER_STACK)
            .spawn_scoped(s, move || {
                if let Some((pkg, diags)) = slot.take() {
                    parse_here(pkg, sources, file_id, diags);
                }
            })
            .map(|h| h.join())
    });
    match spawned {
        Ok(Ok(())) => {}
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
        // no threads here: parse on the caller's stack
        Err(_) => {
            if let Some((pkg, diags)) = args {
                parse_here(pkg, sources, file_id, diags);
            }
        }
    }
}

/// Stack size of the parser thread (see [`parse_file`]).
const PARSER_STACK: usize = 64 << 20;

fn parse_here(pkg: &mut Package, sources: &SourceMap, file_id: u32, diags: &mut Diagnostics) {
    let src = sources.file(file_id).text.as_str();
    let (toks, lex_errors) = tokenize(src);
    let mut p = Parser::new(pkg, sources, file_id, diags, toks, lex_errors);
    let file = p.file();
    pkg.files.push(file);
}

/// `true` if `diags` holds a syntax error (Go does not type-check then;
/// lexical errors alone do not stop it).
pub fn has_syntax_errors(diags: &Diagnostics) -> bool {
    diags
        .sorted()
        .iter()
        .any(|d| d.message.starts_with("syntax error"))
}

/// Parser state for one file.
struct Parser<'a> {
    pkg: &'a mut Package,
    sources: &'a SourceMap,
    diags: &'a mut Diagnostics,
    src: &'a str,
    file_id: u32,
    toks: Vec<Tok>,
    lex_errors: Vec<LexError>,
    lex_reported: usize,
    /// Index of the current token in `toks`.
    idx: usize,
    /// The current token's kind.
    tok: Token,
    /// Errors reported so far (Go's `errcnt`; `first != nil` iff > 0).
    errcnt: usize,
    /// Line of the last syntax error reported (one per line).
    last_syntax_line: Option<u32>,
    /// Line and text of the last other error (equal ones once per line).
    last_other: Option<(u32, String)>,
    /// Function nesting level (enables the statement stopset).
    fnest: i32,
    /// Expression nesting level (composite-literal ambiguity).
    xnest: i32,
    /// Recursion depth, bounded by [`MAX_DEPTH`].
    depth: u32,
}

impl<'a> Parser<'a> {
    fn new(
        pkg: &'a mut Package,
        sources: &'a SourceMap,
        file_id: u32,
        diags: &'a mut Diagnostics,
        toks: Vec<Tok>,
        lex_errors: Vec<LexError>,
    ) -> Self {
        let src = sources.file(file_id).text.as_str();
        let tok = toks.first().map_or(Token::Eof, |t| t.token);
        let mut p = Parser {
            pkg,
            sources,
            diags,
            src,
            file_id,
            toks,
            lex_errors,
            lex_reported: 0,
            idx: 0,
            tok,
            errcnt: 0,
            last_syntax_line: None,
            last_other: None,
            fnest: 0,
            xnest: 0,
            depth: 0,
        };
        p.flush_lex_errors();
        p
    }

    // ---- tokens ----

    /// Advances to the next token, reporting the lexical errors Go's scanner
    /// would report while scanning it.
    fn next(&mut self) {
        if self.idx + 1 < self.toks.len() {
            self.idx += 1;
        }
        self.tok = self.toks[self.idx].token;
        self.flush_lex_errors();
    }

    fn flush_lex_errors(&mut self) {
        while let Some(e) = self.lex_errors.get(self.lex_reported) {
            if e.token_index as usize > self.idx {
                break;
            }
            let (pos, msg) = (self.pos_at(e.offset), e.message.clone());
            self.lex_reported += 1;
            self.error_at(pos, msg);
        }
    }

    /// Position of byte `offset` of this file.
    fn pos_at(&self, offset: u32) -> Pos {
        Pos {
            file: self.file_id,
            offset,
        }
    }

    /// Position of the current token.
    fn pos(&self) -> Pos {
        self.pos_at(self.toks[self.idx].start)
    }

    /// Source text of the current token.
    fn lit(&self) -> &'a str {
        let t = self.toks[self.idx];
        &self.src[t.start as usize..t.end as usize]
    }

    /// Whether the current token is `t` (any semicolon matches `SEMI`).
    fn at(&self, t: Token) -> bool {
        match t {
            Token::Semi(_) => matches!(self.tok, Token::Semi(_)),
            _ => self.tok == t,
        }
    }

    fn got(&mut self, t: Token) -> bool {
        if self.at(t) {
            self.next();
            true
        } else {
            false
        }
    }

    fn want(&mut self, t: Token) {
        if !self.got(t) {
            self.syntax_error(&format!("expected {}", t.expected()));
            self.advance(&[]);
        }
    }

    /// Go's `gotAssign`: accepts `=`, and `:=` with an error.
    fn got_assign(&mut self) -> bool {
        match self.tok {
            Token::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            Token::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    /// Skips tokens until one of `follow` (token classes), EOF, or (inside a
    /// function) a statement keyword. With an empty list, skips one token.
    fn advance(&mut self, follow: &[Token]) {
        if follow.is_empty() {
            if self.tok != Token::Eof {
                self.next();
            }
            return;
        }
        while self.tok != Token::Eof
            && !follow.iter().any(|&f| f.same_class(self.tok))
            && !(self.fnest > 0 && in_stopset(self.tok))
        {
            self.next();
        }
    }

    // ---- errors ----

    /// Reports `msg` at `pos`, filtered as Go's `base.ErrorfAt` filters.
    fn error_at(&mut self, pos: Pos, msg: impl Into<String>) {
        let msg = msg.into();
        self.errcnt += 1;
        let line = self.sources.line_col(pos).0;
        if msg.starts_with("syntax error") {
            if self.last_syntax_line == Some(line) {
                return;
            }
            self.last_syntax_line = Some(line);
        } else {
            if matches!(&self.last_other, Some((l, m)) if *l == line && *m == msg) {
                return;
            }
            self.last_other = Some((line, msg.clone()));
        }
        self.diags.error(pos, msg);
    }

    /// Reports a non-syntax error at the current token.
    fn error(&mut self, msg: &str) {
        let pos = self.pos();
        self.error_at(pos, msg);
    }

    /// Go's `syntaxErrorAt`: "syntax error: unexpected TOKEN" plus `msg`
    /// when it starts with "in ", "at ", "after " or "expected "; else
    /// "syntax error: " plus `msg`.
    fn syntax_error_at(&mut self, pos: Pos, msg: &str) {
        if self.tok == Token::Eof && self.errcnt > 0 {
            return; // avoid meaningless follow-up errors
        }
        let tail = if msg.is_empty() {
            String::new()
        } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!(" {msg}")
        } else if msg.starts_with("expected ") {
            format!(", {msg}")
        } else {
            self.error_at(pos, format!("syntax error: {msg}"));
            return;
        };
        let tok = self.tok.describe(self.lit());
        self.error_at(pos, format!("syntax error: unexpected {tok}{tail}"));
    }

    fn syntax_error(&mut self, msg: &str) {
        let pos = self.pos();
        self.syntax_error_at(pos, msg);
    }

    // ---- nesting ----

    /// Enters one nesting level; on overflow reports once and skips to EOF
    /// (so every caller unwinds) and returns `false`.
    fn enter(&mut self) -> bool {
        if self.depth >= MAX_DEPTH {
            if self.tok != Token::Eof {
                let pos = self.pos();
                self.error_at(pos, "exceeded max nesting depth");
                self.idx = self.toks.len() - 1;
                self.tok = Token::Eof;
                self.lex_reported = self.lex_errors.len();
            }
            return false;
        }
        self.depth += 1;
        true
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ---- nodes ----

    fn alloc(&mut self, e: Expr) -> ExprId {
        self.pkg.exprs.push(e);
        ExprId(self.pkg.exprs.len() as u32 - 1)
    }

    fn expr_at(&self, id: ExprId) -> &Expr {
        &self.pkg.exprs[id.0 as usize]
    }

    fn bad_at(&mut self, pos: Pos) -> ExprId {
        self.alloc(Expr::Bad(pos))
    }

    fn bad(&mut self) -> ExprId {
        let pos = self.pos();
        self.bad_at(pos)
    }

    fn ident_expr(&mut self, id: Ident) -> ExprId {
        self.alloc(Expr::Ident(id))
    }

    /// `identifier`, or `_` after an error.
    fn name(&mut self) -> Ident {
        let pos = self.pos();
        if self.tok == Token::Name {
            let name = self.lit().to_string();
            self.next();
            return Ident { name, pos };
        }
        self.syntax_error("expected name");
        self.advance(&[]);
        Ident {
            name: "_".into(),
            pos,
        }
    }

    /// `IdentifierList = identifier { "," identifier }` after the first.
    fn name_list(&mut self, first: Ident) -> Vec<Ident> {
        let mut l = vec![first];
        while self.got(Token::Comma) {
            l.push(self.name());
        }
        l
    }

    /// Go's `list`: `[ f { sep f } [sep] ] close`; `f` returns `true` to
    /// stop accepting elements. Returns the position of `close`.
    fn list(
        &mut self,
        context: &str,
        sep: Token,
        close: Token,
        mut f: impl FnMut(&mut Self) -> bool,
    ) -> Pos {
        let mut done = false;
        while self.tok != Token::Eof && !self.at(close) && !done {
            let start = self.idx;
            done = f(self);
            if !self.got(sep) && !self.at(close) {
                let msg = format!(
                    "in {context}; possibly missing {} or {}",
                    sep.expected(),
                    close.expected()
                );
                self.syntax_error(&msg);
                self.advance(&[Token::Rparen, Token::Rbrack, Token::Rbrace]);
                if !self.at(close) {
                    return self.pos();
                }
            }
            if self.idx == start && !done && !self.at(close) {
                self.advance(&[]); // no progress: never loop forever
            }
        }
        let pos = self.pos();
        self.want(close);
        pos
    }

    /// The whole file: `PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" }`.
    fn file(&mut self) -> File {
        let pos = self.pos();
        let mut f = File {
            file_id: self.file_id,
            package: Ident {
                name: "_".into(),
                pos,
            },
            imports: Vec::new(),
            decls: Vec::new(),
        };
        if !self.got(Token::Package) {
            self.syntax_error("package statement must be first");
            return f;
        }
        f.package = self.name();
        self.want(SEMI);
        if self.errcnt > 0 {
            return f; // Go does not continue after errors in the package clause
        }
        self.top_level_decls(&mut f);
        f
    }
}
