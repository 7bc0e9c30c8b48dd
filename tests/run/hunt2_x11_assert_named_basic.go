package main

type ID string

func main() {
	var x any = ID("a")
	_ = x.(string)
}
