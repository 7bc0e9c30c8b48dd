package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 100000; i++ {
		m[i*7] = i
	}
	fmt.Println(len(m))
	bad := 0
	for i := 0; i < 100000; i++ {
		if m[i*7] != i {
			bad++
		}
	}
	fmt.Println(bad)
	s := 0
	for k, v := range m {
		s += k - v
	}
	fmt.Println(s)
	sm := map[string]int{}
	for i := 0; i < 20000; i++ {
		sm[("key" + itoa(i))] = i
	}
	fmt.Println(len(sm), sm["key19999"], sm["key0"], sm["key20000"])
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}
