package main

import "fmt"

type ID int64
type Name string
type Score uint8
type Point struct{ X, Y int }
type Coord Point
type Ints []int
type Pair [2]int

func (id ID) Next() ID { return id + 1 }

func describe(n Name, id ID) string {
	return string(n) + "#" + itoa(int(id))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string([]byte{byte('0' + n%10)}) + s
		n /= 10
	}
	return s
}

func main() {
	var id ID = 41
	id = id.Next()
	fmt.Println(id, int64(id)+1, ID(7).Next())

	n := Name("bob")
	n += "!"
	fmt.Println(n, len(n), describe(n, id), n < "c")

	var sc Score = 250
	sc += 10
	fmt.Println(sc, Score(300%256))

	// struct types with identical underlying type convert
	p := Point{1, 2}
	c := Coord(p)
	c.X = 10
	p2 := Point(c)
	fmt.Println(p, c, p2)

	// slice and array named types
	is := Ints{3, 1, 2}
	plain := []int(is)
	plain[0] = 30
	fmt.Println(is, plain, len(is))
	var pr Pair = Pair{5, 6}
	arr := [2]int(pr)
	arr[0] = 0
	fmt.Println(pr, arr)

	// untyped constants assign to named types directly
	var big ID = 1 << 40
	var nm Name = "const"
	fmt.Println(big, nm)

	// conversion from named numeric type to another numeric type
	f := float64(sc) / 2
	fmt.Println(f, int8(sc), ID(sc)*2)

	// comparisons between values of the same named type
	fmt.Println(id == 42, ID(42) == id, Name("a") < Name("b"))
}
