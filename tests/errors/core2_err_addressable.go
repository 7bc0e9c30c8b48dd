package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func mk() T { return T{} }

func main() {
	mk().Inc()
	T{}.Inc()
	var arr [2]T
	arr[0].Inc()
	_ = &mk()
	_ = &mk().n
}
