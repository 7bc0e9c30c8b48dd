package main

import "fmt"

func collatz(n int) int {
	steps := 0
top:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
		goto top
	}
	n = 3*n + 1
	goto top
}

func main() {
	for _, n := range []int{1, 6, 27} {
		fmt.Println(n, collatz(n))
	}
	count := 0
L1:
	for i := range 5 {
	L2:
		for j := range 5 {
			switch j {
			case 1:
				continue L2
			case 3:
				if i%2 == 0 {
					continue L1
				}
				break L2
			}
			count += i*10 + j
		}
		count++
	}
	fmt.Println(count)
	s := "hello, world"
	idx := -1
search:
	for i, r := range s {
		switch r {
		case ',':
			idx = i
			break search
		case 'z':
			fallthrough
		case 'q':
			break
		default:
			continue search
		}
	}
	fmt.Println(idx)
}
