package main

import "fmt"

type Pair struct {
	A, B int
}

type Box struct {
	Items [4]Pair
	Label string
	Tags  []string
}

func main() {
	pi := new(int)
	*pi = 42
	pb := new(bool)
	ps := new(string)
	*ps = "hello"
	fmt.Println(*pi, *pb, *ps, len(*ps))

	pp := new(Pair)
	pp.A = 1
	pp.B = pp.A + 1
	fmt.Println(*pp, pp)

	pa := new([5]int)
	for i := range pa {
		pa[i] = i * 3
	}
	fmt.Println(*pa, len(pa))

	bx := new(Box)
	bx.Items[2].B = 7
	bx.Label = "box"
	bx.Tags = append(bx.Tags, "x", "y")
	fmt.Println(*bx)
	fmt.Println(bx.Tags == nil, len(bx.Tags))

	// new returns distinct storage each call
	var ptrs [3]*int
	for i := 0; i < 3; i++ {
		ptrs[i] = new(int)
		*ptrs[i] = i + 100
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])

	ppi := new(*int)
	fmt.Println(*ppi == nil)
	*ppi = pi
	**ppi += 1
	fmt.Println(*pi)

	// zero value through new
	z := new(Box)
	fmt.Println(z.Label == "", z.Tags == nil, z.Items[3])
	var i8 = new(int8)
	*i8 = 127
	*i8++
	fmt.Println(*i8)
}
