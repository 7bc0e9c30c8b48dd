package main

import "fmt"

var log []string

func step(s string) {
	log = append(log, s)
	fmt.Println("step:", s)
}

func twice() {
	defer func() {
		step("third defer")
		fmt.Println("third recover:", recover())
	}()
	defer func() {
		step("second defer")
		r1 := recover()
		r2 := recover()
		fmt.Println("second defer r1:", r1, "r2:", r2)
	}()
	defer func() {
		step("first defer (no recover)")
	}()
	step("twice body")
	panic("only once")
}

func callerContinues() int {
	step("caller before")
	twice()
	step("caller after twice returned normally")
	x := 10
	defer func() { step("caller defer") }()
	return x + 1
}

func recoverThenPanicAgain() {
	defer func() {
		fmt.Println("outermost got:", recover())
	}()
	defer func() {
		r := recover()
		fmt.Println("middle got:", r)
		panic("second panic, after recovering: " + r.(string))
	}()
	panic("first panic")
}

func panicNotReachingCode() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "recovered " + r.(string)
		}
	}()
	step("before panic")
	panic("X")
}

func main() {
	fmt.Println("callerContinues:", callerContinues())
	recoverThenPanicAgain()
	fmt.Println("panicNotReachingCode:", panicNotReachingCode())
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				fmt.Println("iteration", i, "recover:", recover())
			}()
			if i%2 == 1 {
				panic(i * 10)
			}
			fmt.Println("iteration", i, "no panic")
		}()
	}
	fmt.Println("log:", len(log))
	for _, s := range log {
		fmt.Println(" ", s)
	}
}
