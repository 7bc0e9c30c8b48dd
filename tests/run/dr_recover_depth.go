package main

import "fmt"

func H() {
	defer func() {
		fmt.Println("H's defer recover:", recover())
	}()
	fmt.Println("H body")
}

func H2() {
	defer func() {
		fmt.Println("H2's defer recover:", recover())
	}()
	panic("H2 own")
}

func case1() {
	defer func() { fmt.Println("case1 outer:", recover()) }()
	defer func() { H() }()
	panic("P1")
}

func case2() {
	defer func() { fmt.Println("case2 outer:", recover()) }()
	defer func() { H2() }()
	panic("P2")
}

func case3() {
	defer func() { fmt.Println("case3 outer:", recover()) }()
	defer H()
	panic("P3")
}

func case4() {
	defer func() { fmt.Println("case4 outer:", recover()) }()
	defer func() {
		func() {
			fmt.Println("nested closure recover:", recover())
		}()
	}()
	panic("P4")
}

func case5() {
	defer func() { fmt.Println("case5 outer:", recover()) }()
	defer func() {
		defer func() {
			fmt.Println("deferred in deferred recover:", recover())
		}()
	}()
	panic("P5")
}

func case6() (x int) {
	defer func() {
		fmt.Println("case6 outer:", recover(), x)
	}()
	defer func() {
		defer func() {
			x = 6
			fmt.Println("deferred in deferred, panicking:", recover())
		}()
		panic("P6b")
	}()
	panic("P6a")
}

func main() {
	case1()
	case2()
	case3()
	case4()
	case5()
	fmt.Println(case6())
}
