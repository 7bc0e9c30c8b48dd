package main

type _ int

func main() {
	println("ok")
}
