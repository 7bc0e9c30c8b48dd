package main

func f() { m := map[string]int{}; _ = &m["a"] }

func main() {}
