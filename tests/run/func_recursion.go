package main

import "fmt"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via int, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func permutations(prefix []int, rest []int, out *[][]int) {
	if len(rest) == 0 {
		p := make([]int, len(prefix))
		copy(p, prefix)
		*out = append(*out, p)
		return
	}
	for i := range rest {
		nr := make([]int, 0, len(rest)-1)
		nr = append(nr, rest[:i]...)
		nr = append(nr, rest[i+1:]...)
		permutations(append(prefix, rest[i]), nr, out)
	}
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	fmt.Println(fact(10), fact(20), fib(25))
	fmt.Println(isEven(100), isOdd(7), isEven(33))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	moves := 0
	hanoi(10, 1, 3, 2, &moves)
	fmt.Println(moves)
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	var perms [][]int
	permutations(nil, []int{1, 2, 3}, &perms)
	fmt.Println(perms, len(perms))
	fmt.Println(depth(100000))
}
