package main

func main() {
	var s string = 3
	x := undefinedThing
	var y int = "a"
	z, w := 1
	var q = nope
}
