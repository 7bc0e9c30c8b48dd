package main

func main() {
	var a [4]int
	s := a[1:5]
	t := "abc"[1:7]
	println(len(s), t)
}
