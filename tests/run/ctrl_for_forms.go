package main

import "fmt"

func main() {
	// three clause
	s := 0
	for i := 0; i < 10; i++ {
		s += i
	}
	fmt.Println(s)

	// condition only
	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println(steps)

	// infinite with break
	k := 0
	for {
		k++
		if k*k > 200 {
			break
		}
	}
	fmt.Println(k)

	// multiple variables in init and post
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, "-", j, " ")
	}
	fmt.Println()

	// empty init / post
	m := 1
	for m < 100 {
		m *= 3
	}
	fmt.Println(m)

	// nested loops with break only exiting the inner loop
	count := 0
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				break
			}
			count++
		}
	}
	fmt.Println(count)

	// range over int
	t := 0
	for i := range 5 {
		t += i * i
	}
	fmt.Println(t)
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
	var lim int8 = 4
	for i := range lim {
		fmt.Print(i+1, " ")
	}
	fmt.Println()

	// countdown
	for i := 5; i > 0; i-- {
		fmt.Print(i)
	}
	fmt.Println()

	// loop with unsigned counter down to zero
	for u := uint8(3); u < 200; u-- {
		fmt.Print(u, " ")
	}
	fmt.Println()
}
