package main

import "fmt"

func sortStrings(ss []string) {
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0 && ss[j] < ss[j-1]; j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
}

func cmp(a, b string) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func main() {
	fmt.Println("a" < "b", "a" < "ab", "ab" < "b", "" < "a", "abc" == "abc")
	fmt.Println("Z" < "a", "é" > "z", "abc" >= "abc", "abd" <= "abc")

	pairs := [][2]string{{"apple", "apricot"}, {"go", "go"}, {"Go", "go"}, {"", ""}, {"x\x00", "x"}, {"\xff", "\x7f"}}
	for _, p := range pairs {
		fmt.Print(cmp(p[0], p[1]), " ")
	}
	fmt.Println()

	words := []string{"pear", "apple", "fig", "banana", "Apple", "apple pie", "", "fig"}
	sortStrings(words)
	fmt.Println(words, len(words))

	// equality of strings built differently
	a := "hel" + "lo"
	b := string([]byte{'h', 'e', 'l', 'l', 'o'})
	c := "hello world"[:5]
	fmt.Println(a == b, b == c, a == c, a != "hello!")

	// switch on strings
	for _, w := range []string{"one", "two", "three", "four"} {
		switch w {
		case "one":
			fmt.Print(1)
		case "two", "three":
			fmt.Print(23)
		default:
			fmt.Print("?")
		}
	}
	fmt.Println()

	// string max
	best := ""
	for _, w := range words {
		if w > best {
			best = w
		}
	}
	fmt.Println(best)
}
