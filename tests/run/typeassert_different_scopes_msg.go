package main

type T struct{}

func main() {
	defer func() {
		println(recover().(error).Error())
	}()
	var x interface{} = T{}
	type T struct{}
	_ = x.(T)
}
