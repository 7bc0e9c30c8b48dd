package main

func f() { m := map[string]struct{ x int }{}; m["a"].x = 1 }

func main() {}
