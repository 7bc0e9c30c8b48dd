package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	ID   int8
	On   bool
}

type Outer struct {
	P   Point
	Tag string
	Arr [2]uint16
}

func main() {
	grid := map[Point]string{}
	for x := 0; x < 3; x++ {
		for y := 0; y < 3; y++ {
			grid[Point{x, y}] = (itoa(x*10 + y))
		}
	}
	fmt.Println(len(grid), grid[Point{1, 2}], grid[Point{5, 5}] == "")
	delete(grid, Point{1, 1})
	_, ok := grid[Point{1, 1}]
	fmt.Println(ok, len(grid))
	nm := map[Named]int{
		{"a", 1, true}:  1,
		{"a", 1, false}: 2,
		{"b", -1, true}: 3,
	}
	nm[Named{"a", 1, true}] += 10
	fmt.Println(len(nm), nm[Named{"a", 1, true}], nm[Named{"a", 1, false}], nm[Named{"b", -1, true}], nm[Named{"b", 1, true}])
	om := map[Outer][]int{}
	k1 := Outer{Point{1, 2}, "t", [2]uint16{3, 4}}
	k2 := k1
	k2.Arr[1] = 5
	om[k1] = append(om[k1], 1)
	om[k2] = append(om[k2], 2)
	om[k1] = append(om[k1], 3)
	fmt.Println(len(om), om[k1], om[k2])
	arr := map[[3]string]int{}
	arr[[3]string{"a", "b", "c"}] = 1
	arr[[3]string{"a", "bc", ""}] = 2
	arr[[3]string{"ab", "c", ""}] = 3
	arr[[3]string{"a", "b", "c"}]++
	fmt.Println(len(arr), arr[[3]string{"a", "b", "c"}], arr[[3]string{"ab", "c", ""}])
	fmt.Println(map[Point]int{{1, 2}: 3})
	sum := 0
	for p, s := range grid {
		sum += p.X*100 + p.Y + len(s)
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
