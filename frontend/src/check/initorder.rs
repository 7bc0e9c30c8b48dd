//! The order of package variable initialization (Go spec, "Package
//! initialization"): repeatedly, the earliest variable in declaration order
//! that has no dependency on an uninitialized variable is initialized next.
//! A variable depends on the variables and functions its initializer refers
//! to, and through a function on everything that function's body refers to.
//!
//! References are found by name: a local that shadows a package variable
//! inside a function body counts as a reference. That can only delay an
//! initialization, never run one too early; a cycle found only through
//! function bodies is therefore broken in declaration order, while a cycle
//! through initializers alone is Go's "initialization cycle" error.

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
            func_refs.push(refs_of(pkg, &exprs));
            funcs_by_name
                .entry(f.name.name.clone())
                .or_default()
                .push(i);
        }
        // Direct (initializer) and full (through functions) dependencies.
        let mut direct: Vec<HashSet<usize>> = Vec::new();
        let mut full: Vec<HashSet<usize>> = Vec::new();
        for v in vars {
            let r = refs_of(pkg, &spec(v).values);
            let d: HashSet<usize> = r
                .names
                .iter()
                .filter_map(|n| self.pkg_var(n, &owner))
                .collect();
            let mut all = d.clone();
            let mut seen = HashSet::new();
            let mut work: Vec<usize> = Vec::new();
            for n in &r.names {
                if let Some(Obj::Func(i)) = self.pkg_scope.get(n).map(|o| &self.objs[o.0 as usize])
                {
                    work.push(*i as usize);
                }
            }
            for s in &r.selectors {
                work.extend(funcs_by_name.get(s).into_iter().flatten().copied());
            }
            while let Some(f) = work.pop() {
                if !seen.insert(f) {
                    continue;
                }
                let fr = &func_refs[f];
                all.extend(fr.names.iter().filter_map(|n| self.pkg_var(n, &owner)));
                for n in &fr.names {
                    if let Some(Obj::Func(i)) =
                        self.pkg_scope.get(n).map(|o| &self.objs[o.0 as usize])
                    {
                        work.push(*i as usize);
                    }
                }
                for s in &fr.selectors {
                    work.extend(funcs_by_name.get(s).into_iter().flatten().copied());
                }
            }
            direct.push(d);
            full.push(all);
        }
        let mut done = vec![false; vars.len()];
        let mut order = Vec::new();
        while order.len() < vars.len() {
            let ready =
                |deps: &Vec<HashSet<usize>>, i: usize| deps[i].iter().all(|&d| done[d] || d == i);
            let next = (0..vars.len()).find(|&i| !done[i] && ready(&full, i));
            let next = match next {
                Some(i) => i,
                None => {
                    // A cycle. Through initializers alone, it is an error.
                    let pending: Vec<usize> = (0..vars.len()).filter(|&i| !done[i]).collect();
                    if let Some(&i) = pending.iter().find(|&&i| !ready(&direct, i)) {
                        self.report_cycle(vars, &direct, i, &done);
                    }
                    pending[0]
                }
            };
            done[next] = true;
            order.push(vars[next]);
        }
        order
    }

    fn pkg_var(&self, name: &str, owner: &HashMap<&str, usize>) -> Option<usize> {
        let o = self.pkg_scope.get(name)?;
        matches!(self.objs[o.0 as usize], Obj::Var { .. })
            .then(|| owner.get(name).copied())
            .flatten()
    }

    /// `initialization cycle for x` with Go's `x refers to y` lines.
    fn report_cycle(
        &mut self,
        vars: &[(usize, usize, usize)],
        direct: &[HashSet<usize>],
        start: usize,
        done: &[bool],
    ) {
        let pkg = self.pkg;
        let name_pos = |i: usize| -> (String, Pos) {
            let (fi, di, si) = vars[i];
            match &pkg.files[fi].decls[di] {
                Decl::Var(specs) => (specs[si].names[0].name.clone(), specs[si].names[0].pos),
                _ => unreachable!(),
            }
        };
        // Follow uninitialized direct dependencies until one repeats.
        let mut path = vec![start];
        let mut cur = start;
        loop {
            let Some(&n) = direct[cur].iter().filter(|&&d| !done[d]).min() else {
                return;
            };
            if let Some(k) = path.iter().position(|&p| p == n) {
                path.drain(..k);
                break;
            }
            path.push(n);
            cur = n;
        }
        let mut lines = Vec::new();
        for (k, &i) in path.iter().enumerate() {
            let (a, pos) = name_pos(i);
            let (b, _) = name_pos(path[(k + 1) % path.len()]);
            lines.push((pos, format!("{a} refers to {b}")));
        }
        let (first, pos) = name_pos(path[0]);
        self.diags
            .error_lines(pos, format!("initialization cycle for {first}"), lines);
    }
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
                .pkg_scope
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
