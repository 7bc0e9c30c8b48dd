package main

type T struct{}

const maxInt = int(^uint(0) >> 1)

func main() {
	s := make([]T, maxInt) // zero-size elements: no memory needed
	println(len(s))
	defer func() { println(recover().(error).Error()) }()
	s = append(s, T{}) // must panic: growslice: len out of range
	println(len(s))
}
