package main

func main() {
	println("start")
	panic("")
}
