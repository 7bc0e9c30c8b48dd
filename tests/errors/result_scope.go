package main

func f() (x int) {
	x = 1
	{
		x := 2
		_ = x
		return
	}
}

func main() {
	println(f())
}
