package main

import "fmt"

var counter = 0

var next = func() func() int {
	base := 100
	return func() int {
		counter++
		return base + counter
	}
}()

var first = next()
var handlers = map_init()

type entry struct {
	key string
	fn  func(int) int
}

func map_init() []entry {
	return []entry{
		{"double", func(x int) int { return x * 2 }},
		{"plus_first", func(x int) int { return x + first }},
	}
}

var dflt = handlers[0].fn

func init() {
	handlers = append(handlers, entry{"neg", func(x int) int { return -x }})
	dflt = handlers[len(handlers)-1].fn
	fmt.Println("init", first, counter)
}

func init() {
	next()
	fmt.Println("init2", counter)
}

func main() {
	for _, h := range handlers {
		fmt.Println(h.key, h.fn(5))
	}
	fmt.Println(dflt(3), next(), counter)
}
