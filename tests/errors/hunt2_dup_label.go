package main

func main() {
A:
	goto A
A:
	return
}
