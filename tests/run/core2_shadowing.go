package main

import "fmt"

var x = 100

func f() (x int) {
	x = 5
	if x := 7; x > 6 {
		x++
		fmt.Println("inner", x)
	}
	{
		x := x * 2
		fmt.Println("block", x)
	}
	return
}

func main() {
	fmt.Println(x)
	x := 1
	fmt.Println(x)
	for x := 0; x < 3; x++ {
		x := x + 10
		fmt.Print(x, " ")
	}
	fmt.Println()
	if y := x + 1; y > 1 {
		x := y * 3
		fmt.Println("if", x, y)
	} else if z := y - 1; z > 0 {
		fmt.Println("elseif", z)
	} else {
		fmt.Println("else", y, z)
	}
	switch x := x * 5; {
	case x > 4:
		fmt.Println("sw big", x)
	default:
		fmt.Println("sw small", x)
	}
	fmt.Println(x, f())
	for i := range 3 {
		i := i * i
		fmt.Print(i, ",")
	}
	fmt.Println()
	var err = "none"
	if err := "shadow"; len(err) > 0 {
		fmt.Println(err)
	}
	fmt.Println(err)
}
