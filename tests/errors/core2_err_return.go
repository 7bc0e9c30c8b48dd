package main

func a() int {
	return
}

func b() (int, int) {
	return 1
}

func c() {
	return 5
}

func d(x int) int {
	if x > 0 {
		return 1
	}
}

func main() {
	a()
	b()
	c()
	d(1)
}
