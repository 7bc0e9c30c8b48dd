package main

import "fmt"

func f(x int) string {
	out := ""
	switch x {
	case 1:
		out += "one "
		fallthrough
	default:
		out += "default "
		fallthrough
	case 2:
		out += "two "
	case 3:
		out += "three "
	}
	return out
}

func g(x int) (r int) {
	switch {
	default:
		r = -1
	case x > 10:
		r = 10
		fallthrough
	case x > 5:
		r += 5
	}
	return
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(i, f(i))
	}
	fmt.Println(g(1), g(7), g(20))
	sum := 0
	for i := 0; i < 10; i++ {
		switch {
		case i%3 == 0:
			continue
		case i == 8:
			break
		default:
			sum += i
		}
		sum += 100
	}
	fmt.Println(sum)
	switch {
	}
	switch x := 5; {
	}
	var c byte = 'q'
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	case 'q':
		fmt.Println("q!")
	}
}
