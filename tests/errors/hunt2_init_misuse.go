package main

func init() {}

func main() {
	init()
	f := init
	_ = f
}
