package main

import "fmt"

func addStr(a, b string) string {
	i, j := len(a)-1, len(b)-1
	carry := 0
	var out []byte
	for i >= 0 || j >= 0 || carry > 0 {
		s := carry
		if i >= 0 {
			s += int(a[i] - '0')
			i--
		}
		if j >= 0 {
			s += int(b[j] - '0')
			j--
		}
		out = append(out, byte('0'+s%10))
		carry = s / 10
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return string(out)
}

func mulSmall(a string, m int) string {
	res := "0"
	for k := 0; k < m; k++ {
		res = addStr(res, a)
	}
	return res
}

func factorial(n int) string {
	r := "1"
	for i := 2; i <= n; i++ {
		r = mulSmall(r, i)
	}
	return r
}

func fibStr(n int) string {
	a, b := "0", "1"
	for i := 0; i < n; i++ {
		a, b = b, addStr(a, b)
	}
	return a
}

func main() {
	fmt.Println(addStr("999", "1"), addStr("0", "0"), addStr("123456789123456789", "987654321987654321"))
	fmt.Println(factorial(25))
	fmt.Println(fibStr(100))
	var u uint64 = 1
	for i := 1; i <= 25; i++ {
		u *= uint64(i)
	}
	fmt.Println(u)
}
