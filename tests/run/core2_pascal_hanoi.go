package main

import "fmt"

func pascal(n int) [][]int {
	rows := [][]int{}
	for i := 0; i < n; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = rows[i-1][j-1] + rows[i-1][j]
		}
		rows = append(rows, row)
	}
	return rows
}

var moves int

func hanoi(n int, from, to, via byte, log *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, log)
	moves++
	if len(*log) < 7 {
		*log = append(*log, string([]byte{from, '>', to}))
	}
	hanoi(n-1, via, to, from, log)
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

func collatz(n int) (steps int) {
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return
}

func main() {
	for _, r := range pascal(8) {
		fmt.Println(r)
	}
	var log []string
	hanoi(10, 'A', 'C', 'B', &log)
	fmt.Println(moves, log)
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9), 12/gcd(12, 18)*18)
	fmt.Println(powmod(2, 10, 1000), powmod(3, 200, 1000000007), powmod(7, 0, 13))
	best, arg := 0, 0
	for i := 1; i < 10000; i++ {
		if s := collatz(i); s > best {
			best, arg = s, i
		}
	}
	fmt.Println(best, arg)
}
