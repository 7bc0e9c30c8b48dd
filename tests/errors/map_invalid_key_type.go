package main

var _ = map[[]int]int{}

func main() {}
