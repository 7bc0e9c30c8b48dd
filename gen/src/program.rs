//! The generator proper: a type-directed walk that only writes Go the
//! real compiler accepts and whose output is deterministic.
//!
//! Rules that keep programs valid and terminating:
//! - no constant expression can overflow: a binary operation has at least
//!   one non-constant operand, literals are in range for their type, and
//!   unary operators never apply to constants;
//! - every declared variable is printed (or, for functions and pointers,
//!   used) at the end of its block, so none is "declared and not used";
//! - functions only call functions declared before them, loops have small
//!   constant bounds, so every program terminates;
//! - index and slice expressions are in range by construction (`uint(e) %
//!   len`, slices never empty); runtime panics happen only in the `try`
//!   functions, which recover and print them, or at the very end of main;
//! - map iteration only feeds commutative integer sums; floats never become
//!   integers (out-of-range conversions are implementation-defined).

use crate::rng::Rng;
use crate::ty::{f64_lit, int_lit, random_scalar, str_lit, Ty, INT, INTS};
use std::fmt::Write;

struct Var {
    name: String,
    ty: Ty,
    /// A loop counter: assigning it could make the loop endless.
    ro: bool,
}

struct FnSig {
    name: String,
    params: Vec<Ty>,
    result: Ty,
}

pub(crate) struct Gen {
    r: Rng,
    out: String,
    indent: usize,
    structs: Vec<Vec<(String, Ty)>>,
    funcs: Vec<FnSig>,
    scopes: Vec<Vec<Var>>,
    nvar: usize,
    /// Statement nesting, bounded so output stays small.
    depth: usize,
    in_loop: bool,
    /// Inside a Shape method: no Shape method calls (endless recursion).
    in_method: bool,
}

const MAX_DEPTH: usize = 3;

impl Gen {
    pub fn new(seed: u64) -> Self {
        Gen {
            r: Rng::new(seed),
            out: String::new(),
            indent: 0,
            structs: Vec::new(),
            funcs: Vec::new(),
            scopes: Vec::new(),
            nvar: 0,
            depth: 0,
            in_loop: false,
            in_method: false,
        }
    }

    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push('\t');
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.nvar += 1;
        format!("{prefix}{}", self.nvar)
    }

    fn declare(&mut self, name: &str, ty: Ty) {
        self.scopes.last_mut().unwrap().push(Var {
            name: name.to_string(),
            ty,
            ro: false,
        });
    }

    fn vars_of(&self, ty: &Ty) -> Vec<String> {
        self.scopes
            .iter()
            .flatten()
            .filter(|v| &v.ty == ty)
            .map(|v| v.name.clone())
            .collect()
    }

    fn all_vars(&self, pred: impl Fn(&Ty) -> bool) -> Vec<(String, Ty)> {
        self.scopes
            .iter()
            .flatten()
            .filter(|v| pred(&v.ty))
            .map(|v| (v.name.clone(), v.ty.clone()))
            .collect()
    }

    /// The whole program.
    pub fn program(mut self) -> String {
        self.structs();
        let mut body = std::mem::take(&mut self.out);
        self.globals();
        self.methods();
        self.helpers();
        let nf = 2 + self.r.below(4);
        for _ in 0..nf {
            self.function();
        }
        let ntry = 1 + self.r.below(3);
        for i in 0..ntry {
            self.try_function(i);
        }
        self.main(ntry);
        body.push_str(&self.out);
        // Import exactly the packages the text names: expressions built
        // and then discarded must not leave an unused import behind.
        let mut head = String::from("package main\n\nimport (\n");
        for name in ["errors", "fmt", "math", "os", "strconv", "strings"] {
            if body.contains(&format!("{name}.")) {
                let _ = writeln!(head, "\t\"{name}\"");
            }
        }
        head.push_str(")\n\n");
        head + &body
    }

    fn structs(&mut self) {
        let n = 3;
        for i in 0..n {
            let nf = 1 + self.r.below(4);
            let mut fields = Vec::new();
            for j in 0..nf {
                let ty = match self.r.below(6) {
                    0 => Ty::Arr(
                        1 + self.r.below(3),
                        Box::new(Ty::Int(self.r.below(INTS.len()))),
                    ),
                    1 if i > 0 => Ty::Struct(self.r.below(i)),
                    _ => random_scalar(&mut self.r),
                };
                fields.push((format!("f{j}"), ty));
            }
            self.line(&format!("type S{i} struct {{"));
            for (f, t) in &fields {
                self.out.push_str(&format!("\t{f} {}\n", t.go()));
            }
            self.line("}\n");
            self.structs.push(fields);
        }
        self.line("type Shape interface {\n\tArea() int\n\tName() string\n}\n");
        // S3 embeds S0: promoted fields, and S0's methods make it a Shape.
        self.line("type S3 struct {\n\tS0\n\textra int\n}\n");
    }

    /// Helpers every program has: variadic, multiple results, wrapped
    /// errors.
    fn helpers(&mut self) {
        self.line(
            "func sum(xs ...int) int {\n\tt := 0\n\tfor _, x := range xs {\n\t\tt += x\n\t}\n\treturn t\n}\n\n\
             func divmod(a, b int) (q, r int) {\n\tif b == 0 {\n\t\treturn 0, a\n\t}\n\tq = a / b\n\tr = a % b\n\treturn\n}\n\n\
             var errBase = errors.New(\"base\")\n\n\
             func wrap(n int) error {\n\tif n%2 == 0 {\n\t\treturn fmt.Errorf(\"level %d: %w\", n, errBase)\n\t}\n\treturn fmt.Errorf(\"plain %d\", n)\n}\n",
        );
    }

    /// One package-level variable of every scalar type: a non-constant
    /// operand is always at hand.
    fn globals(&mut self) {
        self.scopes.push(Vec::new());
        for (k, (name, _, _)) in INTS.iter().enumerate() {
            let lit = int_lit(&mut self.r, k);
            self.line(&format!("var g{name} {name} = {lit}"));
            self.declare(&format!("g{name}"), Ty::Int(k));
        }
        let s = str_lit(&mut self.r);
        let f = f64_lit(&mut self.r);
        self.line(&format!(
            "var gstring = {s}\nvar gbool = true\nvar gfloat64 = {f}\n"
        ));
        self.declare("gstring", Ty::Str);
        self.declare("gbool", Ty::Bool);
        self.declare("gfloat64", Ty::F64);
    }

    /// S0 and S1 implement Shape with value receivers, S2 with pointer
    /// receivers.
    fn methods(&mut self) {
        self.in_method = true;
        for i in 0..3 {
            // S2's methods copy the receiver: `s` is a value either way.
            let (recv, copy) = if i == 2 {
                ("p *S2".to_string(), "s := *p\n\t_ = s\n\t")
            } else {
                (format!("s S{i}"), "")
            };
            self.scopes.push(Vec::new());
            self.declare("s", Ty::Struct(i));
            let area = self.expr(&INT, 2);
            let name = self.expr(&Ty::Str, 1);
            self.scopes.pop();
            self.line(&format!(
                "func ({recv}) Area() int {{\n\t{copy}return {area}\n}}\n\nfunc ({recv}) Name() string {{\n\t{copy}return \"S{i}:\" + {name}\n}}\n"
            ));
        }
        self.in_method = false;
    }

    fn function(&mut self) {
        let name = format!("f{}", self.funcs.len());
        let np = self.r.below(4);
        let params: Vec<Ty> = (0..np).map(|_| self.param_ty()).collect();
        let result = random_scalar(&mut self.r);
        let ps: Vec<String> = params
            .iter()
            .enumerate()
            .map(|(i, t)| format!("p{i} {}", t.go()))
            .collect();
        self.line(&format!(
            "func {name}({}) {} {{",
            ps.join(", "),
            result.go()
        ));
        self.indent += 1;
        self.scopes.push(Vec::new());
        for (i, t) in params.iter().enumerate() {
            self.declare(&format!("p{i}"), t.clone());
        }
        if self.r.chance(1, 3) {
            let t = random_scalar(&mut self.r);
            let e = self.expr(&t, 1);
            self.line(&format!("defer fmt.Println(\"deferred {name}\", {e})"));
        }
        let n = 3 + self.r.below(5);
        self.block_body(n);
        let e = self.expr(&result, 3);
        self.line(&format!("return {e}"));
        self.scopes.pop();
        self.indent -= 1;
        self.line("}\n");
        self.funcs.push(FnSig {
            name,
            params,
            result,
        });
    }

    fn param_ty(&mut self) -> Ty {
        match self.r.below(8) {
            0 => Ty::Struct(self.r.below(self.structs.len())),
            1 => Ty::Slice(Box::new(random_scalar(&mut self.r))),
            2 => Ty::Shape,
            _ => random_scalar(&mut self.r),
        }
    }

    /// Statements, then the block's variables printed.
    fn block_body(&mut self, n: usize) {
        self.block_with(n, Vec::new());
    }

    /// A block whose scope starts with `vars` (loop variables).
    fn block_with(&mut self, n: usize, vars: Vec<Var>) {
        self.scopes.push(vars);
        for _ in 0..n {
            self.stmt();
        }
        self.print_scope();
        self.scopes.pop();
    }

    fn print_scope(&mut self) {
        let vars: Vec<(String, Ty)> = self
            .scopes
            .last()
            .unwrap()
            .iter()
            .map(|v| (v.name.clone(), v.ty.clone()))
            .collect();
        let mut args = Vec::new();
        for (n, t) in vars {
            match t {
                Ty::Func => self.line(&format!("_ = {n}")),
                Ty::Ptr(_) => args.push(format!("*{n}")),
                _ => args.push(n),
            }
        }
        if !args.is_empty() {
            self.line(&format!("fmt.Println({})", args.join(", ")));
        }
    }

    fn stmt(&mut self) {
        let nested = self.depth < MAX_DEPTH;
        match self.r.below(20) {
            0..=4 => self.decl(),
            5..=6 => self.assign(),
            7 if nested => self.if_stmt(),
            8 if nested => self.for_stmt(),
            9 if nested => self.range_stmt(),
            10 if nested => self.switch_stmt(),
            11 => self.print_stmt(),
            12 => self.pointer_stmt(),
            13 => self.shape_stmt(),
            14 => self.closure_stmt(),
            15 => self.map_stmt(),
            16 => self.append_stmt(),
            18 => self.method_value_stmt(),
            19 => match self.r.below(8) {
                0 => self.embed_stmt(),
                1 => self.multi_stmt(),
                2 => self.variadic_stmt(),
                3 if nested => self.label_stmt(),
                4 => self.fallthrough_stmt(),
                5 => self.builtins_stmt(),
                6 => self.errors_stmt(),
                _ => self.method_expr_stmt(),
            },
            17 if self.in_loop => {
                let c = self.expr(&Ty::Bool, 2);
                let kw = if self.r.chance(1, 2) {
                    "break"
                } else {
                    "continue"
                };
                self.line(&format!("if {c} {{\n\t{kw}\n}}"));
            }
            _ => self.decl(),
        }
    }

    fn local_ty(&mut self) -> Ty {
        match self.r.below(14) {
            0 => Ty::Arr(1 + self.r.below(4), Box::new(random_scalar(&mut self.r))),
            1 => Ty::Slice(Box::new(random_scalar(&mut self.r))),
            2 => {
                let k = if self.r.chance(1, 2) { INT } else { Ty::Str };
                Ty::Map(Box::new(k), Box::new(random_scalar(&mut self.r)))
            }
            3 | 4 => Ty::Struct(self.r.below(self.structs.len())),
            5 => Ty::Shape,
            _ => random_scalar(&mut self.r),
        }
    }

    fn decl(&mut self) {
        let ty = self.local_ty();
        let e = self.expr(&ty, 3);
        let n = self.fresh("v");
        if self.r.chance(1, 3) {
            self.line(&format!("var {n} {} = {e}", ty.go()));
        } else if ty.is_scalar() {
            // `:=` of a constant would give it the default type.
            self.line(&format!("{n} := {}({e})", ty.go()));
        } else {
            self.line(&format!("{n} := {e}"));
        }
        self.declare(&n, ty);
    }

    fn assign(&mut self) {
        // Globals stay unassigned: a call that assigned one while the same
        // expression read it would depend on unspecified evaluation order.
        let vars: Vec<(String, Ty)> = self
            .scopes
            .iter()
            .skip(1)
            .flatten()
            .filter(|v| !v.ro && (v.ty.is_scalar() || matches!(v.ty, Ty::Struct(_) | Ty::Arr(..))))
            .map(|v| (v.name.clone(), v.ty.clone()))
            .collect();
        if vars.is_empty() {
            return self.decl();
        }
        let (n, t) = self.r.pick(&vars).clone();
        match &t {
            Ty::Int(_) if self.r.chance(1, 2) => {
                let op = *self.r.pick(&["+=", "-=", "*=", "|=", "^=", "&^="]);
                let e = self.expr(&t, 2);
                self.line(&format!("{n} {op} {e}"));
            }
            Ty::Int(_) if self.r.chance(1, 3) => {
                let op = *self.r.pick(&["++", "--"]);
                self.line(&format!("{n}{op}"));
            }
            Ty::Str if self.r.chance(1, 2) => {
                let e = self.expr(&t, 2);
                self.line(&format!("{n} += {e}"));
            }
            Ty::Struct(i) if self.r.chance(2, 3) => {
                let (f, ft) = self.r.pick(&self.structs[*i].clone()).clone();
                let e = self.expr(&ft, 2);
                self.line(&format!("{n}.{f} = {e}"));
            }
            Ty::Arr(len, et) => {
                let i = self.nc_int(1);
                let e = self.expr(et, 2);
                self.line(&format!("{n}[uint({i})%{len}] = {e}"));
            }
            _ => {
                let e = self.expr(&t, 3);
                self.line(&format!("{n} = {e}"));
            }
        }
    }

    fn nested(&mut self, f: impl FnOnce(&mut Self)) {
        self.indent += 1;
        self.depth += 1;
        f(self);
        self.depth -= 1;
        self.indent -= 1;
    }

    fn if_stmt(&mut self) {
        let c = self.expr(&Ty::Bool, 3);
        self.line(&format!("if {c} {{"));
        let n = 1 + self.r.below(3);
        self.nested(|g| g.block_body(n));
        if self.r.chance(1, 2) {
            self.line("} else {");
            let n = 1 + self.r.below(3);
            self.nested(|g| g.block_body(n));
        }
        self.line("}");
    }

    fn loop_body(&mut self, n: usize, vars: Vec<Var>) {
        let was = self.in_loop;
        self.in_loop = true;
        self.nested(|g| g.block_with(n, vars));
        self.in_loop = was;
    }

    fn for_stmt(&mut self) {
        let i = self.fresh("i");
        let k = self.r.below(5);
        if self.r.chance(1, 4) {
            self.line(&format!("for {i} := range {k} {{"));
        } else {
            self.line(&format!("for {i} := 0; {i} < {k}; {i}++ {{"));
        }
        let n = 1 + self.r.below(3);
        self.loop_body(
            n,
            vec![Var {
                name: i,
                ty: INT,
                ro: true,
            }],
        );
        self.line("}");
    }

    fn range_stmt(&mut self) {
        let maps = self.all_vars(|t| matches!(t, Ty::Map(..)));
        if !maps.is_empty() && self.r.chance(1, 2) {
            // Iteration order is random: only a commutative sum.
            let (m, t) = self.r.pick(&maps).clone();
            let Ty::Map(kt, vt) = t else { unreachable!() };
            let sum = self.fresh("sum");
            let (k, v) = (self.fresh("k"), self.fresh("e"));
            self.line(&format!("{sum} := 0\nfor {k}, {v} := range {m} {{"));
            let kpart = if *kt == Ty::Str {
                format!("len({k})")
            } else {
                k.clone()
            };
            let vpart = match *vt {
                Ty::Int(_) => format!("int({v})"),
                Ty::Str => format!("len({v})"),
                Ty::Bool => format!("len(fmt.Sprint({v}))"),
                _ => "1".to_string(),
            };
            self.line(&format!("\t{sum} += {kpart}*7 + {vpart}\n\t_ = {v}\n}}"));
            self.declare(&sum, INT);
            return;
        }
        let seqs = self.all_vars(|t| matches!(t, Ty::Slice(_) | Ty::Arr(..) | Ty::Str));
        let Some((s, t)) = (!seqs.is_empty()).then(|| self.r.pick(&seqs).clone()) else {
            return self.for_stmt();
        };
        let et = match &t {
            Ty::Slice(e) | Ty::Arr(_, e) => (**e).clone(),
            _ => Ty::Int(3), // rune
        };
        let (i, x) = (self.fresh("i"), self.fresh("x"));
        self.line(&format!("for {i}, {x} := range {s} {{"));
        let vars = vec![
            Var {
                name: i,
                ty: INT,
                ro: false,
            },
            Var {
                name: x,
                ty: et,
                ro: false,
            },
        ];
        let n = self.r.below(3);
        self.loop_body(n, vars);
        self.line("}");
    }

    fn switch_stmt(&mut self) {
        let e = self.nc_int(2);
        self.line(&format!("switch {e} % 4 {{"));
        for case in ["case 0:", "case 1, -1:", "case 2, -2:", "default:"] {
            if case != "default:" && self.r.chance(1, 4) {
                continue;
            }
            self.line(case);
            let n = 1 + self.r.below(2);
            self.nested(|g| g.block_body(n));
        }
        self.line("}");
    }

    fn print_stmt(&mut self) {
        let n = 1 + self.r.below(3);
        let mut args = Vec::new();
        for _ in 0..n {
            let t = self.local_ty();
            args.push(self.expr(&t, 2));
        }
        match self.r.below(4) {
            0 => {
                let e = self.expr(&INT, 2);
                let f = self.expr(&Ty::F64, 1);
                let s = self.expr(&Ty::Str, 1);
                self.line(&format!(
                    "fmt.Printf(\"%d %x %5.2f %q %v|%+v|%T|%#v|%-6d|%08.3f|%X\\n\", {e}, {e}, {f}, {s}, {}, {}, {}, {}, {e}, {f}, {s})",
                    args[0], args[0], args[0], args[0]
                ));
            }
            _ => self.line(&format!("fmt.Println({})", args.join(", "))),
        }
    }

    /// Pointers to locals, into struct fields and into array elements.
    fn pointer_stmt(&mut self) {
        let p = self.fresh("ptr");
        let choice = self.r.below(3);
        let structs = self.all_vars(|t| matches!(t, Ty::Struct(_)));
        let arrays = self.all_vars(|t| matches!(t, Ty::Arr(_, e) if e.is_int()));
        if choice == 0 && !structs.is_empty() {
            let (s, t) = self.r.pick(&structs).clone();
            let Ty::Struct(i) = t else { unreachable!() };
            let fields = self.structs[i].clone();
            let (f, ft) = self.r.pick(&fields).clone();
            let e = self.expr(&ft, 2);
            self.line(&format!("{p} := &{s}.{f}\n*{p} = {e}"));
            self.declare(&p, Ty::Ptr(Box::new(ft)));
        } else if choice == 1 && !arrays.is_empty() {
            let (a, t) = self.r.pick(&arrays).clone();
            let Ty::Arr(n, et) = t else { unreachable!() };
            let i = self.nc_int(1);
            let e = self.expr(&et, 2);
            self.line(&format!("{p} := &{a}[uint({i})%{n}]\n*{p} += {e}"));
            self.declare(&p, Ty::Ptr(et));
        } else {
            let k = self.r.below(self.structs.len());
            let lit = self.expr(&Ty::Struct(k), 2);
            self.line(&format!("{p} := &{lit}"));
            let fields = self.structs[k].clone();
            let (f, ft) = self.r.pick(&fields).clone();
            let e = self.expr(&ft, 2);
            self.line(&format!("{p}.{f} = {e}"));
            self.declare(&p, Ty::Ptr(Box::new(Ty::Struct(k))));
        }
    }

    fn shape_stmt(&mut self) {
        let sh = self.expr(&Ty::Shape, 2);
        let v = self.fresh("sh");
        self.line(&format!("var {v} Shape = {sh}"));
        self.line(&format!("fmt.Println({v}.Area(), {v}.Name())"));
        if self.r.chance(1, 2) {
            let x = self.fresh("t");
            self.line(&format!(
                "switch {x} := {v}.(type) {{\ncase S0:\n\tfmt.Println(\"S0\", {x}.Area())\ncase *S2:\n\tfmt.Println(\"*S2\", *{x})\ndefault:\n\tfmt.Println(\"other\", {x})\n}}"
            ));
        } else {
            let (x, ok) = (self.fresh("a"), self.fresh("ok"));
            self.line(&format!(
                "if {x}, {ok} := {v}.(S1); {ok} {{\n\tfmt.Println(\"S1\", {x})\n}} else {{\n\tfmt.Println(\"not S1\", {x}, {ok})\n}}"
            ));
        }
        self.declare(&v, Ty::Shape);
    }

    fn closure_stmt(&mut self) {
        let c = self.fresh("c");
        let counter = self.fresh("n");
        let k = self.nc_int(1);
        self.line(&format!("{counter} := {k}"));
        self.scopes.push(vec![Var {
            name: "x".into(),
            ty: INT,
            ro: false,
        }]);
        let body = self.expr(&INT, 2);
        self.scopes.pop();
        self.line(&format!(
            "{c} := func(x int) int {{\n\t{counter} += x\n\treturn {body} + {counter}\n}}"
        ));
        let a = self.expr(&INT, 1);
        // The counter is read only in statements of its own: next to a
        // call of the closure, the order of the two is unspecified.
        self.line(&format!(
            "fmt.Println({c}({a}), {c}(3))\nfmt.Println({counter})"
        ));
        self.declare(&c, Ty::Func);
    }

    /// A method value: the receiver is evaluated and bound when the value
    /// is made.
    fn method_value_stmt(&mut self) {
        let sh = self.expr(&Ty::Shape, 2);
        let (v, m) = (self.fresh("sv"), self.fresh("mv"));
        let name = *self.r.pick(&["Area", "Name"]);
        self.line(&format!(
            "{v} := Shape({sh})\n{m} := {v}.{name}\nfmt.Println({m}())"
        ));
        self.declare(&v, Ty::Shape);
    }

    fn embed_stmt(&mut self) {
        let s0 = self.literal(&Ty::Struct(0), 2).0;
        let x = self.nc_int(1);
        let e = self.fresh("emb");
        let fields = self.structs[0].clone();
        let (f, ft) = self.r.pick(&fields).clone();
        let v = self.expr(&ft, 2);
        self.line(&format!(
            "{e} := S3{{S0: {s0}, extra: {x}}}\n{e}.{f} = {v}\nfmt.Println({e}, {e}.Area(), {e}.Name(), {e}.S0.{f})\nfmt.Printf(\"%v %+v\\n\", Shape({e}), {e})"
        ));
    }

    fn multi_stmt(&mut self) {
        let (a, b) = (self.expr(&INT, 2), self.expr(&INT, 2));
        let (q, r) = (self.fresh("q"), self.fresh("r"));
        self.line(&format!(
            "{q}, {r} := divmod({a}, {b})\nfmt.Println({q}, {r})"
        ));
    }

    fn variadic_stmt(&mut self) {
        let (a, b, c) = (self.expr(&INT, 1), self.expr(&INT, 1), self.expr(&INT, 1));
        let slices = self.vars_of(&Ty::Slice(Box::new(INT)));
        let spread = match slices.is_empty() {
            true => "[]int{7, 8}...".to_string(),
            false => format!("{}...", self.r.pick(&slices)),
        };
        self.line(&format!(
            "fmt.Println(sum(), sum({a}), sum({a}, {b}, {c}), sum({spread}))"
        ));
    }

    /// Nested loops with a labelled `continue` or `break`.
    fn label_stmt(&mut self) {
        let (l, i, j) = (self.fresh("outer"), self.fresh("i"), self.fresh("j"));
        let (k1, k2) = (1 + self.r.below(4), 1 + self.r.below(4));
        self.scopes.push(vec![
            Var {
                name: i.clone(),
                ty: INT,
                ro: true,
            },
            Var {
                name: j.clone(),
                ty: INT,
                ro: true,
            },
        ]);
        let c = self.expr(&Ty::Bool, 2);
        self.scopes.pop();
        let kw = *self.r.pick(&["continue", "break"]);
        self.line(&format!(
            "{l}:\nfor {i} := 0; {i} < {k1}; {i}++ {{\n\tfor {j} := 0; {j} < {k2}; {j}++ {{\n\t\tif {c} {{\n\t\t\t{kw} {l}\n\t\t}}\n\t\tfmt.Println(\"{l}\", {i}, {j})\n\t}}\n}}"
        ));
    }

    fn fallthrough_stmt(&mut self) {
        let x = self.nc_int(2);
        let t = random_scalar(&mut self.r);
        let v = self.expr(&t, 1);
        self.line(&format!(
            "switch {x} % 3 {{\ncase 0:\n\tfmt.Println(\"zero\", {v})\n\tfallthrough\ncase 1, -1:\n\tfmt.Println(\"one\")\ndefault:\n\tfmt.Println(\"other\")\n}}"
        ));
    }

    fn builtins_stmt(&mut self) {
        let t = match self.r.below(4) {
            0 => Ty::Str,
            1 => Ty::F64,
            _ => Ty::Int(self.r.below(INTS.len())),
        };
        let (a, b, c) = (self.nc(&t, 2), self.expr(&t, 1), self.expr(&t, 1));
        self.line(&format!("fmt.Println(min({a}, {b}), max({a}, {b}, {c}))"));
        let slices = self.all_vars(|t| matches!(t, Ty::Slice(_)));
        if !slices.is_empty() {
            let (s, st) = self.r.pick(&slices).clone();
            let (d, n) = (self.fresh("dst"), self.fresh("n"));
            let k = self.r.below(5);
            self.line(&format!(
                "{d} := make({}, {k})\n{n} := copy({d}, {s})\nfmt.Println({n}, {d})",
                st.go()
            ));
        }
        let maps = self.all_vars(|t| matches!(t, Ty::Map(..)));
        if !maps.is_empty() && self.r.chance(1, 3) {
            let (m, _) = self.r.pick(&maps).clone();
            self.line(&format!("clear({m})\nfmt.Println(len({m}), {m})"));
        }
    }

    fn errors_stmt(&mut self) {
        let x = self.expr(&INT, 2);
        let e = self.fresh("err");
        self.line(&format!(
            "{e} := wrap({x})\nfmt.Println({e}, errors.Is({e}, errBase), errors.Unwrap({e}) == errBase)"
        ));
    }

    fn method_expr_stmt(&mut self) {
        let a = self.literal(&Ty::Struct(0), 2).0;
        let b = self.literal(&Ty::Struct(2), 2).0;
        let f = *self.r.pick(&["Area", "Name"]);
        self.line(&format!("fmt.Println(S0.{f}({a}), (*S2).{f}(&{b}))"));
    }

    fn map_stmt(&mut self) {
        let maps = self.all_vars(|t| matches!(t, Ty::Map(..)));
        if maps.is_empty() {
            return self.decl();
        }
        let (m, t) = self.r.pick(&maps).clone();
        let Ty::Map(kt, vt) = t else { unreachable!() };
        let k = self.expr(&kt, 1);
        match self.r.below(3) {
            0 => self.line(&format!("delete({m}, {k})")),
            1 => {
                let (v, ok) = (self.fresh("mv"), self.fresh("ok"));
                self.line(&format!(
                    "{v}, {ok} := {m}[{k}]\nfmt.Println({v}, {ok}, len({m}))"
                ));
            }
            _ => {
                let v = self.expr(&vt, 2);
                self.line(&format!("{m}[{k}] = {v}"));
            }
        }
    }

    fn append_stmt(&mut self) {
        let slices = self.all_vars(|t| matches!(t, Ty::Slice(_)));
        if slices.is_empty() {
            return self.decl();
        }
        let (s, t) = self.r.pick(&slices).clone();
        let Ty::Slice(et) = t else { unreachable!() };
        let e = self.expr(&et, 2);
        match self.r.below(5) {
            // Doubling inside a loop can grow exponentially (a range over
            // the slice in an outer loop sees the longer slice each time).
            0 if self.in_loop => self.line(&format!("{s} = append({s}, {e})")),
            0 => self.line(&format!("{s} = append({s}, {s}...)")),
            1 => {
                // A window sharing the backing array: writes through it
                // show in the original until append reallocates, which
                // depends on Go's exact growth policy.
                let (w, i) = (self.fresh("w"), self.nc_int(1));
                self.line(&format!(
                    "{w} := {s}[uint({i})%uint(len({s})):]\n{w} = append({w}, {e})\n{w}[0] = {w}[len({w})-1]\nfmt.Println(len({s}), cap({s}), len({w}), cap({w}), {s}, {w})"
                ));
            }
            2 => {
                let i = self.nc_int(1);
                self.line(&format!("{s}[uint({i})%uint(len({s}))] = {e}"));
            }
            _ => self.line(&format!("{s} = append({s}, {e})")),
        }
    }

    /// A non-constant `int` expression.
    fn nc_int(&mut self, depth: usize) -> String {
        for _ in 0..4 {
            let (e, c) = self.expr_c(&INT, depth);
            if !c {
                return e;
            }
        }
        "gint".into()
    }

    fn expr(&mut self, ty: &Ty, depth: usize) -> String {
        self.expr_c(ty, depth).0
    }

    /// An expression of type `ty` and whether it is constant.
    fn expr_c(&mut self, ty: &Ty, depth: usize) -> (String, bool) {
        let vars = self.vars_of(ty);
        if depth == 0 || self.r.chance(1, 4) {
            if !vars.is_empty() && self.r.chance(3, 4) {
                return (self.r.pick(&vars).clone(), false);
            }
            return self.literal(ty, depth);
        }
        let d = depth - 1;
        match ty {
            Ty::Int(k) => self.int_expr(*k, d),
            Ty::Bool => (self.bool_expr(d), false),
            Ty::Str => self.str_expr(d),
            Ty::F64 => self.f64_expr(d),
            Ty::Slice(et) => {
                let vs = self.vars_of(ty);
                if !vs.is_empty() && self.r.chance(1, 2) {
                    let s = self.r.pick(&vs).clone();
                    let i = self.nc_int(1);
                    if self.r.chance(1, 2) {
                        return (format!("{s}[uint({i})%uint(len({s})):]"), false);
                    }
                    let e = self.expr(et, d);
                    return (format!("append({s}[:len({s}):len({s})], {e})"), false);
                }
                self.literal(ty, d)
            }
            _ => {
                if !vars.is_empty() && self.r.chance(1, 2) {
                    return (self.r.pick(&vars).clone(), false);
                }
                self.literal(ty, d)
            }
        }
    }

    fn literal(&mut self, ty: &Ty, depth: usize) -> (String, bool) {
        let d = depth.saturating_sub(1);
        let s = match ty {
            Ty::Int(k) => {
                return (
                    format!("{}({})", INTS[*k].0, int_lit(&mut self.r, *k)),
                    true,
                )
            }
            Ty::Bool => return ((*self.r.pick(&["true", "false"])).to_string(), true),
            Ty::Str => return (str_lit(&mut self.r), true),
            Ty::F64 => return (format!("float64({})", f64_lit(&mut self.r)), true),
            Ty::Arr(n, et) => {
                let es: Vec<String> = (0..*n).map(|_| self.expr(et, d)).collect();
                format!("({}{{{}}})", ty.go(), es.join(", "))
            }
            Ty::Slice(et) => {
                let n = 1 + self.r.below(4);
                let es: Vec<String> = (0..n).map(|_| self.expr(et, d)).collect();
                format!("({}{{{}}})", ty.go(), es.join(", "))
            }
            Ty::Map(kt, vt) => {
                if self.r.chance(1, 3) {
                    format!("make({})", ty.go())
                } else {
                    // Distinct constant keys, or duplicate-key errors.
                    let n = self.r.below(4);
                    let es: Vec<String> = (0..n)
                        .map(|i| {
                            let k = if **kt == Ty::Str {
                                format!("\"k{i}\"")
                            } else {
                                format!("{}", i * 3)
                            };
                            format!("{k}: {}", self.expr(vt, d))
                        })
                        .collect();
                    format!("({}{{{}}})", ty.go(), es.join(", "))
                }
            }
            Ty::Struct(i) => {
                let fields = self.structs[*i].clone();
                let mut es = Vec::new();
                for (f, ft) in &fields {
                    if self.r.chance(3, 4) {
                        es.push(format!("{f}: {}", self.expr(ft, d)));
                    }
                }
                format!("(S{i}{{{}}})", es.join(", "))
            }
            Ty::Shape => match self.r.below(4) {
                0 => self.literal(&Ty::Struct(0), d).0,
                1 => self.literal(&Ty::Struct(1), d).0,
                2 => {
                    let s0 = self.literal(&Ty::Struct(0), d).0;
                    format!("(S3{{S0: {s0}, extra: 1}})")
                }
                _ => format!("&{}", self.literal(&Ty::Struct(2), d).0),
            },
            Ty::Ptr(t) if matches!(**t, Ty::Struct(_)) => format!("&{}", self.literal(t, d).0),
            Ty::Ptr(t) => format!("new({})", t.go()),
            Ty::Func => "func(x int) int { return x + 1 }".to_string(),
        };
        (s, false)
    }

    fn int_expr(&mut self, k: usize, d: usize) -> (String, bool) {
        let ty = Ty::Int(k);
        let tn = INTS[k].0;
        match self.r.below(12) {
            0..=3 => {
                let (a, ac) = self.expr_c(&ty, d);
                let (mut b, bc) = self.expr_c(&ty, d);
                if ac && bc {
                    b = format!("g{tn}");
                }
                let op = *self.r.pick(&["+", "-", "*", "/", "%", "&", "|", "^", "&^"]);
                if op == "/" || op == "%" {
                    // Never a zero divisor; MinInt / -1 stays possible.
                    return (format!("({a} {op} ({b} | 1))"), false);
                }
                (format!("({a} {op} {b})"), false)
            }
            4 => {
                let a = self.nc(&ty, d);
                let s = self.nc_int(d.min(1));
                let op = *self.r.pick(&["<<", ">>"]);
                let m = *self.r.pick(&["& 7", "% 70", "& 63"]);
                (format!("({a} {op} (uint({s}) {m}))"), false)
            }
            5 => {
                let a = self.nc(&ty, d);
                let op = *self.r.pick(&["-", "^", "+"]);
                (format!("({op}{a})"), false)
            }
            6 => {
                // Conversion from another integer kind (truncates or
                // extends).
                let other = Ty::Int(self.r.below(INTS.len()));
                let a = self.nc(&other, d);
                (format!("{tn}({a})"), false)
            }
            7 => {
                let seqs = self.all_vars(|t| matches!(t, Ty::Slice(_) | Ty::Str | Ty::Map(..)));
                match seqs.is_empty() {
                    true => self.literal(&ty, d),
                    false => {
                        let (v, t) = self.r.pick(&seqs).clone();
                        let f = if matches!(t, Ty::Slice(_)) && self.r.chance(1, 2) {
                            "cap"
                        } else {
                            "len"
                        };
                        (format!("{tn}({f}({v}))"), false)
                    }
                }
            }
            8 => self.call_or_field(&ty, d),
            9 if k == 0 && !self.in_method => {
                let sh = self.expr(&Ty::Shape, d);
                (format!("({sh}).Area()"), false)
            }
            10 => {
                let s = self.expr(&Ty::Str, d);
                let i = self.nc_int(1);
                (
                    format!("{tn}(({s} + \"#\")[uint({i})%uint(len({s})+1)])"),
                    false,
                )
            }
            _ => {
                let fs = self.vars_of(&Ty::Func);
                if k == 0 && !fs.is_empty() {
                    let f = self.r.pick(&fs).clone();
                    let a = self.expr(&INT, d);
                    return (format!("{f}({a})"), false);
                }
                self.call_or_field(&ty, d)
            }
        }
    }

    /// A non-constant expression of scalar type `ty`.
    fn nc(&mut self, ty: &Ty, d: usize) -> String {
        for _ in 0..4 {
            let (e, c) = self.expr_c(ty, d);
            if !c {
                return e;
            }
        }
        format!("g{}", ty.go())
    }

    /// A call of a generated function, a struct field or an array element
    /// of type `ty`, or a literal when there is none.
    fn call_or_field(&mut self, ty: &Ty, d: usize) -> (String, bool) {
        let fns: Vec<usize> = (0..self.funcs.len())
            .filter(|&i| &self.funcs[i].result == ty)
            .collect();
        if !fns.is_empty() && self.r.chance(1, 2) {
            let f = *self.r.pick(&fns);
            let params = self.funcs[f].params.clone();
            let args: Vec<String> = params.iter().map(|p| self.expr(p, d.min(1))).collect();
            return (
                format!("{}({})", self.funcs[f].name, args.join(", ")),
                false,
            );
        }
        let mut cands = Vec::new();
        for (n, t) in self.all_vars(|_| true) {
            match &t {
                Ty::Struct(i) => {
                    for (f, ft) in &self.structs[*i] {
                        if ft == ty {
                            cands.push(format!("{n}.{f}"));
                        }
                    }
                }
                Ty::Arr(len, et) if **et == *ty => {
                    cands.push(format!("{n}[uint(gint)%{len}]"));
                }
                Ty::Ptr(pt) if **pt == *ty => cands.push(format!("(*{n})")),
                Ty::Map(_, vt) if **vt == *ty => {
                    cands.push(format!(
                        "{n}[{}]",
                        if matches!(t, Ty::Map(ref k, _) if **k == Ty::Str) {
                            "gstring"
                        } else {
                            "gint"
                        }
                    ));
                }
                _ => {}
            }
        }
        if cands.is_empty() {
            return self.literal(ty, d);
        }
        (self.r.pick(&cands).clone(), false)
    }

    fn bool_expr(&mut self, d: usize) -> String {
        match self.r.below(6) {
            0 | 1 => {
                let t = random_scalar(&mut self.r);
                let a = self.nc(&t, d);
                let b = self.expr(&t, d);
                let op = if t == Ty::Bool {
                    *self.r.pick(&["==", "!=", "&&", "||"])
                } else {
                    *self.r.pick(&["==", "!=", "<", "<=", ">", ">="])
                };
                format!("({a} {op} {b})")
            }
            2 => format!("!{}", self.nc(&Ty::Bool, d)),
            3 => {
                let k = self.r.below(self.structs.len());
                let a = self.expr(&Ty::Struct(k), d);
                let b = self.expr(&Ty::Struct(k), d);
                format!("({a} == {b})")
            }
            _ => self.call_or_field(&Ty::Bool, d).0,
        }
    }

    fn str_expr(&mut self, d: usize) -> (String, bool) {
        match self.r.below(8) {
            0 | 1 => {
                let a = self.expr(&Ty::Str, d);
                let b = self.expr(&Ty::Str, d);
                (format!("({a} + {b})"), false)
            }
            2 => {
                let i = self.expr(&INT, d);
                (format!("strconv.Itoa({i})"), false)
            }
            3 => {
                let t = self.local_ty();
                let x = self.expr(&t, d);
                (format!("fmt.Sprint({x})"), false)
            }
            4 => {
                let s = self.nc(&Ty::Str, d);
                let i = self.nc_int(1);
                (format!("{s}[uint({i})%uint(len({s})+1):]"), false)
            }
            5 => {
                let s = self.expr(&Ty::Str, d);
                let f = *self
                    .r
                    .pick(&["strings.ToUpper", "strings.TrimSpace", "strings.ToLower"]);
                (format!("{f}({s})"), false)
            }
            6 if !self.in_method => {
                let sh = self.expr(&Ty::Shape, d);
                (format!("({sh}).Name()"), false)
            }
            7 if self.r.chance(1, 2) => {
                let s = self.expr(&Ty::Str, d);
                let i = self.nc_int(1);
                match self.r.below(3) {
                    0 => (format!("string([]rune({s}))"), false),
                    1 => (format!("string(append([]byte({s}), byte({i})))"), false),
                    _ => (format!("string(rune({i} & 0x10ffff))"), false),
                }
            }
            _ => self.call_or_field(&Ty::Str, d),
        }
    }

    fn f64_expr(&mut self, d: usize) -> (String, bool) {
        match self.r.below(6) {
            0..=2 => {
                let (a, ac) = self.expr_c(&Ty::F64, d);
                let (mut b, bc) = self.expr_c(&Ty::F64, d);
                if ac && bc {
                    b = "gfloat64".into();
                }
                let op = *self.r.pick(&["+", "-", "*", "/"]);
                (format!("({a} {op} {b})"), false)
            }
            3 => {
                let k = self.r.below(INTS.len());
                let i = self.nc(&Ty::Int(k), d);
                (format!("float64({i})"), false)
            }
            4 => {
                let x = self.expr(&Ty::F64, d);
                let f = *self.r.pick(&[
                    "math.Sqrt(math.Abs",
                    "math.Floor(",
                    "math.Trunc(",
                    "math.Abs(",
                ]);
                let close = if f.ends_with("Abs") { "))" } else { ")" };
                let f = f.trim_end_matches('(');
                (format!("{f}({x}{close}"), false)
            }
            _ => self.call_or_field(&Ty::F64, d),
        }
    }

    /// `try<i>(x int)`: a runtime panic that depends on `x`, recovered and
    /// printed.
    fn try_function(&mut self, i: usize) {
        let kind = self.r.below(9);
        let body = match kind {
            0 => "s := []int{1, 2, 3}\n\treturn s[x%5]".to_string(),
            1 => "return 100 / (x % 3)".to_string(),
            2 => {
                "var m map[int]int\n\tif x%2 == 0 {\n\t\tm[x] = 1\n\t}\n\treturn len(m)".to_string()
            }
            3 => "var p *S0\n\tif x%3 == 0 {\n\t\treturn len(fmt.Sprint(p.f0))\n\t}\n\treturn 7"
                .to_string(),
            4 => {
                "var i any = x\n\tif x%2 == 1 {\n\t\ti = \"str\"\n\t}\n\treturn i.(int)".to_string()
            }
            5 => "s := []byte(\"hello\")\n\treturn len(s[x%7:])".to_string(),
            6 => "return 1 << x".to_string(),
            7 => "if x%2 == 0 {\n\t\tpanic(errors.New(\"even \" + fmt.Sprint(x)))\n\t}\n\treturn x"
                .to_string(),
            _ => "if x > 2 {\n\t\tpanic(fmt.Sprintf(\"too big: %d\", x))\n\t}\n\treturn -x"
                .to_string(),
        };
        self.line(&format!(
            "func try{i}(x int) (r int) {{\n\tdefer func() {{\n\t\tif e := recover(); e != nil {{\n\t\t\tfmt.Println(\"recovered:\", e)\n\t\t\tr = -1\n\t\t}}\n\t}}()\n\t{body}\n}}\n"
        ));
    }

    fn main(&mut self, ntry: usize) {
        self.line("func main() {");
        self.indent += 1;
        let n = 4 + self.r.below(6);
        self.block_body(n);
        for f in 0..self.funcs.len() {
            let params = self.funcs[f].params.clone();
            self.scopes.push(Vec::new());
            let args: Vec<String> = params.iter().map(|p| self.expr(p, 2)).collect();
            self.scopes.pop();
            let name = self.funcs[f].name.clone();
            self.line(&format!(
                "fmt.Println(\"{name}:\", {name}({}))",
                args.join(", ")
            ));
        }
        for t in 0..ntry {
            self.line(&format!(
                "for _, x := range []int{{-3, -1, 0, 1, 2, 3, 4, 5, 64}} {{\n\tfmt.Println(\"try{t}\", x, try{t}(x))\n}}"
            ));
        }
        match self.r.below(10) {
            0 => self.line("var a []int\n_ = a[len(a)+int(gint&0)]"),
            1 => self.line("panic(fmt.Sprint(\"fatal: \", gint))"),
            2 => {
                self.line("os.Exit(3)");
            }
            _ => {}
        }
        self.indent -= 1;
        self.line("}");
    }
}
