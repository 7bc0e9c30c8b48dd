package main

import "fmt"

type MyErr struct {
	Op   string
	Code int
}

func (e *MyErr) Error() string { return "myerr " + e.Op }

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "other"
}

type stringer interface{ String() string }

type runtimeError interface {
	error
	RuntimeError()
}

type Temp float64

func classify(r any) {
	switch v := r.(type) {
	case nil:
		fmt.Println("  nil value")
	case runtimeError:
		fmt.Println("  runtime error:", v.Error())
	case *MyErr:
		fmt.Println("  *MyErr op", v.Op, "code", v.Code, "msg", v)
	case error:
		fmt.Println("  other error:", v.Error())
	case stringer:
		fmt.Println("  stringer:", v.String(), v)
	case string:
		fmt.Println("  string of len", len(v), v)
	case int:
		fmt.Println("  int", v, v*2)
	case float64, Temp:
		fmt.Println("  float-ish", v)
	default:
		fmt.Println("  default", v)
	}
}

func catch(f func()) (out any) {
	defer func() {
		out = recover()
		fmt.Println("caught:", out)
		classify(out)
	}()
	f()
	return "no panic"
}

type plainErr struct{ s string }

func (p plainErr) Error() string { return "plain " + p.s }

func main() {
	var arr []int
	idx := 1
	catch(func() { panic(&MyErr{"open", 2}) })
	catch(func() { panic(plainErr{"oops"}) })
	catch(func() { panic(Color(1)) })
	catch(func() { panic(Color(7)) })
	catch(func() { panic("a string") })
	catch(func() { panic(42) })
	catch(func() { panic(2.5) })
	catch(func() { panic(Temp(-1.5)) })
	catch(func() { panic(true) })
	catch(func() { panic([]int{1, 2}) })
	catch(func() { panic(struct{ A, B int }{1, 2}) })
	catch(func() { _ = arr[idx] })
	catch(func() {})
	var nm map[int]int
	catch(func() { nm[1] = 2 })
	var x any = 3
	catch(func() { _ = x.(string) })
	zero := 0
	catch(func() { idx /= zero })
	e := &MyErr{"same", 1}
	got := catch(func() { panic(e) })
	fmt.Println("same pointer back:", got == any(e), got.(*MyErr) == e)
	got = catch(func() { panic(stringer(Color(0))) })
	_, isColor := got.(Color)
	fmt.Println("dynamic type kept:", isColor)
}
