package main

import "fmt"

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	buf := []byte{}
	for n > 0 {
		buf = append(buf, byte('0'+n%10))
		n /= 10
	}
	if neg {
		buf = append(buf, '-')
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return string(buf)
}

func join(parts []string, sep string) string {
	r := ""
	for i, p := range parts {
		if i > 0 {
			r += sep
		}
		r += p
	}
	return r
}

func main() {
	a := "foo"
	b := a
	a += "bar"
	fmt.Println(a, b, len(a), len(b))

	fmt.Println(repeat("ab", 5), len(repeat("xyz", 100)))
	fmt.Println(itoa(0), itoa(12345), itoa(-987), itoa(1<<40))

	parts := []string{}
	for i := 0; i < 6; i++ {
		parts = append(parts, itoa(i*i))
	}
	fmt.Println(join(parts, ", "))
	fmt.Println(join(nil, "-") == "", join([]string{"one"}, "-"))

	// concatenation of many pieces in one expression
	x := "<" + a + ":" + b + ">" + itoa(len(a)+len(b)) + "\n"
	fmt.Print(x)

	// building a long string and checking bytes
	long := ""
	for i := 0; i < 1000; i++ {
		long += string([]byte{byte('a' + i%26)})
	}
	fmt.Println(len(long), long[0:3], long[996:], long[26] == 'a')

	// empty string concatenation
	e := ""
	e += ""
	fmt.Println(e == "", len(e+e+"x"))
	var s1 string
	fmt.Println(s1 == e, "["+s1+"]")
}
