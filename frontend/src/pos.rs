//! Source positions and the source map.
//!
//! A [`Pos`] is a file index plus a byte offset: cheap to copy and store in
//! every node. Lines and columns (Go counts columns in bytes, from 1) are
//! computed only when a diagnostic is rendered.

/// A position in a source file: file index and byte offset.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Pos {
    /// Index of the file in the [`SourceMap`].
    pub file: u32,
    /// Byte offset from the start of the file.
    pub offset: u32,
}

impl Pos {
    /// A position `n` bytes further on in the same file.
    #[allow(clippy::should_implement_trait)]
    pub fn add(self, n: u32) -> Pos {
        Pos {
            file: self.file,
            offset: self.offset + n,
        }
    }
}

/// One source file: its name as given on the command line, and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// File name as Go prints it in diagnostics (`prog.go`, `./prog.go`).
    pub name: String,
    /// The text.
    pub text: String,
    line_starts: Vec<u32>,
}

/// All files of a compilation.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    /// An empty source map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file and returns its index.
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> u32 {
        let text = text.into();
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        self.files.push(SourceFile {
            name: name.into(),
            text,
            line_starts,
        });
        self.files.len() as u32 - 1
    }

    /// The file with index `id`.
    pub fn file(&self, id: u32) -> &SourceFile {
        &self.files[id as usize]
    }

    /// Number of files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// `true` when no file was added.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// `file:line:col`, as diagnostics print a position.
    pub fn render(&self, pos: Pos) -> String {
        let (l, c) = self.line_col(pos);
        format!("{}:{l}:{c}", self.file(pos.file).name)
    }

    /// 1-based line and byte column of `pos`.
    pub fn line_col(&self, pos: Pos) -> (u32, u32) {
        let f = self.file(pos.file);
        let line = match f.line_starts.binary_search(&pos.offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, pos.offset - f.line_starts[line] + 1)
    }
}
