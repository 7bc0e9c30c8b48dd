package main

import "fmt"

type T struct{ N int }

func (t T) Get() int { return t.N }

func (t *T) Get() int { return t.N + 1 }

func (x int) Double() int { return x * 2 }

func main() {
	fmt.Println(T{1}.Get())
}
