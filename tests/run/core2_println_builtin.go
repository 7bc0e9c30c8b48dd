package main

func main() {
	println("hello", 1, -2, true, false)
	println(1.5, -0.25, 1e100, 1e-100)
	var f32 float32 = 3.25
	println(f32)
	var u8 uint8 = 255
	var i64 int64 = -9223372036854775808
	var u64 uint64 = 18446744073709551615
	println(u8, i64, u64)
	print("no newline", 7, "\n")
	print(1, 2, 3, "\n")
	println()
	println("")
	println('x', "s")
	var z float64
	println(z, -z, 1/z, -1/z, z/z)
	println(100.0, 123456789.125, 0.000001)
	var p *int
	println(p == nil)
	s := "str"
	println(s + s, len(s))
}
