package main

var _ = map[string]int{"a": 1, "a": 2}
var _ = map[int]int{1: 1, 1: 2}

func main() {}
