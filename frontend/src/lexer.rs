//! The lexer: a `logos` token stream plus Go's semicolon insertion.
//!
//! `logos` recognizes the fixed tokens, identifiers and the *start* of each
//! literal and comment; the literals' bodies are scanned by hand-written
//! callbacks, because Go's lexical errors (`newline in string`, `invalid
//! digit '8' in octal literal`, ...) need the scanner's exact positions, which
//! a single regex cannot give. The callbacks follow `scanner.go` of Go's
//! `cmd/compile/internal/syntax` step by step, messages included.
//!
//! [`Lexer`] is the thin layer over the logos stream that inserts semicolons,
//! as starlark-rust layers indentation over logos: a newline (or a block
//! comment spanning lines, or the end of the file) after an identifier,
//! literal, `break continue fallthrough return ++ -- ) ] }` becomes a
//! [`Token::Semi`]. It also tags every lexical error with the index of the
//! token whose scanning produced it, so the parser can report the errors at
//! the moment Go's scanner would (Go stops early on some syntax errors, and
//! then never sees later lexical errors).

use crate::ast::{BinOp, LitKind};
use crate::token::{SemiKind, Token};
use logos::Logos;

pub use literal::{unquote_char, unquote_string};

/// One token: kind and byte span. Inserted semicolons have an empty span.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Tok {
    /// The kind.
    pub token: Token,
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset after the last byte.
    pub end: u32,
}

/// A lexical error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    /// Byte offset Go reports the error at.
    pub offset: u32,
    /// Go's message, e.g. `newline in string`.
    pub message: String,
    /// Index of the token during whose scanning the error arose.
    pub token_index: u32,
}

/// Errors found by the logos callbacks, with their offsets.
#[derive(Default)]
struct Extras {
    errors: Vec<(u32, String)>,
}

impl Extras {
    fn error(&mut self, offset: usize, message: impl Into<String>) {
        self.errors.push((offset as u32, message.into()));
    }
}

/// The raw logos token stream, before semicolon insertion.
#[derive(Logos, Debug, Clone, Copy, PartialEq)]
#[logos(extras = Extras)]
// NUL and BOM are skipped like Go's source reader skips them (the errors for
// them come from a separate scan, see `Lexer::new`).
#[logos(skip r"[ \t\r\x00\u{FEFF}]+")]
#[logos(skip(r"//[^\n]*", allow_greedy = true))]
enum Raw {
    #[token("\n")]
    Newline,
    /// A block comment; `true` if it spans lines.
    #[token("/*", literal::block_comment)]
    Comment(bool),
    /// Every non-ASCII character (but the BOM) may continue an identifier;
    /// the callback reports the ones that are not letters or digits, as Go.
    #[regex(
        r"([a-zA-Z_]|[^\x00-\x7F\u{FEFF}])([a-zA-Z0-9_]|[^\x00-\x7F\u{FEFF}])*",
        literal::ident
    )]
    Name,
    #[regex("[0-9]", |lex| literal::number(lex, false))]
    #[regex(r"\.[0-9]", |lex| literal::number(lex, true))]
    Number(LitKind),
    #[token("\"", literal::std_string)]
    #[token("`", literal::raw_string)]
    Str,
    #[token("'", literal::rune_lit)]
    Char,
    #[token("break", |_| Token::Break)]
    #[token("case", |_| Token::Case)]
    #[token("chan", |_| Token::Chan)]
    #[token("const", |_| Token::Const)]
    #[token("continue", |_| Token::Continue)]
    #[token("default", |_| Token::Default)]
    #[token("defer", |_| Token::Defer)]
    #[token("else", |_| Token::Else)]
    #[token("fallthrough", |_| Token::Fallthrough)]
    #[token("for", |_| Token::For)]
    #[token("func", |_| Token::Func)]
    #[token("go", |_| Token::Go)]
    #[token("goto", |_| Token::Goto)]
    #[token("if", |_| Token::If)]
    #[token("import", |_| Token::Import)]
    #[token("interface", |_| Token::Interface)]
    #[token("map", |_| Token::Map)]
    #[token("package", |_| Token::Package)]
    #[token("range", |_| Token::Range)]
    #[token("return", |_| Token::Return)]
    #[token("select", |_| Token::Select)]
    #[token("struct", |_| Token::Struct)]
    #[token("switch", |_| Token::Switch)]
    #[token("type", |_| Token::Type)]
    #[token("var", |_| Token::Var)]
    #[token("||", |_| Token::Op(BinOp::OrOr))]
    #[token("&&", |_| Token::Op(BinOp::AndAnd))]
    #[token("==", |_| Token::Op(BinOp::Eq))]
    #[token("!=", |_| Token::Op(BinOp::Ne))]
    #[token("<", |_| Token::Op(BinOp::Lt))]
    #[token("<=", |_| Token::Op(BinOp::Le))]
    #[token(">", |_| Token::Op(BinOp::Gt))]
    #[token(">=", |_| Token::Op(BinOp::Ge))]
    #[token("+", |_| Token::Op(BinOp::Add))]
    #[token("-", |_| Token::Op(BinOp::Sub))]
    #[token("|", |_| Token::Op(BinOp::Or))]
    #[token("^", |_| Token::Op(BinOp::Xor))]
    #[token("/", |_| Token::Op(BinOp::Div))]
    #[token("%", |_| Token::Op(BinOp::Rem))]
    #[token("<<", |_| Token::Op(BinOp::Shl))]
    #[token(">>", |_| Token::Op(BinOp::Shr))]
    #[token("&", |_| Token::Op(BinOp::And))]
    #[token("&^", |_| Token::Op(BinOp::AndNot))]
    #[token("*", |_| Token::Star)]
    #[token("!", |_| Token::Not)]
    #[token("~", |_| Token::Tilde)]
    #[token("+=", |_| Token::AssignOp(BinOp::Add))]
    #[token("-=", |_| Token::AssignOp(BinOp::Sub))]
    #[token("|=", |_| Token::AssignOp(BinOp::Or))]
    #[token("^=", |_| Token::AssignOp(BinOp::Xor))]
    #[token("*=", |_| Token::AssignOp(BinOp::Mul))]
    #[token("/=", |_| Token::AssignOp(BinOp::Div))]
    #[token("%=", |_| Token::AssignOp(BinOp::Rem))]
    #[token("<<=", |_| Token::AssignOp(BinOp::Shl))]
    #[token(">>=", |_| Token::AssignOp(BinOp::Shr))]
    #[token("&=", |_| Token::AssignOp(BinOp::And))]
    #[token("&^=", |_| Token::AssignOp(BinOp::AndNot))]
    #[token("++", |_| Token::Inc)]
    #[token("--", |_| Token::Dec)]
    #[token("=", |_| Token::Assign)]
    #[token(":=", |_| Token::Define)]
    #[token("<-", |_| Token::Arrow)]
    #[token("(", |_| Token::Lparen)]
    #[token("[", |_| Token::Lbrack)]
    #[token("{", |_| Token::Lbrace)]
    #[token(")", |_| Token::Rparen)]
    #[token("]", |_| Token::Rbrack)]
    #[token("}", |_| Token::Rbrace)]
    #[token(",", |_| Token::Comma)]
    #[token(";", |_| Token::Semi(SemiKind::Semicolon))]
    #[token(":", |_| Token::Colon)]
    #[token(".", |_| Token::Dot)]
    #[token("...", |_| Token::DotDotDot)]
    Fixed(Token),
}

/// Go's lexer: tokens with semicolons inserted, then [`Token::Eof`] (once).
pub struct Lexer<'a> {
    src: &'a str,
    raw: logos::Lexer<'a, Raw>,
    /// Whether a newline now becomes a semicolon.
    nlsemi: bool,
    /// NUL and misplaced-BOM errors, found up front, in offset order.
    source_errors: Vec<(u32, String)>,
    source_errors_taken: usize,
    /// Errors handed out with tokens so far.
    errors: Vec<LexError>,
    raw_errors_taken: usize,
    emitted: u32,
    done: bool,
}

impl<'a> Lexer<'a> {
    /// A lexer over `src`.
    pub fn new(src: &'a str) -> Self {
        let mut source_errors = Vec::new();
        for (i, c) in src.char_indices() {
            match c {
                '\0' => source_errors.push((i as u32, "invalid NUL character".to_string())),
                '\u{FEFF}' if i > 0 => source_errors.push((
                    i as u32,
                    "invalid BOM in the middle of the file".to_string(),
                )),
                _ => {}
            }
        }
        Lexer {
            src,
            raw: Raw::lexer(src),
            nlsemi: false,
            source_errors,
            source_errors_taken: 0,
            errors: Vec::new(),
            raw_errors_taken: 0,
            emitted: 0,
            done: false,
        }
    }

    /// The lexical errors of the tokens returned so far.
    pub fn errors(&self) -> &[LexError] {
        &self.errors
    }

    /// Consumes the lexer, returning its errors.
    pub fn into_errors(self) -> Vec<LexError> {
        self.errors
    }

    /// Tags the errors found since the previous token with the index of the
    /// token about to be returned, and returns it.
    fn emit(&mut self, token: Token, start: usize, end: usize) -> Tok {
        let index = self.emitted;
        self.emitted += 1;
        let mut new: Vec<(u32, String)> = self.raw.extras.errors[self.raw_errors_taken..].to_vec();
        self.raw_errors_taken = self.raw.extras.errors.len();
        while let Some((off, _)) = self.source_errors.get(self.source_errors_taken) {
            if (*off as usize) >= end.max(start + 1) && token != Token::Eof {
                break;
            }
            new.push(self.source_errors[self.source_errors_taken].clone());
            self.source_errors_taken += 1;
        }
        new.sort_by_key(|e| e.0);
        self.errors
            .extend(new.into_iter().map(|(offset, message)| LexError {
                offset,
                message,
                token_index: index,
            }));
        Tok {
            token,
            start: start as u32,
            end: end as u32,
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Tok;

    fn next(&mut self) -> Option<Tok> {
        if self.done {
            return None;
        }
        loop {
            let Some(item) = self.raw.next() else {
                let n = self.src.len();
                if std::mem::take(&mut self.nlsemi) {
                    return Some(self.emit(Token::Semi(SemiKind::Eof), n, n));
                }
                self.done = true;
                return Some(self.emit(Token::Eof, n, n));
            };
            let span = self.raw.span();
            let token = match item {
                Err(()) => {
                    // Unknown character: report and skip it; `nlsemi` is kept.
                    let c = self.src[span.start..].chars().next().unwrap_or('\0');
                    let msg = format!("invalid character {}", literal::fmt_unicode(c as u32));
                    self.raw.extras.error(span.start, msg);
                    continue;
                }
                Ok(Raw::Newline) => {
                    if std::mem::take(&mut self.nlsemi) {
                        return Some(self.emit(
                            Token::Semi(SemiKind::Newline),
                            span.start,
                            span.start,
                        ));
                    }
                    continue;
                }
                Ok(Raw::Comment(multiline)) => {
                    if multiline && self.nlsemi {
                        self.nlsemi = false;
                        return Some(self.emit(
                            Token::Semi(SemiKind::Newline),
                            span.start,
                            span.start,
                        ));
                    }
                    continue;
                }
                Ok(Raw::Name) => Token::Name,
                Ok(Raw::Number(kind)) => Token::Literal(kind),
                Ok(Raw::Str) => Token::Literal(LitKind::String),
                Ok(Raw::Char) => Token::Literal(LitKind::Char),
                Ok(Raw::Fixed(t)) => t,
            };
            self.nlsemi = token.ends_statement();
            return Some(self.emit(token, span.start, span.end));
        }
    }
}

/// All tokens of `src` (ending with [`Token::Eof`]) and all lexical errors.
pub fn tokenize(src: &str) -> (Vec<Tok>, Vec<LexError>) {
    let mut lexer = Lexer::new(src);
    let toks: Vec<Tok> = lexer.by_ref().collect();
    (toks, lexer.into_errors())
}

/// Literal and comment bodies (logos callbacks), Go-style value decoding,
/// and the formatting of characters in messages (`%#U`, `%q`).
mod literal {
    use super::Raw;
    use crate::ast::LitKind;
    use logos::Logos;

    type Lx<'a> = logos::Lexer<'a, Raw>;

    /// Unicode classes Go's identifiers use, taken from logos's tables.
    #[derive(Logos, Debug, PartialEq)]
    enum UniClass {
        #[regex(r"\p{L}")]
        Letter,
        #[regex(r"\p{Nd}")]
        Digit,
    }

    fn uni_class(c: char) -> Option<UniClass> {
        let mut buf = [0u8; 4];
        let s: &str = c.encode_utf8(&mut buf);
        let mut lx = UniClass::lexer(s);
        match lx.next() {
            Some(Ok(k)) if lx.span().end == s.len() => Some(k),
            _ => None,
        }
    }

    fn ch_at(src: &str, i: usize) -> Option<char> {
        src.get(i..).and_then(|s| s.chars().next())
    }

    /// Moves the logos lexer's end to byte offset `end`.
    fn finish(lex: &mut Lx, end: usize) {
        let cur = lex.span().end;
        if end > cur {
            lex.bump(end - cur);
        }
    }

    pub(super) fn block_comment(lex: &mut Lx) -> bool {
        let rest = lex.remainder();
        match rest.find("*/") {
            Some(k) => {
                let multi = rest[..k].contains('\n');
                lex.bump(k + 2);
                multi
            }
            None => {
                let multi = rest.contains('\n');
                let start = lex.span().start;
                lex.extras.error(start, "comment not terminated");
                lex.bump(rest.len());
                multi
            }
        }
    }

    pub(super) fn ident(lex: &mut Lx) {
        let s = lex.slice();
        if s.is_ascii() {
            return;
        }
        let start = lex.span().start;
        for (k, (off, c)) in s.char_indices().enumerate() {
            if c.is_ascii() {
                continue;
            }
            match uni_class(c) {
                Some(UniClass::Letter) => {}
                Some(UniClass::Digit) => {
                    if k == 0 {
                        let msg = format!(
                            "identifier cannot begin with digit {}",
                            fmt_unicode(c as u32)
                        );
                        lex.extras.error(start + off, msg);
                    }
                }
                None => {
                    let msg = format!("invalid character {} in identifier", fmt_unicode(c as u32));
                    lex.extras.error(start + off, msg);
                }
            }
        }
    }

    fn lower(c: u8) -> u8 {
        c | 0x20
    }

    fn base_name(base: u32) -> &'static str {
        match base {
            2 => "binary",
            8 => "octal",
            10 => "decimal",
            _ => "hexadecimal",
        }
    }

    /// Go's `digits`: bit 0 of the result is "saw a digit", bit 1 "saw `_`".
    fn digits(
        s: &[u8],
        i: &mut usize,
        base: u32,
        start: usize,
        invalid: &mut Option<usize>,
    ) -> u32 {
        let mut digsep = 0;
        let at = |i: usize| s.get(i).copied().unwrap_or(0);
        if base <= 10 {
            let max = b'0' + base as u8;
            while at(*i).is_ascii_digit() || at(*i) == b'_' {
                let c = at(*i);
                if c == b'_' {
                    digsep |= 2;
                } else {
                    digsep |= 1;
                    if c >= max && invalid.is_none() {
                        *invalid = Some(*i - start);
                    }
                }
                *i += 1;
            }
        } else {
            while at(*i).is_ascii_hexdigit() || at(*i) == b'_' {
                digsep |= if at(*i) == b'_' { 2 } else { 1 };
                *i += 1;
            }
        }
        digsep
    }

    /// Index of the first misplaced `_` in a number literal (Go's `invalidSep`).
    fn invalid_sep(x: &[u8]) -> Option<usize> {
        let mut x1 = b' ';
        let mut d = b'.';
        let mut i = 0;
        if x.len() >= 2 && x[0] == b'0' {
            x1 = lower(x[1]);
            if x1 == b'x' || x1 == b'o' || x1 == b'b' {
                d = b'0';
                i = 2;
            }
        }
        while i < x.len() {
            let p = d;
            d = x[i];
            if d == b'_' {
                if p != b'0' {
                    return Some(i);
                }
            } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
                d = b'0';
            } else {
                if p == b'_' {
                    return Some(i - 1);
                }
                d = b'.';
            }
            i += 1;
        }
        if d == b'_' {
            return Some(x.len() - 1);
        }
        None
    }

    /// Scans a number literal the way Go's `scanner.number` does.
    pub(super) fn number(lex: &mut Lx, mut seen_point: bool) -> LitKind {
        let start = lex.span().start;
        let src = lex.source();
        let s = src.as_bytes();
        let at = |i: usize| s.get(i).copied().unwrap_or(0);
        let mut errs: Vec<(usize, String)> = Vec::new();
        let mut i = start;
        let mut ok = true;
        let mut kind = LitKind::Int;
        let mut base = 10;
        let mut prefix = 0u8;
        let mut digsep = 0;
        let mut invalid = None;
        if !seen_point {
            if at(i) == b'0' {
                i += 1;
                match lower(at(i)) {
                    b'x' => (i, base, prefix) = (i + 1, 16, b'x'),
                    b'o' => (i, base, prefix) = (i + 1, 8, b'o'),
                    b'b' => (i, base, prefix) = (i + 1, 2, b'b'),
                    _ => (base, prefix, digsep) = (8, b'0', 1),
                }
            }
            digsep |= digits(s, &mut i, base, start, &mut invalid);
            if at(i) == b'.' {
                if prefix == b'o' || prefix == b'b' {
                    errs.push((
                        i,
                        format!("invalid radix point in {} literal", base_name(base)),
                    ));
                    ok = false;
                }
                i += 1;
                seen_point = true;
            }
        } else {
            i += 1; // the '.'
        }
        if seen_point {
            kind = LitKind::Float;
            digsep |= digits(s, &mut i, base, start, &mut invalid);
        }
        if digsep & 1 == 0 && ok {
            errs.push((i, format!("{} literal has no digits", base_name(base))));
            ok = false;
        }
        let e = lower(at(i));
        if e == b'e' || e == b'p' {
            if ok {
                if e == b'e' && prefix != 0 && prefix != b'0' {
                    errs.push((
                        i,
                        format!(
                            "{} exponent requires decimal mantissa",
                            quote_rune(at(i) as u32)
                        ),
                    ));
                    ok = false;
                } else if e == b'p' && prefix != b'x' {
                    errs.push((
                        i,
                        format!(
                            "{} exponent requires hexadecimal mantissa",
                            quote_rune(at(i) as u32)
                        ),
                    ));
                    ok = false;
                }
            }
            i += 1;
            kind = LitKind::Float;
            if at(i) == b'+' || at(i) == b'-' {
                i += 1;
            }
            let ds = digits(s, &mut i, 10, start, &mut None);
            digsep = ds | (digsep & 2);
            if ds & 1 == 0 && ok {
                errs.push((i, "exponent has no digits".into()));
                ok = false;
            }
        } else if prefix == b'x' && kind == LitKind::Float && ok {
            errs.push((i, "hexadecimal mantissa requires a 'p' exponent".into()));
            ok = false;
        }
        if at(i) == b'i' {
            kind = LitKind::Imag;
            i += 1;
        }
        let lit = &s[start..i];
        if let (LitKind::Int, Some(inv), true) = (kind, invalid, ok) {
            let msg = format!(
                "invalid digit {} in {} literal",
                quote_rune(lit[inv] as u32),
                base_name(base)
            );
            errs.push((start + inv, msg));
            ok = false;
        }
        if digsep & 2 != 0 && ok {
            if let Some(k) = invalid_sep(lit) {
                errs.push((start + k, "'_' must separate successive digits".into()));
            }
        }
        for (off, msg) in errs {
            lex.extras.error(off, msg);
        }
        finish(lex, i);
        kind
    }

    /// Go's `scanner.escape`, after the backslash; `i` is advanced past what
    /// it consumed. Returns `false` after reporting an error.
    fn escape(src: &str, i: &mut usize, quote: char, errs: &mut Vec<(usize, String)>) -> bool {
        let (n, base, max): (u32, u32, u32) = match ch_at(src, *i) {
            Some(c) if c == quote || "abfnrtv\\".contains(c) => {
                *i += 1;
                return true;
            }
            Some('0'..='7') => (3, 8, 255),
            Some('x') => (2, 16, 255),
            Some('u') => (4, 16, 0x10FFFF),
            Some('U') => (8, 16, 0x10FFFF),
            None => return true,
            Some(_) => {
                errs.push((*i, "unknown escape".into()));
                return false;
            }
        };
        if base == 16 {
            *i += 1;
        }
        let mut x: u32 = 0;
        for _ in 0..n {
            let Some(c) = ch_at(src, *i) else { return true };
            let d = c.to_digit(16).unwrap_or(base);
            if d >= base {
                errs.push((
                    *i,
                    format!(
                        "invalid character {} in {} escape",
                        quote_rune(c as u32),
                        base_name(base)
                    ),
                ));
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            *i += 1;
        }
        if x > max && base == 8 {
            errs.push((*i, format!("octal escape value {x} > 255")));
            return false;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            errs.push((
                *i,
                format!("escape is invalid Unicode code point {}", fmt_unicode(x)),
            ));
            return false;
        }
        true
    }

    pub(super) fn std_string(lex: &mut Lx) {
        let start = lex.span().start;
        let src = lex.source();
        let mut errs = Vec::new();
        let mut i = start + 1;
        loop {
            match ch_at(src, i) {
                Some('"') => {
                    i += 1;
                    break;
                }
                Some('\\') => {
                    i += 1;
                    escape(src, &mut i, '"', &mut errs);
                }
                Some('\n') => {
                    errs.push((i, "newline in string".into()));
                    break;
                }
                None => {
                    errs.push((start, "string not terminated".into()));
                    break;
                }
                Some(c) => i += c.len_utf8(),
            }
        }
        for (off, msg) in errs {
            lex.extras.error(off, msg);
        }
        finish(lex, i);
    }

    pub(super) fn raw_string(lex: &mut Lx) {
        let rest = lex.remainder();
        match rest.find('`') {
            Some(k) => lex.bump(k + 1),
            None => {
                let start = lex.span().start;
                lex.extras.error(start, "string not terminated");
                lex.bump(rest.len());
            }
        }
    }

    pub(super) fn rune_lit(lex: &mut Lx) {
        let start = lex.span().start;
        let src = lex.source();
        let mut errs = Vec::new();
        let mut i = start + 1;
        let mut ok = true;
        let mut n = 0;
        loop {
            match ch_at(src, i) {
                Some('\'') => {
                    if ok {
                        if n == 0 {
                            errs.push((i, "empty rune literal or unescaped '".into()));
                        } else if n != 1 {
                            errs.push((start, "more than one character in rune literal".into()));
                        }
                    }
                    i += 1;
                    break;
                }
                Some('\\') => {
                    i += 1;
                    if !escape(src, &mut i, '\'', &mut errs) {
                        ok = false;
                    }
                }
                Some('\n') => {
                    if ok {
                        errs.push((i, "newline in rune literal".into()));
                    }
                    break;
                }
                None => {
                    if ok {
                        errs.push((start, "rune literal not terminated".into()));
                    }
                    break;
                }
                Some(c) => i += c.len_utf8(),
            }
            n += 1;
        }
        for (off, msg) in errs {
            lex.extras.error(off, msg);
        }
        finish(lex, i);
    }

    /// Whether Go's `strconv.IsPrint` would (approximately) accept `c`.
    fn is_print(c: u32) -> bool {
        let Some(ch) = char::from_u32(c) else {
            return false;
        };
        !(ch.is_control()
            || matches!(c, 0xAD | 0xA0 | 0x1680 | 0x2000..=0x200F | 0x2028..=0x202F | 0x205F..=0x206F)
            || matches!(c, 0x3000 | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF | 0xF0000..))
    }

    /// Go's `%#U`: `U+0024 '$'`, or just `U+0007` when not printable.
    pub(super) fn fmt_unicode(c: u32) -> String {
        match char::from_u32(c) {
            Some(ch) if is_print(c) => format!("U+{c:04X} '{ch}'"),
            _ => format!("U+{c:04X}"),
        }
    }

    /// Go's `%q` of a rune: `'a'`, `'\n'`, `'\x00'`.
    pub(super) fn quote_rune(c: u32) -> String {
        let body = match c {
            0x27 => "\\'".to_string(),
            0x5C => "\\\\".to_string(),
            0x07 => "\\a".into(),
            0x08 => "\\b".into(),
            0x0C => "\\f".into(),
            0x0A => "\\n".into(),
            0x0D => "\\r".into(),
            0x09 => "\\t".into(),
            0x0B => "\\v".into(),
            _ if is_print(c) => char::from_u32(c).map(String::from).unwrap_or_default(),
            _ if c < 0x80 => format!("\\x{c:02x}"),
            _ if c < 0x10000 => format!("\\u{c:04x}"),
            _ => format!("\\U{c:08x}"),
        };
        format!("'{body}'")
    }

    /// One decoded escape or character of a quoted literal.
    enum Unit {
        /// A raw byte (`\x..`, octal).
        Byte(u8),
        /// A code point (characters, `\u`, `\U`, simple escapes).
        Char(u32),
    }

    /// Decodes one unit of a quoted literal's body at `*i`.
    fn decode_unit(body: &str, i: &mut usize, quote: char) -> Result<Unit, String> {
        let c = ch_at(body, *i).ok_or("unexpected end of literal")?;
        *i += c.len_utf8();
        if c == '\n' {
            return Err("newline in literal".into());
        }
        if c != '\\' {
            return Ok(Unit::Char(c as u32));
        }
        let e = ch_at(body, *i).ok_or("unterminated escape")?;
        *i += 1;
        let simple = match e {
            'a' => Some(7),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(10),
            'r' => Some(13),
            't' => Some(9),
            'v' => Some(11),
            '\\' => Some(0x5C),
            _ if e == quote => Some(e as u32),
            _ => None,
        };
        if let Some(v) = simple {
            return Ok(Unit::Char(v));
        }
        let (n, base) = match e {
            '0'..='7' => {
                *i -= 1;
                (3, 8)
            }
            'x' => (2, 16),
            'u' => (4, 16),
            'U' => (8, 16),
            _ => return Err("unknown escape".into()),
        };
        let mut x: u32 = 0;
        for _ in 0..n {
            let d = ch_at(body, *i)
                .and_then(|c| c.to_digit(base))
                .ok_or("invalid escape")?;
            x = x * base + d;
            *i += 1;
        }
        match e {
            'u' | 'U' if x > 0x10FFFF || (0xD800..0xE000).contains(&x) => Err(format!(
                "escape is invalid Unicode code point {}",
                fmt_unicode(x)
            )),
            'u' | 'U' => Ok(Unit::Char(x)),
            _ if x > 255 => Err(format!("octal escape value {x} > 255")),
            _ => Ok(Unit::Byte(x as u8)),
        }
    }

    /// The bytes a Go string literal (interpreted or raw, with its quotes)
    /// denotes. `\u` escapes and characters are encoded as UTF-8; `\x` and
    /// octal escapes are single raw bytes; raw strings drop `\r`.
    pub fn unquote_string(raw: &str) -> Result<Vec<u8>, String> {
        if raw.len() >= 2 && raw.starts_with('`') && raw.ends_with('`') {
            return Ok(raw[1..raw.len() - 1]
                .bytes()
                .filter(|&b| b != b'\r')
                .collect());
        }
        if raw.len() < 2 || !raw.starts_with('"') || !raw.ends_with('"') {
            return Err("invalid string literal".into());
        }
        let body = &raw[1..raw.len() - 1];
        let mut out = Vec::with_capacity(body.len());
        let mut i = 0;
        while i < body.len() {
            if body.as_bytes()[i] == b'"' {
                return Err("unescaped \" in string literal".into());
            }
            match decode_unit(body, &mut i, '"')? {
                Unit::Byte(b) => out.push(b),
                Unit::Char(c) => {
                    let ch = char::from_u32(c).ok_or("invalid code point")?;
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
            }
        }
        Ok(out)
    }

    /// The value of a Go rune literal (with its quotes): a code point, or the
    /// byte value of a `\x`/octal escape.
    pub fn unquote_char(raw: &str) -> Result<u32, String> {
        if raw.len() < 3 || !raw.starts_with('\'') || !raw.ends_with('\'') {
            return Err("invalid rune literal".into());
        }
        let body = &raw[1..raw.len() - 1];
        if body == "'" {
            return Err("empty rune literal or unescaped '".into());
        }
        let mut i = 0;
        let v = match decode_unit(body, &mut i, '\'')? {
            Unit::Byte(b) => b as u32,
            Unit::Char(c) => c,
        };
        if i != body.len() {
            return Err("more than one character in rune literal".into());
        }
        Ok(v)
    }
}
