package main

func main() {
	_ = make()
	s := append()
	_ = s
	_ = len()
	_ = new()
	copy()
	delete()
	_ = cap(1, 2)
	panic()
}
