package main

import "fmt"

type Registry struct {
	names []string
	fns   []func() string
}

var reg = &Registry{}

func register(name string, f func() string) bool {
	reg.names = append(reg.names, name)
	reg.fns = append(reg.fns, f)
	return true
}

var _ = register("alpha", func() string { return "A" })
var okB = register("beta", greet)

var greeting = "hi " + suffix
var suffix = computeSuffix()

func computeSuffix() string { return "there" }
func greet() string       { return greeting }

func init() {
	register("gamma", func() string { return "G" + suffix })
}

func main() {
	fmt.Println(okB, len(reg.names))
	for i, n := range reg.names {
		fmt.Println(n, reg.fns[i]())
	}
}
