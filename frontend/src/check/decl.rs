//! Package-level declarations and function bodies.
//!
//! Order of work: imports, then every package-level name is entered in the
//! package scope (so uses may precede declarations, as Go allows), then type
//! declarations get their underlying types, functions and methods their
//! signatures and IR declarations, package variables their storage, the
//! synthetic entry function runs the variable initializers in source order and
//! calls `main.main`, and finally every body is lowered.

use super::{Checker, ConstState, FnState, FuncInfo, Mode, Obj, ObjId, Operand, Storage};
use crate::ast::{self, Decl, ExprId, FuncDecl};
use crate::pos::Pos;
use crate::types::{Signature, TypeId, TypeKind};
use gowgc_ir as ir;
use gowgc_ir::builder::FunctionBuilder;
use std::collections::{HashMap, HashSet};

/// A package-level spec: file, declaration and spec index.
type SpecRef = (usize, usize, usize);

/// Standard packages this milestone knows.
const KNOWN_PACKAGES: [&str; 2] = ["fmt", "os"];

impl<'a> Checker<'a> {
    pub(crate) fn check_all(&mut self) {
        let pkg = self.pkg;
        // Group files into packages by import path: the user's files (all
        // `package main`) come first, embedded packages after them.
        for (fi, file) in pkg.files.iter().enumerate() {
            let path = self.paths.get(fi).cloned().unwrap_or_else(|| "main".into());
            let p = match self.pkgs.iter().position(|p| p.path == path) {
                Some(p) => p,
                None => {
                    self.pkgs.push(super::PkgInfo {
                        name: file.package.name.clone(),
                        path,
                        ..Default::default()
                    });
                    self.pkgs.len() - 1
                }
            };
            self.pkgs[p].files.push(fi);
            self.file_pkg.push(p);
        }
        if let Some(f) = pkg.files.first() {
            if f.package.name != "main" {
                self.diags
                    .unsupported(f.package.pos, "packages other than main");
                return;
            }
        }
        let order = self.package_order();
        for (fi, file) in pkg.files.iter().enumerate() {
            let mut scope = HashMap::new();
            let mut dots = Vec::new();
            for imp in &file.imports {
                let target = self.pkgs.iter().find(|p| p.path == imp.path);
                let name = imp
                    .name
                    .as_ref()
                    .map(|n| n.name.clone())
                    .or_else(|| target.map(|p| p.name.clone()))
                    .unwrap_or_else(|| {
                        imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string()
                    });
                // The internal packages serve the standard library, not
                // programs.
                let from_std = self.file_pkg[fi] != 0;
                let importable =
                    target.is_some() && (from_std || !imp.path.starts_with("internal/"));
                if !KNOWN_PACKAGES.contains(&imp.path.as_str()) && !importable {
                    self.diags
                        .unsupported(imp.pos, format!("package {:?}", imp.path));
                    continue;
                }
                // Imported for its initialization only (it is loaded and
                // initialized like any import); no name to use.
                if name == "_" {
                    continue;
                }
                let own = target.map(|p| p.name.as_str());
                let alias = imp
                    .name
                    .as_ref()
                    .filter(|n| n.name != "." && Some(n.name.as_str()) != own)
                    .map(|n| n.name.clone());
                let o = self.new_obj(Obj::Package {
                    path: imp.path.clone(),
                    used: false,
                    pos: imp.name.as_ref().map_or(imp.pos, |n| n.pos),
                    alias,
                });
                // A dot import's exported names join the file block (see
                // `lookup`); the package itself gets no name.
                if name == "." {
                    dots.push(o);
                } else {
                    scope.insert(name, o);
                }
            }
            self.file_scopes.push(scope);
            self.file_dots.push(dots);
            let _ = fi;
        }
        let mut all_vars = Vec::new();
        let mut all_bodies = Vec::new();
        for &p in &order {
            let (vars, bodies) = self.check_decls(p);
            all_vars.push((p, vars));
            all_bodies.extend(bodies);
        }
        self.lower_entry(&all_vars);
        for (idx, fi, di) in all_bodies {
            self.set_file(fi);
            let Decl::Func(f) = &pkg.files[fi].decls[di] else {
                continue;
            };
            self.lower_func(idx, f);
        }
        self.finish_interfaces();
        // Unused imports and missing main.
        let dot_used = self.dot_used.borrow();
        let dots = self
            .file_dots
            .iter()
            .flatten()
            .filter(|o| !dot_used.contains(o));
        for o in self.file_scopes.iter().flat_map(|s| s.values()).chain(dots) {
            {
                if let Obj::Package {
                    path,
                    used: false,
                    pos,
                    alias,
                } = &self.objs[o.0 as usize]
                {
                    let msg = match alias {
                        Some(a) => format!("{path:?} imported as {a} and not used"),
                        None => format!("{path:?} imported and not used"),
                    };
                    self.diags.unused(*pos, msg);
                }
            }
        }
    }

    /// Declares the package-level names of package `p`, resolves their
    /// types and signatures, and returns its variables in initialization
    /// order and its function bodies to lower.
    #[allow(clippy::type_complexity)]
    fn check_decls(&mut self, p: usize) -> (Vec<(usize, usize, usize)>, Vec<(u32, usize, usize)>) {
        let pkg = self.pkg;
        let files = self.pkgs[p].files.clone();
        if let Some(&f0) = files.first() {
            self.set_file(f0);
        }
        // Enter package-level names.
        let mut types: Vec<(usize, usize, usize)> = Vec::new();
        let mut funcs: Vec<(usize, usize)> = Vec::new();
        let mut vars: Vec<(usize, usize, usize)> = Vec::new();
        for &fi in &files {
            self.set_file(fi);
            let file = &pkg.files[fi];
            for (di, d) in file.decls.iter().enumerate() {
                match d {
                    Decl::Type(specs) => {
                        for (si, s) in specs.iter().enumerate() {
                            let t = if s.alias {
                                self.invalid()
                            } else {
                                self.tt.new_named(&s.name.name)
                            };
                            let o = self.new_obj(Obj::TypeName(t));
                            self.declare_pkg(&s.name.name, s.name.pos, o);
                            types.push((fi, di, si));
                        }
                    }
                    Decl::Const(specs) => {
                        for (si, s) in specs.iter().enumerate() {
                            for (ni, n) in s.names.iter().enumerate() {
                                let st = ConstState::Pending {
                                    decl: (fi, di, si),
                                    name: ni,
                                };
                                let o = self.new_obj(Obj::Const(st));
                                self.declare_pkg(&n.name, n.pos, o);
                            }
                        }
                    }
                    Decl::Var(specs) => {
                        for (si, s) in specs.iter().enumerate() {
                            for n in &s.names {
                                let inv = self.invalid();
                                let o = self.new_obj(Obj::Var {
                                    ty: inv,
                                    storage: Storage::None,
                                    used: true,
                                    local: false,
                                    pos: n.pos,
                                    name: n.name.clone(),
                                });
                                self.declare_pkg(&n.name, n.pos, o);
                            }
                            vars.push((fi, di, si));
                        }
                    }
                    Decl::Func(_) => funcs.push((fi, di)),
                }
            }
        }
        // Underlying types, in source order; a type used before its
        // declaration is resolved at the use (`resolve_type_decl`).
        for &(fi, di, si) in &types {
            let Decl::Type(specs) = &pkg.files[fi].decls[di] else {
                continue;
            };
            let s = &specs[si];
            if let Some(&o) = self.pkg_scope().get(&s.name.name) {
                self.type_decls.entry(o).or_insert(((fi, di, si), false));
            }
        }
        for &(fi, di, si) in &types {
            let Decl::Type(specs) = &pkg.files[fi].decls[di] else {
                continue;
            };
            let s = &specs[si];
            match self.pkg_scope().get(&s.name.name) {
                Some(&o) if self.type_decls.get(&o).map(|d| d.0) == Some((fi, di, si)) => {
                    self.resolve_type_decl(o);
                }
                // `type _ T`, or a redeclaration: declares nothing, but T
                // must still be valid.
                _ => {
                    self.set_file(fi);
                    let _ = self.type_expr(None, s.ty);
                }
            }
        }
        self.check_recursive_types(&types);
        // Signatures and IR declarations.
        let mut bodies = Vec::new();
        for &(fi, di) in &funcs {
            self.set_file(fi);
            let Decl::Func(f) = &pkg.files[fi].decls[di] else {
                continue;
            };
            if let Some(idx) = self.declare_func(f, fi, di) {
                bodies.push((idx, fi, di));
            }
        }
        // Package variables with declared types get storage now.
        for &(fi, di, si) in &vars {
            self.set_file(fi);
            let Decl::Var(specs) = &pkg.files[fi].decls[di] else {
                continue;
            };
            let s = &specs[si];
            if let Some(te) = s.ty {
                let t = self.type_expr(None, te);
                let t = self.shown.types.get(&te).copied().unwrap_or(t);
                for n in &s.names {
                    self.make_global(&n.name, t);
                }
            }
        }
        // Constants are evaluated on demand; force the rest for errors.
        let const_objs: Vec<ObjId> = self.pkg_scope().values().copied().collect();
        for o in const_objs {
            if matches!(
                self.objs[o.0 as usize],
                Obj::Const(ConstState::Pending { .. })
            ) {
                self.const_value(o);
            }
        }
        let vars = self.init_order(&vars);
        (vars, bodies)
    }

    /// Resolves the declaration of package-level type name `o` if it is
    /// still pending: its underlying type (or an alias's type).
    pub(crate) fn resolve_type_decl(&mut self, o: ObjId) {
        let Some(((fi, di, si), resolved)) = self.type_decls.get_mut(&o) else {
            return;
        };
        if std::mem::replace(resolved, true) {
            return;
        }
        let (fi, di, si) = (*fi, *di, *si);
        let saved = self.cur_file;
        self.set_file(fi);
        let pkg = self.pkg;
        let Decl::Type(specs) = &pkg.files[fi].decls[di] else {
            unreachable!("a pending type declaration")
        };
        let s = &specs[si];
        if !s.type_params.is_empty() {
            self.diags.unsupported(s.name.pos, "generic types");
            self.set_file(saved);
            return;
        }
        let under = self.type_expr(None, s.ty);
        if s.alias {
            self.objs[o.0 as usize] = Obj::TypeName(under);
        } else if let Obj::TypeName(t) = self.objs[o.0 as usize] {
            let u = self.tt.under(under);
            let u = if self.tt.named_index(u).is_some() {
                self.invalid()
            } else {
                u
            };
            self.set_underlying(t, u, s.ty);
        }
        self.set_file(saved);
    }

    /// Gives defined type `t` its underlying type `u`, written as `ty`.
    pub(crate) fn set_underlying(&mut self, t: TypeId, u: TypeId, ty: ExprId) {
        let idx = self.tt.named_index(t).unwrap();
        self.tt.named[idx as usize].underlying = Some(u);
        if let Some(&su) = self.shown.types.get(&ty) {
            self.shown.under.insert(idx, su);
        }
    }

    fn declare_pkg(&mut self, name: &str, pos: Pos, o: ObjId) {
        if name == "_" {
            return;
        }
        if (name == "init" || name == "main") && !matches!(self.objs[o.0 as usize], Obj::Func(_)) {
            self.error(pos, format!("cannot declare {name} - must be func"));
            return;
        }
        if let Some(&prev) = self.pkg_scope().get(name) {
            let ppos = self.obj_pos(prev);
            self.diags.error_with(
                pos,
                format!("{name} redeclared in this block"),
                ppos,
                format!("other declaration of {name}"),
            );
            return;
        }
        self.pkg_scope_mut().insert(name.to_string(), o);
    }

    fn obj_pos(&self, o: ObjId) -> Pos {
        match &self.objs[o.0 as usize] {
            Obj::Var { pos, .. } => *pos,
            Obj::Func(i) => {
                let (fi, di) = self.funcs[*i as usize].decl.unwrap_or((0, 0));
                match &self.pkg.files[fi].decls[di] {
                    Decl::Func(f) => f.name.pos,
                    _ => Pos::default(),
                }
            }
            _ => self.find_decl_pos(o).unwrap_or_default(),
        }
    }

    fn find_decl_pos(&self, o: ObjId) -> Option<Pos> {
        let (name, _) = self.pkg_scope().iter().find(|(_, v)| **v == o)?;
        for file in &self.pkg.files {
            for d in &file.decls {
                match d {
                    Decl::Type(specs) => {
                        if let Some(s) = specs.iter().find(|s| &s.name.name == name) {
                            return Some(s.name.pos);
                        }
                    }
                    Decl::Const(specs) | Decl::Var(specs) => {
                        for s in specs {
                            if let Some(n) = s.names.iter().find(|n| &n.name == name) {
                                return Some(n.pos);
                            }
                        }
                    }
                    Decl::Func(_) => {}
                }
            }
        }
        None
    }

    /// Gives package variable `name` storage of type `spelled` (see `shown`).
    fn make_global(&mut self, name: &str, spelled: TypeId) {
        let t = self.tt.canon(spelled);
        let irt = self.ir_type(t);
        self.module.types.pointer(irt);
        let g = self.module.globals.push(ir::GlobalData {
            name: self.qualified(name),
            ty: irt,
        });
        if let Some(&o) = self.pkg_scope().get(name) {
            if let Obj::Var { ty, storage, .. } = &mut self.objs[o.0 as usize] {
                *ty = t;
                *storage = Storage::Global(g);
            }
            self.record_shown_obj(o, spelled);
        }
    }

    /// The IR signature of a Go function (receiver first; aggregates by
    /// pointer).
    fn ir_signature(&mut self, recv: Option<TypeId>, sig: &Signature) -> ir::Signature {
        let mut params = Vec::new();
        for t in recv.iter().chain(sig.params.iter()) {
            params.push(self.ir_param_type(*t));
        }
        let results = sig.results.iter().map(|t| self.ir_param_type(*t)).collect();
        ir::Signature { params, results }
    }

    pub(crate) fn ir_param_type(&mut self, t: TypeId) -> ir::Type {
        if self.is_aggregate(t) {
            self.ir_ptr(t)
        } else {
            self.ir_type(t)
        }
    }

    fn declare_func(&mut self, f: &FuncDecl, fi: usize, di: usize) -> Option<u32> {
        if !f.type_params.is_empty() {
            self.diags.unsupported(f.name.pos, "generic functions");
            return None;
        }
        let super::typexpr::FuncType {
            spelled_t,
            sig,
            t: sig_t,
            ..
        } = self.func_type(None, &f.sig);
        let idx = self.funcs.len() as u32;
        if sig_t != spelled_t {
            self.shown.funcs.insert(idx, spelled_t);
        }
        let (recv_t, name) = match &f.recv {
            None => (None, self.qualified(&f.name.name)),
            Some(r) => {
                let (base, ptr) = self.recv_base(r.ty)?;
                let bname = self.tt.display(base);
                let name = if ptr {
                    self.qualified(&format!("(*{bname}).{}", f.name.name))
                } else {
                    self.qualified(&format!("{bname}.{}", f.name.name))
                };
                let rt = if ptr {
                    self.tt.intern(TypeKind::Pointer(base))
                } else {
                    base
                };
                (Some((rt, base, ptr)), name)
            }
        };
        if f.body.is_none() && self.cur_pkg() == 0 {
            self.error(f.name.pos, "missing function body");
            return None;
        }
        let irsig = self.ir_signature(recv_t.map(|r| r.0), &sig);
        let mut func = ir::Function::new(name, irsig);
        func.pos = Some(self.sources.render(f.name.pos));
        let ir_id = self.module.funcs.push(func);
        self.funcs.push(FuncInfo {
            ir: ir_id,
            sig: sig_t,
            recv: recv_t.map(|r| r.0),
            decl: Some((fi, di)),
        });
        match recv_t {
            None => {
                if f.name.name == "init" {
                    if !sig.params.is_empty() || !sig.results.is_empty() {
                        self.error(
                            f.name.pos,
                            "func init must have no arguments and no return values",
                        );
                    }
                    return Some(idx);
                }
                if f.name.name == "main" && (!sig.params.is_empty() || !sig.results.is_empty()) {
                    self.error(
                        f.name.pos,
                        "func main must have no arguments and no return values",
                    );
                }
                let o = self.new_obj(Obj::Func(idx));
                self.declare_pkg(&f.name.name, f.name.pos, o);
            }
            Some(_) if f.name.name == "_" => {
                // A blank method joins no method set; its body is still
                // checked.
            }
            Some((_, base, ptr)) => {
                let ni = self.tt.named_index(base).unwrap() as usize;
                let bname = self.tt.display(base);
                if let Some(prev) = self.tt.named[ni]
                    .methods
                    .iter()
                    .find(|m| m.name == f.name.name)
                {
                    let msg = format!(
                        "method {bname}.{} already declared at {}",
                        f.name.name,
                        self.sources.render(prev.pos)
                    );
                    self.error(f.name.pos, msg);
                    return None;
                }
                if let TypeKind::Struct(fields) = self.tt.ukind(base) {
                    if fields.iter().any(|fl| fl.name == f.name.name) {
                        self.error(
                            f.name.pos,
                            format!("field and method with the same name {}", f.name.name),
                        );
                        return None;
                    }
                }
                self.tt.named[ni].methods.push(crate::types::Method {
                    name: f.name.name.clone(),
                    ptr_recv: ptr,
                    func: idx,
                    sig: sig_t,
                    pos: f.name.pos,
                });
            }
        }
        Some(idx)
    }

    /// The named type of a receiver and whether it is a pointer receiver.
    fn recv_base(&mut self, e: ExprId) -> Option<(TypeId, bool)> {
        let (inner, ptr) = match self.expr(e) {
            ast::Expr::Star { x, .. } => (*x, true),
            ast::Expr::Paren { inner, .. } => return self.recv_base(*inner),
            _ => (e, false),
        };
        let pos = self.pos_of(inner);
        let t = self.type_expr(None, inner);
        if self.tt.is_invalid(t) {
            return None;
        }
        let local = self.tt.named_index(t).is_some()
            && !self
                .universe
                .values()
                .any(|o| matches!(self.objs[o.0 as usize], Obj::TypeName(u) if u == t));
        if !local {
            let name = self.tt.display(t);
            self.error(
                pos,
                format!("cannot define new methods on non-local type {name}"),
            );
            return None;
        }
        if matches!(self.tt.ukind(t), TypeKind::Pointer(_)) {
            let name = self.tt.display(t);
            self.error(
                pos,
                format!("invalid receiver type {name} (pointer or interface type)"),
            );
            return None;
        }
        Some((t, ptr))
    }

    /// A fresh function state for lowering into `func`.
    pub(crate) fn new_fn_state<'f>(
        &self,
        func: &'f mut ir::Function,
        body: Option<&ast::Block>,
    ) -> FnState<'f> {
        let mut addr_taken = HashSet::new();
        if let Some(b) = body {
            crate::check::stmt::collect_addr_taken(self.pkg, b, &self.ptr_methods, &mut addr_taken);
        }
        FnState {
            b: FunctionBuilder::new(func),
            scopes: vec![HashMap::new()],
            results: vec![],
            shown_results: vec![],
            named_results: vec![],
            addr_taken,
            breakables: vec![],
            labels: HashMap::new(),
            first_goto: None,
            defer_frame: None,
            can_recover: None,
        }
    }

    /// Evaluates a constant expression outside any function.
    pub(crate) fn const_expr(&mut self, e: ExprId) -> Operand {
        let mut scratch = ir::Function::new("const", ir::Signature::default());
        let mut fs = self.new_fn_state(&mut scratch, None);
        self.expr_op(&mut fs, e)
    }

    /// The type and value of a package-level constant, evaluated on demand.
    pub(crate) fn const_value(&mut self, o: ObjId) -> Option<(TypeId, crate::constant::ConstVal)> {
        let st = match &self.objs[o.0 as usize] {
            Obj::Const(st) => st.clone(),
            _ => return None,
        };
        match st {
            ConstState::Done(t, v) => Some((t, v)),
            ConstState::InProgress => None,
            ConstState::Pending {
                decl: (fi, di, si),
                name,
            } => {
                self.objs[o.0 as usize] = Obj::Const(ConstState::InProgress);
                let saved = self.cur_file;
                self.set_file(fi);
                let Decl::Const(specs) = &self.pkg.files[fi].decls[di] else {
                    return None;
                };
                let spec = specs[si].clone();
                let r = self.eval_const_spec(None, &spec, name);
                self.set_file(saved);
                let r = r.unwrap_or_else(|| (self.invalid(), crate::constant::ConstVal::int(0)));
                self.objs[o.0 as usize] = Obj::Const(ConstState::Done(r.0, r.1.clone()));
                Some(r)
            }
        }
    }

    /// Evaluates name `ni` of a const spec (with `iota` bound).
    pub(crate) fn eval_const_spec(
        &mut self,
        fs: Option<&mut FnState>,
        spec: &ast::ValueSpec,
        ni: usize,
    ) -> Option<(TypeId, crate::constant::ConstVal)> {
        let n = &spec.names[ni];
        let Some(&e) = spec.values.get(ni) else {
            self.error(n.pos, "missing init expr for const declaration");
            return None;
        };
        let iota_t = self.basic(crate::types::Basic::UntypedInt);
        let iota = self.new_obj(Obj::Const(ConstState::Done(
            iota_t,
            crate::constant::ConstVal::int(spec.iota as i64),
        )));
        let Some(fs) = fs else {
            let mut scratch = ir::Function::new("const", ir::Signature::default());
            let mut tmp = self.new_fn_state(&mut scratch, None);
            return self.eval_const_spec(Some(&mut tmp), spec, ni);
        };
        fs.scopes.push(HashMap::from([("iota".to_string(), iota)]));
        let op = self.expr_op(fs, e);
        let declared = spec.ty.map(|t| self.type_expr(Some(&mut *fs), t));
        fs.scopes.pop();
        if op.is_invalid() {
            return None;
        }
        let Mode::Const(_) = &op.mode else {
            let d = self.describe(&op);
            let pos = self.pos_of(e);
            self.error(pos, format!("{d} is not constant"));
            return None;
        };
        let op = match declared {
            Some(t) if !self.tt.is_invalid(t) => {
                if self.tt.basic_of(t).is_none() {
                    let pos = self.pos_of(spec.ty.unwrap());
                    self.error(pos, format!("invalid constant type {}", self.tt.display(t)));
                    return None;
                }
                self.assign_op(op, t, "constant declaration")?
            }
            Some(_) => return None,
            None => op,
        };
        match op.mode {
            Mode::Const(v) => Some((op.ty, v)),
            _ => None,
        }
    }

    /// The synthetic entry: for each package, dependencies first, its
    /// variable initializers in dependency order and its `init` functions;
    /// then `main.main`.
    fn lower_entry(&mut self, pkgs: &[(usize, Vec<SpecRef>)]) {
        // Every method is declared by now; bodies are lowered from here on.
        self.ptr_methods = self
            .tt
            .named
            .iter()
            .flat_map(|n| {
                n.methods
                    .iter()
                    .filter(|m| m.ptr_recv)
                    .map(|m| m.name.clone())
            })
            .collect();
        let mut func = ir::Function::new("runtime.main", ir::Signature::default());
        let mut fs = self.new_fn_state(&mut func, None);
        let pkg = self.pkg;
        let mut main = None;
        for (p, vars) in pkgs {
            for &(fi, di, si) in vars {
                self.set_file(fi);
                let Decl::Var(specs) = &pkg.files[fi].decls[di] else {
                    continue;
                };
                if self.pure_var_spec(&specs[si]) {
                    self.pure_var_init(&mut fs, &specs[si]);
                } else {
                    self.global_var_spec(&mut fs, &specs[si]);
                }
            }
            let init = format!("{}.init", self.pkgs[*p].name);
            for info in self.funcs.clone() {
                let name = &self.module.funcs[info.ir].name;
                if *name == init && info.recv.is_none() {
                    fs.b.ins(ir::Op::Call(info.ir, vec![]), &[]);
                }
                if *p == 0 && name == "main.main" && info.recv.is_none() {
                    main = Some(info.ir);
                }
            }
        }
        match main {
            Some(m) => {
                fs.b.ins(ir::Op::Call(m, vec![]), &[]);
            }
            None => {
                if !self.diags.has_errors() {
                    let pos = self
                        .pkg
                        .files
                        .first()
                        .map(|f| f.package.pos)
                        .unwrap_or_default();
                    self.error(pos, "function main is undeclared in the main package");
                }
            }
        }
        fs.b.ret(vec![]);
        fs.b.finish();
        let id = self.module.funcs.push(func);
        self.module.entry = Some(id);
        if self.unwinding() {
            self.catch_at_entry();
        }
    }

    pub(crate) fn global_var_spec(&mut self, fs: &mut FnState, s: &ast::ValueSpec) {
        if s.values.is_empty() {
            return; // zero-initialized storage
        }
        let declared = s.ty.map(|t| {
            let c = self.type_expr(Some(&mut *fs), t);
            self.shown.types.get(&t).copied().unwrap_or(c)
        });
        let ops = self.rhs_operands(
            fs,
            &s.values,
            s.names.len(),
            s.names[0].pos,
            "variable declaration",
        );
        let Some(ops) = ops else {
            for n in &s.names {
                if let Some(&o) = self.pkg_scope().get(&n.name) {
                    if let Obj::Var {
                        storage: Storage::None,
                        ..
                    } = self.objs[o.0 as usize]
                    {
                        let inv = self.invalid();
                        self.make_global(&n.name, inv);
                    }
                }
            }
            return;
        };
        for (n, op) in s.names.iter().zip(ops) {
            let spelled = match declared {
                Some(t) => t,
                None => {
                    if let Mode::Nil = op.mode {
                        self.error(n.pos, "use of untyped nil in variable declaration");
                        continue;
                    }
                    self.spelled_default(&op)
                }
            };
            let t = self.tt.canon(spelled);
            let Some(op) = self.assign_op(op, spelled, "variable declaration") else {
                continue;
            };
            if n.name == "_" {
                let _ = self.value(fs, &op);
                continue;
            }
            if declared.is_none() {
                self.make_global(&n.name, spelled);
            }
            let o = self.pkg_scope()[&n.name];
            if let Obj::Var {
                storage: Storage::Global(g),
                ..
            } = self.objs[o.0 as usize]
            {
                let pt = self.ir_ptr(t);
                let p = fs.b.ins1(ir::Op::GlobalAddr(g), pt);
                self.store_to(fs, p, t, &op);
            }
        }
    }

    /// Lowers one function or method body.
    fn lower_func(&mut self, idx: u32, f: &FuncDecl) {
        let info = self.funcs[idx as usize].clone();
        let Some(body) = &f.body else {
            self.lower_intrinsic(info.ir, &f.name.name);
            return;
        };
        let name = self.module.funcs[info.ir].name.clone();
        let irsig = self.module.funcs[info.ir].sig.clone();
        let mut func = ir::Function::new(name, irsig);
        func.pos = self.module.funcs[info.ir].pos.clone();
        let mut fs = self.new_fn_state(&mut func, Some(body));
        let spelled = self.shown_sig(idx);
        let (TypeKind::Func(sig), TypeKind::Func(spelled)) = (
            self.tt.kind(info.sig).clone(),
            self.tt.kind(spelled).clone(),
        ) else {
            return;
        };
        let entry_params = fs.b.func.blocks[fs.b.func.entry].params.clone();
        let mut pi = 0;
        if let (Some(r), Some(rt)) = (&f.recv, info.recv) {
            let name = r.names.first().map(|n| (n.name.clone(), n.pos));
            self.bind_param(&mut fs, name, rt, entry_params[0]);
            pi = 1;
        }
        self.lower_body(&mut fs, &f.sig, &sig, &spelled, &entry_params[pi..], body);
        self.close_scope(&mut fs);
        let goto = fs.first_goto;
        let frame = fs.defer_frame.as_ref().map(|d| d.ty);
        fs.b.finish();
        self.check_reducible(&mut func, goto);
        self.module.funcs[info.ir] = func;
        if let Some(ft) = frame {
            self.split_frame(info.ir, ft, None);
        }
    }

    /// Binds parameters and named results, lowers the body, and ends it
    /// (with Go's "missing return" rule). `params` are the IR values of the
    /// Go parameters (after any receiver or closure). `spelled` is `sig`
    /// as written (see `shown`).
    pub(crate) fn lower_body(
        &mut self,
        fs: &mut FnState,
        ast_sig: &ast::FuncType,
        sig: &Signature,
        spelled: &Signature,
        params: &[ir::Value],
        body: &ast::Block,
    ) {
        fs.results = sig.results.clone();
        fs.shown_results = spelled.results.clone();
        self.check_labels(body);
        self.begin_frame(fs, body, sig);
        let mut k = 0;
        for fld in &ast_sig.params {
            let names: Vec<Option<(String, Pos)>> = if fld.names.is_empty() {
                vec![None]
            } else {
                fld.names
                    .iter()
                    .map(|n| Some((n.name.clone(), n.pos)))
                    .collect()
            };
            for n in names {
                self.bind_param(fs, n, spelled.params[k], params[k]);
                k += 1;
            }
        }
        let mut ri = 0;
        for fld in &ast_sig.results {
            for n in &fld.names {
                let t = sig.results[ri];
                let o = match self.declare_result_slot(fs, n, t, ri) {
                    Some(o) => o,
                    None => self.declare_local(fs, &n.name, n.pos, t, None),
                };
                if let Some(o) = o {
                    self.record_shown_obj(o, spelled.results[ri]);
                    self.objs[o.0 as usize].set_used();
                    fs.named_results.push(o);
                }
                ri += 1;
            }
            if fld.names.is_empty() {
                ri += 1;
            }
        }
        self.block_stmts(fs, &body.stmts);
        if !fs.b.is_terminated() {
            if sig.results.is_empty() {
                self.emit_return(fs, vec![]);
            } else if !self.block_terminates(&body.stmts) {
                self.error(body.rbrace, "missing return");
            } else if !fs.named_results.is_empty() {
                self.return_named(fs);
            } else {
                fs.b.unreachable();
            }
        }
    }

    fn bind_param(
        &mut self,
        fs: &mut FnState,
        name: Option<(String, Pos)>,
        t: TypeId,
        v: ir::Value,
    ) {
        let Some((name, pos)) = name else { return };
        if name == "_" {
            return;
        }
        let init = Operand {
            mode: Mode::Value(v),
            ty: self.tt.canon(t),
            expr: None,
        };
        if let Some(o) = self.declare_local(fs, &name, pos, t, Some(init)) {
            self.objs[o.0 as usize].set_used();
        }
    }
}

impl Obj {
    pub(crate) fn set_used(&mut self) {
        if let Obj::Var { used, .. } | Obj::Package { used, .. } = self {
            *used = true;
        }
    }
}

impl Checker<'_> {
    /// `goto` can make control flow irreducible, which the structurizer
    /// does not handle: such a function is first rewritten by
    /// [`ir::irreducible::make_reducible`].
    pub(crate) fn check_reducible(&mut self, func: &mut ir::Function, goto: Option<Pos>) {
        if let Some(pos) = goto {
            if ir::structure::structure(func).is_err() {
                ir::irreducible::make_reducible(func, &mut self.module.types);
                if ir::structure::structure(func).is_err() {
                    self.diags
                        .unsupported(pos, "goto that makes control flow irreducible");
                }
            }
        }
    }
}
