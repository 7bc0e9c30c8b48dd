package main

type Point struct{ X, Y int }

func bump(p *int) { *p += 1 }

func main() {
	pts := []Point{{1, 2}, {3, 4}}
	bump(&pts[1].Y)
	println(pts[1].Y)
}
