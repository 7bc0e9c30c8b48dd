package main

func f() int { return 1 }

func main() {
	x := []int{1}
	defer len(x)
	defer int(3)
	defer f
	defer recover()
	defer f()
}
