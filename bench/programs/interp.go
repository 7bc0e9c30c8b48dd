// interp: a small interpreter. A tokenizer and recursive-descent parser
// build an AST (interface-typed nodes) for a tiny imperative language; a
// tree-walking evaluator and a compiler to stack bytecode with a VM loop
// both run the same programs.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// ---- lexer ----

type tokKind int

const (
	tEOF tokKind = iota
	tNum
	tIdent
	tOp
)

type token struct {
	kind tokKind
	text string
	num  int
}

func lex(src string) []token {
	var toks []token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && src[j] >= '0' && src[j] <= '9' {
				j++
			}
			n, _ := strconv.Atoi(src[i:j])
			toks = append(toks, token{tNum, src[i:j], n})
			i = j
		case c >= 'a' && c <= 'z':
			j := i
			for j < len(src) && (src[j] >= 'a' && src[j] <= 'z' || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			toks = append(toks, token{tIdent, src[i:j], 0})
			i = j
		default:
			n := 1
			if i+1 < len(src) {
				switch src[i : i+2] {
				case "==", "!=", "<=", ">=", "&&", "||":
					n = 2
				}
			}
			toks = append(toks, token{tOp, src[i : i+n], 0})
			i += n
		}
	}
	return append(toks, token{kind: tEOF})
}

// ---- AST ----

type Expr interface{ eval(env []int) int }
type Stmt interface{ exec(env []int) }

type Num struct{ v int }
type Var struct{ slot int }
type Bin struct {
	op   string
	l, r Expr
}
type Assign struct {
	slot int
	e    Expr
}
type While struct {
	cond Expr
	body []Stmt
}
type If struct {
	cond       Expr
	then, els_ []Stmt
}

func (n *Num) eval(env []int) int { return n.v }
func (v *Var) eval(env []int) int { return env[v.slot] }
func (b *Bin) eval(env []int) int {
	x := b.l.eval(env)
	switch b.op {
	case "&&":
		if x == 0 {
			return 0
		}
		return b2i(b.r.eval(env) != 0)
	case "||":
		if x != 0 {
			return 1
		}
		return b2i(b.r.eval(env) != 0)
	}
	return binop(b.op, x, b.r.eval(env))
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func binop(op string, x, y int) int {
	switch op {
	case "+":
		return x + y
	case "-":
		return x - y
	case "*":
		return x * y
	case "/":
		return x / y
	case "%":
		return x % y
	case "<":
		return b2i(x < y)
	case ">":
		return b2i(x > y)
	case "<=":
		return b2i(x <= y)
	case ">=":
		return b2i(x >= y)
	case "==":
		return b2i(x == y)
	case "!=":
		return b2i(x != y)
	}
	panic("bad op " + op)
}

func (a *Assign) exec(env []int) { env[a.slot] = a.e.eval(env) }
func (w *While) exec(env []int) {
	for w.cond.eval(env) != 0 {
		run(w.body, env)
	}
}
func (s *If) exec(env []int) {
	if s.cond.eval(env) != 0 {
		run(s.then, env)
	} else {
		run(s.els_, env)
	}
}

func run(body []Stmt, env []int) {
	for _, s := range body {
		s.exec(env)
	}
}

// ---- parser ----

type parser struct {
	toks  []token
	pos   int
	slots map[string]int
}

func (p *parser) peek() token { return p.toks[p.pos] }
func (p *parser) next() token { t := p.toks[p.pos]; p.pos++; return t }
func (p *parser) expect(s string) {
	if t := p.next(); t.text != s {
		panic(fmt.Sprintf("expected %q, got %q", s, t.text))
	}
}

func (p *parser) slot(name string) int {
	if s, ok := p.slots[name]; ok {
		return s
	}
	s := len(p.slots)
	p.slots[name] = s
	return s
}

var precedence = map[string]int{
	"||": 1, "&&": 2,
	"==": 3, "!=": 3, "<": 3, ">": 3, "<=": 3, ">=": 3,
	"+": 4, "-": 4, "*": 5, "/": 5, "%": 5,
}

func (p *parser) primary() Expr {
	t := p.next()
	switch t.kind {
	case tNum:
		return &Num{t.num}
	case tIdent:
		return &Var{p.slot(t.text)}
	}
	if t.text == "(" {
		e := p.expr(1)
		p.expect(")")
		return e
	}
	panic("unexpected " + t.text)
}

func (p *parser) expr(minPrec int) Expr {
	l := p.primary()
	for {
		t := p.peek()
		prec, ok := precedence[t.text]
		if t.kind != tOp || !ok || prec < minPrec {
			return l
		}
		p.next()
		r := p.expr(prec + 1)
		l = &Bin{t.text, l, r}
	}
}

func (p *parser) block() []Stmt {
	p.expect("{")
	var body []Stmt
	for p.peek().text != "}" {
		body = append(body, p.stmt())
	}
	p.expect("}")
	return body
}

func (p *parser) stmt() Stmt {
	t := p.next()
	switch t.text {
	case "while":
		c := p.expr(1)
		return &While{c, p.block()}
	case "if":
		c := p.expr(1)
		then := p.block()
		var els []Stmt
		if p.peek().text == "else" {
			p.next()
			els = p.block()
		}
		return &If{c, then, els}
	}
	s := p.slot(t.text)
	p.expect("=")
	e := p.expr(1)
	p.expect(";")
	return &Assign{s, e}
}

// ---- bytecode ----

type opcode byte

const (
	opPush opcode = iota
	opLoad
	opStore
	opBin
	opJmp
	opJz
	opHalt
)

type instr struct {
	op  opcode
	arg int
	bin string
}

type compiler struct{ code []instr }

func (c *compiler) emit(i instr) int { c.code = append(c.code, i); return len(c.code) - 1 }

func (c *compiler) expr(e Expr) {
	switch e := e.(type) {
	case *Num:
		c.emit(instr{op: opPush, arg: e.v})
	case *Var:
		c.emit(instr{op: opLoad, arg: e.slot})
	case *Bin:
		if e.op == "&&" || e.op == "||" {
			// Evaluate both sides as booleans (no side effects in expressions).
			c.expr(e.l)
			c.emit(instr{op: opPush, arg: 0})
			c.emit(instr{op: opBin, bin: "!="})
			c.expr(e.r)
			c.emit(instr{op: opPush, arg: 0})
			c.emit(instr{op: opBin, bin: "!="})
			if e.op == "&&" {
				c.emit(instr{op: opBin, bin: "*"})
			} else {
				c.emit(instr{op: opBin, bin: "+"})
				c.emit(instr{op: opPush, arg: 0})
				c.emit(instr{op: opBin, bin: "!="})
			}
			return
		}
		c.expr(e.l)
		c.expr(e.r)
		c.emit(instr{op: opBin, bin: e.op})
	}
}

func (c *compiler) stmts(body []Stmt) {
	for _, s := range body {
		switch s := s.(type) {
		case *Assign:
			c.expr(s.e)
			c.emit(instr{op: opStore, arg: s.slot})
		case *While:
			top := len(c.code)
			c.expr(s.cond)
			jz := c.emit(instr{op: opJz})
			c.stmts(s.body)
			c.emit(instr{op: opJmp, arg: top})
			c.code[jz].arg = len(c.code)
		case *If:
			c.expr(s.cond)
			jz := c.emit(instr{op: opJz})
			c.stmts(s.then)
			jmp := c.emit(instr{op: opJmp})
			c.code[jz].arg = len(c.code)
			c.stmts(s.els_)
			c.code[jmp].arg = len(c.code)
		}
	}
}

func vm(code []instr, env []int) int {
	stack := make([]int, 0, 64)
	steps := 0
	for pc := 0; ; {
		in := &code[pc]
		pc++
		steps++
		switch in.op {
		case opPush:
			stack = append(stack, in.arg)
		case opLoad:
			stack = append(stack, env[in.arg])
		case opStore:
			env[in.arg] = stack[len(stack)-1]
			stack = stack[:len(stack)-1]
		case opBin:
			n := len(stack)
			stack[n-2] = binop(in.bin, stack[n-2], stack[n-1])
			stack = stack[:n-1]
		case opJmp:
			pc = in.arg
		case opJz:
			v := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if v == 0 {
				pc = in.arg
			}
		case opHalt:
			return steps
		}
	}
}

const source = `
count = 0; sum = 0; i = 2;
while i < limit {
  j = 2; prime = 1;
  while j * j <= i && prime {
    if i % j == 0 { prime = 0; }
    j = j + 1;
  }
  if prime { count = count + 1; sum = (sum + i * i) % 1000007; }
  i = i + 1;
}
a = 0; b = 1; k = 0;
while k < limit {
  t = (a + b) % 1000000;
  a = b; b = t;
  k = k + 1;
}
x = limit; steps = 0;
while x != 1 {
  if x % 2 == 0 { x = x / 2; } else { x = 3 * x + 1; }
  steps = steps + 1;
}
`

func main() {
	limit := 80000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			limit = v
		}
	}
	p := &parser{toks: lex(source), slots: map[string]int{}}
	limitSlot := p.slot("limit")
	var prog []Stmt
	for p.peek().kind != tEOF {
		prog = append(prog, p.stmt())
	}
	names := make([]string, len(p.slots))
	for name, s := range p.slots {
		names[s] = name
	}

	env := make([]int, len(p.slots))
	env[limitSlot] = limit
	run(prog, env)
	report := func(tag string, env []int) {
		var sb strings.Builder
		sb.WriteString(tag)
		for _, n := range []string{"count", "sum", "a", "b", "steps"} {
			sb.WriteString(" " + n + "=" + strconv.Itoa(env[p.slots[n]]))
		}
		fmt.Println(sb.String())
	}
	report("tree:", env)

	c := &compiler{}
	c.stmts(prog)
	c.emit(instr{op: opHalt})
	env2 := make([]int, len(p.slots))
	env2[limitSlot] = limit
	steps := vm(c.code, env2)
	report("vm:  ", env2)
	fmt.Println("vars", len(names), "instrs", len(c.code), "vm steps", steps)
}
