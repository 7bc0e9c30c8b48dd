package main

func two(a int, b string) {}

func main() {
	two(1)
	two(1, "a", 3)
	two("a", 1)
	x := 5
	x()
	var s []int
	s.Len()
	len(1)
	_ = cap("abc")
}
