package main

import "fmt"

// gowgc: methods of an embedded interface field are not promoted
// ("s.Log undefined (type Service has no field or method Log)").
type Logger interface{ Log(string) }

type Console struct{ prefix string }

func (c Console) Log(s string) { fmt.Println(c.prefix + s) }

type Service struct {
	Logger
	name string
}

func main() {
	s := Service{Console{"> "}, "svc"}
	s.Log("direct")
	var l Logger = s
	l.Log("via interface")
	var empty Service
	empty.Log("nil embedded interface")
}
