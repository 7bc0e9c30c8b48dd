package main

import "fmt"

func main() {
	z := 0.0
	nz := -z
	fmt.Println(z, nz, z == nz, 1/z, 1/nz)
	fmt.Println(nz*1, nz+0, 0-z, -(0.0), z*-1)
	var f32 float32 = 0
	nf := -f32
	fmt.Println(nf, 1/nf, nf == f32)
	a := []float64{-1e-320, 1e-320, -5e-324}
	for _, v := range a {
		fmt.Print(v, " ", v*1e300, " ")
	}
	fmt.Println()
	inf := 1 / z
	fmt.Println(inf-inf, inf*0, -inf, inf+inf, int64(0) == int64(nz))
	nan := inf - inf
	fmt.Println(nan < 1, nan > 1, nan == nan, nan != nan, float32(nan))
	arr := [2]float64{nan, 1}
	arr2 := arr
	fmt.Println(arr == arr2, arr[1] == arr2[1])
	fmt.Println(float32(inf), float32(-inf), float64(float32(z+1e39)))
	println(nz, nan, -inf, f32)
}
