package main

func main() {
	var s []int
	var b []byte
	println(s, len(s), b)
	print(s, "\n")
}
