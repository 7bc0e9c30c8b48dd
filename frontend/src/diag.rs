//! Diagnostics as data, rendered in one place.
//!
//! Every stage reports errors as [`Diagnostic`] values (a position and a
//! message, worded as Go's compiler words it). [`Diagnostics::render`] prints
//! them the way `go build` does: sorted by position, one
//! `file.go:line:col: message` per error (a message may go on over
//! tab-indented lines, as `have (...)`/`want (...)` do), related positions
//! on tab-indented lines after it, at most ten errors, then `too many
//! errors`.

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
    /// What kind of error: decides which errors hide which (see
    /// [`Diagnostics::sorted`]).
    pub kind: Kind,
}

/// Error kinds, for [`Diagnostics::sorted`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An error in the program.
    Error,
    /// An unused variable or import: reported beside other errors, as
    /// cmd/compile does, but not beside [`Kind::Unsupported`] ones (code
    /// the compiler skipped may be what uses the name).
    Unused,
    /// "not supported yet: ...": reported only when the program has no
    /// error of its own.
    Unsupported,
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
            kind: Kind::Error,
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
            kind: Kind::Error,
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
            kind: Kind::Error,
        });
    }

    /// Records "not supported yet: what" (see [`Kind::Unsupported`]).
    #[cold]
    pub fn unsupported(&mut self, pos: Pos, what: impl AsRef<str>) {
        let message = format!("not supported yet: {}", what.as_ref());
        self.push_kind(pos, message, Kind::Unsupported);
    }

    /// Records an unused variable or import (see [`Kind::Unused`]).
    #[cold]
    pub fn unused(&mut self, pos: Pos, message: impl Into<String>) {
        self.push_kind(pos, message.into(), Kind::Unused);
    }

    fn push_kind(&mut self, pos: Pos, message: String, kind: Kind) {
        self.list.push(Diagnostic {
            pos,
            message,
            related: vec![],
            kind,
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

    /// The errors to report, in the order they were found: kinds that hide
    /// others applied (see [`Kind`]), duplicates removed.
    fn reported(&self) -> Vec<Diagnostic> {
        let has = |k| self.list.iter().any(|d| d.kind == k);
        let hidden = if has(Kind::Error) {
            Some(Kind::Unsupported)
        } else if has(Kind::Unsupported) {
            Some(Kind::Unused)
        } else {
            None
        };
        let mut seen = std::collections::HashSet::new();
        self.list
            .iter()
            .filter(|d| Some(d.kind) != hidden && seen.insert((d.pos, d.message.as_str())))
            .cloned()
            .collect()
    }

    /// The errors in report order (sorted by position, duplicates removed).
    pub fn sorted(&self) -> Vec<Diagnostic> {
        let mut v = self.reported();
        v.sort_by_key(|d| d.pos);
        v
    }

    /// Renders as `go build` prints: `file:line:col: message` lines.
    pub fn render(&self, sources: &SourceMap) -> String {
        let mut s = String::new();
        let line = |pos: Pos, msg: &str| format!("{}: {msg}\n", sources.render(pos));
        // As cmd/compile: the first errors found, up to the limit, sorted;
        // then "too many errors" at the last one found.
        let mut shown = self.reported();
        let cut = (shown.len() > MAX_ERRORS).then(|| shown[MAX_ERRORS - 1].pos);
        shown.truncate(MAX_ERRORS);
        shown.sort_by_key(|d| d.pos);
        for d in &shown {
            s.push_str(&line(d.pos, &d.message));
            // Related lines are indented, as cmd/compile prints them.
            for (rpos, rmsg) in &d.related {
                s.push('\t');
                s.push_str(&line(*rpos, rmsg));
            }
        }
        if let Some(pos) = cut {
            s.push_str(&line(pos, "too many errors"));
        }
        s
    }
}
