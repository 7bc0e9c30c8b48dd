package main

import "fmt"

func main() {
	// primes with continue
	primes := []int{}
	for n := 2; n < 50; n++ {
		isPrime := true
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				isPrime = false
				break
			}
		}
		if !isPrime {
			continue
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)

	// continue in a for with post statement still runs the post
	cnt := 0
	for i := 0; i < 10; i++ {
		if i%3 != 0 {
			continue
		}
		cnt += i
	}
	fmt.Println(cnt)

	// continue in condition-only loop
	i := 0
	odd := 0
	for i < 10 {
		i++
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	fmt.Println(odd)

	// break from infinite loop nested inside if
	x := 1
	for {
		if x > 1000 {
			if x%2 == 0 {
				break
			}
		}
		x *= 3
		x++
	}
	fmt.Println(x)

	// continue/break inside range
	found := -1
	data := []int{4, 8, 15, 16, 23, 42}
	for idx, v := range data {
		if v%2 == 0 {
			continue
		}
		if v > 20 {
			found = idx
			break
		}
	}
	fmt.Println(found)

	// break inside switch inside loop only leaves the switch
	total := 0
	for j := 0; j < 6; j++ {
		switch j % 3 {
		case 0:
			continue
		case 1:
			if j > 3 {
				break
			}
			total += 100
		}
		total++
	}
	fmt.Println(total)
}
