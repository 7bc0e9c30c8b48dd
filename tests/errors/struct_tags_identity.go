package main

type U struct{ A int }

func main() {
	s := struct {
		A int `json:"a"`
	}{2}
	var u U = s
	var v struct{ A int } = s
	_, _ = u, v
	var p *struct{ A int } = &s
	_ = p
}
