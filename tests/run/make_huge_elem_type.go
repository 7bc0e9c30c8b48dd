package main

type big [1 << 20][1 << 20]byte // 1 TiB

func main() {
	defer func() { println(recover().(error).Error()) }()
	n := 1 << 10
	s := make([]big, n)
	println(len(s))
}
