package main

import "fmt"

type Expr interface {
	Eval(env *Env) (int, error)
	String() string
}

type Env struct {
	vars  []string
	vals  []int
	outer *Env
}

func (e *Env) Lookup(n string) (int, bool) {
	for s := e; s != nil; s = s.outer {
		for i, v := range s.vars {
			if v == n {
				return s.vals[i], true
			}
		}
	}
	return 0, false
}

type Num int
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Let struct {
	Name string
	Val  Expr
	Body Expr
}

type EvalError struct {
	Msg string
}

func (e *EvalError) Error() string { return "eval error: " + e.Msg }

func (n Num) Eval(*Env) (int, error) { return int(n), nil }
func (n Num) String() string {
	if n < 0 {
		return "(" + itoa(int(n)) + ")"
	}
	return itoa(int(n))
}
func (v Var) Eval(e *Env) (int, error) {
	if x, ok := e.Lookup(string(v)); ok {
		return x, nil
	}
	return 0, &EvalError{"unbound " + string(v)}
}
func (v Var) String() string { return string(v) }
func (b *Bin) Eval(e *Env) (int, error) {
	l, err := b.L.Eval(e)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(e)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, &EvalError{"division by zero"}
		}
		return l / r, nil
	}
	return 0, &EvalError{"bad op " + string(b.Op)}
}
func (b *Bin) String() string { return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" }
func (l Let) Eval(e *Env) (int, error) {
	v, err := l.Val.Eval(e)
	if err != nil {
		return 0, err
	}
	return l.Body.Eval(&Env{[]string{l.Name}, []int{v}, e})
}
func (l Let) String() string { return "let " + l.Name + " = " + l.Val.String() + " in " + l.Body.String() }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf []byte
	for n > 0 {
		buf = append([]byte{byte('0' + n%10)}, buf...)
		n /= 10
	}
	if neg {
		return "-" + string(buf)
	}
	return string(buf)
}

func main() {
	exprs := []Expr{
		Num(4),
		&Bin{'+', Num(1), &Bin{'*', Num(2), Num(-3)}},
		Let{"x", Num(5), &Bin{'*', Var("x"), Var("x")}},
		Let{"x", Num(5), Let{"y", &Bin{'-', Var("x"), Num(1)}, &Bin{'/', Var("x"), Var("y")}}},
		&Bin{'/', Num(1), Num(0)},
		Var("zz"),
		&Bin{'%', Num(1), Num(2)},
	}
	for _, e := range exprs {
		v, err := e.Eval(nil)
		if err != nil {
			fmt.Println(e, "=>", err)
			if ee, ok := err.(*EvalError); ok {
				fmt.Println("  msg:", ee.Msg)
			}
			continue
		}
		fmt.Println(e.String(), "=", v)
	}
}
