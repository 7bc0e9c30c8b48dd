package main

import "fmt"

func helper() any {
	return recover()
}

func notPanicking() {
	fmt.Println("recover in plain code:", recover())
	defer func() {
		fmt.Println("recover in defer, no panic:", recover())
	}()
	fmt.Println("notPanicking body")
}

func viaHelper() {
	defer func() {
		fmt.Println("outer recover after helper failed:", recover())
	}()
	defer func() {
		fmt.Println("helper called from deferred closure:", helper())
	}()
	panic("helper cannot stop me")
}

func deferHelperDirectly() {
	defer func() {
		fmt.Println("after defer helper():", recover())
	}()
	defer helper()
	panic("deferred helper is called directly by runtime")
}

func nestedClosure() {
	defer func() {
		fmt.Println("outer got:", recover())
	}()
	defer func() {
		func() {
			fmt.Println("nested func literal recover:", recover())
		}()
	}()
	panic("nested literal cannot stop me")
}

func deferRecoverBuiltin() {
	defer func() {
		fmt.Println("after defer recover():", recover())
	}()
	defer recover()
	panic("defer recover() does not stop me")
}

type R struct{}

func (R) Rec() { fmt.Println("method deferred directly:", recover()) }

func deferMethod() {
	defer func() { fmt.Println("after method:", recover()) }()
	var r R
	defer r.Rec()
	panic("method value recover")
}

func main() {
	notPanicking()
	viaHelper()
	deferHelperDirectly()
	nestedClosure()
	deferRecoverBuiltin()
	deferMethod()
	fmt.Println("main end")
}
