package main

import "fmt"

func bubble(a []int) {
	for i := 0; i < len(a); i++ {
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
			}
		}
	}
}

func insertion(a []string) {
	for i := 1; i < len(a); i++ {
		k := a[i]
		j := i - 1
		for j >= 0 && a[j] > k {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = k
	}
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	l := mergeSort(a[:mid])
	r := mergeSort(a[mid:])
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func heapify(a []int, n, i int) {
	for {
		largest := i
		l, r := 2*i+1, 2*i+2
		if l < n && a[l] > a[largest] {
			largest = l
		}
		if r < n && a[r] > a[largest] {
			largest = r
		}
		if largest == i {
			return
		}
		a[i], a[largest] = a[largest], a[i]
		i = largest
	}
}

func heapSort(a []int) {
	for i := len(a)/2 - 1; i >= 0; i-- {
		heapify(a, len(a), i)
	}
	for end := len(a) - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		heapify(a, end, 0)
	}
}

func main() {
	seed := uint32(12345)
	var xs []int
	for i := 0; i < 30; i++ {
		seed = seed*1103515245 + 12345
		xs = append(xs, int(seed>>16)%100-50)
	}
	a := append([]int{}, xs...)
	bubble(a)
	fmt.Println(a)
	fmt.Println(mergeSort(xs))
	b := append([]int{}, xs...)
	quick(b)
	fmt.Println(b)
	c := append([]int{}, xs...)
	heapSort(c)
	fmt.Println(c)
	words := []string{"pear", "apple", "fig", "banana", "Apple", "", "figs"}
	insertion(words)
	fmt.Println(words, len(words))
}
