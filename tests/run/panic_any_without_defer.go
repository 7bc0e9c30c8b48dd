package main

import "fmt"

// A program without defer prints most panic values itself; an interface
// value of unknown dynamic type needs the runtime's printpanicval, so the
// program is compiled with the runtime.
type point struct{ x, y int }

func pick(i int) any {
	switch i {
	case 0:
		return 42
	case 1:
		return "str"
	}
	return point{1, 2}
}

func main() {
	v := pick(1)
	fmt.Println("before", v)
	panic(v)
}
