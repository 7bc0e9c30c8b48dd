package main

import f "fmt"

func main() {
	f.Println(f.Sprint(1, 2), f.Sprintf("%03d", 7))
}
