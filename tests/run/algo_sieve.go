package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	primes := []int{}
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

func main() {
	p := sieve(100)
	fmt.Println(p, len(p))
	big := sieve(1000000)
	sum := 0
	for _, x := range big {
		sum += x
	}
	fmt.Println(len(big), big[len(big)-1], sum)

	// twin primes below 200
	small := sieve(200)
	twins := 0
	for i := 1; i < len(small); i++ {
		if small[i]-small[i-1] == 2 {
			twins++
		}
	}
	fmt.Println(twins)
}
