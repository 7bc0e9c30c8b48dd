package main

func main() {
	var r rune = "x"
	var i int
	var b bool
	_ = i && b
	_ = [2]int{1, 2, 3}
	_ = []int{} == []int{}
	s := []int{1}
	_ = s[1.5]
	_ = i[0]
	_ = nil == nil
	var p *int
	_ = p == 0
	_ = []byte(5)
	_ = r
}
