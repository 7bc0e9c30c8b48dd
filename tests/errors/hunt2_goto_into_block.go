package main

import "fmt"

func main() {
	n := 0
	goto inner
	for n < 3 {
	inner:
		n++
	}
	if n > 0 {
		goto B
	}
	{
	B:
		fmt.Println(n)
	}
}
