package main

type I interface {
	M(x int) string
}

type T struct{}

func (T) M(y int) int { return y }

func add(a, b int) (sum int) { return a + b }

func pair() (n int, err error) { return 0, nil }

func vf(format string, args ...any) {}

func main() {
	var f func(int) int
	f = func(x int) string { return "" }
	var s string = add
	var g func() = pair
	var h int = vf
	var i I = T{}
	_, _, _, _, _ = f, s, g, h, i
}
