// fmt calling String, Error, GoString and Format methods: which verbs use
// them, nil receivers, panics inside them (%!v(PANIC=...)), and values
// whose methods fmt may not call (unexported fields).
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Boom struct{}

func (Boom) String() string { panic("boom") }

type BoomErr struct{}

func (BoomErr) Error() string { panic(errors.New("inner failure")) }

type BoomInt struct{}

func (BoomInt) String() string { panic(42) }

type Val struct{ N int }

func (v Val) String() string { return fmt.Sprintf("Val#%d", v.N) }

type Guard struct{ N int }

func (g *Guard) String() string {
	if g == nil {
		return "nil guard"
	}
	return "guard"
}

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type GoSyntax struct{ A int }

func (GoSyntax) GoString() string { return "GoSyntax{...}" }

type Money struct {
	Cents int
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		s := fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100)
		if w, ok := f.Width(); ok && len(s) < w {
			if f.Flag('-') {
				s += strings.Repeat(" ", w-len(s))
			} else {
				s = strings.Repeat(" ", w-len(s)) + s
			}
		}
		if f.Flag('+') {
			s = "+" + s
		}
		fmt.Fprint(f, s)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, m.Cents)
	}
}

type Echo struct{}

func (Echo) Format(f fmt.State, verb rune) {
	f.Write([]byte("<" + fmt.FormatString(f, verb) + ">"))
}

type PanicFormat struct{}

func (PanicFormat) Format(f fmt.State, verb rune) { panic("format failed") }

type upper string

func (u upper) String() string { return strings.ToUpper(string(u)) }

type Holder struct {
	Pub  upper
	priv upper
	List []upper
	list []upper
	Err  error
	err  error
}

type strErr string

func (e strErr) Error() string { return "strErr:" + string(e) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f deg", float64(t)) }

func main() {
	fmt.Println(Boom{})
	fmt.Printf("%v|%s|%d|%x|%q\n", Boom{}, Boom{}, Boom{}, Boom{}, Boom{})
	fmt.Printf("%v|%v\n", BoomErr{}, BoomInt{})
	fmt.Println([]Boom{{}, {}}, map[string]Boom{"k": {}})
	fmt.Printf("%+v|%#v\n", Boom{}, Boom{})
	fmt.Printf("%10v|%-10v|\n", Boom{}, Boom{})

	var g *Guard
	var v *Val
	fmt.Println(g, v, &Guard{}, &Val{3}, Val{4})
	fmt.Printf("%s|%v|%d|%+v\n", v, v, v, []*Val{nil, {1}})

	fmt.Println(Both{}, []Both{{}})
	fmt.Printf("%v|%s|%#v|%+v\n", Both{}, Both{}, Both{}, Both{})

	fmt.Printf("%v|%+v|%#v|%#v|%#v\n", GoSyntax{1}, GoSyntax{1}, GoSyntax{1}, []GoSyntax{{2}}, &GoSyntax{3})

	m := Money{12345}
	fmt.Printf("%v|%s|%12v|%-12v|%+v|%d|%x\n", m, m, m, m, m, m, m)
	fmt.Println(m, []Money{{1}, {250}}, &m)
	fmt.Printf("%v|%+v|%#v|%-8.3x|% 05d|%+#q\n", Echo{}, Echo{}, Echo{}, Echo{}, Echo{}, Echo{})
	fmt.Printf("%v|%d\n", PanicFormat{}, PanicFormat{})

	h := Holder{Pub: "a", priv: "b", List: []upper{"c"}, list: []upper{"d"}, Err: errors.New("E1"), err: strErr("e2")}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Println(upper("x"), []upper{"y"}, map[upper]upper{"k": "v"})
	fmt.Printf("%s|%q|%x|%X|%d\n", upper("ab"), upper("ab"), upper("ab"), upper("ab"), upper("ab"))

	fmt.Printf("%v|%.2v|%8v|%s\n", Temp(21.25), Temp(1), Temp(3), []Temp{1, 2})
	fmt.Printf("%f|%.1f|%e|%g\n", Temp(21.25), Temp(1), Temp(3), Temp(4))

	s := fmt.Sprint(Boom{}, Boom{})
	fmt.Println(len(s), s)
	fmt.Println(fmt.Sprintf("%v", []any{Boom{}, 1, Val{2}, nil}))
}
