package main

import "fmt"

func classify(n int) string {
	s := ""
	switch {
	case n < 0:
		s += "neg "
		fallthrough
	case n == 0:
		s += "nonpos "
	case n > 100:
		s += "big "
		fallthrough
	case n > 10:
		s += "medium "
		fallthrough
	default:
		s += "some"
	}
	return s
}

func grade(score int) byte {
	switch score / 10 {
	case 10, 9:
		return 'A'
	case 8:
		return 'B'
	case 7:
		return 'C'
	case 6:
		return 'D'
	}
	return 'F'
}

func main() {
	for _, n := range []int{-5, 0, 5, 50, 500} {
		fmt.Println(n, classify(n))
	}
	for _, s := range []int{100, 95, 81, 70, 65, 12} {
		fmt.Print(string(grade(s)))
	}
	fmt.Println()
outer:
	for i := 0; i < 5; i++ {
		switch i {
		case 1:
			continue outer
		case 3:
			break outer
		}
		fmt.Println("i =", i)
	}
	x := 3
	switch y := x * 2; y {
	case 1, 2, 3:
		fmt.Println("small")
	case 6:
		fmt.Println("six")
		if x == 3 {
			break
		}
		fmt.Println("unreached")
	default:
		fmt.Println("other")
	}
sw:
	switch {
	case x > 0:
		for j := 0; j < 10; j++ {
			if j == 2 {
				break sw
			}
			fmt.Println("j", j)
		}
		fmt.Println("unreached 2")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched", s)
	}
	var u8 uint8 = 200
	switch u8 {
	case 200:
		fmt.Println("u8 200")
	}
	switch f := 2.5; f {
	case 2.5:
		fmt.Println("float case")
	}
}
