package main

import "fmt"

func hello(s string) { fmt.Println("hello", s) }
func bye(s string)   { fmt.Println("bye", s) }

func pick(name string) func(string) {
	fmt.Println("pick called for", name)
	if name == "hello" {
		return hello
	}
	return bye
}

func makeAdder(base int) func(int) {
	fmt.Println("makeAdder", base)
	return func(d int) { fmt.Println("adder", base, "+", d, "=", base+d) }
}

type ops struct {
	f func(string)
}

func main() {
	f := hello
	defer f("deferred with f=hello")
	f = bye
	defer f("deferred with f=bye")
	f = nil

	defer pick("hello")("pick hello, called late")
	defer pick("other")("pick other, called late")
	fmt.Println("after picks")

	defer makeAdder(10)(5)
	fmt.Println("after makeAdder defer")

	o := &ops{f: hello}
	defer o.f("struct field func")
	o.f = bye

	fs := []func(string){hello, bye, hello}
	names := []string{"slot0", "slot1", "slot2"}
	for i, g := range fs {
		defer g(names[i])
	}
	fs[0] = bye

	m := map[string]func(string){"h": hello, "b": bye}
	defer m["h"]("map entry func")
	m["h"] = bye

	fmt.Println("main end, f is nil:", f == nil)
}
