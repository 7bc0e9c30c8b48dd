package main

import "fmt"

func main() {
	// println and print write to stderr
	println("hello", 42, true, -7)
	print("no", "spaces", 1, 2, "\n")
	println()
	var i8 int8 = -128
	var u64 uint64 = 18446744073709551615
	var b byte = 'A'
	var r rune = 'é'
	println(i8, u64, b, r)
	println(1.5, -2.5, 0.25, 3.0)
	s := "multi"
	println(s+"ple", len(s), s[0])
	fmt.Println("stdout line")
	println("stderr again")
	print("end")
	print("\n")
}
