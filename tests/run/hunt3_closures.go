package main

import "fmt"

func counter() (func(string), func(string) int, func() int) {
	m := map[string]int{}
	return func(s string) { m[s]++ },
		func(s string) int { return m[s] },
		func() int { return len(m) }
}

func makeCache(f func(int) int) func(int) int {
	cache := make(map[int]int)
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		if calls%5 == 0 {
			fmt.Println("calls", calls)
		}
		return v
	}
}

func main() {
	inc, get, size := counter()
	for _, w := range []string{"a", "b", "a", "c", "a", "b"} {
		inc(w)
	}
	fmt.Println(get("a"), get("b"), get("c"), get("d"), size())
	sq := makeCache(func(n int) int { return n * n })
	t := 0
	for i := 0; i < 20; i++ {
		t += sq(i % 7)
	}
	fmt.Println(t)
	handlers := map[string]func(int) int{
		"double": func(x int) int { return x * 2 },
		"neg":    func(x int) int { return -x },
	}
	handlers["sq"] = func(x int) int { return x * x }
	fmt.Println(handlers["double"](5), handlers["neg"](5), handlers["sq"](5), len(handlers))
	if f, ok := handlers["zz"]; !ok && f == nil {
		fmt.Println("no zz")
	}
	ms := []map[int]int{}
	var fs []func()
	for i := 0; i < 3; i++ {
		m := map[int]int{}
		ms = append(ms, m)
		fs = append(fs, func() { m[i] = i * 100 })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println(ms)
}
