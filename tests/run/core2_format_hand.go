package main

import "fmt"

func utoa(v uint64, base int) string {
	const digits = "0123456789abcdef"
	if v == 0 {
		return "0"
	}
	var buf [64]byte
	i := len(buf)
	b := uint64(base)
	for v > 0 {
		i--
		buf[i] = digits[v%b]
		v /= b
	}
	return string(buf[i:])
}

func itoa(v int64) string {
	if v < 0 {
		return "-" + utoa(uint64(-v), 10)
	}
	return utoa(uint64(v), 10)
}

func pad(s string, w int, c byte) string {
	for len(s) < w {
		s = string(c) + s
	}
	return s
}

func commas(n int64) string {
	s := itoa(n)
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	out := []byte{}
	for i := 0; i < len(s); i++ {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}

func fixed(f float64, prec int) string {
	neg := f < 0
	if neg {
		f = -f
	}
	scale := 1
	for i := 0; i < prec; i++ {
		scale *= 10
	}
	n := int64(f*float64(scale) + 0.5)
	ip := n / int64(scale)
	fp := n % int64(scale)
	s := itoa(ip) + "." + pad(itoa(fp), prec, '0')
	if neg {
		s = "-" + s
	}
	return s
}

func main() {
	fmt.Println(utoa(255, 16), utoa(255, 2), utoa(^uint64(0), 16), utoa(8, 8))
	fmt.Println(itoa(-9223372036854775808), itoa(42))
	fmt.Println(pad("7", 3, '0'), pad("abcd", 2, ' '))
	fmt.Println(commas(1234567), commas(-1000), commas(999), commas(-9223372036854775807))
	fmt.Println(fixed(3.14159, 2), fixed(-2.5, 3), fixed(0.999, 2), fixed(100, 0))
	for i := int64(1); i < 1e6; i *= 7 {
		fmt.Print(pad(itoa(i), 7, '.'), "|")
	}
	fmt.Println()
}
