package main

import "fmt"

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func b64(src []byte) string {
	var out []byte
	for i := 0; i < len(src); i += 3 {
		var n uint32
		rem := len(src) - i
		n = uint32(src[i]) << 16
		if rem > 1 {
			n |= uint32(src[i+1]) << 8
		}
		if rem > 2 {
			n |= uint32(src[i+2])
		}
		out = append(out, alphabet[n>>18&63], alphabet[n>>12&63])
		if rem > 1 {
			out = append(out, alphabet[n>>6&63])
		} else {
			out = append(out, '=')
		}
		if rem > 2 {
			out = append(out, alphabet[n&63])
		} else {
			out = append(out, '=')
		}
	}
	return string(out)
}

func rle(s string) string {
	if len(s) == 0 {
		return ""
	}
	out := []byte{}
	run := 1
	for i := 1; i <= len(s); i++ {
		if i < len(s) && s[i] == s[i-1] {
			run++
			continue
		}
		if run > 1 {
			out = append(out, []byte(itoa(run))...)
		}
		out = append(out, s[i-1])
		run = 1
	}
	return string(out)
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func main() {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "Man is distinguished"} {
		fmt.Println(b64([]byte(s)))
	}
	fmt.Println(b64([]byte{0, 255, 128, 7}))
	for _, s := range []string{"", "a", "aaabccddddd", "wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwb", "abc"} {
		fmt.Println(rle(s))
	}
}
