package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func idx(name string, i int) int {
	trace = append(trace, name)
	return i
}

type S struct{ a [4]int }

func getS(s *S, name string) *S {
	trace = append(trace, name)
	return s
}

func flush() {
	fmt.Println(trace)
	trace = trace[:0]
}

func main() {
	arr := make([]int, 4)
	arr[idx("i", 1)] = t("v", 10)
	flush()
	x, y := t("x", 1), t("y", 2)
	flush()
	arr[idx("i1", 0)], arr[idx("i2", 2)] = t("v1", x), t("v2", y)
	flush()
	fmt.Println(arr)
	r := t("a", 1) + t("b", 2)*t("c", 3) - t("d", 4)
	flush()
	fmt.Println(r)
	var s S
	getS(&s, "s").a[idx("k", 3)] += t("add", 5)
	flush()
	fmt.Println(s)
	fmt.Println(t("p1", 1), t("p2", 2))
	flush()
	ok := t("l", 0) > 0 && t("r", 1) > 0
	ok2 := t("l2", 1) > 0 || t("r2", 1) > 0
	flush()
	fmt.Println(ok, ok2)
	m := [][]int{{1, 2}, {3, 4}}
	m[idx("row", 1)][idx("col", 0)] = t("val", 30)
	flush()
	fmt.Println(m)
}
