package main

import "fmt"

func main() {
	count := 0
L:
	for i := 0; i < 3; i++ {
		f := func() int {
			n := 0
		L:
			for j := 0; j < 5; j++ {
				switch {
				case j == 3:
					break L
				case j%2 == 1:
					continue L
				}
				n += j
			}
			goto done
		done:
			return n
		}
		count += f()
		if i == 1 {
			continue L
		}
		count += 100
	}
	fmt.Println(count)
	x := 0
	switch x {
	case 0:
		x = 5
		goto after
	case 5:
		fmt.Println("unreachable")
	}
	fmt.Println("skipped")
after:
	fmt.Println("after", x)
	retry := 0
start:
	func() {
		retry++
	}()
	if retry < 4 {
		goto start
	}
	fmt.Println("retry", retry)
	k := 0
	for k < 10 {
		k++
		if k%4 == 0 {
			goto next
		}
		continue
	next:
		fmt.Print(k, " ")
	}
	fmt.Println()
}
