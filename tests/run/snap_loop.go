package main

func sum(xs []int) (s int) {
	for _, x := range xs {
		if x < 0 {
			continue
		}
		s += x
	}
	return
}

func main() {
	println(sum([]int{1, -2, 3}))
}
