package main

import "fmt"

func main() {
	words := []string{"alpha", "beta", "gamma", "delta"}
	for i, w := range words {
		fmt.Println(i, w, len(w))
	}
	for i := range words {
		words[i] += "!"
	}
	fmt.Println(words)

	total := 0
	for _, w := range words {
		total += len(w)
	}
	fmt.Println(total)

	nums := []int{5, 3, 8, 1, 9, 2}
	maxI, minI := 0, 0
	for i, n := range nums {
		if n > nums[maxI] {
			maxI = i
		}
		if n < nums[minI] {
			minI = i
		}
	}
	fmt.Println(maxI, minI)

	// range over a sub-slice
	for i, n := range nums[2:4] {
		fmt.Print(i, ":", n, " ")
	}
	fmt.Println()

	// range with continue and break
	sumOdd := 0
	for _, n := range nums {
		if n%2 == 0 {
			continue
		}
		if n == 9 {
			break
		}
		sumOdd += n
	}
	fmt.Println(sumOdd)

	// the range expression is evaluated once
	s := []int{1, 2, 3}
	iter := 0
	for i := range s {
		s = s[:1]
		iter++
		_ = i
	}
	fmt.Println(iter, s)

	bs := []bool{true, false, true}
	cnt := 0
	for _, b := range bs {
		if b {
			cnt++
		}
	}
	fmt.Println(cnt, bs)
}
