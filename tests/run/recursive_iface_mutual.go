package main

import "fmt"

// Mutually recursive interfaces (visitor pattern): gowgc frontend stack overflow.

type Visitor interface {
	VisitNum(n int) string
	VisitAdd(a, b Expr) string
}

type Expr interface{ Accept(v Visitor) string }

type Num int
type Add struct{ L, R Expr }

func (n Num) Accept(v Visitor) string { return v.VisitNum(int(n)) }
func (a Add) Accept(v Visitor) string { return v.VisitAdd(a.L, a.R) }

type printer struct{ depth int }

func (p *printer) VisitNum(n int) string { return string(rune('0' + n)) }
func (p *printer) VisitAdd(a, b Expr) string {
	p.depth++
	return "(" + a.Accept(p) + "+" + b.Accept(p) + ")"
}

func main() {
	e := Add{Num(1), Add{Num(2), Num(3)}}
	p := &printer{}
	fmt.Println(e.Accept(p), p.depth)
}
