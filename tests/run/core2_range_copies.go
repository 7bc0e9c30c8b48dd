package main

import "fmt"

type point struct{ x, y int }

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("array range value", v)
		}
	}
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("ptr array range value", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice range value", v)
		}
	}
	pts := []point{{1, 2}, {3, 4}}
	for _, p := range pts {
		p.x = 99
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].x *= 10
	}
	fmt.Println(pts)
	sl2 := []int{1, 2, 3}
	for i := range sl2 {
		sl2 = append(sl2, i)
	}
	fmt.Println(sl2)
	var grid [2][2]int
	for _, row := range grid {
		row[0] = 5
	}
	fmt.Println(grid)
	for i := range grid {
		grid[i][1] = i + 1
	}
	fmt.Println(grid)
	a2 := arr
	a2[0] = -1
	fmt.Println(arr, a2, arr == a2)
	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)
}
