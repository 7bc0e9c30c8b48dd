//! Parser tests: real programs parse cleanly, syntax errors read exactly as
//! `go build` prints them (expectations were produced by Go 1.27), the AST
//! has the right shape (checked through an S-expression dump), and no input
//! (truncated files, garbage, deep nesting) makes the parser panic or hang.

use gowgc_frontend::ast::*;
use gowgc_frontend::diag::Diagnostics;
use gowgc_frontend::lexer::{tokenize, unquote_char, unquote_string};
use gowgc_frontend::parser::parse_file;
use gowgc_frontend::pos::SourceMap;
use gowgc_frontend::token::{SemiKind, Token};
use std::path::{Path, PathBuf};

/// Parses `src` as file `name`; returns the package and rendered errors.
fn parse(name: &str, src: &str) -> (Package, String) {
    let mut sources = SourceMap::new();
    let id = sources.add(name, src);
    let mut pkg = Package::default();
    let mut diags = Diagnostics::new();
    parse_file(&mut pkg, &sources, id, &mut diags);
    assert_eq!(pkg.files.len(), 1, "parse_file must always add the file");
    (pkg, diags.render(&sources))
}

fn parse_errors(name: &str, src: &str) -> String {
    parse(name, src).1
}

/// All `.go` files under `dir`, recursively, sorted.
fn go_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "go") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn repo_dir(rel: &str) -> PathBuf {
    Path::new(
        &std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").into()),
    )
    .join("..")
    .join(rel)
}

// ---------------------------------------------------------------------------
// Valid programs

#[test]
fn run_and_example_programs_parse_without_errors() {
    let mut files = go_files(&repo_dir("tests/run"));
    files.extend(go_files(&repo_dir("examples")));
    for p in &files {
        let src = std::fs::read_to_string(p).unwrap();
        let errs = parse_errors(p.file_name().unwrap().to_str().unwrap(), &src);
        assert!(errs.is_empty(), "{}:\n{errs}", p.display());
    }
}

#[test]
fn full_syntax_parses_without_errors() {
    let src = r#"package main

import (
	"fmt"
	m "math"
	. "strings"
	_ "os"
)

type (
	Pair[K comparable, V any] struct {
		Key K
		Val V `json:"val"`
	}
	List[T any] struct{ next *List[T]; val T }
	Num interface{ ~int | ~int64 | float64 }
	Stringer interface {
		fmt.Stringer
		String() string
	}
	Alias = map[string][]int
	Fn func(int, ...string) (int, error)
	Arr [2 * N][]*chan<- <-chan int
	E struct {
		*List[int]
		Pair[int, string]
		fmt.Stringer
		a, b int "tag"
	}
)

const (
	N = iota
	M
	_
	P, Q = iota * 2, iota + 1
	R, S
)

var x, y = 1, 2
var z int

func Map[T, U any](s []T, f func(T) U) (r []U) {
	for _, v := range s {
		r = append(r, f(v))
	}
	return
}

func (p *Pair[K, V]) Get() V { return p.Val }
func (List[T]) Len() int { return 0 }

func external(int) int

func main() {
	ch := make(chan int, 1)
	go func() { ch <- 1 }()
	select {
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- 2:
	default:
	}
	defer fmt.Println("done")
	var i interface{} = 1
	switch t := i.(type) {
	case int, string:
		_ = t
	case nil:
	}
	switch {
	case x > 1:
		fallthrough
	default:
	}
outer:
	for i := 0; i < 10; i++ {
		for range 3 {
			continue outer
		}
		if i > 5 {
			break outer
		} else if i == 3 {
			goto end
		} else {
		}
	}
end:
	for range Map[int, int] {
	}
	for k, v := range map[string]int{"a": 1} {
		_, _ = k, v
	}
	a := [...]int{1, 2, 3}
	s := a[1:2:3]
	s = s[:]
	p := &Pair[int, string]{Key: 1}
	q := []Pair[int, string]{{1, "a"}, {Key: 2}}
	if v := (Pair[int, int]{}); v.Key == 0 {
	}
	for _, e := range []struct{ a int }{{1}} {
		_ = e
	}
	f := (*Pair[int, string]).Get
	g := fmt.Sprintf
	x &^= 3
	y <<= 1
	*&x++
	_ = <-ch
	_ = -x + ^y*x/2%3 - +1
	_, _, _, _, _, _ = s, p, q, f, g, m.Pi
	_ = 0x1p-2 + 1e3 + 0o17 + 0b1 + 1_000 + 'a' + '\n' + 2i
	_ = "s\t\u00e9" + `raw`
	_ = Index("a", "b")
	var fn func(...int)
	fn(s...)
	_ = struct{}{}
	_ = func(yield func(int) bool) {}
	type local[T any] []T
	const c = 1
	var _ local[int]
	{
	}
	;
}
"#;
    assert_eq!(parse_errors("full.go", src), "");
}

// ---------------------------------------------------------------------------
// AST shape, through an S-expression dump

/// Renders expressions and statements as S-expressions.
struct Dump<'a>(&'a Package);

// One arm per node kind, one line each where possible: kept as a table.
#[rustfmt::skip]
impl Dump<'_> {
    fn list(&self, l: &[ExprId]) -> String {
        l.iter().map(|&x| self.e(x)).collect::<Vec<_>>().join(" ")
    }
    fn opt(&self, x: Option<ExprId>) -> String {
        x.map_or("_".into(), |x| self.e(x))
    }
    fn fields(&self, fs: &[Field]) -> String {
        let f = |f: &Field| {
            let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
            let tag = f.tag.as_ref().map_or(String::new(), |t| format!(" {t:?}"));
            format!("[{}{}{tag}]", names.iter().map(|n| format!("{n} ")).collect::<String>(), self.e(f.ty))
        };
        fs.iter().map(f).collect::<Vec<_>>().join(" ")
    }
    fn sig(&self, s: &FuncType) -> String {
        format!("(func ({}) ({}))", self.fields(&s.params), self.fields(&s.results))
    }
    fn e(&self, x: ExprId) -> String {
        match self.0.expr(x) {
            Expr::Bad(_) => "BAD".into(),
            Expr::Ident(id) => id.name.clone(),
            Expr::BasicLit { raw, .. } => raw.clone(),
            Expr::CompositeLit { ty, elems, .. } => {
                let el: Vec<String> = elems
                    .iter()
                    .map(|k| match k.key {
                        Some(key) => format!("{}:{}", self.e(key), self.e(k.value)),
                        None => self.e(k.value),
                    })
                    .collect();
                format!("(lit {} {})", self.opt(*ty), el.join(" "))
            }
            Expr::FuncLit { sig, body } => format!("(funclit {} {})", self.sig(sig), self.block(body)),
            Expr::Paren { inner, .. } => format!("(paren {})", self.e(*inner)),
            Expr::Selector { x, sel } => format!("(. {} {})", self.e(*x), sel.name),
            Expr::Index { x, indices, .. } => format!("(index {} {})", self.e(*x), self.list(indices)),
            Expr::Slice { x, lo, hi, max, three, .. } => {
                let k = if *three { "slice3" } else { "slice" };
                format!("({k} {} {} {} {})", self.e(*x), self.opt(*lo), self.opt(*hi), self.opt(*max))
            }
            Expr::TypeAssert { x, ty, .. } => {
                format!("(assert {} {})", self.e(*x), ty.map_or("type".into(), |t| self.e(t)))
            }
            Expr::Call { func, args, ellipsis, .. } => {
                let dots = if ellipsis.is_some() { " ..." } else { "" };
                format!("(call {} {}{dots})", self.e(*func), self.list(args))
            }
            Expr::Star { x, .. } => format!("(* {})", self.e(*x)),
            Expr::Unary { op, x, .. } => format!("({} {})", op.as_str(), self.e(*x)),
            Expr::Binary { op, x, y, .. } => format!("({} {} {})", op.as_str(), self.e(*x), self.e(*y)),
            Expr::ArrayType { len, elem, .. } => format!("(array {} {})", self.opt(*len), self.e(*elem)),
            Expr::StructType { fields, .. } => format!("(struct {})", self.fields(fields)),
            Expr::FuncType(sig) => self.sig(sig),
            Expr::InterfaceType { elems, .. } => format!("(interface {})", self.fields(elems)),
            Expr::MapType { key, value, .. } => format!("(map {} {})", self.e(*key), self.e(*value)),
            Expr::ChanType { dir, elem, .. } => format!("(chan {dir:?} {})", self.e(*elem)),
            Expr::Ellipsis { elem, .. } => format!("(... {})", self.opt(*elem)),
            Expr::Tilde { x, .. } => format!("(~ {})", self.e(*x)),
        }
    }
    fn block(&self, b: &Block) -> String {
        let s: Vec<String> = b.stmts.iter().map(|&s| self.s(s)).collect();
        format!("{{{}}}", s.join(" "))
    }
    fn os(&self, s: Option<StmtId>) -> String {
        s.map_or("_".into(), |s| self.s(s))
    }
    fn clauses(&self, body: &[CaseClause]) -> String {
        let c = |c: &CaseClause| {
            let head = if c.default { "default".to_string() } else { format!("case {}", self.list(&c.list)) };
            let stmts: Vec<String> = c.body.iter().map(|&s| self.s(s)).collect();
            format!("({head}: {})", stmts.join(" "))
        };
        body.iter().map(c).collect::<Vec<_>>().join(" ")
    }
    fn spec(&self, v: &ValueSpec) -> String {
        let names: Vec<&str> = v.names.iter().map(|n| n.name.as_str()).collect();
        format!("({} {} = {} iota={})", names.join(","), self.opt(v.ty), self.list(&v.values), v.iota)
    }
    fn decl(&self, d: &Decl) -> String {
        match d {
            Decl::Var(specs) => format!("(var {})", specs.iter().map(|v| self.spec(v)).collect::<Vec<_>>().join(" ")),
            Decl::Const(specs) => {
                format!("(const {})", specs.iter().map(|v| self.spec(v)).collect::<Vec<_>>().join(" "))
            }
            Decl::Type(specs) => {
                let t = |t: &TypeSpec| {
                    let tp = if t.type_params.is_empty() { String::new() } else { format!("[{}] ", self.fields(&t.type_params)) };
                    format!("({} {tp}{}{})", t.name.name, if t.alias { "= " } else { "" }, self.e(t.ty))
                };
                format!("(type {})", specs.iter().map(t).collect::<Vec<_>>().join(" "))
            }
            Decl::Func(f) => {
                let recv = f.recv.as_ref().map_or(String::new(), |r| format!("({}) ", self.fields(std::slice::from_ref(r))));
                let tp = if f.type_params.is_empty() { String::new() } else { format!("[{}] ", self.fields(&f.type_params)) };
                let body = f.body.as_ref().map_or("nobody".into(), |b| self.block(b));
                format!("(func {recv}{}{tp} {} {body})", f.name.name, self.sig(&f.sig))
            }
        }
    }
    fn s(&self, s: StmtId) -> String {
        match self.0.stmt(s) {
            Stmt::Bad(_) => "BADSTMT".into(),
            Stmt::Decl(d, _) => self.decl(d),
            Stmt::Empty(_) => "(empty)".into(),
            Stmt::Labeled { label, stmt } => format!("(label {} {})", label.name, self.s(*stmt)),
            Stmt::Expr(x) => self.e(*x),
            Stmt::Send { ch, value, .. } => format!("(send {} {})", self.e(*ch), self.e(*value)),
            Stmt::IncDec { x, inc, .. } => format!("({} {})", if *inc { "++" } else { "--" }, self.e(*x)),
            Stmt::Assign { lhs, op, rhs, .. } => {
                let op = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(b) => format!("{}=", b.as_str()),
                };
                format!("({op} ({}) ({}))", self.list(lhs), self.list(rhs))
            }
            Stmt::Go { call, .. } => format!("(go {})", self.e(*call)),
            Stmt::Defer { call, .. } => format!("(defer {})", self.e(*call)),
            Stmt::Return { results, .. } => format!("(return {})", self.list(results)),
            Stmt::Branch { kind, label, .. } => {
                format!("({kind:?}{})", label.as_ref().map_or(String::new(), |l| format!(" {}", l.name)))
            }
            Stmt::Block(b) => self.block(b),
            Stmt::If { init, cond, then, els, .. } => {
                format!("(if {} {} {} {})", self.os(*init), self.e(*cond), self.block(then), self.os(*els))
            }
            Stmt::Switch { init, tag, body, .. } => {
                format!("(switch {} {} {})", self.os(*init), self.opt(*tag), self.clauses(body))
            }
            Stmt::TypeSwitch { init, bind, x, body, .. } => {
                let b = bind.as_ref().map_or("_", |b| b.name.as_str());
                format!("(typeswitch {} {b} {} {})", self.os(*init), self.e(*x), self.clauses(body))
            }
            Stmt::Select { body, .. } => {
                let c = |c: &CommClause| {
                    let stmts: Vec<String> = c.body.iter().map(|&s| self.s(s)).collect();
                    format!("({}: {})", self.os(c.comm), stmts.join(" "))
                };
                format!("(select {})", body.iter().map(c).collect::<Vec<_>>().join(" "))
            }
            Stmt::For { init, cond, post, body, .. } => {
                format!("(for {} {} {} {})", self.os(*init), self.opt(*cond), self.os(*post), self.block(body))
            }
            Stmt::Range { key, value, define, x, body, .. } => {
                let op = if *define { ":=" } else { "=" };
                format!("(range {} {} {op} {} {})", self.opt(*key), self.opt(*value), self.e(*x), self.block(body))
            }
        }
    }
}

/// The statements of `body` (wrapped in `func main`) as S-expressions,
/// one per line, after checking there are no errors.
fn stmts(body: &str) -> String {
    let src = format!("package main\nfunc main() {{\n{body}\n}}\n");
    let (pkg, errs) = parse("prog.go", &src);
    assert_eq!(errs, "", "in:\n{src}");
    let Decl::Func(f) = &pkg.files[0].decls[0] else {
        panic!("no func")
    };
    let d = Dump(&pkg);
    f.body
        .as_ref()
        .unwrap()
        .stmts
        .iter()
        .map(|&s| d.s(s))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level declarations of `src` (after `package p`) as S-expressions.
fn decls(src: &str) -> String {
    let src = format!("package p\n{src}\n");
    let (pkg, errs) = parse("prog.go", &src);
    assert_eq!(errs, "", "in:\n{src}");
    let d = Dump(&pkg);
    pkg.files[0]
        .decls
        .iter()
        .map(|x| d.decl(x))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn expression_shapes() {
    #[rustfmt::skip]
    let cases = [
        ("_ = a + b*c - d", "(= (_) ((- (+ a (* b c)) d)))"),
        ("_ = a || b && c == d", "(= (_) ((|| a (&& b (== c d)))))"),
        ("_ = -x.y[1](2)", "(= (_) ((- (call (index (. x y) 1) 2))))"),
        ("_ = *p + &x - <-ch", "(= (_) ((- (+ (* p) (& x)) (<- ch))))"),
        ("_ = &(T{})", "(= (_) ((& (lit T ))))"),
        ("_ = x.(T).(type)", "(= (_) ((assert (assert x T) type)))"),
        ("_ = s[1:], s[:2:3], s[:]", "(= (_) ((slice s 1 _ _) (slice3 s _ 2 3) (slice s _ _ _)))"),
        ("_ = f[int, string](x)", "(= (_) ((call (index f int string) x)))"),
        ("_ = T{a: 1, 2, {3}}", "(= (_) ((lit T a:1 2 (lit _ 3))))"),
        ("_ = [...]int{1}", "(= (_) ((lit (array (... _) int) 1)))"),
        ("_ = map[string][]int{\"a\": {1}}", "(= (_) ((lit (map string (array _ int)) \"a\":(lit _ 1))))"),
        ("f(a, b...)", "(call f a b ...)"),
        ("_ = func(a, b int, c ...string) (x int) { return }", "(= (_) ((funclit (func ([a b int] [c (... string)]) ([x int])) {(return )})))"),
        ("_ = func(int, string) {}", "(= (_) ((funclit (func ([int] [string]) ()) {})))"),
        ("_ = (*T).M", "(= (_) ((. (paren (* T)) M)))"),
        ("_ = <-chan int(nil)", "(= (_) ((<- (call (chan Both int) nil))))"),
        ("_ = (<-chan int)(nil)", "(= (_) ((call (paren (chan Recv int)) nil)))"),
        ("var c chan<- <-chan int", "(var (c (chan Send (chan Recv int)) =  iota=0))"),
        ("_ = 'a' + 1.5 + 2i + 0x1p3 + `r`", "(= (_) ((+ (+ (+ (+ 'a' 1.5) 2i) 0x1p3) `r`)))"),
    ];
    for (src, want) in cases {
        assert_eq!(stmts(src), want, "for {src}");
    }
}

#[test]
fn statement_shapes() {
    #[rustfmt::skip]
    let cases = [
        ("if x := f(); x > 0 {\n} else if y {\n} else {\n}", "(if (:= (x) ((call f ))) (> x 0) {} (if _ y {} {}))"),
        ("if (T{}) == x {}", "(if _ (== (paren (lit T )) x) {} _)"),
        ("if T == x {}", "(if _ (== T x) {} _)"),
        ("for {}", "(for _ _ _ {})"),
        ("for i := 0; i < n; i++ {}", "(for (:= (i) (0)) (< i n) (++ i) {})"),
        ("for cond {}", "(for _ cond _ {})"),
        ("for ;; {}", "(for _ _ _ {})"),
        ("for range 10 {}", "(range _ _ = 10 {})"),
        ("for i := range 10 {}", "(range i _ := 10 {})"),
        ("for k, v = range m {}", "(range k v = m {})"),
        ("for _, e := range []T{{1}} {}", "(range _ e := (lit (array _ T) (lit _ 1)) {})"),
        ("switch {\ncase a, b:\n\tfallthrough\ndefault:\n}", "(switch _ _ (case a b: (Fallthrough)) (default: ))"),
        ("switch x := 1; x {}", "(switch (:= (x) (1)) x )"),
        ("switch v := x.(type) {\ncase int:\ncase nil:\n}", "(typeswitch _ v x (case int: ) (case nil: ))"),
        ("switch x.(type) {}", "(typeswitch _ _ x )"),
        ("select {\ncase v, ok := <-c:\ncase c <- 1:\ndefault:\n}", "(select ((:= (v ok) ((<- c))): ) ((send c 1): ) (_: ))"),
        ("L:\n\tfor {\n\t\tbreak L\n\t}\n\tgoto L", "(label L (for _ _ _ {(Break L)}))\n(Goto L)"),
        ("go f()\n\tdefer g()", "(go (call f ))\n(defer (call g ))"),
        ("x, y = y, x\n\tx += 1\n\tx &^= 2\n\tx--", "(= (x y) (y x))\n(+= (x) (1))\n(&^= (x) (2))\n(-- x)"),
        ("ch <- v\n\t<-ch", "(send ch v)\n(<- ch)"),
        ("{\n\t;\n}", "{(empty)}"),
        ("L:", "(label L (empty))"),
        ("var a, b = 1, 2\n\tconst c = iota\n\ttype T int", "(var (a,b _ = 1 2 iota=0))\n(const (c _ = iota iota=0))\n(type (T int))"),
    ];
    for (src, want) in cases {
        assert_eq!(stmts(src), want, "for {src}");
    }
}

#[test]
fn declaration_shapes() {
    #[rustfmt::skip]
    let cases = [
        ("const (\n\tA = iota * 10\n\tB\n\t_\n\tC, D = iota, -iota\n\tE, F\n)",
         "(const (A _ = (* iota 10) iota=0) (B _ = (* iota 10) iota=1) (_ _ = (* iota 10) iota=2) (C,D _ = iota (- iota) iota=3) (E,F _ = iota (- iota) iota=4))"),
        ("const (\n\tX int = 1\n\tY\n)", "(const (X int = 1 iota=0) (Y int = 1 iota=1))"),
        ("type T[P any] struct{ x P }", "(type (T [[P any]] (struct [x P])))"),
        ("type T[P *C,] int", "(type (T [[P (* C)]] int))"),
        ("type T[P *C] int", "(type (T (array (* P C) int)))"),
        ("type T[N] int", "(type (T (array N int)))"),
        ("type T[P interface{}, Q ~int | string] int", "(type (T [[P (interface )] [Q (| (~ int) string)]] int))"),
        ("type A = B", "(type (A = B))"),
        ("type S struct {\n\t*T\n\tpkg.U\n\tG[int]\n\ta, b int `k:\"v\"`\n\tc [2]int\n}",
         "(type (S (struct [(* T)] [(. pkg U)] [(index G int)] [a b int \"k:\\\"v\\\"\"] [c (array 2 int)])))"),
        ("type I interface {\n\tM(x int) bool\n\tE\n\t~int | float64\n}",
         "(type (I (interface [M (func ([x int]) ([bool]))] [E] [(| (~ int) float64)])))"),
        ("func F[T any, U comparable](t T) (u U, err error) { return }",
         "(func F[[T any] [U comparable]]  (func ([t T]) ([u U] [err error])) {(return )})"),
        ("func (r *R[T]) M() {}", "(func ([r (* (index R T))]) M (func () ()) {})"),
        ("func (R) M()", "(func ([R]) M (func () ()) nobody)"),
        ("var (\n\tx int\n\ty, z = 1, 2\n)", "(var (x int =  iota=0) (y,z _ = 1 2 iota=0))"),
    ];
    for (src, want) in cases {
        assert_eq!(decls(src), want, "for {src}");
    }
}

#[test]
fn imports_and_package() {
    let (pkg, errs) = parse("a.go", "package foo\nimport (\n\t\"fmt\"\n\tm \"math\"\n\t. \"x/y\"\n\t_ \"z\\x41\"\n)\nimport \"os\"\n");
    assert_eq!(errs, "");
    let f = &pkg.files[0];
    assert_eq!(f.package.name, "foo");
    let got: Vec<(Option<&str>, &str)> = f
        .imports
        .iter()
        .map(|i| (i.name.as_ref().map(|n| n.name.as_str()), i.path.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (None, "fmt"),
            (Some("m"), "math"),
            (Some("."), "x/y"),
            (Some("_"), "zA"),
            (None, "os")
        ]
    );
}

#[test]
fn shared_const_values_keep_their_ids() {
    let (pkg, _) = parse("a.go", "package p\nconst (\n\ta = iota\n\tb\n)\n");
    let Decl::Const(specs) = &pkg.files[0].decls[0] else {
        panic!()
    };
    assert_eq!(specs[0].values, specs[1].values);
    assert_eq!((specs[0].iota, specs[1].iota), (0, 1));
}

// ---------------------------------------------------------------------------
// Errors, worded and placed as `go build` reports them (generated with
// Go 1.27's `go tool compile`)

#[rustfmt::skip]
const ERRORS: &[(&str, &str)] = &[
    ("package main\n\nfunc main() {\n\tx := 1\n\ty := 2 z\n}\n",
     "prog.go:5:9: syntax error: unexpected name z at end of statement\n"),
    ("package main\n\nfunc main() {\n\tf(1, 2\n}\n",
     "prog.go:4:8: syntax error: unexpected newline in argument list; possibly missing comma or )\n"),
    ("package main\n\nfunc main() {\n\tif x {\n\t} else return\n}\n",
     "prog.go:5:9: syntax error: else must be followed by if or statement block\n"),
    ("package main\n\nfunc main() {\n\tif x\n\t{\n\t}\n}\n",
     "prog.go:4:6: syntax error: unexpected newline, expected { after if clause\n"),
    ("package main\n\nfunc main() {\n\tif x = 5 {}\n}\n",
     "prog.go:4:7: syntax error: cannot use assignment x = 5 as value\n"),
    ("package main\n\nfunc main() {\n\tfor i := 0; {}\n}\n",
     "prog.go:4:14: syntax error: unexpected {, expected for loop condition\n"),
    ("package main\n\nfunc main() {\n\tx := [...]int{1}[:\n}\n",
     "prog.go:5:1: syntax error: unexpected }, expected expression\n"),
    ("package main\n\nfunc main() {\n\ta := []int{1, 2\n\t3}\n}\n",
     "prog.go:4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"),
    ("package main\n\nfunc main() {\n\tL: )\n}\n",
     "prog.go:4:3: syntax error: missing statement after label\nprog.go:5:1: syntax error: non-declaration statement outside function body\n"),
    ("package main\n\nfunc main() {\n\tswitch x {\n\tfoo\n\t}\n}\n",
     "prog.go:5:2: syntax error: unexpected name foo, expected case or default or }\nprog.go:6:2: syntax error: unexpected }, expected :\n"),
    ("package main\n\nfunc main() {\n\tx.\n}\n",
     "prog.go:5:1: syntax error: unexpected }, expected name or (\n"),
    ("package main\n\nfunc main() {\n\tx, y\n}\n",
     "prog.go:4:6: syntax error: unexpected newline, expected := or = or comma\n"),
    ("package main\n\nfunc main() {\n\tx++ ++\n}\n",
     "prog.go:4:6: syntax error: unexpected ++ at end of statement\n"),
    ("package main\n\nfunc main() {\n\telse {}\n}\n",
     "prog.go:4:2: syntax error: unexpected keyword else, expected }\n"),
    ("package main\n\nfunc main() {\n\ttype T struct {\n\t\ta int,\n\t}\n}\n",
     "prog.go:5:8: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }\n"),
    ("package main\n\nfunc main() {\n\tfor var i = 0; i < 10; i++ {}\n}\n",
     "prog.go:4:10: syntax error: var declaration not allowed in for initializer\n"),
    ("package main\n\nfunc main() {\n\tswitch x := 1 {}\n}\n",
     "prog.go:4:11: syntax error: cannot use x := 1 as value\n"),
    ("package main\n\nfunc main() {\n\tfor i := 0; i < 3; j := 0 {}\n}\n",
     "prog.go:4:23: syntax error: cannot declare in post statement of for loop\n"),
    ("package main\n\nfunc main() {\n\tx := 1 @ 2\n}\n",
     "prog.go:4:9: invalid character U+0040 '@'\nprog.go:4:11: syntax error: unexpected literal 2 at end of statement\n"),
    ("package main\n\nfunc main() {\n\t_ = \"abc\n}\n",
     "prog.go:4:10: newline in string\n"),
    ("package main\n\nfunc main() {\n\t_ = 08\n}\n",
     "prog.go:4:7: invalid digit '8' in octal literal\n"),
    ("package main\n\nfunc main() {\n\tif {}\n}\n",
     "prog.go:4:5: syntax error: missing condition in if statement\n"),
    ("package main\n\nfunc main() {\n\tif x; {}\n}\n",
     "prog.go:4:6: syntax error: missing condition in if statement\n"),
    ("package main\n\nfunc main() {\n\tvar x chan\n}\n",
     "prog.go:5:1: syntax error: missing channel element type\n"),
    ("package main\n\nfunc main() {\n\tf(a, ...)\n}\n",
     "prog.go:4:7: syntax error: unexpected ..., expected expression\n"),
    ("package main\n\nfunc main() {\n\tfor {\n}\n",
     "prog.go:6:1: syntax error: unexpected EOF, expected }\n"),
    ("package main\nfunc f(a, b int, c) {}\n",
     "prog.go:2:19: syntax error: missing parameter type\n"),
    ("package main\nfunc f()\n{\n}\n",
     "prog.go:3:1: syntax error: unexpected semicolon or newline before {\n"),
    ("package main\nx := 1\n",
     "prog.go:2:1: syntax error: non-declaration statement outside function body\n"),
    ("package main\nimport \"fmt\"\nvar x int\nimport \"os\"\n",
     "prog.go:4:1: syntax error: imports must appear before other declarations\n"),
    ("func main() {}\n",
     "prog.go:1:1: syntax error: package statement must be first\n"),
];

#[test]
fn syntax_errors_match_go() {
    let mut failures = String::new();
    for (src, want) in ERRORS {
        let got = parse_errors("prog.go", src);
        if got != *want {
            failures.push_str(&format!(
                "--- source:\n{src}--- want:\n{want}--- got:\n{got}\n"
            ));
        }
    }
    assert!(failures.is_empty(), "{failures}");
}

#[test]
fn only_first_syntax_error_per_line() {
    let got = parse_errors("a.go", "package p\nfunc f() {\n\tx := ) ) )\n\ty := ]\n}\n");
    assert_eq!(got, "a.go:3:7: syntax error: unexpected ), expected expression\na.go:4:7: syntax error: unexpected ], expected expression\n");
}

#[test]
fn lexical_errors() {
    #[rustfmt::skip]
    let cases = [
        ("_ = 0x", "prog.go:3:7: hexadecimal literal has no digits\n"),
        ("_ = 1e+", "prog.go:3:8: exponent has no digits\n"),
        ("_ = 0b12", "prog.go:3:8: invalid digit '2' in binary literal\n"),
        ("_ = 0o1.2", "prog.go:3:8: invalid radix point in octal literal\n"),
        ("_ = 1__2", "prog.go:3:7: '_' must separate successive digits\n"),
        ("_ = 0x1.8", "prog.go:3:10: hexadecimal mantissa requires a 'p' exponent\n"),
        ("_ = '\\400'", "prog.go:3:10: octal escape value 256 > 255\n"),
        ("_ = ''", "prog.go:3:6: empty rune literal or unescaped '\n"),
        ("_ = 'ab'", "prog.go:3:5: more than one character in rune literal\n"),
        ("_ = \"\\q\"", "prog.go:3:7: unknown escape\n"),
        ("_ = \"\\uD800\"", "prog.go:3:12: escape is invalid Unicode code point U+D800\n"),
        ("_ = \"\\x4\"", "prog.go:3:9: invalid character '\"' in hexadecimal escape\n"),
        ("var a→b int", "prog.go:3:6: invalid character U+2192 '→' in identifier\n"),
        ("var ١x int", "prog.go:3:5: identifier cannot begin with digit U+0661 '١'\n"),
        ("_ = 1 $ $", "prog.go:3:7: invalid character U+0024 '$'\n"),
        ("_ = 'a", "prog.go:3:7: newline in rune literal\n"),
    ];
    for (body, want) in cases {
        let src = format!("package main\nfunc main() {{\n{body}\n}}\n");
        assert_eq!(parse_errors("prog.go", &src), want, "for {body}");
    }
    assert_eq!(
        parse_errors("prog.go", "package p\nvar s = `abc\n"),
        "prog.go:2:9: string not terminated\n"
    );
    assert_eq!(
        parse_errors("prog.go", "package p\n/* abc\n"),
        "prog.go:2:1: comment not terminated\n"
    );
    assert_eq!(
        parse_errors("prog.go", "package p\nvar s = \"a\n"),
        "prog.go:2:11: newline in string\n"
    );
    assert_eq!(
        parse_errors("prog.go", "package p\nvar s = \"a\x00\"\n"),
        "prog.go:2:11: invalid NUL character\n"
    );
    assert_eq!(parse_errors("prog.go", "\u{FEFF}package p\n"), "");
}

#[test]
fn semicolon_insertion() {
    let kinds = |src: &str| -> Vec<String> {
        tokenize(src)
            .0
            .iter()
            .map(|t| match t.token {
                Token::Semi(SemiKind::Newline) => "NL".to_string(),
                Token::Semi(SemiKind::Eof) => "EOF;".to_string(),
                Token::Eof => "EOF".to_string(),
                _ => src[t.start as usize..t.end as usize].to_string(),
            })
            .collect()
    };
    assert_eq!(kinds("x\n+\ny"), ["x", "NL", "+", "y", "EOF;", "EOF"]);
    assert_eq!(
        kinds("return\nbreak // c\n)\n"),
        ["return", "NL", "break", "NL", ")", "NL", "EOF"]
    );
    assert_eq!(
        kinds("x /* a\nb */ y /* c */\nz++"),
        ["x", "NL", "y", "NL", "z", "++", "EOF;", "EOF"]
    );
    assert_eq!(
        kinds("f(a...)&^=b"),
        ["f", "(", "a", "...", ")", "&^=", "b", "EOF;", "EOF"]
    );
    assert_eq!(kinds("a..b"), ["a", ".", ".", "b", "EOF;", "EOF"]);
}

#[test]
fn literal_values() {
    assert_eq!(
        unquote_string(r#""a\tb\u00e9\xff\377\"""#).unwrap(),
        b"a\tb\xc3\xa9\xff\xff\""
    );
    assert_eq!(unquote_string("`a\\n\r\nb`").unwrap(), b"a\\n\nb");
    assert_eq!(unquote_string(r#""日本""#).unwrap(), "日本".as_bytes());
    assert!(unquote_string(r#""\q""#).is_err());
    assert!(unquote_string(r#""\'""#).is_err());
    assert_eq!(unquote_char("'a'"), Ok('a' as u32));
    assert_eq!(unquote_char("'\\n'"), Ok(10));
    assert_eq!(unquote_char("'\\''"), Ok(39));
    assert_eq!(unquote_char("'\\xff'"), Ok(255));
    assert_eq!(unquote_char("'\\377'"), Ok(255));
    assert_eq!(unquote_char("'\\U0001F600'"), Ok(0x1F600));
    assert_eq!(unquote_char("'本'"), Ok('本' as u32));
    assert!(unquote_char("'ab'").is_err());
    assert!(unquote_char("'\\\"'").is_err());
}

// ---------------------------------------------------------------------------
// Robustness: no input may panic, overflow the stack or loop forever

#[test]
fn truncated_files_do_not_panic() {
    let mut files = go_files(&repo_dir("tests"));
    files.extend(go_files(&repo_dir("examples")));
    for p in &files {
        let src = std::fs::read_to_string(p).unwrap();
        for cut in (0..src.len())
            .step_by(50)
            .filter(|&i| src.is_char_boundary(i))
        {
            parse("t.go", &src[..cut]);
        }
    }
}

#[test]
fn garbage_does_not_panic() {
    #[rustfmt::skip]
    let tokens = [
        "package", "p", "func", "(", ")", "{", "}", "[", "]", "if", "else", "for", "range", "switch", "case",
        "default", ":", ";", "\n", ",", ".", "...", "x", "1", "\"s\"", "'c'", "=", ":=", "+", "*", "<-", "chan",
        "map", "struct", "interface", "type", "var", "const", "go", "defer", "select", "return", "~", "|", "&",
        "/*", "*/", "`", "\"", "'", "$", "é", "\u{0}", "\u{FEFF}", "0x", "1e", "goto", "L", "break",
    ];
    // a deterministic pseudo-random sequence (xorshift)
    let mut seed: u64 = 0x2545F4914F6CDD1D;
    for _ in 0..400 {
        let mut src = String::from("package p\n");
        let n = (seed % 60) as usize + 1;
        for _ in 0..n {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            src.push_str(tokens[(seed % tokens.len() as u64) as usize]);
            src.push(' ');
        }
        parse("g.go", &src);
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let n = 20_000;
    let deep = [
        format!("package p\nvar x = {}1{}\n", "(".repeat(n), ")".repeat(n)),
        format!("package p\nvar x = {}1\n", "^".repeat(n)),
        format!("package p\nvar x {}int\n", "[]".repeat(n)),
        format!("package p\nvar x {}int\n", "*".repeat(n)),
        format!("package p\nvar x = T{}{}\n", "{".repeat(n), "}".repeat(n)),
        format!("package p\nfunc f() {}{}\n", "{".repeat(n), "}".repeat(n)),
        format!(
            "package p\nfunc f() {{ if x {{}}{} }}\n",
            " else if x {}".repeat(n)
        ),
        format!("package p\nvar x = {}\n", "func() {".repeat(n)),
        format!("package p\ntype T {}int\n", "struct { a ".repeat(n)),
        format!("package p\nvar x {}\n", "func() ".repeat(n)),
        "package p\nvar x = ".to_string() + &"[".repeat(n),
    ];
    for src in &deep {
        let errs = parse_errors("d.go", src);
        assert!(
            errs.contains("exceeded max nesting depth"),
            "{}",
            &errs[..errs.len().min(300)]
        );
    }
    // nesting well below the limit is fine
    let ok = format!(
        "package p\nvar x = {}1{}\n",
        "(".repeat(200),
        ")".repeat(200)
    );
    assert_eq!(parse_errors("d.go", &ok), "");
}

// ---------------------------------------------------------------------------
// Development aids (ignored)

/// `GOWGC_DUMP=a.go,b.go cargo test --test parse dump -- --ignored --nocapture`
/// prints the errors for each file (to compare with `go tool compile`).
#[test]
#[ignore]
fn dump() {
    for path in std::env::var("GOWGC_DUMP")
        .unwrap_or_default()
        .split(',')
        .filter(|s| !s.is_empty())
    {
        let src = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
        let name = Path::new(path).file_name().unwrap().to_str().unwrap();
        print!("=== {name}\n{}", parse_errors(name, &src));
    }
}

/// `GOWGC_TREE=$GOROOT/src cargo test --test parse tree -- --ignored --nocapture`
/// parses every .go file of a tree (testdata excluded) and lists errors.
#[test]
#[ignore]
fn tree() {
    let Ok(root) = std::env::var("GOWGC_TREE") else {
        return;
    };
    let files: Vec<PathBuf> = go_files(Path::new(&root))
        .into_iter()
        .filter(|p| !p.components().any(|c| c.as_os_str() == "testdata"))
        .collect();
    let t = std::time::Instant::now();
    let (mut bad, mut bytes) = (0, 0);
    for p in &files {
        let Ok(src) = std::fs::read_to_string(p) else {
            continue;
        };
        bytes += src.len();
        let errs = parse_errors(p.to_str().unwrap(), &src);
        if !errs.is_empty() {
            bad += 1;
            print!("{errs}");
        }
    }
    println!(
        "{} files, {} bytes, {} with errors, {:?}",
        files.len(),
        bytes,
        bad,
        t.elapsed()
    );
}
