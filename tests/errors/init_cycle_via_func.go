package main

// Go reports an initialization cycle (a -> b -> f -> a); gowgc accepts the
// program and the generated code traps at run time.
var a = b + 1
var b = f()

func f() int { return a }

func main() {
	println(a, b)
}
