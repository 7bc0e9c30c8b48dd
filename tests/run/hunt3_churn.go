package main

import "fmt"

func main() {
	m := map[int]string{}
	for round := 0; round < 5; round++ {
		for i := 0; i < 5000; i++ {
			m[i] = (itoa(round) + "-" + itoa(i))
		}
		for i := 0; i < 5000; i++ {
			if i%3 != round%3 {
				delete(m, i)
			}
		}
		fmt.Println(round, len(m), m[round%3], m[3+round%3], m[1])
	}
	for i := 0; i < 5000; i++ {
		delete(m, i)
	}
	fmt.Println(len(m), m)
	for i := 0; i < 10; i++ {
		m[i] = "z"
	}
	fmt.Println(len(m), m)
	u := map[uint32]int{}
	for i := uint32(0); i < 3000; i++ {
		u[i*2654435761] = int(i)
		if i > 10 {
			delete(u, (i-10)*2654435761)
		}
	}
	fmt.Println(len(u))
	sum := 0
	for _, v := range u {
		sum += v
	}
	fmt.Println(sum)
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
