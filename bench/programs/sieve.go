// sieve: the sieve of Eratosthenes over a []bool, a segmented sieve over a
// bit array of uint64 words, and some statistics on the primes found.
package main

import (
	"fmt"
	"math/bits"
	"os"
	"strconv"
)

func simple(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

// bitSieve counts primes below n using a bit array of odd numbers.
func bitSieve(n int) int {
	if n < 3 {
		return 0
	}
	size := (n + 1) / 2 // index i stands for 2*i+1
	words := make([]uint64, (size+63)/64)
	for i := 1; (2*i+1)*(2*i+1) <= n; i++ {
		if words[i/64]&(1<<(uint(i)%64)) != 0 {
			continue
		}
		p := 2*i + 1
		for j := p * p / 2; j < size; j += p {
			words[j/64] |= 1 << (uint(j) % 64)
		}
	}
	composites := 0
	for _, w := range words {
		composites += bits.OnesCount64(w)
	}
	// Unmarked indices are the primes among the odd numbers plus the number
	// 1 (index 0); 1 is not prime, but 2 is, and is not represented.
	return size - composites
}

func main() {
	n := 30000000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	primes := simple(n)
	fmt.Println("primes up to", n, ":", len(primes), "bit sieve:", bitSieve(n))
	fmt.Println("largest", primes[len(primes)-1])
	twins, maxGap, gapAt := 0, 0, 0
	var sum uint64
	for i := 1; i < len(primes); i++ {
		g := primes[i] - primes[i-1]
		if g == 2 {
			twins++
		}
		if g > maxGap {
			maxGap, gapAt = g, primes[i-1]
		}
		sum += uint64(primes[i])
	}
	fmt.Println("twins", twins, "max gap", maxGap, "after", gapAt)
	fmt.Println("sum", sum+2)
	var lastDigit [10]int
	for _, p := range primes {
		lastDigit[p%10]++
	}
	fmt.Println("last digits", lastDigit)
}
