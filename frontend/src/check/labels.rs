//! Labels and branch statements checked as Go's compiler checks them
//! (cmd/compile's `checkBranches`), once per function body before it is
//! lowered: labels defined twice or never used, `break`/`continue` naming a
//! label that is missing or does not label an enclosing loop (or switch, for
//! `break`), and `goto` jumping into a block or over a variable declaration.
//!
//! One walk records every label and `goto` with the chain of blocks around
//! it (block id and statement index at each level) and every variable
//! declaration; a second walk checks `break` and `continue` against the
//! statements that enclose them.

use super::Checker;
use crate::ast::{self, BranchKind, Stmt, StmtId};
use crate::pos::{Pos, SourceMap};
use std::collections::HashMap;

/// Where a statement sits: (block id, statement index) from the body
/// outwards-in.
type Chain = Vec<(usize, usize)>;

struct Label {
    pos: Pos,
    used: bool,
    chain: Chain,
}

struct Walk<'p> {
    pkg: &'p ast::Package,
    sources: &'p SourceMap,
    labels: HashMap<String, Label>,
    gotos: Vec<(String, Pos, Chain)>,
    errors: Vec<(Pos, String)>,
    next_block: usize,
    block_starts: Vec<Pos>,
    /// Per block: statement indices and positions of variable declarations.
    decls: HashMap<usize, Vec<(usize, Pos, String)>>,
}

impl Checker<'_> {
    /// Reports Go's label and branch errors for one function body.
    pub(crate) fn check_labels(&mut self, body: &ast::Block) {
        let mut w = Walk {
            pkg: self.pkg,
            sources: self.sources,
            labels: HashMap::new(),
            gotos: Vec::new(),
            errors: Vec::new(),
            next_block: 0,
            block_starts: Vec::new(),
            decls: HashMap::new(),
        };
        w.collect_block(&body.stmts, body.lbrace, &mut Vec::new(), self);
        w.branches(&body.stmts, &mut Vec::new());
        w.check_gotos();
        let mut unused: Vec<(Pos, String)> = w
            .labels
            .iter()
            .filter(|(_, l)| !l.used)
            .map(|(n, l)| (l.pos, format!("label {n} defined and not used")))
            .collect();
        unused.sort();
        for (pos, msg) in w.errors.into_iter().chain(unused) {
            self.error(pos, msg);
        }
    }
}

impl Walk<'_> {
    fn collect_block(&mut self, stmts: &[StmtId], start: Pos, chain: &mut Chain, c: &Checker) {
        let id = self.next_block;
        self.next_block += 1;
        self.block_starts.push(start);
        chain.push((id, 0));
        for (i, &s) in stmts.iter().enumerate() {
            chain.last_mut().unwrap().1 = i;
            self.collect_stmt(s, chain, c);
        }
        chain.pop();
    }

    fn collect_stmt(&mut self, s: StmtId, chain: &mut Chain, c: &Checker) {
        let (block, i) = *chain.last().unwrap();
        match self.pkg.stmt(s) {
            Stmt::Labeled { label, stmt } => {
                if label.name != "_" {
                    if let Some(prev) = self.labels.get(&label.name) {
                        let at = self.fmt_pos(prev.pos);
                        self.errors.push((
                            label.pos,
                            format!("label {} already defined at {at}", label.name),
                        ));
                    } else {
                        let l = Label {
                            pos: label.pos,
                            used: false,
                            chain: chain.clone(),
                        };
                        self.labels.insert(label.name.clone(), l);
                    }
                }
                self.collect_stmt(*stmt, chain, c);
            }
            Stmt::Branch {
                kind: BranchKind::Goto,
                label: Some(l),
                ..
            } => {
                self.gotos.push((l.name.clone(), l.pos, chain.clone()));
            }
            Stmt::Decl(ast::Decl::Var(specs), pos) => {
                if let Some(n) = specs.first().and_then(|s| s.names.first()) {
                    self.decls
                        .entry(block)
                        .or_default()
                        .push((i, n.pos, n.name.clone()));
                }
                let _ = pos;
            }
            Stmt::Assign {
                lhs,
                op: ast::AssignOp::Define,
                pos,
                ..
            } => {
                let name = lhs.first().map(|e| c.expr_text(*e)).unwrap_or_default();
                self.decls.entry(block).or_default().push((i, *pos, name));
            }
            Stmt::Block(b) => self.collect_block(&b.stmts, b.lbrace, chain, c),
            Stmt::If { then, els, .. } => {
                self.collect_block(&then.stmts, then.lbrace, chain, c);
                if let Some(e) = els {
                    self.collect_stmt(*e, chain, c);
                }
            }
            Stmt::For { body, .. } | Stmt::Range { body, .. } => {
                self.collect_block(&body.stmts, body.lbrace, chain, c)
            }
            Stmt::Switch { body, .. } | Stmt::TypeSwitch { body, .. } => {
                for cl in body {
                    self.collect_block(&cl.body, cl.colon, chain, c);
                }
            }
            Stmt::Select { body, .. } => {
                for cl in body {
                    self.collect_block(&cl.body, cl.pos, chain, c);
                }
            }
            _ => {}
        }
    }

    /// `targets`: enclosing breakable statements as (label, is a loop).
    fn branches(&mut self, stmts: &[StmtId], targets: &mut Vec<(Option<String>, bool)>) {
        for &s in stmts {
            self.branch_stmt(s, None, targets);
        }
    }

    fn branch_stmt(
        &mut self,
        s: StmtId,
        label: Option<String>,
        targets: &mut Vec<(Option<String>, bool)>,
    ) {
        match self.pkg.stmt(s) {
            Stmt::Labeled { label: l, stmt } => {
                self.branch_stmt(*stmt, Some(l.name.clone()), targets)
            }
            Stmt::Branch {
                kind,
                label: Some(l),
                ..
            } => {
                let name = &l.name;
                let Some(info) = self.labels.get_mut(name) else {
                    let msg = match kind {
                        BranchKind::Break => format!("break label not defined: {name}"),
                        BranchKind::Continue => format!("continue label not defined: {name}"),
                        _ => format!("label {name} not defined"),
                    };
                    self.errors.push((l.pos, msg));
                    return;
                };
                info.used = true;
                if matches!(kind, BranchKind::Break | BranchKind::Continue) {
                    let is_break = *kind == BranchKind::Break;
                    let ok = targets.iter().any(|(t, is_loop)| {
                        t.as_deref() == Some(name.as_str()) && (is_break || *is_loop)
                    });
                    if !ok {
                        let what = if is_break { "break" } else { "continue" };
                        self.errors
                            .push((l.pos, format!("invalid {what} label {name}")));
                    }
                }
            }
            Stmt::Block(b) => self.branches(&b.stmts, targets),
            Stmt::If { then, els, .. } => {
                self.branches(&then.stmts, targets);
                if let Some(e) = els {
                    self.branch_stmt(*e, None, targets);
                }
            }
            Stmt::For { body, .. } | Stmt::Range { body, .. } => {
                targets.push((label, true));
                self.branches(&body.stmts, targets);
                targets.pop();
            }
            Stmt::Switch { body, .. } | Stmt::TypeSwitch { body, .. } => {
                targets.push((label, false));
                for cl in body {
                    self.branches(&cl.body, targets);
                }
                targets.pop();
            }
            Stmt::Select { body, .. } => {
                targets.push((label, false));
                for cl in body {
                    self.branches(&cl.body, targets);
                }
                targets.pop();
            }
            _ => {}
        }
    }

    fn check_gotos(&mut self) {
        for (name, pos, chain) in std::mem::take(&mut self.gotos) {
            let Some(info) = self.labels.get(&name) else {
                continue;
            };
            // The label's blocks must all enclose the goto.
            let shared = info
                .chain
                .iter()
                .zip(&chain)
                .take_while(|(a, b)| a.0 == b.0)
                .count();
            if shared < info.chain.len() {
                let start = self.block_starts[info.chain[shared].0];
                let at = self.fmt_pos(start);
                self.errors.push((
                    pos,
                    format!("goto {name} jumps into block starting at {at}"),
                ));
                continue;
            }
            // A forward jump must not skip a declaration in the label's block.
            let (block, label_index) = *info.chain.last().unwrap();
            let goto_index = chain[info.chain.len() - 1].1;
            let skipped = self
                .decls
                .get(&block)
                .and_then(|d| {
                    d.iter()
                        .find(|(i, _, _)| *i > goto_index && *i < label_index)
                })
                .map(|d| (d.1, d.2.clone()));
            if let Some((dpos, var)) = skipped {
                let at = self.fmt_pos(dpos);
                self.errors.push((
                    pos,
                    format!("goto {name} jumps over declaration of {var} at {at}"),
                ));
            }
        }
    }

    fn fmt_pos(&self, pos: Pos) -> String {
        let (l, c) = self.sources.line_col(pos);
        format!("{}:{l}:{c}", self.sources.file(pos.file).name)
    }
}
