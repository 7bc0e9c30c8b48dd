// fmt's messages for bad format directives: wrong verbs, missing and
// extra operands, bad argument indexes, bad widths and precisions, no
// verb, and nil operands.
package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s|%t|%c\n", 1, 2, true)
	fmt.Printf("%z|%!|%☺\n", 1, 2.5, "x")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "extra", nil, []int{3})
	fmt.Printf("no verbs\n", 1)
	fmt.Printf("%[3]d|%[0]d|%[x]d|%[1]d\n", 1, 2)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2, 3)
	fmt.Printf("%[5]d %d\n", 1, 2)
	fmt.Printf("%*d|%.*d|%*d\n", "w", 1, "p", 2, 10000000, 3)
	fmt.Printf("%-*d|\n", 4, 5)
	fmt.Printf("%.*f|%.*f\n", -1, 3.5, 2, 3.14159)
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%5")
	fmt.Println()
	fmt.Printf("%.2")
	fmt.Println()
	fmt.Printf("%d %s %v %x\n", nil, nil, nil, nil)
	fmt.Printf("%d|%s\n", T{1}, T{2})
	fmt.Printf("%t|%x|%e\n", []int{1}, []bool{true}, []string{"a"})
	fmt.Printf("%d|%q\n", map[string]bool{"a": true}, map[string]float64{"k": 1})
	fmt.Printf("%e|%c|%U\n", "s", "s", 2.5)
	fmt.Printf("%p|%p\n", 1, "s")
	fmt.Printf("%!d(%d)\n", 1, 2)
	fmt.Printf("%[1]*[2]d|\n", 5, 6)
	fmt.Printf("%d %[1]d %d\n", 7, 8)
	fmt.Printf("%.[2]d|%[2].3d|%[1]5d\n", 9, 10)
	fmt.Printf("%w|%v\n", fmt.Errorf("e"), 1)
	fmt.Printf("%010s|%-010d|%+s|%#s|% s\n", "s", 5, "p", "q", "r")
	fmt.Printf("%v %v\n", []any{nil, T{}}, map[string]any{"x": nil})
	fmt.Println(fmt.Sprintf("%d%%", 50), fmt.Sprintf("100%%"))
}
