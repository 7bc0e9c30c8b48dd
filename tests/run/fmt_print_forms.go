package main

import "fmt"

type P struct {
	X, Y int
}

type Line struct {
	A, B P
	Name string
}

type WithSlice struct {
	Vals []int
	Ok   bool
	Ptr  *P
}

type Celsius int

func main() {
	fmt.Println(1, "two", true, false, -3)
	fmt.Println([]int{1, 2, 3}, []string{"a", "b"}, []bool{true, false})
	fmt.Println([3]int{}, [2]string{"x", "y"}, [0]int{}, []int{})
	fmt.Println(P{1, 2}, &P{3, 4}, Line{P{1, 2}, P{3, 4}, "l"})
	fmt.Println(&Line{Name: "pl"})
	fmt.Println([]P{{1, 2}, {3, 4}}, [2][2]int{{1, 2}, {3, 4}}, [][]int{{1}, {2, 3}, nil})
	fmt.Println(WithSlice{[]int{7}, true, nil})
	fmt.Println([]string{"", "a b", ""}, "")
	fmt.Println(Celsius(30), []Celsius{1, 2}, uint8(200), int8(-100), 'x')
	fmt.Println([]uint16{65535, 0}, []int64{-1 << 63})
	fmt.Println()

	// Print adds spaces only between operands when neither is a string
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("a", "b", 1, 2, "c", 3, "\n")
	fmt.Print(true, false, "\n")
	fmt.Print(P{1, 2}, P{3, 4}, "\n")
	fmt.Print("x", P{1, 2}, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print()
	fmt.Print("no newline")
	fmt.Print("\n")
	fmt.Println("a", "b", 1, "c")
	fmt.Println("tab\there", "quote\"", `raw\n`)
}
