package main

import "fmt"

type Counter struct {
	N int
}

func (c *Counter) Inc() { c.N++ }

func main() {
	Counter{}.Inc()
	fmt.Println("done")
}
