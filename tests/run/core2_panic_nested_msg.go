package main

import "fmt"

type Parser struct {
	src string
	pos int
}

func (p *Parser) expect(c byte) {
	if p.pos >= len(p.src) || p.src[p.pos] != c {
		panic("parse error: expected " + string(c) + "\n\tat offset")
	}
	p.pos++
}

func main() {
	p := &Parser{src: "(a)"}
	p.expect('(')
	p.expect('a')
	fmt.Println("ok so far", p.pos)
	p.expect(']')
}
