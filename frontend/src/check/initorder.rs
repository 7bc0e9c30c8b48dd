//! The order of package variable initialization (Go spec, "Package
//! initialization"): repeatedly, the earliest variable in declaration order
//! that has no dependency on an uninitialized variable is initialized next.
//! A variable depends on the variables and functions its initializer refers
//! to, and through a function on everything that function's body refers to.
//!
//! References are found by name; a name that a function declares itself
//! (parameter, local variable or constant) is not counted as a reference
//! from that function, so a local that shadows a package variable cannot
//! invent a cycle. A cycle that remains is Go's "initialization cycle".

use super::{Checker, Obj};
use crate::ast::{self, Decl, Expr};
use crate::pos::Pos;
use std::collections::{HashMap, HashSet};

/// What an expression list or body refers to, by name.
#[derive(Default)]
struct Refs {
    names: HashSet<String>,
    selectors: HashSet<String>,
}

fn refs_of(pkg: &ast::Package, exprs: &[ast::ExprId]) -> Refs {
    let mut r = Refs::default();
    for &e in exprs {
        super::stmt::walk_expr(pkg, e, &mut |e| match pkg.expr(e) {
            Expr::Ident(i) => {
                r.names.insert(i.name.clone());
            }
            Expr::Selector { sel, .. } => {
                r.selectors.insert(sel.name.clone());
            }
            _ => {}
        });
    }
    r
}

impl Checker<'_> {
    /// Orders the package var specs `vars` (file, decl, spec) for
    /// initialization; reports initialization cycles.
    pub(crate) fn init_order(
        &mut self,
        vars: &[(usize, usize, usize)],
    ) -> Vec<(usize, usize, usize)> {
        let pkg = self.pkg;
        let spec = |&(fi, di, si): &(usize, usize, usize)| -> &ast::ValueSpec {
            match &pkg.files[fi].decls[di] {
                Decl::Var(specs) => &specs[si],
                _ => unreachable!("not a var spec"),
            }
        };
        // Which spec declares each package variable.
        let mut owner: HashMap<&str, usize> = HashMap::new();
        for (i, v) in vars.iter().enumerate() {
            for n in &spec(v).names {
                owner.insert(&n.name, i);
            }
        }
        // What each function body refers to (methods are found by name).
        let mut func_refs: Vec<Refs> = Vec::new();
        let mut funcs_by_name: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, info) in self.funcs.iter().enumerate() {
            let Some((fi, di)) = info.decl else {
                func_refs.push(Refs::default());
                continue;
            };
            let Decl::Func(f) = &pkg.files[fi].decls[di] else {
                unreachable!()
            };
            let exprs = f
                .body
                .as_ref()
                .map(|b| super::stmt::block_exprs(pkg, b))
                .unwrap_or_default();
            // Names the function declares itself shadow package variables;
            // dropping them can only miss a dependency, never invent one.
            let mut r = refs_of(pkg, &exprs);
            let locals = declared_names(pkg, f);
            r.names.retain(|n| !locals.contains(n));
            func_refs.push(r);
            funcs_by_name
                .entry(f.name.name.clone())
                .or_default()
                .push(i);
        }
        // A graph over variables (nodes 0..V) and functions (V..V+F): what
        // each initializer and each function body refers to.
        let nv = vars.len();
        let func_node = |i: u32| nv + i as usize;
        let edges_of = |c: &Self, r: &Refs| -> HashSet<usize> {
            let mut e: HashSet<usize> = r
                .names
                .iter()
                .filter_map(|n| c.pkg_var(n, &owner))
                .collect();
            for n in &r.names {
                if let Some(Obj::Func(i)) = c.pkg_scope().get(n).map(|o| &c.objs[o.0 as usize]) {
                    e.insert(func_node(*i));
                }
            }
            for sel in &r.selectors {
                e.extend(
                    funcs_by_name
                        .get(sel)
                        .into_iter()
                        .flatten()
                        .map(|&i| func_node(i as u32)),
                );
            }
            e
        };
        let mut edges: Vec<HashSet<usize>> = vars
            .iter()
            .map(|v| edges_of(self, &refs_of(pkg, &spec(v).values)))
            .collect();
        edges.extend(func_refs.iter().map(|r| edges_of(self, r)));
        // Each variable's dependencies on variables, through functions.
        let full: Vec<HashSet<usize>> = (0..nv)
            .map(|i| {
                let mut seen = HashSet::new();
                let mut work: Vec<usize> = edges[i].iter().copied().collect();
                while let Some(n) = work.pop() {
                    if seen.insert(n) && n >= nv {
                        work.extend(edges[n].iter().copied());
                    }
                }
                seen.into_iter().filter(|&n| n < nv).collect()
            })
            .collect();
        let mut done = vec![false; nv];
        let mut order = Vec::new();
        while order.len() < nv {
            let next = (0..nv).find(|&i| !done[i] && full[i].iter().all(|&d| done[d] || d == i));
            let next = match next {
                Some(i) => i,
                None => {
                    let pending: Vec<usize> = (0..nv).filter(|&i| !done[i]).collect();
                    self.report_cycle(vars, &edges, pending[0], &done);
                    pending[0]
                }
            };
            done[next] = true;
            order.push(vars[next]);
        }
        order
    }

    fn pkg_var(&self, name: &str, owner: &HashMap<&str, usize>) -> Option<usize> {
        let o = self.pkg_scope().get(name)?;
        matches!(self.objs[o.0 as usize], Obj::Var { .. })
            .then(|| owner.get(name).copied())
            .flatten()
    }

    /// `initialization cycle for x` with Go's `x refers to y` lines, along
    /// a cycle through uninitialized variables and functions.
    fn report_cycle(
        &mut self,
        vars: &[(usize, usize, usize)],
        edges: &[HashSet<usize>],
        start: usize,
        done: &[bool],
    ) {
        let pkg = self.pkg;
        let nv = vars.len();
        let name_pos = |c: &Self, n: usize| -> (String, Pos) {
            if n < nv {
                let (fi, di, si) = vars[n];
                match &pkg.files[fi].decls[di] {
                    Decl::Var(specs) => (specs[si].names[0].name.clone(), specs[si].names[0].pos),
                    _ => unreachable!(),
                }
            } else {
                let (fi, di) = c.funcs[n - nv].decl.unwrap_or((0, 0));
                match &pkg.files[fi].decls[di] {
                    Decl::Func(f) => (f.name.name.clone(), f.name.pos),
                    _ => (String::new(), Pos::default()),
                }
            }
        };
        // Depth-first search for a path from `start` back to itself.
        let mut path = vec![start];
        let mut iters: Vec<Vec<usize>> = vec![sorted(&edges[start])];
        let mut seen = HashSet::from([start]);
        let cycle = loop {
            let Some(top) = iters.last_mut() else { return };
            let Some(n) = top.pop() else {
                iters.pop();
                path.pop();
                continue;
            };
            if n == start {
                break path.clone();
            }
            if (n >= nv || !done[n]) && seen.insert(n) {
                path.push(n);
                iters.push(sorted(&edges[n]));
            }
        };
        let lines = (0..cycle.len())
            .map(|k| {
                let (a, p) = name_pos(self, cycle[k]);
                let (b, _) = name_pos(self, cycle[(k + 1) % cycle.len()]);
                (p, format!("{a} refers to {b}"))
            })
            .collect();
        let (first, pos) = name_pos(self, start);
        self.diags
            .error_lines(pos, format!("initialization cycle for {first}"), lines);
    }
}

/// Edges in reverse order, so popping visits the smallest first.
fn sorted(s: &HashSet<usize>) -> Vec<usize> {
    let mut v: Vec<usize> = s.iter().copied().collect();
    v.sort_unstable_by(|a, b| b.cmp(a));
    v
}

impl Checker<'_> {
    /// Reports named types that contain themselves by value (through struct
    /// fields and array elements, not pointers, slices, maps or funcs), as
    /// Go does, and makes them invalid so later stages never see an
    /// infinitely large type.
    pub(crate) fn check_recursive_types(&mut self, types: &[(usize, usize, usize)]) {
        use crate::types::{TypeId, TypeKind};
        let pkg = self.pkg;
        let mut pos_of: HashMap<TypeId, (String, Pos)> = HashMap::new();
        let mut order = Vec::new();
        for &(fi, di, si) in types {
            let Decl::Type(specs) = &pkg.files[fi].decls[di] else {
                continue;
            };
            let s = &specs[si];
            if let Some(Obj::TypeName(t)) = self
                .pkg_scope()
                .get(&s.name.name)
                .map(|o| &self.objs[o.0 as usize])
            {
                if self.tt.named_index(*t).is_some() {
                    pos_of.insert(*t, (s.name.name.clone(), s.name.pos));
                    order.push(*t);
                }
            }
        }
        // Named types a type contains by value.
        fn contained(tt: &crate::types::TypeTable, t: TypeId, out: &mut Vec<TypeId>) {
            match tt.kind(t) {
                TypeKind::Named(_) => out.push(t),
                TypeKind::Struct(fs) => fs.iter().for_each(|f| contained(tt, f.ty, out)),
                TypeKind::Array(e, _) => contained(tt, *e, out),
                _ => {}
            }
        }
        let mut bad: HashSet<TypeId> = HashSet::new();
        for &start in &order {
            if bad.contains(&start) {
                continue;
            }
            // Depth-first search for a path back to `start`.
            let mut path = vec![start];
            let mut iters: Vec<Vec<TypeId>> = Vec::new();
            let mut first = Vec::new();
            contained(&self.tt, self.tt.under(start), &mut first);
            iters.push(first);
            let mut visited: HashSet<TypeId> = HashSet::from([start]);
            let mut cycle = None;
            while let Some(top) = iters.last_mut() {
                let Some(n) = top.pop() else {
                    iters.pop();
                    path.pop();
                    continue;
                };
                if n == start {
                    cycle = Some(path.clone());
                    break;
                }
                if visited.insert(n) && pos_of.contains_key(&n) {
                    let mut next = Vec::new();
                    contained(&self.tt, self.tt.under(n), &mut next);
                    path.push(n);
                    iters.push(next);
                }
            }
            let Some(cycle) = cycle else { continue };
            let (name, pos) = pos_of[&start].clone();
            if cycle.len() == 1 {
                self.error(
                    pos,
                    format!("invalid recursive type: {name} refers to itself"),
                );
            } else {
                let lines = (0..cycle.len())
                    .map(|k| {
                        let (a, p) = pos_of[&cycle[k]].clone();
                        let (b, _) = pos_of[&cycle[(k + 1) % cycle.len()]].clone();
                        (p, format!("{a} refers to {b}"))
                    })
                    .collect();
                self.diags
                    .error_lines(pos, format!("invalid recursive type {name}"), lines);
            }
            for t in cycle {
                bad.insert(t);
                let inv = self.invalid();
                let idx = self.tt.named_index(t).unwrap() as usize;
                self.tt.named[idx].underlying = Some(inv);
            }
        }
    }
}

/// Every name a function declares: parameters, results, and locals in its
/// body (including those of function literals inside it).
fn declared_names(pkg: &ast::Package, f: &ast::FuncDecl) -> HashSet<String> {
    let mut out = HashSet::new();
    let fields = |fs: &[ast::Field], out: &mut HashSet<String>| {
        for fl in fs {
            out.extend(fl.names.iter().map(|n| n.name.clone()));
        }
    };
    if let Some(r) = &f.recv {
        fields(std::slice::from_ref(r), &mut out);
    }
    fields(&f.sig.params, &mut out);
    fields(&f.sig.results, &mut out);
    let Some(body) = &f.body else { return out };
    let mut stack: Vec<ast::StmtId> = body.stmts.clone();
    while let Some(s) = stack.pop() {
        match pkg.stmt(s) {
            ast::Stmt::Decl(ast::Decl::Var(specs) | ast::Decl::Const(specs), _) => {
                for sp in specs {
                    out.extend(sp.names.iter().map(|n| n.name.clone()));
                }
            }
            ast::Stmt::Assign {
                lhs,
                op: ast::AssignOp::Define,
                ..
            } => {
                for &l in lhs {
                    if let Expr::Ident(i) = pkg.expr(l) {
                        out.insert(i.name.clone());
                    }
                }
            }
            ast::Stmt::Range {
                key,
                value,
                define: true,
                ..
            } => {
                for e in [key, value].into_iter().flatten() {
                    if let Expr::Ident(i) = pkg.expr(*e) {
                        out.insert(i.name.clone());
                    }
                }
            }
            ast::Stmt::TypeSwitch { bind: Some(b), .. } => {
                out.insert(b.name.clone());
            }
            _ => {}
        }
        // Nested statements.
        match pkg.stmt(s) {
            ast::Stmt::Labeled { stmt, .. } => stack.push(*stmt),
            ast::Stmt::Block(b) => stack.extend(b.stmts.iter().copied()),
            ast::Stmt::If {
                init, then, els, ..
            } => {
                stack.extend(init.iter().copied());
                stack.extend(then.stmts.iter().copied());
                stack.extend(els.iter().copied());
            }
            ast::Stmt::For {
                init, post, body, ..
            } => {
                stack.extend(init.iter().copied());
                stack.extend(post.iter().copied());
                stack.extend(body.stmts.iter().copied());
            }
            ast::Stmt::Range { body, .. } => stack.extend(body.stmts.iter().copied()),
            ast::Stmt::Switch { init, body, .. } | ast::Stmt::TypeSwitch { init, body, .. } => {
                stack.extend(init.iter().copied());
                for c in body {
                    stack.extend(c.body.iter().copied());
                }
            }
            ast::Stmt::Select { body, .. } => {
                for c in body {
                    stack.extend(c.comm.iter().copied());
                    stack.extend(c.body.iter().copied());
                }
            }
            _ => {}
        }
    }
    // Parameters of function literals.
    for e in super::stmt::block_exprs(pkg, body) {
        super::stmt::walk_expr(pkg, e, &mut |e| {
            if let Expr::FuncLit { sig, .. } = pkg.expr(e) {
                for fl in sig.params.iter().chain(&sig.results) {
                    out.extend(fl.names.iter().map(|n| n.name.clone()));
                }
            }
        });
    }
    out
}
