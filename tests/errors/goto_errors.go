package main

func main() {
	goto missing
	goto inner
	{
	inner:
		println("in")
	}
	goto skip
	x := 1
skip:
	println(x)
dup:
	println()
dup:
	goto dup
}
