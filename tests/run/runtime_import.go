package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		if e, ok := r.(runtime.Error); ok {
			fmt.Println("runtime error:", e.Error())
		}
		var te *runtime.TypeAssertionError
		_ = te
	}()
	runtime.GC()
	runtime.Gosched()
	fmt.Println(runtime.GOOS != "", runtime.NumGoroutine(), runtime.GOARCH != "")
	var s []int
	_ = s[3]
}
