package main

type T int

func (t T) F() {}

type I interface{ F() }

var (
	t *T
	i I = t
)

func main() {
	defer func() {
		println(recover().(error).Error())
	}()
	i.F()
}
