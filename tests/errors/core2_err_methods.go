package main

type T struct{ x int }

func (t T) Get() int { return t.x }
func (t *T) Set(v int) { t.x = v }
func (t T) Get() int { return 0 }

func main() {
	var t T
	t.Missing()
	_ = t.y
	T{}.Set(1)
}
