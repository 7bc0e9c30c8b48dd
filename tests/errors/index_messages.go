package main

func main() {
	_ = [2]int{1, 2, 3}
	_ = [2]int{5: 1}
	_ = [...]int{1, 2: 3, 4}
	s := []int{1}
	_ = s[1.5]
	var f float64
	_ = s[f]
	i := 3
	_ = i[0]
	m := 2
	_ = m[1:2]
	_ = nil == nil
	_ = nil != nil
}
