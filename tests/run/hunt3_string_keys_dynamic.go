package main

import "fmt"

func main() {
	m := map[string]int{}
	b := []byte("abcdef")
	for i := 0; i < len(b); i++ {
		for j := i; j <= len(b); j++ {
			m[string(b[i:j])]++
		}
	}
	fmt.Println(len(m), m[""], m["abc"], m["f"])
	s := "hello world"
	sub := map[string]int{}
	sub[s[0:5]] = 1
	sub["hel"+"lo"] += 10
	fmt.Println(sub)
	r := []rune{'h', 'i'}
	sub[string(r)] = 3
	_, ok := sub["hi"]
	fmt.Println(ok, len(sub))
	long := ""
	for i := 0; i < 100; i++ {
		long += "x"
	}
	lm := map[string]int{long: 1}
	long2 := ""
	for i := 0; i < 100; i++ {
		long2 += "x"
	}
	fmt.Println(lm[long2], lm[long2+"y"], lm[long2[:99]])
	uni := map[string]string{"日本": "japan", "ü": "u"}
	fmt.Println(uni["日本"], uni)
}
