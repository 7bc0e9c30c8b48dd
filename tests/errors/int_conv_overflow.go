package main

func main() {
	_ = uint8(300)
	_ = uint32(int8(-5))
	_ = int(3.5)
}
