package main

import "fmt"

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func isPalindrome(s string) bool {
	clean := []byte{}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' {
			clean = append(clean, c)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func caesar(s string, k int) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = byte((int(c-'a')+k)%26 + 'a')
		}
	}
	return string(b)
}

func main() {
	fmt.Println(reverse("hello"), reverse(""), reverse("a"), reverse("ab"))
	tests := []string{"A man, a plan, a canal: Panama", "racecar", "hello", "", "No lemon, no melon"}
	for _, t := range tests {
		fmt.Println(isPalindrome(t), len(t))
	}
	enc := caesar("the quick brown fox", 13)
	fmt.Println(enc, caesar(enc, 13))

	// longest palindromic substring (odd/even expansion)
	s := "forgeeksskeegfor"
	best := ""
	for c := 0; c < len(s); c++ {
		for w := 0; w < 2; w++ {
			lo, hi := c, c+w
			for lo >= 0 && hi < len(s) && s[lo] == s[hi] {
				lo--
				hi++
			}
			if hi-lo-1 > len(best) {
				best = s[lo+1 : hi]
			}
		}
	}
	fmt.Println(best, len(best))
}
