package main

func main() {
	total := 0
	total += 1
	c := 0
	c++
}
