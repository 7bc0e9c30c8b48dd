//! Diagnostics as data, rendered in one place.
//!
//! Every stage reports errors as [`Diagnostic`] values (a position and a
//! message, worded as Go's compiler words it). [`Diagnostics::render`] prints
//! them the way `go build` does: sorted by position, one
//! `file.go:line:col: message` per line, at most ten, then `too many errors`.

use crate::pos::{Pos, SourceMap};

/// One error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where Go reports it.
    pub pos: Pos,
    /// The message, without position.
    pub message: String,
    /// A second positioned line printed right after this one
    /// (`other declaration of x`).
    pub related: Vec<(Pos, String)>,
    /// Soft errors (unused variables and imports, unsupported features) are
    /// reported only when there is no other error, as cmd/compile does.
    pub soft: bool,
}

/// An ordered collection of errors.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
}

/// Go stops reporting after this many errors.
const MAX_ERRORS: usize = 10;

impl Diagnostics {
    /// No errors.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records an error.
    #[cold]
    pub fn error(&mut self, pos: Pos, message: impl Into<String>) {
        self.list.push(Diagnostic {
            pos,
            message: message.into(),
            related: vec![],
            soft: false,
        });
    }

    /// Records an error followed by a related line, as Go prints
    /// redeclarations.
    #[cold]
    pub fn error_with(&mut self, pos: Pos, message: impl Into<String>, rpos: Pos, rmsg: String) {
        self.list.push(Diagnostic {
            pos,
            message: message.into(),
            related: vec![(rpos, rmsg)],
            soft: false,
        });
    }

    /// Records an error followed by several related lines (Go's cycle
    /// reports: `A refers to B`, `B refers to A`).
    #[cold]
    pub fn error_lines(
        &mut self,
        pos: Pos,
        message: impl Into<String>,
        related: Vec<(Pos, String)>,
    ) {
        self.list.push(Diagnostic {
            pos,
            message: message.into(),
            related,
            soft: false,
        });
    }

    /// Records "not supported yet: what" (a soft error: real errors in the
    /// program take priority).
    #[cold]
    pub fn unsupported(&mut self, pos: Pos, what: impl AsRef<str>) {
        self.soft(pos, format!("not supported yet: {}", what.as_ref()));
    }

    /// Records a soft error (see [`Diagnostic::soft`]).
    #[cold]
    pub fn soft(&mut self, pos: Pos, message: impl Into<String>) {
        self.list.push(Diagnostic {
            pos,
            message: message.into(),
            related: vec![],
            soft: true,
        });
    }

    /// `true` when any error was recorded.
    pub fn has_errors(&self) -> bool {
        !self.list.is_empty()
    }

    /// Number of errors.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// `true` when empty.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The errors in report order (sorted by position, duplicates removed).
    pub fn sorted(&self) -> Vec<Diagnostic> {
        let mut v = self.list.clone();
        if v.iter().any(|d| !d.soft) {
            v.retain(|d| !d.soft);
        }
        v.sort_by_key(|d| d.pos);
        v.dedup_by(|a, b| a.pos == b.pos && a.message == b.message);
        v
    }

    /// Renders as `go build` prints: `file:line:col: message` lines.
    pub fn render(&self, sources: &SourceMap) -> String {
        let mut s = String::new();
        let line = |pos: Pos, msg: &str| format!("{}: {msg}\n", sources.render(pos));
        let sorted = self.sorted();
        for (i, d) in sorted.iter().enumerate() {
            s.push_str(&line(d.pos, &d.message));
            for (rpos, rmsg) in &d.related {
                s.push_str(&line(*rpos, rmsg));
            }
            if i + 1 == MAX_ERRORS && sorted.len() > MAX_ERRORS {
                s.push_str(&line(d.pos, "too many errors"));
                break;
            }
        }
        s
    }
}
