//! Go's tokens, as the parser sees them.
//!
//! The set follows Go's own `cmd/compile/internal/syntax` scanner rather than
//! the spec's flat list: the parser's decisions (and its error messages) are
//! written against token *classes* such as "operator" or "literal", so the
//! operators carry their [`BinOp`] and the literals are split only by kind.
//! [`Token::describe`] and [`Token::expected`] spell tokens exactly as Go's
//! syntax errors do (`name x`, `literal 1`, `newline`, `keyword else`,
//! `comma`), so messages can be compared with `go build` byte for byte.

use crate::ast::{BinOp, LitKind};

/// Why a [`Token::Semi`] is there: Go names the token after its origin in
/// error messages (`unexpected newline`).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum SemiKind {
    /// A `;` written in the source.
    Semicolon,
    /// Inserted at a newline (or at a block comment spanning lines).
    Newline,
    /// Inserted at the end of the file.
    Eof,
}

/// A token kind. The token's text is the source slice of its span.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Token {
    /// End of file.
    Eof,
    /// An identifier.
    Name,
    /// A basic literal of the given kind.
    Literal(LitKind),
    /// A binary operator other than `*` (which is [`Token::Star`]); `+ - ^ &`
    /// are also unary operators.
    Op(BinOp),
    /// `!`
    Not,
    /// `~`
    Tilde,
    /// `*`: multiplication, dereference and pointer types.
    Star,
    /// `op=`, e.g. `+=` is `AssignOp(BinOp::Add)`.
    AssignOp(BinOp),
    /// `++`
    Inc,
    /// `--`
    Dec,
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `<-`
    Arrow,
    /// `(`
    Lparen,
    /// `[`
    Lbrack,
    /// `{`
    Lbrace,
    /// `)`
    Rparen,
    /// `]`
    Rbrack,
    /// `}`
    Rbrace,
    /// `,`
    Comma,
    /// `;`, written or inserted.
    Semi(SemiKind),
    /// `:`
    Colon,
    /// `.`
    Dot,
    /// `...`
    DotDotDot,
    /// `break`
    Break,
    /// `case`
    Case,
    /// `chan`
    Chan,
    /// `const`
    Const,
    /// `continue`
    Continue,
    /// `default`
    Default,
    /// `defer`
    Defer,
    /// `else`
    Else,
    /// `fallthrough`
    Fallthrough,
    /// `for`
    For,
    /// `func`
    Func,
    /// `go`
    Go,
    /// `goto`
    Goto,
    /// `if`
    If,
    /// `import`
    Import,
    /// `interface`
    Interface,
    /// `map`
    Map,
    /// `package`
    Package,
    /// `range`
    Range,
    /// `return`
    Return,
    /// `select`
    Select,
    /// `struct`
    Struct,
    /// `switch`
    Switch,
    /// `type`
    Type,
    /// `var`
    Var,
}

/// Go's operator precedences (`||` lowest, `*` highest); 0 for non-binary.
pub mod prec {
    /// `||`
    pub const OR_OR: u8 = 1;
    /// `&&`
    pub const AND_AND: u8 = 2;
    /// `== != < <= > >=`
    pub const CMP: u8 = 3;
    /// `+ - | ^`
    pub const ADD: u8 = 4;
    /// `* / % << >> & &^`
    pub const MUL: u8 = 5;
}

/// Binding power of a binary operator.
pub fn binop_prec(op: BinOp) -> u8 {
    use BinOp::*;
    match op {
        OrOr => prec::OR_OR,
        AndAnd => prec::AND_AND,
        Eq | Ne | Lt | Le | Gt | Ge => prec::CMP,
        Add | Sub | Or | Xor => prec::ADD,
        Mul | Div | Rem | Shl | Shr | And | AndNot => prec::MUL,
    }
}

impl Token {
    /// `true` for keywords.
    pub fn is_keyword(self) -> bool {
        self.keyword_str().is_some()
    }

    fn keyword_str(self) -> Option<&'static str> {
        use Token::*;
        Some(match self {
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
            _ => return None,
        })
    }

    /// Precedence when used as a binary operator (Go's `p.prec`), else 0.
    pub fn prec(self) -> u8 {
        match self {
            Token::Op(op) => binop_prec(op),
            Token::Star => prec::MUL,
            _ => 0,
        }
    }

    /// The binary operator this token denotes, if any (`*` included).
    pub fn binop(self) -> Option<BinOp> {
        match self {
            Token::Op(op) => Some(op),
            Token::Star => Some(BinOp::Mul),
            _ => None,
        }
    }

    /// Whether a newline after this token becomes a semicolon.
    pub fn ends_statement(self) -> bool {
        use Token::*;
        matches!(
            self,
            Name | Literal(_)
                | Break
                | Continue
                | Fallthrough
                | Return
                | Inc
                | Dec
                | Rparen
                | Rbrack
                | Rbrace
        )
    }

    /// `true` if both are the same kind of token, ignoring the operator or
    /// literal kind or semicolon origin (Go's token classes).
    pub fn same_class(self, other: Token) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
            || (self.is_operator() && other.is_operator())
    }

    /// Go's `_Operator` class: binary operators (not `*`), `!` and `~`.
    pub fn is_operator(self) -> bool {
        matches!(self, Token::Op(_) | Token::Not | Token::Tilde)
    }

    /// The token as written, for fixed tokens (`""` for names, literals and
    /// end of file).
    pub fn as_str(self) -> &'static str {
        use Token::*;
        if let Some(k) = self.keyword_str() {
            return k;
        }
        match self {
            Eof | Name | Literal(_) => "",
            Op(op) => op.as_str(),
            Not => "!",
            Tilde => "~",
            Star => "*",
            AssignOp(op) => match op {
                BinOp::Add => "+=",
                BinOp::Sub => "-=",
                BinOp::Mul => "*=",
                BinOp::Div => "/=",
                BinOp::Rem => "%=",
                BinOp::And => "&=",
                BinOp::Or => "|=",
                BinOp::Xor => "^=",
                BinOp::Shl => "<<=",
                BinOp::Shr => ">>=",
                BinOp::AndNot => "&^=",
                _ => "?=",
            },
            Inc => "++",
            Dec => "--",
            Assign => "=",
            Define => ":=",
            Arrow => "<-",
            Lparen => "(",
            Lbrack => "[",
            Lbrace => "{",
            Rparen => ")",
            Rbrack => "]",
            Rbrace => "}",
            Comma => ",",
            Semi(_) => ";",
            Colon => ":",
            Dot => ".",
            DotDotDot => "...",
            _ => "",
        }
    }

    /// How Go names this token after "unexpected" in a syntax error;
    /// `text` is the token's source text (used for names and literals).
    pub fn describe(self, text: &str) -> String {
        match self {
            Token::Name => format!("name {text}"),
            Token::Literal(_) => format!("literal {text}"),
            Token::Semi(SemiKind::Semicolon) => "semicolon".into(),
            Token::Semi(SemiKind::Newline) => "newline".into(),
            Token::Semi(SemiKind::Eof) => "EOF".into(),
            _ => Token::expected(self).into(),
        }
    }

    /// How Go names this token after "expected" in a syntax error (Go's
    /// `tokstring`): `comma`, `semicolon or newline`, `keyword if`, `)`.
    pub fn expected(self) -> &'static str {
        use Token::*;
        match self {
            Comma => "comma",
            Semi(_) => "semicolon or newline",
            Eof => "EOF",
            Name => "name",
            Literal(_) => "literal",
            Break => "keyword break",
            Case => "keyword case",
            Chan => "keyword chan",
            Const => "keyword const",
            Continue => "keyword continue",
            Default => "keyword default",
            Defer => "keyword defer",
            Else => "keyword else",
            Fallthrough => "keyword fallthrough",
            For => "keyword for",
            Func => "keyword func",
            Go => "keyword go",
            Goto => "keyword goto",
            If => "keyword if",
            Import => "keyword import",
            Interface => "keyword interface",
            Map => "keyword map",
            Package => "keyword package",
            Range => "keyword range",
            Return => "keyword return",
            Select => "keyword select",
            Struct => "keyword struct",
            Switch => "keyword switch",
            Type => "keyword type",
            Var => "keyword var",
            _ => self.as_str(),
        }
    }
}
