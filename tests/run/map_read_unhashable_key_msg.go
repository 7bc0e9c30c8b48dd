package main

type T struct{ s []int }

func main() {
	defer func() {
		println(recover().(error).Error())
	}()
	m := map[interface{}]int{}
	_ = m[T{}] // map read with an unhashable dynamic key type
}
