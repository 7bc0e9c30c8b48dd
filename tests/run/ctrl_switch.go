package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func dayKind(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	}
	return "invalid"
}

func main() {
	for _, s := range []int{95, 85, 75, 10, 90, 80} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for d := -1; d <= 7; d++ {
		fmt.Print(dayKind(d), " ")
	}
	fmt.Println()

	// switch with init statement
	switch x := 5 * 3; x % 4 {
	case 0:
		fmt.Println("div by 4")
	case 3:
		fmt.Println("rem 3", x)
	default:
		fmt.Println("other")
	}

	// default in the middle
	for _, v := range []int{1, 2, 3} {
		switch v {
		case 1:
			fmt.Print("one ")
		default:
			fmt.Print("dflt ")
		case 3:
			fmt.Print("three ")
		}
	}
	fmt.Println()

	// break inside switch exits the switch, not the loop
	n := 0
	for i := 0; i < 5; i++ {
		switch {
		case i == 2:
			break
		default:
			n += 10
		}
		n++
	}
	fmt.Println(n)

	// cases evaluated in order; first match wins
	x := 4
	switch {
	case x > 2:
		fmt.Println("gt2")
	case x > 3:
		fmt.Println("gt3")
	}

	// switch on byte, with fallthrough-free semantics
	s := "a1-Z "
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			fmt.Print("lower ")
		case c >= 'A' && c <= 'Z':
			fmt.Print("upper ")
		case c >= '0' && c <= '9':
			fmt.Print("digit ")
		case c == ' ':
			fmt.Print("space ")
		default:
			fmt.Print("other ")
		}
	}
	fmt.Println()

	// switch with no matching case and no default
	switch 7 {
	case 1:
		fmt.Println("never")
	}
	// switch on bool tag
	switch true {
	case x == 4:
		fmt.Println("x is 4")
	}
}
